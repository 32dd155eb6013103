/* jd-template-page-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-template-page.h"

G_BEGIN_DECLS

const char *_jd_template_page_get_review_text (JdTemplatePage *self);

G_END_DECLS
