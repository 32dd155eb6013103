/* jd-open-document-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-open-document"

#include "config.h"

#include "jd-document-io.h"
#include "jd-open-document.h"

/* Opening a file: read it in a thread, then make the open document that
 * follows it. Only the public API of JdOpenDocument is needed here. */

typedef struct
{
  JdDrafts *drafts;
  guint     error_line;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->drafts);
  g_free (data);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(JdDocument) document = NULL;
  GError *error = NULL;

  document = jd_document_load_finish (G_FILE (object), result, &data->error_line, &error);
  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, jd_open_document_new (document, G_FILE (object), data->drafts),
                           g_object_unref);
}

/**
 * jd_open_document_load_async:
 * @drafts: (nullable): where the document's drafts go, or %NULL for none
 *
 * Reads @file and opens the document it holds.
 */
void
jd_open_document_load_async (GFile               *file,
                             JdDrafts            *drafts,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (drafts == NULL || JD_IS_DRAFTS (drafts));

  data = g_new0 (LoadData, 1);
  data->drafts = drafts ? g_object_ref (drafts) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_open_document_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  jd_document_load_async (file, cancellable, load_cb, task);
}

/**
 * jd_open_document_load_finish:
 * @error_line: (out) (optional): the line of the problem, or 0
 *
 * Returns: (transfer full) (nullable): the open document
 */
JdOpenDocument *
jd_open_document_load_finish (GAsyncResult  *result,
                              guint         *error_line,
                              GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (error_line != NULL)
    *error_line = data->error_line;

  return g_task_propagate_pointer (G_TASK (result), error);
}
