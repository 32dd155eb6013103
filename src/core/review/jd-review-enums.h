/* jd-review-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much a finding matters: an error is something to fix before
 * posting (`jobscribe check` exits with 1), a warning something to
 * consider, info a hint. */
typedef enum
{
  JD_SEVERITY_INFO,
  JD_SEVERITY_WARNING,
  JD_SEVERITY_ERROR,
} JdSeverity;

/* The nicks ("gender-coded", "third-person"...) are the categories of
 * `jobscribe check --json`. */
typedef enum
{
  JD_REVIEW_CATEGORY_GENDER_CODED,
  JD_REVIEW_CATEGORY_LOCALE,
  JD_REVIEW_CATEGORY_EXCLUSIONARY,
  JD_REVIEW_CATEGORY_CLICHE,
  JD_REVIEW_CATEGORY_THIRD_PERSON,
  JD_REVIEW_CATEGORY_READABILITY,
  JD_REVIEW_CATEGORY_LENGTH,
  JD_REVIEW_CATEGORY_TITLE,
  JD_REVIEW_CATEGORY_PAY_TRANSPARENCY,
  JD_REVIEW_CATEGORY_COMPLETENESS,
  /* Found by the spelling checker (src/core/spell), not by JdReview:
   * they count in no score. */
  JD_REVIEW_CATEGORY_SPELLING,
} JdReviewCategory;

#define JD_REVIEW_N_CATEGORIES (JD_REVIEW_CATEGORY_SPELLING + 1)

/* Gender Decoder's scale: the feminine-coded words found minus the
 * masculine-coded ones, over 3 is strong. */
typedef enum
{
  JD_GENDER_TONE_STRONGLY_FEMININE,
  JD_GENDER_TONE_FEMININE,
  JD_GENDER_TONE_NEUTRAL,
  JD_GENDER_TONE_MASCULINE,
  JD_GENDER_TONE_STRONGLY_MASCULINE,
} JdGenderTone;

/* The readability formula of each language; readability figures of
 * different formulas cannot be compared. */
typedef enum
{
  JD_READABILITY_FLESCH,
  JD_READABILITY_AMSTAD,
  JD_READABILITY_FERNANDEZ_HUERTA,
  JD_READABILITY_KANDEL_MOLES,
  JD_READABILITY_FLESCH_MARTINS,
  JD_READABILITY_LIX,
} JdReadabilityFormula;

/* The parts of the overall score. */
typedef enum
{
  JD_REVIEW_PART_INCLUSION,
  JD_REVIEW_PART_CLARITY,
  JD_REVIEW_PART_STRUCTURE,
  JD_REVIEW_PART_COMPLETENESS,
} JdReviewPart;

#define JD_REVIEW_N_PARTS (JD_REVIEW_PART_COMPLETENESS + 1)

const char *jd_severity_to_string              (JdSeverity            severity);
const char *jd_severity_get_label              (JdSeverity            severity);
const char *jd_review_category_to_string       (JdReviewCategory      category);
const char *jd_review_category_get_label       (JdReviewCategory      category);
const char *jd_gender_tone_to_string           (JdGenderTone          tone);
const char *jd_gender_tone_get_label           (JdGenderTone          tone);
const char *jd_readability_formula_to_string   (JdReadabilityFormula  formula);
const char *jd_readability_formula_get_name    (JdReadabilityFormula  formula);
gboolean    jd_readability_formula_higher_is_easier (JdReadabilityFormula formula);
const char *jd_review_part_to_string           (JdReviewPart          part);
const char *jd_review_part_get_label           (JdReviewPart          part);
guint       jd_review_part_get_weight          (JdReviewPart          part);

G_END_DECLS
