/* jd-block-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-block.h"

G_BEGIN_DECLS

/* Called when a block changes, before its notify signal. */
typedef void (*JdBlockWatchFunc) (gpointer data);

JdBlock *_jd_block_new_full     (JdBlockKind        kind,
                                 const char        *text,
                                 const char        *source,
                                 gboolean           needs_translation);
void     _jd_block_set_watch    (JdBlock           *self,
                                 JdBlockWatchFunc   func,
                                 gpointer           data);
void     _jd_block_unset_watch  (JdBlock           *self,
                                 JdBlockWatchFunc   func);

G_END_DECLS
