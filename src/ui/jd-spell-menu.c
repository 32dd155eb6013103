/* jd-spell-menu.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "jd-spell-menu.h"

/* The spelling part of a context menu, the same for the blocks
 * (JdSpellAdapter) and the title (JdSpellEntry): the suggestions for
 * @word, best first, then "Add to Dictionary" and "Ignore All". Its items
 * activate the "spelling" action group each of them installs. */
void
_jd_spell_menu_fill (GMenu          *menu,
                     JdSpellChecker *checker,
                     const char     *word)
{
  g_autoptr(GMenu) suggestions_menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_auto(GStrv) suggestions = jd_spell_checker_get_suggestions (checker, word);

  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target (item, "spelling.correct", "s", suggestions[i]);
      g_menu_append_item (suggestions_menu, item);
    }
  if (suggestions[0] == NULL)
    g_menu_append (suggestions_menu, _("No Suggestions"), "spelling.none");

  g_menu_append_section (menu, NULL, G_MENU_MODEL (suggestions_menu));
  g_menu_append (section, _("_Add to Dictionary"), "spelling.add");
  g_menu_append (section, _("_Ignore All"), "spelling.ignore");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
}

/* The actions about the word at the caret, enabled while there is one. */
void
_jd_spell_actions_set_word_enabled (GActionMap *actions,
                                    gboolean    enabled)
{
  static const char * const names[] = { "correct", "add", "ignore" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (actions, names[i])), enabled);
}
