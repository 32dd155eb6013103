/* jd-editor-find.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-block-row-private.h"
#include "jd-editor-private.h"
#include "jd-find-bar.h"
#include "jd-section-card-private.h"
#include "jd-ui-private.h"

/* Find and replace across the whole document, and the way from one
 * placeholder to the next. The matching is src/core's (jd-find.h); here
 * the matches are shown: all of them marked in the blocks, the current
 * one marked apart and scrolled to, while the caret stays in the find bar
 * until Escape puts it on the current match. The blocks mark text with
 * tags (jd-block-row.c); the one-line fields and headings here, with
 * Pango attributes. */

/* The fields jd_document_find() looks in, in the order of the form. */
static const char * const find_fields[] = { "title", "company", "department", "reference" };

#define SCROLL_MARGIN 48

static GtkWidget *
range_widget (JdEditor          *self,
              const JdTextRange *range)
{
  GtkWidget *card;

  if (range->section < 0)
    return _jd_editor_get_field_widget (self, range->field);

  card = _jd_editor_get_section_card (self, (guint)range->section);
  if (card == NULL)
    return NULL;

  if (range->block < 0)
    return _jd_section_card_get_heading (JD_SECTION_CARD (card));

  return _jd_section_card_get_block_row (JD_SECTION_CARD (card), (guint)range->block);
}

/* Scrolls the editor so that @area of @widget (all of @widget when
 * %NULL) is in view, with some room around it. */
static void
scroll_to (JdEditor              *self,
           GtkWidget             *widget,
           const graphene_rect_t *area)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;
  double y;
  double height;

  if (area != NULL)
    {
      graphene_point_t point;

      if (!gtk_widget_compute_point (widget, viewport, &area->origin, &point))
        return;
      y = point.y;
      height = area->size.height;
    }
  else
    {
      if (!gtk_widget_compute_bounds (widget, viewport, &bounds))
        return;
      y = bounds.origin.y;
      height = MIN (bounds.size.height, page / 2);
    }

  /* The viewport's coordinates start at the top of what is in view. */
  if (y < SCROLL_MARGIN)
    gtk_adjustment_set_value (adjustment, value + y - SCROLL_MARGIN);
  else if (y + height > page - SCROLL_MARGIN)
    gtk_adjustment_set_value (adjustment, value + y + height - page + SCROLL_MARGIN);
}

/* Shows @range: selected, and with the caret when @focus; else the caret
 * stays where it is, in the find bar. */
static void
show_range (JdEditor          *self,
            const JdTextRange *range,
            gboolean           focus)
{
  GtkWidget *widget = range_widget (self, range);

  if (widget == NULL)
    return;

  if (JD_IS_BLOCK_ROW (widget))
    {
      graphene_rect_t area;

      if (focus)
        _jd_block_row_select (JD_BLOCK_ROW (widget), range->start, range->end);
      else
        _jd_block_row_set_selection (JD_BLOCK_ROW (widget), range->start, range->end);
      if (_jd_block_row_get_offset_area (JD_BLOCK_ROW (widget), range->start, &area))
        scroll_to (self, widget, &area);
      else
        scroll_to (self, widget, NULL);
      return;
    }

  if (focus)
    gtk_widget_grab_focus (widget);
  if (GTK_IS_EDITABLE (widget))
    gtk_editable_select_region (GTK_EDITABLE (widget), range->start, range->end);
  scroll_to (self, widget, NULL);
}

/* Where the caret is in the document's text, as a range that is the
 * selection. Returns: whether it is in text that find looks in */
static gboolean
caret_range (JdEditor    *self,
             JdTextRange *range)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *card;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;

  *range = (JdTextRange) { NULL, -1, -1, 0, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (find_fields); i++)
    {
      GtkWidget *widget = _jd_editor_get_field_widget (self, find_fields[i]);

      if (widget != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)))
        {
          range->field = find_fields[i];
          gtk_editable_get_selection_bounds (GTK_EDITABLE (widget), &range->start, &range->end);
          return TRUE;
        }
    }

  for (guint i = 0; (card = _jd_editor_get_section_card (self, i)) != NULL; i++)
    {
      GtkWidget *heading;
      GtkWidget *row;

      if (!gtk_widget_is_ancestor (focus, card))
        continue;

      range->section = (int)i;
      heading = _jd_section_card_get_heading (JD_SECTION_CARD (card));
      if (focus == heading || gtk_widget_is_ancestor (focus, heading))
        {
          gtk_editable_get_selection_bounds (GTK_EDITABLE (heading), &range->start, &range->end);
          return TRUE;
        }

      range->block = _jd_section_card_get_row_position (JD_SECTION_CARD (card), focus);
      if (range->block < 0)
        return FALSE;
      row = _jd_section_card_get_block_row (JD_SECTION_CARD (card), (guint)range->block);
      if (focus != _jd_block_row_get_text_view (JD_BLOCK_ROW (row)))
        return FALSE;

      _jd_block_row_get_selection (JD_BLOCK_ROW (row), &range->start, &range->end);
      return TRUE;
    }

  return FALSE;
}

static void
add_background (PangoAttrList *attributes,
                const char    *text,
                int            start,
                int            end,
                const GdkRGBA *color)
{
  guint start_index = g_utf8_offset_to_pointer (text, start) - text;
  guint end_index = g_utf8_offset_to_pointer (text, end) - text;
  PangoAttribute *attribute;

  attribute = pango_attr_background_new (color->red * 65535, color->green * 65535, color->blue * 65535);
  attribute->start_index = start_index;
  attribute->end_index = end_index;
  pango_attr_list_insert (attributes, attribute);

  attribute = pango_attr_background_alpha_new (color->alpha * 65535);
  attribute->start_index = start_index;
  attribute->end_index = end_index;
  pango_attr_list_insert (attributes, attribute);
}

/* Marks the placeholders of the field or heading @where is in, and the
 * matches in it while the find bar shows, over its spelling underlines
 * and the review's underlines of the title. */
static void
mark_editable (JdEditor          *self,
               const JdTextRange *where)
{
  GtkWidget *widget = range_widget (self, where);
  JdSpellEntry *spell = _jd_editor_get_text_spell (self, where);
  g_autoptr(PangoAttrList) attributes = NULL;
  g_autoptr(GArray) placeholders = NULL;
  GtkEditable *delegate;
  GdkRGBA placeholder, match, current;
  const char *text;
  glong length;

  if (widget == NULL || !GTK_IS_EDITABLE (widget))
    return;

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  if (delegate == NULL)
    delegate = GTK_EDITABLE (widget);
  if (!GTK_IS_TEXT (delegate))
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (widget));
  length = g_utf8_strlen (text, -1);
  if (g_strcmp0 (where->field, "title") == 0 && self->title_underlines != NULL)
    attributes = pango_attr_list_copy (self->title_underlines);
  else
    attributes = pango_attr_list_new ();
  if (spell != NULL && jd_spell_entry_get_attributes (spell) != NULL)
    {
      GSList *spelling = pango_attr_list_get_attributes (jd_spell_entry_get_attributes (spell));

      for (GSList *l = spelling; l != NULL; l = l->next)
        pango_attr_list_change (attributes, l->data);
      g_slist_free (spelling);
    }
  _jd_lookup_mark_colors (GTK_WIDGET (delegate), &placeholder, &match, &current);

  placeholders = jd_text_find_placeholders (text);
  for (guint i = 0; i < placeholders->len; i++)
    {
      const JdTextRange *range = &g_array_index (placeholders, JdTextRange, i);

      add_background (attributes, text, range->start, range->end, &placeholder);
    }

  for (guint i = 0; _jd_editor_is_finding (self) && i < self->matches->len; i++)
    {
      const JdTextRange *range = &g_array_index (self->matches, JdTextRange, i);

      if (jd_text_range_same_text (range, where) && range->end <= length)
        add_background (attributes, text, range->start, range->end,
                        (int)i == self->current ? &current : &match);
    }

  gtk_text_set_attributes (GTK_TEXT (delegate), attributes);
}

/* Marks placeholders, and matches while finding, in the fields and the
 * headings now; the blocks mark their own placeholders. */
void
_jd_editor_update_marks (JdEditor *self)
{
  GtkWidget *card;

  /* The widgets still to come are marked once they are all there. */
  if (!_jd_editor_is_built (self))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (find_fields); i++)
    mark_editable (self, &(JdTextRange) { find_fields[i], -1, -1, 0, 0 });

  for (guint i = 0; (card = _jd_editor_get_section_card (self, i)) != NULL; i++)
    mark_editable (self, &(JdTextRange) { NULL, (int)i, -1, 0, 0 });
}

static gboolean
marks_update_cb (gpointer user_data)
{
  JdEditor *self = user_data;

  self->marks_update_id = 0;
  _jd_editor_update_marks (self);

  return G_SOURCE_REMOVE;
}

static void
queue_marks_update (JdEditor *self)
{
  if (self->marks_update_id == 0)
    self->marks_update_id = g_idle_add (marks_update_cb, self);
}

static void
clear_match_marks (JdEditor *self)
{
  GtkWidget *card;

  for (guint i = 0; (card = _jd_editor_get_section_card (self, i)) != NULL; i++)
    {
      for (guint j = 0; j < _jd_section_card_get_n_rows (JD_SECTION_CARD (card)); j++)
        _jd_block_row_clear_matches (JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (card), j)));
    }
}

/* Marks the matches in the rows of blocks @from to @to (excluded) of
 * section @section, of every section when it is -1, where these rows
 * are made: a long section's rows made later are marked as they come
 * (JdSectionCard::rows-made). */
void
_jd_editor_find_mark_rows (JdEditor *self,
                           int       section,
                           guint     from,
                           guint     to)
{
  for (guint i = 0; _jd_editor_is_finding (self) && i < self->matches->len; i++)
    {
      const JdTextRange *range = &g_array_index (self->matches, JdTextRange, i);
      JdBlockRow *row;

      if (range->block < 0 || (section >= 0 && range->section != section) ||
          (guint)range->block < from || (guint)range->block >= to)
        continue;

      row = _jd_editor_get_made_row (self, range->section, range->block);
      if (row != NULL)
        _jd_block_row_add_match (row, range->start, range->end, (int)i == self->current);
    }
}

static void
show_matches (JdEditor *self)
{
  clear_match_marks (self);

  _jd_editor_find_mark_rows (self, -1, 0, G_MAXUINT);
  _jd_editor_update_marks (self);

  jd_find_bar_set_count (JD_FIND_BAR (self->find_bar), self->current, self->matches->len);
}

/* Finds again, the current match the first from the anchor on; and
 * scrolls to it when @move. */
static void
update_matches (JdEditor *self,
                gboolean  move)
{
  JdFindBar *bar = JD_FIND_BAR (self->find_bar);

  g_clear_handle_id (&self->find_update_id, g_source_remove);
  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = jd_document_find (self->document, jd_find_bar_get_text (bar), jd_find_bar_get_flags (bar));
  self->current = -1;

  for (guint i = 0; i < self->matches->len && self->has_anchor; i++)
    if (jd_text_range_compare (&g_array_index (self->matches, JdTextRange, i), &self->anchor) >= 0)
      {
        self->current = (int)i;
        break;
      }
  if (self->current < 0 && self->matches->len > 0)
    self->current = 0;

  show_matches (self);
  if (move && self->current >= 0)
    show_range (self, &g_array_index (self->matches, JdTextRange, self->current), FALSE);
}

static gboolean
find_update_cb (gpointer user_data)
{
  JdEditor *self = user_data;

  self->find_update_id = 0;
  if (self->current >= 0)
    {
      self->anchor = g_array_index (self->matches, JdTextRange, self->current);
      self->has_anchor = TRUE;
    }
  update_matches (self, FALSE);

  return G_SOURCE_REMOVE;
}

/* While the find bar shows, the matches follow the text as it changes. */
static void
document_changed_cb (JdEditor *self)
{
  if (_jd_editor_is_finding (self) && self->find_update_id == 0)
    self->find_update_id = g_idle_add (find_update_cb, self);
  queue_marks_update (self);
}

/* Finds what the bar says, from the anchor on. */
static void
search_now (JdEditor *self)
{
  JdFindBar *bar = JD_FIND_BAR (self->find_bar);

  g_free (self->searched);
  self->searched = g_strdup (jd_find_bar_get_text (bar));
  self->searched_flags = jd_find_bar_get_flags (bar);
  update_matches (self, TRUE);
}

/* The entry says so again a moment after the text was set: only a
 * change of what to find, or how, starts from the anchor again. */
static void
find_changed_cb (JdEditor *self)
{
  JdFindBar *bar = JD_FIND_BAR (self->find_bar);

  if (g_strcmp0 (self->searched, jd_find_bar_get_text (bar)) != 0 ||
      self->searched_flags != jd_find_bar_get_flags (bar))
    search_now (self);
}

static void
find_close_cb (JdEditor *self)
{
  _jd_editor_close_find (self);
}

void
_jd_editor_find_init (JdEditor *self)
{
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (queue_marks_update), self, G_CONNECT_SWAPPED);

  self->matches = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
  self->current = -1;
  queue_marks_update (self);
}

/* Returns: (transfer none): the find bar, the last of the editor made
 * (build_step_cb()), made now if it is still to come; with the form and
 * cards it finds in */
GtkWidget *
_jd_editor_get_find_bar (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);

  _jd_editor_ensure_built (self);
  if (self->find_bar == NULL)
    {
      self->find_bar = jd_find_bar_new ();
      gtk_revealer_set_child (self->find_revealer, self->find_bar);
      g_signal_connect_object (self->find_bar, "changed", G_CALLBACK (find_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->find_bar, "close", G_CALLBACK (find_close_cb), self, G_CONNECT_SWAPPED);
    }

  return self->find_bar;
}

void
_jd_editor_find_dispose (JdEditor *self)
{
  g_clear_handle_id (&self->find_update_id, g_source_remove);
  g_clear_handle_id (&self->marks_update_id, g_source_remove);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->searched, g_free);
  g_clear_pointer (&self->title_underlines, pango_attr_list_unref);
  g_clear_weak_pointer (&self->return_focus);
}

gboolean
_jd_editor_is_finding (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), FALSE);
  return gtk_revealer_get_reveal_child (self->find_revealer);
}

/* The selected text, when it is a few words of one line: what the user
 * most likely wants to find. */
static char *
selected_words (JdEditor          *self,
                const JdTextRange *caret)
{
  const char *text = jd_document_get_range_text (self->document, caret);
  const char *from;
  const char *to;
  g_autofree char *words = NULL;

  if (text == NULL || caret->end <= caret->start || caret->end - caret->start > 100)
    return NULL;

  from = g_utf8_offset_to_pointer (text, caret->start);
  to = g_utf8_offset_to_pointer (text, caret->end);
  words = g_strndup (from, to - from);

  return strchr (words, '\n') == NULL ? g_steal_pointer (&words) : NULL;
}

/**
 * _jd_editor_find:
 * @replace: whether to show what to replace with too
 *
 * Shows the find bar with the caret in it, looking for the selected
 * words if there are some, from the caret on.
 */
void
_jd_editor_find (JdEditor *self,
                 gboolean  replace)
{
  JdFindBar *bar;
  JdTextRange caret;
  g_autofree char *words = NULL;
  GtkRoot *root;

  g_return_if_fail (JD_IS_EDITOR (self));

  _jd_editor_get_find_bar (self);

  bar = JD_FIND_BAR (self->find_bar);
  root = gtk_widget_get_root (GTK_WIDGET (self));

  if (caret_range (self, &caret))
    {
      self->anchor = caret;
      self->has_anchor = TRUE;
      words = selected_words (self, &caret);
      g_set_weak_pointer (&self->return_focus, root ? gtk_root_get_focus (root) : NULL);
    }

  gtk_revealer_set_reveal_child (self->find_revealer, TRUE);
  if (replace)
    jd_find_bar_set_replace (bar, TRUE);

  if (words != NULL)
    jd_find_bar_set_text (bar, words);
  search_now (self);

  jd_find_bar_focus (bar, replace && *jd_find_bar_get_text (bar) != '\0');
}

/* Makes the next match, or the previous one, current, going round at the
 * end; opens the find bar if it is closed. */
void
_jd_editor_find_next (JdEditor *self,
                      gboolean  backward)
{
  guint n;

  g_return_if_fail (JD_IS_EDITOR (self));

  _jd_editor_get_find_bar (self);

  if (!_jd_editor_is_finding (self))
    {
      _jd_editor_find (self, FALSE);
      return;
    }

  if (self->find_update_id != 0)
    find_update_cb (self);

  n = self->matches->len;
  if (n == 0)
    return;

  if (self->current < 0)
    self->current = backward ? (int)n - 1 : 0;
  else
    self->current = (int)((self->current + (backward ? n - 1 : 1)) % n);

  self->anchor = g_array_index (self->matches, JdTextRange, self->current);
  self->has_anchor = TRUE;
  show_matches (self);
  show_range (self, &self->anchor, FALSE);
}

/* Replaces the current match, as one step of undo, and makes the next
 * one current. */
void
_jd_editor_replace (JdEditor *self)
{
  JdFindBar *bar;
  JdTextRange range;
  const char *replacement;

  g_return_if_fail (JD_IS_EDITOR (self));

  _jd_editor_get_find_bar (self);

  if (self->find_update_id != 0)
    find_update_cb (self);

  if (self->current < 0)
    {
      _jd_editor_find_next (self, FALSE);
      return;
    }

  bar = JD_FIND_BAR (self->find_bar);
  replacement = jd_find_bar_get_replacement (bar);
  range = g_array_index (self->matches, JdTextRange, self->current);

  jd_history_begin_step (self->history);
  jd_document_replace_range (self->document, &range, replacement);
  jd_history_end_step (self->history);

  /* The search goes on after what was put in. */
  self->anchor = range;
  self->anchor.start = range.start + (int)g_utf8_strlen (replacement, -1);
  self->has_anchor = TRUE;
  update_matches (self, TRUE);
}

/* Replaces every match in the document, as one step of undo.
 * Returns: how many */
guint
_jd_editor_replace_all (JdEditor *self)
{
  JdFindBar *bar;
  g_autoptr(JdDocument) replaced = NULL;
  g_autofree char *status = NULL;
  guint n;

  g_return_val_if_fail (JD_IS_EDITOR (self), 0);

  _jd_editor_get_find_bar (self);

  bar = JD_FIND_BAR (self->find_bar);
  replaced = jd_document_copy (self->document);
  n = jd_document_replace_all (replaced, jd_find_bar_get_text (bar), jd_find_bar_get_replacement (bar),
                               jd_find_bar_get_flags (bar));
  if (n > 0)
    {
      jd_history_begin_step (self->history);
      jd_document_assign (self->document, replaced);
      jd_history_end_step (self->history);
    }

  update_matches (self, FALSE);
  /* Translators: in the find bar, after Replace All. */
  status = g_strdup_printf (ngettext ("%u replaced", "%u replaced", n), n);
  jd_find_bar_set_status (bar, status);

  return n;
}

/* Hides the find bar and its marks; the caret goes to the current match,
 * or back where it was. */
void
_jd_editor_close_find (JdEditor *self)
{
  g_return_if_fail (JD_IS_EDITOR (self));

  if (!_jd_editor_is_finding (self))
    return;

  g_clear_handle_id (&self->find_update_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->find_revealer, FALSE);
  clear_match_marks (self);
  _jd_editor_update_marks (self);

  if (self->current >= 0 && (guint)self->current < self->matches->len)
    show_range (self, &g_array_index (self->matches, JdTextRange, self->current), TRUE);
  else if (self->return_focus != NULL)
    gtk_widget_grab_focus (self->return_focus);
  else
    jd_editor_focus_start (self);

  g_array_set_size (self->matches, 0);
  self->current = -1;
}

/**
 * _jd_editor_get_matches:
 * @current: (out) (optional): the index of the current match, or -1
 *
 * Returns: (transfer none) (element-type JdTextRange): the matches the
 *   find bar shows
 */
GArray *
_jd_editor_get_matches (JdEditor *self,
                        int      *current)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);

  if (self->find_update_id != 0)
    find_update_cb (self);
  if (current != NULL)
    *current = self->current;

  return self->matches;
}

/* Shows @range of the document's text, selected, with the caret in it. */
void
_jd_editor_show_range (JdEditor          *self,
                       const JdTextRange *range)
{
  g_return_if_fail (JD_IS_EDITOR (self));
  g_return_if_fail (range != NULL);

  _jd_editor_ensure_built (self);

  show_range (self, range, TRUE);
}

/**
 * _jd_editor_next_placeholder:
 * @backward: whether to go to the previous one
 *
 * Selects the next placeholder after the caret, or the previous one
 * before it, going round at the end.
 *
 * Returns: whether the document has a placeholder
 */
gboolean
_jd_editor_next_placeholder (JdEditor *self,
                             gboolean  backward)
{
  g_autoptr(GArray) placeholders = NULL;
  JdTextRange caret;
  guint n;
  guint index;

  g_return_val_if_fail (JD_IS_EDITOR (self), FALSE);

  _jd_editor_ensure_built (self);

  placeholders = jd_document_find_placeholders (self->document);
  n = placeholders->len;
  if (n == 0)
    return FALSE;

  index = backward ? n - 1 : 0;
  if (caret_range (self, &caret))
    {
      if (backward)
        {
          for (guint i = n; i > 0; i--)
            if (jd_text_range_compare (&g_array_index (placeholders, JdTextRange, i - 1), &caret) < 0)
              {
                index = i - 1;
                break;
              }
        }
      else
        {
          caret.start = caret.end;
          for (guint i = 0; i < n; i++)
            if (jd_text_range_compare (&g_array_index (placeholders, JdTextRange, i), &caret) >= 0)
              {
                index = i;
                break;
              }
        }
    }

  show_range (self, &g_array_index (placeholders, JdTextRange, index), TRUE);
  return TRUE;
}
