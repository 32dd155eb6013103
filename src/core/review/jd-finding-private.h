/* jd-finding-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-finding.h"

G_BEGIN_DECLS

/* Where a finding is; see jd-finding.c. */
typedef struct
{
  int         section;
  int         block;
  int         start;
  int         end;
  const char *field;
  const char *scope;
} JdPlace;

JdFinding *_jd_finding_new (const char         *rule,
                            JdReviewCategory    category,
                            JdSeverity          severity,
                            const char         *message,
                            const JdPlace      *place,
                            const char         *text,
                            const char * const *suggestions);

G_END_DECLS
