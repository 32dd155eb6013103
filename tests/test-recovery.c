/* test-recovery.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No lost work: a real Jobscribe process edits, its draft is written, it
 * is killed with SIGKILL, and a new start brings the edits back. The
 * child is this same program started with --child; both need a display
 * (Xvfb under build-aux/dev).
 */

#include "config.h"

#include "jd-test-utils.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "jd-document-io.h"
#include "jd-drafts.h"
#include "jd-window-private.h"

static char *data_home;
static char *drafts_dir;

static guint
count_drafts (void)
{
  g_autoptr(GDir) dir = g_dir_open (drafts_dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".jobdesc") && name[0] != '.')
      n++;

  return n;
}

static void
clear_drafts (void)
{
  g_autoptr(GDir) dir = g_dir_open (drafts_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (drafts_dir, name, NULL);
      g_unlink (path);
    }
}

static JdDocument *
make_document (void)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);

  jd_document_set_title (document, "Chef");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Plan the menu");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Order stock");
  jd_document_append_section (document, duties);

  return document;
}

/* ---------------------------------------------------------------------- */
/* The child: a real application that edits and then waits to be killed. */

typedef struct
{
  JdWindow *window;
  guint     ticks;
  guint     bursts;
} Typing;

static gboolean
type_cb (gpointer user_data)
{
  Typing *typing = user_data;
  JdDocument *document = jd_window_get_document (typing->window);
  JdSection *duties = jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES);
  JdBlock *block = jd_section_get_block (duties, 0);
  guint phase = typing->ticks++ % 200;
  g_autofree char *text = NULL;

  /* Bursts of typing (0.45 s) with pauses long enough for a draft (2.55 s,
   * the draft comes after 1 s). Every third burst saves halfway through,
   * so that the save runs while the typing goes on: the app is killed at
   * a random moment of all that. */
  if (phase == 0)
    typing->bursts++;
  if (phase >= 30)
    return G_SOURCE_CONTINUE;

  text = g_strdup_printf ("%s%c", jd_block_get_text (block), 'a' + phase % 26);
  jd_block_set_text (block, text);
  if (phase == 15 && typing->bursts % 3 == 1)
    jd_window_save_to (typing->window, jd_window_get_file (typing->window));

  return G_SOURCE_CONTINUE;
}

static int
run_child (const char *mode,
           const char *path)
{
  g_autoptr(JdApplication) app = jd_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  JdWindow *window;

  g_settings_set_uint (settings, "autosave-delay", 1);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  window = jd_window_new (app);
  gtk_window_present (GTK_WINDOW (window));

  if (g_str_equal (mode, "new"))
    {
      g_autoptr(JdDocument) document = make_document ();

      jd_window_set_document (window, document, NULL);
      jd_document_set_title (jd_window_get_document (window), "Never saved chef");
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      jd_window_open_file (window, file);
      WAIT_FOR (jd_window_get_file (window) != NULL);
      if (g_str_equal (mode, "saved"))
        jd_document_set_title (jd_window_get_document (window), "Edited after save");
    }

  if (g_str_equal (mode, "type"))
    {
      Typing typing = { window, 0, 0 };

      g_timeout_add (15, type_cb, &typing);
      printf ("READY\n");
      fflush (stdout);
      for (;;)
        g_main_context_iteration (NULL, TRUE);
    }

  WAIT_FOR (count_drafts () > 0);
  printf ("READY\n");
  fflush (stdout);
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

/* ---------------------------------------------------------------------- */

static GSubprocess *
spawn_child (const char *self_path,
             const char *mode,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  GSubprocess *child;

  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            self_path, "--child", mode, path, NULL);
  g_assert_no_error (error);

  return child;
}

static void
wait_ready (GSubprocess *child)
{
  g_autoptr(GDataInputStream) lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "READY");
}

static void
kill_child (GSubprocess *child)
{
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);
}

static const char *self_path;

static JdApplication *
start_app (void)
{
  JdApplication *app = jd_application_new ();
  static guint serial;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, ++serial);

  /* A new start each time, as after a crash: a fresh application, on an
   * object path of its own in this process. */
  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));

  return app;
}

static void
close_all (JdApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
}

static void
test_kill_saved_document (void)
{
  g_autofree char *path = g_build_filename (data_home, "chef.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) original = make_document ();
  g_autoptr(GBytes) before = jd_document_serialize (original);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(JdApplication) app = NULL;
  g_autoptr(JdDocument) saved = NULL;
  g_autofree char *after = NULL;
  gsize after_len = 0;
  JdWindow *window;
  GList *windows;

  clear_drafts ();
  g_assert_true (jd_document_save (original, file, NULL, NULL, NULL));

  child = spawn_child (self_path, "saved", path);
  wait_ready (child);
  kill_child (child);

  /* The user's file was never touched... */
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (after, after_len, g_bytes_get_data (before, NULL), g_bytes_get_size (before));
  g_assert_cmpuint (count_drafts (), ==, 1);

  /* ...and the next start reopens the edits, on top of that file. */
  app = start_app ();
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = windows->data;
  g_assert_true (g_file_equal (jd_window_get_file (window), file));
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Edited after save");
  g_assert_true (jd_window_get_modified (window));
  g_assert_cmpstr (_jd_window_get_visible_page (window), ==, "editor");

  /* Undo goes back to the file's version. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Chef");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);

  /* A save writes the user's file and removes the draft. */
  jd_window_save_to (window, file);
  WAIT_FOR (!jd_window_get_modified (window));
  g_assert_cmpuint (count_drafts (), ==, 0);
  saved = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_title (saved), ==, "Edited after save");

  close_all (app);
}

static void
test_kill_new_document (void)
{
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(JdApplication) app = NULL;
  JdWindow *window;
  GList *windows;

  clear_drafts ();

  child = spawn_child (self_path, "new", "-");
  wait_ready (child);
  kill_child (child);
  g_assert_cmpuint (count_drafts (), ==, 1);

  app = start_app ();
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = windows->data;
  g_assert_null (jd_window_get_file (window));
  g_assert_cmpstr (jd_document_get_title (jd_window_get_document (window)), ==, "Never saved chef");
  g_assert_cmpuint (jd_document_get_n_sections (jd_window_get_document (window)), ==, 1);
  g_assert_true (jd_window_get_modified (window));

  /* Still a draft until it is saved or discarded. */
  g_assert_cmpuint (count_drafts (), ==, 1);
  close_all (app);
  g_assert_cmpuint (count_drafts (), ==, 1);
  clear_drafts ();
}

static void
drafts_changed_cb (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   gpointer           user_data)
{
  /* Only wakes the main loop up: WAIT_FOR counts the drafts. */
}

/* The rounds of the kill loop, and the span of time after the child is
 * ready (or after its first draft) in which it is killed. */
#define KILL_ROUNDS 10
#define KILL_SPAN_MS 1500

/* Kills the app at random moments while it types, saves and writes
 * drafts: every draft stays loadable, the user's file always reads back
 * whole, and recovery gets the typing back. Half the rounds kill at any
 * moment, the other half once a draft is there, so that recovery is
 * exercised every time too; in each half the kill moments fall in
 * successive slices of the span, at a random point of each (--seed
 * replays a run). */
static void
test_kill_loop (void)
{
  g_autofree char *path = g_build_filename (data_home, "typing.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dir = g_file_new_for_path (drafts_dir);
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(JdDocument) original = make_document ();
  g_autoptr(JdDrafts) drafts = jd_drafts_new_default ();
  guint recovered_typing = 0;
  const guint slices = KILL_ROUNDS / 2;

  clear_drafts ();
  g_assert_true (jd_document_save (original, file, NULL, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (drafts_dir, 0700), ==, 0);
  monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_NONE, NULL, NULL);
  g_assert_nonnull (monitor);
  g_signal_connect (monitor, "changed", G_CALLBACK (drafts_changed_cb), NULL);

  for (guint round = 0; round < KILL_ROUNDS; round++)
    {
      g_autoptr(GSubprocess) child = spawn_child (self_path, "type", path);
      g_autoptr(JdDocument) on_disk = NULL;
      g_autoptr(GPtrArray) recovered = NULL;
      g_autoptr(GPtrArray) aside = NULL;
      g_autoptr(GError) error = NULL;
      gboolean after_draft = round % 2 == 1;
      guint slice = round / 2;
      guint delay_ms = (slice * KILL_SPAN_MS + g_test_rand_int_range (0, KILL_SPAN_MS)) / slices;

      wait_ready (child);
      if (after_draft)
        WAIT_FOR (count_drafts () > 0);
      g_usleep (delay_ms * 1000);
      kill_child (child);
      g_test_message ("round %u: killed %u ms after %s", round, delay_ms,
                      after_draft ? "the first draft" : "starting");

      on_disk = jd_document_load (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (jd_document_get_title (on_disk), ==, "Chef");
      g_assert_true (g_str_has_prefix (jd_block_get_text (jd_section_get_block (jd_document_get_section (on_disk, 0), 0)),
                                       "Plan the menu"));

      recovered = jd_drafts_recover (drafts, &aside);
      g_assert_cmpuint (aside->len, ==, 0);
      g_assert_cmpuint (recovered->len, <=, 1);
      if (after_draft)
        g_assert_cmpuint (recovered->len, ==, 1);
      for (guint i = 0; i < recovered->len; i++)
        {
          JdDraft *draft = g_ptr_array_index (recovered, i);
          JdSection *duties = jd_document_get_section (draft->document, 0);

          g_assert_true (g_file_equal (draft->file, file));
          g_assert_true (g_str_has_prefix (jd_block_get_text (jd_section_get_block (duties, 0)), "Plan the menu"));
          recovered_typing++;
        }

      clear_drafts ();
    }

  g_test_message ("%u of %u kills left a draft to recover", recovered_typing, KILL_ROUNDS);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    {
      drafts_dir = g_build_filename (g_get_user_data_dir (), "jobscribe", "drafts", NULL);
      gtk_init ();
      adw_init ();
      return run_child (argv[2], argv[3]);
    }

  /* Before anything asks GLib for the user's folders: it remembers them. */
  data_home = g_dir_make_tmp ("jd-test-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  drafts_dir = g_build_filename (data_home, "jobscribe", "drafts", NULL);
  self_path = argv[0];

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/recovery/kill-saved-document", test_kill_saved_document);
  g_test_add_func ("/recovery/kill-new-document", test_kill_new_document);
  g_test_add_func ("/recovery/kill-loop", test_kill_loop);

  return jd_test_run ();
}
