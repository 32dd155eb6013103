/* jd-export-link.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JD_EXPORT_ERROR (jd_export_error_quark ())

typedef enum
{
  /* A link of the document is neither an http(s) URL nor an email
   * address: javascript:, data: and file: links never leave Jobscribe. */
  JD_EXPORT_ERROR_UNSAFE_LINK,
  JD_EXPORT_ERROR_FAILED,
} JdExportError;

GQuark  jd_export_error_quark (void);
char   *jd_export_check_link  (const char  *link,
                               GError     **error);

G_END_DECLS
