/* jd-review-checks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-export-link.h"
#include "jd-find.h"
#include "jd-review-private.h"

/* Length and structure (Textio's and Paycor's findings: 300 to 700
 * words, about a third of them in bullets), and what job boards and
 * search engines need that the document lacks: the same conditions as
 * the warnings of the JSON-LD export (src/core/export/jd-export-jsonld.c),
 * so the review tells before an export does. */

#define MIN_WORDS 300
#define MAX_WORDS 700
#define MIN_RESPONSIBILITIES 5
#define MAX_RESPONSIBILITIES 10
#define MAX_REQUIREMENTS 8
/* In percent of the words of the blocks, over at least MIN_WORDS_FOR_SHARE. */
#define MIN_BULLET_SHARE 20
#define MAX_BULLET_SHARE 75
#define MIN_WORDS_FOR_SHARE 100

static guint
count_items (JdSection *section)
{
  guint n = 0;

  for (guint i = 0; i < jd_section_get_n_blocks (section); i++)
    {
      JdBlock *block = jd_section_get_block (section, i);

      if (jd_block_get_kind (block) == JD_BLOCK_ITEM && jd_block_count_words (block) > 0)
        n++;
    }

  return n;
}

static void
add_section_finding (JdReviewRun *run,
                     const char  *rule,
                     const char  *message,
                     guint        section)
{
  JdSection *s = jd_document_get_section (run->document, section);
  JdPlace place = { (int)section, -1, -1, -1, NULL, jd_section_kind_to_string (jd_section_get_kind (s)) };

  _jd_review_add_finding (run, rule, message, &place, NULL, NULL);
}

static void
check_lists (JdReviewRun *run)
{
  guint n_sections = jd_document_get_n_sections (run->document);

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (run->document, i);
      JdSectionKind kind = jd_section_get_kind (section);
      guint n = count_items (section);
      g_autofree char *message = NULL;

      if (kind == JD_SECTION_RESPONSIBILITIES && (n < MIN_RESPONSIBILITIES || n > MAX_RESPONSIBILITIES))
        {
          /* Translators: the first placeholder is a number of bullets, the
           * others the range that reads best, 5 and 10. */
          message = g_strdup_printf (ngettext ("The responsibilities have %u bullet; %u to %u give a clear picture of the job without overwhelming.",
                                               "The responsibilities have %u bullets; %u to %u give a clear picture of the job without overwhelming.",
                                               n),
                                     n, MIN_RESPONSIBILITIES, MAX_RESPONSIBILITIES);
          add_section_finding (run, "length.responsibilities", message, i);
        }
      else if (kind == JD_SECTION_REQUIREMENTS && n > MAX_REQUIREMENTS)
        {
          /* Translators: the first placeholder is a number of bullets,
           * the second the most that reads well, 8. */
          message = g_strdup_printf (ngettext ("The requirements have %u bullet; more than %u put off people who meet most of them. Move some to the nice-to-haves.",
                                               "The requirements have %u bullets; more than %u put off people who meet most of them. Move some to the nice-to-haves.",
                                               n),
                                     n, MAX_REQUIREMENTS);
          add_section_finding (run, "length.requirements", message, i);
        }
    }
}

static void
check_bullet_share (JdReviewRun *run)
{
  guint n_sections = jd_document_get_n_sections (run->document);
  guint in_bullets = 0;
  guint total = 0;
  guint share;
  g_autofree char *message = NULL;

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (run->document, i);

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);
          guint words = jd_block_count_words (block);

          total += words;
          if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
            in_bullets += words;
        }
    }

  if (total < MIN_WORDS_FOR_SHARE)
    return;

  share = (in_bullets * 100 + total / 2) / total;
  if (share >= MIN_BULLET_SHARE && share <= MAX_BULLET_SHARE)
    return;

  /* Translators: the placeholder is a percentage, followed by a percent
   * sign written as %%. */
  message = g_strdup_printf (share < MIN_BULLET_SHARE
                             ? _("Only %u%% of the text is in bullets; lists of duties and "
                                 "requirements are quicker to scan.")
                             : _("%u%% of the text is in bullets; a few sentences about the team "
                                 "and the work read better than lists alone."),
                             share);
  _jd_review_add_finding (run, "length.bullets", message, NULL, NULL, NULL);
}

void
_jd_review_check_length (JdReviewRun *run)
{
  guint words = jd_document_count_words (run->document);
  g_autofree char *message = NULL;

  if (words < MIN_WORDS)
    {
      /* Translators: the first placeholder is the number of words of the
       * ad, the others the range that works best, 300 and 700. */
      message = g_strdup_printf (ngettext ("The ad has %u word; ads of %u to %u words get the most applications.",
                                           "The ad has %u words; ads of %u to %u words get the most applications.",
                                           words),
                                 words, MIN_WORDS, MAX_WORDS);
      _jd_review_add_finding (run, "length.short", message, NULL, NULL, NULL);
    }
  else if (words > MAX_WORDS)
    {
      message = g_strdup_printf (ngettext ("The ad has %u word; ads of %u to %u words get the most applications.",
                                           "The ad has %u words; ads of %u to %u words get the most applications.",
                                           words),
                                 words, MIN_WORDS, MAX_WORDS);
      _jd_review_add_finding (run, "length.long", message, NULL, NULL, NULL);
    }

  check_lists (run);
  check_bullet_share (run);
}

static gboolean
has_text (const char *text)
{
  for (; text != NULL && *text; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;

  return FALSE;
}

static gboolean
is_iso_date (const char *date)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *midnight = NULL;

  if (strlen (date) == 10)
    date = midnight = g_strconcat (date, "T00:00:00Z", NULL);

  parsed = g_date_time_new_from_iso8601 (date, NULL);
  return parsed != NULL;
}

static void
add_field_finding (JdReviewRun *run,
                   const char  *rule,
                   const char  *field,
                   const char  *message)
{
  JdPlace place = { -1, -1, -1, -1, field, field };

  _jd_review_add_finding (run, rule, message, &place, NULL, NULL);
}

static gboolean
has_any_text (JdDocument *document)
{
  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        if (has_text (jd_block_get_text (jd_section_get_block (section, j))))
          return TRUE;
    }

  return FALSE;
}

static void
check_link (JdReviewRun *run,
            const char  *field,
            const char  *link)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *checked = NULL;

  if (!has_text (link))
    return;

  checked = jd_export_check_link (link, &error);
  if (checked == NULL)
    add_field_finding (run, "completeness.link", field, error->message);
}

static void
check_places (JdReviewRun *run)
{
  JdDocument *document = run->document;
  GPtrArray *locations = jd_document_get_locations (document);
  const char * const *countries = jd_document_get_applicant_locations (document);
  gboolean remote = jd_document_get_workplace_type (document) == JD_WORKPLACE_REMOTE;

  if (locations->len == 0 && !remote)
    add_field_finding (run, "completeness.location", "locations",
                       _("The job description has no location; search engines require one "
                         "unless the job is fully remote"));

  for (guint i = 0; i < locations->len; i++)
    if (!has_text (((JdLocation *)g_ptr_array_index (locations, i))->country))
      {
        add_field_finding (run, "completeness.country", "locations",
                           _("A location has no country; search engines require the country "
                             "of every place of work"));
        break;
      }

  if (remote && (countries == NULL || countries[0] == NULL))
    add_field_finding (run, "completeness.remote-countries", "applicant-locations",
                       _("The remote job does not say in which countries applicants may live; "
                         "search engines require it for remote jobs"));
}

/* Each placeholder the company has not filled in: an ad that says "report
 * to the [Store Manager]" is not ready to publish. */
static void
check_placeholders (JdReviewRun *run)
{
  const JdRuleInfo *info = _jd_rule_info_lookup ("completeness.placeholder");
  g_autoptr(GArray) placeholders = jd_document_find_placeholders (run->document);

  for (guint i = 0; i < placeholders->len; i++)
    {
      const JdTextRange *range = &g_array_index (placeholders, JdTextRange, i);
      const char *text = jd_document_get_range_text (run->document, range);
      const char *from = g_utf8_offset_to_pointer (text, range->start);
      g_autofree char *placeholder = g_strndup (from, g_utf8_offset_to_pointer (text, range->end) - from);
      g_autofree char *message = _jd_review_format_message (_(info->message), placeholder);
      const char *scope = range->field;
      JdPlace place = { range->section, range->block, range->start, range->end, range->field, NULL };

      if (range->section >= 0)
        {
          JdSection *section = jd_document_get_section (run->document, range->section);

          scope = jd_section_kind_to_string (jd_section_get_kind (section));
          if (range->block < 0)
            {
              /* A heading is found as a whole. */
              place.start = -1;
              place.end = -1;
            }
        }
      place.scope = scope;

      _jd_review_add_finding (run, "completeness.placeholder", message, &place, placeholder, NULL);
    }
}

void
_jd_review_check_completeness (JdReviewRun *run)
{
  JdDocument *document = run->document;
  const char *posted = jd_document_get_date_posted (document);
  const char *through = jd_document_get_valid_through (document);

  if (!has_text (jd_document_get_title (document)))
    add_field_finding (run, "completeness.title", "title",
                       _("The job description has no title; search engines require one"));

  if (!has_any_text (document))
    _jd_review_add_finding (run, "completeness.description",
                            _("The job description has no text; search engines require a "
                              "description"),
                            NULL, NULL, NULL);

  if (!has_text (posted))
    add_field_finding (run, "completeness.date-posted", "date-posted",
                       _("The job description has no date posted; search engines require one"));
  else if (!is_iso_date (posted))
    add_field_finding (run, "completeness.date-posted", "date-posted",
                       _("The date posted is not a date such as 2026-11-27; search engines will "
                         "not read it"));
  else if (has_text (through) && strcmp (through, posted) < 0)
    add_field_finding (run, "completeness.valid-through", "valid-through",
                       _("The closing date is before the date posted; search engines reject such "
                         "postings"));

  if (!has_text (jd_document_get_company_name (document)))
    add_field_finding (run, "completeness.company", "company",
                       _("The job description names no company; search engines require the "
                         "hiring organization"));

  check_places (run);

  if ((jd_document_get_salary_min (document) > 0 || jd_document_get_salary_max (document) > 0) &&
      !has_text (jd_document_get_salary_currency (document)))
    add_field_finding (run, "completeness.currency", "salary",
                       _("The salary has no currency, so it is left out of the structured data; "
                         "choose a currency to include it"));

  if (!has_text (jd_document_get_apply_to (document)))
    add_field_finding (run, "completeness.apply", "apply",
                       _("The job description does not say how to apply; give a web address or "
                         "an email address"));

  check_link (run, "apply", jd_document_get_apply_to (document));
  check_link (run, "company-url", jd_document_get_company_url (document));
  check_placeholders (run);
}
