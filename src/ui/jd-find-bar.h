/* jd-find-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-find.h"

G_BEGIN_DECLS

#define JD_TYPE_FIND_BAR (jd_find_bar_get_type())

G_DECLARE_FINAL_TYPE (JdFindBar, jd_find_bar, JD, FIND_BAR, GtkWidget)

GtkWidget   *jd_find_bar_new             (void);
const char  *jd_find_bar_get_text        (JdFindBar  *self);
void         jd_find_bar_set_text        (JdFindBar  *self,
                                          const char *text);
const char  *jd_find_bar_get_replacement (JdFindBar  *self);
void         jd_find_bar_set_replacement (JdFindBar  *self,
                                          const char *replacement);
JdFindFlags  jd_find_bar_get_flags       (JdFindBar  *self);
gboolean     jd_find_bar_get_replace     (JdFindBar  *self);
void         jd_find_bar_set_replace     (JdFindBar  *self,
                                          gboolean    replace);
void         jd_find_bar_set_count       (JdFindBar  *self,
                                          int         current,
                                          guint       n_matches);
void         jd_find_bar_set_status      (JdFindBar  *self,
                                          const char *status);
const char  *jd_find_bar_get_status      (JdFindBar  *self);
void         jd_find_bar_focus           (JdFindBar  *self,
                                          gboolean    replacement);

G_END_DECLS
