/* jd-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JD_TYPE_PREFERENCES_WINDOW (jd_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (JdPreferencesWindow, jd_preferences_window, JD, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *jd_preferences_window_new (GtkWindow *parent);
void       jd_preferences_window_set_company_language (JdPreferencesWindow *self,
                                                       const char          *lang);

G_END_DECLS
