/* jd-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"
#include "jd-history.h"
#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_EDITOR (jd_editor_get_type())

G_DECLARE_FINAL_TYPE (JdEditor, jd_editor, JD, EDITOR, GtkWidget)

GtkWidget *jd_editor_new              (JdDocument    *document,
                                       JdHistory     *history,
                                       JdLibrary     *library);
void       jd_editor_add_section      (JdEditor      *self,
                                       JdSectionKind  kind);
void       jd_editor_focus_start      (JdEditor      *self);

G_END_DECLS
