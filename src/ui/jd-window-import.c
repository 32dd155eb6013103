/* jd-window-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-application-private.h"
#include "jd-import.h"
#include "jd-window-private.h"

/* Documents made of other files (Word, OpenDocument, web pages, Markdown,
 * text) and of the clipboard: each opens as a new document without a
 * file, and a toast says what the import guessed, so the user knows what
 * to check. The work is the core's (src/core/import). */

/* The MIME types read from the clipboard, the richest first. */
static const char * const clipboard_types[] = {
  "text/html",
  "text/plain;charset=utf-8",
  "text/plain",
  NULL
};

static void
show_report (JdWindow             *window,
             const char           *name,
             const JdImportReport *report)
{
  g_autofree char *summary = jd_import_report_to_string (report);
  g_autofree char *message = NULL;
  g_autofree char *markup = NULL;

  if (name != NULL)
    /* Translators: the first placeholder is a file name, the second what
     * the import guessed, such as “3 sections recognized, 1 kept as
     * custom”. */
    message = g_strdup_printf (_("Imported “%s”: %s"), name, summary);
  else
    /* Translators: the placeholder is what the import guessed, such as
     * “3 sections recognized, 1 kept as custom”. */
    message = g_strdup_printf (_("New document from the clipboard: %s"), summary);

  /* A toast's title is markup, and a file name may hold an & or a <. */
  markup = g_markup_escape_text (message, -1);
  _jd_window_toast (window, markup);
}

typedef struct
{
  JdWindow *window;
  GFile    *file;
} ImportRequest;

static void
import_request_free (ImportRequest *request)
{
  g_clear_object (&request->window);
  g_clear_object (&request->file);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportRequest, import_request_free)

static void
import_file_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ImportRequest) request = user_data;
  JdWindow *self = request->window;
  g_autoptr(JdImportReport) report = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (request->file);

  document = jd_import_finish (result, &report, &error);
  self->loading = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      /* Translators: the placeholder is a file name. */
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      _jd_window_show_error (self, heading, error->message);
      return;
    }

  _jd_window_open_new (self, document);
  show_report (self, name, report);
}

/* Imports @file into this window as a new document without a file. */
void
_jd_window_import_file (JdWindow *self,
                        GFile    *file)
{
  ImportRequest *request = g_new0 (ImportRequest, 1);

  request->window = g_object_ref (self);
  request->file = g_object_ref (file);

  self->loading = TRUE;
  jd_import_file_async (file, NULL, self->cancellable, import_file_cb, request);
}

static void
show_clipboard_error (JdWindow   *self,
                      const char *message)
{
  _jd_window_show_error (self, _("Could Not Make a Document From the Clipboard"), message);
}

static void
import_clipboard_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(JdWindow) self = user_data;
  g_autoptr(JdImportReport) report = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  JdWindow *window;

  document = jd_import_finish (result, &report, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_EMPTY))
    {
      _jd_window_toast (self, _("The clipboard holds no text"));
      return;
    }

  if (document == NULL)
    {
      show_clipboard_error (self, error->message);
      return;
    }

  window = _jd_application_open (_jd_window_get_application (self), self, NULL, document);
  show_report (window, NULL, report);
}

typedef struct
{
  JdWindow       *window;
  GInputStream   *stream;
  JdImportFormat  format;
  GByteArray     *data;
} ClipboardRead;

static void
clipboard_read_free (ClipboardRead *read)
{
  g_clear_object (&read->window);
  g_clear_object (&read->stream);
  g_clear_pointer (&read->data, g_byte_array_unref);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClipboardRead, clipboard_read_free)

static void read_more (ClipboardRead *read);

static void
read_bytes_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ClipboardRead) read = user_data;
  g_autoptr(GBytes) chunk = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (chunk == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_clipboard_error (read->window, error->message);
      return;
    }

  if (g_bytes_get_size (chunk) > 0)
    {
      g_byte_array_append (read->data, g_bytes_get_data (chunk, NULL), (guint)g_bytes_get_size (chunk));
      /* Past the limit the import refuses it, in its own words. */
      if (read->data->len <= JD_IMPORT_MAX_FILE_SIZE)
        {
          read_more (g_steal_pointer (&read));
          return;
        }
    }

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&read->data));
  jd_import_bytes_async (bytes, NULL, read->format, NULL, read->window->cancellable,
                         import_clipboard_cb, g_object_ref (read->window));
}

static void
read_more (ClipboardRead *read)
{
  g_input_stream_read_bytes_async (read->stream, 64 * 1024, G_PRIORITY_DEFAULT,
                                   read->window->cancellable, read_bytes_cb, read);
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(JdWindow) self = user_data;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  const char *mime_type = NULL;
  ClipboardRead *read;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, &mime_type, &error);
  if (stream == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_clipboard_error (self, _("The clipboard holds no text"));
      return;
    }

  read = g_new0 (ClipboardRead, 1);
  read->window = g_object_ref (self);
  read->stream = g_steal_pointer (&stream);
  /* Plain text may be Markdown: the import tells by the content. */
  read->format = g_strcmp0 (mime_type, "text/html") == 0 ? JD_IMPORT_FORMAT_HTML : JD_IMPORT_FORMAT_AUTO;
  read->data = g_byte_array_new ();
  read_more (read);
}

/* Makes a new document of what the clipboard holds: the rich text a web
 * page or a word processor copied, or plain text. */
static void
new_from_clipboard_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  JdWindow *self = JD_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  gboolean has_text = FALSE;

  for (guint i = 0; clipboard_types[i] != NULL; i++)
    has_text = has_text || gdk_content_formats_contain_mime_type (formats, clipboard_types[i]);

  if (!has_text)
    {
      _jd_window_toast (self, _("The clipboard holds no text"));
      return;
    }

  gdk_clipboard_read_async (clipboard, (const char **)clipboard_types, G_PRIORITY_DEFAULT,
                            self->cancellable, clipboard_read_cb, g_object_ref (self));
}

void
_jd_window_import_actions_init (JdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-from-clipboard", NULL, new_from_clipboard_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-from-clipboard", NULL);
}
