/* jd-section-card-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-section-card.h"

G_BEGIN_DECLS

GtkWidget *_jd_section_card_get_block_row (JdSectionCard *self,
                                          guint          position);

G_END_DECLS
