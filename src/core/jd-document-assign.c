/* jd-document-assign.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document"

#include "config.h"

#include "jd-document.h"

/* Copying, comparing and assigning documents, through the public API of
 * the model. */

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

static gboolean
strings_equal (JdDocument *a,
               JdDocument *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *value_a = NULL;
      g_autofree char *value_b = NULL;

      if (pspecs[i]->value_type != G_TYPE_STRING)
        continue;

      g_object_get (a, pspecs[i]->name, &value_a, NULL);
      g_object_get (b, pspecs[i]->name, &value_b, NULL);
      if (g_strcmp0 (value_a, value_b) != 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
arrays_equal (GPtrArray  *a,
              GPtrArray  *b,
              GEqualFunc  equal)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (!equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

JdDocument *
jd_document_copy (JdDocument *self)
{
  JdDocument *copy;

  g_return_val_if_fail (JD_IS_DOCUMENT (self), NULL);

  copy = jd_document_new ();
  jd_document_assign (copy, self);

  return copy;
}

gboolean
jd_document_equal (JdDocument *a,
                   JdDocument *b)
{
  guint n;

  g_return_val_if_fail (JD_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (JD_IS_DOCUMENT (b), FALSE);

  if (!strings_equal (a, b) ||
      jd_document_get_workplace_type (a) != jd_document_get_workplace_type (b) ||
      jd_document_get_employment_types (a) != jd_document_get_employment_types (b) ||
      jd_document_get_salary_min (a) != jd_document_get_salary_min (b) ||
      jd_document_get_salary_max (a) != jd_document_get_salary_max (b) ||
      jd_document_get_salary_unit (a) != jd_document_get_salary_unit (b) ||
      !g_strv_equal (jd_document_get_applicant_locations (a),
                     jd_document_get_applicant_locations (b)) ||
      !arrays_equal (jd_document_get_locations (a), jd_document_get_locations (b),
                     (GEqualFunc)jd_location_equal) ||
      !arrays_equal (jd_document_get_ignored_findings (a), jd_document_get_ignored_findings (b),
                     (GEqualFunc)jd_ignored_finding_equal))
    return FALSE;

  n = jd_document_get_n_sections (a);
  if (n != jd_document_get_n_sections (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!jd_section_equal (jd_document_get_section (a, i),
                           jd_document_get_section (b, i)))
      return FALSE;

  return TRUE;
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
  jd_document_set_ignored_findings (self, jd_document_get_ignored_findings (other));

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
