/* jd-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-ui"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jd-ui-private.h"

/* When something happened, as people say it: "15:23" today, else
 * "3 December, 15:23". */
char *
_jd_format_when (GDateTime *when)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = g_date_time_to_local (when);

  if (g_date_time_get_year (local) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (now))
    /* Translators: a time of today, as in "15:23"; see the
     * strftime() formats of GDateTime.
     * xgettext:no-c-format */
    return g_date_time_format (local, _("%H:%M"));

  /* Translators: a day and a time, as in "3 December, 15:23"; see
   * the strftime() formats of GDateTime.
   * xgettext:no-c-format */
  return g_date_time_format (local, _("%-d %B, %H:%M"));
}

/* Composite widgets whose template root has no id: what
 * gtk_widget_dispose_template() does not unparent, this does. */
void
_jd_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)))
    gtk_widget_unparent (child);
}

/* What a document is offered to be saved or exported as: its title, with
 * what cannot be in a file name replaced. */
char *
_jd_suggest_file_name (JdDocument *document,
                       const char *extension)
{
  const char *title = jd_document_get_title (document);
  g_autofree char *base = g_strdup (title ? title : _("Job Description"));

  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, ".", extension, NULL);
}

/* Returns: (transfer full): a filter for the files of @mime_type */
GtkFileFilter *
_jd_file_filter_new (const char *name,
                     const char *mime_type,
                     const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);

  return filter;
}

/* Returns: (transfer full): the filter of the file choosers that open and
 * save documents */
GtkFileFilter *
_jd_file_filter_new_jobdesc (void)
{
  return _jd_file_filter_new (_("Job Descriptions"), "application/x-jobdesc+xml", "jobdesc");
}

/**
 * _jd_widget_add_capture_shortcuts:
 * @widget: the widget whose descendants the shortcuts must win over
 * @...: pairs of an accelerator ("<Control>z") and a detailed action
 *   name ("win.undo"), then %NULL
 *
 * Text views and entries have their own bindings for some keys (Ctrl+Z
 * for their own undo, Shift+Ctrl+Delete to delete to the end of the
 * line), which win over the window's shortcuts when they have the focus.
 * Shortcuts in the capture phase of @widget see the key first, so a key
 * does what the shortcuts window says wherever the caret is; while its
 * action is disabled the key goes on to the focus widget.
 */
void
_jd_widget_add_capture_shortcuts (GtkWidget *widget,
                                  ...)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const char *accelerator;
  va_list args;

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);

  va_start (args, widget);
  while ((accelerator = va_arg (args, const char *)) != NULL)
    {
      const char *action_name = va_arg (args, const char *);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                                              gtk_named_action_new (action_name)));
    }
  va_end (args);

  gtk_widget_add_controller (widget, controller);
}

static gboolean
pass_scroll_cb (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                gpointer                  user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step = 1;

  if (scrolled == NULL)
    return GDK_EVENT_STOP;

  /* A wheel click moves as far as it moves the view elsewhere. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);

  return GDK_EVENT_STOP;
}

/**
 * _jd_widget_pass_scroll:
 * @widget: a spin button or another widget whose value scrolling changes
 *
 * Scrolling over @widget scrolls the view around it and never changes its
 * value: a person scrolling a page does not see a setting change under
 * the pointer.
 */
void
_jd_widget_pass_scroll (GtkWidget *widget)
{
  GtkEventController *controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (pass_scroll_cb), NULL);
  gtk_widget_add_controller (widget, controller);
}

/**
 * _jd_widget_set_tooltip_text:
 * @widget: a widget
 * @text: (nullable): its tooltip
 *
 * gtk_widget_set_tooltip_text() for widgets being made. GTK 4.8 asks the
 * display where the pointer is whenever a visible widget's tooltip is
 * set, to show the new tooltip at once if the pointer is over it; on X11
 * that is a round trip to the server, about half a millisecond, for
 * every handle of every row of a long section. A widget not on screen
 * cannot be under the pointer: its tooltip is set while it is hidden,
 * which GTK does not ask about; unless it is its window's default widget,
 * which hiding would unset. (Only widgets on screen can have the focus.)
 */
void
_jd_widget_set_tooltip_text (GtkWidget  *widget,
                             const char *text)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  if (gtk_widget_get_mapped (widget) || !gtk_widget_get_visible (widget) ||
      (GTK_IS_WINDOW (root) && gtk_window_get_default_widget (GTK_WINDOW (root)) == widget))
    {
      gtk_widget_set_tooltip_text (widget, text);
      return;
    }

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, TRUE);
}

/* The colour of the review's underlines, from the theme, so they stay
 * legible when it turns dark: @error for errors, else for warnings. */
void
_jd_lookup_review_color (GtkWidget *widget,
                         gboolean   error,
                         GdkRGBA   *color)
{
  static const GdkRGBA error_fallback = { 0.75f, 0.11f, 0.16f, 1.0f };
  static const GdkRGBA warning_fallback = { 0.61f, 0.43f, 0.01f, 1.0f };
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  *color = error ? error_fallback : warning_fallback;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (context, error ? "error_color" : "warning_color", color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/**
 * _jd_lookup_mark_colors:
 * @placeholder: (out): the background of a placeholder not filled in
 * @match: (out): the background of a match of the find bar
 * @current: (out): the background of its current match
 *
 * Colours of libadwaita's palette (purple 2, yellow 3, orange 3),
 * translucent: over a light or a dark background they leave the text in
 * the theme's colour, and legible.
 */
void
_jd_lookup_mark_colors (GtkWidget *widget,
                        GdkRGBA   *placeholder,
                        GdkRGBA   *match,
                        GdkRGBA   *current)
{
  GtkStyleContext *context;

  *placeholder = (GdkRGBA) { 0.75, 0.38, 0.80, 1.0 };
  *match = (GdkRGBA) { 0.96, 0.83, 0.18, 1.0 };
  *current = (GdkRGBA) { 1.0, 0.47, 0.0, 1.0 };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_lookup_color (context, "purple_2", placeholder);
  gtk_style_context_lookup_color (context, "yellow_3", match);
  gtk_style_context_lookup_color (context, "orange_3", current);
  G_GNUC_END_IGNORE_DEPRECATIONS

  placeholder->alpha = 0.25;
  match->alpha = 0.4;
  current->alpha = 0.6;
}

/**
 * _jd_file_chooser_get_start_folder:
 * @file: (nullable): the file of the document, if it has one
 *
 * Returns: (transfer full) (nullable): where a file chooser for the
 * document starts: the folder of @file, or else the user's documents
 * folder, where a chooser without a folder would show the recent files
 */
GFile *
_jd_file_chooser_get_start_folder (GFile *file)
{
  const char *documents;

  if (file != NULL)
    {
      GFile *parent = g_file_get_parent (file);

      if (parent != NULL)
        return parent;
    }

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    return NULL;
  return g_file_new_for_path (documents);
}

/* Opens @chooser where _jd_file_chooser_get_start_folder() says. */
void
_jd_file_chooser_start_in (GtkFileChooser *chooser,
                           GFile          *file)
{
  g_autoptr(GFile) folder = _jd_file_chooser_get_start_folder (file);

  if (folder == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
}
