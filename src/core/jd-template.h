/* jd-template.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jd-document.h"

G_BEGIN_DECLS

typedef enum
{
  JD_TEMPLATE_FIELD_ALT_TITLES,
  JD_TEMPLATE_FIELD_KEYWORDS,
  JD_TEMPLATE_FIELD_BRIEF,
  JD_TEMPLATE_FIELD_RESPONSIBILITIES,
  JD_TEMPLATE_FIELD_REQUIREMENTS,
  JD_TEMPLATE_FIELD_NICE_TO_HAVE,
  JD_TEMPLATE_FIELD_QUESTIONS,
  JD_TEMPLATE_N_FIELDS
} JdTemplateField;

#define JD_TYPE_TEMPLATE (jd_template_get_type())

G_DECLARE_FINAL_TYPE (JdTemplate, jd_template, JD, TEMPLATE, GObject)

const char         *jd_template_get_id              (JdTemplate      *self);
const char         *jd_template_get_category_id     (JdTemplate      *self);
const char         *jd_template_get_occupation_code (JdTemplate      *self);
gboolean            jd_template_get_frontline       (JdTemplate      *self);
const char         *jd_template_get_title           (JdTemplate      *self,
                                                     const char      *lang);
gboolean            jd_template_has_language        (JdTemplate      *self,
                                                     const char      *lang);
guint               jd_template_get_n_texts         (JdTemplate      *self,
                                                     JdTemplateField  field);
const char         *jd_template_get_text            (JdTemplate      *self,
                                                     JdTemplateField  field,
                                                     guint            position,
                                                     const char      *lang);
char              **jd_template_dup_texts           (JdTemplate      *self,
                                                     JdTemplateField  field,
                                                     const char      *lang);
const char * const *jd_template_get_related_ids     (JdTemplate      *self);
const char         *jd_template_lookup_source       (JdTemplate      *self,
                                                     const char      *source,
                                                     const char      *lang);
JdDocument         *jd_template_get_document        (JdTemplate      *self);
JdDocument         *jd_template_create_document     (JdTemplate      *self,
                                                     const char      *lang);
const char         *jd_template_field_to_string     (JdTemplateField  field);

G_END_DECLS
