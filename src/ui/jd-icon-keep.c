/* jd-icon-keep.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-icons"

#include "config.h"

#include "jd-ui-private.h"

/* Works around a race in GTK's icon theme (seen with GTK 4.8; the code is
 * the same in later versions). The theme caches every icon it looked up,
 * and a ring of the last 32 it used keeps them alive. When a slot of the
 * ring holds an icon's last reference, whichever thread moves the ring on
 * finalizes the icon, GTK's icon-loading thread included; if the main
 * thread looks up the same icon meanwhile, it finds it in the cache and
 * takes a reference to an object being finalized ("g_object_ref:
 * assertion '!object_already_finalized' failed", then a crash). The
 * editor makes and drops rows, and with them their icons, all the time,
 * which is what runs into it.
 *
 * Holding a reference to each icon the windows show, for the life of the
 * theme, keeps the ring from ever having the last one. It has to be the
 * cache's own entry, looked up with the same key as GTK's lookups: the
 * names, size, scale, direction and flags of GtkImage (a themed icon,
 * with the default fallbacks where GTK asks for them), both with and
 * without GTK_ICON_LOOKUP_PRELOAD, and those of -gtk-icontheme() in the
 * style sheet (the name alone, no direction, no flags). */

typedef enum
{
  KEEP_IMAGE,
  KEEP_IMAGE_WITH_FALLBACKS,
  KEEP_STYLE,
} KeepKind;

/* Icons shown at the usual size, 16 pixels; the category icons come from
 * the library. Those that are not ours are what GTK and libadwaita show
 * in the widgets the windows use (search entries, entry rows, expander
 * rows, spin buttons, window controls, menus). */
static const struct {
  const char *name;
  KeepKind    kind;
} kept_icons[] = {
  { "adw-expander-arrow-symbolic", KEEP_IMAGE },
  { "dialog-error-symbolic", KEEP_IMAGE },
  { "dialog-information-symbolic", KEEP_IMAGE },
  { "dialog-warning-symbolic", KEEP_IMAGE },
  { "document-edit-symbolic", KEEP_IMAGE },
  { "document-open-recent-symbolic", KEEP_IMAGE },
  { "document-open-symbolic", KEEP_IMAGE },
  { "document-send-symbolic", KEEP_IMAGE },
  { "edit-clear-symbolic", KEEP_IMAGE },
  { "edit-copy-symbolic", KEEP_IMAGE },
  { "edit-find-replace-symbolic", KEEP_IMAGE },
  { "edit-find-symbolic", KEEP_IMAGE },
  { "emblem-system-symbolic", KEEP_IMAGE },
  { "folder-open-symbolic", KEEP_IMAGE },
  { "go-down-symbolic", KEEP_IMAGE },
  { "go-next-symbolic", KEEP_IMAGE },
  { "go-previous-symbolic", KEEP_IMAGE },
  { "go-up-symbolic", KEEP_IMAGE },
  { "list-add-symbolic", KEEP_IMAGE },
  { "open-menu-symbolic", KEEP_IMAGE },
  { "pan-down-symbolic", KEEP_IMAGE },
  { "preferences-system-symbolic", KEEP_IMAGE },
  { "sidebar-show-symbolic", KEEP_IMAGE },
  { "system-search-symbolic", KEEP_IMAGE },
  { "system-users-symbolic", KEEP_IMAGE },
  { "tools-check-spelling-symbolic", KEEP_IMAGE },
  { "user-trash-symbolic", KEEP_IMAGE },
  { "value-decrease-symbolic", KEEP_IMAGE },
  { "value-increase-symbolic", KEEP_IMAGE },
  { "view-more-symbolic", KEEP_IMAGE },
  { "window-close-symbolic", KEEP_IMAGE },
  { "x-office-calendar-symbolic", KEEP_IMAGE },
  { "zoom-fit-best-symbolic", KEEP_IMAGE },
  { "zoom-in-symbolic", KEEP_IMAGE },
  { "zoom-out-symbolic", KEEP_IMAGE },
  { "window-close-symbolic", KEEP_IMAGE_WITH_FALLBACKS },
  { "window-maximize-symbolic", KEEP_IMAGE_WITH_FALLBACKS },
  { "window-minimize-symbolic", KEEP_IMAGE_WITH_FALLBACKS },
  { "window-restore-symbolic", KEEP_IMAGE_WITH_FALLBACKS },
  { "pan-down-symbolic", KEEP_STYLE },
  { "pan-end-symbolic", KEEP_STYLE },
  { "pan-start-symbolic", KEEP_STYLE },
};

#define KEPT_SIZE 16

typedef struct
{
  GtkIconTheme *theme;
  /* The icons kept (a GPtrArray of GtkIconPaintables) by the scale and
   * direction they were looked up for, as keep_key() makes it. */
  GHashTable   *kept;
  char        **category_icons;
} IconKeep;

static gpointer
keep_key (int              scale,
          GtkTextDirection direction)
{
  return GINT_TO_POINTER (scale << 2 | direction);
}

static void
icon_keep_free (gpointer data)
{
  IconKeep *keep = data;

  g_hash_table_unref (keep->kept);
  g_strfreev (keep->category_icons);
  g_free (keep);
}

static void
add_image_icon_for (GPtrArray         *icons,
                    GtkIconTheme      *theme,
                    GIcon             *gicon,
                    int                scale,
                    GtkTextDirection   direction)
{
  g_ptr_array_add (icons, gtk_icon_theme_lookup_by_gicon (theme, gicon, KEPT_SIZE, scale, direction, 0));
  g_ptr_array_add (icons, gtk_icon_theme_lookup_by_gicon (theme, gicon, KEPT_SIZE, scale, direction,
                                                          GTK_ICON_LOOKUP_PRELOAD));
}

static void
add_image_icon (GPtrArray         *icons,
                GtkIconTheme      *theme,
                GIcon             *gicon,
                int                scale,
                GtkTextDirection   direction)
{
  add_image_icon_for (icons, theme, gicon, scale, direction);

  /* GTK 4.8's GtkIconHelper passes the direction as the scale and the
   * scale as the direction (later versions fixed it); with scale 1 and
   * left to right, the two are the same. */
  if ((int)direction != scale && direction != GTK_TEXT_DIR_NONE && scale <= GTK_TEXT_DIR_RTL)
    add_image_icon_for (icons, theme, gicon, direction, scale);
}

static GPtrArray *
look_up_icons (IconKeep         *keep,
               int               scale,
               GtkTextDirection  direction)
{
  GPtrArray *icons = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (kept_icons); i++)
    {
      const char *name = kept_icons[i].name;
      g_autoptr(GIcon) gicon = NULL;

      switch (kept_icons[i].kind)
        {
        case KEEP_IMAGE:
          gicon = g_themed_icon_new (name);
          add_image_icon (icons, keep->theme, gicon, scale, direction);
          break;

        case KEEP_IMAGE_WITH_FALLBACKS:
          gicon = g_themed_icon_new_with_default_fallbacks (name);
          add_image_icon (icons, keep->theme, gicon, scale, direction);
          break;

        case KEEP_STYLE:
          g_ptr_array_add (icons, gtk_icon_theme_lookup_icon (keep->theme, name, NULL, KEPT_SIZE, scale,
                                                              GTK_TEXT_DIR_NONE, 0));
          break;

        default:
          g_assert_not_reached ();
        }
    }

  for (guint i = 0; keep->category_icons[i] != NULL; i++)
    {
      g_autoptr(GIcon) gicon = g_themed_icon_new (keep->category_icons[i]);

      add_image_icon (icons, keep->theme, gicon, scale, direction);
    }

  return icons;
}

/* A new icon theme drops the cache, and with it the icons kept: the same
 * ones are looked up again. */
static void
theme_changed_cb (GtkIconTheme *theme,
                  IconKeep     *keep)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, keep->kept);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int scale = GPOINTER_TO_INT (key) >> 2;
      GtkTextDirection direction = GPOINTER_TO_INT (key) & 3;

      g_hash_table_iter_replace (&iter, look_up_icons (keep, scale, direction));
    }
}

static char **
dup_category_icons (JdLibrary *library)
{
  GListModel *categories = jd_library_get_categories (library);
  guint n = g_list_model_get_n_items (categories);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdCategory) category = g_list_model_get_item (categories, i);
      const char *icon_name = jd_category_get_icon_name (category);

      if (icon_name != NULL)
        g_strv_builder_add (builder, icon_name);
    }

  return g_strv_builder_end (builder);
}

typedef struct
{
  GtkIconTheme     *theme;
  int               scale;
  GtkTextDirection  direction;
} KeepLater;

static void
keep_later_free (gpointer data)
{
  KeepLater *later = data;

  g_object_unref (later->theme);
  g_free (later);
}

static gboolean
keep_later_cb (gpointer data)
{
  KeepLater *later = data;
  IconKeep *keep = g_object_get_data (G_OBJECT (later->theme), "jd-icon-keep");

  g_hash_table_insert (keep->kept, keep_key (later->scale, later->direction),
                       look_up_icons (keep, later->scale, later->direction));

  return G_SOURCE_REMOVE;
}

/**
 * _jd_icons_keep:
 * @widget: a realized widget
 * @library: the library whose category icons the sidebar shows
 *
 * Keeps the icons the windows show alive in the icon theme of
 * @widget's display, at @widget's scale and direction, until the
 * display closes. The lookups (2–3 ms) wait until the window has
 * drawn; nothing is done when they are made or planned already.
 */
void
_jd_icons_keep (GtkWidget *widget,
                JdLibrary *library)
{
  GtkIconTheme *theme;
  IconKeep *keep;
  KeepLater *later;
  int scale;
  GtkTextDirection direction;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (JD_IS_LIBRARY (library));

  theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  keep = g_object_get_data (G_OBJECT (theme), "jd-icon-keep");
  if (keep == NULL)
    {
      keep = g_new0 (IconKeep, 1);
      keep->theme = theme;
      keep->kept = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
      keep->category_icons = dup_category_icons (library);
      g_object_set_data_full (G_OBJECT (theme), "jd-icon-keep", keep, icon_keep_free);
      g_signal_connect (theme, "changed", G_CALLBACK (theme_changed_cb), keep);
    }

  scale = gtk_widget_get_scale_factor (widget);
  direction = gtk_widget_get_direction (widget);
  if (g_hash_table_contains (keep->kept, keep_key (scale, direction)))
    return;

  /* Planned: an empty set of icons until the lookups are made. */
  g_hash_table_insert (keep->kept, keep_key (scale, direction), g_ptr_array_new ());

  later = g_new0 (KeepLater, 1);
  later->theme = g_object_ref (theme);
  later->scale = scale;
  later->direction = direction;
  g_idle_add_full (G_PRIORITY_LOW, keep_later_cb, later, keep_later_free);
}
