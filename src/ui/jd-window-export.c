/* jd-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-document-io.h"
#include "jd-editor-private.h"
#include "jd-export.h"
#include "jd-find.h"
#include "jd-page-layout.h"
#include "jd-preview.h"
#include "jd-print-operation.h"
#include "jd-ui-private.h"
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

  bytes = jd_export_to_bytes (jd_window_get_document (self), jd_library_get_terms (self->library), format,
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
    _jd_window_toast_with_action (self, _("Exported"), _("_Open"), "win.open-export",
                                  g_variant_new_take_string (g_file_get_uri (file)));
}

typedef struct
{
  JdWindow       *window;
  JdExportFormat  format;
} ExportRequest;

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    ExportRequest   *request)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      jd_window_export_to (request->window, request->format, file);
    }

  g_object_unref (dialog);
  g_object_unref (request->window);
  g_free (request);
}

static void
choose_export_file (JdWindow       *self,
                    JdExportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  ExportRequest *request;
  const char *extension;

  extension = jd_export_format_get_extension (format);
  name = _jd_suggest_file_name (jd_window_get_document (self), extension);
  filter = _jd_file_filter_new (jd_export_format_get_display_name (format),
                                jd_export_format_get_mime_type (format), extension);

  dialog = gtk_file_chooser_native_new (_("Export Job Description"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  _jd_file_chooser_start_in (GTK_FILE_CHOOSER (dialog), jd_window_get_file (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  request = g_new0 (ExportRequest, 1);
  request->window = g_object_ref (self);
  request->format = format;
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* What a warning before an export, a print or a copy leads to. */
typedef enum
{
  OUTPUT_EXPORT,
  OUTPUT_PRINT,
  OUTPUT_COPY,
} Output;

/* Puts the document on the clipboard as HTML, for the rich-text editors
 * of job boards and applicant-tracking systems, and as plain text. */
static void
copy_rich_text (JdWindow *self)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];

  html = jd_export_html_fragment (jd_window_get_document (self), jd_library_get_terms (self->library), warnings, &error);
  if (html != NULL)
    text = jd_export_text (jd_window_get_document (self), jd_library_get_terms (self->library), warnings, &error);
  if (text == NULL)
    {
      _jd_window_show_error (self, _("Could Not Copy"), error->message);
      return;
    }

  providers[0] = gdk_content_provider_new_for_bytes ("text/html", html);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);

  _jd_window_toast (self, _("Copied"));
}

static void
output (JdWindow       *self,
        Output          what,
        JdExportFormat  format)
{
  switch (what)
    {
    case OUTPUT_EXPORT:
      choose_export_file (self, format);
      break;
    case OUTPUT_PRINT:
      jd_window_print (self, NULL);
      break;
    case OUTPUT_COPY:
    default:
      copy_rich_text (self);
      break;
    }
}

/* Returns: (nullable): the text of @range as it reads, such as
 * “[Store Manager]” */
static char *
range_excerpt (JdDocument        *document,
               const JdTextRange *range)
{
  const char *text = jd_document_get_range_text (document, range);
  const char *from;

  if (text == NULL)
    return NULL;

  from = g_utf8_offset_to_pointer (text, range->start);
  return g_strndup (from, g_utf8_offset_to_pointer (text, range->end) - from);
}

/* Shows the first placeholder or block still to translate, whichever
 * comes first in the editor: the placeholder selected, to type over; the
 * caret at the start of the block, which a key must not replace. */
static void
show_first_unfinished (JdWindow *self)
{
  JdDocument *document = jd_window_get_document (self);
  g_autoptr(GArray) placeholders = jd_document_find_placeholders (document);
  g_autoptr(GArray) untranslated = jd_document_find_untranslated (document);
  JdTextRange first = { NULL, -1, -1, 0, 0 };

  if (placeholders->len == 0 && untranslated->len == 0)
    return;

  if (untranslated->len > 0)
    {
      first = g_array_index (untranslated, JdTextRange, 0);
      first.end = first.start;
    }
  if (placeholders->len > 0 &&
      (untranslated->len == 0 || jd_text_range_compare (&g_array_index (placeholders, JdTextRange, 0), &first) < 0))
    first = g_array_index (placeholders, JdTextRange, 0);

  _jd_window_show_editor (self);
  _jd_editor_show_range (JD_EDITOR (jd_window_get_editor (self)), &first);
}

static void
unfinished_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        JdWindow         *self)
{
  if (g_str_equal (response, "continue"))
    output (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "output")),
            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format")));
  else if (g_str_equal (response, "show"))
    show_first_unfinished (self);
}

/* A document with placeholders not filled in, or with blocks written in
 * another language than the document's, is seldom ready to publish: an
 * export of any format, a print or a copy says what is left first, and
 * offers to show the first of it; going on anyway stays one click away.
 *
 * Returns: whether it warns (and goes on only if the user says so) */
static gboolean
warn_about_unfinished (JdWindow       *self,
                       Output          what,
                       JdExportFormat  format)
{
  JdDocument *document = jd_window_get_document (self);
  g_autoptr(GArray) placeholders = jd_document_find_placeholders (document);
  g_autoptr(GArray) untranslated = jd_document_find_untranslated (document);
  g_autoptr(GString) body = g_string_new (NULL);
  const char *heading;
  const char *anyway;
  GtkWidget *dialog;
  guint n;

  if (placeholders->len == 0 && untranslated->len == 0)
    return FALSE;

  if ((n = placeholders->len) > 0)
    {
      g_autofree char *example = range_excerpt (document, &g_array_index (placeholders, JdTextRange, 0));

      /* Translators: before an export, a print or a copy; the first
       * placeholder is a number, the second the first placeholder of the
       * document, such as “[Store Manager]”. */
      g_string_append_printf (body, ngettext ("%u placeholder is not filled in: %s.",
                                              "%u placeholders are not filled in, the first: %s.",
                                              n),
                              n, example != NULL ? example : "");
    }

  if ((n = untranslated->len) > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, '\n');
      /* Translators: before an export, a print or a copy; the placeholder
       * is a number of paragraphs and bullets that “Translate Document”
       * marked because they were written in another language. */
      g_string_append_printf (body, ngettext ("%u block still needs translating.",
                                              "%u blocks still need translating.",
                                              n),
                              n);
    }

  switch (what)
    {
    case OUTPUT_EXPORT:
      heading = _("Export Unfinished Document?");
      anyway = _("_Export Anyway");
      break;
    case OUTPUT_PRINT:
      heading = _("Print Unfinished Document?");
      anyway = _("_Print Anyway");
      break;
    case OUTPUT_COPY:
    default:
      heading = _("Copy Unfinished Document?");
      anyway = _("_Copy Anyway");
      break;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "show", _("_Show"),
                                    "continue", anyway,
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "show");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "output", GINT_TO_POINTER (what));
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect_object (dialog, "response", G_CALLBACK (unfinished_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  JdExportFormat format;

  if (!jd_export_format_from_string (g_variant_get_string (param, NULL), &format))
    return;

  if (!warn_about_unfinished (self, OUTPUT_EXPORT, format))
    output (self, OUTPUT_EXPORT, format);
}

static void
copy_rich_text_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);

  if (!warn_about_unfinished (self, OUTPUT_COPY, 0))
    output (self, OUTPUT_COPY, 0);
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
  g_autoptr(JdPrintOperation) print = NULL;
  GtkPrintOperation *operation;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (JD_IS_WINDOW (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  print = jd_print_operation_new (jd_window_get_document (self), self->library,
                                  _jd_window_get_paper (self));
  operation = GTK_PRINT_OPERATION (print);

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
  JdWindow *self = JD_WINDOW (widget);

  if (!warn_about_unfinished (self, OUTPUT_PRINT, 0))
    output (self, OUTPUT_PRINT, 0);
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
