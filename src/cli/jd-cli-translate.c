/* jd-cli-translate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "jd-cli-private.h"
#include "jd-document-io.h"

/* jobscribe translate FILE --lang LL -o OUT */
int
_jd_cli_translate (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdDocument) translated = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  guint line = 0;
  guint kept = 0;
  const GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("The language to translate into (en, de, el, es, fr, pt)"), N_("LL") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  /* Translators: the argument part of "jobscribe translate --help". */
  context = g_option_context_new (_("FILE"));
  if (!_jd_cli_parse_options (context,
                              _("Translate the parts of a job description that came from the library.\n"
                                "Text you changed is kept and marked as needing translation."),
                              entries, &argc, &argv))
    return 2;

  if (argc != 2 || lang == NULL || output == NULL)
    {
      _jd_cli_error ("%s", _("translate needs one FILE, --lang LL and -o OUT"));
      return 2;
    }

  if (!_jd_cli_check_language (lang))
    return 1;

  input = g_file_new_for_commandline_arg (argv[1]);
  document = jd_document_load (input, NULL, &line, &error);
  if (document == NULL)
    {
      g_autofree char *message = jd_error_format_for_file (argv[1], line, error);

      fprintf (stderr, "%s\n", message);
      return 1;
    }

  library = _jd_cli_load_library ();
  if (library == NULL)
    return 1;

  translated = jd_library_translate_document (library, document, lang, &kept);

  bytes = jd_document_serialize (translated);
  if (!_jd_cli_write_output (output, bytes, &error))
    {
      _jd_cli_error ("%s", error->message);
      return 1;
    }

  if (kept > 0)
    /* Translators: a warning of “jobscribe translate”. */
    fprintf (stderr, ngettext ("jobscribe: %u block you changed was kept as it was and needs translating\n",
                               "jobscribe: %u blocks you changed were kept as they were and need translating\n",
                               kept), kept);

  return 0;
}
