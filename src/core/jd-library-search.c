/* jd-library-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-library"

#include "config.h"

#include <string.h>

#include "jd-library-private.h"
#include "jd-localized.h"
#include "jd-search-index-private.h"
#include "jd-template-private.h"
#include "jd-worker-private.h"

/* Search over the library: one inverted index per language, built on the
 * first search in it (or ahead, in a thread), dropped when the list of
 * templates changes. */

static void
index_localized (JdSearchIndex     *index,
                 guint              doc,
                 const JdLocalized *text,
                 const char        *lang,
                 guint              weight)
{
  const char *value = jd_localized_get_exact (text, lang);

  if (value != NULL)
    _jd_search_index_add (index, doc, value, weight);
}

/* Builds the index of @lang over @templates, the library's list as it is
 * now. It only reads templates, which do not change once loaded, so it can
 * run in a thread. User templates are in one language, which may be any:
 * they go into the English index, which every search reads. */
static JdSearchIndex *
build_index (GPtrArray  *templates,
             const char *lang)
{
  JdSearchIndex *index = _jd_search_index_new ();

  for (guint i = 0; i < templates->len; i++)
    {
      JdTemplate *template = g_ptr_array_index (templates, i);
      gboolean user = jd_template_get_document (template) != NULL;
      const char *text_lang = user ? "en" : lang;

      _jd_search_index_set_title_length (index, i, g_utf8_strlen (jd_template_get_title (template, text_lang), -1));
      if (user && strcmp (lang, "en") != 0)
        continue;

      index_localized (index, i, _jd_template_peek_title (template), text_lang, JD_SEARCH_WEIGHT_TITLE);
      for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
        {
          GPtrArray *texts = _jd_template_peek_texts (template, field);
          guint weight = field == JD_TEMPLATE_FIELD_ALT_TITLES ? JD_SEARCH_WEIGHT_ALT :
                         field == JD_TEMPLATE_FIELD_KEYWORDS ? JD_SEARCH_WEIGHT_KEYWORD :
                         JD_SEARCH_WEIGHT_BODY;

          for (guint j = 0; j < texts->len; j++)
            index_localized (index, i, g_ptr_array_index (texts, j), text_lang, weight);
        }
    }

  _jd_search_index_finish (index);
  return index;
}

static GPtrArray *
snapshot_templates (JdLibrary *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  GPtrArray *templates = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (templates, g_list_model_get_item (G_LIST_MODEL (self->templates), i));

  return templates;
}

static JdSearchIndex *
ensure_index (JdLibrary  *self,
              const char *lang)
{
  JdSearchIndex *index = g_hash_table_lookup (self->indexes, lang);
  g_autoptr(GPtrArray) templates = NULL;

  if (index != NULL)
    return index;

  templates = snapshot_templates (self);
  index = build_index (templates, lang);
  g_hash_table_insert (self->indexes, g_strdup (lang), index);

  return index;
}

typedef struct
{
  GPtrArray      *templates;
  guint           generation;
  /* one index per language of the library, in its order */
  JdSearchIndex **indexes;
  guint           n_indexes;
} PrepareData;

static void
prepare_data_free (PrepareData *data)
{
  g_clear_pointer (&data->templates, g_ptr_array_unref);
  for (guint i = 0; i < data->n_indexes; i++)
    g_clear_pointer (&data->indexes[i], _jd_search_index_free);
  g_free (data->indexes);
  g_free (data);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PrepareData *data = task_data;
  const char * const *languages = jd_terms_get_languages ();

  /* A language at a time, as long as the program is not exiting: what is
   * not built then, a search builds when it needs it. */
  for (guint i = 0; i < data->n_indexes && !_jd_workers_stopping (); i++)
    data->indexes[i] = build_index (data->templates, languages[i]);

  g_task_return_boolean (task, TRUE);
}

/**
 * jd_library_prepare_search_async:
 *
 * Builds the search indexes of every language in a thread, so that the
 * first keystroke of a search in a large library does not wait for them.
 * An index that the library built meanwhile, or that a change of the
 * library made stale, is left as it is.
 */
void
jd_library_prepare_search_async (JdLibrary           *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrepareData *data;

  g_return_if_fail (JD_IS_LIBRARY (self));

  data = g_new0 (PrepareData, 1);
  data->templates = snapshot_templates (self);
  data->generation = self->generation;
  data->n_indexes = g_strv_length ((char **)jd_terms_get_languages ());
  data->indexes = g_new0 (JdSearchIndex *, data->n_indexes);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_library_prepare_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify)prepare_data_free);
  _jd_task_run_in_worker (task, prepare_thread);
}

gboolean
jd_library_prepare_search_finish (JdLibrary     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  const char * const *languages = jd_terms_get_languages ();
  PrepareData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (data->generation == self->generation)
    for (guint i = 0; i < data->n_indexes; i++)
      if (data->indexes[i] != NULL && !g_hash_table_contains (self->indexes, languages[i]))
        g_hash_table_insert (self->indexes, g_strdup (languages[i]), g_steal_pointer (&data->indexes[i]));

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The masculine form of a feminine ending, for the languages of the
 * library; words are folded (no accents) when this is read. */
static const struct {
  const char *feminine;
  const char *masculine;
  gsize       min_len;  /* of the word, in bytes */
} endings[] = {
  { "innen", "", 8 },       /* Buchhalterinnen */
  { "frau", "mann", 6 },    /* Kauffrau */
  { "in", "", 6 },          /* Buchhalterin */
  { "trice", "teur", 7 },   /* directrice */
  { "euse", "eur", 6 },     /* vendeuse */
  { "ienne", "ien", 7 },    /* technicienne */
  { "ere", "er", 6 },       /* infirmiere */
  { "ive", "if", 6 },       /* creative */
  { "e", "", 7 },           /* assistante, chargee, medicale */
  { "triz", "tor", 6 },     /* directriz */
  { "ora", "or", 5 },       /* gestora, vendedora */
  { "a", "o", 5 },          /* enfermera, enfermeira, medica */
  /* λογιστρια, νοσηλευτρια; folding writes every sigma as σ */
  { "τρια", "τησ", 14 },
};

/* The feminine forms a query may use where the library writes the
 * masculine or a short double form: "enfermera" and "enfermeira" for
 * "Enfermero/a" and "Enfermeiro (m/f)", "gestora" for "Gestor/a",
 * "Buchhalterin" for "Buchhalter (m/w/d)", "λογίστρια" for "Λογιστής".
 * Each ending that fits gives one form; the folded word comes first. */
static char **
word_forms (const char *word)
{
  GPtrArray *forms = g_ptr_array_new ();
  gsize len = strlen (word);

  g_ptr_array_add (forms, g_strdup (word));

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (len >= endings[i].min_len && g_str_has_suffix (word, endings[i].feminine))
      g_ptr_array_add (forms, g_strdup_printf ("%.*s%s", (int)(len - strlen (endings[i].feminine)),
                                               word, endings[i].masculine));

  g_ptr_array_add (forms, NULL);
  return (char **)g_ptr_array_free (forms, FALSE);
}

typedef struct
{
  guint doc;
  guint score;
  guint tier;
  guint title_length;
} Hit;

/* The current languages first; then the best score; among equals, the
 * shorter title ("Teacher" before "Elementary School Teacher" for
 * "teacher"), then the order of the library. */
static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a;
  const Hit *hb = b;

  if (ha->tier != hb->tier)
    return ha->tier < hb->tier ? -1 : 1;

  if (ha->score != hb->score)
    return ha->score > hb->score ? -1 : 1;

  if (ha->title_length != hb->title_length)
    return ha->title_length < hb->title_length ? -1 : 1;

  return ha->doc < hb->doc ? -1 : ha->doc > hb->doc;
}

/* Sums into @total, for every template that matches every word of
 * @words in one of @indexes, its best score for each word; 0 for the
 * others. */
static void
score_words (JdSearchIndex      **indexes,
             guint                n_indexes,
             const char * const  *words,
             guint               *total,
             guint                n)
{
  g_autofree guint *best = g_new (guint, n);

  memset (total, 0, n * sizeof (guint));
  for (guint w = 0; words[w] != NULL; w++)
    {
      g_auto(GStrv) forms = word_forms (words[w]);

      memset (best, 0, n * sizeof (guint));
      for (guint i = 0; i < n_indexes; i++)
        for (guint f = 0; forms[f] != NULL; f++)
          _jd_search_index_match (indexes[i], forms[f], best, n);

      for (guint doc = 0; doc < n; doc++)
        total[doc] = best[doc] == 0 || (w > 0 && total[doc] == 0) ? 0 : total[doc] + best[doc];
    }
}

/**
 * jd_library_search:
 * @query: what the user typed
 * @lang: the language the user works in besides English
 *
 * The same as jd_library_search_in() with @lang alone.
 *
 * Returns: (transfer container) (element-type JdTemplate): the templates
 */
GPtrArray *
jd_library_search (JdLibrary  *self,
                   const char *query,
                   const char *lang)
{
  const char *current[] = { lang, NULL };

  return jd_library_search_in (self, query, current);
}

/**
 * jd_library_search_in:
 * @query: what the user typed
 * @current: (array zero-terminated=1): the languages the user works in
 *   besides English: the interface's, the one picked for templates
 *
 * Finds the templates whose title, other titles, keywords or texts contain
 * every word of @query, ignoring case and accents, in any language of the
 * library; a word of the query matches the words it starts, and a
 * feminine form matches the title written in the masculine or double
 * form. Matches in English and the @current languages come first, then
 * those in the other languages; within each, title matches come first. A
 * query of several words whose words were only found scattered over the
 * texts of a template does not list it when other templates have them in
 * a title, other title or keyword: "senior account manager" lists the
 * account managers, not every template that mentions the three words
 * somewhere.
 *
 * Returns: (transfer container) (element-type JdTemplate): the templates
 */
GPtrArray *
jd_library_search_in (JdLibrary          *self,
                      const char         *query,
                      const char * const *current_languages)
{
  const char * const *languages = jd_terms_get_languages ();
  g_autofree guint *current = NULL;
  g_autofree guint *any = NULL;
  g_autofree JdSearchIndex **indexes = NULL;
  g_autofree gboolean *is_current = NULL;
  JdSearchIndex *shown;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) hits = NULL;
  guint n_languages = g_strv_length ((char **)languages);
  guint n_current = 0;
  guint n_words;
  guint top = 0;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (current_languages != NULL, NULL);

  words = _jd_search_tokenize (query);
  n_words = g_strv_length (words);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  result = g_ptr_array_new_full (0, g_object_unref);

  if (n_words == 0)
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->templates), i));
      return result;
    }

  /* English and the current languages first, then the others. */
  is_current = g_new0 (gboolean, n_languages);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      is_current[i] = strcmp (languages[i], "en") == 0;
      for (guint j = 0; current_languages[j] != NULL; j++)
        {
          g_autofree char *language = jd_language_normalize (current_languages[j]);

          is_current[i] |= strcmp (languages[i], language) == 0;
        }
    }

  indexes = g_new (JdSearchIndex *, n_languages);
  for (guint i = 0; languages[i] != NULL; i++)
    if (is_current[i])
      indexes[n_current++] = ensure_index (self, languages[i]);
  for (guint i = 0, k = n_current; languages[i] != NULL; i++)
    if (!is_current[i])
      indexes[k++] = ensure_index (self, languages[i]);

  /* Titles are shown in the first current language. */
  {
    g_autofree char *first = jd_language_normalize (current_languages[0]);

    shown = ensure_index (self, jd_terms_is_language (first) ? first : "en");
  }

  current = g_new (guint, n);
  any = g_new (guint, n);
  score_words (indexes, n_current, (const char * const *)words, current, n);
  score_words (indexes, n_languages, (const char * const *)words, any, n);

  hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  for (guint doc = 0; doc < n; doc++)
    if (current[doc] > 0 || any[doc] > 0)
      {
        Hit hit = { doc, current[doc] > 0 ? current[doc] : any[doc], current[doc] > 0 ? 0 : 1,
                    _jd_search_index_get_title_length (shown, doc) };

        top = MAX (top, hit.score);
        g_array_append_val (hits, hit);
      }

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    {
      const Hit *hit = &g_array_index (hits, Hit, i);

      /* Each word scores at least its body weight; a score that no word
       * lifted above that came from bodies alone. */
      if (n_words > 1 && top > n_words * (JD_SEARCH_WEIGHT_BODY + 1) &&
          hit->score <= n_words * (JD_SEARCH_WEIGHT_BODY + 1))
        continue;

      g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->templates), hit->doc));
    }

  return result;
}

/* Whether some word of @tokens starts with one of @forms. */
static gboolean
tokens_match (char * const *tokens,
              char * const *forms)
{
  for (guint t = 0; tokens[t] != NULL; t++)
    for (guint f = 0; forms[f] != NULL; f++)
      if (g_str_has_prefix (tokens[t], forms[f]))
        return TRUE;

  return FALSE;
}

/* How many of the query's words, each in any of its forms, @text has. */
static guint
count_words_in (const char   *text,
                GPtrArray    *word_forms_list)
{
  g_auto(GStrv) tokens = _jd_search_tokenize (text);
  guint n = 0;

  for (guint w = 0; w < word_forms_list->len; w++)
    if (tokens_match (tokens, g_ptr_array_index (word_forms_list, w)))
      n++;

  return n;
}

typedef struct
{
  GPtrArray  *forms;      /* the forms of each word of the query */
  const char *best;
  const char *best_lang;
  guint       best_score;
} Explanation;

/* Keeps @text, in @lang, when it has more words of the query than the
 * best so far, or as many with a higher @weight (title 3, other title 2,
 * keyword 1, other texts 0); among equals the earlier language wins. */
static void
explain_text (Explanation       *explanation,
              const JdLocalized *text,
              const char        *lang,
              guint              weight)
{
  const char *value = jd_localized_get_exact (text, lang);
  guint n_words;

  if (value == NULL || (n_words = count_words_in (value, explanation->forms)) == 0)
    return;

  if (n_words * 4 + weight > explanation->best_score)
    {
      explanation->best_score = n_words * 4 + weight;
      explanation->best = value;
      explanation->best_lang = lang;
    }
}

/**
 * jd_library_search_explain:
 * @template: a template that jd_library_search() found for @query
 * @query: what the user typed
 * @lang: the language the user works in
 * @match_lang: (out) (optional) (nullable): the language of the text that
 *   matched; %NULL for a user template, whose language is its own
 *
 * Says what a search hit matched, to be shown beside it: the job title,
 * other title or keyword of @template that has the most words of @query,
 * in @lang when one there has as many as any, else in English, else in
 * the other languages of the library. A template that matched by its
 * texts alone has none to show, only the language of those texts.
 *
 * Returns: (transfer full) (nullable): the title or keyword that matched
 */
char *
jd_library_search_explain (JdLibrary   *self,
                           JdTemplate  *template,
                           const char  *query,
                           const char  *lang,
                           char       **match_lang)
{
  const char * const *languages = jd_terms_get_languages ();
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autofree char *language = NULL;
  g_auto(GStrv) words = NULL;
  Explanation explanation = { forms, NULL, NULL, 0 };
  gboolean from_texts = FALSE;
  gboolean user;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (JD_IS_TEMPLATE (template), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (match_lang != NULL)
    *match_lang = NULL;

  language = jd_language_normalize (lang);
  words = _jd_search_tokenize (query);
  for (guint w = 0; words[w] != NULL; w++)
    g_ptr_array_add (forms, word_forms (words[w]));

  /* The language the user works in, English, then the others. */
  if (jd_terms_is_language (language))
    g_ptr_array_add (order, language);
  if (strcmp (language, "en") != 0)
    g_ptr_array_add (order, (gpointer)"en");
  for (guint i = 0; languages[i] != NULL; i++)
    if (strcmp (languages[i], "en") != 0 && strcmp (languages[i], language) != 0)
      g_ptr_array_add (order, (gpointer)languages[i]);

  user = jd_template_get_document (template) != NULL;
  for (guint i = 0; i < order->len && forms->len > 0; i++)
    {
      const char *text_lang = g_ptr_array_index (order, i);

      if (user && strcmp (text_lang, "en") != 0)
        continue;

      explain_text (&explanation, _jd_template_peek_title (template), text_lang, 3);
      for (guint field = JD_TEMPLATE_FIELD_ALT_TITLES; field <= JD_TEMPLATE_FIELD_KEYWORDS; field++)
        {
          GPtrArray *texts = _jd_template_peek_texts (template, field);

          for (guint j = 0; j < texts->len; j++)
            explain_text (&explanation, g_ptr_array_index (texts, j), text_lang,
                          field == JD_TEMPLATE_FIELD_ALT_TITLES ? 2 : 1);
        }
    }

  /* Found by its texts alone: no title to show, but the language still
   * says why a hit is there. */
  if (explanation.best == NULL && !user)
    {
      from_texts = TRUE;
      for (guint i = 0; i < order->len && explanation.best == NULL; i++)
        for (guint field = JD_TEMPLATE_FIELD_BRIEF; field < JD_TEMPLATE_N_FIELDS; field++)
          {
            GPtrArray *texts = _jd_template_peek_texts (template, field);

            for (guint j = 0; j < texts->len; j++)
              explain_text (&explanation, g_ptr_array_index (texts, j), g_ptr_array_index (order, i), 0);
          }
    }

  if (match_lang != NULL && !user)
    *match_lang = g_strdup (explanation.best_lang);

  if (explanation.best == NULL || from_texts)
    return NULL;

  return g_strdup (explanation.best);
}
