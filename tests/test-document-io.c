/* test-document-io.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "jd-document-io-private.h"

static const char *self_path;

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("JD_TEST_DATA"), name, NULL);
}

static JdDocument *
make_full_document (void)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdLocation) athens = jd_location_new ("Αθήνα", "Αττική", "GR");
  g_autoptr(JdLocation) paris = jd_location_new ("Paris", NULL, "FR");
  const char *applicants[] = { "GR", "CY", "EU", NULL };
  g_autoptr(GString) long_text = g_string_new (NULL);
  static const char * const multilingual[] = {
    "Du betreust Kundinnen und Kunden – „sorgfältig“ und verlässlich.",
    "Vous gérez un portefeuille de clients « grands comptes ».",
    "Gestionarás la relación con los clientes de España y de Canarias (ñ, á, ¿?).",
    "Gere a carteira de clientes de São Paulo e do Porto (ç, ã, õ).",
    "Θα συνεργάζεσαι με την ομάδα πωλήσεων· ποιος είναι ο στόχος σου;",
    "Plain English with an ampersand & a <tag> and \"quotes\" and ]]> too.",
  };

  jd_document_set_title (document, "Υπεύθυνος/Υπεύθυνη Λογαριασμών");
  jd_document_set_language (document, "el");
  jd_document_set_template_id (document, "account-manager");
  jd_document_set_company_name (document, "Παράδειγμα Α.Ε.");
  jd_document_set_company_url (document, "https://example.com/careers?team=sales&lang=el");
  jd_document_set_department (document, "Πωλήσεις");
  jd_document_add_location (document, athens);
  jd_document_add_location (document, paris);
  jd_document_set_workplace_type (document, JD_WORKPLACE_REMOTE);
  jd_document_set_applicant_locations (document, applicants);
  jd_document_set_employment_types (document, JD_EMPLOYMENT_FULL_TIME | JD_EMPLOYMENT_PART_TIME |
                                              JD_EMPLOYMENT_PER_DIEM | JD_EMPLOYMENT_OTHER);
  jd_document_set_salary_min (document, 28000);
  jd_document_set_salary_max (document, 34999.5);
  jd_document_set_salary_currency (document, "EUR");
  jd_document_set_salary_unit (document, JD_SALARY_UNIT_MONTH);
  jd_document_set_date_posted (document, "2026-11-27");
  jd_document_set_valid_through (document, "2027-01-31");
  jd_document_set_apply_to (document, "jobs@example.com");
  jd_document_set_reference (document, "SAL-2026/17");
  jd_document_set_occupation_code (document, "3322");

  for (guint i = 0; i < 4000; i++)
    g_string_append (long_text, "Long paragraph text that goes on and on, line after line.\n");

  for (guint kind = 0; kind < JD_SECTION_N_KINDS; kind++)
    {
      g_autoptr(JdSection) section = jd_section_new (kind);

      if (kind == JD_SECTION_CUSTOM)
        jd_section_set_heading (section, "Ένα κενό τμήμα");
      else
        {
          JdBlock *block = jd_section_add_text (section, JD_BLOCK_PARAGRAPH,
                                                multilingual[kind % G_N_ELEMENTS (multilingual)]);
          jd_block_set_source (block, "account-manager/brief/1");

          for (guint i = 0; i < G_N_ELEMENTS (multilingual); i++)
            jd_section_add_text (section, JD_BLOCK_ITEM, multilingual[i]);
        }

      if (kind == JD_SECTION_ABOUT)
        jd_section_add_text (section, JD_BLOCK_PARAGRAPH, long_text->str);
      if (kind == JD_SECTION_BENEFITS)
        {
          jd_section_set_heading (section, "  Leading and trailing spaces  ");
          jd_section_add_text (section, JD_BLOCK_ITEM, "\tTabs,\r\nCRLF and\nnewlines stay ");
          jd_section_add_text (section, JD_BLOCK_ITEM, "");
        }

      jd_document_append_section (document, section);
    }

  return document;
}

static JdDocument *
make_small_document (void)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(JdLocation) place = jd_location_new ("Berlin", NULL, "DE");
  JdBlock *block;

  jd_document_set_title (document, "Account Manager (m/w/d)");
  jd_document_set_language (document, "de");
  jd_document_set_template_id (document, "account-manager");
  jd_document_set_company_name (document, "Beispiel GmbH");
  jd_document_add_location (document, place);
  jd_document_set_workplace_type (document, JD_WORKPLACE_HYBRID);
  jd_document_set_employment_types (document, JD_EMPLOYMENT_FULL_TIME);
  jd_document_set_salary_min (document, 55000);
  jd_document_set_salary_max (document, 65000);
  jd_document_set_salary_currency (document, "EUR");
  jd_document_set_date_posted (document, "2026-11-27");

  block = jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "Du betreust unsere Bestandskunden.");
  jd_block_set_source (block, "account-manager/brief/1");
  jd_section_set_heading (duties, "Deine Aufgaben");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Verlängerungen „rechtzeitig“ vorbereiten");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Angebote & Preise verhandeln");
  jd_document_append_section (document, brief);
  jd_document_append_section (document, duties);

  return document;
}

static void
test_round_trip_bytes (void)
{
  g_autoptr(JdDocument) document = make_full_document ();
  g_autoptr(JdDocument) loaded = NULL;
  g_autoptr(GBytes) bytes = jd_document_serialize (document);
  g_autoptr(GError) error = NULL;
  guint line = 99;

  loaded = jd_document_parse (bytes, &line, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (line, ==, 0);
  g_assert_true (jd_document_equal (document, loaded));

  /* Spot checks that equality really looked at the content. */
  g_assert_cmpstr (jd_document_get_title (loaded), ==, "Υπεύθυνος/Υπεύθυνη Λογαριασμών");
  g_assert_cmpfloat (jd_document_get_salary_max (loaded), ==, 34999.5);
  g_assert_cmpuint (jd_document_get_n_sections (loaded), ==, JD_SECTION_N_KINDS);
  g_assert_cmpuint (jd_section_get_n_blocks (jd_document_find_section (loaded, JD_SECTION_CUSTOM)), ==, 0);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (jd_document_find_section (loaded, JD_SECTION_BENEFITS), 7)),
                   ==, "\tTabs,\r\nCRLF and\nnewlines stay ");
}

static void
test_round_trip_file (void)
{
  g_autoptr(JdDocument) document = make_full_document ();
  g_autoptr(JdDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "Υπεύθυνος λογαριασμών.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *etag = NULL;
  guint line = 0;

  g_assert_no_error (error);
  g_assert_true (jd_document_save (document, file, NULL, &etag, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  loaded = jd_document_load (file, NULL, &line, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_equal (document, loaded));

  g_unlink (path);
  g_rmdir (dir);
}

static void
save_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GMainLoop *loop = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;

  g_assert_true (jd_document_save_finish (JD_DOCUMENT (object), result, &etag, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);
  g_main_loop_quit (loop);
}

static void
load_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  JdDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = jd_document_load_finish (G_FILE (object), result, NULL, &error);
  g_assert_no_error (error);
}

static void
load_broken_async_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  guint *line = user_data;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_document_load_finish (G_FILE (object), result, line, &error);
  g_assert_null (document);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_INVALID);
}

static void
test_round_trip_async (void)
{
  g_autoptr(JdDocument) document = make_small_document ();
  g_autoptr(JdDocument) loaded = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "async.jobdesc", NULL);
  g_autofree char *broken_path = data_path ("item-in-metadata.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  guint line = 0;

  jd_document_save_async (document, file, NULL, save_async_cb, loop);
  g_main_loop_run (loop);

  jd_document_load_async (file, NULL, load_async_cb, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (jd_document_equal (document, loaded));

  jd_document_load_async (broken, NULL, load_broken_async_cb, &line);
  while (line == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (line, ==, 6);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_byte_stable (void)
{
  g_autoptr(JdDocument) document = make_full_document ();
  g_autoptr(JdDocument) copy = jd_document_copy (document);
  g_autoptr(JdDocument) reloaded = NULL;
  g_autoptr(GBytes) first = jd_document_serialize (document);
  g_autoptr(GBytes) second = jd_document_serialize (copy);
  g_autoptr(GBytes) third = NULL;
  g_autoptr(JdDocument) small = make_small_document ();
  g_autoptr(GBytes) small_bytes = jd_document_serialize (small);
  g_autofree char *golden_path = data_path ("golden.jobdesc");
  g_autofree char *golden = NULL;
  gsize golden_len = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_bytes_equal (first, second));

  reloaded = jd_document_parse (first, NULL, &error);
  g_assert_no_error (error);
  third = jd_document_serialize (reloaded);
  g_assert_true (g_bytes_equal (first, third));

  /* Pretty output, one element per line, exactly as in the golden file. */
  g_file_get_contents (golden_path, &golden, &golden_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (small_bytes, NULL), g_bytes_get_size (small_bytes),
                   golden, golden_len);
}

typedef struct
{
  const char      *file;
  JdDocumentError  code;
  guint            line;
  const char      *message;
} HostileCase;

static const HostileCase hostile_cases[] = {
  { "billion-laughs.jobdesc", JD_DOCUMENT_ERROR_FORBIDDEN, 2, "<!DOCTYPE>" },
  { "external-entity.jobdesc", JD_DOCUMENT_ERROR_FORBIDDEN, 2, "<!DOCTYPE>" },
  { "external-dtd.jobdesc", JD_DOCUMENT_ERROR_FORBIDDEN, 2, "<!DOCTYPE>" },
  { "truncated.jobdesc", JD_DOCUMENT_ERROR_MALFORMED, 8, "truncated" },
  { "not-xml.jobdesc", JD_DOCUMENT_ERROR_MALFORMED, 1, "not an XML file" },
  { "wrong-root.jobdesc", JD_DOCUMENT_ERROR_NOT_JOBDESC, 2, "not a Jobscribe document" },
  { "wrong-namespace.jobdesc", JD_DOCUMENT_ERROR_NOT_JOBDESC, 2, "namespace" },
  { "newer-version.jobdesc", JD_DOCUMENT_ERROR_NEWER_VERSION, 2, "newer version of Jobscribe" },
  { "invalid-utf8.jobdesc", JD_DOCUMENT_ERROR_MALFORMED, 4, "UTF-8" },
  { "item-in-metadata.jobdesc", JD_DOCUMENT_ERROR_INVALID, 6, "<item> is not allowed inside <metadata>" },
  { "bad-section-kind.jobdesc", JD_DOCUMENT_ERROR_INVALID, 6, "“perks” is not a valid value for <section>" },
  { "bad-date.jobdesc", JD_DOCUMENT_ERROR_INVALID, 5, "<date-posted>" },
  { "missing-language.jobdesc", JD_DOCUMENT_ERROR_INVALID, 3, "<metadata>" },
};

static void
test_hostile (gconstpointer data)
{
  const HostileCase *hostile = data;
  g_autofree char *path = data_path (hostile->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_load (file, NULL, &line, &error);
  g_assert_null (document);
  g_assert_error (error, JD_DOCUMENT_ERROR, (int)hostile->code);
  g_assert_cmpuint (line, ==, hostile->line);
  g_test_message ("%s:%u: %s", hostile->file, line, error->message);
  g_assert_nonnull (strstr (error->message, hostile->message));

  /* Nothing of /etc/passwd ever reaches the user. */
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_unknown_elements_tolerated (void)
{
  g_autofree char *path = data_path ("unknown-element.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  JdSection *brief;

  document = jd_document_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jd_document_get_title (document), ==, "Account Manager");
  brief = jd_document_find_section (document, JD_SECTION_BRIEF);
  g_assert_nonnull (brief);
  g_assert_cmpuint (jd_section_get_n_blocks (brief), ==, 1);
}

/* Ignored findings of the writing review are kept in an optional
 * <review> element: they read back equal, the file stays version 1, a
 * document without them is written as before, and what a later version
 * adds inside <review> is skipped. */
static void
test_ignored_findings (void)
{
  g_autoptr(JdDocument) document = make_small_document ();
  g_autoptr(JdDocument) loaded = NULL;
  g_autoptr(JdDocument) plain = make_small_document ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) plain_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = data_path ("review-ignored.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) from_file = NULL;
  GPtrArray *ignored;
  const JdIgnoredFinding *finding;
  g_autofree char *text = NULL;

  jd_document_ignore_finding (document, "cliche", "requirements", "fast-paced");
  jd_document_ignore_finding (document, "gender.generic-masculine", "brief", "die Bewerber");
  jd_document_ignore_finding (document, "completeness.apply", NULL, NULL);
  /* Twice is once. */
  jd_document_ignore_finding (document, "cliche", "requirements", "fast-paced");
  g_assert_cmpuint (jd_document_get_ignored_findings (document)->len, ==, 3);
  g_assert_false (jd_document_equal (document, plain));

  bytes = jd_document_serialize (document);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "version=\"1\""));
  g_assert_nonnull (strstr (text, "<ignore rule=\"cliche\" scope=\"requirements\">fast-paced</ignore>"));
  g_assert_nonnull (strstr (text, "<ignore rule=\"completeness.apply\"/>"));

  loaded = jd_document_parse (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_equal (document, loaded));
  g_assert_true (jd_document_is_finding_ignored (loaded, "gender.generic-masculine", "brief", "die Bewerber"));
  g_assert_true (jd_document_is_finding_ignored (loaded, "completeness.apply", NULL, NULL));
  g_assert_false (jd_document_is_finding_ignored (loaded, "cliche", "brief", "fast-paced"));

  /* Without ignored findings there is no <review> at all. */
  g_assert_true (jd_document_unignore_finding (loaded, "cliche", "requirements", "fast-paced"));
  g_assert_true (jd_document_unignore_finding (loaded, "gender.generic-masculine", "brief", "die Bewerber"));
  g_assert_true (jd_document_unignore_finding (loaded, "completeness.apply", NULL, NULL));
  g_assert_false (jd_document_unignore_finding (loaded, "completeness.apply", NULL, NULL));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = jd_document_serialize (loaded);
  plain_bytes = jd_document_serialize (plain);
  g_assert_true (g_bytes_equal (bytes, plain_bytes));

  from_file = jd_document_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  ignored = jd_document_get_ignored_findings (from_file);
  g_assert_cmpuint (ignored->len, ==, 3);
  finding = g_ptr_array_index (ignored, 1);
  g_assert_cmpstr (finding->rule, ==, "cliche");
  g_assert_cmpstr (finding->scope, ==, "title");
  g_assert_cmpstr (finding->text, ==, "Rockstar");
  finding = g_ptr_array_index (ignored, 2);
  g_assert_cmpstr (finding->rule, ==, "completeness.company");
  g_assert_null (finding->scope);
  g_assert_null (finding->text);
}

/* Ignored findings quote the text, so they count in the document's
 * total of text: saving refuses to write more than a reader accepts. */
static void
test_ignored_findings_total (void)
{
  g_autoptr(JdDocument) document = make_small_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *large = g_strnfill (JD_DOCUMENT_MAX_BLOCK_CHARS, 'a');
  JdSection *duties = jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES);

  jd_section_add_text (duties, JD_BLOCK_ITEM, large);
  g_assert_true (jd_document_check_limits (document, &error));
  g_assert_no_error (error);

  jd_document_ignore_finding (document, "readability.long-sentence", "responsibilities", large);
  jd_document_ignore_finding (document, "cliche", "responsibilities", "a bit more");
  g_assert_false (jd_document_check_limits (document, &error));
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);
}

/* What a later version adds inside <review> is skipped. */
static void
test_ignored_findings_later (void)
{
  static const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1.3\">\n"
    "  <metadata><language>en</language></metadata>\n"
    "  <review>\n"
    "    <verdict>masculine</verdict>\n"
    "    <ignore rule=\"cliche\" scope=\"brief\">ninja</ignore>\n"
    "  </review>\n"
    "</jobdesc>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_document_parse (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_is_finding_ignored (document, "cliche", "brief", "ninja"));
}

/* An <ignore> needs its rule: the reader names the line. */
static void
test_ignored_findings_invalid (void)
{
  static const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
    "  <metadata><language>en</language></metadata>\n"
    "  <review>\n"
    "    <ignore scope=\"brief\">text</ignore>\n"
    "  </review>\n"
    "</jobdesc>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_parse (bytes, &line, &error);
  g_assert_null (document);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_INVALID);
  g_assert_cmpuint (line, ==, 5);
}

static void
test_empty_input (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_document_parse (bytes, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_MALFORMED);
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "huge.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) endless = g_file_new_for_path ("/dev/zero");
  g_autoptr(JdDocument) document = NULL;
  FILE *fp;

  /* 100 MB of a real-looking document: a header, then one endless text. */
  fp = fopen (path, "w");
  g_assert_nonnull (fp);
  fputs ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
         "<metadata><language>en</language><title>", fp);
  for (guint i = 0; i < 100 * 1024; i++)
    {
      char chunk[1024];

      memset (chunk, 'a', sizeof chunk);
      fwrite (chunk, 1, sizeof chunk, fp);
    }
  fclose (fp);

  document = jd_document_load (file, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Reading stops at the cap: an endless file is refused too. (Counting
   * the memory used instead would not work under AddressSanitizer.) */
  document = jd_document_load (endless, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);

  g_unlink (path);
  g_rmdir (dir);
}

static char *
shared_dir (const char *what,
            pid_t       parent)
{
  g_autofree char *name = g_strdup_printf ("jd-test-%s-%d", what, (int)parent);
  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

/* Runs in a subprocess: the folder holding the file cannot be written to. */
static void
save_into_readonly_folder (void)
{
  g_autofree char *dir = shared_dir ("readonly", getppid ());
  g_autofree char *path = g_build_filename (dir, "posting.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = make_full_document ();
  g_autoptr(GError) error = NULL;

  /* root may write anywhere, so drop to nobody for the attempt. */
  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }

  g_assert_false (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_printerr ("save refused: %s\n", error->message);
}

/* Runs in a subprocess: the disk is full after a few kilobytes. */
static void
save_onto_full_disk (void)
{
  g_autofree char *dir = shared_dir ("full", getppid ());
  g_autofree char *path = g_build_filename (dir, "posting.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = make_full_document ();
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 8192, 8192 };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_printerr ("save refused: %s\n", error->message);
}

static void
check_failed_save (const char *what,
                   const char *subprocess_path,
                   guint       dir_mode)
{
  g_autofree char *dir = shared_dir (what, getpid ());
  g_autofree char *path = g_build_filename (dir, "posting.jobdesc", NULL);
  g_autoptr(JdDocument) small = make_small_document ();
  g_autoptr(GBytes) before = jd_document_serialize (small);
  g_autofree char *after = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  gsize after_len = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (before, NULL),
                                      g_bytes_get_size (before), &error));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, dir_mode), ==, 0);

  g_test_trap_subprocess (subprocess_path, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*save refused*");

  /* The previous file is byte for byte what it was... */
  g_assert_true (g_file_get_contents (path, &after, &after_len, &error));
  g_assert_cmpmem (after, after_len, g_bytes_get_data (before, NULL), g_bytes_get_size (before));

  /* ...and nothing half-written was left beside it. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "posting.jobdesc");
  g_assert_null (g_dir_read_name (listing));

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_failed_save_readonly (void)
{
  if (g_test_subprocess ())
    {
      save_into_readonly_folder ();
      return;
    }

  check_failed_save ("readonly", "/document-io/failed-save/read-only-folder", 0555);
}

static void
test_failed_save_full_disk (void)
{
  if (g_test_subprocess ())
    {
      save_onto_full_disk ();
      return;
    }

  check_failed_save ("full", "/document-io/failed-save/full-disk", 0755);
}

static GBytes *
bytes_for (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

/* Files written as one batch (a published site) are each whole and
 * replace what was there, through links too, leaving no temporary file
 * behind; their folders are synced once, at the end. */
static void
test_write_batch (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *target = g_build_filename (sub, "target.html", NULL);
  g_autofree char *link = g_build_filename (dir, "link.html", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GBytes) bytes = bytes_for ("<p>new</p>");
  g_autoptr(GDir) entries = NULL;
  g_autofree char *contents = NULL;
  const char *name;
  guint n_entries = 0;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "old", -1, &error));
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("sub/target.html", link), ==, 0);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/page-%u.html", dir, i);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (_jd_write_file_in_batch (file, bytes, NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_true (_jd_write_file_in_batch (link_file, bytes, NULL, &error));
  g_assert_no_error (error);
  _jd_sync_folder (folder);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "<p>new</p>");

  entries = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_false (g_str_has_prefix (name, "."));
      if (g_str_has_prefix (name, "page-"))
        {
          g_clear_pointer (&contents, g_free);
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, "<p>new</p>");
        }
      n_entries++;
      if (!g_str_equal (name, "sub"))
        g_unlink (path);
    }
  g_assert_cmpuint (n_entries, ==, 7);

  g_unlink (target);
  g_rmdir (sub);
  g_rmdir (dir);
}

/* A symbolic link stays a link; the file it points to is replaced and
 * keeps its permissions. A dangling link gets its target created. */
static void
test_write_symlink (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *target = g_build_filename (dir, "private.jobdesc", NULL);
  g_autofree char *link = g_build_filename (dir, "link.jobdesc", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.jobdesc", NULL);
  g_autofree char *created = g_build_filename (dir, "created.jobdesc", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GFile) dangling_file = g_file_new_for_path (dangling);
  g_autoptr(GBytes) bytes = bytes_for ("new contents");
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, &error));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  g_assert_cmpint (symlink ("private.jobdesc", link), ==, 0);
  g_assert_cmpint (symlink ("created.jobdesc", dangling), ==, 0);

  g_assert_true (jd_write_file_atomically (link_file, bytes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new contents");

  g_assert_true (jd_write_file_atomically (dangling_file, bytes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (created, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new contents");

  g_unlink (link);
  g_unlink (dangling);
  g_unlink (target);
  g_unlink (created);
  g_rmdir (dir);
}

/* A FIFO and /dev/null are written in place, never replaced; /dev/full
 * reports that it is full; a folder is refused. */
static void
test_write_special (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) null_file = g_file_new_for_path ("/dev/null");
  g_autoptr(GFile) full_file = g_file_new_for_path ("/dev/full");
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GBytes) bytes = bytes_for ("through the pipe");
  char buffer[64] = { 0 };
  GStatBuf st;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_true (jd_write_file_atomically (fifo_file, bytes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (fd, buffer, sizeof buffer - 1), ==, strlen ("through the pipe"));
  g_assert_cmpstr (buffer, ==, "through the pipe");
  close (fd);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_true (jd_write_file_atomically (null_file, bytes, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  if (g_stat ("/dev/full", &st) == 0 && S_ISCHR (st.st_mode))
    {
      g_assert_false (jd_write_file_atomically (full_file, bytes, NULL, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_clear_error (&error);
      g_assert_cmpint (g_lstat ("/dev/full", &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
    }

  g_assert_false (jd_write_file_atomically (dir_file, bytes, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpint (g_lstat (dir, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));

  g_unlink (fifo);
  g_rmdir (dir);
}

/* Saves what @bytes reads as, reads it again and checks that the model
 * and the bytes come back the same. Returns whether @bytes was accepted. */
static gboolean
check_round_trip (GBytes     *bytes,
                  const char *what)
{
  g_autoptr(JdDocument) first = NULL;
  g_autoptr(JdDocument) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  first = jd_document_parse (bytes, NULL, NULL);
  if (first == NULL)
    return FALSE;

  saved = jd_document_serialize (first);
  second = jd_document_parse (saved, NULL, &error);
  if (second == NULL)
    g_error ("%s: read back refused: %s\n%.*s\nsaved as\n%.*s", what, error->message,
             (int)g_bytes_get_size (bytes), (const char *)g_bytes_get_data (bytes, NULL),
             (int)g_bytes_get_size (saved), (const char *)g_bytes_get_data (saved, NULL));
  saved_again = jd_document_serialize (second);
  if (!jd_document_equal (first, second))
    g_error ("%s: read back different\n%.*s\nsaved as\n%.*s\nthen as\n%.*s", what,
             (int)g_bytes_get_size (bytes), (const char *)g_bytes_get_data (bytes, NULL),
             (int)g_bytes_get_size (saved), (const char *)g_bytes_get_data (saved, NULL),
             (int)g_bytes_get_size (saved_again), (const char *)g_bytes_get_data (saved_again, NULL));

  if (!g_bytes_equal (saved, saved_again))
    g_error ("%s: saved twice, different bytes", what);

  return TRUE;
}

static const char *
pick (GRand              *rand,
      const char * const *choices,
      guint               n)
{
  return choices[g_rand_int_range (rand, 0, (gint32)n)];
}

#define PICK(rand, array) pick ((rand), (array), G_N_ELEMENTS (array))

static const char * const white_space[] = {
  "", "", "", " ", "\t", "\n  ", " \r\n\t ", "&#9;", "&#10;", "&#13;", "&#x20;",
};

static const char * const texts[] = {
  "Plain words", " lead", "trail ", "two  spaces", "é ü Ω 漢字 😀", "&amp; &lt;tag&gt; ]]&gt;",
  "line&#13;feed", "tab&#9;bed", "new\nline", "crlf\r\nline", "&quot;'", "", "x",
  "<![CDATA[ a < b && c ]]>", "&#x1F600;", "  ",
};

static const char * const attribute_texts[] = {
  "Plain", " lead", "trail ", "é Ω 漢字", "&amp;&lt;&gt;&quot;", "a&#10;b", "c&#13;d",
  "e&#9;f", "raw\ttab", "raw\nline", "", " ",
};

static const char * const amounts[] = {
  "0", "1", "12.345", "00012.5", "+7", ".5", "5.", "999999999999.999", "999999999999.99",
  "1000000000000", "1000000000000.01", "1e3", "-1", "0.004", "0.005", "34999.50",
};

static const char * const employment_types[] = {
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
};

static const char * const section_kinds[] = {
  "about", "brief", "responsibilities", "requirements", "nice-to-have", "benefits",
  "salary", "apply", "equal-opportunity", "custom",
};

static void
append_typed (GString    *out,
              GRand      *rand,
              const char *value)
{
  g_string_append_printf (out, "%s%s%s", PICK (rand, white_space), value, PICK (rand, white_space));
}

static GBytes *
generate_document (GRand *rand)
{
  static const char * const languages[] = { "en", "de", "fr-CA", "el", "pt-BR" };
  static const char * const dates[] = { "2026-01-31", "2027-12-01", "2026-02-29" };
  static const char * const units[] = { "HOUR", "DAY", "WEEK", "MONTH", "YEAR" };
  static const char * const workplaces[] = { "on-site", "hybrid", "remote" };
  static const char * const countries[] = { "GR", "FR", "US" };
  static const char * const currencies[] = { "EUR", "USD", "JPY" };
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
                               "<metadata>");

  if (g_rand_boolean (rand))
    g_string_append_printf (out, "<title>%s</title>", PICK (rand, texts));
  g_string_append (out, "<language>");
  append_typed (out, rand, PICK (rand, languages));
  g_string_append (out, "</language>");
  if (g_rand_boolean (rand))
    {
      g_string_append (out, "<company-url>");
      append_typed (out, rand, "https://example.com/jobs?a=1&amp;b=2");
      g_string_append (out, "</company-url>");
    }
  if (g_rand_boolean (rand))
    g_string_append_printf (out, "<company>%s</company>", PICK (rand, texts));
  for (int i = g_rand_int_range (rand, 0, 3); i > 0; i--)
    g_string_append_printf (out, "<location city=\"%s\" region=\"%s\" country=\"%s\"/>",
                            PICK (rand, attribute_texts), PICK (rand, attribute_texts),
                            PICK (rand, countries));
  if (g_rand_boolean (rand))
    {
      g_string_append (out, "<workplace type=\"");
      append_typed (out, rand, PICK (rand, workplaces));
      g_string_append_printf (out, "\"><applicant-location>%s</applicant-location></workplace>",
                              PICK (rand, texts));
    }
  for (int i = g_rand_int_range (rand, 0, 4); i > 0; i--)
    {
      g_string_append (out, "<employment-type>");
      append_typed (out, rand, PICK (rand, employment_types));
      g_string_append (out, "</employment-type>");
    }
  if (g_rand_boolean (rand))
    {
      g_string_append (out, "<salary");
      if (g_rand_boolean (rand))
        {
          g_string_append (out, " min=\"");
          append_typed (out, rand, PICK (rand, amounts));
          g_string_append (out, "\"");
        }
      if (g_rand_boolean (rand))
        {
          g_string_append (out, " max=\"");
          append_typed (out, rand, PICK (rand, amounts));
          g_string_append (out, "\"");
        }
      if (g_rand_boolean (rand))
        g_string_append_printf (out, " currency=\"%s\"", PICK (rand, currencies));
      g_string_append (out, " unit=\"");
      append_typed (out, rand, PICK (rand, units));
      g_string_append (out, "\"/>");
    }
  if (g_rand_boolean (rand))
    {
      g_string_append (out, "<date-posted>");
      append_typed (out, rand, PICK (rand, dates));
      g_string_append (out, "</date-posted>");
    }
  if (g_rand_boolean (rand))
    {
      g_string_append (out, "<valid-through>");
      append_typed (out, rand, PICK (rand, dates));
      g_string_append (out, "</valid-through>");
    }
  if (g_rand_boolean (rand))
    g_string_append_printf (out, "<apply>%s</apply>", PICK (rand, texts));
  if (g_rand_int_range (rand, 0, 4) == 0)
    g_string_append (out, "<later-addition>skipped</later-addition><!-- a comment -->");
  g_string_append (out, "</metadata>\n");

  for (int i = g_rand_int_range (rand, 0, 4); i > 0; i--)
    {
      g_string_append (out, "<section kind=\"");
      append_typed (out, rand, PICK (rand, section_kinds));
      g_string_append (out, "\">");
      if (g_rand_boolean (rand))
        g_string_append_printf (out, "<heading>%s</heading>", PICK (rand, texts));
      for (int j = g_rand_int_range (rand, 0, 4); j > 0; j--)
        {
          const char *name = g_rand_boolean (rand) ? "p" : "item";

          g_string_append_printf (out, "<%s", name);
          if (g_rand_boolean (rand))
            g_string_append_printf (out, " source=\"%s\"", PICK (rand, attribute_texts));
          if (g_rand_boolean (rand))
            {
              g_string_append (out, " translation=\"");
              append_typed (out, rand, "needed");
              g_string_append (out, "\"");
            }
          g_string_append_printf (out, ">%s%s</%s>", PICK (rand, texts), PICK (rand, texts), name);
        }
      g_string_append (out, "</section>\n");
    }

  g_string_append (out, "</jobdesc>\n");
  return g_string_free_to_bytes (out);
}

/* Every document the reader accepts is saved, read back equal and saved
 * to the same bytes: the test files and thousands of variations of
 * white space, amounts, escapes and text. */
static void
test_round_trip_property (void)
{
  g_autofree char *data_dir = g_strdup (g_getenv ("JD_TEST_DATA"));
  g_autoptr(GDir) dir = g_dir_open (data_dir, 0, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);
  const char *name;
  guint accepted = 0;
  const guint n = 3000;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize len;

      if (!g_str_has_suffix (name, ".jobdesc"))
        continue;
      path = g_build_filename (data_dir, name, NULL);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
      check_round_trip (bytes, name);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GBytes) bytes = generate_document (rand);
      g_autofree char *what = g_strdup_printf ("generated document %u", i);

      if (check_round_trip (bytes, what))
        accepted++;
    }

  /* The variations are mostly valid, so the property is tested on many. */
  g_test_message ("%u of %u generated documents accepted", accepted, n);
  g_assert_cmpuint (accepted, >, n / 4);
}

static JdDocument *
parse_string (const char  *text,
              guint       *line,
              GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return jd_document_parse (bytes, line, error);
}

#define DOC_START "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"

/* Values of a type that collapses white space come into the model
 * without it; nothing is dropped. */
static void
test_white_space_typed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdDocument) again = NULL;
  g_autoptr(GBytes) saved = NULL;

  document = parse_string (DOC_START
                           "<metadata><language> de\n</language>\n"
                           "<company-url>\thttps://example.com/?a=1&amp;b=2 </company-url>\n"
                           "<workplace type=\" remote \"/>\n"
                           "<employment-type>\n  FULL_TIME\n</employment-type>\n"
                           "<employment-type> INTERN</employment-type>\n"
                           "<salary min=\" 100 \" max=\"&#9;200.5\" unit=\" MONTH\"/>\n"
                           "<date-posted> 2026-01-31 </date-posted>\n"
                           "<valid-through>2026-03-01\n</valid-through>\n"
                           "<title> Kept as it is </title></metadata>\n"
                           "<section kind=\" responsibilities \"><item translation=\" needed \">x</item></section>\n"
                           "</jobdesc>\n", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jd_document_get_language (document), ==, "de");
  g_assert_cmpstr (jd_document_get_company_url (document), ==, "https://example.com/?a=1&b=2");
  g_assert_cmpint (jd_document_get_workplace_type (document), ==, JD_WORKPLACE_REMOTE);
  g_assert_cmpint (jd_document_get_employment_types (document), ==,
                   JD_EMPLOYMENT_FULL_TIME | JD_EMPLOYMENT_INTERN);
  g_assert_cmpfloat (jd_document_get_salary_min (document), ==, 100);
  g_assert_cmpfloat (jd_document_get_salary_max (document), ==, 200.5);
  g_assert_cmpint (jd_document_get_salary_unit (document), ==, JD_SALARY_UNIT_MONTH);
  g_assert_cmpstr (jd_document_get_date_posted (document), ==, "2026-01-31");
  g_assert_cmpstr (jd_document_get_valid_through (document), ==, "2026-03-01");
  g_assert_cmpstr (jd_document_get_title (document), ==, " Kept as it is ");
  g_assert_cmpint (jd_section_get_kind (jd_document_get_section (document, 0)), ==,
                   JD_SECTION_RESPONSIBILITIES);
  g_assert_true (jd_block_get_needs_translation (jd_section_get_block (jd_document_get_section (document, 0), 0)));

  saved = jd_document_serialize (document);
  again = jd_document_parse (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_equal (document, again));
}

/* A huge salary is kept within the range a reader accepts, and a file
 * with one out of range is refused on its line. */
static void
test_amount_range (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdDocument) again = NULL;
  g_autoptr(JdDocument) refused = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  jd_document_set_salary_min (document, 1e23);
  jd_document_set_salary_currency (document, "EUR");
  saved = jd_document_serialize (document);
  again = jd_document_parse (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (jd_document_get_salary_min (again), ==, JD_DOCUMENT_MAX_AMOUNT);
  g_assert_true (jd_document_equal (document, again));

  refused = parse_string (DOC_START
                          "<metadata><language>en</language>\n"
                          "<salary min=\"99999999999999991611392.00\" unit=\"YEAR\"/>\n"
                          "</metadata></jobdesc>\n", &line, &error);
  g_assert_null (refused);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_INVALID);
  g_assert_cmpuint (line, ==, 4);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);

  refused = parse_string (DOC_START
                          "<metadata><language>en</language>\n\n"
                          "<salary min=\"5000\" max=\"300\" unit=\"YEAR\"/>\n"
                          "</metadata></jobdesc>\n", &line, &error);
  g_assert_null (refused);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_INVALID);
  g_assert_cmpuint (line, ==, 5);
  g_assert_nonnull (strstr (error->message, "higher"));
}

typedef struct
{
  const char *name;
  const char *body;
  guint       line;
  int         code;
  const char *expected;
} MessageCase;

#define META "<metadata><language>en</language></metadata>\n"

static const MessageCase message_cases[] = {
  { "char-ref", DOC_START META "<section kind=\"brief\"><p>a&#x1;b</p></section></jobdesc>",
    4, JD_DOCUMENT_ERROR_MALFORMED, "&#x1;" },
  { "truncated-attribute", DOC_START META "<section kind=\"bri",
    4, JD_DOCUMENT_ERROR_MALFORMED, "truncated" },
  { "second-root", DOC_START META "</jobdesc>\n<jobdesc/>",
    5, JD_DOCUMENT_ERROR_MALFORMED, "second root element" },
  { "trailing-text", DOC_START META "</jobdesc>\ntrailing",
    5, JD_DOCUMENT_ERROR_MALFORMED, "more after the end" },
  { "version-negative", "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"-1\">" META "</jobdesc>",
    1, JD_DOCUMENT_ERROR_INVALID, "“-1” is not a format version" },
  { "duplicate-title", DOC_START "<metadata><title>a</title><language>en</language>\n<title>b</title></metadata></jobdesc>",
    4, JD_DOCUMENT_ERROR_INVALID, "<title>" },
  { "missing-language", DOC_START "<metadata>\n<title>a</title></metadata></jobdesc>",
    3, JD_DOCUMENT_ERROR_INVALID, "<language>" },
  { "bad-language", DOC_START "<metadata>\n<language>e n</language></metadata></jobdesc>",
    4, JD_DOCUMENT_ERROR_INVALID, "“e n” is not a valid value for <language>" },
  { "named-entity", DOC_START META "<section kind=\"brief\"><p>&nbsp;</p></section></jobdesc>",
    4, JD_DOCUMENT_ERROR_MALFORMED, "“&nbsp;”" },
  { "invalid-utf8-attribute", DOC_START "<metadata><language>en</language>\n<location city=\"\xc3\x28\"/></metadata></jobdesc>",
    4, JD_DOCUMENT_ERROR_MALFORMED, "UTF-8" },
  { "wrong-encoding", "<?xml version=\"1.0\" encoding=\"SHIFT_JIS\"?>\n<jobdesc>\x81\x20\xa0\xff</jobdesc>",
    2, JD_DOCUMENT_ERROR_MALFORMED, "encoding" },
  { "unknown-encoding", "<?xml version=\"1.0\" encoding=\"EBCDIC-XY\"?>\n<jobdesc/>",
    1, JD_DOCUMENT_ERROR_MALFORMED, "encoding" },
};

static void
check_message (const char *name,
               const char *message)
{
  static const char * const jargon[] = {
    "xmlParse", "XML_PARSE", "interleave", "libxml", "Premature", "Extra element", "Bytes:",
  };

  if (!g_utf8_validate (message, -1, NULL))
    g_error ("%s: the message is not valid UTF-8", name);
  /* An echoed value is cut to about 80 characters. */
  g_assert_cmpuint (g_utf8_strlen (message, -1), <, 250);
  for (guint i = 0; i < G_N_ELEMENTS (jargon); i++)
    if (strstr (message, jargon[i]) != NULL)
      g_error ("%s: “%s” speaks libxml2: %s", name, jargon[i], message);
}

/* Each problem in our words, with its line, and nothing on stderr. */
static void
test_messages (void)
{
  if (g_test_subprocess ())
    {
      for (guint i = 0; i < G_N_ELEMENTS (message_cases); i++)
        {
          const MessageCase *c = &message_cases[i];
          g_autoptr(JdDocument) document = NULL;
          g_autoptr(GError) error = NULL;
          guint line = 0;

          document = parse_string (c->body, &line, &error);
          g_assert_null (document);
          g_assert_nonnull (error);
          g_test_message ("%s: %u: %s", c->name, line, error->message);
          check_message (c->name, error->message);
          if (!g_error_matches (error, JD_DOCUMENT_ERROR, c->code) ||
              line != c->line || strstr (error->message, c->expected) == NULL)
            g_error ("%s: got line %u, code %d, “%s”; expected line %u, code %d, “%s”",
                     c->name, line, error->code, error->message, c->line, c->code, c->expected);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("");
}

/* A NUL byte (which libxml2 takes for the end of the text) and a
 * megabyte-long value. */
static void
test_messages_binary (void)
{
  static const char with_nul[] = DOC_START META "<section kind=\"brief\"><p>a\0b</p></section></jobdesc>";
  g_autoptr(GBytes) nul_bytes = g_bytes_new_static (with_nul, sizeof with_nul - 1);
  g_autoptr(GString) huge = g_string_new (DOC_START META "<section kind=\"");
  g_autoptr(GBytes) huge_bytes = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_parse (nul_bytes, &line, &error);
  g_assert_null (document);
  g_assert_cmpuint (line, ==, 4);
  g_assert_nonnull (strstr (error->message, "NUL"));
  check_message ("nul", error->message);
  g_clear_error (&error);

  for (guint i = 0; i < 1000000; i++)
    g_string_append (huge, i % 2 ? "é" : "a");
  g_string_append (huge, "\"/></jobdesc>");
  huge_bytes = g_bytes_new (huge->str, huge->len);
  document = jd_document_parse (huge_bytes, &line, &error);
  g_assert_null (document);
  g_assert_cmpuint (line, ==, 4);
  g_assert_nonnull (strstr (error->message, "…"));
  check_message ("huge attribute", error->message);
}

static GBytes *
document_with (const char *before,
               gsize       n,
               const char *unit,
               const char *after)
{
  GString *out = g_string_new (DOC_START);

  g_string_append (out, before);
  for (gsize i = 0; i < n; i++)
    g_string_append (out, unit);
  g_string_append (out, after);

  return g_string_free_to_bytes (out);
}

/* A block, a title and an attribute have a length limit; the reader
 * refuses more with the line, saving refuses to write more. */
/* A file of many paragraphs, each within its own limit, is refused once
 * they add up to more than the document's total, on the line of the
 * paragraph that passes it; a model over the total is not saved. */
static void
test_limits_total (void)
{
  const guint n_blocks = JD_DOCUMENT_MAX_TEXT_CHARS / JD_DOCUMENT_MAX_BLOCK_CHARS;
  g_autoptr(GString) block = g_string_new ("<p>");
  g_autoptr(GString) at_limit = g_string_new (DOC_START META "<section kind=\"brief\">\n");
  g_autoptr(GString) over = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JdDocument) accepted = NULL;
  g_autoptr(JdDocument) refused = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  for (guint i = 0; i < JD_DOCUMENT_MAX_BLOCK_CHARS; i++)
    g_string_append_c (block, 'a');
  g_string_append (block, "</p>\n");
  for (guint i = 0; i < n_blocks; i++)
    g_string_append (at_limit, block->str);

  over = g_string_new (at_limit->str);
  g_string_append (over, "<item>é</item>\n");
  g_string_append (at_limit, "</section></jobdesc>");
  g_string_append (over, "</section></jobdesc>");

  bytes = g_bytes_new (at_limit->str, at_limit->len);
  accepted = jd_document_parse (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (accepted);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = g_bytes_new (over->str, over->len);
  refused = jd_document_parse (bytes, &line, &error);
  g_assert_null (refused);
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_cmpuint (line, ==, 5 + n_blocks);
  g_assert_nonnull (strstr (error->message, "too much text"));
  g_clear_error (&error);

  jd_section_add_text (jd_document_get_section (accepted, 0), JD_BLOCK_ITEM, "é");
  g_assert_false (jd_document_check_limits (accepted, &error));
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "in all"));
}

static void
test_limits (void)
{
  static const struct
  {
    const char *before;
    gsize       limit;
    const char *after;
  } cases[] = {
    { META "<section kind=\"brief\"><p>", JD_DOCUMENT_MAX_BLOCK_CHARS, "</p></section></jobdesc>" },
    { "<metadata><language>en</language>\n<title>", JD_DOCUMENT_MAX_LINE_CHARS, "</title></metadata></jobdesc>" },
    { META "<section kind=\"brief\"><heading>", JD_DOCUMENT_MAX_LINE_CHARS, "</heading></section></jobdesc>" },
    { "<metadata><language>en</language>\n<location city=\"", JD_DOCUMENT_MAX_ATTRIBUTE_CHARS, "\"/></metadata></jobdesc>" },
    { META "<section kind=\"brief\"><p source=\"", JD_DOCUMENT_MAX_ATTRIBUTE_CHARS, "\">x</p></section></jobdesc>" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "posting.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) small = make_small_document ();
  g_autoptr(JdDocument) big = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) saved = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) at_limit = document_with (cases[i].before, cases[i].limit, "é", cases[i].after);
      g_autoptr(GBytes) over = document_with (cases[i].before, cases[i].limit + 1, "é", cases[i].after);
      g_autoptr(JdDocument) accepted = NULL;
      g_autoptr(JdDocument) refused = NULL;
      guint line = 0;

      accepted = jd_document_parse (at_limit, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (accepted);

      refused = jd_document_parse (over, &line, &error);
      g_assert_null (refused);
      g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);
      g_assert_cmpuint (line, ==, 4);
      g_assert_nonnull (strstr (error->message, "too long"));
      g_clear_error (&error);
    }

  g_assert_true (jd_document_save (small, file, NULL, NULL, &error));
  g_assert_no_error (error);
  saved = jd_document_serialize (small);

  big = jd_document_copy (small);
  for (guint i = 0; i <= JD_DOCUMENT_MAX_BLOCK_CHARS; i++)
    g_string_append_c (long_text, 'a');
  jd_section_add_text (jd_document_get_section (big, 0), JD_BLOCK_PARAGRAPH, long_text->str);
  g_assert_false (jd_document_save (big, file, NULL, NULL, &error));
  g_assert_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpmem (contents, strlen (contents), g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));

  g_unlink (path);
  g_rmdir (dir);
}

/* The child of test_killed_during_save: saves two versions in turn until
 * it is killed. */
static int
save_loop (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) big = make_full_document ();
  g_autoptr(JdDocument) small = make_small_document ();

  for (guint i = 0;; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!jd_document_save (i % 2 ? big : small, file, NULL, NULL, &error))
        g_error ("%s", error->message);
    }

  return 0;
}

static void
test_killed_during_save (void)
{
  g_autoptr(JdDocument) big = make_full_document ();
  g_autoptr(JdDocument) small = make_small_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "posting.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (jd_document_save (small, file, NULL, NULL, &error));

  for (guint round = 0; round < 25; round++)
    {
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(JdDocument) loaded = NULL;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                                self_path, "--save-loop", path, NULL);
      g_assert_no_error (error);
      g_usleep (g_random_int_range (5, 60) * 1000);
      g_subprocess_force_exit (child);
      g_subprocess_wait (child, NULL, NULL);

      loaded = jd_document_load (file, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (jd_document_equal (loaded, big) || jd_document_equal (loaded, small));
    }

  /* Killed writers leave their temporary files behind, never a broken
   * document; clean them up with everything else. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, &error);
    const char *name;

    while ((name = g_dir_read_name (listing)))
      {
        g_autofree char *child_path = g_build_filename (dir, name, NULL);
        g_unlink (child_path);
      }
  }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--save-loop") == 0)
    return save_loop (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-io/round-trip/bytes", test_round_trip_bytes);
  g_test_add_func ("/document-io/round-trip/file", test_round_trip_file);
  g_test_add_func ("/document-io/round-trip/async", test_round_trip_async);
  g_test_add_func ("/document-io/byte-stable", test_byte_stable);
  g_test_add_func ("/document-io/round-trip/property", test_round_trip_property);
  g_test_add_func ("/document-io/white-space/typed-values", test_white_space_typed);
  g_test_add_func ("/document-io/amounts/range", test_amount_range);
  g_test_add_func ("/document-io/messages/words", test_messages);
  g_test_add_func ("/document-io/messages/binary", test_messages_binary);
  g_test_add_func ("/document-io/limits", test_limits);
  g_test_add_func ("/document-io/limits/total", test_limits_total);
  for (guint i = 0; i < G_N_ELEMENTS (hostile_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/document-io/refused/%s", hostile_cases[i].file);
      g_test_add_data_func (name, &hostile_cases[i], test_hostile);
    }
  g_test_add_func ("/document-io/refused/empty", test_empty_input);
  g_test_add_func ("/document-io/refused/too-large", test_too_large);
  g_test_add_func ("/document-io/unknown-elements-tolerated", test_unknown_elements_tolerated);
  g_test_add_func ("/document-io/ignored-findings/round-trip", test_ignored_findings);
  g_test_add_func ("/document-io/ignored-findings/later-version", test_ignored_findings_later);
  g_test_add_func ("/document-io/ignored-findings/total", test_ignored_findings_total);
  g_test_add_func ("/document-io/ignored-findings/invalid", test_ignored_findings_invalid);
  g_test_add_func ("/document-io/failed-save/read-only-folder", test_failed_save_readonly);
  g_test_add_func ("/document-io/failed-save/full-disk", test_failed_save_full_disk);
  g_test_add_func ("/document-io/killed-during-save", test_killed_during_save);
  g_test_add_func ("/document-io/write/symlink", test_write_symlink);
  g_test_add_func ("/document-io/write/batch", test_write_batch);
  g_test_add_func ("/document-io/write/special-files", test_write_special);

  return g_test_run ();
}
