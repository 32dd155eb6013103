/* test-terms.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JdTerms: the words exports generate, in the document's language, with
 * the placeholders of each translation checked.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-test-utils.h"

static void
test_terms (JdTestExport  *fixture,
            gconstpointer  data)
{
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autofree char *range = NULL;
  g_autofree char *page = NULL;
  g_autofree char *page_el = NULL;

  /* The build merged the fake translations of tests/library/po. */
  g_assert_cmpstr (jd_terms_get (fixture->test_terms, "section-responsibilities", "de"), ==, "Deine Aufgaben (Test)");
  g_assert_cmpstr (jd_terms_get (fixture->test_terms, "section-responsibilities", "de-AT"), ==, "Deine Aufgaben (Test)");
  g_assert_cmpstr (jd_terms_get (fixture->test_terms, "section-responsibilities", "el"), ==, "Αρμοδιότητες (δοκιμή)");
  /* Term by term, English where there is no translation. */
  g_assert_cmpstr (jd_terms_get (fixture->test_terms, "section-responsibilities", "fr"), ==, "Responsibilities");
  g_assert_cmpstr (jd_terms_get (fixture->test_terms, "employment-full-time", "el"), ==, "Full-time");
  /* A term the test library lacks comes from the built-in one. */
  g_assert_cmpstr (jd_terms_get (fixture->test_terms, "workplace-remote", "de"), ==, "Remote");
  g_assert_cmpstr (jd_terms_get (fixture->terms, "section-requirements", "en"), ==, "Requirements");

  /* Placeholders, reordered by a translation too. */
  range = jd_terms_format (fixture->test_terms, "salary-range", "de", "1 €", "2 €", NULL);
  g_assert_cmpstr (range, ==, "1 € bis 2 €");
  page = jd_terms_format (fixture->test_terms, "page-n-of-m", "en", "2", "3", NULL);
  g_assert_cmpstr (page, ==, "Page 2 of 3");
  page_el = jd_terms_format (fixture->test_terms, "page-n-of-m", "el", "2", "3", NULL);
  g_assert_cmpstr (page_el, ==, "Σελίδα 2 από 3 (δοκιμή)");

  /* The section's own heading wins over the default. */
  g_assert_cmpstr (jd_terms_get_section_heading (fixture->test_terms, section, "de"), ==, "Deine Aufgaben (Test)");
  jd_section_set_heading (section, "Was du tust");
  g_assert_cmpstr (jd_terms_get_section_heading (fixture->test_terms, section, "de"), ==, "Was du tust");

  /* Every section kind has a default heading. */
  for (guint kind = 0; kind < JD_SECTION_N_KINDS; kind++)
    {
      g_autoptr(JdSection) other = jd_section_new ((JdSectionKind)kind);

      g_assert_cmpstr (jd_terms_get_section_heading (fixture->terms, other, "en"), !=, "");
      /* The heading of a section left as it was is its kind's. */
      g_assert_cmpstr (jd_terms_get_section_heading (fixture->terms, other, "de"), ==,
                       jd_terms_get_kind_heading (fixture->terms, (JdSectionKind)kind, "de"));
    }
  g_assert_cmpstr (jd_terms_get_kind_heading (fixture->test_terms, JD_SECTION_RESPONSIBILITIES, "de"), ==,
                   "Deine Aufgaben (Test)");
  g_assert_cmpstr (jd_terms_get_kind_heading (fixture->terms, JD_SECTION_BRIEF, "en"), ==, "About the role");
}

/* A translation with other placeholders than the English term is dropped
 * with a warning, so the term stays English instead of crashing. */
static void
test_bad_translation (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-terms-XXXXXX", &error);
  g_autofree char *templates = g_build_filename (dir, "templates", NULL);
  g_autofree char *categories = g_build_filename (dir, "categories.xml", NULL);
  g_autofree char *terms = g_build_filename (dir, "terms.xml", NULL);
  g_autofree char *page = NULL;
  g_autoptr(JdTerms) terms_of_dir = NULL;
  g_autoptr(GFile) root = NULL;

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

  root = g_file_new_for_path (dir);
  terms_of_dir = jd_terms_new (root);
  g_test_expect_message ("jd-terms", G_LOG_LEVEL_WARNING, "*“de” translation of the term “page-n-of-m”*");
  g_assert_true (jd_terms_load (terms_of_dir, &error));
  g_assert_no_error (error);
  g_test_assert_expected_messages ();

  page = jd_terms_format (terms_of_dir, "page-n-of-m", "de", "1", "2", NULL);
  g_assert_cmpstr (page, ==, "Page 1 of 2");
  g_free (page);
  page = jd_terms_format (terms_of_dir, "page-n-of-m", "fr", "1", "2", NULL);
  g_assert_cmpstr (page, ==, "Page 2 sur 1");

  g_remove (terms);
  g_remove (categories);
  g_rmdir (templates);
  g_rmdir (dir);
}

/* Each language is named in itself. */
static void
test_languages (void)
{
  const char * const *languages = jd_terms_get_languages ();

  g_assert_cmpuint (g_strv_length ((char **)languages), ==, 6);
  g_assert_cmpstr (languages[0], ==, "en");
  g_assert_true (jd_terms_is_language ("el"));
  g_assert_false (jd_terms_is_language ("el-GR"));
  g_assert_false (jd_terms_is_language (NULL));
  g_assert_cmpstr (jd_terms_get_language_name ("el"), ==, "Ελληνικά");
  g_assert_cmpstr (jd_terms_get_language_name ("xx"), ==, "xx");

  /* Menus list every language once, by its own name. */
  {
    const char * const *by_name = jd_terms_get_languages_by_name ();

    g_assert_cmpuint (g_strv_length ((char **)by_name), ==, 6);
    for (guint i = 0; languages[i] != NULL; i++)
      g_assert_true (g_strv_contains (by_name, languages[i]));
    for (guint i = 1; by_name[i] != NULL; i++)
      g_assert_cmpint (strcmp (jd_terms_get_language_name (by_name[i - 1]),
                               jd_terms_get_language_name (by_name[i])), <, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  JD_TEST_ADD_EXPORT ("/terms/terms", test_terms);
  g_test_add_func ("/terms/bad-translation", test_bad_translation);
  g_test_add_func ("/terms/languages", test_languages);

  return g_test_run ();
}
