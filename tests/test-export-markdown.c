/* test-export-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Markdown export: everything the document says, and nothing a
 * Markdown renderer would read as markup.
 */

#include "config.h"

#include <string.h>

#include "jd-test-utils.h"

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

/* Every heading, paragraph and bullet of @document is in the Markdown. */
static void
check_markdown (JdTerms    *terms,
                JdDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) markdown = jd_export_markdown (document, terms, NULL, &error);
  g_autofree char *markdown_text = NULL;
  g_autofree char *plain = NULL;
  const char *lang = jd_document_get_language (document);

  g_assert_no_error (error);
  markdown_text = jd_test_bytes_to_string (markdown);
  plain = unescape_markdown (markdown_text);
  jd_test_assert_contains_squeezed (plain, jd_document_get_title (document), "Markdown");

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      jd_test_assert_contains_squeezed (plain, jd_terms_get_section_heading (terms, section, lang), "Markdown");
      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        jd_test_assert_contains_squeezed (plain, jd_block_get_text (jd_section_get_block (section, j)), "Markdown");
    }
}

static void
test_every_template (JdTestExport  *fixture,
                     gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_markdown);
}

static void
test_full_document (JdTestExport  *fixture,
                    gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autofree char *str = NULL;

  check_markdown (fixture->terms, document);

  /* The company links to its site; the apply link is a link too. */
  markdown = jd_export_markdown (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  str = jd_test_bytes_to_string (markdown);
  g_assert_true (g_str_has_prefix (str, "# Account Manager\n"));
  g_assert_nonnull (strstr (str, "[Example GmbH](<https://example.com/>)"));
  g_assert_nonnull (strstr (str, "(<https://example.com/jobs/42?src=jd&x=1>)"));
}

/* Default headings are in the document's language, proven with the fake
 * translations of the test library. */
static void
test_document_language (JdTestExport  *fixture,
                        gconstpointer  data)
{
  g_autoptr(JdDocument) german = jd_test_make_full_document ("de");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autofree char *str = NULL;

  markdown = jd_export_markdown (german, fixture->test_terms, NULL, &error);
  g_assert_no_error (error);
  str = jd_test_bytes_to_string (markdown);
  g_assert_nonnull (strstr (str, "\n## Deine Aufgaben (Test)\n"));
}

/* No raw HTML, no emphasis, no link, no heading or list. */
static void
test_escaping (JdTestExport  *fixture,
               gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_hostile_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autofree char *markdown_text = NULL;

  check_markdown (fixture->terms, document);

  markdown = jd_export_markdown (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  markdown_text = jd_test_bytes_to_string (markdown);
  for (const char *p = strchr (markdown_text, '<'); p != NULL; p = strchr (p + 1, '<'))
    g_assert_true (p > markdown_text && p[-1] == '\\');
  g_assert_nonnull (strstr (markdown_text, "\\<script\\>"));
  g_assert_nonnull (strstr (markdown_text, " \\& "));
  g_assert_nonnull (strstr (markdown_text, "\\*bold\\*"));
  g_assert_nonnull (strstr (markdown_text, "\\[a\\](b)"));
  g_assert_nonnull (strstr (markdown_text, "- \\# not a heading\n"));
  g_assert_nonnull (strstr (markdown_text, "- 1\\. not a list\n"));
}

/* An email address becomes a mailto: link. */
static void
test_mailto (JdTestExport  *fixture,
             gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autofree char *str = NULL;

  jd_document_set_apply_to (document, "jobs@example.com");
  markdown = jd_export_markdown (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  str = jd_test_bytes_to_string (markdown);
  g_assert_nonnull (strstr (str, "[jobs@example.com](<mailto:jobs@example.com>)"));
}

static void
test_golden (JdTestExport  *fixture,
             gconstpointer  data)
{
  jd_test_check_golden (fixture, JD_EXPORT_FORMAT_MARKDOWN, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  JD_TEST_ADD_EXPORT ("/export/markdown/every-template", test_every_template);
  JD_TEST_ADD_EXPORT ("/export/markdown/full-document", test_full_document);
  JD_TEST_ADD_EXPORT ("/export/markdown/document-language", test_document_language);
  JD_TEST_ADD_EXPORT ("/export/markdown/escaping", test_escaping);
  JD_TEST_ADD_EXPORT ("/export/markdown/mailto", test_mailto);
  JD_TEST_ADD_EXPORT ("/export/markdown/golden", test_golden);

  return g_test_run ();
}
