/* jd-search-index-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much a match in each kind of text counts: title matches rank first. */
#define JD_SEARCH_WEIGHT_TITLE    100
#define JD_SEARCH_WEIGHT_ALT       60
#define JD_SEARCH_WEIGHT_KEYWORD   50
#define JD_SEARCH_WEIGHT_BODY      10

typedef struct _JdSearchIndex JdSearchIndex;

JdSearchIndex  *_jd_search_index_new       (void);
void            _jd_search_index_free      (JdSearchIndex       *self);
void            _jd_search_index_add       (JdSearchIndex       *self,
                                            guint                doc,
                                            const char          *text,
                                            guint                weight);
void            _jd_search_index_finish    (JdSearchIndex       *self);
void            _jd_search_index_match     (JdSearchIndex       *self,
                                            const char          *word,
                                            guint               *best,
                                            guint                n_docs);
void            _jd_search_index_set_title_length (JdSearchIndex *self,
                                                   guint          doc,
                                                   guint          length);
guint           _jd_search_index_get_title_length (JdSearchIndex *self,
                                                   guint          doc);
char           *_jd_search_normalize       (const char          *text);
char          **_jd_search_tokenize        (const char          *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdSearchIndex, _jd_search_index_free)

G_END_DECLS
