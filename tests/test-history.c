/* test-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jd-history-private.h"

static JdDocument *
make_document (void)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);

  jd_document_set_title (document, "Chef");
  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "You run the kitchen.");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Plan the menu");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Order stock");
  jd_document_append_section (document, brief);
  jd_document_append_section (document, duties);

  return document;
}

static void
test_text_undo_redo (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdHistory) history = jd_history_new (document);
  JdSection *duties = jd_document_get_section (document, 1);
  JdBlock *block = jd_section_get_block (duties, 0);
  g_autoptr(JdDocument) edited = NULL;

  g_assert_false (jd_history_can_undo (history));

  /* Typing, keystroke by keystroke, is one step. */
  jd_block_set_text (block, "Plan the menu ");
  jd_block_set_text (block, "Plan the menu w");
  jd_block_set_text (block, "Plan the menu with the team");
  g_assert_true (jd_history_can_undo (history));
  edited = jd_document_copy (document);

  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));
  g_assert_false (jd_history_can_undo (history));
  g_assert_true (jd_history_can_redo (history));

  /* The block is the same object: its view just shows the old text. */
  g_assert_true (jd_section_get_block (jd_document_get_section (document, 1), 0) == block);

  jd_history_redo (history);
  g_assert_true (jd_document_equal (document, edited));
  g_assert_false (jd_history_can_redo (history));
}

static void
test_steps_and_structure (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdHistory) history = jd_history_new (document);
  g_autoptr(JdDocument) after_heading = NULL;
  g_autoptr(JdSection) benefits = jd_section_new (JD_SECTION_BENEFITS);

  jd_section_set_heading (jd_document_get_section (document, 0), "The job");
  after_heading = jd_document_copy (document);
  jd_history_break (history);

  /* A removed section comes back. */
  jd_document_remove_section (document, 0);
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, 1);
  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, after_heading));

  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));

  /* A new change after undo forgets what could be redone. */
  jd_document_append_section (document, benefits);
  g_assert_false (jd_history_can_redo (history));
  g_assert_cmpuint (jd_document_get_n_sections (document), ==, 3);
  jd_history_break (history);

  jd_document_move_section (document, 2, 0);
  jd_history_undo (history);
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, 0)), ==, JD_SECTION_BRIEF);
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, 2)), ==, JD_SECTION_BENEFITS);
  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));
}

/* A step the caller delimits stays one step however slowly its changes
 * come (a translation on a loaded machine); a break inside it does not
 * split it, and typing after it starts a step of its own. */
static void
test_delimited_step (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdHistory) history = jd_history_new (document);
  JdBlock *block = jd_section_get_block (jd_document_get_section (document, 1), 0);
  g_autoptr(JdDocument) stepped = NULL;

  jd_history_begin_step (history);
  jd_document_set_title (document, "Head Chef");
  g_usleep (1200 * 1000);   /* longer than typing's gap between steps */
  jd_history_break (history);
  jd_block_set_text (block, "Plan the seasonal menu");
  jd_history_end_step (history);
  stepped = jd_document_copy (document);

  jd_block_set_text (block, "Plan the seasonal menu with the team");

  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, stepped));
  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));
  g_assert_false (jd_history_can_undo (history));
}

static void
test_reset (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdHistory) history = jd_history_new (document);

  jd_document_set_title (document, "Head Chef");
  g_assert_true (jd_history_can_undo (history));
  jd_history_reset (history);
  g_assert_false (jd_history_can_undo (history));
  g_assert_cmpstr (jd_document_get_title (document), ==, "Head Chef");
}

static void
run_main_loop_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_pending (NULL))
        g_usleep (10 * 1000);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* Typing after a pause is a step of its own: the history copies the
 * document once typing pauses, not at every keystroke, so the copy it
 * keeps is the text before the pause. */
static void
test_typing_pause (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdHistory) history = jd_history_new (document);
  JdBlock *block = jd_section_get_block (jd_document_get_section (document, 1), 0);

  jd_block_set_text (block, "Plan");
  jd_block_set_text (block, "Plan the menu");
  run_main_loop_for (1300);
  jd_block_set_text (block, "Plan the menu with");
  jd_block_set_text (block, "Plan the menu with the team");

  jd_history_undo (history);
  g_assert_cmpstr (jd_block_get_text (block), ==, "Plan the menu");
  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));
  g_assert_false (jd_history_can_undo (history));

  jd_history_redo (history);
  g_assert_cmpstr (jd_block_get_text (block), ==, "Plan the menu");
  jd_history_redo (history);
  g_assert_cmpstr (jd_block_get_text (block), ==, "Plan the menu with the team");
  g_assert_false (jd_history_can_redo (history));
}

/* A history made with a snapshot (the open document's copy of what was
 * saved) keeps it as its first step and never changes it. */
static void
test_shared_snapshot (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) snapshot = jd_document_copy (document);
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdHistory) history = _jd_history_new_with_snapshot (document, snapshot);
  JdSection *duties = jd_document_get_section (document, 1);

  jd_block_set_text (jd_section_get_block (duties, 0), "Plan the menu with the team");
  jd_history_break (history);
  jd_section_remove_block (duties, 1);
  jd_history_break (history);
  g_assert_true (jd_document_equal (snapshot, original));

  jd_history_undo (history);
  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));
  g_assert_false (jd_history_can_undo (history));
  jd_history_redo (history);
  jd_block_set_text (jd_section_get_block (jd_document_get_section (document, 1), 0), "Plan");
  jd_history_break (history);
  g_assert_true (jd_document_equal (snapshot, original));
  g_assert_false (jd_document_equal (document, original));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/text-undo-redo", test_text_undo_redo);
  g_test_add_func ("/history/steps-and-structure", test_steps_and_structure);
  g_test_add_func ("/history/delimited-step", test_delimited_step);
  g_test_add_func ("/history/reset", test_reset);
  g_test_add_func ("/history/typing-pause", test_typing_pause);
  g_test_add_func ("/history/shared-snapshot", test_shared_snapshot);

  return g_test_run ();
}
