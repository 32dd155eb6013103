/* jd-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-document-io.h"
#include "jd-resources.h"
#include "jd-window.h"

struct _JdWindow
{
  AdwApplicationWindow  parent_instance;

  JdDocument           *document;
  GFile                *file;
  GCancellable         *cancellable;

  AdwWindowTitle       *window_title;
  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (JdWindow, jd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (JdWindow *self)
{
  g_autofree char *name = NULL;
  const char *title = jd_document_get_title (self->document);

  if (self->file != NULL)
    name = g_file_get_basename (self->file);

  adw_window_title_set_title (self->window_title,
                              name != NULL ? name : _("New Job Description"));
  adw_window_title_set_subtitle (self->window_title, title != NULL ? title : "");
  gtk_window_set_title (GTK_WINDOW (self), name != NULL ? name : _("Jobscribe"));
}

static void
set_document (JdWindow   *self,
              JdDocument *document,
              GFile      *file)
{
  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(JdWindow) self = user_data;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  document = jd_document_load_finish (G_FILE (object), result, &line, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (G_FILE (object));
      g_autofree char *body = NULL;
      AdwMessageDialog *dialog;

      if (line > 0)
        /* Translators: the first placeholder is a line number, the second
         * the problem found there. */
        body = g_strdup_printf (_("Line %u: %s"), line, error->message);
      else
        body = g_strdup (error->message);

      /* Translators: the placeholder is a file name. */
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body));
      adw_message_dialog_format_heading (dialog, _("Could Not Open “%s”"), name);
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  set_document (self, document, G_FILE (object));
}

void
jd_window_open_file (JdWindow *self,
                     GFile    *file)
{
  g_return_if_fail (JD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  jd_document_load_async (file, self->cancellable, load_cb, g_object_ref (self));
}

static void
jd_window_dispose (GObject *object)
{
  JdWindow *self = (JdWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (jd_window_parent_class)->dispose (object);
}

static void
jd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  JdWindow *self = JD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jd_window_class_init (JdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_window_dispose;
  object_class->get_property = jd_window_get_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JD_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Naming the resource keeps it in the link from the static library. */
  (void)jd_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/jd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JdWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, JdWindow, status_page);
}

static void
jd_window_init (JdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->document = jd_document_new ();

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  update_title (self);
}

JdWindow *
jd_window_new (JdApplication *application)
{
  return g_object_new (JD_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/* Returns: (transfer none): the document shown in the window. */
JdDocument *
jd_window_get_document (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->document;
}

/* Returns: (transfer none) (nullable): the file of the document. */
GFile *
jd_window_get_file (JdWindow *self)
{
  g_return_val_if_fail (JD_IS_WINDOW (self), NULL);
  return self->file;
}
