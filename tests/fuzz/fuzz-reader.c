/* fuzz-reader.c: libFuzzer harness for the .jobdesc reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input either reads as a document or is refused with an error that
 * names the problem in valid UTF-8; nothing crashes, leaks or hangs.
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
  g_autoptr(GError) error = NULL;

  document = jd_document_parse (bytes, NULL, &error);
  _jd_fuzz_check_result (document, error);

  return 0;
}
