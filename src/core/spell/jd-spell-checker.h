/* jd-spell-checker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-document.h"
#include "jd-finding.h"
#include "jd-misspelling.h"

G_BEGIN_DECLS

#define JD_TYPE_SPELL_CHECKER (jd_spell_checker_get_type())

G_DECLARE_FINAL_TYPE (JdSpellChecker, jd_spell_checker, JD, SPELL_CHECKER, GObject)

JdSpellChecker     *jd_spell_checker_new                (const char      *language);
void                jd_spell_checker_new_async          (const char          *language,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
JdSpellChecker     *jd_spell_checker_new_finish         (GAsyncResult    *result,
                                                         GError         **error);
const char         *jd_spell_checker_get_language       (JdSpellChecker  *self);
const char         *jd_spell_checker_get_dictionary     (JdSpellChecker  *self);
gboolean            jd_spell_checker_has_dictionary     (JdSpellChecker  *self);
gboolean            jd_spell_checker_check_word         (JdSpellChecker  *self,
                                                         const char      *word);
char              **jd_spell_checker_get_suggestions    (JdSpellChecker  *self,
                                                         const char      *word);
void                jd_spell_checker_add_to_dictionary  (JdSpellChecker  *self,
                                                         const char      *word);
void                jd_spell_checker_ignore_word        (JdSpellChecker  *self,
                                                         const char      *word);
char              **jd_spell_checker_get_ignored_words  (JdSpellChecker  *self);
void                jd_spell_checker_set_extra_words    (JdSpellChecker  *self,
                                                         const char      *text);
GArray             *jd_spell_checker_check_text         (JdSpellChecker  *self,
                                                         const char      *text);
GPtrArray          *jd_spell_checker_check_document     (JdSpellChecker  *self,
                                                         JdDocument      *document);

G_END_DECLS
