/* jd-document-io.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document-io"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "jd-document-io.h"
#include "jd-resources-private.h"
#include "jd-util-private.h"
#include "jd-xml-private.h"

/* Reading a .jobdesc file happens in four steps, each of which can refuse
 * the file with a message that names the line:
 *
 *  1. read at most JD_DOCUMENT_MAX_SIZE bytes;
 *  2. parse with libxml2 without the network, without loading DTDs and
 *     without substituting entities; any DOCTYPE stops the parser at once,
 *     which shuts out entity expansion bombs and external entities alike;
 *  3. check the root, the namespace and the version, then walk the tree:
 *     elements this version does not know are dropped (a later 1.x may add
 *     optional ones), known elements in the wrong place are errors;
 *  4. validate what remains against data/jobdesc.rng and build the model.
 */

#define NS_PREFIX "https://jobscribe.github.io/ns/jobdesc/"

G_DEFINE_QUARK (jd-document-error-quark, jd_document_error)

typedef struct
{
  const char *name;
  const char *parent;
} KnownElement;

/* Every element of format 1 with the element it belongs in. */
static const KnownElement known_elements[] = {
  { "metadata", "jobdesc" },
  { "section", "jobdesc" },
  { "title", "metadata" },
  { "language", "metadata" },
  { "template", "metadata" },
  { "company", "metadata" },
  { "company-url", "metadata" },
  { "department", "metadata" },
  { "location", "metadata" },
  { "workplace", "metadata" },
  { "applicant-location", "workplace" },
  { "employment-type", "metadata" },
  { "salary", "metadata" },
  { "date-posted", "metadata" },
  { "valid-through", "metadata" },
  { "apply", "metadata" },
  { "reference", "metadata" },
  { "occupation", "metadata" },
  { "heading", "section" },
  { "p", "section" },
  { "item", "section" },
};

static void
set_error (GError     **error,
           guint       *error_line,
           guint        line,
           int          code,
           const char  *message)
{
  if (error_line != NULL)
    *error_line = line;
  g_set_error_literal (error, JD_DOCUMENT_ERROR, code, message);
}

static char *
node_text (xmlNode *node)
{
  return (char *)xmlNodeGetContent (node);
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  return (char *)xmlGetProp (node, (const xmlChar *)name);
}

static gboolean
is_ours (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         g_strcmp0 ((const char *)node->ns->href, JD_DOCUMENT_NAMESPACE) == 0;
}

static const KnownElement *
find_known (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_elements); i++)
    if (strcmp (known_elements[i].name, name) == 0)
      return &known_elements[i];

  return NULL;
}

/* XML Schema's "collapse": tabs and line breaks become spaces, runs of
 * spaces one, and none is left at either end. */
static char *
collapse_white_space (const char *value)
{
  GString *out = g_string_sized_new (strlen (value));
  gboolean pending_space = FALSE;

  for (const char *p = value; *p; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        pending_space = out->len > 0;
      else
        {
          if (pending_space)
            g_string_append_c (out, ' ');
          pending_space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* The attributes and elements whose schema type collapses white space
 * (tokens, xsd:language, xsd:date, xsd:decimal, xsd:anyURI): the schema
 * accepts " FULL_TIME ", so the model gets "FULL_TIME". Text of type
 * string (titles, blocks, codes with a pattern) is kept as it is. */
static const struct
{
  const char *element;
  const char *attribute;
} collapsed_values[] = {
  { "language", NULL },
  { "company-url", NULL },
  { "employment-type", NULL },
  { "date-posted", NULL },
  { "valid-through", NULL },
  { "workplace", "type" },
  { "salary", "min" },
  { "salary", "max" },
  { "salary", "unit" },
  { "section", "kind" },
  { "p", "translation" },
  { "item", "translation" },
};

static gboolean
has_only_text (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type != XML_TEXT_NODE && child->type != XML_CDATA_SECTION_NODE)
      return FALSE;

  return TRUE;
}

static void
normalize_values (xmlNode *node)
{
  const char *name = (const char *)node->name;

  for (guint i = 0; i < G_N_ELEMENTS (collapsed_values); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *collapsed = NULL;

      if (strcmp (collapsed_values[i].element, name) != 0)
        continue;

      if (collapsed_values[i].attribute != NULL)
        {
          value = prop (node, collapsed_values[i].attribute);
          if (value == NULL)
            continue;
          collapsed = collapse_white_space (value);
          if (strcmp (collapsed, value) != 0)
            xmlSetProp (node, (const xmlChar *)collapsed_values[i].attribute,
                        (const xmlChar *)collapsed);
        }
      else if (has_only_text (node))
        {
          value = node_text (node);
          collapsed = collapse_white_space (value);
          if (strcmp (collapsed, value) != 0)
            {
              /* Added as text, never parsed: a URL may hold "&". */
              xmlNodeSetContent (node, NULL);
              xmlNodeAddContent (node, (const xmlChar *)collapsed);
            }
        }
    }
}

/* Reads the amount in @attribute of <salary> into @amount (0 when there
 * is none) and refuses one the schema accepts as a decimal but that is
 * out of the range a document holds. */
static gboolean
check_amount (xmlNode     *node,
              const char  *attribute,
              double      *amount,
              guint       *error_line,
              GError     **error)
{
  g_autofree char *value = prop (node, attribute);

  *amount = 0;

  /* What is not a decimal number is left to the schema, which names it. */
  if (value == NULL || value[strspn (value, "+-.0123456789")] != '\0')
    return TRUE;

  *amount = g_ascii_strtod (value, NULL);
  if (*amount > JD_DOCUMENT_MAX_AMOUNT)
    {
      g_autofree char *shown = _jd_xml_shorten (value);
      g_autofree char *message = NULL;

      /* Translators: the first placeholder is an amount found in the
       * file, the second the attribute it is in (min or max); the
       * limit is a million millions (10¹²). */
      message = g_strdup_printf (_("the salary “%s” in “%s” is too large "
                                   "(at most 1,000,000,000,000)"), shown, attribute);
      set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_INVALID, message);
      return FALSE;
    }

  return TRUE;
}

/* libxml2 only says that an element "failed to validate attributes", so the
 * values a user may get wrong by hand are checked here first. */
static gboolean
check_values (xmlNode  *node,
              guint    *error_line,
              GError  **error)
{
  const char *name = (const char *)node->name;
  g_autofree char *value = NULL;
  const char *what = NULL;
  gboolean ok = TRUE;

  normalize_values (node);

  if (strcmp (name, "section") == 0)
    {
      JdSectionKind kind;

      value = prop (node, "kind");
      ok = value != NULL && jd_section_kind_from_string (value, &kind);
      what = "kind";
    }
  else if (strcmp (name, "workplace") == 0)
    {
      JdWorkplaceType type;

      value = prop (node, "type");
      ok = value != NULL && jd_workplace_type_from_string (value, &type);
      what = "type";
    }
  else if (strcmp (name, "salary") == 0)
    {
      JdSalaryUnit unit;
      double min, max;

      if (!check_amount (node, "min", &min, error_line, error) ||
          !check_amount (node, "max", &max, error_line, error))
        return FALSE;

      if (max > 0 && min > max)
        {
          set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_INVALID,
                     _("the lowest salary (min) is higher than the highest (max)"));
          return FALSE;
        }

      value = prop (node, "unit");
      ok = value != NULL && jd_salary_unit_from_string (value, &unit);
      what = "unit";
    }
  else if (strcmp (name, "employment-type") == 0)
    {
      value = node_text (node);
      ok = jd_employment_type_from_string (value) != JD_EMPLOYMENT_NONE;
    }

  if (!ok)
    {
      g_autofree char *message = NULL;

      if (value == NULL)
        /* Translators: the first placeholder is an XML element, the second
         * the name of one of its attributes. */
        message = g_strdup_printf (_("<%s> needs a “%s” attribute"), name, what);
      else
        {
          g_autofree char *shown = _jd_xml_shorten (value);

          /* Translators: the first placeholder is a value found in the file,
           * the second the XML element it was found in. */
          message = g_strdup_printf (_("“%s” is not a valid value for <%s>"), shown, name);
        }

      set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_INVALID, message);
    }

  return ok;
}

/* Counts the characters of @text up to @max + 1, so a huge text costs no
 * more than the limit. */
static gsize
count_chars (const char *text,
             gsize       max)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0' && n <= max; p = g_utf8_next_char (p))
    n++;

  return n;
}

static gboolean
check_lengths (xmlNode  *node,
               guint    *error_line,
               GError  **error)
{
  const char *name = (const char *)node->name;
  gboolean block = strcmp (name, "p") == 0 || strcmp (name, "item") == 0;
  gsize max = block ? JD_DOCUMENT_MAX_BLOCK_CHARS : JD_DOCUMENT_MAX_LINE_CHARS;

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      g_autofree char *value = (char *)xmlNodeGetContent ((xmlNode *)attr);

      if (value != NULL && count_chars (value, JD_DOCUMENT_MAX_ATTRIBUTE_CHARS) > JD_DOCUMENT_MAX_ATTRIBUTE_CHARS)
        {
          g_autofree char *message = NULL;

          /* Translators: the first placeholder is an attribute name, the
           * second an XML element, the third a number of characters. */
          message = g_strdup_printf (ngettext ("the “%s” attribute of <%s> is too long "
                                               "(at most %u character)",
                                               "the “%s” attribute of <%s> is too long "
                                               "(at most %u characters)",
                                               JD_DOCUMENT_MAX_ATTRIBUTE_CHARS),
                                     attr->name, name, (guint)JD_DOCUMENT_MAX_ATTRIBUTE_CHARS);
          set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
    }

  if (has_only_text (node))
    {
      g_autofree char *text = node_text (node);

      if (count_chars (text, max) > max)
        {
          g_autofree char *message = NULL;

          /* Translators: the first placeholder is an XML element, the
           * second a number of characters. */
          message = g_strdup_printf (ngettext ("<%s> is too long (at most %u character)",
                                               "<%s> is too long (at most %u characters)",
                                               max),
                                     name, (guint)max);
          set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
    }

  return TRUE;
}

/* Drops what this version does not know, refuses what is misplaced. */
static gboolean
check_tree (xmlNode  *parent,
            guint    *error_line,
            GError  **error)
{
  xmlNode *child = parent->children;

  while (child != NULL)
    {
      xmlNode *next = child->next;

      if (child->type == XML_ELEMENT_NODE)
        {
          const KnownElement *known = is_ours (child) ? find_known ((const char *)child->name) : NULL;

          if (known == NULL)
            {
              g_debug ("Line %ld: dropping unknown element <%s>", xmlGetLineNo (child), child->name);
              xmlUnlinkNode (child);
              xmlFreeNode (child);
            }
          else if (strcmp (known->parent, (const char *)parent->name) != 0)
            {
              g_autofree char *message = NULL;

              /* Translators: the placeholders are XML element names, such as
               * “<item> is not allowed inside <metadata>”. */
              message = g_strdup_printf (_("<%s> is not allowed inside <%s>"),
                                         child->name, parent->name);
              set_error (error, error_line, xmlGetLineNo (child),
                         JD_DOCUMENT_ERROR_INVALID, message);
              return FALSE;
            }
          else if (!check_values (child, error_line, error) ||
                   !check_tree (child, error_line, error) ||
                   !check_lengths (child, error_line, error))
            return FALSE;
        }
      else if (child->type == XML_ENTITY_REF_NODE)
        {
          set_error (error, error_line, xmlGetLineNo (parent), JD_DOCUMENT_ERROR_FORBIDDEN,
                     _("entity references are not allowed in Jobscribe documents"));
          return FALSE;
        }

      child = next;
    }

  return TRUE;
}

typedef struct
{
  int      code;
  char    *message;
  char    *str1;
  char    *str2;
  xmlNode *node;
  /* libxml2 does not always say where: then the line of the next error
   * that does, usually the enclosing element. */
  guint    line;
} ValidationErrors;

static void
validation_error_cb (void        *user_data,
                     xmlErrorPtr  err)
{
  ValidationErrors *errors = user_data;

  if (errors->message == NULL)
    {
      errors->code = err->code;
      errors->message = g_strdup (err->message ? err->message : "");
      errors->str1 = g_strdup (err->str1);
      errors->str2 = g_strdup (err->str2);
      errors->node = err->node;
    }

  if (errors->line == 0 && err->node != NULL)
    errors->line = (guint)MAX (xmlGetLineNo (err->node), 0);
}

static xmlRelaxNGPtr
get_schema (void)
{
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr parser;
      xmlRelaxNGPtr parsed;
      gsize len;
      const char *data;

      _jd_resources_ensure ();
      bytes = g_resources_lookup_data (RESOURCE_BASE "/schema/jobdesc.rng", 0, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &len);
      parser = xmlRelaxNGNewMemParserCtxt (data, (int)len);
      parsed = xmlRelaxNGParse (parser);
      xmlRelaxNGFreeParserCtxt (parser);
      g_assert (parsed != NULL);

      g_once_init_leave (&schema, parsed);
    }

  return schema;
}

static char *
shorten_name (const char *name)
{
  return _jd_xml_shorten (name != NULL ? name : "");
}

/* libxml2's RELAX NG messages are English, name types and patterns of
 * the schema ("Extra element title in interleave"), so they are said
 * again in our words from the names libxml2 passes along with them. */
static char *
describe_validation_error (ValidationErrors *errors)
{
  const char *message = errors->message;
  xmlNode *node = errors->node;
  g_autofree char *element = shorten_name (node != NULL && node->type == XML_ELEMENT_NODE
                                           ? (const char *)node->name : NULL);
  g_autofree char *str1 = shorten_name (errors->str1);
  g_autofree char *str2 = shorten_name (errors->str2);

  if (g_str_has_prefix (message, "Expecting an element"))
    /* Translators: the placeholders are XML element names. */
    return g_strdup_printf (_("<%s> lacks <%s>, which it needs"), element, str1);

  if (g_str_has_prefix (message, "Extra element") ||
      g_str_has_prefix (message, "Did not expect element"))
    /* Translators: the placeholder is an XML element name. */
    return g_strdup_printf (_("<%s> is there more often than allowed, or where it does not belong"),
                            str1);

  if (g_str_has_prefix (message, "Expecting element"))
    /* Translators: the placeholders are XML element names. */
    return g_strdup_printf (_("<%s> is expected here, not <%s>"), str1, str2);

  if (g_str_has_prefix (message, "Type ") && errors->str2 != NULL)
    /* Translators: the first placeholder is a value found in the file,
     * the second the XML element it was found in. */
    return g_strdup_printf (_("“%s” is not a valid value for <%s>"), str2, element);

  if (g_str_has_prefix (message, "Invalid attribute"))
    /* Translators: the first placeholder is an XML element, the second
     * the name of an attribute. */
    return g_strdup_printf (_("<%s> has an attribute “%s” it cannot have"), str2, str1);

  if (strstr (message, "attribute") != NULL && node != NULL)
    /* Translators: the placeholder is an XML element name. */
    return g_strdup_printf (_("<%s> has an attribute whose value is not valid"), element);

  if (node != NULL && node->type == XML_ELEMENT_NODE)
    /* Translators: the placeholder is an XML element name. */
    return g_strdup_printf (_("<%s> is incomplete or has its parts in the wrong order"), element);

  return g_strdup (_("the document does not follow the Jobscribe format"));
}

static gboolean
validate (xmlDoc  *doc,
          guint   *error_line,
          GError **error)
{
  ValidationErrors errors = { 0 };
  xmlRelaxNGValidCtxtPtr ctxt;
  int ret;

  ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  xmlRelaxNGSetValidStructuredErrors (ctxt, validation_error_cb, &errors);
  ret = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);

  if (ret != 0)
    {
      g_autofree char *message = NULL;

      if (errors.message == NULL)
        errors.message = g_strdup ("");
      message = describe_validation_error (&errors);
      set_error (error, error_line, errors.line, JD_DOCUMENT_ERROR_INVALID, message);
    }

  g_free (errors.message);
  g_free (errors.str1);
  g_free (errors.str2);

  return ret == 0;
}

/* "1", "1.2", "2": digits, then at most one dot and digits. */
static gboolean
is_version (const char *version)
{
  gsize major = strspn (version, "0123456789");

  if (major == 0)
    return FALSE;
  if (version[major] == '\0')
    return TRUE;

  return version[major] == '.' && version[major + 1] != '\0' &&
         version[major + 1 + strspn (version + major + 1, "0123456789")] == '\0';
}

static gboolean
check_root (xmlNode  *root,
            guint    *error_line,
            GError  **error)
{
  const char *href;
  g_autofree char *version = NULL;
  guint line = root ? (guint)xmlGetLineNo (root) : 1;

  if (root == NULL || strcmp ((const char *)root->name, "jobdesc") != 0)
    {
      set_error (error, error_line, line, JD_DOCUMENT_ERROR_NOT_JOBDESC,
                 _("this is not a Jobscribe document (the root element is not <jobdesc>)"));
      return FALSE;
    }

  href = root->ns ? (const char *)root->ns->href : NULL;
  if (href == NULL || !g_str_has_prefix (href, NS_PREFIX))
    {
      set_error (error, error_line, line, JD_DOCUMENT_ERROR_NOT_JOBDESC,
                 _("this is not a Jobscribe document (the namespace is wrong)"));
      return FALSE;
    }

  version = (char *)xmlGetProp (root, (const xmlChar *)"version");
  if (version != NULL && !is_version (version))
    {
      g_autofree char *shown = _jd_xml_shorten (version);
      g_autofree char *message = NULL;

      /* Translators: the placeholder is the value of the version
       * attribute, such as “-1”. */
      message = g_strdup_printf (_("“%s” is not a format version; "
                                   "it should be a number such as 1"), shown);
      set_error (error, error_line, line, JD_DOCUMENT_ERROR_INVALID, message);
      return FALSE;
    }

  if (!is_version (href + strlen (NS_PREFIX)))
    {
      set_error (error, error_line, line, JD_DOCUMENT_ERROR_NOT_JOBDESC,
                 _("this is not a Jobscribe document (the namespace is wrong)"));
      return FALSE;
    }

  if (strcmp (href, JD_DOCUMENT_NAMESPACE) != 0 ||
      (version != NULL && g_ascii_strtoull (version, NULL, 10) > 1))
    {
      set_error (error, error_line, line, JD_DOCUMENT_ERROR_NEWER_VERSION,
                 _("this document was written by a newer version of Jobscribe; "
                   "update Jobscribe to open it"));
      return FALSE;
    }

  return TRUE;
}

static void
read_metadata (JdDocument *document,
               xmlNode    *metadata)
{
  g_autoptr(GPtrArray) applicant = g_ptr_array_new_with_free_func (g_free);
  JdEmploymentType employment = JD_EMPLOYMENT_NONE;

  for (xmlNode *node = metadata->children; node != NULL; node = node->next)
    {
      const char *name = (const char *)node->name;
      g_autofree char *text = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      text = node_text (node);

      if (strcmp (name, "title") == 0)
        jd_document_set_title (document, text);
      else if (strcmp (name, "language") == 0)
        jd_document_set_language (document, text);
      else if (strcmp (name, "template") == 0)
        jd_document_set_template_id (document, text);
      else if (strcmp (name, "company") == 0)
        jd_document_set_company_name (document, text);
      else if (strcmp (name, "company-url") == 0)
        jd_document_set_company_url (document, text);
      else if (strcmp (name, "department") == 0)
        jd_document_set_department (document, text);
      else if (strcmp (name, "location") == 0)
        {
          g_autofree char *city = prop (node, "city");
          g_autofree char *region = prop (node, "region");
          g_autofree char *country = prop (node, "country");
          g_autoptr(JdLocation) location = jd_location_new (city, region, country);

          jd_document_add_location (document, location);
        }
      else if (strcmp (name, "workplace") == 0)
        {
          g_autofree char *type = prop (node, "type");
          JdWorkplaceType workplace = JD_WORKPLACE_ON_SITE;

          jd_workplace_type_from_string (type, &workplace);
          jd_document_set_workplace_type (document, workplace);

          for (xmlNode *child = node->children; child != NULL; child = child->next)
            if (child->type == XML_ELEMENT_NODE)
              g_ptr_array_add (applicant, node_text (child));
        }
      else if (strcmp (name, "employment-type") == 0)
        employment |= jd_employment_type_from_string (text);
      else if (strcmp (name, "salary") == 0)
        {
          g_autofree char *min = prop (node, "min");
          g_autofree char *max = prop (node, "max");
          g_autofree char *currency = prop (node, "currency");
          g_autofree char *unit = prop (node, "unit");
          JdSalaryUnit salary_unit = JD_SALARY_UNIT_YEAR;

          jd_document_set_salary_min (document, min ? g_ascii_strtod (min, NULL) : 0);
          jd_document_set_salary_max (document, max ? g_ascii_strtod (max, NULL) : 0);
          jd_document_set_salary_currency (document, currency);
          jd_salary_unit_from_string (unit, &salary_unit);
          jd_document_set_salary_unit (document, salary_unit);
        }
      else if (strcmp (name, "date-posted") == 0)
        jd_document_set_date_posted (document, text);
      else if (strcmp (name, "valid-through") == 0)
        jd_document_set_valid_through (document, text);
      else if (strcmp (name, "apply") == 0)
        jd_document_set_apply_to (document, text);
      else if (strcmp (name, "reference") == 0)
        jd_document_set_reference (document, text);
      else if (strcmp (name, "occupation") == 0)
        jd_document_set_occupation_code (document, text);
    }

  g_ptr_array_add (applicant, NULL);
  jd_document_set_applicant_locations (document, (const char * const *)applicant->pdata);
  jd_document_set_employment_types (document, employment);
}

static JdSection *
read_section (xmlNode *node)
{
  g_autofree char *kind_str = prop (node, "kind");
  JdSectionKind kind = JD_SECTION_CUSTOM;
  JdSection *section;

  jd_section_kind_from_string (kind_str, &kind);
  section = jd_section_new (kind);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      text = node_text (child);

      if (strcmp ((const char *)child->name, "heading") == 0)
        jd_section_set_heading (section, text);
      else
        {
          g_autofree char *source = prop (child, "source");
          g_autofree char *translation = prop (child, "translation");
          JdBlockKind block_kind = strcmp ((const char *)child->name, "item") == 0
                                   ? JD_BLOCK_ITEM : JD_BLOCK_PARAGRAPH;
          JdBlock *block = jd_section_add_text (section, block_kind, text);

          jd_block_set_source (block, source);
          jd_block_set_needs_translation (block, g_strcmp0 (translation, "needed") == 0);
        }
    }

  return section;
}

static JdDocument *
build_document (xmlNode *root)
{
  JdDocument *document = jd_document_new ();

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (strcmp ((const char *)node->name, "metadata") == 0)
        read_metadata (document, node);
      else
        {
          g_autoptr(JdSection) section = read_section (node);
          jd_document_append_section (document, section);
        }
    }

  return document;
}

/**
 * jd_document_parse:
 * @bytes: the contents of a .jobdesc file
 * @error_line: (out) (optional): the line of the problem, or 0 when the
 *   problem is not on a line
 * @error: the problem, in words a user understands
 *
 * Returns: (transfer full) (nullable): the document
 */
JdDocument *
jd_document_parse (GBytes  *bytes,
                   guint   *error_line,
                   GError **error)
{
  g_autofree char *message = NULL;
  JdXmlErrorKind kind;
  guint line = 0;
  xmlDoc *doc;
  xmlNode *root;
  JdDocument *document = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (error_line != NULL)
    *error_line = 0;

  data = g_bytes_get_data (bytes, &len);
  if (len > JD_DOCUMENT_MAX_SIZE)
    {
      set_error (error, error_line, 0, JD_DOCUMENT_ERROR_TOO_LARGE,
                 _("the file is too large for a job description (over 16 MiB)"));
      return NULL;
    }

  if (len == 0)
    {
      set_error (error, error_line, 0, JD_DOCUMENT_ERROR_MALFORMED, _("the file is empty"));
      return NULL;
    }

  doc = _jd_xml_read (data, len, &line, &kind, &message);
  if (doc == NULL)
    {
      set_error (error, error_line, line,
                 kind == JD_XML_ERROR_FORBIDDEN ? JD_DOCUMENT_ERROR_FORBIDDEN
                                                : JD_DOCUMENT_ERROR_MALFORMED,
                 message);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  if (!check_root (root, error_line, error) ||
      !check_tree (root, error_line, error) ||
      !validate (doc, error_line, error))
    goto out;

  document = build_document (root);

out:
  xmlFreeDoc (doc);

  return document;
}

static GBytes *
read_capped (GFile         *file,
             GCancellable  *cancellable,
             guint         *error_line,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      g_byte_array_append (buffer, chunk, (guint)n);
      if (buffer->len > JD_DOCUMENT_MAX_SIZE)
        {
          set_error (error, error_line, 0, JD_DOCUMENT_ERROR_TOO_LARGE,
                     _("the file is too large for a job description (over 16 MiB)"));
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * jd_document_load:
 *
 * Reads a .jobdesc file; see jd_document_parse().
 *
 * Returns: (transfer full) (nullable): the document
 */
JdDocument *
jd_document_load (GFile         *file,
                  GCancellable  *cancellable,
                  guint         *error_line,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (error_line != NULL)
    *error_line = 0;

  bytes = read_capped (file, cancellable, error_line, error);
  if (bytes == NULL)
    return NULL;

  return jd_document_parse (bytes, error_line, error);
}

typedef struct
{
  GFile *file;
  guint  error_line;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  JdDocument *document;

  document = jd_document_load (data->file, cancellable, &data->error_line, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

void
jd_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_document_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/* Returns: (transfer full) (nullable): the document */
JdDocument *
jd_document_load_finish (GFile         *file,
                         GAsyncResult  *result,
                         guint         *error_line,
                         GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, file), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (error_line != NULL)
    *error_line = data->error_line;

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Characters that XML 1.0 cannot carry (most C0 controls) would make the
 * file unreadable, so they are left out of what is written. */
static char *
xml_safe (const char *text)
{
  GString *str;

  if (text == NULL)
    return g_strdup ("");

  str = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar)*p;

      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
        g_string_append_c (str, *p);
    }

  return g_string_free (str, FALSE);
}

static xmlNode *
add_text_child (xmlNode    *parent,
                const char *name,
                const char *text)
{
  g_autofree char *safe = xml_safe (text);
  xmlNode *node = xmlNewChild (parent, NULL, (const xmlChar *)name, NULL);

  xmlNodeAddContent (node, (const xmlChar *)safe);
  return node;
}

static void
add_optional_text (xmlNode    *parent,
                   const char *name,
                   const char *text)
{
  if (text != NULL)
    add_text_child (parent, name, text);
}

static void
set_optional_prop (xmlNode    *node,
                   const char *name,
                   const char *value)
{
  if (value != NULL)
    {
      g_autofree char *safe = xml_safe (value);
      xmlSetProp (node, (const xmlChar *)name, (const xmlChar *)safe);
    }
}

/* The model keeps amounts to the cent and below JD_DOCUMENT_MAX_AMOUNT,
 * so "%.2f" gives back the same double when read, and no cast to an
 * integer type can overflow. */
static void
set_amount_prop (xmlNode    *node,
                 const char *name,
                 double      amount)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!(amount > 0))
    return;

  g_ascii_formatd (buf, sizeof buf, amount == floor (amount) ? "%.0f" : "%.2f", amount);
  xmlSetProp (node, (const xmlChar *)name, (const xmlChar *)buf);
}

static void
write_metadata (JdDocument *document,
                xmlNode    *root)
{
  xmlNode *metadata = xmlNewChild (root, NULL, (const xmlChar *)"metadata", NULL);
  GPtrArray *locations = jd_document_get_locations (document);
  const char * const *applicant = jd_document_get_applicant_locations (document);
  JdEmploymentType employment = jd_document_get_employment_types (document);
  xmlNode *node;

  add_optional_text (metadata, "title", jd_document_get_title (document));
  add_text_child (metadata, "language", jd_document_get_language (document));
  add_optional_text (metadata, "template", jd_document_get_template_id (document));
  add_optional_text (metadata, "company", jd_document_get_company_name (document));
  add_optional_text (metadata, "company-url", jd_document_get_company_url (document));
  add_optional_text (metadata, "department", jd_document_get_department (document));

  for (guint i = 0; i < locations->len; i++)
    {
      const JdLocation *location = g_ptr_array_index (locations, i);

      node = xmlNewChild (metadata, NULL, (const xmlChar *)"location", NULL);
      set_optional_prop (node, "city", location->city);
      set_optional_prop (node, "region", location->region);
      set_optional_prop (node, "country", location->country);
    }

  node = xmlNewChild (metadata, NULL, (const xmlChar *)"workplace", NULL);
  set_optional_prop (node, "type",
                     jd_workplace_type_to_string (jd_document_get_workplace_type (document)));
  for (guint i = 0; applicant[i] != NULL; i++)
    add_text_child (node, "applicant-location", applicant[i]);

  for (guint i = 0; i < JD_EMPLOYMENT_N_TYPES; i++)
    if (employment & (1u << i))
      add_text_child (metadata, "employment-type",
                      jd_employment_type_to_string ((JdEmploymentType)(1u << i)));

  /* The unit alone is worth keeping: it is what the form shows. */
  if (jd_document_get_salary_min (document) > 0 ||
      jd_document_get_salary_max (document) > 0 ||
      jd_document_get_salary_currency (document) != NULL ||
      jd_document_get_salary_unit (document) != JD_SALARY_UNIT_YEAR)
    {
      node = xmlNewChild (metadata, NULL, (const xmlChar *)"salary", NULL);
      set_amount_prop (node, "min", jd_document_get_salary_min (document));
      set_amount_prop (node, "max", jd_document_get_salary_max (document));
      set_optional_prop (node, "currency", jd_document_get_salary_currency (document));
      set_optional_prop (node, "unit",
                         jd_salary_unit_to_string (jd_document_get_salary_unit (document)));
    }

  add_optional_text (metadata, "date-posted", jd_document_get_date_posted (document));
  add_optional_text (metadata, "valid-through", jd_document_get_valid_through (document));
  add_optional_text (metadata, "apply", jd_document_get_apply_to (document));
  add_optional_text (metadata, "reference", jd_document_get_reference (document));
  add_optional_text (metadata, "occupation", jd_document_get_occupation_code (document));
}

static void
write_section (JdSection *section,
               xmlNode   *root)
{
  xmlNode *node = xmlNewChild (root, NULL, (const xmlChar *)"section", NULL);
  guint n = jd_section_get_n_blocks (section);

  xmlSetProp (node, (const xmlChar *)"kind",
              (const xmlChar *)jd_section_kind_to_string (jd_section_get_kind (section)));
  add_optional_text (node, "heading", jd_section_get_heading (section));

  for (guint i = 0; i < n; i++)
    {
      JdBlock *block = jd_section_get_block (section, i);
      xmlNode *child;

      child = add_text_child (node,
                              jd_block_get_kind (block) == JD_BLOCK_ITEM ? "item" : "p",
                              jd_block_get_text (block));
      set_optional_prop (child, "source", jd_block_get_source (block));
      if (jd_block_get_needs_translation (block))
        set_optional_prop (child, "translation", "needed");
    }
}

/**
 * jd_document_serialize:
 *
 * Writes @document in the .jobdesc format. The same document always gives
 * the same bytes, so files diff well under version control.
 *
 * Returns: (transfer full): the file contents
 */
GBytes *
jd_document_serialize (JdDocument *document)
{
  xmlDoc *doc;
  xmlNode *root;
  xmlChar *mem = NULL;
  int len = 0;
  guint n;
  GBytes *bytes;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  doc = xmlNewDoc ((const xmlChar *)"1.0");
  root = xmlNewNode (NULL, (const xmlChar *)"jobdesc");
  xmlSetNs (root, xmlNewNs (root, (const xmlChar *)JD_DOCUMENT_NAMESPACE, NULL));
  xmlSetProp (root, (const xmlChar *)"version", (const xmlChar *)JD_DOCUMENT_VERSION);
  xmlDocSetRootElement (doc, root);

  write_metadata (document, root);

  n = jd_document_get_n_sections (document);
  for (guint i = 0; i < n; i++)
    write_section (jd_document_get_section (document, i), root);

  xmlDocDumpFormatMemoryEnc (doc, &mem, &len, "UTF-8", 1);
  bytes = g_bytes_new (mem, (gsize)len);
  xmlFree (mem);
  xmlFreeDoc (doc);

  return bytes;
}

static gboolean
set_io_error (GError     **error,
              int          errsv,
              GFile       *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               /* Translators: the first placeholder is a file name, the
                * second the reason, such as “No space left on device”. */
               _("Could not save “%s”: %s"), name, g_strerror (errsv));
  return FALSE;
}

/* Where the bytes for @path go: the regular file at the end of its
 * symbolic links (or where a dangling link points), or, for a link into
 * /proc or /dev/fd such as /dev/stdout, the link itself, written in place:
 * replacing the file behind it would pull the file out from under the
 * descriptor it names. */
static char *
resolve_output_path (const char *path,
                     gboolean   *through_fd_link)
{
  g_autofree char *current = g_strdup (path);

  *through_fd_link = FALSE;

  /* As many links as the kernel follows before it gives up (ELOOP). */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);

      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_autofree char *joined = g_build_filename (dir, target, NULL);

          g_free (target);
          target = g_steal_pointer (&joined);
        }

      if (g_str_has_prefix (target, "/proc/") || g_str_has_prefix (target, "/dev/fd/"))
        {
          *through_fd_link = TRUE;
          return g_strdup (path);
        }

      g_free (current);
      current = g_steal_pointer (&target);
    }

  return g_steal_pointer (&current);
}

static gboolean
write_all (int            fd,
           GBytes        *bytes,
           GCancellable  *cancellable,
           int           *errsv)
{
  gsize left;
  const guint8 *data = g_bytes_get_data (bytes, &left);

  while (left > 0)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          *errsv = ECANCELED;
          return FALSE;
        }

      n = write (fd, data, left);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *errsv = errno;
          return FALSE;
        }

      data += n;
      left -= (gsize)n;
    }

  return TRUE;
}

/* A pipe, a terminal or a device such as /dev/null cannot be replaced,
 * only written: what a shell redirection would do. O_APPEND keeps what a
 * caller's own `>>` redirection of /dev/stdout already holds; it changes
 * nothing for pipes and devices. */
static gboolean
write_in_place (const char    *path,
                GFile         *file,
                GBytes        *bytes,
                GCancellable  *cancellable,
                GError       **error)
{
  int errsv = 0;
  int fd;

  fd = g_open (path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    return set_io_error (error, errno, file);

  if (!write_all (fd, bytes, cancellable, &errsv))
    {
      close (fd);
      return set_io_error (error, errsv, file);
    }

  /* Devices and pipes cannot be synced (EINVAL); errors they report
   * late, such as EIO, come from close(). */
  if (fsync (fd) != 0 && errno != EINVAL && errno != EROFS)
    {
      errsv = errno;
      close (fd);
      return set_io_error (error, errsv, file);
    }

  if (close (fd) != 0)
    return set_io_error (error, errno, file);

  return TRUE;
}

/* So the rename itself survives a crash, not only the file's contents. */
static void
sync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
write_by_rename (const char      *path,
                 const GStatBuf  *old,
                 GFile           *file,
                 GBytes          *bytes,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  int errsv = 0;
  int fd;

  /* 0666 less the umask, as for any new file. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_io_error (error, errno, file);

  /* Keep the group and permissions of the file that is replaced; the
   * group only where the owner may set it. */
  if (old != NULL)
    {
      if (fchown (fd, (uid_t)-1, old->st_gid) != 0)
        g_debug ("Could not keep the group of %s: %s", path, g_strerror (errno));
      if (fchmod (fd, old->st_mode & 07777) != 0)
        g_debug ("Could not keep the permissions of %s: %s", path, g_strerror (errno));
    }

  if (!write_all (fd, bytes, cancellable, &errsv))
    {
      close (fd);
      g_unlink (tmp_path);
      return set_io_error (error, errsv, file);
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      errsv = errno;
      g_unlink (tmp_path);
      return set_io_error (error, errsv, file);
    }

  if (g_rename (tmp_path, path) != 0)
    {
      errsv = errno;
      g_unlink (tmp_path);
      return set_io_error (error, errsv, file);
    }

  sync_dir (dir);
  return TRUE;
}

/* GLib 2.74's g_file_replace_contents() renames its temporary file over
 * the target even when writing it failed, so a full disk would leave a
 * truncated document; this writes, syncs and only then renames. */
/**
 * jd_write_file_atomically:
 * @new_etag: (out) (optional): the entity tag of the file written
 *
 * Writes @bytes to @file, the one way Jobscribe writes any file. A
 * regular file (or a new one) is either what it was or all of @bytes,
 * whatever fails or crashes meanwhile: the bytes go to a temporary file
 * beside it that is synced and renamed over it, keeping its permissions
 * and group. Symbolic links are followed and their target replaced.
 * Pipes, character devices and links such as /dev/stdout are written in
 * place, never replaced; directories and other special files are
 * refused.
 */
gboolean
jd_write_file_atomically (GFile         *file,
                          GBytes        *bytes,
                          char         **new_etag,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *path = NULL;
  gboolean through_fd_link;
  gboolean written;
  GStatBuf st;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!g_file_is_native (file))
    return g_file_replace_contents (file,
                                    g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_NONE,
                                    new_etag, cancellable, error);

  path = resolve_output_path (g_file_peek_path (file), &through_fd_link);

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT)
        return set_io_error (error, errno, file);
      written = write_by_rename (path, NULL, file, bytes, cancellable, error);
    }
  else if (S_ISREG (st.st_mode) && !through_fd_link)
    written = write_by_rename (path, &st, file, bytes, cancellable, error);
  else if (S_ISREG (st.st_mode) || S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode))
    written = write_in_place (path, file, bytes, cancellable, error);
  else if (S_ISDIR (st.st_mode))
    written = set_io_error (error, EISDIR, file);
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: the placeholder is a file name. */
                   _("Could not save “%s”: it is not a file, a pipe or a character device"),
                   name);
      written = FALSE;
    }

  if (!written)
    return FALSE;

  if (new_etag != NULL)
    {
      g_autoptr(GFileInfo) info = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                cancellable, NULL);
      *new_etag = info ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }

  return TRUE;
}

static gboolean
over_limit (const char *text,
            gsize       max)
{
  return text != NULL && count_chars (text, max) > max;
}

typedef enum
{
  LIMIT_NONE,
  LIMIT_LINE,
  LIMIT_PLACE,
  LIMIT_HEADING,
  LIMIT_BLOCK,
  LIMIT_SOURCE,
} LimitExceeded;

static LimitExceeded
find_exceeded_limit (JdDocument *document)
{
  const char *lines[] = {
    jd_document_get_title (document), jd_document_get_company_name (document),
    jd_document_get_company_url (document), jd_document_get_department (document),
    jd_document_get_apply_to (document), jd_document_get_reference (document),
  };
  const char * const *applicant = jd_document_get_applicant_locations (document);
  GPtrArray *locations = jd_document_get_locations (document);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    if (over_limit (lines[i], JD_DOCUMENT_MAX_LINE_CHARS))
      return LIMIT_LINE;

  for (guint i = 0; applicant[i] != NULL; i++)
    if (over_limit (applicant[i], JD_DOCUMENT_MAX_LINE_CHARS))
      return LIMIT_LINE;

  for (guint i = 0; i < locations->len; i++)
    {
      const JdLocation *location = g_ptr_array_index (locations, i);

      if (over_limit (location->city, JD_DOCUMENT_MAX_ATTRIBUTE_CHARS) ||
          over_limit (location->region, JD_DOCUMENT_MAX_ATTRIBUTE_CHARS))
        return LIMIT_PLACE;
    }

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      if (over_limit (jd_section_get_heading (section), JD_DOCUMENT_MAX_LINE_CHARS))
        return LIMIT_HEADING;

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);

          if (over_limit (jd_block_get_text (block), JD_DOCUMENT_MAX_BLOCK_CHARS))
            return LIMIT_BLOCK;
          if (over_limit (jd_block_get_source (block), JD_DOCUMENT_MAX_ATTRIBUTE_CHARS))
            return LIMIT_SOURCE;
        }
    }

  return LIMIT_NONE;
}

/**
 * jd_document_check_limits:
 *
 * Checks that every text of @document is within the lengths a reader
 * accepts (JD_DOCUMENT_MAX_BLOCK_CHARS and the others), so that what is
 * saved can be opened again.
 */
gboolean
jd_document_check_limits (JdDocument  *document,
                          GError     **error)
{
  guint max;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), FALSE);

  switch (find_exceeded_limit (document))
    {
    case LIMIT_NONE:
      return TRUE;

    case LIMIT_LINE:
      max = JD_DOCUMENT_MAX_LINE_CHARS;
      g_set_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE,
                   ngettext ("The document cannot be saved: a title or another one-line text is longer than %u character",
                             "The document cannot be saved: a title or another one-line text is longer than %u characters",
                             max), max);
      return FALSE;

    case LIMIT_PLACE:
      max = JD_DOCUMENT_MAX_ATTRIBUTE_CHARS;
      g_set_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE,
                   ngettext ("The document cannot be saved: a place name is longer than %u character",
                             "The document cannot be saved: a place name is longer than %u characters",
                             max), max);
      return FALSE;

    case LIMIT_HEADING:
      max = JD_DOCUMENT_MAX_LINE_CHARS;
      g_set_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE,
                   ngettext ("The document cannot be saved: a section heading is longer than %u character",
                             "The document cannot be saved: a section heading is longer than %u characters",
                             max), max);
      return FALSE;

    case LIMIT_BLOCK:
      max = JD_DOCUMENT_MAX_BLOCK_CHARS;
      g_set_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE,
                   ngettext ("The document cannot be saved: a paragraph or bullet is longer than %u character",
                             "The document cannot be saved: a paragraph or bullet is longer than %u characters",
                             max), max);
      return FALSE;

    case LIMIT_SOURCE:
    default:
      max = JD_DOCUMENT_MAX_ATTRIBUTE_CHARS;
      g_set_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE,
                   ngettext ("The document cannot be saved: a template reference is longer than %u character",
                             "The document cannot be saved: a template reference is longer than %u characters",
                             max), max);
      return FALSE;
    }
}

/**
 * jd_document_save:
 * @new_etag: (out) (optional): the entity tag of the file written
 *
 * Writes @document to @file atomically: the contents go to a temporary
 * file beside it that is synced and then renamed over @file, so the old
 * file survives any failure or crash during the save.
 */
gboolean
jd_document_save (JdDocument    *document,
                  GFile         *file,
                  GCancellable  *cancellable,
                  char         **new_etag,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!jd_document_check_limits (document, error))
    return FALSE;

  bytes = jd_document_serialize (document);
  return jd_write_file_atomically (file, bytes, new_etag, cancellable, error);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  char *etag = NULL;

  if (!jd_write_file_atomically (data->file, data->bytes, &etag, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, etag, g_free);
}

/* Serializes now, so later edits of @document do not race with the write. */
void
jd_document_save_async (JdDocument          *document,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveData *data;

  g_return_if_fail (JD_IS_DOCUMENT (document));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_document_save_async);

  if (!jd_document_check_limits (document, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->bytes = jd_document_serialize (document);

  g_task_set_task_data (task, data, (GDestroyNotify)save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
jd_document_save_finish (JdDocument    *document,
                         GAsyncResult  *result,
                         char         **new_etag,
                         GError       **error)
{
  g_autofree char *etag = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, document), FALSE);

  etag = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (new_etag != NULL)
    *new_etag = g_steal_pointer (&etag);

  return TRUE;
}

/**
 * jd_error_format_for_file:
 *
 * Returns: the problem as one line, "file:line: message", the way
 *   compilers and the command line say it.
 */
char *
jd_error_format_for_file (const char   *display_name,
                          guint         line,
                          const GError *error)
{
  if (line > 0)
    return g_strdup_printf ("%s:%u: %s", display_name, line, error->message);

  return g_strdup_printf ("%s: %s", display_name, error->message);
}
