/* jd-paper-size.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-page-layout"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>

#include "jd-paper-size.h"

/* A4 or US Letter: the paper of the user's locale for printing and for
 * the PDF export. */

static const char * const letter_territories[] = {
  "BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE", NULL
};

/**
 * jd_paper_size_for_locale:
 * @locale: (nullable): a locale name such as “en_US.UTF-8” or a language
 *   tag such as “es-MX”
 *
 * Returns: US Letter for the territories that use it (the United States,
 *   Canada, Mexico and a few others), A4 for the rest of the world
 */
JdPaperSize
jd_paper_size_for_locale (const char *locale)
{
  const char *sep;
  char territory[3];

  if (locale == NULL)
    return JD_PAPER_A4;

  sep = strpbrk (locale, "_-");
  if (sep == NULL || !g_ascii_isalpha (sep[1]) || !g_ascii_isalpha (sep[2]) ||
      g_ascii_isalnum (sep[3]))
    return JD_PAPER_A4;

  territory[0] = g_ascii_toupper (sep[1]);
  territory[1] = g_ascii_toupper (sep[2]);
  territory[2] = '\0';

  return g_strv_contains (letter_territories, territory) ? JD_PAPER_LETTER : JD_PAPER_A4;
}

/**
 * jd_paper_size_get_default:
 *
 * The paper size of the user's locale: the C library's LC_PAPER where it
 * knows the locale, else the territory in LC_ALL, LC_PAPER or LANG.
 */
JdPaperSize
jd_paper_size_get_default (void)
{
  const char * const variables[] = { "LC_ALL", "LC_PAPER", "LANG" };

#ifdef _NL_PAPER_WIDTH
  {
    const char *paper_locale = setlocale (LC_PAPER, NULL);

    if (paper_locale != NULL &&
        strcmp (paper_locale, "C") != 0 && strcmp (paper_locale, "POSIX") != 0 &&
        !g_str_has_prefix (paper_locale, "C."))
      {
        /* glibc returns the number itself in place of the pointer. */
        union { unsigned int word; char *string; } width;

        width.string = nl_langinfo (_NL_PAPER_WIDTH);
        if (width.word == 216)
          return JD_PAPER_LETTER;
        if (width.word == 210)
          return JD_PAPER_A4;
      }
  }
#endif

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && value[0] != '\0')
        return jd_paper_size_for_locale (value);
    }

  return JD_PAPER_A4;
}

/* "a4" or "letter", as the command line takes them. */
gboolean
jd_paper_size_from_string (const char  *str,
                           JdPaperSize *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (str != NULL && g_ascii_strcasecmp (str, "a4") == 0)
    *paper = JD_PAPER_A4;
  else if (str != NULL && g_ascii_strcasecmp (str, "letter") == 0)
    *paper = JD_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

/* In points: A4 is 210 × 297 mm, Letter 8.5 × 11 in. */
void
jd_paper_size_get_points (JdPaperSize  paper,
                          double      *width,
                          double      *height)
{
  switch (paper)
    {
    case JD_PAPER_LETTER:
      *width = 612;
      *height = 792;
      break;
    case JD_PAPER_A4:
    default:
      *width = 210 * 72 / 25.4;
      *height = 297 * 72 / 25.4;
      break;
    }
}
