/* jd-preview.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"
#include "jd-library.h"
#include "jd-page-layout.h"

G_BEGIN_DECLS

#define JD_TYPE_PREVIEW (jd_preview_get_type())

G_DECLARE_FINAL_TYPE (JdPreview, jd_preview, JD, PREVIEW, GtkWidget)

GtkWidget *jd_preview_new         (JdDocument  *document,
                                    JdLibrary   *library);
void       jd_preview_set_paper    (JdPreview   *self,
                                    JdPaperSize  paper);
void       jd_preview_show_section (JdPreview   *self,
                                    guint        section);

G_END_DECLS
