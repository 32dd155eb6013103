/* jd-find.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-find"

#include "config.h"

#include <string.h>

#include "jd-find.h"

/* Finding text as a writer means it, in any of the six languages: without
 * match case, "STRASSE" finds "Straße" and "ομάδας" finds "ΟΜΑΔΑΣ" (case
 * folding, final sigma included); a precomposed "é" and an "e" followed
 * by a combining accent are the same letter (NFD). Both sides are folded
 * character by character, remembering which character of the text each
 * folded one came from, so a match is a range of the text as it is, and
 * never half of a character that folds to several ("s" in "ß"). */

typedef struct
{
  GArray *chars;    /* gunichar, folded and decomposed */
  GArray *origin;   /* guint, for each of chars: its character in the text */
  GArray *original; /* gunichar, the characters of the text */
} Folded;

static void
folded_clear (Folded *folded)
{
  g_clear_pointer (&folded->chars, g_array_unref);
  g_clear_pointer (&folded->origin, g_array_unref);
  g_clear_pointer (&folded->original, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Folded, folded_clear)

static void
fold (Folded     *folded,
      const char *text,
      gboolean    fold_case)
{
  guint index = 0;

  folded->chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  folded->origin = g_array_new (FALSE, FALSE, sizeof (guint));
  folded->original = g_array_new (FALSE, FALSE, sizeof (gunichar));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      gunichar c = g_utf8_get_char (p);
      g_autofree char *cased = NULL;
      g_autofree char *decomposed = NULL;

      g_array_append_val (folded->original, c);

      if (c < 0x80)
        {
          gunichar lower = fold_case ? (gunichar)g_ascii_tolower ((char)c) : c;

          g_array_append_val (folded->chars, lower);
          g_array_append_val (folded->origin, index);
          continue;
        }

      cased = fold_case ? g_utf8_casefold (p, g_utf8_next_char (p) - p)
                        : g_strndup (p, g_utf8_next_char (p) - p);
      decomposed = g_utf8_normalize (cased, -1, G_NORMALIZE_NFD);
      if (decomposed == NULL)
        continue;

      for (const char *q = decomposed; *q != '\0'; q = g_utf8_next_char (q))
        {
          gunichar d = g_utf8_get_char (q);

          g_array_append_val (folded->chars, d);
          g_array_append_val (folded->origin, index);
        }
    }
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether a word does not go on across the boundary before character
 * @index of @chars. */
static gboolean
is_word_boundary (GArray *chars,
                  guint   index)
{
  if (index == 0 || index >= chars->len)
    return TRUE;

  return !(is_word_char (g_array_index (chars, gunichar, index - 1)) &&
           is_word_char (g_array_index (chars, gunichar, index)));
}

static gboolean
matches_at (Folded *text,
            Folded *needle,
            guint   at)
{
  if (at + needle->chars->len > text->chars->len)
    return FALSE;

  return memcmp (&g_array_index (text->chars, gunichar, at), needle->chars->data,
                 needle->chars->len * sizeof (gunichar)) == 0;
}

/**
 * jd_text_find:
 * @text: the text to look in
 * @needle: what to look for
 * @flags: whether case matters and whether only whole words match
 *
 * Returns: (transfer full) (element-type JdTextRange): where @needle is
 *   in @text, in characters, in order and not overlapping; empty for an
 *   empty @needle
 */
GArray *
jd_text_find (const char  *text,
              const char  *needle,
              JdFindFlags  flags)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
  gboolean fold_case = (flags & JD_FIND_MATCH_CASE) == 0;
  g_auto(Folded) folded_text = { 0 };
  g_auto(Folded) folded_needle = { 0 };
  guint n;

  if (text == NULL || *text == '\0' || needle == NULL || *needle == '\0')
    return ranges;

  fold (&folded_needle, needle, fold_case);
  if (folded_needle.chars->len == 0)
    return ranges;
  fold (&folded_text, text, fold_case);

  n = folded_text.chars->len;
  for (guint at = 0; at < n;)
    {
      guint end = at + folded_needle.chars->len;
      guint first;
      guint last;

      if (!matches_at (&folded_text, &folded_needle, at))
        {
          at++;
          continue;
        }

      first = g_array_index (folded_text.origin, guint, at);
      last = g_array_index (folded_text.origin, guint, end - 1);

      /* Whole characters of the text only: not the "s" of "ß", nor an
       * "e" whose accent follows. */
      if ((at > 0 && g_array_index (folded_text.origin, guint, at - 1) == first) ||
          (end < n && (g_array_index (folded_text.origin, guint, end) == last ||
                       g_unichar_ismark (g_array_index (folded_text.chars, gunichar, end)))))
        {
          at++;
          continue;
        }

      if ((flags & JD_FIND_WHOLE_WORD) != 0 &&
          (!is_word_boundary (folded_text.original, first) ||
           !is_word_boundary (folded_text.original, last + 1)))
        {
          at++;
          continue;
        }

      {
        JdTextRange range = { NULL, -1, -1, (int)first, (int)last + 1 };

        g_array_append_val (ranges, range);
      }
      at = end;
    }

  return ranges;
}

/**
 * jd_text_find_placeholders:
 *
 * Finds the placeholders of @text, the one syntax of Jobscribe: words in
 * square brackets that the company replaces, "[Store Manager]". A
 * placeholder is on one line, not nested, not blank, and holds at most
 * %JD_PLACEHOLDER_MAX_CHARS characters.
 *
 * Returns: (transfer full) (element-type JdTextRange): the placeholders,
 *   brackets included, in characters
 */
GArray *
jd_text_find_placeholders (const char *text)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
  int open = -1;
  gboolean blank = TRUE;
  int index = 0;

  if (text == NULL)
    return ranges;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), index++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '[')
        {
          open = index;
          blank = TRUE;
        }
      else if (open < 0)
        continue;
      else if (c == ']')
        {
          if (!blank && index - open - 1 <= JD_PLACEHOLDER_MAX_CHARS)
            {
              JdTextRange range = { NULL, -1, -1, open, index + 1 };

              g_array_append_val (ranges, range);
            }
          open = -1;
        }
      else if (c == '\n')
        open = -1;
      else if (!g_unichar_isspace (c))
        blank = FALSE;
    }

  return ranges;
}

/**
 * jd_text_replace_ranges:
 * @ranges: (element-type JdTextRange): ranges of @text, in order and not
 *   overlapping, as jd_text_find() gives them
 *
 * Returns: (transfer full): @text with @replacement in the place of each
 *   of @ranges
 */
char *
jd_text_replace_ranges (const char *text,
                        GArray     *ranges,
                        const char *replacement)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  int index = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (ranges != NULL, NULL);

  if (replacement == NULL)
    replacement = "";

  for (guint i = 0; i < ranges->len; i++)
    {
      const JdTextRange *range = &g_array_index (ranges, JdTextRange, i);

      if (range->start < index)
        continue;

      for (; *p != '\0' && index < range->start; index++)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
      for (; *p != '\0' && index < range->end; index++)
        p = g_utf8_next_char (p);
      g_string_append (out, replacement);
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}
