/* jd-sidebar-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JD_TYPE_SIDEBAR_ROW (jd_sidebar_row_get_type())

G_DECLARE_FINAL_TYPE (JdSidebarRow, jd_sidebar_row, JD, SIDEBAR_ROW, GtkWidget)

GtkWidget *jd_sidebar_row_new          (void);
void       jd_sidebar_row_set_list_row (JdSidebarRow   *self,
                                        GtkTreeListRow *list_row);

G_END_DECLS
