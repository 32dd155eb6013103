/* test-spell.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JdSpellChecker: misspellings found with suggestions in two languages,
 * the dictionary chosen by the document's language, what is left alone
 * (names, acronyms, addresses, placeholders, library terms), the personal
 * word list, Ignore All, a missing dictionary, and the findings of a
 * whole document.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-spell-checker.h"

static char *config_dir;

/* Returns: the words @checker marks in @text, joined by "|" */
static char *
marked (JdSpellChecker *checker,
        const char     *text)
{
  g_autoptr(GArray) misspellings = jd_spell_checker_check_text (checker, text);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (misspellings, JdMisspelling, i);
      const char *from = g_utf8_offset_to_pointer (text, m->start);
      const char *to = g_utf8_offset_to_pointer (text, m->end);

      g_string_append_printf (out, "%s%.*s", i > 0 ? "|" : "", (int)(to - from), from);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Hunspell stops a long search for suggestions after a quarter of a
 * second of the process's CPU time and returns what it found by then.
 * Under AddressSanitizer, whose allocator serves Hunspell's many small
 * strings, on a core shared with the tests running beside it, the
 * German or French word below once came without its suggestion. The
 * word is asked for up to three times (nothing is cached); a wrong
 * dictionary never suggests it. */
static void
assert_suggests (JdSpellChecker *checker,
                 const char     *word,
                 const char     *expected)
{
  gboolean found = FALSE;

  for (guint attempt = 0; attempt < 3 && !found; attempt++)
    {
      g_auto(GStrv) suggestions = jd_spell_checker_get_suggestions (checker, word);

      g_assert_nonnull (suggestions[0]);
      g_assert_cmpuint (g_strv_length (suggestions), <=, 5);
      found = g_strv_contains ((const char * const *)suggestions, expected);
    }

  g_assert_true (found);
}

static void
test_english (void)
{
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new ("en");
  g_autoptr(GArray) misspellings = NULL;
  g_autofree char *words = NULL;
  g_auto(GStrv) suggestions = NULL;

  g_assert_true (jd_spell_checker_has_dictionary (checker));
  g_assert_cmpstr (jd_spell_checker_get_dictionary (checker), ==, "en_US");

  misspellings = jd_spell_checker_check_text (checker, "You will recieve a competitive salary.");
  g_assert_cmpuint (misspellings->len, ==, 1);
  g_assert_cmpint (g_array_index (misspellings, JdMisspelling, 0).start, ==, 9);
  g_assert_cmpint (g_array_index (misspellings, JdMisspelling, 0).end, ==, 16);
  suggestions = jd_spell_checker_get_suggestions (checker, "recieve");
  g_assert_cmpstr (suggestions[0], ==, "receive");

  /* Apostrophes of both kinds, possessives, hyphenated words. */
  words = marked (checker, "Don’t worry: the team’s full-time roles aren't pre-shift work, "
                           "and a well-knwon brand.");
  g_assert_cmpstr (words, ==, "knwon");
  g_assert_false (jd_spell_checker_check_word (checker, "managment"));
  g_assert_true (jd_spell_checker_check_word (checker, "management"));
}

static void
test_other_languages (void)
{
  g_autoptr(JdSpellChecker) german = jd_spell_checker_new ("de");
  g_autoptr(JdSpellChecker) french = jd_spell_checker_new ("fr-FR");
  g_autoptr(JdSpellChecker) greek = jd_spell_checker_new ("el");
  g_autofree char *de = NULL;
  g_autofree char *fr = NULL;
  g_autofree char *el = NULL;

  g_assert_cmpstr (jd_spell_checker_get_dictionary (german), ==, "de_DE");
  de = marked (german, "Sie haben Erfahrrung im Sicherheits- und Gesundheitsschutz, bzw. in der Cloud.");
  g_assert_cmpstr (de, ==, "Erfahrrung");
  assert_suggests (german, "Erfahrrung", "Erfahrung");

  g_assert_cmpstr (jd_spell_checker_get_dictionary (french), ==, "fr_FR");
  fr = marked (french, "Vous rejoindrez l’équipe d'accueil pour le développment du produit.");
  g_assert_cmpstr (fr, ==, "développment");
  assert_suggests (french, "développment", "développement");

  g_assert_cmpstr (jd_spell_checker_get_dictionary (greek), ==, "el_GR");
  el = marked (greek, "Θα εργάζεστε με την ομαδα μας και τους ανθρώπους μας στην Αθήνα καθημερινά· οι άνθρωποί μας.");
  g_assert_cmpstr (el, ==, "ομαδα");
}

static void
test_dictionary_choice (void)
{
  struct { const char *language; const char *dictionary; } cases[] = {
    { "en", "en_US" }, { "en-US", "en_US" }, { "en-GB", "en_GB" }, { "en_GB", "en_GB" },
    { "pt", "pt_PT" }, { "pt-BR", "pt_BR" }, { "pt-PT", "pt_PT" },
    { "es", "es_ES" }, { "el", "el_GR" }, { "de-DE", "de_DE" }, { NULL, "en_US" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdSpellChecker) checker = jd_spell_checker_new (cases[i].language);

      g_assert_cmpstr (jd_spell_checker_get_dictionary (checker), ==, cases[i].dictionary);
      g_assert_true (jd_spell_checker_has_dictionary (checker));
    }

  /* British and American spelling differ. */
  {
    g_autoptr(JdSpellChecker) us = jd_spell_checker_new ("en");
    g_autoptr(JdSpellChecker) gb = jd_spell_checker_new ("en-GB");

    g_assert_false (jd_spell_checker_check_word (us, "organisation"));
    g_assert_true (jd_spell_checker_check_word (gb, "organisation"));
  }
}

static void
test_skipped (void)
{
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new ("en");
  g_autofree char *words = NULL;

  words = marked (checker,
                  "Use HubSpot and iOS for B2B deals with SAP and CRM data in 5G areas. "
                  "Write to jobs@example.com, see https://example.com/careers?id=7 or "
                  "www.example.org and jobscribe.github.io. You report to the [Stroe Mangaer] "
                  "in a team of [nmber] people, with Kubernetes, Jira and onboarding, "
                  "e.g. at Jobscribe. A qwertz.");
  g_assert_cmpstr (words, ==, "qwertz");
}

/* German compounds no dictionary lists are right when made of words,
 * the first ones maybe English, the last German; so is the infinitive
 * with zu of a separable verb. A misspelled part is still marked. */
static void
test_german_compounds (void)
{
  g_autoptr(JdSpellChecker) german = jd_spell_checker_new ("de");
  g_autofree char *de = NULL;

  de = marked (german, "Die Provisionsobergrenze, das Supportteam und die Medikationsmanagementsysteme; "
                       "Kommissionierstapler fahren, nachzuhaken und zurückzuverfolgen. "
                       "Die Provisionsobergrnze, das Supportteem, abzuschlieen.");
  g_assert_cmpstr (de, ==, "Provisionsobergrnze|Supportteem|abzuschlieen");
}

/* The other gender's ending written onto a word is no word of its own;
 * the word it is written onto, and a misspelled ending too long to be
 * one, are still checked. */
static void
test_inclusive_endings (void)
{
  g_autoptr(JdSpellChecker) german = jd_spell_checker_new ("de");
  g_autoptr(JdSpellChecker) french = jd_spell_checker_new ("fr");
  g_autoptr(JdSpellChecker) greek = jd_spell_checker_new ("el");
  g_autoptr(JdSpellChecker) spanish = jd_spell_checker_new ("es");
  g_autofree char *de = NULL;
  g_autofree char *fr = NULL;
  g_autofree char *el = NULL;
  g_autofree char *es = NULL;

  de = marked (german, "Wir suchen Mitarbeiter:innen, Lehrer*innen, Kaufmann/-frau (m/w/d), "
                       "Verkäufer(in) und Mitarbieter:in.");
  g_assert_cmpstr (de, ==, "Mitarbieter");
  fr = marked (french, "Vendeur/euse (H/F), serveur·euse et directeur/trice, directeur/tricexyz.");
  g_assert_cmpstr (fr, ==, "tricexyz");
  el = marked (greek, "Μάγειρας/ισσα και Υπάλληλος/η υποδοχής.");
  g_assert_cmpstr (el, ==, "");
  es = marked (spanish, "Camarero/a y cocinero/a con experiencia.");
  g_assert_cmpstr (es, ==, "");
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_personal_dictionary (void)
{
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new ("en");
  g_autofree char *list = g_build_filename (config_dir, "en_US.dic", NULL);
  g_autofree char *contents = NULL;
  guint changed = 0;

  g_signal_connect_swapped (checker, "changed", G_CALLBACK (count_cb), &changed);

  g_assert_false (jd_spell_checker_check_word (checker, "Zorblaxian"));
  jd_spell_checker_add_to_dictionary (checker, "Zorblaxian");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (jd_spell_checker_check_word (checker, "Zorblaxian"));

  /* Kept in Enchant's personal word list, for every later checker. */
  g_assert_true (g_file_get_contents (list, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Zorblaxian"));
  {
    g_autoptr(JdSpellChecker) later = jd_spell_checker_new ("en-US");

    g_assert_true (jd_spell_checker_check_word (later, "Zorblaxian"));
  }
}

static void
test_ignore_all (void)
{
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new ("en");
  g_autoptr(JdSpellChecker) other = jd_spell_checker_new ("en");
  g_auto(GStrv) ignored = NULL;

  g_assert_false (jd_spell_checker_check_word (checker, "Fnordco"));
  jd_spell_checker_ignore_word (checker, "Fnordco");
  g_assert_true (jd_spell_checker_check_word (checker, "Fnordco"));
  g_assert_true (jd_spell_checker_check_word (checker, "fnordco"));
  ignored = jd_spell_checker_get_ignored_words (checker);
  g_assert_cmpstrv (ignored, ((const char * const[]) { "fnordco", NULL }));

  /* Only for this checker, that is this document. */
  g_assert_false (jd_spell_checker_check_word (other, "Fnordco"));

  jd_spell_checker_set_extra_words (other, "Fnordco Widgets Ltd");
  g_assert_true (jd_spell_checker_check_word (other, "Fnordco"));
}

static void
test_missing_dictionary (void)
{
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new ("xx-YY");
  g_autoptr(GArray) misspellings = jd_spell_checker_check_text (checker, "qwertz asdfgh");
  g_auto(GStrv) suggestions = jd_spell_checker_get_suggestions (checker, "qwertz");

  g_assert_false (jd_spell_checker_has_dictionary (checker));
  g_assert_cmpstr (jd_spell_checker_get_dictionary (checker), ==, "xx");
  g_assert_cmpuint (misspellings->len, ==, 0);
  g_assert_null (suggestions[0]);
}

static void
test_document (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new ("de");
  g_autoptr(GPtrArray) findings = NULL;
  JdFinding *title, *item;

  jd_document_set_language (document, "de");
  jd_document_set_title (document, "Verkäuferr (m/w/d)");
  jd_document_set_company_name (document, "Brotzeitwerk GmbH");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Sie beraten Kunden bei Brotzeitwerk freundlch.");
  jd_document_append_section (document, duties);

  findings = jd_spell_checker_check_document (checker, document);
  g_assert_cmpuint (findings->len, ==, 2);

  title = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (jd_finding_get_rule (title), ==, "spelling");
  g_assert_cmpint (jd_finding_get_category (title), ==, JD_REVIEW_CATEGORY_SPELLING);
  g_assert_cmpstr (jd_review_category_to_string (jd_finding_get_category (title)), ==, "spelling");
  g_assert_cmpint (jd_finding_get_severity (title), ==, JD_SEVERITY_WARNING);
  g_assert_cmpstr (jd_finding_get_field (title), ==, "title");
  g_assert_cmpstr (jd_finding_get_text (title), ==, "Verkäuferr");
  g_assert_true (g_strv_contains (jd_finding_get_suggestions (title), "Verkäufer"));

  item = g_ptr_array_index (findings, 1);
  g_assert_cmpint (jd_finding_get_section (item), ==, 0);
  g_assert_cmpint (jd_finding_get_block (item), ==, 0);
  g_assert_cmpint (jd_finding_get_start (item), ==, 36);
  g_assert_cmpint (jd_finding_get_end (item), ==, 45);
  g_assert_cmpstr (jd_finding_get_text (item), ==, "freundlch");

  /* The suggestion applies through the review's own finding API. */
  g_assert_true (jd_finding_apply_suggestion (item, document, "freundlich", NULL));
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==,
                   "Sie beraten Kunden bei Brotzeitwerk freundlich.");
}

static void
async_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  JdSpellChecker **checker = user_data;
  g_autoptr(GError) error = NULL;

  *checker = jd_spell_checker_new_finish (result, &error);
  if (*checker == NULL)
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  else
    g_assert_no_error (error);
}

typedef struct
{
  JdSpellChecker *checker;
  guint           wrong;
} CheckInThread;

static gpointer
check_in_thread (gpointer data)
{
  CheckInThread *job = data;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *words = marked (job->checker, "Wir suchen eine freundlche Verkäuferin.");

      if (g_strcmp0 (words, "freundlche") != 0)
        job->wrong++;
    }

  return NULL;
}

/* A checker made in a worker thread checks as one made in this one; a
 * cancelled one is not made; checkers of one dictionary check in
 * different threads at once. */
static void
test_async (void)
{
  g_autoptr(JdSpellChecker) german = NULL;
  g_autoptr(JdSpellChecker) cancelled = NULL;
  g_autoptr(JdSpellChecker) again = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *words = NULL;
  CheckInThread jobs[2];
  GThread *threads[2];

  jd_spell_checker_new_async ("de", NULL, async_ready_cb, &german);
  while (german == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (jd_spell_checker_has_dictionary (german));
  g_assert_cmpstr (jd_spell_checker_get_dictionary (german), ==, "de_DE");
  words = marked (german, "Sie beraten Kunden freundlch.");
  g_assert_cmpstr (words, ==, "freundlch");

  g_cancellable_cancel (cancellable);
  cancelled = GINT_TO_POINTER (1);
  jd_spell_checker_new_async ("fr", cancellable, async_ready_cb, &cancelled);
  while (cancelled == GINT_TO_POINTER (1))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (cancelled);

  again = jd_spell_checker_new ("de-DE");
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      jobs[i].checker = i == 0 ? german : again;
      jobs[i].wrong = 0;
      threads[i] = g_thread_new ("check", check_in_thread, &jobs[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (jobs[i].wrong, ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  config_dir = g_dir_make_tmp ("jobscribe-enchant-XXXXXX", NULL);
  g_setenv ("ENCHANT_CONFIG_DIR", config_dir, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spell/english", test_english);
  g_test_add_func ("/spell/other-languages", test_other_languages);
  g_test_add_func ("/spell/dictionary-choice", test_dictionary_choice);
  g_test_add_func ("/spell/skipped", test_skipped);
  g_test_add_func ("/spell/inclusive-endings", test_inclusive_endings);
  g_test_add_func ("/spell/german-compounds", test_german_compounds);
  g_test_add_func ("/spell/personal-dictionary", test_personal_dictionary);
  g_test_add_func ("/spell/ignore-all", test_ignore_all);
  g_test_add_func ("/spell/missing-dictionary", test_missing_dictionary);
  g_test_add_func ("/spell/document", test_document);
  g_test_add_func ("/spell/async", test_async);

  status = g_test_run ();

  {
    g_autofree char *list = g_build_filename (config_dir, "en_US.dic", NULL);

    g_remove (list);
    g_rmdir (config_dir);
  }
  g_free (config_dir);

  return status;
}
