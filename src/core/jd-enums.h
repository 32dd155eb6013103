/* jd-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  JD_BLOCK_PARAGRAPH,
  JD_BLOCK_ITEM,
} JdBlockKind;

typedef enum
{
  JD_SECTION_ABOUT,
  JD_SECTION_BRIEF,
  JD_SECTION_RESPONSIBILITIES,
  JD_SECTION_REQUIREMENTS,
  JD_SECTION_NICE_TO_HAVE,
  JD_SECTION_BENEFITS,
  JD_SECTION_SALARY,
  JD_SECTION_APPLY,
  JD_SECTION_EQUAL_OPPORTUNITY,
  JD_SECTION_CUSTOM,
} JdSectionKind;

#define JD_SECTION_N_KINDS (JD_SECTION_CUSTOM + 1)

typedef enum
{
  JD_WORKPLACE_ON_SITE,
  JD_WORKPLACE_HYBRID,
  JD_WORKPLACE_REMOTE,
} JdWorkplaceType;

/* The values of schema.org JobPosting employmentType. */
typedef enum /*< flags >*/
{
  JD_EMPLOYMENT_NONE       = 0,
  JD_EMPLOYMENT_FULL_TIME  = 1 << 0,
  JD_EMPLOYMENT_PART_TIME  = 1 << 1,
  JD_EMPLOYMENT_CONTRACTOR = 1 << 2,
  JD_EMPLOYMENT_TEMPORARY  = 1 << 3,
  JD_EMPLOYMENT_INTERN     = 1 << 4,
  JD_EMPLOYMENT_VOLUNTEER  = 1 << 5,
  JD_EMPLOYMENT_PER_DIEM   = 1 << 6,
  JD_EMPLOYMENT_OTHER      = 1 << 7,
} JdEmploymentType;

#define JD_EMPLOYMENT_N_TYPES 8

/* The unitText values of schema.org QuantitativeValue for a salary. */
typedef enum
{
  JD_SALARY_UNIT_YEAR,
  JD_SALARY_UNIT_MONTH,
  JD_SALARY_UNIT_WEEK,
  JD_SALARY_UNIT_DAY,
  JD_SALARY_UNIT_HOUR,
} JdSalaryUnit;

const char       *jd_section_kind_to_string     (JdSectionKind     kind);
gboolean          jd_section_kind_from_string   (const char       *str,
                                                 JdSectionKind    *kind);
const char       *jd_workplace_type_to_string   (JdWorkplaceType   type);
gboolean          jd_workplace_type_from_string (const char       *str,
                                                 JdWorkplaceType  *type);
const char       *jd_employment_type_to_string  (JdEmploymentType  type);
JdEmploymentType  jd_employment_type_from_string (const char      *str);
const char       *jd_salary_unit_to_string      (JdSalaryUnit      unit);
gboolean          jd_salary_unit_from_string    (const char       *str,
                                                 JdSalaryUnit     *unit);

G_END_DECLS
