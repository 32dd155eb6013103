/* jd-review-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-review-enum-types.h"
#include "jd-review-enums.h"

/* The strings of the enums: their nicks, which `jobscribe check --json`
 * writes and which never change, and their labels for people. */

static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* Nicks are static strings of the type, which outlives the class. */
  return enum_value->value_nick;
}

const char *
jd_severity_to_string (JdSeverity severity)
{
  return nick (JD_TYPE_SEVERITY, severity);
}

const char *
jd_severity_get_label (JdSeverity severity)
{
  switch (severity)
    {
    case JD_SEVERITY_ERROR:
      return C_("severity", "Error");
    case JD_SEVERITY_WARNING:
      return C_("severity", "Warning");
    case JD_SEVERITY_INFO:
    default:
      return C_("severity", "Hint");
    }
}

const char *
jd_review_category_to_string (JdReviewCategory category)
{
  return nick (JD_TYPE_REVIEW_CATEGORY, category);
}

const char *
jd_review_category_get_label (JdReviewCategory category)
{
  switch (category)
    {
    case JD_REVIEW_CATEGORY_GENDER_CODED:
      return _("Gender-coded language");
    case JD_REVIEW_CATEGORY_LOCALE:
      return _("Local conventions and law");
    case JD_REVIEW_CATEGORY_EXCLUSIONARY:
      return _("Exclusionary language");
    case JD_REVIEW_CATEGORY_CLICHE:
      return _("Clichés and buzzwords");
    case JD_REVIEW_CATEGORY_THIRD_PERSON:
      return _("Speaking to the reader");
    case JD_REVIEW_CATEGORY_READABILITY:
      return _("Readability");
    case JD_REVIEW_CATEGORY_LENGTH:
      return _("Length and structure");
    case JD_REVIEW_CATEGORY_TITLE:
      return _("Job title");
    case JD_REVIEW_CATEGORY_PAY_TRANSPARENCY:
      return _("Pay transparency");
    case JD_REVIEW_CATEGORY_SPELLING:
      return _("Spelling");
    case JD_REVIEW_CATEGORY_COMPLETENESS:
    default:
      return _("Completeness");
    }
}

const char *
jd_gender_tone_to_string (JdGenderTone tone)
{
  return nick (JD_TYPE_GENDER_TONE, tone);
}

const char *
jd_gender_tone_get_label (JdGenderTone tone)
{
  switch (tone)
    {
    case JD_GENDER_TONE_STRONGLY_FEMININE:
      return _("Strongly feminine-coded");
    case JD_GENDER_TONE_FEMININE:
      return _("Feminine-coded");
    case JD_GENDER_TONE_MASCULINE:
      return _("Masculine-coded");
    case JD_GENDER_TONE_STRONGLY_MASCULINE:
      return _("Strongly masculine-coded");
    case JD_GENDER_TONE_NEUTRAL:
    default:
      return _("Neutral");
    }
}

const char *
jd_readability_formula_to_string (JdReadabilityFormula formula)
{
  return nick (JD_TYPE_READABILITY_FORMULA, formula);
}

/* The names the formulas go by, the same in every language. */
const char *
jd_readability_formula_get_name (JdReadabilityFormula formula)
{
  switch (formula)
    {
    case JD_READABILITY_FLESCH:
      return "Flesch Reading Ease";
    case JD_READABILITY_AMSTAD:
      return "Amstad";
    case JD_READABILITY_FERNANDEZ_HUERTA:
      return "Fernández-Huerta";
    case JD_READABILITY_KANDEL_MOLES:
      return "Kandel-Moles";
    case JD_READABILITY_FLESCH_MARTINS:
      return "Flesch-Martins";
    case JD_READABILITY_LIX:
    default:
      return "LIX";
    }
}

/* The Flesch family runs from hard (0) to easy (100); LIX the other way. */
gboolean
jd_readability_formula_higher_is_easier (JdReadabilityFormula formula)
{
  return formula != JD_READABILITY_LIX;
}

const char *
jd_review_part_to_string (JdReviewPart part)
{
  return nick (JD_TYPE_REVIEW_PART, part);
}

const char *
jd_review_part_get_label (JdReviewPart part)
{
  switch (part)
    {
    case JD_REVIEW_PART_INCLUSION:
      return _("Inclusive language");
    case JD_REVIEW_PART_CLARITY:
      return _("Clarity");
    case JD_REVIEW_PART_STRUCTURE:
      return _("Structure");
    case JD_REVIEW_PART_COMPLETENESS:
    default:
      return _("Completeness and law");
    }
}

/* In percent of the overall score. */
guint
jd_review_part_get_weight (JdReviewPart part)
{
  static const guint weights[JD_REVIEW_N_PARTS] = {
    [JD_REVIEW_PART_INCLUSION] = 30,
    [JD_REVIEW_PART_CLARITY] = 25,
    [JD_REVIEW_PART_STRUCTURE] = 20,
    [JD_REVIEW_PART_COMPLETENESS] = 25,
  };

  g_return_val_if_fail (part < JD_REVIEW_N_PARTS, 0);
  return weights[part];
}
