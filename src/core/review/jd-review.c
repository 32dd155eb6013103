/* jd-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jd-review.h"
#include "jd-review-private.h"

/* JdReview: the writing review of a document, run once when it is made
 * (a review is a snapshot: review again after changes). It reads the
 * title and every block through the word rules of the document's
 * language (data/review/LL.txt), measures readability and length, and
 * checks the title, the local conventions, pay transparency and what job
 * boards need. Findings the document marks as ignored are set apart and
 * count in no score.
 *
 * Nothing here needs a display, so the command line, the tests and a
 * worker thread of the window can all review. */

struct _JdReview
{
  GObject               parent_instance;

  char                 *language;
  GListStore           *findings;
  GListStore           *ignored;
  char                **feminine;
  char                **masculine;
  gboolean              adapted;
  JdGenderTone          tone;
  JdReadabilityFormula  formula;
  double                readability;
  guint                 words;
  guint                 parts[JD_REVIEW_N_PARTS];
  guint                 score;
};

G_DEFINE_FINAL_TYPE (JdReview, jd_review, G_TYPE_OBJECT)

static const char * const languages[] = { "de", "el", "en", "es", "fr", "pt", NULL };

static void
jd_review_finalize (GObject *object)
{
  JdReview *self = (JdReview *)object;

  g_free (self->language);
  g_clear_object (&self->findings);
  g_clear_object (&self->ignored);
  g_strfreev (self->feminine);
  g_strfreev (self->masculine);

  G_OBJECT_CLASS (jd_review_parent_class)->finalize (object);
}

static void
jd_review_class_init (JdReviewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = jd_review_finalize;
}

static void
jd_review_init (JdReview *self)
{
  self->findings = g_list_store_new (JD_TYPE_FINDING);
  self->ignored = g_list_store_new (JD_TYPE_FINDING);
}

/* The languages with rules and word lists of their own. */
const char * const *
jd_review_get_languages (void)
{
  return languages;
}

gboolean
jd_review_has_language (const char *language)
{
  return language != NULL && g_strv_contains (languages, language);
}

/* "de-AT" and "DE" are reviewed as "de". */
static char *
primary_language (const char *tag)
{
  gsize len;

  if (tag == NULL || tag[0] == '\0')
    return g_strdup ("en");

  len = strcspn (tag, "-_");
  return g_ascii_strdown (tag, (gssize)len);
}

/* Gender Decoder's verdict: feminine-coded words minus masculine-coded
 * ones; beyond 3 either way is strong, and none at all is neutral. */
JdGenderTone
jd_gender_tone_from_counts (guint feminine,
                            guint masculine)
{
  gint64 difference = (gint64)feminine - (gint64)masculine;

  if (difference > 3)
    return JD_GENDER_TONE_STRONGLY_FEMININE;
  if (difference > 0)
    return JD_GENDER_TONE_FEMININE;
  if (difference < -3)
    return JD_GENDER_TONE_STRONGLY_MASCULINE;
  if (difference < 0)
    return JD_GENDER_TONE_MASCULINE;
  return JD_GENDER_TONE_NEUTRAL;
}

void
_jd_review_add_finding (JdReviewRun        *run,
                        const char         *rule,
                        const char         *message,
                        const JdPlace      *place,
                        const char         *text,
                        const char * const *suggestions)
{
  const JdRuleInfo *info = _jd_rule_info_lookup (rule);
  const char *severity_name = _jd_rule_set_get_setting (run->rules, rule, "severity");
  JdSeverity severity;

  g_return_if_fail (info != NULL);

  severity = info->severity;
  if (g_strcmp0 (severity_name, "error") == 0)
    severity = JD_SEVERITY_ERROR;
  else if (g_strcmp0 (severity_name, "warning") == 0)
    severity = JD_SEVERITY_WARNING;
  else if (g_strcmp0 (severity_name, "info") == 0)
    severity = JD_SEVERITY_INFO;

  g_ptr_array_add (run->findings,
                   _jd_finding_new (rule, info->category, severity, message, place, text,
                                    suggestions));
}

static void
review_text (JdReviewRun   *run,
             const char    *text,
             const JdPlace *place,
             gboolean       sentences)
{
  JdScan scan;

  if (text == NULL || text[0] == '\0')
    return;

  _jd_scan_init (&scan, text, run->language);
  _jd_review_match (run, &scan, place);
  if (sentences)
    _jd_review_check_sentences (run, &scan, place);
  _jd_scan_clear (&scan);
}

static void
review_blocks (JdReviewRun *run)
{
  guint n_sections = jd_document_get_n_sections (run->document);

  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (run->document, i);
      guint n_blocks = jd_section_get_n_blocks (section);

      for (guint j = 0; j < n_blocks; j++)
        {
          JdPlace place = {
            (int)i, (int)j, -1, -1, NULL,
            jd_section_kind_to_string (jd_section_get_kind (section)),
          };

          review_text (run, jd_block_get_text (jd_section_get_block (section, j)), &place, TRUE);
        }
    }
}

static void
check_tone (JdReviewRun  *run,
            JdGenderTone  tone)
{
  g_autofree char *message = NULL;
  guint masculine = run->masculine->len;
  guint feminine = run->feminine->len;

  if (tone != JD_GENDER_TONE_MASCULINE && tone != JD_GENDER_TONE_STRONGLY_MASCULINE)
    return;

  /* Translators: the first placeholder is the number of masculine-coded
   * words of the ad, the second that of feminine-coded ones. */
  message = g_strdup_printf (ngettext ("The ad is masculine-coded: %u masculine-coded word against "
                                       "%u feminine-coded. Rephrase some, or say more about "
                                       "collaboration and support.",
                                       "The ad is masculine-coded: %u masculine-coded words against "
                                       "%u feminine-coded. Rephrase some, or say more about "
                                       "collaboration and support.",
                                       masculine),
                             masculine, feminine);
  _jd_review_add_finding (run, "gender.tone", message, NULL, NULL, NULL);
}

static JdReviewPart
part_of (JdReviewCategory category)
{
  switch (category)
    {
    case JD_REVIEW_CATEGORY_GENDER_CODED:
    case JD_REVIEW_CATEGORY_LOCALE:
    case JD_REVIEW_CATEGORY_EXCLUSIONARY:
      return JD_REVIEW_PART_INCLUSION;
    case JD_REVIEW_CATEGORY_CLICHE:
    case JD_REVIEW_CATEGORY_THIRD_PERSON:
    case JD_REVIEW_CATEGORY_READABILITY:
    case JD_REVIEW_CATEGORY_SPELLING:
      return JD_REVIEW_PART_CLARITY;
    case JD_REVIEW_CATEGORY_LENGTH:
    case JD_REVIEW_CATEGORY_TITLE:
      return JD_REVIEW_PART_STRUCTURE;
    case JD_REVIEW_CATEGORY_PAY_TRANSPARENCY:
    case JD_REVIEW_CATEGORY_COMPLETENESS:
    default:
      return JD_REVIEW_PART_COMPLETENESS;
    }
}

/* Each part starts at 100 and loses 25 per error, 8 per warning and 2 per
 * hint among its findings, down to 0; the score is their weighted sum.
 * Ignored findings cost nothing. */
static void
compute_score (JdReview *self)
{
  static const guint penalty[] = {
    [JD_SEVERITY_INFO] = 2,
    [JD_SEVERITY_WARNING] = 8,
    [JD_SEVERITY_ERROR] = 25,
  };
  guint lost[JD_REVIEW_N_PARTS] = { 0 };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  guint total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      lost[part_of (jd_finding_get_category (finding))] += penalty[jd_finding_get_severity (finding)];
    }

  for (guint part = 0; part < JD_REVIEW_N_PARTS; part++)
    {
      self->parts[part] = lost[part] >= 100 ? 0 : 100 - lost[part];
      total += self->parts[part] * jd_review_part_get_weight (part);
    }

  self->score = (total + 50) / 100;
}

static char **
take_words (GPtrArray *words)
{
  g_ptr_array_add (words, NULL);
  return (char **)g_ptr_array_free (words, FALSE);
}

/**
 * jd_review_new:
 * @language: (nullable): the language to review in, such as "de"; by
 *   default the document's
 *
 * Reviews @document now.
 *
 * Returns: (transfer full): the review
 */
JdReview *
jd_review_new (JdDocument *document,
               const char *language)
{
  JdReview *self;
  JdReviewRun run = { 0 };

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  self = g_object_new (JD_TYPE_REVIEW, NULL);
  self->language = primary_language (language != NULL ? language
                                                      : jd_document_get_language (document));

  run.document = document;
  run.language = self->language;
  run.rules = _jd_rule_set_get (self->language);
  run.findings = g_ptr_array_new_with_free_func (g_object_unref);
  run.feminine = g_ptr_array_new_with_free_func (g_free);
  run.masculine = g_ptr_array_new_with_free_func (g_free);
  run.adapted = g_strcmp0 (_jd_rule_set_get_setting (run.rules, "gender.masculine", "lists"),
                           "adapted") == 0;

  {
    JdPlace title = { -1, -1, -1, -1, "title", "title" };

    review_text (&run, jd_document_get_title (document), &title, FALSE);
  }
  review_blocks (&run);

  self->formula = _jd_readability_formula_for (run.rules);
  self->readability = _jd_readability_compute (self->formula, run.n_sentences, run.n_words,
                                               run.n_syllables, run.n_long_words);
  self->words = jd_document_count_words (document);
  self->adapted = run.adapted;
  self->tone = jd_gender_tone_from_counts (run.feminine->len, run.masculine->len);

  check_tone (&run, self->tone);
  _jd_review_check_readability (&run, self->formula, self->readability);
  _jd_review_check_title (&run);
  _jd_review_check_locale (&run);
  _jd_review_check_length (&run);
  _jd_review_check_pay (&run);
  _jd_review_check_completeness (&run);

  g_ptr_array_sort (run.findings, jd_finding_compare_places);
  {
    /* Each store filled at once: a signal per finding takes a lock that
     * the threads of a publication share. */
    g_autoptr(GPtrArray) shown = g_ptr_array_new ();
    g_autoptr(GPtrArray) ignored = g_ptr_array_new ();

    for (guint i = 0; i < run.findings->len; i++)
      {
        JdFinding *finding = g_ptr_array_index (run.findings, i);

        g_ptr_array_add (jd_finding_is_ignored (finding, document) ? ignored : shown, finding);
      }
    g_list_store_splice (self->findings, 0, 0, shown->pdata, shown->len);
    g_list_store_splice (self->ignored, 0, 0, ignored->pdata, ignored->len);
  }

  self->feminine = take_words (g_steal_pointer (&run.feminine));
  self->masculine = take_words (g_steal_pointer (&run.masculine));
  g_ptr_array_unref (run.findings);

  compute_score (self);

  return self;
}

/* Returns: the primary subtag of the language reviewed, such as "de" */
const char *
jd_review_get_language (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), NULL);
  return self->language;
}

/* Returns: (transfer none): a list model of #JdFinding, the ignored ones
 * left out, in the order of the document: the title and the document as
 * a whole first, then section by section. */
GListModel *
jd_review_get_findings (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/* Returns: (transfer none): a list model of the #JdFinding the document
 * marks as ignored. */
GListModel *
jd_review_get_ignored_findings (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), NULL);
  return G_LIST_MODEL (self->ignored);
}

guint
jd_review_count_findings (JdReview   *self,
                          JdSeverity  severity)
{
  guint n, count = 0;

  g_return_val_if_fail (JD_IS_REVIEW (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (jd_finding_get_severity (finding) == severity)
        count++;
    }

  return count;
}

guint
jd_review_count_category (JdReview         *self,
                          JdReviewCategory  category)
{
  guint n, count = 0;

  g_return_val_if_fail (JD_IS_REVIEW (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (jd_finding_get_category (finding) == category)
        count++;
    }

  return count;
}

/* Returns: the words of the document, as jd_document_count_words() counts them */
guint
jd_review_get_words (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), 0);
  return self->words;
}

JdReadabilityFormula
jd_review_get_readability_formula (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), JD_READABILITY_LIX);
  return self->formula;
}

/* Returns: the score of jd_review_get_readability_formula(), or NAN when
 * the document has no text */
double
jd_review_get_readability (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), NAN);
  return self->readability;
}

JdGenderTone
jd_review_get_gender_tone (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), JD_GENDER_TONE_NEUTRAL);
  return self->tone;
}

/* Returns: (transfer none): every feminine-coded word found, in lower
 * case, once per occurrence, in the order of the document */
const char * const *
jd_review_get_feminine_words (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), NULL);
  return (const char * const *)self->feminine;
}

/* Returns: (transfer none): every masculine-coded word found */
const char * const *
jd_review_get_masculine_words (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), NULL);
  return (const char * const *)self->masculine;
}

/* Returns: whether the gender-coded lists are Jobscribe's adaptation
 * (every language but English, whose lists are those of the research) */
gboolean
jd_review_get_gender_adapted (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), FALSE);
  return self->adapted;
}

/* Returns: the overall score, from 0 to 100 */
guint
jd_review_get_score (JdReview *self)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), 0);
  return self->score;
}

/* Returns: the score of one part, from 0 to 100; see
 * jd_review_part_get_weight() for its share of the overall score */
guint
jd_review_get_part_score (JdReview     *self,
                          JdReviewPart  part)
{
  g_return_val_if_fail (JD_IS_REVIEW (self), 0);
  g_return_val_if_fail (part < JD_REVIEW_N_PARTS, 0);
  return self->parts[part];
}
