/* jd-category.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-category"

#include "config.h"

#include "jd-category-private.h"

/* A job category of the library, such as Sales or Healthcare. */
struct _JdCategory
{
  GObject      parent_instance;

  char        *id;
  char        *icon_name;
  JdLocalized *name;
  JdLocalized *description;
};

G_DEFINE_FINAL_TYPE (JdCategory, jd_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jd_category_finalize (GObject *object)
{
  JdCategory *self = (JdCategory *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_pointer (&self->name, jd_localized_free);
  g_clear_pointer (&self->description, jd_localized_free);

  G_OBJECT_CLASS (jd_category_parent_class)->finalize (object);
}

static void
jd_category_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JdCategory *self = JD_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_category_class_init (JdCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_category_finalize;
  object_class->get_property = jd_category_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_category_init (JdCategory *self)
{
}

/* Takes ownership of @name and @description. */
JdCategory *
_jd_category_new (const char  *id,
                  const char  *icon_name,
                  JdLocalized *name,
                  JdLocalized *description)
{
  JdCategory *self = g_object_new (JD_TYPE_CATEGORY, NULL);

  self->id = g_strdup (id);
  self->icon_name = g_strdup (icon_name);
  self->name = name;
  self->description = description;

  return self;
}

const char *
jd_category_get_id (JdCategory *self)
{
  g_return_val_if_fail (JD_IS_CATEGORY (self), NULL);
  return self->id;
}

const char *
jd_category_get_icon_name (JdCategory *self)
{
  g_return_val_if_fail (JD_IS_CATEGORY (self), NULL);
  return self->icon_name;
}

const char *
jd_category_get_name (JdCategory *self,
                      const char *lang)
{
  g_return_val_if_fail (JD_IS_CATEGORY (self), NULL);
  return jd_localized_get (self->name, lang);
}

const char *
jd_category_get_description (JdCategory *self,
                             const char *lang)
{
  g_return_val_if_fail (JD_IS_CATEGORY (self), NULL);
  return jd_localized_get (self->description, lang);
}
