/* jd-spell-menu.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-spell-checker.h"

G_BEGIN_DECLS

void _jd_spell_menu_fill                (GMenu          *menu,
                                         JdSpellChecker *checker,
                                         const char     *word);
void _jd_spell_actions_set_word_enabled (GActionMap     *actions,
                                         gboolean        enabled);

G_END_DECLS
