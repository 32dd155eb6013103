/* jd-fuzz.h: what every harness checks of the reader's answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

#include "jd-document.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);
int LLVMFuzzerInitialize   (int          *argc,
                            char       ***argv);

/* A document, or an error whose message a dialog can show: valid UTF-8
 * and of a reasonable length, whatever the input. */
static inline void
_jd_fuzz_check_result (JdDocument   *document,
                       const GError *error)
{
  if ((document == NULL) == (error == NULL))
    g_error ("the reader returned %s", document ? "a document and an error" : "nothing");

  if (error != NULL &&
      (!g_utf8_validate (error->message, -1, NULL) || strlen (error->message) > 1000))
    g_error ("an error message is not valid UTF-8 or too long");
}
