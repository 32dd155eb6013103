/* jd-terms.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-section.h"

G_BEGIN_DECLS

#define JD_TERMS_ERROR (jd_terms_error_quark ())

typedef enum
{
  JD_TERMS_ERROR_BROKEN,
} JdTermsError;

#define JD_TYPE_TERMS (jd_terms_get_type())

G_DECLARE_FINAL_TYPE (JdTerms, jd_terms, JD, TERMS, GObject)

GQuark              jd_terms_error_quark         (void);
JdTerms            *jd_terms_new                 (GFile       *root);
gboolean            jd_terms_load                (JdTerms     *self,
                                                  GError     **error);
const char         *jd_terms_get                 (JdTerms     *self,
                                                  const char  *id,
                                                  const char  *lang);
char               *jd_terms_format              (JdTerms     *self,
                                                  const char  *id,
                                                  const char  *lang,
                                                  ...) G_GNUC_NULL_TERMINATED;
const char         *jd_terms_get_kind_heading    (JdTerms       *self,
                                                  JdSectionKind  kind,
                                                  const char    *lang);
const char         *jd_terms_get_section_heading (JdTerms     *self,
                                                  JdSection   *section,
                                                  const char  *lang);

const char * const *jd_terms_get_languages       (void);
const char * const *jd_terms_get_languages_by_name (void);
const char         *jd_terms_get_language_name   (const char  *lang);
gboolean            jd_terms_is_language         (const char  *lang);

G_END_DECLS
