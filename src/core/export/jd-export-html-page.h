/* jd-export-html-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the HTML page of a job can be asked to add or leave out: a header
 * of its own, which jd-export.h includes, so that the HTML writer, which
 * the table of formats in jd-export.c calls, never includes jd-export.h
 * back. */

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

const char *jd_export_html_get_stylesheet (void);

G_END_DECLS
