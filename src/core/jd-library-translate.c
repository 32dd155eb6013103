/* jd-library-translate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-library"

#include "config.h"

#include <string.h>

#include "jd-library.h"
#include "jd-localized.h"

/* Finds the template a block came from: its source begins with the id. */
static JdTemplate *
lookup_source_template (JdLibrary  *library,
                        const char *source)
{
  g_autofree char *id = NULL;
  const char *slash;

  if (source == NULL || (slash = strchr (source, '/')) == NULL)
    return NULL;

  id = g_strndup (source, slash - source);
  return jd_library_lookup (library, id);
}

static gboolean
translate_block (JdLibrary  *library,
                 JdBlock    *block,
                 const char *from,
                 const char *to)
{
  const char *source = jd_block_get_source (block);
  JdTemplate *template = lookup_source_template (library, source);
  const char *original;

  /* A block still equal to its template string in the old language (or
   * already in the new one) takes the library's translation. */
  if (template != NULL)
    {
      original = jd_template_lookup_source (template, source, from);
      if (original != NULL &&
          (g_strcmp0 (original, jd_block_get_text (block)) == 0 ||
           g_strcmp0 (jd_template_lookup_source (template, source, to), jd_block_get_text (block)) == 0))
        {
          jd_block_set_text (block, jd_template_lookup_source (template, source, to));
          jd_block_set_needs_translation (block, FALSE);
          return TRUE;
        }
    }

  /* The user's own words are kept, and marked. */
  if (jd_block_get_text (block)[0] != '\0')
    jd_block_set_needs_translation (block, TRUE);

  return FALSE;
}

/**
 * jd_library_translate_document:
 * @lang: the language to translate into
 * @n_kept: (out) (optional): how many blocks the user had changed and
 *   that were kept as they were, marked as needing translation
 *
 * Translates what came from the library: blocks still equal to their
 * template string are replaced by the library's translation, and so is the
 * title if it is the template's. Section headings left at their default
 * follow the document's language by themselves.
 *
 * Returns: (transfer full): the translated copy of @document
 */
JdDocument *
jd_library_translate_document (JdLibrary  *library,
                               JdDocument *document,
                               const char *lang,
                               guint      *n_kept)
{
  g_autofree char *to = NULL;
  g_autofree char *from = NULL;
  JdDocument *copy;
  JdTemplate *template;
  guint kept = 0;
  guint n;

  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  from = jd_language_normalize (jd_document_get_language (document));
  to = jd_language_normalize (lang);
  copy = jd_document_copy (document);
  jd_document_set_language (copy, to);

  template = jd_library_lookup (library, jd_document_get_template_id (document));
  if (template != NULL && g_strcmp0 (jd_document_get_title (document), jd_template_get_title (template, from)) == 0)
    jd_document_set_title (copy, jd_template_get_title (template, to));

  n = jd_document_get_n_sections (copy);
  for (guint i = 0; i < n; i++)
    {
      JdSection *section = jd_document_get_section (copy, i);

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);

          if (!translate_block (library, block, from, to) && jd_block_get_needs_translation (block))
            kept++;
        }
    }

  if (n_kept != NULL)
    *n_kept = kept;

  return copy;
}
