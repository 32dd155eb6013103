/* test-library.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "jd-document-io.h"
#include "jd-library.h"
#include "jd-search-index-private.h"
#include "jd-terms.h"
#include "jd-title.h"
#include "jd-worker-private.h"
#include "jd-test-library-resources.h"

#define TEST_LIBRARY "resource:///io/github/jobscribe/Jobscribe/test-library"

static char *empty_user_dir;

static JdLibrary *
load_builtin (void)
{
  g_autoptr(GFile) user_dir = g_file_new_for_path (empty_user_dir);
  g_autoptr(JdLibrary) library = jd_library_new (NULL, user_dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&library);
}

static JdLibrary *
load_test_library (GFile *user_dir)
{
  g_autoptr(GFile) root = g_file_new_for_uri (TEST_LIBRARY);
  g_autoptr(GFile) empty = g_file_new_for_path (empty_user_dir);
  g_autoptr(JdLibrary) library = jd_library_new (root, user_dir ? user_dir : empty);
  g_autoptr(GError) error = NULL;

  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&library);
}

static gboolean
search_has (GPtrArray  *hits,
            const char *id)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_strcmp0 (jd_template_get_id (g_ptr_array_index (hits, i)), id) == 0)
      return TRUE;

  return FALSE;
}

static void
test_counts (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  GListModel *categories = jd_library_get_categories (library);
  guint n_categories = g_list_model_get_n_items (categories);

  /* 14 job categories at least, and "My Templates" last. */
  g_assert_cmpuint (n_categories, >=, 15);
  {
    g_autoptr(JdCategory) last = g_list_model_get_item (categories, n_categories - 1);
    g_assert_cmpstr (jd_category_get_id (last), ==, JD_CATEGORY_MY_TEMPLATES);
  }

  g_assert_cmpuint (g_list_model_get_n_items (jd_library_get_templates (library)), >=, 48);

  for (guint i = 0; i + 1 < n_categories; i++)
    {
      g_autoptr(JdCategory) category = g_list_model_get_item (categories, i);
      g_autoptr(GListModel) templates = jd_library_dup_category_templates (library, jd_category_get_id (category));

      g_test_message ("%s: %u templates", jd_category_get_id (category), g_list_model_get_n_items (templates));
      g_assert_cmpuint (g_list_model_get_n_items (templates), >=, 3);
      g_assert_cmpstr (jd_category_get_name (category, "en"), !=, "");
      g_assert_cmpstr (jd_category_get_description (category, "en"), !=, "");
      g_assert_true (g_str_has_suffix (jd_category_get_icon_name (category), "-symbolic"));
    }
}

static void
assert_count_between (JdTemplate      *template,
                      JdTemplateField  field,
                      guint            min,
                      guint            max)
{
  guint n = jd_template_get_n_texts (template, field);

  if (n < min || n > max)
    g_error ("%s: %s has %u entries, wanted %u to %u", jd_template_get_id (template),
             jd_template_field_to_string (field), n, min, max);
}

/* Words a good job description does without: clichés, and wording that
 * is gender- or age-coded (see the research notes). Matched as whole
 * words or word starts, case-insensitively. */
static const char * const banned_words[] = {
  "rockstar", "rock star", "ninja", "guru", "wizard", "superstar", "work hard, play hard",
  "fast-paced", "self-starter", "wear many hats", "like a family",
  "aggressive", "dominant", "fearless", "headstrong", "ambitious", "assertive",
  "nurturing", "young", "energetic", "digital native", "recent graduate",
};

static void
assert_clean_text (JdTemplate *template,
                   const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, !=, "");

  for (guint i = 0; i < G_N_ELEMENTS (banned_words); i++)
    {
      const char *hit = strstr (lower, banned_words[i]);

      if (hit != NULL && (hit == lower || !g_ascii_isalpha (hit[-1])))
        g_error ("%s uses “%s”: %s", jd_template_get_id (template), banned_words[i], text);
    }
}

static void
test_templates_meet_minimums (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  GListModel *templates = jd_library_get_templates (library);
  guint n = g_list_model_get_n_items (templates);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      const char * const *related = jd_template_get_related_ids (template);
      const char *isco = jd_template_get_occupation_code (template);
      guint n_related = g_strv_length ((char **)related);

      g_assert_nonnull (jd_library_lookup_category (library, jd_template_get_category_id (template)));
      g_assert_nonnull (isco);
      g_assert_cmpuint (strlen (isco), ==, 4);
      g_assert_true (g_ascii_isdigit (isco[0]) && isco[0] != '0');

      assert_clean_text (template, jd_template_get_title (template, "en"));
      assert_count_between (template, JD_TEMPLATE_FIELD_ALT_TITLES, 1, 6);
      assert_count_between (template, JD_TEMPLATE_FIELD_KEYWORDS, 3, 12);
      assert_count_between (template, JD_TEMPLATE_FIELD_BRIEF, 1, 2);
      assert_count_between (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 6, 10);
      assert_count_between (template, JD_TEMPLATE_FIELD_REQUIREMENTS, 5, 8);
      assert_count_between (template, JD_TEMPLATE_FIELD_NICE_TO_HAVE, 0, 4);
      assert_count_between (template, JD_TEMPLATE_FIELD_QUESTIONS, 5, 8);

      for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
        for (guint j = 0; j < jd_template_get_n_texts (template, field); j++)
          assert_clean_text (template, jd_template_get_text (template, field, j, "en"));

      /* The brief speaks to the reader. */
      {
        g_autofree char *brief = g_utf8_strdown (jd_template_get_text (template, JD_TEMPLATE_FIELD_BRIEF, 0, "en"), -1);
        g_assert_true (strstr (brief, "you") != NULL);
      }

      if (n_related < 2 || n_related > 4)
        g_error ("%s has %u related templates", jd_template_get_id (template), n_related);
      for (guint j = 0; related[j] != NULL; j++)
        {
          if (jd_library_lookup (library, related[j]) == NULL)
            g_error ("%s relates to the unknown template %s", jd_template_get_id (template), related[j]);
          g_assert_cmpstr (related[j], !=, jd_template_get_id (template));
        }
    }
}

static void
test_account_managers_related (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  static const char * const family[] = {
    "account-manager", "junior-account-manager", "senior-account-manager", "strategic-account-manager",
  };

  for (guint i = 0; i < G_N_ELEMENTS (family); i++)
    {
      JdTemplate *template = jd_library_lookup (library, family[i]);
      const char * const *related;

      g_assert_nonnull (template);
      g_assert_cmpstr (jd_template_get_category_id (template), ==, "sales");
      related = jd_template_get_related_ids (template);
      for (guint j = 0; j < G_N_ELEMENTS (family); j++)
        if (i != j)
          g_assert_true (g_strv_contains (related, family[j]));
    }
}

/* Every file in data/library is built in and handed to translators. */
static void
test_every_file_listed (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  g_autofree char *templates_dir = g_build_filename (g_getenv ("JD_TEST_SOURCE_ROOT"), "data", "library", "templates", NULL);
  g_autofree char *potfiles_path = g_build_filename (g_getenv ("JD_TEST_SOURCE_ROOT"), "po", "POTFILES.in", NULL);
  g_autofree char *potfiles = NULL;
  g_autoptr(GDir) categories = NULL;
  g_autoptr(GError) error = NULL;
  const char *category;
  guint on_disk = 0;

  g_assert_true (g_file_get_contents (potfiles_path, &potfiles, NULL, &error));
  g_assert_nonnull (strstr (potfiles, "data/library/categories.xml\n"));

  categories = g_dir_open (templates_dir, 0, &error);
  g_assert_no_error (error);
  while ((category = g_dir_read_name (categories)))
    {
      g_autofree char *path = g_build_filename (templates_dir, category, NULL);
      g_autoptr(GDir) files = g_dir_open (path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (files)))
        {
          g_autofree char *id = g_strndup (name, strlen (name) - strlen (".xml"));
          g_autofree char *line = g_strdup_printf ("data/library/templates/%s/%s\n", category, name);
          JdTemplate *template = jd_library_lookup (library, id);

          if (template == NULL)
            g_error ("%s/%s is not in data/library/meson.build", category, name);
          g_assert_cmpstr (jd_template_get_category_id (template), ==, category);
          if (strstr (potfiles, line) == NULL)
            g_error ("po/POTFILES.in does not list %s", line);
          on_disk++;
        }
    }

  g_assert_cmpuint (on_disk, ==, g_list_model_get_n_items (jd_library_get_templates (library)));
}

static gboolean
is_library_element (xmlNode    *node,
                    const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *)node->name, name) == 0;
}

/* Checks the texts @name of @parent, English sources each followed by
 * their translations, against @field of @template. */
static void
assert_texts_equal (JdTemplate      *template,
                    xmlNode         *parent,
                    const char      *name,
                    JdTemplateField  field)
{
  int position = -1;

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      g_autofree char *lang = NULL;
      g_autofree char *text = NULL;

      if (!is_library_element (node, name))
        continue;

      lang = (char *)xmlGetNsProp (node, (const xmlChar *)"lang", XML_XML_NAMESPACE);
      text = g_strstrip ((char *)xmlNodeGetContent (node));
      if (lang == NULL)
        position++;
      g_assert_cmpint (position, >=, 0);
      g_assert_cmpuint (position, <, jd_template_get_n_texts (template, field));
      g_assert_cmpstr (jd_template_get_text (template, field, position, lang ? lang : "en"), ==, text);
    }

  g_assert_cmpint (position + 1, ==, jd_template_get_n_texts (template, field));
}

/* A templates.index whose records break off or run past its end is
 * refused with its name, whatever the rest of the library says. */
static void
test_index_broken (void)
{
  static const struct {
    const char *data;
    gsize       len;
  } cases[] = {
#define CASE(s) { s, sizeof s - 1 }
    CASE ("T\0one\0sales\0\0" "0\0templates/sales/one.xml"),
    CASE ("T\0one\0sales\0\0" "0\0templates/sales/one.xml\0" "99\0t\0\0One\0"),
    CASE ("T\0one\0sales\0\0" "0\0templates/sales/one.xml\0" "ten\0"),
    CASE ("t\0\0One\0"),
    CASE ("X\0"),
#undef CASE
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-broken-index-XXXXXX", &error);
  const char *copied[] = { "categories.xml", "terms.xml" };
  g_autoptr(GFile) root = NULL;

  g_assert_no_error (error);
  root = g_file_new_for_path (dir);
  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      g_autofree char *uri = g_strconcat (TEST_LIBRARY "/", copied[i], NULL);
      g_autoptr(GFile) from = g_file_new_for_uri (uri);
      g_autoptr(GFile) to = g_file_get_child (root, copied[i]);

      g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) empty = g_file_new_for_path (empty_user_dir);
      g_autoptr(JdLibrary) library = jd_library_new (root, empty);
      g_autofree char *index = g_build_filename (dir, "templates.index", NULL);

      g_test_message ("case %u", i);
      g_file_set_contents (index, cases[i].data, cases[i].len, &error);
      g_assert_no_error (error);
      g_assert_false (jd_library_load (library, &error));
      g_assert_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_BROKEN);
      g_assert_nonnull (strstr (error->message, "templates.index"));
      g_clear_error (&error);
      g_unlink (index);
    }

  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      g_autofree char *path = g_build_filename (dir, copied[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The library lists its templates from templates.index, which the build
 * writes; it must say what the templates' own files say. */
static void
test_index_equals_files (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  GListModel *templates = jd_library_get_templates (library);
  guint n = g_list_model_get_n_items (templates);

  g_assert_cmpuint (n, >=, 200);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      g_autofree char *path = NULL;
      g_autofree char *isco = NULL;
      g_autofree char *frontline = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      const char * const *related = jd_template_get_related_ids (template);
      guint n_related = 0;
      gboolean title_seen = FALSE;
      xmlDoc *doc;
      xmlNode *root;
      const char *data;
      gsize len;

      if (jd_template_get_document (template) != NULL)
        continue;

      path = g_strdup_printf ("/io/github/jobscribe/Jobscribe/library/templates/%s/%s.xml",
                              jd_template_get_category_id (template), jd_template_get_id (template));
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &len);
      doc = xmlReadMemory (data, (int)len, path, NULL, XML_PARSE_NONET);
      g_assert_nonnull (doc);
      root = xmlDocGetRootElement (doc);

      isco = (char *)xmlGetProp (root, (const xmlChar *)"isco");
      frontline = (char *)xmlGetProp (root, (const xmlChar *)"frontline");
      g_assert_cmpstr (jd_template_get_occupation_code (template), ==, isco);
      g_assert_cmpint (jd_template_get_frontline (template), ==, g_strcmp0 (frontline, "true") == 0);

      for (xmlNode *node = root->children; node != NULL; node = node->next)
        {
          if (is_library_element (node, "title"))
            {
              g_autofree char *lang = (char *)xmlGetNsProp (node, (const xmlChar *)"lang", XML_XML_NAMESPACE);
              g_autofree char *text = g_strstrip ((char *)xmlNodeGetContent (node));

              if (lang == NULL && title_seen)
                break;
              title_seen = TRUE;
              g_assert_cmpstr (jd_template_get_title (template, lang ? lang : "en"), ==, text);
              if (lang != NULL)
                g_assert_true (jd_template_has_language (template, lang));
            }
          else if (is_library_element (node, "alt-titles"))
            assert_texts_equal (template, node, "alt", JD_TEMPLATE_FIELD_ALT_TITLES);
          else if (is_library_element (node, "keywords"))
            assert_texts_equal (template, node, "keyword", JD_TEMPLATE_FIELD_KEYWORDS);
          else if (is_library_element (node, "brief"))
            assert_texts_equal (template, node, "p", JD_TEMPLATE_FIELD_BRIEF);
          else if (is_library_element (node, "responsibilities"))
            assert_texts_equal (template, node, "item", JD_TEMPLATE_FIELD_RESPONSIBILITIES);
          else if (is_library_element (node, "requirements"))
            assert_texts_equal (template, node, "item", JD_TEMPLATE_FIELD_REQUIREMENTS);
          else if (is_library_element (node, "nice-to-have"))
            assert_texts_equal (template, node, "item", JD_TEMPLATE_FIELD_NICE_TO_HAVE);
          else if (is_library_element (node, "questions"))
            assert_texts_equal (template, node, "question", JD_TEMPLATE_FIELD_QUESTIONS);
          else if (is_library_element (node, "related"))
            for (xmlNode *ref = node->children; ref != NULL; ref = ref->next)
              if (is_library_element (ref, "ref"))
                {
                  g_autofree char *id = (char *)xmlGetProp (ref, (const xmlChar *)"id");

                  g_assert_cmpstr (related[n_related], ==, id);
                  n_related++;
                }
        }

      g_assert_true (title_seen);
      g_assert_cmpuint (n_related, ==, g_strv_length ((char **)related));
      xmlFreeDoc (doc);
    }
}

static void
search_prepared_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (jd_library_prepare_search_finish (JD_LIBRARY (object), result, NULL));
  *done = TRUE;
}

/* Building the search indexes in a thread stops between languages when
 * the program waits to exit (jd-worker.c): the preparation still
 * finishes, and the library stays searchable in every language, a search
 * building what the thread did not. */
static void
test_search_prepare_stopped (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  const char * const *languages = jd_terms_get_languages ();
  gboolean done = FALSE;

  jd_library_prepare_search_async (library, NULL, search_prepared_cb, &done);
  _jd_workers_wait ();
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) hits = jd_library_search (library, "nurse", languages[i]);

      g_assert_true (search_has (hits, "registered-nurse"));
    }
}

static void
test_search_builtin (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) none = NULL;

  /* A title match ranks before other titles and the body: the two titles
   * with the word "Nurse" come before "Nurse Aide" or "Dental Nurse". */
  hits = jd_library_search (library, "nurse", "en");
  g_assert_cmpuint (hits->len, >=, 3);
  g_assert_true (search_has (hits, "registered-nurse"));
  for (guint i = 0; i < 2; i++)
    g_assert_nonnull (strstr (jd_template_get_title (g_ptr_array_index (hits, i), "en"), "Nurse"));
  g_assert_null (strstr (jd_template_get_title (g_ptr_array_index (hits, 2), "en"), "Nurse"));

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "ACCOUNT man", "en");
  g_assert_cmpuint (hits->len, >=, 4);
  g_assert_true (search_has (hits, "strategic-account-manager"));

  /* Words scattered over the texts of a template do not list it when
   * others have them in their titles. */
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "senior account manager", "en");
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "senior-account-manager");
  g_assert_false (search_has (hits, "system-administrator"));

  /* Titles in other languages are found, after those of the current ones. */
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "enfermera", "en");
  g_assert_true (search_has (hits, "registered-nurse"));

  /* Every word must match. */
  none = jd_library_search (library, "account zzyzx", "en");
  g_assert_cmpuint (none->len, ==, 0);

  /* An empty query lists everything. */
  all = jd_library_search (library, "  ", "en");
  g_assert_cmpuint (all->len, ==, g_list_model_get_n_items (jd_library_get_templates (library)));
}

/* With the interface in English, a title typed in any language of the
 * library, in its feminine form or without its accents, finds its
 * template; the hit says in which language and what it matched. */
static void
test_search_every_language (void)
{
  static const struct {
    const char *query;
    const char *id;
    const char *match_lang;
    const char *matched;
  } queries[] = {
    { "medico", "general-practitioner", "es", "Médico/a de familia" },
    { "λογιστής", "accountant", "el", "Λογιστής/Λογίστρια" },
    { "λογίστρια", "accountant", "el", "Λογιστής/Λογίστρια" },
    { "enfermera", "registered-nurse", "es", "Enfermero/a" },
    { "enfermeira", "registered-nurse", "pt", "Enfermeiro (m/f)" },
    { "Krankenschwester", "registered-nurse", "de", "Krankenschwester/Krankenpfleger" },
    { "Buchhalterin", "accountant", "de", NULL },
    { "gestora de casos", "case-manager", "es", "Gestor/a de casos" },
    { "infirmiere", "registered-nurse", "fr", "Infirmier/Infirmière (H/F)" },
    { "directrice financière", "chief-financial-officer", "fr", "Directeur financier (H/F)" },
    { "assistante administrative", "administrative-assistant", "en", "Administrative Assistant" },
  };
  g_autoptr(JdLibrary) library = load_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GPtrArray) hits = jd_library_search (library, queries[i].query, "en");
      g_autofree char *matched = NULL;
      g_autofree char *match_lang = NULL;
      JdTemplate *template = jd_library_lookup (library, queries[i].id);

      g_test_message ("query %s", queries[i].query);
      g_assert_nonnull (template);
      g_assert_true (search_has (hits, queries[i].id));

      matched = jd_library_search_explain (library, template, queries[i].query, "en", &match_lang);
      g_assert_cmpstr (match_lang, ==, queries[i].match_lang);
      if (queries[i].matched != NULL)
        g_assert_cmpstr (matched, ==, queries[i].matched);
      else
        g_assert_true (g_str_has_prefix (matched, "Buchhalter"));
    }
}

/* The language the user works in comes first: a title that is Spanish
 * and English alike is explained in the user's language; an English
 * query with the interface in German says it matched in English. */
static void
test_search_explain_languages (void)
{
  g_autoptr(JdLibrary) library = load_builtin ();
  JdTemplate *nurse = jd_library_lookup (library, "registered-nurse");
  g_autofree char *matched = NULL;
  g_autofree char *match_lang = NULL;
  g_autoptr(GPtrArray) hits = NULL;

  matched = jd_library_search_explain (library, nurse, "nurse", "de", &match_lang);
  g_assert_cmpstr (matched, ==, "Registered Nurse");
  g_assert_cmpstr (match_lang, ==, "en");
  g_clear_pointer (&matched, g_free);
  g_clear_pointer (&match_lang, g_free);

  matched = jd_library_search_explain (library, nurse, "enfermero", "es", &match_lang);
  g_assert_cmpstr (matched, ==, "Enfermero/a");
  g_assert_cmpstr (match_lang, ==, "es");
  g_clear_pointer (&matched, g_free);
  g_clear_pointer (&match_lang, g_free);

  /* A template found by its texts alone shows no title, only the language. */
  {
    JdTemplate *doctor = jd_library_lookup (library, "general-practitioner");

    matched = jd_library_search_explain (library, doctor, "pacientes", "en", &match_lang);
    g_assert_null (matched);
    g_assert_cmpstr (match_lang, ==, "es");
    g_clear_pointer (&match_lang, g_free);
  }

  /* Hits in the current languages rank before those in others: the
   * interface's and the one picked for templates. "Mecánico/a" is the
   * Spanish title of one template, "Mecânico" the Portuguese of another. */
  hits = jd_library_search (library, "enfermer", "es");
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "registered-nurse");
  g_clear_pointer (&hits, g_ptr_array_unref);
  {
    const char *spanish[] = { "en", "es", NULL };
    const char *portuguese[] = { "en", "pt", NULL };

    hits = jd_library_search_in (library, "mecanico", spanish);
    g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "maintenance-mechanic");
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = jd_library_search_in (library, "mecanico", portuguese);
    g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "automotive-technician");
  }
}

static void
test_search_accents_and_greek (void)
{
  g_autoptr(JdLibrary) library = load_test_library (NULL);
  g_autoptr(GPtrArray) hits = NULL;

  hits = jd_library_search (library, "medico", "es");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (jd_template_get_title (g_ptr_array_index (hits, 0), "es"), ==, "Médico/a");
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = jd_library_search (library, "MÉDICO", "es");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = jd_library_search (library, "ΛΟΓΙΣΤΗΣ", "el");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "accountant");
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = jd_library_search (library, "λογιστρια", "el");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Every language is searched, whatever the one chosen. */
  hits = jd_library_search (library, "bookkeeper", "el");
  g_assert_true (search_has (hits, "accountant"));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "medico", "de");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "doctor");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "λογιστης", "fr");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Feminine forms find titles written in the masculine or double form:
   * "Médico/a" and "Buchhalter (m/w/d)". */
  hits = jd_library_search (library, "medica", "en");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "doctor");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "Buchhalterin", "en");
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "accountant");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "BUCHHALTERINNEN", "de");
  g_assert_cmpuint (hits->len, ==, 1);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* "patient" is in the body of both; "doc" in the title of one only. */
  hits = jd_library_search (library, "patient", "en");
  g_assert_cmpuint (hits->len, ==, 2);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "doc", "en");
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (hits, 0)), ==, "doctor");
}

static void
test_title_short_forms (void)
{
  g_autofree char *german = jd_title_join_short_forms ("Buchhalter (m/w/d)");
  g_autofree char *french = jd_title_join_short_forms ("Comptable (H/F)");
  g_autofree char *spanish = jd_title_join_short_forms ("Médico/a");
  g_autofree char *greek = jd_title_join_short_forms ("Λογιστής/Λογίστρια");
  g_autofree char *plain = jd_title_join_short_forms ("Account Manager");

  g_assert_cmpstr (german, ==, "Buchhalter (m/\u2060w/\u2060d)");
  g_assert_cmpstr (french, ==, "Comptable (H/\u2060F)");
  g_assert_cmpstr (spanish, ==, "Médico/\u2060a");
  g_assert_cmpstr (greek, ==, "Λογιστής/Λογίστρια");
  g_assert_cmpstr (plain, ==, "Account Manager");
}

static void
test_pipeline_and_fallback (void)
{
  g_autoptr(JdLibrary) library = load_test_library (NULL);
  JdTemplate *accountant = jd_library_lookup (library, "accountant");
  JdTemplate *doctor = jd_library_lookup (library, "doctor");
  JdCategory *category = jd_library_lookup_category (library, "test");

  g_assert_nonnull (accountant);
  g_assert_nonnull (doctor);

  /* The build merged the fake po files into the library. */
  g_assert_cmpstr (jd_template_get_title (accountant, "de"), ==, "Buchhalter (m/w/d)");
  g_assert_cmpstr (jd_template_get_title (accountant, "el"), ==, "Λογιστής/Λογίστρια");
  g_assert_cmpstr (jd_template_get_title (doctor, "es"), ==, "Médico/a");
  g_assert_cmpstr (jd_template_get_title (doctor, "es-MX"), ==, "Médico/a");
  g_assert_cmpstr (jd_category_get_name (category, "es"), ==, "Categoría de prueba");
  g_assert_true (jd_template_has_language (doctor, "el"));
  g_assert_false (jd_template_has_language (doctor, "de"));

  /* frontline="true" on the doctor, no attribute on the accountant. */
  g_assert_true (jd_template_get_frontline (doctor));
  g_assert_false (jd_template_get_frontline (accountant));

  /* String by string: what is not translated stays English. */
  g_assert_cmpstr (jd_template_get_text (accountant, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 0, "de"),
                   ==, "Den Monatsabschluss erstellen");
  g_assert_cmpstr (jd_template_get_text (accountant, JD_TEMPLATE_FIELD_RESPONSIBILITIES, 1, "de"),
                   ==, "Reconcile the accounts of patients and suppliers");
  g_assert_cmpstr (jd_template_get_title (doctor, "de"), ==, "Doctor");
  g_assert_cmpstr (jd_template_get_title (doctor, "pt"), ==, "Doctor");
  g_assert_cmpstr (jd_category_get_name (category, "fr"), ==, "Test Category");
}

static void
test_create_document (void)
{
  g_autoptr(JdLibrary) library = load_test_library (NULL);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  JdSection *duties;
  JdTemplate *doctor = jd_library_lookup (library, "doctor");
  guint n;

  document = jd_library_create_document (library, "doctor", "el", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (jd_document_get_language (document), ==, "el");
  g_assert_cmpstr (jd_document_get_title (document), ==, "Ιατρός");
  g_assert_cmpstr (jd_document_get_template_id (document), ==, "doctor");
  g_assert_cmpstr (jd_document_get_occupation_code (document), ==, "2211");

  duties = jd_document_find_section (document, JD_SECTION_RESPONSIBILITIES);
  g_assert_cmpuint (jd_section_get_n_blocks (duties), ==, 2);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 0)), ==, "Εξετάζεις ασθενείς");
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (duties, 1)), ==, "Write prescriptions");
  g_assert_cmpint (jd_block_get_kind (jd_section_get_block (duties, 0)), ==, JD_BLOCK_ITEM);

  /* Every block remembers its template string, in any language. */
  n = jd_document_get_n_sections (document);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);

          g_assert_nonnull (jd_block_get_source (block));
          g_assert_cmpstr (jd_template_lookup_source (doctor, jd_block_get_source (block), "el"),
                           ==, jd_block_get_text (block));
        }
    }
  g_assert_cmpstr (jd_template_lookup_source (doctor, "doctor/responsibilities/1", "en"), ==, "Examine patients");
  g_assert_null (jd_template_lookup_source (doctor, "doctor/responsibilities/3", "en"));
  g_assert_null (jd_template_lookup_source (doctor, "accountant/responsibilities/1", "en"));
  g_assert_null (jd_template_lookup_source (doctor, "doctor/responsibilities/0", "en"));

  g_clear_pointer (&error, g_error_free);
  g_assert_null (jd_library_create_document (library, "nope", "en", &error));
  g_assert_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_UNKNOWN_TEMPLATE);
  g_clear_pointer (&error, g_error_free);
  g_assert_null (jd_library_create_document (library, "doctor", "xx", &error));
  g_assert_error (error, JD_LIBRARY_ERROR, JD_LIBRARY_ERROR_UNKNOWN_LANGUAGE);
}

static void
test_related (void)
{
  g_autoptr(JdLibrary) library = load_test_library (NULL);
  g_autoptr(GPtrArray) related = jd_library_dup_related (library, jd_library_lookup (library, "doctor"));

  g_assert_cmpuint (related->len, ==, 1);
  g_assert_cmpstr (jd_template_get_id (g_ptr_array_index (related, 0)), ==, "accountant");
  g_assert_cmpstr (jd_template_get_text (g_ptr_array_index (related, 0), JD_TEMPLATE_FIELD_QUESTIONS, 0, "en"),
                   ==, "How do you close a month?");
}

static void
test_user_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jd-user-templates-XXXXXX", &error);
  g_autoptr(GFile) user_dir = g_file_new_for_path (dir);
  g_autoptr(GFile) good = g_file_get_child (user_dir, "Λογιστής Αθήνα.jobdesc");
  g_autofree char *broken_path = g_build_filename (dir, "broken.jobdesc", NULL);
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(GListModel) mine = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(JdDocument) copy = NULL;
  g_autoptr(JdDocument) second = jd_document_new ();
  JdTemplate *template;
  JdTemplate *saved;

  jd_document_set_title (document, "Λογιστής");
  jd_document_set_language (document, "el");
  jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "Τηρείς τα βιβλία της εταιρείας μας.");
  jd_document_append_section (document, brief);
  g_assert_true (jd_document_save (document, good, NULL, NULL, &error));
  g_assert_true (g_file_set_contents (broken_path, "<jobdesc>", -1, &error));

  g_test_expect_message ("jd-library", G_LOG_LEVEL_WARNING, "*broken.jobdesc*");
  library = load_test_library (user_dir);
  g_test_assert_expected_messages ();

  mine = jd_library_dup_category_templates (library, JD_CATEGORY_MY_TEMPLATES);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 1);
  template = g_list_model_get_item (mine, 0);
  g_object_unref (template);
  g_assert_true (g_str_has_prefix (jd_template_get_id (template), "my-"));
  g_assert_cmpstr (jd_template_get_title (template, "de"), ==, "Λογιστής");

  /* Found by search in any language, by title and by body. */
  hits = jd_library_search (library, "ΛΟΓΙΣΤΗΣ", "fr");
  g_assert_true (search_has (hits, jd_template_get_id (template)));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "εταιρεια", "en");
  g_assert_true (search_has (hits, jd_template_get_id (template)));

  /* A document from it is a copy of the saved one. */
  copy = jd_template_create_document (template, "en");
  g_assert_cmpstr (jd_document_get_template_id (copy), ==, jd_template_get_id (template));
  jd_document_set_template_id (copy, NULL);
  g_assert_true (jd_document_equal (copy, document));

  /* Saving a document as a template adds it at once, under a new name. */
  jd_document_set_title (second, "Λογιστής");
  saved = jd_library_save_user_template (library, second, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_clear_object (&mine);
  mine = jd_library_dup_category_templates (library, JD_CATEGORY_MY_TEMPLATES);
  g_assert_cmpuint (g_list_model_get_n_items (mine), ==, 2);
  g_assert_cmpstr (jd_template_get_id (saved), !=, jd_template_get_id (template));
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = jd_library_search (library, "λογιστης", "el");
  g_assert_true (search_has (hits, jd_template_get_id (saved)));

  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
  }
  g_rmdir (dir);
}

/* The index at the size of a large library: 10,000 templates. Speed is
 * measured in bench/, not here; this checks that the answers stay right. */
static void
test_index_at_scale (void)
{
  g_autoptr(JdSearchIndex) index = _jd_search_index_new ();
  g_autofree guint *best = g_new0 (guint, 10000);
  guint found;

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *title = g_strdup_printf ("Role %u Specialist", i);
      g_autofree char *body = g_strdup_printf ("You work on project%u with the team of unit%u.", i, i % 97);

      _jd_search_index_add (index, i, title, JD_SEARCH_WEIGHT_TITLE);
      _jd_search_index_add (index, i, body, JD_SEARCH_WEIGHT_BODY);
    }
  _jd_search_index_finish (index);

  _jd_search_index_match (index, "project9999", best, 10000);
  found = 0;
  for (guint i = 0; i < 10000; i++)
    found += best[i] > 0;
  g_assert_cmpuint (found, ==, 1);
  g_assert_cmpuint (best[9999], ==, JD_SEARCH_WEIGHT_BODY + 1);

  /* unit9 and unit90 to unit96: 8 units of about 103 templates each. */
  memset (best, 0, 10000 * sizeof (guint));
  _jd_search_index_match (index, "unit9", best, 10000);
  found = 0;
  for (guint i = 0; i < 10000; i++)
    found += best[i] > 0;
  g_assert_cmpuint (found, ==, 8 * 103);

  memset (best, 0, 10000 * sizeof (guint));
  _jd_search_index_match (index, "speci", best, 10000);
  found = 0;
  for (guint i = 0; i < 10000; i++)
    found += best[i] == JD_SEARCH_WEIGHT_TITLE;
  g_assert_cmpuint (found, ==, 10000);
}

static void
test_normalize (void)
{
  g_auto(GStrv) words = _jd_search_tokenize ("Médico/a, ΛΟΓΙΣΤΗΣ & Straße");
  g_autofree char *a = _jd_search_normalize ("λογιστής");
  g_autofree char *b = _jd_search_normalize ("ΛΟΓΙΣΤΗΣ");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (g_strv_length (words), ==, 4);
  g_assert_cmpstr (words[0], ==, "medico");
  g_assert_cmpstr (words[1], ==, "a");
  g_assert_cmpstr (words[3], ==, "strasse");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  (void)jd_test_library_get_resource ();
  empty_user_dir = g_dir_make_tmp ("jd-no-templates-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/library/counts", test_counts);
  g_test_add_func ("/library/templates-meet-minimums", test_templates_meet_minimums);
  g_test_add_func ("/library/account-managers-related", test_account_managers_related);
  g_test_add_func ("/library/every-file-listed", test_every_file_listed);
  g_test_add_func ("/library/index-equals-files", test_index_equals_files);
  g_test_add_func ("/library/index-broken", test_index_broken);
  g_test_add_func ("/library/search/builtin", test_search_builtin);
  g_test_add_func ("/library/search/accents-and-greek", test_search_accents_and_greek);
  g_test_add_func ("/library/search/every-language", test_search_every_language);
  g_test_add_func ("/library/search/explain-languages", test_search_explain_languages);
  g_test_add_func ("/library/search/normalize", test_normalize);
  g_test_add_func ("/library/search/index-at-scale", test_index_at_scale);
  g_test_add_func ("/library/search/prepare-stopped", test_search_prepare_stopped);
  g_test_add_func ("/library/title-short-forms", test_title_short_forms);
  g_test_add_func ("/library/pipeline-and-fallback", test_pipeline_and_fallback);
  g_test_add_func ("/library/create-document", test_create_document);
  g_test_add_func ("/library/related", test_related);
  g_test_add_func ("/library/user-templates", test_user_templates);

  ret = g_test_run ();
  g_rmdir (empty_user_dir);
  g_free (empty_user_dir);

  return ret;
}
