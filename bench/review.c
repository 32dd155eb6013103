/* review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How long the writing review of a document takes: a 700-word document,
 * the longest ads are, and a 10,000-word one, in each language. The text
 * is the library's own, sections of successive templates until the
 * document has the words. Times are CPU time of the thread, and the
 * median wall-clock time beside them. Run by bench/review.sh.
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "jd-bench.h"
#include "jd-library.h"
#include "jd-review.h"

#define RUNS 200

/* CPU time of this thread, in milliseconds: what the review costs, not
 * what other programs on a busy machine take from it. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Sections of the library's templates in @lang, in order, until
 * @words are reached. */
static JdDocument *
make_document (JdLibrary  *library,
               const char *lang,
               guint       words)
{
  GListModel *templates = jd_library_get_templates (library);
  JdDocument *document = NULL;
  guint added = 0;

  for (guint t = 0; t < g_list_model_get_n_items (templates); t++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, t);
      g_autoptr(JdDocument) part = jd_library_create_document (library, jd_template_get_id (template),
                                                               lang, NULL);

      if (document == NULL)
        {
          document = g_steal_pointer (&part);
          continue;
        }

      for (guint s = 0; s < jd_document_get_n_sections (part); s++)
        {
          JdSection *section = jd_document_get_section (part, s);

          for (guint b = 0; b < jd_section_get_n_blocks (section); b++)
            {
              JdSection *target = jd_document_get_section (document,
                                                           MIN (s, jd_document_get_n_sections (document) - 1));
              JdBlock *block = jd_section_get_block (section, b);

              /* Counting now and then keeps making the document quick. */
              if ((words < 1000 || added++ % 8 == 0) && jd_document_count_words (document) >= words)
                return document;
              jd_section_add_text (target, jd_block_get_kind (block), jd_block_get_text (block));
            }
        }
    }

  return document;
}

static void
measure (JdLibrary  *library,
         const char *lang,
         guint       words)
{
  g_autoptr(JdDocument) document = make_document (library, lang, words);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) walls = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_findings = 0;
  double first;
  double start;

  /* The first review of a language reads its rules. */
  start = cpu_ms ();
  g_object_unref (jd_review_new (document, NULL));
  first = cpu_ms () - start;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(JdReview) review = NULL;
      gint64 wall_start = g_get_monotonic_time ();
      double ms, wall;

      start = cpu_ms ();
      review = jd_review_new (document, NULL);
      ms = cpu_ms () - start;
      wall = (g_get_monotonic_time () - wall_start) / 1000.0;
      g_array_append_val (times, ms);
      g_array_append_val (walls, wall);
      n_findings = g_list_model_get_n_items (jd_review_get_findings (review));
    }

  g_array_sort (times, jd_bench_compare_doubles);
  g_array_sort (walls, jd_bench_compare_doubles);
  g_print ("%-3s %6u words   CPU median %6.2f ms  95th %6.2f ms  max %6.2f ms   "
           "wall median %6.2f ms   first %6.2f ms   %u findings\n",
           lang, jd_document_count_words (document),
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len * 95 / 100),
           g_array_index (times, double, times->len - 1),
           g_array_index (walls, double, walls->len / 2),
           first, n_findings);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  const char * const *languages = jd_review_get_languages ();

  if (!jd_library_load (library, &error))
    g_error ("%s", error->message);

  for (guint l = 0; languages[l] != NULL; l++)
    measure (library, languages[l], 700);
  for (guint l = 0; languages[l] != NULL; l++)
    measure (library, languages[l], 10000);

  return 0;
}
