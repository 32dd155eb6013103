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
  GPtrArray     *templates;
  char          *lang;
  guint          generation;
  JdSearchIndex *english;
  JdSearchIndex *other;
} PrepareData;

static void
prepare_data_free (PrepareData *data)
{
  g_clear_pointer (&data->templates, g_ptr_array_unref);
  g_clear_pointer (&data->lang, g_free);
  g_clear_pointer (&data->english, _jd_search_index_free);
  g_clear_pointer (&data->other, _jd_search_index_free);
  g_free (data);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PrepareData *data = task_data;

  data->english = build_index (data->templates, "en");
  if (strcmp (data->lang, "en") != 0)
    data->other = build_index (data->templates, data->lang);

  g_task_return_boolean (task, TRUE);
}

/**
 * jd_library_prepare_search_async:
 *
 * Builds the search indexes of English and @lang in a thread, so that the
 * first keystroke of a search in a large library does not wait for them.
 * An index that the library built meanwhile, or that a change of the
 * library made stale, is left as it is.
 */
void
jd_library_prepare_search_async (JdLibrary           *self,
                                 const char          *lang,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrepareData *data;

  g_return_if_fail (JD_IS_LIBRARY (self));

  data = g_new0 (PrepareData, 1);
  data->templates = snapshot_templates (self);
  data->lang = jd_language_normalize (lang);
  data->generation = self->generation;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_library_prepare_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify)prepare_data_free);
  g_task_run_in_thread (task, prepare_thread);
}

gboolean
jd_library_prepare_search_finish (JdLibrary     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  PrepareData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (data->generation == self->generation)
    {
      if (!g_hash_table_contains (self->indexes, "en"))
        g_hash_table_insert (self->indexes, g_strdup ("en"), g_steal_pointer (&data->english));
      if (data->other != NULL && !g_hash_table_contains (self->indexes, data->lang))
        g_hash_table_insert (self->indexes, g_strdup (data->lang), g_steal_pointer (&data->other));
    }

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  guint doc;
  guint score;
} Hit;

/* Best score first; among equals, the order of the library. */
static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a;
  const Hit *hb = b;

  if (ha->score != hb->score)
    return ha->score > hb->score ? -1 : 1;

  return ha->doc < hb->doc ? -1 : ha->doc > hb->doc;
}

/**
 * jd_library_search:
 * @query: what the user typed
 * @lang: the language to search in besides English
 *
 * Finds the templates whose title, other titles, keywords or texts contain
 * every word of @query, ignoring case and accents; a word of the query
 * matches the words it starts. Title matches come first.
 *
 * Returns: (transfer container) (element-type JdTemplate): the templates
 */
GPtrArray *
jd_library_search (JdLibrary  *self,
                   const char *query,
                   const char *lang)
{
  g_autofree char *language = NULL;
  g_autofree guint *total = NULL;
  g_autofree guint *best = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) hits = NULL;
  JdSearchIndex *indexes[2];
  guint n_indexes = 1;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  language = jd_language_normalize (lang);
  words = _jd_search_tokenize (query);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  result = g_ptr_array_new_full (0, g_object_unref);

  if (words[0] == NULL)
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->templates), i));
      return result;
    }

  indexes[0] = ensure_index (self, "en");
  if (strcmp (language, "en") != 0)
    indexes[n_indexes++] = ensure_index (self, language);

  /* Scores in arrays indexed by template: every word must match, and a
   * template's score is the sum of its best score for each word. */
  total = g_new0 (guint, n);
  best = g_new (guint, n);
  for (guint w = 0; words[w] != NULL; w++)
    {
      memset (best, 0, n * sizeof (guint));
      for (guint i = 0; i < n_indexes; i++)
        _jd_search_index_match (indexes[i], words[w], best, n);

      for (guint doc = 0; doc < n; doc++)
        total[doc] = best[doc] == 0 || (w > 0 && total[doc] == 0) ? 0 : total[doc] + best[doc];
    }

  hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  for (guint doc = 0; doc < n; doc++)
    if (total[doc] > 0)
      {
        Hit hit = { doc, total[doc] };
        g_array_append_val (hits, hit);
      }

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->templates),
                                                    g_array_index (hits, Hit, i).doc));

  return result;
}
