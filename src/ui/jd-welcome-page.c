/* jd-welcome-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-welcome-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-ui-private.h"
#include "jd-welcome-page.h"

#define MAX_RECENT 5

/* What a window with no document shows: how to start one, the library
 * (folded away in a narrow window) a button away, and the documents
 * worked on last, by title and when. */
struct _JdWelcomePage
{
  GtkWidget          parent_instance;

  GtkRecentManager  *recent_manager;
  gulong             recent_changed_id;
  /* GFileInfo: display name, modification time and target URI */
  GListStore        *recent;

  GtkWidget         *browse_button;
  GtkWidget         *recent_box;
  GtkListBox        *recent_list;
};

G_DEFINE_FINAL_TYPE (JdWelcomePage, jd_welcome_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_BROWSE,
  N_PROPS
};

enum {
  FILE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  GFileInfo *info = item;
  const char *uri = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_TARGET_URI);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GDateTime) modified = g_file_info_get_modification_date_time (info);
  g_autofree char *where = g_file_get_parse_name (file);
  g_autofree char *when = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_file_info_get_display_name (info));
  if (modified != NULL)
    {
      when = _jd_format_when (modified);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
    }
  _jd_widget_set_tooltip_text (row, where);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  return g_date_time_compare (gtk_recent_info_get_modified (b), gtk_recent_info_get_modified (a));
}

/* The last documents of Jobscribe that are still there, newest first. */
static void
refresh_recent (JdWelcomePage *self)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  GList *items = gtk_recent_manager_get_items (self->recent_manager);

  items = g_list_sort (items, (GCompareFunc)compare_recent);
  for (GList *l = items; l != NULL && infos->len < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *recent = l->data;
      const char *uri = gtk_recent_info_get_uri (recent);
      GFileInfo *info;

      if (!g_str_has_suffix (uri, ".jobdesc") || !gtk_recent_info_exists (recent))
        continue;

      info = g_file_info_new ();
      g_file_info_set_display_name (info, gtk_recent_info_get_display_name (recent));
      g_file_info_set_modification_date_time (info, gtk_recent_info_get_modified (recent));
      g_file_info_set_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_TARGET_URI, uri);
      g_ptr_array_add (infos, info);
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  g_list_store_splice (self->recent, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recent)),
                       infos->pdata, infos->len);
  gtk_widget_set_visible (self->recent_box, infos->len > 0);
}

static void
row_activated_cb (JdWelcomePage *self,
                  GtkListBoxRow *row)
{
  g_autoptr(GFileInfo) info = g_list_model_get_item (G_LIST_MODEL (self->recent),
                                                     gtk_list_box_row_get_index (row));
  g_autoptr(GFile) file = NULL;

  if (info == NULL)
    return;

  file = g_file_new_for_uri (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_TARGET_URI));
  g_signal_emit (self, signals[FILE_ACTIVATED], 0, file);
}

static void
jd_welcome_page_dispose (GObject *object)
{
  JdWelcomePage *self = (JdWelcomePage *)object;

  g_clear_signal_handler (&self->recent_changed_id, self->recent_manager);
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_WELCOME_PAGE);
  _jd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (jd_welcome_page_parent_class)->dispose (object);
}

static void
jd_welcome_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  JdWelcomePage *self = JD_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_BROWSE:
      g_value_set_boolean (value, gtk_widget_get_visible (self->browse_button));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_welcome_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  JdWelcomePage *self = JD_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_BROWSE:
      if (g_value_get_boolean (value) != gtk_widget_get_visible (self->browse_button))
        {
          gtk_widget_set_visible (self->browse_button, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_welcome_page_class_init (JdWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_welcome_page_dispose;
  object_class->get_property = jd_welcome_page_get_property;
  object_class->set_property = jd_welcome_page_set_property;

  /* Shows "Browse Templates", for a window whose library is folded away. */
  properties[PROP_SHOW_BROWSE] =
    g_param_spec_boolean ("show-browse", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JdWelcomePage::file-activated:
   *
   * The user picked a recent document to open.
   */
  signals[FILE_ACTIVATED] =
    g_signal_new ("file-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-welcome-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdWelcomePage, browse_button);
  gtk_widget_class_bind_template_child (widget_class, JdWelcomePage, recent_box);
  gtk_widget_class_bind_template_child (widget_class, JdWelcomePage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
jd_welcome_page_init (JdWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent = g_list_store_new (G_TYPE_FILE_INFO);
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent), create_row_cb, NULL, NULL);

  self->recent_manager = gtk_recent_manager_get_default ();
  self->recent_changed_id = g_signal_connect_swapped (self->recent_manager, "changed",
                                                      G_CALLBACK (refresh_recent), self);
  refresh_recent (self);
}

/* Returns: (transfer none): the recent documents shown, as GFileInfo with
 * their title as display name, when they were last changed and their URI
 * as target URI */
GListModel *
jd_welcome_page_get_recent (JdWelcomePage *self)
{
  g_return_val_if_fail (JD_IS_WELCOME_PAGE (self), NULL);
  return G_LIST_MODEL (self->recent);
}
