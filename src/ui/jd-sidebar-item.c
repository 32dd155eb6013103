/* jd-sidebar-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-localized.h"
#include "jd-sidebar-item.h"
#include "jd-terms.h"

/* One row of the sidebar: a category with its templates, a template, or a
 * recent document and the header above them. */
struct _JdSidebarItem
{
  GObject            parent_instance;

  JdSidebarItemKind  kind;
  char              *title;
  char              *icon_name;
  GListModel        *children;
  JdTemplate        *template;
  GFile             *file;

  /* A search hit: what it matched is worked out when a row shows it. */
  JdLibrary         *library;
  char              *query;
  char              *lang;
  char              *detail;
  char              *match_language;
  gboolean           explained;
};

G_DEFINE_FINAL_TYPE (JdSidebarItem, jd_sidebar_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jd_sidebar_item_finalize (GObject *object)
{
  JdSidebarItem *self = (JdSidebarItem *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_object (&self->children);
  g_clear_object (&self->template);
  g_clear_object (&self->file);
  g_clear_object (&self->library);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->lang, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->match_language, g_free);

  G_OBJECT_CLASS (jd_sidebar_item_parent_class)->finalize (object);
}

static void
jd_sidebar_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  JdSidebarItem *self = JD_SIDEBAR_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_sidebar_item_class_init (JdSidebarItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_sidebar_item_finalize;
  object_class->get_property = jd_sidebar_item_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_sidebar_item_init (JdSidebarItem *self)
{
}

static JdSidebarItem *
item_new (JdSidebarItemKind  kind,
          const char        *title,
          const char        *icon_name,
          GListModel        *children)
{
  JdSidebarItem *self = g_object_new (JD_TYPE_SIDEBAR_ITEM, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->icon_name = g_strdup (icon_name);
  self->children = children ? g_object_ref (children) : NULL;

  return self;
}

JdSidebarItem *
jd_sidebar_item_new_category (JdCategory *category,
                              const char *lang,
                              GListModel *children)
{
  return item_new (JD_SIDEBAR_ITEM_CATEGORY,
                   jd_category_get_name (category, lang),
                   jd_category_get_icon_name (category),
                   children);
}

JdSidebarItem *
jd_sidebar_item_new_template (JdTemplate *template,
                              const char *lang)
{
  JdSidebarItem *self = item_new (JD_SIDEBAR_ITEM_TEMPLATE,
                                  jd_template_get_title (template, lang),
                                  NULL, NULL);

  self->template = g_object_ref (template);
  return self;
}

/* A template found by a search for @query in @library: its row also says
 * its category, the other title or keyword that matched, and the
 * language of that text when it is not @lang. */
JdSidebarItem *
jd_sidebar_item_new_search_hit (JdTemplate *template,
                                const char *lang,
                                JdLibrary  *library,
                                const char *query)
{
  JdSidebarItem *self = jd_sidebar_item_new_template (template, lang);

  self->library = g_object_ref (library);
  self->query = g_strdup (query);
  self->lang = jd_language_normalize (lang);
  return self;
}

JdSidebarItem *
jd_sidebar_item_new_recent_header (GListModel *children)
{
  return item_new (JD_SIDEBAR_ITEM_RECENT_HEADER, _("Recent Documents"),
                   "document-open-recent-symbolic", children);
}

JdSidebarItem *
jd_sidebar_item_new_recent_file (GFile      *file,
                                 const char *display_name)
{
  JdSidebarItem *self = item_new (JD_SIDEBAR_ITEM_RECENT_FILE, display_name, NULL, NULL);

  self->file = g_object_ref (file);
  return self;
}

JdSidebarItemKind
jd_sidebar_item_get_kind (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), 0);
  return self->kind;
}

const char *
jd_sidebar_item_get_title (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  return self->title;
}

const char *
jd_sidebar_item_get_icon_name (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  return self->icon_name;
}

/* Returns: (transfer none) (nullable): the rows under this one. */
GListModel *
jd_sidebar_item_get_children (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  return self->children;
}

/* Returns: (transfer none) (nullable) */
JdTemplate *
jd_sidebar_item_get_template (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  return self->template;
}

/* Returns: (transfer none) (nullable) */
GFile *
jd_sidebar_item_get_file (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  return self->file;
}

static void
explain (JdSidebarItem *self)
{
  g_autofree char *matched = NULL;
  g_autofree char *match_lang = NULL;
  JdCategory *category;
  const char *category_name = NULL;

  if (self->explained || self->query == NULL)
    return;

  self->explained = TRUE;
  matched = jd_library_search_explain (self->library, self->template, self->query, self->lang, &match_lang);

  category = jd_library_lookup_category (self->library, jd_template_get_category_id (self->template));
  if (category != NULL)
    category_name = jd_category_get_name (category, self->lang);

  if (matched != NULL && g_strcmp0 (matched, self->title) == 0)
    g_clear_pointer (&matched, g_free);

  if (category_name != NULL && matched != NULL)
    /* Translators: under a search hit, its category and the other title
     * or keyword that matched the search: "Healthcare · Enfermero/a" */
    self->detail = g_strdup_printf (_("%1$s · %2$s"), category_name, matched);
  else
    self->detail = g_strdup (category_name != NULL ? category_name : matched);

  if (match_lang != NULL && g_strcmp0 (match_lang, self->lang) != 0)
    self->match_language = g_strdup (jd_terms_get_language_name (match_lang));
}

/* Returns: (nullable): for a search hit, its category and what it
 *   matched when that is not its title */
const char *
jd_sidebar_item_get_detail (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  explain (self);
  return self->detail;
}

/* Returns: (nullable): for a search hit that matched in another
 *   language than the sidebar's, that language named in itself */
const char *
jd_sidebar_item_get_match_language (JdSidebarItem *self)
{
  g_return_val_if_fail (JD_IS_SIDEBAR_ITEM (self), NULL);
  explain (self);
  return self->match_language;
}
