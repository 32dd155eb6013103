/* jd-cli-templates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "jd-cli-private.h"
#include "jd-document-io.h"
#include "jd-library.h"

/* Returns: (transfer full) (nullable): the library, or %NULL after saying
 * why on stderr. */
JdLibrary *
_jd_cli_load_library (void)
{
  g_autoptr(JdLibrary) library = jd_library_new (NULL, NULL);
  g_autoptr(GError) error = NULL;

  if (!jd_library_load (library, &error))
    {
      _jd_cli_error ("%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&library);
}

gboolean
_jd_cli_check_language (const char *lang)
{
  g_autofree char *known = NULL;

  if (jd_terms_is_language (lang))
    return TRUE;

  known = g_strjoinv (", ", (char **)jd_terms_get_languages ());
  /* Translators: the first placeholder is what the user asked for, the
   * second the list of language codes, such as “en, de, el”. */
  _jd_cli_error (_("unknown language “%s”; use one of %s"), lang, known);
  return FALSE;
}

static JsonNode *
strv_to_json (const char * const *strv)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  json_node_take_array (node, array);

  return node;
}

static void
print_json (GListModel *templates,
            const char *lang)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (templates);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      g_auto(GStrv) keywords = jd_template_dup_texts (template, JD_TEMPLATE_FIELD_KEYWORDS, lang);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, jd_template_get_id (template));
      json_builder_set_member_name (builder, "category");
      json_builder_add_string_value (builder, jd_template_get_category_id (template));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, jd_template_get_title (template, lang));
      /* The language the title is really in: English where the library
       * has no translation. */
      json_builder_set_member_name (builder, "title-language");
      json_builder_add_string_value (builder, jd_template_has_language (template, lang) ? lang : "en");
      json_builder_set_member_name (builder, "frontline");
      json_builder_add_boolean_value (builder, jd_template_get_frontline (template));
      json_builder_set_member_name (builder, "keywords");
      json_builder_add_value (builder, strv_to_json ((const char * const *)keywords));
      json_builder_set_member_name (builder, "related");
      json_builder_add_value (builder, strv_to_json (jd_template_get_related_ids (template)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* printf() pads by bytes; headings in Greek take two a letter. */
static void
print_cell (const char *text,
            guint       width)
{
  fputs (text, stdout);
  for (glong i = g_utf8_strlen (text, -1); i < (glong)width + 2; i++)
    putchar (' ');
}

static void
print_table (GListModel *templates,
             const char *lang)
{
  guint n = g_list_model_get_n_items (templates);
  /* Translators: a column heading of “jobscribe list-templates”. */
  const char *category_heading = _("CATEGORY");
  guint id_width = strlen ("ID");
  guint category_width = g_utf8_strlen (category_heading, -1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      id_width = MAX (id_width, strlen (jd_template_get_id (template)));
      category_width = MAX (category_width, strlen (jd_template_get_category_id (template)));
    }

  /* The ids are what the other commands take, so their heading stays ID. */
  print_cell ("ID", id_width);
  print_cell (category_heading, category_width);
  /* Translators: a column heading of “jobscribe list-templates”. */
  printf ("%s\n", _("TITLE"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      print_cell (jd_template_get_id (template), id_width);
      print_cell (jd_template_get_category_id (template), category_width);
      printf ("%s\n", jd_template_get_title (template, lang));
    }
}

/* jobscribe list-templates [--category ID] [--lang LL] [--json] */
int
_jd_cli_list_templates (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(GListModel) templates = NULL;
  g_autofree char *category = NULL;
  g_autofree char *lang = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "category", 'c', 0, G_OPTION_ARG_STRING, &category, N_("Only the templates of this category"), N_("ID") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("The language of the titles (en, de, el, es, fr, pt)"), N_("LL") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };

  context = g_option_context_new (NULL);
  if (!_jd_cli_parse_options (context,
                              _("List the templates of the library."),
                              entries, &argc, &argv))
    return 2;

  if (argc > 1)
    {
      /* Translators: the placeholder is an argument the command does not take. */
      _jd_cli_error (_("unexpected argument “%s”"), argv[1]);
      return 2;
    }

  if (lang == NULL)
    lang = g_strdup ("en");
  if (!_jd_cli_check_language (lang))
    return 1;

  library = _jd_cli_load_library ();
  if (library == NULL)
    return 1;

  if (category != NULL)
    {
      if (jd_library_lookup_category (library, category) == NULL)
        {
          /* Translators: the placeholder is a category id such as “sales”. */
          _jd_cli_error (_("no category with the id “%s”"), category);
          return 1;
        }
      templates = jd_library_dup_category_templates (library, category);
    }
  else
    templates = g_object_ref (jd_library_get_templates (library));

  if (json)
    print_json (templates, lang);
  else
    print_table (templates, lang);

  return 0;
}

/* jobscribe new --template ID [--lang LL] -o FILE.jobdesc */
int
_jd_cli_new (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_id, N_("The template to start from"), N_("ID") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("The language of the document (en, de, el, es, fr, pt)"), N_("LL") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  if (!_jd_cli_parse_options (context,
                              _("Create a job description from a template."),
                              entries, &argc, &argv))
    return 2;

  if (template_id == NULL || output == NULL)
    {
      _jd_cli_error ("%s", _("new needs --template ID and -o FILE"));
      return 2;
    }

  if (lang == NULL)
    lang = g_strdup ("en");
  if (!_jd_cli_check_language (lang))
    return 1;

  library = _jd_cli_load_library ();
  if (library == NULL)
    return 1;

  document = jd_library_create_document (library, template_id, lang, &error);
  if (document == NULL)
    {
      _jd_cli_error ("%s", error->message);
      return 1;
    }

  bytes = jd_document_serialize (document);
  if (!_jd_cli_write_output (output, bytes, &error))
    {
      _jd_cli_error ("%s", error->message);
      return 1;
    }

  return 0;
}
