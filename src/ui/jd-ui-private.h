/* jd-ui-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jd-document.h"
#include "jd-enums.h"

G_BEGIN_DECLS

void        _jd_widget_unparent_children (GtkWidget   *widget);
char       *_jd_format_when             (GDateTime   *when);
char       *_jd_suggest_file_name       (JdDocument  *document,
                                         const char  *extension);
GtkFileFilter *_jd_file_filter_new      (const char  *name,
                                         const char  *mime_type,
                                         const char  *suffix);
GtkFileFilter *_jd_file_filter_new_jobdesc (void);
GFile      *_jd_file_chooser_get_start_folder (GFile *file);
void        _jd_file_chooser_start_in   (GtkFileChooser *chooser,
                                         GFile          *file);

void        _jd_lookup_review_color     (GtkWidget   *widget,
                                         gboolean     error,
                                         GdkRGBA     *color);

void        _jd_widget_add_capture_shortcuts (GtkWidget *widget,
                                              ...) G_GNUC_NULL_TERMINATED;
void        _jd_lookup_mark_colors      (GtkWidget   *widget,
                                         GdkRGBA     *placeholder,
                                         GdkRGBA     *match,
                                         GdkRGBA     *current);
void        _jd_widget_pass_scroll      (GtkWidget   *widget);
void        _jd_widget_set_tooltip_text (GtkWidget   *widget,
                                         const char  *text);

void        _jd_icons_finalize_on_main_thread (void);

G_END_DECLS
