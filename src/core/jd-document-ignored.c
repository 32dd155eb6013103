/* jd-document-ignored.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document"

#include "config.h"

#include "jd-document.h"
#include "jd-util-private.h"

/* The findings of the writing review that the user chose to ignore, kept
 * in the document (and its file) so that they stay hidden. A change goes
 * through jd_document_set_ignored_findings(), so it notifies, emits
 * ::changed and is one step of undo like any other edit. */

static int
find_ignored (GPtrArray  *ignored,
              const char *rule,
              const char *scope,
              const char *text)
{
  JdIgnoredFinding key = {
    (char *)rule,
    (char *)_jd_empty_to_null (scope),
    (char *)_jd_empty_to_null (text),
  };

  for (guint i = 0; i < ignored->len; i++)
    if (jd_ignored_finding_equal (g_ptr_array_index (ignored, i), &key))
      return (int)i;

  return -1;
}

gboolean
jd_document_is_finding_ignored (JdDocument *self,
                                const char *rule,
                                const char *scope,
                                const char *text)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  return find_ignored (jd_document_get_ignored_findings (self), rule, scope, text) >= 0;
}

static GPtrArray *
copy_ignored (JdDocument *self)
{
  GPtrArray *ignored = jd_document_get_ignored_findings (self);
  GPtrArray *copy = g_ptr_array_new_full (ignored->len + 1, (GDestroyNotify)jd_ignored_finding_free);

  for (guint i = 0; i < ignored->len; i++)
    g_ptr_array_add (copy, jd_ignored_finding_copy (g_ptr_array_index (ignored, i)));

  return copy;
}

/* Ignoring a finding twice keeps one entry. */
void
jd_document_ignore_finding (JdDocument *self,
                            const char *rule,
                            const char *scope,
                            const char *text)
{
  g_autoptr(GPtrArray) ignored = NULL;

  g_return_if_fail (JD_IS_DOCUMENT (self));
  g_return_if_fail (rule != NULL && rule[0] != '\0');

  if (jd_document_is_finding_ignored (self, rule, scope, text))
    return;

  ignored = copy_ignored (self);
  g_ptr_array_add (ignored, jd_ignored_finding_new (rule, scope, text));
  jd_document_set_ignored_findings (self, ignored);
}

/* Returns: whether the finding was ignored before. */
gboolean
jd_document_unignore_finding (JdDocument *self,
                              const char *rule,
                              const char *scope,
                              const char *text)
{
  g_autoptr(GPtrArray) ignored = NULL;
  int index;

  g_return_val_if_fail (JD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  index = find_ignored (jd_document_get_ignored_findings (self), rule, scope, text);
  if (index < 0)
    return FALSE;

  ignored = copy_ignored (self);
  g_ptr_array_remove_index (ignored, (guint)index);
  jd_document_set_ignored_findings (self, ignored);

  return TRUE;
}
