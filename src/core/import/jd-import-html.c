/* jd-import-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/HTMLparser.h>

#include "jd-import-private.h"
#include "jd-util-private.h"

/* Web pages and the rich text of the clipboard: libxml2's HTML parser,
 * which never loads anything (HTML_PARSE_NONET: no DTD, no entity, no
 * image), builds the tree; h1 to h6 are headings, li items, and the text
 * of any other block a paragraph. Scripts, styles, forms and navigation
 * are left out; a link keeps its address beside its text. */

/* Below this the text of an element is taken whole, without its
 * structure: walking a tree recursively must stay bounded. */
#define MAX_DEPTH 256

typedef struct
{
  JdImportFlow      *flow;
  GString           *buffer;
  JdImportPieceKind  kind;
  guint              level;
  gboolean           pre;
} HtmlReader;

static gboolean
name_is (xmlNode    *node,
         const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

static gboolean
name_in (xmlNode            *node,
         const char * const *names)
{
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *)node->name, names[i]) == 0)
      return TRUE;

  return FALSE;
}

static const char * const skipped[] = {
  "head", "script", "style", "noscript", "template", "svg", "math", "iframe",
  "object", "embed", "canvas", "nav", "select", "button", "input", "textarea",
  "img", "picture", "video", "audio", "map", NULL
};

static const char * const blocks[] = {
  "html", "body", "p", "div", "section", "article", "header", "footer", "main",
  "aside", "blockquote", "address", "figure", "figcaption", "table", "thead",
  "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt", "dd", "ul", "ol",
  "menu", "hr", "pre", "center", "details", "summary", "fieldset", "legend",
  "form", "hgroup", NULL
};

static void
flush (HtmlReader *reader)
{
  if (reader->buffer->len == 0)
    return;

  _jd_import_flow_add (reader->flow, reader->kind, reader->level, reader->buffer->str);
  g_string_truncate (reader->buffer, 0);
}

static void
append_text (HtmlReader *reader,
             const char *text)
{
  if (reader->pre)
    {
      g_string_append (reader->buffer, text);
      return;
    }

  /* HTML's white space, newlines included, is one space. */
  for (const char *p = text; *p; p++)
    g_string_append_c (reader->buffer, strchr ("\t\n\r\f", *p) != NULL ? ' ' : *p);
}

/* Only http(s) and e-mail links are worth keeping as text. */
static char *
link_address (xmlNode *node)
{
  g_autofree char *href = (char *)xmlGetProp (node, (const xmlChar *)"href");

  if (href == NULL)
    return NULL;

  g_strstrip (href);
  if (g_ascii_strncasecmp (href, "mailto:", 7) == 0)
    {
      char *query = strchr (href, '?');

      if (query != NULL)
        *query = '\0';
      return href[7] != '\0' ? g_uri_unescape_string (href + 7, NULL) : NULL;
    }

  if (g_ascii_strncasecmp (href, "http://", 7) == 0 || g_ascii_strncasecmp (href, "https://", 8) == 0)
    return g_steal_pointer (&href);

  return NULL;
}

/* Whether all the text of @node is in bold (b, strong), as a heading
 * written without heading markup is. */
static gboolean
all_bold (xmlNode  *node,
          gboolean  bold,
          gboolean *any_text,
          guint     depth)
{
  if (depth > MAX_DEPTH)
    return FALSE;

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE)
        {
          if (!_jd_is_blank ((const char *)c->content))
            {
              if (!bold)
                return FALSE;
              *any_text = TRUE;
            }
        }
      else if (c->type == XML_ELEMENT_NODE && !name_in (c, skipped))
        {
          if (name_in (c, blocks))
            return FALSE;
          if (!all_bold (c, bold || name_is (c, "b") || name_is (c, "strong"), any_text, depth + 1))
            return FALSE;
        }
    }

  return TRUE;
}

static void walk (HtmlReader *reader,
                  xmlNode    *node,
                  guint       depth);

static void
walk_block (HtmlReader        *reader,
            xmlNode           *node,
            JdImportPieceKind  kind,
            guint              level,
            guint              depth)
{
  JdImportPieceKind saved_kind = reader->kind;
  guint saved_level = reader->level;

  flush (reader);
  reader->kind = kind;
  reader->level = level;
  walk (reader, node, depth + 1);
  flush (reader);
  reader->kind = saved_kind;
  reader->level = saved_level;
}

static void
walk_element (HtmlReader *reader,
              xmlNode    *node,
              guint       depth)
{
  const char *name = (const char *)node->name;

  if (name_in (node, skipped))
    return;

  if (name_is (node, "br"))
    g_string_append_c (reader->buffer, '\n');
  else if (g_ascii_tolower (name[0]) == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
    walk_block (reader, node, JD_IMPORT_PIECE_HEADING, (guint)(name[1] - '0'), depth);
  else if (name_is (node, "li"))
    walk_block (reader, node, JD_IMPORT_PIECE_ITEM, 0, depth);
  else if (name_is (node, "pre"))
    {
      gboolean saved = reader->pre;

      reader->pre = TRUE;
      walk_block (reader, node, JD_IMPORT_PIECE_PARAGRAPH, 0, depth);
      reader->pre = saved;
    }
  else if (name_is (node, "a"))
    {
      g_autofree char *address = link_address (node);
      gsize start = reader->buffer->len;

      walk (reader, node, depth + 1);
      if (address != NULL && strstr (reader->buffer->str + start, address) == NULL)
        {
          if (reader->buffer->len > start)
            g_string_append_printf (reader->buffer, " (%s)", address);
          else
            g_string_append (reader->buffer, address);
        }
    }
  else if (name_in (node, blocks))
    {
      gboolean any_text = FALSE;

      if ((name_is (node, "p") || name_is (node, "div") || name_is (node, "dt")) &&
          reader->kind == JD_IMPORT_PIECE_PARAGRAPH &&
          all_bold (node, FALSE, &any_text, depth) && any_text)
        {
          g_autofree char *text = (char *)xmlNodeGetContent (node);

          if (g_utf8_strlen (g_strstrip (text), -1) <= 80)
            {
              walk_block (reader, node, JD_IMPORT_PIECE_HEADING, 0, depth);
              return;
            }
        }

      /* Inside a list item, a block is still part of the item. */
      walk_block (reader, node, reader->kind == JD_IMPORT_PIECE_ITEM &&
                  !name_is (node, "ul") && !name_is (node, "ol") ? JD_IMPORT_PIECE_ITEM
                                                                  : JD_IMPORT_PIECE_PARAGRAPH,
                  0, depth);
    }
  else
    walk (reader, node, depth + 1);
}

static void
walk (HtmlReader *reader,
      xmlNode    *node,
      guint       depth)
{
  if (depth > MAX_DEPTH)
    {
      xmlChar *content = xmlNodeGetContent (node);

      append_text (reader, (const char *)content);
      xmlFree (content);
      return;
    }

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        append_text (reader, (const char *)c->content);
      else if (c->type == XML_ELEMENT_NODE)
        walk_element (reader, c, depth);
    }
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name,
              guint       depth)
{
  if (depth > 4)
    return NULL;

  for (xmlNode *c = node ? node->children : NULL; c != NULL; c = c->next)
    {
      xmlNode *found;

      if (name_is (c, name))
        return c;
      if (c->type == XML_ELEMENT_NODE && (found = find_element (c, name, depth + 1)) != NULL)
        return found;
    }

  return NULL;
}

gboolean
_jd_import_read_html (const char    *text,
                      gsize          len,
                      JdImportFlow  *flow,
                      GError       **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GString) buffer = g_string_new (NULL);
  HtmlReader reader = { flow, buffer, JD_IMPORT_PIECE_PARAGRAPH, 0, FALSE };
  xmlNode *root;
  xmlNode *title;

  g_assert (len <= G_MAXINT);

  if (!_jd_import_check_elements (text, len, error))
    return FALSE;

  /* The text arrives as UTF-8, whatever its <meta charset> said. With
   * the elements counted, nesting needs no limit of its own: pages
   * nest far deeper than XML files, and the parser does not recurse. */
  doc = htmlReadMemory (text, (int)len, NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
  root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_EMPTY,
                           _("the file has no text to import"));
      return FALSE;
    }

  title = find_element (find_element ((xmlNode *)doc, "head", 0), "title", 0);
  if (title != NULL)
    {
      xmlChar *content = xmlNodeGetContent (title);

      flow->fallback_title = _jd_import_clean_text ((const char *)content, FALSE);
      xmlFree (content);
    }

  walk (&reader, (xmlNode *)doc, 0);
  flush (&reader);

  return TRUE;
}
