/* test-window-spell.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Spelling in a real window: a misspelled word of the open document is
 * underlined (the "spelling" tag), the context menu that Shift+F10 opens
 * offers its suggestions, the first replaces it as one step of undo, and
 * "Ignore All" and "Add to Dictionary" take the underline away; the title,
 * the department and the section headings are underlined and corrected the
 * same way; a language without a dictionary is said once, above the form. Runs under Xvfb when
 * there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include "jd-editor-private.h"
#include "jd-metadata-form.h"
#include "jd-section-card-private.h"
#include "jd-window-test-utils.h"

#define BRIEF "We bake bread for the neigborhood in HubSpot, then Zorblaxian cakes."

#define POSTING \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n" \
  "  <metadata>\n" \
  "    <title>Baker</title>\n" \
  "    <language>en</language>\n" \
  "  </metadata>\n" \
  "  <section kind=\"brief\">\n" \
  "    <p>" BRIEF "</p>\n" \
  "  </section>\n" \
  "</jobdesc>\n"

static JdWindow *
open_posting (void)
{
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "baker.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JdWindow *window = jd_ui_test_new_window ();

  g_file_set_contents (path, POSTING, -1, &error);
  g_assert_no_error (error);
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  return window;
}

static char *
block_text (JdBlockRow *row)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_jd_block_row_get_text_view (row)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Puts the caret at @offset and opens the context menu with Shift+F10. */
static GMenuModel *
menu_at (JdBlockRow *row,
         int         offset)
{
  GtkWidget *view = _jd_block_row_get_text_view (row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter iter;

  gtk_widget_grab_focus (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
  jd_ui_test_send_key (view, GDK_KEY_F10, GDK_SHIFT_MASK);

  g_assert_true (gtk_text_view_get_extra_menu (GTK_TEXT_VIEW (view)) ==
                 jd_spell_adapter_get_menu (_jd_block_row_get_spell_adapter (row)));
  return gtk_text_view_get_extra_menu (GTK_TEXT_VIEW (view));
}

static char *
menu_label (GMenuModel *menu,
            int         section,
            int         item)
{
  g_autoptr(GMenuModel) links = g_menu_model_get_item_link (menu, section, G_MENU_LINK_SECTION);
  char *label = NULL;

  g_assert_nonnull (links);
  g_menu_model_get_item_attribute (links, item, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

static void
test_underline_correct_undo (void)
{
  JdWindow *window = open_posting ();
  JdBlockRow *row = jd_ui_test_block_row (window, 0, 0);
  JdSpellAdapter *spell = _jd_block_row_get_spell_adapter (row);
  GtkWidget *view = _jd_block_row_get_text_view (row);
  g_autoptr(GVariant) target = NULL;
  g_autofree char *first = NULL;
  g_autofree char *add = NULL;
  g_autofree char *corrected = NULL;
  g_autofree char *undone = NULL;
  GMenuModel *menu;

  /* "neigborhood" is [22, 33), "HubSpot" [37, 44), "Zorblaxian" [51, 61). */
  WAIT_FOR (jd_spell_adapter_is_marked (spell, 22, 33));
  g_assert_false (jd_spell_adapter_is_marked (spell, 37, 44));
  g_assert_true (jd_spell_adapter_is_marked (spell, 51, 61));
  g_assert_false (jd_spell_adapter_is_marked (spell, 0, 21));
  g_assert_null (_jd_editor_get_spell_note (JD_EDITOR (jd_window_get_editor (window))));

  /* The menu of a word spelled right says nothing about spelling. */
  menu = menu_at (row, 4);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 0);

  menu = menu_at (row, 25);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  first = menu_label (menu, 0, 0);
  g_assert_cmpstr (first, ==, "neighborhood");
  add = menu_label (menu, 1, 0);
  g_assert_cmpstr (add, ==, "_Add to Dictionary");

  /* The first suggestion, through the action its menu item names. */
  {
    g_autoptr(GMenuModel) suggestions = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_autofree char *action = NULL;

    g_menu_model_get_item_attribute (suggestions, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action);
    target = g_menu_model_get_item_attribute_value (suggestions, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
    g_assert_cmpstr (action, ==, "spelling.correct");
    g_assert_true (gtk_widget_activate_action_variant (view, action, target));
  }

  corrected = block_text (row);
  g_assert_cmpstr (corrected, ==, "We bake bread for the neighborhood in HubSpot, then Zorblaxian cakes.");
  g_assert_cmpstr (jd_block_get_text (jd_block_row_get_block (row)), ==, corrected);
  g_assert_false (jd_spell_adapter_is_marked (spell, 22, 34));
  g_assert_true (jd_spell_adapter_is_marked (spell, 52, 62));

  /* One undo brings the word back, underlined. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  undone = block_text (row);
  g_assert_cmpstr (undone, ==, BRIEF);
  WAIT_FOR (jd_spell_adapter_is_marked (spell, 22, 33));

  /* Ignore All: for this document, the word is no longer marked. */
  menu_at (row, 25);
  g_assert_true (gtk_widget_activate_action (view, "spelling.ignore", NULL));
  WAIT_FOR (!jd_spell_adapter_is_marked (spell, 22, 33));
  g_assert_true (jd_spell_checker_check_word (_jd_editor_get_spell_checker (JD_EDITOR (jd_window_get_editor (window))),
                                              "neigborhood"));

  /* Add to Dictionary: into Enchant's personal word list. */
  menu_at (row, 55);
  g_assert_true (gtk_widget_activate_action (view, "spelling.add", NULL));
  WAIT_FOR (!jd_spell_adapter_is_marked (spell, 51, 61));
  {
    g_autofree char *list = g_build_filename (jd_ui_test_tmp_dir (), "enchant", "en_US.dic", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (list, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Zorblaxian"));
  }

  jd_ui_test_close_discarding (window);
}

/* Typing marks a misspelling a moment later, once the caret has left it. */
static void
test_typing (void)
{
  JdWindow *window = open_posting ();
  JdBlockRow *row = jd_ui_test_block_row (window, 0, 0);
  JdSpellAdapter *spell = _jd_block_row_get_spell_adapter (row);
  GtkWidget *view = _jd_block_row_get_text_view (row);
  int end = (int)g_utf8_strlen (BRIEF, -1);

  jd_block_row_focus (row, -1);
  jd_ui_test_type_into (view, " Freshh rolls daily");
  WAIT_FOR (jd_spell_adapter_is_marked (spell, end + 1, end + 7));
  g_assert_false (jd_spell_adapter_is_marked (spell, end + 8, end + 13));

  jd_ui_test_close_discarding (window);
}

/* The job title's entry: underlined through Pango attributes, the same
 * menu through its extra menu, a correction that undo takes back. */
static void
test_title (void)
{
  JdWindow *window = open_posting ();
  JdDocument *document = jd_window_get_document (window);
  JdSpellEntry *spell = _jd_editor_get_title_spell (JD_EDITOR (jd_window_get_editor (window)));
  GtkWidget *title = GTK_WIDGET (gtk_widget_get_template_child (_jd_editor_get_form (JD_EDITOR (jd_window_get_editor (window))),
                                                                JD_TYPE_METADATA_FORM, "title_row"));
  g_autoptr(GVariant) target = NULL;
  g_autofree char *expected = NULL;
  GtkWidget *text;
  GMenuModel *menu;

  jd_document_set_title (document, "Head Pastri Chef");
  WAIT_FOR (jd_spell_entry_is_marked (spell, 5, 11));
  g_assert_false (jd_spell_entry_is_marked (spell, 0, 4));

  gtk_widget_grab_focus (title);
  gtk_editable_set_position (GTK_EDITABLE (title), 7);
  for (text = title; !GTK_IS_TEXT (text);)
    text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (text)));
  jd_ui_test_send_key (text, GDK_KEY_F10, GDK_SHIFT_MASK);
  menu = jd_spell_entry_get_menu (spell);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  {
    g_autoptr(GMenuModel) suggestions = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);

    target = g_menu_model_get_item_attribute_value (suggestions, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  }
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "Pastry");
  g_assert_true (gtk_widget_activate_action_variant (text, "spelling.correct", target));
  expected = g_strdup_printf ("Head %s Chef", g_variant_get_string (target, NULL));
  g_assert_cmpstr (jd_document_get_title (document), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (jd_document_get_title (document), ==, "Head Pastri Chef");

  jd_ui_test_close_discarding (window);
}

/* Whether @text shows a spelling underline over bytes [@start, @end). */
static gboolean
has_spelling_underline (GtkText *text,
                        guint    start,
                        guint    end)
{
  PangoAttrList *attributes = gtk_text_get_attributes (text);
  GSList *list;
  gboolean found = FALSE;

  if (attributes == NULL)
    return FALSE;

  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_UNDERLINE &&
          ((PangoAttrInt *)attribute)->value == PANGO_UNDERLINE_ERROR &&
          attribute->start_index <= start && attribute->end_index >= end)
        found = TRUE;
    }
  g_slist_free_full (list, (GDestroyNotify)pango_attribute_destroy);

  return found;
}

/* A section's heading is prose too: underlined in its entry, with the
 * same menu, a correction that undo takes back; and the department. */
static void
test_heading_and_department (void)
{
  JdWindow *window = open_posting ();
  JdDocument *document = jd_window_get_document (window);
  JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
  JdSection *section = jd_document_get_section (document, 0);
  GtkWidget *card = _jd_editor_get_section_card (editor, 0);
  JdSpellEntry *spell = _jd_section_card_get_heading_spell (JD_SECTION_CARD (card));
  GtkWidget *heading = _jd_section_card_get_heading (JD_SECTION_CARD (card));
  JdTextRange department_range = { "department", -1, -1, 0, 0 };
  JdTextRange company_range = { "company", -1, -1, 0, 0 };
  JdSpellEntry *department_spell = _jd_editor_get_text_spell (editor, &department_range);
  GtkWidget *department = _jd_editor_get_field_widget (editor, "department");
  GtkWidget *department_text;
  g_autoptr(GVariant) target = NULL;
  GMenuModel *menu;

  jd_section_set_heading (section, "Our Bakerry");
  WAIT_FOR (jd_spell_entry_is_marked (spell, 4, 11));
  g_assert_false (jd_spell_entry_is_marked (spell, 0, 3));
  WAIT_FOR (has_spelling_underline (GTK_TEXT (heading), 4, 11));
  g_assert_false (has_spelling_underline (GTK_TEXT (heading), 0, 3));

  gtk_widget_grab_focus (heading);
  gtk_editable_set_position (GTK_EDITABLE (heading), 6);
  jd_ui_test_send_key (heading, GDK_KEY_F10, GDK_SHIFT_MASK);
  menu = jd_spell_entry_get_menu (spell);
  g_assert_true (gtk_text_get_extra_menu (GTK_TEXT (heading)) == menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  {
    g_autoptr(GMenuModel) suggestions = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);

    target = g_menu_model_get_item_attribute_value (suggestions, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  }
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "Bakery");
  g_assert_true (gtk_widget_activate_action_variant (heading, "spelling.correct", target));
  g_assert_cmpstr (jd_section_get_heading (section), ==, "Our Bakery");
  WAIT_FOR (!has_spelling_underline (GTK_TEXT (heading), 4, 10));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (jd_section_get_heading (section), ==, "Our Bakerry");
  WAIT_FOR (has_spelling_underline (GTK_TEXT (heading), 4, 11));

  g_assert_nonnull (department_spell);
  for (department_text = department; !GTK_IS_TEXT (department_text);)
    department_text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (department_text)));
  jd_document_set_department (document, "Pastri Kitchen");
  WAIT_FOR (jd_spell_entry_is_marked (department_spell, 0, 6));
  WAIT_FOR (has_spelling_underline (GTK_TEXT (department_text), 0, 6));
  g_assert_false (has_spelling_underline (GTK_TEXT (department_text), 7, 14));

  /* The company's name is a name, not prose. */
  g_assert_null (_jd_editor_get_text_spell (editor, &company_range));

  jd_ui_test_close_discarding (window);
}

static void
test_missing_dictionary (void)
{
  JdWindow *window = open_posting ();
  JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
  JdBlockRow *row = jd_ui_test_block_row (window, 0, 0);
  JdSpellAdapter *spell = _jd_block_row_get_spell_adapter (row);
  const char *note;

  WAIT_FOR (jd_spell_adapter_is_marked (spell, 22, 33));
  /* The dictionary of a language loads in a worker thread. */
  jd_document_set_language (jd_window_get_document (window), "xx");
  WAIT_FOR (_jd_editor_get_spell_note (editor) != NULL);
  note = _jd_editor_get_spell_note (editor);
  g_assert_nonnull (strstr (note, "xx"));
  WAIT_FOR (!jd_spell_adapter_is_marked (spell, 22, 33));
  g_assert_null (jd_ui_test_find_message_dialog ());

  jd_document_set_language (jd_window_get_document (window), "en");
  WAIT_FOR (_jd_editor_get_spell_note (editor) == NULL);
  WAIT_FOR (jd_spell_adapter_is_marked (spell, 22, 33));

  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *enchant_dir = NULL;

  jd_ui_test_init (&argc, &argv);
  enchant_dir = g_build_filename (jd_ui_test_tmp_dir (), "enchant", NULL);
  g_setenv ("ENCHANT_CONFIG_DIR", enchant_dir, TRUE);

  g_test_add_func ("/window-spell/underline-correct-undo", test_underline_correct_undo);
  g_test_add_func ("/window-spell/typing", test_typing);
  g_test_add_func ("/window-spell/title", test_title);
  g_test_add_func ("/window-spell/heading-and-department", test_heading_and_department);
  g_test_add_func ("/window-spell/missing-dictionary", test_missing_dictionary);

  return jd_test_run ();
}
