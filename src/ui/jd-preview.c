/* jd-preview.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-preview"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "jd-preview-private.h"
#include "jd-ui-private.h"

/* The pages as the PDF and the printer will have them: JdPageLayout is the
 * same code. Typing re-lays the pages out only once it pauses, and in a
 * thread, on a copy of the document with a font map of its own, so the
 * editor never waits for the preview: the pages shown stay until the new
 * ones are ready. An edit cancels a layout under way (its pages are never
 * shown); one layout runs at a time, the next starting when it ends. */

#define GAP 16.0
#define UPDATE_DELAY_MS 300

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

  GtkWidget     *scroller;
  GtkWidget     *area;
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

static double
page_scale (JdPreview *self,
            int        width)
{
  double page_width = jd_page_layout_get_width (self->layout);

  return MAX (0.1, (width - 2 * GAP) / page_width);
}

static void
update_size (JdPreview *self)
{
  int width = gtk_widget_get_width (self->area);
  guint n_pages;
  double scale;

  if (self->layout == NULL || width <= 0)
    return;

  n_pages = jd_page_layout_get_n_pages (self->layout);
  scale = page_scale (self, width);
  gtk_widget_set_size_request (self->area, -1,
                               (int)(n_pages * (jd_page_layout_get_height (self->layout) * scale + GAP) + GAP));
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

  scale = page_scale (self, width);
  page_width = jd_page_layout_get_width (self->layout);
  page_height = jd_page_layout_get_height (self->layout);
  n_pages = jd_page_layout_get_n_pages (self->layout);

  for (guint i = 0; i < n_pages; i++)
    {
      double y = GAP + i * (page_height * scale + GAP);

      cairo_save (cr);
      cairo_translate (cr, GAP, y);

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
  g_task_run_in_thread (task, layout_thread);
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jdpreview");
}

static void
jd_preview_init (JdPreview *self)
{
  self->paper = jd_paper_size_get_default ();

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

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
