/* jd-export-docx.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-docx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jd-export-office-private.h"

/* Office Open XML (WordprocessingML, .docx), as Word writes it: the
 * title in the Title style, the facts in Subtitle, section headings in
 * Heading 1, bullets as paragraphs of the List Bullet style numbered by
 * numbering.xml, links as hyperlinks with their relationships. The
 * document's language is set on the default run properties and on every
 * run, so that Word checks spelling in it; the paper is that of the PDF.
 *
 * Elements follow the order of the schema (ECMA-376 Part 1): Word
 * refuses a file whose properties come in another order. */

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PACKAGE_RELS "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL_TYPE(name) "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" name
#define MAIN_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml"

/* A font that Word has everywhere, that LibreOffice replaces by a
 * metric-compatible one (Liberation Sans), and that has Greek. */
#define FONT "Arial"
/* The one list of bullets of numbering.xml. */
#define BULLET_NUM_ID "1"

/* The relationships of document.xml other than links. */
static const struct {
  const char *id;
  const char *type;
  const char *target;
} part_relationships[] = {
  { "rId1", REL_TYPE ("styles"), "styles.xml" },
  { "rId2", REL_TYPE ("numbering"), "numbering.xml" },
  { "rId3", REL_TYPE ("settings"), "settings.xml" },
};

typedef struct
{
  JdExportView     *view;
  JdOfficeLanguage  language;
  xmlTextWriter    *writer;
  /* The targets of the hyperlinks, in the order of their relationship
   * ids, which follow those of part_relationships. */
  GPtrArray        *links;
} Docx;

static void
empty_val (xmlTextWriter *writer,
           const char    *name,
           const char    *value)
{
  _jd_office_empty (writer, name, "w:val", value, NULL);
}

/* Points to twentieths of a point, the unit of page sizes. */
static gint64
twips (double points)
{
  return (gint64)round (points * 20);
}

static void
write_lang (Docx          *docx,
            xmlTextWriter *writer)
{
  empty_val (writer, "w:lang", docx->language.tag);
}

/* A run of @text in @char_style (or none): line breaks become <w:br/>,
 * tabs <w:tab/>. */
static void
write_run (Docx       *docx,
           const char *text,
           const char *char_style)
{
  xmlTextWriter *w = docx->writer;
  g_autofree char *clean = _jd_office_clean_text (text);
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  _jd_office_start (w, "w:r");
  _jd_office_start (w, "w:rPr");
  if (char_style != NULL)
    empty_val (w, "w:rStyle", char_style);
  write_lang (docx, w);
  _jd_office_end (w);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\t", -1);

      if (i > 0)
        _jd_office_empty (w, "w:br", NULL);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          if (j > 0)
            _jd_office_empty (w, "w:tab", NULL);
          if (parts[j][0] == '\0')
            continue;

          _jd_office_start (w, "w:t");
          _jd_office_attr (w, "xml:space", "preserve");
          _jd_office_text (w, parts[j]);
          _jd_office_end (w);
        }
    }

  _jd_office_end (w);
}

/* A block's text, its lines stripped as every format writes them. */
static void
write_block_run (Docx       *docx,
                 const char *text)
{
  g_auto(GStrv) lines = _jd_office_split_lines (text);
  g_autofree char *joined = g_strjoinv ("\n", lines);

  write_run (docx, joined, NULL);
}

static void
write_link (Docx       *docx,
            const char *href,
            const char *text)
{
  g_autofree char *id = NULL;

  g_ptr_array_add (docx->links, g_strdup (href));
  id = g_strdup_printf ("rId%u", (guint)G_N_ELEMENTS (part_relationships) + docx->links->len);

  _jd_office_start (docx->writer, "w:hyperlink");
  _jd_office_attr (docx->writer, "r:id", id);
  write_run (docx, text, "Hyperlink");
  _jd_office_end (docx->writer);
}

/* Opens a paragraph in @style (%NULL for Normal); a list paragraph is
 * numbered with the bullets of numbering.xml. */
static void
start_paragraph (Docx       *docx,
                 const char *style,
                 gboolean    list_item)
{
  xmlTextWriter *w = docx->writer;

  _jd_office_start (w, "w:p");
  if (style == NULL && !list_item)
    return;

  _jd_office_start (w, "w:pPr");
  if (style != NULL)
    empty_val (w, "w:pStyle", style);
  if (list_item)
    {
      _jd_office_start (w, "w:numPr");
      empty_val (w, "w:ilvl", "0");
      empty_val (w, "w:numId", BULLET_NUM_ID);
      _jd_office_end (w);
    }
  _jd_office_end (w);
}

static void
write_paragraph (Docx       *docx,
                 const char *style,
                 const char *text)
{
  start_paragraph (docx, style, FALSE);
  write_block_run (docx, text);
  _jd_office_end (docx->writer);
}

/* The facts as the other formats write them: bare values under the
 * title, "Label: value" in the details; the company links to its site. */
static void
write_facts (Docx       *docx,
             const char *style,
             GPtrArray  *facts,
             gboolean    with_labels)
{
  start_paragraph (docx, style, FALSE);

  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);

      if (i > 0)
        write_run (docx, JD_EXPORT_FACT_SEPARATOR, NULL);

      if (with_labels && fact->label != NULL)
        {
          g_autofree char *pair = _jd_export_view_label_value (docx->view, fact->label, fact->text);

          write_run (docx, pair, NULL);
        }
      else if (fact->href != NULL)
        write_link (docx, fact->href, fact->text);
      else
        write_run (docx, fact->text, NULL);
    }

  _jd_office_end (docx->writer);
}

static void
write_section (Docx            *docx,
               JdExportSection *section)
{
  write_paragraph (docx, "Heading1", section->heading);

  for (guint i = 0; i < section->blocks->len; i++)
    {
      JdBlock *block = g_ptr_array_index (section->blocks, i);
      gboolean item = jd_block_get_kind (block) == JD_BLOCK_ITEM;

      start_paragraph (docx, item ? "ListBullet" : NULL, item);
      write_block_run (docx, jd_block_get_text (block));
      _jd_office_end (docx->writer);
    }
}

static void
write_section_properties (Docx                  *docx,
                          const JdExportOptions *options)
{
  xmlTextWriter *w = docx->writer;
  double width, height, margin;

  _jd_office_get_page (options, &width, &height, &margin);

  _jd_office_start (w, "w:sectPr");
  _jd_office_start (w, "w:pgSz");
  _jd_office_attr_int (w, "w:w", twips (width));
  _jd_office_attr_int (w, "w:h", twips (height));
  _jd_office_end (w);
  _jd_office_start (w, "w:pgMar");
  _jd_office_attr_int (w, "w:top", twips (margin));
  _jd_office_attr_int (w, "w:right", twips (margin));
  _jd_office_attr_int (w, "w:bottom", twips (margin));
  _jd_office_attr_int (w, "w:left", twips (margin));
  _jd_office_attr_int (w, "w:header", twips (margin / 2));
  _jd_office_attr_int (w, "w:footer", twips (margin / 2));
  _jd_office_attr_int (w, "w:gutter", 0);
  _jd_office_end (w);
  _jd_office_end (w);
}

/* word/document.xml: title, facts, sections, how to apply, details. */
static GBytes *
write_document (Docx                  *docx,
                const JdExportOptions *options)
{
  JdExportView *view = docx->view;
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  docx->writer = w;
  _jd_office_start (w, "w:document");
  _jd_office_attr (w, "xmlns:w", NS_W);
  _jd_office_attr (w, "xmlns:r", NS_R);
  _jd_office_start (w, "w:body");

  write_paragraph (docx, "Title", view->heading);

  if (view->meta->len > 0)
    write_facts (docx, "Subtitle", view->meta, FALSE);

  for (guint i = 0; i < view->sections->len; i++)
    write_section (docx, g_ptr_array_index (view->sections, i));

  if (view->apply_href != NULL)
    {
      g_autofree char *label = _jd_export_view_label_value (view, _jd_export_view_get_term (view, "label-apply"), "");

      start_paragraph (docx, NULL, FALSE);
      write_run (docx, label, NULL);
      write_link (docx, view->apply_href, view->apply_text);
      _jd_office_end (w);
    }

  if (view->details->len > 0)
    write_facts (docx, NULL, view->details, TRUE);

  write_section_properties (docx, options);
  docx->writer = NULL;

  return _jd_office_part_end (&part);
}

/* A paragraph or character style: @body writes its pPr and rPr. */
static void
start_style (xmlTextWriter *w,
             const char    *type,
             const char    *id,
             const char    *name,
             const char    *based_on)
{
  _jd_office_start (w, "w:style");
  _jd_office_attr (w, "w:type", type);
  _jd_office_attr (w, "w:styleId", id);
  empty_val (w, "w:name", name);
  if (based_on != NULL)
    empty_val (w, "w:basedOn", based_on);
  if (g_str_equal (type, "paragraph"))
    empty_val (w, "w:next", "Normal");
  _jd_office_empty (w, "w:qFormat", NULL);
}

static void
write_spacing (xmlTextWriter *w,
               const char    *before,
               const char    *after)
{
  _jd_office_empty (w, "w:spacing", "w:before", before, "w:after", after, NULL);
}

/* Bold text of @half_points, in @color or the default one. */
static void
write_heading_run_properties (xmlTextWriter *w,
                              const char    *half_points,
                              const char    *color)
{
  _jd_office_start (w, "w:rPr");
  _jd_office_empty (w, "w:b", NULL);
  _jd_office_empty (w, "w:bCs", NULL);
  if (color != NULL)
    empty_val (w, "w:color", color);
  empty_val (w, "w:sz", half_points);
  empty_val (w, "w:szCs", half_points);
  _jd_office_end (w);
}

/* word/styles.xml: the defaults (font, size, the document's language)
 * and the styles the document uses, under the names Word gives its
 * built-in styles, so that Word shows them translated. */
static GBytes *
write_styles (Docx *docx)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "w:styles");
  _jd_office_attr (w, "xmlns:w", NS_W);

  _jd_office_start (w, "w:docDefaults");
  _jd_office_start (w, "w:rPrDefault");
  _jd_office_start (w, "w:rPr");
  _jd_office_empty (w, "w:rFonts", "w:ascii", FONT, "w:eastAsia", FONT, "w:hAnsi", FONT, "w:cs", FONT, NULL);
  empty_val (w, "w:sz", "22");
  empty_val (w, "w:szCs", "22");
  write_lang (docx, w);
  _jd_office_end (w);
  _jd_office_end (w);
  _jd_office_start (w, "w:pPrDefault");
  _jd_office_start (w, "w:pPr");
  _jd_office_empty (w, "w:spacing", "w:after", "120", "w:line", "276", "w:lineRule", "auto", NULL);
  _jd_office_end (w);
  _jd_office_end (w);
  _jd_office_end (w);

  _jd_office_start (w, "w:style");
  _jd_office_attr (w, "w:type", "paragraph");
  _jd_office_attr (w, "w:default", "1");
  _jd_office_attr (w, "w:styleId", "Normal");
  empty_val (w, "w:name", "Normal");
  _jd_office_empty (w, "w:qFormat", NULL);
  _jd_office_end (w);

  _jd_office_start (w, "w:style");
  _jd_office_attr (w, "w:type", "character");
  _jd_office_attr (w, "w:default", "1");
  _jd_office_attr (w, "w:styleId", "DefaultParagraphFont");
  empty_val (w, "w:name", "Default Paragraph Font");
  empty_val (w, "w:uiPriority", "1");
  _jd_office_empty (w, "w:semiHidden", NULL);
  _jd_office_empty (w, "w:unhideWhenUsed", NULL);
  _jd_office_end (w);

  start_style (w, "paragraph", "Title", "Title", "Normal");
  _jd_office_start (w, "w:pPr");
  write_spacing (w, "0", "120");
  _jd_office_end (w);
  write_heading_run_properties (w, "48", NULL);
  _jd_office_end (w);

  start_style (w, "paragraph", "Subtitle", "Subtitle", "Normal");
  _jd_office_start (w, "w:pPr");
  write_spacing (w, "0", "240");
  _jd_office_end (w);
  _jd_office_start (w, "w:rPr");
  empty_val (w, "w:color", "595959");
  empty_val (w, "w:sz", "24");
  empty_val (w, "w:szCs", "24");
  _jd_office_end (w);
  _jd_office_end (w);

  start_style (w, "paragraph", "Heading1", "heading 1", "Normal");
  _jd_office_start (w, "w:pPr");
  _jd_office_empty (w, "w:keepNext", NULL);
  _jd_office_empty (w, "w:keepLines", NULL);
  write_spacing (w, "360", "120");
  empty_val (w, "w:outlineLvl", "0");
  _jd_office_end (w);
  write_heading_run_properties (w, "30", NULL);
  _jd_office_end (w);

  start_style (w, "paragraph", "ListBullet", "List Bullet", "Normal");
  _jd_office_start (w, "w:pPr");
  _jd_office_start (w, "w:numPr");
  empty_val (w, "w:numId", BULLET_NUM_ID);
  _jd_office_end (w);
  write_spacing (w, "0", "60");
  _jd_office_end (w);
  _jd_office_end (w);

  start_style (w, "character", "Hyperlink", "Hyperlink", "DefaultParagraphFont");
  _jd_office_start (w, "w:rPr");
  empty_val (w, "w:color", "0563C1");
  empty_val (w, "w:u", "single");
  _jd_office_end (w);
  _jd_office_end (w);

  return _jd_office_part_end (&part);
}

/* word/numbering.xml: one list of bullets with a hanging indent. */
static GBytes *
write_numbering (void)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "w:numbering");
  _jd_office_attr (w, "xmlns:w", NS_W);

  _jd_office_start (w, "w:abstractNum");
  _jd_office_attr (w, "w:abstractNumId", "0");
  empty_val (w, "w:multiLevelType", "singleLevel");
  _jd_office_start (w, "w:lvl");
  _jd_office_attr (w, "w:ilvl", "0");
  empty_val (w, "w:start", "1");
  empty_val (w, "w:numFmt", "bullet");
  empty_val (w, "w:lvlText", "•");
  empty_val (w, "w:lvlJc", "left");
  _jd_office_start (w, "w:pPr");
  _jd_office_empty (w, "w:ind", "w:left", "720", "w:hanging", "360", NULL);
  _jd_office_end (w);
  _jd_office_start (w, "w:rPr");
  _jd_office_empty (w, "w:rFonts", "w:ascii", FONT, "w:hAnsi", FONT, "w:hint", "default", NULL);
  _jd_office_end (w);
  _jd_office_end (w);
  _jd_office_end (w);

  _jd_office_start (w, "w:num");
  _jd_office_attr (w, "w:numId", BULLET_NUM_ID);
  empty_val (w, "w:abstractNumId", "0");
  _jd_office_end (w);

  return _jd_office_part_end (&part);
}

/* word/settings.xml: Word 2013 and later behavior rather than a
 * compatibility mode, and the language of the theme's fonts. */
static GBytes *
write_settings (Docx *docx)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "w:settings");
  _jd_office_attr (w, "xmlns:w", NS_W);
  empty_val (w, "w:defaultTabStop", "720");
  empty_val (w, "w:characterSpacingControl", "doNotCompress");
  _jd_office_start (w, "w:compat");
  _jd_office_empty (w, "w:compatSetting", "w:name", "compatibilityMode",
                    "w:uri", "http://schemas.microsoft.com/office/word", "w:val", "15", NULL);
  _jd_office_end (w);
  empty_val (w, "w:themeFontLang", docx->language.tag);

  return _jd_office_part_end (&part);
}

static void
write_relationship (xmlTextWriter *w,
                    const char    *id,
                    const char    *type,
                    const char    *target,
                    gboolean       external)
{
  _jd_office_start (w, "Relationship");
  _jd_office_attr (w, "Id", id);
  _jd_office_attr (w, "Type", type);
  _jd_office_attr (w, "Target", target);
  if (external)
    _jd_office_attr (w, "TargetMode", "External");
  _jd_office_end (w);
}

/* word/_rels/document.xml.rels: the parts beside the document, and the
 * targets of its hyperlinks. */
static GBytes *
write_document_relationships (Docx *docx)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "Relationships");
  _jd_office_attr (w, "xmlns", NS_PACKAGE_RELS);

  for (guint i = 0; i < G_N_ELEMENTS (part_relationships); i++)
    write_relationship (w, part_relationships[i].id, part_relationships[i].type,
                        part_relationships[i].target, FALSE);

  for (guint i = 0; i < docx->links->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("rId%u", (guint)G_N_ELEMENTS (part_relationships) + i + 1);

      write_relationship (w, id, REL_TYPE ("hyperlink"), g_ptr_array_index (docx->links, i), TRUE);
    }

  return _jd_office_part_end (&part);
}

/* _rels/.rels: where the document and its properties are. */
static GBytes *
write_package_relationships (void)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "Relationships");
  _jd_office_attr (w, "xmlns", NS_PACKAGE_RELS);
  write_relationship (w, "rId1", REL_TYPE ("officeDocument"), "word/document.xml", FALSE);
  write_relationship (w, "rId2",
                      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                      "docProps/core.xml", FALSE);

  return _jd_office_part_end (&part);
}

static void
write_override (xmlTextWriter *w,
                const char    *part_name,
                const char    *content_type)
{
  _jd_office_empty (w, "Override", "PartName", part_name, "ContentType", content_type, NULL);
}

/* [Content_Types].xml: the type of every part. */
static GBytes *
write_content_types (void)
{
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "Types");
  _jd_office_attr (w, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  _jd_office_empty (w, "Default", "Extension", "rels",
                    "ContentType", "application/vnd.openxmlformats-package.relationships+xml", NULL);
  _jd_office_empty (w, "Default", "Extension", "xml", "ContentType", "application/xml", NULL);
  write_override (w, "/word/document.xml", MAIN_TYPE ".document.main+xml");
  write_override (w, "/word/styles.xml", MAIN_TYPE ".styles+xml");
  write_override (w, "/word/numbering.xml", MAIN_TYPE ".numbering+xml");
  write_override (w, "/word/settings.xml", MAIN_TYPE ".settings+xml");
  write_override (w, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");

  return _jd_office_part_end (&part);
}

/* docProps/core.xml: title, language, creator and date. */
static GBytes *
write_core_properties (Docx *docx)
{
  g_autofree char *date = _jd_office_dup_date (docx->view);
  JdOfficePart part = { 0 };
  xmlTextWriter *w = _jd_office_part_begin (&part);

  _jd_office_start (w, "cp:coreProperties");
  _jd_office_attr (w, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  _jd_office_attr (w, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  _jd_office_attr (w, "xmlns:dcterms", "http://purl.org/dc/terms/");
  _jd_office_attr (w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");

  _jd_office_text_element (w, "dc:title", docx->view->heading);
  _jd_office_text_element (w, "dc:language", docx->language.tag);
  _jd_office_text_element (w, "dc:creator", PACKAGE_NAME);

  for (guint i = 0; date != NULL && i < 2; i++)
    {
      _jd_office_start (w, i == 0 ? "dcterms:created" : "dcterms:modified");
      _jd_office_attr (w, "xsi:type", "dcterms:W3CDTF");
      _jd_office_text (w, date);
      _jd_office_end (w);
    }

  return _jd_office_part_end (&part);
}

/* A .docx package: the parts above in a ZIP archive, [Content_Types].xml
 * first as Word writes it. */
GBytes *
_jd_export_write_docx (JdExportView           *view,
                       const JdExportOptions  *options,
                       GPtrArray              *warnings,
                       GError                **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  Docx docx = { view, { 0 }, NULL, links };
  JdOfficeEntry entries[8] = { 0 };
  guint n = 0;
  GBytes *bytes;

  _jd_office_language_init (&docx.language, view);

  entries[n++] = (JdOfficeEntry) { "[Content_Types].xml", write_content_types (), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "_rels/.rels", write_package_relationships (), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "docProps/core.xml", write_core_properties (&docx), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "word/document.xml", write_document (&docx, options), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "word/_rels/document.xml.rels", write_document_relationships (&docx),
                                   JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "word/styles.xml", write_styles (&docx), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "word/numbering.xml", write_numbering (), JD_ZIP_DEFLATE };
  entries[n++] = (JdOfficeEntry) { "word/settings.xml", write_settings (&docx), JD_ZIP_DEFLATE };
  g_assert (n == G_N_ELEMENTS (entries));

  bytes = _jd_office_zip (entries, n, error);

  for (guint i = 0; i < n; i++)
    g_bytes_unref (entries[i].contents);
  _jd_office_language_clear (&docx.language);

  return bytes;
}
