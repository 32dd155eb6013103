/* jd-sidebar-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-library.h"

G_BEGIN_DECLS

typedef enum
{
  JD_SIDEBAR_ITEM_CATEGORY,
  JD_SIDEBAR_ITEM_TEMPLATE,
  JD_SIDEBAR_ITEM_RECENT_HEADER,
  JD_SIDEBAR_ITEM_RECENT_FILE,
} JdSidebarItemKind;

#define JD_TYPE_SIDEBAR_ITEM (jd_sidebar_item_get_type())

G_DECLARE_FINAL_TYPE (JdSidebarItem, jd_sidebar_item, JD, SIDEBAR_ITEM, GObject)

JdSidebarItem     *jd_sidebar_item_new_category      (JdCategory    *category,
                                                      const char    *lang,
                                                      GListModel    *children);
JdSidebarItem     *jd_sidebar_item_new_template      (JdTemplate    *template,
                                                      const char    *lang);
JdSidebarItem     *jd_sidebar_item_new_search_hit    (JdTemplate    *template,
                                                      const char    *lang,
                                                      JdLibrary     *library,
                                                      const char    *query);
JdSidebarItem     *jd_sidebar_item_new_recent_header (GListModel    *children);
JdSidebarItem     *jd_sidebar_item_new_recent_file   (GFile         *file,
                                                      const char    *display_name);
JdSidebarItemKind  jd_sidebar_item_get_kind          (JdSidebarItem *self);
const char        *jd_sidebar_item_get_title         (JdSidebarItem *self);
const char        *jd_sidebar_item_get_icon_name     (JdSidebarItem *self);
GListModel        *jd_sidebar_item_get_children      (JdSidebarItem *self);
JdTemplate        *jd_sidebar_item_get_template      (JdSidebarItem *self);
GFile             *jd_sidebar_item_get_file          (JdSidebarItem *self);
const char        *jd_sidebar_item_get_detail        (JdSidebarItem *self);
const char        *jd_sidebar_item_get_match_language (JdSidebarItem *self);

G_END_DECLS
