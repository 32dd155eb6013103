/* jd-layout-text-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A run without a break opportunity gets one every this many characters. */
#define JD_LAYOUT_BREAK_EVERY 256

/* The combining marks a character keeps, as in Unicode's stream-safe
 * text format (UAX #15). */
#define JD_LAYOUT_MAX_MARKS 30

char *_jd_layout_text_bound (const char *text);

G_END_DECLS
