/* jd-find.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "jd-document.h"

G_BEGIN_DECLS

typedef enum
{
  JD_FIND_MATCH_CASE = 1 << 0,
  JD_FIND_WHOLE_WORD = 1 << 1,
} JdFindFlags;

/* The most characters between the brackets of a placeholder. */
#define JD_PLACEHOLDER_MAX_CHARS 100

/**
 * JdTextRange:
 * @field: (nullable): the metadata field the text is in ("title",
 *   "company", "department", "reference"), or %NULL in a section
 * @section: the section, or -1 in a field
 * @block: the block of @section, or -1 for its heading
 * @start: the first character
 * @end: the character after the last
 *
 * A range of characters of a document's text.
 */
typedef struct
{
  const char *field;
  int         section;
  int         block;
  int         start;
  int         end;
} JdTextRange;

GArray   *jd_text_find                   (const char        *text,
                                          const char        *needle,
                                          JdFindFlags        flags);
GArray   *jd_text_find_placeholders      (const char        *text);
char     *jd_text_replace_ranges         (const char        *text,
                                          GArray            *ranges,
                                          const char        *replacement);

int       jd_text_range_compare          (const JdTextRange *a,
                                          const JdTextRange *b);
gboolean  jd_text_range_same_text        (const JdTextRange *a,
                                          const JdTextRange *b);
const char *jd_document_get_range_text   (JdDocument        *document,
                                          const JdTextRange *range);

GArray   *jd_document_find               (JdDocument        *document,
                                          const char        *needle,
                                          JdFindFlags        flags);
GArray   *jd_document_find_placeholders  (JdDocument        *document);
GArray   *jd_document_find_untranslated  (JdDocument        *document);
gboolean  jd_document_replace_range      (JdDocument        *document,
                                          const JdTextRange *range,
                                          const char        *replacement);
guint     jd_document_replace_all        (JdDocument        *document,
                                          const char        *needle,
                                          const char        *replacement,
                                          JdFindFlags        flags);

G_END_DECLS
