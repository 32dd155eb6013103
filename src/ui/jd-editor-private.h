/* jd-editor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-editor.h"
#include "jd-finding.h"
#include "jd-spell-checker.h"
#include "jd-spell-entry.h"

G_BEGIN_DECLS

GtkWidget *_jd_editor_get_section_card (JdEditor      *self,
                                       guint          position);
GtkWidget *_jd_editor_get_form         (JdEditor      *self);
void       _jd_editor_show_findings    (JdEditor      *self,
                                        GListModel    *findings);
JdSpellChecker *_jd_editor_get_spell_checker (JdEditor *self);
JdSpellEntry *_jd_editor_get_title_spell (JdEditor *self);
const char *_jd_editor_get_spell_note    (JdEditor      *self);
void       _jd_editor_select_finding   (JdEditor      *self,
                                        JdFinding     *finding);

G_END_DECLS
