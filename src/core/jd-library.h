/* jd-library.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-category.h"
#include "jd-document.h"
#include "jd-template.h"
#include "jd-terms.h"

G_BEGIN_DECLS

#define JD_LIBRARY_ERROR (jd_library_error_quark ())

typedef enum
{
  JD_LIBRARY_ERROR_BROKEN,
  JD_LIBRARY_ERROR_UNKNOWN_TEMPLATE,
  JD_LIBRARY_ERROR_UNKNOWN_LANGUAGE,
} JdLibraryError;

#define JD_TYPE_LIBRARY (jd_library_get_type())

G_DECLARE_FINAL_TYPE (JdLibrary, jd_library, JD, LIBRARY, GObject)

GQuark              jd_library_error_quark           (void);
JdLibrary          *jd_library_new                   (GFile         *root,
                                                      GFile         *user_dir);
gboolean            jd_library_load                  (JdLibrary     *self,
                                                      GError       **error);
GListModel         *jd_library_get_categories        (JdLibrary     *self);
GListModel         *jd_library_get_templates         (JdLibrary     *self);
GListModel         *jd_library_dup_category_templates (JdLibrary    *self,
                                                      const char    *category_id);
JdCategory         *jd_library_lookup_category       (JdLibrary     *self,
                                                      const char    *category_id);
JdTemplate         *jd_library_lookup                (JdLibrary     *self,
                                                      const char    *template_id);
GPtrArray          *jd_library_search                (JdLibrary     *self,
                                                      const char    *query,
                                                      const char    *lang);
GPtrArray          *jd_library_search_in             (JdLibrary     *self,
                                                      const char    *query,
                                                      const char * const *current);
char               *jd_library_search_explain        (JdLibrary     *self,
                                                      JdTemplate    *template,
                                                      const char    *query,
                                                      const char    *lang,
                                                      char         **match_lang);
void                jd_library_prepare_search_async  (JdLibrary     *self,
                                                      GCancellable  *cancellable,
                                                      GAsyncReadyCallback callback,
                                                      gpointer       user_data);
gboolean            jd_library_prepare_search_finish (JdLibrary     *self,
                                                      GAsyncResult  *result,
                                                      GError       **error);
GPtrArray          *jd_library_dup_related           (JdLibrary     *self,
                                                      JdTemplate    *template);
JdTemplate         *jd_library_save_user_template    (JdLibrary     *self,
                                                      JdDocument    *document,
                                                      GError       **error);
JdDocument         *jd_library_create_document       (JdLibrary     *self,
                                                      const char    *template_id,
                                                      const char    *lang,
                                                      GError       **error);
JdTerms            *jd_library_get_terms             (JdLibrary     *self);

JdDocument         *jd_library_translate_document    (JdLibrary     *self,
                                                      JdDocument    *document,
                                                      const char    *lang,
                                                      guint         *n_kept);

G_END_DECLS
