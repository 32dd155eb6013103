/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives real windows through their actions, as a user would with the
 * keyboard: the sidebar, templates, opening, the company profile,
 * translation and the preferences.
 * Runs under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include "jd-company-profile.h"
#include "jd-editor-private.h"
#include "jd-paper-size.h"
#include "jd-section-card-private.h"
#include "jd-sidebar.h"
#include "jd-sidebar-item.h"
#include "jd-review.h"
#include "jd-template-page-private.h"
#include "jd-ui-private.h"
#include "jd-welcome-page.h"
#include "jd-window-private.h"
#include "jd-window-test-utils.h"

static void
test_window_opens (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  GListModel *rows = jd_sidebar_get_rows (sidebar);

  g_assert_nonnull (jd_window_get_document (window));
  g_assert_null (jd_window_get_file (window));
  g_assert_true (jd_window_is_pristine (window));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "empty");

  /* The blank document behind the welcome page has no editor, preview
   * or review yet (they are made when the editor shows), and loads no
   * spelling dictionary. */
  g_assert_null (window->editor);
  g_assert_null (adw_bin_get_child (window->editor_bin));

  /* With no document, the preview (and export, print) cannot be used. */
  {
    gboolean before, after;

    g_object_get (window, "show-preview", &before, NULL);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
    g_object_get (window, "show-preview", &after, NULL);
    g_assert_cmpint (before, ==, after);
  }

  /* Categories first, collapsed; no template rows until one is expanded. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 16);
  g_assert_cmpuint (jd_ui_test_count_template_rows (window), ==, 0);
  {
    g_autoptr(GtkTreeListRow) sales = g_list_model_get_item (rows, 0);
    gtk_tree_list_row_set_expanded (sales, TRUE);
  }
  g_assert_cmpuint (jd_ui_test_count_template_rows (window), >=, 4);

  /* Starting from a blank page makes the editor, which loads its
   * dictionary once it shows. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-blank", NULL);
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");
  g_assert_nonnull (window->editor);
  g_assert_true (adw_bin_get_child (window->editor_bin) == window->editor);
  WAIT_FOR (_jd_editor_get_spell_checker (JD_EDITOR (window->editor)) != NULL);

  jd_ui_test_close_discarding (window);
}

static GtkWidget *
find_search_entry (GtkWidget *root)
{
  if (GTK_IS_SEARCH_ENTRY (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether a label that a user can see under @root reads @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

/* With the interface in English, typing a title in another language, in
 * its feminine form, finds its template; the hit says its category, what
 * matched and, in a small tag, the language that matched. */
static void
test_search_every_language (void)
{
  static const struct {
    const char *query;
    const char *id;
    const char *language;
    const char *detail;
  } queries[] = {
    { "enfermera", "registered-nurse", "Español", "Healthcare · Enfermero/a" },
    { "Krankenschwester", "registered-nurse", "Deutsch", "Healthcare · Krankenschwester/Krankenpfleger" },
    { "λογιστής", "accountant", "Ελληνικά", NULL },
    { "medico", NULL, "Español", NULL },
  };
  JdWindow *window = jd_ui_test_new_window ();
  GtkWidget *sidebar = _jd_window_get_sidebar (window);
  GtkWidget *entry = find_search_entry (sidebar);

  g_assert_nonnull (entry);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_test_message ("typing %s", queries[i].query);
      /* As typed: the search runs after the entry's delay. */
      gtk_editable_set_text (GTK_EDITABLE (entry), queries[i].query);
      WAIT_FOR (jd_ui_test_first_template_row (window) != NULL &&
                (queries[i].id == NULL ||
                 g_strcmp0 (jd_template_get_id (jd_ui_test_first_template_row (window)), queries[i].id) == 0));
      WAIT_FOR (shows_label (sidebar, queries[i].language));
      if (queries[i].detail != NULL)
        g_assert_true (shows_label (sidebar, queries[i].detail));
    }

  /* The language picked for templates ranks first: "Mecânico" is the
   * Portuguese title of one template, "Mecánico/a" the Spanish of another. */
  jd_template_page_set_language (JD_TEMPLATE_PAGE (_jd_window_get_template_page (window)), "pt");
  gtk_editable_set_text (GTK_EDITABLE (entry), "mecanico");
  WAIT_FOR (jd_ui_test_first_template_row (window) != NULL &&
            g_strcmp0 (jd_template_get_id (jd_ui_test_first_template_row (window)), "automotive-technician") == 0);
  jd_template_page_set_language (JD_TEMPLATE_PAGE (_jd_window_get_template_page (window)), "es");
  WAIT_FOR (jd_ui_test_first_template_row (window) != NULL &&
            g_strcmp0 (jd_template_get_id (jd_ui_test_first_template_row (window)), "maintenance-mechanic") == 0);
  jd_template_page_set_language (JD_TEMPLATE_PAGE (_jd_window_get_template_page (window)), "en");

  /* A hit in the sidebar's own language has no tag. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "registered nurse");
  WAIT_FOR (jd_ui_test_first_template_row (window) != NULL &&
            g_strcmp0 (jd_template_get_id (jd_ui_test_first_template_row (window)), "registered-nurse") == 0);
  /* Once the list has laid its rows out. */
  WAIT_FOR (shows_label (sidebar, "Registered Nurse"));
  g_assert_false (shows_label (sidebar, "Español"));
  g_assert_false (shows_label (sidebar, "English"));

  jd_ui_test_close_discarding (window);
}

static void
test_search_filters_sidebar (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  GListModel *rows = jd_sidebar_get_rows (sidebar);

  jd_sidebar_set_search_text (sidebar, "account manager");
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 4);
  g_assert_cmpuint (jd_ui_test_count_template_rows (window), ==, g_list_model_get_n_items (rows));
  g_assert_nonnull (strstr (jd_template_get_title (jd_ui_test_first_template_row (window), "en"), "Account Manager"));

  jd_sidebar_set_search_text (sidebar, "nurse");
  g_assert_cmpstr (jd_template_get_id (jd_ui_test_first_template_row (window)), ==, "registered-nurse");

  jd_sidebar_set_search_text (sidebar, "qwxyzzy");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);

  /* Clearing the search brings the categories back. */
  jd_sidebar_set_search_text (sidebar, "");
  g_assert_cmpuint (g_list_model_get_n_items (rows), >=, 16);
  g_assert_cmpuint (jd_ui_test_count_template_rows (window), ==, 0);

  jd_ui_test_close_discarding (window);
}

static void
test_use_template (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  JdTemplatePage *page = JD_TEMPLATE_PAGE (_jd_window_get_template_page (window));
  JdDocument *document;
  JdTemplate *template;

  jd_ui_test_show_template_by_search (window, "senior account", "senior-account-manager");
  template = jd_template_page_get_template (page);
  g_assert_cmpstr (jd_template_get_id (template), ==, "senior-account-manager");

  /* The page sums up the template's own review: its score and what it
   * finds in the wording, the details only a company can add left out. */
  {
    g_autoptr(JdDocument) made = jd_template_create_document (template, "en");
    g_autoptr(JdReview) review = jd_review_new (made, "en");
    guint n = g_list_model_get_n_items (jd_review_get_findings (review)) -
              jd_review_count_category (review, JD_REVIEW_CATEGORY_PAY_TRANSPARENCY) -
              jd_review_count_category (review, JD_REVIEW_CATEGORY_COMPLETENESS);
    g_autofree char *expected = g_strdup_printf ("Review score %u of 100, %u finding%s on the wording",
                                                 jd_review_get_score (review), n, n == 1 ? "" : "s");

    g_assert_cmpuint (jd_review_get_score (review), >, 0);
    g_assert_cmpstr (_jd_template_page_get_review_text (page), ==, expected);
  }

  /* Its sections are headed as the document made from it will be, in
   * the language picked. */
  jd_template_page_set_language (page, "fr");
  WAIT_FOR (shows_label (GTK_WIDGET (page), jd_terms_get_kind_heading (jd_library_get_terms (jd_window_get_library (window)),
                                                                       JD_SECTION_RESPONSIBILITIES, "fr")));
  jd_template_page_set_language (page, "en");
  WAIT_FOR (shows_label (GTK_WIDGET (page), "About the role"));

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

  jd_ui_test_close_discarding (window);
}

static void
test_sidebar_toggle (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  gboolean shown;

  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_true (shown);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_false (shown);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_true (shown);

  jd_ui_test_close_discarding (window);
}

/* The window goes as narrow as the HIG asks, whatever it shows, in every
 * language of the interface; the header bar keeps its title there. */
static void
test_narrow (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("account manager", "account-manager");
  int minimum = 0;

  g_object_set (window, "show-review", TRUE, NULL);
  jd_ui_test_run_pending ();
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_test_message ("minimum width %d", minimum);
  /* 360 in GNOME, where the header bar has one window button; the test's
   * display shows three. */
  g_assert_cmpint (minimum, <=, 360 + 2 * 46);

  /* A narrow window still saves and opens, from the menu and the keys. */
  gtk_window_set_default_size (GTK_WINDOW (window), minimum, 700);
  jd_ui_test_run_pending ();
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window)));

  jd_ui_test_close_discarding (window);
}

/* The status bar of an empty document says no reading time, and file
 * choosers open where the document is, or in the documents folder. */
static void
test_status_and_choosers (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  GtkLabel *status = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (window), JD_TYPE_WINDOW, "status_label"));
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "choosers", "job.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-blank", NULL);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "0 words");
  jd_document_set_title (jd_window_get_document (window), "Baker");
  {
    g_autoptr(JdSection) section = jd_section_new (JD_SECTION_BRIEF);

    jd_section_add_text (section, JD_BLOCK_PARAGRAPH, "You bake bread for the shop.");
    jd_document_append_section (jd_window_get_document (window), section);
  }
  g_assert_cmpstr (gtk_label_get_label (status), ==, "7 words · about 1 minute to read");

  g_assert_true (g_mkdir_with_parents (g_file_peek_path (parent), 0700) == 0);
  {
    GtkFileChooserNative *chooser = gtk_file_chooser_native_new ("Test", GTK_WINDOW (window),
                                                                 GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
    g_autoptr(GFile) folder = _jd_file_chooser_get_start_folder (file);
    g_autoptr(GFile) documents = _jd_file_chooser_get_start_folder (NULL);
    const char *documents_dir = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

    g_assert_nonnull (folder);
    g_assert_true (g_file_equal (folder, parent));
    if (documents_dir != NULL && g_file_test (documents_dir, G_FILE_TEST_IS_DIR))
      g_assert_cmpstr (g_file_peek_path (documents), ==, documents_dir);
    else
      g_assert_null (documents);
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
    g_object_unref (chooser);
  }

  jd_ui_test_close_discarding (window);
}

/* Files given on the command line or dropped on a window open in the
 * window that holds nothing yet, then in new windows. */
static void
test_application_open_and_drop (void)
{
  g_autoptr(JdApplication) app = jd_application_new ();
  g_autofree char *path = jd_ui_test_data_path ("valid-small.jobdesc");
  g_autofree char *golden = jd_ui_test_data_path ("golden.jobdesc");
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
    jd_ui_test_close_discarding (windows->data);
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

  window = jd_ui_test_new_window ();
  jd_ui_test_show_template_by_search (window, "pharmacist", "pharmacist");
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
  jd_ui_test_close_discarding (window);
}

static void
count_changes_cb (guint *changes)
{
  (*changes)++;
}

/* The labels of "Translate Document Into" are @..., in that order. */
static void
assert_translate_menu (JdWindow *window,
                       ...)
{
  GMenuModel *menu = G_MENU_MODEL (window->translate_menu);
  const char *expected;
  va_list args;
  int i = 0;

  va_start (args, window);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_autofree char *label = NULL;

      g_assert_cmpint (i, <, g_menu_model_get_n_items (menu));
      g_assert_true (g_menu_model_get_item_attribute (menu, i++, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_assert_cmpstr (label, ==, expected);
    }
  va_end (args);
  g_assert_cmpint (i, ==, g_menu_model_get_n_items (menu));
}

static void
test_translate_document (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("account manager", "account-manager");
  JdDocument *document = jd_window_get_document (window);
  JdSection *duties = jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES);
  JdBlock *changed = jd_section_get_block (duties, 0);
  JdBlock *untouched = jd_section_get_block (duties, 1);
  JdLibrary *library = jd_window_get_library (window);
  JdTemplate *template = jd_library_lookup (library, "account-manager");
  g_autoptr(JdDocument) before = NULL;

  jd_block_set_text (changed, "Look after our twelve largest customers in the Nordics");
  before = jd_document_copy (document);

  /* The menu offers the other languages, by their own names, not the
   * document's own. */
  g_assert_cmpstr (jd_document_get_language (document), ==, "en");
  assert_translate_menu (window, "Deutsch", "Español", "Français", "Português", "Ελληνικά", NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.translate", "s", "de");
  g_assert_cmpstr (jd_document_get_language (document), ==, "de");
  assert_translate_menu (window, "English", "Español", "Français", "Português", "Ελληνικά", NULL);
  g_assert_cmpstr (jd_document_get_title (document), ==, jd_template_get_title (template, "de"));
  g_assert_cmpstr (jd_block_get_text (untouched), ==,
                   jd_template_get_text (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 1, "de"));
  g_assert_false (jd_block_get_needs_translation (untouched));

  /* The user's words stay, marked, shown with the template's wording. */
  g_assert_cmpstr (jd_block_get_text (changed), ==, "Look after our twelve largest customers in the Nordics");
  g_assert_true (jd_block_get_needs_translation (changed));
  g_assert_nonnull (strstr (_jd_block_row_get_translation_hint (jd_ui_test_block_row (window, 1, 0)),
                            jd_template_get_text (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 0, "de")));
  g_assert_null (_jd_block_row_get_translation_hint (jd_ui_test_block_row (window, 1, 1)));

  /* The toast says how many blocks are left to translate; Show goes to
   * the first. */
  {
    GtkWidget *show = jd_ui_test_wait_for_toast_button (window, "_Show");

    g_assert_cmpstr (jd_ui_test_wait_for_toast (window, "needs translating"), ==,
                     "Translated; 1 block you changed needs translating");
    gtk_widget_grab_focus (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 2, 0)));
    g_signal_emit_by_name (show, "clicked");
    g_assert_true (gtk_widget_has_focus (_jd_block_row_get_text_view (jd_ui_test_block_row (window, 1, 0))));
  }

  /* Translated says the block is done: the note under it goes, and
   * comes back with undo. */
  {
    GtkWidget *translated = NULL;

    WAIT_FOR ((translated = jd_ui_test_find_button (GTK_WIDGET (jd_ui_test_block_row (window, 1, 0)),
                                                    "_Translated")) != NULL);
    g_signal_emit_by_name (translated, "clicked");
    g_assert_false (jd_block_get_needs_translation (changed));
    g_assert_null (_jd_block_row_get_translation_hint (jd_ui_test_block_row (window, 1, 0)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_true (jd_block_get_needs_translation (changed));
    g_assert_nonnull (_jd_block_row_get_translation_hint (jd_ui_test_block_row (window, 1, 0)));
  }

  /* The editor names sections as the preview and the exports do: their
   * kinds' headings in the document's language, in the cards and in the
   * menu that adds them. */
  {
    JdTerms *terms = jd_library_get_terms (library);
    JdEditor *editor = JD_EDITOR (jd_window_get_editor (window));
    GMenuModel *kinds = G_MENU_MODEL (editor->kinds_menu);

    for (guint i = 0; i < jd_document_get_n_sections (document); i++)
      {
        JdSection *section = jd_document_get_section (document, i);
        GtkWidget *card = _jd_editor_get_section_card (editor, i);
        GtkText *heading = GTK_TEXT (_jd_section_card_get_heading (JD_SECTION_CARD (card)));

        g_assert_cmpstr (gtk_text_get_placeholder_text (heading), ==,
                         jd_terms_get_kind_heading (terms, jd_section_get_kind (section), "de"));
      }
    g_assert_cmpint (g_menu_model_get_n_items (kinds), ==, JD_SECTION_N_KINDS - 1);
    for (int i = 0; i < g_menu_model_get_n_items (kinds); i++)
      {
        g_autofree char *label = NULL;

        g_assert_true (g_menu_model_get_item_attribute (kinds, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
        g_assert_cmpstr (label, ==, jd_terms_get_kind_heading (terms, (JdSectionKind)i, "de"));
      }
    g_assert_cmpstr (jd_terms_get_kind_heading (terms, JD_SECTION_BRIEF, "de"), !=,
                     jd_terms_get_kind_heading (terms, JD_SECTION_BRIEF, "en"));
  }

  /* One undo step takes it all back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (jd_document_equal (document, before));
  {
    GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 0);
    GtkText *heading = GTK_TEXT (_jd_section_card_get_heading (JD_SECTION_CARD (card)));

    g_assert_cmpstr (gtk_text_get_placeholder_text (heading), ==,
                     jd_terms_get_kind_heading (jd_library_get_terms (library),
                                                jd_section_get_kind (jd_document_get_section (document, 0)), "en"));
  }

  /* Another document in the same language leaves the menu as it is: its
   * popover would make its rows again. */
  {
    g_autoptr(JdDocument) english = jd_document_new ();
    g_autoptr(JdOpenDocument) next = NULL;
    guint changes = 0;
    gulong id;

    g_assert_cmpstr (jd_document_get_language (document), ==, "en");
    jd_document_set_language (english, "en");
    next = jd_open_document_new (english, NULL, NULL);
    id = g_signal_connect_swapped (window->translate_menu, "items-changed", G_CALLBACK (count_changes_cb), &changes);
    _jd_window_set_open_document (window, next);
    g_assert_cmpuint (changes, ==, 0);
    assert_translate_menu (window, "Deutsch", "Español", "Français", "Português", "Ελληνικά", NULL);
    jd_document_set_language (english, "fr");
    g_assert_cmpuint (changes, >, 0);
    assert_translate_menu (window, "Deutsch", "English", "Español", "Português", "Ελληνικά", NULL);
    g_signal_handler_disconnect (window->translate_menu, id);
  }

  jd_ui_test_close_discarding (window);
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
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 6 /* el */);
  row = find_row (preferences, ADW_TYPE_ENTRY_ROW, "Company Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (row), "Κλινικές Παράδειγμα");
  about = jd_company_profile_get (settings, JD_COMPANY_NAME, "el");
  g_assert_cmpstr (about, ==, "Κλινικές Παράδειγμα");
  g_free (name);
  name = g_settings_get_string (settings, "company-name");
  g_assert_cmpstr (name, ==, "Example Clinics");

  /* "Automatic" names the size it gives, whole. */
  row = find_row (preferences, ADW_TYPE_COMBO_ROW, "Page Size");
  {
    g_autoptr(GtkStringObject) automatic = g_list_model_get_item (adw_combo_row_get_model (ADW_COMBO_ROW (row)), 0);

    g_assert_cmpstr (gtk_string_object_get_string (automatic), ==,
                     jd_paper_size_get_default () == JD_PAPER_LETTER ? "Automatic (US Letter)" : "Automatic (A4)");
  }

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

    /* The value says its unit, and what is typed counts without it. */
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "10 s");
    gtk_editable_set_text (GTK_EDITABLE (spin), "12 s");
    gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
    g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 12);
    gtk_editable_set_text (GTK_EDITABLE (spin), "20");
    gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
    g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 20);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "20 s");
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 10);

    /* Scrolling the page over it changes nothing. */
    if (jd_ui_test_can_scroll ())
      {
        jd_ui_test_scroll_over (spin, 3);
        g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 10);
        g_assert_cmpuint (g_settings_get_uint (settings, "autosave-delay"), ==, 10);
      }
  }

  /* New documents start in the language of the preferences. */
  row = find_row (preferences, ADW_TYPE_COMBO_ROW, "Language of New Documents");
  /* The value shows whole, under the title. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Same as the Interface");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 4 /* fr */);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Français");
  {
    g_autofree char *lang = g_settings_get_string (settings, "document-language");
    g_assert_cmpstr (lang, ==, "fr");
  }
  jd_ui_test_show_template_by_search (window, "chef de partie", "chef-de-partie");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  g_assert_cmpstr (jd_document_get_language (jd_window_get_document (window)), ==, "fr");
  g_assert_cmpstr (jd_document_get_company_name (jd_window_get_document (window)), ==, "Example Clinics");

  g_settings_reset (settings, "company-name");
  g_settings_reset (settings, "company-translations");
  g_settings_reset (settings, "autosave-delay");
  g_settings_reset (settings, "document-language");
  gtk_window_destroy (GTK_WINDOW (preferences));
  jd_ui_test_close_discarding (window);
}

/* Finds the shortcut for @keyval with @state of @widget or its nearest
 * ancestor that has one, and activates it, as a key press would. */
static gboolean
send_shortcut (GtkWidget       *widget,
               guint            keyval,
               GdkModifierType  state)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == state)
                return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                     gtk_shortcut_get_arguments (shortcut));
            }
        }
    }

  return FALSE;
}

/* A related role on the template page shows that template. */
static void
test_related_role (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  JdTemplatePage *page = JD_TEMPLATE_PAGE (_jd_window_get_template_page (window));
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  g_autoptr(GPtrArray) related = NULL;
  JdTemplate *nurse;
  JdTemplate *other;

  jd_ui_test_show_template_by_search (window, "registered nurse", "registered-nurse");
  nurse = jd_template_page_get_template (page);
  related = jd_library_dup_related (jd_window_get_library (window), nurse);
  g_assert_cmpuint (related->len, >, 0);
  other = g_ptr_array_index (related, related->len - 1);

  /* Nothing to go back to yet. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                                   JD_TYPE_TEMPLATE_PAGE,
                                                                                   "back_button"))));

  /* The sidebar, showing the library again, follows the related role: its
   * category unfolds and its row is the one selected. */
  jd_sidebar_set_search_text (sidebar, "");
  gtk_widget_activate_action (GTK_WIDGET (page), "template.related", "s", jd_template_get_id (other));
  g_assert_true (jd_template_page_get_template (page) == other);
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "template");
  g_assert_true (jd_sidebar_get_selected_template (sidebar) == other);

  /* An id the library does not have changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "template.related", "s", "no-such-template");
  g_assert_true (jd_template_page_get_template (page) == other);

  /* Back (Alt+Left, or the button beside the title) shows the template
   * before, and the sidebar selects it. */
  {
    GtkWidget *back = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), JD_TYPE_TEMPLATE_PAGE,
                                                                 "back_button"));
    g_autofree char *tooltip = g_strdup_printf ("Back to “%s” (Alt+Left)",
                                                jd_template_get_title (nurse, "en"));

    jd_ui_test_run_pending ();
    g_assert_true (gtk_widget_get_mapped (back));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (back), ==, tooltip);
    g_signal_emit_by_name (back, "clicked");
    g_assert_true (jd_template_page_get_template (page) == nurse);
    g_assert_true (jd_sidebar_get_selected_template (sidebar) == nurse);
    g_assert_false (gtk_widget_get_visible (back));
  }

  /* Alt+Left is Back too; from the first template it does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "template.related", "s", jd_template_get_id (other));
  g_assert_true (jd_sidebar_get_selected_template (sidebar) == other);
  jd_template_page_focus_use (page);
  g_assert_true (send_shortcut (gtk_root_get_focus (GTK_ROOT (window)), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_true (jd_template_page_get_template (page) == nurse);
  g_assert_true (jd_sidebar_get_selected_template (sidebar) == nurse);
  gtk_widget_activate_action (GTK_WIDGET (page), "template.back", NULL);
  g_assert_true (jd_template_page_get_template (page) == nurse);

  /* Copy All puts the interview questions on the clipboard, numbered, in
   * the language shown, and a toast says so. */
  {
    g_autoptr(GString) expected = g_string_new (NULL);
    g_autofree char *copied = NULL;
    guint n = jd_template_get_n_texts (nurse, JD_TEMPLATE_FIELD_QUESTIONS);

    jd_template_page_set_language (page, "de");
    for (guint i = 0; i < n; i++)
      g_string_append_printf (expected, "%u. %s\n", i + 1,
                              jd_template_get_text (nurse, JD_TEMPLATE_FIELD_QUESTIONS, i, "de"));
    g_assert_cmpuint (n, >, 0);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-questions", NULL);
    copied = jd_ui_test_dup_clipboard_text (window);
    g_assert_cmpstr (copied, ==, expected->str);
    g_assert_cmpstr (jd_ui_test_wait_for_toast (window, "copied"), ==, "Interview questions copied");
    jd_template_page_set_language (page, "en");
  }

  /* A search that does not find the template shown selects nothing else. */
  jd_sidebar_set_search_text (sidebar, "account manager");
  gtk_widget_activate_action (GTK_WIDGET (page), "template.related", "s", jd_template_get_id (other));
  g_assert_null (jd_sidebar_get_selected_template (sidebar));

  jd_ui_test_close_discarding (window);
}

/* A window with no document lists the documents worked on last, by
 * title and when, and opens the one picked; in a narrow window, "Browse
 * Templates" brings the folded library over the page. */
static void
test_welcome_page (void)
{
  g_autofree char *path = jd_ui_test_data_path ("valid-small.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  g_autoptr(GFileInfo) info = NULL;
  JdWindow *opener = jd_ui_test_new_window ();
  JdWelcomePage *welcome;
  GtkListBox *list;
  GtkWidget *browse;
  GListModel *recent;
  JdWindow *window;
  gboolean shown;

  jd_window_open_file (opener, file);
  WAIT_FOR (jd_window_get_file (opener) != NULL);
  title = g_strdup (jd_document_get_title (jd_window_get_document (opener)));
  g_assert_nonnull (title);
  jd_ui_test_close_discarding (opener);

  window = jd_ui_test_new_window ();
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "empty");
  welcome = JD_WELCOME_PAGE (_jd_window_get_welcome_page (window));
  recent = jd_welcome_page_get_recent (welcome);
  WAIT_FOR (g_list_model_get_n_items (recent) > 0);
  info = g_list_model_get_item (recent, 0);
  g_assert_cmpstr (g_file_info_get_display_name (info), ==, title);
  g_assert_cmpstr (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_TARGET_URI), ==, uri);

  list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (welcome), JD_TYPE_WELCOME_PAGE, "recent_list"));
  /* The list follows the recent files, which may be read again meanwhile:
   * its rows are taken once that is over. */
  jd_ui_test_run_pending ();
  WAIT_FOR (gtk_list_box_get_row_at_index (list, 0) != NULL);
  {
    AdwActionRow *row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0));
    g_autoptr(GDateTime) modified = g_file_info_get_modification_date_time (info);
    g_autofree char *when = _jd_format_when (modified);

    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, when);
    g_assert_true (g_regex_match_simple ("^[0-9]{2}:[0-9]{2}$", when, 0, 0));
  }

  /* Wide, the library is beside the page: no button for it. */
  browse = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (welcome), JD_TYPE_WELCOME_PAGE,
                                                      "browse_button"));
  g_assert_false (gtk_widget_get_visible (browse));

  /* Picking the document opens it in this window. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_true (g_file_equal (jd_window_get_file (window), file));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");
  jd_ui_test_close_discarding (window);

  /* Narrow from the start: Broadway, the display of the Flatpak build's
   * tests, does not resize a window already shown. */
  window = jd_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  welcome = JD_WELCOME_PAGE (_jd_window_get_welcome_page (window));
  browse = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (welcome), JD_TYPE_WELCOME_PAGE,
                                                      "browse_button"));
  WAIT_FOR (adw_flap_get_folded (window->flap));
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_false (shown);
  g_assert_true (gtk_widget_get_visible (browse));
  g_signal_emit_by_name (browse, "clicked");
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_true (shown);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), _jd_window_get_sidebar (window)));
  jd_ui_test_close_discarding (window);
}

/* Collects the tooltips of the widgets under @root. */
static void
collect_tooltips (GtkWidget  *root,
                  GHashTable *tooltips)
{
  if (gtk_widget_get_tooltip_text (root) != NULL)
    g_hash_table_add (tooltips, g_strdup (gtk_widget_get_tooltip_text (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_tooltips (child, tooltips);
}

/* Tooltips are set in code, not in templates, and those of widgets not
 * on screen yet without asking the display where the pointer is
 * (_jd_widget_set_tooltip_text()): the header bar, the editor's cards
 * and rows, and the find bar still have theirs, and a widget keeps
 * whether it shows. */
static void
test_tooltips (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  g_autoptr(GHashTable) tooltips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *shown = gtk_label_new ("•");
  GtkWidget *hidden = gtk_label_new ("¶");

  gtk_box_append (GTK_BOX (box), shown);
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_widget_set_visible (hidden, FALSE);
  g_object_ref_sink (box);

  _jd_widget_set_tooltip_text (shown, "Drag");
  _jd_widget_set_tooltip_text (hidden, "Drag");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (shown), ==, "Drag");
  g_assert_true (gtk_widget_get_has_tooltip (shown));
  g_assert_true (gtk_widget_get_visible (shown));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hidden), ==, "Drag");
  g_assert_false (gtk_widget_get_visible (hidden));
  _jd_widget_set_tooltip_text (shown, NULL);
  g_assert_null (gtk_widget_get_tooltip_text (shown));
  g_assert_false (gtk_widget_get_has_tooltip (shown));
  g_object_unref (box);

  /* The default widget of a window not shown yet stays its default
   * (hiding a widget takes that from it). */
  {
    GtkWidget *other = gtk_window_new ();
    GtkWidget *button = gtk_button_new_with_label ("Publish");

    gtk_window_set_child (GTK_WINDOW (other), button);
    gtk_window_set_default_widget (GTK_WINDOW (other), button);
    _jd_widget_set_tooltip_text (button, "Publish the site");
    g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Publish the site");
    /* GTK would let go of it at the end of the window's next frame. */
    gtk_window_present (GTK_WINDOW (other));
    WAIT_FOR (gtk_widget_get_mapped (button));
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (button);
      gint64 frame = gdk_frame_clock_get_frame_counter (clock);

      gtk_widget_queue_draw (button);
      WAIT_FOR (gdk_frame_clock_get_frame_counter (clock) > frame);
    }
    g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (other)) == button);
    gtk_window_destroy (GTK_WINDOW (other));
  }

  /* On screen, as when a row's kind changes under the pointer. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->sidebar_button)));
  _jd_widget_set_tooltip_text (GTK_WIDGET (window->sidebar_button), "Library");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->sidebar_button)), ==, "Library");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->sidebar_button)));

  jd_ui_test_show_template_by_search (window, "warehouse worker", "warehouse-worker");
  collect_tooltips (GTK_WIDGET (window), tooltips);
  g_assert_true (g_hash_table_contains (tooltips, "Language of the template"));
  g_assert_true (g_hash_table_contains (tooltips, "Copy the questions as text"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  WAIT_FOR (window->editor != NULL && gtk_widget_get_mapped (window->editor));
  /* Its form and cards come a frame at a time, its find bar last. */
  WAIT_FOR (_jd_editor_is_built (JD_EDITOR (window->editor)));
  _jd_editor_get_find_bar (JD_EDITOR (window->editor));
  collect_tooltips (GTK_WIDGET (window), tooltips);
  g_assert_true (g_hash_table_contains (tooltips, "Save (Ctrl+S)"));
  g_assert_true (g_hash_table_contains (tooltips, "Open a Job Description (Ctrl+O)"));
  g_assert_true (g_hash_table_contains (tooltips, "Review the Writing (F7)"));
  g_assert_true (g_hash_table_contains (tooltips, "Section Menu"));
  g_assert_true (g_hash_table_contains (tooltips, "Add a bullet at the end of the section"));
  g_assert_true (g_hash_table_contains (tooltips, "Drag to move this bullet"));
  g_assert_true (g_hash_table_contains (tooltips, "Drag to move this paragraph"));
  g_assert_true (g_hash_table_contains (tooltips, "Lowest salary"));
  g_assert_true (g_hash_table_contains (tooltips, "Next Match (Ctrl+G)"));

  jd_ui_test_close_discarding (window);
}

/* Pushes other icons through the icon theme's ring of recently used ones
 * (100 in GTK 4.8, icons of up to 128 pixels), so that it no longer holds
 * any of those used before. */
static void
cycle_icon_ring (GtkIconTheme *theme)
{
  for (int size = 1; size <= 128; size++)
    g_object_unref (gtk_icon_theme_lookup_icon (theme, "image-missing", NULL, size, 1, GTK_TEXT_DIR_NONE, 0));
}

static void
note_finalized_cb (gpointer  data,
                   GObject  *where_the_object_was)
{
  *(GThread **)data = g_thread_self ();
}

static gpointer
unref_thread (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

/* An icon of the theme that another thread lets go of last is finalized
 * on the main thread, which works around GTK's race between that and a
 * lookup of the same icon (jd-icon-finalize.c): here, in a thread of our
 * own, as GTK's icon-loading thread does when it moves the theme's ring
 * of recent icons on. */
static void
test_icons_finalized_on_main_thread (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  GtkIconPaintable *icon = gtk_icon_theme_lookup_icon (theme, "jd-test-icon-symbolic", NULL, 16, 1,
                                                       GTK_TEXT_DIR_NONE, 0);
  GThread *finalized_in = NULL;

  /* Its last reference is the one taken here. */
  cycle_icon_ring (theme);
  g_object_weak_ref (G_OBJECT (icon), note_finalized_cb, &finalized_in);
  g_thread_join (g_thread_new ("jd-test-unref", unref_thread, icon));
  g_assert_null (finalized_in);

  WAIT_FOR (finalized_in != NULL);
  g_assert_true (finalized_in == g_thread_self ());

  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/search-filters-sidebar", test_search_filters_sidebar);
  g_test_add_func ("/window/search-every-language", test_search_every_language);
  g_test_add_func ("/window/use-template", test_use_template);
  g_test_add_func ("/window/related-role", test_related_role);
  g_test_add_func ("/window/welcome-page", test_welcome_page);
  g_test_add_func ("/window/sidebar-toggle", test_sidebar_toggle);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/status-and-choosers", test_status_and_choosers);
  g_test_add_func ("/window/application-open-and-drop", test_application_open_and_drop);
  g_test_add_func ("/window/company-profile-in-new-documents", test_company_profile_in_new_documents);
  g_test_add_func ("/window/translate-document", test_translate_document);
  g_test_add_func ("/window/preferences", test_preferences);
  g_test_add_func ("/window/icons-finalized-on-main-thread", test_icons_finalized_on_main_thread);
  g_test_add_func ("/window/tooltips", test_tooltips);

  return jd_test_run ();
}
