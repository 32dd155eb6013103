/* jd-import-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include "jd-import-private.h"

/* Plain text, as e-mails and job boards have it: blank lines part
 * paragraphs, whose wrapped lines join; lines that start with a bullet
 * (- • * – and the like) or a number are items, and the indented lines
 * after them continue them. Headings have no markup, so they are
 * guessed: a short line ending with a colon, a short line right before
 * a list, a line in capitals, a line underlined with === or ---, a line
 * that says what a section heading says, and the first line when it is
 * short (the title). */

#define MAX_HEADING_CHARS 80

static const char * const bullets[] = {
  "-", "•", "*", "–", "—", "·", "▪", "◦", "‣", "+", "●", "○", "■", "□", "➢", "➤", "►",
  "✓", "✔", "→", NULL
};

/* Dashes also start clauses: a wrapped line of a paragraph may begin with
 * one. They make items only after a blank line or another item. */
static const char * const dashes[] = { "–", "—", "·", NULL };

typedef struct
{
  JdImportPieceKind  kind;
  guint              level;
  /* Where an item's bullet is: lines indented further continue it. */
  guint              indent;
  GPtrArray         *lines;
} Block;

static void
block_free (Block *block)
{
  g_ptr_array_unref (block->lines);
  g_free (block);
}

static Block *
block_new (JdImportPieceKind kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->lines = g_ptr_array_new_with_free_func (g_free);
  return block;
}

/* Returns: the text after a bullet or a number at the start of @line,
 * or %NULL */
static const char *
item_text (const char *line)
{
  const char *p = line;

  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (p, bullets[i]))
      {
        const char *after = p + strlen (bullets[i]);

        if (*after == ' ' || *after == '\t')
          return after + 1;
      }

  while (g_ascii_isdigit (*p) && p - line < 3)
    p++;
  if (p > line && (*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t'))
    return p + 2;

  /* a) b) c) */
  if (g_ascii_isalpha (line[0]) && line[1] == ')' && line[2] == ' ')
    return line + 3;

  return NULL;
}

static gboolean
is_underline (const char *line)
{
  gsize len = strlen (line);

  if (len < 3)
    return FALSE;

  for (const char *p = line; *p; p++)
    if (*p != line[0])
      return FALSE;

  return line[0] == '=' || line[0] == '-';
}

static gboolean
ends_sentence (const char *line)
{
  gsize len = strlen (line);

  return len > 0 && strchr (".!?;,", line[len - 1]) != NULL;
}

static gboolean
is_capitals (const char *line)
{
  gboolean letters = FALSE;

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isupper (c))
        letters = TRUE;
    }

  return letters;
}

static gboolean
is_short (const char *line,
          guint       max)
{
  return g_utf8_strlen (line, -1) <= max;
}

static guint
count_words (const char *line)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = line; *p; p++)
    {
      if (*p == ' ' || *p == '\t')
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          n++;
        }
    }

  return n;
}

/* A colon ends headings ("Requirements:") and also sentences that a
 * wrapped paragraph goes on with: only a few words make a heading. */
static gboolean
is_colon_heading (const char *line,
                  guint       max_words)
{
  gsize len = strlen (line);

  return len > 0 && line[len - 1] == ':' && count_words (line) <= max_words &&
         strchr (line, ',') == NULL;
}

static gboolean
looks_like_heading (const char *line,
                    gboolean    before_list)
{
  JdSectionKind kind;

  if (!is_short (line, MAX_HEADING_CHARS))
    return FALSE;

  if (is_colon_heading (line, 8))
    return TRUE;

  if (_jd_import_match_heading (line, TRUE, &kind))
    return TRUE;

  if (ends_sentence (line))
    return FALSE;

  return before_list || (is_capitals (line) && is_short (line, 60));
}

static guint
indent_of (const char *line)
{
  guint indent = 0;

  for (const char *p = line; *p == ' ' || *p == '\t'; p++)
    indent += *p == '\t' ? 4 - indent % 4 : 1;

  return indent;
}

static gboolean
starts_with_dash (const char *line)
{
  for (guint i = 0; dashes[i] != NULL; i++)
    if (g_str_has_prefix (line, dashes[i]))
      return TRUE;

  return FALSE;
}

/* Lines into blocks: paragraphs, items, and underlined headings. */
static GPtrArray *
read_blocks (char **lines)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);
  Block *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      guint indent = indent_of (line);
      const char *item;

      g_strstrip (line);

      if (line[0] == '\0')
        {
          current = NULL;
          continue;
        }

      if (current != NULL && current->kind == JD_IMPORT_PIECE_PARAGRAPH &&
          current->lines->len == 1 && is_underline (line))
        {
          current->kind = JD_IMPORT_PIECE_HEADING;
          current->level = line[0] == '=' ? 1 : 2;
          current = NULL;
          continue;
        }

      /* A line indented past an item's bullet continues the item. */
      if (current != NULL && current->kind == JD_IMPORT_PIECE_ITEM && indent > current->indent)
        {
          g_ptr_array_add (current->lines, g_strdup (line));
          continue;
        }

      if ((item = item_text (line)) != NULL &&
          (!starts_with_dash (line) || current == NULL || current->kind == JD_IMPORT_PIECE_ITEM))
        {
          current = block_new (JD_IMPORT_PIECE_ITEM);
          current->indent = indent;
          g_ptr_array_add (current->lines, g_strdup (item));
          g_ptr_array_add (blocks, current);
          continue;
        }

      /* A line after a paragraph is the same paragraph, wrapped. */
      if (current != NULL && current->kind == JD_IMPORT_PIECE_PARAGRAPH)
        {
          g_ptr_array_add (current->lines, g_strdup (line));
          continue;
        }

      current = block_new (JD_IMPORT_PIECE_PARAGRAPH);
      g_ptr_array_add (current->lines, g_strdup (line));
      g_ptr_array_add (blocks, current);
    }

  return g_steal_pointer (&blocks);
}

static char *
join_lines (GPtrArray *lines,
            guint      from)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = from; i < lines->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, g_ptr_array_index (lines, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
_jd_import_read_text (const char    *text,
                      JdImportFlow  *flow,
                      GError       **error)
{
  g_autofree char *unified = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) blocks = NULL;

  /* Old Macs ended lines with \r alone. */
  unified = g_strdup (text);
  for (char *p = unified; *p; p++)
    if (*p == '\r')
      *p = p[1] == '\n' ? ' ' : '\n';

  lines = g_strsplit (unified, "\n", -1);
  blocks = read_blocks (lines);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      Block *next = i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL;
      const char *first = g_ptr_array_index (block->lines, 0);
      gboolean before_list = next != NULL && next->kind == JD_IMPORT_PIECE_ITEM;
      g_autofree char *joined = NULL;

      if (block->kind != JD_IMPORT_PIECE_PARAGRAPH)
        {
          joined = join_lines (block->lines, 0);
          _jd_import_flow_add (flow, block->kind, block->level, joined);
          continue;
        }

      /* The first line, short and alone, is the title. */
      if (i == 0 && block->lines->len == 1 && is_short (first, 100) && !ends_sentence (first))
        {
          _jd_import_flow_add (flow, JD_IMPORT_PIECE_HEADING, 1, first);
          continue;
        }

      /* A heading line may have its text right under it. */
      if (looks_like_heading (first, block->lines->len == 1 && before_list) &&
          (block->lines->len == 1 || (is_colon_heading (first, 5) && is_short (first, 40)) ||
           _jd_import_match_heading (first, TRUE, NULL)))
        {
          _jd_import_flow_add (flow, JD_IMPORT_PIECE_HEADING, 0, first);
          if (block->lines->len > 1)
            {
              joined = join_lines (block->lines, 1);
              _jd_import_flow_add (flow, JD_IMPORT_PIECE_PARAGRAPH, 0, joined);
            }
          continue;
        }

      joined = join_lines (block->lines, 0);
      _jd_import_flow_add (flow, JD_IMPORT_PIECE_PARAGRAPH, 0, joined);
    }

  return TRUE;
}
