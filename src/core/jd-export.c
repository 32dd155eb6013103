/* jd-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jd-export-private.h"
#include "jd-localized.h"
#include "jd-util-private.h"

/* What every exporter shares: the formats, the check of links, and the
 * facts under the title (company, location, workplace, employment type,
 * salary) written in the document's language with the library's terms.
 * Numbers and dates follow the conventions of that language too, from the
 * table below rather than the C library, whose locales may not be
 * installed and follow the interface anyway. */

G_DEFINE_QUARK (jd-export-error-quark, jd_export_error)

static const struct {
  const char *name;
  const char *extension;
  const char *mime_type;
} formats[JD_EXPORT_N_FORMATS] = {
  [JD_EXPORT_FORMAT_HTML] = { "html", "html", "text/html" },
  [JD_EXPORT_FORMAT_HTML_FRAGMENT] = { "html-fragment", "html", "text/html" },
  [JD_EXPORT_FORMAT_PDF] = { "pdf", "pdf", "application/pdf" },
  [JD_EXPORT_FORMAT_MARKDOWN] = { "md", "md", "text/markdown" },
  [JD_EXPORT_FORMAT_TEXT] = { "txt", "txt", "text/plain" },
  [JD_EXPORT_FORMAT_JSONLD] = { "jsonld", "jsonld", "application/ld+json" },
};

gboolean
jd_export_format_from_string (const char     *str,
                              JdExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < JD_EXPORT_N_FORMATS; i++)
    if (g_ascii_strcasecmp (str, formats[i].name) == 0)
      {
        *format = (JdExportFormat)i;
        return TRUE;
      }

  /* The names people type as often as ours. */
  if (g_ascii_strcasecmp (str, "markdown") == 0)
    *format = JD_EXPORT_FORMAT_MARKDOWN;
  else if (g_ascii_strcasecmp (str, "text") == 0)
    *format = JD_EXPORT_FORMAT_TEXT;
  else if (g_ascii_strcasecmp (str, "json-ld") == 0)
    *format = JD_EXPORT_FORMAT_JSONLD;
  else
    return FALSE;

  return TRUE;
}

const char *
jd_export_format_to_string (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return formats[format].name;
}

/* Returns: the file name extension of the format, without the dot. */
const char *
jd_export_format_get_extension (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return formats[format].extension;
}

const char *
jd_export_format_get_mime_type (JdExportFormat format)
{
  g_return_val_if_fail (format < JD_EXPORT_N_FORMATS, NULL);
  return formats[format].mime_type;
}

/**
 * jd_export_to_bytes:
 * @format: the format to export to
 * @paper: the paper size, for %JD_EXPORT_FORMAT_PDF only
 * @warnings: (nullable) (element-type utf8): an array with g_free() as its
 *   free function, to which translated warnings are appended
 *
 * Exports @document in @format. HTML exports include the schema.org
 * JobPosting; see the function of each format for what it writes.
 *
 * Returns: (transfer full) (nullable): the bytes of the export, or %NULL
 *   with @error set
 */
GBytes *
jd_export_to_bytes (JdDocument      *document,
                    JdLibrary       *library,
                    JdExportFormat   format,
                    JdPaperSize      paper,
                    GPtrArray       *warnings,
                    GError         **error)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);

  switch (format)
    {
    case JD_EXPORT_FORMAT_HTML:
      return jd_export_html (document, library, JD_EXPORT_HTML_NONE, warnings, error);
    case JD_EXPORT_FORMAT_HTML_FRAGMENT:
      return jd_export_html_fragment (document, library, warnings, error);
    case JD_EXPORT_FORMAT_PDF:
      return jd_export_pdf (document, library, paper, warnings, error);
    case JD_EXPORT_FORMAT_MARKDOWN:
      return jd_export_markdown (document, library, warnings, error);
    case JD_EXPORT_FORMAT_TEXT:
      return jd_export_text (document, library, warnings, error);
    case JD_EXPORT_FORMAT_JSONLD:
      return jd_export_jsonld (document, library, warnings, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
_jd_export_add_warning (GPtrArray  *warnings,
                        const char *message)
{
  if (warnings != NULL)
    g_ptr_array_add (warnings, g_strdup (message));
}

/* A plain email address: something@domain.tld, with nothing in it that
 * could end a URL or an attribute or add to a mailto: link. */
static gboolean
is_email (const char *str)
{
  const char *at = strchr (str, '@');
  const char *dot;

  if (at == NULL || at == str || strchr (at + 1, '@') != NULL)
    return FALSE;

  /* Letters, digits and . + - _ only: "?", "&", "=" or "%" in a mailto:
   * link would add headers (cc, bcc, body) or escapes to the message. */
  for (const char *p = str; p < at; p++)
    if (!g_ascii_isalnum (*p) && strchr (".+-_", *p) == NULL && !((guchar)*p & 0x80))
      return FALSE;

  dot = strrchr (at + 1, '.');
  if (dot == NULL || dot == at + 1 || dot[1] == '\0')
    return FALSE;

  for (const char *p = at + 1; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && !((guchar)*p & 0x80))
      return FALSE;

  return TRUE;
}

/**
 * jd_export_check_link:
 * @link: a link of the document: the apply link or the company's web site
 *
 * Exports only carry links that are safe to click: http and https URLs
 * with a host, and email addresses, which become mailto: links. Anything
 * else, javascript:, data:, file: or a relative path, is refused.
 *
 * Returns: (transfer full) (nullable): the link to write, or %NULL with
 *   %JD_EXPORT_ERROR_UNSAFE_LINK
 */
char *
jd_export_check_link (const char  *link,
                      GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (link != NULL, NULL);

  stripped = g_strstrip (g_strdup (link));

  if (g_ascii_strncasecmp (stripped, "mailto:", 7) == 0 && is_email (stripped + 7))
    return g_strconcat ("mailto:", stripped + 7, NULL);

  if (is_email (stripped))
    return g_strconcat ("mailto:", stripped, NULL);

  uri = g_uri_parse (stripped, G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  if (uri != NULL &&
      (g_strcmp0 (g_uri_get_scheme (uri), "http") == 0 ||
       g_strcmp0 (g_uri_get_scheme (uri), "https") == 0) &&
      g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0' &&
      strpbrk (stripped, " \t\r\n\"'<>\\") == NULL)
    return g_uri_to_string (uri);

  g_set_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK,
               /* Translators: the placeholder is a link the user wrote in
                * the document, such as “javascript:alert(1)”. */
               _("The link “%s” cannot be exported: use a web address that starts with "
                 "https:// or an email address"), link);
  return NULL;
}

/* The language of the library's terms and of number formats: "pt" for
 * "pt-BR". */
char *
_jd_export_get_language (JdDocument *document)
{
  return jd_language_normalize (jd_document_get_language (document));
}

/* The BCP 47 tag of the document as it is, "pt-BR" say, for the lang of
 * HTML; anything that is not a tag becomes the language alone. */
char *
_jd_export_get_language_tag (JdDocument *document)
{
  const char *tag = jd_document_get_language (document);

  if (tag == NULL || tag[0] == '\0' || !g_ascii_isalpha (tag[0]))
    return _jd_export_get_language (document);

  for (const char *p = tag; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return _jd_export_get_language (document);

  return g_strdup (tag);
}

/* Returns: the title, or "" for a document without one. */
char *
_jd_export_dup_title (JdDocument *document)
{
  const char *title = jd_document_get_title (document);

  return g_strstrip (g_strdup (title ? title : ""));
}

void
_jd_export_fact_free (JdExportFact *fact)
{
  if (fact == NULL)
    return;

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
  const char *group;
  const char *decimal;
  gboolean    symbol_first;
} NumberFormat;

/* The conventions of CLDR for each language of the library. French groups
 * digits with a narrow no-break space; amounts never break across lines. */
static const NumberFormat number_formats[] = {
  { "en", ",", ".", TRUE },
  { "de", ".", ",", FALSE },
  { "el", ".", ",", FALSE },
  { "es", ".", ",", FALSE },
  { "fr", "\u202f", ",", FALSE },
  { "pt", ".", ",", FALSE },
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
  g_autofree char *digits = NULL;
  GString *number = g_string_new (NULL);
  double whole_part;
  double cents = round (modf (fabs (amount), &whole_part) * 100);
  guint64 whole = (guint64)whole_part;
  gsize len;

  if (cents >= 100)
    {
      whole++;
      cents = 0;
    }

  digits = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  len = strlen (digits);
  if (amount < 0)
    g_string_append_c (number, '-');
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (number, format->group);
      g_string_append_c (number, digits[i]);
    }
  if (cents > 0)
    g_string_append_printf (number, "%s%02u", format->decimal, (guint)cents);

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
               JdLibrary  *library,
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
    amount = jd_library_format_term (library, "salary-range", lang, min_text, max_text, NULL);
  else if (min > 0 && max > 0)
    amount = g_strdup (min_text);
  else if (min > 0)
    amount = jd_library_format_term (library, "salary-from", lang, min_text, NULL);
  else
    amount = jd_library_format_term (library, "salary-up-to", lang, max_text, NULL);

  if (unit >= G_N_ELEMENTS (salary_unit_terms))
    return g_steal_pointer (&amount);

  return g_strdup_printf ("%s %s", amount, jd_library_get_term (library, salary_unit_terms[unit], lang));
}

static char *
format_workplace (JdDocument *document,
                  JdLibrary  *library,
                  const char *lang)
{
  const char * const *countries = jd_document_get_applicant_locations (document);
  g_autofree char *list = NULL;

  switch (jd_document_get_workplace_type (document))
    {
    case JD_WORKPLACE_ON_SITE:
      return g_strdup (jd_library_get_term (library, "workplace-on-site", lang));
    case JD_WORKPLACE_HYBRID:
      return g_strdup (jd_library_get_term (library, "workplace-hybrid", lang));
    case JD_WORKPLACE_REMOTE:
      if (countries == NULL || countries[0] == NULL)
        return g_strdup (jd_library_get_term (library, "workplace-remote", lang));
      list = g_strjoinv (", ", (char **)countries);
      return jd_library_format_term (library, "workplace-remote-from", lang, list, NULL);
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
format_employment (JdDocument *document,
                   JdLibrary  *library,
                   const char *lang)
{
  JdEmploymentType types = jd_document_get_employment_types (document);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (types & (1u << i))
      g_strv_builder_add (builder, jd_library_get_term (library, employment_terms[i], lang));

  names = g_strv_builder_end (builder);
  return names[0] != NULL ? g_strjoinv (", ", names) : NULL;
}

/**
 * _jd_export_dup_meta_facts:
 *
 * The line under the title: company · location · workplace · employment
 * type · salary, each left out where the document does not say it. With
 * @with_links, the company links to its web site.
 *
 * Returns: (transfer full) (element-type JdExportFact) (nullable): the
 *   facts, or %NULL when the company's web site is not a safe link
 */
GPtrArray *
_jd_export_dup_meta_facts (JdDocument  *document,
                           JdLibrary   *library,
                           const char  *lang,
                           gboolean     with_links,
                           GError     **error)
{
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify)_jd_export_fact_free);
  GPtrArray *locations = jd_document_get_locations (document);
  const char *company = jd_document_get_company_name (document);
  const char *company_url = jd_document_get_company_url (document);
  char *text;

  if (!_jd_is_blank (company))
    {
      JdExportFact *fact = add_fact (facts, "jd-company", NULL, g_strdup (company));

      if (with_links && !_jd_is_blank (company_url))
        {
          fact->href = jd_export_check_link (company_url, error);
          if (fact->href == NULL)
            return NULL;
        }
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
      add_fact (facts, "jd-location", jd_library_get_term (library, "label-location", lang),
                g_strjoinv ("; ", strv));
    }

  add_fact (facts, "jd-workplace", jd_library_get_term (library, "label-workplace", lang),
            format_workplace (document, library, lang));

  if ((text = format_employment (document, library, lang)) != NULL)
    add_fact (facts, "jd-employment", jd_library_get_term (library, "label-employment-type", lang), text);

  if ((text = format_salary (document, library, lang)) != NULL)
    add_fact (facts, "jd-salary", jd_library_get_term (library, "label-salary", lang), text);

  return g_steal_pointer (&facts);
}

/* Returns: (transfer full) (element-type JdExportFact): reference, date
 * posted and closing date, where the document has them. */
GPtrArray *
_jd_export_dup_detail_facts (JdDocument *document,
                             JdLibrary  *library,
                             const char *lang)
{
  GPtrArray *facts = g_ptr_array_new_with_free_func ((GDestroyNotify)_jd_export_fact_free);
  const char *reference = jd_document_get_reference (document);
  const char *posted = jd_document_get_date_posted (document);
  const char *through = jd_document_get_valid_through (document);

  if (reference != NULL && reference[0] != '\0')
    add_fact (facts, "jd-reference", jd_library_get_term (library, "label-reference", lang),
              g_strdup (reference));
  if (posted != NULL && posted[0] != '\0')
    add_fact (facts, "jd-date-posted", jd_library_get_term (library, "label-date-posted", lang),
              format_date (posted, lang));
  if (through != NULL && through[0] != '\0')
    add_fact (facts, "jd-valid-through", jd_library_get_term (library, "label-valid-through", lang),
              format_date (through, lang));

  return facts;
}

/**
 * _jd_export_get_apply:
 * @href: (out) (optional): the checked link, or %NULL when there is none
 * @text: (out) (optional): what to show: the address or the URL
 *
 * Returns: %FALSE with @error when the document's apply link is unsafe
 */
gboolean
_jd_export_get_apply (JdDocument  *document,
                      char       **href,
                      char       **text,
                      GError     **error)
{
  const char *apply_to = jd_document_get_apply_to (document);
  g_autofree char *checked = NULL;

  if (href != NULL)
    *href = NULL;
  if (text != NULL)
    *text = NULL;

  if (_jd_is_blank (apply_to))
    return TRUE;

  checked = jd_export_check_link (apply_to, error);
  if (checked == NULL)
    return FALSE;

  if (text != NULL)
    *text = g_str_has_prefix (checked, "mailto:") ? g_strdup (checked + 7) : g_strdup (checked);
  if (href != NULL)
    *href = g_steal_pointer (&checked);

  return TRUE;
}

/* "Reference: A-12 · Posted: 2026-11-27" with a @library to write the
 * labels in @lang; without one, only the texts. */
char *
_jd_export_join_facts (GPtrArray  *facts,
                       JdLibrary  *library,
                       const char *lang)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);

      if (i > 0)
        g_string_append (line, JD_EXPORT_FACT_SEPARATOR);
      if (library != NULL && fact->label != NULL)
        {
          g_autofree char *pair = jd_library_format_term (library, "label-value", lang,
                                                          fact->label, fact->text, NULL);
          g_string_append (line, pair);
        }
      else
        g_string_append (line, fact->text);
    }

  return g_string_free (line, FALSE);
}
