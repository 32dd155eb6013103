/* jd-document-writer.c
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
#include "jd-worker-private.h"
#include "jd-xml-private.h"

/* Writing a .jobdesc file: the document as pretty, byte-stable XML,
 * checked against the limits a reader enforces, saved through
 * jd_write_file_atomically(). */

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

/* Only when there is something to say, so documents without ignored
 * findings are written as before. */
static void
write_review (JdDocument *document,
              xmlNode    *root)
{
  GPtrArray *ignored = jd_document_get_ignored_findings (document);
  xmlNode *review;

  if (ignored->len == 0)
    return;

  review = xmlNewChild (root, NULL, (const xmlChar *)"review", NULL);
  for (guint i = 0; i < ignored->len; i++)
    {
      const JdIgnoredFinding *finding = g_ptr_array_index (ignored, i);
      xmlNode *node = add_text_child (review, "ignore", finding->text);

      set_optional_prop (node, "rule", finding->rule);
      set_optional_prop (node, "scope", finding->scope);
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
  write_review (document, root);

  xmlDocDumpFormatMemoryEnc (doc, &mem, &len, "UTF-8", 1);
  bytes = g_bytes_new (mem, (gsize)len);
  xmlFree (mem);
  xmlFreeDoc (doc);

  return bytes;
}

static gboolean
over_limit (const char *text,
            gsize       max)
{
  return text != NULL && _jd_count_chars (text, max) > max;
}

typedef enum
{
  LIMIT_NONE,
  LIMIT_LINE,
  LIMIT_PLACE,
  LIMIT_HEADING,
  LIMIT_BLOCK,
  LIMIT_SOURCE,
  LIMIT_TEXT,
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
  GPtrArray *ignored = jd_document_get_ignored_findings (document);
  gsize total = 0;

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

  for (guint i = 0; i < ignored->len; i++)
    {
      const JdIgnoredFinding *finding = g_ptr_array_index (ignored, i);

      if (over_limit (finding->text, JD_DOCUMENT_MAX_BLOCK_CHARS))
        return LIMIT_BLOCK;
      if (over_limit (finding->rule, JD_DOCUMENT_MAX_ATTRIBUTE_CHARS) ||
          over_limit (finding->scope, JD_DOCUMENT_MAX_ATTRIBUTE_CHARS))
        return LIMIT_LINE;
      /* Ignored findings quote the text: they count in its total, which
       * keeps the file within what a reader accepts. */
      if (finding->text != NULL)
        total += _jd_count_chars (finding->text, JD_DOCUMENT_MAX_BLOCK_CHARS);
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
          total += _jd_count_chars (jd_block_get_text (block), JD_DOCUMENT_MAX_BLOCK_CHARS);
        }
    }

  return total > JD_DOCUMENT_MAX_TEXT_CHARS ? LIMIT_TEXT : LIMIT_NONE;
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

    case LIMIT_TEXT:
      max = JD_DOCUMENT_MAX_TEXT_CHARS;
      g_set_error (error, JD_DOCUMENT_ERROR, JD_DOCUMENT_ERROR_TOO_LARGE,
                   ngettext ("The document cannot be saved: its paragraphs and bullets hold more than %u character in all",
                             "The document cannot be saved: its paragraphs and bullets hold more than %u characters in all",
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
  _jd_task_run_in_worker (task, save_thread);
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
