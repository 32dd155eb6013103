/* jd-title.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *jd_title_join_short_forms (const char *title);

G_END_DECLS
