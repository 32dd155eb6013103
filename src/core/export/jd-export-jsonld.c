/* jd-export-jsonld.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-jsonld"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jd-export-html-sections-private.h"
#include "jd-export-jsonld-private.h"
#include "jd-export-writers-private.h"

/* The schema.org JobPosting of a document, as search engines read it. It
 * says only what the document says: a property Google requires that the
 * document lacks is left out and reported as a warning, never made up. */

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;

  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;

  return FALSE;
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_optional_string (JsonBuilder *builder,
                     const char  *name,
                     const char  *value)
{
  if (has_text (value))
    add_string (builder, name, value);
}

/* Whole amounts are written as integers: 55000, not 55000.0. */
static void
add_amount (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64)value);
  else
    json_builder_add_double_value (builder, value);
}

static void
begin_typed_object (JsonBuilder *builder,
                    const char  *type)
{
  json_builder_begin_object (builder);
  add_string (builder, "@type", type);
}

static void
add_locations (JsonBuilder *builder,
               GPtrArray   *locations,
               GPtrArray   *warnings)
{
  gboolean missing_country = FALSE;

  json_builder_set_member_name (builder, "jobLocation");
  json_builder_begin_array (builder);
  for (guint i = 0; i < locations->len; i++)
    {
      JdLocation *location = g_ptr_array_index (locations, i);

      begin_typed_object (builder, "Place");
      json_builder_set_member_name (builder, "address");
      begin_typed_object (builder, "PostalAddress");
      add_optional_string (builder, "addressLocality", location->city);
      add_optional_string (builder, "addressRegion", location->region);
      add_optional_string (builder, "addressCountry", location->country);
      json_builder_end_object (builder);
      json_builder_end_object (builder);

      missing_country |= !has_text (location->country);
    }
  json_builder_end_array (builder);

  if (missing_country)
    _jd_export_add_warning (warnings,
                            _("A location has no country; search engines require the country of "
                              "every place of work"));
}

static void
add_salary (JsonBuilder *builder,
            JdDocument  *document,
            GPtrArray   *warnings)
{
  double min = jd_document_get_salary_min (document);
  double max = jd_document_get_salary_max (document);
  const char *currency = jd_document_get_salary_currency (document);

  /* An empty baseSalary misleads; none is better. */
  if (min <= 0 && max <= 0)
    return;

  if (!has_text (currency))
    {
      _jd_export_add_warning (warnings,
                              _("The salary has no currency, so it is left out of the structured "
                                "data; choose a currency to include it"));
      return;
    }

  json_builder_set_member_name (builder, "baseSalary");
  begin_typed_object (builder, "MonetaryAmount");
  add_string (builder, "currency", currency);
  json_builder_set_member_name (builder, "value");
  begin_typed_object (builder, "QuantitativeValue");
  if (min > 0 && max > 0 && min != max)
    {
      add_amount (builder, "minValue", MIN (min, max));
      add_amount (builder, "maxValue", MAX (min, max));
    }
  else
    add_amount (builder, min > 0 ? "value" : "maxValue", min > 0 ? min : max);
  add_string (builder, "unitText", jd_salary_unit_to_string (jd_document_get_salary_unit (document)));
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
add_employment_types (JsonBuilder      *builder,
                      JdEmploymentType  types)
{
  guint n = 0;

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (types & (1u << i))
      n++;

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "employmentType");
  if (n > 1)
    json_builder_begin_array (builder);
  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (types & (1u << i))
      json_builder_add_string_value (builder, jd_employment_type_to_string ((JdEmploymentType)(1u << i)));
  if (n > 1)
    json_builder_end_array (builder);
}

static gboolean
is_iso_date (const char *date)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *midnight = NULL;

  if (date == NULL)
    return FALSE;

  if (strlen (date) == 10)
    {
      midnight = g_strconcat (date, "T00:00:00Z", NULL);
      date = midnight;
    }

  parsed = g_date_time_new_from_iso8601 (date, NULL);
  return parsed != NULL;
}

/**
 * _jd_export_jsonld_build:
 *
 * Returns: (transfer full): the JobPosting of the view
 */
JsonNode *
_jd_export_jsonld_build (JdExportView *view,
                         GPtrArray    *warnings)
{
  JdDocument *document = view->document;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *description = NULL;
  const char *title = view->title;
  const char *company_url = view->company_url;
  const char *apply_href = view->apply_href;
  const char *company = jd_document_get_company_name (document);
  const char *posted = jd_document_get_date_posted (document);
  const char *through = jd_document_get_valid_through (document);
  const char *reference = jd_document_get_reference (document);
  const char *occupation = jd_document_get_occupation_code (document);
  const char * const *countries = jd_document_get_applicant_locations (document);
  GPtrArray *locations = jd_document_get_locations (document);
  gboolean remote = jd_document_get_workplace_type (document) == JD_WORKPLACE_REMOTE;

  json_builder_begin_object (builder);
  add_string (builder, "@context", "https://schema.org/");
  add_string (builder, "@type", "JobPosting");

  if (title[0] != '\0')
    add_string (builder, "title", title);
  else
    _jd_export_add_warning (warnings, _("The job description has no title; search engines require one"));

  description = _jd_export_html_sections (view);
  if (description[0] != '\0')
    add_string (builder, "description", description);
  else
    _jd_export_add_warning (warnings,
                            _("The job description has no text; search engines require a description"));

  if (has_text (posted))
    {
      add_string (builder, "datePosted", posted);
      if (!is_iso_date (posted))
        _jd_export_add_warning (warnings,
                                _("The date posted is not a date such as 2026-11-27; search engines "
                                  "will not read it"));
    }
  else
    _jd_export_add_warning (warnings,
                            _("The job description has no date posted; search engines require one"));

  if (has_text (through))
    {
      add_string (builder, "validThrough", through);
      if (has_text (posted) && strcmp (through, posted) < 0)
        _jd_export_add_warning (warnings,
                                _("The closing date is before the date posted; search engines "
                                  "reject such postings"));
    }

  add_employment_types (builder, jd_document_get_employment_types (document));

  if (has_text (company))
    {
      json_builder_set_member_name (builder, "hiringOrganization");
      begin_typed_object (builder, "Organization");
      add_string (builder, "name", company);
      if (company_url != NULL)
        add_string (builder, "sameAs", company_url);
      json_builder_end_object (builder);
    }
  else
    _jd_export_add_warning (warnings,
                            _("The job description names no company; search engines require the "
                              "hiring organization"));

  if (locations != NULL && locations->len > 0)
    add_locations (builder, locations, warnings);
  else if (!remote)
    _jd_export_add_warning (warnings,
                            _("The job description has no location; search engines require one "
                              "unless the job is fully remote"));

  if (remote)
    {
      add_string (builder, "jobLocationType", "TELECOMMUTE");
      if (countries != NULL && countries[0] != NULL)
        {
          json_builder_set_member_name (builder, "applicantLocationRequirements");
          json_builder_begin_array (builder);
          for (guint i = 0; countries[i] != NULL; i++)
            {
              begin_typed_object (builder, "Country");
              add_string (builder, "name", countries[i]);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      else
        _jd_export_add_warning (warnings,
                                _("The remote job does not say in which countries applicants may "
                                  "live; search engines require it for remote jobs"));
    }

  add_salary (builder, document, warnings);

  /* A static page has no application form of its own. */
  json_builder_set_member_name (builder, "directApply");
  json_builder_add_boolean_value (builder, FALSE);

  if (apply_href != NULL && g_str_has_prefix (apply_href, "mailto:"))
    {
      json_builder_set_member_name (builder, "applicationContact");
      begin_typed_object (builder, "ContactPoint");
      add_string (builder, "email", apply_href + strlen ("mailto:"));
      json_builder_end_object (builder);
    }
  else if (apply_href != NULL)
    add_string (builder, "url", apply_href);

  if (has_text (reference))
    {
      json_builder_set_member_name (builder, "identifier");
      begin_typed_object (builder, "PropertyValue");
      add_optional_string (builder, "name", company);
      add_string (builder, "value", reference);
      json_builder_end_object (builder);
    }

  if (has_text (occupation))
    {
      json_builder_set_member_name (builder, "occupationalCategory");
      begin_typed_object (builder, "CategoryCode");
      add_string (builder, "codeValue", occupation);
      json_builder_set_member_name (builder, "inCodeSet");
      begin_typed_object (builder, "CategoryCodeSet");
      add_string (builder, "name", "ISCO-08");
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* JSON inside <script> must not contain "</script>" or "<!--": every <,
 * > and & of the strings becomes a \u escape, which JSON parsers read
 * back as the same character. Outside strings JSON has none of them. */
char *
_jd_export_jsonld_escape_for_html (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));

  for (const char *p = json; *p; p++)
    {
      switch (*p)
        {
        case '<':
          g_string_append (out, "\\u003c");
          break;
        case '>':
          g_string_append (out, "\\u003e");
          break;
        case '&':
          g_string_append (out, "\\u0026");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* The JobPosting as JSON-LD, its description the HTML of the sections. */
GBytes *
_jd_export_write_jsonld (JdExportView           *view,
                         const JdExportOptions  *options,
                         GPtrArray              *warnings,
                         GError                **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  char *out;

  root = _jd_export_jsonld_build (view, warnings);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);

  out = g_strconcat (text, "\n", NULL);

  return g_bytes_new_take (out, strlen (out));
}
