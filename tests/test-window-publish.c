/* test-window-publish.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Publish… in a real window: the dialog remembers the last choices,
 * publishes in a thread with its progress, says what was published and
 * what was left out and why, and says why it could not publish. Runs
 * under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-document-io.h"
#include "jd-publish-dialog-private.h"
#include "jd-window-test-utils.h"

static void
save (JdDocument *document,
      const char *dir,
      const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A folder with one open job and one expired. */
static char *
make_jobs (const char *name)
{
  g_autofree char *dir = g_build_filename (jd_ui_test_tmp_dir (), name, NULL);
  g_autoptr(JdDocument) open = jd_test_make_full_document ("en");
  g_autoptr(JdDocument) expired = jd_test_make_full_document ("en");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  jd_document_set_reference (expired, "EX-1");
  jd_document_set_valid_through (expired, "2026-11-15");
  save (open, dir, "account-manager.jobdesc");
  save (expired, dir, "expired.jobdesc");

  return g_steal_pointer (&dir);
}

static JdPublishDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (JD_IS_PUBLISH_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return JD_PUBLISH_DIALOG (toplevel);
    }

  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_button (JdPublishDialog *dialog,
             const char      *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static AdwStatusPage *
find_status_page (JdPublishDialog *dialog)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, pages);
  g_assert_cmpuint (pages->len, ==, 1);
  return g_ptr_array_index (pages, 0);
}

static const char *
entry_text (JdPublishDialog *dialog,
            const char      *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return gtk_editable_get_text (g_ptr_array_index (rows, i));

  return NULL;
}

static JdPublishDialog *
open_dialog (JdWindow *window)
{
  JdPublishDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.publish", NULL));
  WAIT_FOR ((dialog = find_dialog ()) != NULL);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  _jd_publish_dialog_set_today (dialog, "2026-12-01");

  return dialog;
}

static void
close_dialog (JdPublishDialog *dialog)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_FOR (dialog == NULL);
}

static void
test_publish (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *jobs = make_jobs ("jobs");
  g_autofree char *site = g_build_filename (jd_ui_test_tmp_dir (), "site", NULL);
  g_autofree char *index = g_build_filename (site, "en", "index.html", NULL);
  g_autofree char *feed = g_build_filename (site, "jobs.xml", NULL);
  g_autofree char *saved_source = NULL;
  g_autofree char *saved_site = NULL;
  g_autofree char *jobs_uri = NULL;
  g_autoptr(GFile) jobs_file = g_file_new_for_path (jobs);
  g_autoptr(GFile) site_file = g_file_new_for_path (site);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *index_text = NULL;
  JdWindow *window;
  JdPublishDialog *dialog;
  AdwStatusPage *status;
  GtkWidget *open_button;
  gboolean found_expired = FALSE;

  g_settings_set_string (settings, "publish-base-url", "https://jobs.example.com/");
  g_settings_set_string (settings, "publish-title", "Example Careers");

  window = jd_ui_test_new_window ();
  dialog = open_dialog (window);

  /* The last choices. */
  g_assert_cmpstr (entry_text (dialog, "Base URL"), ==, "https://jobs.example.com/");
  g_assert_cmpstr (entry_text (dialog, "Site Title"), ==, "Example Careers");
  g_assert_cmpstr (_jd_publish_dialog_get_page (dialog), ==, "form");

  /* Nothing to publish until both folders are chosen. */
  g_assert_false (gtk_widget_get_sensitive (find_button (dialog, "_Publish")));
  _jd_publish_dialog_set_source (dialog, jobs_file);
  g_assert_false (gtk_widget_get_sensitive (find_button (dialog, "_Publish")));
  _jd_publish_dialog_set_site (dialog, site_file);
  g_assert_true (gtk_widget_get_sensitive (find_button (dialog, "_Publish")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL));
  WAIT_FOR (g_strcmp0 (_jd_publish_dialog_get_page (dialog), "done") == 0);

  status = find_status_page (dialog);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Site Published");
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "1 page of a job was published in 1 language.");
  open_button = find_button (dialog, "_Open Folder");
  g_assert_nonnull (open_button);
  g_assert_true (gtk_widget_get_visible (open_button) && gtk_widget_get_sensitive (open_button));
  g_assert_true (gtk_widget_get_visible (find_button (dialog, "_Close")));
  g_assert_false (gtk_widget_get_visible (find_button (dialog, "_Publish")));

  /* What was left out, and why. */
  collect (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      if (g_str_has_suffix (title, "expired.jobdesc") && gtk_widget_is_drawable (GTK_WIDGET (row)))
        {
          g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "expired: applications closed on 2026-11-15");
          found_expired = TRUE;
        }
    }
  g_assert_true (found_expired);

  /* The site is there, and the choices are remembered. */
  g_assert_true (g_file_get_contents (index, &index_text, NULL, NULL));
  g_assert_nonnull (strstr (index_text, "<title>Example Careers</title>"));
  g_assert_true (g_file_test (feed, G_FILE_TEST_EXISTS));
  saved_source = g_settings_get_string (settings, "publish-source");
  saved_site = g_settings_get_string (settings, "publish-site");
  jobs_uri = g_file_get_uri (jobs_file);
  g_assert_cmpstr (saved_source, ==, jobs_uri);
  g_assert_true (g_str_has_suffix (saved_site, "/site"));

  close_dialog (dialog);

  /* Opened again, it starts from there. */
  dialog = open_dialog (window);
  g_assert_true (g_file_equal (_jd_publish_dialog_get_source (dialog), jobs_file));
  g_assert_true (g_file_equal (_jd_publish_dialog_get_site (dialog), site_file));
  close_dialog (dialog);

  jd_ui_test_close_discarding (window);
}

/* A folder with a file of someone else's in the way: nothing written,
 * and the dialog says why. */
static void
test_error (void)
{
  g_autofree char *jobs = make_jobs ("jobs-error");
  g_autofree char *site = g_build_filename (jd_ui_test_tmp_dir (), "foreign-site", NULL);
  g_autofree char *index = g_build_filename (site, "index.html", NULL);
  g_autoptr(GFile) jobs_file = g_file_new_for_path (jobs);
  g_autoptr(GFile) site_file = g_file_new_for_path (site);
  g_autofree char *contents = NULL;
  JdWindow *window;
  JdPublishDialog *dialog;
  AdwStatusPage *status;

  g_assert_cmpint (g_mkdir_with_parents (site, 0700), ==, 0);
  g_assert_true (g_file_set_contents (index, "mine", -1, NULL));

  window = jd_ui_test_new_window ();
  dialog = open_dialog (window);
  _jd_publish_dialog_set_source (dialog, jobs_file);
  _jd_publish_dialog_set_site (dialog, site_file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "publish.publish", NULL));
  WAIT_FOR (g_strcmp0 (_jd_publish_dialog_get_page (dialog), "done") == 0);

  status = find_status_page (dialog);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "Could Not Publish");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "index.html"));
  g_assert_false (gtk_widget_get_visible (find_button (dialog, "_Open Folder")));
  g_assert_true (g_file_get_contents (index, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine");

  close_dialog (dialog);
  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/window/publish/publish", test_publish);
  g_test_add_func ("/window/publish/error", test_error);

  return jd_test_run ();
}
