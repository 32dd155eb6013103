/* jd-import-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include "jd-import-private.h"

/* Markdown, as CommonMark and the job boards write it: ATX (#) and
 * Setext (===, ---) headings, -, * and + lists and numbered ones,
 * paragraphs whose lines join, hard breaks (a trailing backslash or two
 * spaces), block quotes and code blocks. Inline markup becomes plain
 * text: escapes are undone, emphasis marks dropped, a link keeps its
 * address beside its text, and images are left out. */

static gboolean
is_punct (char c)
{
  return c != '\0' && g_ascii_ispunct (c);
}

static gboolean
is_space_or_edge (char c)
{
  return c == '\0' || g_ascii_isspace (c);
}

static void md_inline (GString    *out,
                       const char *text,
                       gsize       len,
                       guint       depth);

/* Returns: the end of a bracketed run that starts at @p ([...] or
 * (...)), respecting escapes and nesting, or %NULL */
static const char *
find_closing (const char *p,
              const char *end,
              char        open,
              char        close)
{
  int nesting = 0;

  for (; p < end; p++)
    {
      if (*p == '\\' && p + 1 < end)
        p++;
      else if (*p == open)
        nesting++;
      else if (*p == close && --nesting == 0)
        return p;
    }

  return NULL;
}

static char *
link_address (const char *dest,
              gsize       len)
{
  g_autofree char *raw = g_strstrip (g_strndup (dest, len));
  char *space;

  /* <destination> "title" */
  if (raw[0] == '<')
    {
      char *close = strchr (raw, '>');

      if (close == NULL)
        return NULL;
      *close = '\0';
      memmove (raw, raw + 1, strlen (raw));
    }
  else if ((space = strpbrk (raw, " \t")) != NULL)
    *space = '\0';

  if (g_ascii_strncasecmp (raw, "mailto:", 7) == 0)
    return raw[7] != '\0' ? g_strdup (raw + 7) : NULL;

  if (g_ascii_strncasecmp (raw, "http://", 7) == 0 || g_ascii_strncasecmp (raw, "https://", 8) == 0)
    {
      g_autoptr(GString) decoded = g_string_new (NULL);

      /* The Markdown export writes parentheses percent-encoded. */
      for (const char *p = raw; *p; p++)
        {
          if (g_str_has_prefix (p, "%28") || g_str_has_prefix (p, "%29"))
            {
              g_string_append_c (decoded, p[2] == '8' ? '(' : ')');
              p += 2;
            }
          else
            g_string_append_c (decoded, *p);
        }
      return g_string_free (g_steal_pointer (&decoded), FALSE);
    }

  return NULL;
}

/* [text](destination) and ![alt](source): returns where the link ends,
 * or %NULL when @p does not start one. */
static const char *
md_link (GString    *out,
         const char *p,
         const char *end,
         gboolean    image,
         guint       depth)
{
  const char *close = find_closing (p, end, '[', ']');
  const char *dest_end;

  if (close == NULL || close + 1 >= end || close[1] != '(')
    return NULL;

  dest_end = find_closing (close + 1, end, '(', ')');
  if (dest_end == NULL)
    return NULL;

  if (!image)
    {
      g_autofree char *address = link_address (close + 2, (gsize)(dest_end - close - 2));
      gsize start = out->len;

      md_inline (out, p + 1, (gsize)(close - p - 1), depth + 1);
      if (address != NULL && strstr (out->str + start, address) == NULL)
        {
          if (out->len > start)
            g_string_append_printf (out, " (%s)", address);
          else
            g_string_append (out, address);
        }
    }

  return dest_end + 1;
}

static const struct {
  const char *name;
  const char *text;
} entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
  { "apos", "'" }, { "nbsp", "\xc2\xa0" }, { "ndash", "–" }, { "mdash", "—" },
};

/* &name; and &#NN; references: returns where one ends, or %NULL. */
static const char *
md_entity (GString    *out,
           const char *p,
           const char *end)
{
  const char *semi = memchr (p, ';', MIN ((gsize)(end - p), 12));
  g_autofree char *name = NULL;

  if (semi == NULL || semi == p + 1)
    return NULL;

  name = g_strndup (p + 1, (gsize)(semi - p - 1));
  if (name[0] == '#')
    {
      gboolean hex = name[1] == 'x' || name[1] == 'X';
      guint64 code;

      if (!g_ascii_string_to_unsigned (name + (hex ? 2 : 1), hex ? 16 : 10, 1, 0x10FFFF, &code, NULL) ||
          !g_unichar_validate ((gunichar)code) || code < 0x20)
        return NULL;
      g_string_append_unichar (out, (gunichar)code);
      return semi + 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_str_equal (name, entities[i].name))
      {
        g_string_append (out, entities[i].text);
        return semi + 1;
      }

  return NULL;
}

/* <https://…>, <someone@example.com>, and inline HTML tags, of which
 * only <br> means something in plain text. */
static const char *
md_angle (GString    *out,
          const char *p,
          const char *end)
{
  const char *close = memchr (p, '>', (gsize)(end - p));
  g_autofree char *inner = NULL;

  if (close == NULL)
    return NULL;

  inner = g_strndup (p + 1, (gsize)(close - p - 1));
  if (strpbrk (inner, " \t<") == NULL &&
      (g_ascii_strncasecmp (inner, "http://", 7) == 0 || g_ascii_strncasecmp (inner, "https://", 8) == 0))
    g_string_append (out, inner);
  else if (strpbrk (inner, " \t<") == NULL && g_ascii_strncasecmp (inner, "mailto:", 7) == 0)
    g_string_append (out, inner + 7);
  else if (strpbrk (inner, " \t<") == NULL && strchr (inner, '@') != NULL && strchr (inner, ':') == NULL)
    g_string_append (out, inner);
  else if (g_ascii_isalpha (inner[0]) || (inner[0] == '/' && g_ascii_isalpha (inner[1])))
    {
      if (g_ascii_strncasecmp (inner, "br", 2) == 0 && !g_ascii_isalnum (inner[2]))
        g_string_append_c (out, '\n');
    }
  else
    return NULL;

  return close + 1;
}

/* A run of * _ or ~ is emphasis, and dropped, where it touches a word
 * on one side; "3 * 4" keeps its star and snake_case its underscores. */
static gboolean
is_emphasis (const char *start,
             const char *p,
             const char *run_end,
             const char *end)
{
  char before = p > start ? p[-1] : '\0';
  char after = run_end < end ? *run_end : '\0';
  gboolean left = !is_space_or_edge (after);
  gboolean right = !is_space_or_edge (before);

  if (!left && !right)
    return FALSE;

  if (*p == '_')
    return (left && !g_ascii_isalnum (before)) || (right && !g_ascii_isalnum (after));

  if (*p == '~')
    return run_end - p == 2;

  return TRUE;
}

static void
md_inline (GString    *out,
           const char *text,
           gsize       len,
           guint       depth)
{
  const char *end = text + len;
  const char *p = text;

  if (depth > 16)
    {
      g_string_append_len (out, text, (gssize)len);
      return;
    }

  while (p < end)
    {
      const char *next = NULL;

      if (*p == '\\' && p + 1 < end && is_punct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
          continue;
        }

      if (*p == '`')
        {
          const char *run = p;
          gsize n;
          const char *q;

          while (run < end && *run == '`')
            run++;
          n = (gsize)(run - p);
          for (q = run; q < end; q++)
            if (*q == '`')
              {
                const char *r = q;

                while (r < end && *r == '`')
                  r++;
                if ((gsize)(r - q) == n)
                  break;
                q = r - 1;
              }
          if (q < end)
            {
              g_autofree char *code = g_strndup (run, (gsize)(q - run));

              g_string_append (out, g_strstrip (code));
              p = q + n;
            }
          else
            {
              g_string_append_len (out, p, (gssize)n);
              p = run;
            }
          continue;
        }

      if (*p == '!' && p + 1 < end && p[1] == '[')
        next = md_link (out, p + 1, end, TRUE, depth);
      else if (*p == '[')
        next = md_link (out, p, end, FALSE, depth);
      else if (*p == '&')
        next = md_entity (out, p, end);
      else if (*p == '<')
        next = md_angle (out, p, end);
      else if (*p == '*' || *p == '_' || *p == '~')
        {
          const char *run = p;

          while (run < end && *run == *p)
            run++;
          if (!is_emphasis (text, p, run, end))
            g_string_append_len (out, p, run - p);
          next = run;
        }

      if (next != NULL)
        p = next;
      else
        g_string_append_c (out, *p++);
    }
}

typedef struct
{
  JdImportFlow      *flow;
  GString           *block;
  JdImportPieceKind  kind;
  guint              level;
  gboolean           hard_break;
  guint              n_lines;
} MdReader;

static void
flush (MdReader *reader)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  if (reader->block->len == 0)
    return;

  md_inline (plain, reader->block->str, reader->block->len, 0);
  _jd_import_flow_add (reader->flow, reader->kind, reader->level, plain->str);
  g_string_truncate (reader->block, 0);
  reader->n_lines = 0;
  reader->hard_break = FALSE;
}

static void
start (MdReader          *reader,
       JdImportPieceKind  kind,
       guint              level)
{
  flush (reader);
  reader->kind = kind;
  reader->level = level;
}

/* Adds a line of text to the block, joined to the one before by a space
 * or, after a hard break, a newline. */
static void
add_line (MdReader   *reader,
          const char *line)
{
  g_autofree char *copy = g_strdup (line);
  gsize len = strlen (copy);
  gboolean hard = FALSE;
  gsize backslashes = 0;

  while (backslashes < len && copy[len - 1 - backslashes] == '\\')
    backslashes++;

  if (backslashes % 2 == 1)
    {
      copy[--len] = '\0';
      hard = TRUE;
    }
  else if (len >= 2 && copy[len - 1] == ' ' && copy[len - 2] == ' ')
    hard = TRUE;

  g_strstrip (copy);
  if (reader->block->len > 0)
    g_string_append_c (reader->block, reader->hard_break ? '\n' : ' ');
  g_string_append (reader->block, copy);
  reader->hard_break = hard;
  reader->n_lines++;
}

static guint
indent_of (const char  *line,
           const char **rest)
{
  guint indent = 0;
  const char *p = line;

  for (; *p == ' ' || *p == '\t'; p++)
    indent += *p == '\t' ? 4 - indent % 4 : 1;

  *rest = p;
  return indent;
}

/* A line of three or more of one of *, - or _, with spaces between or not. */
static gboolean
is_thematic_break (const char *line)
{
  char mark = 0;
  guint count = 0;

  for (const char *p = line; *p; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (mark == 0 && (*p == '*' || *p == '-' || *p == '_'))
        mark = *p;
      if (*p != mark)
        return FALSE;
      count++;
    }

  return count >= 3;
}

static gboolean
is_underline (const char *line,
              char        mark)
{
  const char *p = line;

  while (*p == mark)
    p++;
  while (*p == ' ' || *p == '\t')
    p++;

  return p > line && *p == '\0' && line[0] == mark;
}

/* "- ", "* ", "+ ", "1. ", "1) " at the start of @line: returns the text
 * after the marker, or %NULL. */
static const char *
list_marker (const char *line)
{
  const char *p = line;

  if ((*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t' || p[1] == '\0'))
    return p[1] == '\0' ? p + 1 : p + 2;

  while (g_ascii_isdigit (*p) && p - line < 9)
    p++;
  if (p > line && (*p == '.' || *p == ')') && (p[1] == ' ' || p[1] == '\t' || p[1] == '\0'))
    return p[1] == '\0' ? p + 1 : p + 2;

  return NULL;
}

/* "## Heading ##": returns the level and puts the text in @text. */
static guint
atx_heading (const char  *line,
             char       **text)
{
  guint level = 0;
  const char *p = line;
  char *copy;
  gsize len;

  for (; *p == '#' && level < 7; p++)
    level++;

  if (level == 0 || level > 6 || (*p != ' ' && *p != '\t' && *p != '\0'))
    return 0;

  copy = g_strstrip (g_strdup (p));
  len = strlen (copy);
  /* A closing run of # is dropped when a space comes before it. */
  if (len > 0 && copy[len - 1] == '#')
    {
      gsize cut = len;

      while (cut > 0 && copy[cut - 1] == '#')
        cut--;
      if (cut == 0 || copy[cut - 1] == ' ' || copy[cut - 1] == '\t')
        {
          copy[cut] = '\0';
          g_strchomp (copy);
        }
    }

  *text = copy;
  return level;
}

gboolean
_jd_import_read_markdown (const char    *text,
                          JdImportFlow  *flow,
                          GError       **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) block = g_string_new (NULL);
  g_autofree char *fence = NULL;
  MdReader reader = { flow, block, JD_IMPORT_PIECE_PARAGRAPH, 0, FALSE, 0 };
  guint first_piece = flow->pieces->len;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      const char *rest;
      const char *item;
      g_autofree char *heading = NULL;
      guint indent;
      guint level;
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';

      indent = indent_of (line, &rest);

      if (fence != NULL)
        {
          if (indent < 4 && g_str_has_prefix (rest, fence))
            {
              g_clear_pointer (&fence, g_free);
              flush (&reader);
            }
          else
            {
              if (reader.block->len > 0)
                g_string_append_c (reader.block, '\n');
              /* Code is text as it is: escaped so that no markup is read. */
              for (const char *p = line; *p; p++)
                {
                  if (is_punct (*p))
                    g_string_append_c (reader.block, '\\');
                  g_string_append_c (reader.block, *p);
                }
            }
          continue;
        }

      /* Block quotes are read as the text they quote. */
      while (indent < 4 && *rest == '>')
        {
          rest++;
          if (*rest == ' ')
            rest++;
          indent = indent_of (rest, &rest);
        }

      if (*rest == '\0')
        {
          flush (&reader);
          continue;
        }

      if (indent < 4 && (g_str_has_prefix (rest, "```") || g_str_has_prefix (rest, "~~~")))
        {
          start (&reader, JD_IMPORT_PIECE_PARAGRAPH, 0);
          fence = g_strndup (rest, 3);
          continue;
        }

      if (indent < 4 && (level = atx_heading (rest, &heading)) > 0)
        {
          start (&reader, JD_IMPORT_PIECE_HEADING, level);
          g_string_append (reader.block, heading);
          flush (&reader);
          continue;
        }

      /* Setext: a paragraph underlined with = or - is a heading. */
      if (indent < 4 && reader.kind == JD_IMPORT_PIECE_PARAGRAPH && reader.block->len > 0 &&
          (is_underline (rest, '=') || is_underline (rest, '-')))
        {
          reader.kind = JD_IMPORT_PIECE_HEADING;
          reader.level = rest[0] == '=' ? 1 : 2;
          flush (&reader);
          continue;
        }

      if (indent < 4 && is_thematic_break (rest))
        {
          flush (&reader);
          continue;
        }

      if ((item = list_marker (rest)) != NULL)
        {
          start (&reader, JD_IMPORT_PIECE_ITEM, 0);
          add_line (&reader, item);
          continue;
        }

      if (reader.block->len == 0)
        start (&reader, JD_IMPORT_PIECE_PARAGRAPH, 0);
      add_line (&reader, rest);
    }

  flush (&reader);

  /* A first line alone, short and not a sentence, is the title, as in
   * plain text. */
  if (flow->pieces->len > first_piece)
    {
      JdImportPiece *first = g_ptr_array_index (flow->pieces, first_piece);
      gsize len = strlen (first->text);

      if (first->kind == JD_IMPORT_PIECE_PARAGRAPH && strchr (first->text, '\n') == NULL &&
          g_utf8_strlen (first->text, -1) <= 100 && strchr (".!?;,:", first->text[len - 1]) == NULL)
        {
          first->kind = JD_IMPORT_PIECE_HEADING;
          first->level = 1;
        }
    }

  return TRUE;
}
