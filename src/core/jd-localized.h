/* jd-localized.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A string of the template library with its translations: the English
 * source and, for each language the po files translate it into, a
 * variant. Lookups fall back to English string by string. */
typedef struct _JdLocalized JdLocalized;

JdLocalized  *jd_localized_new           (const char        *source);
JdLocalized  *jd_localized_new_borrowed  (const char        *source);
void          jd_localized_free          (JdLocalized       *self);
void          jd_localized_add           (JdLocalized       *self,
                                          const char        *lang,
                                          const char        *text);
void          jd_localized_add_borrowed  (JdLocalized       *self,
                                          const char        *lang,
                                          const char        *text);
const char   *jd_localized_get           (const JdLocalized *self,
                                          const char        *lang);
const char   *jd_localized_get_exact     (const JdLocalized *self,
                                          const char        *lang);
const char   *jd_localized_get_source    (const JdLocalized *self);
char         *jd_language_normalize      (const char        *lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdLocalized, jd_localized_free)

G_END_DECLS
