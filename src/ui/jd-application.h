/* jd-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jd-library.h"

G_BEGIN_DECLS

#define JD_TYPE_APPLICATION (jd_application_get_type())

G_DECLARE_FINAL_TYPE (JdApplication, jd_application, JD, APPLICATION, AdwApplication)

JdApplication *jd_application_new                 (void);
JdLibrary     *jd_application_get_library         (JdApplication *self);
JdLibrary     *jd_application_dup_default_library (void);

G_END_DECLS
