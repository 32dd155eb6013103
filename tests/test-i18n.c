/* test-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run once per language of po/LINGUAS with LANGUAGE set: the window and
 * its menus speak the language, and so do exports in it. British English
 * (en_GB) translates the interface only: its documents, library and
 * exports are the English ones, and most of its strings equal the source.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jd-export.h"
#include "jd-localized.h"
#include "jd-test-utils.h"
#include "jd-sidebar.h"
#include "jd-sidebar-item.h"
#include "jd-window-private.h"

static const char *lang;
/* The language of the library and of exports for that interface */
static char *library_lang;

static gboolean
is_english (void)
{
  return g_str_equal (library_lang, "en");
}

/* The translation of @english, which must differ from it unless the
 * interface is in a variant of English. */
static const char *
translated (const char *english)
{
  const char *text = g_dgettext (GETTEXT_PACKAGE, english);

  if (g_strcmp0 (text, english) == 0 && !is_english ())
    g_error ("“%s” is not translated into %s", english, lang);

  return text;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GMenuModel *
find_menu (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *found = find_menu (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_labels (GMenuModel *menu,
                GPtrArray  *labels)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (labels, g_steal_pointer (&label));
      if (section != NULL)
        collect_labels (section, labels);
    }
}

static void
test_window_labels (void)
{
  JdWindow *window = jd_window_new (NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  JdSidebar *sidebar = JD_SIDEBAR (_jd_window_get_sidebar (window));
  GtkWidget *open;
  GMenuModel *menu;

  gtk_window_present (GTK_WINDOW (window));

  open = find_button (GTK_WIDGET (window), "app.open");
  g_assert_nonnull (open);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open)), ==, translated ("_Open"));

  /* Every item of the main menu. */
  menu = find_menu (GTK_WIDGET (window));
  g_assert_nonnull (menu);
  collect_labels (menu, labels);
  g_assert_cmpuint (labels->len, >=, 6);
  g_assert_true (g_ptr_array_find_with_equal_func (labels, translated ("_Save"), g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (labels, translated ("_Preferences"), g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (labels, translated ("_Keyboard Shortcuts"), g_str_equal, NULL));

  /* The sidebar shows the library in the interface language. */
  {
    GListModel *rows = jd_sidebar_get_rows (sidebar);
    g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, 0);
    g_autoptr(JdSidebarItem) item = gtk_tree_list_row_get_item (row);

    if (!is_english ())
      g_assert_cmpstr (jd_sidebar_item_get_title (item), !=, "Sales");
    g_assert_cmpstr (jd_sidebar_item_get_title (item), ==,
                     jd_category_get_name (jd_library_lookup_category (jd_window_get_library (window), "sales"),
                                           library_lang));
  }

  /* The template page and the empty page. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, g_dgettext (GETTEXT_PACKAGE, "Jobscribe"));
  {
    GtkWidget *start = find_button (GTK_WIDGET (window), "win.start-blank");
    GtkWidget *use = find_button (GTK_WIDGET (window), "win.use-template");

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (start)), ==, translated ("_Start from Scratch"));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (use)), ==, translated ("_Use This Template"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An export in the language has the language's headings, labels and
 * title, whatever the interface language. */
static void
test_export_words (void)
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GBytes) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *heading;
  JdTerms *terms;

  g_assert_true (jd_library_load (library, &error));
  terms = jd_library_get_terms (library);
  document = jd_library_create_document (library, "warehouse-supervisor", library_lang, &error);
  g_assert_no_error (error);
  jd_document_set_employment_types (document, JD_EMPLOYMENT_FULL_TIME);

  text = jd_export_text (document, terms, NULL, &error);
  g_assert_no_error (error);
  contents = g_strndup (g_bytes_get_data (text, NULL), g_bytes_get_size (text));

  heading = jd_terms_get (terms, "section-responsibilities", library_lang);
  g_assert_nonnull (strstr (contents, heading));
  g_assert_nonnull (strstr (contents, jd_terms_get (terms, "employment-full-time", library_lang)));
  g_assert_nonnull (strstr (contents, jd_template_get_title (jd_library_lookup (library, "warehouse-supervisor"),
                                                             library_lang)));
  if (!is_english ())
    {
      g_assert_cmpstr (heading, !=, jd_terms_get (terms, "section-responsibilities", "en"));
      g_assert_null (strstr (contents, "Responsibilities"));
    }
}

/* Messages are in the interface language even when the document is in
 * another: for an English variant, whose window labels mostly equal the
 * source, this is where its own spelling shows. */
static void
test_export_messages (void)
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) jsonld = NULL;
  g_autoptr(GError) error = NULL;
  const char *english = "The job description names no company; search engines require the hiring organization";
  const char *expected = g_dgettext (GETTEXT_PACKAGE, english);

  g_assert_true (jd_library_load (library, &error));
  document = jd_library_create_document (library, "warehouse-supervisor", "en", &error);
  g_assert_no_error (error);
  jd_document_set_company_name (document, NULL);

  jsonld = jd_export_jsonld (document, jd_library_get_terms (library), warnings, &error);
  g_assert_no_error (error);
  g_assert_true (g_ptr_array_find_with_equal_func (warnings, expected, g_str_equal, NULL));
  if (g_str_equal (lang, "en_GB"))
    g_assert_nonnull (strstr (expected, "organisation"));
  else
    g_assert_cmpstr (expected, !=, english);
}

int
main (int   argc,
      char *argv[])
{
  lang = g_getenv ("LANGUAGE");
  g_assert_nonnull (lang);
  library_lang = jd_language_normalize (lang);
  if (!jd_terms_is_language (library_lang))
    g_error ("%s is neither a language of the library nor a variant of one", lang);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("JD_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/i18n/window-labels", test_window_labels);
  g_test_add_func ("/i18n/export-words", test_export_words);
  g_test_add_func ("/i18n/export-messages", test_export_messages);

  return jd_test_run ();
}
