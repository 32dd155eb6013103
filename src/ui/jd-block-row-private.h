/* jd-block-row-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-block-row.h"

G_BEGIN_DECLS

GtkWidget *_jd_block_row_get_text_view (JdBlockRow *self);
const char *_jd_block_row_get_translation_hint (JdBlockRow *self);

G_END_DECLS
