/* jd-review-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "jd-resources-private.h"
#include "jd-review-private.h"

/* The rules and word lists of each language live in data/review/LL.txt,
 * compiled into the core's resources, so that translators and reviewers
 * can improve them without touching C. The format, line by line:
 *
 *   # a comment
 *   [rule-id]                    a rule (or [language] for settings)
 *   @key value                   a setting of the rule; lists use " | "
 *   phrase | phrase => suggestion | suggestion
 *   <stem*> phrase | phrase      a label: the stem of a research list
 *   ! phrase | phrase            where the rule does not fire
 *
 * A phrase is one or more words, matched as whole words whatever their
 * case (accents do matter: they tell words apart); <n> stands for any
 * number, and
 * braces give the forms of a word: "ambitio{n,ns,us}" is "ambition",
 * "ambitions" and "ambitious". Suggestions are written as they replace
 * the text found.
 *
 * Each language is read once, when first reviewed, into one hash table
 * from the first word of each phrase to the phrases, so a review costs a
 * lookup per word whatever the size of the lists. */

struct _JdRuleSet
{
  char       *language;
  GPtrArray  *rule_ids;   /* of char*, a rule's index is its position */
  GPtrArray  *phrases;    /* of JdPhrase, owned */
  GHashTable *first;      /* folded first word → GPtrArray of JdPhrase */
  GHashTable *settings;   /* "rule\nkey" → value */
  GPtrArray  *infos;      /* of const JdRuleInfo, by rule */
  GArray     *parts;      /* of gboolean, by rule: "@parts yes" */
};

static void
phrase_free (JdPhrase *phrase)
{
  g_strfreev (phrase->tokens);
  g_strfreev (phrase->suggestions);
  g_free (phrase->label);
  g_free (phrase);
}

static guint
add_rule (JdRuleSet  *set,
          const char *rule_id)
{
  for (guint i = 0; i < set->rule_ids->len; i++)
    if (strcmp (g_ptr_array_index (set->rule_ids, i), rule_id) == 0)
      return i;

  g_ptr_array_add (set->rule_ids, g_strdup (rule_id));
  return set->rule_ids->len - 1;
}

/* "ambitio{n,ns,us} driven" → "ambition driven", "ambitions driven"... */
static void
expand_braces (const char *text,
               GPtrArray  *out)
{
  const char *open = strchr (text, '{');
  const char *close;
  g_auto(GStrv) choices = NULL;
  g_autofree char *inner = NULL;

  if (open == NULL || (close = strchr (open, '}')) == NULL)
    {
      g_ptr_array_add (out, g_strdup (text));
      return;
    }

  inner = g_strndup (open + 1, (gsize)(close - open - 1));
  choices = g_strsplit (inner, ",", -1);
  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strndup (text, (gsize)(open - text));
      g_autofree char *expanded = g_strconcat (prefix, choices[i], close + 1, NULL);

      expand_braces (expanded, out);
    }
}

/* The folded words of @text, cut as the text of documents is. */
static char **
phrase_tokens (const char *text,
               const char *language)
{
  g_auto(GStrv) pieces = g_strsplit (text, " ", -1);
  GPtrArray *tokens = g_ptr_array_new ();

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      JdScan scan;

      if (pieces[i][0] == '\0')
        continue;
      if (strcmp (pieces[i], "<n>") == 0)
        {
          g_ptr_array_add (tokens, g_strdup ("<n>"));
          continue;
        }

      _jd_scan_init (&scan, pieces[i], language);
      for (guint t = 0; t < scan.tokens->len; t++)
        g_ptr_array_add (tokens, g_strdup (_jd_scan_folded (&scan, t)));
      _jd_scan_clear (&scan);
    }

  g_ptr_array_add (tokens, NULL);
  return (char **)g_ptr_array_free (tokens, FALSE);
}

static char **
split_list (const char *text)
{
  g_auto(GStrv) items = g_strsplit (text, " | ", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (g_strdup (items[i]));

      if (item[0] != '\0')
        g_ptr_array_add (out, item);
      else
        g_free (item);
    }

  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (out, FALSE);
}

static void
add_phrases (JdRuleSet  *set,
             guint       rule,
             const char *line,
             gboolean    exception,
             const char *where)
{
  g_autofree char *label = NULL;
  g_auto(GStrv) phrases = NULL;
  g_auto(GStrv) suggestions = NULL;
  const char *arrow;
  g_autofree char *left = NULL;

  if (line[0] == '<' && strchr (line, '>') != NULL)
    {
      const char *end = strchr (line, '>');

      label = g_strndup (line + 1, (gsize)(end - line - 1));
      line = end + 1;
    }

  arrow = strstr (line, "=>");
  left = arrow != NULL ? g_strndup (line, (gsize)(arrow - line)) : g_strdup (line);
  phrases = split_list (left);
  suggestions = split_list (arrow != NULL ? arrow + 2 : "");

  if (phrases[0] == NULL)
    g_warning ("%s: no phrase", where);

  for (guint i = 0; phrases[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);

      expand_braces (phrases[i], forms);
      for (guint f = 0; f < forms->len; f++)
        {
          JdPhrase *phrase = g_new0 (JdPhrase, 1);
          GPtrArray *list;

          phrase->rule = rule;
          phrase->tokens = phrase_tokens (g_ptr_array_index (forms, f), set->language);
          phrase->n_tokens = g_strv_length (phrase->tokens);
          phrase->suggestions = g_strdupv (suggestions);
          phrase->label = g_strdup (label);
          phrase->exception = exception;

          if (phrase->n_tokens == 0)
            {
              g_warning ("%s: “%s” has no word", where, (char *)g_ptr_array_index (forms, f));
              phrase_free (phrase);
              continue;
            }

          g_ptr_array_add (set->phrases, phrase);
          list = g_hash_table_lookup (set->first, phrase->tokens[0]);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (set->first, g_strdup (phrase->tokens[0]), list);
            }
          g_ptr_array_add (list, phrase);
        }
    }
}

static void
parse (JdRuleSet  *set,
       const char *name,
       const char *data,
       gsize       len)
{
  g_autofree char *copy = g_strndup (data, len);
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  g_autofree char *section = NULL;
  int rule = -1;

  for (guint n = 0; lines[n] != NULL; n++)
    {
      char *line = g_strstrip (lines[n]);
      g_autofree char *where = g_strdup_printf ("%s:%u", name, n + 1);

      if (line[0] == '\0' || line[0] == '#')
        continue;

      if (line[0] == '[')
        {
          char *end = strchr (line, ']');

          if (end == NULL)
            {
              g_warning ("%s: “[” without “]”", where);
              continue;
            }
          g_free (section);
          section = g_strndup (line + 1, (gsize)(end - line - 1));
          rule = strcmp (section, "language") == 0 ? -1 : (int)add_rule (set, section);
          continue;
        }

      if (section == NULL)
        {
          g_warning ("%s: a line before the first [section]", where);
          continue;
        }

      if (line[0] == '@')
        {
          char *space = strpbrk (line, " \t");
          g_autofree char *key = space ? g_strndup (line + 1, (gsize)(space - line - 1)) : g_strdup (line + 1);

          g_hash_table_insert (set->settings,
                               g_strconcat (section, "\n", key, NULL),
                               g_strdup (space ? g_strstrip (space + 1) : ""));
          continue;
        }

      if (rule < 0)
        {
          g_warning ("%s: [language] holds only settings", where);
          continue;
        }

      if (line[0] == '!')
        add_phrases (set, (guint)rule, line + 1, TRUE, where);
      else
        add_phrases (set, (guint)rule, line, FALSE, where);
    }
}

GBytes *
_jd_review_data_lookup (const char  *name,
                        GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE "/review/", name, NULL);

  _jd_resources_ensure ();
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static JdRuleSet *
load (const char *language)
{
  JdRuleSet *set = g_new0 (JdRuleSet, 1);
  g_autofree char *name = g_strconcat (language, ".txt", NULL);
  g_autoptr(GBytes) bytes = NULL;

  set->language = g_strdup (language);
  set->rule_ids = g_ptr_array_new_with_free_func (g_free);
  set->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify)phrase_free);
  set->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify)g_ptr_array_unref);
  set->settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  bytes = _jd_review_data_lookup (name, NULL);
  if (bytes != NULL)
    {
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      parse (set, name, data, len);
    }

  set->infos = g_ptr_array_new ();
  set->parts = g_array_new (FALSE, TRUE, sizeof (gboolean));
  for (guint i = 0; i < set->rule_ids->len; i++)
    {
      const char *rule = g_ptr_array_index (set->rule_ids, i);
      gboolean parts = g_strcmp0 (_jd_rule_set_get_setting (set, rule, "parts"), "yes") == 0;
      const JdRuleInfo *info = _jd_rule_info_lookup (rule);

      if (info == NULL)
        g_warning ("%s: [%s] is not a rule of the review", name, rule);
      g_ptr_array_add (set->infos, (gpointer)info);
      g_array_append_val (set->parts, parts);
    }

  g_debug ("Review rules of “%s”: %u rules, %u phrases", language,
           set->rule_ids->len, set->phrases->len);
  return set;
}

/**
 * _jd_rule_set_get:
 * @language: a primary language subtag, such as "de"
 *
 * Returns: (transfer none): the rules of @language, read on first use and
 *   kept; a language without a file gets no word rules
 */
JdRuleSet *
_jd_rule_set_get (const char *language)
{
  static GMutex mutex;
  static GHashTable *sets;
  JdRuleSet *set;

  g_mutex_lock (&mutex);
  if (sets == NULL)
    sets = g_hash_table_new (g_str_hash, g_str_equal);

  set = g_hash_table_lookup (sets, language);
  if (set == NULL)
    {
      set = load (language);
      g_hash_table_insert (sets, set->language, set);
    }
  g_mutex_unlock (&mutex);

  return set;
}

const char *
_jd_rule_set_get_language (JdRuleSet *set)
{
  return set->language;
}

guint
_jd_rule_set_get_n_rules (JdRuleSet *set)
{
  return set->rule_ids->len;
}

const char *
_jd_rule_set_get_rule (JdRuleSet *set,
                       guint      rule)
{
  g_return_val_if_fail (rule < set->rule_ids->len, NULL);
  return g_ptr_array_index (set->rule_ids, rule);
}

/* Returns: (nullable): what the rule is; %NULL for a section of the file
 * that is no rule of the review (which the tests refuse). */
const JdRuleInfo *
_jd_rule_set_get_info (JdRuleSet *set,
                       guint      rule)
{
  g_return_val_if_fail (rule < set->infos->len, NULL);
  return g_ptr_array_index (set->infos, rule);
}

gboolean
_jd_rule_set_get_parts (JdRuleSet *set,
                        guint      rule)
{
  g_return_val_if_fail (rule < set->parts->len, FALSE);
  return g_array_index (set->parts, gboolean, rule);
}

int
_jd_rule_set_find_rule (JdRuleSet  *set,
                        const char *rule_id)
{
  for (guint i = 0; i < set->rule_ids->len; i++)
    if (strcmp (g_ptr_array_index (set->rule_ids, i), rule_id) == 0)
      return (int)i;

  return -1;
}

/* Returns: (transfer none) (nullable) (element-type JdPhrase): the
 * phrases whose first word is @folded. */
GPtrArray *
_jd_rule_set_lookup (JdRuleSet  *set,
                     const char *folded)
{
  return g_hash_table_lookup (set->first, folded);
}

/* Returns: (nullable): the value of "@key" in [section] */
const char *
_jd_rule_set_get_setting (JdRuleSet  *set,
                          const char *section,
                          const char *key)
{
  g_autofree char *name = g_strconcat (section, "\n", key, NULL);

  return g_hash_table_lookup (set->settings, name);
}

/* Returns: (transfer full): the items of a list setting, possibly none */
char **
_jd_rule_set_get_list (JdRuleSet  *set,
                       const char *section,
                       const char *key)
{
  const char *value = _jd_rule_set_get_setting (set, section, key);

  return split_list (value != NULL ? value : "");
}

guint
_jd_rule_set_get_number (JdRuleSet  *set,
                         const char *section,
                         const char *key,
                         guint       fallback)
{
  const char *value = _jd_rule_set_get_setting (set, section, key);
  char *end = NULL;
  guint64 number;

  if (value == NULL)
    return fallback;

  number = g_ascii_strtoull (value, &end, 10);
  if (end == value || *end != '\0' || number > G_MAXUINT)
    {
      g_warning ("%s.txt: @%s of [%s] is not a number", set->language, key, section);
      return fallback;
    }

  return (guint)number;
}

/* Returns: (transfer container) (element-type JdPhrase): the phrases of a
 * rule, for the checks that look for them in one place only. */
GPtrArray *
_jd_rule_set_get_phrases (JdRuleSet  *set,
                          const char *rule_id)
{
  GPtrArray *phrases = g_ptr_array_new ();
  int rule = _jd_rule_set_find_rule (set, rule_id);

  for (guint i = 0; rule >= 0 && i < set->phrases->len; i++)
    {
      JdPhrase *phrase = g_ptr_array_index (set->phrases, i);

      if (phrase->rule == (guint)rule)
        g_ptr_array_add (phrases, phrase);
    }

  return phrases;
}
