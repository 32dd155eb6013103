/* jd-formats-module.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jd-export-fonts-private.h"
#include "jd-formats-private.h"
#include "jd-import-private.h"

/* The formats module's table (jd-formats.c), under the name the loader
 * looks up: in jobscribe-formats.so for the command line, linked in
 * directly everywhere else. */
const JdFormats _jd_formats_builtin = {
  .write_pdf = _jd_formats_write_pdf,
  .zip = _jd_formats_zip,
  .unzip = _jd_formats_unzip,
  .prepare_pdf = _jd_formats_prepare_pdf,
};
