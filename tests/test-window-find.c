/* test-window-find.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find and replace and placeholders in a real window: Ctrl+F finds in the
 * document from the editor and searches templates from the sidebar;
 * matches across the title, headings and blocks are marked and counted,
 * Replace All is one step of undo; F8 selects the next placeholder; an
 * export, a print or a copy warns about placeholders and blocks still to
 * translate. Runs under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include "jd-editor-private.h"
#include "jd-find-bar.h"
#include "jd-review.h"
#include "jd-section-card-private.h"
#include "jd-sidebar.h"
#include "jd-window-test-utils.h"

#define POSTING \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n" \
  "  <metadata>\n" \
  "    <title>Team Lead, Store Team</title>\n" \
  "    <language>en</language>\n" \
  "    <company>Example Ltd</company>\n" \
  "    <department>[department]</department>\n" \
  "  </metadata>\n" \
  "  <section kind=\"brief\">\n" \
  "    <heading>Your team</heading>\n" \
  "    <p>You lead a team of [number] and report to the [Area Manager].</p>\n" \
  "  </section>\n" \
  "  <section kind=\"responsibilities\">\n" \
  "    <item>Coach the TEAM every week</item>\n" \
  "    <item>Plan shifts with teammates</item>\n" \
  "  </section>\n" \
  "</jobdesc>\n"

static JdWindow *
open_posting (const char *name)
{
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JdWindow *window;

  g_file_set_contents (path, POSTING, -1, &error);
  g_assert_no_error (error);

  window = jd_ui_test_new_window ();
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");
  return window;
}

static JdEditor *
get_editor (JdWindow *window)
{
  return JD_EDITOR (jd_window_get_editor (window));
}

static JdFindBar *
get_find_bar (JdWindow *window)
{
  return JD_FIND_BAR (_jd_editor_get_find_bar (get_editor (window)));
}

static GtkTextBuffer *
block_buffer (JdWindow *window,
              guint     section,
              guint     block)
{
  JdBlockRow *row = jd_ui_test_block_row (window, section, block);

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (row)));
}

/* Whether characters [@start, @end) of a block, and no more, carry the
 * tag named @name. */
static gboolean
block_has_tag (JdWindow   *window,
               guint       section,
               guint       block,
               const char *name,
               int         start,
               int         end)
{
  GtkTextBuffer *buffer = block_buffer (window, section, block);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, start);
  if (!gtk_text_iter_starts_tag (&iter, tag))
    return FALSE;
  gtk_text_iter_forward_to_tag_toggle (&iter, tag);
  return gtk_text_iter_get_offset (&iter) == end;
}

static gboolean
block_has_any_tag (JdWindow   *window,
                   guint       section,
                   guint       block,
                   const char *name)
{
  GtkTextBuffer *buffer = block_buffer (window, section, block);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  return gtk_text_iter_has_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag);
}

/* How many ranges of the field or heading @widget have a background:
 * its marks, as Pango attributes. */
static guint
count_editable_marks (GtkWidget *widget)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  PangoAttrList *attributes = gtk_text_get_attributes (GTK_TEXT (delegate ? delegate : GTK_EDITABLE (widget)));
  g_autoptr(GSList) list = NULL;
  guint n = 0;

  if (attributes == NULL)
    return 0;

  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      n += attribute->klass->type == PANGO_ATTR_BACKGROUND;
      pango_attribute_destroy (attribute);
    }

  return n;
}

static void
assert_block_selection (JdWindow *window,
                        guint     section,
                        guint     block,
                        int       start,
                        int       end)
{
  JdBlockRow *row = jd_ui_test_block_row (window, section, block);
  GtkTextIter from, to;

  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (row)));
  g_assert_true (gtk_text_buffer_get_selection_bounds (block_buffer (window, section, block), &from, &to));
  g_assert_cmpint (gtk_text_iter_get_offset (&from), ==, start);
  g_assert_cmpint (gtk_text_iter_get_offset (&to), ==, end);
}

static guint
n_matches (JdWindow *window,
           int      *current)
{
  return _jd_editor_get_matches (get_editor (window), current)->len;
}

static void
test_find_replace_all_undo (void)
{
  JdWindow *window = open_posting ("find.jobdesc");
  JdDocument *document = jd_window_get_document (window);
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdDocument) replaced = NULL;
  JdEditor *editor = get_editor (window);
  JdFindBar *bar = get_find_bar (window);
  JdSection *brief = jd_document_get_section (document, 0);
  JdSection *duties = jd_document_get_section (document, 1);
  int current;

  /* From the editor, Ctrl+F opens the find bar, the caret in it; the
   * search starts where the caret was, in the brief. */
  jd_block_row_focus (jd_ui_test_block_row (window, 0, 0), 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (_jd_editor_is_finding (editor));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (bar)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (bar)));

  /* Two in the title, the heading, the paragraph, the first bullet and
   * the start of "teammates". */
  jd_find_bar_set_text (bar, "team");
  g_assert_cmpuint (n_matches (window, &current), ==, 6);
  g_assert_cmpint (current, ==, 3);
  g_assert_cmpstr (jd_find_bar_get_status (bar), ==, "4 of 6");
  g_assert_true (block_has_tag (window, 0, 0, JD_BLOCK_ROW_CURRENT_MATCH_TAG, 11, 15));
  g_assert_true (block_has_tag (window, 1, 0, JD_BLOCK_ROW_MATCH_TAG, 10, 14));
  /* The current one is selected; typing still goes to the find bar. */
  {
    GtkTextIter from, to;

    g_assert_true (gtk_text_buffer_get_selection_bounds (block_buffer (window, 0, 0), &from, &to));
    g_assert_cmpint (gtk_text_iter_get_offset (&from), ==, 11);
    g_assert_cmpint (gtk_text_iter_get_offset (&to), ==, 15);
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (bar)));
  }
  g_assert_true (block_has_tag (window, 1, 1, JD_BLOCK_ROW_MATCH_TAG, 17, 21));
  /* The title and the heading show theirs too. */
  g_assert_cmpuint (count_editable_marks (_jd_editor_get_field_widget (editor, "title")), ==, 2);
  g_assert_cmpuint (count_editable_marks (_jd_section_card_get_heading (JD_SECTION_CARD (_jd_editor_get_section_card (editor, 0)))), ==, 1);

  /* Ctrl+G and Shift+Ctrl+G go from one to the next, round the ends; the
   * current one is marked apart. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  n_matches (window, &current);
  g_assert_cmpint (current, ==, 0);
  g_assert_cmpstr (jd_find_bar_get_status (bar), ==, "1 of 6");
  g_assert_true (block_has_tag (window, 0, 0, JD_BLOCK_ROW_MATCH_TAG, 11, 15));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL);
  g_assert_cmpstr (jd_find_bar_get_status (bar), ==, "6 of 6");
  g_assert_true (block_has_tag (window, 1, 1, JD_BLOCK_ROW_CURRENT_MATCH_TAG, 17, 21));

  /* Whole words leave "teammates" out; matching case leaves "TEAM" and
   * the capitals out. */
  gtk_widget_activate_action (GTK_WIDGET (bar), "find.whole-word", NULL);
  g_assert_cmpuint (n_matches (window, NULL), ==, 5);
  g_assert_false (block_has_any_tag (window, 1, 1, JD_BLOCK_ROW_MATCH_TAG));
  gtk_widget_activate_action (GTK_WIDGET (bar), "find.match-case", NULL);
  g_assert_cmpuint (n_matches (window, NULL), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (bar), "find.match-case", NULL);

  /* Ctrl+H shows what to replace with; Replace All changes the title,
   * the heading and the blocks at once. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-replace", NULL);
  g_assert_true (jd_find_bar_get_replace (bar));
  jd_find_bar_set_replacement (bar, "crew");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.replace-all", NULL);
  g_assert_cmpstr (jd_document_get_title (document), ==, "crew Lead, Store crew");
  g_assert_cmpstr (jd_section_get_heading (brief), ==, "Your crew");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (brief, 0)), ==,
                   "You lead a crew of [number] and report to the [Area Manager].");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, "Coach the crew every week");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, "Plan shifts with teammates");
  g_assert_cmpstr (jd_find_bar_get_status (bar), ==, "5 replaced");
  g_assert_cmpuint (n_matches (window, NULL), ==, 0);
  g_assert_false (block_has_any_tag (window, 0, 0, JD_BLOCK_ROW_MATCH_TAG));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (block_buffer (window, 1, 0), &start, &end);
    shown = gtk_text_buffer_get_text (block_buffer (window, 1, 0), &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "Coach the crew every week");
  }
  replaced = jd_document_copy (document);

  /* One undo brings everything back, one redo does it again. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  g_assert_true (jd_document_equal (document, replaced));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));

  /* Replace changes the current match only, as its own step. */
  WAIT_FOR (n_matches (window, NULL) == 5);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  n_matches (window, &current);
  g_assert_cmpint (current, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.replace", NULL);
  g_assert_cmpstr (jd_document_get_title (document), ==, "Team Lead, Store crew");
  g_assert_cmpuint (n_matches (window, &current), ==, 4);
  g_assert_cmpint (current, ==, 1);
  g_assert_cmpstr (jd_find_bar_get_status (bar), ==, "2 of 4");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, original));

  /* Escape closes the bar, takes the marks away and puts the caret on
   * the current match. */
  WAIT_FOR (n_matches (window, NULL) == 5);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (bar), "find.close", NULL);
  g_assert_false (_jd_editor_is_finding (editor));
  g_assert_false (block_has_any_tag (window, 0, 0, JD_BLOCK_ROW_MATCH_TAG));
  g_assert_cmpuint (count_editable_marks (_jd_editor_get_field_widget (editor, "title")), ==, 0);
  assert_block_selection (window, 0, 0, 11, 15);

  /* Ctrl+F again finds the selected word, from there. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_cmpstr (jd_find_bar_get_text (bar), ==, "team");
  g_assert_cmpuint (n_matches (window, &current), ==, 5);
  g_assert_cmpint (current, ==, 3);
  g_assert_cmpstr (jd_find_bar_get_status (bar), ==, "4 of 5");
  gtk_widget_activate_action (GTK_WIDGET (bar), "find.close", NULL);

  jd_ui_test_close_discarding (window);
}

/* The find bar fits the narrowest editor, replace row and all, so the
 * window keeps its narrowest width. */
static void
test_narrow (void)
{
  JdWindow *window = open_posting ("narrow.jobdesc");
  JdEditor *editor = get_editor (window);
  int bar = 0;
  int minimum = 0;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.find-replace", NULL);
  gtk_widget_measure (GTK_WIDGET (get_find_bar (window)), GTK_ORIENTATION_HORIZONTAL, -1, &bar, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("find bar %d, editor %d", bar, minimum);
  g_assert_cmpint (bar, <=, 360);
  g_assert_cmpint (minimum, <=, 360);

  jd_ui_test_close_discarding (window);
}

/* Ctrl+F from the sidebar searches the templates, not the document. */
static void
test_sidebar_keeps_ctrl_f (void)
{
  JdWindow *window = open_posting ("sidebar.jobdesc");
  JdEditor *editor = get_editor (window);
  GtkWidget *sidebar = _jd_window_get_sidebar (window);
  GtkWidget *focus;

  jd_sidebar_focus_search (JD_SIDEBAR (sidebar));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_false (_jd_editor_is_finding (editor));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, sidebar));

  /* From the document it finds in the document. */
  jd_editor_focus_start (editor);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (_jd_editor_is_finding (editor));

  jd_ui_test_close_discarding (window);
}

static void
assert_field_selection (JdWindow   *window,
                        const char *field,
                        int         start,
                        int         end)
{
  GtkWidget *widget = _jd_editor_get_field_widget (get_editor (window), field);
  int from, to;

  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), widget));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (widget), &from, &to));
  g_assert_cmpint (from, ==, start);
  g_assert_cmpint (to, ==, end);
}

/* F8 selects the next placeholder, Shift+F8 the previous one, round the
 * ends; placeholders are marked in the blocks until filled in. */
static void
test_next_placeholder (void)
{
  JdWindow *window = open_posting ("placeholders.jobdesc");
  JdDocument *document = jd_window_get_document (window);
  JdEditor *editor = get_editor (window);
  JdBlock *paragraph = jd_section_get_block (jd_document_get_section (document, 0), 0);

  g_assert_true (block_has_tag (window, 0, 0, JD_BLOCK_ROW_PLACEHOLDER_TAG, 19, 27));
  g_assert_true (block_has_tag (window, 0, 0, JD_BLOCK_ROW_PLACEHOLDER_TAG, 46, 60));
  g_assert_false (block_has_any_tag (window, 1, 0, JD_BLOCK_ROW_PLACEHOLDER_TAG));
  WAIT_FOR (count_editable_marks (_jd_editor_get_field_widget (editor, "department")) == 1);
  g_assert_cmpuint (count_editable_marks (_jd_editor_get_field_widget (editor, "title")), ==, 0);

  jd_editor_focus_start (editor);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-placeholder", NULL);
  assert_field_selection (window, "department", 0, 12);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-placeholder", NULL);
  assert_block_selection (window, 0, 0, 19, 27);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-placeholder", NULL);
  assert_block_selection (window, 0, 0, 46, 60);
  /* Round to the first. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-placeholder", NULL);
  assert_field_selection (window, "department", 0, 12);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-placeholder", NULL);
  assert_block_selection (window, 0, 0, 46, 60);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-placeholder", NULL);
  assert_block_selection (window, 0, 0, 19, 27);

  /* Typing over the selected placeholder fills it in. */
  gtk_text_buffer_delete_selection (block_buffer (window, 0, 0), TRUE, TRUE);
  jd_ui_test_type_into (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 0, 0)), "six");
  g_assert_cmpstr (jd_block_get_text (paragraph), ==,
                   "You lead a team of six and report to the [Area Manager].");
  g_assert_true (block_has_tag (window, 0, 0, JD_BLOCK_ROW_PLACEHOLDER_TAG, 41, 55));
  g_assert_false (block_has_tag (window, 0, 0, JD_BLOCK_ROW_PLACEHOLDER_TAG, 19, 22));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-placeholder", NULL);
  assert_block_selection (window, 0, 0, 41, 55);

  /* In the title, the review's underline of a placeholder, an error, and
   * its mark show together. */
  jd_document_set_title (document, "Team Lead for [City]");
  g_object_set (window, "show-review", TRUE, NULL);
  WAIT_FOR (_jd_editor_get_title_underline (editor, 15) == PANGO_UNDERLINE_ERROR &&
            count_editable_marks (_jd_editor_get_field_widget (editor, "title")) == 1);
  g_object_set (window, "show-review", FALSE, NULL);

  jd_ui_test_close_discarding (window);
}

/* Where the caret of block @block of section @section is, with no
 * selection. */
static int
block_caret (JdWindow *window,
             guint     section,
             guint     block)
{
  GtkTextBuffer *buffer = block_buffer (window, section, block);
  GtkTextIter caret;

  g_assert_false (gtk_text_buffer_get_has_selection (buffer));
  gtk_text_buffer_get_iter_at_mark (buffer, &caret, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&caret);
}

/* Before an export of any format, a print or a copy, one dialog says how
 * many placeholders are left and how many blocks still need translating;
 * "Show" goes to the first of them, placeholder or block, "… Anyway" goes
 * on, Cancel does nothing. */
static void
test_export_warns (void)
{
  JdWindow *window = open_posting ("export.jobdesc");
  JdDocument *document = jd_window_get_document (window);
  JdSection *duties = jd_document_get_section (document, 1);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  AdwMessageDialog *dialog;

  jd_block_set_needs_translation (jd_section_get_block (duties, 1), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "html");
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export Unfinished Document?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "3 placeholders are not filled in, the first: [department].\n"
                   "1 block still needs translating.");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "continue"), ==, "_Export Anyway");
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  jd_ui_test_answer_dialog (dialog, "show");
  assert_field_selection (window, "department", 0, 12);

  /* Every format asks the same; the placeholders filled in, the block
   * left to translate is the first thing to show. */
  jd_document_set_department (document, "Sales");
  jd_block_set_text (jd_section_get_block (jd_document_get_section (document, 0), 0),
                     "You lead a team of [number].");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "pdf");
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "1 placeholder is not filled in: [number].\n"
                   "1 block still needs translating.");
  jd_ui_test_answer_dialog (dialog, "cancel");

  jd_block_set_text (jd_section_get_block (jd_document_get_section (document, 0), 0), "You lead a team of six.");
  jd_editor_focus_start (get_editor (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Print Unfinished Document?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "1 block still needs translating.");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "continue"), ==, "_Print Anyway");
  jd_ui_test_answer_dialog (dialog, "show");
  g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 1, 1))));
  g_assert_cmpint (block_caret (window, 1, 1), ==, 0);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, "Plan shifts with teammates");

  /* Copy as Rich Text: Cancel copies nothing, Copy Anyway copies. */
  jd_block_set_needs_translation (jd_section_get_block (duties, 0), TRUE);
  gdk_clipboard_set_text (clipboard, "before");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-rich-text", NULL);
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Copy Unfinished Document?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "2 blocks still need translating.");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "continue"), ==, "_Copy Anyway");
  jd_ui_test_answer_dialog (dialog, "cancel");
  g_assert_false (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-rich-text", NULL);
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  jd_ui_test_answer_dialog (dialog, "continue");
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"));

  /* A finished document is copied without a word. */
  jd_block_set_needs_translation (jd_section_get_block (duties, 0), FALSE);
  jd_block_set_needs_translation (jd_section_get_block (duties, 1), FALSE);
  gdk_clipboard_set_text (clipboard, "before");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-rich-text", NULL);
  jd_ui_test_run_pending ();
  g_assert_null (jd_ui_test_find_message_dialog ());
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "text/html"));

  jd_ui_test_close_discarding (window);
}

/* A section of thousands of blocks makes its rows in slices, from the
 * top, while the window works: edits meanwhile keep the rows in the
 * order of the blocks, asking for a row makes it at once, and the marks
 * of the search and the review come on the rows made later. */
#define LONG_SECTION 500
#define NINJA_BLOCK 450

static void
test_long_section (void)
{
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "long.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
                                         "  <metadata>\n"
                                         "    <title>Stock Counter</title>\n"
                                         "    <language>en</language>\n"
                                         "  </metadata>\n"
                                         "  <section kind=\"brief\">\n"
                                         "    <p>Count what the shop holds.</p>\n"
                                         "  </section>\n"
                                         "  <section kind=\"responsibilities\">\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(JdReview) review = NULL;
  g_autoptr(JdBlock) early = jd_block_new (JD_BLOCK_ITEM, "Inserted early");
  g_autoptr(JdBlock) last = jd_block_new (JD_BLOCK_ITEM, "Appended last");
  JdWindow *window;
  JdEditor *editor;
  JdSection *duties;
  JdSectionCard *card;
  JdBlockRow *row;
  guint asked;

  for (guint i = 0; i < LONG_SECTION; i++)
    g_string_append_printf (xml, "    <item>Count the shelves of aisle %u%s</item>\n",
                            i + 1, i == NINJA_BLOCK ? " like a ninja" : "");
  /* A second long section, whose rows come after the first's. */
  g_string_append (xml, "  </section>\n  <section kind=\"requirements\">\n");
  for (guint i = 0; i < LONG_SECTION / 10; i++)
    g_string_append_printf (xml, "    <item>Lift boxes of up to %u kg</item>\n", i + 1);
  g_string_append (xml, "  </section>\n</jobdesc>\n");
  g_file_set_contents (path, xml->str, xml->len, &error);
  g_assert_no_error (error);

  window = jd_ui_test_new_window ();
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  editor = get_editor (window);
  duties = jd_document_get_section (jd_window_get_document (window), 1);
  card = JD_SECTION_CARD (_jd_editor_get_section_card (editor, 1));
  /* A row takes well over a microsecond to make: not all are there. */
  g_assert_cmpuint (_jd_section_card_get_n_rows (card), >, 0);
  g_assert_cmpuint (_jd_section_card_get_n_rows (card), <, LONG_SECTION);

  /* Edits among the rows made, after them and at the end. */
  jd_section_insert_block (duties, 1, early);
  jd_section_remove_block (duties, LONG_SECTION - 10);
  jd_section_append_block (duties, last);
  g_assert_true (jd_block_row_get_block (JD_BLOCK_ROW (_jd_section_card_get_block_row (card, 1))) == early);

  /* Asking for a row makes it and those before it, not the others. */
  asked = _jd_section_card_get_n_rows (card) + 20;
  row = JD_BLOCK_ROW (_jd_section_card_get_block_row (card, asked));
  g_assert_true (jd_block_row_get_block (row) == jd_section_get_block (duties, asked));
  g_assert_cmpuint (_jd_section_card_get_n_rows (card), ==, asked + 1);

  /* Findings and matches in rows still to come. */
  review = jd_review_new (jd_window_get_document (window), NULL);
  _jd_editor_show_findings (editor, jd_review_get_findings (review));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  jd_find_bar_set_text (get_find_bar (window), "aisle 3");
  g_assert_cmpuint (n_matches (window, NULL), ==, 1 + 10 + 100);
  g_assert_cmpuint (_jd_section_card_get_n_rows (card), <, 300);

  WAIT_FOR (_jd_section_card_get_n_rows (card) == jd_section_get_n_blocks (duties));
  for (guint i = 0; i < jd_section_get_n_blocks (duties); i++)
    g_assert_true (jd_block_row_get_block (JD_BLOCK_ROW (_jd_section_card_get_block_row (card, i))) ==
                   jd_section_get_block (duties, i));
  {
    JdSection *requirements = jd_document_get_section (jd_window_get_document (window), 2);
    JdSectionCard *second = JD_SECTION_CARD (_jd_editor_get_section_card (editor, 2));

    WAIT_FOR (_jd_section_card_get_n_rows (second) == jd_section_get_n_blocks (requirements));
    g_assert_cmpuint (jd_section_get_n_blocks (requirements), ==, LONG_SECTION / 10);
    for (guint i = 0; i < jd_section_get_n_blocks (requirements); i++)
      g_assert_true (jd_block_row_get_block (JD_BLOCK_ROW (_jd_section_card_get_block_row (second, i))) ==
                     jd_section_get_block (requirements, i));
  }

  /* "aisle 350", one block further down for the one inserted above. */
  g_assert_true (block_has_tag (window, 1, 350, JD_BLOCK_ROW_MATCH_TAG, 21, 28));
  row = jd_ui_test_block_row (window, 1, NINJA_BLOCK + 1);
  g_assert_true (g_str_has_suffix (jd_block_get_text (jd_block_row_get_block (row)), "like a ninja"));
  g_assert_true (_jd_block_row_has_highlight (row, 38, 43, TRUE) ||
                 _jd_block_row_has_highlight (row, 38, 43, FALSE));

  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-find/replace-all-undo", test_find_replace_all_undo);
  g_test_add_func ("/window-find/sidebar-keeps-ctrl-f", test_sidebar_keeps_ctrl_f);
  g_test_add_func ("/window-find/narrow", test_narrow);
  g_test_add_func ("/window-find/next-placeholder", test_next_placeholder);
  g_test_add_func ("/window-find/export-warns", test_export_warns);
  g_test_add_func ("/window-find/long-section", test_long_section);

  return jd_test_run ();
}
