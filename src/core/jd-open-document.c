/* jd-open-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-open-document"

#include "config.h"

#include "jd-document-io.h"
#include "jd-history-private.h"
#include "jd-open-document.h"

/* The life of a document while it is open, apart from any window, as
 * GNOME Text Editor's EditorDocument: the file it lives in and what tells
 * that file's version, the undo history, whether it differs from what was
 * last read or written, what other programs did to the file, the draft
 * that keeps unsaved changes through a crash, reload and save. */

struct _JdOpenDocument
{
  GObject          parent_instance;

  JdDocument      *document;
  JdHistory       *history;
  JdDocument      *saved;
  GFile           *file;
  char            *file_version;
  GFileMonitor    *monitor;
  JdOutsideChange  outside_change;
  gboolean         modified;

  JdDrafts        *drafts;
  char            *draft_id;
  guint            autosave_delay;
  guint            autosave_id;
  gboolean         draft_written;
};

G_DEFINE_FINAL_TYPE (JdOpenDocument, jd_open_document, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (JdOutsideChange, jd_outside_change,
                    G_DEFINE_ENUM_VALUE (JD_OUTSIDE_CHANGE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (JD_OUTSIDE_CHANGE_CHANGED, "changed"),
                    G_DEFINE_ENUM_VALUE (JD_OUTSIDE_CHANGE_DELETED, "deleted"))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_HISTORY,
  PROP_DRAFTS,
  PROP_MODIFIED,
  PROP_OUTSIDE_CHANGE,
  PROP_AUTOSAVE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
write_draft_cb (gpointer user_data)
{
  JdOpenDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_id = 0;

  if (!jd_drafts_write (self->drafts, self->draft_id, self->document, self->file, &error))
    g_warning ("Could not write the draft of a document: %s", error->message);
  else
    self->draft_written = TRUE;

  return G_SOURCE_REMOVE;
}

static void
remove_draft (JdOpenDocument *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->draft_written)
    {
      jd_drafts_remove (self->drafts, self->draft_id);
      self->draft_written = FALSE;
    }
}

/* A modified document gets a draft some time after its last change; a
 * document with no changes needs none. */
static void
schedule_draft (JdOpenDocument *self)
{
  if (self->drafts == NULL)
    return;

  if (!self->modified)
    {
      remove_draft (self);
      return;
    }

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (MAX (self->autosave_delay, 1) * 1000, write_draft_cb, self);
}

static void
update_modified (JdOpenDocument *self)
{
  gboolean modified = !jd_document_equal (self->document, self->saved);

  if (modified != self->modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }

  schedule_draft (self);
}

static void
set_outside_change (JdOpenDocument  *self,
                    JdOutsideChange  change)
{
  if (change == self->outside_change)
    return;

  self->outside_change = change;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTSIDE_CHANGE]);
}

/* What tells one version of the file from another. The entity tag alone
 * is the modification time, which the kernel keeps to a few milliseconds:
 * two saves that close together would look alike. A save by rename (ours,
 * and most programs') makes a new inode, and a save in place most likely
 * changes the size. */
static char *
query_version (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE ","
                            G_FILE_ATTRIBUTE_UNIX_INODE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup_printf ("%s/%" G_GUINT64_FORMAT "/%" G_GOFFSET_FORMAT,
                          g_file_info_get_etag (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_size (info));
}

static void
file_changed_cb (JdOpenDocument    *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  g_autofree char *version = NULL;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      return;
    }

  if (self->file == NULL)
    return;

  version = query_version (self->file);
  if (version == NULL)
    set_outside_change (self, JD_OUTSIDE_CHANGE_DELETED);
  else if (g_strcmp0 (version, self->file_version) != 0)
    set_outside_change (self, JD_OUTSIDE_CHANGE_CHANGED);
}

/* The file, what tells the version last read or written there, and a
 * monitor that notices changes by other programs. */
static void
set_file (JdOpenDocument *self,
          GFile          *file)
{
  gboolean changed;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  changed = g_set_object (&self->file, file);
  g_free (self->file_version);
  self->file_version = file == NULL ? NULL : query_version (file);
  set_outside_change (self, JD_OUTSIDE_CHANGE_NONE);

  if (file != NULL)
    {
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_swapped (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
    }

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
jd_open_document_constructed (GObject *object)
{
  JdOpenDocument *self = (JdOpenDocument *)object;

  G_OBJECT_CLASS (jd_open_document_parent_class)->constructed (object);

  if (self->document == NULL)
    self->document = jd_document_new ();

  /* One copy for both: neither is ever changed. */
  self->saved = jd_document_copy (self->document);
  self->history = _jd_history_new_with_snapshot (self->document, self->saved);
  self->draft_id = jd_drafts_new_id ();

  /* Connected before any view of the document: whoever listens to the
   * document's changes finds the modified state already up to date. */
  g_signal_connect_swapped (self->document, "changed", G_CALLBACK (update_modified), self);
}

static void
jd_open_document_dispose (GObject *object)
{
  JdOpenDocument *self = (JdOpenDocument *)object;

  /* A document that goes with unsaved changes nobody discarded keeps its
   * draft: that is what the next start recovers. */
  if (self->drafts != NULL)
    {
      if (self->modified)
        {
          if (self->autosave_id != 0)
            {
              g_clear_handle_id (&self->autosave_id, g_source_remove);
              write_draft_cb (self);
            }
        }
      else
        remove_draft (self);
    }
  g_clear_handle_id (&self->autosave_id, g_source_remove);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, update_modified, self);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, file_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->saved);
  g_clear_object (&self->file);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (jd_open_document_parent_class)->dispose (object);
}

static void
jd_open_document_finalize (GObject *object)
{
  JdOpenDocument *self = (JdOpenDocument *)object;

  g_free (self->draft_id);
  g_free (self->file_version);

  G_OBJECT_CLASS (jd_open_document_parent_class)->finalize (object);
}

static void
jd_open_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JdOpenDocument *self = JD_OPEN_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_DRAFTS:
      g_value_set_object (value, self->drafts);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_OUTSIDE_CHANGE:
      g_value_set_enum (value, self->outside_change);
      break;

    case PROP_AUTOSAVE_DELAY:
      g_value_set_uint (value, self->autosave_delay);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_open_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JdOpenDocument *self = JD_OPEN_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_FILE:
      set_file (self, g_value_get_object (value));
      break;

    case PROP_DRAFTS:
      self->drafts = g_value_dup_object (value);
      break;

    case PROP_AUTOSAVE_DELAY:
      jd_open_document_set_autosave_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_open_document_class_init (JdOpenDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = jd_open_document_constructed;
  object_class->dispose = jd_open_document_dispose;
  object_class->finalize = jd_open_document_finalize;
  object_class->get_property = jd_open_document_get_property;
  object_class->set_property = jd_open_document_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Construct-only for others; saving to another file changes it. */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         JD_TYPE_HISTORY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DRAFTS] =
    g_param_spec_object ("drafts", NULL, NULL,
                         JD_TYPE_DRAFTS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTSIDE_CHANGE] =
    g_param_spec_enum ("outside-change", NULL, NULL,
                       JD_TYPE_OUTSIDE_CHANGE, JD_OUTSIDE_CHANGE_NONE,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTOSAVE_DELAY] =
    g_param_spec_uint ("autosave-delay", NULL, NULL, 1, G_MAXUINT, 3,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_open_document_init (JdOpenDocument *self)
{
  self->autosave_delay = 3;
}

/**
 * jd_open_document_new:
 * @file: (nullable): where @document was read from, or %NULL for a new one
 * @drafts: (nullable): where its drafts go, or %NULL for none
 *
 * Returns: (transfer full): @document, open, with a fresh undo history
 */
JdOpenDocument *
jd_open_document_new (JdDocument *document,
                      GFile      *file,
                      JdDrafts   *drafts)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (drafts == NULL || JD_IS_DRAFTS (drafts), NULL);

  return g_object_new (JD_TYPE_OPEN_DOCUMENT,
                       "document", document,
                       "file", file,
                       "drafts", drafts,
                       NULL);
}

/**
 * jd_open_document_new_for_draft:
 *
 * Opens a draft left by a crash: the user's file as it is on disk, if the
 * document had one, with the changes of the draft on top, so that undo can
 * still go back to the file's version. The draft stays until the document
 * is saved or its changes discarded.
 *
 * Returns: (transfer full): the open document
 */
JdOpenDocument *
jd_open_document_new_for_draft (JdDraft  *draft,
                                JdDrafts *drafts)
{
  g_autoptr(JdDocument) base = NULL;
  JdOpenDocument *self;

  g_return_val_if_fail (draft != NULL, NULL);
  g_return_val_if_fail (JD_IS_DRAFTS (drafts), NULL);

  if (draft->file != NULL)
    base = jd_document_load (draft->file, NULL, NULL, NULL);
  if (base == NULL)
    base = jd_document_new ();

  self = jd_open_document_new (base, draft->file, drafts);
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  self->draft_written = TRUE;

  jd_document_assign (self->document, draft->document);
  jd_history_break (self->history);

  return self;
}

/* Returns: (transfer none) */
JdDocument *
jd_open_document_get_document (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), NULL);
  return self->document;
}

/* Returns: (transfer none) (nullable) */
GFile *
jd_open_document_get_file (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), NULL);
  return self->file;
}

/* Returns: (transfer none) */
JdHistory *
jd_open_document_get_history (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), NULL);
  return self->history;
}

/* Whether the document differs from what was last read or written. */
gboolean
jd_open_document_get_modified (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), FALSE);
  return self->modified;
}

/* Whether there is nothing in it yet: no file, no title, no section. */
gboolean
jd_open_document_is_blank (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), FALSE);

  return self->file == NULL && !self->modified &&
         jd_document_get_n_sections (self->document) == 0 &&
         jd_document_get_title (self->document) == NULL;
}

JdOutsideChange
jd_open_document_get_outside_change (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), JD_OUTSIDE_CHANGE_NONE);
  return self->outside_change;
}

/* Keeps the version in memory: the next save writes it over the file. */
void
jd_open_document_dismiss_outside_change (JdOpenDocument *self)
{
  g_return_if_fail (JD_IS_OPEN_DOCUMENT (self));
  set_outside_change (self, JD_OUTSIDE_CHANGE_NONE);
}

/* Whether the file on disk is no longer what was last read or written,
 * asked now rather than waiting for the monitor. */
gboolean
jd_open_document_changed_on_disk (JdOpenDocument *self)
{
  g_autofree char *version = NULL;

  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), FALSE);

  if (self->file == NULL || self->file_version == NULL)
    return FALSE;

  version = query_version (self->file);
  return g_strcmp0 (version, self->file_version) != 0;
}

const char *
jd_open_document_get_draft_id (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), NULL);
  return self->draft_id;
}

guint
jd_open_document_get_autosave_delay (JdOpenDocument *self)
{
  g_return_val_if_fail (JD_IS_OPEN_DOCUMENT (self), 0);
  return self->autosave_delay;
}

/* The seconds after the last change that the draft is written. */
void
jd_open_document_set_autosave_delay (JdOpenDocument *self,
                                     guint           seconds)
{
  g_return_if_fail (JD_IS_OPEN_DOCUMENT (self));

  seconds = MAX (seconds, 1);
  if (seconds == self->autosave_delay)
    return;

  self->autosave_delay = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTOSAVE_DELAY]);
}

/* The user chose to lose the changes: their draft goes too. */
void
jd_open_document_discard_draft (JdOpenDocument *self)
{
  g_return_if_fail (JD_IS_OPEN_DOCUMENT (self));

  if (self->drafts != NULL)
    remove_draft (self);
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  JdOpenDocument *self = g_task_get_source_object (task);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_load_finish (G_FILE (object), result, &line, &error);
  if (document == NULL)
    {
      g_task_set_task_data (task, GUINT_TO_POINTER (line), NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Assign rather than replace: undo can still go back to the version
   * that was open before. */
  set_file (self, G_FILE (object));
  g_set_object (&self->saved, jd_document_copy (document));
  jd_history_break (self->history);
  jd_document_assign (self->document, document);
  jd_history_break (self->history);
  update_modified (self);

  g_task_return_boolean (task, TRUE);
}

/**
 * jd_open_document_reload_async:
 *
 * Replaces the document by what its file holds now, as one undo step.
 */
void
jd_open_document_reload_async (JdOpenDocument      *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (JD_IS_OPEN_DOCUMENT (self));
  g_return_if_fail (self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_open_document_reload_async);
  set_outside_change (self, JD_OUTSIDE_CHANGE_NONE);
  jd_document_load_async (self->file, cancellable, reload_cb, task);
}

/**
 * jd_open_document_reload_finish:
 * @error_line: (out) (optional): the line of the problem, or 0
 */
gboolean
jd_open_document_reload_finish (JdOpenDocument  *self,
                                GAsyncResult    *result,
                                guint           *error_line,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (error_line != NULL)
    *error_line = GPOINTER_TO_UINT (g_task_get_task_data (G_TASK (result)));

  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GFile      *file;
  JdDocument *snapshot;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->snapshot);
  g_free (data);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  JdOpenDocument *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!jd_document_save_finish (JD_DOCUMENT (object), result, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* What was written is the document as it was when the save started;
   * edits made meanwhile still count as changes. */
  set_file (self, data->file);
  g_set_object (&self->saved, data->snapshot);
  update_modified (self);

  g_task_return_boolean (task, TRUE);
}

/**
 * jd_open_document_save_async:
 *
 * Writes the document as it is now to @file, which becomes its file.
 * The document may change while the save runs: what is written is a
 * snapshot taken here.
 */
void
jd_open_document_save_async (JdOpenDocument      *self,
                             GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  SaveData *data;

  g_return_if_fail (JD_IS_OPEN_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->snapshot = jd_document_copy (self->document);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, jd_open_document_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify)save_data_free);
  jd_document_save_async (data->snapshot, file, cancellable, save_cb, task);
}

gboolean
jd_open_document_save_finish (JdOpenDocument  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
