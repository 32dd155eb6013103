/* jd-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"
#include "jd-library.h"
#include "jd-page-layout.h"

G_BEGIN_DECLS

#define JD_EXPORT_ERROR (jd_export_error_quark ())

typedef enum
{
  /* A link of the document is neither an http(s) URL nor an email
   * address: javascript:, data: and file: links never leave Jobscribe. */
  JD_EXPORT_ERROR_UNSAFE_LINK,
  JD_EXPORT_ERROR_FAILED,
} JdExportError;

typedef enum
{
  JD_EXPORT_FORMAT_HTML,
  JD_EXPORT_FORMAT_HTML_FRAGMENT,
  JD_EXPORT_FORMAT_PDF,
  JD_EXPORT_FORMAT_MARKDOWN,
  JD_EXPORT_FORMAT_TEXT,
  JD_EXPORT_FORMAT_JSONLD,
} JdExportFormat;

#define JD_EXPORT_N_FORMATS (JD_EXPORT_FORMAT_JSONLD + 1)

typedef enum /*< flags >*/
{
  JD_EXPORT_HTML_NONE         = 0,
  /* Leave the schema.org JobPosting script out of the <head>. */
  JD_EXPORT_HTML_NO_JSONLD    = 1 << 0,
} JdExportHtmlFlags;

GQuark          jd_export_error_quark          (void);

gboolean        jd_export_format_from_string   (const char         *str,
                                                JdExportFormat     *format);
const char     *jd_export_format_to_string     (JdExportFormat      format);
const char     *jd_export_format_get_extension (JdExportFormat      format);
const char     *jd_export_format_get_mime_type (JdExportFormat      format);

GBytes         *jd_export_html                 (JdDocument         *document,
                                                JdLibrary          *library,
                                                JdExportHtmlFlags   flags,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_html_fragment        (JdDocument         *document,
                                                JdLibrary          *library,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_markdown             (JdDocument         *document,
                                                JdLibrary          *library,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_text                 (JdDocument         *document,
                                                JdLibrary          *library,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_jsonld               (JdDocument         *document,
                                                JdLibrary          *library,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_pdf                  (JdDocument         *document,
                                                JdLibrary          *library,
                                                JdPaperSize         paper,
                                                GPtrArray          *warnings,
                                                GError            **error);
GBytes         *jd_export_to_bytes             (JdDocument         *document,
                                                JdLibrary          *library,
                                                JdExportFormat      format,
                                                JdPaperSize         paper,
                                                GPtrArray          *warnings,
                                                GError            **error);

char           *jd_export_check_link           (const char         *link,
                                                GError            **error);

/* The width plain-text exports wrap at, in columns. */
#define JD_EXPORT_TEXT_WIDTH 72

G_END_DECLS
