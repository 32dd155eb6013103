/* jd-review-pane.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"
#include "jd-history.h"
#include "jd-review.h"

G_BEGIN_DECLS

#define JD_TYPE_REVIEW_PANE (jd_review_pane_get_type())

G_DECLARE_FINAL_TYPE (JdReviewPane, jd_review_pane, JD, REVIEW_PANE, GtkWidget)

GtkWidget *jd_review_pane_new        (JdDocument   *document,
                                      JdHistory    *history);
JdReview  *jd_review_pane_get_review (JdReviewPane *self);
void       jd_review_pane_review_now (JdReviewPane *self);

G_END_DECLS
