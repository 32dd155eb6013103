/* jd-page-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "jd-document.h"
#include "jd-paper-size.h"
#include "jd-terms.h"

G_BEGIN_DECLS

/* The margin on every side unless jd_page_layout_set_margins() says
 * otherwise: 20 mm, in points. */
#define JD_PAGE_LAYOUT_DEFAULT_MARGIN (20.0 * 72.0 / 25.4)

#define JD_TYPE_PAGE_LAYOUT (jd_page_layout_get_type())

G_DECLARE_FINAL_TYPE (JdPageLayout, jd_page_layout, JD, PAGE_LAYOUT, GObject)

JdPageLayout *jd_page_layout_new            (JdDocument    *document,
                                             JdTerms       *terms,
                                             double         width,
                                             double         height);
void          jd_page_layout_set_margins    (JdPageLayout  *self,
                                             double         top,
                                             double         right,
                                             double         bottom,
                                             double         left);
double        jd_page_layout_get_width      (JdPageLayout  *self);
double        jd_page_layout_get_height     (JdPageLayout  *self);
guint         jd_page_layout_paginate       (JdPageLayout  *self,
                                             PangoContext  *context);
guint         jd_page_layout_get_n_pages    (JdPageLayout  *self);
void          jd_page_layout_draw_page      (JdPageLayout  *self,
                                             cairo_t       *cr,
                                             guint          page);

G_END_DECLS
