/* jd-template-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_TEMPLATE_PAGE (jd_template_page_get_type())

G_DECLARE_FINAL_TYPE (JdTemplatePage, jd_template_page, JD, TEMPLATE_PAGE, GtkWidget)

void        jd_template_page_set_template (JdTemplatePage *self,
                                           JdLibrary      *library,
                                           JdTemplate     *template);
JdTemplate *jd_template_page_get_template (JdTemplatePage *self);
const char *jd_template_page_get_language (JdTemplatePage *self);
void        jd_template_page_set_language (JdTemplatePage *self,
                                           const char     *lang);
void        jd_template_page_focus_use    (JdTemplatePage *self);
char       *jd_template_page_dup_questions_text (JdTemplatePage *self);

G_END_DECLS
