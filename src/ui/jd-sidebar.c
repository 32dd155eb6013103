/* jd-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-sidebar"

#include "config.h"

#include "jd-ui-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-sidebar.h"
#include "jd-sidebar-item.h"
#include "jd-sidebar-row.h"

#define MAX_RECENT 10

/* The template library by category, "My Templates", recent documents, and a
 * search that replaces the tree by a flat list of results as you type. A
 * GtkListView over a GtkTreeListModel, so only the visible rows exist. */
#define PREPARE_SEARCH_DELAY_S 2

struct _JdSidebar
{
  GtkWidget          parent_instance;

  JdLibrary         *library;
  char              *lang;
  char              *template_lang;
  GListStore        *roots;
  GListStore        *recent;
  GtkTreeListModel  *tree;
  GtkSingleSelection *selection;
  GtkRecentManager  *recent_manager;
  gulong             recent_changed_id;
  guint              prepare_search_id;

  GtkSearchEntry    *search_entry;
  GtkListView       *list_view;
  GtkStack          *stack;
};

G_DEFINE_FINAL_TYPE (JdSidebar, jd_sidebar, GTK_TYPE_WIDGET)

enum {
  TEMPLATE_ACTIVATED,
  FILE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *children = jd_sidebar_item_get_children (item);

  return children ? g_object_ref (children) : NULL;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, jd_sidebar_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  jd_sidebar_row_set_list_row (JD_SIDEBAR_ROW (gtk_list_item_get_child (list_item)),
                               gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  jd_sidebar_row_set_list_row (JD_SIDEBAR_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
refresh_recent (JdSidebar *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GList *infos = gtk_recent_manager_get_items (self->recent_manager);

  for (GList *l = infos; l != NULL && items->len < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = NULL;

      if (!g_str_has_suffix (uri, ".jobdesc") || !gtk_recent_info_exists (info))
        continue;

      file = g_file_new_for_uri (uri);
      g_ptr_array_add (items, jd_sidebar_item_new_recent_file (file, gtk_recent_info_get_display_name (info)));
    }
  g_list_free_full (infos, (GDestroyNotify)gtk_recent_info_unref);

  g_list_store_splice (self->recent, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recent)),
                       items->pdata, items->len);
}

static void
show_library (JdSidebar *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *categories;
  guint n;

  if (self->library == NULL)
    return;

  categories = jd_library_get_categories (self->library);
  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdCategory) category = g_list_model_get_item (categories, i);
      g_autoptr(GListModel) templates = NULL;
      g_autoptr(GListStore) children = g_list_store_new (JD_TYPE_SIDEBAR_ITEM);
      guint n_templates;

      templates = jd_library_dup_category_templates (self->library, jd_category_get_id (category));
      n_templates = g_list_model_get_n_items (templates);
      for (guint j = 0; j < n_templates; j++)
        {
          g_autoptr(JdTemplate) template = g_list_model_get_item (templates, j);
          g_autoptr(JdSidebarItem) item = jd_sidebar_item_new_template (template, self->lang);

          g_list_store_append (children, item);
        }

      if (n_templates > 0 || g_strcmp0 (jd_category_get_id (category), JD_CATEGORY_MY_TEMPLATES) != 0)
        g_ptr_array_add (items, jd_sidebar_item_new_category (category, self->lang, G_LIST_MODEL (children)));
    }

  g_ptr_array_add (items, jd_sidebar_item_new_recent_header (G_LIST_MODEL (self->recent)));

  g_list_store_splice (self->roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roots)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
show_results (JdSidebar  *self,
              const char *query)
{
  const char *current[] = { self->lang, self->template_lang, NULL };
  g_autoptr(GPtrArray) hits = jd_library_search_in (self->library, query, current);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (items, jd_sidebar_item_new_search_hit (g_ptr_array_index (hits, i), self->lang,
                                                            self->library, query));

  g_list_store_splice (self->roots, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roots)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "list" : "empty");
  if (items->len > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
search_changed_cb (JdSidebar      *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (self->library == NULL)
    return;

  if (text[0] == '\0')
    show_library (self);
  else
    show_results (self, text);
}

static void
activate_item (JdSidebar      *self,
               GtkTreeListRow *row)
{
  g_autoptr(JdSidebarItem) item = gtk_tree_list_row_get_item (row);

  switch (jd_sidebar_item_get_kind (item))
    {
    case JD_SIDEBAR_ITEM_TEMPLATE:
      g_signal_emit (self, signals[TEMPLATE_ACTIVATED], 0, jd_sidebar_item_get_template (item));
      break;

    case JD_SIDEBAR_ITEM_RECENT_FILE:
      g_signal_emit (self, signals[FILE_ACTIVATED], 0, jd_sidebar_item_get_file (item));
      break;

    case JD_SIDEBAR_ITEM_CATEGORY:
    case JD_SIDEBAR_ITEM_RECENT_HEADER:
    default:
      gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
      break;
    }
}

static void
row_activated_cb (JdSidebar   *self,
                  guint        position,
                  GtkListView *list_view)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (row != NULL)
    activate_item (self, row);
}

/* Enter in the search entry opens the best match. */
static void
search_activate_cb (JdSidebar      *self,
                    GtkSearchEntry *entry)
{
  g_autoptr(GtkTreeListRow) row = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (row != NULL)
    activate_item (self, row);
}

static void
stop_search_cb (JdSidebar      *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
jd_sidebar_dispose (GObject *object)
{
  JdSidebar *self = (JdSidebar *)object;

  g_clear_signal_handler (&self->recent_changed_id, self->recent_manager);
  g_clear_handle_id (&self->prepare_search_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_SIDEBAR);
  _jd_widget_unparent_children (GTK_WIDGET (self));

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_object (&self->recent);
  g_clear_object (&self->library);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->template_lang, g_free);

  G_OBJECT_CLASS (jd_sidebar_parent_class)->dispose (object);
}

static void
jd_sidebar_class_init (JdSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_sidebar_dispose;

  /**
   * JdSidebar::template-activated:
   *
   * The user picked a template to look at.
   */
  signals[TEMPLATE_ACTIVATED] =
    g_signal_new ("template-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, JD_TYPE_TEMPLATE);

  /**
   * JdSidebar::file-activated:
   *
   * The user picked a recent document to open.
   */
  signals[FILE_ACTIVATED] =
    g_signal_new ("file-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-sidebar.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, JdSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, JdSidebar, stack);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_css_name (widget_class, "jdsidebar");
}

static void
jd_sidebar_init (JdSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->roots = g_list_store_new (JD_TYPE_SIDEBAR_ITEM);
  self->recent = g_list_store_new (JD_TYPE_SIDEBAR_ITEM);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)), FALSE, FALSE,
                                        create_children_cb, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->recent_manager = gtk_recent_manager_get_default ();
  self->recent_changed_id = g_signal_connect_swapped (self->recent_manager, "changed",
                                                      G_CALLBACK (refresh_recent), self);
  refresh_recent (self);
}

static void
search_prepared_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  jd_library_prepare_search_finish (JD_LIBRARY (object), result, NULL);
}

static gboolean
prepare_search_cb (gpointer user_data)
{
  JdSidebar *self = user_data;

  self->prepare_search_id = 0;
  if (self->library != NULL)
    jd_library_prepare_search_async (self->library, NULL, search_prepared_cb, NULL);

  return G_SOURCE_REMOVE;
}

void
jd_sidebar_set_library (JdSidebar  *self,
                        JdLibrary  *library,
                        const char *lang)
{
  g_return_if_fail (JD_IS_SIDEBAR (self));
  g_return_if_fail (JD_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  search_changed_cb (self, self->search_entry);

  /* The first keystroke should not wait for the index of a large library,
   * nor the window's first frame for the thread that builds it: it
   * starts once the window is up. A search before builds what it needs. */
  g_clear_handle_id (&self->prepare_search_id, g_source_remove);
  self->prepare_search_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, PREPARE_SEARCH_DELAY_S,
                                                        prepare_search_cb, self, NULL);
}

/* Search ranks the templates found in @lang, the language picked for
 * templates, with those in the interface's. */
void
jd_sidebar_set_template_language (JdSidebar  *self,
                                  const char *lang)
{
  g_return_if_fail (JD_IS_SIDEBAR (self));

  if (g_strcmp0 (self->template_lang, lang) == 0)
    return;

  g_free (self->template_lang);
  self->template_lang = g_strdup (lang);
  if (self->library != NULL && gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    search_changed_cb (self, self->search_entry);
}

void
jd_sidebar_focus_search (JdSidebar *self)
{
  g_return_if_fail (JD_IS_SIDEBAR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
jd_sidebar_set_search_text (JdSidebar  *self,
                            const char *text)
{
  g_return_if_fail (JD_IS_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* Run the search now rather than after the entry's delay. */
  search_changed_cb (self, self->search_entry);
}

/* Returns: (transfer none): the rows as shown, a list of GtkTreeListRow. */
GListModel *
jd_sidebar_get_rows (JdSidebar *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR (self), NULL);
  return G_LIST_MODEL (self->tree);
}

/* The position of @template's row among the rows shown, unfolding its
 * category if need be, or -1. */
static int
find_template_row (JdSidebar  *self,
                   JdTemplate *template)
{
  GListModel *rows = G_LIST_MODEL (self->tree);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(JdSidebarItem) item = gtk_tree_list_row_get_item (row);
      GListModel *children;
      guint n_children;

      if (jd_sidebar_item_get_kind (item) == JD_SIDEBAR_ITEM_TEMPLATE)
        {
          if (jd_sidebar_item_get_template (item) == template)
            return (int)i;
          continue;
        }

      if (jd_sidebar_item_get_kind (item) != JD_SIDEBAR_ITEM_CATEGORY ||
          gtk_tree_list_row_get_expanded (row) ||
          (children = jd_sidebar_item_get_children (item)) == NULL)
        continue;

      n_children = g_list_model_get_n_items (children);
      for (guint j = 0; j < n_children; j++)
        {
          g_autoptr(JdSidebarItem) child = g_list_model_get_item (children, j);

          if (jd_sidebar_item_get_template (child) == template)
            {
              /* Templates have no children: the category's rows follow it. */
              gtk_tree_list_row_set_expanded (row, TRUE);
              return (int)(i + 1 + j);
            }
        }
    }

  return -1;
}

/* Selects the row of @template, the one the window shows, and scrolls to
 * it; with the template not among the rows shown (a search that does not
 * find it), nothing is selected rather than another template. */
void
jd_sidebar_select_template (JdSidebar  *self,
                            JdTemplate *template)
{
  int position = -1;

  g_return_if_fail (JD_IS_SIDEBAR (self));
  g_return_if_fail (template == NULL || JD_IS_TEMPLATE (template));

  if (template != NULL)
    position = find_template_row (self, template);

  if (position < 0)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }

  gtk_single_selection_set_selected (self->selection, (guint)position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", (guint)position);
}

/* Returns: (transfer none) (nullable): the template of the selected row */
JdTemplate *
jd_sidebar_get_selected_template (JdSidebar *self)
{
  g_autoptr(JdSidebarItem) item = NULL;
  GtkTreeListRow *row;

  g_return_val_if_fail (JD_IS_SIDEBAR (self), NULL);

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return NULL;

  item = gtk_tree_list_row_get_item (row);
  return jd_sidebar_item_get_template (item);
}

/* Typing anywhere in @widget starts a search. */
void
jd_sidebar_set_key_capture (JdSidebar *self,
                            GtkWidget *widget)
{
  g_return_if_fail (JD_IS_SIDEBAR (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, widget);
}
