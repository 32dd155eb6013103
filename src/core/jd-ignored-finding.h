/* jd-ignored-finding.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jd-types.h"

G_BEGIN_DECLS

#define JD_TYPE_IGNORED_FINDING (jd_ignored_finding_get_type ())

/* A finding of the writing review that the user chose to ignore in a
 * document. It is keyed by what survives edits elsewhere: the rule, the
 * scope (the kind of the section, such as "requirements", or the metadata
 * field, such as "title"; %NULL for the document as a whole) and the text
 * the finding covers (%NULL when it covers none). */
struct _JdIgnoredFinding
{
  char *rule;
  char *scope;
  char *text;
};

GType             jd_ignored_finding_get_type (void) G_GNUC_CONST;
JdIgnoredFinding *jd_ignored_finding_new      (const char             *rule,
                                               const char             *scope,
                                               const char             *text);
JdIgnoredFinding *jd_ignored_finding_copy     (const JdIgnoredFinding *self);
void              jd_ignored_finding_free     (JdIgnoredFinding       *self);
gboolean          jd_ignored_finding_equal    (const JdIgnoredFinding *a,
                                               const JdIgnoredFinding *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdIgnoredFinding, jd_ignored_finding_free)

G_END_DECLS
