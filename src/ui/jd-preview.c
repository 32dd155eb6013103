/* jd-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "jd-page-layout-private.h"
#include "jd-preview-private.h"
#include "jd-ui-private.h"
#include "jd-worker-private.h"

/* The pages as the PDF and the printer will have them: JdPageLayout is the
 * same code. Typing re-lays the pages out only once it pauses, and in a
 * thread, on a copy of the document with a font map of its own, so the
 * editor never waits for the preview: the pages shown stay until the new
 * ones are ready. An edit cancels a layout under way (its pages are never
 * shown); one layout runs at a time, the next starting when it ends.
 *
 * The pages fit the width of the pane; Ctrl+scroll, Ctrl+plus and
 * Ctrl+minus zoom from there, Ctrl+0 fits again. A bar below gives the
 * page shown, the pages before and after and the zoom, and the window
 * scrolls the preview to the section being edited. */

#define GAP 16.0
#define UPDATE_DELAY_MS 300
#define MIN_ZOOM 0.5
#define MAX_ZOOM 4.0
#define ZOOM_STEP 1.25
/* Pixels per point of a page at its actual size (96 dpi). */
#define ACTUAL_SIZE (96.0 / 72.0)

struct _JdPreview
{
  GtkWidget      parent_instance;

  JdDocument    *document;
  JdLibrary     *library;
  GSignalGroup  *document_signals;
  JdPageLayout  *layout;
  JdPaperSize    paper;
  guint          update_id;
  GCancellable  *running;
  gboolean       dirty;

  double         zoom;         /* 1: the width of the pane */
  int            shown_section;

  GtkWidget     *scroller;
  GtkWidget     *area;
  GtkWidget     *page_label;
  GtkWidget     *zoom_label;
};

G_DEFINE_FINAL_TYPE (JdPreview, jd_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LIBRARY,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Pixels per point: the pages as wide as the pane, times the zoom. */
static double
get_scale (JdPreview *self)
{
  int width = gtk_widget_get_width (self->scroller);
  double page_width;

  if (self->layout == NULL || width <= 0)
    return 0.1;

  page_width = jd_page_layout_get_width (self->layout);
  return MAX (0.1, (width - 2 * GAP) / page_width) * self->zoom;
}

/* The top of page @page in the scrolled area, in pixels. */
static double
page_top (JdPreview *self,
          guint      page,
          double     scale)
{
  return GAP + page * (jd_page_layout_get_height (self->layout) * scale + GAP);
}

/* Returns: the page most of the view shows, counted from 0 */
static guint
get_current_page (JdPreview *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double scale = get_scale (self);
  double stride;
  double middle;
  guint n_pages;

  if (self->layout == NULL || (n_pages = jd_page_layout_get_n_pages (self->layout)) == 0)
    return 0;

  stride = jd_page_layout_get_height (self->layout) * scale + GAP;
  middle = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 3;
  return MIN ((guint)MAX (0, (middle - GAP / 2) / stride), n_pages - 1);
}

static void
update_labels (JdPreview *self)
{
  guint n_pages = _jd_preview_get_n_pages (self);
  guint current = get_current_page (self);
  g_autofree char *page = NULL;
  g_autofree char *zoom = NULL;

  if (n_pages > 0)
    /* Translators: the page the preview shows and how many there are. */
    page = g_strdup_printf (_("Page %u of %u"), current + 1, n_pages);
  gtk_label_set_label (GTK_LABEL (self->page_label), page != NULL ? page : "");

  /* Translators: the zoom of the preview, as a share of the actual size
   * of the page. */
  zoom = g_strdup_printf (_("%.0f%%"), 100 * get_scale (self) / ACTUAL_SIZE);
  gtk_label_set_label (GTK_LABEL (self->zoom_label), self->layout != NULL ? zoom : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", current + 1 < n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in", self->zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out", self->zoom > MIN_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-fit", self->zoom != 1.0);
}

static void
update_size (JdPreview *self)
{
  guint n_pages;
  double scale;

  if (self->layout == NULL || gtk_widget_get_width (self->scroller) <= 0)
    return;

  n_pages = jd_page_layout_get_n_pages (self->layout);
  scale = get_scale (self);
  /* Zoomed in, the pages are wider than the pane, which scrolls. */
  gtk_widget_set_size_request (self->area,
                               self->zoom > 1.0 ? (int)(jd_page_layout_get_width (self->layout) * scale + 2 * GAP) : -1,
                               (int)(n_pages * (jd_page_layout_get_height (self->layout) * scale + GAP) + GAP));
  update_labels (self);
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  JdPreview *self = user_data;
  double scale;
  double page_width;
  double page_height;
  guint n_pages;

  if (self->layout == NULL)
    return;

  scale = get_scale (self);
  page_width = jd_page_layout_get_width (self->layout);
  page_height = jd_page_layout_get_height (self->layout);
  n_pages = jd_page_layout_get_n_pages (self->layout);

  for (guint i = 0; i < n_pages; i++)
    {
      double y = page_top (self, i, scale);

      cairo_save (cr);
      /* Narrower than the pane when zoomed out: in its middle. */
      cairo_translate (cr, MAX (GAP, (width - page_width * scale) / 2), y);

      /* A sheet of paper with a faint shadow, whatever the style. */
      cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
      cairo_rectangle (cr, 1, 2, page_width * scale, page_height * scale);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, 0, 0, page_width * scale, page_height * scale);
      cairo_fill (cr);

      cairo_scale (cr, scale, scale);
      jd_page_layout_draw_page (self->layout, cr, i);
      cairo_restore (cr);
    }
}

typedef struct
{
  JdDocument  *document;
  JdTerms     *terms;
  JdPaperSize  paper;
} LayoutJob;

static void
layout_job_free (LayoutJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->terms);
  g_free (job);
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LayoutJob *job = task_data;
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (font_map);
  JdPageLayout *layout;
  double width;
  double height;

  jd_paper_size_get_points (job->paper, &width, &height);
  layout = jd_page_layout_new (job->document, job->terms, width, height);
  jd_page_layout_paginate (layout, context);
  g_object_unref (context);

  g_task_return_pointer (task, layout, g_object_unref);
}

static void start_layout (JdPreview *self);

static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  JdPreview *self = JD_PREVIEW (object);
  g_autoptr(JdPageLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  guint old_pages;

  g_clear_object (&self->running);
  layout = g_task_propagate_pointer (G_TASK (result), &error);

  if (self->dirty && self->document != NULL)
    {
      start_layout (self);
      return;
    }

  if (layout == NULL)
    return;

  old_pages = _jd_preview_get_n_pages (self);
  g_set_object (&self->layout, layout);

  update_size (self);
  gtk_widget_queue_draw (self->area);
  if (self->shown_section >= 0)
    jd_preview_show_section (self, (guint)self->shown_section);

  if (old_pages != _jd_preview_get_n_pages (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

static void
start_layout (JdPreview *self)
{
  g_autoptr(GTask) task = NULL;
  LayoutJob *job;

  self->dirty = FALSE;
  self->running = g_cancellable_new ();

  job = g_new0 (LayoutJob, 1);
  job->document = jd_document_copy (self->document);
  job->terms = g_object_ref (jd_library_get_terms (self->library));
  job->paper = self->paper;

  task = g_task_new (self, self->running, layout_done_cb, NULL);
  g_task_set_source_tag (task, start_layout);
  g_task_set_task_data (task, job, (GDestroyNotify)layout_job_free);
  _jd_task_run_in_worker (task, layout_thread);
}

/* Lays the pages out again, starting now. */
static void
update_now (JdPreview *self)
{
  g_clear_handle_id (&self->update_id, g_source_remove);

  if (self->document == NULL)
    return;

  if (self->running != NULL)
    {
      g_cancellable_cancel (self->running);
      self->dirty = TRUE;
      return;
    }

  start_layout (self);
}

static gboolean
update_cb (gpointer user_data)
{
  JdPreview *self = user_data;

  self->update_id = 0;
  update_now (self);

  return G_SOURCE_REMOVE;
}

static void
document_changed_cb (JdPreview *self)
{
  /* Only while it shows: a hidden preview costs nothing. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  self->update_id = g_timeout_add (UPDATE_DELAY_MS, update_cb, self);
}

static void
resize_cb (JdPreview *self)
{
  update_size (self);
}

static void
scroll_to (JdPreview *self,
           double     y)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

  /* Pages laid out or zoomed a moment ago may not have their room in the
   * view yet: make it, the next allocation sets it right. */
  gtk_adjustment_set_upper (adjustment, MAX (gtk_adjustment_get_upper (adjustment),
                                             y + gtk_adjustment_get_page_size (adjustment)));
  gtk_adjustment_set_value (adjustment, MAX (0, y));
  update_labels (self);
}

static void
go_to_page (JdPreview *self,
            int        page)
{
  guint n_pages = _jd_preview_get_n_pages (self);

  if (n_pages == 0)
    return;

  page = CLAMP (page, 0, (int)n_pages - 1);
  scroll_to (self, page_top (self, (guint)page, get_scale (self)) - GAP / 2);
}

static void
set_zoom (JdPreview *self,
          double     zoom)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double old_scale = get_scale (self);
  double value = gtk_adjustment_get_value (adjustment);

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  /* Steps around the width of the pane stop there. */
  if (fabs (zoom - 1.0) < 0.01)
    zoom = 1.0;
  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  zoom > 1.0 ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  update_size (self);
  gtk_widget_queue_draw (self->area);

  /* The same place of the pages stays at the top of the view. */
  if (old_scale > 0)
    scroll_to (self, value * get_scale (self) / old_scale);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  JdPreview *self = JD_PREVIEW (widget);

  set_zoom (self, self->zoom * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  JdPreview *self = JD_PREVIEW (widget);

  set_zoom (self, self->zoom / ZOOM_STEP);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  set_zoom (JD_PREVIEW (widget), 1.0);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  JdPreview *self = JD_PREVIEW (widget);

  go_to_page (self, (int)get_current_page (self) + 1);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  JdPreview *self = JD_PREVIEW (widget);

  go_to_page (self, (int)get_current_page (self) - 1);
}

/* Ctrl+scroll zooms, as in a document viewer; plain scrolling scrolls. */
static gboolean
scroll_cb (JdPreview                *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  set_zoom (self, dy < 0 ? self->zoom * ZOOM_STEP : self->zoom / ZOOM_STEP);
  return TRUE;
}

/**
 * jd_preview_show_section:
 * @section: the position of a section of the document
 *
 * Scrolls the pages to the heading of @section, or of the next section
 * with text when it has none (the pages leave out empty sections); the
 * preview keeps to it when it lays the pages out again.
 */
void
jd_preview_show_section (JdPreview *self,
                         guint      section)
{
  GArray *anchors;
  guint n_sections;
  guint anchor = 0;

  g_return_if_fail (JD_IS_PREVIEW (self));

  self->shown_section = (int)section;
  if (self->layout == NULL)
    return;

  n_sections = jd_document_get_n_sections (self->document);
  for (guint i = 0; i < section && i < n_sections; i++)
    if (jd_section_has_text (jd_document_get_section (self->document, i)))
      anchor++;

  anchors = _jd_page_layout_get_anchors (self->layout);
  if (anchors == NULL || anchors->len == 0)
    return;
  if (anchor >= anchors->len)
    anchor = anchors->len - 1;

  {
    const JdPageAnchor *place = &g_array_index (anchors, JdPageAnchor, anchor);
    double scale = get_scale (self);

    scroll_to (self, page_top (self, place->page, scale) + place->y * scale - 2 * GAP);
  }
}

/* Returns: the page the view shows most of, counted from 1, or 0 */
guint
_jd_preview_get_current_page (JdPreview *self)
{
  g_return_val_if_fail (JD_IS_PREVIEW (self), 0);

  return _jd_preview_get_n_pages (self) > 0 ? get_current_page (self) + 1 : 0;
}

double
_jd_preview_get_zoom (JdPreview *self)
{
  g_return_val_if_fail (JD_IS_PREVIEW (self), 1.0);

  return self->zoom;
}

static void
jd_preview_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (jd_preview_parent_class)->map (widget);

  update_now (JD_PREVIEW (widget));
}

static void
jd_preview_dispose (GObject *object)
{
  JdPreview *self = (JdPreview *)object;

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->running != NULL)
    g_cancellable_cancel (self->running);
  self->dirty = FALSE;
  g_clear_object (&self->document_signals);
  g_clear_object (&self->document);
  g_clear_object (&self->library);
  g_clear_object (&self->layout);
  _jd_widget_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (jd_preview_parent_class)->dispose (object);
}

static void
jd_preview_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JdPreview *self = JD_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, _jd_preview_get_n_pages (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_preview_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  JdPreview *self = JD_PREVIEW (object);

  switch (prop_id)
    {
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
jd_preview_constructed (GObject *object)
{
  JdPreview *self = (JdPreview *)object;

  G_OBJECT_CLASS (jd_preview_parent_class)->constructed (object);

  self->document_signals = g_signal_group_new (JD_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed", G_CALLBACK (document_changed_cb), self);
  g_signal_group_set_target (self->document_signals, self->document);
}

static void
jd_preview_class_init (JdPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = jd_preview_constructed;
  object_class->dispose = jd_preview_dispose;
  object_class->get_property = jd_preview_get_property;
  object_class->set_property = jd_preview_set_property;
  widget_class->map = jd_preview_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         JD_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jdpreview");
}

static GtkWidget *
bar_button (const char *icon_name,
            const char *action_name,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  _jd_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* Below the pages: the page shown with the pages before and after, and
 * the zoom. */
static GtkWidget *
make_bar (JdPreview *self)
{
  GtkWidget *bar = gtk_center_box_new ();
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (bar, "toolbar");

  gtk_box_append (GTK_BOX (pages), bar_button ("go-up-symbolic", "preview.previous-page", _("Previous Page")));
  self->page_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->page_label), 10);
  gtk_widget_add_css_class (self->page_label, "numeric");
  gtk_box_append (GTK_BOX (pages), self->page_label);
  gtk_box_append (GTK_BOX (pages), bar_button ("go-down-symbolic", "preview.next-page", _("Next Page")));
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (bar), pages);

  gtk_box_append (GTK_BOX (zoom), bar_button ("zoom-out-symbolic", "preview.zoom-out", _("Zoom Out (Ctrl+−)")));
  self->zoom_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (self->zoom_label), 5);
  gtk_widget_add_css_class (self->zoom_label, "numeric");
  gtk_box_append (GTK_BOX (zoom), self->zoom_label);
  gtk_box_append (GTK_BOX (zoom), bar_button ("zoom-in-symbolic", "preview.zoom-in", _("Zoom In (Ctrl+Plus)")));
  gtk_box_append (GTK_BOX (zoom), bar_button ("zoom-fit-best-symbolic", "preview.zoom-fit", _("Fit Width (Ctrl+0)")));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (bar), zoom);

  return bar;
}

static void
jd_preview_init (JdPreview *self)
{
  GtkEventController *scroll;
  GtkWidget *bar;

  self->paper = jd_paper_size_get_default ();
  self->zoom = 1.0;
  self->shown_section = -1;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                           "value-changed", G_CALLBACK (update_labels), self, G_CONNECT_SWAPPED);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (self->scroller, scroll);

  bar = make_bar (self);
  gtk_widget_insert_after (gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), GTK_WIDGET (self), self->scroller);
  gtk_widget_insert_before (bar, GTK_WIDGET (self), NULL);

  self->area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  g_signal_connect_swapped (self->area, "resize", G_CALLBACK (resize_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->area);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview of the printed pages"),
                                  -1);
}

GtkWidget *
jd_preview_new (JdDocument *document,
                JdLibrary  *library)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (library == NULL || JD_IS_LIBRARY (library), NULL);

  return g_object_new (JD_TYPE_PREVIEW,
                       "document", document,
                       "library", library,
                       NULL);
}

void
jd_preview_set_paper (JdPreview   *self,
                      JdPaperSize  paper)
{
  g_return_if_fail (JD_IS_PREVIEW (self));

  if (self->paper != paper)
    {
      self->paper = paper;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        update_now (self);
    }
}

guint
_jd_preview_get_n_pages (JdPreview *self)
{
  g_return_val_if_fail (JD_IS_PREVIEW (self), 0);
  return self->layout ? jd_page_layout_get_n_pages (self->layout) : 0;
}
