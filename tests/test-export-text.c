/* test-export-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain-text export: everything the document says, in lines no wider
 * than JD_EXPORT_TEXT_WIDTH, with the conventions of its language.
 */

#include "config.h"

#include <string.h>

#include "jd-test-utils.h"

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

/* Every heading, paragraph and bullet of @document is in the text, and
 * no line is too wide. */
static void
check_text (JdTerms    *terms,
            JdDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = jd_export_text (document, terms, NULL, &error);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  const char *lang = jd_document_get_language (document);

  g_assert_no_error (error);
  text = jd_test_bytes_to_string (bytes);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (columns (lines[i]) > JD_EXPORT_TEXT_WIDTH)
      g_error ("line %u is %u columns wide: “%s”", i + 1, columns (lines[i]), lines[i]);

  jd_test_assert_contains_squeezed (text, jd_document_get_title (document), "text");
  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      jd_test_assert_contains_squeezed (text, jd_terms_get_section_heading (terms, section, lang), "text");
      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        jd_test_assert_contains_squeezed (text, jd_block_get_text (jd_section_get_block (section, j)), "text");
    }
}

static void
test_every_template (JdTestExport  *fixture,
                     gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_text);
}

/* The line under the title and the details, in English conventions. */
static void
test_full_document (JdTestExport  *fixture,
                    gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text_text = NULL;

  check_text (fixture->terms, document);

  text = jd_export_text (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  text_text = jd_test_bytes_to_string (text);
  jd_test_assert_contains_squeezed (text_text,
                                    "Example GmbH · Berlin, BE, DE · Hybrid · Full-time · €55,000 – €65,000 per year",
                                    "text");
  jd_test_assert_contains_squeezed (text_text, "Reference: AM-42 · Posted: 2026-11-27 · Apply by: 2026-12-31", "text");
  jd_test_assert_contains_squeezed (text_text, "Apply: https://example.com/jobs/42?src=jd&x=1", "text");
}

/* Amounts and dates follow the document's language. */
static void
test_number_conventions (JdTestExport  *fixture,
                         gconstpointer  data)
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
      g_autoptr(JdDocument) document = jd_test_make_full_document (cases[i].lang);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) text = jd_export_text (document, fixture->terms, NULL, &error);
      g_autofree char *str = NULL;

      g_assert_no_error (error);
      str = jd_test_bytes_to_string (text);
      jd_test_assert_contains_squeezed (str, cases[i].salary, cases[i].lang);
      jd_test_assert_contains_squeezed (str, cases[i].date, cases[i].lang);
    }

  /* Cents where there are some, codes where there is no symbol. */
  {
    g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) text = NULL;
    g_autofree char *str = NULL;

    jd_document_set_salary_min (document, 25.5);
    jd_document_set_salary_max (document, 0);
    jd_document_set_salary_currency (document, "CHF");
    jd_document_set_salary_unit (document, JD_SALARY_UNIT_HOUR);
    text = jd_export_text (document, fixture->terms, NULL, &error);
    g_assert_no_error (error);
    str = jd_test_bytes_to_string (text);
    jd_test_assert_contains_squeezed (str, "from CHF\u00a025.50 per hour", "text");
  }

  /* A huge amount is held at the largest a document may have, and its
   * digits are the amount's (a cast to gint64 gave 2^63 for 10^20). */
  {
    g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) text = NULL;
    g_autofree char *str = NULL;

    jd_document_set_salary_max (document, 1e20);
    jd_document_set_salary_min (document, 0);
    text = jd_export_text (document, fixture->terms, NULL, &error);
    g_assert_no_error (error);
    str = jd_test_bytes_to_string (text);
    jd_test_assert_contains_squeezed (str, "€1,000,000,000,000", "text");
    g_assert_null (strstr (str, "9,223,372"));
  }
}

/* Labels and values are in the document's language, proven with the fake
 * translations of the test library. */
static void
test_document_language (JdTestExport  *fixture,
                        gconstpointer  data)
{
  g_autoptr(JdDocument) german = jd_test_make_full_document ("de");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autofree char *str = NULL;

  text = jd_export_text (german, fixture->test_terms, NULL, &error);
  g_assert_no_error (error);
  str = jd_test_bytes_to_string (text);
  jd_test_assert_contains_squeezed (str,
                                    "Hybrid (Test) · Vollzeit (Test) · 55.000\u00a0€ bis 65.000\u00a0€ pro Jahr (Test)",
                                    "German text");
}

/* Plain text needs no escaping: the text is as written. */
static void
test_escaping (JdTestExport  *fixture,
               gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_hostile_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autofree char *text_text = NULL;

  check_text (fixture->terms, document);

  text = jd_export_text (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  text_text = jd_test_bytes_to_string (text);
  jd_test_assert_contains_squeezed (text_text, JD_TEST_HOSTILE, "text");
}

static void
test_golden (JdTestExport  *fixture,
             gconstpointer  data)
{
  jd_test_check_golden (fixture, JD_EXPORT_FORMAT_TEXT, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  JD_TEST_ADD_EXPORT ("/export/text/every-template", test_every_template);
  JD_TEST_ADD_EXPORT ("/export/text/full-document", test_full_document);
  JD_TEST_ADD_EXPORT ("/export/text/number-conventions", test_number_conventions);
  JD_TEST_ADD_EXPORT ("/export/text/document-language", test_document_language);
  JD_TEST_ADD_EXPORT ("/export/text/escaping", test_escaping);
  JD_TEST_ADD_EXPORT ("/export/text/golden", test_golden);

  return g_test_run ();
}
