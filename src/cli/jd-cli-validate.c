/* jd-cli-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "jd-cli-private.h"
#include "jd-document-io.h"

/* jobscribe validate FILE…: one line per problem, "file:line: message",
 * and exit status 1 when any file is bad. */
int
_jd_cli_validate (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  gboolean quiet = FALSE;
  int status = 0;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only the problems"), NULL },
    { NULL }
  };

  /* Translators: the argument part of "jobscribe validate --help". */
  context = g_option_context_new (_("FILE…"));
  if (!_jd_cli_parse_options (context,
                              _("Check .jobdesc files and report each problem with its line."),
                              entries, &argc, &argv))
    return 2;

  if (argc < 2)
    {
      _jd_cli_error ("%s", _("validate needs at least one file"));
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(JdDocument) document = NULL;
      g_autoptr(GError) load_error = NULL;
      guint line = 0;

      document = jd_document_load (file, NULL, &line, &load_error);
      if (document == NULL)
        {
          g_autofree char *message = jd_error_format_for_file (argv[i], line, load_error);

          fprintf (stderr, "%s\n", message);
          status = 1;
        }
      else if (!quiet)
        /* Translators: printed for a file without problems. */
        printf (_("%s: valid\n"), argv[i]);
    }

  return status;
}
