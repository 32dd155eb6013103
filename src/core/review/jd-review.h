/* jd-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"
#include "jd-finding.h"
#include "jd-review-enums.h"
#include "jd-review-types.h"

G_BEGIN_DECLS

#define JD_TYPE_REVIEW (jd_review_get_type())

G_DECLARE_FINAL_TYPE (JdReview, jd_review, JD, REVIEW, GObject)

JdReview             *jd_review_new                    (JdDocument    *document,
                                                        const char    *language);
const char           *jd_review_get_language           (JdReview      *self);
GListModel           *jd_review_get_findings           (JdReview      *self);
GListModel           *jd_review_get_ignored_findings   (JdReview      *self);
guint                 jd_review_count_findings         (JdReview      *self,
                                                        JdSeverity     severity);
guint                 jd_review_count_category         (JdReview      *self,
                                                        JdReviewCategory category);
guint                 jd_review_get_words              (JdReview      *self);
JdReadabilityFormula  jd_review_get_readability_formula (JdReview     *self);
double                jd_review_get_readability        (JdReview      *self);
JdGenderTone          jd_review_get_gender_tone        (JdReview      *self);
const char * const   *jd_review_get_feminine_words     (JdReview      *self);
const char * const   *jd_review_get_masculine_words    (JdReview      *self);
gboolean              jd_review_get_gender_adapted     (JdReview      *self);
guint                 jd_review_get_score              (JdReview      *self);
guint                 jd_review_get_part_score         (JdReview      *self,
                                                        JdReviewPart   part);

gboolean              jd_review_has_language           (const char    *language);
const char * const   *jd_review_get_languages          (void);
JdGenderTone          jd_gender_tone_from_counts       (guint          feminine,
                                                        guint          masculine);

G_END_DECLS
