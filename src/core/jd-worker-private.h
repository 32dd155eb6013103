/* jd-worker-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void     _jd_task_run_in_worker (GTask           *task,
                                 GTaskThreadFunc  func);
gboolean _jd_workers_stopping   (void);
void     _jd_workers_wait       (void);

/* Does item @index of a _jd_parallel_for(); %FALSE with @error set stops
 * the work. Runs in any of the threads. */
typedef gboolean (*JdParallelFunc)     (guint          index,
                                        gpointer       user_data,
                                        GCancellable  *cancellable,
                                        GError       **error);
/* @n_done items are done; called from the thread of _jd_parallel_for(). */
typedef void     (*JdParallelProgressFunc) (guint      n_done,
                                            gpointer   user_data);

guint    _jd_n_cores            (void);
guint    _jd_parallel_n_threads (guint               n_threads);
gboolean _jd_parallel_for       (guint                   n_items,
                                 guint                   n_threads,
                                 JdParallelFunc          func,
                                 JdParallelProgressFunc  progress,
                                 gpointer                user_data,
                                 GCancellable           *cancellable,
                                 GError                **error);

G_END_DECLS
