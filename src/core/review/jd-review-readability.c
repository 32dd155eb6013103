/* jd-review-readability.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jd-review-private.h"

/* Readability: sentences that run too long, and the score of the formula
 * each language uses, over the blocks (not the title or headings). With
 * W words, S sentences, Y syllables and L words of more than six letters:
 *
 *   Flesch Reading Ease (en)   206.835 − 1.015 W/S − 84.6 Y/W
 *   Amstad (de)                180 − W/S − 58.5 Y/W
 *   Fernández-Huerta (es)      206.84 − 1.02 W/S − 60 Y/W
 *                              (as corrected by Law, 2011)
 *   Kandel-Moles (fr)          207 − 1.015 W/S − 73.6 Y/W
 *   Flesch-Martins (pt)        248.835 − 1.015 W/S − 84.6 Y/W
 *                              (Martins et al., 1996)
 *   LIX (el and others)        W/S + 100 L/W
 *
 * The first five run from 0 (very hard) to 100 (very easy); LIX from
 * about 20 (very easy) to over 60 (very hard). Words are tokens with a
 * letter: numbers count in none of the figures. */

JdReadabilityFormula
_jd_readability_formula_for (JdRuleSet *set)
{
  static const struct
  {
    const char           *name;
    JdReadabilityFormula  formula;
  } formulas[] = {
    { "flesch", JD_READABILITY_FLESCH },
    { "amstad", JD_READABILITY_AMSTAD },
    { "fernandez-huerta", JD_READABILITY_FERNANDEZ_HUERTA },
    { "kandel-moles", JD_READABILITY_KANDEL_MOLES },
    { "flesch-martins", JD_READABILITY_FLESCH_MARTINS },
    { "lix", JD_READABILITY_LIX },
  };
  const char *name = _jd_rule_set_get_setting (set, "language", "formula");

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formulas); i++)
    if (strcmp (formulas[i].name, name) == 0)
      return formulas[i].formula;

  /* LIX needs no syllables, so it works for any language. */
  return JD_READABILITY_LIX;
}

/* Returns: the score, or NAN without a sentence */
double
_jd_readability_compute (JdReadabilityFormula formula,
                         guint                n_sentences,
                         guint                n_words,
                         guint                n_syllables,
                         guint                n_long_words)
{
  double asl, asw;

  if (n_sentences == 0 || n_words == 0)
    return NAN;

  asl = (double)n_words / n_sentences;
  asw = (double)n_syllables / n_words;

  switch (formula)
    {
    case JD_READABILITY_FLESCH:
      return 206.835 - 1.015 * asl - 84.6 * asw;
    case JD_READABILITY_AMSTAD:
      return 180.0 - asl - 58.5 * asw;
    case JD_READABILITY_FERNANDEZ_HUERTA:
      return 206.84 - 1.02 * asl - 60.0 * asw;
    case JD_READABILITY_KANDEL_MOLES:
      return 207.0 - 1.015 * asl - 73.6 * asw;
    case JD_READABILITY_FLESCH_MARTINS:
      return 248.835 - 1.015 * asl - 84.6 * asw;
    case JD_READABILITY_LIX:
    default:
      return asl + 100.0 * n_long_words / n_words;
    }
}

/**
 * _jd_review_check_sentences:
 *
 * Adds the sentences of a block to the readability figures, and reports
 * those longer than the language's limit ("@sentence-words" of
 * [language]: English 25; German, which builds long words, fewer; the
 * Romance languages and Greek, which need more words for the same
 * content, more).
 */
void
_jd_review_check_sentences (JdReviewRun   *run,
                            JdScan        *scan,
                            const JdPlace *place)
{
  guint limit = _jd_rule_set_get_number (run->rules, "language", "sentence-words", 25);

  for (guint s = 0; s < scan->sentences->len; s++)
    {
      const JdSentence *sentence = &g_array_index (scan->sentences, JdSentence, s);

      if (sentence->n_words == 0)
        continue;

      run->n_sentences++;
      run->n_words += sentence->n_words;

      for (guint t = sentence->first_token; t < sentence->first_token + sentence->n_tokens; t++)
        {
          const JdToken *token = &g_array_index (scan->tokens, JdToken, t);

          if (!(token->flags & JD_TOKEN_LETTERS))
            continue;
          run->n_syllables += _jd_count_syllables (scan->text + token->start,
                                                   token->end - token->start, run->language);
          if (token->n_letters > 6)
            run->n_long_words++;
        }

      if (sentence->n_words > limit)
        {
          g_autofree char *text = g_strndup (scan->text + sentence->start,
                                             sentence->end - sentence->start);
          g_autofree char *message = NULL;
          JdPlace where = *place;

          /* Translators: the first placeholder is the number of words of
           * a sentence, the second the most a sentence should have, such
           * as 25. */
          message = g_strdup_printf (ngettext ("This sentence has %u word; sentences of more than %u words are hard to follow.",
                                               "This sentence has %u words; sentences of more than %u words are hard to follow.",
                                               sentence->n_words),
                                     sentence->n_words, limit);
          where.start = (int)sentence->cstart;
          where.end = (int)sentence->cend;
          _jd_review_add_finding (run, "readability.long-sentence", message, &where, text, NULL);
        }
    }
}

/* Over at least this many words the score is worth a finding. */
#define MIN_WORDS_FOR_SCORE 100

/**
 * _jd_review_check_readability:
 *
 * Reports a text that reads as hard: a score below "@hard" of [language]
 * (50 for the Flesch family: "fairly difficult" and worse), or above it
 * for LIX (55: "difficult").
 */
void
_jd_review_check_readability (JdReviewRun          *run,
                              JdReadabilityFormula  formula,
                              double                score)
{
  gboolean easier_up = jd_readability_formula_higher_is_easier (formula);
  guint hard = _jd_rule_set_get_number (run->rules, "language", "hard", easier_up ? 50 : 55);
  g_autofree char *message = NULL;

  if (run->n_words < MIN_WORDS_FOR_SCORE || isnan (score) ||
      (easier_up ? score >= hard : score <= hard))
    return;

  /* Translators: the first placeholder is a readability score, such as
   * 42, the second the name of the formula, such as “Flesch Reading
   * Ease”. */
  message = g_strdup_printf (_("The text is hard to read (%.0f on the %s scale): shorter "
                               "sentences and plainer words help."),
                             score, jd_readability_formula_get_name (formula));
  _jd_review_add_finding (run, "readability.hard", message, NULL, NULL, NULL);
}
