/* jd-formats-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-export-writers-private.h"
#include "jd-zip.h"

G_BEGIN_DECLS

/* What the formats module does for the rest of Jobscribe: the work that
 * needs Pango, cairo, Fontconfig or libarchive (jd-formats.c). */
typedef struct
{
  /* JdExportWriter of PDFs */
  GBytes     *(*write_pdf)   (JdExportView           *view,
                              const JdExportOptions  *options,
                              GPtrArray              *warnings,
                              GError                **error);
  /* the ZIP container of DOCX and ODT exports */
  GBytes     *(*zip)         (const JdZipEntry       *entries,
                              guint                   n_entries,
                              GError                **error);
  /* the parts of a DOCX or ODT file to import */
  GHashTable *(*unzip)       (GBytes                 *bytes,
                              const char * const     *wanted,
                              GError                **error);
  void        (*prepare_pdf) (void);
} JdFormats;

const JdFormats *_jd_formats_get          (GError                **error);

/* The module's table; each function of it is declared beside the code
 * that uses it: jd-zip.h, jd-import-private.h, jd-export-fonts-private.h
 * and, for the PDF writer, here. */
GBytes          *_jd_formats_write_pdf    (JdExportView           *view,
                                           const JdExportOptions  *options,
                                           GPtrArray              *warnings,
                                           GError                **error);

extern const JdFormats _jd_formats_builtin;

G_END_DECLS
