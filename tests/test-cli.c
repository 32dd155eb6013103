/* test-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real jobscribe binary, without a display, as a user would.
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>

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

  return g_test_run ();
}
