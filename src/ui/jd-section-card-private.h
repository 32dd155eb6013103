/* jd-section-card-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-section-card.h"
#include "jd-spell-checker.h"
#include "jd-spell-entry.h"

G_BEGIN_DECLS

GtkWidget *_jd_section_card_get_block_row (JdSectionCard *self,
                                          guint          position);
guint      _jd_section_card_get_n_rows    (JdSectionCard *self);
int        _jd_section_card_get_row_position (JdSectionCard *self,
                                              GtkWidget     *widget);
GtkWidget *_jd_section_card_get_heading   (JdSectionCard *self);
JdSpellEntry *_jd_section_card_get_heading_spell (JdSectionCard *self);
void       _jd_section_card_set_spell_checker (JdSectionCard  *self,
                                               JdSpellChecker *checker);
void       _jd_section_card_redraw_rows_in    (JdSectionCard  *self,
                                               GtkWidget      *content,
                                               double          top,
                                               double          bottom);

G_END_DECLS
