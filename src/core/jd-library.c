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

static int
compare_template_ids (gconstpointer a,
                      gconstpointer b)
{
  return strcmp (jd_template_get_id (*(JdTemplate * const *)a),
                 jd_template_get_id (*(JdTemplate * const *)b));
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

/* A field of a line of templates.index, with \\, \t and \n undone. */
static char *
index_field (const char *start,
             const char *end)
{
  GString *text;

  if (memchr (start, '\\', end - start) == NULL)
    return g_strndup (start, end - start);

  text = g_string_sized_new (end - start);
  for (const char *p = start; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end)
        {
          p++;
          g_string_append_c (text, *p == 't' ? '\t' : *p == 'n' ? '\n' : *p);
        }
      else
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/* Splits @line (without its newline) at tabs into at most @n_max fields. */
static GPtrArray *
split_index_line (const char *line,
                  const char *end,
                  guint       n_max)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *start = line;

  while (fields->len + 1 < n_max)
    {
      const char *tab = memchr (start, '\t', end - start);

      if (tab == NULL)
        break;
      g_ptr_array_add (fields, index_field (start, tab));
      start = tab + 1;
    }
  g_ptr_array_add (fields, index_field (start, end));

  return fields;
}

/* The build writes templates.index (build-aux/library-index.py): what
 * listing needs of every template, so that loading the library parses no
 * template. A template's file is only looked up here; jd-template.c parses
 * its body when it is first needed. */
static gboolean
load_builtin_templates (JdLibrary  *self,
                        GError    **error)
{
  g_autoptr(GFile) index_file = g_file_get_child (self->root, "templates.index");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JdTemplate) template = NULL;
  JdLocalized *current = NULL;
  const char *data;
  const char *end;
  gsize len;
  guint line_number = 0;

  bytes = g_file_load_bytes (index_file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  end = data + len;
  for (const char *line = data; line < end; )
    {
      const char *line_end = memchr (line, '\n', end - line);
      g_autoptr(GPtrArray) fields = NULL;
      const char *kind;
      gboolean valid = TRUE;

      if (line_end == NULL)
        line_end = end;
      line_number++;
      fields = split_index_line (line, line_end, 6);
      line = line_end + 1;
      kind = g_ptr_array_index (fields, 0);

      if (strcmp (kind, "T") == 0 && fields->len == 6)
        {
          g_autoptr(GFile) file = g_file_resolve_relative_path (self->root, g_ptr_array_index (fields, 5));
          g_autoptr(GBytes) xml = NULL;
          const char *isco = g_ptr_array_index (fields, 3);

          xml = g_file_load_bytes (file, NULL, NULL, error);
          if (xml == NULL)
            return FALSE;

          if (template != NULL)
            _jd_library_add_template (self, template);
          g_clear_object (&template);
          template = _jd_template_new (g_ptr_array_index (fields, 1),
                                       g_ptr_array_index (fields, 2),
                                       *isco != '\0' ? isco : NULL);
          _jd_template_set_frontline (template, strcmp (g_ptr_array_index (fields, 4), "1") == 0);
          _jd_template_set_body (template, xml, g_ptr_array_index (fields, 5));
          current = NULL;
        }
      else if (template != NULL && strchr ("tak", kind[0]) != NULL && kind[1] == '\0' &&
               fields->len == 3)
        {
          const char *lang = g_ptr_array_index (fields, 1);
          const char *text = g_ptr_array_index (fields, 2);

          if (*lang == '\0')
            {
              current = jd_localized_new (text);
              if (kind[0] == 't')
                _jd_template_set_title (template, current);
              else
                _jd_template_add_text (template,
                                       kind[0] == 'a' ? JD_TEMPLATE_FIELD_ALT_TITLES : JD_TEMPLATE_FIELD_KEYWORDS,
                                       current);
            }
          else if (current != NULL)
            jd_localized_add (current, lang, text);
          else
            valid = FALSE;
        }
      else if (template != NULL && strcmp (kind, "r") == 0 && fields->len == 2)
        _jd_template_add_related (template, g_ptr_array_index (fields, 1));
      else if (!(*kind == '\0' && fields->len == 1))
        valid = FALSE;

      if (!valid)
        {
          g_autofree char *name = g_file_get_parse_name (index_file);

          g_set_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN,
                       "%s:%u: not a line of a template index", name, line_number);
          return FALSE;
        }
    }

  if (template != NULL)
    _jd_library_add_template (self, template);

  return TRUE;
}

/* Lists templates by category, in the order of categories.xml, then by id. */
void
_jd_library_rebuild_template_list (JdLibrary *self)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdCategory) category = g_list_model_get_item (G_LIST_MODEL (self->categories), i);
      g_autoptr(GList) values = g_hash_table_get_values (self->by_id);
      g_autoptr(GPtrArray) in_category = g_ptr_array_new ();

      for (GList *l = values; l != NULL; l = l->next)
        if (g_strcmp0 (jd_template_get_category_id (l->data), jd_category_get_id (category)) == 0)
          g_ptr_array_add (in_category, l->data);

      g_ptr_array_sort (in_category, compare_template_ids);
      g_ptr_array_extend (ordered, in_category, NULL, NULL);
    }

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
