/* jd-section-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-block-row-private.h"
#include "jd-section-card-private.h"
#include "jd-ui-private.h"

/* One card per section: its heading, its blocks and the section menu.
 * Changes go to the model and the card follows the model, so undo, which
 * only touches the model, shows up here by itself. */
struct _JdSectionCard
{
  GtkWidget   parent_instance;

  JdDocument *document;
  JdHistory  *history;
  JdLibrary  *library;
  JdSection  *section;
  JdSpellChecker *spell_checker;
  JdSpellEntry *heading_spell;
  GSignalGroup *section_signals;
  GSignalGroup *sections_signals;
  GPtrArray  *rows;           /* of the first blocks: the others wait
                               * in make_rows_cb()'s queue */
  guint       syncing_heading : 1;

  GtkWidget  *box;
  GtkText    *heading;
  GtkLabel   *kind_label;
  GtkBox     *blocks_box;
  GtkWidget  *menu_button;
  GtkWidget  *add_item_button;
  GtkWidget  *add_paragraph_button;
};

G_DEFINE_FINAL_TYPE (JdSectionCard, jd_section_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_LIBRARY,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ROWS_MADE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A row takes about a millisecond to make (its template, text view and
 * spelling): a section of thousands of blocks makes its rows in slices
 * of this much of the main loop, from the top, so that the window draws
 * and takes input between them. Asking for a row makes it, and the rows
 * before it, at once (_jd_section_card_get_block_row()). */
#define SLICE_US 6000
/* Blocks a change makes rows for at once in the middle of the rows made;
 * beyond it the rows after the change are made again in slices. */
#define MAX_ROWS_AT_ONCE 32

static int
block_position (JdSectionCard *self,
                JdBlock       *block)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (jd_block_row_get_block (g_ptr_array_index (self->rows, i)) == block)
      return (int)i;

  return -1;
}

static int
section_position (JdSectionCard *self)
{
  guint n = jd_document_get_n_sections (self->document);

  for (guint i = 0; i < n; i++)
    if (jd_document_get_section (self->document, i) == self->section)
      return (int)i;

  return -1;
}

static void
row_split_cb (JdSectionCard *self,
              int            offset,
              JdBlockRow    *row)
{
  JdBlock *block = jd_block_row_get_block (row);
  const char *text = jd_block_get_text (block);
  int position = block_position (self, block);
  g_autoptr(JdBlock) next = NULL;
  const char *split;

  g_return_if_fail (position >= 0);

  split = g_utf8_offset_to_pointer (text, MIN (offset, (int)g_utf8_strlen (text, -1)));
  next = jd_block_new (jd_block_get_kind (block), split);

  jd_history_begin_step (self->history);
  if (split[0] != '\0')
    {
      g_autofree char *before = g_strndup (text, split - text);
      jd_block_set_text (block, before);
    }
  jd_section_insert_block (self->section, position + 1, next);
  jd_history_end_step (self->history);

  jd_section_card_focus_block (self, position + 1, 0);
}

static void
row_remove_empty_cb (JdSectionCard *self,
                     JdBlockRow    *row)
{
  int position = block_position (self, jd_block_row_get_block (row));

  g_return_if_fail (position >= 0);

  jd_history_begin_step (self->history);
  jd_section_remove_block (self->section, position);
  jd_history_end_step (self->history);

  if (position > 0)
    jd_section_card_focus_block (self, position - 1, -1);
  else if (jd_section_get_n_blocks (self->section) > 0)
    jd_section_card_focus_block (self, 0, 0);
  else
    jd_section_card_focus_heading (self);
}

/* Backspace at the start of a block joins it to the end of the one
 * before, the caret where they meet: one step of undo. */
static void
row_merge_cb (JdSectionCard *self,
              JdBlockRow    *row)
{
  int position = block_position (self, jd_block_row_get_block (row));
  g_autofree char *joined = NULL;
  JdBlock *previous;
  glong offset;

  if (position <= 0)
    return;

  previous = jd_section_get_block (self->section, position - 1);
  offset = g_utf8_strlen (jd_block_get_text (previous), -1);
  joined = g_strconcat (jd_block_get_text (previous), jd_block_get_text (jd_block_row_get_block (row)), NULL);

  jd_history_begin_step (self->history);
  jd_block_set_text (previous, joined);
  jd_section_remove_block (self->section, position);
  jd_history_end_step (self->history);

  jd_section_card_focus_block (self, position - 1, (int)offset);
}

static void
move_block (JdSectionCard *self,
            guint          from,
            guint          to)
{
  jd_history_begin_step (self->history);
  jd_section_move_block (self->section, from, to);
  jd_history_end_step (self->history);
  jd_section_card_focus_block (self, to, -1);
}

static void
row_move_cb (JdSectionCard *self,
             int            delta,
             JdBlockRow    *row)
{
  int position = block_position (self, jd_block_row_get_block (row));
  int target = position + delta;

  if (position < 0 || target < 0 || target >= (int)jd_section_get_n_blocks (self->section))
    return;

  move_block (self, position, target);
}

static void
row_block_dropped_cb (JdSectionCard *self,
                      JdBlock       *dragged,
                      JdBlockRow    *row)
{
  int from = block_position (self, dragged);
  int to = block_position (self, jd_block_row_get_block (row));

  /* Blocks only move within their section. */
  if (from < 0 || to < 0)
    return;

  move_block (self, from, to);
}

static GtkWidget *
create_row (JdSectionCard *self,
            JdBlock       *block)
{
  GtkWidget *row = jd_block_row_new (block, self->document, self->library);

  _jd_block_row_set_spell_checker (JD_BLOCK_ROW (row), self->spell_checker, self->history);

  g_signal_connect_object (row, "split", G_CALLBACK (row_split_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "remove-empty", G_CALLBACK (row_remove_empty_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "merge", G_CALLBACK (row_merge_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "move", G_CALLBACK (row_move_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "block-dropped", G_CALLBACK (row_block_dropped_cb), self, G_CONNECT_SWAPPED);

  return row;
}

static void
insert_row (JdSectionCard *self,
            guint          position)
{
  GtkWidget *sibling = position > 0 ? g_ptr_array_index (self->rows, position - 1) : NULL;
  GtkWidget *row = create_row (self, jd_section_get_block (self->section, position));

  gtk_box_insert_child_after (self->blocks_box, row, sibling);
  g_ptr_array_insert (self->rows, position, row);
}

/* Makes the rows of the blocks up to @n (the section's blocks at most),
 * or those that take until @deadline (monotonic time, 0: no limit). */
static void
make_rows (JdSectionCard *self,
           guint          n,
           gint64         deadline)
{
  guint position = self->rows->len;

  n = MIN (n, jd_section_get_n_blocks (self->section));
  while (self->rows->len < n &&
         (deadline == 0 || self->rows->len == position || g_get_monotonic_time () < deadline))
    insert_row (self, self->rows->len);

  if (self->rows->len > position)
    g_signal_emit (self, signals[ROWS_MADE], 0, position, self->rows->len - position);
}

/* The cards waiting for rows, in the order they asked: one idle source
 * makes rows for them in turn, a slice per iteration of the main loop
 * for all of them together. */
static GQueue waiting = G_QUEUE_INIT;
static guint waiting_id;

static gboolean
make_rows_cb (gpointer user_data)
{
  gint64 deadline = g_get_monotonic_time () + SLICE_US;

  while (!g_queue_is_empty (&waiting) && g_get_monotonic_time () < deadline)
    {
      /* Whoever hears of the rows could let the card go. */
      g_autoptr(JdSectionCard) self = g_object_ref (g_queue_peek_head (&waiting));

      make_rows (self, G_MAXUINT, deadline);
      if (g_queue_peek_head (&waiting) == self && self->rows->len >= jd_section_get_n_blocks (self->section))
        g_queue_pop_head (&waiting);
    }

  if (!g_queue_is_empty (&waiting))
    return G_SOURCE_CONTINUE;

  waiting_id = 0;
  return G_SOURCE_REMOVE;
}

static void
queue_make_rows (JdSectionCard *self)
{
  if (self->rows->len >= jd_section_get_n_blocks (self->section) || g_queue_find (&waiting, self) != NULL)
    return;

  g_queue_push_tail (&waiting, self);
  if (waiting_id == 0)
    waiting_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, make_rows_cb, NULL, NULL);
}

/* The cards made in one go (a document's sections as it opens) share
 * one slice for their first rows: the deadline holds until the next
 * idle, which comes after that go. */
static gint64 first_rows_deadline;

static gboolean
end_first_rows_cb (gpointer user_data)
{
  first_rows_deadline = 0;
  return G_SOURCE_REMOVE;
}

static gint64
get_first_rows_deadline (void)
{
  if (first_rows_deadline == 0)
    {
      first_rows_deadline = g_get_monotonic_time () + SLICE_US;
      g_idle_add_full (G_PRIORITY_HIGH, end_first_rows_cb, NULL, NULL);
    }

  return first_rows_deadline;
}

/* The rows are those of the first blocks, in order; a change among them
 * changes them at once, one after them waits for the slices. */
static void
blocks_changed_cb (JdSectionCard *self,
                   guint          position,
                   guint          removed,
                   guint          added,
                   GListModel    *model)
{
  guint n_before = jd_section_get_n_blocks (self->section) - added + removed;
  gboolean all_made = self->rows->len == n_before;

  for (guint i = 0; i < removed && position < self->rows->len; i++)
    gtk_box_remove (self->blocks_box, g_ptr_array_steal_index (self->rows, position));

  if (position < self->rows->len && added > MAX_ROWS_AT_ONCE)
    {
      /* Many blocks in the middle: the rows after them wait too. */
      while (self->rows->len > position)
        gtk_box_remove (self->blocks_box, g_ptr_array_steal_index (self->rows, position));
    }

  if (position < self->rows->len || (position == self->rows->len && all_made && added <= MAX_ROWS_AT_ONCE))
    {
      for (guint i = 0; i < added; i++)
        insert_row (self, position + i);
    }

  queue_make_rows (self);
}

static void
update_heading (JdSectionCard *self)
{
  const char *heading = jd_section_get_heading (self->section);
  /* The kind's heading in the document's language, as the preview and
   * the exports have it. */
  const char *name = self->library == NULL ? "" :
                     jd_terms_get_kind_heading (jd_library_get_terms (self->library),
                                                jd_section_get_kind (self->section),
                                                jd_document_get_language (self->document));

  gtk_text_set_placeholder_text (self->heading, name);
  gtk_label_set_label (self->kind_label, heading != NULL ? name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Section heading"),
                                  GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, name,
                                  -1);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->heading)), heading ? heading : "") != 0)
    {
      self->syncing_heading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->heading), heading ? heading : "");
      self->syncing_heading = FALSE;
    }
}

static void
heading_changed_cb (JdSectionCard *self)
{
  if (!self->syncing_heading)
    jd_section_set_heading (self->section, gtk_editable_get_text (GTK_EDITABLE (self->heading)));
}

/* Enter in the heading goes to the first block, making one if needed. */
static void
heading_activate_cb (JdSectionCard *self)
{
  if (jd_section_get_n_blocks (self->section) == 0)
    {
      g_autoptr(JdBlock) block = jd_block_new (jd_section_kind_get_block_kind (jd_section_get_kind (self->section)), "");

      jd_history_break (self->history);
      jd_section_append_block (self->section, block);
    }

  jd_section_card_focus_block (self, 0, -1);
}

static void
add_block (JdSectionCard *self,
           JdBlockKind    kind)
{
  g_autoptr(JdBlock) block = jd_block_new (kind, "");

  jd_history_begin_step (self->history);
  jd_section_append_block (self->section, block);
  jd_history_end_step (self->history);
  jd_section_card_focus_block (self, jd_section_get_n_blocks (self->section) - 1, 0);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  add_block (JD_SECTION_CARD (widget), JD_BLOCK_ITEM);
}

static void
add_paragraph_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  add_block (JD_SECTION_CARD (widget), JD_BLOCK_PARAGRAPH);
}

static void
move_section (JdSectionCard *self,
              int            delta)
{
  int position = section_position (self);
  int target = position + delta;
  /* The move replaces this card: keep what is needed after it. */
  g_autoptr(JdHistory) history = g_object_ref (self->history);

  if (position < 0 || target < 0 || target >= (int)jd_document_get_n_sections (self->document))
    return;

  jd_history_begin_step (history);
  jd_document_move_section (self->document, position, target);
  jd_history_end_step (history);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  move_section (JD_SECTION_CARD (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  move_section (JD_SECTION_CARD (widget), 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  JdSectionCard *self = JD_SECTION_CARD (widget);
  int position = section_position (self);
  /* The removal destroys this card: keep what is needed after it. */
  g_autoptr(JdHistory) history = g_object_ref (self->history);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkWidget) window = root != NULL ? GTK_WIDGET (g_object_ref (root)) : NULL;
  g_autofree char *message = NULL;
  const char *heading;

  if (position < 0)
    return;

  heading = gtk_editable_get_text (GTK_EDITABLE (self->heading));
  if (heading[0] == '\0')
    heading = gtk_text_get_placeholder_text (self->heading);
  /* Translators: a notification after Remove Section, with an Undo
   * button; the placeholder is the heading of the section. */
  message = g_strdup_printf (_("“%s” removed"), heading);

  jd_history_begin_step (history);
  jd_document_remove_section (self->document, position);
  jd_history_end_step (history);

  if (window != NULL)
    gtk_widget_activate_action (window, "win.toast-undo", "s", message);
}

static void
update_actions (JdSectionCard *self)
{
  int position = section_position (self);
  int n = (int)jd_document_get_n_sections (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.move-up", position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.move-down", position >= 0 && position < n - 1);
}

/* The card follows its section, and the document's list of sections for
 * where it stands, through signal groups that let go as the card goes. */
static void
jd_section_card_constructed (GObject *object)
{
  JdSectionCard *self = (JdSectionCard *)object;

  G_OBJECT_CLASS (jd_section_card_parent_class)->constructed (object);

  self->section_signals = g_signal_group_new (JD_TYPE_SECTION);
  g_signal_group_connect_swapped (self->section_signals, "items-changed", G_CALLBACK (blocks_changed_cb), self);
  g_signal_group_connect_swapped (self->section_signals, "notify::heading", G_CALLBACK (update_heading), self);
  g_signal_group_connect_swapped (self->section_signals, "notify::kind", G_CALLBACK (update_heading), self);
  g_signal_group_set_target (self->section_signals, self->section);

  self->sections_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->sections_signals, "items-changed", G_CALLBACK (update_actions), self);
  g_signal_group_set_target (self->sections_signals, jd_document_get_sections (self->document));
  g_signal_connect_object (self->document, "notify::language", G_CALLBACK (update_heading), self,
                           G_CONNECT_SWAPPED);

  /* The first rows now, the others in slices. */
  make_rows (self, G_MAXUINT, get_first_rows_deadline ());
  queue_make_rows (self);
  update_heading (self);
  update_actions (self);
}

static void
jd_section_card_dispose (GObject *object)
{
  JdSectionCard *self = (JdSectionCard *)object;

  g_queue_remove (&waiting, self);
  g_clear_object (&self->section_signals);
  g_clear_object (&self->sections_signals);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_SECTION_CARD);
  _jd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->section);
  g_clear_object (&self->heading_spell);
  g_clear_object (&self->spell_checker);
  g_clear_object (&self->history);
  g_clear_object (&self->library);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jd_section_card_parent_class)->dispose (object);
}

static void
jd_section_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  JdSectionCard *self = JD_SECTION_CARD (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_section_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  JdSectionCard *self = JD_SECTION_CARD (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_section_card_class_init (JdSectionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_section_card_dispose;
  object_class->constructed = jd_section_card_constructed;
  object_class->get_property = jd_section_card_get_property;
  object_class->set_property = jd_section_card_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         JD_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         JD_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         JD_TYPE_SECTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JdSectionCard::rows-made:
   * @position: the first block whose row was made
   * @n: how many rows were made
   *
   * Rows were made for blocks that had none yet (of a long section, which
   * makes its rows in slices), not for a change of the section.
   */
  signals[ROWS_MADE] =
    g_signal_new ("rows-made",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-section-card.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, box);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, heading);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, blocks_box);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, add_item_button);
  gtk_widget_class_bind_template_child (widget_class, JdSectionCard, add_paragraph_button);

  gtk_widget_class_install_action (widget_class, "section.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "section.add-paragraph", NULL, add_paragraph_action);
  gtk_widget_class_install_action (widget_class, "section.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "section.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "section.remove", NULL, remove_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "section.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "section.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "section.remove", NULL);

  gtk_widget_class_set_css_name (widget_class, "jdsectioncard");
}

static void
jd_section_card_init (JdSectionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not in the template, which would ask the display where the pointer
   * is for each (see _jd_widget_set_tooltip_text()). */
  _jd_widget_set_tooltip_text (self->menu_button, _("Section Menu"));
  _jd_widget_set_tooltip_text (self->add_item_button, _("Add a bullet at the end of the section"));
  _jd_widget_set_tooltip_text (self->add_paragraph_button, _("Add a paragraph at the end of the section"));

  self->rows = g_ptr_array_new ();
  /* Undo is the document's (JdHistory), not the entry's. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->heading), FALSE);
  g_signal_connect_swapped (self->heading, "changed", G_CALLBACK (heading_changed_cb), self);
  g_signal_connect_swapped (self->heading, "activate", G_CALLBACK (heading_activate_cb), self);
  self->heading_spell = jd_spell_entry_new (GTK_EDITABLE (self->heading));

  /* Shift+Ctrl+Delete removes the section even from a bullet, whose text
   * view would otherwise delete to the end of the paragraph. */
  _jd_widget_add_capture_shortcuts (GTK_WIDGET (self), "<Shift><Control>Delete", "section.remove", NULL);
}

GtkWidget *
jd_section_card_new (JdDocument *document,
                     JdHistory  *history,
                     JdLibrary  *library,
                     JdSection  *section)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_HISTORY (history), NULL);
  g_return_val_if_fail (library == NULL || JD_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (JD_IS_SECTION (section), NULL);

  return g_object_new (JD_TYPE_SECTION_CARD,
                       "document", document,
                       "history", history,
                       "library", library,
                       "section", section,
                       NULL);
}

JdSection *
jd_section_card_get_section (JdSectionCard *self)
{
  g_return_val_if_fail (JD_IS_SECTION_CARD (self), NULL);
  return self->section;
}

/* Returns: (transfer none) (nullable): the row of the block at @position,
 * made now (with those before it) if it was still waiting */
GtkWidget *
_jd_section_card_get_block_row (JdSectionCard *self,
                               guint          position)
{
  g_return_val_if_fail (JD_IS_SECTION_CARD (self), NULL);

  if (position >= self->rows->len)
    make_rows (self, position + 1, 0);

  return position < self->rows->len ? g_ptr_array_index (self->rows, position) : NULL;
}

/* Returns: the position of the row that is or holds @widget, or -1 */
int
_jd_section_card_get_row_position (JdSectionCard *self,
                                   GtkWidget     *widget)
{
  GtkWidget *row = widget != NULL ? gtk_widget_get_ancestor (widget, JD_TYPE_BLOCK_ROW) : NULL;
  guint position;

  g_return_val_if_fail (JD_IS_SECTION_CARD (self), -1);

  return row != NULL && g_ptr_array_find (self->rows, row, &position) ? (int)position : -1;
}

/* Returns: how many rows are made: those of the first blocks. Walking
 * the rows made does not make the others. */
guint
_jd_section_card_get_n_rows (JdSectionCard *self)
{
  g_return_val_if_fail (JD_IS_SECTION_CARD (self), 0);

  return self->rows->len;
}

void
jd_section_card_focus_block (JdSectionCard *self,
                             guint          position,
                             int            offset)
{
  GtkWidget *row;

  g_return_if_fail (JD_IS_SECTION_CARD (self));

  row = _jd_section_card_get_block_row (self, position);
  if (row != NULL)
    jd_block_row_focus (JD_BLOCK_ROW (row), offset);
}

void
jd_section_card_focus_heading (JdSectionCard *self)
{
  g_return_if_fail (JD_IS_SECTION_CARD (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->heading));
}

GtkWidget *
_jd_section_card_get_heading (JdSectionCard *self)
{
  g_return_val_if_fail (JD_IS_SECTION_CARD (self), NULL);

  return GTK_WIDGET (self->heading);
}

/* Returns: (transfer none): the spelling of the heading; its underlines
 * are put on the heading with the editor's other marks (jd-editor-find.c) */
JdSpellEntry *
_jd_section_card_get_heading_spell (JdSectionCard *self)
{
  g_return_val_if_fail (JD_IS_SECTION_CARD (self), NULL);

  return self->heading_spell;
}

/* Has the rows between @top and @bottom of @content, the scrolled
 * editor, draw again if they were too far from the view to draw: a
 * binary search, as the rows are in order from top to bottom. */
void
_jd_section_card_redraw_rows_in (JdSectionCard *self,
                                 GtkWidget     *content,
                                 double         top,
                                 double         bottom)
{
  guint low = 0, high = self->rows->len;
  double row_top, row_bottom;

  g_return_if_fail (JD_IS_SECTION_CARD (self));

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (_jd_block_row_get_span (g_ptr_array_index (self->rows, middle), content, &row_top, &row_bottom) &&
          row_bottom < top)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < self->rows->len; i++)
    {
      JdBlockRow *row = g_ptr_array_index (self->rows, i);

      if (_jd_block_row_get_span (row, content, &row_top, &row_bottom) && row_top > bottom)
        break;
      _jd_block_row_redraw_if_culled (row);
    }
}

/* Checks the spelling of the heading and of every block with @checker,
 * or of none. */
void
_jd_section_card_set_spell_checker (JdSectionCard  *self,
                                    JdSpellChecker *checker)
{
  g_return_if_fail (JD_IS_SECTION_CARD (self));
  g_return_if_fail (checker == NULL || JD_IS_SPELL_CHECKER (checker));

  if (!g_set_object (&self->spell_checker, checker))
    return;

  jd_spell_entry_set_checker (self->heading_spell, checker, self->history);

  for (guint i = 0; i < self->rows->len; i++)
    _jd_block_row_set_spell_checker (g_ptr_array_index (self->rows, i), checker, self->history);
}
