/* jd-document-assign.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document"

#include "config.h"

#include "jd-document.h"

/* Every text of the metadata is a string property; the setters leave a
 * property that does not change alone, so views hear only of changes. */
static void
assign_strings (JdDocument *self,
                JdDocument *other)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (other), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->value_type != G_TYPE_STRING)
        continue;

      g_value_init (&value, G_TYPE_STRING);
      g_object_get_property (G_OBJECT (other), pspecs[i]->name, &value);
      g_object_set_property (G_OBJECT (self), pspecs[i]->name, &value);
    }
}

/**
 * jd_document_assign:
 *
 * Makes @self equal to @other. Sections that are already equal are left
 * alone and the others are assigned in place where they can be, so views
 * and undo keep their footing.
 */
void
jd_document_assign (JdDocument *self,
                    JdDocument *other)
{
  guint n_self;
  guint n_other;

  g_return_if_fail (JD_IS_DOCUMENT (self));
  g_return_if_fail (JD_IS_DOCUMENT (other));

  if (self == other)
    return;

  assign_strings (self, other);
  jd_document_set_locations (self, jd_document_get_locations (other));
  jd_document_set_workplace_type (self, jd_document_get_workplace_type (other));
  jd_document_set_applicant_locations (self, jd_document_get_applicant_locations (other));
  jd_document_set_employment_types (self, jd_document_get_employment_types (other));
  jd_document_set_salary_min (self, jd_document_get_salary_min (other));
  jd_document_set_salary_max (self, jd_document_get_salary_max (other));
  jd_document_set_salary_unit (self, jd_document_get_salary_unit (other));

  n_self = jd_document_get_n_sections (self);
  n_other = jd_document_get_n_sections (other);

  for (guint i = 0; i < MIN (n_self, n_other); i++)
    {
      JdSection *mine = jd_document_get_section (self, i);
      JdSection *theirs = jd_document_get_section (other, i);

      if (jd_section_equal (mine, theirs))
        continue;

      /* A section of another kind here most likely means sections were
       * added, removed or moved: replace it rather than morph it. */
      if (jd_section_get_kind (mine) != jd_section_get_kind (theirs))
        {
          g_autoptr(JdSection) copy = jd_section_copy (theirs);

          jd_document_remove_section (self, i);
          jd_document_insert_section (self, i, copy);
        }
      else
        jd_section_assign (mine, theirs);
    }

  while (jd_document_get_n_sections (self) > n_other)
    jd_document_remove_section (self, n_other);

  for (guint i = n_self; i < n_other; i++)
    {
      g_autoptr(JdSection) copy = jd_section_copy (jd_document_get_section (other, i));
      jd_document_append_section (self, copy);
    }
}
