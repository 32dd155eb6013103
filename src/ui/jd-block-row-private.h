/* jd-block-row-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-block-row.h"
#include "jd-history.h"
#include "jd-spell-adapter.h"

G_BEGIN_DECLS

GtkWidget *_jd_block_row_get_text_view (JdBlockRow *self);
const char *_jd_block_row_get_translation_hint (JdBlockRow *self);
void        _jd_block_row_clear_highlights     (JdBlockRow *self);
void        _jd_block_row_add_highlight        (JdBlockRow *self,
                                                int         start,
                                                int         end,
                                                gboolean    error);
gboolean    _jd_block_row_has_highlight        (JdBlockRow *self,
                                                int         start,
                                                int         end,
                                                gboolean    error);
void        _jd_block_row_set_spell_checker (JdBlockRow     *self,
                                             JdSpellChecker *checker,
                                             JdHistory      *history);
JdSpellAdapter *_jd_block_row_get_spell_adapter (JdBlockRow *self);
void        _jd_block_row_select               (JdBlockRow *self,
                                                int         start,
                                                int         end);

G_END_DECLS
