/* test-window-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review pane of a real window: shown by its action, it lists the
 * findings of the open document; a finding selects its text in the
 * editor, a suggestion replaces it as one step of undo, "Ignore" hides
 * it and the file keeps that. Runs under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include "jd-document-io.h"
#include "jd-editor-private.h"
#include "jd-metadata-form.h"
#include "jd-review-pane-private.h"
#include "jd-window-test-utils.h"

#define POSTING \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n" \
  "  <metadata>\n" \
  "    <title>Backend Developer</title>\n" \
  "    <language>en</language>\n" \
  "    <company>Example Ltd</company>\n" \
  "  </metadata>\n" \
  "  <section kind=\"brief\">\n" \
  "    <p>We build tools for small shops.</p>\n" \
  "  </section>\n" \
  "  <section kind=\"requirements\">\n" \
  "    <item>You are a rockstar with Python.</item>\n" \
  "    <item>You are a ninja with SQL.</item>\n" \
  "  </section>\n" \
  "</jobdesc>\n"

static GFile *
write_posting (const char *name)
{
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, POSTING, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static JdWindow *
open_posting (GFile *file)
{
  JdWindow *window = jd_ui_test_new_window ();

  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");
  return window;
}

/* Returns: (transfer none) (nullable): the row of the first finding that
 * covers @text */
static JdFindingRow *
find_row (JdWindow   *window,
          const char *text)
{
  GPtrArray *rows = _jd_review_pane_get_rows (JD_REVIEW_PANE (_jd_window_get_review_pane (window)));

  for (guint i = 0; i < rows->len; i++)
    {
      JdFindingRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (jd_finding_get_text (jd_finding_row_get_finding (row)), text) == 0 &&
          gtk_widget_get_mapped (GTK_WIDGET (row)))
        return row;
    }

  return NULL;
}

static char *
block_text (JdWindow *window,
            guint     section,
            guint     block)
{
  JdBlockRow *row = jd_ui_test_block_row (window, section, block);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (row)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The button of @row whose label is @label. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_show_select_apply_undo (void)
{
  g_autoptr(GFile) file = write_posting ("select.jobdesc");
  JdWindow *window = open_posting (file);
  GtkWidget *pane = _jd_window_get_review_pane (window);
  JdBlockRow *block_row;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  JdFindingRow *row;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;

  g_assert_false (gtk_widget_get_mapped (pane));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-review", NULL);
  WAIT_FOR (gtk_widget_get_mapped (pane) && find_row (window, "rockstar") != NULL);
  g_assert_nonnull (find_row (window, "ninja"));
  g_assert_cmpuint (jd_review_count_category (jd_review_pane_get_review (JD_REVIEW_PANE (pane)),
                                              JD_REVIEW_CATEGORY_CLICHE), ==, 2);
  g_assert_true (g_ascii_isdigit (_jd_review_pane_get_score_text (JD_REVIEW_PANE (pane))[0]));

  /* The setting remembers the pane. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_assert_true (g_settings_get_boolean (settings, "show-review"));
  }

  /* The finding's text is underlined in its block. */
  block_row = jd_ui_test_block_row (window, 1, 1);
  {
    JdFinding *finding = jd_finding_row_get_finding (find_row (window, "ninja"));
    gboolean error = jd_finding_get_severity (finding) == JD_SEVERITY_ERROR;

    g_assert_cmpint (jd_finding_get_section (finding), ==, 1);
    g_assert_cmpint (jd_finding_get_block (finding), ==, 1);
    g_assert_true (_jd_block_row_has_highlight (block_row, 10, 15, error));
    g_assert_false (_jd_block_row_has_highlight (block_row, 0, 3, error));
  }

  /* Activating the finding selects "ninja" in the second requirement. */
  g_signal_emit_by_name (find_row (window, "ninja"), "activate");
  jd_ui_test_run_pending ();
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (block_row)));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 10);
  g_assert_cmpint (gtk_text_iter_get_offset (&end), ==, 15);
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (block_row)));

  /* A suggestion replaces the text, and the review follows. */
  before = block_text (window, 1, 0);
  g_assert_cmpstr (before, ==, "You are a rockstar with Python.");
  row = find_row (window, "rockstar");
  click (find_button (GTK_WIDGET (row), "expert"));
  WAIT_FOR (find_row (window, "rockstar") == NULL);
  after = block_text (window, 1, 0);
  g_assert_cmpstr (after, ==, "You are a expert with Python.");
  g_assert_nonnull (find_row (window, "ninja"));

  /* One undo brings it back, and its finding too. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  undone = block_text (window, 1, 0);
  g_assert_cmpstr (undone, ==, "You are a rockstar with Python.");
  WAIT_FOR (find_row (window, "rockstar") != NULL);

  /* Hiding the pane takes the underlines away. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-review", NULL);
  WAIT_FOR (!_jd_block_row_has_highlight (block_row, 10, 15, TRUE) &&
            !_jd_block_row_has_highlight (block_row, 10, 15, FALSE));

  jd_ui_test_close_discarding (window);
}

static void
test_ignore_saved (void)
{
  g_autoptr(GFile) file = write_posting ("ignore.jobdesc");
  JdWindow *window = open_posting (file);
  g_autoptr(JdDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  JdFindingRow *row;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *contents = NULL;

  g_object_set (window, "show-review", TRUE, NULL);
  WAIT_FOR (find_row (window, "ninja") != NULL);

  row = find_row (window, "ninja");
  click (find_button (GTK_WIDGET (row), "_Ignore"));
  WAIT_FOR (find_row (window, "ninja") == NULL);
  g_assert_nonnull (find_row (window, "rockstar"));
  g_assert_true (jd_document_is_finding_ignored (jd_window_get_document (window),
                                                 "cliche", "requirements", "ninja"));
  g_assert_true (jd_window_get_modified (window));

  /* Ignoring is a step of undo like any other. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  WAIT_FOR (find_row (window, "ninja") != NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  WAIT_FOR (find_row (window, "ninja") == NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR (!jd_window_get_modified (window));

  /* The file says so, read back by the document reader and as text. */
  on_disk = jd_document_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_is_finding_ignored (on_disk, "cliche", "requirements", "ninja"));
  g_assert_false (jd_document_is_finding_ignored (on_disk, "cliche", "requirements", "rockstar"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, ">ninja</ignore>"));

  jd_ui_test_close_discarding (window);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Typing keeps the rows of the findings that stay, so the pane keeps its
 * focus and scrolling; a row whose finding is applied hands the focus to
 * the next one. */
static void
test_rows_kept (void)
{
  g_autoptr(GFile) file = write_posting ("kept.jobdesc");
  JdWindow *window = open_posting (file);
  JdReviewPane *pane = JD_REVIEW_PANE (_jd_window_get_review_pane (window));
  JdBlockRow *block_row;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  JdFindingRow *ninja;
  JdFindingRow *rockstar;
  guint reviews = 0;

  g_object_set (window, "show-review", TRUE, NULL);
  WAIT_FOR ((ninja = find_row (window, "ninja")) != NULL);
  rockstar = find_row (window, "rockstar");
  g_assert_cmpint (jd_finding_get_start (jd_finding_row_get_finding (ninja)), ==, 10);

  /* Words typed before "ninja" move it; its row stays. */
  block_row = jd_ui_test_block_row (window, 1, 1);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (block_row)));
  /* Counted, not compared: a new review may take the old one's address. */
  g_signal_connect_swapped (pane, "notify::review", G_CALLBACK (count_cb), &reviews);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, "Also, ", -1);
  WAIT_FOR (reviews > 0);
  g_assert_true (find_row (window, "ninja") == ninja);
  g_assert_true (find_row (window, "rockstar") == rockstar);
  /* The row of the length gives the new count. */
  {
    GPtrArray *rows = _jd_review_pane_get_rows (pane);
    gboolean counted = FALSE;

    for (guint i = 0; i < rows->len; i++)
      {
        JdFinding *finding = jd_finding_row_get_finding (g_ptr_array_index (rows, i));

        if (g_strcmp0 (jd_finding_get_rule (finding), "length.short") == 0)
          counted = strstr (jd_finding_get_message (finding), "21 words") != NULL;
      }
    g_assert_true (counted);
  }
  g_assert_cmpint (jd_finding_get_start (jd_finding_row_get_finding (ninja)), ==, 16);
  g_assert_true (_jd_block_row_has_highlight (block_row, 16, 21,
                                              jd_finding_get_severity (jd_finding_row_get_finding (ninja)) ==
                                              JD_SEVERITY_ERROR));

  /* Applying a suggestion from the keyboard leaves the focus in the list. */
  gtk_widget_grab_focus (GTK_WIDGET (rockstar));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (rockstar)));
  click (find_button (GTK_WIDGET (rockstar), "expert"));
  WAIT_FOR (find_row (window, "rockstar") == NULL);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_get_ancestor (focus, JD_TYPE_FINDING_ROW) == GTK_WIDGET (find_row (window, "ninja")));
  }

  g_signal_handlers_disconnect_by_data (pane, &reviews);
  jd_ui_test_close_discarding (window);
}

/* The pane takes no width a narrow window lacks: it opens over the
 * editor, and goes once a finding is picked there. */
static void
test_narrow (void)
{
  g_autoptr(GFile) file = write_posting ("narrow.jobdesc");
  JdWindow *window = open_posting (file);
  JdFindingRow *row;
  GtkWidget *pane;
  GtkWidget *editor;
  gboolean shown = FALSE;
  int without = 0, with = 0;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &without, NULL, NULL, NULL);
  g_object_set (window, "show-review", TRUE, NULL);
  WAIT_FOR (find_row (window, "ninja") != NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &with, NULL, NULL, NULL);
  g_assert_cmpint (with, ==, without);
  jd_ui_test_close_discarding (window);

  /* A window as narrow as it goes. */
  window = jd_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), without, 700);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);

  g_object_set (window, "show-review", TRUE, NULL);
  g_object_get (window, "show-review", &shown, NULL);
  g_assert_true (shown);
  WAIT_FOR ((row = find_row (window, "ninja")) != NULL);
  pane = _jd_window_get_review_pane (window);
  editor = jd_window_get_editor (window);
  /* Over the editor, which keeps its width. */
  WAIT_FOR (GTK_IS_OVERLAY (gtk_widget_get_parent (gtk_widget_get_parent (pane))));
  jd_ui_test_run_pending ();
  WAIT_FOR (gtk_widget_get_width (pane) >= 300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <, without + 40);
  g_assert_cmpint (gtk_widget_get_width (editor), >=, 360);
  g_assert_cmpint (gtk_widget_get_width (editor), >, gtk_widget_get_width (GTK_WIDGET (window)) - 100);

  g_signal_emit_by_name (row, "activate");
  jd_ui_test_run_pending ();
  g_object_get (window, "show-review", &shown, NULL);
  g_assert_false (shown);
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 1, 1))));

  /* A wide window has it beside the sections again. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  g_object_set (window, "show-review", TRUE, NULL);
  WAIT_FOR (GTK_IS_PANED (gtk_widget_get_parent (gtk_widget_get_parent (pane))) ||
            gtk_widget_get_width (GTK_WIDGET (window)) < 1000);

  jd_ui_test_close_discarding (window);
}

/* A title finding selects its text in the title field. */
static void
test_title_finding (void)
{
  g_autoptr(GFile) file = write_posting ("title.jobdesc");
  JdWindow *window = open_posting (file);
  JdFindingRow *row;
  GtkWidget *title;
  int start = -1, end = -1;

  jd_document_set_title (jd_window_get_document (window), "Ninja Developer");
  g_object_set (window, "show-review", TRUE, NULL);
  WAIT_FOR ((row = find_row (window, "Ninja")) != NULL);
  g_assert_cmpstr (jd_finding_get_field (jd_finding_row_get_finding (row)), ==, "title");

  /* The title field underlines it, as the blocks do. */
  {
    JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
    gboolean error = jd_finding_get_severity (jd_finding_row_get_finding (row)) == JD_SEVERITY_ERROR;

    WAIT_FOR (_jd_editor_get_title_underline (editor, 0) != PANGO_UNDERLINE_NONE);
    g_assert_cmpint (_jd_editor_get_title_underline (editor, 4), ==,
                     error ? PANGO_UNDERLINE_ERROR : PANGO_UNDERLINE_SINGLE);
    g_assert_cmpint (_jd_editor_get_title_underline (editor, 5), ==, PANGO_UNDERLINE_NONE);
    g_assert_cmpint (_jd_editor_get_title_underline (editor, 8), ==, PANGO_UNDERLINE_NONE);
  }

  g_signal_emit_by_name (row, "activate");
  jd_ui_test_run_pending ();
  title = GTK_WIDGET (gtk_widget_get_template_child (_jd_editor_get_form (JD_EDITOR (jd_window_get_editor (window))),
                                                     JD_TYPE_METADATA_FORM, "title_row"));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (title), &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 5);

  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-review/show-select-apply-undo", test_show_select_apply_undo);
  g_test_add_func ("/window-review/ignore-saved", test_ignore_saved);
  g_test_add_func ("/window-review/rows-kept", test_rows_kept);
  g_test_add_func ("/window-review/narrow", test_narrow);
  g_test_add_func ("/window-review/title-finding", test_title_finding);

  return jd_test_run ();
}
