/* jd-review-messages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-review-private.h"

/* Every rule of the review: its id (stable: `jobscribe check --json`
 * writes it and ignored findings are kept under it), its category, its
 * severity unless the language's file says otherwise, and, for the word
 * rules, what to say, in the language of the interface: the po files
 * translate it. The words themselves are in data/review/. */

#define WORD(id, category, severity, message) { id, category, severity, message, TRUE }
#define CHECK(id, category, severity) { id, category, severity, NULL, FALSE }

static const JdRuleInfo rules[] = {
  /* Translators: in every message of the review with a placeholder in
   * quotation marks, the placeholder is a word or phrase of the document,
   * in the language of the document. */
  WORD ("gender.masculine", JD_REVIEW_CATEGORY_GENDER_CODED, JD_SEVERITY_INFO,
        N_("“%s” is masculine-coded: ads with many such words appeal less to women "
           "(Gaucher, Friesen and Kay, 2011).")),
  WORD ("gender.feminine", JD_REVIEW_CATEGORY_GENDER_CODED, JD_SEVERITY_INFO, NULL),
  CHECK ("gender.tone", JD_REVIEW_CATEGORY_GENDER_CODED, JD_SEVERITY_WARNING),
  WORD ("gender.generic-masculine", JD_REVIEW_CATEGORY_GENDER_CODED, JD_SEVERITY_WARNING,
        N_("“%s” names people in the masculine only; an inclusive form speaks to everyone.")),
  WORD ("gender.gendered-term", JD_REVIEW_CATEGORY_GENDER_CODED, JD_SEVERITY_WARNING,
        N_("“%s” refers to one gender; a neutral word includes everyone.")),
  CHECK ("locale.title", JD_REVIEW_CATEGORY_LOCALE, JD_SEVERITY_WARNING),
  WORD ("exclusionary.age", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_WARNING,
        N_("“%s” suggests a preferred age: it can put off older applicants and may breach "
           "equal treatment law.")),
  WORD ("exclusionary.age-limit", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_ERROR,
        N_("“%s” sets an age limit, which equal treatment law forbids in job ads almost "
           "everywhere.")),
  WORD ("exclusionary.native-speaker", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_WARNING,
        N_("“%s” shuts out fluent speakers who learned the language later; ask for the level "
           "the job needs, such as fluent or C1.")),
  WORD ("exclusionary.nationality", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_WARNING,
        N_("“%s” asks for a nationality; unless the law requires one for this job, ask for "
           "the right to work instead.")),
  WORD ("exclusionary.marital-status", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_ERROR,
        N_("“%s” refers to marital or family status, which must not be a condition of "
           "hiring.")),
  WORD ("exclusionary.photo", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_WARNING,
        N_("“%s” asks for a photo, which invites judgments on looks, age or origin; "
           "applications without one are fairer.")),
  WORD ("exclusionary.physical", JD_REVIEW_CATEGORY_EXCLUSIONARY, JD_SEVERITY_WARNING,
        N_("“%s” is a physical requirement without a stated reason; say which task needs "
           "it, so that people with disabilities can judge for themselves.")),
  WORD ("cliche", JD_REVIEW_CATEGORY_CLICHE, JD_SEVERITY_WARNING,
        N_("“%s” is a cliché that tells the reader little; say plainly what the job "
           "involves.")),
  WORD ("third-person", JD_REVIEW_CATEGORY_THIRD_PERSON, JD_SEVERITY_WARNING,
        N_("“%s” speaks about the reader; speaking to them directly is warmer and "
           "clearer.")),
  CHECK ("readability.long-sentence", JD_REVIEW_CATEGORY_READABILITY, JD_SEVERITY_WARNING),
  CHECK ("readability.hard", JD_REVIEW_CATEGORY_READABILITY, JD_SEVERITY_INFO),
  CHECK ("length.short", JD_REVIEW_CATEGORY_LENGTH, JD_SEVERITY_WARNING),
  CHECK ("length.long", JD_REVIEW_CATEGORY_LENGTH, JD_SEVERITY_WARNING),
  CHECK ("length.responsibilities", JD_REVIEW_CATEGORY_LENGTH, JD_SEVERITY_WARNING),
  CHECK ("length.requirements", JD_REVIEW_CATEGORY_LENGTH, JD_SEVERITY_WARNING),
  CHECK ("length.bullets", JD_REVIEW_CATEGORY_LENGTH, JD_SEVERITY_INFO),
  CHECK ("title.long", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_WARNING),
  CHECK ("title.all-caps", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_WARNING),
  CHECK ("title.exclamation", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_WARNING),
  CHECK ("title.emoji", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_WARNING),
  CHECK ("title.salary", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_WARNING),
  CHECK ("title.location", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_WARNING),
  CHECK ("pay-transparency.required", JD_REVIEW_CATEGORY_PAY_TRANSPARENCY, JD_SEVERITY_ERROR),
  CHECK ("pay-transparency.range", JD_REVIEW_CATEGORY_PAY_TRANSPARENCY, JD_SEVERITY_WARNING),
  CHECK ("pay-transparency.upcoming", JD_REVIEW_CATEGORY_PAY_TRANSPARENCY, JD_SEVERITY_WARNING),
  CHECK ("pay-transparency.recommended", JD_REVIEW_CATEGORY_PAY_TRANSPARENCY, JD_SEVERITY_INFO),
  WORD ("pay-transparency.history", JD_REVIEW_CATEGORY_PAY_TRANSPARENCY, JD_SEVERITY_WARNING,
        N_("“%s” asks about pay history, which the EU Pay Transparency Directive and several "
           "US laws forbid.")),
  CHECK ("completeness.title", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  CHECK ("completeness.description", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  CHECK ("completeness.date-posted", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  CHECK ("completeness.valid-through", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_WARNING),
  CHECK ("completeness.company", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  CHECK ("completeness.location", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  CHECK ("completeness.country", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_WARNING),
  CHECK ("completeness.remote-countries", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  CHECK ("completeness.currency", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_WARNING),
  CHECK ("completeness.apply", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_WARNING),
  CHECK ("completeness.link", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR),
  /* The placeholders of templates, "[Store Manager]": found in
   * jd-review-checks.c, worded here. */
  { "completeness.placeholder", JD_REVIEW_CATEGORY_COMPLETENESS, JD_SEVERITY_ERROR,
    N_("“%s” is a placeholder; replace it with what applies to this job."), FALSE },
};

/* Returns: (nullable): what @rule_id is */
const JdRuleInfo *
_jd_rule_info_lookup (const char *rule_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].id, rule_id) == 0)
      return &rules[i];

  return NULL;
}

const JdRuleInfo *
_jd_rule_info_get_all (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}

/**
 * _jd_review_format_message:
 * @format: a translated message of the table, with one “%s”
 *
 * Returns: (transfer full): @format with @text in the place of its “%s”
 */
char *
_jd_review_format_message (const char *format,
                           const char *text)
{
  const char *placeholder = strstr (format, "%s");
  GString *out;

  if (placeholder == NULL)
    return g_strdup (format);

  out = g_string_new_len (format, placeholder - format);
  g_string_append (out, text);
  g_string_append (out, placeholder + 2);

  return g_string_free (out, FALSE);
}
