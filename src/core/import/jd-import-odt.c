/* jd-import-odt.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-import-private.h"
#include "jd-util-private.h"

/* OpenDocument text (.odt): content.xml holds the text, as headings
 * (text:h with their outline level), paragraphs (text:p, whose style
 * may still make them a title or a heading) and lists (text:list);
 * styles come from both content.xml (automatic styles) and styles.xml.
 * Frames, tables and sections are read through; notes, annotations and
 * tracked deletions are left out, and images are never loaded. */

#define OFFICE_NS   "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define TEXT_NS     "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define STYLE_NS    "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define FO_NS       "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define TABLE_NS    "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define DRAW_NS     "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define MANIFEST_NS "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

#define MAX_STYLE_DEPTH 16
#define MAX_DEPTH       256

typedef struct
{
  char     *parent;
  guint     heading_level;
  gboolean  title;
  gboolean  bold;
} Style;

typedef struct
{
  JdImportFlow *flow;
  GHashTable   *styles;
} OdtReader;

static void
style_free (Style *style)
{
  g_free (style->parent);
  g_free (style);
}

static gboolean
is_text (xmlNode    *node,
         const char *name)
{
  return _jd_import_xml_is (node, TEXT_NS, name);
}

static void
read_style (OdtReader *reader,
            xmlNode   *node)
{
  g_autofree char *name = _jd_import_xml_prop (node, STYLE_NS, "name");
  g_autofree char *display = _jd_import_xml_prop (node, STYLE_NS, "display-name");
  g_autofree char *level = _jd_import_xml_prop (node, STYLE_NS, "default-outline-level");
  const char *shown;
  guint64 number;
  Style *style;

  if (name == NULL)
    return;

  style = g_new0 (Style, 1);
  style->parent = _jd_import_xml_prop (node, STYLE_NS, "parent-style-name");
  if (level != NULL && g_ascii_string_to_unsigned (level, 10, 1, 10, &number, NULL))
    style->heading_level = (guint)number;

  /* Names encode spaces as _20_: "Heading_20_2" is shown "Heading 2". */
  shown = display != NULL ? display : name;
  if (g_ascii_strcasecmp (shown, "Title") == 0)
    style->title = TRUE;
  else if ((g_ascii_strncasecmp (shown, "Heading ", 8) == 0 &&
            g_ascii_string_to_unsigned (shown + 8, 10, 1, 10, &number, NULL)) ||
           (g_ascii_strncasecmp (shown, "Heading_20_", 11) == 0 &&
            g_ascii_string_to_unsigned (shown + 11, 10, 1, 10, &number, NULL)))
    style->heading_level = (guint)number;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (_jd_import_xml_is (c, STYLE_NS, "text-properties"))
      {
        g_autofree char *weight = _jd_import_xml_prop (c, FO_NS, "font-weight");

        style->bold = g_strcmp0 (weight, "bold") == 0 ||
                      (weight != NULL && g_ascii_strtoull (weight, NULL, 10) >= 600);
      }

  g_hash_table_replace (reader->styles, g_steal_pointer (&name), style);
}

/* The styles of office:styles and office:automatic-styles. */
static void
read_styles (OdtReader *reader,
             xmlDoc    *doc)
{
  xmlNode *root = doc ? xmlDocGetRootElement (doc) : NULL;

  if (root == NULL)
    return;

  for (xmlNode *group = root->children; group != NULL; group = group->next)
    if (_jd_import_xml_is (group, OFFICE_NS, "styles") ||
        _jd_import_xml_is (group, OFFICE_NS, "automatic-styles"))
      for (xmlNode *node = group->children; node != NULL; node = node->next)
        if (_jd_import_xml_is (node, STYLE_NS, "style"))
          read_style (reader, node);
}

static void
resolve_style (OdtReader  *reader,
               const char *name,
               Style      *out)
{
  for (guint depth = 0; name != NULL && depth < MAX_STYLE_DEPTH; depth++)
    {
      Style *style = g_hash_table_lookup (reader->styles, name);

      if (style == NULL)
        return;

      out->title = out->title || style->title;
      out->bold = out->bold || style->bold;
      if (out->heading_level == 0)
        out->heading_level = style->heading_level;
      name = style->parent;
    }
}

static gboolean
style_is_bold (OdtReader *reader,
               xmlNode   *node)
{
  g_autofree char *name = _jd_import_xml_prop (node, TEXT_NS, "style-name");
  Style style = { 0 };

  resolve_style (reader, name, &style);
  return style.bold;
}

typedef struct
{
  GString  *text;
  gboolean  all_bold;
  gboolean  any_text;
} SpanText;

static void
append_text (SpanText   *span_text,
             const char *text,
             gboolean    bold)
{
  g_string_append (span_text->text, text);
  if (!_jd_is_blank (text))
    {
      span_text->any_text = TRUE;
      if (!bold)
        span_text->all_bold = FALSE;
    }
}

/* The text of a paragraph's contents, spans and links included; frames
 * inside it are kept in @frames to be read after it. */
static void
read_inline (OdtReader *reader,
             xmlNode   *node,
             gboolean   bold,
             SpanText  *span_text,
             GPtrArray *frames,
             guint      depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        append_text (span_text, (const char *)c->content, bold);
      else if (is_text (c, "s"))
        {
          g_autofree char *count = _jd_import_xml_prop (c, TEXT_NS, "c");
          guint64 n = 1;

          if (count != NULL)
            g_ascii_string_to_unsigned (count, 10, 1, 1000, &n, NULL);
          for (guint64 i = 0; i < n; i++)
            g_string_append_c (span_text->text, ' ');
        }
      else if (is_text (c, "tab"))
        g_string_append_c (span_text->text, '\t');
      else if (is_text (c, "line-break"))
        g_string_append_c (span_text->text, '\n');
      else if (is_text (c, "span"))
        read_inline (reader, c, bold || style_is_bold (reader, c), span_text, frames, depth + 1);
      else if (is_text (c, "a") || is_text (c, "meta") || is_text (c, "ruby") ||
               is_text (c, "ruby-base") || is_text (c, "date") || is_text (c, "time") ||
               is_text (c, "page-number") || is_text (c, "sender-firstname") ||
               is_text (c, "title") || is_text (c, "subject") || is_text (c, "author-name"))
        read_inline (reader, c, bold, span_text, frames, depth + 1);
      else if (_jd_import_xml_is (c, DRAW_NS, "frame") || _jd_import_xml_is (c, DRAW_NS, "a"))
        g_ptr_array_add (frames, c);
    }
}

static void read_blocks (OdtReader *reader,
                         xmlNode   *node,
                         gboolean   in_list,
                         guint      depth);

static void
read_frames (OdtReader *reader,
             GPtrArray *frames,
             guint      depth)
{
  for (guint i = 0; i < frames->len; i++)
    {
      xmlNode *frame = g_ptr_array_index (frames, i);

      for (xmlNode *c = frame->children; c != NULL; c = c->next)
        if (_jd_import_xml_is (c, DRAW_NS, "text-box"))
          read_blocks (reader, c, FALSE, depth + 1);
        else if (_jd_import_xml_is (c, DRAW_NS, "frame"))
          {
            g_autoptr(GPtrArray) inner = g_ptr_array_new ();

            g_ptr_array_add (inner, c);
            read_frames (reader, inner, depth + 1);
          }
    }
}

static void
read_paragraph (OdtReader *reader,
                xmlNode   *node,
                gboolean   in_list,
                guint      depth)
{
  g_autofree char *style_name = _jd_import_xml_prop (node, TEXT_NS, "style-name");
  g_autofree char *outline = NULL;
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  SpanText span_text = { text, TRUE, FALSE };
  Style style = { 0 };
  guint level = 0;

  resolve_style (reader, style_name, &style);
  read_inline (reader, node, style.bold, &span_text, frames, depth + 1);

  if (is_text (node, "h"))
    {
      guint64 number;

      outline = _jd_import_xml_prop (node, TEXT_NS, "outline-level");
      level = (outline != NULL && g_ascii_string_to_unsigned (outline, 10, 1, 10, &number, NULL))
              ? (guint)number : MAX (style.heading_level, 1);
    }
  else
    level = style.heading_level;

  if (style.title)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_TITLE, 0, text->str);
  else if (level > 0)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_HEADING, level, text->str);
  else if (in_list)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_ITEM, 0, text->str);
  else if (span_text.any_text && span_text.all_bold &&
           g_utf8_strlen (text->str, -1) <= 80 && strchr (text->str, '\n') == NULL)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_HEADING, 0, text->str);
  else
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_PARAGRAPH, 0, text->str);

  read_frames (reader, frames, depth + 1);
}

/* A list item is one item, whatever number of paragraphs it has; a
 * list inside it gives items of its own. */
static void
read_list_item (OdtReader *reader,
                xmlNode   *item,
                guint      depth)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) frames = g_ptr_array_new ();
  gboolean added = FALSE;

  for (xmlNode *c = item->children; c != NULL; c = c->next)
    {
      if (is_text (c, "p"))
        {
          SpanText span_text = { g_string_new (NULL), TRUE, FALSE };
          g_autoptr(GString) owned = span_text.text;

          read_inline (reader, c, FALSE, &span_text, frames, depth + 1);
          if (text->len > 0 && owned->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, owned->str);
        }
      else if (is_text (c, "h"))
        read_paragraph (reader, c, TRUE, depth + 1);
      else if (is_text (c, "list"))
        {
          if (!added)
            _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_ITEM, 0, text->str);
          added = TRUE;
          g_string_truncate (text, 0);
          read_blocks (reader, c, TRUE, depth + 1);
        }
    }

  if (!added || text->len > 0)
    _jd_import_flow_add (reader->flow, JD_IMPORT_PIECE_ITEM, 0, text->str);

  read_frames (reader, frames, depth + 1);
}

/* office:text, a section, a table cell, a text box: headings,
 * paragraphs, lists and tables in order. */
static void
read_blocks (OdtReader *reader,
             xmlNode   *node,
             gboolean   in_list,
             guint      depth)
{
  if (depth > MAX_DEPTH)
    return;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;

      if (is_text (c, "p") || is_text (c, "h"))
        read_paragraph (reader, c, in_list, depth);
      else if (is_text (c, "list-item") || is_text (c, "list-header"))
        read_list_item (reader, c, depth + 1);
      else if (is_text (c, "list"))
        read_blocks (reader, c, TRUE, depth + 1);
      else if (is_text (c, "section") || is_text (c, "index-body") ||
               _jd_import_xml_is (c, TABLE_NS, "table") ||
               _jd_import_xml_is (c, TABLE_NS, "table-header-rows") ||
               _jd_import_xml_is (c, TABLE_NS, "table-rows") ||
               _jd_import_xml_is (c, TABLE_NS, "table-row") ||
               _jd_import_xml_is (c, TABLE_NS, "table-cell"))
        read_blocks (reader, c, FALSE, depth + 1);
    }
}

/* LibreOffice encrypts the parts themselves and says so in the
 * manifest; the ZIP entries are not marked. */
static gboolean
is_encrypted (GHashTable *parts)
{
  g_autoptr(xmlDoc) manifest = _jd_import_parse_part (parts, "META-INF/manifest.xml", FALSE, NULL);
  xmlNode *root = manifest ? xmlDocGetRootElement (manifest) : NULL;

  if (root == NULL)
    return FALSE;

  for (xmlNode *entry = root->children; entry != NULL; entry = entry->next)
    for (xmlNode *c = entry->children; c != NULL; c = c->next)
      if (_jd_import_xml_is (c, MANIFEST_NS, "encryption-data"))
        return TRUE;

  return FALSE;
}

static xmlNode *
find_office_text (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (!_jd_import_xml_is (root, OFFICE_NS, "document-content"))
    return NULL;

  for (xmlNode *body = root->children; body != NULL; body = body->next)
    if (_jd_import_xml_is (body, OFFICE_NS, "body"))
      for (xmlNode *text = body->children; text != NULL; text = text->next)
        if (_jd_import_xml_is (text, OFFICE_NS, "text"))
          return text;

  return NULL;
}

gboolean
_jd_import_read_odt (GBytes        *bytes,
                     JdImportFlow  *flow,
                     GError       **error)
{
  static const char * const wanted[] = { "content.xml", "styles.xml", "META-INF/manifest.xml", NULL };
  g_autoptr(GHashTable) parts = NULL;
  g_autoptr(GHashTable) styles = NULL;
  g_autoptr(xmlDoc) styles_doc = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  OdtReader reader = { flow, NULL };
  xmlNode *text;

  parts = _jd_import_zip_extract (bytes, wanted, error);
  if (parts == NULL)
    return FALSE;

  if (is_encrypted (parts))
    {
      g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_ENCRYPTED,
                           _("the document is encrypted; save a copy without a password "
                             "and import that"));
      return FALSE;
    }

  doc = _jd_import_parse_part (parts, "content.xml", TRUE, error);
  if (doc == NULL)
    return FALSE;

  text = find_office_text (doc);
  if (text == NULL)
    {
      g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_CORRUPT,
                           _("“content.xml” is not the text of an OpenDocument text document"));
      return FALSE;
    }

  styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)style_free);
  reader.styles = styles;
  /* Named styles first: automatic ones are based on them. */
  styles_doc = _jd_import_parse_part (parts, "styles.xml", FALSE, NULL);
  read_styles (&reader, styles_doc);
  read_styles (&reader, doc);

  read_blocks (&reader, text, FALSE, 0);
  return TRUE;
}
