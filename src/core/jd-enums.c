/* jd-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-enums"

#include "config.h"

#include <string.h>

#include "jd-enums.h"

/* The strings here are the ones of the .jobdesc format and of schema.org;
 * they are never shown to users, so they are not translated. */

static const char * const section_kinds[JD_SECTION_N_KINDS] = {
  [JD_SECTION_ABOUT] = "about",
  [JD_SECTION_BRIEF] = "brief",
  [JD_SECTION_RESPONSIBILITIES] = "responsibilities",
  [JD_SECTION_REQUIREMENTS] = "requirements",
  [JD_SECTION_NICE_TO_HAVE] = "nice-to-have",
  [JD_SECTION_BENEFITS] = "benefits",
  [JD_SECTION_SALARY] = "salary",
  [JD_SECTION_APPLY] = "apply",
  [JD_SECTION_EQUAL_OPPORTUNITY] = "equal-opportunity",
  [JD_SECTION_CUSTOM] = "custom",
};

static const char * const workplace_types[] = {
  [JD_WORKPLACE_ON_SITE] = "on-site",
  [JD_WORKPLACE_HYBRID] = "hybrid",
  [JD_WORKPLACE_REMOTE] = "remote",
};

static const char * const employment_types[JD_EMPLOYMENT_N_TYPES] = {
  "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY",
  "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER",
};

static const char * const salary_units[] = {
  [JD_SALARY_UNIT_YEAR] = "YEAR",
  [JD_SALARY_UNIT_MONTH] = "MONTH",
  [JD_SALARY_UNIT_WEEK] = "WEEK",
  [JD_SALARY_UNIT_DAY] = "DAY",
  [JD_SALARY_UNIT_HOUR] = "HOUR",
};

static int
lookup (const char * const *table,
        guint               n_entries,
        const char         *str)
{
  if (str == NULL)
    return -1;

  for (guint i = 0; i < n_entries; i++)
    if (strcmp (table[i], str) == 0)
      return (int)i;

  return -1;
}

const char *
jd_section_kind_to_string (JdSectionKind kind)
{
  g_return_val_if_fail (kind < JD_SECTION_N_KINDS, NULL);
  return section_kinds[kind];
}

gboolean
jd_section_kind_from_string (const char    *str,
                             JdSectionKind *kind)
{
  int i = lookup (section_kinds, G_N_ELEMENTS (section_kinds), str);

  if (i < 0)
    return FALSE;
  *kind = (JdSectionKind)i;
  return TRUE;
}

const char *
jd_workplace_type_to_string (JdWorkplaceType type)
{
  g_return_val_if_fail (type < G_N_ELEMENTS (workplace_types), NULL);
  return workplace_types[type];
}

gboolean
jd_workplace_type_from_string (const char      *str,
                               JdWorkplaceType *type)
{
  int i = lookup (workplace_types, G_N_ELEMENTS (workplace_types), str);

  if (i < 0)
    return FALSE;
  *type = (JdWorkplaceType)i;
  return TRUE;
}

/* Returns the schema.org name of a single flag. */
const char *
jd_employment_type_to_string (JdEmploymentType type)
{
  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (type == (JdEmploymentType)(1u << i))
      return employment_types[i];

  g_return_val_if_reached (NULL);
}

/* Returns JD_EMPLOYMENT_NONE for an unknown name. */
JdEmploymentType
jd_employment_type_from_string (const char *str)
{
  int i = lookup (employment_types, G_N_ELEMENTS (employment_types), str);

  return i < 0 ? JD_EMPLOYMENT_NONE : (JdEmploymentType)(1u << i);
}

const char *
jd_salary_unit_to_string (JdSalaryUnit unit)
{
  g_return_val_if_fail (unit < G_N_ELEMENTS (salary_units), NULL);
  return salary_units[unit];
}

gboolean
jd_salary_unit_from_string (const char   *str,
                            JdSalaryUnit *unit)
{
  int i = lookup (salary_units, G_N_ELEMENTS (salary_units), str);

  if (i < 0)
    return FALSE;
  *unit = (JdSalaryUnit)i;
  return TRUE;
}
