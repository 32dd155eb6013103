/* jd-page-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-page-layout"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "jd-export-fonts-private.h"
#include "jd-layout-text-private.h"
#include "jd-page-layout-private.h"

/* The pages of a job description: the PDF export draws them, and so do the
 * editor's preview and GtkPrintOperation, so all three agree line for
 * line. Units are points (1/72 inch) with the origin at the top left of
 * the page; a caller that draws at another scale transforms its cairo_t.
 *
 * Paginating lays out every block with Pango at 72 dpi without hinting,
 * so line breaks do not depend on the screen or zoom, then places lines
 * on pages: a paragraph may break between lines (never leaving one line
 * alone at either end of it), and a heading always has at least the start
 * of what follows on its page. Drawing a page shows those lines and, on a
 * PDF surface, tags them (H1, H2, P, L, LI) for screen readers. */

typedef enum
{
  ITEM_TITLE,
  ITEM_META,
  ITEM_HEADING,
  ITEM_PARAGRAPH,
  ITEM_BULLET,
  ITEM_APPLY,
  ITEM_DETAILS,
} ItemKind;

typedef struct
{
  ItemKind     kind;
  PangoLayout *layout;
  double       indent;
  double       space_before;
  char        *link;
  /* Per line: top and baseline in the layout, and the layout's height
   * after the last line. */
  int          n_lines;
  double      *tops;
  double      *baselines;
} Item;

/* Lines first_line .. first_line + n_lines - 1 of an item, on a page. */
typedef struct
{
  guint  item;
  int    first_line;
  int    n_lines;
  guint  page;
  double y;
} Placement;

struct _JdPageLayout
{
  GObject       parent_instance;

  /* Without a document, the layout of a view made once (the PDF's). */
  JdDocument   *document;
  JdTerms      *terms;
  JdExportView *view;
  double        width;
  double        height;
  double        margins[4];   /* top, right, bottom, left */

  PangoContext *context;
  GPtrArray    *items;
  GArray       *placements;
  GArray       *anchors;
  GPtrArray    *anchor_texts;
  PangoLayout  *bullet;
  guint         n_pages;
};

G_DEFINE_FINAL_TYPE (JdPageLayout, jd_page_layout, G_TYPE_OBJECT)

enum { TOP, RIGHT, BOTTOM, LEFT };

/* Three fonts in all (title, headings, the rest): each one more costs
 * Fontconfig and Pango a millisecond to find and measure. */
#define BODY_SIZE 10.0
#define BULLET_INDENT 14.0

static void
item_free (Item *item)
{
  g_clear_object (&item->layout);
  g_free (item->link);
  g_free (item->tops);
  g_free (item->baselines);
  g_free (item);
}

static void
jd_page_layout_finalize (GObject *object)
{
  JdPageLayout *self = (JdPageLayout *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->terms);
  g_clear_pointer (&self->view, _jd_export_view_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->bullet);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);
  g_clear_pointer (&self->anchors, g_array_unref);
  g_clear_pointer (&self->anchor_texts, g_ptr_array_unref);

  G_OBJECT_CLASS (jd_page_layout_parent_class)->finalize (object);
}

static void
jd_page_layout_class_init (JdPageLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jd_page_layout_finalize;
}

static void
jd_page_layout_init (JdPageLayout *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->margins); i++)
    self->margins[i] = JD_PAGE_LAYOUT_DEFAULT_MARGIN;

  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify)item_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  self->anchors = g_array_new (FALSE, FALSE, sizeof (JdPageAnchor));
  self->anchor_texts = g_ptr_array_new_with_free_func (g_free);
}

/**
 * jd_page_layout_new:
 * @width: the width of a page, in points
 * @height: the height of a page, in points
 *
 * Makes the page layout of @document; call jd_page_layout_paginate()
 * before asking for pages, and again after the document changed.
 *
 * Returns: (transfer full): a new page layout
 */
JdPageLayout *
jd_page_layout_new (JdDocument *document,
                    JdTerms    *terms,
                    double      width,
                    double      height)
{
  JdPageLayout *self;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_TERMS (terms), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_object_new (JD_TYPE_PAGE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->terms = g_object_ref (terms);
  self->width = width;
  self->height = height;

  return self;
}

/* The layout of @view as it is, for an export that made it. */
JdPageLayout *
_jd_page_layout_new_for_view (JdExportView *view,
                              double        width,
                              double        height)
{
  JdPageLayout *self;

  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = g_object_new (JD_TYPE_PAGE_LAYOUT, NULL);
  self->view = _jd_export_view_ref (view);
  self->terms = g_object_ref (view->terms);
  self->width = width;
  self->height = height;

  return self;
}

/* In points; takes effect at the next jd_page_layout_paginate(). */
void
jd_page_layout_set_margins (JdPageLayout *self,
                            double        top,
                            double        right,
                            double        bottom,
                            double        left)
{
  g_return_if_fail (JD_IS_PAGE_LAYOUT (self));
  g_return_if_fail (top >= 0 && right >= 0 && bottom >= 0 && left >= 0);
  g_return_if_fail (left + right < self->width && top + bottom < self->height);

  self->margins[TOP] = top;
  self->margins[RIGHT] = right;
  self->margins[BOTTOM] = bottom;
  self->margins[LEFT] = left;
}

double
jd_page_layout_get_width (JdPageLayout *self)
{
  g_return_val_if_fail (JD_IS_PAGE_LAYOUT (self), 0);
  return self->width;
}

double
jd_page_layout_get_height (JdPageLayout *self)
{
  g_return_val_if_fail (JD_IS_PAGE_LAYOUT (self), 0);
  return self->height;
}

/* Returns: the number of pages of the last pagination, 0 before one. */
guint
jd_page_layout_get_n_pages (JdPageLayout *self)
{
  g_return_val_if_fail (JD_IS_PAGE_LAYOUT (self), 0);
  return self->n_pages;
}

/* Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of
 * every plane) are valid UTF-8 and may stand in a .jobdesc, but cairo
 * refuses them in the text of a PDF and fails the whole file. They mean
 * nothing in a job description: the PDF shows U+FFFD in their place.
 *
 * Returns: (transfer full): @text fit for cairo's PDF surface */
char *
_jd_page_layout_clean_text (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

static PangoLayout *
new_layout (JdPageLayout *self,
            const char   *text,
            double        size,
            PangoWeight   weight,
            double        width)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (JD_EXPORT_FONT_FAMILIES);
  g_autofree char *clean = _jd_page_layout_clean_text (text);
  PangoLayout *layout = pango_layout_new (self->context);

  pango_font_description_set_size (font, pango_units_from_double (size));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, pango_units_from_double (size * 0.3));
  pango_layout_set_text (layout, clean, -1);

  return layout;
}

static void
measure_lines (Item *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  int i = 0;

  item->n_lines = pango_layout_get_line_count (item->layout);
  item->tops = g_new0 (double, item->n_lines + 1);
  item->baselines = g_new0 (double, item->n_lines);

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      item->tops[i] = pango_units_to_double (logical.y);
      item->baselines[i] = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      item->tops[i + 1] = pango_units_to_double (logical.y + logical.height);
      i++;
    }
  while (i < item->n_lines && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static Item *
add_item (JdPageLayout *self,
          ItemKind      kind,
          const char   *text,
          double        space_before)
{
  double content_width = self->width - self->margins[LEFT] - self->margins[RIGHT];
  Item *item = g_new0 (Item, 1);
  g_autofree char *flat = NULL;

  /* Pango keeps the line breaks a block has; the text is bounded so that
   * laying it out takes linear time (jd-layout-text.c). */
  flat = _jd_layout_text_bound (text);
  g_strstrip (flat);

  item->kind = kind;
  item->space_before = space_before;

  switch (kind)
    {
    case ITEM_TITLE:
      item->layout = new_layout (self, flat, 20, PANGO_WEIGHT_BOLD, content_width);
      pango_layout_set_spacing (item->layout, pango_units_from_double (2));
      break;
    case ITEM_HEADING:
      item->layout = new_layout (self, flat, 13, PANGO_WEIGHT_BOLD, content_width);
      break;
    case ITEM_BULLET:
      item->indent = BULLET_INDENT;
      item->layout = new_layout (self, flat, BODY_SIZE, PANGO_WEIGHT_NORMAL, content_width - BULLET_INDENT);
      break;
    case ITEM_META:
    case ITEM_DETAILS:
    case ITEM_PARAGRAPH:
    case ITEM_APPLY:
    default:
      item->layout = new_layout (self, flat, BODY_SIZE, PANGO_WEIGHT_NORMAL, content_width);
      break;
    }

  measure_lines (item);
  g_ptr_array_add (self->items, item);

  return item;
}

/* The view as a flat list of items, in the order they are drawn. */
static void
build_items (JdPageLayout *self)
{
  JdExportView *view = self->view;

  add_item (self, ITEM_TITLE, view->heading, 0);

  /* The line under the title has no links on paper. */
  if (view->meta->len > 0)
    {
      g_autofree char *line = _jd_export_view_join_facts (view, view->meta, FALSE);

      add_item (self, ITEM_META, line, 6);
    }

  for (guint i = 0; i < view->sections->len; i++)
    {
      JdExportSection *section = g_ptr_array_index (view->sections, i);
      ItemKind previous = ITEM_HEADING;

      add_item (self, ITEM_HEADING, section->heading, 18);

      for (guint j = 0; j < section->blocks->len; j++)
        {
          JdBlock *block = g_ptr_array_index (section->blocks, j);
          ItemKind kind = jd_block_get_kind (block) == JD_BLOCK_ITEM ? ITEM_BULLET : ITEM_PARAGRAPH;
          double space;

          if (previous == ITEM_HEADING)
            space = 6;
          else if (kind == ITEM_BULLET && previous == ITEM_BULLET)
            space = 3;
          else
            space = 8;

          add_item (self, kind, jd_block_get_text (block), space);
          previous = kind;
        }
    }

  if (view->apply_href != NULL)
    {
      g_autofree char *line = _jd_export_view_label_value (view, _jd_export_view_get_term (view, "label-apply"),
                                                           view->apply_text);
      Item *item = add_item (self, ITEM_APPLY, line, 18);

      item->link = g_strdup (view->apply_href);
    }

  if (view->details->len > 0)
    {
      g_autofree char *line = _jd_export_view_join_facts (view, view->details, TRUE);

      add_item (self, ITEM_DETAILS, line, 10);
    }
}

static double
lines_height (Item *item,
              int   first,
              int   n)
{
  return item->tops[first + n] - item->tops[first];
}

static void
place (JdPageLayout *self,
       guint         item,
       int           first_line,
       int           n_lines,
       guint         page,
       double        y)
{
  Placement placement = { item, first_line, n_lines, page, y };

  g_array_append_val (self->placements, placement);
}

/* How far down the first lines of the items from @index on reach: what
 * must fit under a heading for it to stay on its page. */
static double
keep_height (JdPageLayout *self,
             guint         index)
{
  Item *item;

  if (index >= self->items->len)
    return 0;

  item = g_ptr_array_index (self->items, index);
  if (item->kind == ITEM_HEADING || item->kind == ITEM_TITLE)
    return item->space_before + lines_height (item, 0, item->n_lines) + keep_height (self, index + 1);

  return item->space_before + lines_height (item, 0, MIN (item->n_lines, 2));
}

static void
paginate_items (JdPageLayout *self)
{
  double top = self->margins[TOP];
  double bottom = self->height - self->margins[BOTTOM];
  double y = top;
  guint page = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      int line = 0;

      if (y > top)
        y += item->space_before;

      /* A heading (or the title) goes to the next page unless the start
       * of what follows fits under it. */
      if ((item->kind == ITEM_HEADING || item->kind == ITEM_TITLE) && y > top &&
          y + lines_height (item, 0, item->n_lines) + keep_height (self, i + 1) > bottom)
        {
          page++;
          y = top;
        }

      while (line < item->n_lines)
        {
          int remaining = item->n_lines - line;
          int fit = 0;

          while (fit < remaining && y + lines_height (item, line, fit + 1) <= bottom)
            fit++;

          if (fit < remaining && item->kind != ITEM_HEADING && item->kind != ITEM_TITLE)
            {
              /* No orphan: one line of a paragraph alone at the bottom
               * goes with the rest; no widow: one line alone at the top
               * of the next page takes one more with it. */
              if (fit == 1 && line == 0 && remaining > 1)
                fit = 0;
              else if (remaining - fit == 1 && fit > 2)
                fit--;
            }
          else if (fit < remaining)
            fit = 0;

          if (fit == 0 && y == top)
            fit = MAX (1, fit);   /* taller than a page: place it anyway */

          if (fit == 0)
            {
              page++;
              y = top;
              continue;
            }

          place (self, i, line, fit, page, y);
          y += lines_height (item, line, fit);
          line += fit;

          if (line < item->n_lines)
            {
              page++;
              y = top;
            }
        }
    }

  self->n_pages = page + 1;
}

static void
collect_anchors (JdPageLayout *self)
{
  g_array_set_size (self->anchors, 0);
  g_ptr_array_set_size (self->anchor_texts, 0);

  for (guint i = 0; i < self->placements->len; i++)
    {
      Placement *placement = &g_array_index (self->placements, Placement, i);
      Item *item = g_ptr_array_index (self->items, placement->item);
      JdPageAnchor anchor;
      char *text;

      if (item->kind != ITEM_HEADING || placement->first_line != 0)
        continue;

      text = g_strdup (pango_layout_get_text (item->layout));
      g_ptr_array_add (self->anchor_texts, text);
      anchor.text = text;
      anchor.page = placement->page;
      anchor.y = placement->y;
      g_array_append_val (self->anchors, anchor);
    }
}

/**
 * jd_page_layout_paginate:
 * @context: (nullable): a Pango context whose font map to use, such as a
 *   widget's or gtk_print_context_create_pango_context()'s; %NULL for the
 *   default one of PangoCairo
 *
 * Lays the document out as it is now, in its own language. Only the font
 * map of @context is used: the layout is always made at 72 dpi without
 * hinting, so the pages are the same on screen, on paper and in the PDF.
 *
 * Returns: the number of pages, at least 1
 */
static PangoLayout *
new_footer_layout (JdPageLayout *self,
                   guint         page)
{
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  g_autofree char *total = g_strdup_printf ("%u", self->n_pages);
  g_autofree char *text = jd_terms_format (self->terms, "page-n-of-m", self->view->lang,
                                           number, total, NULL);
  PangoLayout *layout = new_layout (self, text, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                    self->width - self->margins[LEFT] - self->margins[RIGHT]);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

static void
lay_out (JdPageLayout *self,
         PangoFontMap *font_map)
{
  cairo_font_options_t *options;

  g_clear_object (&self->context);
  g_clear_object (&self->bullet);
  g_ptr_array_set_size (self->items, 0);
  g_array_set_size (self->placements, 0);

  self->context = pango_font_map_create_context (font_map);
  pango_context_set_language (self->context, pango_language_from_string (self->view->lang));
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  self->bullet = new_layout (self, "•", BODY_SIZE, PANGO_WEIGHT_NORMAL, BULLET_INDENT);

  build_items (self);
  paginate_items (self);
  collect_anchors (self);
}

/* Whether the text of every page, footers too, is set in the export's
 * font (jd-export-fonts.c). */
static gboolean
in_export_font (JdPageLayout *self)
{
  g_autoptr(PangoLayout) footer = new_footer_layout (self, self->n_pages - 1);

  if (!_jd_export_fonts_cover (self->bullet) || !_jd_export_fonts_cover (footer))
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    if (!_jd_export_fonts_cover (((Item *)g_ptr_array_index (self->items, i))->layout))
      return FALSE;

  return TRUE;
}

/**
 * jd_page_layout_paginate:
 * @context: (nullable): a Pango context whose font map to use, such as a
 *   widget's or gtk_print_context_create_pango_context()'s; %NULL for the
 *   one of the exports (jd-export-fonts.c)
 *
 * Lays the document out as it is now, in its own language. Only the font
 * map of @context is used: the layout is always made at 72 dpi without
 * hinting, so the pages are the same on screen, on paper and in the PDF.
 *
 * Returns: the number of pages, at least 1
 */
guint
jd_page_layout_paginate (JdPageLayout *self,
                         PangoContext *context)
{
  PangoFontMap *font_map;

  g_return_val_if_fail (JD_IS_PAGE_LAYOUT (self), 0);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), 0);

  /* The preview shows the document as it is now, leaving out a link that
   * an export would refuse. */
  if (self->document != NULL)
    {
      g_clear_pointer (&self->view, _jd_export_view_unref);
      self->view = _jd_export_view_new (self->document, self->terms, JD_EXPORT_VIEW_DROP_UNSAFE_LINKS, NULL);
    }

  font_map = context != NULL ? pango_context_get_font_map (context) : _jd_export_fonts_get_font_map (FALSE);
  lay_out (self, font_map);
  if (_jd_export_fonts_in_use (font_map) && !in_export_font (self))
    {
      g_debug ("The text has characters %s lacks: laid out again with the system's fonts", JD_EXPORT_FONT);
      lay_out (self, _jd_export_fonts_get_font_map (TRUE));
    }

  return self->n_pages;
}

/* Returns: (element-type JdPageAnchor) (transfer none): the section
 * headings with their pages (counted from 0) and positions. */
GArray *
_jd_page_layout_get_anchors (JdPageLayout *self)
{
  return self->anchors;
}

static const char *
structure_tag (ItemKind kind)
{
  switch (kind)
    {
    case ITEM_TITLE:
      return "H1";
    case ITEM_HEADING:
      return "H2";
    case ITEM_BULLET:
      return "LBody";
    case ITEM_META:
    case ITEM_PARAGRAPH:
    case ITEM_APPLY:
    case ITEM_DETAILS:
    default:
      return "P";
    }
}

static void
set_color (cairo_t  *cr,
           ItemKind  kind)
{
  switch (kind)
    {
    case ITEM_HEADING:
      cairo_set_source_rgb (cr, 0.10, 0.37, 0.71);
      break;
    case ITEM_META:
    case ITEM_DETAILS:
      cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
      break;
    case ITEM_TITLE:
    case ITEM_PARAGRAPH:
    case ITEM_BULLET:
    case ITEM_APPLY:
    default:
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
      break;
    }
}

/* Cairo's attribute strings quote with ' and escape with \. */
static char *
quote_attribute (const char *value)
{
  GString *out = g_string_new ("'");

  for (const char *p = value; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');

  return g_string_free (out, FALSE);
}

static void
draw_placement (JdPageLayout *self,
                cairo_t      *cr,
                Placement    *placement)
{
  Item *item = g_ptr_array_index (self->items, placement->item);
  double x = self->margins[LEFT] + item->indent;
  double first_top = item->tops[placement->first_line];
  g_autofree char *link = NULL;

  set_color (cr, item->kind);

  if (item->kind == ITEM_BULLET)
    {
      cairo_tag_begin (cr, "LI", NULL);
      if (placement->first_line == 0)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (self->bullet, 0);

          cairo_tag_begin (cr, "Lbl", NULL);
          cairo_move_to (cr, self->margins[LEFT], placement->y + item->baselines[0] - item->tops[0]);
          pango_cairo_show_layout_line (cr, line);
          cairo_tag_end (cr, "Lbl");
        }
    }

  cairo_tag_begin (cr, structure_tag (item->kind), NULL);
  if (item->link != NULL)
    {
      g_autofree char *quoted = quote_attribute (item->link);

      link = g_strdup_printf ("uri=%s", quoted);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
    }

  for (int i = placement->first_line; i < placement->first_line + placement->n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (item->layout, i);

      cairo_move_to (cr, x, placement->y + item->baselines[i] - first_top);
      pango_cairo_show_layout_line (cr, line);
    }

  if (link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
  cairo_tag_end (cr, structure_tag (item->kind));

  if (item->kind == ITEM_BULLET)
    cairo_tag_end (cr, "LI");
}

static void
draw_footer (JdPageLayout *self,
             cairo_t      *cr,
             guint         page)
{
  g_autoptr(PangoLayout) layout = new_footer_layout (self, page);
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  PangoRectangle logical;

  pango_layout_line_get_extents (line, NULL, &logical);

  /* Halfway down the bottom margin, centered; not part of the structure,
   * as screen readers should skip it. */
  cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  cairo_move_to (cr, (self->width - pango_units_to_double (logical.width)) / 2,
                 self->height - self->margins[BOTTOM] / 2);
  pango_cairo_show_layout_line (cr, line);
}

/**
 * jd_page_layout_draw_page:
 * @cr: where to draw, in points from the top left corner of the page
 * @page: the page, counted from 0
 *
 * Draws one page of the last pagination (paginating with the default
 * font map first if there was none). On a PDF surface the text is tagged
 * for screen readers and the apply link is clickable; elsewhere the tags
 * do nothing.
 */
void
jd_page_layout_draw_page (JdPageLayout *self,
                          cairo_t      *cr,
                          guint         page)
{
  gboolean in_list = FALSE;

  g_return_if_fail (JD_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  if (self->n_pages == 0)
    jd_page_layout_paginate (self, NULL);

  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);

  for (guint i = 0; i < self->placements->len; i++)
    {
      Placement *placement = &g_array_index (self->placements, Placement, i);
      Item *item = g_ptr_array_index (self->items, placement->item);

      if (placement->page != page)
        continue;

      /* A list that runs onto the next page is two lists, one per page,
       * as the structure of each page is closed when it is drawn. */
      if (item->kind == ITEM_BULLET && !in_list)
        cairo_tag_begin (cr, "L", NULL);
      else if (item->kind != ITEM_BULLET && in_list)
        cairo_tag_end (cr, "L");
      in_list = item->kind == ITEM_BULLET;

      draw_placement (self, cr, placement);
    }

  if (in_list)
    cairo_tag_end (cr, "L");

  draw_footer (self, cr, page);

  cairo_restore (cr);
}
