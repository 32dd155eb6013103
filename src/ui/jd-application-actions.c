/* jd-application-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-application-private.h"
#include "jd-import.h"
#include "jd-preferences-window.h"
#include "jd-ui-private.h"
#include "jd-window.h"

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
jd_application_new_window (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  JdWindow *window = jd_window_new (JD_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  JdApplication   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      guint n = g_list_model_get_n_items (files);
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      g_application_open (G_APPLICATION (self), (GFile **)array->pdata, (int)array->len, "");
    }

  g_object_unref (dialog);
}

static void
jd_application_open_files (GSimpleAction *action,
                           GVariant      *param,
                           gpointer       user_data)
{
  JdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) all = _jd_file_filter_new_jobdesc ();
  g_autoptr(GtkFileFilter) jobdesc = _jd_file_filter_new_jobdesc ();
  g_autoptr(GtkFileFilter) others = gtk_file_filter_new ();
  const char * const *mime_types = jd_import_get_mime_types ();
  static const char * const suffixes[] = { "docx", "odt", "html", "htm", "md", "txt", NULL };

  /* Other documents are imported as new ones (jd-window-import.c). */
  gtk_file_filter_set_name (all, _("Job Descriptions and Documents"));
  gtk_file_filter_set_name (others, _("Word, OpenDocument, Web, Markdown and Text Documents"));
  for (guint i = 0; mime_types[i] != NULL; i++)
    {
      gtk_file_filter_add_mime_type (all, mime_types[i]);
      gtk_file_filter_add_mime_type (others, mime_types[i]);
    }
  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      gtk_file_filter_add_suffix (all, suffixes[i]);
      gtk_file_filter_add_suffix (others, suffixes[i]);
    }

  dialog = gtk_file_chooser_native_new (_("Open Job Description"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), jobdesc);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), others);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  _jd_file_chooser_start_in (GTK_FILE_CHOOSER (dialog),
                             JD_IS_WINDOW (parent) ? jd_window_get_file (JD_WINDOW (parent)) : NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Each window asks about its own unsaved changes; the application ends
 * when the last window has closed. */
static void
jd_application_quit (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
}

static void
jd_application_preferences (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (jd_preferences_window_new (parent)));
}

static const GActionEntry app_actions[] = {
  { "about", jd_application_about },
  { "preferences", jd_application_preferences },
  { "new", jd_application_new_window },
  { "open", jd_application_open_files },
  { "quit", jd_application_quit },
};

void
_jd_application_actions_init (JdApplication *self)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}
