/* jd-title.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-title"

#include "config.h"

#include <string.h>

#include "jd-title.h"

#define WORD_JOINER "\u2060"

/* The longest part after a slash that is a gender ending or marker
 * rather than a word of its own: "a" in "Médico/a", "w" and "d" in
 * "(m/w/d)", "F" in "(H/F)", "in" in "Buchhalter/in". */
#define MAX_SHORT_FORM 3

/**
 * jd_title_join_short_forms:
 * @title: a job title
 *
 * Line breaking may split a title after any slash, which cuts gender
 * markers in two in a narrow sidebar: "Buchhalter (m/ ⏎ w/d)",
 * "Comptable (H/ ⏎ F)", "Médico/ ⏎ a". This puts a word joiner (U+2060,
 * which forbids a break and draws nothing) after every slash that is
 * followed by a short part, and leaves slashes between whole words
 * ("Λογιστής/Λογίστρια") free to break.
 *
 * Returns: (transfer full): the title to display
 */
char *
jd_title_join_short_forms (const char *title)
{
  GString *joined;

  g_return_val_if_fail (title != NULL, NULL);

  joined = g_string_sized_new (strlen (title) + 8);
  for (const char *p = title; *p; p = g_utf8_next_char (p))
    {
      guint n_letters = 0;
      const char *q;

      g_string_append_unichar (joined, g_utf8_get_char (p));
      if (*p != '/')
        continue;

      for (q = p + 1; *q && g_unichar_isalpha (g_utf8_get_char (q)); q = g_utf8_next_char (q))
        n_letters++;

      if (n_letters > 0 && n_letters <= MAX_SHORT_FORM)
        g_string_append (joined, WORD_JOINER);
    }

  return g_string_free (joined, FALSE);
}
