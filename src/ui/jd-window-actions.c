/* jd-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-company-profile.h"
#include "jd-document-io.h"
#include "jd-editor.h"
#include "jd-sidebar.h"
#include "jd-template-page.h"
#include "jd-window-private.h"

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(JdWindow) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = user_data;
  GFile *file = g_task_get_task_data (task);

  self = g_object_ref (g_task_get_source_object (task));

  if (!jd_document_save_finish (JD_DOCUMENT (object), result, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      self->close_after_save = FALSE;
      _jd_window_show_error (self, heading, error->message);
      return;
    }

  /* What was written is the document as it was when the save started;
   * edits made meanwhile still count as changes. */
  _jd_window_set_saved (self, file, g_object_get_data (G_OBJECT (task), "snapshot"));

  if (self->close_after_save)
    {
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  _jd_window_toast (self, _("Saved"));
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
  GTask *task;

  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "snapshot", jd_document_copy (self->document), g_object_unref);
  jd_document_save_async (self->document, file, self->cancellable, save_cb, task);
}

static char *
suggest_file_name (JdWindow *self)
{
  const char *title = jd_document_get_title (self->document);
  g_autofree char *base = g_strdup (title ? title : _("Job Description"));

  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, ".jobdesc", NULL);
}

static GtkFileFilter *
jobdesc_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Job Descriptions"));
  gtk_file_filter_add_mime_type (filter, "application/x-jobdesc+xml");
  gtk_file_filter_add_suffix (filter, "jobdesc");

  return filter;
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
  g_autofree char *name = suggest_file_name (self);
  g_autoptr(GtkFileFilter) filter = jobdesc_filter ();

  dialog = gtk_file_chooser_native_new (_("Save Job Description"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
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
    jd_window_save_to (self, self->file);
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
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->file == NULL)
    {
      save_as_action (widget, "win.save-as", NULL);
      return;
    }

  if (!_jd_window_changed_on_disk (self))
    {
      jd_window_save_to (self, self->file);
      return;
    }

  name = g_file_get_basename (self->file);
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

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _jd_window_reload (JD_WINDOW (widget));
}

static void
keep_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _jd_window_dismiss_outside (JD_WINDOW (widget));
}

static void
save_as_template_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;

  if (jd_library_save_user_template (self->library, self->document, &error) == NULL)
    {
      _jd_window_show_error (self, _("Could Not Save the Template"), error->message);
      return;
    }

  g_object_get (self->template_page, "language", &lang, NULL);
  jd_sidebar_set_library (JD_SIDEBAR (self->sidebar), self->library, lang);
  _jd_window_toast (self, _("Saved to My Templates"));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  jd_history_undo (JD_WINDOW (widget)->history);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  jd_history_redo (JD_WINDOW (widget)->history);
}

/* A document opens in this window when the window holds nothing yet, and
 * in a new window otherwise: one window per document. */
static JdWindow *
target_window (JdWindow *self)
{
  JdWindow *window;

  if (jd_window_is_pristine (self))
    return self;

  window = jd_window_new (JD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));

  return window;
}

static void
use_template_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  JdTemplatePage *page = JD_TEMPLATE_PAGE (self->template_page);
  JdTemplate *template = jd_template_page_get_template (page);
  g_autoptr(JdDocument) document = NULL;
  JdWindow *window;

  if (template == NULL)
    return;

  document = jd_template_create_document (template, jd_template_page_get_language (page));
  if (jd_template_get_document (template) == NULL)
    jd_company_profile_apply (self->settings, document);
  window = target_window (self);
  _jd_window_open_in_place (window, document, NULL);
  jd_editor_focus_start (JD_EDITOR (window->editor));
}

static void
start_blank_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autoptr(JdDocument) document = jd_document_new ();
  static const JdSectionKind kinds[] = {
    JD_SECTION_BRIEF, JD_SECTION_RESPONSIBILITIES, JD_SECTION_REQUIREMENTS,
  };
  g_autofree char *lang = NULL;
  JdWindow *window;

  g_object_get (self->template_page, "language", &lang, NULL);
  jd_document_set_language (document, lang);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(JdSection) section = jd_section_new (kinds[i]);

      jd_section_add_text (section, i == 0 ? JD_BLOCK_PARAGRAPH : JD_BLOCK_ITEM, "");
      jd_document_append_section (document, section);
    }

  window = target_window (self);
  _jd_window_open_in_place (window, document, NULL);
  jd_editor_focus_start (JD_EDITOR (window->editor));
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  JdSectionKind kind;

  if (!jd_section_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;

  _jd_window_show_editor (self);
  jd_editor_add_section (JD_EDITOR (self->editor), kind);
}

/* Translates what came from the library into another language, in place
 * and as one undo step; the user's own text is kept and marked. */
static void
translate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  const char *lang = g_variant_get_string (param, NULL);
  g_autoptr(JdDocument) translated = NULL;
  g_autofree char *message = NULL;
  guint kept = 0;

  if (!jd_terms_is_language (lang))
    return;

  translated = jd_library_translate_document (self->library, self->document, lang, &kept);
  jd_history_break (self->history);
  jd_document_assign (self->document, translated);
  jd_history_break (self->history);
  _jd_window_show_editor (self);

  if (kept > 0)
    /* Translators: a notification after translating a document. */
    message = g_strdup_printf (ngettext ("Translated; %u block you changed needs translating",
                                         "Translated; %u blocks you changed need translating",
                                         kept), kept);
  else
    message = g_strdup (_("Translated"));
  _jd_window_toast (self, message);
}

/* Inserts the company's "about us", benefits or equal opportunity
 * statement from the preferences, in the document's language. */
static void
insert_company_section_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autoptr(JdSection) section = NULL;
  JdSectionKind kind;

  if (!jd_section_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;

  section = jd_company_profile_make_section (self->settings, kind,
                                             jd_document_get_language (self->document));
  if (section == NULL)
    {
      _jd_window_toast (self, _("The company profile has no such text yet; add it in the preferences"));
      return;
    }

  _jd_window_show_editor (self);
  jd_history_break (self->history);
  if (kind == JD_SECTION_ABOUT)
    jd_document_insert_section (self->document, 0, section);
  else
    jd_document_append_section (self->document, section);
  jd_history_break (self->history);
}

static void
show_editor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _jd_window_show_editor (JD_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  jd_sidebar_focus_search (JD_SIDEBAR (self->sidebar));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Recomputes which window actions can be used now. */
void
_jd_window_actions_update (JdWindow *self)
{
  const char *page;
  gboolean editing;

  if (self->history == NULL || self->stack == NULL)
    return;

  page = adw_view_stack_get_visible_child_name (self->stack);
  editing = g_strcmp0 (page, "editor") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", jd_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", jd_history_can_redo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save",
                                 self->modified || (self->file == NULL && !jd_window_is_pristine (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as-template", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-section", !jd_window_is_pristine (self) || editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.insert-company-section",
                                 !jd_window_is_pristine (self) || editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.translate", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-editor", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.use-template",
                                 self->template_page != NULL &&
                                 jd_template_page_get_template (JD_TEMPLATE_PAGE (self->template_page)) != NULL);
}

void
_jd_window_class_actions_init (JdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-as-template", NULL, save_as_template_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.use-template", NULL, use_template_action);
  gtk_widget_class_install_action (widget_class, "win.start-blank", NULL, start_blank_action);
  gtk_widget_class_install_action (widget_class, "win.add-section", "s", add_section_action);
  gtk_widget_class_install_action (widget_class, "win.insert-company-section", "s",
                                   insert_company_section_action);
  gtk_widget_class_install_action (widget_class, "win.translate", "s", translate_action);
  gtk_widget_class_install_action (widget_class, "win.show-editor", NULL, show_editor_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.keep-version", NULL, keep_version_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
}
