/* jd-import-docx.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-import-private.h"

/* Word documents (Office Open XML, WordprocessingML). What a paragraph
 * is comes from its style: Title, the built-in "heading N" styles or an
 * outline level, directly or through the styles it is based on; list
 * paragraphs have numbering (numPr). The text is that of the runs, with
 * insertions and without deletions, field codes or comments. Images and
 * the relationships that point at them are never read. */

#define W_NS   "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W14_NS "http://schemas.microsoft.com/office/word/2010/wordml"
#define MC_NS  "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define OFFICE_DOCUMENT_REL \
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

/* Styles are looked up through basedOn no deeper than this: a loop in
 * a hostile file must end. */
#define MAX_STYLE_DEPTH 16

typedef struct
{
  char     *based_on;
  /* 0 for none, 1 to 9 from the name or the outline level. */
  guint     heading_level;
  gboolean  title;
  gboolean  list;
  gboolean  bold;
} Style;

typedef struct
{
  JdImportFlow *flow;
  GHashTable   *styles;
} DocxReader;

static void
style_free (Style *style)
{
  g_free (style->based_on);
  g_free (style);
}

static xmlNode *
child (xmlNode    *node,
       const char *name)
{
  if (node == NULL)
    return NULL;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (_jd_import_xml_is (c, W_NS, name))
      return c;

  return NULL;
}

static char *
val (xmlNode *node)
{
  return node != NULL ? _jd_import_xml_prop (node, W_NS, "val") : NULL;
}

/* <w:b/>, <w:b w:val="true"/> and the like are on; "0", "false" and
 * "off" are off. */
static gboolean
is_on (xmlNode *toggle)
{
  g_autofree char *value = val (toggle);

  if (toggle == NULL)
    return FALSE;

  return value == NULL ||
         !(g_str_equal (value, "0") || g_str_equal (value, "false") || g_str_equal (value, "off"));
}

static guint
outline_level (xmlNode *ppr)
{
  g_autofree char *value = val (child (ppr, "outlineLvl"));
  guint64 level;

  /* Level 9 is body text. */
  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, 8, &level, NULL))
    return 0;

  return (guint)level + 1;
}

static gboolean
has_numbering (xmlNode *ppr)
{
  xmlNode *numpr = child (ppr, "numPr");
  g_autofree char *id = val (child (numpr, "numId"));

  /* numId 0 takes the numbering away. */
  return numpr != NULL && g_strcmp0 (id, "0") != 0;
}

static void
read_style (DocxReader *reader,
            xmlNode    *node)
{
  g_autofree char *type = _jd_import_xml_prop (node, W_NS, "type");
  g_autofree char *id = _jd_import_xml_prop (node, W_NS, "styleId");
  g_autofree char *name = val (child (node, "name"));
  xmlNode *ppr = child (node, "pPr");
  Style *style;

  if (id == NULL || (type != NULL && !g_str_equal (type, "paragraph")))
    return;

  style = g_new0 (Style, 1);
  style->based_on = val (child (node, "basedOn"));
  style->heading_level = outline_level (ppr);
  style->list = has_numbering (ppr);
  style->bold = is_on (child (child (node, "rPr"), "b"));

  /* Word writes the names of its built-in styles in English, whatever
   * the language of the program; the ids are translated. */
  if (name != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_equal (lower, "title"))
        style->title = TRUE;
      else if (g_str_has_prefix (lower, "heading ") && lower[8] >= '1' && lower[8] <= '9' &&
               lower[9] == '\0')
        style->heading_level = (guint)(lower[8] - '0');
      else if (g_str_has_prefix (lower, "list bullet") || g_str_has_prefix (lower, "list number"))
        style->list = TRUE;
    }

  g_hash_table_replace (reader->styles, g_steal_pointer (&id), style);
}

static void
read_styles (DocxReader *reader,
             xmlDoc     *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (!_jd_import_xml_is (root, W_NS, "styles"))
    return;

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    if (_jd_import_xml_is (node, W_NS, "style"))
      read_style (reader, node);
}

/* What a paragraph of style @id is, through the styles it is based on. */
static void
resolve_style (DocxReader *reader,
               const char *id,
               Style      *out)
{
  for (guint depth = 0; id != NULL && depth < MAX_STYLE_DEPTH; depth++)
    {
      Style *style = g_hash_table_lookup (reader->styles, id);

      if (style == NULL)
        return;

      out->title = out->title || style->title;
      out->list = out->list || style->list;
      out->bold = out->bold || style->bold;
      if (out->heading_level == 0)
        out->heading_level = style->heading_level;
      id = style->based_on;
    }
}

typedef struct
{
  GString  *text;
  /* Whether every run with text is bold. */
  gboolean  all_bold;
  gboolean  any_text;
} RunText;

static void
read_run (xmlNode   *run,
          RunText   *run_text,
          GPtrArray *boxes)
{
  gboolean bold = is_on (child (child (run, "rPr"), "b"));
  gsize before = run_text->text->len;

  for (xmlNode *node = run->children; node != NULL; node = node->next)
    {
      if (_jd_import_xml_is (node, W_NS, "t"))
        {
          xmlChar *content = xmlNodeGetContent (node);

          g_string_append (run_text->text, (const char *)content);
          xmlFree (content);
        }
      else if (_jd_import_xml_is (node, W_NS, "tab") || _jd_import_xml_is (node, W_NS, "ptab"))
        g_string_append_c (run_text->text, '\t');
      else if (_jd_import_xml_is (node, W_NS, "br") || _jd_import_xml_is (node, W_NS, "cr"))
        g_string_append_c (run_text->text, '\n');
      else if (_jd_import_xml_is (node, W_NS, "noBreakHyphen"))
        g_string_append (run_text->text, "‑");
      else if (node->type == XML_ELEMENT_NODE)
        /* Text boxes in drawings and shapes hold paragraphs of their own. */
        g_ptr_array_add (boxes, node);
    }

  if (run_text->text->len > before)
    {
      run_text->any_text = TRUE;
      if (!bold)
        run_text->all_bold = FALSE;
    }
}

/* The runs of a paragraph, through hyperlinks, insertions, fields and
 * content controls; deletions and comments are left out. */
static void
read_runs (xmlNode   *node,
           RunText   *run_text,
           GPtrArray *boxes)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE || c->ns == NULL)
        continue;

      if (_jd_import_xml_is (c, W_NS, "r"))
        read_run (c, run_text, boxes);
      else if (_jd_import_xml_is (c, W_NS, "hyperlink") ||
               _jd_import_xml_is (c, W_NS, "ins") ||
               _jd_import_xml_is (c, W_NS, "fldSimple") ||
               _jd_import_xml_is (c, W_NS, "smartTag") ||
               _jd_import_xml_is (c, W_NS, "customXml") ||
               _jd_import_xml_is (c, W_NS, "sdtContent") ||
               _jd_import_xml_is (c, W_NS, "sdt") ||
               _jd_import_xml_is (c, W_NS, "moveTo"))
        read_runs (c, run_text, boxes);
    }
}

static void read_block_container (DocxReader *reader,
                                  xmlNode    *node,
                                  guint       depth);

/* The paragraphs of text boxes, found anywhere below a drawing. Of the
 * alternatives Word writes for one (mc:AlternateContent), the first is
 * read: the others hold the same text again. */
static void
read_boxes (DocxReader *reader,
            xmlNode    *node,
            guint       depth)
{
  if (depth > 64)
    return;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;

      if (_jd_import_xml_is (c, W_NS, "txbxContent"))
        read_block_container (reader, c, depth + 1);
      else if (_jd_import_xml_is (c, MC_NS, "Fallback"))
        continue;
      else
        read_boxes (reader, c, depth + 1);
    }
}

static void
read_paragraph (DocxReader *reader,
                xmlNode    *p,
                guint       depth)
{
  xmlNode *ppr = child (p, "pPr");
  g_autofree char *style_id = val (child (ppr, "pStyle"));
  g_autoptr(GPtrArray) boxes = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  RunText run_text = { text, TRUE, FALSE };
  Style style = { 0 };
  guint level;

  resolve_style (reader, style_id, &style);
  level = outline_level (ppr);
  if (level == 0)
    level = style.heading_level;

  read_runs (p, &run_text, boxes);

  if (style.title)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_TITLE, 0, text->str);
  else if (level > 0)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_HEADING, level, text->str);
  else if (has_numbering (ppr) || style.list)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_ITEM, 0, text->str);
  else if (run_text.any_text && (run_text.all_bold || style.bold) &&
           g_utf8_strlen (text->str, -1) <= 80 && strchr (text->str, '\n') == NULL)
    /* A short paragraph in bold is how many write a heading in Word. */
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_HEADING, 0, text->str);
  else
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_PARAGRAPH, 0, text->str);

  for (guint i = 0; i < boxes->len; i++)
    read_boxes (reader, g_ptr_array_index (boxes, i), depth + 1);
}

/* The body, a table cell, a text box or a content control: paragraphs
 * and tables in order. */
static void
read_block_container (DocxReader *reader,
                      xmlNode    *node,
                      guint       depth)
{
  /* libxml2 stops at 256 levels; tables in tables nest two each. */
  if (depth > 256)
    return;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (_jd_import_xml_is (c, W_NS, "p"))
        read_paragraph (reader, c, depth);
      else if (_jd_import_xml_is (c, W_NS, "tbl") ||
               _jd_import_xml_is (c, W_NS, "tr") ||
               _jd_import_xml_is (c, W_NS, "tc") ||
               _jd_import_xml_is (c, W_NS, "sdt") ||
               _jd_import_xml_is (c, W_NS, "sdtContent") ||
               _jd_import_xml_is (c, W_NS, "customXml") ||
               _jd_import_xml_is (c, W_NS, "ins") ||
               _jd_import_xml_is (c, W14_NS, "sdt"))
        read_block_container (reader, c, depth + 1);
    }
}

/* Where the main part is: Word names it word/document.xml, and the
 * package's relationships say so for the files of other programs. */
static char *
find_main_part (GHashTable *parts)
{
  g_autoptr(xmlDoc) rels = _jd_import_parse_part (parts, "_rels/.rels", FALSE, NULL);
  xmlNode *root = rels ? xmlDocGetRootElement (rels) : NULL;

  if (root != NULL)
    for (xmlNode *node = root->children; node != NULL; node = node->next)
      {
        g_autofree char *type = NULL;
        g_autofree char *target = NULL;

        if (!_jd_import_xml_is (node, REL_NS, "Relationship"))
          continue;

        type = (char *)xmlGetProp (node, (const xmlChar *)"Type");
        target = (char *)xmlGetProp (node, (const xmlChar *)"Target");
        if (g_strcmp0 (type, OFFICE_DOCUMENT_REL) == 0 && target != NULL &&
            strstr (target, "..") == NULL && strstr (target, "://") == NULL)
          return g_strdup (target[0] == '/' ? target + 1 : target);
      }

  return g_strdup ("word/document.xml");
}

gboolean
_jd_import_read_docx (GBytes        *bytes,
                      JdImportFlow  *flow,
                      GError       **error)
{
  static const char * const first[] = { "_rels/.rels", "word/document.xml", "word/styles.xml", NULL };
  g_autoptr(GHashTable) parts = NULL;
  g_autoptr(GHashTable) styles = NULL;
  g_autoptr(xmlDoc) styles_doc = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *main_part = NULL;
  g_autofree char *styles_part = NULL;
  g_autofree char *dir = NULL;
  DocxReader reader = { flow, NULL };
  xmlNode *body;

  parts = _jd_import_zip_extract (bytes, first, error);
  if (parts == NULL)
    return FALSE;

  main_part = find_main_part (parts);
  dir = g_path_get_dirname (main_part);
  styles_part = g_str_equal (dir, ".") ? g_strdup ("styles.xml") : g_strconcat (dir, "/styles.xml", NULL);

  if (!g_hash_table_contains (parts, main_part))
    {
      const char *again[] = { main_part, styles_part, NULL };

      g_clear_pointer (&parts, g_hash_table_unref);
      parts = _jd_import_zip_extract (bytes, again, error);
      if (parts == NULL)
        return FALSE;
    }

  doc = _jd_import_parse_part (parts, main_part, TRUE, error);
  if (doc == NULL)
    return FALSE;

  /* A broken styles part only costs the headings' levels. */
  styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)style_free);
  reader.styles = styles;
  styles_doc = _jd_import_parse_part (parts, styles_part, FALSE, NULL);
  if (styles_doc != NULL)
    read_styles (&reader, styles_doc);

  body = child (xmlDocGetRootElement (doc), "body");
  if (!_jd_import_xml_is (xmlDocGetRootElement (doc), W_NS, "document") || body == NULL)
    {
      g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_CORRUPT,
                   /* Translators: the placeholder is the name of a part of
                    * a .docx file, such as “word/document.xml”. */
                   _("“%s” is not the text of a Word document"), main_part);
      return FALSE;
    }

  read_block_container (&reader, body, 0);
  return TRUE;
}
