/* jd-sidebar-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-sidebar"

#include "config.h"

#include "jd-ui-private.h"

#include "jd-sidebar-item.h"
#include "jd-sidebar-row.h"
#include "jd-title.h"

struct _JdSidebarRow
{
  GtkWidget        parent_instance;

  GtkTreeExpander *expander;
  GtkImage        *image;
  GtkLabel        *label;
  GtkLabel        *detail;
  GtkLabel        *language;
  GtkLabel        *count;
};

G_DEFINE_FINAL_TYPE (JdSidebarRow, jd_sidebar_row, GTK_TYPE_WIDGET)

static void
jd_sidebar_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), JD_TYPE_SIDEBAR_ROW);
  _jd_widget_unparent_children (GTK_WIDGET (object));

  G_OBJECT_CLASS (jd_sidebar_row_parent_class)->dispose (object);
}

static void
jd_sidebar_row_class_init (JdSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_sidebar_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-sidebar-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdSidebarRow, expander);
  gtk_widget_class_bind_template_child (widget_class, JdSidebarRow, image);
  gtk_widget_class_bind_template_child (widget_class, JdSidebarRow, label);
  gtk_widget_class_bind_template_child (widget_class, JdSidebarRow, detail);
  gtk_widget_class_bind_template_child (widget_class, JdSidebarRow, language);
  gtk_widget_class_bind_template_child (widget_class, JdSidebarRow, count);
}

static void
jd_sidebar_row_init (JdSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
jd_sidebar_row_new (void)
{
  return g_object_new (JD_TYPE_SIDEBAR_ROW, NULL);
}

void
jd_sidebar_row_set_list_row (JdSidebarRow   *self,
                             GtkTreeListRow *list_row)
{
  JdSidebarItem *item = NULL;
  const char *icon_name = NULL;
  const char *detail;
  const char *language;
  GListModel *children;
  gboolean header;

  g_return_if_fail (JD_IS_SIDEBAR_ROW (self));

  gtk_tree_expander_set_list_row (self->expander, list_row);

  if (list_row != NULL)
    item = gtk_tree_list_row_get_item (list_row);

  if (item == NULL)
    return;

  icon_name = jd_sidebar_item_get_icon_name (item);
  children = jd_sidebar_item_get_children (item);
  header = children != NULL;

  {
    g_autofree char *title = jd_title_join_short_forms (jd_sidebar_item_get_title (item));
    gtk_label_set_label (self->label, title);
  }
  /* A search hit says where it is and what matched, in another
   * language than the sidebar's if that is where. */
  detail = jd_sidebar_item_get_detail (item);
  gtk_label_set_label (self->detail, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail), detail != NULL);
  language = jd_sidebar_item_get_match_language (item);
  gtk_label_set_label (self->language, language ? language : "");
  gtk_widget_set_visible (GTK_WIDGET (self->language), language != NULL);

  gtk_image_set_from_icon_name (self->image, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->image), icon_name != NULL);

  /* Categories stay folded in a long library: the count says what each
   * holds without opening it. The recent documents change under the row,
   * so they go without. */
  if (jd_sidebar_item_get_kind (item) == JD_SIDEBAR_ITEM_CATEGORY)
    {
      g_autofree char *count = g_strdup_printf ("%u", g_list_model_get_n_items (children));

      gtk_label_set_label (self->count, count);
      gtk_widget_set_visible (GTK_WIDGET (self->count), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->count), FALSE);

  if (header)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "heading");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "heading");

  g_object_unref (item);
}
