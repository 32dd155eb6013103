/* jd-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-worker"

#include "config.h"

#include "jd-worker-private.h"

/* Work done in GTask's threads uses libraries that tear their state down
 * when the program exits: Enchant's providers are C++, whose static
 * objects are destroyed by exit(), and libxml2 cleans its parser up then.
 * A thread still at work crashes the program on its way out, as seen when
 * a window closed while its spelling dictionary loaded (a crash in
 * Aspell's module list, under exit()). So such work is counted from when
 * it is queued until its thread is done, and the program waits for it
 * (_jd_workers_wait()) before it returns from main(). */

static GMutex lock;
static GCond done;
static guint running;
static gint stopping;

typedef struct
{
  GTaskThreadFunc func;
} Worker;

static void
run_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Worker *worker = g_object_get_data (G_OBJECT (task), "jd-worker");

  worker->func (task, source_object, task_data, cancellable);

  g_mutex_lock (&lock);
  if (--running == 0)
    g_cond_broadcast (&done);
  g_mutex_unlock (&lock);
}

/**
 * _jd_task_run_in_worker:
 * @task: a #GTask
 * @func: what to run in a thread, as for g_task_run_in_thread()
 *
 * Runs @func in one of GTask's threads, counted among the work that the
 * program waits for before it exits.
 */
void
_jd_task_run_in_worker (GTask           *task,
                        GTaskThreadFunc  func)
{
  Worker *worker = g_new (Worker, 1);

  worker->func = func;
  g_object_set_data_full (G_OBJECT (task), "jd-worker", worker, g_free);

  g_mutex_lock (&lock);
  running++;
  g_mutex_unlock (&lock);

  g_task_run_in_thread (task, run_worker);
}

/* Whether the program is waiting to exit: long work can stop early. */
gboolean
_jd_workers_stopping (void)
{
  return g_atomic_int_get (&stopping);
}

/**
 * _jd_workers_wait:
 *
 * Waits until the work queued with _jd_task_run_in_worker() is done;
 * called once the main loop has ended, before the program exits. Work
 * that checks _jd_workers_stopping() ends early.
 */
void
_jd_workers_wait (void)
{
  g_atomic_int_set (&stopping, TRUE);

  g_mutex_lock (&lock);
  while (running > 0)
    g_cond_wait (&done, &lock);
  g_mutex_unlock (&lock);

  g_atomic_int_set (&stopping, FALSE);
}
