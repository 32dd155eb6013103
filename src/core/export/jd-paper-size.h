/* jd-paper-size.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  JD_PAPER_A4,
  JD_PAPER_LETTER,
} JdPaperSize;

JdPaperSize   jd_paper_size_get_default     (void);
JdPaperSize   jd_paper_size_for_locale      (const char    *locale);
gboolean      jd_paper_size_from_string     (const char    *str,
                                             JdPaperSize   *paper);
void          jd_paper_size_get_points      (JdPaperSize    paper,
                                             double        *width,
                                             double        *height);

G_END_DECLS
