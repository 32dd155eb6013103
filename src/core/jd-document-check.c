/* jd-document-check.c
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

#include "jd-document-io-private.h"
#include "jd-resources-private.h"
#include "jd-util-private.h"
#include "jd-xml-private.h"

/* Steps 3 and 4 of reading a .jobdesc file (see jd-document-io.c): the
 * tree checked element by element and value by value, then validated
 * against data/jobdesc.rng. */

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
  { "review", "jobdesc" },
  { "ignore", "review" },
};

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
          value = _jd_node_prop (node, collapsed_values[i].attribute);
          if (value == NULL)
            continue;
          collapsed = collapse_white_space (value);
          if (strcmp (collapsed, value) != 0)
            xmlSetProp (node, (const xmlChar *)collapsed_values[i].attribute,
                        (const xmlChar *)collapsed);
        }
      else if (has_only_text (node))
        {
          value = _jd_node_text (node);
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
  g_autofree char *value = _jd_node_prop (node, attribute);

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
      _jd_document_set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_INVALID, message);
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

      value = _jd_node_prop (node, "kind");
      ok = value != NULL && jd_section_kind_from_string (value, &kind);
      what = "kind";
    }
  else if (strcmp (name, "workplace") == 0)
    {
      JdWorkplaceType type;

      value = _jd_node_prop (node, "type");
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
          _jd_document_set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_INVALID,
                     _("the lowest salary (min) is higher than the highest (max)"));
          return FALSE;
        }

      value = _jd_node_prop (node, "unit");
      ok = value != NULL && jd_salary_unit_from_string (value, &unit);
      what = "unit";
    }
  else if (strcmp (name, "ignore") == 0)
    {
      value = _jd_node_prop (node, "rule");
      ok = value != NULL && value[0] != '\0';
      what = "rule";
    }
  else if (strcmp (name, "employment-type") == 0)
    {
      value = _jd_node_text (node);
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

      _jd_document_set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_INVALID, message);
    }

  return ok;
}

/* Counts the characters of @text up to @max + 1, so a huge text costs no
 * more than the limit. */
gsize
_jd_count_chars (const char *text,
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
  /* An ignored finding may cover a whole sentence of a block. */
  gboolean block = strcmp (name, "p") == 0 || strcmp (name, "item") == 0 ||
                   strcmp (name, "ignore") == 0;
  gsize max = block ? JD_DOCUMENT_MAX_BLOCK_CHARS : JD_DOCUMENT_MAX_LINE_CHARS;

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      g_autofree char *value = (char *)xmlNodeGetContent ((xmlNode *)attr);

      if (value != NULL && _jd_count_chars (value, JD_DOCUMENT_MAX_ATTRIBUTE_CHARS) > JD_DOCUMENT_MAX_ATTRIBUTE_CHARS)
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
          _jd_document_set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
    }

  if (has_only_text (node))
    {
      g_autofree char *text = _jd_node_text (node);

      if (_jd_count_chars (text, max) > max)
        {
          g_autofree char *message = NULL;

          /* Translators: the first placeholder is an XML element, the
           * second a number of characters. */
          message = g_strdup_printf (ngettext ("<%s> is too long (at most %u character)",
                                               "<%s> is too long (at most %u characters)",
                                               max),
                                     name, (guint)max);
          _jd_document_set_error (error, error_line, xmlGetLineNo (node), JD_DOCUMENT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
    }

  return TRUE;
}

/* Drops what this version does not know, refuses what is misplaced. */
gboolean
_jd_document_check_tree (xmlNode  *parent,
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
              _jd_document_set_error (error, error_line, xmlGetLineNo (child),
                         JD_DOCUMENT_ERROR_INVALID, message);
              return FALSE;
            }
          else if (!check_values (child, error_line, error) ||
                   !_jd_document_check_tree (child, error_line, error) ||
                   !check_lengths (child, error_line, error))
            return FALSE;
        }
      else if (child->type == XML_ENTITY_REF_NODE)
        {
          _jd_document_set_error (error, error_line, xmlGetLineNo (parent), JD_DOCUMENT_ERROR_FORBIDDEN,
                     _("entity references are not allowed in Jobscribe documents"));
          return FALSE;
        }

      child = next;
    }

  return TRUE;
}

/* Paragraphs and bullets, and the ignored findings of the review, which
 * quote them. */
static gboolean
is_block (xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE &&
         (strcmp ((const char *)node->name, "p") == 0 ||
          strcmp ((const char *)node->name, "item") == 0 ||
          strcmp ((const char *)node->name, "ignore") == 0);
}

/* After _jd_document_check_tree(), so every block is known to be within
 * its own limit and counting it costs at most that much. */
gboolean
_jd_document_check_total (xmlNode  *root,
                          guint    *error_line,
                          GError  **error)
{
  gsize total = 0;

  for (xmlNode *section = root->children; section != NULL; section = section->next)
    {
      if (section->type != XML_ELEMENT_NODE ||
          (strcmp ((const char *)section->name, "section") != 0 &&
           strcmp ((const char *)section->name, "review") != 0))
        continue;

      for (xmlNode *block = section->children; block != NULL; block = block->next)
        {
          g_autofree char *text = NULL;
          g_autofree char *message = NULL;

          if (!is_block (block))
            continue;

          text = _jd_node_text (block);
          total += _jd_count_chars (text, JD_DOCUMENT_MAX_BLOCK_CHARS);
          if (total <= JD_DOCUMENT_MAX_TEXT_CHARS)
            continue;

          /* Translators: the placeholder is a number of characters. */
          message = g_strdup_printf (ngettext ("the document holds too much text: its paragraphs and "
                                               "bullets may have at most %u character in all",
                                               "the document holds too much text: its paragraphs and "
                                               "bullets may have at most %u characters in all",
                                               JD_DOCUMENT_MAX_TEXT_CHARS),
                                     (guint)JD_DOCUMENT_MAX_TEXT_CHARS);
          _jd_document_set_error (error, error_line, xmlGetLineNo (block),
                                  JD_DOCUMENT_ERROR_TOO_LARGE, message);
          return FALSE;
        }
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

gboolean
_jd_document_validate (xmlDoc  *doc,
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
      _jd_document_set_error (error, error_line, errors.line, JD_DOCUMENT_ERROR_INVALID, message);
    }

  g_free (errors.message);
  g_free (errors.str1);
  g_free (errors.str2);

  return ret == 0;
}
