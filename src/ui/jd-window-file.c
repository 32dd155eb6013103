/* jd-window-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-import.h"
#include "jd-ui-private.h"
#include "jd-window-private.h"

/* The window's side of the document's file: opening, reloading, saving
 * and closing, with the dialogs they need. The work itself is
 * JdOpenDocument's. */

/**
 * jd_window_set_document:
 * @file: (nullable): where @document lives, or %NULL for a new one
 *
 * Shows @document in the window, with a fresh undo history.
 */
void
jd_window_set_document (JdWindow   *self,
                        JdDocument *document,
                        GFile      *file)
{
  g_autoptr(JdOpenDocument) open_document = NULL;

  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (JD_IS_DOCUMENT (document));

  open_document = jd_open_document_new (document, file, self->drafts);
  _jd_window_set_open_document (self, open_document);
}

/* Recent documents are named by their title, as the welcome page and the
 * sidebar list them; a document without one, by its file name. */
static void
add_recent (GFile      *file,
            JdDocument *document)
{
  g_autofree char *uri = g_file_get_uri (file);
  const char *title = jd_document_get_title (document);
  GtkRecentData data = {
    .display_name = title != NULL && title[0] != '\0' ? (char *)title : NULL,
    .mime_type = (char *)"application/x-jobdesc+xml",
    .app_name = (char *)"Jobscribe",
    .app_exec = (char *)"jobscribe %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* Shows @document, new and without a file, in the editor. */
void
_jd_window_open_new (JdWindow   *self,
                     JdDocument *document)
{
  jd_window_set_document (self, document, NULL);
  _jd_window_show_editor (self);
}

/**
 * jd_window_recover:
 *
 * Shows a draft left by a crash: the user's file as it is on disk, if the
 * document had one, with the changes of the draft on top, so that undo can
 * still go back to the file's version.
 */
void
jd_window_recover (JdWindow *self,
                   JdDraft  *draft)
{
  g_autoptr(JdOpenDocument) open_document = NULL;

  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  open_document = jd_open_document_new_for_draft (draft, self->drafts);
  _jd_window_set_open_document (self, open_document);
  _jd_window_show_editor (self);
  if (draft->written > 0)
    {
      g_autoptr(GDateTime) written = g_date_time_new_from_unix_local (draft->written);
      g_autofree char *when = _jd_format_when (written);
      g_autofree char *message = NULL;

      /* Translators: the placeholder is when the changes were kept, such
       * as "15:23" or "3 December, 15:23". */
      message = g_strdup_printf (_("Restored unsaved changes from %s"), when);
      _jd_window_toast (self, message);
    }
  else
    _jd_window_toast (self, _("Unsaved changes were recovered"));
}

/* The body of a dialog about a file that could not be read. */
static char *
format_read_error (guint         line,
                   const GError *error)
{
  if (line > 0)
    /* Translators: the first placeholder is a line number, the second
     * the problem found there. */
    return g_strdup_printf (_("Line %u: %s"), line, error->message);

  return g_strdup (error->message);
}

typedef struct
{
  JdWindow *window;
  GFile    *file;
} FileRequest;

static FileRequest *
file_request_new (JdWindow *window,
                  GFile    *file)
{
  FileRequest *request = g_new0 (FileRequest, 1);

  request->window = g_object_ref (window);
  request->file = g_object_ref (file);

  return request;
}

static void
file_request_free (FileRequest *request)
{
  g_object_unref (request->window);
  g_object_unref (request->file);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileRequest, file_request_free)

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FileRequest) request = user_data;
  JdWindow *self = request->window;
  g_autoptr(JdOpenDocument) open_document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  open_document = jd_open_document_load_finish (result, &line, &error);
  self->loading = FALSE;
  g_clear_object (&self->loading_file);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (open_document == NULL)
    {
      g_autofree char *name = g_file_get_basename (request->file);
      g_autofree char *body = format_read_error (line, error);
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      _jd_window_show_error (self, heading, body);
      return;
    }

  _jd_window_set_open_document (self, open_document);
  _jd_window_show_editor (self);
  add_recent (request->file, jd_open_document_get_document (open_document));
}

/* Loads @file into this window; a file that cannot be read changes
 * nothing and says why. A Word, OpenDocument, HTML, Markdown or text
 * file is imported as a new document instead. */
void
jd_window_open_file (JdWindow *self,
                     GFile    *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  if (jd_import_handles_file_name (name))
    {
      _jd_window_import_file (self, file);
      return;
    }

  self->loading = TRUE;
  g_set_object (&self->loading_file, file);
  jd_open_document_load_async (file, self->drafts, self->cancellable, load_cb,
                               file_request_new (self, file));
}

/* Whether a file is on its way into the window, which is then no longer
 * free for another one. */
gboolean
_jd_window_is_loading (JdWindow *self)
{
  return self->loading;
}

/* Returns: (transfer full) (nullable): what tells a local file apart
 * whatever its name (device and inode), or %NULL when that is unknown */
static char *
dup_file_id (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (!g_file_is_native (file))
    return NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE));
}

/* Whether @file is the window's document, or on its way into it, under
 * this name or another (a symbolic or hard link): opening it again must
 * show this window rather than a second copy that would save over it. */
gboolean
_jd_window_holds_file (JdWindow *self,
                       GFile    *file)
{
  GFile *mine = self->loading_file ? self->loading_file : jd_window_get_file (self);
  g_autofree char *mine_id = NULL;
  g_autofree char *file_id = NULL;

  if (mine == NULL)
    return FALSE;

  if (g_file_equal (mine, file))
    return TRUE;

  /* Local files only: a stat, not a round trip to a server. */
  mine_id = dup_file_id (mine);
  file_id = mine_id ? dup_file_id (file) : NULL;

  return file_id != NULL && g_str_equal (mine_id, file_id);
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(JdWindow) self = user_data;
  JdOpenDocument *open_document = JD_OPEN_DOCUMENT (object);
  g_autoptr(GError) error = NULL;
  guint line = 0;

  if (!jd_open_document_reload_finish (open_document, result, &line, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *name = g_file_get_basename (jd_open_document_get_file (open_document));
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Reload “%s”"), name);
      g_autofree char *body = format_read_error (line, error);

      _jd_window_show_error (self, heading, body);
    }
}

/* Replaces what the window shows by what is on disk now. */
static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);

  if (jd_window_get_file (self) == NULL)
    return;

  jd_open_document_reload_async (self->open_document, self->cancellable, reload_cb,
                                 g_object_ref (self));
}

/* Keeps the window's version: the next save writes it over the file. */
static void
keep_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  jd_open_document_dismiss_outside_change (JD_WINDOW (widget)->open_document);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(FileRequest) data = user_data;
  JdWindow *self = data->window;
  g_autoptr(GError) error = NULL;

  if (!jd_open_document_save_finish (JD_OPEN_DOCUMENT (object), result, &error))
    {
      g_autofree char *name = g_file_get_basename (data->file);
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      self->close_after_save = FALSE;
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _jd_window_show_error (self, heading, error->message);
      return;
    }

  add_recent (data->file, jd_window_get_document (self));

  /* No toast when it worked: the title loses its "•" and names the file. */
  if (self->close_after_save)
    {
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/**
 * jd_window_save_to:
 *
 * Saves the document to @file and makes it the document's file.
 */
void
jd_window_save_to (JdWindow *self,
                   GFile    *file)
{
  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  jd_open_document_save_async (self->open_document, file, self->cancellable, save_cb,
                               file_request_new (self, file));
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     JdWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL && !g_str_has_suffix (path, ".jobdesc"))
        {
          g_autofree char *with_suffix = g_strconcat (path, ".jobdesc", NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (with_suffix);
        }

      jd_window_save_to (self, file);
    }
  else
    self->close_after_save = FALSE;

  g_object_unref (dialog);
  g_object_unref (self);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GFile *file = jd_window_get_file (self);
  g_autofree char *name = _jd_suggest_file_name (jd_window_get_document (self), "jobdesc");
  g_autoptr(GtkFileFilter) filter = _jd_file_filter_new_jobdesc ();

  dialog = gtk_file_chooser_native_new (_("Save Job Description"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, NULL);
  else
    {
      _jd_file_chooser_start_in (GTK_FILE_CHOOSER (dialog), NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       JdWindow         *self)
{
  if (g_strcmp0 (response, "overwrite") == 0)
    jd_window_save_to (self, jd_window_get_file (self));
  else
    self->close_after_save = FALSE;
}

/* Saving over a file that another program changed since the window read
 * it asks first. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  GFile *file = jd_window_get_file (self);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (file == NULL)
    {
      save_as_action (widget, "win.save-as", NULL);
      return;
    }

  if (!jd_open_document_changed_on_disk (self->open_document))
    {
      jd_window_save_to (self, file);
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: the placeholder is a file name. */
  heading = g_strdup_printf (_("“%s” Changed on Disk"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Another program changed the file since you opened it. "
                                     "Saving replaces its changes with yours."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Save Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_confirmed_cb (gpointer user_data)
{
  JdWindow *self = user_data;

  /* Discarding the changes discards their draft too. */
  jd_open_document_discard_draft (self->open_document);
  self->closing_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static gboolean
save_and_close_cb (gpointer user_data)
{
  JdWindow *self = user_data;

  self->close_after_save = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);

  return G_SOURCE_REMOVE;
}

/* The dialog closes itself after its response; the window, which the
 * dialog belongs to, only goes once it has. */
static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   JdWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_confirmed_cb, g_object_ref (self), g_object_unref);
  else if (g_strcmp0 (response, "save") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, save_and_close_cb, g_object_ref (self), g_object_unref);
}

/* Returns: whether closing waits for the user's answer about unsaved
 * changes. */
gboolean
_jd_window_close_request (JdWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!jd_window_get_modified (self) || self->closing_confirmed)
    return FALSE;

  name = _jd_window_dup_display_name (self);
  /* Translators: the placeholder is the name of a document. */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("If you close without saving, your changes are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

void
_jd_window_class_file_init (JdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-version", NULL, keep_version_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
}
