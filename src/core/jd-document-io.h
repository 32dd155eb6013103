/* jd-document-io.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"

G_BEGIN_DECLS

#define JD_DOCUMENT_ERROR (jd_document_error_quark ())

typedef enum
{
  JD_DOCUMENT_ERROR_TOO_LARGE,
  JD_DOCUMENT_ERROR_MALFORMED,
  JD_DOCUMENT_ERROR_FORBIDDEN,
  JD_DOCUMENT_ERROR_NOT_JOBDESC,
  JD_DOCUMENT_ERROR_NEWER_VERSION,
  JD_DOCUMENT_ERROR_INVALID,
} JdDocumentError;

/* The largest .jobdesc file a reader accepts. */
#define JD_DOCUMENT_MAX_SIZE (16 * 1024 * 1024)

/* The longest texts, in characters, that a document holds: a paragraph
 * or bullet, a title (and every other one-line text: headings, company,
 * apply, reference...), and an attribute value. Readers refuse more and
 * saving refuses to write more, so work on a document stays bounded. */
#define JD_DOCUMENT_MAX_BLOCK_CHARS     1000000
#define JD_DOCUMENT_MAX_LINE_CHARS      1000
#define JD_DOCUMENT_MAX_ATTRIBUTE_CHARS 1000

/* All paragraphs and bullets of a document together, so that the file
 * size limit cannot stack up a dozen of the largest paragraphs and every
 * document the reader accepts exports in bounded time and memory. */
#define JD_DOCUMENT_MAX_TEXT_CHARS      2000000

#define JD_DOCUMENT_NAMESPACE "https://jobscribe.github.io/ns/jobdesc/1"
#define JD_DOCUMENT_VERSION   "1"

GQuark      jd_document_error_quark  (void);

GBytes     *jd_document_serialize    (JdDocument           *document);
JdDocument *jd_document_parse        (GBytes               *bytes,
                                      guint                *error_line,
                                      GError              **error);
JdDocument *jd_document_load         (GFile                *file,
                                      GCancellable         *cancellable,
                                      guint                *error_line,
                                      GError              **error);
void        jd_document_load_async   (GFile                *file,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
JdDocument *jd_document_load_finish  (GFile                *file,
                                      GAsyncResult         *result,
                                      guint                *error_line,
                                      GError              **error);
gboolean    jd_document_save         (JdDocument           *document,
                                      GFile                *file,
                                      GCancellable         *cancellable,
                                      char                **new_etag,
                                      GError              **error);
void        jd_document_save_async   (JdDocument           *document,
                                      GFile                *file,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
gboolean    jd_document_save_finish  (JdDocument           *document,
                                      GAsyncResult         *result,
                                      char                **new_etag,
                                      GError              **error);
gboolean    jd_write_file_atomically (GFile                *file,
                                      GBytes               *bytes,
                                      char                **new_etag,
                                      GCancellable         *cancellable,
                                      GError              **error);
gboolean    jd_document_check_limits (JdDocument           *document,
                                      GError              **error);
char       *jd_error_format_for_file (const char           *display_name,
                                      guint                 line,
                                      const GError         *error);

G_END_DECLS
