/* jd-editor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-editor.h"

G_BEGIN_DECLS

GtkWidget *_jd_editor_get_section_card (JdEditor      *self,
                                       guint          position);

G_END_DECLS
