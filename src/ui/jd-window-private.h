/* jd-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-drafts.h"
#include "jd-open-document.h"
#include "jd-page-layout.h"
#include "jd-window.h"

G_BEGIN_DECLS

struct _JdWindow
{
  AdwApplicationWindow  parent_instance;

  JdLibrary            *library;
  JdOpenDocument       *open_document;
  GSignalGroup         *open_signals;
  GSignalGroup         *document_signals;
  GSignalGroup         *history_signals;
  GBindingGroup        *open_bindings;
  GCancellable         *cancellable;
  GSettings            *settings;
  JdDrafts             *drafts;
  gboolean              loading;
  GFile                *loading_file;
  gboolean              close_after_save;
  gboolean              closing_confirmed;

  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkWidget            *back_button;
  GtkWidget            *sidebar_button;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  GtkWidget            *sidebar;
  AdwViewStack         *stack;
  GtkWidget            *template_page;
  GtkWidget            *welcome_page;
  AdwBin               *editor_bin;
  AdwBin               *preview_bin;
  GtkWidget            *preview;
  GtkOverlay           *review_overlay;
  GtkPaned             *review_paned;
  gboolean              review_folded;
  guint                 review_fold_id;
  GtkPaned             *paned;
  int                   preview_section;
  AdwBin               *review_bin;
  GtkWidget            *review_pane;
  GMenu                *translate_menu;
  char                 *translate_menu_for;  /* the language left out, "" for none */
  GtkWidget            *editor;
  GtkRevealer          *status_revealer;
  GtkRevealer          *outside_revealer;
  GtkWidget            *outside_box;
  GtkLabel             *outside_label;
  GtkWidget            *reload_button;
  GtkLabel             *status_label;
};

/* Returns: (nullable): the application, if the window has one yet */
static inline JdApplication *
_jd_window_get_application (JdWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  return application != NULL ? JD_APPLICATION (application) : NULL;
}

GtkWidget  *_jd_window_get_sidebar         (JdWindow *self);
GtkWidget  *_jd_window_get_template_page   (JdWindow *self);
GtkWidget  *_jd_window_get_welcome_page    (JdWindow *self);
const char *_jd_window_get_visible_page    (JdWindow *self);
gboolean    _jd_window_get_outside_change  (JdWindow *self);
GtkWidget  *_jd_window_get_preview         (JdWindow *self);
GtkWidget  *_jd_window_get_review_pane     (JdWindow *self);

void _jd_window_class_actions_init (JdWindowClass *klass);
void _jd_window_class_file_init    (JdWindowClass *klass);
void _jd_window_export_actions_init (JdWindowClass *klass);
void _jd_window_import_actions_init (JdWindowClass *klass);
void _jd_window_import_file        (JdWindow      *self,
                                    GFile         *file);
JdPaperSize _jd_window_get_paper   (JdWindow      *self);
void _jd_window_actions_update     (JdWindow      *self);
void _jd_window_show_editor        (JdWindow      *self);
void _jd_window_set_open_document  (JdWindow       *self,
                                    JdOpenDocument *open_document);
void _jd_window_open_new           (JdWindow      *self,
                                    JdDocument    *document);
gboolean _jd_window_is_loading     (JdWindow      *self);
gboolean _jd_window_holds_file     (JdWindow      *self,
                                    GFile         *file);
char *_jd_window_dup_display_name  (JdWindow      *self);
gboolean _jd_window_close_request  (JdWindow      *self);
void _jd_window_toast              (JdWindow      *self,
                                    const char    *message);
void _jd_window_toast_with_action  (JdWindow      *self,
                                    const char    *message,
                                    const char    *button_label,
                                    const char    *action_name,
                                    GVariant      *target);
void _jd_window_show_error         (JdWindow      *self,
                                    const char    *heading,
                                    const char    *body);

G_END_DECLS
