/* jd-category-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-category.h"
#include "jd-localized.h"

G_BEGIN_DECLS

JdCategory *_jd_category_new (const char  *id,
                              const char  *icon_name,
                              JdLocalized *name,
                              JdLocalized *description);

G_END_DECLS
