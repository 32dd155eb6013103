/* jd-block-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-block-row.h"

/* One paragraph or bullet of a section: a text view kept in step with its
 * JdBlock both ways. Enter asks for a split, Backspace in an empty block
 * asks for its removal, Alt+Up and Alt+Down and dragging the bullet ask for
 * a move; the section card, which knows the neighbors, does them. */
struct _JdBlockRow
{
  GtkWidget    parent_instance;

  JdBlock     *block;
  JdDocument  *document;
  JdLibrary   *library;
  GtkWidget   *box;
  GtkWidget   *translation_box;
  GtkWidget   *translation_label;
  GtkWidget   *handle;
  GtkWidget   *text_view;
  GtkTextBuffer *buffer;
  int          last_width;
  guint        relayout_id;
  guint        syncing : 1;
};

G_DEFINE_FINAL_TYPE (JdBlockRow, jd_block_row, GTK_TYPE_WIDGET)

enum {
  SPLIT,
  REMOVE_EMPTY,
  MOVE,
  BLOCK_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_kind (JdBlockRow *self)
{
  gboolean item = jd_block_get_kind (self->block) == JD_BLOCK_ITEM;

  gtk_label_set_label (GTK_LABEL (self->handle), item ? "•" : "¶");
  if (item)
    {
      gtk_widget_remove_css_class (self->handle, "dim-label");
      gtk_widget_set_tooltip_text (self->handle, _("Drag to move this bullet"));
    }
  else
    {
      gtk_widget_add_css_class (self->handle, "dim-label");
      gtk_widget_set_tooltip_text (self->handle, _("Drag to move this paragraph"));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item ? _("Bullet") : _("Paragraph"),
                                  -1);
}

/* A block kept in another language after a translation: says so and
 * shows, where the block came from the library, the library's wording in
 * the document's language to work from. */
static void
update_translation (JdBlockRow *self)
{
  const char *source = jd_block_get_source (self->block);
  const char *reference = NULL;
  g_autofree char *text = NULL;
  gboolean needed = jd_block_get_needs_translation (self->block);

  gtk_widget_set_visible (self->translation_box, needed);
  if (!needed)
    return;

  if (source != NULL && self->library != NULL && strchr (source, '/') != NULL)
    {
      g_autofree char *id = g_strndup (source, strchr (source, '/') - source);
      JdTemplate *template = jd_library_lookup (self->library, id);

      if (template != NULL)
        reference = jd_template_lookup_source (template, source, jd_document_get_language (self->document));
    }

  if (reference != NULL)
    /* Translators: shown under a block that still needs translating; the
     * placeholder is the template's wording in the document's language. */
    text = g_strdup_printf (_("Needs translating. The template says: “%s”"), reference);
  else
    text = g_strdup (_("Needs translating: you wrote this in another language."));

  gtk_label_set_label (GTK_LABEL (self->translation_label), text);
}

static void
mark_translated_cb (JdBlockRow *self)
{
  jd_block_set_needs_translation (self->block, FALSE);
  gtk_widget_grab_focus (self->text_view);
}

static void
block_text_changed_cb (JdBlockRow *self)
{
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  current = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, jd_block_get_text (self->block)) == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (self->buffer, jd_block_get_text (self->block), -1);
  self->syncing = FALSE;
}

static void
buffer_changed_cb (JdBlockRow *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);

  self->syncing = TRUE;
  jd_block_set_text (self->block, text);
  self->syncing = FALSE;
}

static int
cursor_offset (JdBlockRow *self)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return gtk_text_iter_get_offset (&iter);
}

static gboolean
key_pressed_cb (JdBlockRow            *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && mods == 0)
    {
      g_signal_emit (self, signals[SPLIT], 0, cursor_offset (self));
      return TRUE;
    }

  if (keyval == GDK_KEY_BackSpace && mods == 0 &&
      gtk_text_buffer_get_char_count (self->buffer) == 0)
    {
      g_signal_emit (self, signals[REMOVE_EMPTY], 0);
      return TRUE;
    }

  if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_Down) && mods == GDK_ALT_MASK)
    {
      g_signal_emit (self, signals[MOVE], 0, keyval == GDK_KEY_Up ? -1 : 1);
      return TRUE;
    }

  return FALSE;
}

static GdkContentProvider *
drag_prepare_cb (JdBlockRow    *self,
                 double         x,
                 double         y,
                 GtkDragSource *source)
{
  return gdk_content_provider_new_typed (JD_TYPE_BLOCK, self->block);
}

static gboolean
drop_cb (JdBlockRow    *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  JdBlock *dragged = g_value_get_object (value);

  if (dragged == NULL || dragged == self->block)
    return FALSE;

  g_signal_emit (self, signals[BLOCK_DROPPED], 0, dragged);
  return TRUE;
}

static gboolean
relayout_cb (gpointer user_data)
{
  JdBlockRow *self = user_data;

  self->relayout_id = 0;
  gtk_widget_queue_resize (self->text_view);

  return G_SOURCE_REMOVE;
}

/* GTK 4.8's text view keeps the height of its old width when the window
 * narrows, cutting off its last wrapped line; asking again, once the
 * allocation is done, gets the height right. */
static void
jd_block_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (JD_BLOCK_ROW (widget)->box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
jd_block_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
jd_block_row_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  JdBlockRow *self = JD_BLOCK_ROW (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);

  if (width != self->last_width && self->relayout_id == 0)
    self->relayout_id = g_idle_add (relayout_cb, self);
  self->last_width = width;
}

static void
jd_block_row_dispose (GObject *object)
{
  JdBlockRow *self = (JdBlockRow *)object;

  g_clear_handle_id (&self->relayout_id, g_source_remove);

  if (self->block != NULL)
    g_signal_handlers_disconnect_by_data (self->block, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->block);
  g_clear_object (&self->document);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (jd_block_row_parent_class)->dispose (object);
}

static void
jd_block_row_class_init (JdBlockRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_block_row_dispose;

  signals[SPLIT] =
    g_signal_new ("split", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE_EMPTY] =
    g_signal_new ("remove-empty", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[BLOCK_DROPPED] =
    g_signal_new ("block-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JD_TYPE_BLOCK);

  widget_class->measure = jd_block_row_measure;
  widget_class->get_request_mode = jd_block_row_get_request_mode;
  widget_class->size_allocate = jd_block_row_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "jdblockrow");
}

static void
jd_block_row_init (JdBlockRow *self)
{
  GtkEventController *keys;
  GtkDragSource *drag;
  GtkDropTarget *drop;

  GtkWidget *line;
  GtkWidget *done;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->box), line);

  self->handle = gtk_label_new ("•");
  gtk_widget_set_valign (self->handle, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->handle, 4);
  gtk_widget_set_size_request (self->handle, 16, -1);
  gtk_widget_set_cursor_from_name (self->handle, "grab");
  gtk_box_append (GTK_BOX (line), self->handle);

  self->text_view = gtk_text_view_new ();
  self->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  /* Undo is the document's, across blocks and sections (JdHistory). */
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->text_view), 4);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->text_view), 4);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->text_view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->text_view), 6);
  gtk_widget_set_hexpand (self->text_view, TRUE);
  gtk_widget_add_css_class (self->text_view, "jd-block");
  gtk_box_append (GTK_BOX (line), self->text_view);

  self->translation_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (self->translation_box, 22);
  gtk_widget_add_css_class (self->translation_box, "jd-needs-translation");
  self->translation_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->translation_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->translation_label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->translation_label), TRUE);
  gtk_widget_set_hexpand (self->translation_label, TRUE);
  gtk_widget_add_css_class (self->translation_label, "caption");
  gtk_box_append (GTK_BOX (self->translation_box), self->translation_label);
  done = gtk_button_new_with_mnemonic (_("_Translated"));
  gtk_widget_set_valign (done, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (done, _("Mark this block as translated"));
  gtk_widget_add_css_class (done, "flat");
  gtk_widget_add_css_class (done, "caption");
  g_signal_connect_swapped (done, "clicked", G_CALLBACK (mark_translated_cb), self);
  gtk_box_append (GTK_BOX (self->translation_box), done);
  gtk_box_append (GTK_BOX (self->box), self->translation_box);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (self->text_view, keys);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));

  drop = gtk_drop_target_new (JD_TYPE_BLOCK, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self);
}

GtkWidget *
jd_block_row_new (JdBlock    *block,
                  JdDocument *document,
                  JdLibrary  *library)
{
  JdBlockRow *self;

  g_return_val_if_fail (JD_IS_BLOCK (block), NULL);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  self = g_object_new (JD_TYPE_BLOCK_ROW, NULL);
  self->block = g_object_ref (block);
  self->document = g_object_ref (document);
  self->library = library ? g_object_ref (library) : NULL;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (self->buffer, jd_block_get_text (block), -1);
  self->syncing = FALSE;

  g_signal_connect_swapped (block, "notify::text", G_CALLBACK (block_text_changed_cb), self);
  g_signal_connect_swapped (block, "notify::kind", G_CALLBACK (update_kind), self);
  g_signal_connect_swapped (block, "notify::needs-translation", G_CALLBACK (update_translation), self);
  g_signal_connect_swapped (document, "notify::language", G_CALLBACK (update_translation), self);
  update_kind (self);
  update_translation (self);

  return GTK_WIDGET (self);
}

JdBlock *
jd_block_row_get_block (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);
  return self->block;
}

GtkWidget *
jd_block_row_get_text_view (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);
  return self->text_view;
}

/* Focuses the text with the cursor at @offset, or at the end when it is -1. */
void
jd_block_row_focus (JdBlockRow *self,
                    int         offset)
{
  GtkTextIter iter;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  if (offset < 0)
    gtk_text_buffer_get_end_iter (self->buffer, &iter);
  else
    gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, offset);

  gtk_text_buffer_place_cursor (self->buffer, &iter);
  gtk_widget_grab_focus (self->text_view);
}

/* Returns: (nullable): what the row says about a block that needs
 * translating, or %NULL when it does not show that. */
const char *
jd_block_row_get_translation_hint (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);

  if (!gtk_widget_get_visible (self->translation_box))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->translation_label));
}
