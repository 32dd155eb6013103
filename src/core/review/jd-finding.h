/* jd-finding.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jd-document.h"
#include "jd-review-enums.h"
#include "jd-review-types.h"

G_BEGIN_DECLS

#define JD_REVIEW_ERROR (jd_review_error_quark ())

typedef enum
{
  /* The text a finding covers is no longer where the review found it:
   * the document changed since. */
  JD_REVIEW_ERROR_STALE,
  JD_REVIEW_ERROR_NO_TEXT,
} JdReviewError;

#define JD_TYPE_FINDING (jd_finding_get_type())

G_DECLARE_FINAL_TYPE (JdFinding, jd_finding, JD, FINDING, GObject)

GQuark              jd_review_error_quark         (void);

const char         *jd_finding_get_rule           (JdFinding    *self);
JdReviewCategory    jd_finding_get_category       (JdFinding    *self);
JdSeverity          jd_finding_get_severity       (JdFinding    *self);
const char         *jd_finding_get_message        (JdFinding    *self);
int                 jd_finding_get_section        (JdFinding    *self);
int                 jd_finding_get_block          (JdFinding    *self);
int                 jd_finding_get_start          (JdFinding    *self);
int                 jd_finding_get_end            (JdFinding    *self);
const char         *jd_finding_get_field          (JdFinding    *self);
const char         *jd_finding_get_scope          (JdFinding    *self);
const char         *jd_finding_get_text           (JdFinding    *self);
const char * const *jd_finding_get_suggestions    (JdFinding    *self);

gboolean            jd_finding_apply_suggestion   (JdFinding    *self,
                                                   JdDocument   *document,
                                                   const char   *suggestion,
                                                   GError      **error);
void                jd_finding_ignore             (JdFinding    *self,
                                                   JdDocument   *document);
int                 jd_finding_compare_places     (gconstpointer a,
                                                   gconstpointer b);
gboolean            jd_finding_is_ignored         (JdFinding    *self,
                                                   JdDocument   *document);

G_END_DECLS
