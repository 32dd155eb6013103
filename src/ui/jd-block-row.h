/* jd-block-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-block.h"
#include "jd-document.h"
#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_BLOCK_ROW (jd_block_row_get_type())

G_DECLARE_FINAL_TYPE (JdBlockRow, jd_block_row, JD, BLOCK_ROW, GtkWidget)

GtkWidget *jd_block_row_new          (JdBlock    *block,
                                      JdDocument *document,
                                      JdLibrary  *library);
JdBlock   *jd_block_row_get_block    (JdBlockRow *self);
void       jd_block_row_focus        (JdBlockRow *self,
                                      int         offset);

G_END_DECLS
