/* jd-test-utils.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the UI tests share: waiting for something to happen on the main
 * loop, with a deadline so a hang fails instead of blocking CI.
 */

#pragma once

#include <glib.h>

static inline gboolean
jd_test_timeout_cb (gpointer user_data)
{
  g_error ("Timed out waiting for %s", (const char *)user_data);
  return G_SOURCE_REMOVE;
}

#define WAIT_FOR(cond)                                                                   \
  G_STMT_START {                                                                         \
    guint timeout_id = g_timeout_add_seconds (30, jd_test_timeout_cb, (gpointer)#cond); \
    while (!(cond))                                                                      \
      g_main_context_iteration (NULL, TRUE);                                             \
    g_source_remove (timeout_id);                                                        \
  } G_STMT_END
