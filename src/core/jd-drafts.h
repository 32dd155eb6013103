/* jd-drafts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"

G_BEGIN_DECLS

#define JD_TYPE_DRAFTS (jd_drafts_get_type())

G_DECLARE_FINAL_TYPE (JdDrafts, jd_drafts, JD, DRAFTS, GObject)

/* A draft found after a crash: the document with the changes, the file
 * it belongs to, if it had been saved before, and when it was written
 * (seconds since 1970, 0 when the draft does not say). */
typedef struct
{
  char       *id;
  JdDocument *document;
  GFile      *file;
  gint64      written;
} JdDraft;

void        jd_draft_free          (JdDraft     *draft);
JdDrafts   *jd_drafts_new          (GFile       *dir);
JdDrafts   *jd_drafts_new_default  (void);
GFile      *jd_drafts_get_dir      (JdDrafts    *self);
char       *jd_drafts_new_id       (void);
gboolean    jd_drafts_write        (JdDrafts    *self,
                                    const char  *id,
                                    JdDocument  *document,
                                    GFile       *file,
                                    GError     **error);
void        jd_drafts_remove       (JdDrafts    *self,
                                    const char  *id);
GPtrArray  *jd_drafts_recover      (JdDrafts    *self,
                                    GPtrArray  **set_aside);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdDraft, jd_draft_free)

G_END_DECLS
