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
  const char *localedir;

  /* `meson devenv` (build-aux/dev run) and the tests point JD_LOCALEDIR at
   * the catalogs of the build tree, so translators see their work
   * without installing it. */
  localedir = g_getenv ("JD_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (jd_cli_handles (argc, argv))
    return jd_cli_run (argc, argv);

  app = jd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
