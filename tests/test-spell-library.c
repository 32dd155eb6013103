/* test-spell-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The template library is spelled right: every template, in each of the
 * six languages, made into a document as `jobscribe new` makes it and
 * checked with the dictionary of its language, has no spelling finding.
 * A word the dictionaries lack that is right goes into data/spell/
 * (ignore.txt for every language, ignore-LL.txt for one); a typo is
 * fixed in the library or its translation. Skips a language whose
 * dictionary is not installed (build-aux/dev installs them all).
 */

#include "config.h"

#include <locale.h>

#include "jd-library.h"
#include "jd-spell-checker.h"

static void
test_library_spelling (void)
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  const char * const *languages = jd_terms_get_languages ();
  GListModel *templates;
  guint n_templates;
  guint checked = 0;
  guint failures = 0;

  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);
  templates = jd_library_get_templates (library);
  n_templates = g_list_model_get_n_items (templates);
  g_assert_cmpuint (n_templates, >=, 200);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      /* One checker per language, as one per open document. */
      g_autoptr(JdSpellChecker) checker = jd_spell_checker_new (languages[l]);

      if (!jd_spell_checker_has_dictionary (checker))
        {
          g_test_message ("no %s dictionary: %s not checked",
                          jd_spell_checker_get_dictionary (checker), languages[l]);
          continue;
        }

      for (guint t = 0; t < n_templates; t++)
        {
          g_autoptr(JdTemplate) template = g_list_model_get_item (templates, t);
          const char *id = jd_template_get_id (template);
          g_autoptr(JdDocument) document = jd_library_create_document (library, id, languages[l], &error);
          g_autoptr(GPtrArray) findings = NULL;

          g_assert_no_error (error);
          findings = jd_spell_checker_check_document (checker, document);
          checked++;

          for (guint i = 0; i < findings->len; i++)
            {
              JdFinding *finding = g_ptr_array_index (findings, i);

              g_test_message ("%s (%s): “%s” (field %s, section %d, block %d)", id, languages[l],
                              jd_finding_get_text (finding),
                              jd_finding_get_field (finding) != NULL ? jd_finding_get_field (finding) : "-",
                              jd_finding_get_section (finding), jd_finding_get_block (finding));
              failures++;
            }
        }
    }

  g_test_message ("%u documents checked, %u misspellings", checked, failures);
  if (checked == 0)
    g_test_skip ("no dictionary of the library's languages is installed");
  g_assert_cmpuint (failures, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* The words of the messages as they are, Greek included. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spell-library/no-misspelling", test_library_spelling);

  return g_test_run ();
}
