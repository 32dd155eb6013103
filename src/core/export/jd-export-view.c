/* jd-export-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "jd-amount.h"
#include "jd-export-view-private.h"
#include "jd-localized.h"
#include "jd-util-private.h"

/* The view every format renders: the facts under the title (company,
 * location, workplace, employment type, salary) and the details written
 * in the document's language with the terms, the links checked once, and
 * the sections with their headings and the blocks that have text.
 * Numbers and dates follow the conventions of that language, from the
 * table below rather than the C library, whose locales may not be
 * installed and follow the interface anyway. */

static void
fact_free (JdExportFact *fact)
{
  g_free (fact->text);
  g_free (fact->href);
  g_free (fact);
}

static JdExportFact *
add_fact (GPtrArray  *facts,
          const char *class_name,
          const char *label,
          char       *text)
{
  JdExportFact *fact = g_new0 (JdExportFact, 1);

  fact->class_name = class_name;
  fact->label = label;
  fact->text = text;
  g_ptr_array_add (facts, fact);

  return fact;
}

typedef struct
{
  const char *lang;
  gboolean    symbol_first;
} NumberFormat;

/* Where each language of the library puts the currency symbol (CLDR);
 * jd_amount_format() writes the digits. */
static const NumberFormat number_formats[] = {
  { "en", TRUE },
  { "de", FALSE },
  { "el", FALSE },
  { "es", FALSE },
  { "fr", FALSE },
  { "pt", FALSE },
};

static const NumberFormat *
lookup_number_format (const char *lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_formats); i++)
    if (g_strcmp0 (number_formats[i].lang, lang) == 0)
      return &number_formats[i];

  return &number_formats[0];
}

static const struct {
  const char *code;
  const char *symbol;
} currency_symbols[] = {
  { "EUR", "€" },
  { "USD", "$" },
  { "GBP", "£" },
  { "JPY", "¥" },
  { "INR", "₹" },
  { "BRL", "R$" },
};

/* 55000 in English with EUR is "€55,000"; in German "55.000 €". A
 * currency without a symbol here is written as its ISO 4217 code. */
static char *
format_amount (double      amount,
               const char *currency,
               const char *lang)
{
  const NumberFormat *format = lookup_number_format (lang);
  const char *symbol = NULL;
  g_autofree char *digits = jd_amount_format (amount, lang);
  GString *number = g_string_new (amount < 0 ? "-" : NULL);

  g_string_append (number, digits);

  if (currency == NULL || currency[0] == '\0')
    return g_string_free (number, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_ascii_strcasecmp (currency_symbols[i].code, currency) == 0)
      symbol = currency_symbols[i].symbol;

  if (symbol == NULL)
    {
      /* A code is a word: it always stands apart from the number. */
      if (format->symbol_first)
        g_string_prepend (number, "\u00a0");
      else
        g_string_append (number, "\u00a0");
      symbol = currency;
    }
  else if (!format->symbol_first)
    g_string_append (number, "\u00a0");

  if (format->symbol_first)
    g_string_prepend (number, symbol);
  else
    g_string_append (number, symbol);

  return g_string_free (number, FALSE);
}

/* "2026-11-27" is "2026-11-27" in English (no reader mistakes the order of
 * that one), "27.11.2026" in German and "27/11/2026" in the others. A date
 * that is not ISO 8601 is written as it is. */
static char *
format_date (const char *iso_date,
             const char *lang)
{
  guint year, month, day;
  char rest;

  if (iso_date == NULL)
    return NULL;

  if (sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &rest) < 3 ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return g_strdup (iso_date);

  if (g_strcmp0 (lang, "en") == 0)
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  if (g_strcmp0 (lang, "de") == 0)
    return g_strdup_printf ("%02u.%02u.%04u", day, month, year);

  return g_strdup_printf ("%02u/%02u/%04u", day, month, year);
}

static char *
format_location (const JdLocation *location)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const char *fields[] = { location->city, location->region, location->country };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL && fields[i][0] != '\0')
      g_strv_builder_add (parts, fields[i]);

  strv = g_strv_builder_end (parts);
  return g_strjoinv (", ", strv);
}

static const char * const employment_terms[JD_EMPLOYMENT_N_TYPES] = {
  "employment-full-time", "employment-part-time", "employment-contractor",
  "employment-temporary", "employment-intern", "employment-volunteer",
  "employment-per-diem", "employment-other",
};

static const char * const salary_unit_terms[] = {
  [JD_SALARY_UNIT_YEAR] = "salary-per-year",
  [JD_SALARY_UNIT_MONTH] = "salary-per-month",
  [JD_SALARY_UNIT_WEEK] = "salary-per-week",
  [JD_SALARY_UNIT_DAY] = "salary-per-day",
  [JD_SALARY_UNIT_HOUR] = "salary-per-hour",
};

static char *
format_salary (JdDocument *document,
               JdTerms    *terms,
               const char *lang)
{
  double min = jd_document_get_salary_min (document);
  double max = jd_document_get_salary_max (document);
  const char *currency = jd_document_get_salary_currency (document);
  JdSalaryUnit unit = jd_document_get_salary_unit (document);
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *amount = NULL;

  if (min <= 0 && max <= 0)
    return NULL;

  if (min > 0)
    min_text = format_amount (min, currency, lang);
  if (max > 0)
    max_text = format_amount (max, currency, lang);

  if (min > 0 && max > 0 && min != max)
    amount = jd_terms_format (terms, "salary-range", lang, min_text, max_text, NULL);
  else if (min > 0 && max > 0)
    amount = g_strdup (min_text);
  else if (min > 0)
    amount = jd_terms_format (terms, "salary-from", lang, min_text, NULL);
  else
    amount = jd_terms_format (terms, "salary-up-to", lang, max_text, NULL);

  if (unit >= G_N_ELEMENTS (salary_unit_terms))
    return g_steal_pointer (&amount);

  return g_strdup_printf ("%s %s", amount, jd_terms_get (terms, salary_unit_terms[unit], lang));
}

static char *
format_workplace (JdDocument *document,
                  JdTerms    *terms,
                  const char *lang)
{
  const char * const *countries = jd_document_get_applicant_locations (document);
  g_autofree char *list = NULL;

  switch (jd_document_get_workplace_type (document))
    {
    case JD_WORKPLACE_ON_SITE:
      return g_strdup (jd_terms_get (terms, "workplace-on-site", lang));
    case JD_WORKPLACE_HYBRID:
      return g_strdup (jd_terms_get (terms, "workplace-hybrid", lang));
    case JD_WORKPLACE_REMOTE:
      if (countries == NULL || countries[0] == NULL)
        return g_strdup (jd_terms_get (terms, "workplace-remote", lang));
      list = g_strjoinv (", ", (char **)countries);
      return jd_terms_format (terms, "workplace-remote-from", lang, list, NULL);
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
format_employment (JdDocument *document,
                   JdTerms    *terms,
                   const char *lang)
{
  JdEmploymentType types = jd_document_get_employment_types (document);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (types & (1u << i))
      g_strv_builder_add (builder, jd_terms_get (terms, employment_terms[i], lang));

  names = g_strv_builder_end (builder);
  return names[0] != NULL ? g_strjoinv (", ", names) : NULL;
}

/* The line under the title: company · location · workplace · employment
 * type · salary, each left out where the document does not say it. The
 * company links to its web site. */
static GPtrArray *
dup_meta_facts (JdExportView *view)
{
  GPtrArray *facts = g_ptr_array_new_with_free_func ((GDestroyNotify)fact_free);
  GPtrArray *locations = jd_document_get_locations (view->document);
  const char *company = jd_document_get_company_name (view->document);
  JdTerms *terms = view->terms;
  const char *lang = view->lang;
  char *text;

  if (!_jd_is_blank (company))
    {
      JdExportFact *fact = add_fact (facts, "jd-company", NULL, g_strdup (company));

      fact->href = g_strdup (view->company_url);
    }

  if (locations != NULL && locations->len > 0)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;

      for (guint i = 0; i < locations->len; i++)
        {
          g_autofree char *place = format_location (g_ptr_array_index (locations, i));

          g_strv_builder_add (builder, place);
        }
      strv = g_strv_builder_end (builder);
      add_fact (facts, "jd-location", jd_terms_get (terms, "label-location", lang),
                g_strjoinv ("; ", strv));
    }

  add_fact (facts, "jd-workplace", jd_terms_get (terms, "label-workplace", lang),
            format_workplace (view->document, terms, lang));

  if ((text = format_employment (view->document, terms, lang)) != NULL)
    add_fact (facts, "jd-employment", jd_terms_get (terms, "label-employment-type", lang), text);

  if ((text = format_salary (view->document, terms, lang)) != NULL)
    add_fact (facts, "jd-salary", jd_terms_get (terms, "label-salary", lang), text);

  return facts;
}

/* Reference, date posted and closing date, where the document has them. */
static GPtrArray *
dup_detail_facts (JdExportView *view)
{
  GPtrArray *facts = g_ptr_array_new_with_free_func ((GDestroyNotify)fact_free);
  const char *reference = jd_document_get_reference (view->document);
  const char *posted = jd_document_get_date_posted (view->document);
  const char *through = jd_document_get_valid_through (view->document);
  JdTerms *terms = view->terms;
  const char *lang = view->lang;

  if (reference != NULL && reference[0] != '\0')
    add_fact (facts, "jd-reference", jd_terms_get (terms, "label-reference", lang),
              g_strdup (reference));
  if (posted != NULL && posted[0] != '\0')
    add_fact (facts, "jd-date-posted", jd_terms_get (terms, "label-date-posted", lang),
              format_date (posted, lang));
  if (through != NULL && through[0] != '\0')
    add_fact (facts, "jd-valid-through", jd_terms_get (terms, "label-valid-through", lang),
              format_date (through, lang));

  return facts;
}

/* The BCP 47 tag of the document as it is, "pt-BR" say; anything that is
 * not a tag becomes the language alone. */
static char *
dup_language_tag (JdDocument *document,
                  const char *lang)
{
  const char *tag = jd_document_get_language (document);

  if (tag == NULL || tag[0] == '\0' || !g_ascii_isalpha (tag[0]))
    return g_strdup (lang);

  for (const char *p = tag; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return g_strdup (lang);

  return g_strdup (tag);
}

/* A link of the document, checked; %NULL for none. An unsafe one fails
 * the view, or with %JD_EXPORT_VIEW_DROP_UNSAFE_LINKS is left out. */
static gboolean
check_link (const char         *link,
            JdExportViewFlags   flags,
            char              **checked,
            GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  *checked = NULL;
  if (_jd_is_blank (link))
    return TRUE;

  *checked = jd_export_check_link (link, &local_error);
  if (*checked != NULL)
    return TRUE;

  if (flags & JD_EXPORT_VIEW_DROP_UNSAFE_LINKS)
    {
      g_debug ("%s", local_error->message);
      return TRUE;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
section_free (JdExportSection *section)
{
  g_object_unref (section->section);
  g_ptr_array_unref (section->blocks);
  g_free (section);
}

static GPtrArray *
dup_sections (JdExportView *view)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify)section_free);
  guint n_sections = jd_document_get_n_sections (view->document);

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (view->document, i);
      JdExportSection *out;
      guint n_blocks;

      if (!jd_section_has_text (section))
        continue;

      out = g_new0 (JdExportSection, 1);
      out->section = g_object_ref (section);
      out->heading = jd_terms_get_section_heading (view->terms, section, view->lang);
      out->blocks = g_ptr_array_new_with_free_func (g_object_unref);

      n_blocks = jd_section_get_n_blocks (section);
      for (guint j = 0; j < n_blocks; j++)
        {
          JdBlock *block = jd_section_get_block (section, j);

          if (!_jd_is_blank (jd_block_get_text (block)))
            g_ptr_array_add (out->blocks, g_object_ref (block));
        }

      g_ptr_array_add (sections, out);
    }

  return sections;
}

static void
view_clear (JdExportView *view)
{
  g_clear_object (&view->document);
  g_clear_object (&view->terms);
  g_clear_pointer (&view->lang, g_free);
  g_clear_pointer (&view->tag, g_free);
  g_clear_pointer (&view->title, g_free);
  g_clear_pointer (&view->meta, g_ptr_array_unref);
  g_clear_pointer (&view->details, g_ptr_array_unref);
  g_clear_pointer (&view->company_url, g_free);
  g_clear_pointer (&view->apply_href, g_free);
  g_clear_pointer (&view->apply_text, g_free);
  g_clear_pointer (&view->sections, g_ptr_array_unref);
}

/**
 * _jd_export_view_new:
 * @flags: what to do with unsafe links
 *
 * Returns: (transfer full) (nullable): the view of @document, or %NULL
 *   with %JD_EXPORT_ERROR_UNSAFE_LINK when a link of the document (the
 *   company's web site or the apply link) is unsafe
 */
JdExportView *
_jd_export_view_new (JdDocument         *document,
                     JdTerms            *terms,
                     JdExportViewFlags   flags,
                     GError            **error)
{
  g_autoptr(JdExportView) view = NULL;
  const char *title;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_TERMS (terms), NULL);

  view = g_atomic_rc_box_new0 (JdExportView);
  view->document = g_object_ref (document);
  view->terms = g_object_ref (terms);

  if (!check_link (jd_document_get_company_url (document), flags, &view->company_url, error) ||
      !check_link (jd_document_get_apply_to (document), flags, &view->apply_href, error))
    return NULL;

  if (view->apply_href != NULL)
    view->apply_text = g_strdup (g_str_has_prefix (view->apply_href, "mailto:") ?
                                 view->apply_href + strlen ("mailto:") : view->apply_href);

  view->lang = jd_language_normalize (jd_document_get_language (document));
  view->tag = dup_language_tag (document, view->lang);

  title = jd_document_get_title (document);
  view->title = g_strstrip (g_strdup (title ? title : ""));
  view->heading = view->title[0] ? view->title : jd_terms_get (terms, "untitled", view->lang);

  view->meta = dup_meta_facts (view);
  view->details = dup_detail_facts (view);
  view->sections = dup_sections (view);

  return g_steal_pointer (&view);
}

JdExportView *
_jd_export_view_ref (JdExportView *view)
{
  return g_atomic_rc_box_acquire (view);
}

void
_jd_export_view_unref (JdExportView *view)
{
  g_atomic_rc_box_release_full (view, (GDestroyNotify)view_clear);
}

/* Returns: the term @id in the language of the view. */
const char *
_jd_export_view_get_term (JdExportView *view,
                          const char   *id)
{
  return jd_terms_get (view->terms, id, view->lang);
}

/* "Salary: €55,000": a label and its value as the language writes them;
 * an empty @value leaves the label with its punctuation. */
char *
_jd_export_view_label_value (JdExportView *view,
                             const char   *label,
                             const char   *value)
{
  return jd_terms_format (view->terms, "label-value", view->lang, label, value, NULL);
}

/* "Reference: A-12 · Posted: 2026-11-27" @with_labels; without, only the
 * texts. */
char *
_jd_export_view_join_facts (JdExportView *view,
                            GPtrArray    *facts,
                            gboolean      with_labels)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);

      if (i > 0)
        g_string_append (line, JD_EXPORT_FACT_SEPARATOR);
      if (with_labels && fact->label != NULL)
        {
          g_autofree char *pair = _jd_export_view_label_value (view, fact->label, fact->text);

          g_string_append (line, pair);
        }
      else
        g_string_append (line, fact->text);
    }

  return g_string_free (line, FALSE);
}

void
_jd_export_add_warning (GPtrArray  *warnings,
                        const char *message)
{
  if (warnings != NULL)
    g_ptr_array_add (warnings, g_strdup (message));
}
