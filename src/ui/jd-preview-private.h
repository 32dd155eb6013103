/* jd-preview-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-preview.h"

G_BEGIN_DECLS

guint  _jd_preview_get_n_pages      (JdPreview *self);
guint  _jd_preview_get_current_page (JdPreview *self);
double _jd_preview_get_zoom         (JdPreview *self);

G_END_DECLS
