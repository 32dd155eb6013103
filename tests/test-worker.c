/* test-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Work in threads that the program waits for before it exits
 * (jd-worker.c).
 */

#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/worker/wait-for-all", test_wait_for_all);
  g_test_add_func ("/worker/stopping", test_stopping);

  return g_test_run ();
}
