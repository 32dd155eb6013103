/* search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long a keystroke in the sidebar's search takes with 10,000
 * templates, against the obvious alternative: scanning every template's
 * text, folded once in advance, with strstr(). Run by bench/search.sh.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-bench.h"
#include "jd-document-io.h"
#include "jd-library.h"
#include "jd-search-index-private.h"

#define N_TEMPLATES 10000

static const char * const queries[] = {
  "a", "ac", "acc", "acco", "accou", "accoun", "account", "account m", "account ma", "account man",
  "n", "nu", "nur", "nurs", "nurse",
  "s", "so", "sof", "soft", "softw", "softwa", "softwar", "software", "software e", "software en",
  "cust", "customer", "customer succ", "pay", "payroll", "data", "data eng", "zzz",
};

static void
report (const char *what,
        GArray     *times)
{
  double max = 0;

  g_array_sort (times, jd_bench_compare_doubles);
  for (guint i = 0; i < times->len; i++)
    max = MAX (max, g_array_index (times, double, i));

  g_print ("%-40s median %8.3f ms   max %8.3f ms   (%u keystrokes)\n",
           what, g_array_index (times, double, times->len / 2), max, times->len);
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (jd_library_prepare_search_finish (JD_LIBRARY (object), result, NULL));
  *done = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JdLibrary) builtin = jd_library_new (NULL, NULL);
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) index_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *path = g_dir_make_tmp ("jd-bench-search-XXXXXX", &error);
  GListModel *templates;
  GPtrArray *flat;
  gint64 start;
  guint n;

  g_assert_no_error (error);
  g_assert_true (jd_library_load (builtin, &error));

  /* 10,000 templates: the library's own, again and again, as user
   * templates (they are .jobdesc files, the slowest kind to load). */
  templates = jd_library_get_templates (builtin);
  n = g_list_model_get_n_items (templates);
  for (guint i = 0; i < N_TEMPLATES; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i % n);
      g_autoptr(JdDocument) document = jd_template_create_document (template, "en");
      g_autofree char *name = g_strdup_printf ("%s/t%05u.jobdesc", path, i);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autofree char *title = g_strdup_printf ("%s %u", jd_document_get_title (document), i);

      jd_document_set_title (document, title);
      g_assert_true (jd_document_save (document, file, NULL, NULL, NULL));
    }

  dir = g_file_new_for_path (path);
  library = jd_library_new (NULL, dir);
  start = g_get_monotonic_time ();
  g_assert_true (jd_library_load (library, &error));
  g_print ("loading %u templates                      %8.1f ms\n",
           g_list_model_get_n_items (jd_library_get_templates (library)),
           (g_get_monotonic_time () - start) / 1000.0);

  /* What the sidebar does once the library is there: the indexes are
   * built in a thread while the window opens. */
  {
    gboolean done = FALSE;

    start = g_get_monotonic_time ();
    jd_library_prepare_search_async (library, NULL, prepared_cb, &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
    g_print ("building the indexes (in a thread)         %8.1f ms\n",
             (g_get_monotonic_time () - start) / 1000.0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = NULL;
      double ms;

      start = g_get_monotonic_time ();
      hits = jd_library_search (library, queries[i], "de");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (index_times, ms);
    }
  report ("Jobscribe (inverted index)", index_times);

  /* The peer, on the same templates. */
  templates = jd_library_get_templates (library);
  n = g_list_model_get_n_items (templates);
  flat = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      g_autoptr(GString) text = g_string_new (jd_template_get_title (template, "en"));

      for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
        for (guint j = 0; j < jd_template_get_n_texts (template, field); j++)
          {
            g_string_append_c (text, '\n');
            g_string_append (text, jd_template_get_text (template, field, j, "en"));
          }
      g_ptr_array_add (flat, _jd_search_normalize (text->str));
    }

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_auto(GStrv) words = _jd_search_tokenize (queries[i]);
      guint hits = 0;
      double ms;

      start = g_get_monotonic_time ();
      for (guint t = 0; t < flat->len; t++)
        {
          gboolean all = TRUE;

          for (guint w = 0; all && words[w] != NULL; w++)
            all = strstr (g_ptr_array_index (flat, t), words[w]) != NULL;
          hits += all;
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (scan_times, ms);
      (void)hits;
    }
  report ("scan of pre-folded text (strstr)", scan_times);

  g_ptr_array_unref (flat);
  for (guint i = 0; i < N_TEMPLATES; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s/t%05u.jobdesc", path, i);
      g_unlink (name);
    }
  g_rmdir (path);

  return 0;
}
