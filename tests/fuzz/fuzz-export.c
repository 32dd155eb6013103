/* fuzz-export.c: libFuzzer harness for every exporter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every document the reader accepts exports to every format, or is
 * refused with an error (an unsafe link); nothing crashes or hangs.
 */

#include "config.h"

#include "jd-document-io.h"
#include "jd-export.h"
#include "jd-fuzz.h"
#include "jd-terms.h"

static JdTerms *terms;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  terms = jd_terms_new (NULL);
  if (!jd_terms_load (terms, &error))
    g_error ("%s", error->message);

  return 0;
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

  for (guint i = 0; i < JD_EXPORT_N_FORMATS; i++)
    {
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GBytes) exported = NULL;
      g_autoptr(GError) export_error = NULL;

      exported = jd_export_to_bytes (document, terms, (JdExportFormat)i, JD_PAPER_A4,
                                     warnings, &export_error);
      if (exported == NULL && !g_error_matches (export_error, JD_EXPORT_ERROR,
                                                JD_EXPORT_ERROR_UNSAFE_LINK))
        g_error ("%s export failed: %s", jd_export_format_to_string ((JdExportFormat)i),
                 export_error != NULL ? export_error->message : "no error");
      if (export_error != NULL && !g_utf8_validate (export_error->message, -1, NULL))
        g_error ("an export error is not valid UTF-8");
    }

  return 0;
}
