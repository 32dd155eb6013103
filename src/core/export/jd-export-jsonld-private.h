/* jd-export-jsonld-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "jd-export-view-private.h"

G_BEGIN_DECLS

/* The JobPosting, for the JSON-LD export and the <head> of the HTML one. */
JsonNode *_jd_export_jsonld_build           (JdExportView *view,
                                             GPtrArray    *warnings);
char     *_jd_export_jsonld_escape_for_html (const char   *json);

G_END_DECLS
