/* test-window-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing in a real window: Open with a Word, OpenDocument, HTML,
 * Markdown or text file makes a new unsaved document and says what it
 * guessed; a file that cannot be imported says why; New From Clipboard
 * makes a document of rich or plain text. Runs under Xvfb when there is
 * no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-application-private.h"
#include "jd-window-test-utils.h"

/* One application for the program: a second one with the same id would
 * not register on the bus. A private instance: no other Jobscribe on the
 * bus answers for it. */
static JdApplication *
get_application (void)
{
  static JdApplication *app;
  g_autoptr(GError) error = NULL;

  if (app != NULL)
    return app;

  app = jd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  return app;
}

static char *
sections_of (JdDocument *document)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, jd_section_kind_to_string (jd_section_get_kind (jd_document_get_section (document, i))));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
has_title (JdWindow   *window,
           const char *title)
{
  JdDocument *document = jd_window_get_document (window);

  return document != NULL && g_strcmp0 (jd_document_get_title (document), title) == 0;
}

/* Open with a Word file: a new document without a file, in the editor,
 * and a toast with what was guessed. */
static void
test_open_docx (void)
{
  g_autofree char *path = jd_ui_test_data_path ("import/es-recepcionista.docx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  JdWindow *window = jd_ui_test_new_window ();
  g_autofree char *sections = NULL;
  const char *toast;

  jd_window_open_file (window, file);
  g_assert_true (_jd_window_is_loading (window));
  WAIT_FOR (has_title (window, "Recepcionista de hotel"));
  g_assert_false (_jd_window_is_loading (window));

  g_assert_null (jd_window_get_file (window));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Recepcionista de hotel");
  g_assert_cmpstr (jd_document_get_language (jd_window_get_document (window)), ==, "es");
  sections = sections_of (jd_window_get_document (window));
  g_assert_cmpstr (sections, ==, "brief responsibilities requirements nice-to-have benefits custom apply");

  toast = jd_ui_test_wait_for_toast (window, "sections recognized");
  g_assert_cmpstr (toast, ==, "Imported “es-recepcionista.docx”: 6 sections recognized, "
                              "1 kept as custom; language detected: Español");

  g_assert_false (jd_window_is_pristine (window));
  jd_ui_test_close_discarding (window);
}

/* The application routes files by their name: a .jobdesc is opened, the
 * others are imported, each into a window of its own. */
static void
test_open_routes (void)
{
  JdApplication *app = get_application ();
  g_autofree char *md_path = jd_ui_test_data_path ("import/pt-motorista.md");
  g_autofree char *html_path = jd_ui_test_data_path ("import/el-nosileftis.html");
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(GFile) html = g_file_new_for_path (html_path);
  JdWindow *first;
  JdWindow *second;

  first = _jd_application_open (app, NULL, md, NULL);
  /* The first window is busy importing: the next file gets another. */
  second = _jd_application_open (app, NULL, html, NULL);
  g_assert_true (first != second);

  WAIT_FOR (has_title (first, "Motorista de entregas"));
  WAIT_FOR (has_title (second, "Νοσηλευτής/Νοσηλεύτρια ΤΕ"));
  g_assert_cmpstr (jd_document_get_language (jd_window_get_document (second)), ==, "el");

  jd_ui_test_close_discarding (first);
  jd_ui_test_close_discarding (second);
}

/* A file that cannot be imported changes nothing and says why, naming
 * the file; a name with markup in it is shown as it is. */
static void
test_open_errors (void)
{
  g_autofree char *cut_path = g_build_filename (jd_ui_test_tmp_dir (), "cut.docx", NULL);
  g_autofree char *odd_path = g_build_filename (jd_ui_test_tmp_dir (), "R&D <lead>.md", NULL);
  g_autofree char *source = jd_ui_test_data_path ("import/en-operations-coordinator.docx");
  g_autoptr(GFile) cut = g_file_new_for_path (cut_path);
  g_autoptr(GFile) odd = g_file_new_for_path (odd_path);
  g_autofree char *data = NULL;
  gsize len = 0;
  JdWindow *window = jd_ui_test_new_window ();
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (source, &data, &len, NULL));
  g_assert_true (g_file_set_contents (cut_path, data, (gssize)(len / 3), NULL));
  g_assert_true (g_file_set_contents (odd_path, "# R&D lead\n\n## Duties\n\n- Lead R&D\n", -1, NULL));

  jd_window_open_file (window, cut);
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import “cut.docx”");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "damaged"));
  jd_ui_test_answer_dialog (dialog, "close");
  g_assert_true (jd_window_is_pristine (window));
  g_assert_false (_jd_window_is_loading (window));

  jd_window_open_file (window, odd);
  WAIT_FOR (has_title (window, "R&D lead"));
  g_assert_cmpstr (jd_ui_test_wait_for_toast (window, "Imported"), ==,
                   "Imported “R&D <lead>.md”: 1 section recognized, 0 kept as custom; "
                   "language detected: English");

  jd_ui_test_close_discarding (window);
  g_assert_cmpint (g_unlink (cut_path), ==, 0);
  g_assert_cmpint (g_unlink (odd_path), ==, 0);
}

static void
set_clipboard (const char *mime_type,
               const char *text)
{
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GdkContentProvider) provider = gdk_content_provider_new_for_bytes (mime_type, bytes);

  g_assert_true (gdk_clipboard_set_content (clipboard, provider));
}

/* Rich text from a web page or a word processor. */
static void
test_clipboard_html (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  g_autofree char *sections = NULL;

  set_clipboard ("text/html",
                 "<meta charset='utf-8'><h1>Gärtnerin</h1><p>Wir pflegen die Parks der Stadt.</p>"
                 "<h2>Ihre Aufgaben</h2><ul><li>Beete pflegen</li><li>Bäume schneiden</li></ul>"
                 "<h3>Was wir bieten</h3><ul><li>Ein Jahresticket</li></ul>");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-clipboard", NULL);
  WAIT_FOR (has_title (window, "Gärtnerin"));

  g_assert_null (jd_window_get_file (window));
  g_assert_cmpstr (jd_document_get_language (jd_window_get_document (window)), ==, "de");
  sections = sections_of (jd_window_get_document (window));
  g_assert_cmpstr (sections, ==, "brief responsibilities benefits");
  g_assert_cmpstr (jd_ui_test_wait_for_toast (window, "clipboard"), ==,
                   "New document from the clipboard: 3 sections recognized, 0 kept as custom; "
                   "language detected: Deutsch");

  jd_ui_test_close_discarding (window);
}

/* Plain text, which may be Markdown, into a new window when this one
 * holds a document already. */
static void
test_clipboard_text (void)
{
  JdApplication *app = get_application ();
  g_autoptr(JdDocument) existing = jd_document_new ();
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  JdWindow *window;
  JdWindow *other = NULL;

  jd_document_set_title (existing, "Cook");
  window = _jd_application_open (app, NULL, NULL, existing);

  gdk_clipboard_set_text (clipboard, "# Baker\n\n## Responsibilities\n\n- Bake **bread** daily\n");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-clipboard", NULL);
  WAIT_FOR (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))) == 2);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (l->data != window)
      other = l->data;
  WAIT_FOR (has_title (other, "Baker"));
  g_assert_true (has_title (window, "Cook"));
  {
    JdSection *duties = jd_document_find_section (jd_window_get_document (other), JD_SECTION_RESPONSIBILITIES);

    g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, "Bake bread daily");
  }

  jd_ui_test_close_discarding (other);
  jd_ui_test_close_discarding (window);
}

/* Without text on the clipboard, nothing happens but a toast. */
static void
test_clipboard_empty (void)
{
  JdWindow *window = jd_ui_test_new_window ();

  set_clipboard ("image/png", "\x89PNG\r\n\x1a\n");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-clipboard", NULL);
  g_assert_cmpstr (jd_ui_test_wait_for_toast (window, "clipboard"), ==, "The clipboard holds no text");
  g_assert_true (jd_window_is_pristine (window));

  /* Text that is only white space is no document either. */
  set_clipboard ("text/plain", "   \n\n ");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-clipboard", NULL);
  jd_ui_test_wait_for_toast (window, "holds no text");
  g_assert_true (jd_window_is_pristine (window));

  /* Binary data that says it is text is refused with the reason. */
  set_clipboard ("text/plain", "%PDF-1.7\n");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-clipboard", NULL);
  {
    AdwMessageDialog *dialog;

    WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Make a Document From the Clipboard");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "PDF"));
    jd_ui_test_answer_dialog (dialog, "close");
  }
  g_assert_true (jd_window_is_pristine (window));

  jd_ui_test_close_discarding (window);
}

static GMenuModel *
find_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic") == 0)
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *found = find_primary_menu (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }

  return FALSE;
}

/* The action is in the main menu, bound to Shift+Ctrl+N, and listed in
 * the shortcuts window with that accelerator. */
static void
test_clipboard_discoverable (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  g_autoptr(GtkShortcutTrigger) expected = gtk_shortcut_trigger_parse_string ("<Control><Shift>n");
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean bound = FALSE;
  gboolean listed = FALSE;

  g_assert_true (menu_has_action (find_primary_menu (GTK_WIDGET (window)), "win.new-from-clipboard"));

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !bound; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !bound; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          bound = gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), expected) &&
                  GTK_IS_NAMED_ACTION (action) &&
                  g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                             "win.new-from-clipboard") == 0;
        }
    }
  g_object_unref (controllers);
  g_assert_true (bound);

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accelerator = NULL;
        g_autofree char *title = NULL;

        g_object_get (l->data, "accelerator", &accelerator, "title", &title, NULL);
        if (g_strcmp0 (accelerator, "<Control><Shift>n") == 0)
          {
            g_assert_cmpstr (title, ==, "New document from the clipboard");
            listed = TRUE;
          }
      }
  g_assert_true (listed);

  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-import/open-docx", test_open_docx);
  g_test_add_func ("/window-import/open-routes", test_open_routes);
  g_test_add_func ("/window-import/open-errors", test_open_errors);
  g_test_add_func ("/window-import/clipboard-html", test_clipboard_html);
  g_test_add_func ("/window-import/clipboard-text", test_clipboard_text);
  g_test_add_func ("/window-import/clipboard-empty", test_clipboard_empty);
  g_test_add_func ("/window-import/clipboard-discoverable", test_clipboard_discoverable);

  return jd_test_run ();
}
