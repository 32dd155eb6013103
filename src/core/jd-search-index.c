/* jd-search-index.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-search"

#include "config.h"

#include <string.h>

#include "jd-search-index-private.h"

/* An inverted index, built once per language: every word of the titles,
 * keywords and bodies, folded for case and accents, points at the
 * templates that contain it. A query word matches every indexed word it
 * is a prefix of, found by binary search in the sorted vocabulary, so a
 * keystroke costs a few lookups whatever the size of the library. */

typedef struct
{
  guint32 doc;
  guint32 weight;
} Posting;

struct _JdSearchIndex
{
  GHashTable *postings;   /* word → GArray of Posting, one per doc */
  GPtrArray  *vocabulary; /* sorted words, owned by postings */
  GArray     *title_lengths; /* guint per doc: ranks shorter titles first */
};

JdSearchIndex *
_jd_search_index_new (void)
{
  JdSearchIndex *self = g_new0 (JdSearchIndex, 1);

  self->postings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)g_array_unref);
  return self;
}

void
_jd_search_index_free (JdSearchIndex *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->vocabulary, g_ptr_array_unref);
  g_clear_pointer (&self->postings, g_hash_table_unref);
  g_clear_pointer (&self->title_lengths, g_array_unref);
  g_free (self);
}

/* Folds case and strips accents: "Médico" and "medico" are the same word,
 * and so are "ΛΟΓΙΣΤΗΣ" and "λογιστής" (final sigma included). */
char *
_jd_search_normalize (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *stripped;
  const char *p;

  /* Most text of the library is plain ASCII, where folding is lowering. */
  for (p = text; *p && (guchar)*p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, -1);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);

  if (decomposed == NULL)
    return g_strdup ("");

  stripped = g_string_sized_new (strlen (decomposed));
  for (p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (stripped, c);
    }

  {
    g_autofree char *plain = g_string_free (stripped, FALSE);
    return g_utf8_casefold (plain, -1);
  }
}

/* Returns: (transfer full): the normalized words of @text. */
char **
_jd_search_tokenize (const char *text)
{
  g_autofree char *normalized = _jd_search_normalize (text ? text : "");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = NULL;

  for (const char *p = normalized;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = c != 0 && g_unichar_isalnum (c);

      if (word_char && start == NULL)
        start = p;
      else if (!word_char && start != NULL)
        {
          g_autofree char *word = g_strndup (start, p - start);
          g_strv_builder_add (builder, word);
          start = NULL;
        }

      if (c == 0)
        break;
    }

  return g_strv_builder_end (builder);
}

void
_jd_search_index_add (JdSearchIndex *self,
                      guint          doc,
                      const char    *text,
                      guint          weight)
{
  g_auto(GStrv) words = _jd_search_tokenize (text);

  g_return_if_fail (self->vocabulary == NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      GArray *postings = g_hash_table_lookup (self->postings, words[i]);
      Posting *last;

      if (postings == NULL)
        {
          postings = g_array_new (FALSE, FALSE, sizeof (Posting));
          g_hash_table_insert (self->postings, g_strdup (words[i]), postings);
        }

      last = postings->len ? &g_array_index (postings, Posting, postings->len - 1) : NULL;
      if (last != NULL && last->doc == doc)
        last->weight = MAX (last->weight, weight);
      else
        {
          Posting posting = { doc, weight };
          g_array_append_val (postings, posting);
        }
    }
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

void
_jd_search_index_finish (JdSearchIndex *self)
{
  GHashTableIter iter;
  gpointer word;

  g_return_if_fail (self->vocabulary == NULL);

  self->vocabulary = g_ptr_array_sized_new (g_hash_table_size (self->postings));
  g_hash_table_iter_init (&iter, self->postings);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    g_ptr_array_add (self->vocabulary, word);
  g_ptr_array_sort (self->vocabulary, compare_words);
}

/* Records in @best, an array of @n_docs scores, the best score of every
 * document that has a word starting with @word; a whole-word match scores
 * one more. */
void
_jd_search_index_match (JdSearchIndex *self,
                        const char    *word,
                        guint         *best,
                        guint          n_docs)
{
  gsize len = strlen (word);
  guint lo = 0;
  guint hi;

  g_return_if_fail (self->vocabulary != NULL);

  hi = self->vocabulary->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (g_ptr_array_index (self->vocabulary, mid), word) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i < self->vocabulary->len; i++)
    {
      const char *candidate = g_ptr_array_index (self->vocabulary, i);
      GArray *postings;
      guint bonus;

      if (strncmp (candidate, word, len) != 0)
        break;

      bonus = candidate[len] == '\0' ? 1 : 0;
      postings = g_hash_table_lookup (self->postings, candidate);
      for (guint j = 0; j < postings->len; j++)
        {
          const Posting *posting = &g_array_index (postings, Posting, j);
          guint score = posting->weight + bonus;

          if (posting->doc < n_docs && score > best[posting->doc])
            best[posting->doc] = score;
        }
    }
}

/* The length in characters of the title of @doc, known when the index is
 * built so that ranking a keystroke's hits costs no lookup. */
void
_jd_search_index_set_title_length (JdSearchIndex *self,
                                   guint          doc,
                                   guint          length)
{
  if (self->title_lengths == NULL)
    self->title_lengths = g_array_new (FALSE, TRUE, sizeof (guint));
  if (doc >= self->title_lengths->len)
    g_array_set_size (self->title_lengths, doc + 1);
  g_array_index (self->title_lengths, guint, doc) = length;
}

guint
_jd_search_index_get_title_length (JdSearchIndex *self,
                                   guint          doc)
{
  if (self->title_lengths == NULL || doc >= self->title_lengths->len)
    return 0;

  return g_array_index (self->title_lengths, guint, doc);
}
