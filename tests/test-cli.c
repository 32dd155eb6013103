/* test-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real jobscribe binary, without a display, as a user would.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

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

static void
run_jobscribe (Run        *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (char *)g_getenv ("JD_TEST_BINARY"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* No display at all: the command line must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, g_getenv ("JD_TEST_DATA"));

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
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

static void
test_export_errors (void)
{
  g_auto(Run) run = { 0 };

  run_jobscribe (&run, "export", "valid-small.jobdesc", "--format", "docx", "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_nonnull (strstr (run.err, "“docx”"));
  g_assert_nonnull (strstr (run.err, "html, html-fragment, pdf, md, txt, jsonld"));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/validate/good", test_validate_good);
  g_test_add_func ("/cli/validate/hostile", test_validate_hostile);
  g_test_add_func ("/cli/validate/mixed", test_validate_mixed);
  g_test_add_func ("/cli/validate/usage", test_validate_usage);
  g_test_add_func ("/cli/export/formats", test_export_formats);
  g_test_add_func ("/cli/export/template", test_export_template);
  g_test_add_func ("/cli/export/output-dir", test_export_output_dir);
  g_test_add_func ("/cli/export/errors", test_export_errors);
  g_test_add_func ("/cli/export/unsafe-link", test_export_unsafe_link);

  return g_test_run ();
}
