/* jd-library-index.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "jd-library-index-private.h"

/* templates.index, as build-aux/library-index.py writes it: fields that
 * each end in a NUL byte. A field of one letter starts a record:
 *
 *   T id category isco frontline(0|1) path size
 *                      a template; its title, other titles, keywords and
 *                      related ids follow in the next @size bytes
 *   t LANG TEXT        its title; an empty LANG is the English source,
 *   a LANG TEXT        which starts a new string, the translations
 *   k LANG TEXT        follow it
 *   r ID               a related template
 *
 * The strings are used where they lie: no field is copied. */

static guint
record_size (char kind)
{
  switch (kind)
    {
    case 'T':
      return 6;
    case 't':
    case 'a':
    case 'k':
      return 2;
    case 'r':
      return 1;
    default:
      return 0;
    }
}

/* Reads the record at *@position, which must be before @end, into @kind
 * and @fields, and moves *@position past it. Returns: %FALSE when what is
 * there is not a record, or one that runs past @end. */
gboolean
_jd_library_index_read_record (const char **position,
                               const char  *end,
                               char        *kind,
                               const char  *fields[JD_LIBRARY_INDEX_MAX_FIELDS])
{
  const char *p = *position;
  guint size;

  if (end - p < 2 || p[1] != '\0' || (size = record_size (p[0])) == 0)
    return FALSE;

  *kind = p[0];
  p += 2;
  for (guint i = 0; i < size; i++)
    {
      const char *nul = p < end ? memchr (p, '\0', end - p) : NULL;

      if (nul == NULL)
        return FALSE;
      fields[i] = p;
      p = nul + 1;
    }

  *position = p;
  return TRUE;
}
