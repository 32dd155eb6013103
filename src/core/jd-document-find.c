/* jd-document-find.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-find"

#include "config.h"

#include "jd-find.h"

/* Find, replace, placeholders and blocks left to translate over the text
 * of a whole document: the metadata fields that hold words, in the order
 * of the form, then each section's heading and blocks. Dates, codes,
 * currencies and addresses are not prose and are left alone. */

static const struct {
  const char  *field;
  const char *(*get) (JdDocument *self);
  void        (*set) (JdDocument *self,
                      const char *text);
} fields[] = {
  { "title", jd_document_get_title, jd_document_set_title },
  { "company", jd_document_get_company_name, jd_document_set_company_name },
  { "department", jd_document_get_department, jd_document_set_department },
  { "reference", jd_document_get_reference, jd_document_set_reference },
};

static int
field_index (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      return (int)i;

  return -1;
}

/**
 * jd_text_range_compare:
 *
 * Returns: how @a and @b compare in the order of the editor: the fields
 *   first, then the sections, each heading before its blocks
 */
int
jd_text_range_compare (const JdTextRange *a,
                       const JdTextRange *b)
{
  int keys_a[] = { a->section, a->section < 0 ? field_index (a->field) : 0, a->block, a->start };
  int keys_b[] = { b->section, b->section < 0 ? field_index (b->field) : 0, b->block, b->start };

  for (guint i = 0; i < G_N_ELEMENTS (keys_a); i++)
    if (keys_a[i] != keys_b[i])
      return keys_a[i] < keys_b[i] ? -1 : 1;

  return 0;
}

/* Returns: whether @a and @b are in the same text. */
gboolean
jd_text_range_same_text (const JdTextRange *a,
                         const JdTextRange *b)
{
  if (a->section != b->section || a->block != b->block)
    return FALSE;

  return a->section >= 0 || g_strcmp0 (a->field, b->field) == 0;
}

/**
 * jd_document_get_range_text:
 *
 * Returns: (nullable): the whole text that @range is in
 */
const char *
jd_document_get_range_text (JdDocument        *document,
                            const JdTextRange *range)
{
  JdSection *section;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (range != NULL, NULL);

  if (range->section < 0)
    {
      int i = field_index (range->field);

      return i >= 0 ? fields[i].get (document) : NULL;
    }

  if ((guint)range->section >= jd_document_get_n_sections (document))
    return NULL;

  section = jd_document_get_section (document, range->section);
  if (range->block < 0)
    return jd_section_get_heading (section);
  if ((guint)range->block >= jd_section_get_n_blocks (section))
    return NULL;

  return jd_block_get_text (jd_section_get_block (section, range->block));
}

static void
set_range_text (JdDocument        *document,
                const JdTextRange *range,
                const char        *text)
{
  JdSection *section;

  if (range->section < 0)
    {
      fields[field_index (range->field)].set (document, text);
      return;
    }

  section = jd_document_get_section (document, range->section);
  if (range->block < 0)
    jd_section_set_heading (section, text);
  else
    jd_block_set_text (jd_section_get_block (section, range->block), text);
}

typedef GArray *(*FindFunc) (const char *text,
                             gpointer    user_data);

/* Calls @func on each text of @document, in order, and returns what it
 * found, each range placed in its text. */
static GArray *
find_in_document (JdDocument *document,
                  FindFunc    func,
                  gpointer    user_data)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
  guint n_sections = jd_document_get_n_sections (document);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autoptr(GArray) found = func (fields[i].get (document), user_data);

      for (guint k = 0; k < found->len; k++)
        {
          JdTextRange range = g_array_index (found, JdTextRange, k);

          range.field = fields[i].field;
          g_array_append_val (all, range);
        }
    }

  for (guint s = 0; s < n_sections; s++)
    {
      JdSection *section = jd_document_get_section (document, s);
      guint n_blocks = jd_section_get_n_blocks (section);

      for (int b = -1; b < (int)n_blocks; b++)
        {
          const char *text = b < 0 ? jd_section_get_heading (section)
                                   : jd_block_get_text (jd_section_get_block (section, b));
          g_autoptr(GArray) found = func (text, user_data);

          for (guint k = 0; k < found->len; k++)
            {
              JdTextRange range = g_array_index (found, JdTextRange, k);

              range.section = (int)s;
              range.block = b;
              g_array_append_val (all, range);
            }
        }
    }

  return all;
}

typedef struct
{
  const char  *needle;
  JdFindFlags  flags;
} FindRequest;

static GArray *
find_func (const char *text,
           gpointer    user_data)
{
  FindRequest *request = user_data;

  return jd_text_find (text, request->needle, request->flags);
}

static GArray *
placeholders_func (const char *text,
                   gpointer    user_data)
{
  return jd_text_find_placeholders (text);
}

/**
 * jd_document_find:
 *
 * Returns: (transfer full) (element-type JdTextRange): where @needle is
 *   in the title, the metadata text fields, the headings and the blocks
 *   of @document, in the order of the editor
 */
GArray *
jd_document_find (JdDocument  *document,
                  const char  *needle,
                  JdFindFlags  flags)
{
  FindRequest request = { needle, flags };

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  return find_in_document (document, find_func, &request);
}

/**
 * jd_document_find_placeholders:
 *
 * Returns: (transfer full) (element-type JdTextRange): the placeholders
 *   still in @document (see jd_text_find_placeholders()), in the order of
 *   the editor
 */
GArray *
jd_document_find_placeholders (JdDocument *document)
{
  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  return find_in_document (document, placeholders_func, NULL);
}

/**
 * jd_document_find_untranslated:
 *
 * Finds the blocks still marked as needing translating: blocks the user
 * changed that a translation of the document could not carry over (see
 * jd_block_get_needs_translation()).
 *
 * Returns: (transfer full) (element-type JdTextRange): one range per such
 *   block, the whole of its text, in the order of the editor
 */
GArray *
jd_document_find_untranslated (JdDocument *document)
{
  GArray *all;
  guint n_sections;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);

  all = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
  n_sections = jd_document_get_n_sections (document);
  for (guint s = 0; s < n_sections; s++)
    {
      JdSection *section = jd_document_get_section (document, s);
      guint n_blocks = jd_section_get_n_blocks (section);

      for (guint b = 0; b < n_blocks; b++)
        {
          JdBlock *block = jd_section_get_block (section, b);
          const char *text = jd_block_get_text (block);
          JdTextRange range = { NULL, (int)s, (int)b, 0, 0 };

          if (!jd_block_get_needs_translation (block))
            continue;

          range.end = text != NULL ? (int)g_utf8_strlen (text, -1) : 0;
          g_array_append_val (all, range);
        }
    }

  return all;
}

/**
 * jd_document_replace_range:
 *
 * Puts @replacement in the place of @range.
 *
 * Returns: whether @range was in the document's text
 */
gboolean
jd_document_replace_range (JdDocument        *document,
                           const JdTextRange *range,
                           const char        *replacement)
{
  const char *text;
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *replaced = NULL;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (range != NULL, FALSE);

  text = jd_document_get_range_text (document, range);
  if (text == NULL || range->start < 0 || range->end < range->start ||
      range->end > g_utf8_strlen (text, -1))
    return FALSE;

  ranges = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
  g_array_append_val (ranges, *range);
  replaced = jd_text_replace_ranges (text, ranges, replacement);
  set_range_text (document, range, replaced);

  return TRUE;
}

/**
 * jd_document_replace_all:
 *
 * Puts @replacement in the place of every match of @needle in the text
 * jd_document_find() looks in.
 *
 * Returns: how many were replaced
 */
guint
jd_document_replace_all (JdDocument  *document,
                         const char  *needle,
                         const char  *replacement,
                         JdFindFlags  flags)
{
  g_autoptr(GArray) matches = NULL;
  guint i = 0;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), 0);

  matches = jd_document_find (document, needle, flags);

  /* One text at a time, all its matches at once. */
  while (i < matches->len)
    {
      const JdTextRange *first = &g_array_index (matches, JdTextRange, i);
      g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (JdTextRange));
      g_autofree char *replaced = NULL;

      for (; i < matches->len && jd_text_range_same_text (first, &g_array_index (matches, JdTextRange, i)); i++)
        g_array_append_val (ranges, g_array_index (matches, JdTextRange, i));

      replaced = jd_text_replace_ranges (jd_document_get_range_text (document, first), ranges, replacement);
      set_range_text (document, first, replaced);
    }

  return matches->len;
}
