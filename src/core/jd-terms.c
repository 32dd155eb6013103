/* jd-terms.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-terms"

#include "config.h"

#include <string.h>

#include <libxml/tree.h>

#include "jd-localized.h"
#include "jd-resources-private.h"
#include "jd-terms.h"
#include "jd-xml-private.h"

/* The words exports generate: default section headings, the labels and
 * values of the facts under the title, "Page 1 of 2"… in each language
 * of the library, read from terms.xml (merged with the translations of
 * the po files at build time), and the languages themselves. Exporting
 * needs only these, not the templates of the library. */

#define LIBRARY_NS "https://jobscribe.github.io/ns/library/1"
#define BUILTIN_ROOT "resource://" RESOURCE_BASE "/library"

struct _JdTerms
{
  GObject     parent_instance;

  GFile      *root;
  /* term id → JdLocalized */
  GHashTable *terms;
};

G_DEFINE_FINAL_TYPE (JdTerms, jd_terms, G_TYPE_OBJECT)

G_DEFINE_QUARK (jd-terms-error-quark, jd_terms_error)

static const char * const languages[] = { "en", "de", "el", "es", "fr", "pt", NULL };

static void
jd_terms_finalize (GObject *object)
{
  JdTerms *self = (JdTerms *)object;

  g_clear_object (&self->root);
  g_clear_pointer (&self->terms, g_hash_table_unref);

  G_OBJECT_CLASS (jd_terms_parent_class)->finalize (object);
}

static void
jd_terms_class_init (JdTermsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_terms_finalize;
}

static void
jd_terms_init (JdTerms *self)
{
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify)jd_localized_free);
}

/**
 * jd_terms_new:
 * @root: (nullable): a library folder whose terms.xml overrides some of
 *   the built-in terms (a test library's), or %NULL for the built-in ones
 *
 * Returns: (transfer full): the terms; call jd_terms_load() next
 */
JdTerms *
jd_terms_new (GFile *root)
{
  JdTerms *self = g_object_new (JD_TYPE_TERMS, NULL);

  _jd_resources_ensure ();

  self->root = root ? g_object_ref (root) : g_file_new_for_uri (BUILTIN_ROOT);

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

/* Each language is named in itself, whatever the interface language. */
static const char * const language_names[] = {
  "English", "Deutsch", "Ελληνικά", "Español", "Français", "Português",
};

const char * const *
jd_terms_get_languages (void)
{
  return languages;
}

/* The languages as menus and drop-downs list them: by their own names,
 * Latin script first, as a reader of any of them finds them. */
static const char * const languages_by_name[] = { "de", "en", "es", "fr", "pt", "el", NULL };

const char * const *
jd_terms_get_languages_by_name (void)
{
  return languages_by_name;
}

gboolean
jd_terms_is_language (const char *lang)
{
  return lang != NULL && g_strv_contains (languages, lang);
}

const char *
jd_terms_get_language_name (const char *lang)
{
  for (guint i = 0; languages[i] != NULL; i++)
    if (g_strcmp0 (languages[i], lang) == 0)
      return language_names[i];

  return lang;
}

/* Parses the printf-style placeholders of a term: %s and %u, or %N$s and
 * %N$u to reorder them, and %% for a percent sign. Returns the number of
 * arguments, or -1 when @format is not something jd_terms_format()
 * can fill in safely. */
static int
count_placeholders (const char *format)
{
  guint used = 0;
  guint next = 0;
  gboolean positional = FALSE;
  gboolean sequential = FALSE;

  for (const char *p = format; *p; p++)
    {
      guint index;

      if (*p != '%')
        continue;

      p++;
      if (*p == '%')
        continue;

      if (*p >= '1' && *p <= '9' && p[1] == '$')
        {
          index = (guint)(*p - '1');
          p += 2;
          positional = TRUE;
        }
      else
        {
          index = next++;
          sequential = TRUE;
        }

      if ((*p != 's' && *p != 'u') || index >= 9)
        return -1;

      used |= 1u << index;
    }

  /* Mixing both styles, or leaving a gap in the numbers, is a mistake. */
  if (positional && sequential)
    return -1;
  if ((used & (used + 1)) != 0)
    return -1;

  return (int)g_bit_storage (used) - (used == 0 ? 1 : 0);
}

/* A translation whose placeholders differ from the English source would
 * print the wrong thing, or nothing; it is dropped with a warning, so
 * that term falls back to English. */
static void
add_term_translation (JdLocalized *term,
                      const char  *id,
                      const char  *lang,
                      const char  *text)
{
  if (count_placeholders (text) != count_placeholders (jd_localized_get_source (term)))
    {
      g_warning ("The “%s” translation of the term “%s” has other placeholders than "
                 "“%s”; using English", lang, id, jd_localized_get_source (term));
      return;
    }

  jd_localized_add (term, lang, text);
}

static gboolean
load_terms_file (JdTerms  *self,
                 GFile    *file,
                 GError  **error)
{
  xmlDoc *doc = _jd_xml_read_file (file, JD_TERMS_ERROR, JD_TERMS_ERROR_BROKEN, error);
  g_autofree char *id = NULL;
  JdLocalized *term = NULL;
  xmlNode *root;

  if (doc == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  if (!is_element (root, "terms"))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, JD_TERMS_ERROR, JD_TERMS_ERROR_BROKEN,
                   "%s: the root element is not <terms>", name);
      xmlFreeDoc (doc);
      return FALSE;
    }

  /* As with templates, the build puts each translation right after its
   * English term, as a sibling with xml:lang and no id. */
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *lang = NULL;
      g_autofree char *text = NULL;

      if (!is_element (node, "term"))
        continue;

      lang = (char *)xmlGetNsProp (node, (const xmlChar *)"lang", XML_XML_NAMESPACE);
      text = (char *)xmlNodeGetContent (node);
      g_strstrip (text);

      if (lang == NULL)
        {
          g_free (id);
          id = (char *)xmlGetProp (node, (const xmlChar *)"id");
          term = NULL;
          if (id == NULL)
            continue;

          if (count_placeholders (text) < 0)
            g_warning ("The term “%s” has placeholders other than %%s and %%u", id);
          term = jd_localized_new (text);
          g_hash_table_replace (self->terms, g_strdup (id), term);
        }
      else if (term != NULL)
        add_term_translation (term, id, lang, text);
    }

  xmlFreeDoc (doc);
  return TRUE;
}

/**
 * jd_terms_load:
 *
 * Reads the built-in terms and then, for a library folder of its own,
 * the terms.xml beside its categories, whose terms override the
 * built-in ones. Reloading reads them afresh.
 */
gboolean
jd_terms_load (JdTerms  *self,
               GError  **error)
{
  g_autoptr(GFile) builtin_root = g_file_new_for_uri (BUILTIN_ROOT);
  g_autoptr(GFile) builtin = g_file_get_child (builtin_root, "terms.xml");
  g_autoptr(GFile) own = g_file_get_child (self->root, "terms.xml");

  g_return_val_if_fail (JD_IS_TERMS (self), FALSE);

  g_hash_table_remove_all (self->terms);

  if (!load_terms_file (self, builtin, error))
    return FALSE;

  if (!g_file_equal (own, builtin) && g_file_query_exists (own, NULL))
    return load_terms_file (self, own, error);

  return TRUE;
}

/**
 * jd_terms_get:
 * @id: the id of a term of terms.xml, such as “section-responsibilities”
 * @lang: the language of the document
 *
 * Gives a word that exports generate (a default heading, a label, an
 * employment type…) in the language of the document, falling back to
 * English where it is not translated. Terms with placeholders are filled
 * in with jd_terms_format().
 *
 * Returns: the term, or @id itself (with a critical) for an unknown id
 */
const char *
jd_terms_get (JdTerms    *self,
              const char *id,
              const char *lang)
{
  JdLocalized *term;

  g_return_val_if_fail (JD_IS_TERMS (self), id);
  g_return_val_if_fail (id != NULL, NULL);

  term = g_hash_table_lookup (self->terms, id);
  if (term == NULL)
    {
      g_critical ("Unknown term “%s”", id);
      return id;
    }

  return jd_localized_get (term, lang);
}

/**
 * jd_terms_format:
 * @id: the id of a term with placeholders, such as “page-n-of-m”
 * @lang: the language of the document
 * @...: one string per placeholder (numbers formatted by the caller),
 *   then %NULL
 *
 * Fills in the %s, %u, %1$s… placeholders of a term with the strings
 * given. Translations are checked when the terms load, so this never
 * reads past the arguments.
 *
 * Returns: (transfer full): the text
 */
char *
jd_terms_format (JdTerms    *self,
                 const char *id,
                 const char *lang,
                 ...)
{
  const char *args[9] = { NULL };
  const char *format;
  guint n_args = 0;
  guint next = 0;
  GString *out;
  va_list ap;

  g_return_val_if_fail (JD_IS_TERMS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  format = jd_terms_get (self, id, lang);

  va_start (ap, lang);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    if (n_args < G_N_ELEMENTS (args))
      args[n_args++] = arg;
  va_end (ap);

  if (count_placeholders (format) != (int)n_args)
    g_critical ("The term “%s” takes %d arguments, not %u", id, count_placeholders (format), n_args);

  out = g_string_new (NULL);
  for (const char *p = format; *p; p++)
    {
      guint index;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }

      p++;
      if (*p == '%')
        {
          g_string_append_c (out, '%');
          continue;
        }
      if (*p == '\0')
        break;

      if (*p >= '1' && *p <= '9' && p[1] == '$')
        {
          index = (guint)(*p - '1');
          p += 2;
        }
      else
        index = next++;

      if (*p == '\0')
        break;
      if (index < n_args)
        g_string_append (out, args[index]);
    }

  return g_string_free (out, FALSE);
}

static const char * const section_terms[JD_SECTION_N_KINDS] = {
  [JD_SECTION_ABOUT] = "section-about",
  [JD_SECTION_BRIEF] = "section-brief",
  [JD_SECTION_RESPONSIBILITIES] = "section-responsibilities",
  [JD_SECTION_REQUIREMENTS] = "section-requirements",
  [JD_SECTION_NICE_TO_HAVE] = "section-nice-to-have",
  [JD_SECTION_BENEFITS] = "section-benefits",
  [JD_SECTION_SALARY] = "section-salary",
  [JD_SECTION_APPLY] = "section-apply",
  [JD_SECTION_EQUAL_OPPORTUNITY] = "section-equal-opportunity",
  [JD_SECTION_CUSTOM] = "section-custom",
};

/**
 * jd_terms_get_kind_heading:
 * @kind: a kind of section
 * @lang: the language of the document
 *
 * The one name of each kind of section in each language: what the
 * editor, the template pages, the preview and every export call a
 * section whose heading the user left as it was.
 *
 * Returns: the default heading of @kind in @lang
 */
const char *
jd_terms_get_kind_heading (JdTerms       *self,
                           JdSectionKind  kind,
                           const char    *lang)
{
  g_return_val_if_fail (JD_IS_TERMS (self), NULL);
  g_return_val_if_fail (kind < JD_SECTION_N_KINDS, NULL);

  return jd_terms_get (self, section_terms[kind], lang);
}

/**
 * jd_terms_get_section_heading:
 * @lang: the language of the document
 *
 * Returns: the heading the user gave @section, or else the default
 *   heading of its kind in @lang (jd_terms_get_kind_heading())
 */
const char *
jd_terms_get_section_heading (JdTerms    *self,
                              JdSection  *section,
                              const char *lang)
{
  const char *heading;

  g_return_val_if_fail (JD_IS_TERMS (self), NULL);
  g_return_val_if_fail (JD_IS_SECTION (section), NULL);

  heading = jd_section_get_heading (section);
  if (heading != NULL && heading[0] != '\0')
    return heading;

  return jd_terms_get_kind_heading (self, jd_section_get_kind (section), lang);
}
