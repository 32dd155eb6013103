/* jd-export-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The width plain-text exports wrap at, in columns. */
#define JD_EXPORT_TEXT_WIDTH 72
