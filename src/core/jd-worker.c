/* jd-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#define G_LOG_DOMAIN "jd-worker"

#include "config.h"

#include <sched.h>

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

/**
 * _jd_n_cores:
 *
 * Returns: how many cores this process may run on: those of its
 *   affinity (`taskset`, a container's CPU set), which GLib 2.74's
 *   g_get_num_processors() does not count
 */
guint
_jd_n_cores (void)
{
  cpu_set_t set;

  CPU_ZERO (&set);
  if (sched_getaffinity (0, sizeof set, &set) == 0 && CPU_COUNT (&set) > 0)
    return (guint)CPU_COUNT (&set);

  return g_get_num_processors ();
}

/**
 * _jd_parallel_n_threads:
 * @n_threads: the number of threads asked for, or 0
 *
 * Returns: @n_threads, or with 0 one per core this process may use
 */
guint
_jd_parallel_n_threads (guint n_threads)
{
  return n_threads > 0 ? n_threads : _jd_n_cores ();
}

typedef struct
{
  guint           n_items;
  JdParallelFunc  func;
  gpointer        user_data;
  GCancellable   *cancellable;
  GError        **errors;
  guint           next;
  guint           n_done;
  gint            failed;
} Parallel;

/* Does the next item not taken, and says whether there was one. */
static gboolean
parallel_step (Parallel *parallel)
{
  guint index;

  if (g_atomic_int_get (&parallel->failed) || g_cancellable_is_cancelled (parallel->cancellable))
    return FALSE;

  index = (guint)g_atomic_int_add (&parallel->next, 1);
  if (index >= parallel->n_items)
    return FALSE;

  if (parallel->func (index, parallel->user_data, parallel->cancellable, &parallel->errors[index]))
    g_atomic_int_inc (&parallel->n_done);
  else
    g_atomic_int_set (&parallel->failed, TRUE);

  return TRUE;
}

static gpointer
parallel_thread (gpointer data)
{
  while (parallel_step (data))
    ;

  return NULL;
}

/**
 * _jd_parallel_for:
 * @n_items: how many items there are
 * @n_threads: how many threads may work at once, this one included; 0
 *   for one per core
 * @func: does one item
 * @progress: (nullable): told in this thread, after each item this
 *   thread did, how many items are done in all
 * @cancellable: (nullable): stops the work between items
 *
 * Runs @func for the items 0 to @n_items - 1 in this thread and up to
 * @n_threads - 1 more, each taking the next item not taken, and waits
 * for them. The threads share only counters (the next item, the items
 * done, a failure), so that they do not wait for one another.
 *
 * Items are taken in order and the work stops taking new ones at the
 * first failure, so the error returned, that of the first item that
 * failed, is the one working through the items one by one would have
 * met; items after it may have been done.
 *
 * Returns: %TRUE when every item was done
 */
gboolean
_jd_parallel_for (guint                   n_items,
                  guint                   n_threads,
                  JdParallelFunc          func,
                  JdParallelProgressFunc  progress,
                  gpointer                user_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  Parallel parallel = { n_items, func, user_data, cancellable, NULL, 0, 0, FALSE };
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  gboolean ok = TRUE;

  if (n_items == 0)
    return TRUE;

  parallel.errors = g_new0 (GError *, n_items);
  n_threads = MIN (_jd_parallel_n_threads (n_threads), n_items);
  for (guint i = 1; i < n_threads; i++)
    g_ptr_array_add (threads, g_thread_new ("jd-parallel", parallel_thread, &parallel));

  while (parallel_step (&parallel))
    if (progress != NULL)
      progress ((guint)g_atomic_int_get (&parallel.n_done), user_data);

  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));

  for (guint i = 0; i < n_items; i++)
    if (parallel.errors[i] != NULL)
      {
        if (ok)
          g_propagate_error (error, parallel.errors[i]);
        else
          g_error_free (parallel.errors[i]);
        ok = FALSE;
      }
  g_free (parallel.errors);

  /* Items are left only when the work was cancelled. */
  if (ok && parallel.n_done < n_items)
    ok = !g_cancellable_set_error_if_cancelled (cancellable, error);

  if (ok && progress != NULL)
    progress (n_items, user_data);

  return ok;
}
