/* jd-category.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The id of the category that holds the user's own templates. */
#define JD_CATEGORY_MY_TEMPLATES "my-templates"

#define JD_TYPE_CATEGORY (jd_category_get_type())

G_DECLARE_FINAL_TYPE (JdCategory, jd_category, JD, CATEGORY, GObject)

const char *jd_category_get_id          (JdCategory *self);
const char *jd_category_get_icon_name   (JdCategory *self);
const char *jd_category_get_name        (JdCategory *self,
                                         const char *lang);
const char *jd_category_get_description (JdCategory *self,
                                         const char *lang);

G_END_DECLS
