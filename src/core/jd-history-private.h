/* jd-history-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-history.h"

G_BEGIN_DECLS

JdHistory *_jd_history_new_with_snapshot (JdDocument *document,
                                          JdDocument *snapshot);

G_END_DECLS
