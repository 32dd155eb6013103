/* jd-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-application-private.h"
#include "jd-editor.h"
#include "jd-localized.h"
#include "jd-editor-private.h"
#include "jd-preview.h"
#include "jd-resources.h"
#include "jd-review-pane.h"
#include "jd-section-card.h"
#include "jd-sidebar.h"
#include "jd-template-page.h"
#include "jd-ui-private.h"
#include "jd-welcome-page.h"
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
  PROP_SHOW_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The header bar's buttons, by their id in the template, with their
 * tooltips: set in code, since a tooltip set in a template asks the
 * display where the pointer is (see _jd_widget_set_tooltip_text()). The
 * buttons the window uses have a field of their own. */
static const struct {
  const char *id;
  gssize      offset;
  const char *tooltip;
} header_buttons[] = {
  { "sidebar_button", G_STRUCT_OFFSET (JdWindow, sidebar_button), N_("Show Template Library (F9)") },
  { "back_button", G_STRUCT_OFFSET (JdWindow, back_button), N_("Back to the Document") },
  { "open_button", 0, N_("Open a Job Description (Ctrl+O)") },
  { "open_icon_button", 0, N_("Open a Job Description (Ctrl+O)") },
  { "menu_button", 0, N_("Main Menu") },
  { "review_button", 0, N_("Review the Writing (F7)") },
  { "export_button", 0, N_("Export, Copy or Print") },
  { "save_button", 0, N_("Save (Ctrl+S)") },
};

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

char *
_jd_window_dup_display_name (JdWindow *self)
{
  GFile *file = jd_window_get_file (self);
  const char *title;

  if (file != NULL)
    return g_file_get_basename (file);

  if (jd_window_is_pristine (self))
    return g_strdup (_("Jobscribe"));

  title = jd_document_get_title (jd_window_get_document (self));
  return g_strdup (title ? title : _("New Job Description"));
}

static void
update_title (JdWindow *self)
{
  g_autofree char *name = _jd_window_dup_display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file = jd_window_get_file (self);

  if (file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      subtitle = parent ? g_file_get_parse_name (parent) : NULL;
    }
  else if (!jd_window_is_pristine (self))
    subtitle = g_strdup (_("Not saved"));

  /* Translators: the title of a window whose document has unsaved
   * changes; the placeholder is the name of the document. */
  title = jd_window_get_modified (self) ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_status (JdWindow *self)
{
  guint words = jd_document_count_words (jd_window_get_document (self));
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

  /* Nothing written takes no time to read. */
  gtk_label_set_label (self->status_label, words > 0 ? text : word_text);
}

static void
document_changed_cb (JdWindow *self)
{
  update_title (self);
  update_status (self);
  _jd_window_actions_update (self);
}

static void ensure_document_widgets (JdWindow *self);

static void
update_page (JdWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  gboolean editing = g_strcmp0 (page, "editor") == 0;

  if (editing)
    ensure_document_widgets (self);
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
update_outside_bar (JdWindow *self)
{
  JdOutsideChange change = jd_open_document_get_outside_change (self->open_document);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (change == JD_OUTSIDE_CHANGE_NONE)
    return;

  name = _jd_window_dup_display_name (self);
  if (change == JD_OUTSIDE_CHANGE_DELETED)
    /* Translators: the placeholder is a file name. */
    text = g_strdup_printf (_("“%s” was deleted or moved by another program."), name);
  else
    /* Translators: the placeholder is a file name. */
    text = g_strdup_printf (_("“%s” was changed by another program."), name);

  gtk_label_set_label (self->outside_label, text);
  gtk_widget_set_visible (self->reload_button, change != JD_OUTSIDE_CHANGE_DELETED);
}

static gboolean
outside_change_to_reveal (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) != JD_OUTSIDE_CHANGE_NONE);
  return TRUE;
}

gboolean
_jd_window_get_outside_change (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), FALSE);
  return jd_open_document_get_outside_change (self->open_document) != JD_OUTSIDE_CHANGE_NONE;
}

static void
modified_changed_cb (JdWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  document_changed_cb (self);
}

/* The findings of the review underlined in the editor, while the review
 * is shown. */
static void
update_highlights (JdWindow *self)
{
  JdReview *review = NULL;

  if (self->editor == NULL || self->review_pane == NULL)
    return;

  if (gtk_widget_get_visible (GTK_WIDGET (self->review_bin)))
    review = jd_review_pane_get_review (JD_REVIEW_PANE (self->review_pane));

  _jd_editor_show_findings (JD_EDITOR (self->editor),
                            review != NULL ? jd_review_get_findings (review) : NULL);
}

/* The preview follows the section that has the caret. */
static void
focus_changed_cb (JdWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *card;
  GtkWidget *other;

  if (focus == NULL || self->editor == NULL || self->preview == NULL ||
      !gtk_widget_get_visible (GTK_WIDGET (self->preview_bin)) ||
      (card = gtk_widget_get_ancestor (focus, JD_TYPE_SECTION_CARD)) == NULL)
    return;

  for (guint i = 0; (other = _jd_editor_get_section_card (JD_EDITOR (self->editor), i)) != NULL; i++)
    if (other == card)
      {
        if ((int)i != self->preview_section)
          {
            self->preview_section = (int)i;
            jd_preview_show_section (JD_PREVIEW (self->preview), i);
          }
        return;
      }
}

/* Sections and review side by side need this much room. */
#define REVIEW_WIDTH 300
#define SIDE_BY_SIDE_WIDTH (360 + REVIEW_WIDTH)

/* The review pane beside the sections, or over them when the window is
 * too narrow for both. The pane can shrink in the paned, so the window
 * can get narrower than both; the pane moves as that happens, after the
 * allocation that told, never during it. */
static void
fold_review (JdWindow *self,
             gboolean  folded)
{
  GtkWidget *bin = GTK_WIDGET (self->review_bin);

  g_object_ref (bin);
  if (folded)
    {
      gtk_paned_set_end_child (self->review_paned, NULL);
      gtk_widget_set_halign (bin, GTK_ALIGN_END);
      gtk_widget_add_css_class (bin, "jd-review-over");
      gtk_overlay_add_overlay (self->review_overlay, bin);
    }
  else
    {
      gtk_overlay_remove_overlay (self->review_overlay, bin);
      gtk_widget_set_halign (bin, GTK_ALIGN_FILL);
      gtk_widget_remove_css_class (bin, "jd-review-over");
      gtk_paned_set_end_child (self->review_paned, bin);
    }
  g_object_unref (bin);
  self->review_folded = folded;
}

static gboolean
review_fold_idle_cb (gpointer user_data)
{
  JdWindow *self = JD_WINDOW (user_data);
  int width = gtk_widget_get_width (GTK_WIDGET (self->review_overlay));

  self->review_fold_id = 0;
  if (width > 0 && (width < SIDE_BY_SIDE_WIDTH) != self->review_folded)
    fold_review (self, width < SIDE_BY_SIDE_WIDTH);

  return G_SOURCE_REMOVE;
}

/* A ruler across the overlay is resized with it; the pane moves in an
 * idle, once the allocation is over. */
static void
review_ruler_resize_cb (JdWindow *self,
                        int       width)
{
  if (width > 0 && (width < SIDE_BY_SIDE_WIDTH) != self->review_folded && self->review_fold_id == 0)
    self->review_fold_id = g_idle_add (review_fold_idle_cb, self);
}

static void
finding_activated_cb (JdWindow  *self,
                      JdFinding *finding)
{
  /* Over the sections, the pane would hide what the finding selects. */
  if (self->review_folded)
    g_object_set (self, "show-review", FALSE, NULL);
  _jd_editor_select_finding (JD_EDITOR (jd_window_get_editor (self)), finding);
}

/* "Translate Document Into" lists each language of the library, named in
 * itself and by that name, but the one the document is in. */
static void
update_translate_menu (JdWindow *self)
{
  JdDocument *document = self->open_document ? jd_open_document_get_document (self->open_document) : NULL;
  g_autofree char *current = jd_language_normalize (document ? jd_document_get_language (document) : NULL);
  const char *offered_for = document != NULL ? current : "";

  /* The menu's popover makes its rows again at every change: only when
   * the document's language is another. */
  if (g_strcmp0 (self->translate_menu_for, offered_for) == 0)
    return;
  g_free (self->translate_menu_for);
  self->translate_menu_for = g_strdup (offered_for);

  g_menu_remove_all (self->translate_menu);
  for (const char * const *lang = jd_terms_get_languages_by_name (); *lang != NULL; lang++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (document != NULL && g_str_equal (*lang, current))
        continue;

      item = g_menu_item_new (jd_terms_get_language_name (*lang), NULL);
      g_menu_item_set_action_and_target (item, "win.translate", "s", *lang);
      g_menu_append_item (self->translate_menu, item);
    }
}

/* Does nothing: its data, the widgets of the document before, go with
 * the source. */
static gboolean
release_widgets_cb (gpointer user_data)
{
  return G_SOURCE_REMOVE;
}

/* The preview and the review pane of the open document are made when
 * they first show (or something asks for them): most documents are
 * written with neither, and they were a third of the opening's first
 * iteration. */
static void
ensure_preview (JdWindow *self)
{
  if (self->preview != NULL || self->editor == NULL)
    return;

  self->preview = jd_preview_new (jd_open_document_get_document (self->open_document), self->library);
  jd_preview_set_paper (JD_PREVIEW (self->preview), _jd_window_get_paper (self));
  adw_bin_set_child (self->preview_bin, self->preview);
}

static void
ensure_review_pane (JdWindow *self)
{
  if (self->review_pane != NULL || self->editor == NULL)
    return;

  self->review_pane = jd_review_pane_new (jd_open_document_get_document (self->open_document),
                                          jd_open_document_get_history (self->open_document));
  g_signal_connect_object (self->review_pane, "finding-activated",
                           G_CALLBACK (finding_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->review_pane, "notify::review",
                           G_CALLBACK (update_highlights), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->review_bin, self->review_pane);
}

/* The editor of the open document is made when the editor page shows or
 * something asks for it: not for the blank document behind the welcome
 * page at start-up, where it was a third of the window's making; the
 * preview and the review pane with it if they show. */
static void
ensure_document_widgets (JdWindow *self)
{
  /* Not as the window goes (its template disposed). */
  if (self->editor != NULL || self->open_document == NULL || self->editor_bin == NULL)
    return;

  self->editor = jd_editor_new (jd_open_document_get_document (self->open_document),
                                jd_open_document_get_history (self->open_document), self->library);
  adw_bin_set_child (self->editor_bin, self->editor);
  if (gtk_widget_get_visible (GTK_WIDGET (self->preview_bin)))
    ensure_preview (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->review_bin)))
    ensure_review_pane (self);
}

/* Shows @open_document in the window; the one it replaces goes, and with
 * it the draft of changes it was not saved with. */
void
_jd_window_set_open_document (JdWindow       *self,
                              JdOpenDocument *open_document)
{
  JdDocument *document = jd_open_document_get_document (open_document);
  JdHistory *history = jd_open_document_get_history (open_document);

  if (self->open_document != NULL)
    jd_open_document_discard_draft (self->open_document);
  g_set_object (&self->open_document, open_document);

  g_settings_bind (self->settings, "autosave-delay", open_document, "autosave-delay",
                   G_SETTINGS_BIND_GET);
  g_signal_group_set_target (self->open_signals, open_document);
  g_signal_group_set_target (self->document_signals, document);
  g_signal_group_set_target (self->history_signals, history);
  g_binding_group_set_source (self->open_bindings, open_document);

  /* The widgets of the document before are let go of once this one
   * shows: disposing them is a tenth of opening a document. */
  if (self->editor != NULL)
    {
      GPtrArray *previous = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (previous, g_object_ref (self->editor));
      if (self->preview != NULL)
        g_ptr_array_add (previous, g_object_ref (self->preview));
      if (self->review_pane != NULL)
        g_ptr_array_add (previous, g_object_ref (self->review_pane));
      g_idle_add_full (G_PRIORITY_LOW, release_widgets_cb, previous, (GDestroyNotify)g_ptr_array_unref);
      adw_bin_set_child (self->editor_bin, NULL);
      adw_bin_set_child (self->preview_bin, NULL);
      adw_bin_set_child (self->review_bin, NULL);
      self->editor = self->preview = self->review_pane = NULL;
    }
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "editor") == 0)
    ensure_document_widgets (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  document_changed_cb (self);
  update_translate_menu (self);
}

void
_jd_window_toast (JdWindow   *self,
                  const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The button does its work once; the toast then goes when its time is
 * up. Dismissing it here would free it twice in libadwaita 1.2 when its
 * hiding is animated. */
static void
toast_button_clicked_cb (GtkButton *button)
{
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
}

/**
 * _jd_window_toast_with_action:
 * @button_label: the label of the button, with a mnemonic
 * @action_name: the action the button activates
 * @target: (nullable): its parameter; a floating reference is sunk
 *
 * Says @message with a button that does something about it: Open, Show,
 * Undo. The button is the toast's title rather than the toast's own:
 * libadwaita 1.2 destroys its own button inside the button's click when
 * animations are off, and GTK then uses the freed widget.
 */
void
_jd_window_toast_with_action (JdWindow   *self,
                              const char *message,
                              const char *button_label,
                              const char *action_name,
                              GVariant   *target)
{
  g_autoptr(GVariant) owned_target = target != NULL ? g_variant_ref_sink (target) : NULL;
  AdwToast *toast = adw_toast_new (message);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (message);
  GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (owned_target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), owned_target);
  g_signal_connect (button, "clicked", G_CALLBACK (toast_button_clicked_cb), NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);

  adw_toast_set_custom_title (toast, box);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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
  _jd_application_open (_jd_window_get_application (self), self, file, NULL);
}

static gboolean
drop_cb (JdWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files = g_value_get_boxed (value);

  for (GSList *l = files; l != NULL; l = l->next)
    _jd_application_open (_jd_window_get_application (self), self, l->data, NULL);

  return files != NULL;
}

static gboolean
jd_window_close_request (GtkWindow *window)
{
  if (_jd_window_close_request (JD_WINDOW (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (jd_window_parent_class)->close_request (window);
}

static void
jd_window_dispose (GObject *object)
{
  JdWindow *self = (JdWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->review_fold_id, g_source_remove);

  /* A window that goes with unsaved changes it was not told to discard
   * keeps their draft (the open document writes it as it goes): that is
   * what the next start recovers. */
  if (self->open_document != NULL && self->closing_confirmed)
    jd_open_document_discard_draft (self->open_document);

  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_WINDOW);
  /* They went with the bins of the template. */
  self->editor = self->preview = self->review_pane = NULL;

  if (self->open_signals != NULL)
    g_signal_group_set_target (self->open_signals, NULL);
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);
  if (self->open_bindings != NULL)
    g_binding_group_set_source (self->open_bindings, NULL);
  g_clear_object (&self->open_signals);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->open_bindings);
  g_clear_object (&self->open_document);
  g_clear_object (&self->loading_file);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->drafts);
  g_clear_pointer (&self->translate_menu_for, g_free);

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
      g_value_set_object (value, jd_window_get_document (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, jd_window_get_modified (self));
      break;

    case PROP_SHOW_PREVIEW:
      g_value_set_boolean (value, self->preview_bin != NULL &&
                                  gtk_widget_get_visible (GTK_WIDGET (self->preview_bin)));
      break;

    case PROP_SHOW_REVIEW:
      g_value_set_boolean (value, self->review_bin != NULL &&
                                  gtk_widget_get_visible (GTK_WIDGET (self->review_bin)));
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

    case PROP_SHOW_REVIEW:
      if (g_value_get_boolean (value) != gtk_widget_get_visible (GTK_WIDGET (self->review_bin)))
        {
          gtk_widget_set_visible (GTK_WIDGET (self->review_bin), g_value_get_boolean (value));
          if (g_value_get_boolean (value))
            ensure_review_pane (self);
          update_highlights (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SHOW_PREVIEW:
      if (g_value_get_boolean (value) != gtk_widget_get_visible (GTK_WIDGET (self->preview_bin)))
        {
          int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

          gtk_widget_set_visible (GTK_WIDGET (self->preview_bin), g_value_get_boolean (value));
          if (g_value_get_boolean (value))
            ensure_preview (self);
          /* Beside the sections, as wide as can be read: half the room,
           * leaving the sections the width they need. */
          if (g_value_get_boolean (value) && width > 0)
            gtk_paned_set_position (self->paned, MAX (360, width / 2));
          self->preview_section = -1;
          focus_changed_cb (self);
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

  properties[PROP_SHOW_REVIEW] =
    g_param_spec_boolean ("show-review", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Naming the resource keeps it in the link from the static library. */
  (void)jd_get_resource ();

  /* Before any window shows an icon, with or without the application
   * (the tests make windows of their own). */
  _jd_icons_finalize_on_main_thread ();

  g_type_ensure (JD_TYPE_SIDEBAR);
  g_type_ensure (JD_TYPE_TEMPLATE_PAGE);
  g_type_ensure (JD_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JdWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, window_title);
  for (guint i = 0; i < G_N_ELEMENTS (header_buttons); i++)
    gtk_widget_class_bind_template_child_full (widget_class, header_buttons[i].id, FALSE,
                                               header_buttons[i].offset);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, template_page);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, editor_bin);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, preview_bin);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, review_overlay);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, review_paned);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, review_bin);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, translate_menu);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, outside_revealer);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, outside_label);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, outside_box);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, reload_button);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_template_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_file_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_ruler_resize_cb);

  _jd_window_class_actions_init (klass);
  _jd_window_class_file_init (klass);
  _jd_window_export_actions_init (klass);
  _jd_window_import_actions_init (klass);
}

/* The language picked for templates ranks first in search too. */
static void
template_language_changed_cb (JdWindow *self)
{
  jd_sidebar_set_template_language (JD_SIDEBAR (self->sidebar),
                                    jd_template_page_get_language (JD_TEMPLATE_PAGE (self->template_page)));
}

/* The sidebar selects the template shown, however it came to be shown:
 * from the sidebar, a related role or Back. */
static void
template_changed_cb (JdWindow *self)
{
  jd_sidebar_select_template (JD_SIDEBAR (self->sidebar),
                              jd_template_page_get_template (JD_TEMPLATE_PAGE (self->template_page)));
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
  if (self->preview != NULL)
    jd_preview_set_paper (JD_PREVIEW (self->preview), _jd_window_get_paper (self));
}

static void
flap_reveal_changed_cb (JdWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDEBAR]);
}

/* The bar about a file changed elsewhere puts its buttons under its
 * message in a narrow window, each a row of its own, so that long
 * translations of them do not keep the window wide. */
static void
fold_outside_bar (JdWindow *self)
{
  gboolean folded = adw_flap_get_folded (self->flap);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->outside_box),
                                  folded ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  for (GtkWidget *child = gtk_widget_get_first_child (self->outside_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        gtk_widget_set_margin_start (child, folded ? 12 : 0);
        gtk_widget_set_margin_end (child, folded || gtk_widget_get_next_sibling (child) == NULL ? 12 : 0);
        gtk_widget_set_margin_bottom (child, folded && gtk_widget_get_next_sibling (child) == NULL ? 9 : 0);
      }
}

static void
jd_window_init (JdWindow *self)
{
  GtkDropTarget *drop;
  g_autoptr(JdDocument) blank = jd_document_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (header_buttons); i++)
    _jd_widget_set_tooltip_text (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), JD_TYPE_WINDOW,
                                                                            header_buttons[i].id)),
                                 _(header_buttons[i].tooltip));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  self->drafts = jd_drafts_new_default ();

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (flap_reveal_changed_cb), self);
  g_object_bind_property (self->flap, "folded", self->welcome_page, "show-browse", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->flap, "notify::folded", G_CALLBACK (fold_outside_bar), self);
  fold_outside_bar (self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (update_page), self);
  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), self);
  self->preview_section = -1;
  g_signal_connect_swapped (self->template_page, "notify::language",
                            G_CALLBACK (template_language_changed_cb), self);
  g_signal_connect_swapped (self->template_page, "notify::template",
                            G_CALLBACK (template_changed_cb), self);

  update_translate_menu (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->open_signals = g_signal_group_new (JD_TYPE_OPEN_DOCUMENT);
  g_signal_group_connect_swapped (self->open_signals, "notify::modified",
                                  G_CALLBACK (modified_changed_cb), self);
  g_signal_group_connect_swapped (self->open_signals, "notify::file",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_connect_swapped (self->open_signals, "notify::outside-change",
                                  G_CALLBACK (update_outside_bar), self);
  self->document_signals = g_signal_group_new (JD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::language",
                                  G_CALLBACK (update_translate_menu), self);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  self->history_signals = g_signal_group_new (JD_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "notify",
                                  G_CALLBACK (_jd_window_actions_update), self);
  self->open_bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->open_bindings, "outside-change",
                             self->outside_revealer, "reveal-child", G_BINDING_SYNC_CREATE,
                             outside_change_to_reveal, NULL, NULL, NULL);

  jd_window_set_document (self, blank, NULL);
  adw_view_stack_set_visible_child_name (self->stack, "empty");

  g_settings_bind (self->settings, "show-preview", self, "show-preview", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-review", self, "show-review", G_SETTINGS_BIND_DEFAULT);
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

/* Returns: (transfer none): the document and its life out of the window */
JdOpenDocument *
jd_window_get_open_document (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->open_document;
}

/* Returns: (transfer none) */
JdDocument *
jd_window_get_document (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return jd_open_document_get_document (self->open_document);
}

/* Returns: (transfer none) (nullable) */
GFile *
jd_window_get_file (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return jd_open_document_get_file (self->open_document);
}

/* Returns: (transfer none) */
JdHistory *
jd_window_get_history (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return jd_open_document_get_history (self->open_document);
}

gboolean
jd_window_get_modified (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), FALSE);
  return jd_open_document_get_modified (self->open_document);
}

/* Whether the window holds nothing yet, so opening something may reuse it. */
gboolean
jd_window_is_pristine (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), FALSE);
  return jd_open_document_is_blank (self->open_document);
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
_jd_window_get_sidebar (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->sidebar;
}

/* Returns: (transfer none): made now if it has not shown since the
 * document opened */
GtkWidget *
_jd_window_get_preview (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);

  ensure_document_widgets (self);
  ensure_preview (self);
  return self->preview;
}

/* Returns: (transfer none): made now if it has not shown since the
 * document opened */
GtkWidget *
_jd_window_get_review_pane (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);

  ensure_document_widgets (self);
  ensure_review_pane (self);
  return self->review_pane;
}

/* Returns: (transfer none): made now if the editor page has not shown
 * since the document opened */
GtkWidget *
jd_window_get_editor (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);

  ensure_document_widgets (self);
  return self->editor;
}

/* Returns: (transfer none) */
GtkWidget *
_jd_window_get_template_page (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->template_page;
}

/* Returns: (transfer none) */
GtkWidget *
_jd_window_get_welcome_page (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->welcome_page;
}

const char *
_jd_window_get_visible_page (JdWindow *self)
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
