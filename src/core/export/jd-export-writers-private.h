/* jd-export-writers-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-export-html-page.h"
#include "jd-export-view-private.h"
#include "jd-paper-size.h"

G_BEGIN_DECLS

/* What a format may be asked beyond the view. */
typedef struct
{
  /* PDF, DOCX and ODT */
  JdPaperSize             paper;
  /* HTML: the schema.org JobPosting in the <head> */
  gboolean                with_jsonld;
  /* HTML: what a page of a web site adds, or %NULL */
  const JdExportHtmlPage *page;
} JdExportOptions;

/* Each format renders a view, and only that: jd-export.c builds the view
 * and picks the writer from its table of formats.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL with @error */
typedef GBytes *(*JdExportWriter) (JdExportView           *view,
                                   const JdExportOptions  *options,
                                   GPtrArray              *warnings,
                                   GError                **error);

GBytes *_jd_export_write_html          (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_html_fragment (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_pdf           (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_markdown      (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_text          (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_jsonld        (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_docx          (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);
GBytes *_jd_export_write_odt           (JdExportView           *view,
                                        const JdExportOptions  *options,
                                        GPtrArray              *warnings,
                                        GError                **error);

G_END_DECLS
