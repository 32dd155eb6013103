/* jd-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JD_TYPE_WELCOME_PAGE (jd_welcome_page_get_type())

G_DECLARE_FINAL_TYPE (JdWelcomePage, jd_welcome_page, JD, WELCOME_PAGE, GtkWidget)

GListModel *jd_welcome_page_get_recent (JdWelcomePage *self);

G_END_DECLS
