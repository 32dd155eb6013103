/* jd-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-block-row-private.h"
#include "jd-editor-private.h"
#include "jd-metadata-form-private.h"
#include "jd-section-card-private.h"
#include "jd-spell-checker.h"
#include "jd-spell-entry.h"
#include "jd-ui-private.h"

G_DEFINE_FINAL_TYPE (JdEditor, jd_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_focus_within (GtkWidget *focus,
                  GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
stop_following (JdEditor *self)
{
  if (self->followed_card != NULL && self->follow_tick_id != 0)
    gtk_widget_remove_tick_callback (self->followed_card, self->follow_tick_id);
  self->follow_tick_id = 0;
  g_clear_weak_pointer (&self->followed_card);
}

/* Scrolls the editor so that the top of the followed card shows, once
 * it has its place: a card just made has none until the next layout. */
static gboolean
follow_tick_cb (GtkWidget     *card,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  JdEditor *self = JD_EDITOR (user_data);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  GtkRoot *root = gtk_widget_get_root (card);
  graphene_rect_t bounds;
  double top, page;

  if (gtk_widget_get_height (card) == 0 ||
      !gtk_widget_compute_bounds (card, content, &bounds))
    return G_SOURCE_CONTINUE;

  self->follow_tick_id = 0;

  /* The caret has gone elsewhere: so has the user's attention. */
  if (root == NULL || !has_focus_within (gtk_root_get_focus (root), card))
    {
      stop_following (self);
      return G_SOURCE_REMOVE;
    }

  top = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < top || bounds.origin.y + MIN (bounds.size.height, page) > top + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y - 12);

  return G_SOURCE_REMOVE;
}

static void
follow_card (JdEditor *self)
{
  if (self->followed_card != NULL && self->follow_tick_id == 0)
    self->follow_tick_id = gtk_widget_add_tick_callback (self->followed_card, follow_tick_cb, self, NULL);
}

/* Shows @card, where the caret has gone, and keeps it in view as the
 * layout changes: rows above it still being made, or text views that
 * finish measuring their lines, push it down after the first layout.
 * Until the user scrolls, the caret leaves the card or another card is
 * shown. */
static void
show_card (JdEditor  *self,
           GtkWidget *card)
{
  stop_following (self);
  g_set_weak_pointer (&self->followed_card, card);
  follow_card (self);
}

/* A long section's rows come in slices: the marks of the search and the
 * review go on them as they come. */
static void
rows_made_cb (JdEditor      *self,
              guint          position,
              guint          n,
              JdSectionCard *card)
{
  guint section;

  if (!g_ptr_array_find (self->cards, card, &section))
    return;

  _jd_editor_find_mark_rows (self, (int)section, position, position + n);
  _jd_editor_review_mark_rows (self, (int)section, position, position + n);
}

static void
sections_changed_cb (JdEditor   *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double scrolled = gtk_adjustment_get_value (adjustment);
  gboolean focus_removed = FALSE;

  /* The cards still to come are made from the sections as they are then. */
  if (!self->cards_built)
    return;

  for (guint i = 0; i < removed; i++)
    {
      GtkWidget *card = g_ptr_array_steal_index (self->cards, position);

      focus_removed |= has_focus_within (focus, card);
      gtk_box_remove (self->sections_box, card);
    }

  for (guint i = 0; i < added; i++)
    {
      GtkWidget *sibling = position + i > 0 ? g_ptr_array_index (self->cards, position + i - 1) : NULL;
      GtkWidget *card = jd_section_card_new (self->document, self->history, self->library,
                                             jd_document_get_section (self->document, position + i));

      _jd_section_card_set_spell_checker (JD_SECTION_CARD (card), self->spell_checker);
      g_signal_connect_object (_jd_section_card_get_heading_spell (JD_SECTION_CARD (card)), "changed",
                               G_CALLBACK (_jd_editor_update_marks), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (card, "rows-made", G_CALLBACK (rows_made_cb), self, G_CONNECT_SWAPPED);
      gtk_box_insert_child_after (self->sections_box, card, sibling);
      g_ptr_array_insert (self->cards, position + i, card);
    }

  /* The caret goes on to the section that takes the place of the one it
   * was in, and the view stays where the user works, not at the top. */
  if (focus_removed && added == 0 && self->cards->len > 0)
    {
      GtkWidget *next = g_ptr_array_index (self->cards, MIN (position, self->cards->len - 1));

      if (_jd_section_card_get_block_row (JD_SECTION_CARD (next), 0) != NULL)
        jd_section_card_focus_block (JD_SECTION_CARD (next), 0, 0);
      else
        jd_section_card_focus_heading (JD_SECTION_CARD (next));
      gtk_adjustment_set_value (adjustment, scrolled);
      show_card (self, next);
    }
  else if (removed > 0)
    gtk_adjustment_set_value (adjustment, scrolled);
}

/* Rows far from the view draw nothing (jd_block_row_snapshot()): those
 * that come near it as the editor scrolls, or as its content grows or
 * shrinks, draw again, and those that drew and are now far from it draw
 * their nothing. */
static void
redraw_near_view (JdEditor *self)
{
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  GtkWidget *content;
  double top, bottom;

  if (self->cards == NULL || viewport == NULL)
    return;
  if (!_jd_block_row_get_view_range (viewport, &content, &top, &bottom))
    return;

  _jd_block_row_cull_far (content, top, bottom);
  for (guint i = 0; i < self->cards->len; i++)
    _jd_section_card_redraw_rows_in (g_ptr_array_index (self->cards, i), content, top, bottom);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           JdEditor                 *self)
{
  stop_following (self);
  return GDK_EVENT_PROPAGATE;
}

static void
scrollbar_pressed_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      JdEditor        *self)
{
  stop_following (self);
}

static void
content_resized_cb (JdEditor *self)
{
  follow_card (self);
  redraw_near_view (self);
}

static void
update_spell_extra_words (JdEditor *self)
{
  if (self->spell_checker != NULL)
    jd_spell_checker_set_extra_words (self->spell_checker, jd_document_get_company_name (self->document));
}

/* The spelling of the form's prose fields, once both are there. */
static void
set_form_checker (JdEditor *self)
{
  if (self->form == NULL || self->spell_checker == NULL)
    return;

  jd_spell_entry_set_checker (self->title_spell, self->spell_checker, self->history);
  jd_spell_entry_set_checker (self->department_spell, self->spell_checker, self->history);
}

static void
set_spell_checker (JdEditor       *self,
                   JdSpellChecker *checker)
{
  g_autofree char *note = NULL;

  if (self->spell_checker != NULL)
    {
      g_auto(GStrv) ignored = jd_spell_checker_get_ignored_words (self->spell_checker);

      if (g_strcmp0 (jd_spell_checker_get_dictionary (self->spell_checker),
                     jd_spell_checker_get_dictionary (checker)) == 0)
        return;
      for (guint i = 0; ignored[i] != NULL; i++)
        jd_spell_checker_ignore_word (checker, ignored[i]);
    }

  g_set_object (&self->spell_checker, checker);
  update_spell_extra_words (self);
  for (guint i = 0; i < self->cards->len; i++)
    _jd_section_card_set_spell_checker (g_ptr_array_index (self->cards, i), checker);
  set_form_checker (self);

  if (!jd_spell_checker_has_dictionary (checker))
    /* Translators: said above the document when the spelling dictionary
     * of its language is not installed; the placeholder is the
     * dictionary, such as “de_DE”. */
    note = g_strdup_printf (_("Spelling is not checked: no %s dictionary is installed."),
                            jd_spell_checker_get_dictionary (checker));
  gtk_label_set_label (GTK_LABEL (self->spell_note), note != NULL ? note : "");
  gtk_widget_set_visible (self->spell_note, note != NULL);
}

static void
spell_checker_ready_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(JdEditor) self = user_data;
  g_autoptr(JdSpellChecker) checker = jd_spell_checker_new_finish (result, NULL);

  if (checker == NULL || self->cards == NULL)
    return;

  g_clear_object (&self->spell_cancellable);
  set_spell_checker (self, checker);
}

/* Spelling follows the document's language. Its dictionary loads in a
 * worker thread (the text is marked once it is there), and only once the
 * editor shows: the window's blank document behind the welcome page
 * loads none at start-up (a dictionary is tens of megabytes and a tenth
 * of a second of a core). A missing one is said once, quietly, above the
 * form; the words ignored so far stay ignored. */
static void
update_spell_checker (JdEditor *self)
{
  g_cancellable_cancel (self->spell_cancellable);
  g_clear_object (&self->spell_cancellable);
  self->spell_stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->spell_stale)
    return;

  self->spell_cancellable = g_cancellable_new ();
  jd_spell_checker_new_async (jd_document_get_language (self->document), self->spell_cancellable,
                              spell_checker_ready_cb, g_object_ref (self));
}

/* Sections are offered by the name they will have: their kind's heading
 * in the document's language. */
static void
update_add_section_menu (JdEditor *self)
{
  const char *lang = jd_document_get_language (self->document);
  JdTerms *terms;

  if (self->library == NULL)
    return;

  terms = jd_library_get_terms (self->library);
  g_menu_remove_all (self->kinds_menu);
  g_menu_remove_all (self->custom_menu);
  for (guint kind = 0; kind < JD_SECTION_N_KINDS; kind++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (jd_terms_get_kind_heading (terms, kind, lang), NULL);

      g_menu_item_set_action_and_target (item, "win.add-section", "s", jd_section_kind_to_string (kind));
      g_menu_append_item (kind == JD_SECTION_CUSTOM ? self->custom_menu : self->kinds_menu, item);
    }
}

static void
build_form (JdEditor *self)
{
  self->form = jd_metadata_form_new (self->document);
  gtk_box_insert_child_after (self->box, self->form, self->spell_note);
  self->title_spell = jd_spell_entry_new (GTK_EDITABLE (gtk_widget_get_template_child (self->form,
                                                                                      JD_TYPE_METADATA_FORM,
                                                                                      "title_row")));
  g_signal_connect_object (self->title_spell, "changed", G_CALLBACK (_jd_editor_update_marks), self,
                           G_CONNECT_SWAPPED);
  self->department_spell = jd_spell_entry_new (GTK_EDITABLE (gtk_widget_get_template_child (self->form,
                                                                                           JD_TYPE_METADATA_FORM,
                                                                                           "department_row")));
  g_signal_connect_object (self->department_spell, "changed", G_CALLBACK (_jd_editor_update_marks), self,
                           G_CONNECT_SWAPPED);
  set_form_checker (self);

  gtk_widget_set_visible (GTK_WIDGET (self->box), TRUE);
}

/* The sections' heading, cards and button, below the form. */
static void
set_sections_visible (JdEditor *self,
                      gboolean  visible)
{
  for (GtkWidget *child = gtk_widget_get_next_sibling (self->form); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_visible (child, visible);
}

/* The form with its first group, the rest hidden until its turn. */
static void
build_first_step (JdEditor *self)
{
  build_form (self);
  _jd_metadata_form_hide_later_groups (JD_METADATA_FORM (self->form));
  set_sections_visible (self, FALSE);
}

static void
build_cards (JdEditor *self)
{
  GListModel *sections = jd_document_get_sections (self->document);

  _jd_metadata_form_show_all_groups (JD_METADATA_FORM (self->form));
  set_sections_visible (self, TRUE);
  self->cards_built = TRUE;
  sections_changed_cb (self, 0, 0, g_list_model_get_n_items (sections), sections);

  /* What was marked and found while they were to come, in the fields and
   * headings; the rows mark theirs as they come (rows_made_cb()). */
  _jd_editor_update_marks (self);
  if (self->findings != NULL)
    _jd_editor_show_findings (self, self->findings);
}

static void queue_build_step (JdEditor      *self);
static void after_paint_cb   (GdkFrameClock *clock,
                              JdEditor      *self);

/* The frame clock may have let go of its handlers already, as its
 * window went. */
static void
stop_waiting_for_frame (JdEditor *self)
{
  if (self->build_clock != NULL)
    g_signal_handlers_disconnect_by_func (self->build_clock, after_paint_cb, self);
  g_clear_object (&self->build_clock);
}

/* The editor is made in steps, one per iteration of the main loop and
 * each after a frame while the editor shows, so that opening a document
 * never holds the window for long: the form with its first group, its
 * other groups one by one, the section cards (whose rows come in slices
 * of their own, JdSectionCard), then the find bar, hidden until asked
 * for. Made at once, the editor of any document took 40 ms and more,
 * and the first frame of the page as long again. */
static gboolean
build_step_cb (gpointer user_data)
{
  JdEditor *self = JD_EDITOR (user_data);

  self->build_id = 0;
  stop_waiting_for_frame (self);

  if (self->form == NULL)
    build_first_step (self);
  else if (!self->cards_built)
    {
      /* The form's groups, a frame each, then the cards. */
      if (!_jd_metadata_form_show_next_group (JD_METADATA_FORM (self->form)))
        build_cards (self);
    }
  else
    {
      _jd_editor_get_find_bar (self);
      return G_SOURCE_REMOVE;
    }

  queue_build_step (self);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                JdEditor      *self)
{
  stop_waiting_for_frame (self);
  g_clear_handle_id (&self->build_id, g_source_remove);
  self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT, build_step_cb, self, NULL);
}

/* While the editor shows, the next step waits for the frame that shows
 * the one before: a step in the same iteration as a frame's layout and
 * drawing would add to them (or for a tenth of a second, should no frame
 * come). Its idle has the default priority, above the frame clock's, so
 * that the main loop never runs the two in one iteration. */
static void
queue_build_step (JdEditor *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->build_id != 0 || self->find_bar != NULL)
    return;

  if (clock != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->build_clock = g_object_ref (clock);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), self, 0);
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
      self->build_id = g_timeout_add (100, build_step_cb, self);
    }
  else
    self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT, build_step_cb, self, NULL);
}

static void
cancel_build_steps (JdEditor *self)
{
  g_clear_handle_id (&self->build_id, g_source_remove);
  stop_waiting_for_frame (self);
}

/* Makes at once what is still to come of the form (its first group),
 * and of the cards if @cards; the steps after it go on. */
static void
build_now (JdEditor *self,
           gboolean  cards)
{
  cancel_build_steps (self);
  if (self->form == NULL)
    build_first_step (self);
  if (cards && !self->cards_built)
    build_cards (self);
  queue_build_step (self);
}

/* Makes now the form and cards of the editor if they are still to come:
 * for whoever needs these widgets, the caret going into them or a test
 * looking at them. */
void
_jd_editor_ensure_built (JdEditor *self)
{
  g_return_if_fail (JD_IS_EDITOR (self));

  if (!self->cards_built)
    build_now (self, TRUE);
}

/* Returns: whether the editor's form and cards are made. */
gboolean
_jd_editor_is_built (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), FALSE);
  return self->cards_built;
}

static void
jd_editor_constructed (GObject *object)
{
  JdEditor *self = (JdEditor *)object;
  GListModel *sections = jd_document_get_sections (self->document);

  G_OBJECT_CLASS (jd_editor_parent_class)->constructed (object);

  /* Nothing of the editor shows until its form is there. */
  gtk_widget_set_visible (GTK_WIDGET (self->box), FALSE);
  queue_build_step (self);

  self->spell_note = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->spell_note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->spell_note), 0);
  gtk_widget_add_css_class (self->spell_note, "caption");
  gtk_widget_add_css_class (self->spell_note, "dim-label");
  gtk_box_prepend (self->box, self->spell_note);
  update_spell_checker (self);

  /* The user scrolling, with the wheel, the touchpad or the scroll bar,
   * ends show_card()'s following. */
  {
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
    GtkGesture *press = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
    g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->scroller), scroll);

    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
    g_signal_connect (press, "pressed", G_CALLBACK (scrollbar_pressed_cb), self);
    gtk_widget_add_controller (gtk_scrolled_window_get_vscrollbar (self->scroller), GTK_EVENT_CONTROLLER (press));
  }

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (redraw_near_view), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (content_resized_cb), self, G_CONNECT_SWAPPED);

  self->document_signals = g_signal_group_new (JD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "notify::language",
                                  G_CALLBACK (update_spell_checker), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::language",
                                  G_CALLBACK (update_add_section_menu), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::company-name",
                                  G_CALLBACK (update_spell_extra_words), self);
  g_signal_group_set_target (self->document_signals, self->document);
  update_add_section_menu (self);

  self->sections_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->sections_signals, "items-changed", G_CALLBACK (sections_changed_cb), self);
  g_signal_group_set_target (self->sections_signals, sections);
  _jd_editor_find_init (self);
}

/* Up on the first line of a block and Down on its last go on to the
 * block before or after, across sections; at either end of the document
 * the caret goes to the start or the end of its block. */
static void
focus_next_block_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  JdEditor *self = JD_EDITOR (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  JdBlockRow *current = NULL;
  int card_index = -1;
  int row_index = -1;
  int direction, x;

  g_variant_get (param, "(ii)", &direction, &x);

  for (guint i = 0; i < self->cards->len && current == NULL; i++)
    {
      JdSectionCard *card = g_ptr_array_index (self->cards, i);

      row_index = _jd_section_card_get_row_position (card, focus);
      if (row_index >= 0)
        {
          current = JD_BLOCK_ROW (_jd_section_card_get_block_row (card, (guint)row_index));
          card_index = (int)i;
        }
    }

  if (current == NULL)
    return;

  for (int i = card_index, j = row_index + direction; i >= 0 && i < (int)self->cards->len; i += direction)
    {
      JdSectionCard *card = g_ptr_array_index (self->cards, i);
      guint n = jd_section_get_n_blocks (jd_section_card_get_section (card));

      if (i != card_index)
        j = direction < 0 ? (int)n - 1 : 0;
      if (j >= 0 && j < (int)n)
        {
          _jd_block_row_focus_line (JD_BLOCK_ROW (_jd_section_card_get_block_row (card, j)), direction < 0, x);
          return;
        }
    }

  jd_block_row_focus (current, direction < 0 ? 0 : -1);
}

/* Puts the caret in the first block that needs translating, if any. */
void
_jd_editor_focus_needs_translation (JdEditor *self)
{
  g_return_if_fail (JD_IS_EDITOR (self));

  _jd_editor_ensure_built (self);
  for (guint i = 0; i < self->cards->len; i++)
    {
      JdSectionCard *card = g_ptr_array_index (self->cards, i);
      JdSection *section = jd_section_card_get_section (card);

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        if (jd_block_get_needs_translation (jd_section_get_block (section, j)))
          {
            jd_section_card_focus_block (card, j, 0);
            return;
          }
    }
}

static void
jd_editor_dispose (GObject *object)
{
  JdEditor *self = (JdEditor *)object;

  cancel_build_steps (self);
  _jd_editor_find_dispose (self);
  stop_following (self);
  g_cancellable_cancel (self->spell_cancellable);
  g_clear_object (&self->spell_cancellable);
  g_clear_object (&self->sections_signals);
  g_clear_object (&self->document_signals);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_EDITOR);
  _jd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_object (&self->library);
  g_clear_object (&self->spell_checker);
  g_clear_object (&self->title_spell);
  g_clear_object (&self->department_spell);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (jd_editor_parent_class)->dispose (object);
}

static void
jd_editor_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  JdEditor *self = JD_EDITOR (object);

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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_editor_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  JdEditor *self = JD_EDITOR (object);

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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_editor_map (GtkWidget *widget)
{
  JdEditor *self = JD_EDITOR (widget);

  GTK_WIDGET_CLASS (jd_editor_parent_class)->map (widget);

  if (self->spell_stale)
    update_spell_checker (self);
}

/* An editor the window let go of, for the next document's, stops its
 * making: it waits in an idle to be disposed of. */
static void
jd_editor_unroot (GtkWidget *widget)
{
  cancel_build_steps (JD_EDITOR (widget));

  GTK_WIDGET_CLASS (jd_editor_parent_class)->unroot (widget);
}

static void
jd_editor_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (jd_editor_parent_class)->root (widget);

  queue_build_step (JD_EDITOR (widget));
}

static void
jd_editor_class_init (JdEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_editor_dispose;
  object_class->constructed = jd_editor_constructed;
  object_class->get_property = jd_editor_get_property;
  object_class->set_property = jd_editor_set_property;
  widget_class->map = jd_editor_map;
  widget_class->root = jd_editor_root;
  widget_class->unroot = jd_editor_unroot;

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdEditor, box);
  gtk_widget_class_bind_template_child (widget_class, JdEditor, sections_box);
  gtk_widget_class_bind_template_child (widget_class, JdEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, JdEditor, find_revealer);
  gtk_widget_class_bind_template_child (widget_class, JdEditor, kinds_menu);
  gtk_widget_class_bind_template_child (widget_class, JdEditor, custom_menu);

  gtk_widget_class_install_action (widget_class, "editor.focus-next-block", "(ii)", focus_next_block_action);
}

static void
jd_editor_init (JdEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_ptr_array_new ();

  /* The document's undo, find and placeholders, whichever field has the
   * caret. */
  _jd_widget_add_capture_shortcuts (GTK_WIDGET (self),
                                    "<Control>z", "win.undo",
                                    "<Shift><Control>z", "win.redo",
                                    "<Control>f", "win.search",
                                    "<Control>h", "win.find-replace",
                                    "<Control>g", "win.find-next",
                                    "<Shift><Control>g", "win.find-previous",
                                    "F8", "win.next-placeholder",
                                    "<Shift>F8", "win.previous-placeholder",
                                    NULL);
}

GtkWidget *
jd_editor_new (JdDocument *document,
               JdHistory  *history,
               JdLibrary  *library)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_HISTORY (history), NULL);
  g_return_val_if_fail (library == NULL || JD_IS_LIBRARY (library), NULL);

  return g_object_new (JD_TYPE_EDITOR,
                       "document", document,
                       "history", history,
                       "library", library,
                       NULL);
}

/* Appends a section of @kind with one empty block, and puts the cursor in it. */
void
jd_editor_add_section (JdEditor      *self,
                       JdSectionKind  kind)
{
  g_autoptr(JdSection) section = jd_section_new (kind);
  g_autoptr(JdBlock) block = jd_block_new (jd_section_kind_get_block_kind (kind), "");
  GtkWidget *card;

  g_return_if_fail (JD_IS_EDITOR (self));

  _jd_editor_ensure_built (self);
  jd_section_append_block (section, block);
  jd_history_begin_step (self->history);
  jd_document_append_section (self->document, section);
  jd_history_end_step (self->history);

  card = g_ptr_array_index (self->cards, self->cards->len - 1);
  if (kind == JD_SECTION_CUSTOM)
    jd_section_card_focus_heading (JD_SECTION_CARD (card));
  else
    jd_section_card_focus_block (JD_SECTION_CARD (card), 0, 0);
  show_card (self, card);
}

/* Returns: (transfer none) (nullable): the card of the section at
 * @position, made now if the editor's cards are still to come */
GtkWidget *
_jd_editor_get_section_card (JdEditor *self,
                            guint     position)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);

  _jd_editor_ensure_built (self);
  return position < self->cards->len ? g_ptr_array_index (self->cards, position) : NULL;
}

/* Returns: (transfer none) (nullable): the row of block @block of
 * section @section if it is made, without making it (a long section's
 * later rows come in slices, JdSectionCard::rows-made) */
JdBlockRow *
_jd_editor_get_made_row (JdEditor *self,
                         int       section,
                         int       block)
{
  GtkWidget *card;

  if (section < 0 || block < 0 || (guint)section >= self->cards->len)
    return NULL;

  card = g_ptr_array_index (self->cards, section);
  if ((guint)block >= _jd_section_card_get_n_rows (JD_SECTION_CARD (card)))
    return NULL;

  return JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (card), (guint)block));
}

/* Puts the cursor in the title for a new document. */
void
jd_editor_focus_start (JdEditor *self)
{
  g_return_if_fail (JD_IS_EDITOR (self));

  /* The title is in the form's first group: the rest can come in steps. */
  if (self->form == NULL)
    build_now (self, FALSE);
  jd_metadata_form_focus_title (JD_METADATA_FORM (self->form));
}

/* Returns: (transfer none): the metadata form above the sections, made
 * now if it is still to come */
GtkWidget *
_jd_editor_get_form (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);

  _jd_editor_ensure_built (self);
  return self->form;
}

/* Returns: (transfer none): the spelling checker of the document */
JdSpellChecker *
_jd_editor_get_spell_checker (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);
  return self->spell_checker;
}

/* Returns: (nullable): what the editor says about spelling, or %NULL */
const char *
_jd_editor_get_spell_note (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (self->spell_note))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (self->spell_note));
}

/* Returns: (transfer none): the spelling of the job title's entry */
JdSpellEntry *
_jd_editor_get_title_spell (JdEditor *self)
{
  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);

  _jd_editor_ensure_built (self);
  return self->title_spell;
}

/**
 * _jd_editor_get_text_spell:
 * @where: a field or a heading; the rest of the range is not looked at
 *
 * Returns: (transfer none) (nullable): the spelling of the one-line text
 *   @where is in: the title, the department or a section's heading; %NULL
 *   for a field that holds no prose, such as the company's name
 */
JdSpellEntry *
_jd_editor_get_text_spell (JdEditor          *self,
                           const JdTextRange *where)
{
  GtkWidget *card;

  g_return_val_if_fail (JD_IS_EDITOR (self), NULL);
  g_return_val_if_fail (where != NULL, NULL);

  _jd_editor_ensure_built (self);
  if (where->section < 0)
    {
      if (g_strcmp0 (where->field, "title") == 0)
        return self->title_spell;
      if (g_strcmp0 (where->field, "department") == 0)
        return self->department_spell;
      return NULL;
    }

  card = _jd_editor_get_section_card (self, (guint)where->section);
  if (card == NULL || where->block >= 0)
    return NULL;

  return _jd_section_card_get_heading_spell (JD_SECTION_CARD (card));
}
