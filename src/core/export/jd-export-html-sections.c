/* jd-export-html-sections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-html"

#include "config.h"

#include <libxml/HTMLtree.h>

#include "jd-export-html-sections-private.h"

/* The sections of a job description as HTML: the body of the HTML export
 * and the description of the JSON-LD JobPosting. Built as a libxml2 tree
 * and serialized by libxml2, so whatever the document says is escaped by
 * the serializer, never by hand: a title of "<script>" stays text. */

xmlNode *
_jd_html_add_element (xmlNode    *parent,
                      const char *name,
                      const char *class_name)
{
  xmlNode *node = xmlNewChild (parent, NULL, (const xmlChar *)name, NULL);

  if (class_name != NULL)
    xmlNewProp (node, (const xmlChar *)"class", (const xmlChar *)class_name);

  return node;
}

void
_jd_html_add_text (xmlNode    *parent,
                   const char *text)
{
  xmlAddChild (parent, xmlNewText ((const xmlChar *)text));
}

/* Line breaks inside a block are kept as <br>. */
static void
add_text_with_breaks (xmlNode    *parent,
                      const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        _jd_html_add_element (parent, "br", NULL);
      _jd_html_add_text (parent, g_strstrip (lines[i]));
    }
}

xmlNode *
_jd_html_add_text_element (xmlNode    *parent,
                           const char *name,
                           const char *class_name,
                           const char *text)
{
  xmlNode *node = _jd_html_add_element (parent, name, class_name);

  add_text_with_breaks (node, text);
  return node;
}

/* Returns: (transfer full): @node as UTF-8 HTML, with a newline. */
GBytes *
_jd_html_dump_node (xmlDoc  *doc,
                    xmlNode *node)
{
  xmlBuffer *buffer = xmlBufferCreate ();
  xmlOutputBuffer *output = xmlOutputBufferCreateBuffer (buffer, NULL);
  GBytes *bytes;

  htmlNodeDumpFormatOutput (output, doc, node, "UTF-8", 1);
  xmlOutputBufferClose (output);
  xmlBufferAdd (buffer, (const xmlChar *)"\n", 1);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);

  return bytes;
}

/* Adds a <section> with an <h2> for each section of the view, its
 * paragraphs as <p> and each run of items as one <ul>. */
void
_jd_export_html_add_sections (xmlNode      *parent,
                              JdExportView *view)
{
  for (guint i = 0; i < view->sections->len; i++)
    {
      JdExportSection *section = g_ptr_array_index (view->sections, i);
      g_autofree char *class_name = NULL;
      xmlNode *list = NULL;
      xmlNode *node;

      class_name = g_strconcat ("jd-section jd-",
                                jd_section_kind_to_string (jd_section_get_kind (section->section)), NULL);
      node = _jd_html_add_element (parent, "section", class_name);
      _jd_html_add_text_element (node, "h2", NULL, section->heading);

      for (guint j = 0; j < section->blocks->len; j++)
        {
          JdBlock *block = g_ptr_array_index (section->blocks, j);
          const char *text = jd_block_get_text (block);

          if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
            {
              if (list == NULL)
                list = _jd_html_add_element (node, "ul", NULL);
              _jd_html_add_text_element (list, "li", NULL, text);
            }
          else
            {
              list = NULL;
              _jd_html_add_text_element (node, "p", NULL, text);
            }
        }
    }
}

/* Returns: (transfer full): the sections alone, as the description of the
 * JobPosting. */
char *
_jd_export_html_sections (JdExportView *view)
{
  xmlDoc *doc = htmlNewDocNoDtD (NULL, NULL);
  xmlNode *root = xmlNewNode (NULL, (const xmlChar *)"div");
  GString *out = g_string_new (NULL);

  xmlDocSetRootElement (doc, root);
  _jd_export_html_add_sections (root, view);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      g_autoptr(GBytes) bytes = _jd_html_dump_node (doc, child);
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      g_string_append_len (out, data, (gssize)len);
    }
  xmlFreeDoc (doc);

  return g_strstrip (g_string_free (out, FALSE));
}
