/* jd-document-words.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document"

#include "config.h"

#include "jd-document.h"
#include "jd-util-private.h"

/* The words of @text: runs of letters and digits. */
guint
_jd_count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gboolean word_char = g_unichar_isalnum (g_utf8_get_char (p));

      if (word_char && !in_word)
        n++;
      in_word = word_char;
    }

  return n;
}

/* The words of the title and of every heading and block. */
guint
jd_document_count_words (JdDocument *self)
{
  guint n_sections;
  guint words;

  g_return_val_if_fail (JD_IS_DOCUMENT (self), 0);

  words = _jd_count_words (jd_document_get_title (self));
  n_sections = jd_document_get_n_sections (self);
  for (guint i = 0; i < n_sections; i++)
    {
      JdSection *section = jd_document_get_section (self, i);

      words += _jd_count_words (jd_section_get_heading (section));
      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        words += jd_block_count_words (jd_section_get_block (section, j));
    }

  return words;
}
