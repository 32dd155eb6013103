/* jd-review-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include "jd-review-private.h"

/* The review reads text as words (tokens) in sentences.
 *
 * A token is a run of letters, digits and combining marks. A hyphen, a
 * slash, a gender star or colon, an underscore or a middle dot between
 * letters joins two runs into one token, so "self-starter", "full-time",
 * "Mitarbeiter*innen", "Verkäufer/in", "candidat·e" and "υποψήφιος/-α"
 * are one token each; an apostrophe does not, so "l'équipe" is "l" and
 * "équipe". Word lists are matched against the folded form of tokens:
 * lower case, composed (NFC), Greek final sigma as sigma, so "Υποψήφιος"
 * and "υποψήφιος" are the same word. Accents stay: they tell words apart
 * ("jünger" and "junger", "está" and "esta", "συνέργεια" and
 * "συνεργεία").
 *
 * A sentence ends at a full stop, question or exclamation mark (and at a
 * semicolon in Greek, which is its question mark) followed by a space or
 * the end, and at a line break; a full stop after a single letter ("z. B.",
 * "e. g.") or before a lower-case letter ends none. */

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

static gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (c) || is_mark (c);
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

/* Whether @c, inside a token, joins it with what follows at @next. */
static gboolean
is_joiner (gunichar    c,
           const char *next)
{
  gunichar n = g_utf8_get_char (next);

  if (is_hyphen (c) || c == 0x00B7)
    return is_word_char (n);

  if (c == '/')
    return is_word_char (n) ||
           (is_hyphen (n) && is_word_char (g_utf8_get_char (g_utf8_next_char (next))));

  /* Gender forms: "Mitarbeiter*innen", "Mitarbeiter:innen", "Kolleg_innen". */
  if (c == '*' || c == ':' || c == '_')
    return g_unichar_islower (n);

  return FALSE;
}

/* The folded form of a character: lower case. */
static gunichar
fold_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_tolower (c);

  if (is_hyphen (c))
    return '-';

  c = g_unichar_tolower (c);

  /* Final sigma. */
  if (c == 0x03C2)
    c = 0x03C3;

  return c;
}

/* Returns: whether @c is a combining mark, which leaves the text to
 * compose. */
static gboolean
append_folded (GString  *out,
               gunichar  c)
{
  c = fold_char (c);
  if (c < 0x80)
    g_string_append_c (out, (char)c);
  else
    g_string_append_unichar (out, c);

  return c >= 0x0300 && is_mark (c);
}

/* Text typed with combining accents ("e" then U+0301) reads as the
 * composed letters of the word lists. */
static void
compose_from (GString *out,
              gsize    start)
{
  g_autofree char *composed = g_utf8_normalize (out->str + start, -1, G_NORMALIZE_NFC);

  if (composed == NULL)
    return;

  g_string_truncate (out, start);
  g_string_append (out, composed);
}

/**
 * _jd_fold:
 *
 * Returns: (transfer full): @text folded as tokens are: lower case,
 *   composed
 */
char *
_jd_fold (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean marks = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    marks |= append_folded (out, g_utf8_get_char (p));

  if (marks)
    compose_from (out, 0);

  return g_string_free (out, FALSE);
}

static gboolean
is_sentence_end (gunichar c,
                 gboolean greek)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x037E ||
         c == 0x203C || c == 0x2047 || c == 0x3002 || (greek && c == ';');
}

static gboolean
is_closing (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_CLOSE_PUNCTUATION ||
         type == G_UNICODE_FINAL_PUNCTUATION ||
         c == '"' || c == '\'';
}

/* Whether the terminator at @p ends a sentence, given the token before. */
static gboolean
ends_sentence (const char    *text,
               const char    *p,
               gboolean       greek,
               const JdToken *previous)
{
  gunichar c = g_utf8_get_char (p);
  const char *q = g_utf8_next_char (p);

  if (!is_sentence_end (c, greek))
    return FALSE;

  while (*q && is_closing (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);

  if (*q != '\0' && !g_unichar_isspace (g_utf8_get_char (q)))
    return FALSE;

  if (c != '.')
    return TRUE;

  /* "z. B.", "e. g.", initials. */
  if (previous != NULL && previous->end == (guint)(p - text) &&
      previous->cend - previous->cstart == 1 && (previous->flags & JD_TOKEN_LETTERS))
    return FALSE;

  while (*q && g_unichar_isspace (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);

  return *q == '\0' || !g_unichar_islower (g_utf8_get_char (q));
}

typedef struct
{
  JdScan     *scan;
  gboolean    in_token;
  gboolean    marks;
  JdToken     token;
  JdSentence  sentence;
  /* Where the text of the sentence ends so far. */
  guint       content_end;
  guint       content_cend;
} Scanner;

static void
close_token (Scanner *s,
             guint    end,
             guint    cend)
{
  if (!s->in_token)
    return;

  s->token.end = end;
  s->token.cend = cend;
  if (s->marks)
    compose_from (s->scan->folded, s->token.fold);
  s->marks = FALSE;
  g_string_append_c (s->scan->folded, '\0');
  g_array_append_val (s->scan->tokens, s->token);

  if (s->sentence.n_tokens == 0)
    {
      s->sentence.first_token = s->scan->tokens->len - 1;
      s->sentence.start = s->token.start;
      s->sentence.cstart = s->token.cstart;
    }
  s->sentence.n_tokens++;
  if (s->token.flags & JD_TOKEN_LETTERS)
    s->sentence.n_words++;

  s->in_token = FALSE;
}

static void
close_sentence (Scanner *s)
{
  if (s->sentence.n_tokens == 0)
    return;

  s->sentence.end = s->content_end;
  s->sentence.cend = s->content_cend;
  g_array_append_val (s->scan->sentences, s->sentence);
  memset (&s->sentence, 0, sizeof s->sentence);
}

/**
 * _jd_scan_init:
 * @language: the language of @text, for the Greek question mark
 *
 * Cuts @text into tokens and sentences. Offsets are kept both in bytes and
 * in characters: findings give characters, which is what text views count.
 */
void
_jd_scan_init (JdScan     *scan,
               const char *text,
               const char *language)
{
  Scanner s = { scan };
  gboolean greek = g_strcmp0 (language, "el") == 0;
  guint ci = 0;

  scan->text = text != NULL ? text : "";
  scan->tokens = g_array_new (FALSE, FALSE, sizeof (JdToken));
  scan->sentences = g_array_new (FALSE, FALSE, sizeof (JdSentence));
  scan->folded = g_string_sized_new (strlen (scan->text) + 16);

  for (const char *p = scan->text; *p; p = g_utf8_next_char (p), ci++)
    {
      gunichar c = g_utf8_get_char (p);
      guint offset = (guint)(p - scan->text);

      if (is_word_char (c))
        {
          if (!s.in_token)
            {
              memset (&s.token, 0, sizeof s.token);
              s.token.start = offset;
              s.token.cstart = ci;
              s.token.fold = (guint)scan->folded->len;
              s.token.sentence = scan->sentences->len;
              if (g_unichar_isdigit (c))
                s.token.flags |= JD_TOKEN_NUMBER;
              if (g_unichar_isupper (c) || g_unichar_istitle (c))
                s.token.flags |= JD_TOKEN_UPPER;
              s.in_token = TRUE;
            }
          if (g_unichar_isalpha (c))
            {
              s.token.flags |= JD_TOKEN_LETTERS;
              s.token.n_letters++;
            }
          s.marks |= append_folded (scan->folded, c);
        }
      else if (s.in_token && is_joiner (c, g_utf8_next_char (p)))
        {
          s.token.flags |= JD_TOKEN_JOINED;
          append_folded (scan->folded, c);
        }
      else
        {
          close_token (&s, offset, ci);
          if (c == '\n' || c == '\r')
            close_sentence (&s);
          else if (ends_sentence (scan->text, p, greek, scan->tokens->len > 0
                                            ? &g_array_index (scan->tokens, JdToken, scan->tokens->len - 1)
                                            : NULL))
            {
              s.content_end = (guint)(g_utf8_next_char (p) - scan->text);
              s.content_cend = ci + 1;
              close_sentence (&s);
            }
        }

      if (!g_unichar_isspace (c) && s.sentence.n_tokens + (s.in_token ? 1 : 0) > 0)
        {
          s.content_end = (guint)(g_utf8_next_char (p) - scan->text);
          s.content_cend = ci + 1;
        }
    }

  close_token (&s, (guint)strlen (scan->text), ci);
  close_sentence (&s);
}

void
_jd_scan_clear (JdScan *scan)
{
  g_clear_pointer (&scan->tokens, g_array_unref);
  g_clear_pointer (&scan->sentences, g_array_unref);
  if (scan->folded != NULL)
    g_string_free (g_steal_pointer (&scan->folded), TRUE);
}

const char *
_jd_scan_folded (JdScan *scan,
                 guint   token)
{
  return scan->folded->str + g_array_index (scan->tokens, JdToken, token).fold;
}

static void
clear_part (JdTokenPart *part)
{
  g_free (part->folded);
}

/**
 * _jd_scan_token_parts:
 *
 * Returns: (transfer full) (element-type JdTokenPart): the parts of a
 *   joined token, such as "results" and "driven" of "results-driven"
 */
GArray *
_jd_scan_token_parts (JdScan *scan,
                      guint   token)
{
  const JdToken *t = &g_array_index (scan->tokens, JdToken, token);
  GArray *parts = g_array_new (FALSE, TRUE, sizeof (JdTokenPart));
  g_autoptr(GString) folded = g_string_new (NULL);
  const char *end = scan->text + t->end;
  guint ci = t->cstart;
  guint part_start = ci;

  g_array_set_clear_func (parts, (GDestroyNotify)clear_part);

  for (const char *p = scan->text + t->start; p <= end; p = g_utf8_next_char (p), ci++)
    {
      gunichar c = p < end ? g_utf8_get_char (p) : 0;

      if (p < end && is_word_char (c))
        {
          append_folded (folded, c);
          continue;
        }

      if (folded->len > 0)
        {
          JdTokenPart part = { part_start, ci, g_utf8_normalize (folded->str, -1, G_NORMALIZE_NFC) };

          g_array_append_val (parts, part);
          g_string_truncate (folded, 0);
        }
      part_start = ci + 1;

      if (p == end)
        break;
    }

  return parts;
}
