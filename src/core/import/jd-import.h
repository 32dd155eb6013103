/* jd-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"

G_BEGIN_DECLS

#define JD_IMPORT_ERROR (jd_import_error_quark ())

typedef enum
{
  /* Over a size limit: the file, what a ZIP holds, or the text. */
  JD_IMPORT_ERROR_TOO_LARGE,
  /* Not a format Jobscribe imports (a PDF, a spreadsheet, binary data). */
  JD_IMPORT_ERROR_UNSUPPORTED,
  /* A damaged ZIP container or XML that is not well-formed. */
  JD_IMPORT_ERROR_CORRUPT,
  JD_IMPORT_ERROR_ENCRYPTED,
  /* A document type declaration, which could name other files. */
  JD_IMPORT_ERROR_FORBIDDEN,
  JD_IMPORT_ERROR_EMPTY,
} JdImportError;

typedef enum
{
  JD_IMPORT_FORMAT_AUTO,
  JD_IMPORT_FORMAT_DOCX,
  JD_IMPORT_FORMAT_ODT,
  JD_IMPORT_FORMAT_HTML,
  JD_IMPORT_FORMAT_MARKDOWN,
  JD_IMPORT_FORMAT_TEXT,
} JdImportFormat;

#define JD_IMPORT_MIB (1024 * 1024)

/* The largest file an import reads, and what its ZIP container may
 * hold: bytes once uncompressed (of the parts read) and entries. */
#define JD_IMPORT_MAX_FILE_SIZE         (50 * JD_IMPORT_MIB)
#define JD_IMPORT_MAX_UNCOMPRESSED_SIZE (100 * JD_IMPORT_MIB)
#define JD_IMPORT_MAX_ZIP_ENTRIES       10000
/* An entry that inflates more than this many times its compressed
 * size, past its first mebibyte, is a ZIP bomb: real documents
 * compress some ten times. */
#define JD_IMPORT_MAX_COMPRESSION_RATIO 100
/* The most text a job description takes in, in bytes: far more than
 * any posting, and what the .jobdesc reader reads back. */
#define JD_IMPORT_MAX_TEXT_SIZE         (8 * 1024 * 1024)

#define JD_TYPE_IMPORT_REPORT (jd_import_report_get_type ())

typedef struct _JdImportReport JdImportReport;

GQuark          jd_import_error_quark              (void);

GType           jd_import_report_get_type          (void) G_GNUC_CONST;
JdImportReport *jd_import_report_copy              (const JdImportReport *self);
void            jd_import_report_free              (JdImportReport       *self);
JdImportFormat  jd_import_report_get_format        (const JdImportReport *self);
guint           jd_import_report_get_n_recognized  (const JdImportReport *self);
guint           jd_import_report_get_n_custom      (const JdImportReport *self);
const char     *jd_import_report_get_language      (const JdImportReport *self);
gboolean        jd_import_report_get_language_detected (const JdImportReport *self);
char           *jd_import_report_to_string         (const JdImportReport *self);

const char     *jd_import_format_to_string         (JdImportFormat        format);
gboolean        jd_import_handles_file_name        (const char           *name);
const char * const *jd_import_get_mime_types       (void);

JdDocument     *jd_import_bytes                    (GBytes               *bytes,
                                                    const char           *name,
                                                    JdImportFormat        format,
                                                    const char           *lang,
                                                    JdImportReport      **report,
                                                    GError              **error);
JdDocument     *jd_import_file                     (GFile                *file,
                                                    const char           *lang,
                                                    JdImportReport      **report,
                                                    GCancellable         *cancellable,
                                                    GError              **error);
void            jd_import_file_async               (GFile                *file,
                                                    const char           *lang,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
void            jd_import_bytes_async              (GBytes               *bytes,
                                                    const char           *name,
                                                    JdImportFormat        format,
                                                    const char           *lang,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
JdDocument     *jd_import_finish                   (GAsyncResult         *result,
                                                    JdImportReport      **report,
                                                    GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdImportReport, jd_import_report_free)

G_END_DECLS
