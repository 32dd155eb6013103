/* jd-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-application-private.h"
#include "jd-window.h"

struct _JdApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (JdApplication, jd_application, ADW_TYPE_APPLICATION)

static void
jd_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (jd_window_new (JD_APPLICATION (app)));

  gtk_window_present (window);
}

static void
jd_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      JdWindow *window = jd_window_new (JD_APPLICATION (app));

      jd_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
jd_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (jd_application_parent_class)->startup (app);

  _jd_application_actions_init (JD_APPLICATION (app));
}

static void
jd_application_class_init (JdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = jd_application_activate;
  app_class->open = jd_application_open;
  app_class->startup = jd_application_startup;
}

static void
jd_application_init (JdApplication *self)
{
}

JdApplication *
jd_application_new (void)
{
  return g_object_new (JD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
