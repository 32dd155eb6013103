/* jd-spell-words.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-spell"

#include "config.h"

#include <string.h>

#include "jd-spell-words-private.h"

/* Cutting text into the words a dictionary can judge, and leaving alone
 * what no dictionary knows: placeholders in square brackets (the one
 * placeholder syntax of Jobscribe, at most 100 characters), e-mail
 * addresses, URLs and domain names, words with digits (B2B, 5G), words
 * with a capital inside (HubSpot, iOS) or all in capitals (SAP, CRM), and
 * single letters.
 *
 * A word is letters and digits, joined by apostrophes (it's, l’équipe,
 * d’água) and hyphens (full-time). A hyphenated word the dictionary does
 * not know as a whole is checked part by part, and only the parts it
 * does not know are marked. Elided articles and pronouns of French,
 * Portuguese, Spanish, Italian and Catalan (l’, d’, qu’…) are checked
 * apart from the word they lean on, and the English possessive ’s is
 * checked without its ending. The other gender's ending written onto a
 * word (Mitarbeiter:in, Vendeur/euse, Kaufmann/-frau, Μάγειρας/ισσα) is
 * not a word of its own and is left alone. Offsets are in characters. */

#define MAX_PLACEHOLDER 100

/* The most letters of an inclusive ending: "innen", "trice", "ισσα". */
#define MAX_ENDING 5

typedef struct
{
  const gunichar   *text;
  const char       *language;
  JdSpellKnownFunc  known;
  gpointer          user_data;
  GArray           *misspellings;
} JdWordScan;

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Returns: the character after the "]" closing a placeholder that opens
 * at @start, or 0 when the bracket opens none. */
static glong
placeholder_end (const gunichar *text,
                 glong           start,
                 glong           n)
{
  for (glong i = start + 1; i < n && i <= start + MAX_PLACEHOLDER + 1; i++)
    {
      if (text[i] == ']')
        return i > start + 1 ? i + 1 : 0;
      if (text[i] == '[' || text[i] == '\n')
        return 0;
    }
  return 0;
}

static gboolean
is_closing_punctuation (gunichar c)
{
  return strchr (".,;:!?)]}\"'", (int)c) != NULL || c == 0x2019 || c == 0x201D || c == 0xBB;
}

/* An e-mail address, a URL or a domain name such as jobscribe.io: what
 * runs up to the next space is left alone as a whole. */
static gboolean
is_link (const gunichar *text,
         glong           start,
         glong           end)
{
  glong last_dot = -1;
  gboolean dot_inside = FALSE;

  while (end > start && is_closing_punctuation (text[end - 1]))
    end--;

  for (glong i = start; i < end; i++)
    {
      if (text[i] == '@')
        return TRUE;
      if (text[i] == ':' && i + 2 < end && text[i + 1] == '/' && text[i + 2] == '/')
        return TRUE;
      if (text[i] == '.')
        {
          if (i > start && i + 1 < end && g_unichar_isalnum (text[i - 1]) && g_unichar_isalnum (text[i + 1]))
            dot_inside = TRUE;
          last_dot = i;
        }
    }

  if (!dot_inside)
    return FALSE;

  /* A top-level domain: two or more ASCII letters after the last dot. */
  if (end - last_dot - 1 < 2)
    return FALSE;
  for (glong i = last_dot + 1; i < end; i++)
    if (text[i] > 0x7F || !g_ascii_isalpha ((char)text[i]))
      return FALSE;

  return TRUE;
}

static gboolean
uses_elision (const char *language)
{
  static const char * const elision[] = { "ca", "es", "fr", "it", "pt", NULL };
  g_autofree char *primary = g_strndup (language, strcspn (language, "-_"));

  return g_strv_contains (elision, primary);
}

static void
add_misspelling (JdWordScan *scan,
                 glong       start,
                 glong       end)
{
  JdMisspelling misspelling = { (int)start, (int)end };

  g_array_append_val (scan->misspellings, misspelling);
}

/* Asks the dictionary about [start, end), with either apostrophe. */
static gboolean
known (JdWordScan *scan,
       glong       start,
       glong       end)
{
  g_autofree char *word = g_ucs4_to_utf8 (scan->text + start, end - start, NULL, NULL, NULL);
  gboolean apostrophe = FALSE;

  if (word == NULL)
    return TRUE;
  if (scan->known (word, scan->user_data))
    return TRUE;

  for (glong i = start; i < end; i++)
    apostrophe |= is_apostrophe (scan->text[i]);
  if (!apostrophe)
    return FALSE;

  /* Dictionaries differ in the apostrophe they spell with. */
  {
    g_autofree gunichar *swapped = g_memdup2 (scan->text + start, sizeof (gunichar) * (end - start));
    g_autofree char *other = NULL;

    for (glong i = 0; i < end - start; i++)
      if (is_apostrophe (swapped[i]))
        swapped[i] = swapped[i] == '\'' ? 0x2019 : '\'';
    other = g_ucs4_to_utf8 (swapped, end - start, NULL, NULL, NULL);
    return other != NULL && scan->known (other, scan->user_data);
  }
}

/* Whether [start, end) is a word a dictionary can judge. */
static gboolean
is_checkable (JdWordScan *scan,
              glong       start,
              glong       end)
{
  glong letters = 0;

  for (glong i = start; i < end; i++)
    {
      gunichar c = scan->text[i];

      if (g_unichar_isdigit (c) || g_unichar_type (c) == G_UNICODE_OTHER_NUMBER ||
          g_unichar_type (c) == G_UNICODE_LETTER_NUMBER)
        return FALSE;
      /* HubSpot, iOS, SAP: names and acronyms. */
      if (i > start && (g_unichar_isupper (c) || g_unichar_istitle (c)))
        return FALSE;
      if (g_unichar_isalpha (c))
        letters++;
    }

  return letters >= 2;
}

/* One word without hyphens. */
static void
check_simple (JdWordScan *scan,
              glong       start,
              glong       end)
{
  glong first_apostrophe = -1;

  if (!is_checkable (scan, start, end) || known (scan, start, end))
    return;

  /* bzw., etc.: abbreviations the dictionary knows with their period. */
  if (scan->text[end] == '.' && known (scan, start, end + 1))
    return;

  for (glong i = start; i < end && first_apostrophe < 0; i++)
    if (is_apostrophe (scan->text[i]))
      first_apostrophe = i;

  if (first_apostrophe >= 0)
    {
      /* l’équipe, d’água, qu’il: the elided word, then the rest. */
      if (uses_elision (scan->language) && first_apostrophe - start <= 5)
        {
          check_simple (scan, first_apostrophe + 1, end);
          return;
        }

      /* the team’s */
      if (end - first_apostrophe == 2 && (scan->text[end - 1] == 's' || scan->text[end - 1] == 'S'))
        {
          check_simple (scan, start, first_apostrophe);
          return;
        }
    }

  add_misspelling (scan, start, end);
}

/* Whether [start, end) is the other gender's ending written onto a word,
 * as job ads in every language do: Mitarbeiter:in, Mitarbeiter*innen,
 * Vendeur/euse, vendeur·euse, Koch(in), Μάγειρας/ισσα. The ending alone
 * is no word; the word it is written onto is still checked. */
static gboolean
is_inclusive_ending (JdWordScan *scan,
                     glong       start,
                     glong       end)
{
  gunichar mark;

  if (start < 2 || end - start > MAX_ENDING || !g_unichar_isalpha (scan->text[start - 2]))
    return FALSE;

  mark = scan->text[start - 1];
  return mark == '/' || mark == ':' || mark == '*' || mark == '_' || mark == '(' || mark == 0xB7;
}

static void
check_word (JdWordScan *scan,
            glong       start,
            glong       end)
{
  glong part = start;
  gboolean hyphenated = FALSE;

  if (is_inclusive_ending (scan, start, end))
    return;

  for (glong i = start; i < end; i++)
    hyphenated |= is_hyphen (scan->text[i]);

  /* Sicherheits- und Gesundheitsschutz, Haupt- und -nebensaison: a
   * compound cut short is left alone. */
  if ((start > 0 && is_hyphen (scan->text[start - 1])) || is_hyphen (scan->text[end]))
    return;

  if (!hyphenated)
    {
      check_simple (scan, start, end);
      return;
    }

  if (is_checkable (scan, start, end) && known (scan, start, end))
    return;

  for (glong i = start; i <= end; i++)
    if (i == end || is_hyphen (scan->text[i]))
      {
        /* pre-, co-, non-: prefixes dictionaries do not list alone. */
        if (i == end || i - part > 3)
          check_simple (scan, part, i);
        part = i + 1;
      }
}

/**
 * _jd_spell_find_misspellings:
 * @language: the language of @text, such as "fr"
 * @known: tells the words that are right or to be left alone
 * @misspellings: (element-type JdMisspelling): where to add what is found
 *
 * Finds the words of @text that @known does not know, in the order of
 * the text.
 */
void
_jd_spell_find_misspellings (const char       *text,
                             const char       *language,
                             JdSpellKnownFunc  known_func,
                             gpointer          user_data,
                             GArray           *misspellings)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;
  glong i = 0;
  JdWordScan scan;

  g_return_if_fail (known_func != NULL);
  g_return_if_fail (misspellings != NULL);

  if (text == NULL)
    return;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  scan = (JdWordScan) { chars, language != NULL ? language : "en", known_func, user_data, misspellings };

  while (i < n)
    {
      glong close;
      glong start;

      if (chars[i] == '[' && (close = placeholder_end (chars, i, n)) > 0)
        {
          i = close;
          continue;
        }

      if (i == 0 || g_unichar_isspace (chars[i - 1]))
        {
          glong run_end = i;

          while (run_end < n && !g_unichar_isspace (chars[run_end]))
            run_end++;
          if (is_link (chars, i, run_end))
            {
              i = run_end;
              continue;
            }
        }

      if (!is_word_char (chars[i]))
        {
          i++;
          continue;
        }

      start = i;
      while (i < n && (is_word_char (chars[i]) ||
                       ((is_apostrophe (chars[i]) || is_hyphen (chars[i])) &&
                        i + 1 < n && is_word_char (chars[i + 1]))))
        i++;

      check_word (&scan, start, i);
    }
}
