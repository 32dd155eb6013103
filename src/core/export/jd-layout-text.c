/* jd-layout-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-layout"

#include "config.h"

#include <string.h>

#include "jd-layout-text-private.h"

/* Pango's line breaking shapes the rest of a run that has no break
 * opportunity again for every line it fills, and a grapheme cluster as a
 * whole, so a 160,000-letter word took 21 s to lay out and a letter with
 * 200,000 accents minutes. What the page layout hands to Pango is
 * therefore bounded first:
 *
 *  - a zero-width space after every JD_LAYOUT_BREAK_EVERY characters of a
 *    run without white space or another zero-width space: an invisible
 *    break opportunity where Pango would have to break the word anyway,
 *    as it is far wider than a line;
 *  - at most JD_LAYOUT_MAX_MARKS combining marks on one character; more
 *    pile up into an unreadable smudge in any renderer.
 *
 * Text with spaces and ordinary accents is left as it is. */

#define ZERO_WIDTH_SPACE 0x200B

/* Returns: (transfer full): @text, bounded for Pango */
char *
_jd_layout_text_bound (const char *text)
{
  GString *out;
  guint run = 0;
  guint marks = 0;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        {
          if (++marks > JD_LAYOUT_MAX_MARKS)
            continue;
        }
      else
        {
          marks = 0;

          if (g_unichar_isspace (c) || c == ZERO_WIDTH_SPACE)
            run = 0;
          else if (++run > JD_LAYOUT_BREAK_EVERY)
            {
              g_string_append_unichar (out, ZERO_WIDTH_SPACE);
              run = 1;
            }
        }

      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}
