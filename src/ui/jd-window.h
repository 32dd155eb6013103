/* jd-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jd-application.h"
#include "jd-document.h"

G_BEGIN_DECLS

#define JD_TYPE_WINDOW (jd_window_get_type())

G_DECLARE_FINAL_TYPE (JdWindow, jd_window, JD, WINDOW, AdwApplicationWindow)

JdWindow   *jd_window_new          (JdApplication *application);
void        jd_window_open_file    (JdWindow      *self,
                                    GFile         *file);
JdDocument *jd_window_get_document (JdWindow      *self);
GFile      *jd_window_get_file     (JdWindow      *self);

G_END_DECLS
