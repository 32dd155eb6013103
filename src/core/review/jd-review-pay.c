/* jd-review-pay.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-review-private.h"

/* Pay transparency: where the law asks for the pay, or its range, in job
 * ads (data/review/pay-transparency.txt, one row per jurisdiction with
 * its source), a document without it has an error; elsewhere a hint,
 * since ads with pay get more applicants. The day that counts is the
 * date posted, or today. */

typedef struct
{
  char   *id;
  char   *country;
  char  **regions;   /* folded */
  char  **cities;    /* folded */
  char   *from;
  guint   employees;
  gboolean range;
  char   *law;
} Jurisdiction;

static char **
folded_names (const char *field)
{
  g_auto(GStrv) names = g_strsplit (field, ",", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (names[i][0] != '\0')
        g_ptr_array_add (out, _jd_fold (names[i]));
    }

  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (out, FALSE);
}

/* Returns: (transfer none) (element-type Jurisdiction): the table, read
 * once */
static GPtrArray *
get_jurisdictions (void)
{
  static GPtrArray *table;

  if (g_once_init_enter (&table))
    {
      GPtrArray *rows = g_ptr_array_new ();
      g_autoptr(GBytes) bytes = _jd_review_data_lookup ("pay-transparency.txt", NULL);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert (bytes != NULL);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      lines = g_strsplit (text, "\n", -1);

      for (guint n = 0; lines[n] != NULL; n++)
        {
          g_auto(GStrv) fields = NULL;
          Jurisdiction *row;

          g_strstrip (lines[n]);
          if (lines[n][0] == '\0' || lines[n][0] == '#')
            continue;

          fields = g_strsplit (lines[n], "|", -1);
          if (g_strv_length (fields) != 9)
            {
              g_warning ("pay-transparency.txt:%u: a row needs 9 fields", n + 1);
              continue;
            }
          for (guint f = 0; fields[f] != NULL; f++)
            g_strstrip (fields[f]);

          row = g_new0 (Jurisdiction, 1);
          row->id = g_strdup (fields[0]);
          row->country = g_strdup (fields[1]);
          row->regions = folded_names (fields[2]);
          row->cities = folded_names (fields[3]);
          row->from = g_strdup (fields[4]);
          row->employees = (guint)g_ascii_strtoull (fields[5], NULL, 10);
          row->range = strcmp (fields[6], "range") == 0;
          row->law = g_strdup (fields[7]);
          g_ptr_array_add (rows, row);
        }

      g_once_init_leave (&table, rows);
    }

  return table;
}

static gboolean
name_matches (char       **names,
              const char  *value)
{
  g_autofree char *folded = NULL;

  if (names[0] == NULL)
    return TRUE;
  if (value == NULL)
    return FALSE;

  folded = _jd_fold (value);
  g_strstrip (folded);
  return g_strv_contains ((const char * const *)names, folded);
}

/* The row that applies to @location, if any: the earliest in force. */
static const Jurisdiction *
find_for_location (const JdLocation *location)
{
  GPtrArray *table = get_jurisdictions ();
  const Jurisdiction *found = NULL;

  for (guint i = 0; i < table->len; i++)
    {
      const Jurisdiction *row = g_ptr_array_index (table, i);

      if (g_strcmp0 (row->country, location->country) != 0 ||
          !name_matches (row->regions, location->region) ||
          !name_matches (row->cities, location->city))
        continue;

      if (found == NULL || strcmp (row->from, found->from) < 0)
        found = row;
    }

  return found;
}

/* A remote job open to people in @country: any of its rows. "EU" stands
 * for every member state. */
static const Jurisdiction *
find_for_country (const char *country)
{
  GPtrArray *table = get_jurisdictions ();
  const Jurisdiction *found = NULL;
  g_autofree char *code = g_ascii_strup (country, -1);

  g_strstrip (code);
  for (guint i = 0; i < table->len; i++)
    {
      const Jurisdiction *row = g_ptr_array_index (table, i);
      gboolean matches = strcmp (row->country, code) == 0 ||
                         (strcmp (code, "EU") == 0 && g_str_has_prefix (row->id, "EU-"));

      if (matches && (found == NULL || strcmp (row->from, found->from) < 0))
        found = row;
    }

  return found;
}

static char *
describe_location (const JdLocation *location)
{
  const char *parts[] = { location->city, location->region, location->country };
  g_autoptr(GPtrArray) named = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_ptr_array_add (named, (char *)parts[i]);
  g_ptr_array_add (named, NULL);

  return g_strjoinv (", ", (char **)named->pdata);
}

/* The day the ad speaks for: the date posted, or today. */
static char *
reference_day (JdDocument *document)
{
  const char *posted = jd_document_get_date_posted (document);
  g_autoptr(GDateTime) now = NULL;

  if (posted != NULL && strlen (posted) >= 10 && posted[4] == '-' && posted[7] == '-')
    return g_strndup (posted, 10);

  now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/* Pay stated in the metadata, or in figures in a salary section. */
static gboolean
states_pay (JdDocument *document)
{
  if (jd_document_get_salary_min (document) > 0 || jd_document_get_salary_max (document) > 0)
    return TRUE;

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      if (jd_section_get_kind (section) != JD_SECTION_SALARY)
        continue;

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          const char *text = jd_block_get_text (jd_section_get_block (section, j));

          if (text != NULL && strpbrk (text, "0123456789") != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
states_range (JdDocument *document)
{
  double min = jd_document_get_salary_min (document);
  double max = jd_document_get_salary_max (document);

  return min > 0 && max > 0;
}

static void
report (JdReviewRun        *run,
        const Jurisdiction *row,
        const char         *where,
        const char         *today)
{
  g_autofree char *message = NULL;
  g_autofree char *size = NULL;
  gboolean pay = states_pay (run->document);
  JdPlace place = { -1, -1, -1, -1, "salary", "salary" };

  if (row->employees > 1)
    /* Translators: completes the messages about pay transparency laws;
     * the placeholder is a number of employees. */
    size = g_strdup_printf (ngettext (" It applies to employers with %u employee or more.",
                                      " It applies to employers with %u employees or more.",
                                      row->employees),
                            row->employees);

  if (strcmp (row->from, today) > 0)
    {
      if (pay)
        return;
      /* Translators: the first placeholder is a place, such as “Berlin,
       * DE”, the second a law, such as “Directive (EU) 2023/970, art. 5”,
       * the third a date, such as 2026-06-07. */
      message = g_strdup_printf (_("Job ads for %s must state the pay or its range under %s "
                                   "from %s; say it now to be ready.%s"),
                                 where, row->law, row->from, size != NULL ? size : "");
      _jd_review_add_finding (run, "pay-transparency.upcoming", message, &place, NULL, NULL);
    }
  else if (!pay)
    {
      /* Translators: the first placeholder is a place, such as “Denver,
       * CO, US”, the second a law, such as “C.R.S. § 8-5-201”. */
      message = g_strdup_printf (row->range
                                 ? _("Job ads for %s must state the pay range, a minimum and a "
                                     "maximum (%s).%s")
                                 : _("Job ads for %s must state the starting pay or its range "
                                     "(%s).%s"),
                                 where, row->law, size != NULL ? size : "");
      _jd_review_add_finding (run, "pay-transparency.required", message, &place, NULL, NULL);
    }
  else if (row->range && !states_range (run->document))
    {
      message = g_strdup_printf (_("Job ads for %s must state the pay range, a minimum and a "
                                   "maximum (%s).%s"),
                                 where, row->law, size != NULL ? size : "");
      _jd_review_add_finding (run, "pay-transparency.range", message, &place, NULL, NULL);
    }
}

void
_jd_review_check_pay (JdReviewRun *run)
{
  JdDocument *document = run->document;
  GPtrArray *locations = jd_document_get_locations (document);
  const char * const *countries = jd_document_get_applicant_locations (document);
  g_autofree char *today = reference_day (document);
  const Jurisdiction *row = NULL;
  g_autofree char *where = NULL;

  for (guint i = 0; row == NULL && i < locations->len; i++)
    {
      const JdLocation *location = g_ptr_array_index (locations, i);

      row = find_for_location (location);
      if (row != NULL)
        where = describe_location (location);
    }

  for (guint i = 0; row == NULL && countries != NULL && countries[i] != NULL; i++)
    {
      row = find_for_country (countries[i]);
      if (row != NULL)
        where = g_strdup (countries[i]);
    }

  if (row != NULL)
    report (run, row, where, today);
  else if (!states_pay (document))
    {
      JdPlace place = { -1, -1, -1, -1, "salary", "salary" };

      _jd_review_add_finding (run, "pay-transparency.recommended",
                              _("The ad does not state the pay. Ads with pay get more applicants, "
                                "and more and more places require it."),
                              &place, NULL, NULL);
    }
}
