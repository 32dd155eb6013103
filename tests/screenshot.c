/* screenshot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Takes the screenshots of data/screenshots from the real windows:
 * build-aux/screenshots runs it under Xvfb. Not a test.
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-editor-private.h"
#include "jd-review-pane-private.h"
#include "jd-sidebar.h"
#include "jd-template-page.h"
#include "jd-window-private.h"

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
save_png (GtkWidget  *window,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  /* A window between two allocations has nothing drawn yet: wait for
   * the next frames. */
  for (guint tries = 0; node == NULL && tries < 20; tries++)
    {
      settle (100);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  if (node == NULL)
    g_error ("Nothing drawn for %s", path);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s\n", path);
}

static JdApplication *app;

/* The widths of the wide and the narrow window: JD_SCREENSHOT_WIDTHS=1400,360
 * takes them at the sizes a review of the layout looks at. */
static int wide_width = 1200;
static int narrow_width = 420;

static JdWindow *
make_window (int width,
             int height)
{
  JdWindow *window = jd_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  /* Screenshots show the app as users get it, without the stripes of a
   * development build. */
  gtk_widget_remove_css_class (GTK_WIDGET (window), "devel");
  gtk_window_present (GTK_WINDOW (window));
  settle (300);

  return window;
}

/* The library as it opens, with the first category unfolded. */
static void
show_template (JdWindow   *window,
               const char *id,
               const char *lang)
{
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  JdLibrary *library = jd_window_get_library (window);
  g_autoptr(GtkTreeListRow) first = g_list_model_get_item (jd_sidebar_get_rows (sidebar), 0);

  gtk_tree_list_row_set_expanded (first, TRUE);
  jd_template_page_set_language (JD_TEMPLATE_PAGE (_jd_window_get_template_page (window)), lang);
  jd_window_show_template (window, jd_library_lookup (library, id));
}

int
main (int   argc,
      char *argv[])
{
  const char *out_dir;
  const char *suffix;
  const char *lang;
  g_autofree char *path = NULL;
  JdWindow *window;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("JD_LOCALEDIR") ? g_getenv ("JD_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 4)
    {
      g_printerr ("usage: %s OUT_DIR SUFFIX LANG\n", argv[0]);
      return 2;
    }
  out_dir = argv[1];
  suffix = argv[2];
  lang = argv[3];

  /* A registered application, so its actions (Open, New) are there. */
  app = jd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    g_error ("Could not register the application");

  /* The window buttons of GNOME, a close button alone, not those of a
   * bare X server. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  if (g_getenv ("JD_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  /* The template page, found by search. */
  if (g_getenv ("JD_SCREENSHOT_WIDTHS") != NULL &&
      sscanf (g_getenv ("JD_SCREENSHOT_WIDTHS"), "%d,%d", &wide_width, &narrow_width) != 2)
    g_error ("JD_SCREENSHOT_WIDTHS is not WIDE,NARROW");

  window = make_window (wide_width, 800);
  show_template (window, "account-manager", lang);
  settle (500);
  path = g_strdup_printf ("%s/template-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);

  /* The editor, with a document from that template and some metadata. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.use-template", NULL);
  {
    JdDocument *document = jd_window_get_document (window);
    g_autoptr(JdLocation) place = jd_location_new ("Lisboa", NULL, "PT");

    jd_document_set_company_name (document, "Example Ltd");
    jd_document_add_location (document, place);
    jd_document_set_workplace_type (document, JD_WORKPLACE_HYBRID);
    jd_document_set_employment_types (document, JD_EMPLOYMENT_FULL_TIME);
  }
  settle (500);
  g_free (path);
  path = g_strdup_printf ("%s/editor-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);

  /* With the preview of the pages beside the sections. */
  g_object_set (window, "show-preview", TRUE, NULL);
  settle (300);
  g_free (path);
  path = g_strdup_printf ("%s/preview-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);
  g_object_set (window, "show-preview", FALSE, NULL);

  /* With the review beside the sections, on a text with some of what it
   * finds, the first requirement selected from its finding. */
  {
    JdDocument *document = jd_window_get_document (window);
    JdSection *requirements = jd_document_find_section (document, JD_SECTION_REQUIREMENTS);
    GtkWidget *pane;
    GPtrArray *rows;

    if (requirements != NULL && jd_section_get_n_blocks (requirements) > 0)
      {
        JdBlock *block = jd_section_get_block (requirements, 0);
        /* Words the review of each language calls clichés. */
        g_autofree char *text = g_strdup_printf ("%s %s", g_strcmp0 (lang, "de") == 0 ?
                                                 "Du bist ein Rockstar und Ninja." :
                                                 "You are a rockstar and a ninja.",
                                                 jd_block_get_text (block));

        jd_block_set_text (block, text);
      }
    g_object_set (window, "show-review", TRUE, NULL);
    settle (800);
    pane = _jd_window_get_review_pane (window);
    rows = _jd_review_pane_get_rows (JD_REVIEW_PANE (pane));
    for (guint i = 0; i < rows->len; i++)
      {
        JdFinding *finding = jd_finding_row_get_finding (g_ptr_array_index (rows, i));

        if (jd_finding_get_category (finding) == JD_REVIEW_CATEGORY_CLICHE)
          {
            g_signal_emit_by_name (g_ptr_array_index (rows, i), "activate");
            break;
          }
      }
    /* The list scrolled to the row; a user reading the pane starts at its top. */
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (pane))), 0);
    settle (800);
    g_free (path);
    path = g_strdup_printf ("%s/review-%s.png", out_dir, suffix);
    save_png (GTK_WIDGET (window), path);
    g_object_set (window, "show-review", FALSE, NULL);
    settle (300);
  }

  /* Scrolled down to the sections. */
  {
    GtkWidget *card = _jd_editor_get_section_card (JD_EDITOR (jd_window_get_editor (window)), 1);

    gtk_widget_grab_focus (card);
    gtk_widget_child_focus (card, GTK_DIR_TAB_FORWARD);
  }
  settle (500);
  g_free (path);
  path = g_strdup_printf ("%s/sections-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);

  /* A narrow window folds the sidebar away. */
  gtk_window_set_default_size (GTK_WINDOW (window), narrow_width, 800);
  /* Text views lay their lines out again over a few frames. The sidebar
   * folds on the way, which lowers the window's minimum width: ask
   * again for what the first request could not get. */
  settle (1500);
  gtk_window_set_default_size (GTK_WINDOW (window), narrow_width + 1, 800);
  settle (100);
  gtk_window_set_default_size (GTK_WINDOW (window), narrow_width, 800);
  settle (500);
  g_free (path);
  path = g_strdup_printf ("%s/narrow-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);

  /* There the review opens over the sections. */
  g_object_set (window, "show-review", TRUE, NULL);
  settle (1000);
  g_free (path);
  path = g_strdup_printf ("%s/narrow-review-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);
  g_object_set (window, "show-review", FALSE, NULL);
  settle (300);

  /* A search for a title in other languages and feminine forms: each hit
   * with its category, what matched and, tagged, the language. */
  window = make_window (1000, 700);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  jd_sidebar_set_search_text (JD_SIDEBAR (_jd_window_get_sidebar (window)), "enfermera");
  settle (500);
  g_free (path);
  path = g_strdup_printf ("%s/search-%s.png", out_dir, suffix);
  save_png (GTK_WIDGET (window), path);

  return 0;
}
