/* jd-editor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-block-row.h"
#include "jd-editor.h"
#include "jd-find.h"
#include "jd-finding.h"
#include "jd-spell-checker.h"
#include "jd-spell-entry.h"

G_BEGIN_DECLS

/* The document editor: the metadata form above one card per section, in a
 * column a comfortable reading width, and the find bar over them. */
struct _JdEditor
{
  GtkWidget          parent_instance;

  JdDocument        *document;
  JdHistory         *history;
  JdLibrary         *library;
  GSignalGroup      *sections_signals;
  GtkWidget         *form;
  GPtrArray         *cards;
  /* The steps of the editor's making still to come (build_step_cb()):
   * the form while it is %NULL, the cards, the find bar; the idle of the
   * next step, or the frame clock whose next frame it waits for. */
  guint              build_id;
  GdkFrameClock     *build_clock;
  gboolean           cards_built;

  GtkBox            *box;
  GtkBox            *sections_box;
  GtkScrolledWindow *scroller;
  GtkRevealer       *find_revealer;
  /* The card kept in view as the layout changes (show_card()), with
   * its tick callback while one is waiting. */
  GtkWidget         *followed_card;
  guint              follow_tick_id;
  GMenu             *kinds_menu;
  GMenu             *custom_menu;
  GtkWidget         *find_bar;

  /* Spelling in the document's language: the checker, the spelling of
   * the form's prose fields (the headings' is their cards') and the note
   * said when the dictionary is missing; what cancels the loading of
   * the next checker, while its dictionary loads. */
  GSignalGroup      *document_signals;
  JdSpellChecker    *spell_checker;
  GCancellable      *spell_cancellable;
  JdSpellEntry      *title_spell;
  JdSpellEntry      *department_spell;
  GtkWidget         *spell_note;
  gboolean           spell_stale;   /* to load when the editor shows */

  /* The search: its matches (JdTextRange), the current one or -1, and
   * where the next search starts. */
  GArray            *matches;
  char              *searched;
  JdFindFlags        searched_flags;
  int                current;
  JdTextRange        anchor;
  gboolean           has_anchor;
  guint              find_update_id;
  guint              marks_update_id;
  GtkWidget         *return_focus;

  /* The review's underlines of the title (jd-editor-review.c), under
   * the marks of placeholders and matches. */
  PangoAttrList     *title_underlines;
  /* The findings shown, of JdFinding. */
  GListModel        *findings;
};

void            _jd_editor_ensure_built        (JdEditor   *self);
gboolean        _jd_editor_is_built            (JdEditor   *self);
GtkWidget      *_jd_editor_get_section_card    (JdEditor   *self,
                                                guint       position);
JdBlockRow     *_jd_editor_get_made_row        (JdEditor   *self,
                                                int         section,
                                                int         block);
GtkWidget      *_jd_editor_get_form            (JdEditor   *self);
GtkWidget      *_jd_editor_get_field_widget    (JdEditor   *self,
                                                const char *field);
void            _jd_editor_show_findings       (JdEditor   *self,
                                                GListModel *findings);
void            _jd_editor_review_mark_rows    (JdEditor   *self,
                                                int         section,
                                                guint       from,
                                                guint       to);
void            _jd_editor_find_mark_rows      (JdEditor   *self,
                                                int         section,
                                                guint       from,
                                                guint       to);
void            _jd_editor_select_finding      (JdEditor   *self,
                                                JdFinding  *finding);
PangoUnderline  _jd_editor_get_title_underline (JdEditor   *self,
                                                int         offset);
JdSpellChecker *_jd_editor_get_spell_checker   (JdEditor   *self);
JdSpellEntry   *_jd_editor_get_title_spell     (JdEditor   *self);
JdSpellEntry   *_jd_editor_get_text_spell      (JdEditor          *self,
                                                const JdTextRange *where);
const char     *_jd_editor_get_spell_note      (JdEditor   *self);
void            _jd_editor_focus_needs_translation (JdEditor *self);

/* Find, replace and placeholders: jd-editor-find.c. */
void       _jd_editor_find_init        (JdEditor      *self);
GtkWidget *_jd_editor_get_find_bar     (JdEditor      *self);
void       _jd_editor_find_dispose     (JdEditor      *self);
void       _jd_editor_find             (JdEditor      *self,
                                        gboolean       replace);
gboolean   _jd_editor_is_finding       (JdEditor      *self);
void       _jd_editor_find_next        (JdEditor      *self,
                                        gboolean       backward);
void       _jd_editor_replace          (JdEditor      *self);
guint      _jd_editor_replace_all      (JdEditor      *self);
void       _jd_editor_close_find       (JdEditor      *self);
GArray    *_jd_editor_get_matches      (JdEditor      *self,
                                        int           *current);
gboolean   _jd_editor_next_placeholder (JdEditor      *self,
                                        gboolean       backward);
void       _jd_editor_show_range       (JdEditor          *self,
                                        const JdTextRange *range);
void       _jd_editor_update_marks     (JdEditor      *self);

G_END_DECLS
