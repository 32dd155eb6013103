/* jd-metadata-form-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-metadata-form.h"

G_BEGIN_DECLS

GtkEditable *_jd_metadata_form_get_salary_entry (JdMetadataForm *self,
                                                 gboolean        maximum);
GtkMenuButton *_jd_metadata_form_get_picker     (JdMetadataForm *self,
                                                 const char     *field);
void           _jd_metadata_form_hide_later_groups (JdMetadataForm *self);
gboolean       _jd_metadata_form_show_next_group   (JdMetadataForm *self);
void           _jd_metadata_form_show_all_groups   (JdMetadataForm *self);

G_END_DECLS
