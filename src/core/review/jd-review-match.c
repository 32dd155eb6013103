/* jd-review-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-review-private.h"

/* The word rules: every phrase of the language's lists, looked for in a
 * block or the title. A phrase matches whole words of one sentence; for a
 * rule with "@parts yes" a word also matches the parts of a hyphenated
 * word ("driven" in "results-driven"), as Gender Decoder splits them.
 * Where several phrases of a rule overlap, the longest wins and the text
 * counts once ("dominant" is in the lists under two stems); an exception
 * of the rule ("! competitive salary") silences it where it overlaps. */

typedef struct
{
  const JdPhrase *phrase;
  guint           first;   /* tokens */
  guint           last;
  guint           cstart;  /* characters */
  guint           cend;
} Match;

static gboolean
phrase_matches (JdScan         *scan,
                const JdPhrase *phrase,
                guint           first)
{
  const JdToken *start = &g_array_index (scan->tokens, JdToken, first);

  if (first + phrase->n_tokens > scan->tokens->len)
    return FALSE;

  for (guint k = 0; k < phrase->n_tokens; k++)
    {
      const JdToken *token = &g_array_index (scan->tokens, JdToken, first + k);

      if (token->sentence != start->sentence)
        return FALSE;

      if (strcmp (phrase->tokens[k], "<n>") == 0)
        {
          if (!(token->flags & JD_TOKEN_NUMBER))
            return FALSE;
        }
      else if (strcmp (phrase->tokens[k], _jd_scan_folded (scan, first + k)) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
rule_is_matched (JdRuleSet *rules,
                 guint      rule)
{
  const JdRuleInfo *info = _jd_rule_set_get_info (rules, rule);

  return info != NULL && info->matched;
}

/* A rule with "@sentence-start yes" fires only on a phrase that opens a
 * sentence or a bullet. */
static gboolean
at_allowed_start (JdReviewRun    *run,
                  JdScan         *scan,
                  const JdPhrase *phrase,
                  guint           i)
{
  const JdToken *token = &g_array_index (scan->tokens, JdToken, i);
  const char *rule = _jd_rule_set_get_rule (run->rules, phrase->rule);

  if (g_strcmp0 (_jd_rule_set_get_setting (run->rules, rule, "sentence-start"), "yes") != 0)
    return TRUE;

  return g_array_index (scan->sentences, JdSentence, token->sentence).first_token == i;
}

static void
add_matches (JdReviewRun *run,
             JdScan      *scan,
             guint        i,
             GPtrArray   *phrases,
             GArray      *matches,
             guint64     *matched_rules)
{
  for (guint p = 0; phrases != NULL && p < phrases->len; p++)
    {
      const JdPhrase *phrase = g_ptr_array_index (phrases, p);
      const JdToken *first = &g_array_index (scan->tokens, JdToken, i);
      Match match;

      if (!rule_is_matched (run->rules, phrase->rule) || !phrase_matches (scan, phrase, i) ||
          (!phrase->exception && !at_allowed_start (run, scan, phrase, i)))
        continue;

      match.phrase = phrase;
      match.first = i;
      match.last = i + phrase->n_tokens - 1;
      match.cstart = first->cstart;
      match.cend = g_array_index (scan->tokens, JdToken, match.last).cend;
      g_array_append_val (matches, match);
      if (phrase->rule < 64)
        *matched_rules |= G_GUINT64_CONSTANT (1) << phrase->rule;
    }
}

/* The single-word phrases of "@parts yes" rules that match a part of the
 * joined token @i, for the rules the whole token did not match. */
static void
add_part_matches (JdReviewRun *run,
                  JdScan      *scan,
                  guint        i,
                  GArray      *matches,
                  guint64      matched_rules)
{
  g_autoptr(GArray) parts = _jd_scan_token_parts (scan, i);

  if (parts->len < 2)
    return;

  for (guint k = 0; k < parts->len; k++)
    {
      const JdTokenPart *part = &g_array_index (parts, JdTokenPart, k);
      GPtrArray *phrases = _jd_rule_set_lookup (run->rules, part->folded);

      for (guint p = 0; phrases != NULL && p < phrases->len; p++)
        {
          const JdPhrase *phrase = g_ptr_array_index (phrases, p);
          Match match = { phrase, i, i, part->cstart, part->cend };

          if (phrase->n_tokens != 1 ||
              (phrase->rule < 64 && (matched_rules & (G_GUINT64_CONSTANT (1) << phrase->rule))) ||
              !rule_is_matched (run->rules, phrase->rule) ||
              !_jd_rule_set_get_parts (run->rules, phrase->rule))
            continue;

          g_array_append_val (matches, match);
        }
    }
}

/* By rule, then the longest first, then in the order of the text. */
static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const Match *ma = a;
  const Match *mb = b;
  guint len_a = ma->cend - ma->cstart;
  guint len_b = mb->cend - mb->cstart;

  if (ma->phrase->rule != mb->phrase->rule)
    return ma->phrase->rule < mb->phrase->rule ? -1 : 1;
  if (len_a != len_b)
    return len_a > len_b ? -1 : 1;
  if (ma->cstart != mb->cstart)
    return ma->cstart < mb->cstart ? -1 : 1;
  return 0;
}

/* In the order of the text, for GPtrArrays of Match. */
static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const Match *ma = *(const Match **)a;
  const Match *mb = *(const Match **)b;

  if (ma->cstart != mb->cstart)
    return ma->cstart < mb->cstart ? -1 : 1;
  return ma->phrase->rule < mb->phrase->rule ? -1 : ma->phrase->rule > mb->phrase->rule;
}

static gboolean
overlaps (const Match *a,
          const Match *b)
{
  return a->cstart < b->cend && b->cstart < a->cend;
}

/* The words of a list setting, folded as the words of the text are. */
static GStrv
get_folded_list (JdReviewRun *run,
                 const char  *rule,
                 const char  *key)
{
  g_auto(GStrv) items = _jd_rule_set_get_list (run->rules, rule, key);
  GStrv folded = g_new0 (char *, g_strv_length (items) + 1);

  for (guint i = 0; items[i] != NULL; i++)
    folded[i] = _jd_fold (items[i]);

  return folded;
}

/* Whether the rest of the match's sentence states a reason: one of the
 * words of the rule's "@unless-after" list, or at least
 * "@unless-words-after" words ("lift 25 kg onto the shelves", "stand for
 * long periods and help residents move safely"). */
static gboolean
reason_follows (JdReviewRun *run,
                JdScan      *scan,
                const Match *match)
{
  const char *rule = _jd_rule_set_get_rule (run->rules, match->phrase->rule);
  g_auto(GStrv) words = get_folded_list (run, rule, "unless-after");
  guint enough = _jd_rule_set_get_number (run->rules, rule, "unless-words-after", 0);
  guint sentence = g_array_index (scan->tokens, JdToken, match->first).sentence;
  guint following = 0;

  if (words[0] == NULL && enough == 0)
    return FALSE;

  for (guint i = match->last + 1; i < scan->tokens->len; i++)
    {
      if (g_array_index (scan->tokens, JdToken, i).sentence != sentence)
        break;
      if (g_strv_contains ((const char * const *)words, _jd_scan_folded (scan, i)) ||
          (enough > 0 && ++following >= enough))
        return TRUE;
    }

  return FALSE;
}

/* Whether a word of the rule's "@unless-before" list comes earlier in
 * the sentence: "regardless of age, marital status or nationality" is
 * the ad's equal opportunity statement, not a condition. */
static gboolean
reason_precedes (JdReviewRun *run,
                 JdScan      *scan,
                 const Match *match)
{
  const char *rule = _jd_rule_set_get_rule (run->rules, match->phrase->rule);
  g_auto(GStrv) words = get_folded_list (run, rule, "unless-before");
  guint sentence = g_array_index (scan->tokens, JdToken, match->first).sentence;

  for (guint i = match->first; words[0] != NULL && i-- > 0; )
    {
      if (g_array_index (scan->tokens, JdToken, i).sentence != sentence)
        break;
      if (g_strv_contains ((const char * const *)words, _jd_scan_folded (scan, i)))
        return TRUE;
    }

  return FALSE;
}

/* A rule with "@not-in KIND…" is silent in sections of those kinds: an
 * equal opportunity statement names age and marital status on purpose. */
static gboolean
in_allowed_section (JdReviewRun   *run,
                    const Match   *match,
                    const JdPlace *place)
{
  const char *rule = _jd_rule_set_get_rule (run->rules, match->phrase->rule);
  g_auto(GStrv) kinds = _jd_rule_set_get_list (run->rules, rule, "not-in");

  return place->section < 0 || place->scope == NULL ||
         !g_strv_contains ((const char * const *)kinds, place->scope);
}

/* A rule with "@yields-to RULE" keeps quiet where RULE reports the same
 * words: "der Bewerber" at the start of a sentence is reported once, as
 * speaking about the reader, whose fix ("Sie") settles both. */
static gboolean
yields (JdReviewRun *run,
        GPtrArray   *kept,
        const Match *match)
{
  const char *rule = _jd_rule_set_get_rule (run->rules, match->phrase->rule);
  const char *other_rule = _jd_rule_set_get_setting (run->rules, rule, "yields-to");
  int other;

  if (other_rule == NULL || (other = _jd_rule_set_find_rule (run->rules, other_rule)) < 0)
    return FALSE;

  for (guint k = 0; k < kept->len; k++)
    {
      const Match *m = g_ptr_array_index (kept, k);

      if (m->phrase->rule == (guint)other && overlaps (m, match))
        return TRUE;
    }

  return FALSE;
}

/* The suggestion as it replaces @text: capitalized where @text opens a
 * sentence with a capital (not merely where it has one: German nouns
 * have capitals anywhere). */
static char *
fit_case (const char *suggestion,
          const char *text,
          gboolean    opens_sentence)
{
  gunichar first = g_utf8_get_char (suggestion);

  if (!opens_sentence || !g_unichar_isupper (g_utf8_get_char (text)) || !g_unichar_islower (first))
    return g_strdup (suggestion);

  {
    g_autoptr(GString) out = g_string_new (NULL);

    g_string_append_unichar (out, g_unichar_totitle (first));
    g_string_append (out, g_utf8_next_char (suggestion));
    return g_string_free (g_steal_pointer (&out), FALSE);
  }
}

/* A gender-coded word as the lists of the review show it: as written,
 * but without the capital it has only because it opens a sentence.
 * German writes its nouns with a capital anywhere ("Verständnis"), so
 * a German word keeps its own. */
static char *
word_as_listed (const char *text,
                gboolean    opens_sentence,
                const char *language)
{
  gunichar first = g_utf8_get_char (text);
  g_autoptr(GString) out = NULL;

  if (!opens_sentence || !g_unichar_isupper (first) || g_strcmp0 (language, "de") == 0)
    return g_strdup (text);

  /* An acronym or a name in capitals stays as it is. */
  if (g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (text))))
    return g_strdup (text);

  out = g_string_new (NULL);
  g_string_append_unichar (out, g_unichar_tolower (first));
  g_string_append (out, g_utf8_next_char (text));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
report (JdReviewRun   *run,
        JdScan        *scan,
        const Match   *match,
        const JdPlace *where)
{
  const char *rule = _jd_rule_set_get_rule (run->rules, match->phrase->rule);
  const JdRuleInfo *info = _jd_rule_set_get_info (run->rules, match->phrase->rule);
  const char *from = g_utf8_offset_to_pointer (scan->text, match->cstart);
  const char *to = g_utf8_offset_to_pointer (from, match->cend - match->cstart);
  g_autofree char *text = g_strndup (from, (gsize)(to - from));
  g_autoptr(GStrvBuilder) suggestions = g_strv_builder_new ();
  g_auto(GStrv) fitted = NULL;
  g_autofree char *message = NULL;
  JdPlace place = *where;
  const char *format;
  guint sentence = g_array_index (scan->tokens, JdToken, match->first).sentence;
  gboolean opens_sentence =
    g_array_index (scan->sentences, JdSentence, sentence).first_token == match->first &&
    g_array_index (scan->tokens, JdToken, match->first).cstart == match->cstart;

  if (strcmp (rule, "gender.feminine") == 0)
    {
      g_ptr_array_add (run->feminine, word_as_listed (text, opens_sentence, run->language));
      return;
    }
  if (strcmp (rule, "gender.masculine") == 0)
    g_ptr_array_add (run->masculine, word_as_listed (text, opens_sentence, run->language));

  for (guint i = 0; match->phrase->suggestions[i] != NULL; i++)
    {
      g_autofree char *fitted_one = fit_case (match->phrase->suggestions[i], text, opens_sentence);

      g_strv_builder_add (suggestions, fitted_one);
    }
  fitted = g_strv_builder_end (suggestions);

  format = info->message;
  if (strcmp (rule, "gender.masculine") == 0 && run->adapted)
    /* Translators: the placeholder is a word of the document, such as
     * “ehrgeizig”; the list is Jobscribe's own for languages other than
     * English. */
    format = N_("“%s” is masculine-coded in Jobscribe’s list adapted to this language: "
                "ads with many such words may appeal less to women.");

  message = _jd_review_format_message (_(format), text);
  place.start = (int)match->cstart;
  place.end = (int)match->cend;
  _jd_review_add_finding (run, rule, message, &place, text,
                          (const char * const *)fitted);
}

/**
 * _jd_review_match:
 * @place: where @scan is: the section and block, or the field; its
 *   offsets are filled in
 *
 * Looks for the phrases of every word rule in @scan and reports them.
 */
void
_jd_review_match (JdReviewRun   *run,
                  JdScan        *scan,
                  const JdPlace *place)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GPtrArray) exceptions = g_ptr_array_new ();

  for (guint i = 0; i < scan->tokens->len; i++)
    {
      const JdToken *token = &g_array_index (scan->tokens, JdToken, i);
      guint64 matched_rules = 0;

      add_matches (run, scan, i, _jd_rule_set_lookup (run->rules, _jd_scan_folded (scan, i)),
                   matches, &matched_rules);
      if (token->flags & JD_TOKEN_NUMBER)
        add_matches (run, scan, i, _jd_rule_set_lookup (run->rules, "<n>"), matches, &matched_rules);
      if (token->flags & JD_TOKEN_JOINED)
        add_part_matches (run, scan, i, matches, matched_rules);
    }

  if (matches->len == 0)
    return;

  g_array_sort (matches, compare_matches);
  for (guint m = 0; m < matches->len; m++)
    if (g_array_index (matches, Match, m).phrase->exception)
      g_ptr_array_add (exceptions, &g_array_index (matches, Match, m));

  for (guint m = 0; m < matches->len; m++)
    {
      const Match *match = &g_array_index (matches, Match, m);
      gboolean silenced = FALSE;

      if (match->phrase->exception)
        continue;

      /* The longest match of a rule wins where they overlap: the kept
       * matches of the rule are the last ones kept, longer or as long. */
      for (guint k = kept->len; !silenced && k-- > 0; )
        {
          const Match *other = g_ptr_array_index (kept, k);

          if (other->phrase->rule != match->phrase->rule)
            break;
          silenced = overlaps (other, match);
        }

      for (guint e = 0; !silenced && e < exceptions->len; e++)
        {
          const Match *other = g_ptr_array_index (exceptions, e);

          silenced = other->phrase->rule == match->phrase->rule && overlaps (other, match);
        }

      if (silenced || !in_allowed_section (run, match, place) ||
          reason_follows (run, scan, match) || reason_precedes (run, scan, match))
        continue;

      g_ptr_array_add (kept, (gpointer)match);
    }

  g_ptr_array_sort (kept, compare_positions);
  for (guint k = 0; k < kept->len; k++)
    if (!yields (run, kept, g_ptr_array_index (kept, k)))
      report (run, scan, g_ptr_array_index (kept, k), place);
}

/**
 * _jd_review_find_phrase:
 * @rule_id: a rule whose phrases are a list for one check
 * @cstart: (out): the first character of the phrase found
 * @cend: (out): the character after it
 *
 * Returns: whether one of the phrases of @rule_id is in @scan
 */
gboolean
_jd_review_find_phrase (JdReviewRun *run,
                        JdScan      *scan,
                        const char  *rule_id,
                        guint       *cstart,
                        guint       *cend)
{
  int rule = _jd_rule_set_find_rule (run->rules, rule_id);

  if (rule < 0)
    return FALSE;

  for (guint i = 0; i < scan->tokens->len; i++)
    {
      const JdToken *token = &g_array_index (scan->tokens, JdToken, i);
      GPtrArray *lists[] = {
        _jd_rule_set_lookup (run->rules, _jd_scan_folded (scan, i)),
        (token->flags & JD_TOKEN_NUMBER) ? _jd_rule_set_lookup (run->rules, "<n>") : NULL,
      };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint p = 0; lists[l] != NULL && p < lists[l]->len; p++)
          {
            const JdPhrase *phrase = g_ptr_array_index (lists[l], p);

            if (phrase->rule != (guint)rule || phrase->exception || !phrase_matches (scan, phrase, i))
              continue;

            *cstart = token->cstart;
            *cend = g_array_index (scan->tokens, JdToken, i + phrase->n_tokens - 1).cend;
            return TRUE;
          }
    }

  return FALSE;
}
