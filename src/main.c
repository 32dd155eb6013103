/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "jd-application.h"
#include "jd-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JdApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (jd_cli_handles (argc, argv))
    return jd_cli_run (argc, argv);

  app = jd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
