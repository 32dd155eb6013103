/* test-window-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real window and its file: save, close and reopen, the question
 * about unsaved changes, a broken file, changes made by other programs.
 * Runs under Xvfb when there is no display.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "jd-application-private.h"
#include "jd-document-io.h"
#include "jd-window-test-utils.h"

static void
test_save_close_reopen (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("teacher", "teacher");
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "teacher.jobdesc", NULL);
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
  jd_ui_test_run_pending ();
  g_assert_null (jd_ui_test_find_message_dialog ());

  reopened = jd_ui_test_new_window ();
  jd_window_open_file (reopened, file);
  WAIT_FOR (jd_window_get_file (reopened) != NULL);
  g_assert_true (jd_document_equal (jd_window_get_document (reopened), saved));
  g_assert_cmpstr (_jd_window_get_visible_page (reopened), ==, "editor");
  g_assert_false (jd_window_get_modified (reopened));

  jd_ui_test_close_discarding (reopened);
}

/* A file that is open already is shown, not opened in a second window
 * where two copies could save over each other. */
static void
test_open_twice (void)
{
  g_autoptr(JdApplication) app = jd_application_new ();
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "twice.jobdesc", NULL);
  g_autofree char *link_path = g_build_filename (jd_ui_test_tmp_dir (), "link.jobdesc", NULL);
  g_autofree char *other_path = g_build_filename (jd_ui_test_tmp_dir (), "other.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(GError) error = NULL;
  JdWindow *first;
  JdWindow *again;

  jd_document_set_title (document, "Cook");
  g_assert_true (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_no_error (error);

  /* A private instance: no other Jobscribe on the bus answers for it. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* Twice before the first has finished loading, as a double click in
   * Files or `jobscribe a.jobdesc a.jobdesc` does. */
  first = _jd_application_open (app, NULL, file, NULL);
  again = _jd_application_open (app, NULL, file, NULL);
  g_assert_true (again == first);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  WAIT_FOR (jd_window_get_file (first) != NULL);

  /* Once loaded, through the application's own "open", as from Files. */
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* The same file under another name, a symbolic link to it. */
  g_assert_no_errno (symlink (path, link_path));
  again = _jd_application_open (app, NULL, link, NULL);
  g_assert_true (again == first);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* Another file still opens a window of its own. */
  g_assert_true (jd_document_save (document, other, NULL, NULL, &error));
  g_assert_no_error (error);
  again = _jd_application_open (app, NULL, other, NULL);
  g_assert_true (again != first);
  WAIT_FOR (jd_window_get_file (again) != NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  jd_ui_test_close_discarding (again);
  jd_ui_test_close_discarding (first);
  g_unlink (link_path);
}

static void
test_unsaved_changes_dialog (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("paralegal", "paralegal");
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "paralegal.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) loaded = NULL;
  AdwMessageDialog *dialog;

  jd_window_save_to (window, file);
  WAIT_FOR (!jd_window_get_modified (window) && jd_window_get_file (window) != NULL);
  jd_document_set_title (jd_window_get_document (window), "Senior Paralegal");

  /* Cancel keeps the window and the changes. */
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "paralegal.jobdesc"));
  jd_ui_test_answer_dialog (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (jd_window_get_modified (window));

  /* Save writes the file and closes. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  jd_ui_test_answer_dialog (dialog, "save");
  WAIT_FOR (!gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);

  loaded = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (loaded), ==, "Senior Paralegal");
}

static void
test_open_broken_file (void)
{
  JdWindow *window = jd_ui_test_new_window ();
  g_autofree char *broken_path = jd_ui_test_data_path ("item-in-metadata.jobdesc");
  g_autofree char *good_path = jd_ui_test_data_path ("valid-small.jobdesc");
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  JdDocument *before;
  AdwMessageDialog *dialog;

  before = jd_window_get_document (window);

  jd_window_open_file (window, broken);
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);

  /* The dialog names the file, the line and the problem... */
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "item-in-metadata.jobdesc"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Line 6"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "<item> is not allowed inside <metadata>"));

  /* ...and the window's document is untouched. */
  g_assert_true (jd_window_get_document (window) == before);
  g_assert_null (jd_window_get_file (window));
  jd_ui_test_answer_dialog (dialog, "close");

  /* The window is still usable. */
  jd_window_open_file (window, good);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Account Manager");

  jd_ui_test_close_discarding (window);
}

static void
test_outside_change (void)
{
  JdWindow *window = jd_ui_test_window_with_template ("recruiter", "recruiter");
  g_autofree char *path = g_build_filename (jd_ui_test_tmp_dir (), "recruiter.jobdesc", NULL);
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
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "recruiter.jobdesc"));

  /* Cancel leaves the other program's version alone. */
  jd_ui_test_answer_dialog (dialog, "cancel");
  on_disk = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (on_disk), ==, "Senior Talent Partner");
  g_clear_object (&on_disk);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  WAIT_FOR ((dialog = jd_ui_test_find_message_dialog ()) != NULL);
  jd_ui_test_answer_dialog (dialog, "overwrite");
  WAIT_FOR (!jd_window_get_modified (window));
  on_disk = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (on_disk), ==, "Talent Partner");
  g_assert_cmpstr (jd_document_get_department (on_disk), ==, "People");

  jd_ui_test_close_discarding (window);
}

int
main (int   argc,
      char *argv[])
{
  jd_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-file/save-close-reopen", test_save_close_reopen);
  g_test_add_func ("/window-file/open-twice", test_open_twice);
  g_test_add_func ("/window-file/unsaved-changes-dialog", test_unsaved_changes_dialog);
  g_test_add_func ("/window-file/open-broken-file", test_open_broken_file);
  g_test_add_func ("/window-file/outside-change", test_outside_change);

  return jd_test_run ();
}
