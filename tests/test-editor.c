/* test-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing in a real window: typing, undo and redo, Enter and Backspace
 * in blocks, sections removed and brought back, the keyboard alone.
 * Runs under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include "jd-block-row-private.h"
#include "jd-document-io.h"
#include "jd-editor-private.h"
#include "jd-finding-private.h"
#include "jd-metadata-form-private.h"
#include "jd-review-pane.h"
#include "jd-section-card-private.h"
#include "jd-sidebar.h"
#include "jd-template-page.h"
#include "jd-window-private.h"
#include "jd-window-test-utils.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

static void
test_edit_undo_redo (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("chef de partie", "chef-de-partie");
  JdDocument *document = jd_window_get_document (window);
  g_autoptr(JdDocument) original = jd_document_copy (document);
  JdSection *duties = jd_document_get_section (document, 1);
  JdBlockRow *row = jd_ui_test_block_row (window, 1, 0);
  g_autofree char *first = g_strdup (jd_block_get_text (jd_section_get_block (duties, 0)));
  g_autofree char *expected = g_strconcat (first, " and the wine list", NULL);
  g_autoptr(JdDocument) edited = NULL;
  guint n_blocks = jd_section_get_n_blocks (duties);

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window)) == FALSE);

  /* Type at the end of the first bullet. */
  jd_block_row_focus (row, -1);
  jd_ui_test_type_into (_jd_block_row_get_text_view (row), " and the wine list");
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

  jd_ui_test_close_discarding (window);
}

static void
test_enter_and_backspace (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("chef de partie", "chef-de-partie");
  JdDocument *document = jd_window_get_document (window);
  JdSection *duties = jd_document_get_section (document, 1);
  guint n_blocks = jd_section_get_n_blocks (duties);
  g_autofree char *first = g_strdup (jd_block_get_text (jd_section_get_block (duties, 0)));
  g_autofree char *second = g_strdup (jd_block_get_text (jd_section_get_block (duties, 1)));
  JdBlockRow *row = jd_ui_test_block_row (window, 1, 0);
  JdBlockRow *new_row;

  /* Enter at the end of a bullet makes a new, empty bullet after it. */
  jd_block_row_focus (row, -1);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_Return, 0));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_blocks + 1);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, first);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, "");
  g_assert_cmpint (jd_block_get_kind (jd_section_get_block (duties, 1)), ==, JD_BLOCK_ITEM);
  new_row = jd_ui_test_block_row (window, 1, 1);
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (new_row)));

  /* An empty block says what to write in it, until something is. */
  g_assert_cmpstr (_jd_block_row_get_hint (new_row), ==, "Write a bullet point");
  g_assert_null (_jd_block_row_get_hint (row));
  jd_ui_test_type_into (_jd_block_row_get_text_view (new_row), "x");
  g_assert_null (_jd_block_row_get_hint (new_row));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (new_row))), "", -1);
  g_assert_cmpstr (_jd_block_row_get_hint (new_row), ==, "Write a bullet point");

  /* Backspace in the empty bullet removes it. */
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (new_row), GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_blocks);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, second);

  /* Alt+Down moves a bullet down; undo puts it back. */
  row = jd_ui_test_block_row (window, 1, 0);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, second);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, first);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, first);

  /* Dropping the first bullet on the third moves it there. */
  {
    GtkWidget *target = GTK_WIDGET (jd_ui_test_block_row (window, 1, 2));
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

  jd_ui_test_close_discarding (window);
}

static gboolean
has_caret (JdBlockRow *row,
           int         offset)
{
  int start, end;

  if (!gtk_widget_has_focus (_jd_block_row_get_text_view (row)))
    return FALSE;
  _jd_block_row_get_selection (row, &start, &end);
  return start == offset && end == offset;
}

/* Up on the first line of a block and Down on its last go to the block
 * before or after, across sections; Backspace at the start of a bullet
 * joins it to the one before, one step of undo. */
static void
test_arrows_and_merge (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("chef de partie", "chef-de-partie");
  JdDocument *document = jd_window_get_document (window);
  JdSection *brief = jd_document_get_section (document, 0);
  JdSection *duties = jd_document_get_section (document, 1);
  JdSection *next = jd_document_get_section (document, 2);
  guint n_brief = jd_section_get_n_blocks (brief);
  guint n_duties = jd_section_get_n_blocks (duties);
  g_autoptr(JdDocument) before = NULL;
  JdBlockRow *row;

  g_assert_cmpuint (n_duties, >=, 3);
  g_assert_cmpuint (jd_section_get_n_blocks (next), >, 0);
  /* One line each, whatever the width. */
  jd_block_set_text (jd_section_get_block (duties, 0), "Prep");
  jd_block_set_text (jd_section_get_block (duties, 1), "Cook");
  jd_block_set_text (jd_section_get_block (duties, n_duties - 1), "Clean");
  jd_block_set_text (jd_section_get_block (brief, 0), "Brief");
  jd_history_break (jd_window_get_history (window));
  jd_ui_test_run_pending ();

  /* Down from the first bullet to the second, Up back. */
  row = jd_ui_test_block_row (window, 1, 0);
  jd_block_row_focus (row, 0);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_Down, 0));
  g_assert_true (has_caret (jd_ui_test_block_row (window, 1, 1), 0));
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 1, 1)),
                                      GDK_KEY_Up, 0));
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (row)));

  /* Up from the first bullet of a section to the last block of the one
   * before; Down from the last bullet to the first of the next. */
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_Up, 0));
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 0, n_brief - 1))));
  row = jd_ui_test_block_row (window, 1, n_duties - 1);
  jd_block_row_focus (row, -1);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_Down, 0));
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 2, 0))));

  /* At the top of the document the caret goes to the start of its block. */
  row = jd_ui_test_block_row (window, 0, 0);
  jd_block_row_focus (row, -1);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_Up, 0));
  g_assert_true (has_caret (row, 0));

  /* Backspace at the start of the second bullet joins it to the first,
   * the caret where they meet. */
  before = jd_document_copy (document);
  row = jd_ui_test_block_row (window, 1, 1);
  jd_block_row_focus (row, 0);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_duties - 1);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, "PrepCook");
  g_assert_true (has_caret (jd_ui_test_block_row (window, 1, 0), 4));

  /* At the start of a section's first block it does nothing. */
  row = jd_ui_test_block_row (window, 1, 0);
  jd_block_row_focus (row, 0);
  g_assert_true (jd_ui_test_send_key (_jd_block_row_get_text_view (row), GDK_KEY_BackSpace, 0));
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, n_duties - 1);

  /* One undo brings both bullets back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, before));

  jd_ui_test_close_discarding (window);
}

static void
test_remove_section_and_undo (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("pharmacist", "pharmacist");
  JdDocument *document = jd_window_get_document (window);
  g_autoptr(JdDocument) original = jd_document_copy (document);
  GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 1);
  guint n = jd_document_get_n_sections (document);

  gtk_widget_activate_action (card, "section.remove", NULL);
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, n - 1);
  g_assert_null (jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES));

  /* A toast names it, and its Undo brings it back; the toast goes once
   * the click is over. */
  {
    GtkWidget *undo;

    g_assert_cmpstr (jd_ui_test_wait_for_toast (window, "removed"), ==, "“Responsibilities” removed");
    undo = g_object_ref (jd_ui_test_wait_for_toast_button (window, "_Undo"));
    g_signal_emit_by_name (undo, "clicked");
    g_assert_true (jd_document_equal (document, original));
    g_assert_nonnull (_jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), n - 1));
    WAIT_FOR (!gtk_widget_get_mapped (undo));
    g_object_unref (undo);
  }

  gtk_widget_activate_action (card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 1),
                              "section.remove", NULL);
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

  jd_ui_test_close_discarding (window);
}

static GtkAdjustment *
editor_adjustment (JdWindow *window)
{
  GtkWidget *editor = jd_window_get_editor (window);
  GObject *scroller = gtk_widget_get_template_child (editor, JD_TYPE_EDITOR, "scroller");

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* Lets the window lay itself out and draw a few frames. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 300 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Where @widget is in what the editor scrolls. */
static gboolean
bounds_in_content (GtkWidget       *widget,
                   graphene_rect_t *bounds)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);

  g_assert_nonnull (viewport);
  return gtk_widget_compute_bounds (widget, gtk_widget_get_first_child (viewport), bounds);
}

/* Whether @widget is at least partly in the view of the editor. */
static gboolean
in_view (JdWindow  *window,
         GtkWidget *widget)
{
  GtkAdjustment *adjustment = editor_adjustment (window);
  graphene_rect_t bounds;
  double top = gtk_adjustment_get_value (adjustment);
  double bottom = top + gtk_adjustment_get_page_size (adjustment);

  if (!bounds_in_content (widget, &bounds))
    return FALSE;
  return bounds.origin.y < bottom && bounds.origin.y + bounds.size.height > top;
}

static double
top_in_content (GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (bounds_in_content (widget, &bounds));
  return bounds.origin.y;
}

static gboolean
has_focus_within (JdWindow  *window,
                  GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Whether the height of what the editor scrolls has stayed the same for
 * 0.6 s of main loop. */
static gboolean
layout_still (GtkAdjustment *adjustment)
{
  double upper = gtk_adjustment_get_upper (adjustment);

  settle ();
  settle ();
  return gtk_adjustment_get_upper (adjustment) == upper;
}

/* Adding or removing a section keeps the view where the user works: the
 * caret goes to the next section, or into the new one, in view. */
static void
test_section_view (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("pharmacist", "pharmacist");
  JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
  JdDocument *document = jd_window_get_document (window);
  GtkAdjustment *adjustment = editor_adjustment (window);
  guint n = jd_document_get_n_sections (document);
  GtkWidget *card;
  double before;

  settle ();
  WAIT_FOR (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 400);
  /* Scrolled by hand, below: once the rows are all made and measured,
   * which on a loaded machine takes longer than a settling. */
  WAIT_FOR (layout_still (adjustment));

  /* The caret in the third section, scrolled down to it. */
  {
    GtkWidget *third = _jd_editor_get_section_card (editor, 2);
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (third, gtk_widget_get_first_child (gtk_widget_get_ancestor (third, GTK_TYPE_VIEWPORT)),
                                              &bounds));
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  }
  jd_block_row_focus (jd_ui_test_block_row (window, 2, 0), 0);
  WAIT_FOR (in_view (window, _jd_editor_get_section_card (editor, 2)));
  before = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (before, >, 0);

  card = _jd_editor_get_section_card (editor, 2);
  gtk_widget_activate_action (card, "section.remove", NULL);
  settle ();
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, n - 1);
  card = _jd_editor_get_section_card (editor, 2);
  g_assert_nonnull (card);
  g_assert_true (has_focus_within (window, card));
  WAIT_FOR (in_view (window, card));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, before - gtk_adjustment_get_page_size (adjustment));

  /* Undo from there brings it back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  WAIT_FOR (jd_document_get_n_sections (document) == n);
  settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* A new section comes at the end, with the caret in it, in view. */
  jd_block_row_focus (jd_ui_test_block_row (window, 0, 0), 0);
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-section", "s", "benefits");
  settle ();
  card = _jd_editor_get_section_card (editor, n);
  g_assert_nonnull (card);
  g_assert_true (has_focus_within (window, card));
  /* Once the window has laid the new card out. */
  WAIT_FOR (in_view (window, card));

  /* Rows that come above it once it shows (those of a long section still
   * being made, text views that finish measuring their lines) do not push
   * it out of view: here, a score of bullets more in the first section. */
  before = top_in_content (card);
  for (guint i = 0; i < 20; i++)
    jd_section_add_text (jd_document_get_section (document, 0), JD_BLOCK_ITEM,
                         "Pushes the sections under it down the page");
  WAIT_FOR (top_in_content (card) > before + 200);
  WAIT_FOR (in_view (window, card));

  jd_ui_test_close_discarding (window);
}

/* The user scrolling, here with the wheel, ends the editor's following
 * of a card it showed: rows that come above the card later move it down
 * the page, and the view stays where the user put it. */
static void
test_scroll_stops_following (void)
{
#ifdef GDK_WINDOWING_X11
  JdWindow *window;
  JdEditor *editor;
  JdDocument *document;
  GtkAdjustment *adjustment;
  GtkWidget *card;
  double top, scrolled;
  guint n;

  if (!jd_ui_test_can_scroll ())
    {
      g_test_skip ("needs xdotool and an X display to send real scroll events");
      return;
    }

  window = jd_ui_test_window_with_template ("pharmacist", "pharmacist");
  editor = JD_EDITOR (jd_window_get_editor (window));
  document = jd_window_get_document (window);
  adjustment = editor_adjustment (window);
  n = jd_document_get_n_sections (document);
  WAIT_FOR (layout_still (adjustment));

  jd_block_row_focus (jd_ui_test_block_row (window, 0, 0), 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-section", "s", "benefits");
  WAIT_FOR ((card = _jd_editor_get_section_card (editor, n)) != NULL && in_view (window, card));
  WAIT_FOR (layout_still (adjustment));

  scrolled = gtk_adjustment_get_value (adjustment);
  jd_ui_test_scroll_over (GTK_WIDGET (editor->scroller), -4);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <, scrolled);
  scrolled = gtk_adjustment_get_value (adjustment);

  top = top_in_content (card);
  for (guint i = 0; i < 20; i++)
    jd_section_add_text (jd_document_get_section (document, 0), JD_BLOCK_ITEM,
                         "Pushes the sections under it down the page");
  WAIT_FOR (top_in_content (card) > top + 200);
  WAIT_FOR (layout_still (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, scrolled);

  jd_ui_test_close_discarding (window);
#else
  g_test_skip ("needs X11 to send real scroll events");
#endif
}

/* Find a template, use it, edit, save: with the keyboard alone. */
static void
test_keyboard_flow (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "keyboard.jobdesc", NULL);
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
  jd_ui_test_close_discarding (window);
}

#ifdef GDK_WINDOWING_X11
/* Presses @keys (xdotool's names, such as "ctrl+z") on the X server, so
 * that the key travels as real input does: capture phase from the
 * window down, the focus widget's own bindings, then bubbling up. */
static void
press_keys (JdWindow   *window,
            const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong)gdk_x11_surface_get_xid (surface));
  g_autoptr(GError) error = NULL;
  int status = 0;
  const char *focus[] = { "xdotool", "windowfocus", "--sync", xid, NULL };
  const char *press[] = { "xdotool", "key", "--clearmodifiers", keys, NULL };

  /* What the last key did (focus moving, widgets made and dropped)
   * settles first, as it would between a person's key presses. */
  jd_ui_test_run_pending ();
  g_spawn_sync (NULL, (char **)focus, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **)press, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
collect_combo_rows (GtkWidget *root,
                    GPtrArray *rows)
{
  if (ADW_IS_COMBO_ROW (root))
    g_ptr_array_add (rows, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_combo_rows (child, rows);
}
#endif

/* Scrolling the form with the pointer over a field changes nothing in
 * the document: not the salary, not a choice of a drop-down. */
static void
test_scroll_changes_nothing (void)
{
#ifdef GDK_WINDOWING_X11
  g_autoptr(JdDocument) original = NULL;
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  GtkAdjustment *view;
  GtkWidget *form;
  JdDocument *document;
  JdWindow *window;

  if (!jd_ui_test_can_scroll ())
    {
      g_test_skip ("needs xdotool and an X display to send real scroll events");
      return;
    }

  window = jd_ui_test_window_with_template ("pharmacist", "pharmacist");
  document = jd_window_get_document (window);
  jd_document_set_salary_min (document, 70000);
  jd_document_set_salary_max (document, 85000);
  original = jd_document_copy (document);
  form = _jd_editor_get_form (JD_EDITOR (jd_window_get_editor (window)));

  /* Over each salary entry, with the caret in it: the events arrive, as
   * the view scrolls, and the amounts stay. */
  view = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (form, GTK_TYPE_SCROLLED_WINDOW)));
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *salary = GTK_WIDGET (_jd_metadata_form_get_salary_entry (JD_METADATA_FORM (form), i == 1));
      double before;

      g_assert_false (GTK_IS_SPIN_BUTTON (salary));
      gtk_widget_grab_focus (salary);
      jd_ui_test_run_pending ();
      before = gtk_adjustment_get_value (view);
      jd_ui_test_scroll_over (salary, 3);
      g_assert_cmpfloat (gtk_adjustment_get_value (view), >, before);
    }
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 70000);
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 85000);

  /* Over each drop-down of the form: language, workplace, salary period. */
  collect_combo_rows (form, combos);
  g_assert_cmpuint (combos->len, >=, 3);
  for (guint i = 0; i < combos->len; i++)
    {
      gtk_widget_grab_focus (g_ptr_array_index (combos, i));
      jd_ui_test_scroll_over (g_ptr_array_index (combos, i), 3);
    }
  g_assert_true (jd_document_equal (document, original));

  jd_ui_test_close_discarding (window);
#else
  g_test_skip ("needs X11 to send real scroll events");
#endif
}

/* Keys do what the shortcuts window says wherever the caret is: Ctrl+Z
 * undoes the document from a section heading, and Shift+Ctrl+Delete in a
 * bullet removes the section instead of the bullet's text. */
static void
test_keys_win_over_fields (void)
{
#ifdef GDK_WINDOWING_X11
  JdWindow *window;
  JdDocument *document;
  GtkWidget *card;
  GtkWidget *heading;
  JdBlockRow *row;
  g_autoptr(JdDocument) original = NULL;
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  guint n;

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs xdotool and an X display to send real key presses");
      return;
    }

  window = jd_ui_test_window_with_template ("pharmacist", "pharmacist");
  document = jd_window_get_document (window);
  original = jd_document_copy (document);
  n = jd_document_get_n_sections (document);
  card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 1);
  heading = _jd_section_card_get_heading (JD_SECTION_CARD (card));

  gtk_widget_grab_focus (heading);
  gtk_editable_set_text (GTK_EDITABLE (heading), "Your day");
  g_assert_cmpstr (jd_section_get_heading (jd_document_get_section (document, 1)), ==, "Your day");
  press_keys (window, "ctrl+z");
  WAIT_FOR (jd_document_equal (document, original));

  row = jd_ui_test_block_row (window, 1, 0);
  jd_block_row_focus (row, -1);
  press_keys (window, "shift+ctrl+Delete");
  WAIT_FOR (jd_document_get_n_sections (document) == n - 1);
  g_assert_null (jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES));

  /* The caret lands in a heading after the removal; undo still works. */
  press_keys (window, "ctrl+z");
  WAIT_FOR (jd_document_equal (document, original));

  jd_ui_test_close_discarding (window);
#else
  g_test_skip ("needs X11 to send real key presses");
#endif
}

static gboolean
has_spin_button (GtkWidget *widget)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_spin_button (child))
      return TRUE;

  return FALSE;
}

/* Amounts are entries in the way of the document's language, read back
 * in the way of any; no spin button, which scrolling the form would
 * change. */
static void
test_salary_entries (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  GtkWidget *form;
  GtkEditable *min;
  GtkEditable *max;

  jd_document_set_language (document, "de");
  jd_document_set_salary_min (document, 70000);
  form = g_object_ref_sink (jd_metadata_form_new (document));
  min = _jd_metadata_form_get_salary_entry (JD_METADATA_FORM (form), FALSE);
  max = _jd_metadata_form_get_salary_entry (JD_METADATA_FORM (form), TRUE);

  g_assert_false (has_spin_button (form));
  g_assert_cmpstr (gtk_editable_get_text (min), ==, "70.000");
  g_assert_cmpstr (gtk_editable_get_text (max), ==, "");

  /* "70.000" in German is seventy thousand. */
  gtk_editable_set_text (min, "70.000");
  g_signal_emit_by_name (min, "activate");
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 70000);

  /* Typing goes to the document on Enter, not digit by digit. */
  gtk_editable_set_text (max, "85.500");
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 0);
  g_signal_emit_by_name (max, "activate");
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 85500);
  gtk_editable_set_text (max, "90,500");
  g_signal_emit_by_name (max, "activate");
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 90500);
  g_assert_cmpstr (gtk_editable_get_text (max), ==, "90.500");
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 70000);

  /* What is not an amount leaves the document alone and says so. */
  gtk_editable_set_text (max, "viel");
  g_signal_emit_by_name (max, "activate");
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 90500);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (max), "error"));

  jd_document_set_salary_min (document, 1234567.5);
  g_assert_cmpstr (gtk_editable_get_text (min), ==, "1.234.567,50");

  g_assert_finalize_object (form);
}

/* Dates are picked on a calendar that opens on the field's date, and the
 * currency from a menu that offers the location's first. */
static void
test_form_help (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(GPtrArray) locations = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_location_free);
  g_autoptr(GDateTime) valentine = g_date_time_new_local (2027, 2, 14, 0, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GMenuModel) section = NULL;
  g_autofree char *target = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *form;
  GtkMenuButton *button;
  GtkPopover *popover;
  GtkCalendar *calendar;
  GMenuModel *menu;

  g_ptr_array_add (locations, jd_location_new ("São Paulo", "SP", "BR"));
  jd_document_set_locations (document, locations);
  jd_document_set_date_posted (document, "2026-03-01");
  form = jd_metadata_form_new (document);
  gtk_window_set_child (GTK_WINDOW (window), form);
  gtk_window_present (GTK_WINDOW (window));

  button = _jd_metadata_form_get_picker (JD_METADATA_FORM (form), "date-posted");
  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 1);

  gtk_calendar_select_day (calendar, valentine);
  g_signal_emit_by_name (calendar, "day-selected");
  g_assert_cmpstr (jd_document_get_date_posted (document), ==, "2027-02-14");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  button = _jd_metadata_form_get_picker (JD_METADATA_FORM (form), "currency");
  gtk_menu_button_popup (button);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, "BRL");
  gtk_menu_button_popdown (button);

  g_assert_true (gtk_widget_activate_action (form, "form.currency", "s", target));
  g_assert_cmpstr (jd_document_get_salary_currency (document), ==, "BRL");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long section draws only the rows near the view; those far below draw
 * once the editor scrolls to them, and the text typed there shows. */
static void
test_far_rows (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("chef de partie", "chef-de-partie");
  JdDocument *document = jd_window_get_document (window);
  JdSection *duties = jd_document_get_section (document, 1);
  JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (editor->scroller);
  guint first = jd_section_get_n_blocks (duties);
  JdBlockRow *near, *far, *beside;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *text = g_strdup_printf ("Check delivery %u against the order", i + 1);

      jd_section_add_text (duties, JD_BLOCK_ITEM, text);
    }
  near = jd_ui_test_block_row (window, 0, 0);
  far = jd_ui_test_block_row (window, 1, first + 399);
  WAIT_FOR (_jd_block_row_is_culled (far));
  g_assert_false (_jd_block_row_is_culled (near));

  /* Scrolled to the end once the rows have their heights. */
  jd_ui_test_run_pending ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  WAIT_FOR (!_jd_block_row_is_culled (far));
  jd_ui_test_run_pending ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==,
                     gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  g_assert_false (_jd_block_row_is_culled (far));

  /* Typing far down, as after a jump there with the keyboard. */
  gtk_widget_grab_focus (_jd_block_row_get_text_view (far));
  jd_ui_test_type_into (_jd_block_row_get_text_view (far), " today");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, first + 399)), ==,
                   "Check delivery 400 against the order today");
  jd_ui_test_run_pending ();
  g_assert_false (_jd_block_row_is_culled (far));

  /* Back at the top, a row that drew down there (and has nothing else
   * to draw again for) lets its text go, or GTK would draw it in every
   * frame; the first row draws. */
  beside = jd_ui_test_block_row (window, 1, first + 398);
  g_assert_false (_jd_block_row_is_culled (beside));
  gtk_adjustment_set_value (adjustment, 0);
  WAIT_FOR (_jd_block_row_is_culled (beside));
  g_assert_false (_jd_block_row_is_culled (near));

  jd_ui_test_close_discarding (window);
}

/* Collects the check buttons under @widget, in order, into @checks (at
 * most JD_EMPLOYMENT_N_TYPES); returns whether it found any. */
static gboolean
has_check_button (GtkWidget  *widget,
                  GtkWidget **checks,
                  guint      *n)
{
  gboolean found = FALSE;

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      if (*n < JD_EMPLOYMENT_N_TYPES)
        checks[(*n)++] = widget;
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    found |= has_check_button (child, checks, n);

  return found;
}

static guint
count_visible_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_get_visible (child);

  return n;
}

/* Opening a document does not hold the window: the editor shows its
 * form a group at a time, each after a frame, then the section cards,
 * then makes its find bar (hidden until asked for). What the review
 * found meanwhile shows once they are there; whoever needs a widget
 * before gets them all at once. */
static void
test_made_in_steps (void)
{
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "steps.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JdWindow *window = jd_ui_test_window_with_template ("chef de partie", "chef-de-partie");
  JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
  GListModel *sections;
  g_autoptr(GListStore) findings = g_list_store_new (JD_TYPE_FINDING);
  g_autoptr(JdFinding) finding = NULL;
  JdPlace title = { -1, -1, 0, 4, "title", NULL };
  GtkWidget *groups;
  guint n_groups;

  /* A new document from a template: the caret goes to the title, in the
   * form's first group; the rest comes in steps. */
  g_assert_nonnull (editor->form);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), editor->form));
  g_assert_cmpuint (count_visible_children (gtk_widget_get_first_child (editor->form)), ==, 1);
  g_assert_false (_jd_editor_is_built (editor));
  jd_document_save (jd_window_get_document (window), file, NULL, NULL, &error);
  g_assert_no_error (error);
  WAIT_FOR (_jd_editor_is_built (editor));
  jd_ui_test_close_discarding (window);

  /* A file opened: nothing of the editor is made with it. */
  window = jd_ui_test_new_window ();
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  editor = JD_EDITOR (jd_window_get_editor (window));
  sections = jd_document_get_sections (jd_window_get_document (window));
  g_assert_null (editor->form);
  g_assert_false (_jd_editor_is_built (editor));
  g_assert_cmpuint (editor->cards->len, ==, 0);
  g_assert_null (editor->find_bar);

  /* A finding about the title, before the title's field is there. */
  finding = _jd_finding_new ("test", JD_REVIEW_CATEGORY_TITLE, JD_SEVERITY_ERROR, "Test", &title, "Chef", NULL);
  g_list_store_append (findings, finding);
  _jd_editor_show_findings (editor, G_LIST_MODEL (findings));

  WAIT_FOR (editor->form != NULL);
  groups = gtk_widget_get_first_child (editor->form);
  n_groups = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (groups); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_groups++;
  g_assert_cmpuint (n_groups, >, 2);
  g_assert_cmpuint (count_visible_children (groups), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->sections_box)));

  WAIT_FOR (count_visible_children (groups) == 2);
  g_assert_false (_jd_editor_is_built (editor));
  WAIT_FOR (count_visible_children (groups) == n_groups);
  g_assert_false (_jd_editor_is_built (editor));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->sections_box)));

  WAIT_FOR (_jd_editor_is_built (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->sections_box)));
  g_assert_cmpuint (editor->cards->len, ==, g_list_model_get_n_items (sections));
  g_assert_cmpint (_jd_editor_get_title_underline (editor, 1), ==, PANGO_UNDERLINE_ERROR);
  g_assert_cmpint (_jd_editor_get_title_underline (editor, 6), ==, PANGO_UNDERLINE_NONE);
  WAIT_FOR (editor->find_bar != NULL);
  jd_ui_test_close_discarding (window);

  /* Asked for a card at once, the editor makes the rest with it. */
  window = jd_ui_test_new_window ();
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  editor = JD_EDITOR (jd_window_get_editor (window));
  /* The preview and the review pane are made when they first show. */
  g_assert_null (window->preview);
  g_assert_null (window->review_pane);
  g_assert_false (_jd_editor_is_built (editor));
  g_assert_nonnull (_jd_editor_get_section_card (editor, 1));
  g_assert_true (_jd_editor_is_built (editor));
  groups = gtk_widget_get_first_child (editor->form);
  g_assert_cmpuint (count_visible_children (groups), ==, n_groups);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->sections_box)));
  g_assert_cmpuint (editor->cards->len, ==,
                    g_list_model_get_n_items (jd_document_get_sections (jd_window_get_document (window))));
  /* The find bar still comes, with nothing made twice. */
  WAIT_FOR (editor->find_bar != NULL);
  g_assert_cmpuint (editor->cards->len, ==,
                    g_list_model_get_n_items (jd_document_get_sections (jd_window_get_document (window))));
  g_object_set (window, "show-review", TRUE, NULL);
  g_assert_nonnull (window->review_pane);
  g_assert_null (window->preview);
  WAIT_FOR (jd_review_pane_get_review (JD_REVIEW_PANE (window->review_pane)) != NULL);
  g_object_set (window, "show-preview", TRUE, NULL);
  g_assert_nonnull (window->preview);
  WAIT_FOR (gtk_widget_get_mapped (window->preview));
  g_object_set (window, "show-review", FALSE, "show-preview", FALSE, NULL);

  /* The editor of a document left before it was made stops making it. */
  {
    g_autoptr(JdDocument) blank = jd_document_new ();
    g_autoptr(JdOpenDocument) next = jd_open_document_new (blank, NULL, NULL);
    g_autoptr(JdEditor) left = NULL;

    jd_window_open_file (window, file);
    WAIT_FOR (jd_window_get_editor (window) != GTK_WIDGET (editor));
    left = g_object_ref (JD_EDITOR (jd_window_get_editor (window)));
    g_assert_null (left->form);
    _jd_window_set_open_document (window, next);
    editor = JD_EDITOR (jd_window_get_editor (window));
    g_assert_true (editor != left);
    WAIT_FOR (editor->find_bar != NULL);
    g_assert_null (left->form);
    g_assert_false (_jd_editor_is_built (left));
  }
  jd_ui_test_close_discarding (window);
}

/* The employment types' rows are made when their row first opens, with
 * the document's types checked, and checking one sets it. */
static void
test_employment_rows (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  GtkWidget *form;
  AdwExpanderRow *row;
  GtkWidget *checks[JD_EMPLOYMENT_N_TYPES] = { NULL };
  guint n = 0;

  jd_document_set_employment_types (document, JD_EMPLOYMENT_PART_TIME);
  form = g_object_ref_sink (jd_metadata_form_new (document));
  row = ADW_EXPANDER_ROW (gtk_widget_get_template_child (form, JD_TYPE_METADATA_FORM, "employment_row"));
  g_assert_false (has_check_button (GTK_WIDGET (row), checks, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), !=, "");

  adw_expander_row_set_expanded (row, TRUE);
  g_assert_true (has_check_button (GTK_WIDGET (row), checks, &n));
  g_assert_cmpuint (n, ==, JD_EMPLOYMENT_N_TYPES);
  for (guint i = 0; i < n; i++)
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (checks[i])) ==
                   ((1u << i) == JD_EMPLOYMENT_PART_TIME));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (checks[0]), TRUE);
  g_assert_cmpuint (jd_document_get_employment_types (document), ==, (1u << 0) | JD_EMPLOYMENT_PART_TIME);

  /* Closed and opened again, the rows are the same ones. */
  adw_expander_row_set_expanded (row, FALSE);
  adw_expander_row_set_expanded (row, TRUE);
  n = 0;
  has_check_button (GTK_WIDGET (row), checks, &n);
  g_assert_cmpuint (n, ==, JD_EMPLOYMENT_N_TYPES);

  g_assert_finalize_object (form);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/editor/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/editor/enter-and-backspace", test_enter_and_backspace);
  g_test_add_func ("/editor/arrows-and-merge", test_arrows_and_merge);
  g_test_add_func ("/editor/remove-section-and-undo", test_remove_section_and_undo);
  g_test_add_func ("/editor/section-view", test_section_view);
  g_test_add_func ("/editor/scroll-stops-following", test_scroll_stops_following);
  g_test_add_func ("/editor/keyboard-flow", test_keyboard_flow);
  g_test_add_func ("/editor/salary-entries", test_salary_entries);
  g_test_add_func ("/editor/form-help", test_form_help);
  g_test_add_func ("/editor/scroll-changes-nothing", test_scroll_changes_nothing);
  g_test_add_func ("/editor/keys-win-over-fields", test_keys_win_over_fields);
  g_test_add_func ("/editor/far-rows", test_far_rows);
  g_test_add_func ("/editor/made-in-steps", test_made_in_steps);
  g_test_add_func ("/editor/employment-rows", test_employment_rows);

  return jd_test_run ();
}
