/* jd-block-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include <adwaita.h>

#include "jd-block-row-private.h"
#include "jd-find.h"
#include "jd-ui-private.h"

/* One paragraph or bullet of a section: a text view kept in step with its
 * JdBlock both ways. Enter asks for a split, Backspace in an empty block
 * asks for its removal and at the start of one for a merge with the block
 * before, Alt+Up and Alt+Down and dragging the bullet ask for a move; the
 * section card, which knows the neighbors, does them. Up on the first line
 * and Down on the last go to the block before or after, in whichever
 * section it is: the editor finds it. */
struct _JdBlockRow
{
  GtkWidget    parent_instance;

  JdBlock     *block;
  JdDocument  *document;
  JdLibrary   *library;
  GSignalGroup *block_signals;
  GSignalGroup *document_signals;
  /* The row lays its children out itself (jd_block_row_size_allocate()):
   * no box or overlay between them, so fewer widgets for GTK to make and
   * to restyle, per row of sections that can have thousands. */
  GtkWidget   *handle;
  GtkWidget   *text_view;
  /* Made when first shown (make_hint_label(), make_translation_box()):
   * most blocks never show them. */
  GtkWidget   *hint_label;
  GtkWidget   *translation_box;
  GtkWidget   *translation_label;
  GtkTextBuffer *buffer;
  GtkTextTag  *error_tag;
  GtkTextTag  *warning_tag;
  JdSpellAdapter *spell;
  GtkTextTag  *placeholder_tag;
  GtkTextTag  *match_tag;
  GtkTextTag  *current_match_tag;
  int          last_width;
  guint        relayout_id;
  guint        syncing : 1;
  guint        culled : 1;   /* drew nothing, far from the view */
  GtkWidget   *drawn_in;     /* the scrolled content whose drawn rows
                              * (get_drawn_rows()) this row is one of */
};

G_DEFINE_FINAL_TYPE (JdBlockRow, jd_block_row, GTK_TYPE_WIDGET)

enum {
  SPLIT,
  REMOVE_EMPTY,
  MERGE,
  MOVE,
  BLOCK_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Over every row's handle: one cursor for all of them. */
static GdkCursor *grab_cursor;

enum {
  PROP_0,
  PROP_BLOCK,
  PROP_DOCUMENT,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_hint (JdBlockRow *self)
{
  gboolean item = jd_block_get_kind (self->block) == JD_BLOCK_ITEM;

  gtk_label_set_label (GTK_LABEL (self->hint_label),
                       item ? _("Write a bullet point") : _("Write a paragraph"));
}

/* GtkTextView has no placeholder of its own: a label over it, given the
 * text view's place and drawn after it. */
static void
make_hint_label (JdBlockRow *self)
{
  self->hint_label = gtk_label_new (NULL);
  gtk_widget_set_can_target (self->hint_label, FALSE);
  gtk_widget_set_halign (self->hint_label, GTK_ALIGN_START);
  gtk_widget_set_valign (self->hint_label, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->hint_label, 6);
  gtk_widget_set_margin_top (self->hint_label, 4);
  gtk_label_set_ellipsize (GTK_LABEL (self->hint_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->hint_label, "dim-label");
  gtk_widget_insert_after (self->hint_label, GTK_WIDGET (self), self->text_view);
  update_hint (self);
}

/* An empty block says what it is for. */
static void
show_hint (JdBlockRow *self,
           gboolean    shown)
{
  if (shown && self->hint_label == NULL)
    make_hint_label (self);
  if (self->hint_label != NULL)
    gtk_widget_set_visible (self->hint_label, shown);
}

static void
update_kind (JdBlockRow *self)
{
  gboolean item = jd_block_get_kind (self->block) == JD_BLOCK_ITEM;

  gtk_label_set_label (GTK_LABEL (self->handle), item ? "•" : "¶");
  if (self->hint_label != NULL)
    update_hint (self);
  if (item)
    {
      gtk_widget_remove_css_class (self->handle, "dim-label");
      _jd_widget_set_tooltip_text (self->handle, _("Drag to move this bullet"));
    }
  else
    {
      gtk_widget_add_css_class (self->handle, "dim-label");
      _jd_widget_set_tooltip_text (self->handle, _("Drag to move this paragraph"));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item ? _("Bullet") : _("Paragraph"),
                                  -1);
}

static void
mark_translated_cb (JdBlockRow *self)
{
  jd_block_set_needs_translation (self->block, FALSE);
  gtk_widget_grab_focus (self->text_view);
}

static void
make_translation_box (JdBlockRow *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Translated"));

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

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  _jd_widget_set_tooltip_text (button, _("Mark this block as translated"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "caption");
  g_signal_connect_object (button, "clicked", G_CALLBACK (mark_translated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->translation_box), button);

  gtk_widget_insert_before (self->translation_box, GTK_WIDGET (self), NULL);
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

  if (needed && self->translation_box == NULL)
    make_translation_box (self);
  if (self->translation_box != NULL)
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

/* The placeholders still in the text, "[Store Manager]", stand out. */
static void
update_placeholders (JdBlockRow *self,
                     const char *text)
{
  g_autoptr(GArray) placeholders = jd_text_find_placeholders (text);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->placeholder_tag, &start, &end);

  for (guint i = 0; i < placeholders->len; i++)
    {
      const JdTextRange *range = &g_array_index (placeholders, JdTextRange, i);

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, range->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, range->end);
      gtk_text_buffer_apply_tag (self->buffer, self->placeholder_tag, &start, &end);
    }
}

static void
buffer_changed_cb (JdBlockRow *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
  update_placeholders (self, text);
  show_hint (self, text[0] == '\0');

  if (self->syncing)
    return;

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

/* Whether the caret is on the first display line of the text (@direction
 * -1) or on its last (1); @x is where it is across, in the text's
 * coordinates. */
static gboolean
caret_on_edge_line (JdBlockRow *self,
                    int         direction,
                    int        *x)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->text_view);
  GdkRectangle caret, edge;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  gtk_text_view_get_iter_location (view, &iter, &caret);
  if (direction < 0)
    gtk_text_buffer_get_start_iter (self->buffer, &iter);
  else
    gtk_text_buffer_get_end_iter (self->buffer, &iter);
  gtk_text_view_get_iter_location (view, &iter, &edge);

  *x = caret.x;
  return caret.y == edge.y;
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

  if (keyval == GDK_KEY_BackSpace && mods == 0 && cursor_offset (self) == 0 &&
      !gtk_text_buffer_get_has_selection (self->buffer))
    {
      g_signal_emit (self, signals[MERGE], 0);
      return TRUE;
    }

  if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_Down) && mods == 0 &&
      !gtk_text_buffer_get_has_selection (self->buffer))
    {
      int direction = keyval == GDK_KEY_Up ? -1 : 1;
      int x;

      if (caret_on_edge_line (self, direction, &x))
        {
          gtk_widget_activate_action (GTK_WIDGET (self), "editor.focus-next-block", "(ii)", direction, x);
          return TRUE;
        }
      return FALSE;
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

/* Between the handle and the text. */
#define HANDLE_SPACING 6

static gboolean
shows (GtkWidget *child)
{
  return child != NULL && gtk_widget_get_visible (child);
}

/* The handle's width in a row @width wide (-1: as wide as it likes),
 * and the text view's width beside it. */
static int
get_handle_width (JdBlockRow *self,
                  int         width,
                  int        *text_width)
{
  int handle_min, handle_nat, text_min, handle_width;

  gtk_widget_measure (self->handle, GTK_ORIENTATION_HORIZONTAL, -1, &handle_min, &handle_nat, NULL, NULL);
  if (width < 0)
    {
      *text_width = -1;
      return handle_nat;
    }

  gtk_widget_measure (self->text_view, GTK_ORIENTATION_HORIZONTAL, -1, &text_min, NULL, NULL, NULL);
  handle_width = CLAMP (width - HANDLE_SPACING - text_min, handle_min, handle_nat);
  *text_width = MAX (0, width - handle_width - HANDLE_SPACING);

  return handle_width;
}

/* The handle and the text side by side, the hint over the text, the
 * translation box under both. */
static void
jd_block_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  JdBlockRow *self = JD_BLOCK_ROW (widget);
  int handle_min, handle_nat, text_min, text_nat;
  int below_min = 0, below_nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->handle, orientation, -1, &handle_min, &handle_nat, NULL, NULL);
      gtk_widget_measure (self->text_view, orientation, -1, &text_min, &text_nat, NULL, NULL);
      if (shows (self->translation_box))
        gtk_widget_measure (self->translation_box, orientation, -1, &below_min, &below_nat, NULL, NULL);

      *minimum = MAX (handle_min + HANDLE_SPACING + text_min, below_min);
      *natural = MAX (handle_nat + HANDLE_SPACING + text_nat, below_nat);
    }
  else
    {
      int text_width;
      int handle_width = get_handle_width (self, for_size, &text_width);

      gtk_widget_measure (self->handle, orientation, handle_width, &handle_min, &handle_nat, NULL, NULL);
      gtk_widget_measure (self->text_view, orientation, text_width, &text_min, &text_nat, NULL, NULL);
      if (shows (self->translation_box))
        gtk_widget_measure (self->translation_box, orientation, for_size, &below_min, &below_nat, NULL, NULL);

      *minimum = MAX (handle_min, text_min) + below_min;
      *natural = MAX (handle_nat, text_nat) + below_nat;
    }

  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static GtkSizeRequestMode
jd_block_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_child (GtkWidget *widget,
                GtkWidget *child,
                int        x,
                int        y,
                int        width,
                int        height)
{
  /* Right to left, the handle goes to the right. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (widget) - x - width;

  gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

/* GTK 4.8's text view keeps the height of its old width when the window
 * narrows, cutting off its last wrapped line; asking again, once the
 * allocation is done, gets the height right. */
static void
jd_block_row_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  JdBlockRow *self = JD_BLOCK_ROW (widget);
  int text_width;
  int handle_width = get_handle_width (self, width, &text_width);
  int below = 0;

  if (shows (self->translation_box))
    {
      gtk_widget_measure (self->translation_box, GTK_ORIENTATION_VERTICAL, width, NULL, &below, NULL, NULL);
      below = MIN (below, height);
      allocate_child (widget, self->translation_box, 0, height - below, width, below);
    }

  allocate_child (widget, self->handle, 0, 0, handle_width, height - below);
  allocate_child (widget, self->text_view, handle_width + HANDLE_SPACING, 0, text_width, height - below);
  if (shows (self->hint_label))
    allocate_child (widget, self->hint_label, handle_width + HANDLE_SPACING, 0, text_width, height - below);

  if (width != self->last_width && self->relayout_id == 0)
    self->relayout_id = g_idle_add (relayout_cb, self);
  self->last_width = width;
}

/* Where the scrolled view that @widget is in (or is) shows, with a page
 * of margin above and below, in the coordinates of what it scrolls
 * (@content). Returns: whether @widget is in a scrolled view at all */
gboolean
_jd_block_row_get_view_range (GtkWidget  *widget,
                              GtkWidget **content,
                              double     *top,
                              double     *bottom)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);
  GtkAdjustment *adjustment;
  double value, page;

  if (viewport == NULL)
    return FALSE;
  *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  if (*content == NULL || adjustment == NULL)
    return FALSE;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  *top = value - page;
  *bottom = value + 2 * page;
  return TRUE;
}

/* The top and bottom of @self in @content's coordinates. */
gboolean
_jd_block_row_get_span (JdBlockRow *self,
                        GtkWidget  *content,
                        double     *top,
                        double     *bottom)
{
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0);
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (self), content, &origin, &point))
    return FALSE;
  *top = point.y;
  *bottom = point.y + gtk_widget_get_height (GTK_WIDGET (self));
  return TRUE;
}

/* The rows of the scrolled @content that drew their text and have not
 * been asked to draw again since: a set kept on @content. */
static GHashTable *
get_drawn_rows (GtkWidget *content)
{
  GHashTable *rows = g_object_get_data (G_OBJECT (content), "jd-drawn-rows");

  if (rows == NULL)
    {
      rows = g_hash_table_new (NULL, NULL);
      g_object_set_data_full (G_OBJECT (content), "jd-drawn-rows", rows,
                              (GDestroyNotify)g_hash_table_unref);
    }

  return rows;
}

static void
forget_drawn (JdBlockRow *self)
{
  if (self->drawn_in != NULL)
    {
      g_hash_table_remove (get_drawn_rows (self->drawn_in), self);
      self->drawn_in = NULL;
    }
}

/* A document of thousands of blocks would have GTK draw thousands of
 * text views each frame, though a screen shows a few dozen: a row more
 * than a page away from the view draws nothing. GTK keeps what a row
 * drew until the row changes, so the editor asks the rows that come
 * near the view to draw again (_jd_block_row_redraw_if_culled()) when
 * it scrolls or its content changes height, and the rows that drew and
 * are now far from it to draw their nothing (_jd_block_row_cull_far()):
 * else every row scrolled past would keep its text in every frame,
 * which GTK's Cairo renderer draws whole. */
static void
jd_block_row_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  JdBlockRow *self = JD_BLOCK_ROW (widget);
  GtkWidget *content = NULL;
  double view_top, view_bottom, top, bottom;

  self->culled = _jd_block_row_get_view_range (widget, &content, &view_top, &view_bottom) &&
                 _jd_block_row_get_span (self, content, &top, &bottom) &&
                 (bottom < view_top || top > view_bottom);
  if (self->culled)
    {
      forget_drawn (self);
      return;
    }

  if (content != NULL && self->drawn_in != content)
    {
      forget_drawn (self);
      g_hash_table_add (get_drawn_rows (content), self);
      self->drawn_in = content;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

/* Has the rows of @content that drew their text and now lie outside
 * @top to @bottom (from _jd_block_row_get_view_range()) draw again, which
 * leaves them empty. Costs as many rows as drew, not as @content has. */
void
_jd_block_row_cull_far (GtkWidget *content,
                        double     top,
                        double     bottom)
{
  GHashTable *rows = g_object_get_data (G_OBJECT (content), "jd-drawn-rows");
  GHashTableIter iter;
  gpointer key;

  if (rows == NULL)
    return;

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      JdBlockRow *row = key;
      double row_top, row_bottom;

      if (_jd_block_row_get_span (row, content, &row_top, &row_bottom) &&
          row_bottom >= top && row_top <= bottom)
        continue;

      g_hash_table_iter_remove (&iter);
      row->drawn_in = NULL;
      gtk_widget_queue_draw (GTK_WIDGET (row));
    }
}

void
_jd_block_row_redraw_if_culled (JdBlockRow *self)
{
  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  if (self->culled)
    {
      self->culled = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* Returns: whether the row drew nothing the last time, being far from
 * the view */
gboolean
_jd_block_row_is_culled (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), FALSE);
  return self->culled;
}

static void
jd_block_row_constructed (GObject *object)
{
  JdBlockRow *self = (JdBlockRow *)object;

  G_OBJECT_CLASS (jd_block_row_parent_class)->constructed (object);

  self->syncing = TRUE;
  gtk_text_buffer_set_text (self->buffer, jd_block_get_text (self->block), -1);
  self->syncing = FALSE;
  show_hint (self, gtk_text_buffer_get_char_count (self->buffer) == 0);

  self->block_signals = g_signal_group_new (JD_TYPE_BLOCK);
  g_signal_group_connect_swapped (self->block_signals, "notify::text", G_CALLBACK (block_text_changed_cb), self);
  g_signal_group_connect_swapped (self->block_signals, "notify::kind", G_CALLBACK (update_kind), self);
  g_signal_group_connect_swapped (self->block_signals, "notify::needs-translation",
                                  G_CALLBACK (update_translation), self);
  g_signal_group_set_target (self->block_signals, self->block);

  self->document_signals = g_signal_group_new (JD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::language",
                                  G_CALLBACK (update_translation), self);
  g_signal_group_set_target (self->document_signals, self->document);

  update_kind (self);
  update_translation (self);
}

static void
jd_block_row_dispose (GObject *object)
{
  JdBlockRow *self = (JdBlockRow *)object;

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  forget_drawn (self);

  g_clear_object (&self->block_signals);
  g_clear_object (&self->document_signals);
  g_clear_object (&self->spell);
  g_clear_pointer (&self->hint_label, gtk_widget_unparent);
  g_clear_pointer (&self->translation_box, gtk_widget_unparent);
  self->translation_label = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_BLOCK_ROW);
  g_clear_object (&self->block);
  g_clear_object (&self->document);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (jd_block_row_parent_class)->dispose (object);
}

static void
jd_block_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JdBlockRow *self = JD_BLOCK_ROW (object);

  switch (prop_id)
    {
    case PROP_BLOCK:
      g_value_set_object (value, self->block);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_block_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JdBlockRow *self = JD_BLOCK_ROW (object);

  switch (prop_id)
    {
    case PROP_BLOCK:
      self->block = g_value_dup_object (value);
      break;

    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_block_row_class_init (JdBlockRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_block_row_dispose;
  object_class->constructed = jd_block_row_constructed;
  object_class->get_property = jd_block_row_get_property;
  object_class->set_property = jd_block_row_set_property;

  properties[PROP_BLOCK] =
    g_param_spec_object ("block", NULL, NULL,
                         JD_TYPE_BLOCK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         JD_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SPLIT] =
    g_signal_new ("split", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[REMOVE_EMPTY] =
    g_signal_new ("remove-empty", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MERGE] =
    g_signal_new ("merge", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
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
  widget_class->snapshot = jd_block_row_snapshot;

  grab_cursor = gdk_cursor_new_from_name ("grab", NULL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-block-row.ui");
  gtk_widget_class_bind_template_child (widget_class, JdBlockRow, handle);
  gtk_widget_class_bind_template_child (widget_class, JdBlockRow, text_view);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);

  gtk_widget_class_set_css_name (widget_class, "jdblockrow");
}

/* The review's underlines and the marks of placeholders and matches take
 * their colours from the theme, so they stay legible when it turns dark. */
static void
update_highlight_colors (JdBlockRow *self)
{
  GdkRGBA error, warning;
  GdkRGBA placeholder, match, current;

  _jd_lookup_review_color (self->text_view, TRUE, &error);
  _jd_lookup_review_color (self->text_view, FALSE, &warning);
  _jd_lookup_mark_colors (self->text_view, &placeholder, &match, &current);
  g_object_set (self->error_tag, "underline-rgba", &error, NULL);
  g_object_set (self->warning_tag, "underline-rgba", &warning, NULL);
  g_object_set (self->placeholder_tag, "background-rgba", &placeholder, NULL);
  g_object_set (self->match_tag, "background-rgba", &match, NULL);
  g_object_set (self->current_match_tag, "background-rgba", &current, NULL);
}

static void
jd_block_row_init (JdBlockRow *self)
{
  GtkDragSource *drag;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_cursor (self->handle, grab_cursor);

  self->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  /* Undo is the document's, across blocks and sections (JdHistory). */
  gtk_text_buffer_set_enable_undo (self->buffer, FALSE);
  g_signal_connect_swapped (self->buffer, "changed", G_CALLBACK (buffer_changed_cb), self);

  self->error_tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                "underline", PANGO_UNDERLINE_ERROR,
                                                NULL);
  self->warning_tag = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                  NULL);
  /* Later tags win: a match shows over a placeholder. */
  self->placeholder_tag = gtk_text_buffer_create_tag (self->buffer, JD_BLOCK_ROW_PLACEHOLDER_TAG, NULL);
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, JD_BLOCK_ROW_MATCH_TAG, NULL);
  self->current_match_tag = gtk_text_buffer_create_tag (self->buffer, JD_BLOCK_ROW_CURRENT_MATCH_TAG, NULL);
  /* The colours are looked up when the row is realized, before it draws. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_highlight_colors), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->text_view, "realize", G_CALLBACK (update_highlight_colors), self);
  self->spell = jd_spell_adapter_new (GTK_TEXT_VIEW (self->text_view));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drag, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));

  drop = gtk_drop_target_new (JD_TYPE_BLOCK, GDK_ACTION_MOVE);
  g_signal_connect_swapped (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
jd_block_row_new (JdBlock    *block,
                  JdDocument *document,
                  JdLibrary  *library)
{
  g_return_val_if_fail (JD_IS_BLOCK (block), NULL);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (library == NULL || JD_IS_LIBRARY (library), NULL);

  return g_object_new (JD_TYPE_BLOCK_ROW,
                       "block", block,
                       "document", document,
                       "library", library,
                       NULL);
}

JdBlock *
jd_block_row_get_block (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);
  return self->block;
}

GtkWidget *
_jd_block_row_get_text_view (JdBlockRow *self)
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

/* Focuses the text with the caret on its first display line (@last
 * false) or on its last, as near as it can be to @x across. */
void
_jd_block_row_focus_line (JdBlockRow *self,
                          gboolean    last,
                          int         x)
{
  GtkTextView *view;
  GdkRectangle edge;
  GtkTextIter iter;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  view = GTK_TEXT_VIEW (self->text_view);
  if (last)
    gtk_text_buffer_get_end_iter (self->buffer, &iter);
  else
    gtk_text_buffer_get_start_iter (self->buffer, &iter);
  gtk_text_view_get_iter_location (view, &iter, &edge);
  gtk_text_view_get_iter_at_location (view, &iter, x, edge.y + edge.height / 2);

  gtk_text_buffer_place_cursor (self->buffer, &iter);
  gtk_widget_grab_focus (self->text_view);
}

/* Returns: (nullable): the hint an empty block shows, or %NULL when it
 * shows none. */
const char *
_jd_block_row_get_hint (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);

  if (self->hint_label == NULL || !gtk_widget_get_visible (self->hint_label))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->hint_label));
}

/* Returns: (nullable): what the row says about a block that needs
 * translating, or %NULL when it does not show that. */
const char *
_jd_block_row_get_translation_hint (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);

  if (self->translation_box == NULL || !gtk_widget_get_visible (self->translation_box))
    return NULL;

  return gtk_label_get_label (GTK_LABEL (self->translation_label));
}

void
_jd_block_row_clear_highlights (JdBlockRow *self)
{
  GtkTextIter start, end;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->error_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->warning_tag, &start, &end);
}

/* Underlines characters [@start, @end) of the text: wavy for an error,
 * straight for a warning. The cursor and the selection stay. */
void
_jd_block_row_add_highlight (JdBlockRow *self,
                             int         start,
                             int         end,
                             gboolean    error)
{
  int n_chars;
  GtkTextIter from, to;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  if (start < 0 || end <= start || end > n_chars)
    return;

  update_highlight_colors (self);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);
  gtk_text_buffer_apply_tag (self->buffer, error ? self->error_tag : self->warning_tag, &from, &to);
}

/* Returns: whether characters [@start, @end) are underlined as an error
 * (@error) or as a warning. */
gboolean
_jd_block_row_has_highlight (JdBlockRow *self,
                             int         start,
                             int         end,
                             gboolean    error)
{
  GtkTextIter from, to;
  GtkTextTag *tag;

  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), FALSE);

  tag = error ? self->error_tag : self->warning_tag;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);
  if (!gtk_text_iter_has_tag (&from, tag))
    return FALSE;
  gtk_text_iter_forward_to_tag_toggle (&from, tag);
  return gtk_text_iter_compare (&from, &to) >= 0;
}

/* Selects characters [@start, @end) of the text, the caret at their end,
 * leaving the focus where it is. */
void
_jd_block_row_set_selection (JdBlockRow *self,
                             int         start,
                             int         end)
{
  int n_chars;
  GtkTextIter from, to;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  start = CLAMP (start, 0, n_chars);
  end = CLAMP (end, start, n_chars);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);
  gtk_text_buffer_select_range (self->buffer, &to, &from);
}

/* Checks the spelling of the block with @checker, or not at all;
 * corrections are steps of @history. */
void
_jd_block_row_set_spell_checker (JdBlockRow     *self,
                                 JdSpellChecker *checker,
                                 JdHistory      *history)
{
  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  jd_spell_adapter_set_checker (self->spell, checker, history);
}

JdSpellAdapter *
_jd_block_row_get_spell_adapter (JdBlockRow *self)
{
  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), NULL);
  return self->spell;
}

/* Puts the caret in the text with characters [@start, @end) selected. */
void
_jd_block_row_select (JdBlockRow *self,
                      int         start,
                      int         end)
{
  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  gtk_widget_grab_focus (self->text_view);
  _jd_block_row_set_selection (self, start, end);
}

void
_jd_block_row_clear_matches (JdBlockRow *self)
{
  GtkTextIter start, end;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_match_tag, &start, &end);
}

/* Marks characters [@start, @end) as a match of the search, or as the
 * current one. */
void
_jd_block_row_add_match (JdBlockRow *self,
                         int         start,
                         int         end,
                         gboolean    current)
{
  GtkTextIter from, to;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  if (start < 0 || end <= start || end > gtk_text_buffer_get_char_count (self->buffer))
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, end);
  gtk_text_buffer_apply_tag (self->buffer, current ? self->current_match_tag : self->match_tag, &from, &to);
}

/**
 * _jd_block_row_get_offset_area:
 * @area: (out): where character @offset is, in the row's coordinates
 *
 * Returns: whether the row knows yet
 */
gboolean
_jd_block_row_get_offset_area (JdBlockRow      *self,
                               int              offset,
                               graphene_rect_t *area)
{
  GdkRectangle location;
  GtkTextIter iter;
  graphene_point_t point;
  int x, y;

  g_return_val_if_fail (JD_IS_BLOCK_ROW (self), FALSE);

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, offset);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self->text_view), &iter, &location);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self->text_view), GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y, &x, &y);
  if (!gtk_widget_compute_point (self->text_view, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;

  graphene_rect_init (area, point.x, point.y, MAX (location.width, 1), MAX (location.height, 1));
  return TRUE;
}

/* Returns: the range of the text that is selected, or where the caret
 * is, in characters. */
void
_jd_block_row_get_selection (JdBlockRow *self,
                             int        *start,
                             int        *end)
{
  GtkTextIter from, to;

  g_return_if_fail (JD_IS_BLOCK_ROW (self));

  gtk_text_buffer_get_selection_bounds (self->buffer, &from, &to);
  *start = gtk_text_iter_get_offset (&from);
  *end = gtk_text_iter_get_offset (&to);
}
