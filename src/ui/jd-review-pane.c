/* jd-review-pane.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-review"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-review-pane-private.h"
#include "jd-ui-private.h"

/* How long after the last change the review runs: typing never waits
 * for it, and a pause shows its result. */
#define REVIEW_DELAY_MS 300

/* The writing review of the open document beside the editor, as Textio's
 * factor pane: the score and its parts, the gender tone, readability and
 * length, then the findings by category. It reviews again a moment after
 * each change, while it is shown; a finding's buttons apply a suggestion
 * or ignore it, each as one step of undo. */
struct _JdReviewPane
{
  GtkWidget     parent_instance;

  JdDocument   *document;
  JdHistory    *history;
  JdReview     *review;
  GSignalGroup *document_signals;
  GPtrArray    *rows;
  GtkWidget    *part_bars[JD_REVIEW_N_PARTS];
  GtkWidget    *part_values[JD_REVIEW_N_PARTS];
  guint         review_id;

  GtkScrolledWindow *scroller;
  GtkLabel     *score_label;
  GtkLabel     *score_caption;
  GtkGrid      *parts_grid;
  GtkLabel     *tone_label;
  GtkRange     *tone_scale;
  GtkLabel     *words_label;
  GtkLabel     *readability_label;
  GtkLabel     *length_label;
  GtkLabel     *findings_heading;
  GtkBox       *findings_box;
};

G_DEFINE_FINAL_TYPE (JdReviewPane, jd_review_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_REVIEW,
  N_PROPS
};

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_summary (JdReviewPane *self)
{
  JdReadabilityFormula formula = jd_review_get_readability_formula (self->review);
  JdGenderTone tone = jd_review_get_gender_tone (self->review);
  const char * const *feminine = jd_review_get_feminine_words (self->review);
  const char * const *masculine = jd_review_get_masculine_words (self->review);
  guint words = jd_review_get_words (self->review);
  g_autofree char *score = g_strdup_printf ("%u", jd_review_get_score (self->review));
  g_autofree char *tone_text = NULL;
  g_autofree char *readability = NULL;
  g_autofree char *length = NULL;
  g_autofree char *word_list = NULL;

  gtk_label_set_label (self->score_label, score);
  /* Translators: beside the overall score of the review, such as "82". */
  gtk_label_set_label (self->score_caption, _("out of 100"));

  for (JdReviewPart part = 0; part < JD_REVIEW_N_PARTS; part++)
    {
      guint value = jd_review_get_part_score (self->review, part);
      g_autofree char *text = g_strdup_printf ("%u", value);

      gtk_level_bar_set_value (GTK_LEVEL_BAR (self->part_bars[part]), value);
      gtk_label_set_label (GTK_LABEL (self->part_values[part]), text);
    }

  if (jd_review_get_gender_adapted (self->review))
    /* Translators: the gender tone of the text, with a note that the word
     * lists of its language are adapted from the English research. */
    tone_text = g_strdup_printf (_("%s (adapted word lists)"), jd_gender_tone_get_label (tone));
  else
    tone_text = g_strdup (jd_gender_tone_get_label (tone));
  gtk_label_set_label (self->tone_label, tone_text);
  gtk_range_set_value (self->tone_scale, (double)tone);

  if ((feminine != NULL && feminine[0] != NULL) || (masculine != NULL && masculine[0] != NULL))
    {
      g_autofree char *fem = g_strjoinv (", ", (char **)feminine);
      g_autofree char *masc = g_strjoinv (", ", (char **)masculine);

      /* Translators: the gender-coded words found; the placeholders are
       * lists of words, or empty. */
      word_list = g_strdup_printf (_("Feminine-coded: %s\nMasculine-coded: %s"),
                                   *fem ? fem : "—", *masc ? masc : "—");
    }
  gtk_label_set_label (self->words_label, word_list ? word_list : "");
  gtk_widget_set_visible (GTK_WIDGET (self->words_label), word_list != NULL);

  /* Translators: the readability of the text; the first placeholder is
   * the name of the formula, such as "Flesch Reading Ease", the second
   * its result. */
  readability = g_strdup_printf (_("%s: %.0f"), jd_readability_formula_get_name (formula),
                                 jd_review_get_readability (self->review));
  gtk_label_set_label (self->readability_label, readability);

  /* Translators: the length of the text; job ads read best with 300 to
   * 700 words. */
  length = g_strdup_printf (ngettext ("%u word (300–700 recommended)",
                                      "%u words (300–700 recommended)", words), words);
  gtk_label_set_label (self->length_label, length);
}

static void
row_apply_cb (JdReviewPane *self,
              const char   *suggestion,
              JdFindingRow *row)
{
  _jd_review_pane_apply (self, jd_finding_row_get_finding (row), suggestion);
}

static void
row_ignore_cb (JdReviewPane *self,
               JdFindingRow *row)
{
  _jd_review_pane_ignore (self, jd_finding_row_get_finding (row));
}

static void
row_activated_cb (JdReviewPane *self,
                  GtkListBoxRow *row)
{
  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, jd_finding_row_get_finding (JD_FINDING_ROW (row)));
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

/* Whether @a and @b are the same finding, wherever their text is now; the
 * figures of their message may differ. */
static gboolean
same_finding (JdFinding *a,
              JdFinding *b)
{
  return jd_finding_get_category (a) == jd_finding_get_category (b) &&
         jd_finding_get_severity (a) == jd_finding_get_severity (b) &&
         jd_finding_get_section (a) == jd_finding_get_section (b) &&
         jd_finding_get_block (a) == jd_finding_get_block (b) &&
         g_strcmp0 (jd_finding_get_rule (a), jd_finding_get_rule (b)) == 0 &&
         g_strcmp0 (jd_finding_get_field (a), jd_finding_get_field (b)) == 0 &&
         g_strcmp0 (jd_finding_get_text (a), jd_finding_get_text (b)) == 0 &&
         strv_equal (jd_finding_get_suggestions (a), jd_finding_get_suggestions (b));
}

/* Keeps the rows when the review found what they show, in the same
 * order: typing mostly moves findings, and rebuilding the list each time
 * would take the focus and the scrolling of the pane away. */
static gboolean
reuse_rows (JdReviewPane *self,
            GListModel   *findings)
{
  guint n = g_list_model_get_n_items (findings);

  if (n != self->rows->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);
      JdFindingRow *row = g_ptr_array_index (self->rows, i);

      if (!same_finding (jd_finding_row_get_finding (row), finding))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);

      jd_finding_row_set_finding (g_ptr_array_index (self->rows, i), finding);
    }

  return TRUE;
}

/* Returns: (transfer container): the rows as the pane shows them, by
 * category */
static GPtrArray *
get_shown_rows (JdReviewPane *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *list = gtk_widget_get_first_child (GTK_WIDGET (self->findings_box));
       list != NULL;
       list = gtk_widget_get_next_sibling (list))
    {
      if (!GTK_IS_LIST_BOX (list))
        continue;

      for (GtkWidget *row = gtk_widget_get_first_child (list);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (JD_IS_FINDING_ROW (row))
          g_ptr_array_add (rows, row);
    }

  return rows;
}

/* Returns: the position, as shown, of the row that has the focus, or -1 */
static int
get_focus_row (JdReviewPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, JD_TYPE_FINDING_ROW) : NULL;
  g_autoptr(GPtrArray) rows = get_shown_rows (self);
  guint position;

  if (row != NULL && g_ptr_array_find (rows, row, &position))
    return (int)position;

  return -1;
}

/* After the rows were made again: the focus goes to the row of @finding,
 * or to the one now shown where it was when its finding is gone (applied
 * or ignored), and the pane stays scrolled where it was. */
static void
restore_focus (JdReviewPane *self,
               JdFinding    *finding,
               int           position,
               double        scrolled)
{
  g_autoptr(GPtrArray) rows = get_shown_rows (self);
  GtkWidget *row = NULL;

  for (guint i = 0; i < rows->len && row == NULL; i++)
    if (same_finding (jd_finding_row_get_finding (g_ptr_array_index (rows, i)), finding))
      row = g_ptr_array_index (rows, i);

  if (row == NULL && rows->len > 0)
    row = g_ptr_array_index (rows, MIN ((guint)position, rows->len - 1));

  if (row != NULL)
    gtk_widget_grab_focus (row);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scrolled);
}

static void
update_findings (JdReviewPane *self)
{
  GListModel *findings = jd_review_get_findings (self->review);
  guint n = g_list_model_get_n_items (findings);
  GtkListBox *lists[JD_REVIEW_N_CATEGORIES] = { NULL };
  GtkWidget *child;
  g_autofree char *heading = NULL;
  g_autoptr(JdFinding) focus_finding = NULL;
  int focus_position;
  double scrolled;

  if (reuse_rows (self, findings))
    return;

  focus_position = get_focus_row (self);
  if (focus_position >= 0)
    {
      g_autoptr(GPtrArray) shown = get_shown_rows (self);

      focus_finding = g_object_ref (jd_finding_row_get_finding (g_ptr_array_index (shown, focus_position)));
    }
  scrolled = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_box))) != NULL)
    gtk_box_remove (self->findings_box, child);
  g_ptr_array_set_size (self->rows, 0);

  if (n == 0)
    heading = g_strdup (_("No Findings"));
  else
    /* Translators: the heading above the findings of the review. */
    heading = g_strdup_printf (ngettext ("%u Finding", "%u Findings", n), n);
  gtk_label_set_label (self->findings_heading, heading);

  /* One list per category, in the order of the categories. */
  for (JdReviewCategory category = 0; category < JD_REVIEW_N_CATEGORIES; category++)
    {
      guint count = jd_review_count_category (self->review, category);
      g_autofree char *title = NULL;
      GtkWidget *label;
      GtkWidget *list;

      if (count == 0)
        continue;

      /* Translators: a category of findings and how many there are, such
       * as "Clichés and buzzwords (2)". */
      title = g_strdup_printf (_("%s (%u)"), jd_review_category_get_label (category), count);
      label = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->findings_box, label);

      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      jd_review_category_get_label (category), -1);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->findings_box, list);
      lists[category] = GTK_LIST_BOX (list);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);
      GtkListBox *list = lists[jd_finding_get_category (finding)];
      GtkWidget *row;

      if (list == NULL)
        continue;

      row = jd_finding_row_new (finding);
      g_signal_connect_object (row, "apply", G_CALLBACK (row_apply_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "ignore", G_CALLBACK (row_ignore_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_append (list, row);
      g_ptr_array_add (self->rows, row);
    }

  if (focus_finding != NULL)
    restore_focus (self, focus_finding, focus_position, scrolled);
  else
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scrolled);
}

/* Reviews the document now and shows the result. */
void
jd_review_pane_review_now (JdReviewPane *self)
{
  g_return_if_fail (JD_IS_REVIEW_PANE (self));

  g_clear_handle_id (&self->review_id, g_source_remove);

  g_clear_object (&self->review);
  self->review = jd_review_new (self->document, NULL);

  update_summary (self);
  update_findings (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

static gboolean
review_timeout_cb (gpointer user_data)
{
  JdReviewPane *self = user_data;

  self->review_id = 0;
  jd_review_pane_review_now (self);

  return G_SOURCE_REMOVE;
}

static void
queue_review (JdReviewPane *self,
              guint         delay_ms)
{
  g_clear_handle_id (&self->review_id, g_source_remove);
  self->review_id = g_timeout_add (delay_ms, review_timeout_cb, self);
}

static void
document_changed_cb (JdReviewPane *self)
{
  /* A hidden pane reviews when it is shown again. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    queue_review (self, REVIEW_DELAY_MS);
}

/* Replaces the text of @finding by @suggestion, as one step of undo. */
void
_jd_review_pane_apply (JdReviewPane *self,
                       JdFinding    *finding,
                       const char   *suggestion)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (JD_IS_REVIEW_PANE (self));
  g_return_if_fail (JD_IS_FINDING (finding));

  jd_history_begin_step (self->history);
  if (!jd_finding_apply_suggestion (finding, self->document, suggestion, &error))
    g_debug ("Suggestion not applied: %s", error->message);
  jd_history_end_step (self->history);

  /* Not in the button's own signal: the review replaces the rows. */
  queue_review (self, 0);
}

/* Ignores @finding in the document (saved with it), as one step of undo. */
void
_jd_review_pane_ignore (JdReviewPane *self,
                        JdFinding    *finding)
{
  g_return_if_fail (JD_IS_REVIEW_PANE (self));
  g_return_if_fail (JD_IS_FINDING (finding));

  jd_history_begin_step (self->history);
  jd_finding_ignore (finding, self->document);
  jd_history_end_step (self->history);

  queue_review (self, 0);
}

static void
jd_review_pane_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (jd_review_pane_parent_class)->map (widget);

  jd_review_pane_review_now (JD_REVIEW_PANE (widget));
}

static void
add_part (JdReviewPane *self,
          JdReviewPart  part)
{
  GtkWidget *label = gtk_label_new (jd_review_part_get_label (part));
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 60, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_label_set_width_chars (GTK_LABEL (value), 3);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "dim-label");

  gtk_grid_attach (self->parts_grid, label, 0, part, 1, 1);
  gtk_grid_attach (self->parts_grid, bar, 1, part, 1, 1);
  gtk_grid_attach (self->parts_grid, value, 2, part, 1, 1);
  self->part_bars[part] = bar;
  self->part_values[part] = value;
}

static void
jd_review_pane_constructed (GObject *object)
{
  JdReviewPane *self = (JdReviewPane *)object;

  G_OBJECT_CLASS (jd_review_pane_parent_class)->constructed (object);

  self->document_signals = g_signal_group_new (JD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (document_changed_cb), self);
  g_signal_group_set_target (self->document_signals, self->document);
}

static void
jd_review_pane_dispose (GObject *object)
{
  JdReviewPane *self = (JdReviewPane *)object;

  g_clear_handle_id (&self->review_id, g_source_remove);
  g_clear_object (&self->document_signals);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_REVIEW_PANE);
  _jd_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->review);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (jd_review_pane_parent_class)->dispose (object);
}

static void
jd_review_pane_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  JdReviewPane *self = JD_REVIEW_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_review_pane_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  JdReviewPane *self = JD_REVIEW_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_review_pane_class_init (JdReviewPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = jd_review_pane_constructed;
  object_class->dispose = jd_review_pane_dispose;
  object_class->get_property = jd_review_pane_get_property;
  object_class->set_property = jd_review_pane_set_property;
  widget_class->map = jd_review_pane_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         JD_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The latest review, or %NULL before the pane is first shown. */
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL,
                         JD_TYPE_REVIEW,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user picked a finding, to see its text in the editor. */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JD_TYPE_FINDING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-review-pane.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, score_label);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, score_caption);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, parts_grid);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, tone_label);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, tone_scale);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, words_label);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, readability_label);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, length_label);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, findings_heading);
  gtk_widget_class_bind_template_child (widget_class, JdReviewPane, findings_box);

  gtk_widget_class_set_css_name (widget_class, "jdreviewpane");
}

static void
jd_review_pane_init (JdReviewPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();

  /* The tone is a position between feminine and masculine, shown as
   * the mark of a scale the user cannot move; the ticks are the five
   * verdicts. */
  for (JdGenderTone tone = JD_GENDER_TONE_STRONGLY_FEMININE; tone <= JD_GENDER_TONE_STRONGLY_MASCULINE; tone++)
    gtk_scale_add_mark (GTK_SCALE (self->tone_scale), tone, GTK_POS_BOTTOM, NULL);

  for (JdReviewPart part = 0; part < JD_REVIEW_N_PARTS; part++)
    add_part (self, part);
}

GtkWidget *
jd_review_pane_new (JdDocument *document,
                    JdHistory  *history)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_HISTORY (history), NULL);

  return g_object_new (JD_TYPE_REVIEW_PANE,
                       "document", document,
                       "history", history,
                       NULL);
}

/* Returns: (transfer none) (nullable): the latest review */
JdReview *
jd_review_pane_get_review (JdReviewPane *self)
{
  g_return_val_if_fail (JD_IS_REVIEW_PANE (self), NULL);
  return self->review;
}

/* Returns: (transfer none) (element-type JdFindingRow): the rows of the
 * findings shown, in order */
GPtrArray *
_jd_review_pane_get_rows (JdReviewPane *self)
{
  g_return_val_if_fail (JD_IS_REVIEW_PANE (self), NULL);
  return self->rows;
}

const char *
_jd_review_pane_get_score_text (JdReviewPane *self)
{
  g_return_val_if_fail (JD_IS_REVIEW_PANE (self), NULL);
  return gtk_label_get_label (self->score_label);
}
