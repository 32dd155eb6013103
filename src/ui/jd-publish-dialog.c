/* jd-publish-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-publish-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "jd-publish.h"
#include "jd-publish-dialog-private.h"

/* Publish…: the folder of job descriptions, the site folder, the base URL
 * and the title (remembered in GSettings), then jd_publish_async() in a
 * thread with its progress, and what was published and left out, with
 * Open Folder. The work is the core's (src/core/publish), as for
 * jobscribe publish. */

struct _JdPublishDialog
{
  AdwWindow        parent_instance;

  JdLibrary       *library;
  GSettings       *settings;
  GCancellable    *cancellable;
  GFile           *source;
  GFile           *site;
  char            *today;
  gboolean         running;
  gboolean         done;

  GtkButton       *cancel_button;
  GtkButton       *publish_button;
  GtkStack        *stack;
  AdwActionRow    *source_row;
  AdwActionRow    *site_row;
  AdwEntryRow     *base_url_row;
  AdwEntryRow     *title_row;
  GtkProgressBar  *progress_bar;
  AdwStatusPage   *status_page;
  GtkButton       *open_button;
  AdwPreferencesGroup *left_out_group;
  AdwPreferencesGroup *warnings_group;
};

G_DEFINE_FINAL_TYPE (JdPublishDialog, jd_publish_dialog, ADW_TYPE_WINDOW)

static void
update_actions (JdPublishDialog *self)
{
  gboolean ready = !self->running && !self->done && self->source != NULL && self->site != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.publish", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.choose-source", !self->running && !self->done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.choose-site", !self->running && !self->done);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "publish.open-folder", self->done && self->site != NULL);
}

static void
show_folder (AdwActionRow *row,
             GFile        *folder)
{
  g_autofree char *name = folder != NULL ? g_file_get_parse_name (folder) : NULL;
  g_autofree char *escaped = name != NULL ? g_markup_escape_text (name, -1) : NULL;

  adw_action_row_set_subtitle (row, escaped != NULL ? escaped : _("No folder chosen"));
}

void
_jd_publish_dialog_set_source (JdPublishDialog *self,
                               GFile           *folder)
{
  g_return_if_fail (JD_IS_PUBLISH_DIALOG (self));

  g_set_object (&self->source, folder);
  show_folder (self->source_row, folder);
  update_actions (self);
}

void
_jd_publish_dialog_set_site (JdPublishDialog *self,
                             GFile           *folder)
{
  g_return_if_fail (JD_IS_PUBLISH_DIALOG (self));

  g_set_object (&self->site, folder);
  show_folder (self->site_row, folder);
  update_actions (self);
}

GFile *
_jd_publish_dialog_get_source (JdPublishDialog *self)
{
  return self->source;
}

GFile *
_jd_publish_dialog_get_site (JdPublishDialog *self)
{
  return self->site;
}

/* "form", "progress" or "done". */
const char *
_jd_publish_dialog_get_page (JdPublishDialog *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

/* The day jobs are checked against; %NULL for today. */
void
_jd_publish_dialog_set_today (JdPublishDialog *self,
                              const char      *today)
{
  g_free (self->today);
  self->today = g_strdup (today);
}

static GFile *
folder_from_setting (GSettings  *settings,
                     const char *key)
{
  g_autofree char *uri = g_settings_get_string (settings, key);

  return uri[0] != '\0' ? g_file_new_for_uri (uri) : NULL;
}

typedef struct
{
  JdPublishDialog *self;
  gboolean         source;
} ChooseData;

static void
choose_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ChooseData      *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (data->source)
        _jd_publish_dialog_set_source (data->self, folder);
      else
        _jd_publish_dialog_set_site (data->self, folder);
    }

  g_object_unref (data->self);
  g_free (data);
  g_object_unref (chooser);
}

static void
choose_folder (JdPublishDialog *self,
               gboolean         source)
{
  GtkFileChooserNative *chooser;
  ChooseData *data = g_new0 (ChooseData, 1);
  GFile *current = source ? self->source : self->site;

  chooser = gtk_file_chooser_native_new (source ? _("Choose the Folder of Job Descriptions")
                                                : _("Choose the Site Folder"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Select"), _("_Cancel"));
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), current, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  data->self = g_object_ref (self);
  data->source = source;
  g_signal_connect (chooser, "response", G_CALLBACK (choose_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
choose_source_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  choose_folder (JD_PUBLISH_DIALOG (widget), TRUE);
}

static void
choose_site_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  choose_folder (JD_PUBLISH_DIALOG (widget), FALSE);
}

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = subtitle != NULL ? g_markup_escape_text (subtitle, -1) : NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (escaped_subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (group, row);
  gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
}

static void
show_report (JdPublishDialog *self,
             JdPublishReport *report)
{
  g_autoptr(GHashTable) languages = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *pages = NULL;
  g_autofree char *description = NULL;

  for (guint i = 0; i < report->pages->len; i++)
    g_hash_table_add (languages, ((JdPublishPage *)g_ptr_array_index (report->pages, i))->lang);

  pages = g_strdup_printf (ngettext ("%u page of a job was published", "%u pages of jobs were published",
                                     report->pages->len),
                           report->pages->len);
  /* Translators: the summary of a publication: the pages (“3 pages of
   * jobs were published”), then the number of languages. */
  description = g_strdup_printf (ngettext ("%s in %u language.", "%s in %u languages.", g_hash_table_size (languages)),
                                 pages, g_hash_table_size (languages));

  adw_status_page_set_icon_name (self->status_page, "emblem-ok-symbolic");
  adw_status_page_set_title (self->status_page, _("Site Published"));
  adw_status_page_set_description (self->status_page, description);

  for (guint i = 0; i < report->left_out->len; i++)
    {
      JdPublishLeftOut *left_out = g_ptr_array_index (report->left_out, i);
      /* Translators: why a job description was not published: a word or
       * two (such as “expired”), then the details. */
      g_autofree char *reason = g_strdup_printf (C_("publish", "%s: %s"),
                                                 jd_publish_reason_get_label (left_out->reason),
                                                 left_out->message);

      add_row (self->left_out_group, left_out->file, reason);
    }

  for (guint i = 0; i < report->warnings->len; i++)
    add_row (self->warnings_group, g_ptr_array_index (report->warnings, i), NULL);
}

static void
show_error (JdPublishDialog *self,
            const GError    *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->status_page, _("Could Not Publish"));
  adw_status_page_set_description (self->status_page, escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), FALSE);
}

static void
publish_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(JdPublishDialog) self = user_data;
  g_autoptr(JdPublishReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = jd_publish_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->running = FALSE;
  self->done = TRUE;
  g_clear_object (&self->cancellable);

  if (report != NULL)
    show_report (self, report);
  else
    show_error (self, error);

  gtk_widget_set_visible (GTK_WIDGET (self->publish_button), FALSE);
  gtk_button_set_label (self->cancel_button, _("_Close"));
  gtk_stack_set_visible_child_name (self->stack, "done");
  update_actions (self);
}

typedef struct
{
  JdPublishDialog *self;
  double           fraction;
} Progress;

static gboolean
show_progress (gpointer user_data)
{
  Progress *progress = user_data;

  if (progress->self->running)
    gtk_progress_bar_set_fraction (progress->self->progress_bar, progress->fraction);

  g_object_unref (progress->self);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called in the thread that publishes: the bar moves on the main loop. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->self = g_object_ref (user_data);
  progress->fraction = fraction;
  g_idle_add (show_progress, progress);
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  JdPublishDialog *self = JD_PUBLISH_DIALOG (widget);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *source_uri = NULL;
  g_autofree char *site_uri = NULL;
  const char *base_url = gtk_editable_get_text (GTK_EDITABLE (self->base_url_row));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  JdPublishOptions options = { base_url, title, JD_PUBLISH_NONE, self->today };

  if (self->running || self->source == NULL || self->site == NULL)
    return;

  source_uri = g_file_get_uri (self->source);
  site_uri = g_file_get_uri (self->site);
  g_settings_set_string (self->settings, "publish-source", source_uri);
  g_settings_set_string (self->settings, "publish-site", site_uri);
  g_settings_set_string (self->settings, "publish-base-url", base_url);
  g_settings_set_string (self->settings, "publish-title", title);

  self->running = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  update_actions (self);

  g_ptr_array_add (sources, g_object_ref (self->source));
  jd_publish_async (self->library, sources, self->site, &options, progress_cb, self,
                    self->cancellable, publish_cb, g_object_ref (self));
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  JdPublishDialog *self = JD_PUBLISH_DIALOG (widget);
  g_autofree char *uri = NULL;

  if (self->site == NULL)
    return;

  uri = g_file_get_uri (self->site);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
jd_publish_dialog_dispose (GObject *object)
{
  JdPublishDialog *self = JD_PUBLISH_DIALOG (object);

  /* Closing the dialog stops the work; files written stay, each whole. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), JD_TYPE_PUBLISH_DIALOG);

  G_OBJECT_CLASS (jd_publish_dialog_parent_class)->dispose (object);
}

static void
jd_publish_dialog_finalize (GObject *object)
{
  JdPublishDialog *self = JD_PUBLISH_DIALOG (object);

  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->source);
  g_clear_object (&self->site);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (jd_publish_dialog_parent_class)->finalize (object);
}

static void
jd_publish_dialog_class_init (JdPublishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jd_publish_dialog_dispose;
  object_class->finalize = jd_publish_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jobscribe/Jobscribe/ui/jd-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, publish_button);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, site_row);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, base_url_row);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, status_page);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, left_out_group);
  gtk_widget_class_bind_template_child (widget_class, JdPublishDialog, warnings_group);

  gtk_widget_class_install_action (widget_class, "publish.choose-source", NULL, choose_source_action);
  gtk_widget_class_install_action (widget_class, "publish.choose-site", NULL, choose_site_action);
  gtk_widget_class_install_action (widget_class, "publish.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "publish.open-folder", NULL, open_folder_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
jd_publish_dialog_init (JdPublishDialog *self)
{
  g_autofree char *base_url = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) site = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  source = folder_from_setting (self->settings, "publish-source");
  site = folder_from_setting (self->settings, "publish-site");
  base_url = g_settings_get_string (self->settings, "publish-base-url");
  title = g_settings_get_string (self->settings, "publish-title");

  gtk_editable_set_text (GTK_EDITABLE (self->base_url_row), base_url);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  _jd_publish_dialog_set_source (self, source);
  _jd_publish_dialog_set_site (self, site);
}

/**
 * jd_publish_dialog_new:
 * @library: the library, for its terms and categories
 *
 * Returns: (transfer none): a new dialog, modal for @parent; it frees
 *   itself when closed
 */
JdPublishDialog *
jd_publish_dialog_new (GtkWindow *parent,
                       JdLibrary *library)
{
  JdPublishDialog *self;

  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);

  self = g_object_new (JD_TYPE_PUBLISH_DIALOG, "transient-for", parent, NULL);
  self->library = g_object_ref (library);

  return self;
}
