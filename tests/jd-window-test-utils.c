/* jd-window-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "jd-test-utils.h"

#include "jd-editor-private.h"
#include "jd-section-card-private.h"
#include "jd-sidebar.h"
#include "jd-sidebar-item.h"
#include "jd-window-test-utils.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static char *tmp_dir;

static void
stdout_to_stderr (gpointer user_data)
{
  dup2 (STDERR_FILENO, STDOUT_FILENO);
}

/* Warnings and criticals stop a test program (gtk_test_init() makes them
 * fatal). Before that, gdb, where there is one, prints the stacks of its
 * threads to stderr: a failure seen once, on a loaded CI machine, can be
 * read from the log. Stdout is the test's TAP stream, so not there. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  static gboolean printed;
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);
  g_autofree char *gdb = NULL;
  g_autofree char *pid = NULL;
  const char *argv[8];

  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0 ||
      printed || (gdb = g_find_program_in_path ("gdb")) == NULL)
    return output;

  printed = TRUE;
  pid = g_strdup_printf ("%d", (int)getpid ());
  argv[0] = gdb;
  argv[1] = "-batch";
  argv[2] = "-nx";
  argv[3] = "-p";
  argv[4] = pid;
  argv[5] = "-ex";
  argv[6] = "thread apply all bt 50";
  argv[7] = NULL;

  /* Yama lets a process trace only its descendants unless told. */
  prctl (PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0, 0, 0);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, stdout_to_stderr, NULL,
                NULL, NULL, NULL, NULL);

  return output;
}

/* Keeps the user's recent files, drafts and templates out of the tests.
 * Not G_TEST_OPTION_ISOLATE_DIRS: GTK's recent manager keeps the folder
 * of the first test for the whole program. */
void
jd_ui_test_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;

  tmp_dir = g_dir_make_tmp ("jd-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  g_log_set_writer_func (log_writer, NULL, NULL);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

const char *
jd_ui_test_tmp_dir (void)
{
  return tmp_dir;
}

char *
jd_ui_test_data_path (const char *name)
{
  return g_build_filename (g_getenv ("JD_TEST_DATA"), name, NULL);
}

void
jd_ui_test_run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

AdwMessageDialog *
jd_ui_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

void
jd_ui_test_answer_dialog (AdwMessageDialog *dialog,
                          const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_FOR (jd_ui_test_find_message_dialog () == NULL);
}

JdWindow *
jd_ui_test_new_window (void)
{
  JdWindow *window = jd_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

/* Closes @window as a user would, discarding its changes, and checks that
 * it is finalized. */
void
jd_ui_test_close_discarding (JdWindow *window)
{
  AdwMessageDialog *dialog;

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  jd_ui_test_run_pending ();
  if ((dialog = jd_ui_test_find_message_dialog ()) != NULL)
    jd_ui_test_answer_dialog (dialog, "discard");
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (window)));

  /* A closed window goes, with everything it holds: nothing it handed
   * out or connected keeps it alive. */
  jd_ui_test_run_pending ();
  g_assert_finalize_object (window);
}

guint
jd_ui_test_count_template_rows (JdWindow *window)
{
  GListModel *rows = jd_sidebar_get_rows (JD_SIDEBAR (_jd_window_get_sidebar (window)));
  guint n = g_list_model_get_n_items (rows);
  guint templates = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(JdSidebarItem) item = gtk_tree_list_row_get_item (row);

      if (jd_sidebar_item_get_kind (item) == JD_SIDEBAR_ITEM_TEMPLATE)
        templates++;
    }

  return templates;
}

JdTemplate *
jd_ui_test_first_template_row (JdWindow *window)
{
  GListModel *rows = jd_sidebar_get_rows (JD_SIDEBAR (_jd_window_get_sidebar (window)));
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 0);
  g_autoptr(JdSidebarItem) item = gtk_tree_list_row_get_item (row);

  return jd_sidebar_item_get_template (item);
}

/* Finds a template in the sidebar by search and shows it, as Ctrl+F, typing
 * and Enter do. */
void
jd_ui_test_show_template_by_search (JdWindow   *window,
                                    const char *query,
                                    const char *expected_id)
{
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  jd_sidebar_set_search_text (sidebar, query);
  g_assert_cmpstr (jd_template_get_id (jd_ui_test_first_template_row (window)), ==, expected_id);
  g_signal_emit_by_name (sidebar, "template-activated", jd_ui_test_first_template_row (window));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "template");
}

JdWindow *
jd_ui_test_window_with_template (const char *query,
                                 const char *id)
{
  JdWindow *window = jd_ui_test_new_window ();

  jd_ui_test_show_template_by_search (window, query, id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  return window;
}

/* The text of a label below @widget that contains @needle, or %NULL. */
static const char *
find_label (GtkWidget  *widget,
            const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_label (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What the window's toast says, once it shows. */
const char *
jd_ui_test_wait_for_toast (JdWindow   *window,
                           const char *needle)
{
  const char *text = NULL;

  WAIT_FOR ((text = find_label (GTK_WIDGET (window->toast_overlay), needle)) != NULL);
  return text;
}

/* Returns: (nullable): the shown button labelled @label in @widget */
GtkWidget *
jd_ui_test_find_button (GtkWidget  *widget,
                        const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = jd_ui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The button @label of the window's toast, once it shows. */
GtkWidget *
jd_ui_test_wait_for_toast_button (JdWindow   *window,
                                  const char *label)
{
  GtkWidget *button = NULL;

  WAIT_FOR ((button = jd_ui_test_find_button (GTK_WIDGET (window->toast_overlay), label)) != NULL);
  return button;
}

/* Returns: (transfer full): the text the window put on the clipboard */
char *
jd_ui_test_dup_clipboard_text (JdWindow *window)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);

  return g_value_dup_string (&value);
}

JdBlockRow *
jd_ui_test_block_row (JdWindow *window,
                      guint     section,
                      guint     block)
{
  GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), section);

  return JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (card), block));
}

void
jd_ui_test_type_into (GtkWidget  *text_view,
                      const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));

  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

gboolean
jd_ui_test_send_key (GtkWidget       *widget,
                     guint            keyval,
                     GdkModifierType  state)
{
  GList *controllers = NULL;
  gboolean handled = FALSE;
  GListModel *list = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (list, i);

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;

      /* Capture-phase controllers see the key first, as with real input. */
      if (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE)
        controllers = g_list_prepend (controllers, g_object_ref (controller));
      else
        controllers = g_list_append (controllers, g_object_ref (controller));
    }
  g_object_unref (list);

  for (GList *l = controllers; l != NULL && !handled; l = l->next)
    g_signal_emit_by_name (l->data, "key-pressed", keyval, 0, state, &handled);
  g_list_free_full (controllers, g_object_unref);

  return handled;
}

/* Whether jd_ui_test_scroll_over() can send real scroll events. */
gboolean
jd_ui_test_can_scroll (void)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
#else
  return FALSE;
#endif
}

/* Moves the X pointer over the middle of @widget and turns the wheel
 * @notches down, or up when negative: real scroll events, which reach
 * the widget under the pointer first. */
void
jd_ui_test_scroll_over (GtkWidget *widget,
                        int        notches)
{
#ifdef GDK_WINDOWING_X11
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong)gdk_x11_surface_get_xid (surface));
  g_autofree char *repeat = g_strdup_printf ("%d", ABS (notches));
  g_autofree char *x_text = NULL;
  g_autofree char *y_text = NULL;
  g_autofree char *corner_x = NULL;
  g_autofree char *corner_y = NULL;
  g_autoptr(GObject) monitor = g_list_model_get_item (gdk_display_get_monitors (gtk_widget_get_display (widget)), 0);
  g_autoptr(GError) error = NULL;
  GdkRectangle screen;
  double x, y, surface_x, surface_y;
  int status = 0;

  jd_ui_test_run_pending ();
  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native),
                                                   gtk_widget_get_width (widget) / 2.0,
                                                   gtk_widget_get_height (widget) / 2.0, &x, &y));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  x_text = g_strdup_printf ("%d", (int)(x + surface_x));
  y_text = g_strdup_printf ("%d", (int)(y + surface_y));
  gdk_monitor_get_geometry (GDK_MONITOR (monitor), &screen);
  corner_x = g_strdup_printf ("%d", screen.x + screen.width - 1);
  corner_y = g_strdup_printf ("%d", screen.y + screen.height - 1);

  {
    const char *move[] = { "xdotool", "mousemove", "--sync", "--window", xid, x_text, y_text, NULL };
    /* Buttons 4 and 5 are the wheel's up and down on X11. */
    const char *down[] = { "xdotool", "click", "--repeat", repeat, "--delay", "30", notches < 0 ? "4" : "5", NULL };
    /* Then to the corner of the screen, off the windows the tests make,
     * so that no later test starts with the pointer over a widget. */
    const char *away[] = { "xdotool", "mousemove", corner_x, corner_y, NULL };
    const char * const *commands[] = { move, down, away };

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        g_spawn_sync (NULL, (char **)commands[i], NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
        g_assert_no_error (error);
        g_assert_true (g_spawn_check_wait_status (status, NULL));
        /* Each event is handled before the next command. */
        for (guint j = 0; j < 20; j++)
          {
            g_usleep (5000);
            jd_ui_test_run_pending ();
          }
      }
  }
#else
  g_assert_not_reached ();
#endif
}
