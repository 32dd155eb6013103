/* jd-review-syllables.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jd-review-private.h"

/* Syllables, counted by rules of spelling for each language: exact for
 * most words of Spanish and Portuguese, close for German and French, and
 * a heuristic for English, as readability tools use. Readability scores
 * depend on averages over hundreds of words, which these counts get right
 * within a few percent.
 *
 * - English: groups of vowels (a e i o u, and y after the first letter),
 *   less a silent final "e" (not "-le" after a consonant: "ta-ble") and a
 *   final "-es" or "-ed" that adds no syllable ("makes", "worked"; but
 *   "box-es", "want-ed"), at least one.
 * - German: groups of vowels (a e i o u y ä ö ü); diphthongs and long
 *   vowels (ei, ie, au, eu, äu, aa, ee) are one group.
 * - French: groups of vowels (with accents, y, œ, æ); a diaeresis starts a
 *   new syllable ("na-ïf"); a final "e" or "es" after a consonant is
 *   silent when the word has another vowel ("table": one).
 * - Spanish and Portuguese: a strong vowel (a e o, any accented vowel)
 *   next to another strong vowel is a hiatus (two syllables: "a-é-re-o",
 *   "pa-ís"); a weak vowel (i u ü) next to any vowel is a diphthong (one:
 *   "ciu-dad", "cau-sa"); Portuguese "ão", "ãe", "õe" are one; "y" is a
 *   vowel only at the end of a word ("hoy", "muy", "y").
 * - Greek: groups of vowels, an accented or diaeresis vowel after another
 *   starting a new syllable unless the pair is a digraph (αι, ει, οι, ου,
 *   υι, αυ, ευ, ηυ). */

static gboolean
in_set (gunichar    c,
        const char *set)
{
  /* An ASCII byte never occurs inside a UTF-8 sequence. */
  if (c < 0x80)
    return c != 0 && strchr (set, (int)c) != NULL;

  for (const char *p = set; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;

  return FALSE;
}

static guint
count_english (const char *word,
               gsize       len)
{
  char letters[64];
  gsize n = 0;
  guint groups = 0;
  gboolean in_group = FALSE;

  for (gsize i = 0; i < len && n < sizeof letters - 1; i++)
    if (g_ascii_isalpha (word[i]))
      letters[n++] = g_ascii_tolower (word[i]);
  letters[n] = '\0';

  if (n == 0)
    return 1;

  for (gsize i = 0; i < n; i++)
    {
      gboolean vowel = strchr ("aeiou", letters[i]) != NULL || (letters[i] == 'y' && i > 0);

      if (vowel && !in_group)
        groups++;
      in_group = vowel;
    }

  if (groups > 1 && n > 2 && letters[n - 1] == 'e' &&
      !(letters[n - 2] == 'l' && strchr ("aeiouy", letters[n - 3]) == NULL) &&
      strchr ("aeiouy", letters[n - 2]) == NULL)
    groups--;
  else if (groups > 1 && n > 3 && letters[n - 2] == 'e' &&
           ((letters[n - 1] == 'd' && strchr ("aeiouytd", letters[n - 3]) == NULL) ||
            (letters[n - 1] == 's' && strchr ("aeiouysxzcgh", letters[n - 3]) == NULL)))
    groups--;

  return MAX (groups, 1);
}

static guint
count_groups (const char *word,
              gsize       len,
              const char *vowels,
              const char *restarts)
{
  guint groups = 0;
  gboolean in_group = FALSE;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      gboolean vowel = in_set (c, vowels);

      if (vowel && (!in_group || (restarts != NULL && in_set (c, restarts))))
        groups++;
      in_group = vowel;
    }

  return MAX (groups, 1);
}

static guint
count_french (const char *word,
              gsize       len)
{
  static const char *vowels = "aeiouyàâäéèêëîïôöùûüœæ";
  g_autofree char *lower = g_utf8_strdown (word, (gssize)len);
  gsize n = strlen (lower);
  guint groups = count_groups (lower, n, vowels, "ëïü");
  const char *last = lower + n;
  const char *before;

  /* A silent final e or es after a consonant. */
  if (groups > 1 && n > 2)
    {
      if (g_str_has_suffix (lower, "es"))
        last -= 2;
      else if (g_str_has_suffix (lower, "e"))
        last -= 1;

      if (last < lower + n && last > lower)
        {
          before = g_utf8_prev_char (last);
          if (!in_set (g_utf8_get_char (before), vowels))
            groups--;
        }
    }

  return groups;
}

static guint
count_iberian (const char *word,
               gsize       len,
               gboolean    portuguese)
{
  static const char *strong_es = "aeoáéíóú";
  static const char *strong_pt = "aeoáéíóúâêôãõà";
  const char *strong = portuguese ? strong_pt : strong_es;
  const char *weak = "iuü";
  gunichar previous = 0;
  gboolean previous_vowel = FALSE;
  guint nuclei = 0;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      const char *next = g_utf8_next_char (p);
      gboolean at_end = next >= word + len;
      gboolean vowel = in_set (c, strong) || in_set (c, weak) ||
                       (c == 'y' && at_end && (previous_vowel || p == word));

      if (vowel)
        {
          if (!previous_vowel)
            nuclei++;
          else if (in_set (c, strong) && in_set (previous, strong) &&
                   !(portuguese && (previous == 0x00E3 || previous == 0x00F5) && (c == 'o' || c == 'e')))
            nuclei++;
        }

      previous = c;
      previous_vowel = vowel;
    }

  return MAX (nuclei, 1);
}

/* The base letter of @c, and whether it carries an accent or a diaeresis. */
static gunichar
greek_base (gunichar  c,
            gboolean *accent,
            gboolean *diaeresis)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (g_unichar_tolower (c), FALSE,
                                       decomposed, G_N_ELEMENTS (decomposed));

  *accent = *diaeresis = FALSE;
  for (gsize i = 1; i < n; i++)
    {
      if (decomposed[i] == 0x0301)
        *accent = TRUE;
      else if (decomposed[i] == 0x0308)
        *diaeresis = TRUE;
    }

  return n > 0 ? decomposed[0] : c;
}

static gboolean
is_greek_digraph (gunichar first,
                  gunichar second)
{
  static const char * const digraphs[] = { "αι", "ει", "οι", "υι", "ου", "αυ", "ευ", "ηυ" };

  for (guint i = 0; i < G_N_ELEMENTS (digraphs); i++)
    if (g_utf8_get_char (digraphs[i]) == first &&
        g_utf8_get_char (g_utf8_next_char (digraphs[i])) == second)
      return TRUE;

  return FALSE;
}

static guint
count_greek (const char *word,
             gsize       len)
{
  gunichar previous = 0;
  gboolean previous_accent = FALSE;
  guint nuclei = 0;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gboolean accent, diaeresis;
      gunichar c = greek_base (g_utf8_get_char (p), &accent, &diaeresis);
      gboolean vowel = in_set (c, "αεηιουω");

      if (vowel && (previous == 0 || diaeresis || previous_accent ||
                    !is_greek_digraph (previous, c)))
        nuclei++;

      previous = vowel ? c : 0;
      previous_accent = vowel && accent;
    }

  return MAX (nuclei, 1);
}

/**
 * _jd_count_syllables:
 * @word: a word, not folded: accents matter
 * @len: its length in bytes, or -1
 *
 * Returns: the syllables of @word in @language, at least 1
 */
guint
_jd_count_syllables (const char *word,
                     gssize      len,
                     const char *language)
{
  gsize n = len < 0 ? strlen (word) : (gsize)len;

  if (g_strcmp0 (language, "de") == 0)
    return count_groups (word, n, "aeiouyäöüAEIOUYÄÖÜ", NULL);
  if (g_strcmp0 (language, "fr") == 0)
    return count_french (word, n);
  if (g_strcmp0 (language, "es") == 0)
    return count_iberian (word, n, FALSE);
  if (g_strcmp0 (language, "pt") == 0)
    return count_iberian (word, n, TRUE);
  if (g_strcmp0 (language, "el") == 0)
    return count_greek (word, n);

  return count_english (word, n);
}
