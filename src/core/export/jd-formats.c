/* jd-formats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <gmodule.h>
#include <glib/gi18n.h>

#include "jd-export.h"
#include "jd-formats-private.h"

/* The formats module: PDF (Pango, cairo, Fontconfig), and the ZIP
 * containers of DOCX and ODT files (libarchive). Loading those libraries
 * and their dependencies (FreeType, HarfBuzz, pixman, the X libraries
 * cairo links...) costs the dynamic loader more instructions than most
 * commands need in all, so the command line, `jobscribe`, leaves them out
 * and opens jobscribe-formats.so, which has them, the first time a
 * command needs one (and exports its own symbols for the module to use).
 * The window, the tests and the fuzzers link the module's code in
 * directly: there, _jd_formats_builtin is defined, and nothing is loaded.
 * This departs from DESIGN.md's one program; README says why. */

#pragma weak _jd_formats_builtin

typedef struct
{
  const JdFormats *formats;
  char            *path;
  char            *message;
} Loaded;

static gpointer
load (gpointer data)
{
  Loaded *loaded = g_new0 (Loaded, 1);
  const char *path = g_getenv ("JD_FORMATS_MODULE");
  GModule *module;
  gpointer symbol = NULL;

  if (&_jd_formats_builtin != NULL)
    {
      loaded->formats = &_jd_formats_builtin;
      return loaded;
    }

  /* `meson devenv` and the tests point JD_FORMATS_MODULE at the module of
   * the build tree. */
  loaded->path = g_strdup (path != NULL && path[0] != '\0' ? path : PKGLIBDIR "/jobscribe-formats.so");
  module = g_module_open (loaded->path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module != NULL && g_module_symbol (module, "_jd_formats_builtin", &symbol) && symbol != NULL)
    {
      g_module_make_resident (module);
      loaded->formats = symbol;
    }
  else
    {
      loaded->message = g_strdup (g_module_error ());
      if (module != NULL)
        g_module_close (module);
    }

  return loaded;
}

/* Returns: (transfer none) (nullable): the formats module's table, or
 * %NULL with @error when the module is not there. Thread-safe. */
const JdFormats *
_jd_formats_get (GError **error)
{
  static GOnce once = G_ONCE_INIT;
  const Loaded *loaded = g_once (&once, load, NULL);

  if (loaded->formats == NULL)
    g_set_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_FAILED,
                 /* Translators: the first placeholder is a file name, the
                  * second the reason it could not be loaded. */
                 _("PDF, Word and OpenDocument files need %s, which could not be loaded: %s"),
                 loaded->path, loaded->message);

  return loaded->formats;
}

/* The PDF writer of the table in jd-export.c. */
GBytes *
_jd_export_write_pdf (JdExportView           *view,
                      const JdExportOptions  *options,
                      GPtrArray              *warnings,
                      GError                **error)
{
  const JdFormats *formats = _jd_formats_get (error);

  return formats != NULL ? formats->write_pdf (view, options, warnings, error) : NULL;
}

/**
 * jd_export_prepare_pdf:
 *
 * Gets ready for PDF exports in a program that shows no text of its own
 * (the command line): loads what they need, and lets them find their
 * font with a font configuration of Jobscribe's own, which starts several
 * times faster than the system's, wherever that gives the same pages
 * (jd-export-fonts.c). Call it once, before anything uses Pango or
 * Fontconfig. Where the formats module cannot be loaded, nothing happens
 * here: each export says why.
 */
void
jd_export_prepare_pdf (void)
{
  const JdFormats *formats = _jd_formats_get (NULL);

  if (formats != NULL)
    formats->prepare_pdf ();
}
