/* jd-editor-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-editor"

#include "config.h"

#include <adwaita.h>

#include "jd-block-row-private.h"
#include "jd-editor-private.h"
#include "jd-metadata-form.h"
#include "jd-section-card-private.h"
#include "jd-ui-private.h"

/* What the writing review shows in the editor: its findings underlined in
 * the text, and the text of a finding selected when the user picks it in
 * the review pane. */

/* The widgets of the metadata form by the names the review gives fields. */
static const struct {
  const char *field;
  const char *widget;
} form_fields[] = {
  { "title", "title_row" },
  { "company", "company_row" },
  { "company-url", "company_url_row" },
  { "department", "department_row" },
  { "reference", "reference_row" },
  { "locations", "place_group" },
  { "applicant-locations", "applicants_row" },
  { "salary", "currency_row" },
  { "apply", "apply_row" },
  { "date-posted", "date_posted_row" },
  { "valid-through", "valid_through_row" },
};

static JdBlockRow *
find_block_row (JdEditor *self,
                int       section,
                int       block)
{
  GtkWidget *card;
  GtkWidget *row;

  if (section < 0 || block < 0)
    return NULL;

  card = _jd_editor_get_section_card (self, (guint)section);
  if (card == NULL)
    return NULL;

  row = _jd_section_card_get_block_row (JD_SECTION_CARD (card), (guint)block);
  return row != NULL ? JD_BLOCK_ROW (row) : NULL;
}

static void
clear_section_highlights (GtkWidget *card)
{
  for (guint i = 0; i < _jd_section_card_get_n_rows (JD_SECTION_CARD (card)); i++)
    _jd_block_row_clear_highlights (JD_BLOCK_ROW (_jd_section_card_get_block_row (JD_SECTION_CARD (card), i)));
}

/* The text of the title field, where a finding about the title can be
 * underlined. */
static GtkText *
get_title_text (JdEditor *self)
{
  GtkWidget *form = self->form;
  GObject *row = form != NULL ? gtk_widget_get_template_child (form, JD_TYPE_METADATA_FORM, "title_row") : NULL;
  GtkEditable *delegate;

  if (row == NULL || !GTK_IS_EDITABLE (row))
    return NULL;

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  return GTK_IS_TEXT (delegate) ? GTK_TEXT (delegate) : NULL;
}

static PangoAttribute *
place_attribute (PangoAttribute *attribute,
                 guint           start,
                 guint           end)
{
  attribute->start_index = start;
  attribute->end_index = end;
  return attribute;
}

/* Underlines the findings about the title in its field, as in the blocks.
 * The field holds one line, so Pango attributes do it. */
static void
underline_title (JdEditor   *self,
                 GListModel *findings)
{
  GtkText *text = get_title_text (self);
  g_autoptr(PangoAttrList) attributes = NULL;
  const char *title;
  glong n_chars;
  guint n;

  if (text == NULL)
    return;

  title = gtk_editable_get_text (GTK_EDITABLE (text));
  n_chars = g_utf8_strlen (title, -1);
  n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  attributes = pango_attr_list_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);
      JdSeverity severity = jd_finding_get_severity (finding);
      int start = jd_finding_get_start (finding);
      int end = jd_finding_get_end (finding);
      guint from, to;
      GdkRGBA color;

      if (severity == JD_SEVERITY_INFO || g_strcmp0 (jd_finding_get_field (finding), "title") != 0 ||
          start < 0 || end <= start || end > n_chars)
        continue;

      from = (guint)(g_utf8_offset_to_pointer (title, start) - title);
      to = (guint)(g_utf8_offset_to_pointer (title, end) - title);
      _jd_lookup_review_color (GTK_WIDGET (text), severity == JD_SEVERITY_ERROR, &color);
      pango_attr_list_insert (attributes,
                              place_attribute (pango_attr_underline_new (severity == JD_SEVERITY_ERROR
                                                                          ? PANGO_UNDERLINE_ERROR
                                                                          : PANGO_UNDERLINE_SINGLE),
                                               from, to));
      pango_attr_list_insert (attributes,
                              place_attribute (pango_attr_underline_color_new ((guint16)(color.red * 65535),
                                                                               (guint16)(color.green * 65535),
                                                                               (guint16)(color.blue * 65535)),
                                               from, to));
    }

  /* The marks of placeholders and matches go over them. */
  g_clear_pointer (&self->title_underlines, pango_attr_list_unref);
  self->title_underlines = g_steal_pointer (&attributes);
  _jd_editor_update_marks (self);
}

/**
 * _jd_editor_get_title_underline:
 *
 * Returns: the underline of the title field at character @offset:
 * %PANGO_UNDERLINE_NONE where it has none.
 */
PangoUnderline
_jd_editor_get_title_underline (JdEditor *self,
                                int       offset)
{
  GtkText *text;
  PangoAttrList *attributes;
  g_autoptr(PangoAttrIterator) iter = NULL;
  const char *title;
  int index;

  g_return_val_if_fail (JD_IS_EDITOR (self), PANGO_UNDERLINE_NONE);

  if ((text = get_title_text (self)) == NULL ||
      (attributes = gtk_text_get_attributes (text)) == NULL)
    return PANGO_UNDERLINE_NONE;

  title = gtk_editable_get_text (GTK_EDITABLE (text));
  if (offset < 0 || offset >= g_utf8_strlen (title, -1))
    return PANGO_UNDERLINE_NONE;
  index = (int)(g_utf8_offset_to_pointer (title, offset) - title);

  iter = pango_attr_list_get_iterator (attributes);
  do
    {
      int start, end;
      PangoAttribute *underline;

      pango_attr_iterator_range (iter, &start, &end);
      if (index >= start && index < end &&
          (underline = pango_attr_iterator_get (iter, PANGO_ATTR_UNDERLINE)) != NULL)
        return (PangoUnderline)((PangoAttrInt *)underline)->value;
    }
  while (pango_attr_iterator_next (iter));

  return PANGO_UNDERLINE_NONE;
}

/**
 * _jd_editor_show_findings:
 * @findings: (nullable): a list of #JdFinding, or %NULL to show none
 *
 * Underlines the text of the findings in the blocks and in the title:
 * errors wavy, warnings straight; hints are not underlined. The caret
 * stays.
 */
void
_jd_editor_show_findings (JdEditor   *self,
                          GListModel *findings)
{
  GtkWidget *card;

  g_return_if_fail (JD_IS_EDITOR (self));
  g_return_if_fail (findings == NULL || G_IS_LIST_MODEL (findings));

  g_set_object (&self->findings, findings);

  /* The widgets still to come are marked once they are all there. */
  if (!_jd_editor_is_built (self))
    return;

  for (guint i = 0; (card = _jd_editor_get_section_card (self, i)) != NULL; i++)
    clear_section_highlights (card);

  underline_title (self, findings);
  _jd_editor_review_mark_rows (self, -1, 0, G_MAXUINT);
}

/* Underlines the findings shown in the rows of blocks @from to @to
 * (excluded) of section @section, of every section when it is -1, where
 * these rows are made: a long section's rows made later are underlined
 * as they come (JdSectionCard::rows-made). */
void
_jd_editor_review_mark_rows (JdEditor *self,
                             int       section,
                             guint     from,
                             guint     to)
{
  guint n = self->findings != NULL ? g_list_model_get_n_items (self->findings) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (self->findings, i);
      JdSeverity severity = jd_finding_get_severity (finding);
      int finding_section = jd_finding_get_section (finding);
      int block = jd_finding_get_block (finding);
      JdBlockRow *row;

      if (severity == JD_SEVERITY_INFO || block < 0 || (section >= 0 && finding_section != section) ||
          (guint)block < from || (guint)block >= to)
        continue;

      row = _jd_editor_get_made_row (self, finding_section, block);
      if (row != NULL)
        _jd_block_row_add_highlight (row, jd_finding_get_start (finding), jd_finding_get_end (finding),
                                     severity == JD_SEVERITY_ERROR);
    }
}

/* Returns: (transfer none) (nullable): the widget of the metadata form
 * that shows @field, named as the review and jd_document_find() name it */
GtkWidget *
_jd_editor_get_field_widget (JdEditor   *self,
                             const char *field)
{
  /* %NULL until the editor makes its form (build_step_cb()). */
  GtkWidget *form = self->form;

  if (form == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (form_fields); i++)
    if (g_strcmp0 (field, form_fields[i].field) == 0)
      return GTK_WIDGET (gtk_widget_get_template_child (form, JD_TYPE_METADATA_FORM,
                                                        form_fields[i].widget));

  return NULL;
}

static void
select_field (JdEditor   *self,
              const char *field,
              int         start,
              int         end)
{
  GtkWidget *widget = _jd_editor_get_field_widget (self, field);

  if (widget == NULL)
    return;

  /* A group focuses its first row. */
  gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  gtk_widget_grab_focus (widget);
  if (GTK_IS_EDITABLE (widget) && start >= 0 && end >= start)
    gtk_editable_select_region (GTK_EDITABLE (widget), start, end);
}

/**
 * _jd_editor_select_finding:
 *
 * Scrolls to what @finding is about and selects its text: a range of a
 * block, a metadata field, or the heading of a section.
 */
void
_jd_editor_select_finding (JdEditor  *self,
                           JdFinding *finding)
{
  int section;
  int block;

  g_return_if_fail (JD_IS_EDITOR (self));
  g_return_if_fail (JD_IS_FINDING (finding));

  _jd_editor_ensure_built (self);
  section = jd_finding_get_section (finding);
  block = jd_finding_get_block (finding);

  if (block >= 0)
    {
      JdBlockRow *row = find_block_row (self, section, block);

      if (row != NULL)
        {
          int start = jd_finding_get_start (finding);
          int end = jd_finding_get_end (finding);

          if (start < 0)
            jd_block_row_focus (row, 0);
          else
            _jd_block_row_select (row, start, end);
        }
    }
  else if (section >= 0)
    {
      GtkWidget *card = _jd_editor_get_section_card (self, (guint)section);

      if (card != NULL)
        jd_section_card_focus_heading (JD_SECTION_CARD (card));
    }
  else if (jd_finding_get_field (finding) != NULL)
    select_field (self, jd_finding_get_field (finding),
                  jd_finding_get_start (finding), jd_finding_get_end (finding));
}
