/* test-export-jsonld.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema.org JobPosting as JSON-LD, read back with json-glib: what the
 * document says, and warnings for what search engines require and it
 * lacks.
 */

#include "config.h"

#include <string.h>

#include "jd-test-utils.h"

static void
check_jsonld (JdTerms    *terms,
              JdDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) jsonld = jd_export_jsonld (document, terms, NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = jd_test_bytes_to_string (jsonld);
  jd_test_check_jsonld (jd_test_parse_json_object (parser, text), document);
}

static void
test_every_template (JdTestExport  *fixture,
                     gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_jsonld);
}

static void
test_full_document (JdTestExport  *fixture,
                    gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_text = NULL;
  JsonObject *posting, *organization, *address, *salary, *value, *identifier, *category;

  check_jsonld (fixture->terms, document);

  jsonld = jd_export_jsonld (document, fixture->terms, warnings, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("warning: %s", (char *)g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 0);

  json_text = jd_test_bytes_to_string (jsonld);
  posting = jd_test_parse_json_object (parser, json_text);
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
}

/* JSON-LD on its own is plain JSON that parses back, whatever it says. */
static void
test_escaping (JdTestExport  *fixture,
               gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_hostile_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  JsonObject *posting;

  jsonld = jd_export_jsonld (document, fixture->terms, NULL, &error);
  g_assert_no_error (error);
  text = jd_test_bytes_to_string (jsonld);
  posting = jd_test_parse_json_object (parser, text);
  g_assert_cmpstr (json_object_get_string_member (posting, "title"), ==, JD_TEST_HOSTILE);
}

static void
test_warnings (JdTestExport  *fixture,
               gconstpointer  data)
{
  g_autoptr(JdDocument) bare = jd_document_new ();
  g_autoptr(JdDocument) remote = jd_test_make_full_document ("en");
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
  bytes = jd_export_jsonld (bare, fixture->terms, warnings, &error);
  g_assert_no_error (error);
  text = jd_test_bytes_to_string (bytes);
  posting = jd_test_parse_json_object (parser, text);
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
  bytes = jd_export_jsonld (remote, fixture->terms, warnings, &error);
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
    bytes = jd_export_jsonld (remote, fixture->terms, warnings, &error);
    g_assert_no_error (error);
    g_clear_pointer (&text, g_free);
    text = jd_test_bytes_to_string (bytes);
    posting = jd_test_parse_json_object (parser, text);
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

static void
test_golden (JdTestExport  *fixture,
             gconstpointer  data)
{
  jd_test_check_golden (fixture, JD_EXPORT_FORMAT_JSONLD, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  JD_TEST_ADD_EXPORT ("/export/jsonld/every-template", test_every_template);
  JD_TEST_ADD_EXPORT ("/export/jsonld/full-document", test_full_document);
  JD_TEST_ADD_EXPORT ("/export/jsonld/escaping", test_escaping);
  JD_TEST_ADD_EXPORT ("/export/jsonld/warnings", test_warnings);
  JD_TEST_ADD_EXPORT ("/export/jsonld/golden", test_golden);

  return g_test_run ();
}
