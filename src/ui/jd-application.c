/* jd-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-application-private.h"
#include "jd-drafts.h"
#include "jd-window-private.h"
#include "jd-worker-private.h"

struct _JdApplication
{
  AdwApplication  parent_instance;

  JdLibrary      *library;
  GSettings      *settings;
  gboolean        recovered;
};

G_DEFINE_FINAL_TYPE (JdApplication, jd_application, ADW_TYPE_APPLICATION)

/**
 * jd_application_dup_default_library:
 *
 * Loads the built-in library and the user's templates. The built-in
 * library is part of the program, so failing to load it is a bug.
 *
 * Returns: (transfer full): the library
 */
JdLibrary *
jd_application_dup_default_library (void)
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(GError) error = NULL;

  if (!jd_library_load (library, &error))
    g_critical ("The template library did not load: %s", error->message);

  return g_steal_pointer (&library);
}

/* Returns: (transfer none): the template library, shared by the windows. */
JdLibrary *
jd_application_get_library (JdApplication *self)
{
  g_return_val_if_fail (JD_IS_APPLICATION (self), NULL);

  if (self->library == NULL)
    self->library = jd_application_dup_default_library ();

  return self->library;
}

static void
show_set_aside (GtkWindow *parent,
                GPtrArray *set_aside)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  g_string_append (body, ngettext ("This draft could not be read and was kept aside:",
                                   "These drafts could not be read and were kept aside:",
                                   set_aside->len));
  for (guint i = 0; i < set_aside->len; i++)
    g_string_append_printf (body, "\n\n%s", (const char *)g_ptr_array_index (set_aside, i));

  dialog = adw_message_dialog_new (parent, _("Some Unsaved Changes Could Not Be Recovered"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* After a crash, drafts are left: each reopens in a window of its own,
 * with its changes. Done once, at the first window. */
static gboolean
recover_drafts (JdApplication *self)
{
  g_autoptr(JdDrafts) drafts = jd_drafts_new_default ();
  g_autoptr(GPtrArray) set_aside = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  JdWindow *window = NULL;

  if (self->recovered)
    return FALSE;
  self->recovered = TRUE;

  recovered = jd_drafts_recover (drafts, &set_aside);
  for (guint i = 0; i < recovered->len; i++)
    {
      window = jd_window_new (self);
      jd_window_recover (window, g_ptr_array_index (recovered, i));
      gtk_window_present (GTK_WINDOW (window));
    }

  if (set_aside->len > 0)
    {
      if (window == NULL)
        {
          window = jd_window_new (self);
          gtk_window_present (GTK_WINDOW (window));
        }
      show_set_aside (GTK_WINDOW (window), set_aside);
    }

  return window != NULL;
}

static void
jd_application_activate (GApplication *app)
{
  GtkWindow *window;

  if (recover_drafts (JD_APPLICATION (app)))
    return;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (jd_window_new (JD_APPLICATION (app)));

  gtk_window_present (window);
}

/**
 * _jd_application_open:
 * @self: (nullable): the application, if the windows have one
 * @near: (nullable): the window the request comes from, or %NULL for the
 *   active window
 * @file: (nullable): a file to open
 * @document: (nullable): a document to open instead, with no file yet
 *
 * One window per document: a file that is open already presents its
 * window; what opens goes into @near when that window holds nothing yet
 * and is not already loading something, and into a new window otherwise.
 *
 * Returns: (transfer none): the window it opens in
 */
JdWindow *
_jd_application_open (JdApplication *self,
                      JdWindow      *near,
                      GFile         *file,
                      JdDocument    *document)
{
  JdWindow *window = near;

  g_return_val_if_fail ((file == NULL) != (document == NULL), NULL);

  /* A file that is open already, or on its way into a window, is shown,
   * never opened a second time: two windows editing one file would each
   * save over the other. */
  if (file != NULL && self != NULL)
    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
      {
        if (JD_IS_WINDOW (l->data) && _jd_window_holds_file (JD_WINDOW (l->data), file))
          {
            gtk_window_present (GTK_WINDOW (l->data));
            return JD_WINDOW (l->data);
          }
      }

  if (window == NULL && self != NULL)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

      if (active != NULL && JD_IS_WINDOW (active))
        window = JD_WINDOW (active);
    }

  if (window == NULL || !jd_window_is_pristine (window) || _jd_window_is_loading (window))
    window = jd_window_new (self);

  if (file != NULL)
    jd_window_open_file (window, file);
  else
    _jd_window_open_new (window, document);
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
jd_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  recover_drafts (JD_APPLICATION (app));

  for (int i = 0; i < n_files; i++)
    _jd_application_open (JD_APPLICATION (app), NULL, files[i], NULL);
}

static gboolean
style_to_color_scheme (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char *style = g_variant_get_string (variant, NULL);

  if (g_strcmp0 (style, "light") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_strcmp0 (style, "dark") == 0)
    g_value_set_enum (value, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    g_value_set_enum (value, ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

static void
jd_application_startup (GApplication *app)
{
  JdApplication *self = JD_APPLICATION (app);

  G_APPLICATION_CLASS (jd_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "style-variant",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                style_to_color_scheme, NULL, NULL, NULL);

  _jd_application_actions_init (self);
}

static void
jd_application_dispose (GObject *object)
{
  JdApplication *self = (JdApplication *)object;

  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (jd_application_parent_class)->dispose (object);
}

/* Work still going on in threads (a dictionary loading, a document
 * saving) finishes before the program exits. */
static void
jd_application_shutdown (GApplication *application)
{
  G_APPLICATION_CLASS (jd_application_parent_class)->shutdown (application);

  _jd_workers_wait ();
}

static void
jd_application_class_init (JdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = jd_application_dispose;
  app_class->activate = jd_application_activate;
  app_class->open = jd_application_open;
  app_class->startup = jd_application_startup;
  app_class->shutdown = jd_application_shutdown;
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
