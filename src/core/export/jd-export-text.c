/* jd-export-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-text"

#include "config.h"

#include <string.h>

#include "jd-export-text.h"
#include "jd-export-writers-private.h"

/* Plain text for emails and forms without formatting: lines of at most
 * JD_EXPORT_TEXT_WIDTH columns, wrapped between words by display width
 * (a CJK character takes two columns, a combining accent none), headings
 * underlined, bullets with a hanging indent. */

static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  if (g_unichar_iswide (c))
    return 2;
  return 1;
}

static guint
display_width (const char *text,
               gssize      len)
{
  const char *end = len < 0 ? text + strlen (text) : text + len;
  guint width = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    width += char_width (g_utf8_get_char (p));

  return width;
}

/* Breaks on white space only: the no-break spaces inside amounts and
 * before French punctuation hold their words together. */
static gboolean
is_break_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
         (g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR && c != 0x00A0 && c != 0x202F && c != 0x2007);
}

typedef struct
{
  GString    *out;
  guint       width;
  const char *rest_prefix;
  guint       column;
  gboolean    line_empty;
} Wrapper;

static void
wrapper_newline (Wrapper *w)
{
  g_string_append_c (w->out, '\n');
  g_string_append (w->out, w->rest_prefix);
  w->column = display_width (w->rest_prefix, -1);
  w->line_empty = TRUE;
}

/* A word wider than a whole line is cut between characters. */
static void
wrapper_add_word (Wrapper    *w,
                  const char *word,
                  gsize       len)
{
  guint word_width = display_width (word, (gssize)len);

  if (!w->line_empty && w->column + 1 + word_width > w->width)
    wrapper_newline (w);
  else if (!w->line_empty)
    {
      g_string_append_c (w->out, ' ');
      w->column++;
    }

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      guint cw = char_width (g_utf8_get_char (p));

      if (w->column + cw > w->width && !w->line_empty)
        wrapper_newline (w);
      g_string_append_len (w->out, p, g_utf8_next_char (p) - p);
      w->column += cw;
      w->line_empty = FALSE;
    }
}

/* Appends @text wrapped at @width columns: @first_prefix before the first
 * line, @rest_prefix before the others; ends with a newline. Line breaks
 * in @text are kept. */
static void
append_wrapped (GString    *out,
                const char *text,
                guint       width,
                const char *first_prefix,
                const char *rest_prefix)
{
  Wrapper w = { out, width, rest_prefix, 0, TRUE };
  const char *p = text;

  g_string_append (out, first_prefix);
  w.column = display_width (first_prefix, -1);

  while (*p)
    {
      const char *start;
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          if (!w.line_empty)
            wrapper_newline (&w);
          p++;
          continue;
        }
      if (is_break_space (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p && !is_break_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      wrapper_add_word (&w, start, (gsize)(p - start));
    }

  /* A trailing newline of @text leaves the indent of an empty line. */
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

/* A heading: its text wrapped, then a line of @rule as wide as its widest
 * line. */
static void
append_heading (GString    *out,
                const char *text,
                char        rule)
{
  gsize start = out->len;
  g_auto(GStrv) lines = NULL;
  guint widest = 0;

  append_wrapped (out, text, JD_EXPORT_TEXT_WIDTH, "", "");
  lines = g_strsplit (out->str + start, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    widest = MAX (widest, display_width (lines[i], -1));

  for (guint i = 0; i < MAX (widest, 1); i++)
    g_string_append_c (out, rule);
  g_string_append_c (out, '\n');
}

static void
append_section (GString         *out,
                JdExportSection *section)
{
  gboolean in_list = FALSE;

  g_string_append_c (out, '\n');
  append_heading (out, section->heading, '-');

  for (guint i = 0; i < section->blocks->len; i++)
    {
      JdBlock *block = g_ptr_array_index (section->blocks, i);
      const char *text = jd_block_get_text (block);

      if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
        {
          if (!in_list)
            g_string_append_c (out, '\n');
          append_wrapped (out, text, JD_EXPORT_TEXT_WIDTH, "  • ", "    ");
          in_list = TRUE;
        }
      else
        {
          g_string_append_c (out, '\n');
          append_wrapped (out, text, JD_EXPORT_TEXT_WIDTH, "", "");
          in_list = FALSE;
        }
    }
}

/* Plain UTF-8 text wrapped at JD_EXPORT_TEXT_WIDTH columns: the title
 * underlined with "=", the facts, each section's heading underlined with
 * "-", paragraphs, "•" bullets with a hanging indent, and the apply link. */
GBytes *
_jd_export_write_text (JdExportView           *view,
                       const JdExportOptions  *options,
                       GPtrArray              *warnings,
                       GError                **error)
{
  GString *out = g_string_new (NULL);

  append_heading (out, view->heading, '=');

  if (view->meta->len > 0)
    {
      g_autofree char *line = _jd_export_view_join_facts (view, view->meta, FALSE);

      g_string_append_c (out, '\n');
      append_wrapped (out, line, JD_EXPORT_TEXT_WIDTH, "", "");
    }

  for (guint i = 0; i < view->sections->len; i++)
    append_section (out, g_ptr_array_index (view->sections, i));

  if (view->apply_text != NULL)
    {
      g_autofree char *line = _jd_export_view_label_value (view, _jd_export_view_get_term (view, "label-apply"),
                                                           view->apply_text);

      g_string_append_c (out, '\n');
      append_wrapped (out, line, JD_EXPORT_TEXT_WIDTH, "", "");
    }

  if (view->details->len > 0)
    {
      g_autofree char *line = _jd_export_view_join_facts (view, view->details, TRUE);

      g_string_append_c (out, '\n');
      append_wrapped (out, line, JD_EXPORT_TEXT_WIDTH, "", "");
    }

  return g_string_free_to_bytes (out);
}
