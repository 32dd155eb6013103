/* test-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real jobscribe binary, without a display, as a user would.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "jd-document-io.h"
#include "jd-library.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs jobscribe with the arguments @args, and the variables of @env
 * (pairs of a name and a value, then %NULL) set. */
static void
run_jobscribe_valist (Run                *run,
                      const char * const *env,
                      const char         *first_arg,
                      va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *)g_getenv ("JD_TEST_BINARY"));
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* No display at all: the command line must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, g_getenv ("JD_TEST_DATA"));
  for (guint i = 0; env != NULL && env[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env[i], env[i + 1], TRUE);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_jobscribe (Run        *run,
               const char *first_arg,
               ...)
{
  va_list args;

  va_start (args, first_arg);
  run_jobscribe_valist (run, NULL, first_arg, args);
  va_end (args);
}

static void
run_jobscribe_with_env (Run                *run,
                        const char * const *env,
                        const char         *first_arg,
                        ...)
{
  va_list args;

  va_start (args, first_arg);
  run_jobscribe_valist (run, env, first_arg, args);
  va_end (args);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (*p == '\n')
      n++;

  return n;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Jobscribe " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Usage:"));
  g_assert_nonnull (strstr (run.out, "validate"));
  g_assert_nonnull (strstr (run.out, "import"));
}

static void
test_validate_good (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "validate", "valid-small.jobdesc", "golden.jobdesc", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "valid-small.jobdesc: valid\ngolden.jobdesc: valid\n");
}

static void
test_validate_hostile (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "validate", "external-entity.jobdesc", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "external-entity.jobdesc:2: "));
  g_assert_null (strstr (run.err, "root:"));
  g_assert_null (strstr (run.out, "root:"));
}

static void
test_validate_mixed (void)
{
  g_auto(Run) run = { 0 };

  /* One good file does not hide the bad ones; each problem is one line. */
  run_jobscribe (&run, "validate", "--quiet", "valid-small.jobdesc", "item-in-metadata.jobdesc",
                 "truncated.jobdesc", "no-such-file.jobdesc", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpuint (count_lines (run.err), ==, 3);
  g_assert_nonnull (strstr (run.err, "item-in-metadata.jobdesc:6: <item> is not allowed inside <metadata>\n"));
  g_assert_nonnull (strstr (run.err, "truncated.jobdesc:8: "));
  g_assert_nonnull (strstr (run.err, "no-such-file.jobdesc: "));
}

static void
test_validate_usage (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "validate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
}

/* strstr() for binary data, which has NUL bytes. */
static gboolean
contains_bytes (const char *data,
                gsize       len,
                const char *needle)
{
  gsize needle_len = strlen (needle);

  for (gsize i = 0; i + needle_len <= len; i++)
    if (memcmp (data + i, needle, needle_len) == 0)
      return TRUE;

  return FALSE;
}

static void
test_export_formats (void)
{
  const struct {
    const char *format;
    const char *start;
  } formats[] = {
    { "html", "<!DOCTYPE html>" },
    { "html-fragment", "<article" },
    { "md", "# Account Manager" },
    { "txt", "Account Manager\n===============\n" },
    { "jsonld", "{" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) run = { 0 };

      /* -o - writes to the standard output. */
      run_jobscribe (&run, "export", "valid-small.jobdesc", "--format", formats[i].format, "-o", "-", NULL);
      g_assert_cmpint (run.status, ==, 0);
      if (!g_str_has_prefix (run.out, formats[i].start))
        g_error ("%s starts with “%.40s”", formats[i].format, run.out);
    }

  /* A PDF is not text: to a file, on Letter paper when asked. */
  {
    g_auto(Run) run = { 0 };
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
    g_autofree char *out = g_build_filename (dir, "small.pdf", NULL);
    g_autofree char *contents = NULL;
    gsize len = 0;

    g_assert_no_error (error);
    run_jobscribe (&run, "export", "valid-small.jobdesc", "--format", "pdf", "--paper", "letter",
                   "-o", out, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (out, &contents, &len, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_true (contains_bytes (contents, len, "/MediaBox [ 0 0 612 792 ]"));

    g_remove (out);
    g_rmdir (dir);
  }
}

static void
test_export_template (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "nurse.md", NULL);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  run_jobscribe (&run, "export", "--template", "registered-nurse", "--lang", "en",
                 "--format", "md", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Registered Nurse\n"));
  g_assert_nonnull (strstr (contents, "\n## Responsibilities\n"));

  g_remove (out);
  g_rmdir (dir);
}

/* One output per input, named after it; the JSON-LD warnings of what
 * search engines miss go to stderr without failing the export. */
static void
test_export_output_dir (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
  g_autofree char *golden = g_build_filename (dir, "golden.jsonld", NULL);
  g_autofree char *small = g_build_filename (dir, "valid-small.jsonld", NULL);

  g_assert_no_error (error);
  run_jobscribe (&run, "export", "golden.jobdesc", "valid-small.jobdesc", "--format", "jsonld",
                 "--output-dir", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (golden, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (small, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (run.err, "valid-small.jobdesc: warning: "));
  g_assert_nonnull (strstr (run.err, "date posted"));

  /* Several inputs need --output-dir. */
  run_clear (&run);
  run_jobscribe (&run, "export", "golden.jobdesc", "valid-small.jobdesc", "--format", "md", "-o", "x.md", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpuint (count_lines (run.err), ==, 1);

  g_remove (golden);
  g_remove (small);
  g_rmdir (dir);
}

/* Many files are exported by a worker per core; what is written and what
 * is said on stderr, in which order, is what exporting them one by one
 * gives, with as many workers as cores and with three. */
static void
test_export_batch (void)
{
  const char *inputs[] = {
    "golden.jobdesc", "valid-small.jobdesc", "not-xml.jobdesc", "golden.jobdesc",
    "valid-small.jobdesc", "truncated.jobdesc", "golden.jobdesc", "valid-small.jobdesc",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-batch-XXXXXX", &error);
  g_autofree char *all = g_build_filename (dir, "all", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) expected_err = g_string_new (NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_no_error (error);

  /* Eight inputs under names of their own, two of them broken. */
  g_ptr_array_add (argv, g_strdup (g_getenv ("JD_TEST_BINARY")));
  g_ptr_array_add (argv, g_strdup ("export"));
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *from = g_build_filename (g_getenv ("JD_TEST_DATA"), inputs[i], NULL);
      g_autofree char *name = g_strdup_printf ("%s/job-%u.jobdesc", dir, i);
      g_autofree char *contents = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &contents, &len, &error));
      g_assert_true (g_file_set_contents (name, contents, len, &error));
      g_assert_no_error (error);
      g_ptr_array_add (argv, g_steal_pointer (&name));
    }
  g_ptr_array_add (argv, g_strdup ("--format"));
  g_ptr_array_add (argv, g_strdup ("pdf"));
  g_ptr_array_add (argv, g_strdup ("--output-dir"));
  g_ptr_array_add (argv, g_strdup (all));
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_auto(Run) one = { 0 };
      const char *input = g_ptr_array_index (argv, i + 2);
      g_autofree char *single = g_strdup_printf ("%s/job-%u.pdf", dir, i);
      g_autofree char *batched = g_strdup_printf ("%s/all/job-%u.pdf", dir, i);
      gboolean broken = strcmp (inputs[i], "not-xml.jobdesc") == 0 ||
                        strcmp (inputs[i], "truncated.jobdesc") == 0;

      run_jobscribe (&one, "export", input, "--format", "pdf", "-o", single, NULL);
      g_string_append (expected_err, one.err);
      g_assert_cmpint (one.status, ==, broken ? 1 : 0);
      g_assert_cmpint (g_file_test (batched, G_FILE_TEST_EXISTS), ==, !broken);
      if (!broken)
        {
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;
          gsize a_len, b_len;

          g_assert_true (g_file_get_contents (single, &a, &a_len, NULL));
          g_assert_true (g_file_get_contents (batched, &b, &b_len, NULL));
          g_assert_true (g_str_has_prefix (b, "%PDF-"));
          /* The same pages, fonts and text: cairo's dates aside, the same
           * size to within a few bytes. */
          g_assert_cmpuint (MAX (a_len, b_len) - MIN (a_len, b_len), <, 64);
          g_remove (single);
          g_remove (batched);
        }
    }

  g_assert_cmpstr (err, ==, expected_err->str);

  /* Three workers whatever the cores (processes: this one and two
   * copies): the same files, the same messages in the same order. The
   * first process would export a file whose copy did not answer, and
   * say so in a debug message: none may come. */
  {
    g_autoptr(GSubprocess) three = NULL;
    g_autofree char *three_out = NULL;
    g_autofree char *three_err = NULL;

    g_ptr_array_remove_index (argv, argv->len - 1);
    g_ptr_array_add (argv, g_strdup ("--workers"));
    g_ptr_array_add (argv, g_strdup ("3"));
    g_ptr_array_add (argv, NULL);
    g_subprocess_launcher_setenv (launcher, "G_MESSAGES_DEBUG", "jd-cli", TRUE);
    three = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (three, NULL, NULL, &three_out, &three_err, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_subprocess_get_exit_status (three), ==, 1);
    g_assert_null (strstr (three_out, "jd-cli-DEBUG"));
    g_assert_cmpstr (three_err, ==, expected_err->str);
    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
      {
        g_autofree char *batched = g_strdup_printf ("%s/all/job-%u.pdf", dir, i);
        gboolean broken = strcmp (inputs[i], "not-xml.jobdesc") == 0 ||
                          strcmp (inputs[i], "truncated.jobdesc") == 0;
        g_autofree char *contents = NULL;

        g_assert_cmpint (g_file_get_contents (batched, &contents, NULL, NULL), ==, !broken);
        g_assert_true (broken || g_str_has_prefix (contents, "%PDF-"));
        g_remove (batched);
      }
  }

  /* A copy alone: file numbers in, per file its number, whether it
   * failed and its messages out. */
  {
    g_autoptr(GSubprocessLauncher) worker_launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                                 G_SUBPROCESS_FLAGS_STDOUT_PIPE);
    g_autoptr(GPtrArray) worker_argv = g_ptr_array_new ();
    g_autoptr(GSubprocess) worker = NULL;
    g_autoptr(GBytes) numbers = NULL;
    g_autoptr(GBytes) records = NULL;
    const guint32 asked[] = { 2, 0 };
    const char *data;
    gsize size;
    guint32 header[3];
    g_autofree char *first = g_strdup_printf ("%s/all/job-0.pdf", dir);

    g_ptr_array_add (worker_argv, g_ptr_array_index (argv, 0));
    g_ptr_array_add (worker_argv, (gpointer)"export");
    g_ptr_array_add (worker_argv, (gpointer)"--batch-worker");
    for (guint i = 2; i < 2 + G_N_ELEMENTS (inputs); i++)
      g_ptr_array_add (worker_argv, g_ptr_array_index (argv, i));
    g_ptr_array_add (worker_argv, (gpointer)"--format");
    g_ptr_array_add (worker_argv, (gpointer)"pdf");
    g_ptr_array_add (worker_argv, (gpointer)"--output-dir");
    g_ptr_array_add (worker_argv, all);
    g_ptr_array_add (worker_argv, NULL);
    g_subprocess_launcher_unsetenv (worker_launcher, "DISPLAY");
    worker = g_subprocess_launcher_spawnv (worker_launcher, (const char * const *)worker_argv->pdata, &error);
    g_assert_no_error (error);
    numbers = g_bytes_new_static (asked, sizeof asked);
    g_subprocess_communicate (worker, numbers, NULL, &records, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_subprocess_get_exit_status (worker), ==, 0);

    data = g_bytes_get_data (records, &size);
    g_assert_cmpuint (size, >=, sizeof header);
    memcpy (header, data, sizeof header);
    g_assert_cmpuint (header[0], ==, 2);   /* not-xml.jobdesc */
    g_assert_cmpuint (header[1], ==, 1);
    g_assert_cmpuint (header[2], >, 0);
    g_assert_nonnull (g_strstr_len (data + sizeof header, header[2], "job-2.jobdesc"));
    data += sizeof header + header[2];
    size -= sizeof header + header[2];
    g_assert_cmpuint (size, >=, sizeof header);
    memcpy (header, data, sizeof header);
    g_assert_cmpuint (header[0], ==, 0);
    g_assert_cmpuint (header[1], ==, 0);
    g_assert_cmpuint (size, ==, sizeof header + header[2]);
    g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));
    g_remove (first);
  }

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    g_remove (g_ptr_array_index (argv, i + 2));
  g_rmdir (all);
  g_rmdir (dir);
}

/* The PDF at @path with cairo's creation date blanked out. */
static GBytes *
read_pdf_without_date (const char *path)
{
  const char *key = "/CreationDate (D:";
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  char *date;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The streams before it hold NUL bytes: no strstr(). */
  for (date = contents; date + strlen (key) <= contents + len; date++)
    if (memcmp (date, key, strlen (key)) == 0)
      break;
  g_assert_true (date + strlen (key) <= contents + len);
  for (char *p = date + strlen (key); g_ascii_isdigit (*p); p++)
    *p = '0';

  return g_bytes_new_take (contents, len);
}

/* PDFs from the command line find DejaVu Sans with a font configuration
 * of their own (jd-export-fonts.c): in every language the pages are the
 * same as with the system's configuration, and a text with characters
 * the font lacks is laid out again with the system's. */
static void
test_export_own_fonts (void)
{
  const char *langs[] = { "en", "de", "el", "es", "fr", "pt" };
  const char *own_env[] = { "G_MESSAGES_DEBUG", "jd-export jd-page-layout", NULL };
  const char *system_env[] = { "FONTCONFIG_FILE", "fonts.conf", "G_MESSAGES_DEBUG", "jd-export jd-page-layout", NULL };
  /* The plain suite runs where DejaVu Sans is installed (build-aux/dev). */
  gboolean required = g_getenv ("JD_TEST_REQUIRE_TOOLS") != NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-fonts-XXXXXX", &error);
  g_autofree char *own = g_build_filename (dir, "own.pdf", NULL);
  g_autofree char *system = g_build_filename (dir, "system.pdf", NULL);
  g_autofree char *cjk = g_build_filename (dir, "cjk.jobdesc", NULL);
  g_autofree char *small = g_build_filename (g_getenv ("JD_TEST_DATA"), "valid-small.jobdesc", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_no_error (error);

  for (guint i = 0; i <= G_N_ELEMENTS (langs); i++)
    {
      g_auto(Run) with_own = { 0 };
      g_auto(Run) with_system = { 0 };
      g_autoptr(GBytes) a = NULL;
      g_autoptr(GBytes) b = NULL;
      gboolean last = i == G_N_ELEMENTS (langs);

      if (last)
        {
          /* Characters no font of the test machine has. */
          g_assert_true (g_file_get_contents (small, &contents, NULL, &error));
          parts = g_strsplit (contents, "Account Manager", -1);
          changed = g_strjoinv ("日本語の Account Manager", parts);
          g_assert_true (g_file_set_contents (cjk, changed, -1, &error));
          g_assert_no_error (error);
          run_jobscribe_with_env (&with_own, own_env, "export", cjk, "--format", "pdf", "-o", own, NULL);
          run_jobscribe_with_env (&with_system, system_env, "export", cjk, "--format", "pdf", "-o", system, NULL);
        }
      else
        {
          g_test_message ("%s", langs[i]);
          run_jobscribe_with_env (&with_own, own_env, "export", "--template", "warehouse-worker",
                                  "--lang", langs[i], "--format", "pdf", "-o", own, NULL);
          run_jobscribe_with_env (&with_system, system_env, "export", "--template", "warehouse-worker",
                                  "--lang", langs[i], "--format", "pdf", "-o", system, NULL);
        }
      g_assert_cmpint (with_own.status, ==, 0);
      g_assert_cmpint (with_system.status, ==, 0);
      g_assert_null (strstr (with_system.out, "configuration of their own"));
      /* GLib prints debug messages on standard output. */
      if (required)
        {
          g_assert_nonnull (strstr (with_own.out, "configuration of their own"));
          g_assert_true ((strstr (with_own.out, "laid out again") != NULL) == last);
        }

      a = read_pdf_without_date (own);
      b = read_pdf_without_date (system);
      g_assert_cmpuint (g_bytes_get_size (a), >, 1000);
      g_assert_true (g_bytes_equal (a, b));
    }

  g_remove (own);
  g_remove (system);
  g_remove (cjk);
  g_rmdir (dir);
}

static void
test_export_errors (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "export", "valid-small.jobdesc", "--format", "rtf", "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "“rtf”"));
  g_assert_nonnull (strstr (run.err, "html, html-fragment, pdf, md, txt, jsonld, docx, odt"));
  g_assert_cmpstr (run.out, ==, "");

  run_clear (&run);
  run_jobscribe (&run, "export", "--template", "no-such-role", "--format", "html", "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "no-such-role"));

  run_clear (&run);
  run_jobscribe (&run, "export", "truncated.jobdesc", "--format", "html", "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "truncated.jobdesc:8: "));

  run_clear (&run);
  run_jobscribe (&run, "export", "valid-small.jobdesc", "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
}

/* The entries of a ZIP archive in their order, and the contents of the
 * one named @name. */
static GPtrArray *
read_zip (const char  *path,
          const char  *name,
          char       **contents)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_filename (archive, path, 16384), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      g_ptr_array_add (names, g_strdup (archive_entry_pathname (entry)));
      if (g_str_equal (archive_entry_pathname (entry), name))
        {
          GString *text = g_string_new (NULL);
          char buffer[4096];
          la_ssize_t n;

          while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
            g_string_append_len (text, buffer, n);
          g_assert_cmpint (n, ==, 0);
          *contents = g_string_free (text, FALSE);
        }
    }
  archive_read_free (archive);

  return names;
}

/* DOCX to a file on the paper asked for, ODT in a batch: ZIP packages
 * named after their inputs, with the text inside. */
static void
test_export_office (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
  g_autofree char *docx = g_build_filename (dir, "small.docx", NULL);
  g_autofree char *golden = g_build_filename (dir, "golden.odt", NULL);
  g_autofree char *small = g_build_filename (dir, "valid-small.odt", NULL);
  g_autofree char *document = NULL;
  g_autofree char *content = NULL;
  g_autofree char *mimetype = NULL;
  g_autoptr(GPtrArray) names = NULL;

  g_assert_no_error (error);
  run_jobscribe (&run, "export", "valid-small.jobdesc", "--format", "docx", "--paper", "letter", "-o", docx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  names = read_zip (docx, "word/document.xml", &document);
  g_assert_true (g_ptr_array_find_with_equal_func (names, "[Content_Types].xml", g_str_equal, NULL));
  g_assert_nonnull (document);
  g_assert_nonnull (strstr (document, "<w:pStyle w:val=\"Title\"/>"));
  g_assert_nonnull (strstr (document, ">Account Manager</w:t>"));
  g_assert_nonnull (strstr (document, "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));

  run_clear (&run);
  run_jobscribe (&run, "export", "golden.jobdesc", "valid-small.jobdesc", "--format", "odt", "--output-dir", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (small, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&names, g_ptr_array_unref);
  names = read_zip (golden, "mimetype", &mimetype);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "mimetype");
  g_assert_cmpstr (mimetype, ==, "application/vnd.oasis.opendocument.text");
  g_clear_pointer (&names, g_ptr_array_unref);
  names = read_zip (small, "content.xml", &content);
  g_assert_nonnull (strstr (content, "<text:p text:style-name=\"Title\">Account Manager</text:p>"));

  g_remove (docx);
  g_remove (golden);
  g_remove (small);
  g_rmdir (dir);
}

/* Two runs on both sides of the date line with the same
 * SOURCE_DATE_EPOCH write the same bytes. */
static void
test_export_office_reproducible (void)
{
  const char * const east[] = { "TZ", "<+14>-14", "SOURCE_DATE_EPOCH", "1767225600", NULL };
  const char * const west[] = { "TZ", "<-10>10", "SOURCE_DATE_EPOCH", "1767225600", NULL };
  const char * const formats[] = { "docx", "odt" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(Run) first = { 0 };
      g_auto(Run) second = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
      g_autofree char *name = g_strconcat ("chef.", formats[i], NULL);
      g_autofree char *path_east = g_build_filename (dir, "east", name, NULL);
      g_autofree char *path_west = g_build_filename (dir, "west", name, NULL);
      g_autofree char *dir_east = g_path_get_dirname (path_east);
      g_autofree char *dir_west = g_path_get_dirname (path_west);
      g_autofree char *bytes_east = NULL;
      g_autofree char *bytes_west = NULL;
      gsize len_east = 0, len_west = 0;

      g_assert_no_error (error);
      g_assert_cmpint (g_mkdir (dir_east, 0700), ==, 0);
      g_assert_cmpint (g_mkdir (dir_west, 0700), ==, 0);
      run_jobscribe_with_env (&first, east, "export", "--template", "chef-de-partie", "--lang", "el",
                              "--format", formats[i], "-o", path_east, NULL);
      run_jobscribe_with_env (&second, west, "export", "--template", "chef-de-partie", "--lang", "el",
                              "--format", formats[i], "-o", path_west, NULL);
      g_assert_cmpint (first.status, ==, 0);
      g_assert_cmpint (second.status, ==, 0);

      g_assert_true (g_file_get_contents (path_east, &bytes_east, &len_east, NULL));
      g_assert_true (g_file_get_contents (path_west, &bytes_west, &len_west, NULL));
      g_assert_cmpmem (bytes_east, len_east, bytes_west, len_west);

      g_remove (path_east);
      g_remove (path_west);
      g_rmdir (dir_east);
      g_rmdir (dir_west);
      g_rmdir (dir);
    }
}

/* A javascript: link never reaches the output. */
static void
test_export_unsafe_link (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
  g_autofree char *input = g_build_filename (dir, "unsafe.jobdesc", NULL);
  g_autofree char *output = g_build_filename (dir, "unsafe.html", NULL);
  const char *document =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
    "  <metadata>\n"
    "    <title>Cook</title>\n"
    "    <language>en</language>\n"
    "    <apply>javascript:alert(1)</apply>\n"
    "  </metadata>\n"
    "</jobdesc>\n";

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (input, document, -1, NULL));
  run_jobscribe (&run, "export", input, "--format", "html", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "javascript:alert(1)"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  g_remove (input);
  g_rmdir (dir);
}

/* An apply address cannot add headers to the mailto: link it becomes. */
static void
test_export_mail_injection (void)
{
  static const char * const addresses[] = {
    "jobs?cc=boss@example.com", "a&b@example.com", "x=y@example.com",
    "%0Abcc@example.com", "mailto:jobs?subject=x@example.com", "first.last+jobs@example.com",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-cli-export-XXXXXX", &error);
  g_autofree char *input = g_build_filename (dir, "mail.jobdesc", NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *document = NULL;
      gboolean safe = i == G_N_ELEMENTS (addresses) - 1;

      document = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<jobdesc xmlns=\"https://jobscribe.github.io/ns/jobdesc/1\" version=\"1\">\n"
                                  "<metadata><title>Cook</title><language>en</language>"
                                  "<apply>%s</apply></metadata></jobdesc>\n", addresses[i]);
      g_assert_true (g_file_set_contents (input, document, -1, NULL));
      run_jobscribe (&run, "export", input, "--format", "html", "-o", "/dev/null", NULL);
      if (safe != (run.status == 0))
        g_error ("%s: exit status %d", addresses[i], run.status);
    }

  g_remove (input);
  g_rmdir (dir);
}

static char *
tmp_path (const char *name)
{
  static char *dir;

  if (dir == NULL)
    dir = g_dir_make_tmp ("jd-test-cli-XXXXXX", NULL);

  return g_build_filename (dir, name, NULL);
}

static void
test_new_and_validate (void)
{
  g_autofree char *path = tmp_path ("x.jobdesc");
  g_auto(Run) made = { 0 };
  g_auto(Run) checked = { 0 };
  g_autoptr(JdDocument) document = NULL;

  run_jobscribe (&made, "new", "--template", "senior-account-manager", "--lang", "en", "-o", path, NULL);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_cmpstr (made.err, ==, "");

  run_jobscribe (&checked, "validate", path, NULL);
  g_assert_cmpint (checked.status, ==, 0);

  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    document = jd_document_load (file, NULL, NULL, NULL);
  }
  g_assert_cmpstr (jd_document_get_title (document), ==, "Senior Account Manager");
  g_assert_cmpstr (jd_document_get_template_id (document), ==, "senior-account-manager");
}

static void
test_new_errors (void)
{
  g_autofree char *path = tmp_path ("never.jobdesc");
  g_auto(Run) unknown = { 0 };
  g_auto(Run) language = { 0 };

  run_jobscribe (&unknown, "new", "--template", "astronaut", "-o", path, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_cmpuint (count_lines (unknown.err), ==, 1);
  g_assert_nonnull (strstr (unknown.err, "astronaut"));

  run_jobscribe (&language, "new", "--template", "chef-de-partie", "--lang", "xx", "-o", path, NULL);
  g_assert_cmpint (language.status, ==, 1);
  g_assert_cmpuint (count_lines (language.err), ==, 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_list_templates (void)
{
  g_auto(Run) table = { 0 };
  g_auto(Run) sales = { 0 };

  run_jobscribe (&table, "list-templates", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_cmpuint (count_lines (table.out), >=, 49);
  g_assert_true (g_str_has_prefix (table.out, "ID "));

  run_jobscribe (&sales, "list-templates", "--category", "sales", NULL);
  g_assert_cmpint (sales.status, ==, 0);
  g_assert_nonnull (strstr (sales.out, "strategic-account-manager"));
  g_assert_null (strstr (sales.out, "registered-nurse"));
}

/* Every template has a translated title in every language, and the JSON
 * has what scripts need. */
static void
test_list_templates_json (void)
{
  const char * const *languages = jd_terms_get_languages ();
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(GError) load_error = NULL;

  g_assert_true (jd_library_load (library, &load_error));

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonArray *array;

      run_jobscribe (&run, "list-templates", "--json", "--lang", languages[l], NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
      g_assert_no_error (error);
      array = json_node_get_array (json_parser_get_root (parser));
      g_assert_cmpuint (json_array_get_length (array), >=, 48);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);

          g_assert_nonnull (json_object_get_string_member (object, "id"));
          g_assert_nonnull (json_object_get_string_member (object, "category"));
          g_assert_true (json_object_get_array_member (object, "keywords") != NULL);
          g_assert_true (json_object_has_member (object, "frontline"));
          g_assert_cmpint (json_node_get_value_type (json_object_get_member (object, "frontline")), ==, G_TYPE_BOOLEAN);
          g_assert_cmpint (json_object_get_boolean_member (object, "frontline"), ==,
                           jd_template_get_frontline (jd_library_lookup (library,
                                                                         json_object_get_string_member (object, "id"))));
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "related")), >=, 2);
          if (g_strcmp0 (json_object_get_string_member (object, "title-language"), languages[l]) != 0)
            g_error ("%s has no %s title", json_object_get_string_member (object, "id"), languages[l]);
        }
    }
}

static void
test_translate (void)
{
  g_autofree char *english = tmp_path ("chef-en.jobdesc");
  g_autofree char *french = tmp_path ("chef-fr.jobdesc");
  g_autofree char *reference = tmp_path ("chef-ref.jobdesc");
  g_auto(Run) made = { 0 };
  g_auto(Run) ref = { 0 };
  g_auto(Run) translated = { 0 };
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdDocument) result = NULL;
  g_autoptr(JdDocument) expected = NULL;
  g_autoptr(GFile) english_file = g_file_new_for_path (english);
  JdSection *duties;
  g_autofree char *contents = NULL;

  run_jobscribe (&made, "new", "--template", "chef-de-partie", "-o", english, NULL);
  run_jobscribe (&ref, "new", "--template", "chef-de-partie", "--lang", "fr", "-o", reference, NULL);
  g_assert_cmpint (made.status + ref.status, ==, 0);

  /* The user rewrites one bullet. */
  document = jd_document_load (english_file, NULL, NULL, NULL);
  duties = jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES);
  jd_block_set_text (jd_section_get_block (duties, 2), "Run the pastry section on weekends");
  g_assert_true (jd_document_save (document, english_file, NULL, NULL, NULL));

  run_jobscribe (&translated, "translate", english, "--lang", "fr", "-o", french, NULL);
  g_assert_cmpint (translated.status, ==, 0);
  g_assert_cmpuint (count_lines (translated.err), ==, 1);

  {
    g_autoptr(GFile) french_file = g_file_new_for_path (french);
    g_autoptr(GFile) reference_file = g_file_new_for_path (reference);

    result = jd_document_load (french_file, NULL, NULL, NULL);
    expected = jd_document_load (reference_file, NULL, NULL, NULL);
  }
  g_assert_cmpstr (jd_document_get_language (result), ==, "fr");
  g_assert_cmpstr (jd_document_get_title (result), ==, jd_document_get_title (expected));

  /* Untouched blocks are the library's French; the rewritten one is kept
   * and marked, in the file too. */
  duties = jd_document_find_section (result, JD_SECTION_RESPONSIBILITIES);
  for (guint i = 0; i < jd_section_get_n_blocks (duties); i++)
    {
      JdBlock *block = jd_section_get_block (duties, i);
      JdBlock *want = jd_section_get_block (jd_document_find_section (expected, JD_SECTION_RESPONSIBILITIES), i);

      if (i == 2)
        {
          g_assert_cmpstr (jd_block_get_text (block), ==, "Run the pastry section on weekends");
          g_assert_true (jd_block_get_needs_translation (block));
        }
      else
        {
          g_assert_cmpstr (jd_block_get_text (block), ==, jd_block_get_text (want));
          g_assert_false (jd_block_get_needs_translation (block));
        }
    }

  g_assert_true (g_file_get_contents (french, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "translation=\"needed\""));
}

/* A Word file becomes a document; what was guessed is one line on
 * stderr. */
static void
test_import (void)
{
  g_autofree char *output = tmp_path ("imported.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (output);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) given = { 0 };
  g_auto(Run) validated = { 0 };

  run_jobscribe (&run, "import", "import/es-recepcionista.docx", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "jobscribe: import/es-recepcionista.docx: 6 sections recognized, "
                                "1 kept as custom; language detected: Español\n");

  document = jd_document_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jd_document_get_title (document), ==, "Recepcionista de hotel");
  g_assert_cmpstr (jd_document_get_language (document), ==, "es");
  g_assert_nonnull (jd_document_find_section (document, JD_SECTION_BENEFITS));

  run_jobscribe (&validated, "validate", output, NULL);
  g_assert_cmpint (validated.status, ==, 0);

  /* A language given is not detected, nor reported. */
  run_jobscribe (&given, "import", "import/es-camarero.txt", "--lang", "pt", "-o", output, NULL);
  g_assert_cmpint (given.status, ==, 0);
  g_assert_cmpstr (given.err, ==, "jobscribe: import/es-camarero.txt: 7 sections recognized, "
                                  "0 kept as custom\n");
  g_clear_object (&document);
  document = jd_document_load (file, NULL, NULL, NULL);
  g_assert_cmpstr (jd_document_get_language (document), ==, "pt");
}

/* Every failure is one line that names the file, exit status 1 (2 for
 * usage), and nothing written: an earlier file stays as it was. */
static void
test_import_errors (void)
{
  g_autofree char *output = tmp_path ("kept.jobdesc");
  g_autofree char *cut = tmp_path ("cut.docx");
  g_autofree char *pdf = tmp_path ("posting.pdf");
  g_autofree char *source = g_build_filename (g_getenv ("JD_TEST_DATA"), "import",
                                              "en-operations-coordinator.docx", NULL);
  g_autofree char *data = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;
  const char *inputs[] = { cut, pdf, "no-such-file.md" };

  g_assert_true (g_file_get_contents (source, &data, &len, NULL));
  g_assert_true (g_file_set_contents (cut, data, (gssize)(len / 2), NULL));
  g_assert_true (g_file_set_contents (pdf, "%PDF-1.7\n", -1, NULL));
  g_assert_true (g_file_set_contents (output, "earlier", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_auto(Run) run = { 0 };

      run_jobscribe (&run, "import", inputs[i], "-o", output, NULL);
      g_test_message ("%s", run.err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpuint (count_lines (run.err), ==, 1);
      g_assert_true (g_str_has_prefix (run.err, "jobscribe: "));
      g_assert_nonnull (strstr (run.err, inputs[i]));
      g_assert_true (g_file_get_contents (output, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "earlier");
      g_clear_pointer (&contents, g_free);
    }

  {
    g_auto(Run) no_output = { 0 };
    g_auto(Run) bad_lang = { 0 };

    run_jobscribe (&no_output, "import", "import/pt-motorista.md", NULL);
    g_assert_cmpint (no_output.status, ==, 2);
    g_assert_cmpuint (count_lines (no_output.err), ==, 1);

    run_jobscribe (&bad_lang, "import", "import/pt-motorista.md", "--lang", "xx", "-o", output, NULL);
    g_assert_cmpint (bad_lang.status, ==, 1);
    g_assert_nonnull (strstr (bad_lang.err, "xx"));
  }
}

/* The commands that write a file, each ending in "-o", and a name for
 * the file a test makes them write. */
typedef struct
{
  const char *name;
  const char *argv[8];
} OutputCommand;

static const OutputCommand output_commands[] = {
  { "new", { "new", "--template", "chef-de-partie", "--lang", "de", "-o", NULL } },
  { "translate", { "translate", "valid-small.jobdesc", "--lang", "de", "-o", NULL } },
  { "export", { "export", "valid-small.jobdesc", "--format", "txt", "-o", NULL } },
  { "import", { "import", "import/de-vertrieb.md", "--lang", "de", "-o", NULL } },
};

static void
run_output_command (Run                 *run,
                    const OutputCommand *command,
                    const char          *output)
{
  const char * const *a = command->argv;

  if (a[5] != NULL)
    run_jobscribe (run, a[0], a[1], a[2], a[3], a[4], a[5], output, NULL);
  else
    run_jobscribe (run, a[0], a[1], a[2], a[3], a[4], output, NULL);
}

/* What the command writes to a new regular file: the reference the
 * other outputs are compared with. */
static char *
expected_output (const OutputCommand *command)
{
  g_autofree char *name = g_strconcat ("expected-", command->name, NULL);
  g_autofree char *path = tmp_path (name);
  g_auto(Run) run = { 0 };
  char *contents = NULL;

  run_output_command (&run, command, path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpuint (strlen (contents), >, 0);

  return contents;
}

/* A FIFO is written, not replaced by a regular file. */
static void
test_output_fifo (gconstpointer data)
{
  const OutputCommand *command = data;
  g_autofree char *expected = expected_output (command);
  g_autofree char *name = g_strconcat ("fifo-", command->name, NULL);
  g_autofree char *fifo = tmp_path (name);
  g_auto(Run) run = { 0 };
  GString *received = g_string_new (NULL);
  char buffer[4096];
  GStatBuf st;
  gssize n;
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* Opened first, without waiting for a writer, so the command's open()
   * finds a reader; what it writes fits into the pipe's buffer. */
  fd = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);
  g_assert_cmpint (fd, >=, 0);

  run_output_command (&run, command, fifo);
  g_assert_cmpint (run.status, ==, 0);

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (received, buffer, n);
  close (fd);

  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpstr (received->str, ==, expected);
  g_string_free (received, TRUE);
}

/* /dev/stdout and "-" both write to the standard output; /dev/null is a
 * device, written and left alone. */
static void
test_output_stdout (gconstpointer data)
{
  const OutputCommand *command = data;
  g_autofree char *expected = expected_output (command);
  g_auto(Run) dev_stdout = { 0 };
  g_auto(Run) dash = { 0 };
  g_auto(Run) dev_null = { 0 };
  GStatBuf st;

  run_output_command (&dev_stdout, command, "/dev/stdout");
  g_assert_cmpint (dev_stdout.status, ==, 0);
  g_assert_cmpstr (dev_stdout.out, ==, expected);

  run_output_command (&dash, command, "-");
  g_assert_cmpint (dash.status, ==, 0);
  g_assert_cmpstr (dash.out, ==, expected);

  run_output_command (&dev_null, command, "/dev/null");
  g_assert_cmpint (dev_null.status, ==, 0);
  g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* A full device reports the error and fails. */
static void
test_output_full (gconstpointer data)
{
  const OutputCommand *command = data;
  g_auto(Run) run = { 0 };
  GStatBuf st;

  if (g_stat ("/dev/full", &st) != 0 || !S_ISCHR (st.st_mode))
    {
      g_test_skip ("no /dev/full");
      return;
    }

  run_output_command (&run, command, "/dev/full");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, g_strerror (ENOSPC)));
  g_assert_cmpint (g_lstat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* Through a symbolic link, the file it points to is replaced, keeping
 * its permissions; the link stays a link. */
static void
test_output_symlink (gconstpointer data)
{
  const OutputCommand *command = data;
  g_autofree char *expected = expected_output (command);
  g_autofree char *target_name = g_strconcat ("private-", command->name, NULL);
  g_autofree char *link_name = g_strconcat ("link-", command->name, NULL);
  g_autofree char *target = tmp_path (target_name);
  g_autofree char *link = tmp_path (link_name);
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  GStatBuf st;

  g_assert_true (g_file_set_contents_full (target, "old", -1, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);
  g_assert_cmpint (symlink (target_name, link), ==, 0);

  run_output_command (&run, command, link);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

/* A document for `check`: with @complete, nothing search engines need is
 * missing and no finding is an error; @text is its one bullet. */
static char *
write_check_document (const char *name,
                      const char *text,
                      gboolean    complete)
{
  g_autofree char *path = tmp_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(GError) error = NULL;

  jd_document_set_title (document, "Line Cook");
  jd_section_add_text (duties, JD_BLOCK_ITEM, text);
  jd_document_append_section (document, duties);
  if (complete)
    {
      g_autoptr(JdLocation) place = jd_location_new ("Austin", "TX", "US");

      jd_document_set_company_name (document, "Example Inc.");
      jd_document_set_date_posted (document, "2026-11-27");
      jd_document_set_apply_to (document, "https://example.com/jobs/7");
      jd_document_add_location (document, place);
    }

  g_assert_true (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
assert_members (JsonObject         *object,
                const char * const *names)
{
  g_autoptr(GList) members = json_object_get_members (object);

  g_assert_cmpuint (g_list_length (members), ==, g_strv_length ((char **)names));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_test_message ("member %s", names[i]);
      g_assert_true (json_object_has_member (object, names[i]));
    }
}

/* --json: an array with one object per file, of exactly the shape of
 * issue 12. */
static void
test_check_json (void)
{
  static const char * const file_members[] = {
    "file", "language", "score", "gender", "readability", "words", "spelling", "findings", NULL
  };
  static const char * const gender_members[] = { "verdict", "feminine", "masculine", NULL };
  static const char * const readability_members[] = { "formula", "score", NULL };
  static const char * const finding_members[] = {
    "rule", "category", "severity", "message", "field", "section", "block", "start", "end", "text",
    "suggestions", NULL
  };
  g_autofree char *clean = write_check_document ("clean.jobdesc", "Cook a rockstar menu for every service", TRUE);
  g_autofree char *bare = write_check_document ("bare.jobdesc", "Prepare sauces and sides", FALSE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonArray *files, *findings;
  JsonObject *object, *finding = NULL;

  run_jobscribe (&run, "check", "--json", clean, bare, NULL);
  /* The second file lacks what search engines require: errors. */
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  files = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (files), ==, 2);

  for (guint f = 0; f < 2; f++)
    {
      object = json_array_get_object_element (files, f);
      assert_members (object, file_members);
      assert_members (json_object_get_object_member (object, "gender"), gender_members);
      assert_members (json_object_get_object_member (object, "readability"), readability_members);
      g_assert_cmpstr (json_object_get_string_member (object, "language"), ==, "en");
      g_assert_cmpint (json_object_get_int_member (object, "score"), <=, 100);
      findings = json_object_get_array_member (object, "findings");
      for (guint i = 0; i < json_array_get_length (findings); i++)
        assert_members (json_array_get_object_element (findings, i), finding_members);
    }

  object = json_array_get_object_element (files, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, clean);
  g_assert_cmpint (json_object_get_int_member (object, "words"), ==, 9);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "gender"), "verdict"),
                   ==, "neutral");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "readability"), "formula"),
                   ==, "Flesch Reading Ease");

  findings = json_object_get_array_member (object, "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *candidate = json_array_get_object_element (findings, i);

      g_assert_cmpstr (json_object_get_string_member (candidate, "severity"), !=, "error");
      if (g_strcmp0 (json_object_get_string_member (candidate, "rule"), "cliche") == 0)
        finding = candidate;
    }
  g_assert_nonnull (finding);
  g_assert_cmpstr (json_object_get_string_member (finding, "category"), ==, "cliche");
  g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "warning");
  g_assert_true (json_object_get_null_member (finding, "field"));
  g_assert_cmpint (json_object_get_int_member (finding, "section"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (finding, "block"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (finding, "start"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (finding, "end"), ==, 15);
  g_assert_cmpstr (json_object_get_string_member (finding, "text"), ==, "rockstar");
  g_assert_nonnull (strstr (json_object_get_string_member (finding, "message"), "“rockstar”"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (finding, "suggestions"), 0),
                   ==, "expert");

  /* A finding about the document as a whole is nowhere in particular. */
  findings = json_object_get_array_member (json_array_get_object_element (files, 1), "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *candidate = json_array_get_object_element (findings, i);

      if (g_strcmp0 (json_object_get_string_member (candidate, "rule"), "completeness.company") != 0)
        continue;
      g_assert_cmpstr (json_object_get_string_member (candidate, "severity"), ==, "error");
      g_assert_true (json_object_get_null_member (candidate, "section"));
      g_assert_true (json_object_get_null_member (candidate, "start"));
      g_assert_true (json_object_get_null_member (candidate, "text"));
      finding = NULL;
    }
  g_assert_null (finding);
}

/* A word the dictionary of the document's language does not know is a
 * spelling warning, with Enchant's suggestions best first; names,
 * acronyms, addresses and placeholders are not. */
static void
test_check_spelling (void)
{
  g_autofree char *path = write_check_document ("spelling.jobdesc",
                                                "Cook a delicous menu in HubSpot for B2B and SAP clients, "
                                                "write to jobs@example.com or see https://example.com for the "
                                                "[Kitchn Mangaer]",
                                                TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *object, *spelling, *finding = NULL;
  JsonArray *findings;
  guint n_spelling = 0;

  run_jobscribe (&run, "check", "--json", path, NULL);
  /* The unfilled placeholder is a completeness error, not a misspelling. */
  g_assert_cmpint (run.status, ==, 1);

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  object = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  spelling = json_object_get_object_member (object, "spelling");
  g_assert_cmpstr (json_object_get_string_member (spelling, "dictionary"), ==, "en_US");
  g_assert_true (json_object_get_boolean_member (spelling, "checked"));

  findings = json_object_get_array_member (object, "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *candidate = json_array_get_object_element (findings, i);

      if (g_strcmp0 (json_object_get_string_member (candidate, "category"), "spelling") != 0)
        continue;
      n_spelling++;
      finding = candidate;
    }

  g_assert_cmpuint (n_spelling, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (finding, "rule"), ==, "spelling");
  g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "warning");
  g_assert_cmpstr (json_object_get_string_member (finding, "text"), ==, "delicous");
  g_assert_cmpint (json_object_get_int_member (finding, "section"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (finding, "block"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (finding, "start"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (finding, "end"), ==, 15);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (finding, "suggestions"), 0),
                   ==, "delicious");

  /* The readable report says the same. */
  {
    g_auto(Run) report = { 0 };

    run_jobscribe (&report, "check", path, NULL);
    g_assert_nonnull (strstr (report.out, "“delicous”"));
    g_assert_nonnull (strstr (report.out, "[spelling]"));
    g_assert_nonnull (strstr (report.out, "→ delicious"));
  }
}

/* Misspellings outside the blocks say which text they are in: the title
 * and the department by their field, a heading by "heading" and its
 * section; one in a block has no field. */
static void
test_check_spelling_places (void)
{
  g_autofree char *path = tmp_path ("spelling-places.jobdesc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  static const struct {
    const char *text;
    const char *field;
    int         section;
    int         block;
    int         start;
  } expected[] = {
    { "Cheff", "title", -1, -1, 5 },
    { "Pastri", "department", -1, -1, 0 },
    { "Kitchn", "heading", 1, -1, 4 },
    { "sauses", NULL, 1, 0, 8 },
  };
  JsonArray *findings;
  guint n = 0;

  jd_document_set_title (document, "Head Cheff");
  jd_document_set_department (document, "Pastri and Bread");
  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "Join our bakery.");
  jd_section_set_heading (duties, "Our Kitchn Work");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Prepare sauses");
  jd_document_append_section (document, brief);
  jd_document_append_section (document, duties);
  g_assert_true (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_no_error (error);

  run_jobscribe (&run, "check", "--json", path, NULL);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  findings = json_object_get_array_member (json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0),
                                           "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);
      const char *text = json_object_get_string_member (finding, "text");

      if (g_strcmp0 (json_object_get_string_member (finding, "category"), "spelling") != 0)
        continue;

      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      g_test_message ("spelling finding %s", text);
      g_assert_cmpstr (text, ==, expected[n].text);
      g_assert_cmpstr (json_object_get_string_member_with_default (finding, "field", NULL), ==, expected[n].field);
      if (expected[n].section < 0)
        g_assert_true (json_object_get_null_member (finding, "section"));
      else
        g_assert_cmpint (json_object_get_int_member (finding, "section"), ==, expected[n].section);
      if (expected[n].block < 0)
        g_assert_true (json_object_get_null_member (finding, "block"));
      else
        g_assert_cmpint (json_object_get_int_member (finding, "block"), ==, expected[n].block);
      g_assert_cmpint (json_object_get_int_member (finding, "start"), ==, expected[n].start);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));

  /* The readable report names the heading and the department. */
  {
    g_auto(Run) report = { 0 };

    run_jobscribe (&report, "check", path, NULL);
    g_assert_nonnull (strstr (report.out, ": department: warning: “Pastri”"));
    g_assert_nonnull (strstr (report.out, ", heading: warning: “Kitchn”"));
  }
}

/* 0 without an error finding, 1 with one, 2 for what cannot be read or
 * a wrong command line, said in one line. */
static void
test_check_exit_status (void)
{
  g_autofree char *clean = write_check_document ("clean.jobdesc", "Cook for every service", TRUE);
  g_autofree char *aged = write_check_document ("aged.jobdesc", "Applicants aged 20 to 30", TRUE);
  g_auto(Run) ok = { 0 };
  g_auto(Run) error = { 0 };
  g_auto(Run) unreadable = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) bad_lang = { 0 };
  g_auto(Run) bad_option = { 0 };

  run_jobscribe (&ok, "check", clean, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_cmpstr (ok.err, ==, "");

  run_jobscribe (&error, "check", clean, aged, NULL);
  g_assert_cmpint (error.status, ==, 1);
  g_assert_nonnull (strstr (error.out, "exclusionary.age-limit"));

  /* The readable file is still reviewed. */
  run_jobscribe (&unreadable, "check", "not-xml.jobdesc", clean, NULL);
  g_assert_cmpint (unreadable.status, ==, 2);
  g_assert_cmpuint (count_lines (unreadable.err), ==, 1);
  g_assert_true (g_str_has_prefix (unreadable.err, "not-xml.jobdesc:"));
  g_assert_nonnull (strstr (unreadable.out, clean));

  run_jobscribe (&missing, "check", "no-such-file.jobdesc", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_cmpuint (count_lines (missing.err), ==, 1);

  run_jobscribe (&no_file, "check", NULL);
  g_assert_cmpint (no_file.status, ==, 2);
  g_assert_cmpuint (count_lines (no_file.err), ==, 1);

  run_jobscribe (&bad_lang, "check", "--lang", "xx", clean, NULL);
  g_assert_cmpint (bad_lang.status, ==, 2);
  g_assert_cmpuint (count_lines (bad_lang.err), ==, 1);
  g_assert_nonnull (strstr (bad_lang.err, "xx"));
  g_assert_cmpstr (bad_lang.out, ==, "");

  run_jobscribe (&bad_option, "check", "--frobnicate", clean, NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  g_assert_cmpuint (count_lines (bad_option.err), ==, 1);
}

/* Blocks still marked as needing translating: `jobscribe export` names
 * the file and how many are left on stderr, exports all the same and
 * keeps its exit status; one without says nothing of translating. */
static void
test_export_untranslated (void)
{
  g_autofree char *path = tmp_path ("untranslated.jobdesc");
  g_autofree char *done_path = tmp_path ("translated.jobdesc");
  g_autofree char *out = tmp_path ("untranslated.md");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) done_file = g_file_new_for_path (done_path);
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdSection) duties = jd_section_new (JD_SECTION_RESPONSIBILITIES);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) done = { 0 };

  jd_document_set_title (document, "Koch");
  jd_document_set_language (document, "de");
  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "Wir kochen frisch.");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Soßen zubereiten");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Keep the kitchen clean");
  jd_section_add_text (duties, JD_BLOCK_ITEM, "Order the produce");
  jd_document_append_section (document, brief);
  jd_document_append_section (document, duties);
  g_assert_true (jd_document_save (document, done_file, NULL, NULL, &error));
  g_assert_no_error (error);
  jd_block_set_needs_translation (jd_section_get_block (duties, 1), TRUE);
  jd_block_set_needs_translation (jd_section_get_block (duties, 2), TRUE);
  g_assert_true (jd_document_save (document, file, NULL, NULL, &error));
  g_assert_no_error (error);

  run_jobscribe (&run, "export", path, "--format", "md", "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "untranslated.jobdesc: warning: 2 blocks still need translating, "
                                     "the first in section 2\n"));
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Keep the kitchen clean"));

  run_jobscribe (&done, "export", done_path, "--format", "md", "-o", out, NULL);
  g_assert_cmpint (done.status, ==, 0);
  g_assert_null (strstr (done.err, "translating"));
}

/* Placeholders not filled in: `jobscribe export` warns on stderr and
 * still exports; `jobscribe check` reports each as a completeness error,
 * with its place and text, and exits 1. */
static void
test_placeholders (void)
{
  g_autofree char *filled = write_check_document ("filled.jobdesc", "Cook for every service", TRUE);
  g_autofree char *unfilled = write_check_document ("unfilled.jobdesc",
                                                    "Cook for [number] guests with the [Head Chef]", TRUE);
  g_autofree char *out = tmp_path ("unfilled.txt");
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) exported = { 0 };
  g_auto(Run) clean = { 0 };
  g_auto(Run) checked = { 0 };
  g_auto(Run) report = { 0 };
  JsonArray *findings;
  guint n = 0;

  run_jobscribe (&exported, "export", unfilled, "--format", "txt", "-o", out, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_nonnull (strstr (exported.err, "unfilled.jobdesc: warning: 2 placeholders are not filled in, "
                                          "the first: [number]\n"));
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Cook for [number] guests"));

  run_jobscribe (&clean, "export", filled, "--format", "txt", "-o", out, NULL);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_null (strstr (clean.err, "placeholder"));

  run_jobscribe (&checked, "check", "--json", unfilled, NULL);
  g_assert_cmpint (checked.status, ==, 1);
  json_parser_load_from_data (parser, checked.out, -1, &error);
  g_assert_no_error (error);
  findings = json_object_get_array_member (json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0),
                                           "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      if (g_strcmp0 (json_object_get_string_member (finding, "rule"), "completeness.placeholder") != 0)
        continue;
      g_assert_cmpstr (json_object_get_string_member (finding, "category"), ==, "completeness");
      g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
      g_assert_cmpint (json_object_get_int_member (finding, "section"), ==, 0);
      g_assert_cmpint (json_object_get_int_member (finding, "block"), ==, 0);
      if (n == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (finding, "text"), ==, "[number]");
          g_assert_cmpint (json_object_get_int_member (finding, "start"), ==, 9);
          g_assert_cmpint (json_object_get_int_member (finding, "end"), ==, 17);
        }
      else
        g_assert_cmpstr (json_object_get_string_member (finding, "text"), ==, "[Head Chef]");
      n++;
    }
  g_assert_cmpuint (n, ==, 2);

  run_jobscribe (&report, "check", unfilled, NULL);
  g_assert_cmpint (report.status, ==, 1);
  g_assert_nonnull (strstr (report.out, "“[Head Chef]” is a placeholder"));
}

/* The readable report: the score and its parts, the gender tone,
 * readability, then a line per finding, as compilers write them, and its
 * suggestions. */
static void
test_check_report (void)
{
  g_autofree char *clean = write_check_document ("report.jobdesc", "Cook a rockstar menu for every service", TRUE);
  g_autofree char *score = NULL;
  g_autofree char *finding = NULL;
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "check", clean, NULL);
  g_assert_cmpint (run.status, ==, 0);
  score = g_strdup_printf ("%s: score ", clean);
  g_assert_true (g_str_has_prefix (run.out, score));
  g_assert_nonnull (strstr (run.out, "Inclusive language"));
  g_assert_nonnull (strstr (run.out, "gender tone: Neutral"));
  g_assert_nonnull (strstr (run.out, "(Flesch Reading Ease); 9 words"));
  finding = g_strdup_printf ("%s: section 1, bullet 1: warning: “rockstar” is a cliché", clean);
  g_assert_nonnull (strstr (run.out, finding));
  g_assert_nonnull (strstr (run.out, "[cliche]\n    → expert\n    → skilled\n"));
}

/* The review in another language than the document's, and messages in
 * the language of the interface. */
static void
test_check_languages (void)
{
  g_autofree char *clean = write_check_document ("languages.jobdesc", "Cook a rockstar menu for every service", TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) german = { 0 };
  g_auto(Run) interface = { 0 };
  JsonObject *object;

  run_jobscribe (&german, "check", "--json", "--lang", "de", clean, NULL);
  g_assert_true (json_parser_load_from_data (parser, german.out, -1, NULL));
  object = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (object, "language"), ==, "de");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "readability"), "formula"),
                   ==, "Amstad");

  {
    g_autofree char *src = g_path_get_dirname (g_getenv ("JD_TEST_BINARY"));
    g_autofree char *build = g_path_get_dirname (src);
    g_autofree char *po = g_build_filename (build, "po", NULL);
    const char * const env[] = { "LANGUAGE", "de", "JD_LOCALEDIR", po, NULL };

    run_jobscribe_with_env (&interface, env, "check", clean, NULL);
  }
  g_assert_cmpint (interface.status, ==, 0);
  g_assert_nonnull (strstr (interface.out, "„rockstar“ ist eine Floskel"));
  g_assert_nonnull (strstr (interface.out, "Warnung"));
}

/* Anything but a command is for the window: the launcher becomes the
 * window's program with the same arguments, or says why it cannot. */
static void
test_launcher (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) missing = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("jd-launcher-XXXXXX", NULL);
  g_autofree char *gui = g_build_filename (dir, "gui", NULL);
  g_autofree char *out = g_build_filename (dir, "args", NULL);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$@\" > '%s'\n", out);
  g_autofree char *args = NULL;
  const char *env[] = { "JD_GUI_PROGRAM", gui, NULL };
  const char *env_missing[] = { "JD_GUI_PROGRAM", "/nonexistent/jobscribe-gui", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (gui, script, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (gui, 0700), ==, 0);

  run_jobscribe_with_env (&run, env, "job one.jobdesc", "--new-window", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &args, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (args, ==, "job one.jobdesc\n--new-window\n");

  run_jobscribe_with_env (&missing, env_missing, "job.jobdesc", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/jobscribe-gui"));

  g_assert_cmpint (g_remove (out), ==, 0);
  g_assert_cmpint (g_remove (gui), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The command line does not load GTK or libadwaita: they are a third of
 * the work of an export, spent for nothing. */
static void
test_launcher_without_gtk (void)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "readelf", "--dynamic", g_getenv ("JD_TEST_BINARY"), NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "(NEEDED)"));
  g_assert_nonnull (strstr (out, "libglib-2.0"));
  g_assert_null (strstr (out, "libgtk-4"));
  g_assert_null (strstr (out, "libadwaita-1"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/launcher", test_launcher);
  g_test_add_func ("/cli/launcher-without-gtk", test_launcher_without_gtk);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/validate/good", test_validate_good);
  g_test_add_func ("/cli/validate/hostile", test_validate_hostile);
  g_test_add_func ("/cli/validate/mixed", test_validate_mixed);
  g_test_add_func ("/cli/validate/usage", test_validate_usage);
  g_test_add_func ("/cli/export/formats", test_export_formats);
  g_test_add_func ("/cli/export/template", test_export_template);
  g_test_add_func ("/cli/export/output-dir", test_export_output_dir);
  g_test_add_func ("/cli/export/batch", test_export_batch);
  g_test_add_func ("/cli/export/errors", test_export_errors);
  g_test_add_func ("/cli/export/own-fonts", test_export_own_fonts);
  g_test_add_func ("/cli/export/office", test_export_office);
  g_test_add_func ("/cli/export/office-reproducible", test_export_office_reproducible);
  g_test_add_func ("/cli/export/unsafe-link", test_export_unsafe_link);
  g_test_add_func ("/cli/export/mail-injection", test_export_mail_injection);
  g_test_add_func ("/cli/new/and-validate", test_new_and_validate);
  g_test_add_func ("/cli/new/errors", test_new_errors);
  g_test_add_func ("/cli/list-templates/table", test_list_templates);
  g_test_add_func ("/cli/list-templates/json", test_list_templates_json);
  g_test_add_func ("/cli/translate", test_translate);
  g_test_add_func ("/cli/check/json", test_check_json);
  g_test_add_func ("/cli/check/exit-status", test_check_exit_status);
  g_test_add_func ("/cli/check/spelling", test_check_spelling);
  g_test_add_func ("/cli/check/spelling-places", test_check_spelling_places);
  g_test_add_func ("/cli/check/report", test_check_report);
  g_test_add_func ("/cli/check/languages", test_check_languages);
  g_test_add_func ("/cli/placeholders", test_placeholders);
  g_test_add_func ("/cli/export/untranslated", test_export_untranslated);
  g_test_add_func ("/cli/import", test_import);
  g_test_add_func ("/cli/import/errors", test_import_errors);

  for (guint i = 0; i < G_N_ELEMENTS (output_commands); i++)
    {
      const OutputCommand *command = &output_commands[i];
      g_autofree char *fifo = g_strdup_printf ("/cli/output/%s/fifo", command->name);
      g_autofree char *std = g_strdup_printf ("/cli/output/%s/stdout", command->name);
      g_autofree char *full = g_strdup_printf ("/cli/output/%s/full-device", command->name);
      g_autofree char *link = g_strdup_printf ("/cli/output/%s/symlink", command->name);

      g_test_add_data_func (fifo, command, test_output_fifo);
      g_test_add_data_func (std, command, test_output_stdout);
      g_test_add_data_func (full, command, test_output_full);
      g_test_add_data_func (link, command, test_output_symlink);
    }

  return g_test_run ();
}
