/* jd-library-xml.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-library"

#include "config.h"

#include <string.h>

#include "jd-library-xml-private.h"

gboolean
_jd_library_xml_is_element (xmlNode    *node,
                            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *)node->name, name) == 0 &&
         node->ns != NULL &&
         strcmp ((const char *)node->ns->href, JD_LIBRARY_NS) == 0;
}

static char *
get_lang (xmlNode *node)
{
  return (char *)xmlGetNsProp (node, (const xmlChar *)"lang", XML_XML_NAMESPACE);
}

/* The build puts each translation right after its English source, as a
 * sibling with xml:lang; this gathers them into one JdLocalized each. */
void
_jd_library_xml_collect_texts (xmlNode    *parent,
                               const char *name,
                               GPtrArray  *out)
{
  JdLocalized *current = NULL;

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *lang = NULL;
      g_autofree char *text = NULL;

      if (!_jd_library_xml_is_element (node, name))
        continue;

      lang = get_lang (node);
      text = (char *)xmlNodeGetContent (node);
      g_strstrip (text);

      if (lang == NULL)
        {
          current = jd_localized_new (text);
          g_ptr_array_add (out, current);
        }
      else if (current != NULL)
        jd_localized_add (current, lang, text);
    }
}

JdLocalized *
_jd_library_xml_collect_one (xmlNode    *parent,
                             const char *name)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_localized_free);

  _jd_library_xml_collect_texts (parent, name, texts);
  if (texts->len == 0)
    return jd_localized_new ("");

  return g_ptr_array_steal_index (texts, 0);
}
