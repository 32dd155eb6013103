/* jd-print-operation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"
#include "jd-library.h"
#include "jd-page-layout.h"

G_BEGIN_DECLS

#define JD_TYPE_PRINT_OPERATION (jd_print_operation_get_type())

G_DECLARE_FINAL_TYPE (JdPrintOperation, jd_print_operation, JD, PRINT_OPERATION, GtkPrintOperation)

JdPrintOperation *jd_print_operation_new (JdDocument  *document,
                                          JdLibrary   *library,
                                          JdPaperSize  paper);

G_END_DECLS
