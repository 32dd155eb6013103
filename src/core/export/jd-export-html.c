/* jd-export-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-html"

#include "config.h"

#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

#include "jd-export-html-private.h"
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
GBytes *
_jd_export_html_dump_page (xmlDoc *doc)
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

void
_jd_export_html_add_meta (xmlNode    *head,
                          const char *name,
                          const char *content)
{
  xmlNode *meta = _jd_html_add_element (head, "meta", NULL);

  xmlNewProp (meta, (const xmlChar *)"name", (const xmlChar *)name);
  xmlNewProp (meta, (const xmlChar *)"content", (const xmlChar *)content);
}

/* Open Graph tags are RDFa: property, not name. */
static void
add_property (xmlNode    *head,
              const char *property,
              const char *content)
{
  xmlNode *meta = _jd_html_add_element (head, "meta", NULL);

  xmlNewProp (meta, (const xmlChar *)"property", (const xmlChar *)property);
  xmlNewProp (meta, (const xmlChar *)"content", (const xmlChar *)content);
}

/* A <link>; @hreflang may be %NULL. */
void
_jd_export_html_add_link (xmlNode    *head,
                          const char *rel,
                          const char *href,
                          const char *hreflang,
                          const char *type)
{
  xmlNode *link = _jd_html_add_element (head, "link", NULL);

  xmlNewProp (link, (const xmlChar *)"rel", (const xmlChar *)rel);
  if (hreflang != NULL)
    xmlNewProp (link, (const xmlChar *)"hreflang", (const xmlChar *)hreflang);
  if (type != NULL)
    xmlNewProp (link, (const xmlChar *)"type", (const xmlChar *)type);
  xmlNewProp (link, (const xmlChar *)"href", (const xmlChar *)href);
}

/**
 * _jd_export_html_new_page:
 * @head: (out): the <head>, with the character set, viewport, generator
 *   and <title>
 * @body: (out): the empty <body>
 *
 * An HTML5 page in @lang: the job pages of the export and of a site, and
 * the lists of jobs of a site, begin the same way.
 *
 * Returns: (transfer full): the document, to free with xmlFreeDoc()
 */
xmlDoc *
_jd_export_html_new_page (const char  *lang,
                          const char  *title,
                          xmlNode    **head,
                          xmlNode    **body)
{
  g_autofree char *generator = NULL;
  xmlDoc *doc;
  xmlNode *html, *node;

  doc = htmlNewDocNoDtD (NULL, NULL);
  xmlCreateIntSubset (doc, (const xmlChar *)"html", NULL, NULL);
  html = xmlNewNode (NULL, (const xmlChar *)"html");
  xmlDocSetRootElement (doc, html);
  xmlNewProp (html, (const xmlChar *)"lang", (const xmlChar *)lang);

  *head = _jd_html_add_element (html, "head", NULL);
  node = _jd_html_add_element (*head, "meta", NULL);
  xmlNewProp (node, (const xmlChar *)"charset", (const xmlChar *)"utf-8");
  _jd_export_html_add_meta (*head, "viewport", "width=device-width, initial-scale=1");
  generator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  _jd_export_html_add_meta (*head, "generator", generator);

  _jd_html_add_text_element (*head, "title", NULL, title);

  *body = _jd_html_add_element (html, "body", NULL);

  return doc;
}

/* The style sheet in a <style>, or a link to it where a site shares it. */
void
_jd_export_html_add_stylesheet (xmlNode    *head,
                                const char *href)
{
  if (href != NULL)
    _jd_export_html_add_link (head, "stylesheet", href, NULL, NULL);
  else
    _jd_html_add_text (_jd_html_add_element (head, "style", NULL), stylesheet);
}

/**
 * jd_export_html_get_stylesheet:
 *
 * The style sheet of the HTML export, for a site to share between its
 * pages (see #JdExportHtmlPage.stylesheet_href).
 *
 * Returns: CSS
 */
const char *
jd_export_html_get_stylesheet (void)
{
  return stylesheet;
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

/* What a preview of the page says: the first paragraph of the job brief
 * (or of any section), else the facts under the title; at most about
 * 200 characters, cut at a space. */
static char *
describe (JdExportView *view)
{
  const char *text = NULL;
  const char *end;
  glong length;

  for (guint i = 0; i < view->sections->len && text == NULL; i++)
    {
      JdExportSection *section = g_ptr_array_index (view->sections, i);

      if (jd_section_get_kind (section->section) == JD_SECTION_BRIEF && section->blocks->len > 0)
        text = jd_block_get_text (g_ptr_array_index (section->blocks, 0));
    }
  for (guint i = 0; i < view->sections->len && text == NULL; i++)
    {
      JdExportSection *section = g_ptr_array_index (view->sections, i);

      if (section->blocks->len > 0)
        text = jd_block_get_text (g_ptr_array_index (section->blocks, 0));
    }
  if (text == NULL)
    return _jd_export_view_join_facts (view, view->meta, FALSE);

  length = g_utf8_strlen (text, -1);
  if (length <= 200)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, 200);
  while (end > text && *end != ' ')
    end--;
  if (end == text)
    end = g_utf8_offset_to_pointer (text, 200);

  return g_strdup_printf ("%.*s…", (int)(end - text), text);
}

/* og:locale is written with an underscore: "pt_BR". */
static char *
og_locale (const char *tag)
{
  char *locale = g_strdup (tag);

  g_strdelimit (locale, "-", '_');
  return locale;
}

static void
add_site_head (xmlNode                *head,
               JdExportView           *view,
               const JdExportHtmlPage *page)
{
  if (page->canonical_url != NULL)
    _jd_export_html_add_link (head, "canonical", page->canonical_url, NULL, NULL);

  for (guint i = 0; i < page->n_alternates; i++)
    _jd_export_html_add_link (head, "alternate", page->alternates[i].href, page->alternates[i].lang, NULL);

  if (page->open_graph)
    {
      g_autofree char *description = describe (view);
      g_autofree char *locale = og_locale (view->tag);

      _jd_export_html_add_meta (head, "description", description);
      add_property (head, "og:type", "website");
      add_property (head, "og:title", view->heading);
      add_property (head, "og:description", description);
      if (page->canonical_url != NULL && g_str_has_prefix (page->canonical_url, "http"))
        add_property (head, "og:url", page->canonical_url);
      if (page->site_name != NULL)
        add_property (head, "og:site_name", page->site_name);
      add_property (head, "og:locale", locale);
      for (guint i = 0; i < page->n_alternates; i++)
        if (g_strcmp0 (page->alternates[i].lang, view->tag) != 0)
          {
            g_autofree char *alternate = og_locale (page->alternates[i].lang);

            add_property (head, "og:locale:alternate", alternate);
          }
    }
}

/* A standalone HTML5 page in the document's language, the <article> in
 * its <body>, a style sheet for screen and print and, unless the options
 * leave it out, the schema.org JobPosting in its <head>; for a page of a
 * site, what options->page adds. */
GBytes *
_jd_export_write_html (JdExportView           *view,
                       const JdExportOptions  *options,
                       GPtrArray              *warnings,
                       GError                **error)
{
  const JdExportHtmlPage *page = options->page;
  const char *company = jd_document_get_company_name (view->document);
  xmlDoc *doc;
  xmlNode *head, *body;
  GBytes *bytes;

  doc = _jd_export_html_new_page (view->tag, view->heading, &head, &body);

  if (!_jd_is_blank (company))
    _jd_export_html_add_meta (head, "author", company);

  _jd_export_html_add_stylesheet (head, page != NULL ? page->stylesheet_href : NULL);

  if (page != NULL)
    add_site_head (head, view, page);

  if (options->with_jsonld)
    add_jsonld (head, view, warnings);

  if (page != NULL && page->home_href != NULL)
    {
      xmlNode *nav = _jd_html_add_element (body, "nav", "jd-site-nav");

      add_link (nav, page->home_href, page->home_text != NULL ? page->home_text : page->home_href);
    }

  xmlAddChild (body, build_article (view));

  bytes = _jd_export_html_dump_page (doc);
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
