/* jd-spell-words-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-misspelling.h"

G_BEGIN_DECLS

/* Returns: whether @word (UTF-8) is spelled right or is to be left alone. */
typedef gboolean (*JdSpellKnownFunc) (const char *word,
                                      gpointer    user_data);

void _jd_spell_find_misspellings (const char       *text,
                                  const char       *language,
                                  JdSpellKnownFunc  known,
                                  gpointer          user_data,
                                  GArray           *misspellings);

G_END_DECLS
