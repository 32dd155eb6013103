/* jd-cli-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "jd-library.h"

G_BEGIN_DECLS

/* A subcommand gets its own argv: argv[0] is "jobscribe NAME". It returns
 * the exit status. */
typedef int (*JdCliCommandFunc) (int    argc,
                                 char **argv);

int        _jd_cli_check          (int          argc,
                                   char       **argv);
int        _jd_cli_validate       (int          argc,
                                   char       **argv);
int        _jd_cli_list_templates (int          argc,
                                   char       **argv);
int        _jd_cli_new            (int          argc,
                                   char       **argv);
int        _jd_cli_translate      (int          argc,
                                   char       **argv);
int        _jd_cli_export         (int          argc,
                                   char       **argv);
int        _jd_cli_import         (int          argc,
                                   char       **argv);
void       _jd_cli_error          (const char  *format,
                                   ...) G_GNUC_PRINTF (1, 2);
void       _jd_cli_append_error   (GString     *out,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (2, 3);
gboolean   _jd_cli_check_language (const char  *lang);
gboolean   _jd_cli_parse_options  (GOptionContext      *context,
                                   const char          *summary,
                                   const GOptionEntry  *entries,
                                   int                 *argc,
                                   char              ***argv);
JdLibrary *_jd_cli_load_library   (void);
gboolean   _jd_cli_write_output   (const char          *output,
                                   GBytes              *bytes,
                                   GError             **error);

G_END_DECLS
