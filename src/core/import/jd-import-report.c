/* jd-import-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-import-private.h"
#include "jd-terms.h"

/* What an import guessed, for the user to check: how many headings were
 * recognized as sections and how many kept as custom ones, and the
 * language, when it was detected rather than given. */

struct _JdImportReport
{
  JdImportFormat  format;
  guint           n_recognized;
  guint           n_custom;
  char           *language;
  gboolean        language_detected;
};

G_DEFINE_BOXED_TYPE (JdImportReport, jd_import_report, jd_import_report_copy, jd_import_report_free)

JdImportReport *
_jd_import_report_new (JdImportFormat format)
{
  JdImportReport *self = g_new0 (JdImportReport, 1);

  self->format = format;
  return self;
}

JdImportReport *
jd_import_report_copy (const JdImportReport *self)
{
  JdImportReport *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->language = g_strdup (self->language);
  return copy;
}

void
jd_import_report_free (JdImportReport *self)
{
  if (self == NULL)
    return;

  g_free (self->language);
  g_free (self);
}

void
_jd_import_report_set_counts (JdImportReport *self,
                              guint           n_recognized,
                              guint           n_custom)
{
  self->n_recognized = n_recognized;
  self->n_custom = n_custom;
}

void
_jd_import_report_set_language (JdImportReport *self,
                                const char     *lang,
                                gboolean        detected)
{
  g_free (self->language);
  self->language = g_strdup (lang);
  self->language_detected = detected;
}

/* Returns: the format the input was read as */
JdImportFormat
jd_import_report_get_format (const JdImportReport *self)
{
  g_return_val_if_fail (self != NULL, JD_IMPORT_FORMAT_AUTO);
  return self->format;
}

/* Returns: the number of sections whose kind the import recognized */
guint
jd_import_report_get_n_recognized (const JdImportReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_recognized;
}

/* Returns: the number of custom sections, with the heading the input
 * gave them or, for text that came before the first heading, none */
guint
jd_import_report_get_n_custom (const JdImportReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_custom;
}

const char *
jd_import_report_get_language (const JdImportReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->language;
}

/* Returns: whether the language was detected from the text, not given */
gboolean
jd_import_report_get_language_detected (const JdImportReport *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->language_detected;
}

/**
 * jd_import_report_to_string:
 *
 * Returns: (transfer full): what the import guessed, in the interface
 *   language: "3 sections recognized, 1 kept as custom; language
 *   detected: Deutsch"
 */
char *
jd_import_report_to_string (const JdImportReport *self)
{
  g_autofree char *recognized = NULL;
  g_autofree char *custom = NULL;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  /* Translators: the first part of what an import reports, such as
   * “3 sections recognized, 1 kept as custom”. */
  recognized = g_strdup_printf (ngettext ("%u section recognized", "%u sections recognized",
                                          self->n_recognized),
                                self->n_recognized);
  /* Translators: the second part of what an import reports, such as
   * “3 sections recognized, 1 kept as custom”: sections whose heading
   * Jobscribe did not know, kept with their heading. */
  custom = g_strdup_printf (ngettext ("%u kept as custom", "%u kept as custom", self->n_custom),
                            self->n_custom);
  /* Translators: joins “3 sections recognized” and “1 kept as custom”. */
  counts = g_strdup_printf (_("%s, %s"), recognized, custom);

  if (!self->language_detected)
    return g_steal_pointer (&counts);

  /* Translators: the first placeholder is “3 sections recognized, 1 kept
   * as custom”, the second the name of a language in that language,
   * such as “Deutsch”. */
  return g_strdup_printf (_("%s; language detected: %s"), counts,
                          jd_terms_get_language_name (self->language));
}
