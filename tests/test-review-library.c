/* test-review-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library passes its own review: every template, in every language,
 * made into a document as `jobscribe new` makes it, has no error other
 * than what depends on what the company fills in (pay transparency,
 * completeness), and no English template is masculine-coded.
 */

#include "config.h"

#include "jd-library.h"
#include "jd-review.h"

static void
test_library_review (void)
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  const char * const *languages = jd_terms_get_languages ();
  GListModel *templates;
  guint n_templates;
  guint reviewed = 0;
  guint failures = 0;

  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);
  templates = jd_library_get_templates (library);
  n_templates = g_list_model_get_n_items (templates);
  g_assert_cmpuint (n_templates, >=, 200);

  for (guint l = 0; languages[l] != NULL; l++)
    for (guint t = 0; t < n_templates; t++)
      {
        g_autoptr(JdTemplate) template = g_list_model_get_item (templates, t);
        const char *id = jd_template_get_id (template);
        g_autoptr(JdDocument) document = jd_library_create_document (library, id, languages[l], &error);
        g_autoptr(JdReview) review = NULL;
        GListModel *findings;

        g_assert_no_error (error);
        review = jd_review_new (document, NULL);
        g_assert_cmpstr (jd_review_get_language (review), ==, languages[l]);
        reviewed++;

        findings = jd_review_get_findings (review);
        for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
          {
            g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);
            JdReviewCategory category = jd_finding_get_category (finding);

            if (jd_finding_get_severity (finding) != JD_SEVERITY_ERROR ||
                category == JD_REVIEW_CATEGORY_PAY_TRANSPARENCY ||
                category == JD_REVIEW_CATEGORY_COMPLETENESS)
              continue;

            g_test_message ("%s (%s): %s: %s [%s]", id, languages[l],
                            jd_finding_get_text (finding) ? jd_finding_get_text (finding) : "",
                            jd_finding_get_message (finding), jd_finding_get_rule (finding));
            failures++;
          }

        if (g_str_equal (languages[l], "en") &&
            (jd_review_get_gender_tone (review) == JD_GENDER_TONE_MASCULINE ||
             jd_review_get_gender_tone (review) == JD_GENDER_TONE_STRONGLY_MASCULINE))
          {
            g_autofree char *words = g_strjoinv (", ", (char **)jd_review_get_masculine_words (review));

            g_test_message ("%s is masculine-coded: %s", id, words);
            failures++;
          }
      }

  g_test_message ("%u documents reviewed", reviewed);
  g_assert_cmpuint (reviewed, ==, n_templates * g_strv_length ((char **)languages));
  g_assert_cmpuint (failures, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-library/passes-its-own-review", test_library_review);

  return g_test_run ();
}
