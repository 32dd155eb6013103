/* jd-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"
#include "jd-export-link.h"
#include "jd-export-text.h"
#include "jd-paper-size.h"
#include "jd-terms.h"

G_BEGIN_DECLS

typedef enum
{
  JD_EXPORT_FORMAT_HTML,
  JD_EXPORT_FORMAT_HTML_FRAGMENT,
  JD_EXPORT_FORMAT_PDF,
  JD_EXPORT_FORMAT_MARKDOWN,
  JD_EXPORT_FORMAT_TEXT,
  JD_EXPORT_FORMAT_JSONLD,
  JD_EXPORT_FORMAT_DOCX,
  JD_EXPORT_FORMAT_ODT,
} JdExportFormat;

#define JD_EXPORT_N_FORMATS (JD_EXPORT_FORMAT_ODT + 1)

typedef enum /*< flags >*/
{
  JD_EXPORT_HTML_NONE         = 0,
  /* Leave the schema.org JobPosting script out of the <head>. */
  JD_EXPORT_HTML_NO_JSONLD    = 1 << 0,
} JdExportHtmlFlags;

/* A translation of a page: its language (BCP 47) and its address. */
typedef struct
{
  const char *lang;
  const char *href;
} JdExportHtmlAlternate;

/* What a page of a web site says beyond the HTML export: see
 * jd_export_html_page(). Every member may be %NULL or 0. */
typedef struct
{
  JdExportHtmlFlags            flags;
  /* The page's own address: <link rel="canonical">, and og:url when it
   * is absolute. */
  const char                  *canonical_url;
  /* A <link> to this style sheet instead of the one in a <style>. */
  const char                  *stylesheet_href;
  /* The page in every language it has, its own included: <link
   * rel="alternate" hreflang>. */
  const JdExportHtmlAlternate *alternates;
  guint                        n_alternates;
  /* The Open Graph tags (og:title, og:description…), with og:site_name. */
  gboolean                     open_graph;
  const char                  *site_name;
  /* A link above the article back to the list of jobs. */
  const char                  *home_href;
  const char                  *home_text;
} JdExportHtmlPage;

gboolean        jd_export_format_from_string      (const char      *str,
                                                   JdExportFormat  *format);
const char     *jd_export_format_to_string        (JdExportFormat   format);
const char     *jd_export_format_get_extension    (JdExportFormat   format);
const char     *jd_export_format_get_mime_type    (JdExportFormat   format);
const char     *jd_export_format_get_display_name (JdExportFormat   format);

GBytes         *jd_export_html                 (JdDocument         *document,
                                                JdTerms            *terms,
                                                JdExportHtmlFlags   flags,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_html_page            (JdDocument             *document,
                                                JdTerms                *terms,
                                                const JdExportHtmlPage *page,
                                                GPtrArray              *warnings,
                                                GError                **error);
const char     *jd_export_html_get_stylesheet  (void);
GBytes         *jd_export_html_fragment        (JdDocument         *document,
                                                JdTerms            *terms,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_markdown             (JdDocument         *document,
                                                JdTerms            *terms,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_text                 (JdDocument         *document,
                                                JdTerms            *terms,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_jsonld               (JdDocument         *document,
                                                JdTerms            *terms,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_pdf                  (JdDocument         *document,
                                                JdTerms            *terms,
                                                JdPaperSize         paper,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_to_bytes             (JdDocument         *document,
                                                JdTerms            *terms,
                                                JdExportFormat      format,
                                                JdPaperSize         paper,
                                                GPtrArray          *warnings,
                                                GError            **error);

G_END_DECLS
