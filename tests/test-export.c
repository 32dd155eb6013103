/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every exporter, read back with an independent reader: libxml2's HTML
 * parser, json-glib and poppler.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <poppler.h>

#include "jd-export.h"
#include "jd-library.h"
#include "jd-test-library-resources.h"

#define TEST_LIBRARY "resource:///io/github/jobscribe/Jobscribe/test-library"

/* poppler-glib 22.12 has no autoptr cleanups; names of our own keep
 * these from clashing with a later poppler's. */
typedef PopplerDocument TestPdf;
typedef PopplerPage TestPdfPage;
typedef PopplerFontInfo TestPdfFonts;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfFonts, g_object_unref)

static const char hostile[] = "<script>alert(\"x\")</script> & ]]> 'quoted' *bold* [a](b)";

static char *empty_user_dir;
static JdLibrary *builtin;
static JdLibrary *test_library;

static JdLibrary *
load_library (const char *uri)
{
  g_autoptr(GFile) root = uri ? g_file_new_for_uri (uri) : NULL;
  g_autoptr(GFile) user_dir = g_file_new_for_path (empty_user_dir);
  g_autoptr(JdLibrary) library = jd_library_new (root, user_dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&library);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  g_assert_true (g_utf8_validate (data, (gssize)len, NULL));
  return g_strndup (data, len);
}

/* All white space runs become one space, for comparing text that a
 * format wrapped or indented. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

/* Poppler joins a word hyphenated at the end of a line ("front-" and
 * "desk" make "frontdesk") and splits lines its own way, so PDF text is
 * compared without spaces or hyphens. */
static char *
strip_for_pdf (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '-' && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
assert_pdf_contains (const char *haystack,
                     const char *needle)
{
  g_autofree char *h = strip_for_pdf (haystack);
  g_autofree char *n = strip_for_pdf (needle);

  if (strstr (h, n) == NULL)
    g_error ("the PDF does not contain “%s”", needle);
}

static void
assert_contains_squeezed (const char *haystack,
                          const char *needle,
                          const char *what)
{
  g_autofree char *h = squeeze (haystack);
  g_autofree char *n = squeeze (needle);

  if (strstr (h, n) == NULL)
    g_error ("%s does not contain “%s”", what, needle);
}

/* A document with everything set, for the tests that need the facts. */
static JdDocument *
make_full_document (const char *lang)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(JdLocation) berlin = jd_location_new ("Berlin", "BE", "DE");

  jd_document_set_title (document, "Account Manager");
  jd_document_set_language (document, lang);
  jd_document_set_company_name (document, "Example GmbH");
  jd_document_set_company_url (document, "https://example.com/");
  jd_document_add_location (document, berlin);
  jd_document_set_workplace_type (document, JD_WORKPLACE_HYBRID);
  jd_document_set_employment_types (document, JD_EMPLOYMENT_FULL_TIME);
  jd_document_set_salary_min (document, 55000);
  jd_document_set_salary_max (document, 65000);
  jd_document_set_salary_currency (document, "EUR");
  jd_document_set_salary_unit (document, JD_SALARY_UNIT_YEAR);
  jd_document_set_date_posted (document, "2026-11-27");
  jd_document_set_valid_through (document, "2026-12-31");
  jd_document_set_apply_to (document, "https://example.com/jobs/42?src=jd&x=1");
  jd_document_set_reference (document, "AM-42");
  jd_document_set_occupation_code (document, "2433");

  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "You look after our customers.");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Manage a portfolio of accounts");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Prepare renewals");
  jd_document_append_section (document, brief);
  jd_document_append_section (document, duties);

  return g_steal_pointer (&document);
}

static JdDocument *
make_hostile_document (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_CUSTOM);

  jd_document_set_title (document, hostile);
  jd_document_set_language (document, "en");
  jd_document_set_company_name (document, hostile);
  jd_section_set_heading (section, hostile);
  jd_section_add_text (section, JD_BLOCK_PARAGRAPH, hostile);
  jd_section_add_text (section, JD_BLOCK_ITEM, hostile);
  jd_section_add_text (section, JD_BLOCK_ITEM, "# not a heading");
  jd_section_add_text (section, JD_BLOCK_ITEM, "1. not a list");
  jd_document_append_section (document, section);

  return g_steal_pointer (&document);
}

/* ---- HTML read back ---------------------------------------------------- */

static htmlDocPtr
parse_html (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  htmlDocPtr doc = htmlReadMemory (data, (int)len, NULL, "UTF-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static void
collect_elements (xmlNode    *node,
                  const char *name,
                  GPtrArray  *texts)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *)node->name, name) == 0)
        {
          xmlChar *content = xmlNodeGetContent (node);

          g_ptr_array_add (texts, g_strdup ((const char *)content));
          xmlFree (content);
        }
      collect_elements (node->children, name, texts);
    }
}

static GPtrArray *
html_texts (htmlDocPtr  doc,
            const char *name)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_elements (xmlDocGetRootElement (doc), name, texts);
  return texts;
}

static gboolean
texts_contain (GPtrArray  *texts,
               const char *text)
{
  g_autofree char *wanted = squeeze (text);

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *have = squeeze (g_ptr_array_index (texts, i));

      if (strcmp (have, wanted) == 0)
        return TRUE;
    }

  return FALSE;
}

static JsonObject *
parse_json_object (JsonParser *parser,
                   const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

/* The JSON-LD in the <head>, parsed. */
static char *
html_script_text (htmlDocPtr doc)
{
  g_autoptr(GPtrArray) scripts = html_texts (doc, "script");

  g_assert_cmpuint (scripts->len, ==, 1);
  return g_strdup (g_ptr_array_index (scripts, 0));
}

/* ---- checks shared by every document ----------------------------------- */

static const char * const employment_values[] = {
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER", NULL
};

static void
check_jsonld (JsonObject *posting,
              JdDocument *document)
{
  g_assert_cmpstr (json_object_get_string_member (posting, "@context"), ==, "https://schema.org/");
  g_assert_cmpstr (json_object_get_string_member (posting, "@type"), ==, "JobPosting");
  g_assert_cmpstr (json_object_get_string_member (posting, "title"), ==, jd_document_get_title (document));
  g_assert_true (json_object_has_member (posting, "description"));
  g_assert_nonnull (strstr (json_object_get_string_member (posting, "description"), "<h2>"));

  if (json_object_has_member (posting, "employmentType"))
    {
      JsonNode *node = json_object_get_member (posting, "employmentType");

      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            g_assert_true (g_strv_contains (employment_values, json_array_get_string_element (array, i)));
        }
      else
        g_assert_true (g_strv_contains (employment_values, json_node_get_string (node)));
    }

  if (json_object_has_member (posting, "baseSalary"))
    {
      JsonObject *salary = json_object_get_object_member (posting, "baseSalary");
      JsonObject *value = json_object_get_object_member (salary, "value");
      const char * const units[] = { "HOUR", "DAY", "WEEK", "MONTH", "YEAR", NULL };

      g_assert_cmpstr (json_object_get_string_member (salary, "@type"), ==, "MonetaryAmount");
      g_assert_cmpuint (strlen (json_object_get_string_member (salary, "currency")), ==, 3);
      g_assert_cmpstr (json_object_get_string_member (value, "@type"), ==, "QuantitativeValue");
      g_assert_true (g_strv_contains (units, json_object_get_string_member (value, "unitText")));
    }

  if (json_object_has_member (posting, "jobLocationType"))
    g_assert_cmpstr (json_object_get_string_member (posting, "jobLocationType"), ==, "TELECOMMUTE");
}

/* The display width of a line, as a terminal shows it. */
static guint
columns (const char *line)
{
  guint width = 0;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

static void
check_text_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (columns (lines[i]) > JD_EXPORT_TEXT_WIDTH)
      g_error ("line %u is %u columns wide: “%s”", i + 1, columns (lines[i]), lines[i]);
}

/* Markdown escapes by backslash; without them the text is the source. */
static char *
unescape_markdown (const char *markdown)
{
  GString *out = g_string_new (NULL);

  for (const char *p = markdown; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
pdf_text (PopplerDocument *pdf)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static PopplerDocument *
load_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);

  return pdf;
}

/* Every format has every heading, paragraph and bullet of @document. */
static void
check_document_everywhere (JdLibrary  *library,
                           JdDocument *document,
                           gboolean    with_pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = jd_export_html (document, library, JD_EXPORT_HTML_NONE, NULL, &error);
  g_autoptr(GBytes) markdown = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GPtrArray) h1 = NULL;
  g_autoptr(GPtrArray) h2 = NULL;
  g_autoptr(GPtrArray) p = NULL;
  g_autoptr(GPtrArray) li = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *markdown_text = NULL;
  g_autofree char *markdown_plain = NULL;
  g_autofree char *text_text = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *script = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *all_pdf_text = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  htmlDocPtr doc;
  xmlChar *html_lang;
  guint n_sections = jd_document_get_n_sections (document);

  g_assert_no_error (error);
  doc = parse_html (html);
  markdown = jd_export_markdown (document, library, NULL, &error);
  g_assert_no_error (error);
  text = jd_export_text (document, library, NULL, &error);
  g_assert_no_error (error);
  jsonld = jd_export_jsonld (document, library, NULL, &error);
  g_assert_no_error (error);

  markdown_text = bytes_to_string (markdown);
  markdown_plain = unescape_markdown (markdown_text);
  text_text = bytes_to_string (text);
  json_text = bytes_to_string (jsonld);
  check_text_lines (text_text);

  lang = g_strdup (jd_document_get_language (document));
  html_lang = xmlGetProp (xmlDocGetRootElement (doc), (const xmlChar *)"lang");
  g_assert_cmpstr ((const char *)html_lang, ==, lang);
  xmlFree (html_lang);

  h1 = html_texts (doc, "h1");
  h2 = html_texts (doc, "h2");
  p = html_texts (doc, "p");
  li = html_texts (doc, "li");
  g_assert_cmpuint (h1->len, ==, 1);
  g_assert_true (texts_contain (h1, jd_document_get_title (document)));

  if (with_pdf)
    {
      g_autoptr(GBytes) bytes = jd_export_pdf (document, library, JD_PAPER_A4, NULL, &error);

      g_assert_no_error (error);
      pdf = load_pdf (bytes);
      all_pdf_text = pdf_text (pdf);
    }

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (document, i);
      const char *heading = jd_library_get_section_heading (library, section, lang);

      g_assert_true (texts_contain (h2, heading));
      assert_contains_squeezed (markdown_plain, heading, "Markdown");
      assert_contains_squeezed (text_text, heading, "text");
      if (all_pdf_text != NULL)
        assert_pdf_contains (all_pdf_text, heading);

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);
          const char *block_text = jd_block_get_text (block);

          if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
            g_assert_true (texts_contain (li, block_text));
          else
            g_assert_true (texts_contain (p, block_text));

          assert_contains_squeezed (markdown_plain, block_text, "Markdown");
          assert_contains_squeezed (text_text, block_text, "text");
          if (all_pdf_text != NULL)
            assert_pdf_contains (all_pdf_text, block_text);
        }
    }

  /* The JSON-LD of the page is the JSON-LD of the export. */
  script = html_script_text (doc);
  check_jsonld (parse_json_object (parser, script), document);
  check_jsonld (parse_json_object (parser, json_text), document);

  xmlFreeDoc (doc);
}

/* ---- tests ------------------------------------------------------------- */

static void
test_terms (void)
{
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autofree char *range = NULL;
  g_autofree char *page = NULL;
  g_autofree char *page_el = NULL;

  /* The build merged the fake translations of tests/library/po. */
  g_assert_cmpstr (jd_library_get_term (test_library, "section-responsibilities", "de"), ==, "Deine Aufgaben (Test)");
  g_assert_cmpstr (jd_library_get_term (test_library, "section-responsibilities", "de-AT"), ==, "Deine Aufgaben (Test)");
  g_assert_cmpstr (jd_library_get_term (test_library, "section-responsibilities", "el"), ==, "Αρμοδιότητες (δοκιμή)");
  /* Term by term, English where there is no translation. */
  g_assert_cmpstr (jd_library_get_term (test_library, "section-responsibilities", "fr"), ==, "Responsibilities");
  g_assert_cmpstr (jd_library_get_term (test_library, "employment-full-time", "el"), ==, "Full-time");
  /* A term the test library lacks comes from the built-in one. */
  g_assert_cmpstr (jd_library_get_term (test_library, "workplace-remote", "de"), ==, "Remote");
  g_assert_cmpstr (jd_library_get_term (builtin, "section-requirements", "en"), ==, "Requirements");

  /* Placeholders, reordered by a translation too. */
  range = jd_library_format_term (test_library, "salary-range", "de", "1 €", "2 €", NULL);
  g_assert_cmpstr (range, ==, "1 € bis 2 €");
  page = jd_library_format_term (test_library, "page-n-of-m", "en", "2", "3", NULL);
  g_assert_cmpstr (page, ==, "Page 2 of 3");
  page_el = jd_library_format_term (test_library, "page-n-of-m", "el", "2", "3", NULL);
  g_assert_cmpstr (page_el, ==, "Σελίδα 2 από 3 (δοκιμή)");

  /* The section's own heading wins over the default. */
  g_assert_cmpstr (jd_library_get_section_heading (test_library, section, "de"), ==, "Deine Aufgaben (Test)");
  jd_section_set_heading (section, "Was du tust");
  g_assert_cmpstr (jd_library_get_section_heading (test_library, section, "de"), ==, "Was du tust");

  /* Every section kind has a default heading. */
  for (guint kind = 0; kind < JD_SECTION_N_KINDS; kind++)
    {
      g_autoptr(JdSection) other = jd_section_new ((JdSectionKind)kind);

      g_assert_cmpstr (jd_library_get_section_heading (builtin, other, "en"), !=, "");
    }
}

/* A translation with other placeholders than the English term is dropped
 * with a warning, so the term stays English instead of crashing. */
static void
test_terms_bad_translation (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-terms-XXXXXX", &error);
  g_autofree char *templates = g_build_filename (dir, "templates", NULL);
  g_autofree char *categories = g_build_filename (dir, "categories.xml", NULL);
  g_autofree char *terms = g_build_filename (dir, "terms.xml", NULL);
  g_autofree char *uri = NULL;
  g_autofree char *page = NULL;
  g_autoptr(JdLibrary) library = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (templates, 0700), ==, 0);
  g_assert_true (g_file_set_contents (categories,
                                      "<categories xmlns='https://jobscribe.github.io/ns/library/1'/>",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (terms,
                                      "<terms xmlns='https://jobscribe.github.io/ns/library/1'>"
                                      "<term id='page-n-of-m'>Page %u of %u</term>"
                                      "<term xml:lang='de'>Seite %s</term>"
                                      "<term xml:lang='fr'>Page %2$u sur %1$u</term>"
                                      "</terms>", -1, NULL));

  uri = g_filename_to_uri (dir, NULL, NULL);
  g_test_expect_message ("jd-library", G_LOG_LEVEL_WARNING, "*“de” translation of the term “page-n-of-m”*");
  library = load_library (uri);
  g_test_assert_expected_messages ();

  page = jd_library_format_term (library, "page-n-of-m", "de", "1", "2", NULL);
  g_assert_cmpstr (page, ==, "Page 1 of 2");
  g_free (page);
  page = jd_library_format_term (library, "page-n-of-m", "fr", "1", "2", NULL);
  g_assert_cmpstr (page, ==, "Page 2 sur 1");

  g_remove (terms);
  g_remove (categories);
  g_rmdir (templates);
  g_rmdir (dir);
}

/* Every template of the library, in English and in every language it is
 * translated into, comes out whole in every format. */
static void
test_every_template (void)
{
  GListModel *templates = jd_library_get_templates (builtin);
  guint n = g_list_model_get_n_items (templates);
  const char * const *languages = jd_library_get_languages ();
  guint checked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      for (guint l = 0; languages[l] != NULL; l++)
        {
          g_autoptr(JdDocument) document = NULL;

          if (!jd_template_has_language (template, languages[l]))
            continue;

          document = jd_template_create_document (template, languages[l]);
          check_document_everywhere (builtin, document, TRUE);
          checked++;
        }
    }

  g_test_message ("%u template documents exported", checked);
  g_assert_cmpuint (checked, >=, n);
}

static void
test_full_document (void)
{
  g_autoptr(JdDocument) document = make_full_document ("en");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_text = NULL;
  g_autofree char *text_text = NULL;
  g_autofree char *html_text = NULL;
  JsonObject *posting, *organization, *address, *salary, *value, *identifier, *category;

  check_document_everywhere (builtin, document, TRUE);

  jsonld = jd_export_jsonld (document, builtin, warnings, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (char *)g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 0);

  json_text = bytes_to_string (jsonld);
  posting = parse_json_object (parser, json_text);
  g_assert_cmpstr (json_object_get_string_member (posting, "datePosted"), ==, "2026-11-27");
  g_assert_cmpstr (json_object_get_string_member (posting, "validThrough"), ==, "2026-12-31");
  g_assert_cmpstr (json_object_get_string_member (posting, "employmentType"), ==, "FULL_TIME");
  organization = json_object_get_object_member (posting, "hiringOrganization");
  g_assert_cmpstr (json_object_get_string_member (organization, "@type"), ==, "Organization");
  g_assert_cmpstr (json_object_get_string_member (organization, "name"), ==, "Example GmbH");
  g_assert_cmpstr (json_object_get_string_member (organization, "sameAs"), ==, "https://example.com/");
  address = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (posting, "jobLocation"), 0), "address");
  g_assert_cmpstr (json_object_get_string_member (address, "@type"), ==, "PostalAddress");
  g_assert_cmpstr (json_object_get_string_member (address, "addressLocality"), ==, "Berlin");
  g_assert_cmpstr (json_object_get_string_member (address, "addressRegion"), ==, "BE");
  g_assert_cmpstr (json_object_get_string_member (address, "addressCountry"), ==, "DE");
  salary = json_object_get_object_member (posting, "baseSalary");
  g_assert_cmpstr (json_object_get_string_member (salary, "currency"), ==, "EUR");
  value = json_object_get_object_member (salary, "value");
  g_assert_cmpint (json_object_get_int_member (value, "minValue"), ==, 55000);
  g_assert_cmpint (json_object_get_int_member (value, "maxValue"), ==, 65000);
  g_assert_cmpstr (json_object_get_string_member (value, "unitText"), ==, "YEAR");
  g_assert_false (json_object_get_boolean_member (posting, "directApply"));
  identifier = json_object_get_object_member (posting, "identifier");
  g_assert_cmpstr (json_object_get_string_member (identifier, "@type"), ==, "PropertyValue");
  g_assert_cmpstr (json_object_get_string_member (identifier, "value"), ==, "AM-42");
  category = json_object_get_object_member (posting, "occupationalCategory");
  g_assert_cmpstr (json_object_get_string_member (category, "codeValue"), ==, "2433");
  g_assert_false (json_object_has_member (posting, "jobLocationType"));

  /* The line under the title, in English conventions. */
  text = jd_export_text (document, builtin, NULL, &error);
  g_assert_no_error (error);
  text_text = bytes_to_string (text);
  assert_contains_squeezed (text_text,
                            "Example GmbH · Berlin, BE, DE · Hybrid · Full-time · €55,000 – €65,000 per year",
                            "text");
  assert_contains_squeezed (text_text, "Reference: AM-42 · Posted: 2026-11-27 · Apply by: 2026-12-31", "text");
  assert_contains_squeezed (text_text, "Apply: https://example.com/jobs/42?src=jd&x=1", "text");

  /* The apply link and the company's site are links; & is escaped. */
  html = jd_export_html (document, builtin, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  html_text = bytes_to_string (html);
  g_assert_nonnull (strstr (html_text, "<a href=\"https://example.com/jobs/42?src=jd&amp;x=1\">"));
  g_assert_nonnull (strstr (html_text, "<a href=\"https://example.com/\">Example GmbH</a>"));
  g_assert_true (g_str_has_prefix (html_text, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html_text, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html_text, "@media print"));
}

/* Amounts and dates follow the document's language. */
static void
test_number_conventions (void)
{
  const struct {
    const char *lang;
    const char *salary;
    const char *date;
  } cases[] = {
    { "en", "€55,000 – €65,000", "2026-11-27" },
    { "de", "55.000\u00a0€ – 65.000\u00a0€", "27.11.2026" },
    { "fr", "55\u202f000\u00a0€ – 65\u202f000\u00a0€", "27/11/2026" },
    { "el", "55.000\u00a0€ – 65.000\u00a0€", "27/11/2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdDocument) document = make_full_document (cases[i].lang);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) text = jd_export_text (document, builtin, NULL, &error);
      g_autofree char *str = NULL;

      g_assert_no_error (error);
      str = bytes_to_string (text);
      assert_contains_squeezed (str, cases[i].salary, cases[i].lang);
      assert_contains_squeezed (str, cases[i].date, cases[i].lang);
    }

  /* Cents where there are some, codes where there is no symbol. */
  {
    g_autoptr(JdDocument) document = make_full_document ("en");
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) text = NULL;
    g_autofree char *str = NULL;

    jd_document_set_salary_min (document, 25.5);
    jd_document_set_salary_max (document, 0);
    jd_document_set_salary_currency (document, "CHF");
    jd_document_set_salary_unit (document, JD_SALARY_UNIT_HOUR);
    text = jd_export_text (document, builtin, NULL, &error);
    g_assert_no_error (error);
    str = bytes_to_string (text);
    assert_contains_squeezed (str, "from CHF\u00a025.50 per hour", "text");
  }
}

/* Default headings, labels and the page footer are in the document's
 * language, proven with the fake translations of the test library. */
static void
test_document_language (void)
{
  g_autoptr(JdDocument) german = make_full_document ("de");
  g_autoptr(JdDocument) greek = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(GPtrArray) h2 = NULL;
  g_autofree char *str = NULL;
  g_autofree char *all = NULL;
  htmlDocPtr doc;

  html = jd_export_html (german, test_library, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  doc = parse_html (html);
  h2 = html_texts (doc, "h2");
  g_assert_true (texts_contain (h2, "Die Rolle (Test)"));
  g_assert_true (texts_contain (h2, "Deine Aufgaben (Test)"));
  xmlFreeDoc (doc);

  text = jd_export_text (german, test_library, NULL, &error);
  g_assert_no_error (error);
  str = bytes_to_string (text);
  assert_contains_squeezed (str, "Hybrid (Test) · Vollzeit (Test) · 55.000\u00a0€ bis 65.000\u00a0€ pro Jahr (Test)",
                            "German text");
  g_clear_pointer (&str, g_free);

  markdown = jd_export_markdown (german, test_library, NULL, &error);
  g_assert_no_error (error);
  str = bytes_to_string (markdown);
  g_assert_nonnull (strstr (str, "\n## Deine Aufgaben (Test)\n"));

  /* Greek, in the PDF: headings, bullets and footer, all extractable. */
  greek = jd_library_create_document (test_library, "doctor", "el", &error);
  g_assert_no_error (error);
  pdf_bytes = jd_export_pdf (greek, test_library, JD_PAPER_A4, NULL, &error);
  g_assert_no_error (error);
  pdf = load_pdf (pdf_bytes);
  all = pdf_text (pdf);
  assert_pdf_contains (all, "Ιατρός");
  assert_pdf_contains (all, "Αρμοδιότητες (δοκιμή)");
  assert_pdf_contains (all, "Εξετάζεις ασθενείς");
  assert_pdf_contains (all, "Σελίδα 1 από 1 (δοκιμή)");
  check_document_everywhere (test_library, greek, TRUE);
}

static void
test_escaping (void)
{
  g_autoptr(JdDocument) document = make_hostile_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) fragment = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GPtrArray) h1 = NULL;
  g_autoptr(GPtrArray) h2 = NULL;
  g_autoptr(GPtrArray) li = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *html_text = NULL;
  g_autofree char *fragment_text = NULL;
  g_autofree char *markdown_text = NULL;
  g_autofree char *text_text = NULL;
  g_autofree char *script = NULL;
  JsonObject *posting;
  htmlDocPtr doc;

  check_document_everywhere (builtin, document, TRUE);

  html = jd_export_html (document, builtin, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  html_text = bytes_to_string (html);

  /* One <script>, the JSON-LD; the user's text is text everywhere. */
  g_assert_null (strstr (html_text, "<script>"));
  g_assert_nonnull (strstr (html_text, "&lt;script&gt;alert"));
  g_assert_null (strstr (html_text, "& ]]>"));
  doc = parse_html (html);
  h1 = html_texts (doc, "h1");
  h2 = html_texts (doc, "h2");
  li = html_texts (doc, "li");
  g_assert_cmpstr (g_ptr_array_index (h1, 0), ==, hostile);
  g_assert_true (texts_contain (h2, hostile));
  g_assert_true (texts_contain (li, hostile));

  /* Inside the script, nothing that could end it or open a comment. */
  script = html_script_text (doc);
  g_assert_null (strstr (script, "</"));
  g_assert_null (strstr (script, "<!--"));
  g_assert_null (strstr (script, "<"));
  posting = parse_json_object (parser, script);
  g_assert_cmpstr (json_object_get_string_member (posting, "title"), ==, hostile);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (posting, "hiringOrganization"), "name"),
                   ==, hostile);
  xmlFreeDoc (doc);

  fragment = jd_export_html_fragment (document, builtin, NULL, &error);
  g_assert_no_error (error);
  fragment_text = bytes_to_string (fragment);
  g_assert_true (g_str_has_prefix (fragment_text, "<article"));
  g_assert_null (strstr (fragment_text, "<html"));
  g_assert_null (strstr (fragment_text, "<head"));
  g_assert_null (strstr (fragment_text, "<script"));
  g_assert_nonnull (strstr (fragment_text, "&lt;script&gt;"));

  /* Markdown: no raw HTML, no emphasis, no link, no heading or list. */
  markdown = jd_export_markdown (document, builtin, NULL, &error);
  g_assert_no_error (error);
  markdown_text = bytes_to_string (markdown);
  for (const char *p = strchr (markdown_text, '<'); p != NULL; p = strchr (p + 1, '<'))
    g_assert_true (p > markdown_text && p[-1] == '\\');
  g_assert_nonnull (strstr (markdown_text, "\\<script\\>"));
  g_assert_nonnull (strstr (markdown_text, " \\& "));
  g_assert_nonnull (strstr (markdown_text, "\\*bold\\*"));
  g_assert_nonnull (strstr (markdown_text, "\\[a\\](b)"));
  g_assert_nonnull (strstr (markdown_text, "- \\# not a heading\n"));
  g_assert_nonnull (strstr (markdown_text, "- 1\\. not a list\n"));

  /* JSON-LD on its own is plain JSON that parses back. */
  jsonld = jd_export_jsonld (document, builtin, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&script, g_free);
  script = bytes_to_string (jsonld);
  posting = parse_json_object (parser, script);
  g_assert_cmpstr (json_object_get_string_member (posting, "title"), ==, hostile);

  /* Plain text needs no escaping: the text is as written. */
  text = jd_export_text (document, builtin, NULL, &error);
  g_assert_no_error (error);
  text_text = bytes_to_string (text);
  assert_contains_squeezed (text_text, hostile, "text");
}

static void
test_links (void)
{
  const char * const refused[] = {
    "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
    "jobs.html", "vbscript:msgbox", "https://", "http://exa mple.com/", "mailto:", "a@b",
    "https://example.com/\"onmouseover=\"x",
  };
  const struct {
    const char *link;
    const char *href;
  } accepted[] = {
    { "https://example.com/jobs/1", "https://example.com/jobs/1" },
    { "HTTP://example.com", "http://example.com/" },
    { "jobs@example.com", "mailto:jobs@example.com" },
    { "mailto:jobs@example.com", "mailto:jobs@example.com" },
    { "  jobs@example.co.uk ", "mailto:jobs@example.co.uk" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *href = jd_export_check_link (refused[i], &error);

      if (href != NULL)
        g_error ("“%s” was accepted as %s", refused[i], href);
      g_assert_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK);
    }

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *href = jd_export_check_link (accepted[i].link, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (href, ==, accepted[i].href);
    }

  /* Every format refuses a document with a javascript: apply link, and
   * names the link in the message. */
  for (guint format = 0; format < JD_EXPORT_N_FORMATS; format++)
    {
      g_autoptr(JdDocument) document = make_full_document ("en");
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      jd_document_set_apply_to (document, "javascript:alert(document.cookie)");
      bytes = jd_export_to_bytes (document, builtin, format, JD_PAPER_A4, NULL, &error);
      g_assert_null (bytes);
      g_assert_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK);
      g_assert_nonnull (strstr (error->message, "javascript:alert(document.cookie)"));

      /* The company's site too. */
      g_clear_error (&error);
      jd_document_set_apply_to (document, NULL);
      jd_document_set_company_url (document, "data:text/html,hi");
      bytes = jd_export_to_bytes (document, builtin, format, JD_PAPER_A4, NULL, &error);
      g_assert_null (bytes);
      g_assert_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK);
    }

  /* An email address becomes a mailto: link, in HTML and in the PDF. */
  {
    g_autoptr(JdDocument) document = make_full_document ("en");
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) html = NULL;
    g_autoptr(GBytes) markdown = NULL;
    g_autoptr(GBytes) pdf_bytes = NULL;
    g_autoptr(TestPdf) pdf = NULL;
    g_autoptr(TestPdfPage) page = NULL;
    g_autofree char *str = NULL;
    GList *links;
    gboolean found = FALSE;

    jd_document_set_apply_to (document, "jobs@example.com");
    html = jd_export_html (document, builtin, JD_EXPORT_HTML_NONE, NULL, &error);
    g_assert_no_error (error);
    str = bytes_to_string (html);
    g_assert_nonnull (strstr (str, "<a href=\"mailto:jobs@example.com\">jobs@example.com</a>"));
    g_clear_pointer (&str, g_free);

    markdown = jd_export_markdown (document, builtin, NULL, &error);
    g_assert_no_error (error);
    str = bytes_to_string (markdown);
    g_assert_nonnull (strstr (str, "[jobs@example.com](<mailto:jobs@example.com>)"));

    pdf_bytes = jd_export_pdf (document, builtin, JD_PAPER_A4, NULL, &error);
    g_assert_no_error (error);
    pdf = load_pdf (pdf_bytes);
    page = poppler_document_get_page (pdf, poppler_document_get_n_pages (pdf) - 1);
    links = poppler_page_get_link_mapping (page);
    for (GList *l = links; l != NULL; l = l->next)
      {
        PopplerLinkMapping *mapping = l->data;

        if (mapping->action->type == POPPLER_ACTION_URI &&
            g_strcmp0 (mapping->action->uri.uri, "mailto:jobs@example.com") == 0)
          found = TRUE;
      }
    poppler_page_free_link_mapping (links);
    g_assert_true (found);
  }
}

static void
test_jsonld_warnings (void)
{
  g_autoptr(JdDocument) bare = jd_document_new ();
  g_autoptr(JdDocument) remote = make_full_document ("en");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  JsonObject *posting;

  /* Nothing is made up: what is missing is left out and reported. */
  jd_document_set_title (bare, "Cook");
  jd_document_set_language (bare, "en");
  bytes = jd_export_jsonld (bare, builtin, warnings, &error);
  g_assert_no_error (error);
  text = bytes_to_string (bytes);
  posting = parse_json_object (parser, text);
  g_assert_false (json_object_has_member (posting, "datePosted"));
  g_assert_false (json_object_has_member (posting, "hiringOrganization"));
  g_assert_false (json_object_has_member (posting, "jobLocation"));
  g_assert_false (json_object_has_member (posting, "baseSalary"));
  g_assert_false (json_object_has_member (posting, "description"));
  g_ptr_array_add (warnings, NULL);
  all = g_strjoinv ("\n", (char **)warnings->pdata);
  g_test_message ("%s", all);
  g_assert_cmpuint (warnings->len - 1, ==, 4);
  g_assert_nonnull (strstr (all, "date posted"));
  g_assert_nonnull (strstr (all, "company"));
  g_assert_nonnull (strstr (all, "location"));
  g_assert_nonnull (strstr (all, "description"));

  /* A remote job: TELECOMMUTE, and where applicants may live. */
  g_ptr_array_set_size (warnings, 0);
  jd_document_set_workplace_type (remote, JD_WORKPLACE_REMOTE);
  jd_document_set_locations (remote, NULL);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = jd_export_jsonld (remote, builtin, warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "countries"));

  {
    const char * const countries[] = { "DE", "AT", NULL };
    JsonArray *requirements;

    g_ptr_array_set_size (warnings, 0);
    jd_document_set_applicant_locations (remote, countries);
    jd_document_set_valid_through (remote, "2026-01-01");
    g_clear_pointer (&bytes, g_bytes_unref);
    bytes = jd_export_jsonld (remote, builtin, warnings, &error);
    g_assert_no_error (error);
    g_clear_pointer (&text, g_free);
    text = bytes_to_string (bytes);
    posting = parse_json_object (parser, text);
    g_assert_cmpstr (json_object_get_string_member (posting, "jobLocationType"), ==, "TELECOMMUTE");
    requirements = json_object_get_array_member (posting, "applicantLocationRequirements");
    g_assert_cmpuint (json_array_get_length (requirements), ==, 2);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 0), "@type"),
                     ==, "Country");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (requirements, 1), "name"),
                     ==, "AT");
    /* The closing date is before the date posted. */
    g_assert_cmpuint (warnings->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "before"));
  }
}

/* A document long enough for several pages. */
static JdDocument *
make_long_document (void)
{
  g_autoptr(JdDocument) document = make_full_document ("en");
  const JdSectionKind kinds[] = { JD_SECTION_REQUIREMENTS, JD_SECTION_NICE_TO_HAVE, JD_SECTION_BENEFITS };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(JdSection) section = jd_section_new (kinds[k]);

      for (guint i = 0; i < 14; i++)
        {
          g_autofree char *text = g_strdup_printf ("Bullet %u of section %u, long enough to wrap onto a "
                                                   "second line in the PDF so that the hanging indent "
                                                   "of bullets is exercised as well", i + 1, k + 1);

          jd_section_add_text (section, JD_BLOCK_ITEM, text);
        }
      jd_document_append_section (document, section);
    }

  return g_steal_pointer (&document);
}

static guint
count_outline (PopplerIndexIter *iter)
{
  guint n = 0;

  if (iter == NULL)
    return 0;

  do
    n++;
  while (poppler_index_iter_next (iter));

  return n;
}

static void
collect_structure (PopplerStructureElementIter *iter,
                   GHashTable                  *kinds)
{
  if (iter == NULL)
    return;

  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *children = poppler_structure_element_iter_get_child (iter);

      g_hash_table_add (kinds, GINT_TO_POINTER (poppler_structure_element_get_kind (element)));
      collect_structure (children, kinds);
      if (children != NULL)
        poppler_structure_element_iter_free (children);
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static void
test_pdf (void)
{
  g_autoptr(JdDocument) document = make_long_document ();
  g_autoptr(JdPageLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(TestPdfFonts) fonts = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  PopplerFontsIter *font_iter = NULL;
  PopplerIndexIter *outline;
  PopplerStructureElementIter *structure;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *all = NULL;
  guint n_pages;
  double width, height;
  guint n_fonts = 0;

  jd_paper_size_get_points (JD_PAPER_LETTER, &width, &height);
  layout = jd_page_layout_new (document, builtin, width, height);
  n_pages = jd_page_layout_paginate (layout, NULL);
  g_assert_cmpuint (n_pages, >=, 2);

  bytes = jd_export_pdf (document, builtin, JD_PAPER_LETTER, NULL, &error);
  g_assert_no_error (error);
  pdf = load_pdf (bytes);

  /* The pages of the layout, on Letter paper. */
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, (int)n_pages);
  {
    g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, 0);
    double page_width, page_height;

    poppler_page_get_size (page, &page_width, &page_height);
    g_assert_cmpfloat_with_epsilon (page_width, 612, 0.01);
    g_assert_cmpfloat_with_epsilon (page_height, 792, 0.01);
  }

  all = pdf_text (pdf);
  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i, n_pages);

      assert_pdf_contains (all, footer);
    }
  check_document_everywhere (builtin, document, TRUE);

  /* Metadata. */
  g_object_get (pdf, "title", &title, "author", &author, "subject", &subject,
                "keywords", &keywords, "creator", &creator, NULL);
  g_assert_cmpstr (title, ==, "Account Manager");
  g_assert_cmpstr (author, ==, "Example GmbH");
  g_assert_cmpstr (subject, ==, "You look after our customers.");
  g_assert_cmpstr (keywords, ==, "Account Manager, Example GmbH, Berlin");
  g_assert_true (g_str_has_prefix (creator, "Jobscribe "));

  /* Every font is embedded. */
  fonts = poppler_font_info_new (pdf);
  while (poppler_font_info_scan (fonts, (int)n_pages, &font_iter))
    {
      if (font_iter == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (font_iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (font_iter));
      poppler_fonts_iter_free (font_iter);
      font_iter = NULL;
    }
  g_assert_cmpuint (n_fonts, >=, 1);

  /* One outline entry per section. */
  outline = poppler_index_iter_new (pdf);
  g_assert_cmpuint (count_outline (outline), ==, jd_document_get_n_sections (document));
  poppler_index_iter_free (outline);

  /* Marked as tagged, with the document's language, in the catalog that
   * the incremental update at the end of the file replaces. */
  {
    gsize len = 0;
    const char *data = g_bytes_get_data (bytes, &len);
    g_autofree char *tail = g_strndup (data + len - MIN (len, 1024), MIN (len, 1024));
    g_autofree char *lang = g_strdup_printf ("/Lang (%s)", jd_document_get_language (document));

    g_assert_nonnull (strstr (tail, "/MarkInfo << /Marked true >>"));
    g_assert_nonnull (strstr (tail, lang));
    g_assert_nonnull (strstr (tail, "/Prev "));
  }

  /* The structure screen readers follow. */
  structure = poppler_structure_element_iter_new (pdf);
  g_assert_nonnull (structure);
  collect_structure (structure, kinds);
  poppler_structure_element_iter_free (structure);
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_HEADING_1)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_HEADING_2)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_PARAGRAPH)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_LIST)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_LIST_ITEM)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_LINK)));
}

/* The W3C Nu HTML Checker, where build-aux/dev installed it. */
static void
test_html_validator (void)
{
  const char *jar = g_getenv ("JD_VNU_JAR");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JdDocument) full = make_full_document ("de");
  g_autoptr(JdDocument) hostile_document = make_hostile_document ();
  g_autoptr(JdDocument) template = jd_library_create_document (builtin, "software-engineer", "en", NULL);
  JdDocument *documents[] = { full, hostile_document, template };
  int status = 0;

  if (jar == NULL || !g_file_test (jar, G_FILE_TEST_EXISTS) || g_find_program_in_path ("java") == NULL)
    {
      g_test_skip ("the Nu HTML Checker (npm vnu-jar and a Java runtime) is not installed");
      return;
    }

  dir = g_dir_make_tmp ("jd-vnu-XXXXXX", &error);
  g_assert_no_error (error);

  g_ptr_array_add (argv, g_strdup ("java"));
  g_ptr_array_add (argv, g_strdup ("-jar"));
  g_ptr_array_add (argv, g_strdup (jar));
  g_ptr_array_add (argv, g_strdup ("--also-check-css"));
  g_ptr_array_add (argv, g_strdup ("--format"));
  g_ptr_array_add (argv, g_strdup ("text"));

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) html = jd_export_html (documents[i], builtin, JD_EXPORT_HTML_NONE, NULL, &error);
      g_autofree char *name = g_strdup_printf ("export-%u.html", i);
      char *path = g_build_filename (dir, name, NULL);

      g_assert_no_error (error);
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (html, NULL), (gssize)g_bytes_get_size (html), NULL));
      g_ptr_array_add (argv, path);
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the Nu HTML Checker found problems:\n%s%s", out, err);

  for (guint i = 6; i + 1 < argv->len; i++)
    g_remove (g_ptr_array_index (argv, i));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  empty_user_dir = g_dir_make_tmp ("jd-test-export-XXXXXX", &error);
  g_assert_no_error (error);
  builtin = load_library (NULL);
  test_library = load_library (TEST_LIBRARY);

  g_test_add_func ("/export/terms", test_terms);
  g_test_add_func ("/export/terms/bad-translation", test_terms_bad_translation);
  g_test_add_func ("/export/every-template", test_every_template);
  g_test_add_func ("/export/full-document", test_full_document);
  g_test_add_func ("/export/number-conventions", test_number_conventions);
  g_test_add_func ("/export/document-language", test_document_language);
  g_test_add_func ("/export/escaping", test_escaping);
  g_test_add_func ("/export/links", test_links);
  g_test_add_func ("/export/jsonld-warnings", test_jsonld_warnings);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/html/validator", test_html_validator);

  status = g_test_run ();

  g_clear_object (&builtin);
  g_clear_object (&test_library);
  g_rmdir (empty_user_dir);
  g_free (empty_user_dir);

  return status;
}
