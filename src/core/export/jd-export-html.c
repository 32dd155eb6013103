/* jd-export-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-html"

#include "config.h"

#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include "jd-export-html-sections-private.h"
#include "jd-export-jsonld-private.h"
#include "jd-export-writers-private.h"
#include "jd-util-private.h"

/* The HTML export is built as a libxml2 tree and serialized by libxml2, so
 * whatever the document says is escaped by the serializer, never by hand.
 * The only raw text is the JSON-LD in the <script> element, which
 * jd-export-jsonld.c makes safe to embed. */

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

static void
add_link (xmlNode    *parent,
          const char *href,
          const char *text)
{
  xmlNode *a = _jd_html_add_element (parent, "a", NULL);

  xmlNewProp (a, (const xmlChar *)"href", (const xmlChar *)href);
  _jd_html_add_text (a, text);
}

static void
add_facts (xmlNode      *parent,
           JdExportView *view,
           GPtrArray    *facts,
           gboolean      with_labels)
{
  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);
      xmlNode *span;

      if (i > 0)
        _jd_html_add_text (parent, JD_EXPORT_FACT_SEPARATOR);

      span = _jd_html_add_element (parent, "span", fact->class_name);
      if (with_labels && fact->label != NULL)
        {
          g_autofree char *pair = _jd_export_view_label_value (view, fact->label, fact->text);

          _jd_html_add_text (span, pair);
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
            _jd_html_add_text (span, fact->text);
        }
    }
}

/* The <article>: title, facts, sections, how to apply and the details. */
static xmlNode *
build_article (JdExportView *view)
{
  xmlNode *article = xmlNewNode (NULL, (const xmlChar *)"article");

  xmlNewProp (article, (const xmlChar *)"class", (const xmlChar *)"jd-job");
  xmlNewProp (article, (const xmlChar *)"lang", (const xmlChar *)view->tag);

  _jd_html_add_text_element (article, "h1", NULL, view->heading);

  if (view->meta->len > 0)
    add_facts (_jd_html_add_element (article, "p", "jd-meta"), view, view->meta, FALSE);

  _jd_export_html_add_sections (article, view);

  if (view->apply_href != NULL)
    {
      xmlNode *p = _jd_html_add_element (article, "p", "jd-apply");
      g_autofree char *label = _jd_export_view_label_value (view, _jd_export_view_get_term (view, "label-apply"), "");

      _jd_html_add_text (p, label);
      add_link (p, view->apply_href, view->apply_text);
    }

  if (view->details->len > 0)
    add_facts (_jd_html_add_element (article, "p", "jd-details"), view, view->details, TRUE);

  return article;
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
  xmlNode *meta = _jd_html_add_element (head, "meta", NULL);

  xmlNewProp (meta, (const xmlChar *)"name", (const xmlChar *)name);
  xmlNewProp (meta, (const xmlChar *)"content", (const xmlChar *)content);
}

/* The JobPosting in a <script> of @head. */
static void
add_jsonld (xmlNode      *head,
            JdExportView *view,
            GPtrArray    *warnings)
{
  g_autoptr(JsonNode) posting = NULL;
  g_autoptr(JsonGenerator) json = json_generator_new ();
  g_autofree char *text = NULL;
  g_autofree char *safe = NULL;
  xmlNode *node;

  posting = _jd_export_jsonld_build (view, warnings);
  json_generator_set_root (json, posting);
  json_generator_set_pretty (json, TRUE);
  text = json_generator_to_data (json, NULL);
  safe = _jd_export_jsonld_escape_for_html (text);

  node = _jd_html_add_element (head, "script", NULL);
  xmlNewProp (node, (const xmlChar *)"type", (const xmlChar *)"application/ld+json");
  _jd_html_add_text (node, "\n");
  _jd_html_add_text (node, safe);
  _jd_html_add_text (node, "\n");
}

/* A standalone HTML5 page in the document's language, the <article> in
 * its <body>, a style sheet for screen and print and, unless the options
 * leave it out, the schema.org JobPosting in its <head>. */
GBytes *
_jd_export_write_html (JdExportView           *view,
                       const JdExportOptions  *options,
                       GPtrArray              *warnings,
                       GError                **error)
{
  g_autofree char *generator = NULL;
  const char *company = jd_document_get_company_name (view->document);
  xmlDoc *doc;
  xmlNode *html, *head, *body, *node;
  GBytes *bytes;

  doc = htmlNewDocNoDtD (NULL, NULL);
  xmlCreateIntSubset (doc, (const xmlChar *)"html", NULL, NULL);
  html = xmlNewNode (NULL, (const xmlChar *)"html");
  xmlDocSetRootElement (doc, html);
  xmlNewProp (html, (const xmlChar *)"lang", (const xmlChar *)view->tag);

  head = _jd_html_add_element (html, "head", NULL);
  node = _jd_html_add_element (head, "meta", NULL);
  xmlNewProp (node, (const xmlChar *)"charset", (const xmlChar *)"utf-8");
  add_meta (head, "viewport", "width=device-width, initial-scale=1");
  generator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  add_meta (head, "generator", generator);

  _jd_html_add_text_element (head, "title", NULL, view->heading);

  if (!_jd_is_blank (company))
    add_meta (head, "author", company);

  _jd_html_add_text (_jd_html_add_element (head, "style", NULL), stylesheet);

  if (options->with_jsonld)
    add_jsonld (head, view, warnings);

  body = _jd_html_add_element (html, "body", NULL);
  xmlAddChild (body, build_article (view));

  bytes = dump_document (doc);
  xmlFreeDoc (doc);

  return bytes;
}

/* The <article> of the page alone. */
GBytes *
_jd_export_write_html_fragment (JdExportView           *view,
                                const JdExportOptions  *options,
                                GPtrArray              *warnings,
                                GError                **error)
{
  xmlNode *article = build_article (view);
  xmlDoc *doc = htmlNewDocNoDtD (NULL, NULL);
  GBytes *bytes;

  xmlDocSetRootElement (doc, article);
  bytes = _jd_html_dump_node (doc, article);
  xmlFreeDoc (doc);

  return bytes;
}
