/* main-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "jd-application.h"

/* jobscribe-gui: the window. `jobscribe` (main.c) runs it for everything
 * that is not a command of the command line. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(JdApplication) app = NULL;
  const char *localedir = g_getenv ("JD_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The launcher passes its own name on, so the window's program name,
   * and the WM_CLASS that matches it with its desktop file, stay
   * "jobscribe". */
  app = jd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
