/* jd-import-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-import.h"
#include "jd-import-private.h"
#include "jd-worker-private.h"

/* Imports of files, and imports in a thread for the window: the bytes
 * are read here, within the limit, and made a document by
 * jd_import_bytes(). */

/* Reads at most the largest file an import takes, whatever size the file
 * claims: it may grow while it is read, or be a pipe. */
static GBytes *
read_bounded (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) query_error = NULL;
  guint8 buffer[64 * 1024];

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &query_error);
  if (info == NULL)
    {
      /* GIO's message names the file again; the caller already does. */
      if (g_error_matches (query_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("the file does not exist"));
      else
        g_propagate_error (error, g_steal_pointer (&query_error));
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("this is a folder, not a file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > JD_IMPORT_MAX_FILE_SIZE)
    goto too_large;

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (data->len + (gsize)n > JD_IMPORT_MAX_FILE_SIZE)
        goto too_large;
      g_byte_array_append (data, buffer, (guint)n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));

too_large:
  _jd_import_set_file_too_large (error);
  return NULL;
}

/**
 * jd_import_file:
 * @lang: (nullable): the language of the text, or %NULL to detect it
 * @report: (out) (optional): what the import guessed
 *
 * Imports @file, whatever its name says, as jd_import_bytes() does.
 *
 * Returns: (transfer full): a new document, without a file
 */
JdDocument *
jd_import_file (GFile           *file,
                const char      *lang,
                JdImportReport **report,
                GCancellable    *cancellable,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = read_bounded (file, cancellable, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_basename (file);
  return jd_import_bytes (bytes, name, JD_IMPORT_FORMAT_AUTO, lang, report, error);
}

typedef struct
{
  JdDocument     *document;
  JdImportReport *report;
} ImportResult;

typedef struct
{
  GBytes         *bytes;
  char           *name;
  JdImportFormat  format;
  char           *lang;
} ImportRequest;

static void
import_result_free (ImportResult *result)
{
  g_clear_object (&result->document);
  g_clear_pointer (&result->report, jd_import_report_free);
  g_free (result);
}

static void
import_request_free (ImportRequest *request)
{
  g_clear_pointer (&request->bytes, g_bytes_unref);
  g_free (request->name);
  g_free (request->lang);
  g_free (request);
}

/* Imports a file (the task's source object) or the bytes of the
 * request. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportRequest *request = task_data;
  ImportResult *result = g_new0 (ImportResult, 1);
  GError *error = NULL;

  if (source_object != NULL)
    result->document = jd_import_file (G_FILE (source_object), request->lang, &result->report,
                                       cancellable, &error);
  else
    result->document = jd_import_bytes (request->bytes, request->name, request->format,
                                        request->lang, &result->report, &error);

  if (result->document == NULL)
    {
      import_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify)import_result_free);
}

/* Imports @file in a thread: a large document never blocks the window. */
void
jd_import_file_async (GFile               *file,
                      const char          *lang,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportRequest *request;

  g_return_if_fail (G_IS_FILE (file));

  request = g_new0 (ImportRequest, 1);
  request->lang = g_strdup (lang);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_import_file_async);
  g_task_set_task_data (task, request, (GDestroyNotify)import_request_free);
  _jd_task_run_in_worker (task, import_thread);
}

/* Imports @bytes, as jd_import_bytes() does, in a thread. */
void
jd_import_bytes_async (GBytes              *bytes,
                       const char          *name,
                       JdImportFormat       format,
                       const char          *lang,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportRequest *request;

  g_return_if_fail (bytes != NULL);

  request = g_new0 (ImportRequest, 1);
  request->bytes = g_bytes_ref (bytes);
  request->name = g_strdup (name);
  request->format = format;
  request->lang = g_strdup (lang);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_import_bytes_async);
  g_task_set_task_data (task, request, (GDestroyNotify)import_request_free);
  _jd_task_run_in_worker (task, import_thread);
}

/**
 * jd_import_finish:
 * @report: (out) (optional): what the import guessed
 *
 * Finishes jd_import_file_async() and jd_import_bytes_async().
 *
 * Returns: (transfer full): the new document, or %NULL with an error
 */
JdDocument *
jd_import_finish (GAsyncResult    *result,
                  JdImportReport **report,
                  GError         **error)
{
  ImportResult *imported;
  JdDocument *document;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  imported = g_task_propagate_pointer (G_TASK (result), error);
  if (imported == NULL)
    return NULL;

  document = g_steal_pointer (&imported->document);
  if (report != NULL)
    *report = g_steal_pointer (&imported->report);
  import_result_free (imported);

  return document;
}
