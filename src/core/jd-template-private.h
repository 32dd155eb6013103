/* jd-template-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-localized.h"
#include "jd-template.h"

G_BEGIN_DECLS

JdTemplate        *_jd_template_new               (const char      *id,
                                                   const char      *category_id,
                                                   const char      *occupation_code);
JdTemplate        *_jd_template_new_for_document  (const char      *id,
                                                   const char      *category_id,
                                                   JdDocument      *document);
void               _jd_template_set_body          (JdTemplate      *self,
                                                   GResource       *resource,
                                                   const char      *path,
                                                   GFile           *file);
void               _jd_template_set_listing       (JdTemplate      *self,
                                                   GBytes          *bytes,
                                                   gsize            offset,
                                                   gsize            size);
void               _jd_template_set_title         (JdTemplate      *self,
                                                   JdLocalized     *title);
void               _jd_template_set_frontline     (JdTemplate      *self,
                                                   gboolean         frontline);
void               _jd_template_add_text          (JdTemplate      *self,
                                                   JdTemplateField  field,
                                                   JdLocalized     *text);
void               _jd_template_add_related       (JdTemplate      *self,
                                                   const char      *id);
const JdLocalized *_jd_template_peek_title        (JdTemplate      *self);
GPtrArray         *_jd_template_peek_texts        (JdTemplate      *self,
                                                   JdTemplateField  field);

G_END_DECLS
