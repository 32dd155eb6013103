/* jd-sidebar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_SIDEBAR (jd_sidebar_get_type())

G_DECLARE_FINAL_TYPE (JdSidebar, jd_sidebar, JD, SIDEBAR, GtkWidget)

void        jd_sidebar_set_library     (JdSidebar  *self,
                                        JdLibrary  *library,
                                        const char *lang);
void        jd_sidebar_set_template_language (JdSidebar  *self,
                                              const char *lang);
void        jd_sidebar_focus_search    (JdSidebar  *self);
void        jd_sidebar_set_search_text (JdSidebar  *self,
                                        const char *text);
GListModel *jd_sidebar_get_rows        (JdSidebar  *self);
void        jd_sidebar_set_key_capture (JdSidebar  *self,
                                        GtkWidget  *widget);
void        jd_sidebar_select_template (JdSidebar  *self,
                                        JdTemplate *template);
JdTemplate *jd_sidebar_get_selected_template (JdSidebar *self);

G_END_DECLS
