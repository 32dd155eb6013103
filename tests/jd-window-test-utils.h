/* jd-window-test-utils.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests that drive real windows share: a private data folder,
 * windows that open and close as a user has them, dialogs answered,
 * templates found, keys sent.
 */

#pragma once

#include <adwaita.h>

#include "jd-block-row-private.h"
#include "jd-window-private.h"

G_BEGIN_DECLS

void jd_ui_test_init (int    *argc,
                      char ***argv);
const char *jd_ui_test_tmp_dir (void);
char *jd_ui_test_data_path (const char *name);
void jd_ui_test_run_pending (void);
AdwMessageDialog *jd_ui_test_find_message_dialog (void);
void jd_ui_test_answer_dialog (AdwMessageDialog *dialog,
                               const char       *response);
JdWindow *jd_ui_test_new_window (void);
void jd_ui_test_close_discarding (JdWindow *window);
guint jd_ui_test_count_template_rows (JdWindow *window);
JdTemplate *jd_ui_test_first_template_row (JdWindow *window);
void jd_ui_test_show_template_by_search (JdWindow   *window,
                                         const char *query,
                                         const char *expected_id);
JdWindow *jd_ui_test_window_with_template (const char *query,
                                           const char *id);
const char *jd_ui_test_wait_for_toast (JdWindow   *window,
                                       const char *needle);
GtkWidget *jd_ui_test_wait_for_toast_button (JdWindow   *window,
                                             const char *label);
GtkWidget *jd_ui_test_find_button (GtkWidget  *widget,
                                   const char *label);
char *jd_ui_test_dup_clipboard_text (JdWindow *window);
JdBlockRow *jd_ui_test_block_row (JdWindow *window,
                                  guint     section,
                                  guint     block);
void jd_ui_test_type_into (GtkWidget  *text_view,
                           const char *text);
gboolean jd_ui_test_send_key (GtkWidget       *widget,
                              guint            keyval,
                              GdkModifierType  state);
gboolean jd_ui_test_can_scroll (void);
void jd_ui_test_scroll_over (GtkWidget *widget,
                             int        notches);

G_END_DECLS
