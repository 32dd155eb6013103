/* jd-ignored-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document"

#include "config.h"

#include "jd-ignored-finding.h"
#include "jd-util-private.h"

G_DEFINE_BOXED_TYPE (JdIgnoredFinding, jd_ignored_finding,
                     jd_ignored_finding_copy, jd_ignored_finding_free)

/* Empty strings are stored as %NULL, as in the file, so that what is
 * saved reads back equal. */
JdIgnoredFinding *
jd_ignored_finding_new (const char *rule,
                        const char *scope,
                        const char *text)
{
  JdIgnoredFinding *self;

  g_return_val_if_fail (rule != NULL && rule[0] != '\0', NULL);

  self = g_new0 (JdIgnoredFinding, 1);
  self->rule = g_strdup (rule);
  self->scope = g_strdup (_jd_empty_to_null (scope));
  self->text = g_strdup (_jd_empty_to_null (text));

  return self;
}

JdIgnoredFinding *
jd_ignored_finding_copy (const JdIgnoredFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return jd_ignored_finding_new (self->rule, self->scope, self->text);
}

void
jd_ignored_finding_free (JdIgnoredFinding *self)
{
  if (self == NULL)
    return;

  g_free (self->rule);
  g_free (self->scope);
  g_free (self->text);
  g_free (self);
}

gboolean
jd_ignored_finding_equal (const JdIgnoredFinding *a,
                          const JdIgnoredFinding *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->rule, b->rule) == 0 &&
         g_strcmp0 (a->scope, b->scope) == 0 &&
         g_strcmp0 (a->text, b->text) == 0;
}
