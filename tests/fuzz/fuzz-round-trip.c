/* fuzz-round-trip.c: libFuzzer harness for the writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every document the reader accepts is saved, read back equal and saved
 * again to the same bytes.
 */

#include "config.h"

#include "jd-document-io.h"
#include "jd-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdDocument) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_document_parse (bytes, NULL, &error);
  _jd_fuzz_check_result (document, error);
  if (document == NULL)
    return 0;

  saved = jd_document_serialize (document);
  again = jd_document_parse (saved, NULL, &error);
  if (again == NULL)
    g_error ("a document read was saved in a form the reader refuses: %s", error->message);
  if (!jd_document_equal (document, again))
    g_error ("a document read, saved and read again is not the same");

  saved_again = jd_document_serialize (again);
  if (!g_bytes_equal (saved, saved_again))
    g_error ("a document saved twice gave different bytes");

  return 0;
}
