/* jd-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-library"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "jd-category-private.h"
#include "jd-library-index-private.h"
#include "jd-library-private.h"
#include "jd-library-xml-private.h"
#include "jd-resources-private.h"
#include "jd-search-index-private.h"
#include "jd-template-private.h"
#include "jd-xml-private.h"

/* The template library: the categories and templates built into the
 * application (one XML file each, with every translation merged in from
 * the po files at build time) and the user's own templates, .jobdesc
 * documents in $XDG_DATA_HOME/jobscribe/templates. */

#define BUILTIN_ROOT "resource://" RESOURCE_BASE "/library"

G_DEFINE_FINAL_TYPE (JdLibrary, jd_library, G_TYPE_OBJECT)

G_DEFINE_QUARK (jd-library-error-quark, jd_library_error)

static void
jd_library_finalize (GObject *object)
{
  JdLibrary *self = (JdLibrary *)object;

  g_clear_object (&self->root);
  g_clear_pointer (&self->resource, g_resource_unref);
  g_clear_object (&self->user_dir);
  g_clear_object (&self->categories);
  g_clear_object (&self->templates);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->indexes, g_hash_table_unref);
  g_clear_object (&self->terms);

  G_OBJECT_CLASS (jd_library_parent_class)->finalize (object);
}

static void
jd_library_class_init (JdLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_library_finalize;
}

static void
jd_library_init (JdLibrary *self)
{
  self->categories = g_list_store_new (JD_TYPE_CATEGORY);
  self->templates = g_list_store_new (JD_TYPE_TEMPLATE);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify)_jd_search_index_free);
}

/**
 * jd_library_new:
 * @root: (nullable): the folder with categories.xml and templates/, or
 *   %NULL for the library built into Jobscribe
 * @user_dir: (nullable): the folder of the user's templates, or %NULL for
 *   $XDG_DATA_HOME/jobscribe/templates
 *
 * Returns: (transfer full): a library; call jd_library_load() next
 */
JdLibrary *
jd_library_new (GFile *root,
                GFile *user_dir)
{
  JdLibrary *self = g_object_new (JD_TYPE_LIBRARY, NULL);

  _jd_resources_ensure ();

  self->root = root ? g_object_ref (root) : g_file_new_for_uri (BUILTIN_ROOT);
  if (root == NULL)
    self->resource = g_resource_ref (jd_library_get_resource ());
  if (user_dir != NULL)
    self->user_dir = g_object_ref (user_dir);
  else
    self->user_dir = g_file_new_build_filename (g_get_user_data_dir (), "jobscribe", "templates", NULL);
  self->terms = jd_terms_new (root);

  return self;
}

static gboolean
load_categories (JdLibrary  *self,
                 GError    **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->root, "categories.xml");
  xmlDoc *doc = _jd_xml_read_file (file, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN, error);
  xmlNode *root;

  if (doc == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  if (!_jd_library_xml_is_element (root, "categories"))
    {
      g_set_error_literal (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN,
                           "categories.xml has no <categories>");
      xmlFreeDoc (doc);
      return FALSE;
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *icon = NULL;
      g_autoptr(JdCategory) category = NULL;

      if (!_jd_library_xml_is_element (node, "category"))
        continue;

      id = (char *)xmlGetProp (node, (const xmlChar *)"id");
      icon = (char *)xmlGetProp (node, (const xmlChar *)"icon");
      category = _jd_category_new (id, icon,
                                   _jd_library_xml_collect_one (node, "name"),
                                   _jd_library_xml_collect_one (node, "description"));
      g_list_store_append (self->categories, category);
    }

  xmlFreeDoc (doc);
  return TRUE;
}

void
_jd_library_add_template (JdLibrary  *self,
                          JdTemplate *template)
{
  g_hash_table_replace (self->by_id, g_strdup (jd_template_get_id (template)),
                        g_object_ref (template));
  g_hash_table_remove_all (self->indexes);
  self->generation++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Returns: (transfer full): the children of @dir ending in @suffix, sorted. */
GPtrArray *
_jd_library_list_children (GFile       *dir,
                           GFileType    type,
                           const char  *suffix,
                           GError     **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *files;

  enumerator = g_file_enumerate_children (dir,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, error);
  if (enumerator == NULL)
    return NULL;

  for (;;)
    {
      GFileInfo *info;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, error))
        return NULL;
      if (info == NULL)
        break;

      if (g_file_info_get_file_type (info) == type &&
          (suffix == NULL || g_str_has_suffix (g_file_info_get_name (info), suffix)))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
    }

  g_ptr_array_sort (names, compare_names);

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_get_child (dir, g_ptr_array_index (names, i)));

  return files;
}

static JdTemplate *
index_template (JdLibrary          *self,
                const char * const *fields)
{
  JdTemplate *template;
  const char *path = fields[4];

  template = _jd_template_new (fields[0], fields[1], *fields[2] != '\0' ? fields[2] : NULL);
  _jd_template_set_frontline (template, strcmp (fields[3], "1") == 0);

  if (self->resource != NULL)
    {
      g_autofree char *resource_path = g_strconcat (RESOURCE_BASE "/library/", path, NULL);

      _jd_template_set_body (template, self->resource, resource_path, NULL);
    }
  else
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (self->root, path);

      _jd_template_set_body (template, NULL, NULL, file);
    }

  return template;
}

/* The build writes templates.index (build-aux/library-index.py): what
 * listing needs of every template, so that loading the library parses no
 * template and reads none of their files. Loading reads the first record
 * of each template and skips the rest, which jd-template.c reads when the
 * title or another listing text is first needed, and the body from the
 * template's file after that. The strings stay where they are, in the
 * resource for the built-in library: templates hold a reference to the
 * index instead of copies. */
static gboolean
load_builtin_templates (JdLibrary  *self,
                        GError    **error)
{
  g_autoptr(GFile) index_file = g_file_get_child (self->root, "templates.index");
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  const char *end;
  gsize len;
  guint record = 0;

  bytes = g_file_load_bytes (index_file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  end = data + len;
  for (const char *p = data; p < end; )
    {
      g_autoptr(JdTemplate) template = NULL;
      const char *fields[JD_LIBRARY_INDEX_MAX_FIELDS];
      guint64 size = 0;
      char kind;

      record++;
      if (!_jd_library_index_read_record (&p, end, &kind, fields) || kind != 'T' ||
          !g_ascii_string_to_unsigned (fields[5], 10, 0, end - p, &size, NULL))
        {
          g_autofree char *name = g_file_get_parse_name (index_file);

          g_set_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN,
                       "%s: template %u: not a record of a template index", name, record);
          return FALSE;
        }

      template = index_template (self, fields);
      _jd_template_set_listing (template, bytes, p - data, size);
      _jd_library_add_template (self, template);
      p += size;
    }

  return TRUE;
}

typedef struct
{
  guint       category;
  JdTemplate *template;
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *pa = a;
  const Placed *pb = b;

  if (pa->category != pb->category)
    return pa->category < pb->category ? -1 : 1;

  return strcmp (jd_template_get_id (pa->template), jd_template_get_id (pb->template));
}

/* Lists templates by category, in the order of categories.xml, then by
 * id; a template of a category the library does not have is left out. */
void
_jd_library_rebuild_template_list (JdLibrary *self)
{
  g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GPtrArray) ordered = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  GHashTableIter iter;
  gpointer value;

  /* Positions from 1, so that a missing key (NULL) tells itself apart. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdCategory) category = g_list_model_get_item (G_LIST_MODEL (self->categories), i);

      g_hash_table_insert (positions, (char *)jd_category_get_id (category), GUINT_TO_POINTER (i + 1));
    }

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const char *category_id = jd_template_get_category_id (value);
      Placed entry = { 0, value };

      entry.category = category_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (positions, category_id)) : 0;
      if (entry.category != 0)
        g_array_append_val (placed, entry);
    }
  g_array_sort (placed, compare_placed);

  ordered = g_ptr_array_sized_new (placed->len);
  for (guint i = 0; i < placed->len; i++)
    g_ptr_array_add (ordered, g_array_index (placed, Placed, i).template);

  g_list_store_splice (self->templates, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->templates)),
                       ordered->pdata, ordered->len);
}

/**
 * jd_library_load:
 *
 * Reads the categories and templates. The built-in library must load; the
 * user's templates that do not are skipped with a warning.
 */
gboolean
jd_library_load (JdLibrary  *self,
                 GError    **error)
{
  g_autoptr(JdCategory) mine = NULL;

  g_return_val_if_fail (JD_IS_LIBRARY (self), FALSE);

  g_list_store_remove_all (self->categories);
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->indexes);
  self->generation++;

  if (!load_categories (self, error) ||
      !jd_terms_load (self->terms, error) ||
      !load_builtin_templates (self, error))
    return FALSE;

  mine = _jd_category_new (JD_CATEGORY_MY_TEMPLATES, "user-bookmarks-symbolic",
                           jd_localized_new (_("My Templates")),
                           jd_localized_new (_("Templates you saved from your own job descriptions")));
  g_list_store_append (self->categories, mine);

  _jd_library_load_user_templates (self);
  _jd_library_rebuild_template_list (self);

  return TRUE;
}

/* Returns: (transfer none): a list model of #JdCategory, "My Templates" last. */
GListModel *
jd_library_get_categories (JdLibrary *self)
{
  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->categories);
}

/* Returns: (transfer none): a list model of every #JdTemplate, by category. */
GListModel *
jd_library_get_templates (JdLibrary *self)
{
  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->templates);
}

/* Returns: (transfer full): a list model of the templates of a category. */
GListModel *
jd_library_dup_category_templates (JdLibrary  *self,
                                   const char *category_id)
{
  GListStore *store;
  guint n;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  store = g_list_store_new (JD_TYPE_TEMPLATE);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (G_LIST_MODEL (self->templates), i);

      if (g_strcmp0 (jd_template_get_category_id (template), category_id) == 0)
        g_list_store_append (store, template);
    }

  return G_LIST_MODEL (store);
}

/* Returns: (transfer none) (nullable) */
JdCategory *
jd_library_lookup_category (JdLibrary  *self,
                            const char *category_id)
{
  guint n;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdCategory) category = g_list_model_get_item (G_LIST_MODEL (self->categories), i);

      if (g_strcmp0 (jd_category_get_id (category), category_id) == 0)
        return category;
    }

  return NULL;
}

/* Returns: (transfer none) (nullable) */
JdTemplate *
jd_library_lookup (JdLibrary  *self,
                   const char *template_id)
{
  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  return template_id ? g_hash_table_lookup (self->by_id, template_id) : NULL;
}

/* Returns: (transfer container) (element-type JdTemplate): the related
 * templates that exist, in the order the template lists them. */
GPtrArray *
jd_library_dup_related (JdLibrary  *self,
                        JdTemplate *template)
{
  const char * const *ids;
  GPtrArray *related;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (JD_IS_TEMPLATE (template), NULL);

  related = g_ptr_array_new_with_free_func (g_object_unref);
  ids = jd_template_get_related_ids (template);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      JdTemplate *other = jd_library_lookup (self, ids[i]);

      if (other != NULL)
        g_ptr_array_add (related, g_object_ref (other));
    }

  return related;
}

/**
 * jd_library_create_document:
 *
 * Returns: (transfer full) (nullable): a new document from the template
 *   @template_id in @lang, or %NULL with an error naming what is unknown
 */
JdDocument *
jd_library_create_document (JdLibrary   *self,
                            const char  *template_id,
                            const char  *lang,
                            GError     **error)
{
  JdTemplate *template;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  if (!jd_terms_is_language (lang))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)jd_terms_get_languages ());

      g_set_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_UNKNOWN_LANGUAGE,
                   /* Translators: the first placeholder is what the user asked
                    * for, the second the list of language codes, such as
                    * “en, de, el”. */
                   _("Unknown language “%s”; use one of %s"), lang ? lang : "", known);
      return NULL;
    }

  template = jd_library_lookup (self, template_id);
  if (template == NULL)
    {
      g_set_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_UNKNOWN_TEMPLATE,
                   /* Translators: the placeholder is a template id such as
                    * “account-manager”. */
                   _("No template with the id “%s”; “jobscribe list-templates” lists them"),
                   template_id ? template_id : "");
      return NULL;
    }

  return jd_template_create_document (template, lang);
}

/**
 * jd_library_get_terms:
 *
 * Returns: (transfer none): the words exports generate, loaded with the
 *   library
 */
JdTerms *
jd_library_get_terms (JdLibrary *self)
{
  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  return self->terms;
}
