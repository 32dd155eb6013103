/* jd-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-ui-private.h"

/* The name of a kind of section in the interface language. Exports use
 * the document's language instead, from the library's terms. */
const char *
_jd_section_kind_get_name (JdSectionKind kind)
{
  switch (kind)
    {
    case JD_SECTION_ABOUT:
      return C_("section", "About Us");
    case JD_SECTION_BRIEF:
      return C_("section", "Job Brief");
    case JD_SECTION_RESPONSIBILITIES:
      return C_("section", "Responsibilities");
    case JD_SECTION_REQUIREMENTS:
      return C_("section", "Requirements");
    case JD_SECTION_NICE_TO_HAVE:
      return C_("section", "Nice to Have");
    case JD_SECTION_BENEFITS:
      return C_("section", "Benefits");
    case JD_SECTION_SALARY:
      return C_("section", "Salary");
    case JD_SECTION_APPLY:
      return C_("section", "How to Apply");
    case JD_SECTION_EQUAL_OPPORTUNITY:
      return C_("section", "Equal Opportunity");
    case JD_SECTION_CUSTOM:
    default:
      return C_("section", "Other Section");
    }
}

/* Composite widgets whose template root has no id: what
 * gtk_widget_dispose_template() does not unparent, this does. */
void
_jd_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)))
    gtk_widget_unparent (child);
}

/* What a document is offered to be saved or exported as: its title, with
 * what cannot be in a file name replaced. */
char *
_jd_suggest_file_name (JdDocument *document,
                       const char *extension)
{
  const char *title = jd_document_get_title (document);
  g_autofree char *base = g_strdup (title ? title : _("Job Description"));

  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, ".", extension, NULL);
}

/* Returns: (transfer full): a filter for the files of @mime_type */
GtkFileFilter *
_jd_file_filter_new (const char *name,
                     const char *mime_type,
                     const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);

  return filter;
}

/* Returns: (transfer full): the filter of the file choosers that open and
 * save documents */
GtkFileFilter *
_jd_file_filter_new_jobdesc (void)
{
  return _jd_file_filter_new (_("Job Descriptions"), "application/x-jobdesc+xml", "jobdesc");
}
