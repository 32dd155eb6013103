/* jd-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libxml/HTMLtree.h>

#include "jd-export.h"

G_BEGIN_DECLS

/* One fact of the line under the title: company, location, workplace,
 * employment type or salary, with its label (a term) for the formats that
 * show one, and a link where the fact has one. */
typedef struct
{
  const char *class_name;
  const char *label;
  char       *text;
  char       *href;
} JdExportFact;

void        _jd_export_fact_free          (JdExportFact  *fact);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdExportFact, _jd_export_fact_free)

char       *_jd_export_get_language       (JdDocument    *document);
char       *_jd_export_get_language_tag   (JdDocument    *document);
GPtrArray  *_jd_export_dup_meta_facts     (JdDocument    *document,
                                           JdLibrary     *library,
                                           const char    *lang,
                                           gboolean       with_links,
                                           GError       **error);
GPtrArray  *_jd_export_dup_detail_facts   (JdDocument    *document,
                                           JdLibrary     *library,
                                           const char    *lang);
gboolean    _jd_export_get_apply          (JdDocument    *document,
                                           char         **href,
                                           char         **text,
                                           GError       **error);
char       *_jd_export_join_facts         (GPtrArray     *facts,
                                           JdLibrary     *library,
                                           const char    *lang);
char       *_jd_export_dup_title          (JdDocument    *document);
void        _jd_export_add_warning        (GPtrArray     *warnings,
                                           const char    *message);

/* The separator of the facts under the title. */
#define JD_EXPORT_FACT_SEPARATOR " · "

/* Shared by the HTML exporter and the JSON-LD description. */
void        _jd_export_html_add_sections  (xmlNode       *parent,
                                           JdDocument    *document,
                                           JdLibrary     *library,
                                           const char    *lang);
char       *_jd_export_html_sections      (JdDocument    *document,
                                           JdLibrary     *library,
                                           const char    *lang);
JsonNode   *_jd_export_jsonld_build       (JdDocument    *document,
                                           JdLibrary     *library,
                                           GPtrArray     *warnings,
                                           GError       **error);
char       *_jd_export_jsonld_escape_for_html (const char *json);

G_END_DECLS
