/* jd-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-library"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "jd-category-private.h"
#include "jd-document-io.h"
#include "jd-library.h"
#include "jd-resources-private.h"
#include "jd-search-index-private.h"
#include "jd-template-private.h"
#include "jd-xml-private.h"

/* The template library: the categories and templates built into the
 * application (one XML file each, with every translation merged in from
 * the po files at build time) and the user's own templates, .jobdesc
 * documents in $XDG_DATA_HOME/jobscribe/templates. */

#define LIBRARY_NS "https://jobscribe.github.io/ns/library/1"
#define BUILTIN_ROOT "resource://" RESOURCE_BASE "/library"

struct _JdLibrary
{
  GObject     parent_instance;

  GFile      *root;
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
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *)node->name, name) == 0 &&
         node->ns != NULL &&
         strcmp ((const char *)node->ns->href, LIBRARY_NS) == 0;
}

static char *
get_lang (xmlNode *node)
{
  return (char *)xmlGetNsProp (node, (const xmlChar *)"lang", XML_XML_NAMESPACE);
}

/* The build puts each translation right after its English source, as a
 * sibling with xml:lang; this gathers them into one JdLocalized each. */
static void
collect_texts (xmlNode    *parent,
               const char *name,
               GPtrArray  *out)
{
  JdLocalized *current = NULL;

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *lang = NULL;
      g_autofree char *text = NULL;

      if (!is_element (node, name))
        continue;

      lang = get_lang (node);
      text = (char *)xmlNodeGetContent (node);
      g_strstrip (text);

      if (lang == NULL)
        {
          current = jd_localized_new (text);
          g_ptr_array_add (out, current);
        }
      else if (current != NULL)
        jd_localized_add (current, lang, text);
    }
}

static JdLocalized *
collect_one (xmlNode    *parent,
             const char *name)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_localized_free);

  collect_texts (parent, name, texts);
  if (texts->len == 0)
    return jd_localized_new ("");

  return g_ptr_array_steal_index (texts, 0);
}

static xmlDoc *
read_xml (GFile   *file,
          GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  JdXmlErrorKind kind;
  guint line = 0;
  gsize len = 0;
  xmlDoc *doc;

  if (!g_file_load_contents (file, NULL, &contents, &len, NULL, error))
    return NULL;

  doc = _jd_xml_read (contents, len, &line, &kind, &message);
  if (doc == NULL)
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN,
                   "%s:%u: %s", name, line, message);
    }

  return doc;
}

static gboolean
load_categories (JdLibrary  *self,
                 GError    **error)
{
  g_autoptr(GFile) file = g_file_get_child (self->root, "categories.xml");
  xmlDoc *doc = read_xml (file, error);
  xmlNode *root;

  if (doc == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  if (!is_element (root, "categories"))
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

      if (!is_element (node, "category"))
        continue;

      id = (char *)xmlGetProp (node, (const xmlChar *)"id");
      icon = (char *)xmlGetProp (node, (const xmlChar *)"icon");
      category = _jd_category_new (id, icon,
                                   collect_one (node, "name"),
                                   collect_one (node, "description"));
      g_list_store_append (self->categories, category);
    }

  xmlFreeDoc (doc);
  return TRUE;
}

static const struct {
  const char      *list;
  const char      *item;
  JdTemplateField  field;
} template_fields[] = {
  { "alt-titles", "alt", JD_TEMPLATE_FIELD_ALT_TITLES },
  { "keywords", "keyword", JD_TEMPLATE_FIELD_KEYWORDS },
  { "brief", "p", JD_TEMPLATE_FIELD_BRIEF },
  { "responsibilities", "item", JD_TEMPLATE_FIELD_RESPONSIBILITIES },
  { "requirements", "item", JD_TEMPLATE_FIELD_REQUIREMENTS },
  { "nice-to-have", "item", JD_TEMPLATE_FIELD_NICE_TO_HAVE },
  { "questions", "question", JD_TEMPLATE_FIELD_QUESTIONS },
};

static JdTemplate *
parse_template (GFile   *file,
                GError **error)
{
  g_autofree char *id = NULL;
  g_autofree char *category = NULL;
  g_autofree char *isco = NULL;
  JdTemplate *template;
  xmlDoc *doc = read_xml (file, error);
  xmlNode *root;

  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!is_element (root, "template"))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN,
                   "%s: the root element is not <template>", name);
      xmlFreeDoc (doc);
      return NULL;
    }

  id = (char *)xmlGetProp (root, (const xmlChar *)"id");
  category = (char *)xmlGetProp (root, (const xmlChar *)"category");
  isco = (char *)xmlGetProp (root, (const xmlChar *)"isco");
  template = _jd_template_new (id, category, isco);
  _jd_template_set_title (template, collect_one (root, "title"));

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (is_element (node, "related"))
        {
          for (xmlNode *ref = node->children; ref != NULL; ref = ref->next)
            if (is_element (ref, "ref"))
              {
                g_autofree char *ref_id = (char *)xmlGetProp (ref, (const xmlChar *)"id");
                _jd_template_add_related (template, ref_id);
              }
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (template_fields); i++)
        if (is_element (node, template_fields[i].list))
          collect_texts (node, template_fields[i].item,
                         _jd_template_peek_texts (template, template_fields[i].field));
    }

  xmlFreeDoc (doc);
  return template;
}

static void
add_template (JdLibrary  *self,
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
static GPtrArray *
list_children (GFile       *dir,
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

static gboolean
load_builtin_templates (JdLibrary  *self,
                        GError    **error)
{
  g_autoptr(GFile) templates_dir = g_file_get_child (self->root, "templates");
  g_autoptr(GPtrArray) category_dirs = NULL;

  category_dirs = list_children (templates_dir, G_FILE_TYPE_DIRECTORY, NULL, error);
  if (category_dirs == NULL)
    return FALSE;

  for (guint i = 0; i < category_dirs->len; i++)
    {
      g_autoptr(GPtrArray) files = NULL;

      files = list_children (g_ptr_array_index (category_dirs, i), G_FILE_TYPE_REGULAR, ".xml", error);
      if (files == NULL)
        return FALSE;

      for (guint j = 0; j < files->len; j++)
        {
          g_autoptr(JdTemplate) template = parse_template (g_ptr_array_index (files, j), error);

          if (template == NULL)
            return FALSE;
          add_template (self, template);
        }
    }

  return TRUE;
}

/* "Senior Sales Lead (Berlin)" becomes "senior-sales-lead-berlin"; a name
 * without a Latin letter or digit becomes "". */
static char *
slugify (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);
  GString *slug = g_string_new (NULL);

  for (const char *p = lower; *p; p++)
    {
      if (!g_ascii_isalnum (*p))
        continue;

      if (slug->len > 0 && p > lower && !g_ascii_isalnum (p[-1]))
        g_string_append_c (slug, '-');
      g_string_append_c (slug, *p);
    }

  return g_string_free (slug, FALSE);
}

/* User templates get ids of their own, apart from the built-in ones. */
static char *
make_user_id (const char *name)
{
  g_autofree char *slug = slugify (name);

  return g_strconcat ("my-", slug[0] ? slug : "template", NULL);
}

/* Names without Latin letters, Greek ones say, share a stem, so ids get a
 * number where they would clash. */
static JdTemplate *
load_user_template (JdLibrary  *self,
                    GFile      *file,
                    GError    **error)
{
  g_autoptr(JdDocument) document = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *stem = NULL;
  g_autofree char *id = NULL;
  guint line = 0;

  document = jd_document_load (file, NULL, &line, error);
  if (document == NULL)
    return NULL;

  basename[strlen (basename) - strlen (".jobdesc")] = '\0';
  stem = make_user_id (basename);
  id = g_strdup (stem);
  for (guint i = 2; jd_library_lookup (self, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", stem, i);
    }

  return _jd_template_new_for_document (id, JD_CATEGORY_MY_TEMPLATES, document);
}

/* A broken user file is skipped with a warning that names it; it never
 * keeps the library from loading. */
static void
load_user_templates (JdLibrary *self)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;

  files = list_children (self->user_dir, G_FILE_TYPE_REGULAR, ".jobdesc", &error);
  if (files == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Could not read the folder of user templates: %s", error->message);
      return;
    }

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(JdTemplate) template = NULL;
      g_autoptr(GError) load_error = NULL;

      template = load_user_template (self, file, &load_error);
      if (template == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_warning ("Skipping the user template %s: %s", name, load_error->message);
          continue;
        }

      add_template (self, template);
    }
}

/* Lists templates by category, in the order of categories.xml, then by id. */
static void
rebuild_template_list (JdLibrary *self)
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

  load_user_templates (self);
  rebuild_template_list (self);

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

static void
index_localized (JdSearchIndex     *index,
                 guint              doc,
                 const JdLocalized *text,
                 const char        *lang,
                 guint              weight)
{
  const char *value = jd_localized_get_exact (text, lang);

  if (value != NULL)
    _jd_search_index_add (index, doc, value, weight);
}

/* Builds the index of @lang over @templates, the library's list as it is
 * now. It only reads templates, which do not change once loaded, so it can
 * run in a thread. User templates are in one language, which may be any:
 * they go into the English index, which every search reads. */
static JdSearchIndex *
build_index (GPtrArray  *templates,
             const char *lang)
{
  JdSearchIndex *index = _jd_search_index_new ();

  for (guint i = 0; i < templates->len; i++)
    {
      JdTemplate *template = g_ptr_array_index (templates, i);
      gboolean user = jd_template_get_document (template) != NULL;
      const char *text_lang = user ? "en" : lang;

      if (user && strcmp (lang, "en") != 0)
        continue;

      index_localized (index, i, _jd_template_peek_title (template), text_lang, JD_SEARCH_WEIGHT_TITLE);
      for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
        {
          GPtrArray *texts = _jd_template_peek_texts (template, field);
          guint weight = field == JD_TEMPLATE_FIELD_ALT_TITLES ? JD_SEARCH_WEIGHT_ALT :
                         field == JD_TEMPLATE_FIELD_KEYWORDS ? JD_SEARCH_WEIGHT_KEYWORD :
                         JD_SEARCH_WEIGHT_BODY;

          for (guint j = 0; j < texts->len; j++)
            index_localized (index, i, g_ptr_array_index (texts, j), text_lang, weight);
        }
    }

  _jd_search_index_finish (index);
  return index;
}

static GPtrArray *
snapshot_templates (JdLibrary *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  GPtrArray *templates = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (templates, g_list_model_get_item (G_LIST_MODEL (self->templates), i));

  return templates;
}

static JdSearchIndex *
ensure_index (JdLibrary  *self,
              const char *lang)
{
  JdSearchIndex *index = g_hash_table_lookup (self->indexes, lang);
  g_autoptr(GPtrArray) templates = NULL;

  if (index != NULL)
    return index;

  templates = snapshot_templates (self);
  index = build_index (templates, lang);
  g_hash_table_insert (self->indexes, g_strdup (lang), index);

  return index;
}

typedef struct
{
  GPtrArray     *templates;
  char          *lang;
  guint          generation;
  JdSearchIndex *english;
  JdSearchIndex *other;
} PrepareData;

static void
prepare_data_free (PrepareData *data)
{
  g_clear_pointer (&data->templates, g_ptr_array_unref);
  g_clear_pointer (&data->lang, g_free);
  g_clear_pointer (&data->english, _jd_search_index_free);
  g_clear_pointer (&data->other, _jd_search_index_free);
  g_free (data);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PrepareData *data = task_data;

  data->english = build_index (data->templates, "en");
  if (strcmp (data->lang, "en") != 0)
    data->other = build_index (data->templates, data->lang);

  g_task_return_boolean (task, TRUE);
}

/**
 * jd_library_prepare_search_async:
 *
 * Builds the search indexes of English and @lang in a thread, so that the
 * first keystroke of a search in a large library does not wait for them.
 * An index that the library built meanwhile, or that a change of the
 * library made stale, is left as it is.
 */
void
jd_library_prepare_search_async (JdLibrary           *self,
                                 const char          *lang,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PrepareData *data;

  g_return_if_fail (JD_IS_LIBRARY (self));

  data = g_new0 (PrepareData, 1);
  data->templates = snapshot_templates (self);
  data->lang = jd_language_normalize (lang);
  data->generation = self->generation;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_library_prepare_search_async);
  g_task_set_task_data (task, data, (GDestroyNotify)prepare_data_free);
  g_task_run_in_thread (task, prepare_thread);
}

gboolean
jd_library_prepare_search_finish (JdLibrary     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  PrepareData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (data->generation == self->generation)
    {
      if (!g_hash_table_contains (self->indexes, "en"))
        g_hash_table_insert (self->indexes, g_strdup ("en"), g_steal_pointer (&data->english));
      if (data->other != NULL && !g_hash_table_contains (self->indexes, data->lang))
        g_hash_table_insert (self->indexes, g_strdup (data->lang), g_steal_pointer (&data->other));
    }

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  guint doc;
  guint score;
} Hit;

/* Best score first; among equals, the order of the library. */
static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a;
  const Hit *hb = b;

  if (ha->score != hb->score)
    return ha->score > hb->score ? -1 : 1;

  return ha->doc < hb->doc ? -1 : ha->doc > hb->doc;
}

/**
 * jd_library_search:
 * @query: what the user typed
 * @lang: the language to search in besides English
 *
 * Finds the templates whose title, other titles, keywords or texts contain
 * every word of @query, ignoring case and accents; a word of the query
 * matches the words it starts. Title matches come first.
 *
 * Returns: (transfer container) (element-type JdTemplate): the templates
 */
GPtrArray *
jd_library_search (JdLibrary  *self,
                   const char *query,
                   const char *lang)
{
  g_autofree char *language = NULL;
  g_autofree guint *total = NULL;
  g_autofree guint *best = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GArray) hits = NULL;
  JdSearchIndex *indexes[2];
  guint n_indexes = 1;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);

  language = jd_language_normalize (lang);
  words = _jd_search_tokenize (query);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->templates));
  result = g_ptr_array_new_full (0, g_object_unref);

  if (words[0] == NULL)
    {
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->templates), i));
      return result;
    }

  indexes[0] = ensure_index (self, "en");
  if (strcmp (language, "en") != 0)
    indexes[n_indexes++] = ensure_index (self, language);

  /* Scores in arrays indexed by template: every word must match, and a
   * template's score is the sum of its best score for each word. */
  total = g_new0 (guint, n);
  best = g_new (guint, n);
  for (guint w = 0; words[w] != NULL; w++)
    {
      memset (best, 0, n * sizeof (guint));
      for (guint i = 0; i < n_indexes; i++)
        _jd_search_index_match (indexes[i], words[w], best, n);

      for (guint doc = 0; doc < n; doc++)
        total[doc] = best[doc] == 0 || (w > 0 && total[doc] == 0) ? 0 : total[doc] + best[doc];
    }

  hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  for (guint doc = 0; doc < n; doc++)
    if (total[doc] > 0)
      {
        Hit hit = { doc, total[doc] };
        g_array_append_val (hits, hit);
      }

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->templates),
                                                    g_array_index (hits, Hit, i).doc));

  return result;
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
 * jd_library_save_user_template:
 *
 * Saves @document into the folder of user templates, under a file name
 * made from its title, and adds it to "My Templates".
 *
 * Returns: (transfer none) (nullable): the new template
 */
JdTemplate *
jd_library_save_user_template (JdLibrary   *self,
                               JdDocument  *document,
                               GError     **error)
{
  g_autoptr(JdTemplate) template = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *stem = NULL;
  const char *title;

  g_return_val_if_fail (JD_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  if (g_mkdir_with_parents (g_file_peek_path (self->user_dir), 0700) != 0)
    {
      int errsv = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   "%s", g_strerror (errsv));
      return NULL;
    }

  /* The file name is the slug of the title, which may be Greek and have
   * none; Greek titles keep their text inside the file all the same. */
  title = jd_document_get_title (document);
  stem = slugify (title ? title : "");
  if (stem[0] == '\0')
    {
      g_free (stem);
      stem = g_strdup ("template");
    }
  for (guint i = 1;; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup_printf ("%s.jobdesc", stem)
                                     : g_strdup_printf ("%s-%u.jobdesc", stem, i);

      g_clear_object (&file);
      file = g_file_get_child (self->user_dir, name);
      if (!g_file_query_exists (file, NULL))
        break;
    }

  if (!jd_document_save (document, file, NULL, NULL, error))
    return NULL;

  template = load_user_template (self, file, error);
  if (template == NULL)
    return NULL;

  add_template (self, template);
  rebuild_template_list (self);

  return jd_library_lookup (self, jd_template_get_id (template));
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
