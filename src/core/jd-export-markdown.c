/* jd-export-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-markdown"

#include "config.h"

#include <string.h>

#include "jd-export-private.h"
#include "jd-util-private.h"

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
append_section (GString    *out,
                JdSection  *section,
                JdLibrary  *library,
                const char *lang)
{
  guint n_blocks = jd_section_get_n_blocks (section);
  gboolean in_list = FALSE;

  if (!jd_section_has_text (section))
    return;

  g_string_append (out, "\n## ");
  append_escaped (out, jd_library_get_section_heading (library, section, lang), "");
  g_string_append (out, "\n");

  for (guint i = 0; i < n_blocks; i++)
    {
      JdBlock *block = jd_section_get_block (section, i);
      const char *text = jd_block_get_text (block);

      if (_jd_is_blank (text))
        continue;

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

/**
 * jd_export_markdown:
 *
 * Writes @document as CommonMark: the title as a level-one heading, the
 * facts under it, a level-two heading per section, paragraphs and "- "
 * lists, and the apply link.
 *
 * Returns: (transfer full) (nullable): UTF-8 text, or %NULL with @error
 */
GBytes *
jd_export_markdown (JdDocument  *document,
                    JdLibrary   *library,
                    GPtrArray   *warnings,
                    GError     **error)
{
  g_autoptr(GPtrArray) meta = NULL;
  g_autoptr(GPtrArray) details = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *title = NULL;
  g_autofree char *apply_href = NULL;
  g_autofree char *apply_text = NULL;
  GString *out;
  guint n_sections;

  g_return_val_if_fail (JD_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);

  lang = _jd_export_get_language (document);
  meta = _jd_export_dup_meta_facts (document, library, lang, TRUE, error);
  if (meta == NULL)
    return NULL;
  if (!_jd_export_get_apply (document, &apply_href, &apply_text, error))
    return NULL;

  out = g_string_new ("# ");
  title = _jd_export_dup_title (document);
  append_escaped (out, title[0] ? title : jd_library_get_term (library, "untitled", lang), "");
  g_string_append_c (out, '\n');

  if (meta->len > 0)
    {
      g_string_append_c (out, '\n');
      for (guint i = 0; i < meta->len; i++)
        {
          JdExportFact *fact = g_ptr_array_index (meta, i);

          if (i > 0)
            g_string_append (out, JD_EXPORT_FACT_SEPARATOR);
          if (fact->href != NULL)
            append_link (out, fact->text, fact->href);
          else
            append_escaped_at (out, fact->text, "", i == 0);
        }
      g_string_append_c (out, '\n');
    }

  n_sections = jd_document_get_n_sections (document);
  for (guint i = 0; i < n_sections; i++)
    append_section (out, jd_document_get_section (document, i), library, lang);

  if (apply_href != NULL)
    {
      g_autofree char *label = jd_library_format_term (library, "label-value", lang,
                                                       jd_library_get_term (library, "label-apply", lang),
                                                       "", NULL);

      g_string_append_c (out, '\n');
      /* The label comes back stripped of the space before the value. */
      append_escaped (out, label, "");
      g_string_append_c (out, ' ');
      append_link (out, apply_text, apply_href);
      g_string_append_c (out, '\n');
    }

  details = _jd_export_dup_detail_facts (document, library, lang);
  if (details->len > 0)
    {
      g_autofree char *line = _jd_export_join_facts (details, library, lang);

      g_string_append_c (out, '\n');
      append_escaped (out, line, "");
      g_string_append_c (out, '\n');
    }

  return g_string_free_to_bytes (out);
}
