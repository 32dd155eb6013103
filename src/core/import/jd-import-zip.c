/* jd-import-zip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-formats-private.h"
#include "jd-import-private.h"
#include "jd-xml-private.h"

void
_jd_import_set_total_too_large (GError **error)
{
  g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE,
               /* Translators: the placeholder is a number of megabytes. */
               _("the file inflates to more than %u MB; it may be a ZIP bomb"),
               (guint)(JD_IMPORT_MAX_UNCOMPRESSED_SIZE / JD_IMPORT_MIB));
}

/**
 * _jd_import_zip_extract:
 * @wanted: the names of the entries to read
 *
 * Reads the ZIP container of a DOCX or ODT file with the formats module,
 * which has libarchive (jd-import-unzip.c).
 *
 * Returns: (transfer full): the entries of @wanted the container has,
 *   name → #GBytes, or %NULL with the reason
 */
GHashTable *
_jd_import_zip_extract (GBytes              *bytes,
                        const char * const  *wanted,
                        GError             **error)
{
  const JdFormats *formats = _jd_formats_get (error);

  return formats != NULL ? formats->unzip (bytes, wanted, error) : NULL;
}

/* Counts the tags of markup without parsing it. */
gboolean
_jd_import_check_elements (const char  *data,
                           gsize        len,
                           GError     **error)
{
  const char *end = data + len;
  guint n = 0;

  for (const char *p = memchr (data, '<', len); p != NULL; p = memchr (p + 1, '<', (gsize)(end - p - 1)))
    if (++n > JD_IMPORT_MAX_ELEMENTS)
      break;

  if (n <= JD_IMPORT_MAX_ELEMENTS)
    return TRUE;

  g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE,
               /* Translators: the placeholder is a number. */
               _("the document has more than %u elements, far more than a job description"),
               (guint)JD_IMPORT_MAX_ELEMENTS);
  return FALSE;
}

/* Parts are read as every XML file of Jobscribe is: a DOCTYPE stops the
 * parser, so no entity is ever expanded and nothing is loaded. */
xmlDoc *
_jd_import_parse_part (GHashTable  *parts,
                       const char  *part,
                       gboolean     required,
                       GError     **error)
{
  GBytes *bytes = g_hash_table_lookup (parts, part);
  g_autofree char *message = NULL;
  JdXmlErrorKind kind;
  guint line = 0;
  gsize len = 0;
  const char *data;
  xmlDoc *doc;

  if (bytes == NULL)
    {
      if (required)
        g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_CORRUPT,
                     /* Translators: the placeholder is the name of a part
                      * of a .docx or .odt file, such as “word/document.xml”. */
                     _("the file has no “%s”; it is not a complete document"), part);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &len);
  if (len > G_MAXINT)
    {
      _jd_import_set_total_too_large (error);
      return NULL;
    }

  if (!_jd_import_check_elements (data, len, error))
    return NULL;

  doc = _jd_xml_read (data != NULL ? data : "", len, &line, &kind, &message);
  if (doc != NULL)
    return doc;

  if (kind == JD_XML_ERROR_FORBIDDEN)
    g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_FORBIDDEN,
                 /* Translators: the placeholder is the name of a part of a
                  * .docx or .odt file, such as “word/document.xml”. */
                 _("“%s” declares a document type (<!DOCTYPE>), which word processors never "
                   "write and which could make it read other files"), part);
  else
    g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_CORRUPT,
                 /* Translators: the first placeholder is the name of a part
                  * of a .docx or .odt file, the second a line number, the
                  * third what is wrong there. */
                 _("“%s”, line %u: %s"), part, line, message);

  return NULL;
}

gboolean
_jd_import_xml_is (xmlNode    *node,
                   const char *ns,
                   const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         node->ns != NULL &&
         strcmp ((const char *)node->name, name) == 0 &&
         strcmp ((const char *)node->ns->href, ns) == 0;
}

/* Returns: (transfer full) (nullable): the attribute @name of @ns */
char *
_jd_import_xml_prop (xmlNode    *node,
                     const char *ns,
                     const char *name)
{
  xmlChar *value = xmlGetNsProp (node, (const xmlChar *)name, (const xmlChar *)ns);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}
