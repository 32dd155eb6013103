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

/* What a new block of a section usually is: lists get bullets. */
JdBlockKind
_jd_section_kind_block_kind (JdSectionKind kind)
{
  switch (kind)
    {
    case JD_SECTION_RESPONSIBILITIES:
    case JD_SECTION_REQUIREMENTS:
    case JD_SECTION_NICE_TO_HAVE:
    case JD_SECTION_BENEFITS:
      return JD_BLOCK_ITEM;

    case JD_SECTION_ABOUT:
    case JD_SECTION_BRIEF:
    case JD_SECTION_SALARY:
    case JD_SECTION_APPLY:
    case JD_SECTION_EQUAL_OPPORTUNITY:
    case JD_SECTION_CUSTOM:
    default:
      return JD_BLOCK_PARAGRAPH;
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
