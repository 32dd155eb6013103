/* jd-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the export tests share: the libraries they export with, the
 * documents they export, and readers of what comes out.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-test-utils.h"

#define TEST_LIBRARY_PATH "/io/github/jobscribe/Jobscribe/test-library"

static JdLibrary *
load_library (const char *uri,
              const char *user_dir)
{
  g_autoptr(GFile) root = uri ? g_file_new_for_uri (uri) : NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (user_dir);
  g_autoptr(JdLibrary) library = jd_library_new (root, dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&library);
}

/* The built-in library and the test one (whose resources the test program
 * links), with an empty folder of user templates so that the user's own
 * never change what a test sees. */
void
jd_test_export_setup (JdTestExport  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->user_dir = g_dir_make_tmp ("jd-test-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->builtin = load_library (NULL, fixture->user_dir);
  fixture->terms = jd_library_get_terms (fixture->builtin);
  if (g_resources_get_info (TEST_LIBRARY_PATH "/categories.xml", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      fixture->test_library = load_library ("resource://" TEST_LIBRARY_PATH, fixture->user_dir);
      fixture->test_terms = jd_library_get_terms (fixture->test_library);
    }
}

void
jd_test_export_teardown (JdTestExport  *fixture,
                         gconstpointer  data)
{
  g_assert_finalize_object (fixture->builtin);
  if (fixture->test_library != NULL)
    g_assert_finalize_object (fixture->test_library);
  g_assert_cmpint (g_rmdir (fixture->user_dir), ==, 0);
  g_free (fixture->user_dir);
}

char *
jd_test_bytes_to_string (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  g_assert_true (g_utf8_validate (data, (gssize)len, NULL));
  return g_strndup (data, len);
}

/* All white space runs become one space, for comparing text that a
 * format wrapped or indented. */
char *
jd_test_squeeze (const char *text)
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

void
jd_test_assert_contains_squeezed (const char *haystack,
                          const char *needle,
                          const char *what)
{
  g_autofree char *h = jd_test_squeeze (haystack);
  g_autofree char *n = jd_test_squeeze (needle);

  if (strstr (h, n) == NULL)
    g_error ("%s does not contain “%s”", what, needle);
}

/* A document with everything set, for the tests that need the facts. */
JdDocument *
jd_test_make_full_document (const char *lang)
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

JdDocument *
jd_test_make_hostile_document (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_CUSTOM);

  jd_document_set_title (document, JD_TEST_HOSTILE);
  jd_document_set_language (document, "en");
  jd_document_set_company_name (document, JD_TEST_HOSTILE);
  jd_section_set_heading (section, JD_TEST_HOSTILE);
  jd_section_add_text (section, JD_BLOCK_PARAGRAPH, JD_TEST_HOSTILE);
  jd_section_add_text (section, JD_BLOCK_ITEM, JD_TEST_HOSTILE);
  jd_section_add_text (section, JD_BLOCK_ITEM, "# not a heading");
  jd_section_add_text (section, JD_BLOCK_ITEM, "1. not a list");
  jd_document_append_section (document, section);

  return g_steal_pointer (&document);
}

htmlDocPtr
jd_test_parse_html (GBytes *bytes)
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

GPtrArray *
jd_test_html_texts (htmlDocPtr  doc,
            const char *name)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_elements (xmlDocGetRootElement (doc), name, texts);
  return texts;
}

gboolean
jd_test_texts_contain (GPtrArray  *texts,
               const char *text)
{
  g_autofree char *wanted = jd_test_squeeze (text);

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *have = jd_test_squeeze (g_ptr_array_index (texts, i));

      if (strcmp (have, wanted) == 0)
        return TRUE;
    }

  return FALSE;
}

JsonObject *
jd_test_parse_json_object (JsonParser *parser,
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
char *
jd_test_html_script_text (htmlDocPtr doc)
{
  g_autoptr(GPtrArray) scripts = jd_test_html_texts (doc, "script");

  g_assert_cmpuint (scripts->len, ==, 1);
  return g_strdup (g_ptr_array_index (scripts, 0));
}

static const char * const employment_values[] = {
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER", NULL
};

/* What every JobPosting of @document has, wherever it comes from. */
void
jd_test_check_jsonld (JsonObject *posting,
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


/* The golden file @name of tests/data/golden, with the version of the
 * build where the file says @VERSION@. */
static char *
load_golden (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("JD_TEST_DATA"), "golden", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  g_string_replace (text, "@VERSION@", PACKAGE_VERSION, 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* @text is what the golden file @name says, byte for byte: the exports of
 * the library's templates do not change unless a change means them to. */
void
jd_test_assert_golden (const char *text,
                       const char *name)
{
  g_autofree char *expected = NULL;

  /* After a change meant to change the exports (new template wording, a
   * translation), JD_UPDATE_GOLDEN=1 writes the new files: review their
   * diff before committing it. */
  if (g_getenv ("JD_UPDATE_GOLDEN") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("JD_TEST_DATA"), "golden", name, NULL);
      g_autoptr(GString) golden = g_string_new (text);
      g_autoptr(GError) error = NULL;

      g_string_replace (golden, PACKAGE_VERSION, "@VERSION@", 0);
      g_file_set_contents (path, golden->str, golden->len, &error);
      g_assert_no_error (error);
    }

  expected = load_golden (name);
  if (strcmp (text, expected) != 0)
    {
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

      g_file_set_contents (path, text, -1, NULL);
      g_error ("the export differs from tests/data/golden/%s; it is in %s", name, path);
    }
}

/* The template @id in @lang, as the golden files were made of it. */
JdDocument *
jd_test_create_template_document (JdTestExport *fixture,
                                  const char   *id,
                                  const char   *lang)
{
  g_autoptr(GError) error = NULL;
  JdDocument *document = jd_library_create_document (fixture->builtin, id, lang, &error);

  g_assert_no_error (error);
  return document;
}

/* Calls @check with every template of the built-in library in every
 * language it is translated into. */
void
jd_test_foreach_template_document (JdTestExport    *fixture,
                                   JdTestCheckFunc  check)
{
  GListModel *templates = jd_library_get_templates (fixture->builtin);
  guint n = g_list_model_get_n_items (templates);
  const char * const *languages = jd_terms_get_languages ();
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
          check (fixture->terms, document);
          checked++;
        }
    }

  g_test_message ("%u template documents exported", checked);
  g_assert_cmpuint (checked, >=, n);
}

/* The golden files of tests/data/golden: two templates in two languages
 * each, as they were exported before the exporters were reshaped
 * (tests/compare-exports.sh compared every template then). */
void
jd_test_check_golden (JdTestExport     *fixture,
                      JdExportFormat    format,
                      JdTestExtractFunc extract)
{
  const char * const cases[][2] = {
    { "account-manager", "en" }, { "account-manager", "el" },
    { "software-engineer", "de" }, { "software-engineer", "fr" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdDocument) document = jd_test_create_template_document (fixture, cases[i][0], cases[i][1]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = jd_export_to_bytes (document, fixture->terms, format, JD_PAPER_A4, NULL, &error);
      g_autofree char *name = g_strdup_printf ("%s.%s.%s", cases[i][0], cases[i][1],
                                               extract != NULL ? "pdf.txt" : jd_export_format_to_string (format));
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = extract != NULL ? extract (bytes) : jd_test_bytes_to_string (bytes);
      jd_test_assert_golden (text, name);
    }
}
