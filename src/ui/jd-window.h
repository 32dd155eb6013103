/* jd-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jd-application.h"
#include "jd-document.h"
#include "jd-drafts.h"
#include "jd-export.h"
#include "jd-history.h"
#include "jd-library.h"
#include "jd-open-document.h"

G_BEGIN_DECLS

#define JD_TYPE_WINDOW (jd_window_get_type())

G_DECLARE_FINAL_TYPE (JdWindow, jd_window, JD, WINDOW, AdwApplicationWindow)

JdWindow   *jd_window_new           (JdApplication *application);
void        jd_window_open_file     (JdWindow      *self,
                                     GFile         *file);
void        jd_window_set_document  (JdWindow      *self,
                                     JdDocument    *document,
                                     GFile         *file);
JdOpenDocument *jd_window_get_open_document (JdWindow *self);
JdDocument *jd_window_get_document  (JdWindow      *self);
GFile      *jd_window_get_file      (JdWindow      *self);
JdHistory  *jd_window_get_history   (JdWindow      *self);
gboolean    jd_window_get_modified  (JdWindow      *self);
gboolean    jd_window_is_pristine   (JdWindow      *self);
void        jd_window_show_template (JdWindow      *self,
                                     JdTemplate    *template);
GtkWidget  *jd_window_get_editor    (JdWindow      *self);
JdLibrary  *jd_window_get_library   (JdWindow      *self);
void        jd_window_save_to       (JdWindow      *self,
                                     GFile         *file);
void        jd_window_export_to     (JdWindow      *self,
                                     JdExportFormat format,
                                     GFile         *file);
void        jd_window_recover       (JdWindow      *self,
                                     JdDraft       *draft);
GtkPrintOperationResult jd_window_print (JdWindow  *self,
                                     GFile         *export_to);

G_END_DECLS
