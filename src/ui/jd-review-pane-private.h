/* jd-review-pane-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-finding-row.h"
#include "jd-review-pane.h"

G_BEGIN_DECLS

GPtrArray  *_jd_review_pane_get_rows        (JdReviewPane *self);
const char *_jd_review_pane_get_score_text  (JdReviewPane *self);
void        _jd_review_pane_apply           (JdReviewPane *self,
                                             JdFinding    *finding,
                                             const char   *suggestion);
void        _jd_review_pane_ignore          (JdReviewPane *self,
                                             JdFinding    *finding);

G_END_DECLS
