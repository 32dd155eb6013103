/* fuzz-review.c: libFuzzer harness for the review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every document the reader accepts is reviewed in its language and in
 * English; every finding in a block covers characters that are there and
 * carries that text; applying a finding's first suggestion either changes
 * the document into one that saves and reads back, or is refused with an
 * error.
 */

#include "config.h"

#include "jd-block.h"
#include "jd-document-io.h"
#include "jd-finding.h"
#include "jd-fuzz.h"
#include "jd-review.h"
#include "jd-section.h"

static void
check_finding (JdDocument *document,
               JdFinding  *finding)
{
  g_autoptr(JdDocument) changed = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *suggestions = jd_finding_get_suggestions (finding);
  const char *message = jd_finding_get_message (finding);
  int section = jd_finding_get_section (finding);

  if (message == NULL || !g_utf8_validate (message, -1, NULL))
    g_error ("finding %s has no valid message", jd_finding_get_rule (finding));

  if (section >= 0 && jd_finding_get_block (finding) >= 0)
    {
      JdBlock *block = jd_section_get_block (jd_document_get_section (document, section),
                                             jd_finding_get_block (finding));
      const char *text = jd_block_get_text (block);
      int start = jd_finding_get_start (finding);
      int end = jd_finding_get_end (finding);
      glong length = g_utf8_strlen (text, -1);
      g_autofree char *covered = NULL;

      if (start < 0 || start > end || end > length)
        g_error ("finding %s covers %d..%d of a block of %ld characters",
                 jd_finding_get_rule (finding), start, end, length);

      covered = g_utf8_substring (text, start, end);
      if (g_strcmp0 (covered, jd_finding_get_text (finding)) != 0)
        g_error ("finding %s says “%s” where the block has “%s”",
                 jd_finding_get_rule (finding), jd_finding_get_text (finding), covered);
    }

  if (suggestions == NULL || suggestions[0] == NULL)
    return;

  changed = jd_document_copy (document);
  if (jd_finding_apply_suggestion (finding, changed, suggestions[0], &error))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JdDocument) back = NULL;

      if (!jd_document_check_limits (changed, NULL))
        return;

      bytes = jd_document_serialize (changed);
      back = jd_document_parse (bytes, NULL, &error);
      if (back == NULL)
        g_error ("a document with suggestion “%s” of %s applied does not read back: %s",
                 suggestions[0], jd_finding_get_rule (finding), error->message);
    }
  else if (error == NULL)
    g_error ("applying a suggestion failed without an error");
}

static void
check_review (JdDocument *document,
              const char *language)
{
  g_autoptr(JdReview) review = jd_review_new (document, language);
  GListModel *findings = jd_review_get_findings (review);
  guint n = MIN (g_list_model_get_n_items (findings), 20);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);

      check_finding (document, finding);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_document_parse (bytes, NULL, &error);
  _jd_fuzz_check_result (document, error);
  if (document == NULL)
    return 0;

  check_review (document, NULL);
  check_review (document, "en");

  return 0;
}
