/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every format shares: the table of formats and the check of links,
 * which refuses a document with an unsafe link in every format. Each
 * format has a test program of its own.
 */

#include "config.h"

#include <string.h>

#include "jd-test-utils.h"

static void
test_formats (void)
{
  const struct {
    const char     *name;
    JdExportFormat  format;
  } names[] = {
    { "html", JD_EXPORT_FORMAT_HTML }, { "HTML", JD_EXPORT_FORMAT_HTML },
    { "html-fragment", JD_EXPORT_FORMAT_HTML_FRAGMENT }, { "pdf", JD_EXPORT_FORMAT_PDF },
    { "md", JD_EXPORT_FORMAT_MARKDOWN }, { "markdown", JD_EXPORT_FORMAT_MARKDOWN },
    { "txt", JD_EXPORT_FORMAT_TEXT }, { "text", JD_EXPORT_FORMAT_TEXT },
    { "jsonld", JD_EXPORT_FORMAT_JSONLD }, { "json-ld", JD_EXPORT_FORMAT_JSONLD },
    { "docx", JD_EXPORT_FORMAT_DOCX }, { "DOCX", JD_EXPORT_FORMAT_DOCX }, { "odt", JD_EXPORT_FORMAT_ODT },
  };
  JdExportFormat format;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (jd_export_format_from_string (names[i].name, &format));
      g_assert_cmpint (format, ==, names[i].format);
    }
  g_assert_false (jd_export_format_from_string ("rtf", &format));
  g_assert_false (jd_export_format_from_string ("doc", &format));
  g_assert_false (jd_export_format_from_string (NULL, &format));

  /* Every format has a name that reads back, an extension and a type. */
  for (guint i = 0; i < JD_EXPORT_N_FORMATS; i++)
    {
      g_assert_true (jd_export_format_from_string (jd_export_format_to_string ((JdExportFormat)i), &format));
      g_assert_cmpint (format, ==, i);
      g_assert_cmpstr (jd_export_format_get_extension ((JdExportFormat)i), !=, "");
      g_assert_nonnull (strchr (jd_export_format_get_mime_type ((JdExportFormat)i), '/'));
      g_assert_cmpstr (jd_export_format_get_display_name ((JdExportFormat)i), !=, "");
    }
  g_assert_cmpstr (jd_export_format_get_extension (JD_EXPORT_FORMAT_HTML_FRAGMENT), ==, "html");
  g_assert_cmpstr (jd_export_format_get_mime_type (JD_EXPORT_FORMAT_JSONLD), ==, "application/ld+json");
  g_assert_cmpstr (jd_export_format_get_mime_type (JD_EXPORT_FORMAT_DOCX), ==,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  g_assert_cmpstr (jd_export_format_get_mime_type (JD_EXPORT_FORMAT_ODT), ==, "application/vnd.oasis.opendocument.text");
  g_assert_cmpstr (jd_export_format_get_extension (JD_EXPORT_FORMAT_DOCX), ==, "docx");
  g_assert_cmpstr (jd_export_format_get_extension (JD_EXPORT_FORMAT_ODT), ==, "odt");
  g_assert_cmpstr (jd_export_format_get_display_name (JD_EXPORT_FORMAT_DOCX), ==, "Word Documents");
}

static void
test_links (JdTestExport  *fixture,
            gconstpointer  data)
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
      g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      jd_document_set_apply_to (document, "javascript:alert(document.cookie)");
      bytes = jd_export_to_bytes (document, fixture->terms, format, JD_PAPER_A4, NULL, &error);
      g_assert_null (bytes);
      g_assert_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK);
      g_assert_nonnull (strstr (error->message, "javascript:alert(document.cookie)"));

      /* The company's site too. */
      g_clear_error (&error);
      jd_document_set_apply_to (document, NULL);
      jd_document_set_company_url (document, "data:text/html,hi");
      bytes = jd_export_to_bytes (document, fixture->terms, format, JD_PAPER_A4, NULL, &error);
      g_assert_null (bytes);
      g_assert_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/formats", test_formats);
  JD_TEST_ADD_EXPORT ("/export/links", test_links);

  return g_test_run ();
}
