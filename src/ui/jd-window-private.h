/* jd-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-drafts.h"
#include "jd-page-layout.h"
#include "jd-window.h"

G_BEGIN_DECLS

struct _JdWindow
{
  AdwApplicationWindow  parent_instance;

  JdLibrary            *library;
  JdDocument           *document;
  JdHistory            *history;
  JdDocument           *saved;
  GFile                *file;
  GCancellable         *cancellable;
  gboolean              modified;
  GSettings            *settings;
  JdDrafts             *drafts;
  char                 *draft_id;
  guint                 autosave_id;
  gboolean              draft_written;
  GFileMonitor         *monitor;
  char                 *file_version;
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
  AdwBin               *editor_bin;
  GtkWidget            *preview;
  GMenu                *translate_menu;
  GtkWidget            *editor;
  GtkRevealer          *status_revealer;
  GtkRevealer          *outside_revealer;
  GtkLabel             *outside_label;
  GtkWidget            *reload_button;
  GtkLabel             *status_label;
};

void _jd_window_class_actions_init (JdWindowClass *klass);
void _jd_window_export_actions_init (JdWindowClass *klass);
JdPaperSize _jd_window_get_paper   (JdWindow      *self);
void _jd_window_actions_update     (JdWindow      *self);
void _jd_window_show_editor        (JdWindow      *self);
void _jd_window_open_in_place      (JdWindow      *self,
                                    JdDocument    *document,
                                    GFile         *file);
void _jd_window_set_saved          (JdWindow      *self,
                                    GFile         *file,
                                    JdDocument    *snapshot);
gboolean _jd_window_changed_on_disk (JdWindow     *self);
void _jd_window_reload             (JdWindow      *self);
void _jd_window_dismiss_outside    (JdWindow      *self);
void _jd_window_toast              (JdWindow      *self,
                                    const char    *message);
void _jd_window_show_error         (JdWindow      *self,
                                    const char    *heading,
                                    const char    *body);

G_END_DECLS
