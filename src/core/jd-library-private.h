/* jd-library-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-library.h"

G_BEGIN_DECLS

/* Shared by jd-library.c (loading), jd-library-search.c and
 * jd-library-user.c (the user's own templates). */
struct _JdLibrary
{
  GObject     parent_instance;

  GFile      *root;
  /* the resource of the built-in library, or NULL */
  GResource  *resource;
  GFile      *user_dir;

  GListStore *categories;
  GListStore *templates;
  GHashTable *by_id;        /* id → JdTemplate */

  /* language → JdSearchIndex, built on the first search in it */
  GHashTable *indexes;
  /* changes with every change of the list of templates */
  guint       generation;

  /* the words exports generate */
  JdTerms    *terms;
};

void       _jd_library_add_template          (JdLibrary  *self,
                                              JdTemplate *template);
void       _jd_library_rebuild_template_list (JdLibrary  *self);
void       _jd_library_load_user_templates   (JdLibrary  *self);
GPtrArray *_jd_library_list_children         (GFile      *dir,
                                              GFileType   type,
                                              const char *suffix,
                                              GError    **error);

G_END_DECLS
