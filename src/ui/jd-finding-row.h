/* jd-finding-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-finding.h"

G_BEGIN_DECLS

#define JD_TYPE_FINDING_ROW (jd_finding_row_get_type())

G_DECLARE_FINAL_TYPE (JdFindingRow, jd_finding_row, JD, FINDING_ROW, GtkListBoxRow)

GtkWidget *jd_finding_row_new         (JdFinding    *finding);
JdFinding *jd_finding_row_get_finding (JdFindingRow *self);
void       jd_finding_row_set_finding (JdFindingRow *self,
                                       JdFinding    *finding);

G_END_DECLS
