/* jd-export-odt.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-odt"

#include "config.h"

#include <string.h>

#include "jd-export-office-private.h"

/* OpenDocument Text (.odt, ODF 1.2), as LibreOffice writes it: the title
 * in the Title style, the facts in Subtitle, section headings as
 * <text:h> of outline level 1 in Heading 1, bullets as <text:list> in a
 * list style, links as <text:a>. The document's language is that of the
 * default paragraph style (fo:language and fo:country), so that every
 * style has it; the paper is that of the PDF. */

#define MIME_TYPE "application/vnd.oasis.opendocument.text"
#define ODF_VERSION "1.2"
#define NS_OASIS(name) "urn:oasis:names:tc:opendocument:xmlns:" name

#define FONT "Arial"

typedef struct
{
  JdExportView     *view;
  JdOfficeLanguage  language;
} Odt;

/* The namespaces of every part but the manifest. */
static void
start_root (xmlTextWriter *w,
            const char    *name)
{
  _jd_office_start (w, name);
  _jd_office_attr (w, "xmlns:office", NS_OASIS ("office:1.0"));
  _jd_office_attr (w, "xmlns:style", NS_OASIS ("style:1.0"));
  _jd_office_attr (w, "xmlns:text", NS_OASIS ("text:1.0"));
  _jd_office_attr (w, "xmlns:fo", NS_OASIS ("xsl-fo-compatible:1.0"));
  _jd_office_attr (w, "xmlns:svg", NS_OASIS ("svg-compatible:1.0"));
  _jd_office_attr (w, "xmlns:meta", NS_OASIS ("meta:1.0"));
  _jd_office_attr (w, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  _jd_office_attr (w, "xmlns:xlink", "http://www.w3.org/1999/xlink");
  _jd_office_attr (w, "office:version", ODF_VERSION);
}

static void
flush_text (xmlTextWriter *w,
            GString       *pending)
{
  if (pending->len > 0)
    _jd_office_text (w, pending->str);
  g_string_truncate (pending, 0);
}

/* ODF collapses white space as HTML does: a run of spaces is one space
 * and <text:s> for the others, a space at the start of a line is
 * <text:s> too; tabs are <text:tab>, line breaks <text:line-break>. */
static void
write_text (xmlTextWriter *w,
            const char    *text)
{
  g_autofree char *clean = _jd_office_clean_text (text);
  g_autoptr(GString) pending = g_string_new (NULL);
  gboolean line_start = TRUE;

  for (const char *p = clean; *p; )
    {
      if (*p == '\n' || *p == '\t')
        {
          flush_text (w, pending);
          _jd_office_empty (w, *p == '\n' ? "text:line-break" : "text:tab", NULL);
          line_start = TRUE;
          p++;
        }
      else if (*p == ' ')
        {
          guint n = 0;

          while (p[n] == ' ')
            n++;
          p += n;

          if (!line_start)
            {
              g_string_append_c (pending, ' ');
              n--;
            }
          if (n > 0)
            {
              flush_text (w, pending);
              _jd_office_start (w, "text:s");
              if (n > 1)
                _jd_office_attr_int (w, "text:c", n);
              _jd_office_end (w);
            }
          line_start = FALSE;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (pending, p, next - p);
          line_start = FALSE;
          p = next;
        }
    }

  flush_text (w, pending);
}

/* A block's text, its lines stripped as every format writes them. */
static void
write_block_text (xmlTextWriter *w,
                  const char    *text)
{
  g_auto(GStrv) lines = _jd_office_split_lines (text);
  g_autofree char *joined = g_strjoinv ("\n", lines);

  write_text (w, joined);
}

static void
start_paragraph (xmlTextWriter *w,
                 const char    *style)
{
  _jd_office_start (w, "text:p");
  _jd_office_attr (w, "text:style-name", style);
}

static void
write_link (xmlTextWriter *w,
            const char    *href,
            const char    *text)
{
  _jd_office_start (w, "text:a");
  _jd_office_attr (w, "xlink:type", "simple");
  _jd_office_attr (w, "xlink:href", href);
  _jd_office_attr (w, "text:style-name", "Internet_20_link");
  write_text (w, text);
  _jd_office_end (w);
}

/* The facts as the other formats write them: bare values under the
 * title, "Label: value" in the details; the company links to its site. */
static void
write_facts (Odt           *odt,
             xmlTextWriter *w,
             const char    *style,
             GPtrArray     *facts,
             gboolean       with_labels)
{
  start_paragraph (w, style);

  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);

      if (i > 0)
        write_text (w, JD_EXPORT_FACT_SEPARATOR);

      if (with_labels && fact->label != NULL)
        {
          g_autofree char *pair = _jd_export_view_label_value (odt->view, fact->label, fact->text);

          write_text (w, pair);
        }
      else if (fact->href != NULL)
        write_link (w, fact->href, fact->text);
      else
        write_text (w, fact->text);
    }

  _jd_office_end (w);
}

/* A heading of outline level 1, then the paragraphs, each run of items
 * one <text:list>. */
static void
write_section (xmlTextWriter   *w,
               JdExportSection *section)
{
  gboolean in_list = FALSE;

  _jd_office_start (w, "text:h");
  _jd_office_attr (w, "text:style-name", "Heading_20_1");
  _jd_office_attr (w, "text:outline-level", "1");
  write_block_text (w, section->heading);
  _jd_office_end (w);

  for (guint i = 0; i < section->blocks->len; i++)
    {
      JdBlock *block = g_ptr_array_index (section->blocks, i);
      gboolean item = jd_block_get_kind (block) == JD_BLOCK_ITEM;

      if (in_list && !item)
        _jd_office_end (w);
      else if (!in_list && item)
        {
          _jd_office_start (w, "text:list");
          _jd_office_attr (w, "text:style-name", "Bullets");
        }
      in_list = item;

      if (item)
        _jd_office_start (w, "text:list-item");
      start_paragraph (w, item ? "List_20_Bullet" : "Text_20_body");
      write_block_text (w, jd_block_get_text (block));
      _jd_office_end (w);
      if (item)
        _jd_office_end (w);
    }

  if (in_list)
    _jd_office_end (w);
}

/* content.xml: title, facts, sections, how to apply, details. */
static GBytes *
write_content (Odt *odt)
{
  JdExportView *view = odt->view;
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  start_root (w, "office:document-content");
  _jd_office_start (w, "office:body");
  _jd_office_start (w, "office:text");

  start_paragraph (w, "Title");
  write_block_text (w, view->heading);
  _jd_office_end (w);

  if (view->meta->len > 0)
    write_facts (odt, w, "Subtitle", view->meta, FALSE);

  for (guint i = 0; i < view->sections->len; i++)
    write_section (w, g_ptr_array_index (view->sections, i));

  if (view->apply_href != NULL)
    {
      g_autofree char *label = _jd_export_view_label_value (view, _jd_export_view_get_term (view, "label-apply"), "");

      start_paragraph (w, "Text_20_body");
      write_text (w, label);
      write_link (w, view->apply_href, view->apply_text);
      _jd_office_end (w);
    }

  if (view->details->len > 0)
    write_facts (odt, w, "Text_20_body", view->details, TRUE);

  return _jd_office_part_end (&part);
}

/* "210.00mm": lengths are written with a dot whatever the locale. */
static char *
format_mm (double points)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.2f", points * 25.4 / 72);
  return g_strconcat (number, "mm", NULL);
}

/* A paragraph style: @parent, the style of the next paragraph, and its
 * class; its properties follow. */
static void
start_style (xmlTextWriter *w,
             const char    *name,
             const char    *display_name,
             const char    *style_class)
{
  _jd_office_start (w, "style:style");
  _jd_office_attr (w, "style:name", name);
  if (display_name != NULL)
    _jd_office_attr (w, "style:display-name", display_name);
  _jd_office_attr (w, "style:family", "paragraph");
  _jd_office_attr (w, "style:parent-style-name", "Standard");
  _jd_office_attr (w, "style:next-style-name", "Text_20_body");
  _jd_office_attr (w, "style:class", style_class);
}

static void
write_margins (xmlTextWriter *w,
               const char    *top,
               const char    *bottom,
               gboolean       keep_with_next)
{
  _jd_office_start (w, "style:paragraph-properties");
  _jd_office_attr (w, "fo:margin-top", top);
  _jd_office_attr (w, "fo:margin-bottom", bottom);
  if (keep_with_next)
    _jd_office_attr (w, "fo:keep-with-next", "always");
  _jd_office_end (w);
}

static void
write_font (xmlTextWriter *w,
            const char    *size,
            gboolean       bold,
            const char    *color)
{
  _jd_office_start (w, "style:text-properties");
  if (color != NULL)
    _jd_office_attr (w, "fo:color", color);
  _jd_office_attr (w, "fo:font-size", size);
  _jd_office_attr (w, "style:font-size-complex", size);
  if (bold)
    {
      _jd_office_attr (w, "fo:font-weight", "bold");
      _jd_office_attr (w, "style:font-weight-complex", "bold");
    }
  _jd_office_end (w);
}

/* The default paragraph style: font, size and the document's language. */
static void
write_default_style (Odt           *odt,
                     xmlTextWriter *w)
{
  _jd_office_start (w, "style:default-style");
  _jd_office_attr (w, "style:family", "paragraph");
  _jd_office_start (w, "style:paragraph-properties");
  _jd_office_attr (w, "fo:line-height", "115%");
  _jd_office_end (w);
  _jd_office_start (w, "style:text-properties");
  _jd_office_attr (w, "style:font-name", FONT);
  _jd_office_attr (w, "fo:font-size", "11pt");
  _jd_office_attr (w, "fo:language", odt->language.language);
  if (odt->language.country != NULL)
    _jd_office_attr (w, "fo:country", odt->language.country);
  _jd_office_end (w);
  _jd_office_end (w);
}

/* The bullets of every list, with a hanging indent. */
static void
write_list_style (xmlTextWriter *w)
{
  _jd_office_start (w, "text:list-style");
  _jd_office_attr (w, "style:name", "Bullets");
  _jd_office_start (w, "text:list-level-style-bullet");
  _jd_office_attr (w, "text:level", "1");
  _jd_office_attr (w, "text:bullet-char", "•");
  _jd_office_start (w, "style:list-level-properties");
  _jd_office_attr (w, "text:list-level-position-and-space-mode", "label-alignment");
  _jd_office_empty (w, "style:list-level-label-alignment",
                    "text:label-followed-by", "listtab", "text:list-tab-stop-position", "1.27cm",
                    "fo:text-indent", "-0.635cm", "fo:margin-left", "1.27cm", NULL);
  _jd_office_end (w);
  _jd_office_end (w);
  _jd_office_end (w);
}

static void
write_page_layout (xmlTextWriter         *w,
                   const JdExportOptions *options)
{
  double width, height, margin;
  g_autofree char *page_width = NULL;
  g_autofree char *page_height = NULL;
  g_autofree char *page_margin = NULL;

  _jd_office_get_page (options, &width, &height, &margin);
  page_width = format_mm (width);
  page_height = format_mm (height);
  page_margin = format_mm (margin);

  _jd_office_start (w, "style:page-layout");
  _jd_office_attr (w, "style:name", "Page");
  _jd_office_empty (w, "style:page-layout-properties",
                    "fo:page-width", page_width, "fo:page-height", page_height,
                    "style:print-orientation", "portrait",
                    "fo:margin-top", page_margin, "fo:margin-bottom", page_margin,
                    "fo:margin-left", page_margin, "fo:margin-right", page_margin, NULL);
  _jd_office_end (w);
}

/* styles.xml: the styles content.xml uses, under the names LibreOffice
 * gives its own, and the page. */
static GBytes *
write_styles (Odt                   *odt,
              const JdExportOptions *options)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  start_root (w, "office:document-styles");

  _jd_office_start (w, "office:font-face-decls");
  _jd_office_empty (w, "style:font-face", "style:name", FONT, "svg:font-family", FONT,
                    "style:font-family-generic", "swiss", "style:font-pitch", "variable", NULL);
  _jd_office_end (w);

  _jd_office_start (w, "office:styles");
  write_default_style (odt, w);

  _jd_office_start (w, "style:style");
  _jd_office_attr (w, "style:name", "Standard");
  _jd_office_attr (w, "style:family", "paragraph");
  _jd_office_attr (w, "style:class", "text");
  _jd_office_end (w);

  start_style (w, "Text_20_body", "Text Body", "text");
  write_margins (w, "0mm", "2.12mm", FALSE);
  _jd_office_end (w);

  start_style (w, "Title", NULL, "chapter");
  write_margins (w, "0mm", "2.12mm", FALSE);
  write_font (w, "24pt", TRUE, NULL);
  _jd_office_end (w);

  start_style (w, "Subtitle", NULL, "chapter");
  write_margins (w, "0mm", "4.23mm", FALSE);
  write_font (w, "12pt", FALSE, "#595959");
  _jd_office_end (w);

  start_style (w, "Heading_20_1", "Heading 1", "text");
  _jd_office_attr (w, "style:default-outline-level", "1");
  write_margins (w, "6.35mm", "2.12mm", TRUE);
  write_font (w, "15pt", TRUE, NULL);
  _jd_office_end (w);

  start_style (w, "List_20_Bullet", "List Bullet", "list");
  _jd_office_attr (w, "style:list-style-name", "Bullets");
  write_margins (w, "0mm", "1.06mm", FALSE);
  _jd_office_end (w);

  _jd_office_start (w, "style:style");
  _jd_office_attr (w, "style:name", "Internet_20_link");
  _jd_office_attr (w, "style:display-name", "Internet Link");
  _jd_office_attr (w, "style:family", "text");
  _jd_office_empty (w, "style:text-properties", "fo:color", "#0563c1",
                    "style:text-underline-style", "solid", "style:text-underline-width", "auto",
                    "style:text-underline-color", "font-color", NULL);
  _jd_office_end (w);

  write_list_style (w);
  _jd_office_end (w);

  _jd_office_start (w, "office:automatic-styles");
  write_page_layout (w, options);
  _jd_office_end (w);

  _jd_office_start (w, "office:master-styles");
  _jd_office_empty (w, "style:master-page", "style:name", "Standard", "style:page-layout-name", "Page", NULL);
  _jd_office_end (w);

  return _jd_office_part_end (&part);
}

/* meta.xml: title, language, creator and date. */
static GBytes *
write_meta (Odt *odt)
{
  g_autofree char *date = _jd_office_dup_date (odt->view);
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  start_root (w, "office:document-meta");
  _jd_office_start (w, "office:meta");
  _jd_office_text_element (w, "meta:generator", PACKAGE_NAME "/" PACKAGE_VERSION);
  _jd_office_text_element (w, "dc:title", odt->view->heading);
  _jd_office_text_element (w, "dc:language", odt->language.tag);
  _jd_office_text_element (w, "meta:initial-creator", PACKAGE_NAME);
  _jd_office_text_element (w, "dc:creator", PACKAGE_NAME);
  if (date != NULL)
    {
      _jd_office_text_element (w, "meta:creation-date", date);
      _jd_office_text_element (w, "dc:date", date);
    }

  return _jd_office_part_end (&part);
}

static void
write_file_entry (xmlTextWriter *w,
                  const char    *path,
                  const char    *media_type)
{
  _jd_office_start (w, "manifest:file-entry");
  _jd_office_attr (w, "manifest:full-path", path);
  if (g_str_equal (path, "/"))
    _jd_office_attr (w, "manifest:version", ODF_VERSION);
  _jd_office_attr (w, "manifest:media-type", media_type);
  _jd_office_end (w);
}

/* META-INF/manifest.xml: every part of the package. */
static GBytes *
write_manifest (void)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "manifest:manifest");
  _jd_office_attr (w, "xmlns:manifest", NS_OASIS ("manifest:1.0"));
  _jd_office_attr (w, "manifest:version", ODF_VERSION);
  write_file_entry (w, "/", MIME_TYPE);
  write_file_entry (w, "content.xml", "text/xml");
  write_file_entry (w, "styles.xml", "text/xml");
  write_file_entry (w, "meta.xml", "text/xml");

  return _jd_office_part_end (&part);
}

/* An .odt package: "mimetype" first and uncompressed, as ODF requires,
 * then the parts above. */
GBytes *
_jd_export_write_odt (JdExportView           *view,
                      const JdExportOptions  *options,
                      GPtrArray              *warnings,
                      GError                **error)
{
  Odt odt = { view, { 0 } };
  JdOfficeEntry entries[5] = { 0 };
  guint n = 0;
  GBytes *bytes;

  _jd_office_language_init (&odt.language, view);

  entries[n++] = (JdOfficeEntry) { "mimetype", g_bytes_new_static (MIME_TYPE, strlen (MIME_TYPE)), JD_ZIP_STORE };
  entries[n++] = (JdOfficeEntry) { "meta.xml", write_meta (&odt), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "styles.xml", write_styles (&odt, options), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "content.xml", write_content (&odt), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "META-INF/manifest.xml", write_manifest (), JD_ZIP_DEFLATE };
  g_assert (n == G_N_ELEMENTS (entries));

  bytes = _jd_office_zip (entries, n, error);

  for (guint i = 0; i < n; i++)
    g_bytes_unref (entries[i].contents);
  _jd_office_language_clear (&odt.language);

  return bytes;
}
