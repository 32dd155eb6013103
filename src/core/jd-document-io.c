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

#include "jd-block-private.h"
#include "jd-document-io-private.h"
#include "jd-resources-private.h"
#include "jd-section-private.h"
#include "jd-util-private.h"
#include "jd-worker-private.h"
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
      _jd_document_set_error (error, error_line, line, JD_DOCUMENT_ERROR_NOT_JOBDESC,
                 _("this is not a Jobscribe document (the root element is not <jobdesc>)"));
      return FALSE;
    }

  href = root->ns ? (const char *)root->ns->href : NULL;
  if (href == NULL || !g_str_has_prefix (href, NS_PREFIX))
    {
      _jd_document_set_error (error, error_line, line, JD_DOCUMENT_ERROR_NOT_JOBDESC,
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
      _jd_document_set_error (error, error_line, line, JD_DOCUMENT_ERROR_INVALID, message);
      return FALSE;
    }

  if (!is_version (href + strlen (NS_PREFIX)))
    {
      _jd_document_set_error (error, error_line, line, JD_DOCUMENT_ERROR_NOT_JOBDESC,
                 _("this is not a Jobscribe document (the namespace is wrong)"));
      return FALSE;
    }

  if (strcmp (href, JD_DOCUMENT_NAMESPACE) != 0 ||
      (version != NULL && g_ascii_strtoull (version, NULL, 10) > 1))
    {
      _jd_document_set_error (error, error_line, line, JD_DOCUMENT_ERROR_NEWER_VERSION,
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

      text = _jd_node_text (node);

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
          g_autofree char *city = _jd_node_prop (node, "city");
          g_autofree char *region = _jd_node_prop (node, "region");
          g_autofree char *country = _jd_node_prop (node, "country");
          g_autoptr(JdLocation) location = jd_location_new (city, region, country);

          jd_document_add_location (document, location);
        }
      else if (strcmp (name, "workplace") == 0)
        {
          g_autofree char *type = _jd_node_prop (node, "type");
          JdWorkplaceType workplace = JD_WORKPLACE_ON_SITE;

          jd_workplace_type_from_string (type, &workplace);
          jd_document_set_workplace_type (document, workplace);

          for (xmlNode *child = node->children; child != NULL; child = child->next)
            if (child->type == XML_ELEMENT_NODE)
              g_ptr_array_add (applicant, _jd_node_text (child));
        }
      else if (strcmp (name, "employment-type") == 0)
        employment |= jd_employment_type_from_string (text);
      else if (strcmp (name, "salary") == 0)
        {
          g_autofree char *min = _jd_node_prop (node, "min");
          g_autofree char *max = _jd_node_prop (node, "max");
          g_autofree char *currency = _jd_node_prop (node, "currency");
          g_autofree char *unit = _jd_node_prop (node, "unit");
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
  g_autofree char *kind_str = _jd_node_prop (node, "kind");
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  JdSectionKind kind = JD_SECTION_CUSTOM;
  JdSection *section;

  jd_section_kind_from_string (kind_str, &kind);
  section = jd_section_new (kind);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      text = _jd_node_text (child);

      if (strcmp ((const char *)child->name, "heading") == 0)
        jd_section_set_heading (section, text);
      else
        {
          g_autofree char *source = _jd_node_prop (child, "source");
          g_autofree char *translation = _jd_node_prop (child, "translation");
          JdBlockKind block_kind = strcmp ((const char *)child->name, "item") == 0
                                   ? JD_BLOCK_ITEM : JD_BLOCK_PARAGRAPH;

          g_ptr_array_add (blocks, _jd_block_new_full (block_kind, text, source,
                                                       g_strcmp0 (translation, "needed") == 0));
        }
    }

  _jd_section_append_blocks (section, blocks);
  return section;
}

static void
read_review (JdDocument *document,
             xmlNode    *review)
{
  g_autoptr(GPtrArray) ignored = g_ptr_array_new_with_free_func ((GDestroyNotify)jd_ignored_finding_free);

  for (xmlNode *node = review->children; node != NULL; node = node->next)
    {
      g_autofree char *rule = NULL;
      g_autofree char *scope = NULL;
      g_autofree char *text = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      rule = _jd_node_prop (node, "rule");
      scope = _jd_node_prop (node, "scope");
      text = _jd_node_text (node);
      g_ptr_array_add (ignored, jd_ignored_finding_new (rule, scope, text));
    }

  jd_document_set_ignored_findings (document, ignored);
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
      else if (strcmp ((const char *)node->name, "review") == 0)
        read_review (document, node);
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
      _jd_document_set_error (error, error_line, 0, JD_DOCUMENT_ERROR_TOO_LARGE,
                 _("the file is too large for a job description (over 16 MiB)"));
      return NULL;
    }

  if (len == 0)
    {
      _jd_document_set_error (error, error_line, 0, JD_DOCUMENT_ERROR_MALFORMED, _("the file is empty"));
      return NULL;
    }

  doc = _jd_xml_read (data, len, &line, &kind, &message);
  if (doc == NULL)
    {
      _jd_document_set_error (error, error_line, line,
                 kind == JD_XML_ERROR_FORBIDDEN ? JD_DOCUMENT_ERROR_FORBIDDEN
                                                : JD_DOCUMENT_ERROR_MALFORMED,
                 message);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  if (!check_root (root, error_line, error) ||
      !_jd_document_check_tree (root, error_line, error) ||
      !_jd_document_check_total (root, error_line, error) ||
      !_jd_document_validate (doc, error_line, error))
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
          _jd_document_set_error (error, error_line, 0, JD_DOCUMENT_ERROR_TOO_LARGE,
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
  _jd_task_run_in_worker (task, load_thread);
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
