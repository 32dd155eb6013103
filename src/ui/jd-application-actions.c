/* jd-application-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-application-private.h"

static void
jd_application_about (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Jobscribe developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Jobscribe"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Jobscribe developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://jobscribe.github.io",
                         "issue-url", "https://github.com/jobscribe/jobscribe/issues",
                         "developers", developers,
                         /* Translators: replace with your names, one per line. */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
jd_application_quit (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", jd_application_about },
  { "quit", jd_application_quit },
};

void
_jd_application_actions_init (JdApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}
