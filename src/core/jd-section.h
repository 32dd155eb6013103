/* jd-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-block.h"
#include "jd-enums.h"
#include "jd-types.h"

G_BEGIN_DECLS

#define JD_TYPE_SECTION (jd_section_get_type())

G_DECLARE_FINAL_TYPE (JdSection, jd_section, JD, SECTION, GObject)

JdBlockKind    jd_section_kind_get_block_kind (JdSectionKind kind);
JdSection     *jd_section_new          (JdSectionKind  kind);
JdSection     *jd_section_copy         (JdSection     *self);
gboolean       jd_section_equal        (JdSection     *a,
                                        JdSection     *b);
void           jd_section_assign       (JdSection     *self,
                                        JdSection     *other);
JdSectionKind  jd_section_get_kind     (JdSection     *self);
void           jd_section_set_kind     (JdSection     *self,
                                        JdSectionKind  kind);
const char    *jd_section_get_heading  (JdSection     *self);
void           jd_section_set_heading  (JdSection     *self,
                                        const char    *heading);
guint          jd_section_get_n_blocks (JdSection     *self);
gboolean       jd_section_has_text     (JdSection     *self);
JdBlock       *jd_section_get_block    (JdSection     *self,
                                        guint          position);
void           jd_section_insert_block (JdSection     *self,
                                        guint          position,
                                        JdBlock       *block);
void           jd_section_append_block (JdSection     *self,
                                        JdBlock       *block);
JdBlock       *jd_section_add_text     (JdSection     *self,
                                        JdBlockKind    kind,
                                        const char    *text);
void           jd_section_remove_block (JdSection     *self,
                                        guint          position);
void           jd_section_move_block   (JdSection     *self,
                                        guint          from,
                                        guint          to);

G_END_DECLS
