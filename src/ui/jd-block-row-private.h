/* jd-block-row-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-block-row.h"
#include "jd-history.h"
#include "jd-spell-adapter.h"

G_BEGIN_DECLS

/* The names of the text tags of what stands out in a block. */
#define JD_BLOCK_ROW_PLACEHOLDER_TAG "jd-placeholder"
#define JD_BLOCK_ROW_MATCH_TAG "jd-match"
#define JD_BLOCK_ROW_CURRENT_MATCH_TAG "jd-current-match"

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
void        _jd_block_row_set_selection        (JdBlockRow *self,
                                                int         start,
                                                int         end);
void        _jd_block_row_clear_matches        (JdBlockRow *self);
void        _jd_block_row_add_match            (JdBlockRow *self,
                                                int         start,
                                                int         end,
                                                gboolean    current);
gboolean    _jd_block_row_get_offset_area      (JdBlockRow      *self,
                                                int              offset,
                                                graphene_rect_t *area);
void        _jd_block_row_get_selection        (JdBlockRow *self,
                                                int        *start,
                                                int        *end);
const char *_jd_block_row_get_hint             (JdBlockRow *self);
void        _jd_block_row_focus_line           (JdBlockRow *self,
                                                gboolean    last,
                                                int         x);
gboolean    _jd_block_row_get_view_range       (GtkWidget  *widget,
                                                GtkWidget **content,
                                                double     *top,
                                                double     *bottom);
gboolean    _jd_block_row_get_span             (JdBlockRow *self,
                                                GtkWidget  *content,
                                                double     *top,
                                                double     *bottom);
void        _jd_block_row_redraw_if_culled     (JdBlockRow *self);
gboolean    _jd_block_row_is_culled            (JdBlockRow *self);
void        _jd_block_row_cull_far             (GtkWidget  *content,
                                                double      top,
                                                double      bottom);

G_END_DECLS
