/* test-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Work in threads that the program waits for before it exits, and work
 * shared by threads (jd-worker.c).
 */

#define _GNU_SOURCE

#include "config.h"

#include <sched.h>
#include <string.h>

#include <gio/gio.h>

#include "jd-worker-private.h"

static gint finished;

static void
slow_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_usleep (GPOINTER_TO_UINT (task_data) * 1000);
  g_atomic_int_inc (&finished);
  g_task_return_boolean (task, TRUE);
}

/* Waiting returns once every piece of work queued has run to its end,
 * those still queued behind the others included. */
static void
test_wait_for_all (void)
{
  g_atomic_int_set (&finished, 0);

  for (guint i = 0; i < 24; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

      g_task_set_task_data (task, GUINT_TO_POINTER (10 + i % 3 * 20), NULL);
      _jd_task_run_in_worker (task, slow_thread);
    }

  _jd_workers_wait ();
  g_assert_cmpint (g_atomic_int_get (&finished), ==, 24);

  /* With nothing at work, waiting returns at once. */
  _jd_workers_wait ();
  g_assert_cmpint (g_atomic_int_get (&finished), ==, 24);
}

static void
until_stopping_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  gboolean *stopped = task_data;

  while (!_jd_workers_stopping () && g_get_monotonic_time () < deadline)
    g_usleep (1000);

  *stopped = _jd_workers_stopping ();
  g_task_return_boolean (task, TRUE);
}

/* Long work sees that the program is waiting to exit and ends early;
 * once the wait is over, new work is not told to stop. */
static void
test_stopping (void)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  gboolean stopped = FALSE;

  g_assert_false (_jd_workers_stopping ());
  g_task_set_task_data (task, &stopped, NULL);
  _jd_task_run_in_worker (task, until_stopping_thread);

  _jd_workers_wait ();
  g_assert_true (stopped);
  g_assert_false (_jd_workers_stopping ());
}

typedef struct
{
  GThread      *caller;
  guint         n_items;
  gint         *runs;
  GHashTable   *threads;
  GMutex        lock;
  /* Items that fail, and the item after which to cancel */
  guint         fail_a;
  guint         fail_b;
  guint         cancel_after;
  /* Items begun once the work was cancelled */
  gint          begun_cancelled;
  /* Items wait until that many threads have taken one */
  guint         wait_for_threads;
  GCancellable *cancellable;
  guint         last_progress;
  guint         n_progress;
} Items;

static void
items_init (Items *items,
            guint  n_items)
{
  memset (items, 0, sizeof *items);
  items->caller = g_thread_self ();
  items->n_items = n_items;
  items->runs = g_new0 (gint, MAX (n_items, 1));
  items->threads = g_hash_table_new (NULL, NULL);
  items->fail_a = items->fail_b = items->cancel_after = G_MAXUINT;
  g_mutex_init (&items->lock);
}

static void
items_clear (Items *items)
{
  g_free (items->runs);
  g_hash_table_unref (items->threads);
  g_clear_object (&items->cancellable);
  g_mutex_clear (&items->lock);
}

static gboolean
item_func (guint          index,
           gpointer       user_data,
           GCancellable  *cancellable,
           GError       **error)
{
  Items *items = user_data;

  g_assert_cmpuint (index, <, items->n_items);
  g_atomic_int_inc (&items->runs[index]);
  if (items->cancellable != NULL && g_cancellable_is_cancelled (items->cancellable))
    g_atomic_int_inc (&items->begun_cancelled);

  g_mutex_lock (&items->lock);
  g_hash_table_add (items->threads, g_thread_self ());
  g_mutex_unlock (&items->lock);

  /* However the threads are scheduled, each takes an item: the first
   * items wait for them, ten seconds at most in all. */
  for (guint i = 0;; i++)
    {
      gboolean enough;

      g_mutex_lock (&items->lock);
      enough = g_hash_table_size (items->threads) >= items->wait_for_threads;
      if (!enough && i == 100000)
        items->wait_for_threads = 0;
      g_mutex_unlock (&items->lock);
      if (enough || i == 100000)
        break;
      g_usleep (100);
    }

  /* Long enough that every thread gets items. */
  g_usleep (500);

  if (index == items->cancel_after)
    g_cancellable_cancel (items->cancellable);

  if (index == items->fail_a || index == items->fail_b)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "item %u failed", index);
      return FALSE;
    }

  return TRUE;
}

static void
item_progress (guint    n_done,
               gpointer user_data)
{
  Items *items = user_data;

  g_assert_true (g_thread_self () == items->caller);
  g_assert_cmpuint (n_done, >=, items->last_progress);
  g_assert_cmpuint (n_done, <=, items->n_items);
  items->last_progress = n_done;
  items->n_progress++;
}

/* Every item is done once, in as many threads as asked for, this one
 * among them; progress is told here, growing to the number of items. */
static void
test_parallel_all (void)
{
  const guint n_threads[] = { 1, 2, 4 };

  for (guint t = 0; t < G_N_ELEMENTS (n_threads); t++)
    {
      g_autoptr(GError) error = NULL;
      Items items;

      items_init (&items, 200);
      items.wait_for_threads = n_threads[t];
      g_assert_true (_jd_parallel_for (200, n_threads[t], item_func, item_progress, &items, NULL, &error));
      g_assert_no_error (error);

      for (guint i = 0; i < 200; i++)
        g_assert_cmpint (items.runs[i], ==, 1);
      g_assert_cmpuint (g_hash_table_size (items.threads), ==, n_threads[t]);
      g_assert_true (g_hash_table_contains (items.threads, g_thread_self ()));
      g_assert_cmpuint (items.last_progress, ==, 200);
      g_assert_cmpuint (items.n_progress, >=, 2);
      items_clear (&items);
    }

  /* No item, nothing to do: no call at all. */
  {
    Items items;

    items_init (&items, 0);
    g_assert_true (_jd_parallel_for (0, 4, item_func, item_progress, &items, NULL, NULL));
    g_assert_cmpuint (items.n_progress, ==, 0);
    items_clear (&items);
  }

  /* More threads than items: one item each, no more. */
  {
    Items items;

    items_init (&items, 3);
    g_assert_true (_jd_parallel_for (3, 8, item_func, NULL, &items, NULL, NULL));
    for (guint i = 0; i < 3; i++)
      g_assert_cmpint (items.runs[i], ==, 1);
    g_assert_cmpuint (g_hash_table_size (items.threads), <=, 3);
    items_clear (&items);
  }
}

/* The error is that of the first item that failed, as one thread going
 * through the items in order would have met; every item before it was
 * done, and the work stopped. */
static void
test_parallel_first_error (void)
{
  for (guint n_threads = 1; n_threads <= 4; n_threads *= 2)
    {
      g_autoptr(GError) error = NULL;
      Items items;
      guint n_run = 0;

      items_init (&items, 400);
      items.fail_a = 37;
      items.fail_b = 38;
      g_assert_false (_jd_parallel_for (400, n_threads, item_func, item_progress, &items, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      g_assert_cmpstr (error->message, ==, "item 37 failed");

      for (guint i = 0; i < 400; i++)
        {
          g_assert_cmpint (items.runs[i], <=, 1);
          if (i <= 37)
            g_assert_cmpint (items.runs[i], ==, 1);
          n_run += (guint)items.runs[i];
        }
      /* The threads stopped taking items: how many more they did
       * depends on how the threads were scheduled meanwhile. */
      g_assert_cmpuint (n_run, <, 400);
      g_assert_cmpuint (items.last_progress, <, 400);
      items_clear (&items);
    }
}

/* Cancelling stops the work between items with the cancellable's
 * error; work cancelled before it began does nothing. */
static void
test_parallel_cancel (void)
{
  for (guint n_threads = 1; n_threads <= 4; n_threads *= 2)
    {
      g_autoptr(GError) error = NULL;
      Items items;
      guint n_run = 0;

      items_init (&items, 400);
      items.cancellable = g_cancellable_new ();
      items.cancel_after = 10;
      g_assert_false (_jd_parallel_for (400, n_threads, item_func, NULL, &items, items.cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      for (guint i = 0; i < 400; i++)
        n_run += (guint)items.runs[i];
      g_assert_cmpuint (n_run, >=, 11);
      /* A thread checks for cancellation before it takes an item: each
       * other thread may have checked just before, and begins one more. */
      g_assert_cmpint (items.begun_cancelled, <=, (int)n_threads - 1);
      g_clear_error (&error);

      /* Already cancelled: no item is done. */
      memset (items.runs, 0, 400 * sizeof (gint));
      g_assert_false (_jd_parallel_for (400, n_threads, item_func, NULL, &items, items.cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      for (guint i = 0; i < 400; i++)
        g_assert_cmpint (items.runs[i], ==, 0);
      items_clear (&items);
    }
}

/* A process pinned to some cores (taskset, a container's CPU set) counts
 * those only: one core, one thread. */
static void
test_cores (void)
{
  cpu_set_t saved, one;
  g_autoptr(GError) error = NULL;
  Items items;
  int cpu = -1;

  g_assert_cmpint (sched_getaffinity (0, sizeof saved, &saved), ==, 0);
  g_assert_cmpuint (_jd_n_cores (), ==, (guint)CPU_COUNT (&saved));
  g_assert_cmpuint (_jd_parallel_n_threads (0), ==, _jd_n_cores ());
  g_assert_cmpuint (_jd_parallel_n_threads (3), ==, 3);

  for (int i = 0; i < CPU_SETSIZE && cpu < 0; i++)
    if (CPU_ISSET (i, &saved))
      cpu = i;
  CPU_ZERO (&one);
  CPU_SET (cpu, &one);
  g_assert_cmpint (sched_setaffinity (0, sizeof one, &one), ==, 0);

  g_assert_cmpuint (_jd_n_cores (), ==, 1);
  items_init (&items, 20);
  g_assert_true (_jd_parallel_for (20, 0, item_func, NULL, &items, NULL, &error));
  g_assert_cmpuint (g_hash_table_size (items.threads), ==, 1);
  items_clear (&items);

  g_assert_cmpint (sched_setaffinity (0, sizeof saved, &saved), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/worker/wait-for-all", test_wait_for_all);
  g_test_add_func ("/worker/stopping", test_stopping);
  g_test_add_func ("/worker/parallel/all", test_parallel_all);
  g_test_add_func ("/worker/parallel/first-error", test_parallel_first_error);
  g_test_add_func ("/worker/parallel/cancel", test_parallel_cancel);
  g_test_add_func ("/worker/cores", test_cores);

  return g_test_run ();
}
