/* jd-spell-adapter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-history.h"
#include "jd-spell-checker.h"

G_BEGIN_DECLS

#define JD_TYPE_SPELL_ADAPTER (jd_spell_adapter_get_type())

G_DECLARE_FINAL_TYPE (JdSpellAdapter, jd_spell_adapter, JD, SPELL_ADAPTER, GObject)

JdSpellAdapter *jd_spell_adapter_new            (GtkTextView    *view);
void            jd_spell_adapter_set_checker    (JdSpellAdapter *self,
                                                 JdSpellChecker *checker,
                                                 JdHistory      *history);
void            jd_spell_adapter_check_now      (JdSpellAdapter *self);
gboolean        jd_spell_adapter_is_marked      (JdSpellAdapter *self,
                                                 int             start,
                                                 int             end);
void            jd_spell_adapter_update_menu    (JdSpellAdapter *self);
GMenuModel     *jd_spell_adapter_get_menu       (JdSpellAdapter *self);

G_END_DECLS
