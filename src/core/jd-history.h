/* jd-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jd-document.h"

G_BEGIN_DECLS

#define JD_TYPE_HISTORY (jd_history_get_type())

G_DECLARE_FINAL_TYPE (JdHistory, jd_history, JD, HISTORY, GObject)

JdHistory *jd_history_new        (JdDocument *document);
gboolean   jd_history_can_undo   (JdHistory  *self);
gboolean   jd_history_can_redo   (JdHistory  *self);
void       jd_history_undo       (JdHistory  *self);
void       jd_history_redo       (JdHistory  *self);
void       jd_history_break      (JdHistory  *self);
void       jd_history_begin_step (JdHistory  *self);
void       jd_history_end_step   (JdHistory  *self);
void       jd_history_reset      (JdHistory  *self);

G_END_DECLS
