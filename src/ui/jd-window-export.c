/* jd-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-document-io.h"
#include "jd-export.h"
#include "jd-page-layout.h"
#include "jd-preview.h"
#include "jd-window-private.h"

/* Export, copy as rich text and print. The bytes come from src/core; the
 * printed pages from the same JdPageLayout as the PDF and the preview. */

JdPaperSize
_jd_window_get_paper (JdWindow *self)
{
  g_autofree char *setting = g_settings_get_string (self->settings, "page-size");
  JdPaperSize paper;

  if (jd_paper_size_from_string (setting, &paper))
    return paper;

  return jd_paper_size_get_default ();
}

static void
report_warnings (JdWindow  *self,
                 GPtrArray *warnings)
{
  g_autofree char *message = NULL;

  if (warnings->len == 0)
    return;

  /* Translators: after an export; the first placeholder is the number of
   * warnings, the second the first of them. */
  message = g_strdup_printf (ngettext ("%u warning: %s", "%u warnings, the first: %s", warnings->len),
                             warnings->len, (const char *)g_ptr_array_index (warnings, 0));
  _jd_window_toast (self, message);
}

/**
 * jd_window_export_to:
 *
 * Exports the document to @file in @format.
 */
void
jd_window_export_to (JdWindow       *self,
                     JdExportFormat  format,
                     GFile          *file)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  bytes = jd_export_to_bytes (self->document, jd_library_get_terms (self->library), format,
                              _jd_window_get_paper (self), warnings, &error);
  if (bytes == NULL)
    {
      _jd_window_show_error (self, _("Could Not Export"), error->message);
      return;
    }

  /* An export is small and quick to write: no half-written file is ever
   * seen, and the notification comes when it is really there. */
  if (!jd_write_file_atomically (file, bytes, NULL, NULL, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

      _jd_window_show_error (self, heading, error->message);
      return;
    }

  report_warnings (self, warnings);
  if (warnings->len == 0)
    _jd_window_toast (self, _("Exported"));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    JdWindow        *self)
{
  JdExportFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      jd_window_export_to (self, format, file);
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  JdExportFormat format;
  const char *title = jd_document_get_title (self->document);

  if (!jd_export_format_from_string (g_variant_get_string (param, NULL), &format))
    return;

  base = g_strdup (title ? title : _("Job Description"));
  g_strdelimit (base, "/\\:", '-');
  name = g_strconcat (base, ".", jd_export_format_get_extension (format), NULL);

  dialog = gtk_file_chooser_native_new (_("Export Job Description"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_add_mime_type (filter, jd_export_format_get_mime_type (format));
  gtk_file_filter_add_suffix (filter, jd_export_format_get_extension (format));
  gtk_file_filter_set_name (filter, jd_export_format_get_extension (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "format", GUINT_TO_POINTER (format));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Puts the document on the clipboard as HTML, for the rich-text editors
 * of job boards and applicant-tracking systems, and as plain text. */
static void
copy_rich_text_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];

  html = jd_export_html_fragment (self->document, jd_library_get_terms (self->library), warnings, &error);
  if (html != NULL)
    text = jd_export_text (self->document, jd_library_get_terms (self->library), warnings, &error);
  if (text == NULL)
    {
      _jd_window_show_error (self, _("Could Not Copy"), error->message);
      return;
    }

  providers[0] = gdk_content_provider_new_for_bytes ("text/html", html);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);

  _jd_window_toast (self, _("Copied"));
}

typedef struct
{
  JdDocument   *document;
  JdLibrary    *library;
  JdPageLayout *layout;
} PrintData;

static void
print_data_free (PrintData *data)
{
  g_clear_object (&data->document);
  g_clear_object (&data->library);
  g_clear_object (&data->layout);
  g_free (data);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintData         *data)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);

  /* With use-full-page, the context is the whole sheet in points. */
  data->layout = jd_page_layout_new (data->document, jd_library_get_terms (data->library),
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int)jd_page_layout_paginate (data->layout, pango_context));
  g_object_unref (pango_context);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintData         *data)
{
  jd_page_layout_draw_page (data->layout, gtk_print_context_get_cairo_context (context), (guint)page);
}

/**
 * jd_window_print:
 * @export_to: (nullable): a PDF file to print to without a dialog, as the
 *   tests do; %NULL shows the print dialog
 *
 * Returns: the result of the print operation
 */
GtkPrintOperationResult
jd_window_print (JdWindow *self,
                 GFile    *export_to)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper_size = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  PrintData *data;
  const char *title = jd_document_get_title (self->document);

  g_return_val_if_fail (JD_IS_WINDOW (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  paper_size = gtk_paper_size_new (_jd_window_get_paper (self) == JD_PAPER_LETTER
                                   ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper_size);

  data = g_new0 (PrintData, 1);
  data->document = jd_document_copy (self->document);
  data->library = g_object_ref (self->library);
  g_object_set_data_full (G_OBJECT (operation), "jd-print-data", data, (GDestroyNotify)print_data_free);

  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, title ? title : _("Job Description"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), data);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), data);

  if (export_to != NULL)
    {
      g_autofree char *path = g_file_get_path (export_to);

      gtk_print_operation_set_export_filename (operation, path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        GTK_WINDOW (self), &error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                      GTK_WINDOW (self), &error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _jd_window_show_error (self, _("Could Not Print"), error->message);

  return result;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  jd_window_print (JD_WINDOW (widget), NULL);
}

void
_jd_window_export_actions_init (JdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-rich-text", NULL, copy_rich_text_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-preview", "show-preview");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-preview", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-rich-text", NULL);
}
