/* jd-publish-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_PUBLISH_DIALOG (jd_publish_dialog_get_type())

G_DECLARE_FINAL_TYPE (JdPublishDialog, jd_publish_dialog, JD, PUBLISH_DIALOG, AdwWindow)

JdPublishDialog *jd_publish_dialog_new (GtkWindow *parent,
                                        JdLibrary *library);

G_END_DECLS
