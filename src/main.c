/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "jd-cli.h"

/* `jobscribe`: the command line, linked against the core only, so that a
 * command does not pay for loading GTK and libadwaita it never uses (a
 * third of the instructions of an export did). Anything else, files to
 * open or none, is for the window: jobscribe-gui, which this program
 * becomes with the same arguments. */
int
main (int   argc,
      char *argv[])
{
  const char *localedir;
  const char *gui;
  g_autofree char *message = NULL;

  /* `meson devenv` (build-aux/dev run) and the tests point JD_LOCALEDIR at
   * the catalogs of the build tree, so translators see their work
   * without installing it, and JD_GUI_PROGRAM at the window's program of
   * the build tree. */
  localedir = g_getenv ("JD_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (jd_cli_handles (argc, argv))
    return jd_cli_run (argc, argv);

  gui = g_getenv ("JD_GUI_PROGRAM");
  if (gui == NULL || gui[0] == '\0')
    gui = LIBEXECDIR "/jobscribe-gui";

  execv (gui, argv);

  message = g_strdup_printf (/* Translators: the first placeholder is a
                              * program's path, the second the reason it
                              * could not be run. */
                             _("Could not start the window, %s: %s"), gui, g_strerror (errno));
  fprintf (stderr, "jobscribe: %s\n", message);
  return 1;
}
