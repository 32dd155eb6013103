/* jd-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _JdBlock          JdBlock;
typedef struct _JdDocument       JdDocument;
typedef struct _JdIgnoredFinding JdIgnoredFinding;
typedef struct _JdLocation       JdLocation;
typedef struct _JdSection        JdSection;

G_END_DECLS
