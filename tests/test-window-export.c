/* test-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export, copy as rich text, print and the preview, from a real window.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include <adwaita.h>
#include <archive.h>
#include <archive_entry.h>
#include <poppler.h>

#include "jd-document-io.h"
#include "jd-export.h"
#include "jd-find.h"
#include "jd-block-row.h"
#include "jd-editor-private.h"
#include "jd-preview-private.h"
#include "jd-section-card-private.h"
#include "jd-window-private.h"

static char *tmp_dir;

static JdWindow *
window_with_document (void)
{
  JdWindow *window = jd_window_new (NULL);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_library_create_document (jd_window_get_library (window), "data-analyst", "el", &error);
  g_assert_no_error (error);
  jd_document_set_company_name (document, "Παράδειγμα & Σία");
  jd_window_set_document (window, document, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-editor", NULL);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));

  return window;
}

/* Destroys @window and checks that nothing keeps it alive. */
static void
destroy_window (JdWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (window);
}

/* Whether a toast under @widget has a button that opens @uri. */
static gboolean
offers_to_open (GtkWidget  *widget,
                const char *uri)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Open") == 0 &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.open-export") == 0 &&
      g_strcmp0 (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), NULL),
                 uri) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (offers_to_open (child, uri))
      return TRUE;

  return FALSE;
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return pdf;
}

static char *
pdf_text (PopplerDocument *pdf)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }

  return g_string_free (text, FALSE);
}

/* The text of the part @name of the ZIP archive at @path (DOCX, ODT). */
static char *
read_zip_part (const char *path,
               const char *name)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  GString *text = NULL;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 16384), ==, ARCHIVE_OK);
  while (text == NULL && archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    if (g_str_equal (archive_entry_pathname (entry), name))
      {
        char buffer[4096];
        la_ssize_t n;

        text = g_string_new (NULL);
        while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
          g_string_append_len (text, buffer, n);
        g_assert_cmpint (n, ==, 0);
      }
  archive_read_free (archive);

  g_assert_nonnull (text);
  return g_string_free (text, FALSE);
}

static void
test_export_every_format (void)
{
  JdWindow *window = window_with_document ();
  JdDocument *document = jd_window_get_document (window);
  guint n_offered = 0;

  for (JdExportFormat format = 0; format < JD_EXPORT_N_FORMATS; format++)
    {
      g_autofree char *name = g_strconcat ("posting.", jd_export_format_get_extension (format), NULL);
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize len = 0;

      jd_window_export_to (window, format, file);
      WAIT_FOR (g_file_test (path, G_FILE_TEST_EXISTS));

      /* Without warnings to tell, the toast offers to open what was
       * written. */
      {
        g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
        g_autoptr(GBytes) again = jd_export_to_bytes (document, jd_library_get_terms (jd_window_get_library (window)),
                                                      format, _jd_window_get_paper (window), warnings, NULL);
        g_autofree char *uri = g_file_get_uri (file);

        g_assert_nonnull (again);
        if (warnings->len == 0)
          {
            WAIT_FOR (offers_to_open (GTK_WIDGET (window->toast_overlay), uri));
            n_offered++;
          }
      }
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 100);

      if (format == JD_EXPORT_FORMAT_PDF)
        {
          PopplerDocument *pdf = open_pdf (path);
          g_autofree char *text = pdf_text (pdf);

          g_assert_nonnull (strstr (text, jd_document_get_title (document)));
          g_object_unref (pdf);
        }
      else if (format == JD_EXPORT_FORMAT_DOCX || format == JD_EXPORT_FORMAT_ODT)
        {
          gboolean docx = format == JD_EXPORT_FORMAT_DOCX;
          g_autofree char *part = read_zip_part (path, docx ? "word/document.xml" : "content.xml");

          /* The Greek title and company, escaped, in the document's language. */
          g_assert_nonnull (strstr (part, jd_document_get_title (document)));
          g_assert_nonnull (strstr (part, "Παράδειγμα &amp; Σία"));
          g_assert_nonnull (strstr (part, docx ? "<w:lang w:val=\"el-GR\"/>" : "<text:list "));
        }
      else
        g_assert_nonnull (strstr (contents, jd_document_get_title (document)));
    }
  g_assert_cmpuint (n_offered, >, 0);

  destroy_window (window);
}

static void
collect_export_targets (GMenuModel *menu,
                        GPtrArray  *targets)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;
      g_autofree char *target = NULL;

      if (section != NULL)
        collect_export_targets (section, targets);
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, "win.export") &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target))
        g_ptr_array_add (targets, g_steal_pointer (&target));
    }
}

static void
collect_menu_buttons (GtkWidget *widget,
                      GPtrArray *targets)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    collect_export_targets (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), targets);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_menu_buttons (child, targets);
}

/* The export menu offers every format of the table, each once. */
static void
test_export_menu (void)
{
  JdWindow *window = window_with_document ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);

  collect_menu_buttons (GTK_WIDGET (window), targets);
  g_assert_cmpuint (targets->len, ==, JD_EXPORT_N_FORMATS);
  for (JdExportFormat format = 0; format < JD_EXPORT_N_FORMATS; format++)
    g_assert_true (g_ptr_array_find_with_equal_func (targets, jd_export_format_to_string (format),
                                                     g_str_equal, NULL));

  destroy_window (window);
}

typedef struct
{
  char   *text;
  GBytes *html;
} ClipboardResult;

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardResult *clip = user_data;

  clip->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  g_assert_nonnull (clip->text);
}

static void
read_html_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardResult *clip = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, NULL, &error);
  g_assert_no_error (error);
  clip->html = g_input_stream_read_bytes (stream, 1 << 20, NULL, &error);
  g_assert_no_error (error);
}

static void
test_copy_rich_text (void)
{
  JdWindow *window = window_with_document ();
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  static const char *html_types[] = { "text/html", NULL };
  ClipboardResult clip = { 0 };
  GdkContentFormats *formats;
  g_autofree char *html = NULL;

  /* Filled in, the document is copied at once (test-window-find.c tests
   * the warning about an unfinished one). */
  for (;;)
    {
      g_autoptr(GArray) placeholders = jd_document_find_placeholders (jd_window_get_document (window));

      if (placeholders->len == 0)
        break;
      g_assert_true (jd_document_replace_range (jd_window_get_document (window),
                                                &g_array_index (placeholders, JdTextRange, 0), "Αθήνα"));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-rich-text", NULL);

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &clip);
  gdk_clipboard_read_async (clipboard, html_types, G_PRIORITY_DEFAULT, NULL, read_html_cb, &clip);
  WAIT_FOR (clip.text != NULL && clip.html != NULL);

  /* Plain text for plain editors, the HTML fragment for rich ones, with
   * what must be escaped escaped. */
  g_assert_nonnull (strstr (clip.text, jd_document_get_title (jd_window_get_document (window))));
  html = g_strndup (g_bytes_get_data (clip.html, NULL), g_bytes_get_size (clip.html));
  g_assert_nonnull (strstr (html, "<h2"));
  g_assert_nonnull (strstr (html, "Παράδειγμα &amp; Σία"));
  g_assert_null (strstr (html, "<html"));

  g_free (clip.text);
  g_bytes_unref (clip.html);
  destroy_window (window);
}

/* Printing, the PDF export and the preview lay the pages out alike. */
static void
test_print_and_preview (void)
{
  JdWindow *window = window_with_document ();
  JdPreview *preview = JD_PREVIEW (_jd_window_get_preview (window));
  JdDocument *document = jd_window_get_document (window);
  g_autofree char *printed_path = g_build_filename (tmp_dir, "printed.pdf", NULL);
  g_autofree char *exported_path = g_build_filename (tmp_dir, "exported.pdf", NULL);
  g_autoptr(GFile) printed = g_file_new_for_path (printed_path);
  g_autoptr(GFile) exported = g_file_new_for_path (exported_path);
  PopplerDocument *printed_pdf = NULL;
  PopplerDocument *exported_pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  gboolean shown;
  guint pages;

  g_assert_cmpint (jd_window_print (window, printed), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  printed_pdf = open_pdf (printed_path);
  text = pdf_text (printed_pdf);
  g_assert_nonnull (strstr (text, jd_document_get_title (document)));

  jd_window_export_to (window, JD_EXPORT_FORMAT_PDF, exported);
  WAIT_FOR (g_file_test (exported_path, G_FILE_TEST_EXISTS));
  exported_pdf = open_pdf (exported_path);
  g_assert_cmpint (poppler_document_get_n_pages (printed_pdf), ==, poppler_document_get_n_pages (exported_pdf));

  /* The preview shows as many pages. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  g_object_get (window, "show-preview", &shown, NULL);
  g_assert_true (shown);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preview)) && _jd_preview_get_n_pages (preview) > 0);
  g_assert_cmpint (_jd_preview_get_n_pages (preview), ==, poppler_document_get_n_pages (exported_pdf));

  /* It follows the typing, once the typing pauses. */
  pages = _jd_preview_get_n_pages (preview);
  for (guint i = 0; i < 120; i++)
    g_string_append (long_text, "Μια πολύ μεγάλη παράγραφος που γεμίζει σελίδες. ");
  jd_block_set_text (jd_section_get_block (jd_document_get_section (document, 0), 0), long_text->str);
  WAIT_FOR (_jd_preview_get_n_pages (preview) > pages);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  destroy_window (window);
  g_object_unref (printed_pdf);
  g_object_unref (exported_pdf);
}

/* Lets the window handle what is pending and draw a few frames. */
static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + 200 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The preview reads as pages: it pages, zooms and fits the width again,
 * and shows the section that has the caret. */
static void
test_preview_pages_zoom_follow (void)
{
  JdWindow *window = window_with_document ();
  JdPreview *preview = JD_PREVIEW (_jd_window_get_preview (window));
  JdDocument *document = jd_window_get_document (window);
  g_autoptr(GString) long_text = g_string_new (NULL);
  guint last = jd_document_get_n_sections (document) - 1;
  GtkWidget *editor;
  int sections_width;

  /* Three pages or more, the last section at the end. */
  for (guint i = 0; i < 150; i++)
    g_string_append (long_text, "Μια πολύ μεγάλη παράγραφος που γεμίζει σελίδες. ");
  jd_block_set_text (jd_section_get_block (jd_document_get_section (document, 0), 0), long_text->str);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preview)) && _jd_preview_get_n_pages (preview) >= 3);
  settle ();

  /* A readable width beside the sections, which keep theirs: once laid
   * out, which on a loaded machine can take more than the settling. */
  editor = jd_window_get_editor (window);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (preview)) >= 300);
  sections_width = gtk_widget_get_width (editor);
  g_assert_cmpint (sections_width, >=, 360);

  g_assert_cmpuint (_jd_preview_get_current_page (preview), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  g_assert_cmpuint (_jd_preview_get_current_page (preview), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  g_assert_cmpuint (_jd_preview_get_current_page (preview), ==, 1);

  g_assert_cmpfloat (_jd_preview_get_zoom (preview), ==, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  g_assert_cmpfloat (_jd_preview_get_zoom (preview), >, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit", NULL);
  g_assert_cmpfloat (_jd_preview_get_zoom (preview), ==, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-out", NULL);
  g_assert_cmpfloat (_jd_preview_get_zoom (preview), <, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit", NULL);

  /* The caret in the last section: the preview goes to where it starts,
   * near the end. */
  jd_block_row_focus (JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (_jd_editor_get_section_card (JD_EDITOR (editor), last)), 0)), 0);
  WAIT_FOR (_jd_preview_get_current_page (preview) > 1 &&
            _jd_preview_get_current_page (preview) >= _jd_preview_get_n_pages (preview) - 1);
  /* Back in the first: its page. */
  jd_block_row_focus (JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (_jd_editor_get_section_card (JD_EDITOR (editor), 0)), 0)), 0);
  WAIT_FOR (_jd_preview_get_current_page (preview) == 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  destroy_window (window);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The preview lays the pages out in a thread: showing it or editing never
 * waits for the layout, and an edit cancels a layout under way, whose
 * pages are then never shown. */
static void
test_preview_off_main_thread (void)
{
  JdWindow *window = window_with_document ();
  JdPreview *preview = JD_PREVIEW (_jd_window_get_preview (window));
  JdDocument *document = jd_window_get_document (window);
  JdSection *section = jd_document_get_section (document, 0);
  g_autoptr(GString) long_text = g_string_new (NULL);
  guint notified = 0;

  /* About a hundred pages, which take a while to lay out. */
  for (guint i = 0; i < 5000; i++)
    g_string_append (long_text, "Μια πολύ μεγάλη παράγραφος που γεμίζει σελίδες. ");
  jd_section_add_text (section, JD_BLOCK_PARAGRAPH, long_text->str);
  g_signal_connect (preview, "notify::n-pages", G_CALLBACK (count_notify_cb), &notified);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preview)));
  g_assert_cmpuint (_jd_preview_get_n_pages (preview), ==, 0);

  /* The long paragraph goes while its pages are being laid out. */
  jd_section_remove_block (section, jd_section_get_n_blocks (section) - 1);
  WAIT_FOR (_jd_preview_get_n_pages (preview) > 0);
  g_assert_cmpuint (_jd_preview_get_n_pages (preview), <, 5);
  g_assert_cmpuint (notified, ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preview", NULL);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  tmp_dir = g_dir_make_tmp ("jd-test-window-export-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-export/every-format", test_export_every_format);
  g_test_add_func ("/window-export/menu", test_export_menu);
  g_test_add_func ("/window-export/copy-rich-text", test_copy_rich_text);
  g_test_add_func ("/window-export/print-and-preview", test_print_and_preview);
  g_test_add_func ("/window-export/preview-off-main-thread", test_preview_off_main_thread);
  g_test_add_func ("/window-export/preview-pages-zoom-follow", test_preview_pages_zoom_follow);

  return jd_test_run ();
}
