/* jd-metadata-form.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"

G_BEGIN_DECLS

#define JD_TYPE_METADATA_FORM (jd_metadata_form_get_type())

G_DECLARE_FINAL_TYPE (JdMetadataForm, jd_metadata_form, JD, METADATA_FORM, GtkWidget)

GtkWidget *jd_metadata_form_new         (JdDocument     *document);
void       jd_metadata_form_focus_title (JdMetadataForm *self);

G_END_DECLS
