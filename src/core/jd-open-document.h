/* jd-open-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"
#include "jd-drafts.h"
#include "jd-history.h"

G_BEGIN_DECLS

/* What another program did to the file since it was last read or written. */
typedef enum
{
  JD_OUTSIDE_CHANGE_NONE,
  JD_OUTSIDE_CHANGE_CHANGED,
  JD_OUTSIDE_CHANGE_DELETED,
} JdOutsideChange;

#define JD_TYPE_OUTSIDE_CHANGE (jd_outside_change_get_type())
#define JD_TYPE_OPEN_DOCUMENT (jd_open_document_get_type())

GType jd_outside_change_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (JdOpenDocument, jd_open_document, JD, OPEN_DOCUMENT, GObject)

JdOpenDocument  *jd_open_document_new                   (JdDocument      *document,
                                                         GFile           *file,
                                                         JdDrafts        *drafts);
JdOpenDocument  *jd_open_document_new_for_draft         (JdDraft         *draft,
                                                         JdDrafts        *drafts);
void             jd_open_document_load_async            (GFile           *file,
                                                         JdDrafts        *drafts,
                                                         GCancellable    *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer         user_data);
JdOpenDocument  *jd_open_document_load_finish           (GAsyncResult    *result,
                                                         guint           *error_line,
                                                         GError         **error);
JdDocument      *jd_open_document_get_document          (JdOpenDocument  *self);
GFile           *jd_open_document_get_file              (JdOpenDocument  *self);
JdHistory       *jd_open_document_get_history           (JdOpenDocument  *self);
gboolean         jd_open_document_get_modified          (JdOpenDocument  *self);
gboolean         jd_open_document_is_blank              (JdOpenDocument  *self);
JdOutsideChange  jd_open_document_get_outside_change    (JdOpenDocument  *self);
void             jd_open_document_dismiss_outside_change (JdOpenDocument *self);
gboolean         jd_open_document_changed_on_disk       (JdOpenDocument  *self);
const char      *jd_open_document_get_draft_id          (JdOpenDocument  *self);
guint            jd_open_document_get_autosave_delay    (JdOpenDocument  *self);
void             jd_open_document_set_autosave_delay    (JdOpenDocument  *self,
                                                         guint            seconds);
void             jd_open_document_discard_draft         (JdOpenDocument  *self);
void             jd_open_document_reload_async          (JdOpenDocument  *self,
                                                         GCancellable    *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer         user_data);
gboolean         jd_open_document_reload_finish         (JdOpenDocument  *self,
                                                         GAsyncResult    *result,
                                                         guint           *error_line,
                                                         GError         **error);
void             jd_open_document_save_async            (JdOpenDocument  *self,
                                                         GFile           *file,
                                                         GCancellable    *cancellable,
                                                         GAsyncReadyCallback callback,
                                                         gpointer         user_data);
gboolean         jd_open_document_save_finish           (JdOpenDocument  *self,
                                                         GAsyncResult    *result,
                                                         GError         **error);

G_END_DECLS
