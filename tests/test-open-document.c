/* test-open-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An open document's life without a window or a display: what is
 * modified, outside changes, reload, drafts and the snapshot a save
 * writes.
 */

#include "config.h"

#include "jd-test-utils.h"

#include <glib/gstdio.h>

#include "jd-document-io.h"
#include "jd-open-document.h"

typedef struct
{
  GFile    *file;
  GFile    *drafts_dir;
  JdDrafts *drafts;
} Fixture;

static JdDocument *
make_document (const char *title)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);

  jd_document_set_title (document, title);
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Plan the menu");
  jd_document_append_section (document, duties);

  return document;
}

/* Each test has folders of its own (G_TEST_OPTION_ISOLATE_DIRS). */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "chef.jobdesc", NULL);
  g_autofree char *drafts_path = g_build_filename (g_get_user_data_dir (), "drafts", NULL);

  g_assert_cmpint (g_mkdir_with_parents (drafts_path, 0700), ==, 0);
  fixture->file = g_file_new_for_path (path);
  fixture->drafts_dir = g_file_new_for_path (drafts_path);
  fixture->drafts = jd_drafts_new (fixture->drafts_dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->file);
  g_clear_object (&fixture->drafts_dir);
  g_clear_object (&fixture->drafts);
}

static guint
count_drafts (Fixture *fixture)
{
  g_autofree char *path = g_file_get_path (fixture->drafts_dir);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".jobdesc") && name[0] != '.')
      n++;

  return n;
}

/* An open document with a file written from make_document(). */
static JdOpenDocument *
open_saved (Fixture *fixture)
{
  g_autoptr(JdDocument) original = make_document ("Chef");
  g_autoptr(JdDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (jd_document_save (original, fixture->file, NULL, NULL, &error));
  g_assert_no_error (error);
  loaded = jd_document_load (fixture->file, NULL, NULL, &error);
  g_assert_no_error (error);

  return jd_open_document_new (loaded, fixture->file, fixture->drafts);
}

static void
ready_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_modified (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(JdDocument) document = make_document ("Chef");
  g_autoptr(JdOpenDocument) open_document = jd_open_document_new (document, NULL, NULL);
  g_autoptr(JdOpenDocument) blank = NULL;
  g_autoptr(JdDocument) empty = jd_document_new ();
  JdHistory *history = jd_open_document_get_history (open_document);

  g_assert_true (jd_open_document_get_document (open_document) == document);
  g_assert_null (jd_open_document_get_file (open_document));
  g_assert_false (jd_open_document_get_modified (open_document));
  g_assert_false (jd_open_document_is_blank (open_document));
  g_assert_false (jd_history_can_undo (history));

  /* Modified means different from what was read, not "touched". */
  jd_document_set_title (document, "Head Chef");
  g_assert_true (jd_open_document_get_modified (open_document));
  g_assert_true (jd_history_can_undo (history));
  jd_document_set_title (document, "Chef");
  g_assert_false (jd_open_document_get_modified (open_document));

  blank = jd_open_document_new (empty, NULL, NULL);
  g_assert_true (jd_open_document_is_blank (blank));
  jd_document_set_title (empty, "Waiter");
  g_assert_false (jd_open_document_is_blank (blank));
}

static void
test_load (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(JdDocument) original = make_document ("Chef");
  g_autofree char *path = g_file_get_path (fixture->file);
  g_autoptr(JdOpenDocument) open_document = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 1;

  g_assert_true (jd_document_save (original, fixture->file, NULL, NULL, NULL));
  jd_open_document_load_async (fixture->file, fixture->drafts, NULL, ready_cb, &result);
  WAIT_FOR (result != NULL);
  open_document = jd_open_document_load_finish (result, &line, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (line, ==, 0);
  g_assert_true (jd_document_equal (jd_open_document_get_document (open_document), original));
  g_assert_true (g_file_equal (jd_open_document_get_file (open_document), fixture->file));
  g_assert_false (jd_open_document_get_modified (open_document));
  g_assert_false (jd_open_document_changed_on_disk (open_document));
  g_clear_object (&result);

  /* A file that cannot be read says where. */
  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<job-description>\n<", -1, NULL));
  jd_open_document_load_async (fixture->file, NULL, NULL, ready_cb, &result);
  WAIT_FOR (result != NULL);
  g_assert_null (jd_open_document_load_finish (result, &line, &error));
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_MALFORMED);
  g_assert_cmpuint (line, >, 0);
}

/* What a save writes is the document when the save started; a change
 * made while it runs stays a change. */
static void
test_save_snapshot (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(JdDocument) document = make_document ("Chef");
  g_autoptr(JdOpenDocument) open_document = jd_open_document_new (document, NULL, fixture->drafts);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JdDocument) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  jd_document_set_title (document, "Sous Chef");
  g_assert_true (jd_open_document_get_modified (open_document));

  jd_open_document_save_async (open_document, fixture->file, NULL, ready_cb, &result);
  jd_history_break (jd_open_document_get_history (open_document));
  jd_document_set_department (document, "Kitchen");
  WAIT_FOR (result != NULL);
  g_assert_true (jd_open_document_save_finish (open_document, result, &error));
  g_assert_no_error (error);

  on_disk = jd_document_load (fixture->file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jd_document_get_title (on_disk), ==, "Sous Chef");
  g_assert_null (jd_document_get_department (on_disk));
  g_assert_true (g_file_equal (jd_open_document_get_file (open_document), fixture->file));
  g_assert_true (jd_open_document_get_modified (open_document));
  g_assert_cmpint (jd_open_document_get_outside_change (open_document), ==, JD_OUTSIDE_CHANGE_NONE);

  /* Undoing the change made during the save gets back what is saved. */
  jd_history_undo (jd_open_document_get_history (open_document));
  g_assert_false (jd_open_document_get_modified (open_document));
}

static void
test_save_error (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(JdDocument) document = make_document ("Chef");
  g_autoptr(JdOpenDocument) open_document = jd_open_document_new (document, NULL, NULL);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "no such folder", "chef.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  jd_document_set_title (document, "Sous Chef");
  jd_open_document_save_async (open_document, file, NULL, ready_cb, &result);
  WAIT_FOR (result != NULL);
  g_assert_false (jd_open_document_save_finish (open_document, result, &error));
  g_assert_nonnull (error);

  /* Nothing changed: no file, still modified. */
  g_assert_null (jd_open_document_get_file (open_document));
  g_assert_true (jd_open_document_get_modified (open_document));
}

static void
test_outside_change (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(JdOpenDocument) open_document = open_saved (fixture);
  g_autoptr(JdDocument) other = make_document ("Line Cook");

  g_assert_cmpint (jd_open_document_get_outside_change (open_document), ==, JD_OUTSIDE_CHANGE_NONE);
  g_assert_false (jd_open_document_changed_on_disk (open_document));

  /* Another program rewrites the file... */
  g_assert_true (jd_document_save (other, fixture->file, NULL, NULL, NULL));
  g_assert_true (jd_open_document_changed_on_disk (open_document));
  WAIT_FOR (jd_open_document_get_outside_change (open_document) == JD_OUTSIDE_CHANGE_CHANGED);

  /* ...the user keeps the version in memory... */
  jd_open_document_dismiss_outside_change (open_document);
  g_assert_cmpint (jd_open_document_get_outside_change (open_document), ==, JD_OUTSIDE_CHANGE_NONE);
  g_assert_true (jd_open_document_changed_on_disk (open_document));

  /* ...and then it deletes it. */
  g_assert_true (g_file_delete (fixture->file, NULL, NULL));
  WAIT_FOR (jd_open_document_get_outside_change (open_document) == JD_OUTSIDE_CHANGE_DELETED);
  g_assert_true (jd_open_document_changed_on_disk (open_document));
}

static void
test_reload (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(JdOpenDocument) open_document = open_saved (fixture);
  JdDocument *document = jd_open_document_get_document (open_document);
  g_autoptr(JdDocument) other = make_document ("Line Cook");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 1;

  jd_document_set_department (document, "Kitchen");
  g_assert_true (jd_document_save (other, fixture->file, NULL, NULL, NULL));
  WAIT_FOR (jd_open_document_get_outside_change (open_document) == JD_OUTSIDE_CHANGE_CHANGED);

  jd_open_document_reload_async (open_document, NULL, ready_cb, &result);
  g_assert_cmpint (jd_open_document_get_outside_change (open_document), ==, JD_OUTSIDE_CHANGE_NONE);
  WAIT_FOR (result != NULL);
  g_assert_true (jd_open_document_reload_finish (open_document, result, &line, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (line, ==, 0);

  /* The same document object, now with the file's content. */
  g_assert_true (jd_open_document_get_document (open_document) == document);
  g_assert_true (jd_document_equal (document, other));
  g_assert_false (jd_open_document_get_modified (open_document));
  g_assert_false (jd_open_document_changed_on_disk (open_document));

  /* Undo goes back to the version that was open. */
  jd_history_undo (jd_open_document_get_history (open_document));
  g_assert_cmpstr (jd_document_get_title (document), ==, "Chef");
  g_assert_cmpstr (jd_document_get_department (document), ==, "Kitchen");
  g_assert_true (jd_open_document_get_modified (open_document));
}

static void
test_reload_error (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(JdOpenDocument) open_document = open_saved (fixture);
  JdDocument *document = jd_open_document_get_document (open_document);
  g_autoptr(JdDocument) before = jd_document_copy (document);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *broken = "<?xml version=\"1.0\"?>\n<job-description\n  xmlns=\"" JD_DOCUMENT_NAMESPACE "\">\n<title>";
  g_autofree char *path = g_file_get_path (fixture->file);
  guint line = 0;

  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  jd_open_document_reload_async (open_document, NULL, ready_cb, &result);
  WAIT_FOR (result != NULL);
  g_assert_false (jd_open_document_reload_finish (open_document, result, &line, &error));
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_MALFORMED);
  g_assert_cmpuint (line, >, 0);

  /* What was open stays as it was. */
  g_assert_true (jd_document_equal (document, before));
  g_assert_false (jd_open_document_get_modified (open_document));
}

/* A draft comes a set time after the last change, goes when the changes
 * are saved, undone or discarded, and is written at once when the
 * document goes with changes nobody discarded. */
static void
test_drafts (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(JdOpenDocument) open_document = open_saved (fixture);
  JdDocument *document = jd_open_document_get_document (open_document);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autofree char *draft_id = NULL;
  gint64 start;

  jd_open_document_set_autosave_delay (open_document, 1);
  g_assert_cmpuint (jd_open_document_get_autosave_delay (open_document), ==, 1);
  draft_id = g_strdup (jd_open_document_get_draft_id (open_document));
  g_assert_nonnull (draft_id);

  start = g_get_monotonic_time ();
  jd_document_set_title (document, "Head Chef");
  g_assert_cmpuint (count_drafts (fixture), ==, 0);
  WAIT_FOR (count_drafts (fixture) == 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);

  /* Undoing back to the file's version needs no draft. */
  jd_history_undo (jd_open_document_get_history (open_document));
  g_assert_cmpuint (count_drafts (fixture), ==, 0);

  /* Saving removes the draft. */
  jd_document_set_title (document, "Head Chef");
  WAIT_FOR (count_drafts (fixture) == 1);
  jd_open_document_save_async (open_document, fixture->file, NULL, ready_cb, &result);
  WAIT_FOR (result != NULL);
  g_assert_true (jd_open_document_save_finish (open_document, result, NULL));
  g_clear_object (&result);
  g_assert_cmpuint (count_drafts (fixture), ==, 0);

  /* Discarding removes it too. */
  jd_document_set_title (document, "Executive Chef");
  WAIT_FOR (count_drafts (fixture) == 1);
  jd_open_document_discard_draft (open_document);
  g_assert_cmpuint (count_drafts (fixture), ==, 0);

  /* Going with a change not yet in a draft writes it at once. */
  jd_document_set_title (document, "Pastry Chef");
  g_assert_cmpuint (count_drafts (fixture), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&open_document));
  g_assert_cmpuint (count_drafts (fixture), ==, 1);

  recovered = jd_drafts_recover (fixture->drafts, &aside);
  g_assert_cmpuint (recovered->len, ==, 1);
  g_assert_cmpuint (aside->len, ==, 0);
  g_assert_cmpstr (((JdDraft *)g_ptr_array_index (recovered, 0))->id, ==, draft_id);
}

/* Recovery: the file as it is on disk, the draft's changes on top. */
static void
test_recover (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(JdOpenDocument) saved = open_saved (fixture);
  g_autoptr(JdDocument) changed = make_document ("Head Chef");
  g_autoptr(JdOpenDocument) open_document = NULL;
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autofree char *id = jd_drafts_new_id ();
  JdDraft *draft;
  JdDocument *document;

  /* The file on disk that the draft changes. */
  g_assert_nonnull (saved);
  g_assert_true (jd_drafts_write (fixture->drafts, id, changed, fixture->file, NULL));
  recovered = jd_drafts_recover (fixture->drafts, &aside);
  g_assert_cmpuint (recovered->len, ==, 1);
  draft = g_ptr_array_index (recovered, 0);

  open_document = jd_open_document_new_for_draft (draft, fixture->drafts);
  document = jd_open_document_get_document (open_document);
  g_assert_cmpstr (jd_open_document_get_draft_id (open_document), ==, id);
  g_assert_true (g_file_equal (jd_open_document_get_file (open_document), fixture->file));
  g_assert_cmpstr (jd_document_get_title (document), ==, "Head Chef");
  g_assert_true (jd_open_document_get_modified (open_document));

  jd_history_undo (jd_open_document_get_history (open_document));
  g_assert_cmpstr (jd_document_get_title (document), ==, "Chef");
  g_assert_false (jd_open_document_get_modified (open_document));

  /* Back to the file's version: the draft has nothing left to keep. */
  g_assert_cmpuint (count_drafts (fixture), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/open-document/modified", test_modified);
  ADD ("/open-document/load", test_load);
  ADD ("/open-document/save-snapshot", test_save_snapshot);
  ADD ("/open-document/save-error", test_save_error);
  ADD ("/open-document/outside-change", test_outside_change);
  ADD ("/open-document/reload", test_reload);
  ADD ("/open-document/reload-error", test_reload_error);
  ADD ("/open-document/drafts", test_drafts);
  ADD ("/open-document/recover", test_recover);

#undef ADD

  return g_test_run ();
}
