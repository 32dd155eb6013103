/* jd-template.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-template"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "jd-library-index-private.h"
#include "jd-library-xml-private.h"
#include "jd-template-private.h"
#include "jd-xml-private.h"

/* A job-description template of the library, with every translation the
 * build merged into it. A user template is a saved .jobdesc document; its
 * texts are that document's, in its one language.
 *
 * A template of the library comes from the library's index with what
 * listing it needs (title, other titles, keywords); the rest of its texts,
 * the body, is parsed from its XML when first asked for. Searching does
 * that in a thread, so the parse is done under a lock; once done, the
 * texts never change. */
struct _JdTemplate
{
  GObject      parent_instance;

  char        *id;
  char        *category_id;
  char        *occupation_code;
  gboolean     frontline;
  JdLocalized *title;
  GPtrArray   *texts[JD_TEMPLATE_N_FIELDS];
  GPtrArray   *related;
  JdDocument  *document;
  /* the records of the title, listing texts and related ids in the
   * library's index, whose strings they keep (read on first use) */
  GBytes      *listing_bytes;
  gsize        listing_offset;
  gsize        listing_size;
  gsize        listing_read;

  /* where the body is: a path in @body_resource, or @body_file */
  GResource   *body_resource;
  char        *body_path;
  GFile       *body_file;
  int          body_parsed;
};

G_DEFINE_FINAL_TYPE (JdTemplate, jd_template, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CATEGORY_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The names in the ids of template strings, "account-manager/requirements/2". */
static const char * const field_names[JD_TEMPLATE_N_FIELDS] = {
  [JD_TEMPLATE_FIELD_ALT_TITLES] = "alt-titles",
  [JD_TEMPLATE_FIELD_KEYWORDS] = "keywords",
  [JD_TEMPLATE_FIELD_BRIEF] = "brief",
  [JD_TEMPLATE_FIELD_RESPONSIBILITIES] = "responsibilities",
  [JD_TEMPLATE_FIELD_REQUIREMENTS] = "requirements",
  [JD_TEMPLATE_FIELD_NICE_TO_HAVE] = "nice-to-have",
  [JD_TEMPLATE_FIELD_QUESTIONS] = "questions",
};

/* The elements of the body, and those of each of its strings. */
static const struct {
  const char      *list;
  const char      *item;
  JdTemplateField  field;
} body_fields[] = {
  { "brief", "p", JD_TEMPLATE_FIELD_BRIEF },
  { "responsibilities", "item", JD_TEMPLATE_FIELD_RESPONSIBILITIES },
  { "requirements", "item", JD_TEMPLATE_FIELD_REQUIREMENTS },
  { "nice-to-have", "item", JD_TEMPLATE_FIELD_NICE_TO_HAVE },
  { "questions", "question", JD_TEMPLATE_FIELD_QUESTIONS },
};

static GMutex body_lock;

static void ensure_listing (JdTemplate *self);

const char *
jd_template_field_to_string (JdTemplateField field)
{
  g_return_val_if_fail (field < JD_TEMPLATE_N_FIELDS, NULL);
  return field_names[field];
}

static void
jd_template_finalize (GObject *object)
{
  JdTemplate *self = (JdTemplate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->category_id, g_free);
  g_clear_pointer (&self->occupation_code, g_free);
  g_clear_pointer (&self->title, jd_localized_free);
  for (guint i = 0; i < JD_TEMPLATE_N_FIELDS; i++)
    g_clear_pointer (&self->texts[i], g_ptr_array_unref);
  g_clear_pointer (&self->related, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_pointer (&self->body_resource, g_resource_unref);
  g_clear_pointer (&self->body_path, g_free);
  g_clear_object (&self->body_file);
  g_clear_pointer (&self->listing_bytes, g_bytes_unref);

  G_OBJECT_CLASS (jd_template_parent_class)->finalize (object);
}

static void
jd_template_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JdTemplate *self = JD_TEMPLATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_CATEGORY_ID:
      g_value_set_string (value, self->category_id);
      break;

    case PROP_TITLE:
      ensure_listing (self);
      g_value_set_string (value, jd_localized_get_source (self->title));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_template_class_init (JdTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_template_finalize;
  object_class->get_property = jd_template_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CATEGORY_ID] =
    g_param_spec_string ("category-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * JdTemplate:title:
   *
   * The title in English; jd_template_get_title() gives it in a language.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_template_init (JdTemplate *self)
{
  for (guint i = 0; i < JD_TEMPLATE_N_FIELDS; i++)
    self->texts[i] = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_localized_free);
  self->related = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->title = jd_localized_new ("");
  self->body_parsed = TRUE;
}

JdTemplate *
_jd_template_new (const char *id,
                  const char *category_id,
                  const char *occupation_code)
{
  JdTemplate *self = g_object_new (JD_TYPE_TEMPLATE, NULL);

  self->id = g_strdup (id);
  self->category_id = g_strdup (category_id);
  self->occupation_code = g_strdup (occupation_code);

  return self;
}

void
_jd_template_set_frontline (JdTemplate *self,
                            gboolean    frontline)
{
  g_return_if_fail (JD_IS_TEMPLATE (self));
  self->frontline = frontline;
}

static void
add_section_texts (JdTemplate      *self,
                   JdDocument      *document,
                   JdSectionKind    kind,
                   JdTemplateField  field)
{
  JdSection *section = jd_document_find_section (document, kind);
  guint n = section ? jd_section_get_n_blocks (section) : 0;

  for (guint i = 0; i < n; i++)
    _jd_template_add_text (self, field,
                           jd_localized_new (jd_block_get_text (jd_section_get_block (section, i))));
}

/* A user template: its texts are those of @document, for search and for
 * the template page; a new document from it is a copy of @document. */
JdTemplate *
_jd_template_new_for_document (const char *id,
                               const char *category_id,
                               JdDocument *document)
{
  JdTemplate *self = _jd_template_new (id, category_id,
                                       jd_document_get_occupation_code (document));
  const char *title = jd_document_get_title (document);

  self->document = jd_document_copy (document);
  _jd_template_set_title (self, jd_localized_new (title ? title : id));
  add_section_texts (self, document, JD_SECTION_BRIEF, JD_TEMPLATE_FIELD_BRIEF);
  add_section_texts (self, document, JD_SECTION_RESPONSIBILITIES, JD_TEMPLATE_FIELD_RESPONSIBILITIES);
  add_section_texts (self, document, JD_SECTION_REQUIREMENTS, JD_TEMPLATE_FIELD_REQUIREMENTS);
  add_section_texts (self, document, JD_SECTION_NICE_TO_HAVE, JD_TEMPLATE_FIELD_NICE_TO_HAVE);

  return self;
}

/* The body is in @resource at @path, or in @file: a template of the
 * built-in library keeps a reference to its resource, so that a search
 * still running in a thread when the process exits (and the resource is
 * unregistered) can read it. */
void
_jd_template_set_body (JdTemplate *self,
                       GResource  *resource,
                       const char *path,
                       GFile      *file)
{
  g_return_if_fail ((resource != NULL && path != NULL) || G_IS_FILE (file));

  g_clear_pointer (&self->body_resource, g_resource_unref);
  g_clear_pointer (&self->body_path, g_free);
  g_clear_object (&self->body_file);
  if (resource != NULL)
    {
      self->body_resource = g_resource_ref (resource);
      self->body_path = g_strdup (path);
    }
  else
    self->body_file = g_object_ref (file);
  self->body_parsed = FALSE;
}

/* The title, other titles, keywords and related ids of the template are
 * the records at @offset in @bytes, @size bytes of the library's index
 * (jd-library-index.c): they are read when one of them is first needed,
 * and their strings stay in @bytes, which the template keeps. */
void
_jd_template_set_listing (JdTemplate *self,
                          GBytes     *bytes,
                          gsize       offset,
                          gsize       size)
{
  g_return_if_fail (offset + size <= g_bytes_get_size (bytes));

  g_clear_pointer (&self->listing_bytes, g_bytes_unref);
  self->listing_bytes = g_bytes_ref (bytes);
  self->listing_offset = offset;
  self->listing_size = size;
  self->listing_read = FALSE;
}

static void
read_listing (JdTemplate *self)
{
  const char *data = g_bytes_get_data (self->listing_bytes, NULL);
  const char *p = data + self->listing_offset;
  const char *end = p + self->listing_size;
  JdLocalized *current = NULL;

  while (p < end)
    {
      const char *fields[JD_LIBRARY_INDEX_MAX_FIELDS];
      char kind;

      if (!_jd_library_index_read_record (&p, end, &kind, fields) || kind == 'T' ||
          (kind != 'r' && fields[0][0] != '\0' && current == NULL))
        {
          /* The build writes the index (build-aux/library-index.py). */
          g_critical ("The library is broken: the index of template %s", self->id);
          return;
        }

      if (kind == 'r')
        _jd_template_add_related (self, fields[0]);
      else if (fields[0][0] != '\0')
        jd_localized_add_borrowed (current, fields[0], fields[1]);
      else
        {
          current = jd_localized_new_borrowed (fields[1]);
          if (kind == 't')
            _jd_template_set_title (self, current);
          else
            _jd_template_add_text (self,
                                   kind == 'a' ? JD_TEMPLATE_FIELD_ALT_TITLES : JD_TEMPLATE_FIELD_KEYWORDS,
                                   current);
        }
    }
}

/* Thread-safe: a search thread reads titles and keywords. */
static void
ensure_listing (JdTemplate *self)
{
  if (g_once_init_enter (&self->listing_read))
    {
      if (self->listing_bytes != NULL)
        read_listing (self);
      g_once_init_leave (&self->listing_read, TRUE);
    }
}

static void
parse_body (JdTemplate *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  xmlDoc *doc = NULL;
  xmlNode *root;

  if (self->body_resource != NULL)
    {
      name = g_strdup (self->body_path);
      bytes = g_resource_lookup_data (self->body_resource, self->body_path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
    }
  else
    {
      name = g_file_get_parse_name (self->body_file);
      bytes = g_file_load_bytes (self->body_file, NULL, NULL, &error);
    }

  if (bytes != NULL)
    doc = _jd_xml_read_bytes (bytes, name, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, &error);
  if (doc == NULL)
    {
      /* The build checks every file of the library against its schema. */
      g_critical ("The library is broken: %s", error->message);
      return;
    }

  root = xmlDocGetRootElement (doc);
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    for (guint i = 0; i < G_N_ELEMENTS (body_fields); i++)
      if (_jd_library_xml_is_element (node, body_fields[i].list))
        _jd_library_xml_collect_texts (node, body_fields[i].item, self->texts[body_fields[i].field]);

  xmlFreeDoc (doc);
}

static void
ensure_body (JdTemplate      *self,
             JdTemplateField  field)
{
  ensure_listing (self);
  if (field < JD_TEMPLATE_FIELD_BRIEF || g_atomic_int_get (&self->body_parsed))
    return;

  g_mutex_lock (&body_lock);
  if (!self->body_parsed)
    {
      parse_body (self);
      g_atomic_int_set (&self->body_parsed, TRUE);
    }
  g_mutex_unlock (&body_lock);
}

void
_jd_template_set_title (JdTemplate  *self,
                        JdLocalized *title)
{
  g_clear_pointer (&self->title, jd_localized_free);
  self->title = title;
}

void
_jd_template_add_text (JdTemplate      *self,
                       JdTemplateField  field,
                       JdLocalized     *text)
{
  g_ptr_array_add (self->texts[field], text);
}

void
_jd_template_add_related (JdTemplate *self,
                          const char *id)
{
  g_ptr_array_add (self->related, g_strdup (id));
}

const JdLocalized *
_jd_template_peek_title (JdTemplate *self)
{
  ensure_listing (self);
  return self->title;
}

GPtrArray *
_jd_template_peek_texts (JdTemplate      *self,
                         JdTemplateField  field)
{
  ensure_body (self, field);
  return self->texts[field];
}

const char *
jd_template_get_id (JdTemplate *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  return self->id;
}

const char *
jd_template_get_category_id (JdTemplate *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  return self->category_id;
}

/* Returns: (nullable): the ISCO-08 unit group of the job. */
const char *
jd_template_get_occupation_code (JdTemplate *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  return self->occupation_code;
}

/* Returns: whether the job is a frontline or hourly one (retail, warehouse,
 * driving, care, cleaning, trades, hospitality…), as the library marks it.
 * User templates are not. */
gboolean
jd_template_get_frontline (JdTemplate *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), FALSE);
  return self->frontline;
}

/* Returns: the title in @lang, in English where it is not translated. */
const char *
jd_template_get_title (JdTemplate *self,
                       const char *lang)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);

  ensure_listing (self);
  return jd_localized_get (self->title, lang);
}

/* Whether the template has been translated into @lang (its title is). */
gboolean
jd_template_has_language (JdTemplate *self,
                          const char *lang)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), FALSE);

  ensure_listing (self);
  return jd_localized_get_exact (self->title, lang) != NULL;
}

guint
jd_template_get_n_texts (JdTemplate      *self,
                         JdTemplateField  field)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), 0);
  g_return_val_if_fail (field < JD_TEMPLATE_N_FIELDS, 0);

  ensure_body (self, field);
  return self->texts[field]->len;
}

/* Returns: the text in @lang, falling back to English for this one string. */
const char *
jd_template_get_text (JdTemplate      *self,
                      JdTemplateField  field,
                      guint            position,
                      const char      *lang)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (field < JD_TEMPLATE_N_FIELDS, NULL);

  ensure_body (self, field);
  g_return_val_if_fail (position < self->texts[field]->len, NULL);

  return jd_localized_get (g_ptr_array_index (self->texts[field], position), lang);
}

/* Returns: (transfer full): the texts of @field in @lang. */
char **
jd_template_dup_texts (JdTemplate      *self,
                       JdTemplateField  field,
                       const char      *lang)
{
  GStrvBuilder *builder;
  char **strv;

  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (field < JD_TEMPLATE_N_FIELDS, NULL);

  ensure_body (self, field);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->texts[field]->len; i++)
    g_strv_builder_add (builder, jd_template_get_text (self, field, i, lang));
  strv = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return strv;
}

/* Returns: the ids of related templates, as written in the library. */
const char * const *
jd_template_get_related_ids (JdTemplate *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);

  ensure_listing (self);
  return (const char * const *)self->related->pdata;
}

static char *
make_source (JdTemplate      *self,
             JdTemplateField  field,
             guint            position)
{
  return g_strdup_printf ("%s/%s/%u", self->id, field_names[field], position + 1);
}

/**
 * jd_template_lookup_source:
 * @source: the id of a template string, as blocks remember it
 *
 * Returns: (nullable): that string in @lang (English where it is not
 *   translated), or %NULL when @source is not a string of this template.
 */
const char *
jd_template_lookup_source (JdTemplate *self,
                           const char *source,
                           const char *lang)
{
  g_auto(GStrv) parts = NULL;
  guint64 position;

  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  parts = g_strsplit (source, "/", 3);
  if (g_strv_length (parts) != 3 || strcmp (parts[0], self->id) != 0)
    return NULL;

  if (!g_ascii_string_to_unsigned (parts[2], 10, 1, G_MAXUINT, &position, NULL))
    return NULL;

  ensure_body (self, JD_TEMPLATE_FIELD_BRIEF);
  for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
    if (strcmp (parts[1], field_names[field]) == 0 && position <= self->texts[field]->len)
      return jd_template_get_text (self, field, (guint)position - 1, lang);

  return NULL;
}

/* Returns: (transfer none) (nullable): the document of a user template. */
JdDocument *
jd_template_get_document (JdTemplate *self)
{
  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);
  return self->document;
}

static void
add_section (JdTemplate      *self,
             JdDocument      *document,
             JdSectionKind    kind,
             JdTemplateField  field,
             JdBlockKind      block_kind,
             const char      *lang)
{
  g_autoptr(JdSection) section = NULL;

  ensure_body (self, field);
  if (self->texts[field]->len == 0)
    return;

  section = jd_section_new (kind);
  for (guint i = 0; i < self->texts[field]->len; i++)
    {
      g_autofree char *source = make_source (self, field, i);
      JdBlock *block = jd_section_add_text (section, block_kind,
                                            jd_template_get_text (self, field, i, lang));

      jd_block_set_source (block, source);
    }

  jd_document_append_section (document, section);
}

/**
 * jd_template_create_document:
 * @lang: the language of the new document
 *
 * Makes a new document from the template: its title, occupation code, a
 * brief, responsibilities, requirements and nice-to-haves. Every block
 * remembers the template string it came from.
 *
 * Returns: (transfer full): a new document
 */
JdDocument *
jd_template_create_document (JdTemplate *self,
                             const char *lang)
{
  g_autofree char *language = NULL;
  JdDocument *document;

  g_return_val_if_fail (JD_IS_TEMPLATE (self), NULL);

  if (self->document != NULL)
    {
      document = jd_document_copy (self->document);
      jd_document_set_template_id (document, self->id);
      return document;
    }

  language = jd_language_normalize (lang);
  document = jd_document_new ();
  jd_document_set_language (document, language);
  jd_document_set_title (document, jd_template_get_title (self, language));
  jd_document_set_template_id (document, self->id);
  jd_document_set_occupation_code (document, self->occupation_code);

  add_section (self, document, JD_SECTION_BRIEF, JD_TEMPLATE_FIELD_BRIEF, JD_BLOCK_PARAGRAPH, language);
  add_section (self, document, JD_SECTION_RESPONSIBILITIES, JD_TEMPLATE_FIELD_RESPONSIBILITIES,
               JD_BLOCK_ITEM, language);
  add_section (self, document, JD_SECTION_REQUIREMENTS, JD_TEMPLATE_FIELD_REQUIREMENTS,
               JD_BLOCK_ITEM, language);
  add_section (self, document, JD_SECTION_NICE_TO_HAVE, JD_TEMPLATE_FIELD_NICE_TO_HAVE,
               JD_BLOCK_ITEM, language);

  return document;
}
