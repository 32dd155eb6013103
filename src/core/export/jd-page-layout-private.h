/* jd-page-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-export-view-private.h"
#include "jd-page-layout.h"

G_BEGIN_DECLS

/* Where a section heading landed: the PDF outline links to it. */
typedef struct
{
  const char *text;
  guint       page;
  double      y;
} JdPageAnchor;

JdPageLayout *_jd_page_layout_new_for_view (JdExportView *view,
                                            double        width,
                                            double        height);
GArray       *_jd_page_layout_get_anchors  (JdPageLayout *self);
char         *_jd_page_layout_clean_text   (const char   *text);

G_END_DECLS
