/* jd-util-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean _jd_write_all (int            fd,
                        gconstpointer  buffer,
                        gsize          length,
                        GCancellable  *cancellable,
                        int           *errsv);

guint    _jd_count_words (const char *text);

/* g_set_str() arrived in GLib 2.76; the floor here is 2.74. */
static inline gboolean
_jd_set_str (char       **str_pointer,
             const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str ||
      (*str_pointer != NULL && new_str != NULL && g_str_equal (*str_pointer, new_str)))
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

/* Strings that are empty and strings that are unset mean the same to a user. */
static inline const char *
_jd_empty_to_null (const char *str)
{
  return (str != NULL && str[0] != '\0') ? str : NULL;
}

/* Text of nothing but white space shows as nothing in every format. */
static inline gboolean
_jd_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

G_END_DECLS
