/* jd-spell-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-history.h"
#include "jd-spell-checker.h"

G_BEGIN_DECLS

#define JD_TYPE_SPELL_ENTRY (jd_spell_entry_get_type())

G_DECLARE_FINAL_TYPE (JdSpellEntry, jd_spell_entry, JD, SPELL_ENTRY, GObject)

JdSpellEntry *jd_spell_entry_new          (GtkEditable    *editable);
void          jd_spell_entry_set_checker  (JdSpellEntry   *self,
                                           JdSpellChecker *checker,
                                           JdHistory      *history);
void          jd_spell_entry_check_now    (JdSpellEntry   *self);
gboolean      jd_spell_entry_is_marked    (JdSpellEntry   *self,
                                           int             start,
                                           int             end);
void          jd_spell_entry_update_menu  (JdSpellEntry   *self);
GMenuModel   *jd_spell_entry_get_menu     (JdSpellEntry   *self);
PangoAttrList *jd_spell_entry_get_attributes (JdSpellEntry *self);

G_END_DECLS
