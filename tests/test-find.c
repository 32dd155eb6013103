/* test-find.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Find and replace over a document's text, in the six languages, the
 * placeholders a company still has to fill in and the blocks still marked
 * as needing translating.
 */

#include "config.h"

#include <string.h>

#include "jd-find.h"
#include "jd-history.h"

/* The matches of @needle in @text as "start-end start-end". */
static char *
find_text (const char  *text,
           const char  *needle,
           JdFindFlags  flags)
{
  g_autoptr(GArray) ranges = jd_text_find (text, needle, flags);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const JdTextRange *range = &g_array_index (ranges, JdTextRange, i);

      g_string_append_printf (out, "%s%d-%d", i > 0 ? " " : "", range->start, range->end);
    }

  return g_string_free (out, FALSE);
}

/* The text of each match, joined by "|". */
static char *
found_words (const char  *text,
             const char  *needle,
             JdFindFlags  flags)
{
  g_autoptr(GArray) ranges = jd_text_find (text, needle, flags);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const JdTextRange *range = &g_array_index (ranges, JdTextRange, i);
      const char *from = g_utf8_offset_to_pointer (text, range->start);
      const char *to = g_utf8_offset_to_pointer (text, range->end);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append_len (out, from, to - from);
    }

  return g_string_free (out, FALSE);
}

#define ASSERT_FOUND(text, needle, flags, expected) \
  G_STMT_START { \
    g_autofree char *found_ = found_words (text, needle, flags); \
    g_assert_cmpstr (found_, ==, expected); \
  } G_STMT_END

static void
test_case (void)
{
  g_autofree char *positions = find_text ("Team lead, team player, TEAM", "team", 0);

  g_assert_cmpstr (positions, ==, "0-4 11-15 24-28");
  ASSERT_FOUND ("Team lead, team player, TEAM", "team", JD_FIND_MATCH_CASE, "team");
  ASSERT_FOUND ("Team lead, team player, TEAM", "Team", JD_FIND_MATCH_CASE, "Team");
  ASSERT_FOUND ("Team lead", "", 0, "");
  ASSERT_FOUND ("", "team", 0, "");
  /* Accents are letters of their own. */
  ASSERT_FOUND ("Café, cafe", "café", 0, "Café");
  /* A precomposed é and an e with a combining accent are one letter. */
  ASSERT_FOUND ("Cafe\xcc\x81 and café", "CAFÉ", 0, "Cafe\xcc\x81|café");
  ASSERT_FOUND ("Cafe\xcc\x81", "cafe", 0, "");
}

static void
test_casefold_german_greek (void)
{
  /* ß folds to ss; only whole characters match, never half of one. */
  ASSERT_FOUND ("Straße und STRASSE", "strasse", 0, "Straße|STRASSE");
  ASSERT_FOUND ("Straße", "STRASSE", 0, "Straße");
  ASSERT_FOUND ("Straße", "s", 0, "S");
  ASSERT_FOUND ("Straße", "strasse", JD_FIND_MATCH_CASE, "");
  ASSERT_FOUND ("Größe, GRÖSSE", "größe", 0, "Größe|GRÖSSE");

  /* Greek: final sigma and capital sigma fold together, accents stay. */
  ASSERT_FOUND ("Η ΟΜΑΔΑΣ και η ομάδας, η ομαδας", "ομαδας", 0, "ΟΜΑΔΑΣ|ομαδας");
  ASSERT_FOUND ("Η ΟΜΆΔΑΣ και η ομάδας", "ομάδας", 0, "ΟΜΆΔΑΣ|ομάδας");
  ASSERT_FOUND ("Ομάδα ΟΜΆΔΑ", "ομάδα", JD_FIND_MATCH_CASE, "");

  /* French and Spanish capitals with accents. */
  ASSERT_FOUND ("ÉQUIPE et équipe", "équipe", 0, "ÉQUIPE|équipe");
  ASSERT_FOUND ("AÑO y año", "año", 0, "AÑO|año");
}

static void
test_whole_word (void)
{
  ASSERT_FOUND ("Sales, salesperson, wholesale, SALES.", "sales", JD_FIND_WHOLE_WORD, "Sales|SALES");
  ASSERT_FOUND ("Sales, salesperson, wholesales", "sales", 0, "Sales|sales|sales");
  /* Elided articles and hyphens end words. */
  ASSERT_FOUND ("l'équipe, l’équipe, équipes", "équipe", JD_FIND_WHOLE_WORD, "équipe|équipe");
  ASSERT_FOUND ("Teamleiter, Team-Leiter, Team", "team", JD_FIND_WHOLE_WORD, "Team|Team");
  /* Greek letters are word characters too. */
  ASSERT_FOUND ("ομάδα, ομάδας, ΟΜΆΔΑ", "ομάδα", JD_FIND_WHOLE_WORD, "ομάδα|ΟΜΆΔΑ");
  ASSERT_FOUND ("equipo, equipos, EQUIPO", "equipo", JD_FIND_WHOLE_WORD | JD_FIND_MATCH_CASE, "equipo");
  ASSERT_FOUND ("formação, formações", "formação", JD_FIND_WHOLE_WORD, "formação");
  /* A phrase is whole at its two ends. */
  ASSERT_FOUND ("a team player, the team players", "team player", JD_FIND_WHOLE_WORD, "team player");
}

static JdDocument *
make_document (void)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);

  jd_document_set_title (document, "Store Manager");
  jd_document_set_company_name (document, "Store & Co");
  jd_document_set_department (document, "[department]");
  jd_document_set_company_url (document, "https://store.example");
  jd_section_set_heading (brief, "About the store");
  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH,
                       "You run the store and report to the [Area Manager], with a team of [number].");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Open the STORE each morning");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Keep the storeroom tidy");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Lead [number] people [ ] and [unclosed");
  jd_document_append_section (document, brief);
  jd_document_append_section (document, duties);

  return document;
}

static void
test_document_find (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(GArray) matches = jd_document_find (document, "store", 0);
  g_autoptr(GArray) whole = jd_document_find (document, "store", JD_FIND_WHOLE_WORD);
  const JdTextRange *range;

  /* The title, the company, the heading, the paragraph, two bullets: the
   * address is not prose. */
  g_assert_cmpuint (matches->len, ==, 6);
  range = &g_array_index (matches, JdTextRange, 0);
  g_assert_cmpstr (range->field, ==, "title");
  g_assert_cmpint (range->section, ==, -1);
  g_assert_cmpint (range->start, ==, 0);
  g_assert_cmpint (range->end, ==, 5);
  range = &g_array_index (matches, JdTextRange, 1);
  g_assert_cmpstr (range->field, ==, "company");
  range = &g_array_index (matches, JdTextRange, 2);
  g_assert_null (range->field);
  g_assert_cmpint (range->section, ==, 0);
  g_assert_cmpint (range->block, ==, -1);
  g_assert_cmpint (range->start, ==, 10);
  range = &g_array_index (matches, JdTextRange, 5);
  g_assert_cmpint (range->section, ==, 1);
  g_assert_cmpint (range->block, ==, 1);
  g_assert_cmpint (range->start, ==, 9);

  /* "storeroom" is not the whole word. */
  g_assert_cmpuint (whole->len, ==, 5);

  for (guint i = 1; i < matches->len; i++)
    g_assert_cmpint (jd_text_range_compare (&g_array_index (matches, JdTextRange, i - 1),
                                            &g_array_index (matches, JdTextRange, i)), <, 0);
}

static void
test_replace_all_one_step (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(JdDocument) original = jd_document_copy (document);
  g_autoptr(JdHistory) history = jd_history_new (document);
  g_autoptr(GArray) left = NULL;
  g_autoptr(JdDocument) edited = NULL;
  JdSection *duties = jd_document_get_section (document, 1);

  g_assert_cmpuint (jd_document_replace_all (document, "store", "shop", JD_FIND_WHOLE_WORD), ==, 5);
  g_assert_cmpstr (jd_document_get_title (document), ==, "shop Manager");
  g_assert_cmpstr (jd_document_get_company_name (document), ==, "shop & Co");
  g_assert_cmpstr (jd_document_get_company_url (document), ==, "https://store.example");
  g_assert_cmpstr (jd_section_get_heading (jd_document_get_section (document, 0)), ==, "About the shop");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, "Open the shop each morning");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, "Keep the storeroom tidy");
  left = jd_document_find (document, "store", JD_FIND_WHOLE_WORD);
  g_assert_cmpuint (left->len, ==, 0);

  /* Done in one go, it is one step of the history. */
  edited = jd_document_copy (document);
  jd_history_undo (history);
  g_assert_true (jd_document_equal (document, original));
  g_assert_false (jd_history_can_undo (history));
  jd_history_redo (history);
  g_assert_true (jd_document_equal (document, edited));

  /* Several matches in one text, replaced by something longer, and the
   * replacement itself holding the needle. */
  g_assert_cmpuint (jd_document_replace_all (document, "[number]", "[number] or more", 0), ==, 2);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 2)), ==,
                   "Lead [number] or more people [ ] and [unclosed");
}

static void
test_replace_range (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(GArray) matches = jd_document_find (document, "[number]", 0);
  JdTextRange range;

  g_assert_cmpuint (matches->len, ==, 2);
  range = g_array_index (matches, JdTextRange, 1);
  g_assert_true (jd_document_replace_range (document, &range, "twelve"));
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (jd_document_get_section (document, 1), 2)), ==,
                   "Lead twelve people [ ] and [unclosed");

  range.end = 1000;
  g_assert_false (jd_document_replace_range (document, &range, "x"));
}

static void
test_placeholders (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(GArray) found = jd_document_find_placeholders (document);
  g_autoptr(GArray) in_text = NULL;
  g_autofree char *too_long = g_strnfill (JD_PLACEHOLDER_MAX_CHARS + 1, 'x');
  g_autofree char *long_one = g_strdup_printf ("[%s] [%s]", "short", too_long);
  const JdTextRange *range;

  /* "[ ]" is blank and "[unclosed" not closed: neither is a placeholder. */
  g_assert_cmpuint (found->len, ==, 4);
  range = &g_array_index (found, JdTextRange, 0);
  g_assert_cmpstr (range->field, ==, "department");
  g_assert_cmpint (range->start, ==, 0);
  g_assert_cmpint (range->end, ==, 12);
  range = &g_array_index (found, JdTextRange, 1);
  g_assert_cmpint (range->section, ==, 0);
  g_assert_cmpint (range->block, ==, 0);
  g_assert_cmpstr (g_utf8_offset_to_pointer (jd_document_get_range_text (document, range), range->start),
                   ==, "[Area Manager], with a team of [number].");
  range = &g_array_index (found, JdTextRange, 3);
  g_assert_cmpint (range->section, ==, 1);
  g_assert_cmpint (range->block, ==, 2);
  g_assert_cmpint (range->start, ==, 5);
  g_assert_cmpint (range->end, ==, 13);

  /* Not across lines, not nested, not too long; in any script. */
  in_text = jd_text_find_placeholders ("[a\nb] [outer [inner]] [Ομάδα] [Filialleitung]");
  g_assert_cmpuint (in_text->len, ==, 3);
  g_assert_cmpint (g_array_index (in_text, JdTextRange, 0).start, ==, 13);
  g_assert_cmpint (g_array_index (in_text, JdTextRange, 1).start, ==, 22);
  g_assert_cmpint (g_array_index (in_text, JdTextRange, 1).end, ==, 29);
  g_clear_pointer (&in_text, g_array_unref);
  in_text = jd_text_find_placeholders (long_one);
  g_assert_cmpuint (in_text->len, ==, 1);

  /* Filled in, they are gone. */
  g_assert_cmpuint (jd_document_replace_all (document, "[number]", "12", 0), ==, 2);
  g_clear_pointer (&found, g_array_unref);
  found = jd_document_find_placeholders (document);
  g_assert_cmpuint (found->len, ==, 2);
}

static void
test_untranslated (void)
{
  g_autoptr(JdDocument) document = make_document ();
  g_autoptr(GArray) found = jd_document_find_untranslated (document);
  JdSection *duties = jd_document_get_section (document, 1);
  const JdTextRange *range;

  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_array_unref);

  /* In the order of the editor, whatever order they were marked in. */
  jd_block_set_needs_translation (jd_section_get_block (duties, 2), TRUE);
  jd_block_set_needs_translation (jd_section_get_block (jd_document_get_section (document, 0), 0), TRUE);
  found = jd_document_find_untranslated (document);
  g_assert_cmpuint (found->len, ==, 2);
  range = &g_array_index (found, JdTextRange, 0);
  g_assert_null (range->field);
  g_assert_cmpint (range->section, ==, 0);
  g_assert_cmpint (range->block, ==, 0);
  g_assert_cmpint (range->start, ==, 0);
  g_assert_cmpint (range->end, ==, g_utf8_strlen (jd_document_get_range_text (document, range), -1));
  range = &g_array_index (found, JdTextRange, 1);
  g_assert_cmpint (range->section, ==, 1);
  g_assert_cmpint (range->block, ==, 2);
  g_assert_cmpint (range->end, ==, strlen ("Lead [number] people [ ] and [unclosed"));
  g_assert_cmpint (jd_text_range_compare (&g_array_index (found, JdTextRange, 0), range), <, 0);

  /* Once translated, a block is done. */
  jd_block_set_needs_translation (jd_section_get_block (duties, 2), FALSE);
  g_clear_pointer (&found, g_array_unref);
  found = jd_document_find_untranslated (document);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (g_array_index (found, JdTextRange, 0).section, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/find/case", test_case);
  g_test_add_func ("/find/casefold-german-greek", test_casefold_german_greek);
  g_test_add_func ("/find/whole-word", test_whole_word);
  g_test_add_func ("/find/document", test_document_find);
  g_test_add_func ("/find/replace-all-one-step", test_replace_all_one_step);
  g_test_add_func ("/find/replace-range", test_replace_range);
  g_test_add_func ("/find/placeholders", test_placeholders);
  g_test_add_func ("/find/untranslated", test_untranslated);

  return g_test_run ();
}
