/* jd-document-io-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "jd-document-io.h"

G_BEGIN_DECLS

/* Shared by the reader (jd-document-io.c), its checks
 * (jd-document-check.c) and the writer (jd-document-writer.c). */

static inline void
_jd_document_set_error (GError     **error,
                        guint       *error_line,
                        guint        line,
                        int          code,
                        const char  *message)
{
  if (error_line != NULL)
    *error_line = line;
  g_set_error_literal (error, JD_DOCUMENT_ERROR, code, message);
}

static inline char *
_jd_node_text (xmlNode *node)
{
  return (char *)xmlNodeGetContent (node);
}

static inline char *
_jd_node_prop (xmlNode    *node,
               const char *name)
{
  return (char *)xmlGetProp (node, (const xmlChar *)name);
}

gboolean _jd_document_check_tree (xmlNode  *parent,
                                  guint    *error_line,
                                  GError  **error);
gboolean _jd_document_check_total (xmlNode  *root,
                                   guint    *error_line,
                                   GError  **error);
gboolean _jd_document_validate   (xmlDoc   *doc,
                                  guint    *error_line,
                                  GError  **error);
gsize    _jd_count_chars         (const char *text,
                                  gsize       max);

gboolean _jd_write_file_in_batch (GFile         *file,
                                  GBytes        *bytes,
                                  GCancellable  *cancellable,
                                  GError       **error);
void     _jd_sync_folder         (GFile         *folder);

G_END_DECLS
