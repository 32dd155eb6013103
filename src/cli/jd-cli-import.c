/* jd-cli-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "jd-cli-private.h"
#include "jd-document-io.h"
#include "jd-import.h"

/* jobscribe import FILE [--lang LL] -o OUT.jobdesc
 *
 * What the import guessed goes to stderr on one line; an error is one
 * line too, with exit status 1, and then nothing is written. */
int
_jd_cli_import (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdImportReport) report = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  g_autofree char *summary = NULL;
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("The language of the text (en, de, el, es, fr, pt; default: detected)"), N_("LL") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The .jobdesc file to write, or - for the standard output"), N_("FILE") },
    { NULL }
  };

  /* Translators: the argument part of "jobscribe import --help". */
  context = g_option_context_new (_("FILE"));
  if (!_jd_cli_parse_options (context,
                              _("Make a job description of a Word (.docx), OpenDocument (.odt), HTML, "
                                "Markdown or text file.\n"
                                "Headings become sections; what the import guessed is printed."),
                              entries, &argc, &argv))
    return 2;

  if (argc != 2 || output == NULL)
    {
      _jd_cli_error ("%s", _("import needs one FILE and -o OUT.jobdesc"));
      return 2;
    }

  if (lang != NULL && !_jd_cli_check_language (lang))
    return 1;

  input = g_file_new_for_commandline_arg (argv[1]);
  document = jd_import_file (input, lang, &report, NULL, &error);
  if (document == NULL)
    {
      _jd_cli_error ("%s: %s", argv[1], error->message);
      return 1;
    }

  if (!jd_document_check_limits (document, &error))
    {
      _jd_cli_error ("%s: %s", argv[1], error->message);
      return 1;
    }

  bytes = jd_document_serialize (document);
  if (!_jd_cli_write_output (output, bytes, &error))
    {
      _jd_cli_error ("%s", error->message);
      return 1;
    }

  summary = jd_import_report_to_string (report);
  _jd_cli_error ("%s: %s", argv[1], summary);

  return 0;
}
