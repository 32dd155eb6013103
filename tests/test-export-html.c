/* test-export-html.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The HTML export and its fragment, read back with libxml2's HTML parser
 * and, where it is installed, the W3C Nu HTML Checker.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-test-utils.h"

/* The page has the title, every heading, paragraph and bullet of
 * @document, its language, and the JSON-LD of the JSON-LD export. */
static void
check_html (JdTerms    *terms,
            JdDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = jd_export_html (document, terms, JD_EXPORT_HTML_NONE, NULL, &error);
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GPtrArray) h1 = NULL;
  g_autoptr(GPtrArray) h2 = NULL;
  g_autoptr(GPtrArray) p = NULL;
  g_autoptr(GPtrArray) li = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *script = NULL;
  g_autofree char *json_text = NULL;
  const char *lang = jd_document_get_language (document);
  guint n_sections = jd_document_get_n_sections (document);
  htmlDocPtr doc;
  xmlChar *html_lang;

  g_assert_no_error (error);
  doc = jd_test_parse_html (html);

  html_lang = xmlGetProp (xmlDocGetRootElement (doc), (const xmlChar *)"lang");
  g_assert_cmpstr ((const char *)html_lang, ==, lang);
  xmlFree (html_lang);

  h1 = jd_test_html_texts (doc, "h1");
  h2 = jd_test_html_texts (doc, "h2");
  p = jd_test_html_texts (doc, "p");
  li = jd_test_html_texts (doc, "li");
  g_assert_cmpuint (h1->len, ==, 1);
  g_assert_true (jd_test_texts_contain (h1, jd_document_get_title (document)));

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      g_assert_true (jd_test_texts_contain (h2, jd_terms_get_section_heading (terms, section, lang)));

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);

          if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
            g_assert_true (jd_test_texts_contain (li, jd_block_get_text (block)));
          else
            g_assert_true (jd_test_texts_contain (p, jd_block_get_text (block)));
        }
    }

  /* The JSON-LD of the page parses back as that of the export does. */
  script = jd_test_html_script_text (doc);
  jd_test_check_jsonld (jd_test_parse_json_object (parser, script), document);
  jsonld = jd_export_jsonld (document, terms, NULL, &error);
  g_assert_no_error (error);
  json_text = jd_test_bytes_to_string (jsonld);
  jd_test_check_jsonld (jd_test_parse_json_object (parser, json_text), document);

  xmlFreeDoc (doc);
}

static void
test_every_template (JdTestExport  *fixture,
                     gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_html);
}

static void
test_full_document (JdTestExport  *fixture,
                    gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html_text = NULL;

  check_html (fixture->terms, document);

  /* The apply link and the company's site are links; & is escaped. */
  html = jd_export_html (document, fixture->terms, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  html_text = jd_test_bytes_to_string (html);
  g_assert_nonnull (strstr (html_text, "<a href=\"https://example.com/jobs/42?src=jd&amp;x=1\">"));
  g_assert_nonnull (strstr (html_text, "<a href=\"https://example.com/\">Example GmbH</a>"));
  g_assert_true (g_str_has_prefix (html_text, "<!DOCTYPE html>\n<html lang=\"en\">"));
  g_assert_nonnull (strstr (html_text, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html_text, "@media print"));

  /* Without JSON-LD, no script at all. */
  g_clear_pointer (&html, g_bytes_unref);
  g_clear_pointer (&html_text, g_free);
  html = jd_export_html (document, fixture->terms, JD_EXPORT_HTML_NO_JSONLD, NULL, &error);
  g_assert_no_error (error);
  html_text = jd_test_bytes_to_string (html);
  g_assert_null (strstr (html_text, "<script"));
}

/* Default headings are in the document's language, proven with the fake
 * translations of the test library. */
static void
test_document_language (JdTestExport  *fixture,
                        gconstpointer  data)
{
  g_autoptr(JdDocument) german = jd_test_make_full_document ("de");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GPtrArray) h2 = NULL;
  htmlDocPtr doc;

  html = jd_export_html (german, fixture->test_terms, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  doc = jd_test_parse_html (html);
  h2 = jd_test_html_texts (doc, "h2");
  g_assert_true (jd_test_texts_contain (h2, "Die Rolle (Test)"));
  g_assert_true (jd_test_texts_contain (h2, "Deine Aufgaben (Test)"));
  xmlFreeDoc (doc);
}

static void
test_escaping (JdTestExport  *fixture,
               gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_hostile_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) fragment = NULL;
  g_autoptr(GPtrArray) h1 = NULL;
  g_autoptr(GPtrArray) h2 = NULL;
  g_autoptr(GPtrArray) li = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *html_text = NULL;
  g_autofree char *fragment_text = NULL;
  g_autofree char *script = NULL;
  JsonObject *posting;
  htmlDocPtr doc;

  check_html (fixture->terms, document);

  html = jd_export_html (document, fixture->terms, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  html_text = jd_test_bytes_to_string (html);

  /* One <script>, the JSON-LD; the user's text is text everywhere. */
  g_assert_null (strstr (html_text, "<script>"));
  g_assert_nonnull (strstr (html_text, "&lt;script&gt;alert"));
  g_assert_null (strstr (html_text, "& ]]>"));
  doc = jd_test_parse_html (html);
  h1 = jd_test_html_texts (doc, "h1");
  h2 = jd_test_html_texts (doc, "h2");
  li = jd_test_html_texts (doc, "li");
  g_assert_cmpstr (g_ptr_array_index (h1, 0), ==, JD_TEST_HOSTILE);
  g_assert_true (jd_test_texts_contain (h2, JD_TEST_HOSTILE));
  g_assert_true (jd_test_texts_contain (li, JD_TEST_HOSTILE));

  /* Inside the script, nothing that could end it or open a comment. */
  script = jd_test_html_script_text (doc);
  g_assert_null (strstr (script, "</"));
  g_assert_null (strstr (script, "<!--"));
  g_assert_null (strstr (script, "<"));
  posting = jd_test_parse_json_object (parser, script);
  g_assert_cmpstr (json_object_get_string_member (posting, "title"), ==, JD_TEST_HOSTILE);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (posting, "hiringOrganization"), "name"),
                   ==, JD_TEST_HOSTILE);
  xmlFreeDoc (doc);

  fragment = jd_export_html_fragment (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  fragment_text = jd_test_bytes_to_string (fragment);
  g_assert_true (g_str_has_prefix (fragment_text, "<article"));
  g_assert_null (strstr (fragment_text, "<html"));
  g_assert_null (strstr (fragment_text, "<head"));
  g_assert_null (strstr (fragment_text, "<script"));
  g_assert_nonnull (strstr (fragment_text, "&lt;script&gt;"));
}

/* An email address becomes a mailto: link. */
static void
test_mailto (JdTestExport  *fixture,
             gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autofree char *str = NULL;

  jd_document_set_apply_to (document, "jobs@example.com");
  html = jd_export_html (document, fixture->terms, JD_EXPORT_HTML_NONE, NULL, &error);
  g_assert_no_error (error);
  str = jd_test_bytes_to_string (html);
  g_assert_nonnull (strstr (str, "<a href=\"mailto:jobs@example.com\">jobs@example.com</a>"));
}

static void
test_golden (JdTestExport  *fixture,
             gconstpointer  data)
{
  jd_test_check_golden (fixture, JD_EXPORT_FORMAT_HTML, NULL);
}

/* The W3C Nu HTML Checker, where build-aux/dev installed it. */
static void
test_validator (JdTestExport  *fixture,
                gconstpointer  data)
{
  const char *jar = g_getenv ("JD_VNU_JAR");
  g_autofree char *java = g_find_program_in_path ("java");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JdDocument) full = jd_test_make_full_document ("de");
  g_autoptr(JdDocument) hostile_document = jd_test_make_hostile_document ();
  g_autoptr(JdDocument) template = jd_test_create_template_document (fixture, "software-engineer", "en");
  JdDocument *documents[] = { full, hostile_document, template };
  int status = 0;

  if (jar == NULL || !g_file_test (jar, G_FILE_TEST_EXISTS) || java == NULL)
    {
      g_test_skip ("the Nu HTML Checker (npm vnu-jar and a Java runtime) is not installed");
      return;
    }

  dir = g_dir_make_tmp ("jd-vnu-XXXXXX", &error);
  g_assert_no_error (error);

  g_ptr_array_add (argv, g_strdup (java));
  g_ptr_array_add (argv, g_strdup ("-jar"));
  g_ptr_array_add (argv, g_strdup (jar));
  g_ptr_array_add (argv, g_strdup ("--also-check-css"));
  g_ptr_array_add (argv, g_strdup ("--format"));
  g_ptr_array_add (argv, g_strdup ("text"));

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GBytes) html = jd_export_html (documents[i], fixture->terms, JD_EXPORT_HTML_NONE, NULL, &error);
      g_autofree char *name = g_strdup_printf ("export-%u.html", i);
      char *path = g_build_filename (dir, name, NULL);

      g_assert_no_error (error);
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (html, NULL), (gssize)g_bytes_get_size (html), NULL));
      g_ptr_array_add (argv, path);
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
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
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  JD_TEST_ADD_EXPORT ("/export/html/every-template", test_every_template);
  JD_TEST_ADD_EXPORT ("/export/html/full-document", test_full_document);
  JD_TEST_ADD_EXPORT ("/export/html/document-language", test_document_language);
  JD_TEST_ADD_EXPORT ("/export/html/escaping", test_escaping);
  JD_TEST_ADD_EXPORT ("/export/html/mailto", test_mailto);
  JD_TEST_ADD_EXPORT ("/export/html/golden", test_golden);
  JD_TEST_ADD_EXPORT ("/export/html/validator", test_validator);

  return g_test_run ();
}
