/* jd-application-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-application.h"
#include "jd-window.h"

G_BEGIN_DECLS

void      _jd_application_actions_init (JdApplication *self);
JdWindow *_jd_application_open         (JdApplication *self,
                                        JdWindow      *near,
                                        GFile         *file,
                                        JdDocument    *document);

G_END_DECLS
