/* test-drafts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-company-profile.h"
#include "jd-document-io.h"
#include "jd-drafts.h"

static GFile *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("jd-drafts-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static JdDocument *
make_document (const char *title)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_RESPONSIBILITIES);

  jd_document_set_title (document, title);
  jd_section_add_text (section, JD_BLOCK_ITEM, "Plan the week");
  jd_document_append_section (document, section);

  return document;
}

static void
test_write_recover_remove (void)
{
  g_autoptr(GFile) dir = make_tmp_dir ();
  g_autoptr(GFile) user_file = g_file_new_for_path ("/home/someone/Job descriptions/chef.jobdesc");
  g_autoptr(JdDrafts) drafts = jd_drafts_new (dir);
  g_autoptr(JdDocument) saved_one = make_document ("Chef");
  g_autoptr(JdDocument) new_one = make_document ("Nurse");
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id1 = jd_drafts_new_id ();
  g_autofree char *id2 = jd_drafts_new_id ();

  g_assert_true (jd_drafts_write (drafts, id1, saved_one, user_file, &error));
  g_assert_no_error (error);
  g_assert_true (jd_drafts_write (drafts, id2, new_one, NULL, &error));

  /* Writing again replaces the draft. */
  jd_document_set_title (new_one, "Registered Nurse");
  g_assert_true (jd_drafts_write (drafts, id2, new_one, NULL, &error));

  recovered = jd_drafts_recover (drafts, &aside);
  g_assert_cmpuint (recovered->len, ==, 2);
  g_assert_cmpuint (aside->len, ==, 0);
  for (guint i = 0; i < recovered->len; i++)
    {
      JdDraft *draft = g_ptr_array_index (recovered, i);
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;

      /* When it was written, for "Restored unsaved changes from 15:23". */
      g_assert_cmpint (draft->written, >, now - 600);
      g_assert_cmpint (draft->written, <=, now);

      if (g_strcmp0 (draft->id, id1) == 0)
        {
          g_assert_true (jd_document_equal (draft->document, saved_one));
          g_assert_true (g_file_equal (draft->file, user_file));
        }
      else
        {
          g_assert_cmpstr (draft->id, ==, id2);
          g_assert_true (jd_document_equal (draft->document, new_one));
          g_assert_null (draft->file);
        }
    }

  jd_drafts_remove (drafts, id1);
  jd_drafts_remove (drafts, id2);
  g_clear_pointer (&recovered, g_ptr_array_unref);
  g_clear_pointer (&aside, g_ptr_array_unref);
  recovered = jd_drafts_recover (drafts, &aside);
  g_assert_cmpuint (recovered->len, ==, 0);

  g_rmdir (g_file_peek_path (dir));
}

static void
test_bad_drafts_set_aside (void)
{
  g_autoptr(GFile) dir = make_tmp_dir ();
  g_autoptr(JdDrafts) drafts = jd_drafts_new (dir);
  g_autoptr(GPtrArray) recovered = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = g_build_filename (g_file_peek_path (dir), "broken.jobdesc", NULL);
  g_autofree char *newer = g_build_filename (g_file_peek_path (dir), "newer.jobdesc", NULL);
  g_autofree char *leftover = g_build_filename (g_file_peek_path (dir), ".good.jobdesc.AB12CD", NULL);
  g_autofree char *kept = g_build_filename (g_file_peek_path (dir), "set-aside", "broken.jobdesc", NULL);
  g_autofree char *kept_newer = g_build_filename (g_file_peek_path (dir), "set-aside", "newer.jobdesc", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(JdDocument) good = make_document ("Teacher");

  g_assert_true (jd_drafts_write (drafts, "good", good, NULL, &error));
  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?><jobdesc", -1, &error));
  g_assert_true (g_file_set_contents (newer,
                                      "<?xml version=\"1.0\"?>\n"
                                      "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/2\" version=\"2\"/>\n",
                                      -1, &error));
  g_assert_true (g_file_set_contents (leftover, "<?xml half", -1, &error));

  recovered = jd_drafts_recover (drafts, &aside);
  g_assert_cmpuint (recovered->len, ==, 1);
  g_assert_cmpstr (((JdDraft *)g_ptr_array_index (recovered, 0))->id, ==, "good");

  /* Both are reported, with the reason, and kept, not deleted. */
  g_assert_cmpuint (aside->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (aside, 0), "broken.jobdesc"));
  g_assert_nonnull (strstr (g_ptr_array_index (aside, 1), "newer version of Jobscribe"));
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "<?xml version=\"1.0\"?><jobdesc");
  g_assert_true (g_file_test (kept_newer, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (broken, G_FILE_TEST_EXISTS));

  /* The leftover of a killed write is gone. */
  g_assert_false (g_file_test (leftover, G_FILE_TEST_EXISTS));

  jd_drafts_remove (drafts, "good");
  g_unlink (kept);
  g_unlink (kept_newer);
  {
    g_autofree char *aside_dir = g_build_filename (g_file_peek_path (dir), "set-aside", NULL);
    g_rmdir (aside_dir);
  }
  g_rmdir (g_file_peek_path (dir));
}

static void
test_company_profile (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(JdDocument) english = make_document ("Chef");
  g_autoptr(JdDocument) german = make_document ("Koch (m/w/d)");
  g_autofree char *about = NULL;
  JdSection *section;

  jd_company_profile_set (settings, JD_COMPANY_NAME, NULL, "Example Kitchens");
  jd_company_profile_set (settings, JD_COMPANY_URL, NULL, "https://example.com");
  jd_company_profile_set (settings, JD_COMPANY_LOCATION, NULL, "Berlin, BE, DE");
  jd_company_profile_set (settings, JD_COMPANY_CURRENCY, NULL, "EUR");
  jd_company_profile_set (settings, JD_COMPANY_ABOUT, NULL, "We cook for three canteens.\n\nWe buy locally.");
  jd_company_profile_set (settings, JD_COMPANY_BENEFITS, NULL, "Meals on shift\n\n  Bike leasing  \n");
  jd_company_profile_set (settings, JD_COMPANY_EQUAL_OPPORTUNITY, NULL, "We welcome every applicant.");
  jd_company_profile_set (settings, JD_COMPANY_ABOUT, "de", "Wir kochen für drei Kantinen.");

  about = jd_company_profile_get (settings, JD_COMPANY_ABOUT, "fr");
  g_assert_cmpstr (about, ==, "We cook for three canteens.\n\nWe buy locally.");

  jd_company_profile_apply (settings, english);
  g_assert_cmpstr (jd_document_get_company_name (english), ==, "Example Kitchens");
  g_assert_cmpstr (jd_document_get_company_url (english), ==, "https://example.com");
  g_assert_cmpstr (jd_document_get_salary_currency (english), ==, "EUR");
  g_assert_cmpstr (((JdLocation *)g_ptr_array_index (jd_document_get_locations (english), 0))->country, ==, "DE");
  g_assert_cmpstr (((JdLocation *)g_ptr_array_index (jd_document_get_locations (english), 0))->region, ==, "BE");

  /* About us first, in two paragraphs; benefits and the statement last. */
  section = jd_document_get_section (english, 0);
  g_assert_cmpint (jd_section_get_kind (section), ==, JD_SECTION_ABOUT);
  g_assert_cmpuint (jd_section_get_n_blocks (section), ==, 2);
  section = jd_document_find_section (english, JD_SECTION_BENEFITS);
  g_assert_cmpuint (jd_section_get_n_blocks (section), ==, 2);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (section, 1)), ==, "Bike leasing");
  g_assert_cmpint (jd_block_get_kind (jd_section_get_block (section, 1)), ==, JD_BLOCK_ITEM);
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (english, 3)), ==, JD_SECTION_EQUAL_OPPORTUNITY);

  /* The translation the user gave is used in a German document. */
  jd_document_set_language (german, "de");
  jd_company_profile_apply (settings, german);
  section = jd_document_get_section (german, 0);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (section, 0)), ==, "Wir kochen für drei Kantinen.");

  /* Clearing a translation falls back to the default. */
  jd_company_profile_set (settings, JD_COMPANY_ABOUT, "de", "");
  g_free (about);
  about = jd_company_profile_get (settings, JD_COMPANY_ABOUT, "de");
  g_assert_cmpstr (about, ==, "We cook for three canteens.\n\nWe buy locally.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/drafts/write-recover-remove", test_write_recover_remove);
  g_test_add_func ("/drafts/bad-drafts-set-aside", test_bad_drafts_set_aside);
  g_test_add_func ("/drafts/company-profile", test_company_profile);

  return g_test_run ();
}
