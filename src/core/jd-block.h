/* jd-block.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jd-enums.h"
#include "jd-types.h"

G_BEGIN_DECLS

#define JD_TYPE_BLOCK (jd_block_get_type())

G_DECLARE_FINAL_TYPE (JdBlock, jd_block, JD, BLOCK, GObject)

JdBlock     *jd_block_new        (JdBlockKind    kind,
                                  const char    *text);
JdBlock     *jd_block_copy       (JdBlock       *self);
gboolean     jd_block_equal      (JdBlock       *a,
                                  JdBlock       *b);
JdBlockKind  jd_block_get_kind   (JdBlock       *self);
void         jd_block_set_kind   (JdBlock       *self,
                                  JdBlockKind    kind);
const char  *jd_block_get_text   (JdBlock       *self);
void         jd_block_set_text   (JdBlock       *self,
                                  const char    *text);
guint        jd_block_count_words (JdBlock      *self);
const char  *jd_block_get_source (JdBlock       *self);
void         jd_block_set_source (JdBlock       *self,
                                  const char    *source);
gboolean     jd_block_get_needs_translation (JdBlock *self);
void         jd_block_set_needs_translation (JdBlock *self,
                                             gboolean needs_translation);

G_END_DECLS
