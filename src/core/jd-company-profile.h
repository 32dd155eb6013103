/* jd-company-profile.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"

G_BEGIN_DECLS

/* The texts every posting of a company repeats, kept in the preferences:
 * the defaults, and per language the translations the user gave. */
typedef enum
{
  JD_COMPANY_NAME,
  JD_COMPANY_URL,
  JD_COMPANY_LOCATION,
  JD_COMPANY_ABOUT,
  JD_COMPANY_BENEFITS,
  JD_COMPANY_EQUAL_OPPORTUNITY,
  JD_COMPANY_CURRENCY,
  JD_COMPANY_N_FIELDS
} JdCompanyField;

char      *jd_company_profile_get        (GSettings      *settings,
                                          JdCompanyField  field,
                                          const char     *lang);
void       jd_company_profile_set        (GSettings      *settings,
                                          JdCompanyField  field,
                                          const char     *lang,
                                          const char     *text);
JdSection *jd_company_profile_make_section (GSettings    *settings,
                                          JdSectionKind   kind,
                                          const char     *lang);
void       jd_company_profile_apply      (GSettings      *settings,
                                          JdDocument     *document);

G_END_DECLS
