/* jd-section-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"
#include "jd-history.h"
#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_SECTION_CARD (jd_section_card_get_type())

G_DECLARE_FINAL_TYPE (JdSectionCard, jd_section_card, JD, SECTION_CARD, GtkWidget)

GtkWidget *jd_section_card_new           (JdDocument    *document,
                                          JdHistory     *history,
                                          JdLibrary     *library,
                                          JdSection     *section);
JdSection *jd_section_card_get_section   (JdSectionCard *self);
void       jd_section_card_focus_block   (JdSectionCard *self,
                                          guint          position,
                                          int            offset);
void       jd_section_card_focus_heading (JdSectionCard *self);

G_END_DECLS
