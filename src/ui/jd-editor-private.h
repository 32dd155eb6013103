/* jd-editor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-editor.h"
#include "jd-finding.h"

G_BEGIN_DECLS

GtkWidget      *_jd_editor_get_section_card    (JdEditor   *self,
                                                guint       position);
GtkWidget      *_jd_editor_get_form            (JdEditor   *self);
void            _jd_editor_show_findings       (JdEditor   *self,
                                                GListModel *findings);
void            _jd_editor_select_finding      (JdEditor   *self,
                                                JdFinding  *finding);
PangoUnderline  _jd_editor_get_title_underline (JdEditor   *self,
                                                int         offset);

G_END_DECLS
