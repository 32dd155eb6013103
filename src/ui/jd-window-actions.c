/* jd-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-company-profile.h"
#include "jd-application-private.h"
#include "jd-editor-private.h"
#include "jd-publish-dialog.h"
#include "jd-sidebar.h"
#include "jd-template-page.h"
#include "jd-window-private.h"

static void
save_as_template_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;

  if (jd_library_save_user_template (self->library, jd_window_get_document (self), &error) == NULL)
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
  jd_history_undo (jd_window_get_history (JD_WINDOW (widget)));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  jd_history_redo (jd_window_get_history (JD_WINDOW (widget)));
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
  window = _jd_application_open (_jd_window_get_application (self), self, NULL, document);
  jd_editor_focus_start (JD_EDITOR (jd_window_get_editor (window)));
}

/* The interview questions of the template shown, as text to paste. */
static void
copy_questions_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autofree char *text = jd_template_page_dup_questions_text (JD_TEMPLATE_PAGE (self->template_page));

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  _jd_window_toast (self, _("Interview questions copied"));
}

/* An export just written, opened in the application for its type (the
 * portal's choice in a sandbox). */
static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

/* After a translation, the first block that still needs translating. */
static void
show_untranslated_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);

  _jd_window_show_editor (self);
  _jd_editor_focus_needs_translation (JD_EDITOR (jd_window_get_editor (self)));
}

/* What was just done, said with Undo; parts of the editor activate it
 * with the message (Remove Section). */
static void
toast_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  _jd_window_toast_with_action (JD_WINDOW (widget), g_variant_get_string (param, NULL),
                                _("_Undo"), "win.undo", NULL);
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

      jd_section_add_text (section, jd_section_kind_get_block_kind (kinds[i]), "");
      jd_document_append_section (document, section);
    }

  window = _jd_application_open (_jd_window_get_application (self), self, NULL, document);
  jd_editor_focus_start (JD_EDITOR (jd_window_get_editor (window)));
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
  jd_editor_add_section (JD_EDITOR (jd_window_get_editor (self)), kind);
}

/* Translates what came from the library into another language, in place
 * and as one undo step; the user's own text is kept and marked. */
static void
translate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  JdDocument *document = jd_window_get_document (self);
  JdHistory *history = jd_window_get_history (self);
  const char *lang = g_variant_get_string (param, NULL);
  g_autoptr(JdDocument) translated = NULL;
  g_autofree char *message = NULL;
  guint kept = 0;

  if (!jd_terms_is_language (lang))
    return;

  translated = jd_library_translate_document (self->library, document, lang, &kept);
  jd_history_begin_step (history);
  jd_document_assign (document, translated);
  jd_history_end_step (history);
  _jd_window_show_editor (self);

  if (kept > 0)
    {
      /* Translators: a notification after translating a document. */
      message = g_strdup_printf (ngettext ("Translated; %u block you changed needs translating",
                                           "Translated; %u blocks you changed need translating",
                                           kept), kept);
      /* Translators: the button of that notification; it goes to the
       * first block that needs translating. */
      _jd_window_toast_with_action (self, message, _("_Show"), "win.show-untranslated", NULL);
    }
  else
    _jd_window_toast (self, _("Translated"));
}

/* Inserts the company's "about us", benefits or equal opportunity
 * statement from the preferences, in the document's language. */
static void
insert_company_section_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  JdDocument *document = jd_window_get_document (self);
  JdHistory *history = jd_window_get_history (self);
  g_autoptr(JdSection) section = NULL;
  JdSectionKind kind;

  if (!jd_section_kind_from_string (g_variant_get_string (param, NULL), &kind))
    return;

  section = jd_company_profile_make_section (self->settings, kind,
                                             jd_document_get_language (document));
  if (section == NULL)
    {
      _jd_window_toast (self, _("The company profile has no such text yet; add it in the preferences"));
      return;
    }

  _jd_window_show_editor (self);
  jd_history_begin_step (history);
  if (kind == JD_SECTION_ABOUT)
    jd_document_insert_section (document, 0, section);
  else
    jd_document_append_section (document, section);
  jd_history_end_step (history);
}

static void
show_editor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _jd_window_show_editor (JD_WINDOW (widget));
}

/* Ctrl+F finds in the document while one is being edited, and searches
 * the templates from the library's sidebar or from any other page. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_sidebar = focus != NULL && (focus == self->sidebar ||
                                          gtk_widget_is_ancestor (focus, self->sidebar));

  if (!in_sidebar && g_strcmp0 (_jd_window_get_visible_page (self), "editor") == 0 &&
      !jd_window_is_pristine (self))
    {
      _jd_editor_find (JD_EDITOR (jd_window_get_editor (self)), FALSE);
      return;
    }

  adw_flap_set_reveal_flap (self->flap, TRUE);
  jd_sidebar_focus_search (JD_SIDEBAR (self->sidebar));
}

/* The library, folded away in a narrow window, comes over the page with
 * its search ready. */
static void
browse_templates_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  jd_sidebar_focus_search (JD_SIDEBAR (self->sidebar));
}

static void
find_replace_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _jd_editor_find (JD_EDITOR (jd_window_get_editor (JD_WINDOW (widget))), TRUE);
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  _jd_editor_find_next (JD_EDITOR (jd_window_get_editor (JD_WINDOW (widget))),
                        g_str_equal (action_name, "win.find-previous"));
}

static void
replace_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _jd_editor_replace (JD_EDITOR (jd_window_get_editor (JD_WINDOW (widget))));
}

static void
replace_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _jd_editor_replace_all (JD_EDITOR (jd_window_get_editor (JD_WINDOW (widget))));
}

static void
next_placeholder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);

  if (!_jd_editor_next_placeholder (JD_EDITOR (jd_window_get_editor (self)),
                                    g_str_equal (action_name, "win.previous-placeholder")))
    _jd_window_toast (self, _("Every placeholder is filled in"));
}

/* What only works on the document in the editor. */
static const char * const editor_actions[] = {
  "win.find-replace", "win.find-next", "win.find-previous", "win.replace", "win.replace-all",
  "win.next-placeholder", "win.previous-placeholder",
};

/* Recomputes which window actions can be used now. */
void
_jd_window_actions_update (JdWindow *self)
{
  const char *page;
  gboolean editing;
  JdHistory *history;

  if (self->open_document == NULL || self->stack == NULL)
    return;

  page = adw_view_stack_get_visible_child_name (self->stack);
  editing = g_strcmp0 (page, "editor") == 0;
  history = jd_window_get_history (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", jd_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", jd_history_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save",
                                 jd_window_get_modified (self) ||
                                 (jd_window_get_file (self) == NULL && !jd_window_is_pristine (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as-template", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-section", !jd_window_is_pristine (self) || editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.insert-company-section",
                                 !jd_window_is_pristine (self) || editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.translate", !jd_window_is_pristine (self));
  /* With no document there is nothing to export, print or preview. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-rich-text", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-preview", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-review", !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-editor", !jd_window_is_pristine (self));
  for (guint i = 0; i < G_N_ELEMENTS (editor_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editor_actions[i], editing && !jd_window_is_pristine (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.use-template",
                                 self->template_page != NULL &&
                                 jd_template_page_get_template (JD_TEMPLATE_PAGE (self->template_page)) != NULL);
}

/* Publish…: a folder of job descriptions as a careers site; it needs no
 * open document. */
static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  JdPublishDialog *dialog = jd_publish_dialog_new (GTK_WINDOW (self), self->library);

  gtk_window_present (GTK_WINDOW (dialog));
}

void
_jd_window_class_actions_init (JdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save-as-template", NULL, save_as_template_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.use-template", NULL, use_template_action);
  gtk_widget_class_install_action (widget_class, "win.copy-questions", NULL, copy_questions_action);
  gtk_widget_class_install_action (widget_class, "win.start-blank", NULL, start_blank_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.toast-undo", "s", toast_undo_action);
  gtk_widget_class_install_action (widget_class, "win.show-untranslated", NULL, show_untranslated_action);
  gtk_widget_class_install_action (widget_class, "win.add-section", "s", add_section_action);
  gtk_widget_class_install_action (widget_class, "win.insert-company-section", "s",
                                   insert_company_section_action);
  gtk_widget_class_install_action (widget_class, "win.translate", "s", translate_action);
  gtk_widget_class_install_action (widget_class, "win.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "win.show-editor", NULL, show_editor_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.browse-templates", NULL, browse_templates_action);
  gtk_widget_class_install_action (widget_class, "win.find-replace", NULL, find_replace_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.replace", NULL, replace_action);
  gtk_widget_class_install_action (widget_class, "win.replace-all", NULL, replace_all_action);
  gtk_widget_class_install_action (widget_class, "win.next-placeholder", NULL, next_placeholder_action);
  gtk_widget_class_install_action (widget_class, "win.previous-placeholder", NULL, next_placeholder_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");
  gtk_widget_class_install_property_action (widget_class, "win.show-review", "show-review");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.find-replace", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "win.next-placeholder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, GDK_SHIFT_MASK,
                                       "win.previous-placeholder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F7, 0, "win.show-review", NULL);
}
