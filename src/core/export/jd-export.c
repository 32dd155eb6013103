/* jd-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-export.h"
#include "jd-export-writers-private.h"

/* The public face of exporting: the table of formats, and for each export
 * one view of the document (jd-export-view.c) that the format's writer
 * renders. A new format is a writer in a file of its own and a row here. */

static const struct {
  const char     *id;
  const char     *extension;
  const char     *mime_type;
  /* The name of the file chooser's filter */
  const char     *display_name;
  JdExportWriter  write;
} formats[JD_EXPORT_N_FORMATS] = {
  [JD_EXPORT_FORMAT_HTML] = {
    "html", "html", "text/html", N_("Web Pages"), _jd_export_write_html },
  [JD_EXPORT_FORMAT_HTML_FRAGMENT] = {
    "html-fragment", "html", "text/html", N_("HTML Fragments"), _jd_export_write_html_fragment },
  [JD_EXPORT_FORMAT_PDF] = {
    "pdf", "pdf", "application/pdf", N_("PDF Documents"), _jd_export_write_pdf },
  [JD_EXPORT_FORMAT_MARKDOWN] = {
    "md", "md", "text/markdown", N_("Markdown Files"), _jd_export_write_markdown },
  [JD_EXPORT_FORMAT_TEXT] = {
    "txt", "txt", "text/plain", N_("Plain Text Files"), _jd_export_write_text },
  [JD_EXPORT_FORMAT_JSONLD] = {
    "jsonld", "jsonld", "application/ld+json", N_("JSON-LD Files"), _jd_export_write_jsonld },
  [JD_EXPORT_FORMAT_DOCX] = {
    "docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    N_("Word Documents"), _jd_export_write_docx },
  [JD_EXPORT_FORMAT_ODT] = {
    "odt", "odt", "application/vnd.oasis.opendocument.text",
    N_("OpenDocument Text Files"), _jd_export_write_odt },
};

gboolean
jd_export_format_from_string (const char     *str,
                              JdExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < JD_EXPORT_N_FORMATS; i++)
    if (g_ascii_strcasecmp (str, formats[i].id) == 0)
      {
        *format = (JdExportFormat)i;
        return TRUE;
      }

  /* The names people type as often as ours. */
  if (g_ascii_strcasecmp (str, "markdown") == 0)
    *format = JD_EXPORT_FORMAT_MARKDOWN;
  else if (g_ascii_strcasecmp (str, "text") == 0)
    *format = JD_EXPORT_FORMAT_TEXT;
  else if (g_ascii_strcasecmp (str, "json-ld") == 0)
    *format = JD_EXPORT_FORMAT_JSONLD;
  else
    return FALSE;

  return TRUE;
}

const char *
jd_export_format_to_string (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return formats[format].id;
}

/* Returns: the file name extension of the format, without the dot. */
const char *
jd_export_format_get_extension (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return formats[format].extension;
}

const char *
jd_export_format_get_mime_type (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return formats[format].mime_type;
}

/* Returns: the translated name of files in @format, as "Word Documents",
 * for the filters of file choosers. */
const char *
jd_export_format_get_display_name (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return _(formats[format].display_name);
}

static GBytes *
export (JdDocument             *document,
        JdTerms                *terms,
        JdExportFormat          format,
        const JdExportOptions  *options,
        GPtrArray              *warnings,
        GError                **error)
{
  g_autoptr(JdExportView) view = NULL;

  view = _jd_export_view_new (document, terms, JD_EXPORT_VIEW_NONE, error);
  if (view == NULL)
    return NULL;

  return formats[format].write (view, options, warnings, error);
}

/**
 * jd_export_to_bytes:
 * @format: the format to export to
 * @paper: the paper size, for %JD_EXPORT_FORMAT_PDF, %JD_EXPORT_FORMAT_DOCX
 *   and %JD_EXPORT_FORMAT_ODT
 * @warnings: (nullable) (element-type utf8): an array with g_free() as its
 *   free function, to which translated warnings are appended
 *
 * Exports @document in @format. HTML exports include the schema.org
 * JobPosting; see the function of each format for what it writes.
 *
 * Returns: (transfer full) (nullable): the bytes of the export, or %NULL
 *   with @error set; %JD_EXPORT_ERROR_UNSAFE_LINK when a link of the
 *   document is unsafe
 */
GBytes *
jd_export_to_bytes (JdDocument      *document,
                    JdTerms         *terms,
                    JdExportFormat   format,
                    JdPaperSize      paper,
                    GPtrArray       *warnings,
                    GError         **error)
{
  JdExportOptions options = { paper, TRUE, NULL };

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_TERMS (terms), NULL);
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);

  return export (document, terms, format, &options, warnings, error);
}

/**
 * jd_export_html:
 * @flags: what to leave out
 * @warnings: (nullable) (element-type utf8): where to append translated
 *   warnings, those of the JSON-LD included
 *
 * Writes a standalone HTML5 page in the document's language: an
 * <article> with the title as <h1>, the facts under it, one <section>
 * with an <h2> per section, a style sheet for screen and print, and in
 * the <head> the schema.org JobPosting as JSON-LD.
 *
 * Returns: (transfer full) (nullable): UTF-8 HTML, or %NULL with
 *   %JD_EXPORT_ERROR_UNSAFE_LINK when a link of the document is unsafe
 */
GBytes *
jd_export_html (JdDocument         *document,
                JdTerms            *terms,
                JdExportHtmlFlags   flags,
                GPtrArray          *warnings,
                GError            **error)
{
  JdExportHtmlPage page = { flags, NULL };

  return jd_export_html_page (document, terms, &page, warnings, error);
}

/**
 * jd_export_html_page:
 * @page: the flags, and what a page of a web site adds
 * @warnings: (nullable) (element-type utf8): where to append translated
 *   warnings, those of the JSON-LD included
 *
 * The page of jd_export_html() as one page of a web site: with a
 * canonical address, links to its translations, Open Graph tags for the
 * previews of social networks, a shared style sheet instead of its own
 * and a link back to the list of jobs, each where @page asks for it.
 *
 * Returns: (transfer full) (nullable): UTF-8 HTML, or %NULL with
 *   %JD_EXPORT_ERROR_UNSAFE_LINK when a link of the document is unsafe
 */
GBytes *
jd_export_html_page (JdDocument              *document,
                     JdTerms                 *terms,
                     const JdExportHtmlPage  *page,
                     GPtrArray               *warnings,
                     GError                 **error)
{
  JdExportOptions options = { JD_PAPER_A4, !(page->flags & JD_EXPORT_HTML_NO_JSONLD), page };

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_TERMS (terms), NULL);
  g_return_val_if_fail (page != NULL, NULL);

  return export (document, terms, JD_EXPORT_FORMAT_HTML, &options, warnings, error);
}

/**
 * jd_export_html_fragment:
 *
 * The <article> of jd_export_html() alone, without <html>, <head>, style
 * sheet or JSON-LD: for pasting into the form of a job board, or as the
 * rich text of the clipboard.
 *
 * Returns: (transfer full) (nullable): UTF-8 HTML, or %NULL with @error
 */
GBytes *
jd_export_html_fragment (JdDocument  *document,
                         JdTerms     *terms,
                         GPtrArray   *warnings,
                         GError     **error)
{
  return jd_export_to_bytes (document, terms, JD_EXPORT_FORMAT_HTML_FRAGMENT, JD_PAPER_A4, warnings, error);
}

/**
 * jd_export_markdown:
 *
 * Writes @document as CommonMark: the title as a level-one heading, the
 * facts under it, a level-two heading per section, paragraphs and "- "
 * lists, and the apply link.
 *
 * Returns: (transfer full) (nullable): UTF-8 text, or %NULL with @error
 */
GBytes *
jd_export_markdown (JdDocument  *document,
                    JdTerms     *terms,
                    GPtrArray   *warnings,
                    GError     **error)
{
  return jd_export_to_bytes (document, terms, JD_EXPORT_FORMAT_MARKDOWN, JD_PAPER_A4, warnings, error);
}

/**
 * jd_export_text:
 *
 * Writes @document as plain UTF-8 text wrapped at JD_EXPORT_TEXT_WIDTH
 * columns: the title underlined with "=", the facts, each section's
 * heading underlined with "-", paragraphs, "•" bullets with a hanging
 * indent, and the apply link.
 *
 * Returns: (transfer full) (nullable): UTF-8 text, or %NULL with @error
 */
GBytes *
jd_export_text (JdDocument  *document,
                JdTerms     *terms,
                GPtrArray   *warnings,
                GError     **error)
{
  return jd_export_to_bytes (document, terms, JD_EXPORT_FORMAT_TEXT, JD_PAPER_A4, warnings, error);
}

/**
 * jd_export_jsonld:
 * @warnings: (nullable) (element-type utf8): where to append translated
 *   warnings: the properties search engines require that the document
 *   lacks, and values they would reject
 *
 * Writes the schema.org JobPosting of @document as JSON-LD. Its
 * description is the HTML of the sections.
 *
 * Returns: (transfer full) (nullable): UTF-8 JSON, or %NULL with @error
 */
GBytes *
jd_export_jsonld (JdDocument  *document,
                  JdTerms     *terms,
                  GPtrArray   *warnings,
                  GError     **error)
{
  return jd_export_to_bytes (document, terms, JD_EXPORT_FORMAT_JSONLD, JD_PAPER_A4, warnings, error);
}

/**
 * jd_export_pdf:
 * @paper: %JD_PAPER_A4 or %JD_PAPER_LETTER; jd_paper_size_get_default()
 *   gives the one of the user's locale
 * @warnings: (nullable) (element-type utf8): where to append translated
 *   warnings
 *
 * Writes @document as a tagged PDF: the pages of #JdPageLayout with a
 * "Page 1 of 2" footer in the document's language, the fonts embedded,
 * title, author (the company), subject, keywords and creator set, one
 * outline entry per section, and the apply link clickable.
 *
 * Returns: (transfer full) (nullable): the PDF, or %NULL with @error
 */
GBytes *
jd_export_pdf (JdDocument   *document,
               JdTerms      *terms,
               JdPaperSize   paper,
               GPtrArray    *warnings,
               GError      **error)
{
  return jd_export_to_bytes (document, terms, JD_EXPORT_FORMAT_PDF, paper, warnings, error);
}
