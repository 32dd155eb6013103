/* jd-publish-dialog-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-publish-dialog.h"

G_BEGIN_DECLS

/* What the window tests drive without a file chooser. */
void        _jd_publish_dialog_set_source  (JdPublishDialog *self,
                                            GFile           *folder);
void        _jd_publish_dialog_set_site    (JdPublishDialog *self,
                                            GFile           *folder);
GFile      *_jd_publish_dialog_get_source  (JdPublishDialog *self);
GFile      *_jd_publish_dialog_get_site    (JdPublishDialog *self);
const char *_jd_publish_dialog_get_page    (JdPublishDialog *self);
void        _jd_publish_dialog_set_today   (JdPublishDialog *self,
                                            const char      *today);

G_END_DECLS
