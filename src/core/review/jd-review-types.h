/* jd-review-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _JdFinding JdFinding;
typedef struct _JdReview  JdReview;

G_END_DECLS
