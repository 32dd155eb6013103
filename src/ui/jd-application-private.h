/* jd-application-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-application.h"

G_BEGIN_DECLS

void _jd_application_actions_init (JdApplication *self);

G_END_DECLS
