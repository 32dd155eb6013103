/* jd-review-title.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-review-private.h"

/* The job title: what job boards refuse or demote (Workable's posting
 * guidelines, Google's job posting policies), and the conventions and
 * laws of each language for naming the job for every gender. */

#define MAX_TITLE_CHARS 80

static void
add_title_finding (JdReviewRun        *run,
                   const char         *rule,
                   const char         *message,
                   guint               cstart,
                   guint               cend,
                   const char * const *suggestions)
{
  const char *title = jd_document_get_title (run->document);
  const char *from = g_utf8_offset_to_pointer (title, cstart);
  const char *to = g_utf8_offset_to_pointer (from, cend - cstart);
  g_autofree char *text = g_strndup (from, (gsize)(to - from));
  JdPlace place = { -1, -1, (int)cstart, (int)cend, "title", "title" };

  _jd_review_add_finding (run, rule, message, &place, text, suggestions);
}

static gboolean
is_emoji (gunichar c)
{
  return (c >= 0x1F000 && c <= 0x1FAFF) ||   /* pictographs, emoticons, symbols */
         (c >= 0x2600 && c <= 0x27BF) ||     /* miscellaneous symbols, dingbats */
         (c >= 0x2B50 && c <= 0x2B55) ||     /* stars and circles */
         c == 0xFE0F || c == 0x200D;         /* emoji presentation, joiner */
}

/* The run of characters from @cstart for which @pred holds, with the
 * spaces before it, so that removing it leaves a clean title. */
static void
find_run (const char *title,
          gboolean  (*pred) (gunichar c),
          guint      *cstart,
          guint      *cend)
{
  guint ci = 0;
  guint space_start = 0;
  gboolean found = FALSE;

  *cstart = *cend = 0;
  for (const char *p = title; *p; p = g_utf8_next_char (p), ci++)
    {
      gunichar c = g_utf8_get_char (p);

      if (pred (c))
        {
          if (!found)
            *cstart = space_start;
          found = TRUE;
          *cend = ci + 1;
        }
      else if (found)
        break;
      else if (!g_unichar_isspace (c))
        space_start = ci + 1;
    }
}

static gboolean
is_exclamation (gunichar c)
{
  return c == '!' || c == 0x203C || c == 0xFF01;
}

static char *
title_case (const char *title)
{
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = title; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_totitle (c) : g_unichar_tolower (c));
      start = !g_unichar_isalnum (c);
    }

  return g_string_free (out, FALSE);
}

/* Shouting: no lower-case letter, and two words of capitals at least, so
 * "CEO" and "QA/QC" are left alone. */
static gboolean
is_all_caps (JdScan *scan)
{
  guint capital_words = 0;

  for (const char *p = scan->text; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;

  for (guint i = 0; i < scan->tokens->len; i++)
    if (g_array_index (scan->tokens, JdToken, i).n_letters >= 2)
      capital_words++;

  return capital_words >= 2;
}

/* "50k", "45K": an amount in thousands. */
static gboolean
find_amount (JdScan *scan,
             guint  *cstart,
             guint  *cend)
{
  for (guint i = 0; i < scan->tokens->len; i++)
    {
      const JdToken *token = &g_array_index (scan->tokens, JdToken, i);
      const char *folded = _jd_scan_folded (scan, i);
      gsize digits = strspn (folded, "0123456789");

      if (digits > 0 && strcmp (folded + digits, "k") == 0)
        {
          *cstart = token->cstart;
          *cend = token->cend;
          return TRUE;
        }
    }

  for (const char *p = scan->text; *p; p = g_utf8_next_char (p))
    if (g_unichar_type (g_utf8_get_char (p)) == G_UNICODE_CURRENCY_SYMBOL)
      {
        *cstart = (guint)g_utf8_pointer_to_offset (scan->text, p);
        *cend = *cstart + 1;
        return TRUE;
      }

  return FALSE;
}

/* A city or region of the document's locations, as words of the title. */
static gboolean
find_place_name (JdReviewRun *run,
                 JdScan      *scan,
                 guint       *cstart,
                 guint       *cend)
{
  GPtrArray *locations = jd_document_get_locations (run->document);

  for (guint l = 0; l < locations->len; l++)
    {
      const JdLocation *location = g_ptr_array_index (locations, l);
      const char *names[] = { location->city, location->region };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          JdScan name;

          if (names[n] == NULL)
            continue;

          _jd_scan_init (&name, names[n], run->language);
          for (guint i = 0; name.tokens->len > 0 && i + name.tokens->len <= scan->tokens->len; i++)
            {
              gboolean same = TRUE;

              for (guint k = 0; same && k < name.tokens->len; k++)
                same = strcmp (_jd_scan_folded (scan, i + k), _jd_scan_folded (&name, k)) == 0;

              if (same)
                {
                  *cstart = g_array_index (scan->tokens, JdToken, i).cstart;
                  *cend = g_array_index (scan->tokens, JdToken, i + name.tokens->len - 1).cend;
                  _jd_scan_clear (&name);
                  return TRUE;
                }
            }
          _jd_scan_clear (&name);
        }
    }

  return FALSE;
}

void
_jd_review_check_title (JdReviewRun *run)
{
  const char *title = jd_document_get_title (run->document);
  const char * const remove[] = { "", NULL };
  JdScan scan;
  guint length, cstart, cend;

  if (title == NULL)
    return;

  length = (guint)g_utf8_strlen (title, -1);
  _jd_scan_init (&scan, title, run->language);

  if (length > MAX_TITLE_CHARS)
    {
      g_autofree char *message = NULL;

      /* Translators: the first placeholder is the length of the title in
       * characters, the second the most job boards show, 80. */
      message = g_strdup_printf (ngettext ("The title has %u character; job boards cut titles of more than %u.",
                                           "The title has %u characters; job boards cut titles of more than %u.",
                                           length),
                                 length, MAX_TITLE_CHARS);
      add_title_finding (run, "title.long", message, 0, length, NULL);
    }

  if (is_all_caps (&scan))
    {
      g_autofree char *cased = title_case (title);
      const char * const suggestions[] = { cased, NULL };

      /* Title case is English usage; other languages keep their own. */
      add_title_finding (run, "title.all-caps",
                         _("The title is in capitals, which reads as shouting; job boards "
                           "refuse or demote such titles."),
                         0, length, strcmp (run->language, "en") == 0 ? suggestions : NULL);
    }

  find_run (title, is_exclamation, &cstart, &cend);
  if (cend > cstart)
    add_title_finding (run, "title.exclamation",
                       _("Exclamation marks in a title look like an advertisement; job boards "
                         "refuse or demote such titles."),
                       cstart, cend, remove);

  find_run (title, is_emoji, &cstart, &cend);
  if (cend > cstart)
    add_title_finding (run, "title.emoji",
                       _("Emoji in a title are dropped or refused by job boards and search "
                         "engines."),
                       cstart, cend, remove);

  if (find_amount (&scan, &cstart, &cend) ||
      _jd_review_find_phrase (run, &scan, "title.salary", &cstart, &cend))
    add_title_finding (run, "title.salary",
                       _("The title mentions pay; job boards want the job’s name alone and the "
                         "salary in its own field."),
                       cstart, cend, NULL);

  if (find_place_name (run, &scan, &cstart, &cend) ||
      _jd_review_find_phrase (run, &scan, "title.location", &cstart, &cend))
    add_title_finding (run, "title.location",
                       _("The title names a place or a way of working; job boards want the "
                         "job’s name alone and the location in its own field."),
                       cstart, cend, NULL);

  _jd_scan_clear (&scan);
}

static gboolean
ends_with_any (const char         *word,
               const char * const *endings)
{
  for (guint i = 0; endings[i] != NULL; i++)
    if (g_str_has_suffix (word, endings[i]))
      return TRUE;

  return FALSE;
}

/* The items of a list setting of [locale.title], folded as words are. */
static GStrv
get_folded_list (JdReviewRun *run,
                 const char  *key)
{
  g_auto(GStrv) items = _jd_rule_set_get_list (run->rules, "locale.title", key);
  GStrv folded = g_new0 (char *, g_strv_length (items) + 1);

  for (guint i = 0; items[i] != NULL; i++)
    folded[i] = _jd_fold (items[i]);

  return folded;
}

/* Both forms of a German title: "Verkäuferin oder Verkäufer",
 * "Verkäufer/Verkäuferin". */
static gboolean
has_both_forms (JdScan *scan)
{
  for (guint i = 0; i < scan->tokens->len; i++)
    for (guint j = 0; j < scan->tokens->len; j++)
      {
        const char *a = _jd_scan_folded (scan, i);
        const char *b = _jd_scan_folded (scan, j);
        gsize len = strlen (a);

        if (i != j && len > 2 && strncmp (a, b, len) == 0 && strcmp (b + len, "in") == 0)
          return TRUE;
      }

  return FALSE;
}

static gboolean
contains_any (const char         *text,
              const char * const *markers)
{
  for (guint i = 0; markers[i] != NULL; i++)
    if (strstr (text, markers[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* The German internal I: "MitarbeiterIn", "LehrerInnen". */
static gboolean
has_internal_i (const char *title)
{
  for (const char *p = strstr (title, "In"); p != NULL; p = strstr (p + 1, "In"))
    {
      const char *after = p + 2;

      if (p == title || !g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      if (g_str_has_prefix (after, "nen"))
        after += 3;
      if (*after == '\0' || !g_unichar_isalnum (g_utf8_get_char (after)))
        return TRUE;
    }

  return FALSE;
}

/* The inclusive titles suggested: the first word in both forms where the
 * language's list or endings give them, the language's note added. */
static GStrv
suggest_titles (JdReviewRun *run,
                JdScan      *scan,
                guint        first)
{
  const char *title = scan->text;
  const JdToken *token = &g_array_index (scan->tokens, JdToken, first);
  const char *folded = _jd_scan_folded (scan, first);
  const char *suffix = _jd_rule_set_get_setting (run->rules, "locale.title", "suffix");
  g_autoptr(GPtrArray) phrases = _jd_rule_set_get_phrases (run->rules, "locale.title");
  g_auto(GStrv) double_endings = _jd_rule_set_get_list (run->rules, "locale.title", "double-endings");
  g_autofree char *word = g_strndup (title + token->start, token->end - token->start);
  g_autofree char *both = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; both == NULL && i < phrases->len; i++)
    {
      const JdPhrase *phrase = g_ptr_array_index (phrases, i);

      if (phrase->n_tokens == 1 && strcmp (phrase->tokens[0], folded) == 0 &&
          phrase->suggestions[0] != NULL)
        both = g_strdup (phrase->suggestions[0]);
    }

  /* "o>o/a": "Enfermero" → "Enfermero/a". */
  for (guint i = 0; both == NULL && double_endings[i] != NULL; i++)
    {
      const char *arrow = strchr (double_endings[i], '>');
      g_autofree char *ending = arrow ? g_strndup (double_endings[i], (gsize)(arrow - double_endings[i])) : NULL;

      if (ending != NULL && g_str_has_suffix (word, ending))
        both = g_strconcat (word, arrow + 1 + strlen (ending), NULL);
    }

  if (both != NULL && g_unichar_isupper (g_utf8_get_char (word)))
    {
      g_autoptr(GString) cased = g_string_new (NULL);

      g_string_append_unichar (cased, g_unichar_totitle (g_utf8_get_char (both)));
      g_string_append (cased, g_utf8_next_char (both));
      g_free (both);
      both = g_string_free (g_steal_pointer (&cased), FALSE);
    }

  g_string_append_len (out, title, token->start);
  g_string_append (out, both != NULL ? both : word);
  g_string_append (out, title + token->end);
  if (suffix != NULL)
    g_string_append_printf (out, " %s", suffix);

  if (both != NULL || suffix != NULL)
    g_strv_builder_add (builder, out->str);

  return g_strv_builder_end (builder);
}

/**
 * _jd_review_check_locale:
 *
 * The title names the job for every gender, as the language's law or
 * custom asks ([locale.title] of the language's file): a note such as
 * "(m/w/d)" or "(H/F)", both forms ("Enfermero/a"), an inclusive form
 * ("Mitarbeiter*in") or a word that is the same for all ("Fachkraft",
 * "Comptable", "Μηχανικός").
 */
void
_jd_review_check_locale (JdReviewRun *run)
{
  const char *title = jd_document_get_title (run->document);
  const char *example = _jd_rule_set_get_setting (run->rules, "locale.title", "example");
  g_auto(GStrv) markers = get_folded_list (run, "markers");
  g_auto(GStrv) neutral = get_folded_list (run, "neutral-endings");
  g_auto(GStrv) epicene_words = get_folded_list (run, "epicene-words");
  g_auto(GStrv) epicene = get_folded_list (run, "epicene-endings");
  g_auto(GStrv) feminine = get_folded_list (run, "feminine-endings");
  g_auto(GStrv) masculine = get_folded_list (run, "masculine-endings");
  g_auto(GStrv) suggestions = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *message = NULL;
  const char *first_word = NULL;
  guint first = 0;
  JdScan scan;

  if (title == NULL || _jd_rule_set_find_rule (run->rules, "locale.title") < 0)
    return;

  folded = _jd_fold (title);
  if (contains_any (folded, (const char * const *)markers) ||
      (strcmp (run->language, "de") == 0 && has_internal_i (title)))
    return;

  _jd_scan_init (&scan, title, run->language);
  if (strcmp (run->language, "de") == 0 && has_both_forms (&scan))
    goto out;

  for (guint i = 0; i < scan.tokens->len; i++)
    {
      const char *word = _jd_scan_folded (&scan, i);

      if (!(g_array_index (scan.tokens, JdToken, i).flags & JD_TOKEN_LETTERS))
        continue;
      if (first_word == NULL)
        {
          first_word = word;
          first = i;
        }
      if (ends_with_any (word, (const char * const *)neutral))
        goto out;
    }

  if (first_word == NULL ||
      g_strv_contains ((const char * const *)epicene_words, first_word) ||
      (masculine[0] != NULL && !ends_with_any (first_word, (const char * const *)masculine)) ||
      (epicene[0] != NULL && ends_with_any (first_word, (const char * const *)epicene) &&
       !ends_with_any (first_word, (const char * const *)feminine)))
    goto out;

  if (strcmp (run->language, "de") == 0)
    message = g_strdup (_("German job titles carry “(m/w/d)” or an inclusive form; without one "
                          "the ad may breach the General Equal Treatment Act (AGG)."));
  else if (strcmp (run->language, "fr") == 0)
    message = g_strdup (_("French job titles name the job for both sexes, usually with “(H/F)”: "
                          "the Labour Code forbids ads that state a preferred sex."));
  else
    /* Translators: the placeholder is an example of a title in both
     * forms, in the language of the document, such as “Enfermero/a”. */
    message = g_strdup_printf (_("The title names the job in the masculine only; give both forms, "
                                 "as in “%s”, or a form that is the same for all."),
                               example != NULL ? example : "");

  suggestions = suggest_titles (run, &scan, first);
  add_title_finding (run, "locale.title", message, 0, (guint)g_utf8_strlen (title, -1),
                     (const char * const *)suggestions);

out:
  _jd_scan_clear (&scan);
}
