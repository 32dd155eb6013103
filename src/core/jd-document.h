/* jd-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-enums.h"
#include "jd-ignored-finding.h"
#include "jd-location.h"
#include "jd-section.h"
#include "jd-types.h"

G_BEGIN_DECLS

#define JD_TYPE_DOCUMENT (jd_document_get_type())

/* The largest salary amount a document holds and a reader accepts: a
 * yearly salary in any currency fits, and amounts to the cent stay exact
 * in a double. */
#define JD_DOCUMENT_MAX_AMOUNT 1e12

G_DECLARE_FINAL_TYPE (JdDocument, jd_document, JD, DOCUMENT, GObject)

JdDocument       *jd_document_new                     (void);
JdDocument       *jd_document_copy                    (JdDocument        *self);
gboolean          jd_document_equal                   (JdDocument        *a,
                                                       JdDocument        *b);
void              jd_document_assign                  (JdDocument        *self,
                                                       JdDocument        *other);
guint             jd_document_count_words             (JdDocument        *self);

const char       *jd_document_get_title               (JdDocument        *self);
void              jd_document_set_title               (JdDocument        *self,
                                                       const char        *title);
const char       *jd_document_get_language            (JdDocument        *self);
void              jd_document_set_language            (JdDocument        *self,
                                                       const char        *language);
const char       *jd_document_get_company_name        (JdDocument        *self);
void              jd_document_set_company_name        (JdDocument        *self,
                                                       const char        *company_name);
const char       *jd_document_get_company_url         (JdDocument        *self);
void              jd_document_set_company_url         (JdDocument        *self,
                                                       const char        *company_url);
const char       *jd_document_get_department          (JdDocument        *self);
void              jd_document_set_department          (JdDocument        *self,
                                                       const char        *department);
const char       *jd_document_get_salary_currency     (JdDocument        *self);
void              jd_document_set_salary_currency     (JdDocument        *self,
                                                       const char        *currency);
const char       *jd_document_get_date_posted         (JdDocument        *self);
void              jd_document_set_date_posted         (JdDocument        *self,
                                                       const char        *date);
const char       *jd_document_get_valid_through       (JdDocument        *self);
void              jd_document_set_valid_through       (JdDocument        *self,
                                                       const char        *date);
const char       *jd_document_get_apply_to            (JdDocument        *self);
void              jd_document_set_apply_to            (JdDocument        *self,
                                                       const char        *apply_to);
const char       *jd_document_get_reference           (JdDocument        *self);
void              jd_document_set_reference           (JdDocument        *self,
                                                       const char        *reference);
const char       *jd_document_get_occupation_code     (JdDocument        *self);
void              jd_document_set_occupation_code     (JdDocument        *self,
                                                       const char        *code);
const char       *jd_document_get_template_id         (JdDocument        *self);
void              jd_document_set_template_id         (JdDocument        *self,
                                                       const char        *template_id);

GPtrArray        *jd_document_get_locations           (JdDocument        *self);
void              jd_document_set_locations           (JdDocument        *self,
                                                       GPtrArray         *locations);
void              jd_document_add_location            (JdDocument        *self,
                                                       const JdLocation  *location);
JdWorkplaceType   jd_document_get_workplace_type      (JdDocument        *self);
void              jd_document_set_workplace_type      (JdDocument        *self,
                                                       JdWorkplaceType    type);
const char * const *jd_document_get_applicant_locations (JdDocument      *self);
void              jd_document_set_applicant_locations (JdDocument        *self,
                                                       const char * const *countries);
JdEmploymentType  jd_document_get_employment_types    (JdDocument        *self);
void              jd_document_set_employment_types    (JdDocument        *self,
                                                       JdEmploymentType   types);
double            jd_document_get_salary_min          (JdDocument        *self);
void              jd_document_set_salary_min          (JdDocument        *self,
                                                       double             amount);
double            jd_document_get_salary_max          (JdDocument        *self);
void              jd_document_set_salary_max          (JdDocument        *self,
                                                       double             amount);
JdSalaryUnit      jd_document_get_salary_unit         (JdDocument        *self);
void              jd_document_set_salary_unit         (JdDocument        *self,
                                                       JdSalaryUnit       unit);

GListModel       *jd_document_get_sections            (JdDocument        *self);
guint             jd_document_get_n_sections          (JdDocument        *self);
JdSection        *jd_document_get_section             (JdDocument        *self,
                                                       guint              position);
void              jd_document_insert_section          (JdDocument        *self,
                                                       guint              position,
                                                       JdSection         *section);
void              jd_document_append_section          (JdDocument        *self,
                                                       JdSection         *section);
void              jd_document_remove_section          (JdDocument        *self,
                                                       guint              position);
void              jd_document_move_section            (JdDocument        *self,
                                                       guint              from,
                                                       guint              to);
JdSection        *jd_document_find_section            (JdDocument        *self,
                                                       JdSectionKind      kind);

GPtrArray        *jd_document_get_ignored_findings    (JdDocument        *self);
void              jd_document_set_ignored_findings    (JdDocument        *self,
                                                       GPtrArray         *ignored);
gboolean          jd_document_is_finding_ignored      (JdDocument        *self,
                                                       const char        *rule,
                                                       const char        *scope,
                                                       const char        *text);
void              jd_document_ignore_finding          (JdDocument        *self,
                                                       const char        *rule,
                                                       const char        *scope,
                                                       const char        *text);
gboolean          jd_document_unignore_finding        (JdDocument        *self,
                                                       const char        *rule,
                                                       const char        *scope,
                                                       const char        *text);

G_END_DECLS
