/* jd-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jd-cli.h"
#include "jd-cli-private.h"
#include "jd-document-io.h"

/* The command line never needs a display: subcommands use the core only,
 * so they work over ssh, in scripts and in CI. */

typedef struct
{
  const char       *name;
  const char       *summary;
  JdCliCommandFunc  func;
} JdCliCommand;

static const JdCliCommand commands[] = {
  { "check", N_("Review the writing of job descriptions and report what to change"), _jd_cli_check },
  { "export", N_("Export job descriptions to HTML, PDF, DOCX, ODT, Markdown, text or JSON-LD"), _jd_cli_export },
  { "import", N_("Make a job description of a Word, OpenDocument, HTML, Markdown or text file"), _jd_cli_import },
  { "list-templates", N_("List the templates of the library"), _jd_cli_list_templates },
  { "new", N_("Create a job description from a template"), _jd_cli_new },
  { "translate", N_("Translate a job description into another language"), _jd_cli_translate },
  { "validate", N_("Check .jobdesc files and report each problem with its line"), _jd_cli_validate },
};

void
_jd_cli_error (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "jobscribe: %s\n", message);
}

/* The line _jd_cli_error() prints, for work that prints it later. */
void
_jd_cli_append_error (GString    *out,
                      const char *format,
                      ...)
{
  va_list args;

  g_string_append (out, "jobscribe: ");
  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
  g_string_append_c (out, '\n');
}

/* Sets up and parses the options of a command; what is wrong goes to
 * stderr, and the command returns 2. */
gboolean
_jd_cli_parse_options (GOptionContext      *context,
                       const char          *summary,
                       const GOptionEntry  *entries,
                       int                 *argc,
                       char              ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      _jd_cli_error ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

/* Every command writes its output here: "-" is the standard output,
 * anything else goes through the one writer of the core, which never
 * replaces a pipe, a device or /dev/stdout. */
gboolean
_jd_cli_write_output (const char  *output,
                      GBytes      *bytes,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  if (g_strcmp0 (output, "-") == 0)
    {
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("Could not write to the standard output"));
          return FALSE;
        }
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (output);
  return jd_write_file_atomically (file, bytes, NULL, NULL, error);
}

static const JdCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

static void
print_help (FILE *stream)
{
  /* Translators: the usage lines of "jobscribe --help"; keep the words in
   * capitals and the option names as they are. */
  fprintf (stream, "%s\n", _("Usage:\n"
                             "  jobscribe [FILE…]             open files in the window\n"
                             "  jobscribe COMMAND [OPTION…]   run a command, no display needed"));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Options:\n"
                               "  -h, --help       show this help\n"
                               "  --version        show the version"));
  fprintf (stream, "\n%s\n", _("Run “jobscribe COMMAND --help” for the options of a command."));
}

/* Whether the arguments ask for the command line rather than the window. */
gboolean
jd_cli_handles (int    argc,
                char **argv)
{
  if (argc < 2)
    return FALSE;

  return strcmp (argv[1], "--version") == 0 ||
         strcmp (argv[1], "--help") == 0 ||
         strcmp (argv[1], "-h") == 0 ||
         find_command (argv[1]) != NULL;
}

int
jd_cli_run (int    argc,
            char **argv)
{
  const JdCliCommand *command;
  g_autofree char *prgname = NULL;

  g_return_val_if_fail (argc >= 2, 2);

  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      print_help (stdout);
      return 0;
    }

  command = find_command (argv[1]);
  g_return_val_if_fail (command != NULL, 2);

  prgname = g_strdup_printf ("jobscribe %s", command->name);
  g_set_prgname (prgname);
  argv[1] = prgname;

  return command->func (argc - 1, argv + 1);
}
