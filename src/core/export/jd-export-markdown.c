/* jd-export-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-markdown"

#include "config.h"

#include <string.h>

#include "jd-export-writers-private.h"

/* CommonMark, for the job boards and wikis that take Markdown. What the
 * user wrote is text: every character that CommonMark (or GitHub's
 * dialect) could read as markup is escaped with a backslash, so
 * "*urgent*" stays asterisks and "<script>" stays visible text. */

/* Anywhere in a line: emphasis, code, links, HTML, entities, headings'
 * closing #s, GitHub's strikethrough and tables. */
static const char inline_specials[] = "\\`*_[]<>&#~|";

static void
append_escaped_line (GString    *out,
                     const char *line,
                     gboolean    line_start)
{
  const char *p = line;

  /* At the start of a line: a list, a heading underline or a thematic
   * break (- + =), or an ordered list ("1." or "1)"). */
  if (!line_start)
    ;
  else if (*p == '-' || *p == '+' || *p == '=')
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '.' || *q == ')')
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          g_string_append_c (out, *q);
          p = q + 1;
        }
    }

  for (; *p; p++)
    {
      if (strchr (inline_specials, *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* A block's lines, stripped and escaped; the lines after the first are
 * hard breaks, indented by @indent to stay in a list item. */
static void
append_escaped_at (GString    *out,
                   const char *text,
                   const char *indent,
                   gboolean    line_start)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean first = TRUE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] == '\0')
        continue;

      if (!first)
        {
          g_string_append (out, "\\\n");
          g_string_append (out, indent);
        }
      append_escaped_line (out, line, line_start || !first);
      first = FALSE;
    }
}

static void
append_escaped (GString    *out,
                const char *text,
                const char *indent)
{
  append_escaped_at (out, text, indent, TRUE);
}

/* The destination of a link, in <>: checked links have no spaces, quotes
 * or angle brackets, and parentheses are percent-encoded for renderers
 * that ignore the brackets. */
static void
append_destination (GString    *out,
                    const char *href)
{
  g_string_append_c (out, '<');
  for (const char *p = href; *p; p++)
    {
      if (*p == '(')
        g_string_append (out, "%28");
      else if (*p == ')')
        g_string_append (out, "%29");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '>');
}

static void
append_link (GString    *out,
             const char *text,
             const char *href)
{
  g_string_append_c (out, '[');
  append_escaped_at (out, text, "", FALSE);
  g_string_append (out, "](");
  append_destination (out, href);
  g_string_append_c (out, ')');
}

static void
append_section (GString         *out,
                JdExportSection *section)
{
  gboolean in_list = FALSE;

  g_string_append (out, "\n## ");
  append_escaped (out, section->heading, "");
  g_string_append (out, "\n");

  for (guint i = 0; i < section->blocks->len; i++)
    {
      JdBlock *block = g_ptr_array_index (section->blocks, i);
      const char *text = jd_block_get_text (block);

      if (jd_block_get_kind (block) == JD_BLOCK_ITEM)
        {
          if (!in_list)
            g_string_append_c (out, '\n');
          g_string_append (out, "- ");
          append_escaped (out, text, "  ");
          g_string_append_c (out, '\n');
          in_list = TRUE;
        }
      else
        {
          g_string_append_c (out, '\n');
          append_escaped (out, text, "");
          g_string_append_c (out, '\n');
          in_list = FALSE;
        }
    }
}

/* CommonMark: the title as a level-one heading, the facts under it, a
 * level-two heading per section, paragraphs and "- " lists, and the apply
 * link. */
GBytes *
_jd_export_write_markdown (JdExportView           *view,
                           const JdExportOptions  *options,
                           GPtrArray              *warnings,
                           GError                **error)
{
  GString *out = g_string_new ("# ");

  append_escaped (out, view->heading, "");
  g_string_append_c (out, '\n');

  if (view->meta->len > 0)
    {
      g_string_append_c (out, '\n');
      for (guint i = 0; i < view->meta->len; i++)
        {
          JdExportFact *fact = g_ptr_array_index (view->meta, i);

          if (i > 0)
            g_string_append (out, JD_EXPORT_FACT_SEPARATOR);
          if (fact->href != NULL)
            append_link (out, fact->text, fact->href);
          else
            append_escaped_at (out, fact->text, "", i == 0);
        }
      g_string_append_c (out, '\n');
    }

  for (guint i = 0; i < view->sections->len; i++)
    append_section (out, g_ptr_array_index (view->sections, i));

  if (view->apply_href != NULL)
    {
      g_autofree char *label = _jd_export_view_label_value (view, _jd_export_view_get_term (view, "label-apply"), "");

      g_string_append_c (out, '\n');
      /* The label comes back stripped of the space before the value. */
      append_escaped (out, label, "");
      g_string_append_c (out, ' ');
      append_link (out, view->apply_text, view->apply_href);
      g_string_append_c (out, '\n');
    }

  if (view->details->len > 0)
    {
      g_autofree char *line = _jd_export_view_join_facts (view, view->details, TRUE);

      g_string_append_c (out, '\n');
      append_escaped (out, line, "");
      g_string_append_c (out, '\n');
    }

  return g_string_free_to_bytes (out);
}
