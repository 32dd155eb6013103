/* jd-export-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-html"

#include "config.h"

#include <string.h>

#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include "jd-export-private.h"
#include "jd-util-private.h"

/* The HTML export is built as a libxml2 tree and serialized by libxml2, so
 * whatever the document says is escaped by the serializer, never by hand:
 * a title of "<script>" stays text. The only raw text is the JSON-LD in
 * the <script> element, which jd-export-jsonld.c makes safe to embed. */

/* One style sheet for the screen and for print: a readable column on
 * screen, A4 or Letter margins on paper, headings kept with what follows. */
static const char stylesheet[] =
  "\n"
  ":root { color-scheme: light dark; }\n"
  "body { margin: 0; padding: 2rem 1rem; font-family: Cantarell, \"Noto Sans\", \"DejaVu Sans\", system-ui, sans-serif;"
  " line-height: 1.5; }\n"
  "article { max-width: 42rem; margin: 0 auto; }\n"
  "h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }\n"
  "h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }\n"
  ".jd-meta { font-size: 1.05rem; opacity: 0.8; margin: 0 0 1.5rem; }\n"
  ".jd-details { font-size: 0.9rem; opacity: 0.8; }\n"
  "ul { padding-left: 1.5rem; }\n"
  "li { margin: 0.25rem 0; }\n"
  "@media print {\n"
  "  @page { margin: 20mm; }\n"
  "  body { padding: 0; font-size: 11pt; color: #000; background: #fff; }\n"
  "  article { max-width: none; }\n"
  "  h1, h2 { break-after: avoid; page-break-after: avoid; }\n"
  "  li, p { break-inside: avoid; orphans: 2; widows: 2; }\n"
  "  a { color: inherit; }\n"
  "}\n";

static xmlNode *
add_element (xmlNode    *parent,
             const char *name,
             const char *class_name)
{
  xmlNode *node = xmlNewChild (parent, NULL, (const xmlChar *)name, NULL);

  if (class_name != NULL)
    xmlNewProp (node, (const xmlChar *)"class", (const xmlChar *)class_name);

  return node;
}

static void
add_text (xmlNode    *parent,
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
        add_element (parent, "br", NULL);
      add_text (parent, g_strstrip (lines[i]));
    }
}

static xmlNode *
add_text_element (xmlNode    *parent,
                  const char *name,
                  const char *class_name,
                  const char *text)
{
  xmlNode *node = add_element (parent, name, class_name);

  add_text_with_breaks (node, text);
  return node;
}

static void
add_link (xmlNode    *parent,
          const char *href,
          const char *text)
{
  xmlNode *a = add_element (parent, "a", NULL);

  xmlNewProp (a, (const xmlChar *)"href", (const xmlChar *)href);
  add_text (a, text);
}

/* Adds a <section> with an <h2> for each section that has text, its
 * paragraphs as <p> and each run of items as one <ul>. */
void
_jd_export_html_add_sections (xmlNode    *parent,
                              JdDocument *document,
                              JdLibrary  *library,
                              const char *lang)
{
  guint n_sections = jd_document_get_n_sections (document);

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (document, i);
      g_autofree char *class_name = NULL;
      xmlNode *list = NULL;
      xmlNode *node;
      guint n_blocks;

      if (!jd_section_has_text (section))
        continue;

      class_name = g_strconcat ("jd-section jd-", jd_section_kind_to_string (jd_section_get_kind (section)), NULL);
      node = add_element (parent, "section", class_name);
      add_text_element (node, "h2", NULL, jd_library_get_section_heading (library, section, lang));

      n_blocks = jd_section_get_n_blocks (section);
      for (guint j = 0; j < n_blocks; j++)
        {
          JdBlock *block = jd_section_get_block (section, j);
          const char *text = jd_block_get_text (block);

          if (_jd_is_blank (text))
            continue;

          if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
            {
              if (list == NULL)
                list = add_element (node, "ul", NULL);
              add_text_element (list, "li", NULL, text);
            }
          else
            {
              list = NULL;
              add_text_element (node, "p", NULL, text);
            }
        }
    }
}

static void
add_facts (xmlNode    *parent,
           GPtrArray  *facts,
           JdLibrary  *library,
           const char *lang)
{
  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);
      xmlNode *span;

      if (i > 0)
        add_text (parent, JD_EXPORT_FACT_SEPARATOR);

      span = add_element (parent, "span", fact->class_name);
      if (library != NULL && fact->label != NULL)
        {
          g_autofree char *pair = jd_library_format_term (library, "label-value", lang,
                                                          fact->label, fact->text, NULL);
          add_text (span, pair);
        }
      else
        {
          /* The line under the title is bare values; the label is there
           * for whoever hovers over or reads it aloud. */
          if (fact->label != NULL)
            xmlNewProp (span, (const xmlChar *)"title", (const xmlChar *)fact->label);
          if (fact->href != NULL)
            add_link (span, fact->href, fact->text);
          else
            add_text (span, fact->text);
        }
    }
}

/* The <article>: title, facts, sections, how to apply and the details. */
static xmlNode *
build_article (JdDocument  *document,
               JdLibrary   *library,
               const char  *lang,
               GError     **error)
{
  g_autofree char *tag = _jd_export_get_language_tag (document);
  g_autoptr(GPtrArray) meta = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autofree char *title = _jd_export_dup_title (document);
  g_autofree char *apply_href = NULL;
  g_autofree char *apply_text = NULL;
  xmlNode *article;

  meta = _jd_export_dup_meta_facts (document, library, lang, TRUE, error);
  if (meta == NULL)
    return NULL;
  if (!_jd_export_get_apply (document, &apply_href, &apply_text, error))
    return NULL;

  article = xmlNewNode (NULL, (const xmlChar *)"article");
  xmlNewProp (article, (const xmlChar *)"class", (const xmlChar *)"jd-job");
  xmlNewProp (article, (const xmlChar *)"lang", (const xmlChar *)tag);

  add_text_element (article, "h1", NULL,
                    title[0] ? title : jd_library_get_term (library, "untitled", lang));

  if (meta->len > 0)
    add_facts (add_element (article, "p", "jd-meta"), meta, NULL, lang);

  _jd_export_html_add_sections (article, document, library, lang);

  if (apply_href != NULL)
    {
      xmlNode *p = add_element (article, "p", "jd-apply");
      g_autofree char *label = jd_library_format_term (library, "label-value", lang,
                                                       jd_library_get_term (library, "label-apply", lang),
                                                       "", NULL);

      add_text (p, label);
      add_link (p, apply_href, apply_text);
    }

  details = _jd_export_dup_detail_facts (document, library, lang);
  if (details->len > 0)
    add_facts (add_element (article, "p", "jd-details"), details, library, lang);

  return article;
}

static GBytes *
dump_node (xmlDoc  *doc,
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

/* UTF-8 as it is: without an encoder libxml2 would write every letter
 * outside ASCII as an entity, even inside <script>, where entities are
 * not read. */
static GBytes *
dump_document (xmlDoc *doc)
{
  xmlBuffer *buffer = xmlBufferCreate ();
  xmlOutputBuffer *output = xmlOutputBufferCreateBuffer (buffer, NULL);
  GBytes *bytes;

  htmlDocContentDumpFormatOutput (output, doc, "UTF-8", 1);
  xmlOutputBufferClose (output);

  bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);

  return bytes;
}

static void
add_meta (xmlNode    *head,
          const char *name,
          const char *content)
{
  xmlNode *meta = add_element (head, "meta", NULL);

  xmlNewProp (meta, (const xmlChar *)"name", (const xmlChar *)name);
  xmlNewProp (meta, (const xmlChar *)"content", (const xmlChar *)content);
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
                JdLibrary          *library,
                JdExportHtmlFlags   flags,
                GPtrArray          *warnings,
                GError            **error)
{
  g_autofree char *lang = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *title = NULL;
  g_autofree char *generator = NULL;
  xmlDoc *doc;
  xmlNode *html, *head, *body, *article, *node;
  GBytes *bytes;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);

  lang = _jd_export_get_language (document);
  tag = _jd_export_get_language_tag (document);
  article = build_article (document, library, lang, error);
  if (article == NULL)
    return NULL;

  doc = htmlNewDocNoDtD (NULL, NULL);
  xmlCreateIntSubset (doc, (const xmlChar *)"html", NULL, NULL);
  html = xmlNewNode (NULL, (const xmlChar *)"html");
  xmlDocSetRootElement (doc, html);
  xmlNewProp (html, (const xmlChar *)"lang", (const xmlChar *)tag);

  head = add_element (html, "head", NULL);
  node = add_element (head, "meta", NULL);
  xmlNewProp (node, (const xmlChar *)"charset", (const xmlChar *)"utf-8");
  add_meta (head, "viewport", "width=device-width, initial-scale=1");
  generator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  add_meta (head, "generator", generator);

  title = _jd_export_dup_title (document);
  add_text_element (head, "title", NULL, title[0] ? title : jd_library_get_term (library, "untitled", lang));

  if (!_jd_is_blank (jd_document_get_company_name (document)))
    add_meta (head, "author", jd_document_get_company_name (document));

  add_text (add_element (head, "style", NULL), stylesheet);

  if (!(flags & JD_EXPORT_HTML_NO_JSONLD))
    {
      g_autoptr(JsonNode) posting = NULL;
      g_autoptr(JsonGenerator) json = json_generator_new ();
      g_autofree char *text = NULL;
      g_autofree char *safe = NULL;

      posting = _jd_export_jsonld_build (document, library, warnings, error);
      if (posting == NULL)
        {
          xmlFreeNode (article);
          xmlFreeDoc (doc);
          return NULL;
        }

      json_generator_set_root (json, posting);
      json_generator_set_pretty (json, TRUE);
      text = json_generator_to_data (json, NULL);
      safe = _jd_export_jsonld_escape_for_html (text);

      node = add_element (head, "script", NULL);
      xmlNewProp (node, (const xmlChar *)"type", (const xmlChar *)"application/ld+json");
      add_text (node, "\n");
      add_text (node, safe);
      add_text (node, "\n");
    }

  body = add_element (html, "body", NULL);
  xmlAddChild (body, article);

  bytes = dump_document (doc);
  xmlFreeDoc (doc);

  return bytes;
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
                         JdLibrary   *library,
                         GPtrArray   *warnings,
                         GError     **error)
{
  g_autofree char *lang = NULL;
  xmlNode *article;
  xmlDoc *doc;
  GBytes *bytes;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);

  lang = _jd_export_get_language (document);
  article = build_article (document, library, lang, error);
  if (article == NULL)
    return NULL;

  doc = htmlNewDocNoDtD (NULL, NULL);
  xmlDocSetRootElement (doc, article);
  bytes = dump_node (doc, article);
  xmlFreeDoc (doc);

  return bytes;
}

/* Returns: (transfer full): the sections alone, as the description of the
 * JobPosting. */
char *
_jd_export_html_sections (JdDocument *document,
                          JdLibrary  *library,
                          const char *lang)
{
  xmlDoc *doc = htmlNewDocNoDtD (NULL, NULL);
  xmlNode *root = xmlNewNode (NULL, (const xmlChar *)"div");
  GString *out = g_string_new (NULL);

  xmlDocSetRootElement (doc, root);
  _jd_export_html_add_sections (root, document, library, lang);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      g_autoptr(GBytes) bytes = dump_node (doc, child);
      gsize len = 0;
      const char *data = g_bytes_get_data (bytes, &len);

      g_string_append_len (out, data, (gssize)len);
    }
  xmlFreeDoc (doc);

  return g_strstrip (g_string_free (out, FALSE));
}
