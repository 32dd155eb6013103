/* jd-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"
#include "jd-export-html-page.h"
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

gboolean        jd_export_format_from_string      (const char      *str,
                                                   JdExportFormat  *format);
const char     *jd_export_format_to_string        (JdExportFormat   format);
const char     *jd_export_format_get_extension    (JdExportFormat   format);
const char     *jd_export_format_get_mime_type    (JdExportFormat   format);
const char     *jd_export_format_get_display_name (JdExportFormat   format);

void            jd_export_prepare_pdf             (void);

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
