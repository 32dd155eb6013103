/* jd-library-index-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most fields a record of templates.index has after its kind. */
#define JD_LIBRARY_INDEX_MAX_FIELDS 6

gboolean _jd_library_index_read_record (const char **position,
                                        const char  *end,
                                        char        *kind,
                                        const char  *fields[JD_LIBRARY_INDEX_MAX_FIELDS]);

G_END_DECLS
