/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives real windows through their actions, as a user would with the
 * keyboard; runs under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "jd-block-row-private.h"
#include "jd-company-profile.h"
#include "jd-document-io.h"
#include "jd-editor-private.h"
#include "jd-section-card-private.h"
#include "jd-sidebar.h"
#include "jd-sidebar-item.h"
#include "jd-template-page.h"
#include "jd-window-private.h"

static char *tmp_dir;

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("JD_TEST_DATA"), name, NULL);
}

static void
run_pending (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static AdwMessageDialog *
find_message_dialog (void)
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

static void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_FOR (find_message_dialog () == NULL);
}

static JdWindow *
new_window (void)
{
  JdWindow *window = jd_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

static void
close_discarding (JdWindow *window)
{
  AdwMessageDialog *dialog;

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  run_pending ();
  if ((dialog = find_message_dialog ()) != NULL)
    answer_dialog (dialog, "discard");
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}

static guint
count_template_rows (JdWindow *window)
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

static JdTemplate *
first_template_row (JdWindow *window)
{
  GListModel *rows = jd_sidebar_get_rows (JD_SIDEBAR (_jd_window_get_sidebar (window)));
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 0);
  g_autoptr(JdSidebarItem) item = gtk_tree_list_row_get_item (row);

  return jd_sidebar_item_get_template (item);
}

/* Finds a template in the sidebar by search and shows it, as Ctrl+F, typing
 * and Enter do. */
static void
show_template_by_search (JdWindow   *window,
                         const char *query,
                         const char *expected_id)
{
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  jd_sidebar_set_search_text (sidebar, query);
  g_assert_cmpstr (jd_template_get_id (first_template_row (window)), ==, expected_id);
  g_signal_emit_by_name (sidebar, "template-activated", first_template_row (window));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "template");
}

static void
test_window_opens (void)
{
  JdWindow *window = new_window ();
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  GListModel *rows = jd_sidebar_get_rows (sidebar);

  g_assert_nonnull (jd_window_get_document (window));
  g_assert_null (jd_window_get_file (window));
  g_assert_true (jd_window_is_pristine (window));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "empty");

  /* Categories first, collapsed; no template rows until one is expanded. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 16);
  g_assert_cmpuint (count_template_rows (window), ==, 0);
  {
    g_autoptr(GtkTreeListRow) sales = g_list_model_get_item (rows, 0);
    gtk_tree_list_row_set_expanded (sales, TRUE);
  }
  g_assert_cmpuint (count_template_rows (window), >=, 4);

  close_discarding (window);
}

static void
test_search_filters_sidebar (void)
{
  JdWindow *window = new_window ();
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  GListModel *rows = jd_sidebar_get_rows (sidebar);

  jd_sidebar_set_search_text (sidebar, "account manager");
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 4);
  g_assert_cmpuint (count_template_rows (window), ==, g_list_model_get_n_items (rows));
  g_assert_nonnull (strstr (jd_template_get_title (first_template_row (window), "en"), "Account Manager"));

  jd_sidebar_set_search_text (sidebar, "nurse");
  g_assert_cmpstr (jd_template_get_id (first_template_row (window)), ==, "registered-nurse");

  jd_sidebar_set_search_text (sidebar, "qwxyzzy");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);

  /* Clearing the search brings the categories back. */
  jd_sidebar_set_search_text (sidebar, "");
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 16);
  g_assert_cmpuint (count_template_rows (window), ==, 0);

  close_discarding (window);
}

static void
test_use_template (void)
{
  JdWindow *window = new_window ();
  JdTemplatePage *page = JD_TEMPLATE_PAGE (_jd_window_get_template_page (window));
  JdDocument *document;
  JdTemplate *template;

  show_template_by_search (window, "senior account", "senior-account-manager");
  template = jd_template_page_get_template (page);
  g_assert_cmpstr (jd_template_get_id (template), ==, "senior-account-manager");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");

  document = jd_window_get_document (window);
  g_assert_cmpstr (jd_document_get_template_id (document), ==, "senior-account-manager");
  g_assert_cmpstr (jd_document_get_title (document), ==, "Senior Account Manager");
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, 4);
  g_assert_cmpuint (jd_section_get_n_blocks (jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES)),
                    ==, jd_template_get_n_texts (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES));

  /* A card per section, a row per block. */
  g_assert_nonnull (_jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 3));
  g_assert_null (_jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 4));
  g_assert_false (jd_window_get_modified (window));
  g_assert_false (jd_window_is_pristine (window));

  close_discarding (window);
}

static JdWindow *
window_with_template (const char *query,
                      const char *id)
{
  JdWindow *window = new_window ();

  show_template_by_search (window, query, id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  return window;
}

static JdBlockRow *
block_row (JdWindow *window,
           guint     section,
           guint     block)
{
  GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), section);

  return JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (card), block));
}

static void
type_into (GtkWidget  *text_view,
           const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));

  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

static void
test_edit_undo_redo (void)
{
  JdWindow *window = window_with_template ("chef", "chef");
  JdDocument *document = jd_window_get_document (window);
  g_autoptr(JdDocument) original = jd_document_copy (document);
  JdSection *duties = jd_document_get_section (document, 1);
  JdBlockRow *row = block_row (window, 1, 0);
  g_autofree char *first = g_strdup (jd_block_get_text (jd_section_get_block (duties, 0)));
  g_autofree char *expected = g_strconcat (first, " and the wine list", NULL);
  g_autoptr(JdDocument) edited = NULL;
  guint n_blocks = jd_section_get_n_blocks (duties);

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window)) == FALSE);

  /* Type at the end of the first bullet. */
  jd_block_row_focus (row, -1);
  type_into (_jd_block_row_get_text_view (row), " and the wine list");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, expected);
  g_assert_true (jd_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Edit the heading of the first section. */
  jd_history_break (jd_window_get_history (window));
  jd_section_set_heading (jd_document_get_section (document, 0), "The role");
  edited = jd_document_copy (document);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_null (jd_section_get_heading (jd_document_get_section (document, 0)));
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));
  g_assert_false (jd_window_get_modified (window));

  /* The text view shows the model's text again. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (row)));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, first);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (jd_document_equal (document, edited));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_blocks);

  close_discarding (window);
}

static gboolean
send_key (GtkWidget       *widget,
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

static void
test_enter_and_backspace (void)
{
  JdWindow *window = window_with_template ("chef", "chef");
  JdDocument *document = jd_window_get_document (window);
  JdSection *duties = jd_document_get_section (document, 1);
  guint n_blocks = jd_section_get_n_blocks (duties);
  g_autofree char *first = g_strdup (jd_block_get_text (jd_section_get_block (duties, 0)));
  g_autofree char *second = g_strdup (jd_block_get_text (jd_section_get_block (duties, 1)));
  JdBlockRow *row = block_row (window, 1, 0);
  JdBlockRow *new_row;

  /* Enter at the end of a bullet makes a new, empty bullet after it. */
  jd_block_row_focus (row, -1);
  g_assert_true (send_key (_jd_block_row_get_text_view (row), GDK_KEY_Return, 0));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_blocks + 1);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, first);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, "");
  g_assert_cmpint (jd_block_get_kind (jd_section_get_block (duties, 1)), ==, JD_BLOCK_ITEM);
  new_row = block_row (window, 1, 1);
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (new_row)));

  /* Backspace in the empty bullet removes it. */
  g_assert_true (send_key (_jd_block_row_get_text_view (new_row), GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_blocks);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, second);

  /* Alt+Down moves a bullet down; undo puts it back. */
  row = block_row (window, 1, 0);
  g_assert_true (send_key (_jd_block_row_get_text_view (row), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, second);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, first);

  /* Dropping the first bullet on the third moves it there. */
  {
    GtkWidget *target = GTK_WIDGET (block_row (window, 1, 2));
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (target);
    GtkDropTarget *drop = NULL;
    GValue value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && drop == NULL; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          drop = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (drop);

    g_value_init (&value, JD_TYPE_BLOCK);
    g_value_set_object (&value, jd_section_get_block (duties, 0));
    g_signal_emit_by_name (drop, "drop", &value, 0.0, 0.0, &accepted);
    g_value_unset (&value);
    g_assert_true (accepted);
    g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 2)), ==, first);
    g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, second);
  }

  close_discarding (window);
}

static void
test_remove_section_and_undo (void)
{
  JdWindow *window = window_with_template ("pharmacist", "pharmacist");
  JdDocument *document = jd_window_get_document (window);
  g_autoptr(JdDocument) original = jd_document_copy (document);
  GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 1);
  guint n = jd_document_get_n_sections (document);

  gtk_widget_activate_action (card, "section.remove", NULL);
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, n - 1);
  g_assert_null (jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));
  g_assert_nonnull (_jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), n - 1));

  /* Adding a section of a kind from the menu. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-section", "s", "benefits");
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, n + 1);
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, n)), ==, JD_SECTION_BENEFITS);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));

  /* Moving a section up. */
  card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 2);
  gtk_widget_activate_action (card, "section.move-up", NULL);
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, 1)), ==, JD_SECTION_REQUIREMENTS);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));

  close_discarding (window);
}

static void
test_save_close_reopen (void)
{
  JdWindow *window = window_with_template ("teacher", "teacher");
  g_autofree char *path = g_build_filename (tmp_dir, "teacher.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) saved = NULL;
  JdDocument *document = jd_window_get_document (window);
  JdWindow *reopened;

  jd_document_set_company_name (document, "Example School & Co");
  g_assert_true (jd_window_get_modified (window));

  jd_window_save_to (window, file);
  WAIT_FOR (!jd_window_get_modified (window));
  g_assert_true (g_file_equal (jd_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "teacher.jobdesc");
  saved = jd_document_copy (document);

  /* Closing an unmodified document asks nothing. */
  gtk_window_close (GTK_WINDOW (window));
  run_pending ();
  g_assert_null (find_message_dialog ());

  reopened = new_window ();
  jd_window_open_file (reopened, file);
  WAIT_FOR (jd_window_get_file (reopened) != NULL);
  g_assert_true (jd_document_equal (jd_window_get_document (reopened), saved));
  g_assert_cmpstr (_jd_window_get_visible_page (reopened), ==, "editor");
  g_assert_false (jd_window_get_modified (reopened));

  close_discarding (reopened);
}

static void
test_unsaved_changes_dialog (void)
{
  JdWindow *window = window_with_template ("paralegal", "paralegal");
  g_autofree char *path = g_build_filename (tmp_dir, "paralegal.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) loaded = NULL;
  AdwMessageDialog *dialog;

  jd_window_save_to (window, file);
  WAIT_FOR (!jd_window_get_modified (window) && jd_window_get_file (window) != NULL);
  jd_document_set_title (jd_window_get_document (window), "Senior Paralegal");

  /* Cancel keeps the window and the changes. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "paralegal.jobdesc"));
  answer_dialog (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (jd_window_get_modified (window));

  /* Save writes the file and closes. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  answer_dialog (dialog, "save");
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);

  loaded = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (loaded), ==, "Senior Paralegal");
}

static void
test_open_broken_file (void)
{
  JdWindow *window = new_window ();
  g_autofree char *broken_path = data_path ("item-in-metadata.jobdesc");
  g_autofree char *good_path = data_path ("valid-small.jobdesc");
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  JdDocument *before;
  AdwMessageDialog *dialog;

  before = jd_window_get_document (window);

  jd_window_open_file (window, broken);
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);

  /* The dialog names the file, the line and the problem... */
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "item-in-metadata.jobdesc"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Line 6"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "<item> is not allowed inside <metadata>"));

  /* ...and the window's document is untouched. */
  g_assert_true (jd_window_get_document (window) == before);
  g_assert_null (jd_window_get_file (window));
  answer_dialog (dialog, "close");

  /* The window is still usable. */
  jd_window_open_file (window, good);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Account Manager");

  close_discarding (window);
}

static void
test_sidebar_toggle (void)
{
  JdWindow *window = new_window ();
  gboolean shown;

  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_true (shown);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_false (shown);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_true (shown);

  close_discarding (window);
}

/* Files given on the command line or dropped on a window open in the
 * window that holds nothing yet, then in new windows. */
static void
test_application_open_and_drop (void)
{
  g_autoptr(JdApplication) app = jd_application_new ();
  g_autofree char *path = data_path ("valid-small.jobdesc");
  g_autofree char *golden = data_path ("golden.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) second = g_file_new_for_path (golden);
  GFile *files[] = { file };
  GList *windows;
  JdWindow *window;
  GtkDropTarget *drop = NULL;
  GListModel *controllers;
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_application_open (G_APPLICATION (app), files, 1, "");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = windows->data;
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_true (g_file_equal (jd_window_get_file (window), file));

  /* The application's shortcuts window and actions reach the window. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "open"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  /* Dropping a file on a window that has a document opens a new one. */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && drop == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        drop = GTK_DROP_TARGET (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (drop);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, g_slist_prepend (NULL, g_object_ref (second)));
  g_signal_emit_by_name (drop, "drop", &value, 0.0, 0.0, &handled);
  g_value_unset (&value);
  g_assert_true (handled);

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    WAIT_FOR (jd_window_get_file (l->data) != NULL);

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    close_discarding (windows->data);
}

static void
test_outside_change (void)
{
  JdWindow *window = window_with_template ("recruiter", "recruiter");
  g_autofree char *path = g_build_filename (tmp_dir, "recruiter.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) other = NULL;
  g_autoptr(JdDocument) on_disk = NULL;
  AdwMessageDialog *dialog;

  jd_window_save_to (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL && !jd_window_get_modified (window));
  g_assert_false (_jd_window_get_outside_change (window));

  /* Another program writes the file: the bar appears... */
  other = jd_document_copy (jd_window_get_document (window));
  jd_document_set_title (other, "Talent Partner");
  g_assert_true (jd_document_save (other, file, NULL, NULL, NULL));
  WAIT_FOR (_jd_window_get_outside_change (window));

  /* ...and Reload shows the new content, unmodified. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  WAIT_FOR (g_strcmp0 (jd_document_get_title (jd_window_get_document (window)), "Talent Partner") == 0);
  g_assert_true (jd_document_equal (jd_window_get_document (window), other));
  g_assert_false (jd_window_get_modified (window));
  g_assert_false (_jd_window_get_outside_change (window));

  /* Saving over a file that changed since asks first. */
  jd_document_set_title (other, "Senior Talent Partner");
  g_assert_true (jd_document_save (other, file, NULL, NULL, NULL));
  WAIT_FOR (_jd_window_get_outside_change (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-version", NULL);
  jd_document_set_department (jd_window_get_document (window), "People");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "recruiter.jobdesc"));

  /* Cancel leaves the other program's version alone. */
  answer_dialog (dialog, "cancel");
  on_disk = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (on_disk), ==, "Senior Talent Partner");
  g_clear_object (&on_disk);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  answer_dialog (dialog, "overwrite");
  WAIT_FOR (!jd_window_get_modified (window));
  on_disk = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (on_disk), ==, "Talent Partner");
  g_assert_cmpstr (jd_document_get_department (on_disk), ==, "People");

  close_discarding (window);
}

static void
test_company_profile_in_new_documents (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) empty = g_variant_ref_sink (g_variant_new ("a{sa{ss}}", NULL));
  JdTemplatePage *page;
  JdDocument *document;
  JdWindow *window;
  const char *benefits[] = { "Thirty days of leave", "A bike to work", NULL };

  g_settings_set_string (settings, "company-name", "Example Clinics");
  g_settings_set_string (settings, "company-about", "We run four clinics.");
  g_settings_set_strv (settings, "company-benefits", benefits);
  g_settings_set_value (settings, "company-translations",
                        g_variant_new_parsed ("{'de': {'company-about': 'Wir betreiben vier Praxen.'}}"));

  window = new_window ();
  show_template_by_search (window, "pharmacist", "pharmacist");
  page = JD_TEMPLATE_PAGE (_jd_window_get_template_page (window));
  jd_template_page_set_language (page, "de");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);

  document = jd_window_get_document (window);
  g_assert_cmpstr (jd_document_get_language (document), ==, "de");
  g_assert_cmpstr (jd_document_get_company_name (document), ==, "Example Clinics");
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, 0)), ==, JD_SECTION_ABOUT);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (jd_document_get_section (document, 0), 0)),
                   ==, "Wir betreiben vier Praxen.");
  g_assert_cmpuint (jd_section_get_n_blocks (jd_document_find_section (document, JD_SECTION_BENEFITS)), ==, 2);

  /* The editor inserts a section from the profile where it is wanted. */
  jd_history_break (jd_window_get_history (window));
  {
    GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 0);
    gtk_widget_activate_action (card, "section.remove", NULL);
  }
  g_assert_null (jd_document_find_section (document, JD_SECTION_ABOUT));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.insert-company-section", "s", "about");
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, 0)), ==, JD_SECTION_ABOUT);

  g_settings_reset (settings, "company-name");
  g_settings_reset (settings, "company-about");
  g_settings_reset (settings, "company-benefits");
  g_settings_set_value (settings, "company-translations", empty);
  close_discarding (window);
}

static void
test_translate_document (void)
{
  JdWindow *window = window_with_template ("account manager", "account-manager");
  JdDocument *document = jd_window_get_document (window);
  JdSection *duties = jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES);
  JdBlock *changed = jd_section_get_block (duties, 0);
  JdBlock *untouched = jd_section_get_block (duties, 1);
  JdLibrary *library = jd_window_get_library (window);
  JdTemplate *template = jd_library_lookup (library, "account-manager");
  g_autoptr(JdDocument) before = NULL;

  jd_block_set_text (changed, "Look after our twelve largest customers in the Nordics");
  before = jd_document_copy (document);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.translate", "s", "de");
  g_assert_cmpstr (jd_document_get_language (document), ==, "de");
  g_assert_cmpstr (jd_document_get_title (document), ==, jd_template_get_title (template, "de"));
  g_assert_cmpstr (jd_block_get_text (untouched), ==,
                   jd_template_get_text (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 1, "de"));
  g_assert_false (jd_block_get_needs_translation (untouched));

  /* The user's words stay, marked, shown with the template's wording. */
  g_assert_cmpstr (jd_block_get_text (changed), ==, "Look after our twelve largest customers in the Nordics");
  g_assert_true (jd_block_get_needs_translation (changed));
  g_assert_nonnull (strstr (_jd_block_row_get_translation_hint (block_row (window, 1, 0)),
                            jd_template_get_text (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 0, "de")));
  g_assert_null (_jd_block_row_get_translation_hint (block_row (window, 1, 1)));

  /* One undo step takes it all back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, before));

  close_discarding (window);
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_child_of_type (GtkWidget *root,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The preferences write GSettings and apply at once. */
static void
test_preferences (void)
{
  g_autoptr(JdApplication) app = jd_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *name = NULL;
  g_autofree char *about = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *preferences = NULL;
  GListModel *toplevels;
  GtkWidget *row;
  JdWindow *window;

  g_application_set_application_id (G_APPLICATION (app), APP_ID ".PreferencesTest");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = jd_window_new (app);
  gtk_window_present (GTK_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && preferences == NULL; i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (toplevel))
        preferences = GTK_WIDGET (toplevel);
    }
  g_assert_nonnull (preferences);

  row = find_row (preferences, ADW_TYPE_ENTRY_ROW, "Company Name");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Example Clinics");
  name = g_settings_get_string (settings, "company-name");
  g_assert_cmpstr (name, ==, "Example Clinics");

  /* Texts for one language go to its translations. */
  row = find_row (preferences, ADW_TYPE_COMBO_ROW, "Texts For");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3 /* el */);
  row = find_row (preferences, ADW_TYPE_ENTRY_ROW, "Company Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (row), "Κλινικές Παράδειγμα");
  about = jd_company_profile_get (settings, JD_COMPANY_NAME, "el");
  g_assert_cmpstr (about, ==, "Κλινικές Παράδειγμα");
  g_free (name);
  name = g_settings_get_string (settings, "company-name");
  g_assert_cmpstr (name, ==, "Example Clinics");

  /* The style applies at once. */
  row = find_row (preferences, ADW_TYPE_COMBO_ROW, "Style");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  /* The draft delay too. */
  row = find_row (preferences, ADW_TYPE_ACTION_ROW, "Keep a Draft After");
  g_assert_nonnull (row);
  {
    GtkWidget *spin = find_child_of_type (row, GTK_TYPE_SPIN_BUTTON);

    g_assert_nonnull (spin);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 10);
    g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 10);
  }

  /* New documents start in the language of the preferences. */
  row = find_row (preferences, ADW_TYPE_COMBO_ROW, "Language of New Documents");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 5 /* fr */);
  {
    g_autofree char *lang = g_settings_get_string (settings, "document-language");
    g_assert_cmpstr (lang, ==, "fr");
  }
  show_template_by_search (window, "chef", "chef");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  g_assert_cmpstr (jd_document_get_language (jd_window_get_document (window)), ==, "fr");
  g_assert_cmpstr (jd_document_get_company_name (jd_window_get_document (window)), ==, "Example Clinics");

  g_settings_reset (settings, "company-name");
  g_settings_reset (settings, "company-translations");
  g_settings_reset (settings, "autosave-delay");
  g_settings_reset (settings, "document-language");
  gtk_window_destroy (GTK_WINDOW (preferences));
  close_discarding (window);
}

/* Find a template, use it, edit, save: with the keyboard alone. */
static void
test_keyboard_flow (void)
{
  JdWindow *window = new_window ();
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  g_autofree char *path = g_build_filename (tmp_dir, "keyboard.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *focus;
  GtkWidget *entry;

  /* Ctrl+F puts the cursor in the search... */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  entry = gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  /* ...typing and Enter show the best match... */
  jd_sidebar_set_search_text (sidebar, "data engineer");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "template");

  /* ...Enter on the focused button uses it, and typing goes to the title. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.use-template");
  /* Enter on a button presses it, then releases it a moment later. */
  gtk_widget_activate (focus);
  WAIT_FOR (g_strcmp0 (_jd_window_get_visible_page (window), "editor") == 0);
  g_assert_cmpstr (jd_document_get_template_id (jd_window_get_document (window)), ==, "data-engineer");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), "Senior Data Engineer");
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Senior Data Engineer");

  jd_window_save_to (window, file);
  WAIT_FOR (!jd_window_get_modified (window));
  close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* Keep the user's recent files and templates out of the test. */
  tmp_dir = g_dir_make_tmp ("jd-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/search-filters-sidebar", test_search_filters_sidebar);
  g_test_add_func ("/window/use-template", test_use_template);
  g_test_add_func ("/window/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/window/enter-and-backspace", test_enter_and_backspace);
  g_test_add_func ("/window/remove-section-and-undo", test_remove_section_and_undo);
  g_test_add_func ("/window/save-close-reopen", test_save_close_reopen);
  g_test_add_func ("/window/unsaved-changes-dialog", test_unsaved_changes_dialog);
  g_test_add_func ("/window/open-broken-file", test_open_broken_file);
  g_test_add_func ("/window/sidebar-toggle", test_sidebar_toggle);
  g_test_add_func ("/window/application-open-and-drop", test_application_open_and_drop);
  g_test_add_func ("/window/outside-change", test_outside_change);
  g_test_add_func ("/window/company-profile-in-new-documents", test_company_profile_in_new_documents);
  g_test_add_func ("/window/translate-document", test_translate_document);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/keyboard-flow", test_keyboard_flow);

  ret = g_test_run ();

  return ret;
}
