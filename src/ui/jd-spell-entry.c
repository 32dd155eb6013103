/* jd-spell-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-spell"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "jd-spell-entry.h"
#include "jd-spell-menu.h"

/* Spelling in a one-line GtkEditable, such as the job title's entry row:
 * the same as JdSpellAdapter does for a text view, with Pango attributes
 * instead of a text tag (a GtkText has no tags), and the same context
 * menu through the GtkText's extra menu. The owner puts the attributes
 * on the GtkText with its own marks (see jd-editor-find.c), when
 * "changed" says they changed. */

#define RECHECK_DELAY_MS 300

struct _JdSpellEntry
{
  GObject             parent_instance;

  GtkEditable        *editable;  /* weak */
  GtkText            *text;      /* weak: the editable's delegate */
  JdSpellChecker     *checker;
  JdHistory          *history;
  GArray             *misspellings;
  PangoAttrList      *attributes;
  GMenu              *menu;
  GSimpleActionGroup *actions;
  char               *word;
  int                 word_start;
  int                 word_end;
  guint               recheck_id;
  gulong              checker_changed_id;
};

G_DEFINE_FINAL_TYPE (JdSpellEntry, jd_spell_entry, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
recheck (JdSpellEntry *self)
{
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  const char *text;
  GdkRGBA color;

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  if (self->editable == NULL || self->text == NULL)
    return;

  g_clear_pointer (&self->misspellings, g_array_unref);
  text = gtk_editable_get_text (self->editable);
  self->misspellings = self->checker != NULL
                       ? jd_spell_checker_check_text (self->checker, text)
                       : g_array_new (FALSE, FALSE, sizeof (JdMisspelling));

  /* The palette purple of JdSpellAdapter. */
  gdk_rgba_parse (&color, adw_style_manager_get_dark (adw_style_manager_get_default ())
                          ? "#dc8add" : "#813d9c");
  for (guint i = 0; i < self->misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (self->misspellings, JdMisspelling, i);
      guint from = (guint)(g_utf8_offset_to_pointer (text, m->start) - text);
      guint to = (guint)(g_utf8_offset_to_pointer (text, m->end) - text);
      PangoAttribute *underline = pango_attr_underline_new (PANGO_UNDERLINE_ERROR);
      PangoAttribute *underline_color = pango_attr_underline_color_new ((guint16)(color.red * 65535),
                                                                        (guint16)(color.green * 65535),
                                                                        (guint16)(color.blue * 65535));

      underline->start_index = underline_color->start_index = from;
      underline->end_index = underline_color->end_index = to;
      pango_attr_list_insert (attributes, underline);
      pango_attr_list_insert (attributes, underline_color);
    }

  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  self->attributes = g_steal_pointer (&attributes);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: (transfer none): the underlines of the misspelled words */
PangoAttrList *
jd_spell_entry_get_attributes (JdSpellEntry *self)
{
  g_return_val_if_fail (JD_IS_SPELL_ENTRY (self), NULL);
  return self->attributes;
}

static gboolean
recheck_cb (gpointer user_data)
{
  JdSpellEntry *self = user_data;

  self->recheck_id = 0;
  recheck (self);
  return G_SOURCE_REMOVE;
}

static void
queue_recheck (JdSpellEntry *self,
               guint         delay_ms)
{
  g_clear_handle_id (&self->recheck_id, g_source_remove);
  self->recheck_id = delay_ms == 0 ? g_idle_add_full (G_PRIORITY_LOW, recheck_cb, self, NULL)
                                   : g_timeout_add (delay_ms, recheck_cb, self);
}

static void
changed_cb (JdSpellEntry *self)
{
  queue_recheck (self, RECHECK_DELAY_MS);
}

void
jd_spell_entry_check_now (JdSpellEntry *self)
{
  g_return_if_fail (JD_IS_SPELL_ENTRY (self));
  recheck (self);
}

/* Returns: whether characters [@start, @end) are marked as misspelled */
gboolean
jd_spell_entry_is_marked (JdSpellEntry *self,
                          int           start,
                          int           end)
{
  g_return_val_if_fail (JD_IS_SPELL_ENTRY (self), FALSE);

  for (guint i = 0; self->misspellings != NULL && i < self->misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (self->misspellings, JdMisspelling, i);

      if (m->start <= start && m->end >= end)
        return self->recheck_id == 0;
    }

  return FALSE;
}

/* Fills the context menu for the word at the caret. */
void
jd_spell_entry_update_menu (JdSpellEntry *self)
{
  int cursor;

  g_return_if_fail (JD_IS_SPELL_ENTRY (self));

  g_menu_remove_all (self->menu);
  g_clear_pointer (&self->word, g_free);
  _jd_spell_actions_set_word_enabled (G_ACTION_MAP (self->actions), FALSE);

  if (self->checker == NULL || self->editable == NULL)
    return;
  if (self->recheck_id != 0 || self->misspellings == NULL)
    recheck (self);

  cursor = gtk_editable_get_position (self->editable);
  for (guint i = 0; i < self->misspellings->len; i++)
    {
      const JdMisspelling *m = &g_array_index (self->misspellings, JdMisspelling, i);

      if (cursor < m->start || cursor > m->end)
        continue;

      self->word = gtk_editable_get_chars (self->editable, m->start, m->end);
      self->word_start = m->start;
      self->word_end = m->end;

      _jd_spell_menu_fill (self->menu, self->checker, self->word);
      _jd_spell_actions_set_word_enabled (G_ACTION_MAP (self->actions), TRUE);
      return;
    }
}

GMenuModel *
jd_spell_entry_get_menu (JdSpellEntry *self)
{
  g_return_val_if_fail (JD_IS_SPELL_ENTRY (self), NULL);
  return G_MENU_MODEL (self->menu);
}

static void
correct_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  JdSpellEntry *self = user_data;
  g_autofree char *current = NULL;
  int position;

  if (self->word == NULL || self->editable == NULL)
    return;

  current = gtk_editable_get_chars (self->editable, self->word_start, self->word_end);
  if (g_strcmp0 (current, self->word) != 0)
    return;

  if (self->history != NULL)
    jd_history_begin_step (self->history);
  position = self->word_start;
  gtk_editable_delete_text (self->editable, self->word_start, self->word_end);
  gtk_editable_insert_text (self->editable, g_variant_get_string (parameter, NULL), -1, &position);
  if (self->history != NULL)
    jd_history_end_step (self->history);

  recheck (self);
}

static void
add_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  JdSpellEntry *self = user_data;

  if (self->word != NULL)
    jd_spell_checker_add_to_dictionary (self->checker, self->word);
}

static void
ignore_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  JdSpellEntry *self = user_data;

  if (self->word != NULL)
    jd_spell_checker_ignore_word (self->checker, self->word);
}

void
jd_spell_entry_set_checker (JdSpellEntry   *self,
                            JdSpellChecker *checker,
                            JdHistory      *history)
{
  g_return_if_fail (JD_IS_SPELL_ENTRY (self));
  g_return_if_fail (checker == NULL || JD_IS_SPELL_CHECKER (checker));

  g_set_object (&self->history, history);
  if (self->checker == checker)
    return;

  if (self->checker != NULL)
    g_clear_signal_handler (&self->checker_changed_id, self->checker);
  g_set_object (&self->checker, checker);
  if (checker != NULL)
    self->checker_changed_id = g_signal_connect_swapped (checker, "changed", G_CALLBACK (changed_cb), self);

  queue_recheck (self, 0);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            JdSpellEntry    *self)
{
  jd_spell_entry_update_menu (self);
}

static gboolean
key_pressed_cb (JdSpellEntry          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if ((keyval == GDK_KEY_F10 && mods == GDK_SHIFT_MASK) || keyval == GDK_KEY_Menu)
    jd_spell_entry_update_menu (self);

  return FALSE;
}

static void
jd_spell_entry_dispose (GObject *object)
{
  JdSpellEntry *self = (JdSpellEntry *)object;

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  if (self->checker != NULL)
    g_clear_signal_handler (&self->checker_changed_id, self->checker);
  g_clear_object (&self->checker);
  g_clear_object (&self->history);
  g_clear_weak_pointer (&self->editable);
  g_clear_weak_pointer (&self->text);

  G_OBJECT_CLASS (jd_spell_entry_parent_class)->dispose (object);
}

static void
jd_spell_entry_finalize (GObject *object)
{
  JdSpellEntry *self = (JdSpellEntry *)object;

  g_clear_object (&self->menu);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->misspellings, g_array_unref);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_free (self->word);

  G_OBJECT_CLASS (jd_spell_entry_parent_class)->finalize (object);
}

static void
jd_spell_entry_class_init (JdSpellEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jd_spell_entry_dispose;
  object_class->finalize = jd_spell_entry_finalize;

  /* The underlines changed: see jd_spell_entry_get_attributes(). */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
jd_spell_entry_init (JdSpellEntry *self)
{
  static const GActionEntry entries[] = {
    { "correct", correct_cb, "s" },
    { "add", add_cb },
    { "ignore", ignore_cb },
    { "none" },
  };

  self->menu = g_menu_new ();
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), "none")),
                               FALSE);
  _jd_spell_actions_set_word_enabled (G_ACTION_MAP (self->actions), FALSE);
}

/**
 * jd_spell_entry_new:
 * @editable: an editable whose delegate is a #GtkText, such as an
 *   #AdwEntryRow or a #GtkEntry
 *
 * Returns: (transfer full): the checker of @editable's spelling, which
 * does not keep @editable
 */
JdSpellEntry *
jd_spell_entry_new (GtkEditable *editable)
{
  JdSpellEntry *self;
  GtkEditable *delegate;
  GtkGesture *click;
  GtkEventController *keys;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  self = g_object_new (JD_TYPE_SPELL_ENTRY, NULL);
  g_set_weak_pointer (&self->editable, editable);

  for (delegate = editable; delegate != NULL && !GTK_IS_TEXT (delegate);)
    delegate = gtk_editable_get_delegate (delegate);
  g_return_val_if_fail (delegate != NULL, self);
  g_set_weak_pointer (&self->text, GTK_TEXT (delegate));

  g_signal_connect_object (editable, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  gtk_text_set_extra_menu (self->text, G_MENU_MODEL (self->menu));
  gtk_widget_insert_action_group (GTK_WIDGET (self->text), "spelling", G_ACTION_GROUP (self->actions));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->text), GTK_EVENT_CONTROLLER (click));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text), keys);

  return self;
}
