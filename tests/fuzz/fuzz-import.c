/* fuzz-import.c: libFuzzer harness for the importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any input, told apart by its content as `jobscribe import` tells it
 * (DOCX, ODT, HTML, Markdown, text), either becomes a document or is
 * refused with an error that names the problem in valid UTF-8. A
 * document it makes is within the limits of the format, and saves and
 * reads back the same: whatever is imported can be kept.
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gprintf.h>

#include "jd-document-io.h"
#include "jd-fuzz.h"
#include "jd-import.h"

/* g_error() stops with SIGTRAP, which libFuzzer does not catch: an abort
 * makes it keep the input that failed. */
G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN static void
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* The name decides between Markdown and text when the content does
   * not: each input is tried as one of them. */
  static const char * const names[] = { NULL, "posting.md", "posting.txt" };
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(JdImportReport) report = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdDocument) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;

  document = jd_import_bytes (bytes, names[size % G_N_ELEMENTS (names)], JD_IMPORT_FORMAT_AUTO,
                              NULL, &report, &error);
  _jd_fuzz_check_result (document, error);
  if (document == NULL)
    return 0;

  if (report == NULL)
    fail ("an import made a document without a report");

  if (!jd_document_check_limits (document, &error))
    fail ("an imported document is over a limit: %s", error->message);

  saved = jd_document_serialize (document);
  again = jd_document_parse (saved, NULL, &error);
  if (again == NULL)
    fail ("an imported document does not read back: %s", error->message);
  if (!jd_document_equal (document, again))
    fail ("an imported document reads back otherwise");

  return 0;
}
