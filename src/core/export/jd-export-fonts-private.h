/* jd-export-fonts-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* DejaVu Sans covers the six languages; its TrueType outlines also load
 * several times faster than Cantarell's CFF ones, which halves the time
 * of a PDF export. */
#define JD_EXPORT_FONT "DejaVu Sans"
#define JD_EXPORT_FONT_FAMILIES JD_EXPORT_FONT ", Cantarell, sans-serif"

PangoFontMap *_jd_export_fonts_get_font_map (gboolean     system);
gboolean      _jd_export_fonts_in_use       (PangoFontMap *font_map);
gboolean      _jd_export_fonts_cover        (PangoLayout  *layout);
/* Part of the formats module (jd-formats.c). */
void          _jd_formats_prepare_pdf       (void);

G_END_DECLS
