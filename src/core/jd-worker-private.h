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

G_END_DECLS
