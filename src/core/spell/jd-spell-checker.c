/* jd-spell-checker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-spell"

#include "config.h"

#include <string.h>

#include <enchant.h>
#include <glib/gi18n.h>

#include "jd-finding-private.h"
#include "jd-resources-private.h"
#include "jd-spell-checker.h"
#include "jd-spell-words-private.h"
#include "jd-worker-private.h"

/* JdSpellChecker: spelling in the language of a document, on Enchant 2
 * and the Hunspell dictionaries it loads.
 *
 * The dictionary follows the document's language tag: en is checked
 * as en_US unless the document says en-GB, pt as pt_PT unless it says
 * pt-BR, de as de_DE, el as el_GR, es as es_ES and fr as fr_FR; a region
 * with a dictionary of its own (de-AT) gets it. A missing dictionary is a
 * state (jd_spell_checker_has_dictionary()), not an error: nothing is
 * then marked.
 *
 * Left alone besides what jd-spell-words.c skips by its shape: the
 * product names and terms of the template library (data/spell/ignore.txt
 * in every language, ignore-LL.txt in one),
 * the words of the user's personal word list (Enchant's, per dictionary),
 * words ignored for this checker (“Ignore All”, kept in memory: one
 * checker per open document) and the extra words given, such as the
 * company's name. Job ads in every language borrow English (Cloud,
 * Scrum, Supply Chain, feedback): in a document of another language a
 * word the en_US dictionary knows is not marked either. Each checker has
 * its own broker, so what it ignores stays with it.
 *
 * Loading a Hunspell dictionary takes a tenth of a second or more:
 * jd_spell_checker_new_async() loads it in a worker thread, so that a
 * window opens a document without waiting for it. A checker is used by
 * one thread at a time. */

struct _JdSpellChecker
{
  GObject        parent_instance;

  char          *language;
  char          *dictionary;
  EnchantBroker *broker;
  EnchantDict   *dict;
  EnchantDict   *english;  /* loanwords, for the other languages */
  GHashTable    *ignored;  /* words in lower case, Ignore All */
  GHashTable    *extra;    /* words in lower case, from jd_spell_checker_set_extra_words() */
  GHashTable    *terms;    /* library_terms() of the language, not owned */
  GHashTable    *compounds; /* word → whether it is a compound of words; German only */
};

G_DEFINE_FINAL_TYPE (JdSpellChecker, jd_spell_checker, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define MAX_SUGGESTIONS 5

static const struct {
  const char *language;
  const char *dictionary;
} default_dictionaries[] = {
  { "de", "de_DE" },
  { "el", "el_GR" },
  { "en", "en_US" },
  { "es", "es_ES" },
  { "fr", "fr_FR" },
  { "pt", "pt_PT" },
};

static void
jd_spell_checker_finalize (GObject *object)
{
  JdSpellChecker *self = (JdSpellChecker *)object;

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  if (self->english != NULL)
    enchant_broker_free_dict (self->broker, self->english);
  g_clear_pointer (&self->broker, enchant_broker_free);
  g_free (self->language);
  g_free (self->dictionary);
  g_clear_pointer (&self->ignored, g_hash_table_unref);
  g_clear_pointer (&self->extra, g_hash_table_unref);
  g_clear_pointer (&self->compounds, g_hash_table_unref);

  G_OBJECT_CLASS (jd_spell_checker_parent_class)->finalize (object);
}

static void
jd_spell_checker_class_init (JdSpellCheckerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = jd_spell_checker_finalize;

  /* Emitted when a word is added to the dictionary or ignored: what was
   * marked may no longer be. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
jd_spell_checker_init (JdSpellChecker *self)
{
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->extra = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Adds the words of the word list @name of data/spell, in lower case. */
static void
add_word_list (GHashTable *table,
               const char *name)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/spell/%s", name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    return;

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_hash_table_add (table, g_utf8_strdown (lines[i], -1));
    }
}

/* The library's product names and terms for a language tag such as
 * "de-AT": those of every language (ignore.txt) and those of its primary
 * language (ignore-de.txt), in lower case, loaded once per language and
 * kept for the life of the program. */
static GHashTable *
library_terms (const char *language)
{
  static GMutex lock;
  static GHashTable *by_language;
  g_autofree char *primary = g_ascii_strdown (language, (gssize)strcspn (language, "-_"));
  GHashTable *terms;

  g_mutex_lock (&lock);
  if (by_language == NULL)
    by_language = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify)g_hash_table_unref);

  terms = g_hash_table_lookup (by_language, primary);
  if (terms == NULL)
    {
      terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      _jd_resources_ensure ();
      add_word_list (terms, "ignore.txt");
      /* A language tag's primary subtag is letters only. */
      if (primary[0] != '\0' && primary[strspn (primary, "abcdefghijklmnopqrstuvwxyz")] == '\0')
        {
          g_autofree char *name = g_strdup_printf ("ignore-%s.txt", primary);

          add_word_list (terms, name);
        }
      g_hash_table_insert (by_language, g_strdup (primary), terms);
    }
  g_mutex_unlock (&lock);

  return terms;
}

/* The dictionary for a language tag such as "de", "en-GB" or "pt_BR". */
static char *
choose_dictionary (EnchantBroker *broker,
                   const char    *tag)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[-_]", tag, 0, 0);
  g_autofree char *primary = g_ascii_strdown (parts[0], -1);

  if (parts[1] != NULL && strlen (parts[1]) == 2)
    {
      g_autofree char *region = g_ascii_strup (parts[1], -1);
      g_autofree char *regional = g_strdup_printf ("%s_%s", primary, region);

      if (enchant_broker_dict_exists (broker, regional))
        return g_steal_pointer (&regional);
    }

  for (guint i = 0; i < G_N_ELEMENTS (default_dictionaries); i++)
    if (g_str_equal (primary, default_dictionaries[i].language))
      return g_strdup (default_dictionaries[i].dictionary);

  return g_steal_pointer (&primary);
}

/**
 * jd_spell_checker_new:
 * @language: (nullable): the document's language tag, such as "en-GB";
 *   English by default
 *
 * Returns: (transfer full): a checker, with or without its dictionary
 */
JdSpellChecker *
jd_spell_checker_new (const char *language)
{
  JdSpellChecker *self = g_object_new (JD_TYPE_SPELL_CHECKER, NULL);

  self->language = g_strdup (language != NULL && language[0] != '\0' ? language : "en");
  self->terms = library_terms (self->language);
  self->broker = enchant_broker_init ();
  self->dictionary = choose_dictionary (self->broker, self->language);
  if (enchant_broker_dict_exists (self->broker, self->dictionary))
    self->dict = enchant_broker_request_dict (self->broker, self->dictionary);

  if (self->dict != NULL && !g_str_has_prefix (self->dictionary, "en") &&
      enchant_broker_dict_exists (self->broker, "en_US"))
    self->english = enchant_broker_request_dict (self->broker, "en_US");

  if (self->dict != NULL && g_str_has_prefix (self->dictionary, "de"))
    self->compounds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (self->dict == NULL)
    g_debug ("No spelling dictionary for %s (%s)", self->language, self->dictionary);

  return self;
}

static void
new_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_task_return_pointer (task, jd_spell_checker_new (task_data), g_object_unref);
}

/**
 * jd_spell_checker_new_async:
 * @language: (nullable): as for jd_spell_checker_new()
 *
 * Makes a checker in a worker thread, where its dictionaries load; the
 * checker is then used by the thread that gets it.
 */
void
jd_spell_checker_new_async (const char          *language,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, jd_spell_checker_new_async);
  g_task_set_task_data (task, g_strdup (language), g_free);
  _jd_task_run_in_worker (task, new_in_thread);
}

/* Returns: (transfer full): the checker, or %NULL when cancelled */
JdSpellChecker *
jd_spell_checker_new_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Returns: the language tag the checker was made for */
const char *
jd_spell_checker_get_language (JdSpellChecker *self)
{
  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), NULL);
  return self->language;
}

/* Returns: the dictionary used, or wanted when it is missing, such as "en_US" */
const char *
jd_spell_checker_get_dictionary (JdSpellChecker *self)
{
  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), NULL);
  return self->dictionary;
}

/* Returns: whether the dictionary is installed; without it nothing is marked */
gboolean
jd_spell_checker_has_dictionary (JdSpellChecker *self)
{
  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), FALSE);
  return self->dict != NULL;
}

/* Greek puts a second accent on a word before an enclitic (οι άνθρωποί
 * μας); dictionaries list the word with one. Returns: @word without its
 * last accent when it has two, or %NULL. */
static char *
drop_enclitic_accent (const char *word)
{
  g_autofree char *decomposed = g_utf8_normalize (word, -1, G_NORMALIZE_NFD);
  char *last = NULL;
  guint accents = 0;

  for (char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == 0x0301)
      {
        accents++;
        last = p;
      }

  if (accents < 2)
    return NULL;

  memmove (last, g_utf8_next_char (last), strlen (g_utf8_next_char (last)) + 1);
  return g_utf8_normalize (decomposed, -1, G_NORMALIZE_NFC);
}

static gboolean
dict_knows (EnchantDict *dict,
            const char  *word)
{
  return dict != NULL && enchant_dict_check (dict, word, (gssize)strlen (word)) == 0;
}

/* Whether @part of a compound is a word of the dictionary or of the
 * library's terms, or with @english of English (Support-, Browser-): as it
 * is, with a capital (a noun inside a word is written small) or in lower
 * case. */
static gboolean
is_part_known (JdSpellChecker *self,
               const char     *part,
               gboolean        english)
{
  g_autofree char *lower = g_utf8_strdown (part, -1);
  gunichar first = g_utf8_get_char (part);
  g_autofree char *capital = NULL;
  char buffer[8];

  if (dict_knows (self->dict, part) || dict_knows (self->dict, lower) ||
      g_hash_table_contains (self->terms, lower) || (english && dict_knows (self->english, lower)))
    return TRUE;

  buffer[g_unichar_to_utf8 (g_unichar_toupper (first), buffer)] = '\0';
  capital = g_strconcat (buffer, g_utf8_next_char (part), NULL);
  return dict_knows (self->dict, capital);
}

/* Whether @left, the first part of a compound, is a word: as it is, or
 * without the linking element (Provisions-, Bundes-) or the ending it
 * drops (Schul- for Schule, Kommissionier- for kommissionieren). */
static gboolean
is_left_part_known (JdSpellChecker *self,
                    const char     *left)
{
  static const char * const dropped[] = { "e", "en", "n" };
  gsize length = strlen (left);

  if (is_part_known (self, left, TRUE))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (dropped); i++)
    {
      g_autofree char *whole = g_strconcat (left, dropped[i], NULL);

      if (is_part_known (self, whole, FALSE))
        return TRUE;
    }

  if (length > 4 && g_str_has_suffix (left, "s"))
    {
      g_autofree char *stem = g_strndup (left, length - 1);

      if (is_part_known (self, stem, TRUE))
        return TRUE;

      /* Bundes-: the genitive's -es. */
      if (length > 5 && g_str_has_suffix (stem, "e"))
        {
          stem[length - 2] = '\0';
          if (is_part_known (self, stem, FALSE))
            return TRUE;
        }
    }

  return FALSE;
}

/* German writes compounds as one word (Provisionsobergrenze), and no
 * dictionary lists them all: a word is right when it is made of words,
 * at most MAX_COMPOUND_PARTS of them, the last a German word inflected as
 * the whole; the first ones may be English (Supportteam). */
#define MIN_LEFT_PART 3
#define MIN_RIGHT_PART 4
#define MAX_COMPOUND_PARTS 4

static gboolean
is_compound (JdSpellChecker *self,
             const char     *word,
             guint           parts)
{
  glong n = g_utf8_strlen (word, -1);
  const char *split = g_utf8_offset_to_pointer (word, MIN_LEFT_PART);

  if (parts >= MAX_COMPOUND_PARTS || n < MIN_LEFT_PART + MIN_RIGHT_PART)
    return FALSE;

  for (glong i = MIN_LEFT_PART; i <= n - MIN_RIGHT_PART; i++, split = g_utf8_next_char (split))
    {
      g_autofree char *left = g_strndup (word, split - word);

      if (!g_unichar_isalpha (g_utf8_get_char (split)) || !is_left_part_known (self, left))
        continue;
      if (is_part_known (self, split, FALSE) || is_compound (self, split, parts + 1))
        return TRUE;
    }

  return FALSE;
}

/* The infinitive with zu of a separable verb is one word (nachzuhaken,
 * zurückzuverfolgen), which dictionaries leave out: it is right when the
 * verb without the zu is. */
static gboolean
is_zu_infinitive (JdSpellChecker *self,
                  const char     *word)
{
  for (const char *zu = strstr (word + 1, "zu"); zu != NULL; zu = strstr (zu + 1, "zu"))
    {
      g_autofree char *verb = NULL;

      if (zu - word < 2 || !g_str_has_suffix (zu, "en") || strlen (zu + 2) < 4)
        continue;

      verb = g_strdup_printf ("%.*s%s", (int)(zu - word), word, zu + 2);
      if (dict_knows (self->dict, verb) || is_compound (self, verb, 1))
        return TRUE;
    }

  return FALSE;
}

/* Whether @word is a compound of known words, remembered: the editor asks
 * again at each check of a block. */
static gboolean
is_known_compound (JdSpellChecker *self,
                   const char     *word)
{
  gpointer known;

  if (!g_hash_table_lookup_extended (self->compounds, word, NULL, &known))
    {
      known = GINT_TO_POINTER (is_compound (self, word, 1) || is_zu_infinitive (self, word));
      g_hash_table_insert (self->compounds, g_strdup (word), known);
    }

  return GPOINTER_TO_INT (known);
}

static gboolean
is_known (const char *word,
          gpointer    user_data)
{
  JdSpellChecker *self = user_data;
  g_autofree char *lower = g_utf8_strdown (word, -1);

  if (g_hash_table_contains (self->ignored, lower) || g_hash_table_contains (self->extra, lower) ||
      g_hash_table_contains (self->terms, lower))
    return TRUE;

  if (dict_knows (self->dict, word))
    return TRUE;

  if (g_str_has_prefix (self->dictionary, "el"))
    {
      g_autofree char *single = drop_enclitic_accent (word);

      if (single != NULL && dict_knows (self->dict, single))
        return TRUE;
    }

  if (dict_knows (self->english, word))
    return TRUE;

  return self->compounds != NULL && is_known_compound (self, word);
}

/* Returns: whether @word is spelled right, or is one to leave alone */
gboolean
jd_spell_checker_check_word (JdSpellChecker *self,
                             const char     *word)
{
  g_autoptr(GArray) misspellings = NULL;

  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  misspellings = jd_spell_checker_check_text (self, word);
  return misspellings->len == 0;
}

/* Returns: (transfer full): Enchant's suggestions for @word, best first,
 * at most five; none without a dictionary */
char **
jd_spell_checker_get_suggestions (JdSpellChecker *self,
                                  const char     *word)
{
  GPtrArray *result = g_ptr_array_new ();
  char **suggestions = NULL;
  size_t n = 0;

  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  if (self->dict != NULL && word[0] != '\0')
    suggestions = enchant_dict_suggest (self->dict, word, (gssize)strlen (word), &n);

  for (size_t i = 0; i < n && result->len < MAX_SUGGESTIONS; i++)
    if (g_utf8_validate (suggestions[i], -1, NULL))
      g_ptr_array_add (result, g_strdup (suggestions[i]));
  if (suggestions != NULL)
    enchant_dict_free_string_list (self->dict, suggestions);

  g_ptr_array_add (result, NULL);
  return (char **)g_ptr_array_free (result, FALSE);
}

/* Adds @word to the user's personal word list of this dictionary, which
 * Enchant keeps for every program that uses it. */
void
jd_spell_checker_add_to_dictionary (JdSpellChecker *self,
                                    const char     *word)
{
  g_return_if_fail (JD_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  if (self->dict == NULL)
    return;

  enchant_dict_add (self->dict, word, (gssize)strlen (word));
  if (self->compounds != NULL)
    g_hash_table_remove_all (self->compounds);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Leaves @word alone, in any case, for as long as the checker lives. */
void
jd_spell_checker_ignore_word (JdSpellChecker *self,
                              const char     *word)
{
  g_return_if_fail (JD_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  g_hash_table_add (self->ignored, g_utf8_strdown (word, -1));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: (transfer full): the words ignored, in lower case, to carry
 * over to the checker of another language */
char **
jd_spell_checker_get_ignored_words (JdSpellChecker *self)
{
  g_autofree gpointer *keys = NULL;

  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), NULL);

  keys = g_hash_table_get_keys_as_array (self->ignored, NULL);
  return g_strdupv ((char **)keys);
}

/* Leaves the words of @text alone too, such as those of the company's
 * name; replaces those given before. */
void
jd_spell_checker_set_extra_words (JdSpellChecker *self,
                                  const char     *text)
{
  g_auto(GStrv) words = NULL;

  g_return_if_fail (JD_IS_SPELL_CHECKER (self));

  g_hash_table_remove_all (self->extra);
  if (text == NULL)
    return;

  words = g_regex_split_simple ("[^\\w’'-]+", text, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_hash_table_add (self->extra, g_utf8_strdown (words[i], -1));
}

/**
 * jd_spell_checker_check_text:
 *
 * Returns: (transfer full) (element-type JdMisspelling): the words of
 * @text to look at again, in order; none without a dictionary
 */
GArray *
jd_spell_checker_check_text (JdSpellChecker *self,
                             const char     *text)
{
  GArray *misspellings = g_array_new (FALSE, FALSE, sizeof (JdMisspelling));

  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), misspellings);

  if (self->dict != NULL && text != NULL)
    _jd_spell_find_misspellings (text, self->language, is_known, self, misspellings);

  return misspellings;
}

static void
add_findings (JdSpellChecker *self,
              GPtrArray      *findings,
              const char     *text,
              const JdPlace  *where)
{
  g_autoptr(GArray) misspellings = jd_spell_checker_check_text (self, text);

  for (guint i = 0; i < misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (misspellings, JdMisspelling, i);
      const char *from = g_utf8_offset_to_pointer (text, m->start);
      const char *to = g_utf8_offset_to_pointer (from, m->end - m->start);
      g_autofree char *word = g_strndup (from, to - from);
      g_auto(GStrv) suggestions = jd_spell_checker_get_suggestions (self, word);
      g_autofree char *message = NULL;
      JdPlace place = *where;

      place.start = m->start;
      place.end = m->end;
      /* Translators: a spelling finding; the placeholder is the word, the
       * second the dictionary, such as “en_US”. */
      message = g_strdup_printf (_("“%s” is not in the %s dictionary"), word, self->dictionary);
      g_ptr_array_add (findings,
                       _jd_finding_new ("spelling", JD_REVIEW_CATEGORY_SPELLING, JD_SEVERITY_WARNING,
                                        message, &place, word, (const char * const *)suggestions));
    }
}

/**
 * jd_spell_checker_check_document:
 *
 * Checks the prose of @document: the title, the department, and each
 * section's heading and blocks; the words of its company's name are left
 * alone. A finding in a field says which ("title", "department"); one in
 * a heading has its section, block -1 and the field "heading".
 *
 * Returns: (transfer full) (element-type JdFinding): findings of the
 * category `spelling`, warnings, in the order of the document
 */
GPtrArray *
jd_spell_checker_check_document (JdSpellChecker *self,
                                 JdDocument     *document)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);
  JdPlace title = { -1, -1, -1, -1, "title", "title" };
  JdPlace department = { -1, -1, -1, -1, "department", "department" };
  guint n_sections;

  g_return_val_if_fail (JD_IS_SPELL_CHECKER (self), findings);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), findings);

  if (self->dict == NULL)
    return findings;

  jd_spell_checker_set_extra_words (self, jd_document_get_company_name (document));
  add_findings (self, findings, jd_document_get_title (document), &title);
  add_findings (self, findings, jd_document_get_department (document), &department);

  n_sections = jd_document_get_n_sections (document);
  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (document, i);
      const char *kind = jd_section_kind_to_string (jd_section_get_kind (section));
      guint n_blocks = jd_section_get_n_blocks (section);
      const char *heading = jd_section_get_heading (section);
      JdPlace heading_place = { (int)i, -1, -1, -1, "heading", kind };

      if (heading != NULL && heading[0] != '\0')
        add_findings (self, findings, heading, &heading_place);

      for (guint j = 0; j < n_blocks; j++)
        {
          JdPlace place = { (int)i, (int)j, -1, -1, NULL, kind };
          const char *text = jd_block_get_text (jd_section_get_block (section, j));

          if (text != NULL && text[0] != '\0')
            add_findings (self, findings, text, &place);
        }
    }

  return findings;
}
