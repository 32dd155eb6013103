/* jd-misspelling.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A word to look at again: characters [start, end) of the text checked. */
typedef struct
{
  int start;
  int end;
} JdMisspelling;

G_END_DECLS
