/* jd-export-fonts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "jd-export-fonts-private.h"

/* Fontconfig reads the system's configuration (fonts.conf and the dozens
 * of files it includes) before it finds the first font: a quarter of the
 * instructions of a PDF export from the command line. The page layout
 * asks for one font, DejaVu Sans; a configuration of our own that knows
 * where fonts are and nothing else finds it from the same caches for a
 * fraction of that. It has none of the system's rules, so it is only used
 * where it gives the same pages: a layout whose every run is set in
 * DejaVu Sans (_jd_export_fonts_cover()) is one the system configuration
 * would set the same way, since that font covers the text; anything else
 * (a character DejaVu Sans lacks, which the system's rules would give to
 * another font) is laid out again with the system's configuration. The
 * window keeps the system's configuration throughout: GTK has loaded it
 * already. */

static const char own_config[] =
  "<?xml version=\"1.0\"?>\n"
  "<fontconfig>\n"
  "  <dir>/usr/share/fonts</dir>\n"
  "  <dir>/usr/local/share/fonts</dir>\n"
  "  <dir prefix=\"xdg\">fonts</dir>\n"
  "  <dir>~/.fonts</dir>\n"
  "  <cachedir>/var/cache/fontconfig</cachedir>\n"
  "  <cachedir>/usr/lib/fontconfig/cache</cachedir>\n"
  "  <cachedir prefix=\"xdg\">fontconfig</cachedir>\n"
  "</fontconfig>\n";

static gboolean own_in_use;
static GPrivate system_font_map = G_PRIVATE_INIT (g_object_unref);

/* Whether @config has DejaVu Sans upright in its regular and bold
 * weights, the faces the page layout uses. */
static gboolean
has_faces (FcConfig *config)
{
  FcPattern *pattern = FcPatternBuild (NULL,
                                       FC_FAMILY, FcTypeString, JD_EXPORT_FONT,
                                       FC_SLANT, FcTypeInteger, FC_SLANT_ROMAN,
                                       FC_WIDTH, FcTypeInteger, FC_WIDTH_NORMAL,
                                       NULL);
  FcObjectSet *objects = FcObjectSetBuild (FC_WEIGHT, NULL);
  FcFontSet *fonts = FcFontList (config, pattern, objects);
  gboolean regular = FALSE;
  gboolean bold = FALSE;

  for (int i = 0; fonts != NULL && i < fonts->nfont; i++)
    {
      int weight;

      if (FcPatternGetInteger (fonts->fonts[i], FC_WEIGHT, 0, &weight) != FcResultMatch)
        continue;
      regular |= weight == FC_WEIGHT_REGULAR;
      bold |= weight == FC_WEIGHT_BOLD;
    }

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  return regular && bold;
}

static void
use_own_fonts (void)
{
  FcConfig *config;

  if (g_getenv ("FONTCONFIG_FILE") != NULL || g_getenv ("FONTCONFIG_PATH") != NULL ||
      g_getenv ("FONTCONFIG_SYSROOT") != NULL)
    return;

  config = FcConfigCreate ();
  if (FcConfigParseAndLoadFromMemory (config, (const FcChar8 *)own_config, FcFalse) &&
      FcConfigBuildFonts (config) && has_faces (config) && FcConfigSetCurrent (config))
    {
      own_in_use = TRUE;
      g_debug ("PDF exports find %s with a font configuration of their own", JD_EXPORT_FONT);
    }
  FcConfigDestroy (config);
}

/* Part of the formats module (jd-formats.c): jd_export_prepare_pdf()
 * calls it, once, before anything else uses Pango or Fontconfig. */
void
_jd_formats_prepare_pdf (void)
{
  use_own_fonts ();

  /* Fontconfig loads its configuration in a thread of Pango's: starting
   * it now overlaps that with what the caller does next. */
  pango_cairo_font_map_get_default ();
}

/* Returns: (transfer none): the font map of this thread for a PDF: the
 * default one of PangoCairo (with Jobscribe's configuration where it is in
 * use), or, with @system, one with the system's configuration. */
PangoFontMap *
_jd_export_fonts_get_font_map (gboolean system)
{
  PangoFontMap *font_map;
  static FcConfig *system_config;

  if (!system || !own_in_use)
    return pango_cairo_font_map_get_default ();

  font_map = g_private_get (&system_font_map);
  if (font_map == NULL)
    {
      if (g_once_init_enter (&system_config))
        g_once_init_leave (&system_config, FcInitLoadConfigAndFonts ());

      font_map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
      pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (font_map), system_config);
      g_private_set (&system_font_map, font_map);
    }

  return font_map;
}

/* Whether @font_map finds its fonts with Jobscribe's configuration. */
gboolean
_jd_export_fonts_in_use (PangoFontMap *font_map)
{
  return own_in_use && font_map == pango_cairo_font_map_get_default ();
}

/* Whether every run of @layout is set in DejaVu Sans. */
gboolean
_jd_export_fonts_cover (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean covered = pango_layout_get_unknown_glyphs_count (layout) == 0;

  while (covered)
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run != NULL)
        {
          PangoFontDescription *font = pango_font_describe (run->item->analysis.font);

          covered = g_strcmp0 (pango_font_description_get_family (font), JD_EXPORT_FONT) == 0;
          pango_font_description_free (font);
        }

      if (!pango_layout_iter_next_run (iter))
        break;
    }
  pango_layout_iter_free (iter);

  return covered;
}
