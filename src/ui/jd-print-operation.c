/* jd-print-operation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-print-operation.h"

/* Prints a document with the same JdPageLayout as the PDF export and the
 * preview. It holds a copy of the document: what prints is the document
 * as it was when printing started, whatever is typed meanwhile. */

struct _JdPrintOperation
{
  GtkPrintOperation  parent_instance;

  JdDocument        *document;
  JdLibrary         *library;
  JdPageLayout      *layout;
};

G_DEFINE_FINAL_TYPE (JdPrintOperation, jd_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jd_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  JdPrintOperation *self = JD_PRINT_OPERATION (operation);
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);

  /* With use-full-page, the context is the whole sheet in points. */
  g_clear_object (&self->layout);
  self->layout = jd_page_layout_new (self->document, jd_library_get_terms (self->library),
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int)jd_page_layout_paginate (self->layout, pango_context));
  g_object_unref (pango_context);
}

static void
jd_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  JdPrintOperation *self = JD_PRINT_OPERATION (operation);

  jd_page_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), (guint)page);
}

static void
jd_print_operation_dispose (GObject *object)
{
  JdPrintOperation *self = (JdPrintOperation *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->library);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (jd_print_operation_parent_class)->dispose (object);
}

static void
jd_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  JdPrintOperation *self = JD_PRINT_OPERATION (object);

  switch (prop_id)
    {
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
jd_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  JdPrintOperation *self = JD_PRINT_OPERATION (object);

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
jd_print_operation_class_init (JdPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = jd_print_operation_dispose;
  object_class->get_property = jd_print_operation_get_property;
  object_class->set_property = jd_print_operation_set_property;
  operation_class->begin_print = jd_print_operation_begin_print;
  operation_class->draw_page = jd_print_operation_draw_page;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         JD_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jd_print_operation_init (JdPrintOperation *self)
{
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

/**
 * jd_print_operation_new:
 *
 * Returns: (transfer full): an operation that prints a copy of @document
 *   on @paper
 */
JdPrintOperation *
jd_print_operation_new (JdDocument  *document,
                        JdLibrary   *library,
                        JdPaperSize  paper)
{
  g_autoptr(JdDocument) copy = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper_size = NULL;
  JdPrintOperation *self;
  const char *title;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);

  copy = jd_document_copy (document);
  self = g_object_new (JD_TYPE_PRINT_OPERATION,
                       "document", copy,
                       "library", library,
                       NULL);

  paper_size = gtk_paper_size_new (paper == JD_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper_size);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);

  title = jd_document_get_title (copy);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title ? title : _("Job Description"));

  return self;
}
