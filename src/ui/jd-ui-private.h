/* jd-ui-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-enums.h"

G_BEGIN_DECLS

const char *_jd_section_kind_get_name   (JdSectionKind kind);
JdBlockKind _jd_section_kind_block_kind (JdSectionKind kind);
void        _jd_widget_unparent_children (GtkWidget   *widget);

G_END_DECLS
