/* jd-section-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-section.h"

G_BEGIN_DECLS

void _jd_section_append_blocks (JdSection *self,
                                GPtrArray *blocks);

G_END_DECLS
