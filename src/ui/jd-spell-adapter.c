/* jd-spell-adapter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-spell"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include <adwaita.h>

#include "jd-spell-adapter.h"
#include "jd-spell-menu.h"

/* Spelling in a GtkTextView: the words its JdSpellChecker does not know
 * get a wavy underline (the "spelling" tag, apart from the review's), and
 * the text view's context menu (right click, Shift+F10, the Menu key)
 * offers the checker's suggestions, "Add to Dictionary" and "Ignore All"
 * for the word at the caret.
 *
 * Each block has its own text view, so typing rechecks one block, a short
 * while after the last key: a long document costs no more to type in than
 * a short one. The word being typed is not marked until the caret leaves
 * it. A block's first check, or its check once the dictionary changes,
 * waits in a queue that one idle source works through a few milliseconds
 * at a time: a document of thousands of blocks does not stop the window
 * while they are checked. */

#define RECHECK_DELAY_MS 300
#define PENDING_SLICE_US 4000

struct _JdSpellAdapter
{
  GObject             parent_instance;

  GtkTextView        *view;     /* weak */
  GtkTextBuffer      *buffer;
  GtkTextTag         *tag;
  JdSpellChecker     *checker;
  JdHistory          *history;
  GArray             *misspellings;
  GArray             *marked;    /* the ranges underlined */
  gboolean            edited;    /* since they were */
  GMenu              *menu;
  GSimpleActionGroup *actions;
  char               *word;     /* the word the menu is about */
  int                 word_start;
  int                 word_end;
  guint               recheck_id;
  GList              *pending;  /* link in the pending queue */
  gulong              checker_changed_id;
};

G_DEFINE_FINAL_TYPE (JdSpellAdapter, jd_spell_adapter, G_TYPE_OBJECT)

static void
update_color (JdSpellAdapter *self)
{
  /* The libadwaita palette's purple: apart from the review's red and
   * yellow, legible on light and on dark. */
  GdkRGBA color;

  gdk_rgba_parse (&color, adw_style_manager_get_dark (adw_style_manager_get_default ())
                          ? "#dc8add" : "#813d9c");
  g_object_set (self->tag, "underline-rgba", &color, NULL);
}

static int
cursor_offset (JdSpellAdapter *self)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_offset (&iter);
}

static gboolean
same_ranges (GArray *a,
             GArray *b)
{
  /* An empty GArray may have no data at all: memcmp must not see NULL. */
  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, sizeof (JdMisspelling) * a->len) == 0);
}

/* The adapters waiting for a check, on the main thread, and the idle
 * source that checks them. */
static GQueue pending = G_QUEUE_INIT;
static guint pending_id;

static void
cancel_recheck (JdSpellAdapter *self)
{
  g_clear_handle_id (&self->recheck_id, g_source_remove);
  if (self->pending != NULL)
    {
      g_queue_delete_link (&pending, self->pending);
      self->pending = NULL;
    }
}

static void
recheck (JdSpellAdapter *self,
         gboolean        spare_cursor)
{
  g_autoptr(GArray) marked = g_array_new (FALSE, FALSE, sizeof (JdMisspelling));
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  int cursor = cursor_offset (self);

  cancel_recheck (self);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  g_clear_pointer (&self->misspellings, g_array_unref);
  if (self->checker != NULL)
    {
      text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
      self->misspellings = jd_spell_checker_check_text (self->checker, text);
    }
  else
    self->misspellings = g_array_new (FALSE, FALSE, sizeof (JdMisspelling));

  for (guint i = 0; i < self->misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (self->misspellings, JdMisspelling, i);

      /* The word being typed. */
      if (!(spare_cursor && cursor >= m->start && cursor <= m->end))
        g_array_append_val (marked, *m);
    }

  /* Changing tags makes the view measure its lines again: only when the
   * underlines change. */
  if (!self->edited && same_ranges (marked, self->marked))
    return;
  self->edited = FALSE;

  gtk_text_buffer_remove_tag (self->buffer, self->tag, &start, &end);
  for (guint i = 0; i < marked->len; i++)
    {
      const JdMisspelling *m = &g_array_index (marked, JdMisspelling, i);
      GtkTextIter from, to;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &from, m->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &to, m->end);
      gtk_text_buffer_apply_tag (self->buffer, self->tag, &from, &to);
    }

  g_clear_pointer (&self->marked, g_array_unref);
  self->marked = g_steal_pointer (&marked);
}

static gboolean
recheck_cb (gpointer user_data)
{
  JdSpellAdapter *self = user_data;

  self->recheck_id = 0;
  if (self->view != NULL)
    recheck (self, gtk_widget_has_focus (GTK_WIDGET (self->view)));

  return G_SOURCE_REMOVE;
}

static gboolean
check_pending_cb (gpointer user_data)
{
  gint64 deadline = g_get_monotonic_time () + PENDING_SLICE_US;

  while (!g_queue_is_empty (&pending) && g_get_monotonic_time () < deadline)
    {
      JdSpellAdapter *self = g_queue_peek_head (&pending);

      /* recheck() takes it off the queue. */
      if (self->view != NULL)
        recheck (self, gtk_widget_has_focus (GTK_WIDGET (self->view)));
      else
        cancel_recheck (self);
    }

  if (!g_queue_is_empty (&pending))
    return G_SOURCE_CONTINUE;

  pending_id = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_recheck (JdSpellAdapter *self,
               guint           delay_ms)
{
  cancel_recheck (self);
  if (delay_ms == 0)
    {
      g_queue_push_tail (&pending, self);
      self->pending = pending.tail;
      if (pending_id == 0)
        pending_id = g_idle_add_full (G_PRIORITY_LOW, check_pending_cb, NULL, NULL);
    }
  else
    self->recheck_id = g_timeout_add (delay_ms, recheck_cb, self);
}

static void
buffer_changed_cb (JdSpellAdapter *self)
{
  self->edited = TRUE;
  if (self->checker != NULL)
    queue_recheck (self, RECHECK_DELAY_MS);
}

static void
focus_leave_cb (JdSpellAdapter *self)
{
  if (self->checker != NULL)
    recheck (self, FALSE);
}

/* Rechecks now: what is typed is marked too. */
void
jd_spell_adapter_check_now (JdSpellAdapter *self)
{
  g_return_if_fail (JD_IS_SPELL_ADAPTER (self));
  recheck (self, FALSE);
}

/**
 * jd_spell_adapter_update_menu:
 *
 * Fills the context menu for the word at the caret: its suggestions,
 * "Add to Dictionary" and "Ignore All", or nothing when it is spelled
 * right.
 */
void
jd_spell_adapter_update_menu (JdSpellAdapter *self)
{
  int cursor;

  g_return_if_fail (JD_IS_SPELL_ADAPTER (self));

  g_menu_remove_all (self->menu);
  g_clear_pointer (&self->word, g_free);
  _jd_spell_actions_set_word_enabled (G_ACTION_MAP (self->actions), FALSE);

  if (self->checker == NULL)
    return;

  if (self->recheck_id != 0 || self->pending != NULL)
    recheck (self, FALSE);

  cursor = cursor_offset (self);
  for (guint i = 0; i < self->misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (self->misspellings, JdMisspelling, i);
      GtkTextIter from, to;

      if (cursor < m->start || cursor > m->end)
        continue;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &from, m->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &to, m->end);
      self->word = gtk_text_buffer_get_text (self->buffer, &from, &to, FALSE);
      self->word_start = m->start;
      self->word_end = m->end;

      _jd_spell_menu_fill (self->menu, self->checker, self->word);
      _jd_spell_actions_set_word_enabled (G_ACTION_MAP (self->actions), TRUE);
      return;
    }
}

/* Returns: (transfer none): the spelling part of the context menu */
GMenuModel *
jd_spell_adapter_get_menu (JdSpellAdapter *self)
{
  g_return_val_if_fail (JD_IS_SPELL_ADAPTER (self), NULL);
  return G_MENU_MODEL (self->menu);
}

/* Returns: whether characters [@start, @end) are underlined as misspelled */
gboolean
jd_spell_adapter_is_marked (JdSpellAdapter *self,
                            int             start,
                            int             end)
{
  GtkTextIter from, to;

  g_return_val_if_fail (JD_IS_SPELL_ADAPTER (self), FALSE);

  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);
  if (!gtk_text_iter_has_tag (&from, self->tag))
    return FALSE;
  gtk_text_iter_forward_to_tag_toggle (&from, self->tag);
  return gtk_text_iter_compare (&from, &to) >= 0;
}

static void
correct_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  JdSpellAdapter *self = user_data;
  const char *replacement = g_variant_get_string (parameter, NULL);
  GtkTextIter from, to;
  g_autofree char *current = NULL;

  if (self->word == NULL)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, self->word_start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, self->word_end);
  current = gtk_text_buffer_get_text (self->buffer, &from, &to, FALSE);
  if (g_strcmp0 (current, self->word) != 0)
    return;

  /* One step of the document's undo, apart from the typing around it. */
  if (self->history != NULL)
    jd_history_begin_step (self->history);
  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete (self->buffer, &from, &to);
  gtk_text_buffer_insert (self->buffer, &from, replacement, -1);
  gtk_text_buffer_end_user_action (self->buffer);
  if (self->history != NULL)
    jd_history_end_step (self->history);

  recheck (self, FALSE);
}

static void
add_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  JdSpellAdapter *self = user_data;

  if (self->word != NULL)
    jd_spell_checker_add_to_dictionary (self->checker, self->word);
}

static void
ignore_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  JdSpellAdapter *self = user_data;

  if (self->word != NULL)
    jd_spell_checker_ignore_word (self->checker, self->word);
}

static void
checker_changed_cb (JdSpellAdapter *self)
{
  queue_recheck (self, 0);
}

/**
 * jd_spell_adapter_set_checker:
 * @checker: (nullable): the checker of the document, or %NULL to check nothing
 * @history: (nullable): the document's undo history, to make each
 *   correction one step of it
 */
void
jd_spell_adapter_set_checker (JdSpellAdapter *self,
                              JdSpellChecker *checker,
                              JdHistory      *history)
{
  g_return_if_fail (JD_IS_SPELL_ADAPTER (self));
  g_return_if_fail (checker == NULL || JD_IS_SPELL_CHECKER (checker));

  g_set_object (&self->history, history);
  if (self->checker == checker)
    return;

  if (self->checker != NULL)
    g_clear_signal_handler (&self->checker_changed_id, self->checker);
  g_set_object (&self->checker, checker);
  if (checker != NULL)
    self->checker_changed_id = g_signal_connect_swapped (checker, "changed",
                                                         G_CALLBACK (checker_changed_cb), self);

  queue_recheck (self, 0);
}

static void
view_pressed_cb (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 JdSpellAdapter  *self)
{
  GtkTextIter iter, sel_start, sel_end;
  int bx, by;

  if (self->view == NULL)
    return;

  /* The menu is about the word clicked: the caret goes there, unless the
   * click is in the selection. */
  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int)x, (int)y, &bx, &by);
  if (gtk_text_view_get_iter_at_location (self->view, &iter, bx, by) &&
      !(gtk_text_buffer_get_selection_bounds (self->buffer, &sel_start, &sel_end) &&
        gtk_text_iter_in_range (&iter, &sel_start, &sel_end)))
    gtk_text_buffer_place_cursor (self->buffer, &iter);

  jd_spell_adapter_update_menu (self);
}

static gboolean
key_pressed_cb (JdSpellAdapter        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  /* Let the text view open its menu, once it says the right things. */
  if ((keyval == GDK_KEY_F10 && mods == GDK_SHIFT_MASK) || keyval == GDK_KEY_Menu)
    jd_spell_adapter_update_menu (self);

  return FALSE;
}

static void
jd_spell_adapter_dispose (GObject *object)
{
  JdSpellAdapter *self = (JdSpellAdapter *)object;

  cancel_recheck (self);
  if (self->checker != NULL)
    g_clear_signal_handler (&self->checker_changed_id, self->checker);
  g_clear_object (&self->checker);
  g_clear_object (&self->history);
  if (self->view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *)&self->view);
  self->view = NULL;

  G_OBJECT_CLASS (jd_spell_adapter_parent_class)->dispose (object);
}

static void
jd_spell_adapter_finalize (GObject *object)
{
  JdSpellAdapter *self = (JdSpellAdapter *)object;

  g_clear_object (&self->buffer);
  g_clear_object (&self->menu);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->misspellings, g_array_unref);
  g_clear_pointer (&self->marked, g_array_unref);
  g_free (self->word);

  G_OBJECT_CLASS (jd_spell_adapter_parent_class)->finalize (object);
}

static void
jd_spell_adapter_class_init (JdSpellAdapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jd_spell_adapter_dispose;
  object_class->finalize = jd_spell_adapter_finalize;
}

static void
jd_spell_adapter_init (JdSpellAdapter *self)
{
  static const GActionEntry entries[] = {
    { "correct", correct_cb, "s" },
    { "add", add_cb },
    { "ignore", ignore_cb },
    { "none" },
  };

  self->misspellings = g_array_new (FALSE, FALSE, sizeof (JdMisspelling));
  self->marked = g_array_new (FALSE, FALSE, sizeof (JdMisspelling));
  self->menu = g_menu_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "none")),
                               FALSE);
  _jd_spell_actions_set_word_enabled (G_ACTION_MAP (self->actions), FALSE);
}

/**
 * jd_spell_adapter_new:
 *
 * Checks the spelling of @view's text once a checker is set; the adapter
 * lives as long as the caller keeps it, the view is not kept.
 */
JdSpellAdapter *
jd_spell_adapter_new (GtkTextView *view)
{
  JdSpellAdapter *self;
  GtkGesture *click;
  GtkEventController *keys;
  GtkEventController *focus;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (JD_TYPE_SPELL_ADAPTER, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *)&self->view);
  self->buffer = g_object_ref (gtk_text_view_get_buffer (view));
  self->tag = gtk_text_buffer_create_tag (self->buffer, "spelling",
                                          "underline", PANGO_UNDERLINE_ERROR,
                                          NULL);
  update_color (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_color), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_text_view_set_extra_menu (view, G_MENU_MODEL (self->menu));
  gtk_widget_insert_action_group (GTK_WIDGET (view), "spelling", G_ACTION_GROUP (self->actions));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (view_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), keys);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);

  return self;
}
