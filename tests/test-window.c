/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives a real window; runs under Xvfb when there is no display.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "jd-window.h"

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("JD_TEST_DATA"), name, NULL);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("Timed out waiting for %s", (const char *)user_data);
  return G_SOURCE_REMOVE;
}

#define WAIT_FOR(cond)                                                     \
  G_STMT_START {                                                           \
    guint timeout_id = g_timeout_add_seconds (20, timeout_cb, (gpointer)#cond); \
    while (!(cond))                                                        \
      g_main_context_iteration (NULL, TRUE);                               \
    g_source_remove (timeout_id);                                          \
  } G_STMT_END

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
test_window_opens (void)
{
  JdWindow *window = jd_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));

  g_assert_nonnull (jd_window_get_document (window));
  g_assert_null (jd_window_get_file (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Jobscribe");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_file (void)
{
  JdWindow *window = jd_window_new (NULL);
  g_autofree char *path = data_path ("valid-small.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_present (GTK_WINDOW (window));
  jd_window_open_file (window, file);
  WAIT_FOR (jd_window_get_file (window) != NULL);

  g_assert_true (g_file_equal (jd_window_get_file (window), file));
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Account Manager");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "valid-small.jobdesc");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_broken_file (void)
{
  JdWindow *window = jd_window_new (NULL);
  g_autofree char *broken_path = data_path ("item-in-metadata.jobdesc");
  g_autofree char *good_path = data_path ("valid-small.jobdesc");
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  JdDocument *before;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
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

  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_FOR (find_message_dialog () == NULL);

  /* The window is still usable. */
  jd_window_open_file (window, good);
  WAIT_FOR (jd_window_get_file (window) != NULL);
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Account Manager");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/opens", test_window_opens);
  g_test_add_func ("/window/open-file", test_open_file);
  g_test_add_func ("/window/open-broken-file", test_open_broken_file);

  return g_test_run ();
}
