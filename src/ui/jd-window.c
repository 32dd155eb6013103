/* jd-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-document-io.h"
#include "jd-editor.h"
#include "jd-localized.h"
#include "jd-preview.h"
#include "jd-resources.h"
#include "jd-sidebar.h"
#include "jd-template-page.h"
#include "jd-window-private.h"

/* One window per document, as in GNOME Text Editor: the template library
 * in a sidebar that folds away on narrow windows, and the document, or a
 * template being looked at, beside it. */

G_DEFINE_FINAL_TYPE (JdWindow, jd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_MODIFIED,
  PROP_SHOW_SIDEBAR,
  PROP_SHOW_PREVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The language of the interface, if the library has it: template titles
 * in the sidebar are shown in it. */
static char *
interface_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *lang = jd_language_normalize (names[i]);

      if (jd_terms_is_language (lang))
        return g_steal_pointer (&lang);
    }

  return g_strdup ("en");
}

static char *
dup_display_name (JdWindow *self)
{
  const char *title;

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  if (jd_window_is_pristine (self))
    return g_strdup (_("Jobscribe"));

  title = jd_document_get_title (self->document);
  return g_strdup (title ? title : _("New Job Description"));
}

static void
update_title (JdWindow *self)
{
  g_autofree char *name = dup_display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      subtitle = parent ? g_file_get_parse_name (parent) : NULL;
    }
  else if (!jd_window_is_pristine (self))
    subtitle = g_strdup (_("Not saved"));

  /* Translators: the title of a window whose document has unsaved
   * changes; the placeholder is the name of the document. */
  title = self->modified ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_status (JdWindow *self)
{
  guint words = jd_document_count_words (self->document);
  guint minutes = MAX (1, (words + 199) / 200);
  g_autofree char *word_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *text = NULL;

  /* Translators: the word count in the status bar. */
  word_text = g_strdup_printf (ngettext ("%u word", "%u words", words), words);
  /* Translators: the reading time in the status bar, at 200 words a minute. */
  time_text = g_strdup_printf (ngettext ("about %u minute to read", "about %u minutes to read", minutes), minutes);
  /* Translators: joins the word count and the reading time. */
  text = g_strdup_printf (_("%s · %s"), word_text, time_text);

  gtk_label_set_label (self->status_label, text);
}

static gboolean
write_draft_cb (gpointer user_data)
{
  JdWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_id = 0;

  if (!jd_drafts_write (self->drafts, self->draft_id, self->document, self->file, &error))
    g_warning ("Could not write the draft of a document: %s", error->message);
  else
    self->draft_written = TRUE;

  return G_SOURCE_REMOVE;
}

static void
remove_draft (JdWindow *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->draft_written)
    {
      jd_drafts_remove (self->drafts, self->draft_id);
      self->draft_written = FALSE;
    }
}

/* A modified document gets a draft a few seconds after its last change;
 * a document with no changes needs none. */
static void
schedule_draft (JdWindow *self)
{
  guint delay;

  if (!self->modified)
    {
      remove_draft (self);
      return;
    }

  delay = self->settings ? g_settings_get_uint (self->settings, "autosave-delay") : 3;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (MAX (delay, 1) * 1000, write_draft_cb, self);
}

static void
document_changed_cb (JdWindow *self)
{
  gboolean modified = !jd_document_equal (self->document, self->saved);

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  update_title (self);
  update_status (self);
  schedule_draft (self);
  _jd_window_actions_update (self);
}

static void
update_page (JdWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  gboolean editing = g_strcmp0 (page, "editor") == 0;

  gtk_revealer_set_reveal_child (self->status_revealer, editing);
  gtk_widget_set_visible (self->back_button,
                          g_strcmp0 (page, "template") == 0 && !jd_window_is_pristine (self));

  /* Typing starts a search, except where typing is writing. */
  jd_sidebar_set_key_capture (JD_SIDEBAR (self->sidebar), editing ? NULL : GTK_WIDGET (self));

  _jd_window_actions_update (self);
}

void
_jd_window_show_editor (JdWindow *self)
{
  adw_view_stack_set_visible_child_name (self->stack, "editor");
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
update_outside_bar (JdWindow *self,
                    gboolean  deleted)
{
  g_autofree char *name = dup_display_name (self);
  g_autofree char *text = NULL;

  if (deleted)
    /* Translators: the placeholder is a file name. */
    text = g_strdup_printf (_("“%s” was deleted or moved by another program."), name);
  else
    /* Translators: the placeholder is a file name. */
    text = g_strdup_printf (_("“%s” was changed by another program."), name);

  gtk_label_set_label (self->outside_label, text);
  gtk_widget_set_visible (self->reload_button, !deleted);
  gtk_revealer_set_reveal_child (self->outside_revealer, TRUE);
}

/* What tells one version of the file from another. The entity tag alone
 * is the modification time, which the kernel keeps to a few milliseconds:
 * two saves that close together would look alike. A save by rename (ours,
 * and most programs') makes a new inode, and a save in place most likely
 * changes the size. */
static char *
query_version (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE ","
                            G_FILE_ATTRIBUTE_UNIX_INODE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup_printf ("%s/%" G_GUINT64_FORMAT "/%" G_GOFFSET_FORMAT,
                          g_file_info_get_etag (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_size (info));
}

/* Whether the file on disk is no longer what the window last read or wrote. */
gboolean
_jd_window_changed_on_disk (JdWindow *self)
{
  g_autofree char *version = NULL;

  if (self->file == NULL || self->file_version == NULL)
    return FALSE;

  version = query_version (self->file);
  return g_strcmp0 (version, self->file_version) != 0;
}

static void
file_changed_cb (JdWindow          *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  g_autofree char *version = NULL;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      return;
    }

  if (self->file == NULL)
    return;

  version = query_version (self->file);
  if (version == NULL)
    update_outside_bar (self, TRUE);
  else if (g_strcmp0 (version, self->file_version) != 0)
    update_outside_bar (self, FALSE);
}

/* The window's file, what tells the version it last read or wrote there,
 * and a monitor that notices changes by other programs. */
static void
set_file (JdWindow *self,
          GFile    *file)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  g_set_object (&self->file, file);
  g_free (self->file_version);
  self->file_version = file == NULL ? NULL : query_version (file);
  gtk_revealer_set_reveal_child (self->outside_revealer, FALSE);

  if (file != NULL)
    {
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_swapped (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
    }
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(JdWindow) self = user_data;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_load_finish (G_FILE (object), result, &line, &error);
  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (G_FILE (object));
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Reload “%s”"), name);
      g_autofree char *body = line > 0 ? g_strdup_printf (_("Line %u: %s"), line, error->message)
                                       : g_strdup (error->message);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _jd_window_show_error (self, heading, body);
      return;
    }

  /* Assign rather than replace: undo can still go back to the version
   * that was in the window. */
  set_file (self, G_FILE (object));
  g_set_object (&self->saved, jd_document_copy (document));
  jd_history_break (self->history);
  jd_document_assign (self->document, document);
  jd_history_break (self->history);
  document_changed_cb (self);
}

/* Replaces what the window shows by what is on disk now. */
void
_jd_window_reload (JdWindow *self)
{
  g_return_if_fail (self->file != NULL);

  gtk_revealer_set_reveal_child (self->outside_revealer, FALSE);
  jd_document_load_async (self->file, self->cancellable, reload_cb, g_object_ref (self));
}

/* Keeps the window's version: the next save writes it over the file. */
void
_jd_window_dismiss_outside (JdWindow *self)
{
  gtk_revealer_set_reveal_child (self->outside_revealer, FALSE);
}

gboolean
jd_window_get_outside_change (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), FALSE);
  return gtk_revealer_get_reveal_child (self->outside_revealer);
}

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
  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (JD_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);

  remove_draft (self);
  g_free (self->draft_id);
  self->draft_id = jd_drafts_new_id ();

  g_set_object (&self->document, document);
  set_file (self, file);
  g_clear_object (&self->history);
  g_clear_object (&self->saved);
  self->history = jd_history_new (document);
  self->saved = jd_document_copy (document);
  self->modified = FALSE;

  g_signal_connect_object (self->history, "notify", G_CALLBACK (_jd_window_actions_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);

  self->editor = jd_editor_new (document, self->history, self->library);
  adw_bin_set_child (self->editor_bin, self->editor);
  jd_preview_set_document (JD_PREVIEW (self->preview), document, self->library);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  document_changed_cb (self);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(JdWindow) self = user_data;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_load_finish (G_FILE (object), result, &line, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (G_FILE (object));
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;

      if (line > 0)
        /* Translators: the first placeholder is a line number, the second
         * the problem found there. */
        body = g_strdup_printf (_("Line %u: %s"), line, error->message);
      else
        body = g_strdup (error->message);

      /* Translators: the placeholder is a file name. */
      heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      _jd_window_show_error (self, heading, body);
      return;
    }

  _jd_window_open_in_place (self, document, G_FILE (object));
}

/* Loads @file into this window; a file that cannot be read changes
 * nothing and says why. */
void
jd_window_open_file (JdWindow *self,
                     GFile    *file)
{
  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  jd_document_load_async (file, self->cancellable, load_cb, g_object_ref (self));
}

static void
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .mime_type = (char *)"application/x-jobdesc+xml",
    .app_name = (char *)"Jobscribe",
    .app_exec = (char *)"jobscribe %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

void
_jd_window_open_in_place (JdWindow   *self,
                          JdDocument *document,
                          GFile      *file)
{
  jd_window_set_document (self, document, file);
  _jd_window_show_editor (self);

  if (file != NULL)
    add_recent (file);
}

/* After a save: @snapshot is what the file now holds. */
void
_jd_window_set_saved (JdWindow   *self,
                      GFile      *file,
                      JdDocument *snapshot)
{
  set_file (self, file);
  g_set_object (&self->saved, snapshot);
  add_recent (file);
  document_changed_cb (self);
}

void
_jd_window_toast (JdWindow   *self,
                  const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
_jd_window_show_error (JdWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sidebar_template_activated_cb (JdWindow   *self,
                               JdTemplate *template)
{
  jd_window_show_template (self, template);
}

static void
sidebar_file_activated_cb (JdWindow *self,
                           GFile    *file)
{
  if (jd_window_is_pristine (self))
    jd_window_open_file (self, file);
  else
    {
      JdWindow *window = jd_window_new (JD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

      jd_window_open_file (window, file);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static gboolean
drop_cb (JdWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files = g_value_get_boxed (value);
  gboolean first = TRUE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (first && jd_window_is_pristine (self))
        jd_window_open_file (self, l->data);
      else
        {
          JdWindow *window = jd_window_new (JD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

          jd_window_open_file (window, l->data);
          gtk_window_present (GTK_WINDOW (window));
        }
      first = FALSE;
    }

  return files != NULL;
}

static gboolean
close_confirmed_cb (gpointer user_data)
{
  JdWindow *self = user_data;

  /* Discarding the changes discards their draft too. */
  remove_draft (self);
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

static gboolean
jd_window_close_request (GtkWindow *window)
{
  JdWindow *self = JD_WINDOW (window);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!self->modified || self->closing_confirmed)
    return GTK_WINDOW_CLASS (jd_window_parent_class)->close_request (window);

  name = dup_display_name (self);
  /* Translators: the placeholder is the name of a document. */
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  dialog = adw_message_dialog_new (window, heading,
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
jd_window_dispose (GObject *object)
{
  JdWindow *self = (JdWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);

  /* A window that goes with unsaved changes it was not told to discard
   * keeps its draft: that is what the next start recovers. */
  if (self->modified && !self->closing_confirmed && self->draft_id != NULL)
    {
      if (self->autosave_id != 0)
        write_draft_cb (self);
    }
  else if (self->drafts != NULL)
    remove_draft (self);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  set_file (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_WINDOW);

  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->saved);
  g_clear_object (&self->file);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->drafts);
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_pointer (&self->file_version, g_free);

  G_OBJECT_CLASS (jd_window_parent_class)->dispose (object);
}

static void
jd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  JdWindow *self = JD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_SHOW_PREVIEW:
      g_value_set_boolean (value, self->preview != NULL && gtk_widget_get_visible (self->preview));
      break;

    case PROP_SHOW_SIDEBAR:
      /* The action asks before the template is built. */
      g_value_set_boolean (value, self->flap == NULL || adw_flap_get_reveal_flap (self->flap));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  JdWindow *self = JD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SIDEBAR:
      adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;

    case PROP_SHOW_PREVIEW:
      if (g_value_get_boolean (value) != gtk_widget_get_visible (self->preview))
        {
          gtk_widget_set_visible (self->preview, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_window_class_init (JdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = jd_window_dispose;
  object_class->get_property = jd_window_get_property;
  object_class->set_property = jd_window_set_property;
  window_class->close_request = jd_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_PREVIEW] =
    g_param_spec_boolean ("show-preview", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Naming the resource keeps it in the link from the static library. */
  (void)jd_get_resource ();

  g_type_ensure (JD_TYPE_SIDEBAR);
  g_type_ensure (JD_TYPE_TEMPLATE_PAGE);
  g_type_ensure (JD_TYPE_PREVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, template_page);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, translate_menu);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, outside_revealer);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, outside_label);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, reload_button);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_template_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_file_activated_cb);

  _jd_window_class_actions_init (klass);
  _jd_window_export_actions_init (klass);
}

/* New documents start in the language of the preferences, or in the
 * interface's: the template page's drop-down is what they take it from. */
static void
update_document_language (JdWindow *self)
{
  g_autofree char *lang = g_settings_get_string (self->settings, "document-language");

  if (!jd_terms_is_language (lang))
    {
      g_free (lang);
      lang = interface_language ();
    }

  jd_template_page_set_language (JD_TEMPLATE_PAGE (self->template_page), lang);
}

static void
update_paper (JdWindow *self)
{
  jd_preview_set_paper (JD_PREVIEW (self->preview), _jd_window_get_paper (self));
}

static void
flap_reveal_changed_cb (JdWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDEBAR]);
}

static void
jd_window_init (JdWindow *self)
{
  GtkDropTarget *drop;
  g_autoptr(JdDocument) blank = jd_document_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->drafts = jd_drafts_new_default ();

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (flap_reveal_changed_cb), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (update_page), self);

  /* Each language of the library, named in itself. */
  for (const char * const *lang = jd_terms_get_languages (); *lang != NULL; lang++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (jd_terms_get_language_name (*lang), NULL);

      g_menu_item_set_action_and_target (item, "win.translate", "s", *lang);
      g_menu_append_item (self->translate_menu, item);
    }

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  jd_window_set_document (self, blank, NULL);
  adw_view_stack_set_visible_child_name (self->stack, "empty");

  g_settings_bind (self->settings, "show-preview", self, "show-preview", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::page-size", G_CALLBACK (update_paper), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::document-language",
                           G_CALLBACK (update_document_language), self, G_CONNECT_SWAPPED);
  update_paper (self);
  update_document_language (self);
  update_page (self);
}

JdWindow *
jd_window_new (JdApplication *application)
{
  JdWindow *self;
  g_autofree char *lang = interface_language ();

  self = g_object_new (JD_TYPE_WINDOW,
                       "application", application,
                       NULL);

  self->library = application ? g_object_ref (jd_application_get_library (application))
                              : jd_application_dup_default_library ();
  jd_sidebar_set_library (JD_SIDEBAR (self->sidebar), self->library, lang);

  return self;
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
  g_autoptr(JdDocument) base = NULL;

  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  if (draft->file != NULL)
    base = jd_document_load (draft->file, NULL, NULL, NULL);
  if (base == NULL)
    base = jd_document_new ();

  jd_window_set_document (self, base, draft->file);
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  self->draft_written = TRUE;

  jd_document_assign (self->document, draft->document);
  jd_history_break (self->history);
  _jd_window_show_editor (self);
  _jd_window_toast (self, _("Unsaved changes were recovered"));
}

const char *
jd_window_get_draft_id (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->draft_id;
}

/* Returns: (transfer none) */
JdDocument *
jd_window_get_document (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->document;
}

/* Returns: (transfer none) (nullable) */
GFile *
jd_window_get_file (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->file;
}

/* Returns: (transfer none) */
JdHistory *
jd_window_get_history (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->history;
}

gboolean
jd_window_get_modified (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), FALSE);
  return self->modified;
}

/* Whether the window holds nothing yet, so opening something may reuse it. */
gboolean
jd_window_is_pristine (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), FALSE);

  return self->file == NULL && !self->modified &&
         jd_document_get_n_sections (self->document) == 0 &&
         jd_document_get_title (self->document) == NULL;
}

void
jd_window_show_template (JdWindow   *self,
                         JdTemplate *template)
{
  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (JD_IS_TEMPLATE (template));

  jd_template_page_set_template (JD_TEMPLATE_PAGE (self->template_page), self->library, template);
  adw_view_stack_set_visible_child_name (self->stack, "template");
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  update_page (self);

  /* From the search, Enter shows a template and Enter again uses it. */
  jd_template_page_focus_use (JD_TEMPLATE_PAGE (self->template_page));
}

/* Returns: (transfer none) */
GtkWidget *
jd_window_get_sidebar (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->sidebar;
}

/* Returns: (transfer none) */
GtkWidget *
jd_window_get_preview (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->preview;
}

/* Returns: (transfer none) */
GtkWidget *
jd_window_get_editor (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->editor;
}

/* Returns: (transfer none) */
GtkWidget *
jd_window_get_template_page (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->template_page;
}

const char *
jd_window_get_visible_page (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

/* Returns: (transfer none) */
JdLibrary *
jd_window_get_library (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->library;
}
