/* jd-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-history"

#include "config.h"

#include "jd-history-private.h"

/* Undo and redo for a whole document, structural changes included.
 *
 * The history keeps snapshots: deep copies of the document as it was
 * before each step. Restoring one with jd_document_assign() touches only
 * what differs, so the editor's widgets stay where they are. Changes that
 * follow each other closely (typing) make one step; jd_history_break()
 * ends a step, as the editor does before structural changes.
 *
 * A copy of a long document takes milliseconds, too long for every
 * keystroke: the copy of the document as it is now, which the next step
 * keeps, is taken when a step ends (a break, the end of a delimited step,
 * an undo) or when typing pauses, not at each change of a step. Without
 * a main loop to see the pause, changes that come after it join the
 * step. */

#define MAX_STEPS 200
#define STEP_GAP_US (G_USEC_PER_SEC)
#define SYNC_DELAY_MS 400

struct _JdHistory
{
  GObject     parent_instance;

  JdDocument *document;
  JdDocument *current;   /* the document as it is now, as a copy, unless stale */
  GQueue      undo;      /* JdDocument snapshots, newest first */
  GQueue      redo;
  gint64      last_change;
  guint       step_depth;  /* jd_history_begin_step() calls not yet ended */
  guint       sync_id;
  guint       restoring : 1;
  guint       step_open : 1;
  guint       stale : 1;     /* the document changed since current was copied */
};

G_DEFINE_FINAL_TYPE (JdHistory, jd_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify_state (JdHistory *self,
              gboolean   could_undo,
              gboolean   could_redo)
{
  if (could_undo != jd_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != jd_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
clear_queue (GQueue *queue)
{
  g_queue_clear_full (queue, g_object_unref);
}

/* Copies the document as it is now, if it changed since the last copy. */
static void
sync_current (JdHistory *self)
{
  g_clear_handle_id (&self->sync_id, g_source_remove);
  if (!self->stale)
    return;

  g_clear_object (&self->current);
  self->current = jd_document_copy (self->document);
  self->stale = FALSE;
}

static gboolean
sync_cb (gpointer user_data)
{
  JdHistory *self = user_data;

  self->sync_id = 0;
  sync_current (self);

  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (JdHistory  *self,
                     JdDocument *document)
{
  gboolean could_undo = jd_history_can_undo (self);
  gboolean could_redo = jd_history_can_redo (self);
  gint64 now = g_get_monotonic_time ();

  if (self->restoring)
    return;

  /* A stale copy is not what the document was before this change: the
   * change is part of the step whose changes the copy lacks. */
  if (!self->step_open ||
      (self->step_depth == 0 && now - self->last_change > STEP_GAP_US && !self->stale))
    {
      g_assert (!self->stale);
      g_queue_push_head (&self->undo, g_steal_pointer (&self->current));
      if (g_queue_get_length (&self->undo) > MAX_STEPS)
        g_object_unref (g_queue_pop_tail (&self->undo));
      self->step_open = TRUE;
    }

  self->stale = TRUE;
  g_clear_handle_id (&self->sync_id, g_source_remove);
  self->sync_id = g_timeout_add (SYNC_DELAY_MS, sync_cb, self);
  self->last_change = now;
  clear_queue (&self->redo);

  notify_state (self, could_undo, could_redo);
}

static void
jd_history_dispose (GObject *object)
{
  JdHistory *self = (JdHistory *)object;

  g_clear_handle_id (&self->sync_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  g_clear_object (&self->document);
  g_clear_object (&self->current);
  clear_queue (&self->undo);
  clear_queue (&self->redo);

  G_OBJECT_CLASS (jd_history_parent_class)->dispose (object);
}

static void
jd_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JdHistory *self = JD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, jd_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, jd_history_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_history_class_init (JdHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jd_history_dispose;
  object_class->get_property = jd_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_history_init (JdHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

/* Returns: (transfer full): a history that records every change of @document. */
JdHistory *
jd_history_new (JdDocument *document)
{
  g_autoptr(JdDocument) snapshot = NULL;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  snapshot = jd_document_copy (document);
  return _jd_history_new_with_snapshot (document, snapshot);
}

/**
 * _jd_history_new_with_snapshot:
 * @snapshot: a copy of @document as it is now, which nobody changes
 *
 * Like jd_history_new(), keeping @snapshot instead of copying @document
 * again: snapshots are never changed, so the open document's copy of
 * what was saved serves as the history's first one (a copy of a long
 * document is milliseconds of the opening).
 */
JdHistory *
_jd_history_new_with_snapshot (JdDocument *document,
                               JdDocument *snapshot)
{
  JdHistory *self;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_DOCUMENT (snapshot), NULL);

  self = g_object_new (JD_TYPE_HISTORY, NULL);
  self->document = g_object_ref (document);
  self->current = g_object_ref (snapshot);
  g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

gboolean
jd_history_can_undo (JdHistory *self)
{
  g_return_val_if_fail (JD_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
jd_history_can_redo (JdHistory *self)
{
  g_return_val_if_fail (JD_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->redo);
}

/* Ends the current step: the next change starts a new one. */
void
jd_history_break (JdHistory *self)
{
  g_return_if_fail (JD_IS_HISTORY (self));

  if (self->step_depth == 0)
    {
      sync_current (self);
      self->step_open = FALSE;
    }
}

/* Starts a step that ends with jd_history_end_step(), however long the
 * changes between take: a translation or a Replace All is one step even
 * on a slow machine. Steps nest; the outermost delimits. */
void
jd_history_begin_step (JdHistory *self)
{
  g_return_if_fail (JD_IS_HISTORY (self));

  if (self->step_depth++ == 0)
    {
      sync_current (self);
      self->step_open = FALSE;
    }
}

void
jd_history_end_step (JdHistory *self)
{
  g_return_if_fail (JD_IS_HISTORY (self));
  g_return_if_fail (self->step_depth > 0);

  if (--self->step_depth == 0)
    {
      sync_current (self);
      self->step_open = FALSE;
    }
}

static void
restore (JdHistory *self,
         GQueue    *from,
         GQueue    *to)
{
  gboolean could_undo = jd_history_can_undo (self);
  gboolean could_redo = jd_history_can_redo (self);
  g_autoptr(JdDocument) snapshot = g_queue_pop_head (from);

  sync_current (self);
  g_queue_push_head (to, g_steal_pointer (&self->current));
  self->current = g_object_ref (snapshot);

  self->restoring = TRUE;
  jd_document_assign (self->document, snapshot);
  self->restoring = FALSE;
  self->step_open = FALSE;

  notify_state (self, could_undo, could_redo);
}

void
jd_history_undo (JdHistory *self)
{
  g_return_if_fail (JD_IS_HISTORY (self));

  if (jd_history_can_undo (self))
    restore (self, &self->undo, &self->redo);
}

void
jd_history_redo (JdHistory *self)
{
  g_return_if_fail (JD_IS_HISTORY (self));

  if (jd_history_can_redo (self))
    restore (self, &self->redo, &self->undo);
}

/* Forgets every step, as after loading another version of the document. */
void
jd_history_reset (JdHistory *self)
{
  gboolean could_undo;
  gboolean could_redo;

  g_return_if_fail (JD_IS_HISTORY (self));

  could_undo = jd_history_can_undo (self);
  could_redo = jd_history_can_redo (self);
  clear_queue (&self->undo);
  clear_queue (&self->redo);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  g_clear_object (&self->current);
  self->current = jd_document_copy (self->document);
  self->stale = FALSE;
  self->step_open = FALSE;

  notify_state (self, could_undo, could_redo);
}
