/* jd-cli-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "jd-cli-private.h"
#include "jd-document-io.h"
#include "jd-review.h"
#include "jd-spell-checker.h"

/* jobscribe check FILE… [--json] [--lang LL]
 *
 * The writing review of each file: a readable report, or with --json an
 * array with one object per file. Exit status 0 when no finding is an
 * error, 1 when one is, 2 when a file cannot be read or the command line
 * is wrong (one line on stderr); the files that can be read are still
 * reported. Messages follow the language of the interface.
 *
 * Spelling findings (category "spelling", warnings) come from the
 * dictionary of the document's language (or of --lang) and count in no
 * score; a missing dictionary is said once per file, not an error. */

static char *
describe_place (JdFinding  *finding,
                JdDocument *document)
{
  int section = jd_finding_get_section (finding);
  int block = jd_finding_get_block (finding);
  const char *field = jd_finding_get_field (finding);

  if (section >= 0 && (guint)section < jd_document_get_n_sections (document))
    {
      JdSection *s = jd_document_get_section (document, (guint)section);
      const char *heading = jd_section_get_heading (s);
      g_autofree char *where = heading != NULL
                               /* Translators: a section of a document in the report of
                                * “jobscribe check”, by number and heading. */
                               ? g_strdup_printf (_("section %d “%s”"), section + 1, heading)
                               /* Translators: a section of a document, by number. */
                               : g_strdup_printf (_("section %d"), section + 1);

      if (g_strcmp0 (field, "heading") == 0)
        /* Translators: where a finding is: a section, then its heading. */
        return g_strdup_printf (_("%s, heading"), where);

      if (block < 0 || (guint)block >= jd_section_get_n_blocks (s))
        return g_steal_pointer (&where);

      if (jd_block_get_kind (jd_section_get_block (s, (guint)block)) == JD_BLOCK_ITEM)
        /* Translators: where a finding is: a section, then the number of
         * a bullet in it. */
        return g_strdup_printf (_("%s, bullet %d"), where, block + 1);

      /* Translators: where a finding is: a section, then the number of a
       * paragraph in it. */
      return g_strdup_printf (_("%s, paragraph %d"), where, block + 1);
    }

  if (g_strcmp0 (field, "title") == 0)
    /* Translators: where a finding is: the job title. */
    return g_strdup (C_("check", "title"));

  if (g_strcmp0 (field, "department") == 0)
    /* Translators: where a finding is: the department field. */
    return g_strdup (C_("check", "department"));

  return NULL;
}

static const char *
severity_word (JdSeverity severity)
{
  switch (severity)
    {
    case JD_SEVERITY_ERROR:
      /* Translators: the severity of a finding in the report of
       * “jobscribe check”, as compilers write it: “file: error: …”. */
      return C_("check", "error");
    case JD_SEVERITY_WARNING:
      return C_("check", "warning");
    case JD_SEVERITY_INFO:
    default:
      return C_("check", "hint");
    }
}

static void
print_report (const char     *name,
              JdDocument     *document,
              JdReview       *review,
              JdSpellChecker *spell,
              GPtrArray      *findings)
{
  guint n = findings->len;
  double readability = jd_review_get_readability (review);
  g_autoptr(GString) parts = g_string_new (NULL);
  guint feminine = g_strv_length ((char **)jd_review_get_feminine_words (review));
  guint masculine = g_strv_length ((char **)jd_review_get_masculine_words (review));

  for (guint part = 0; part < JD_REVIEW_N_PARTS; part++)
    g_string_append_printf (parts, "%s%s %u", part > 0 ? ", " : "",
                            jd_review_part_get_label (part),
                            jd_review_get_part_score (review, part));

  /* Translators: the first line of the report of “jobscribe check”: a
   * file, its overall score out of 100, the language reviewed (a code
   * such as “de”), then the score of each part. */
  printf (_("%s: score %u/100 (%s): %s\n"), name, jd_review_get_score (review),
          jd_review_get_language (review), parts->str);

  /* Translators: a line of the report of “jobscribe check”: a file, the
   * gender tone (such as “Neutral”), then the numbers of feminine- and
   * masculine-coded words found. */
  printf (_("%s: gender tone: %s (%u feminine-coded, %u masculine-coded)%s\n"), name,
          jd_gender_tone_get_label (jd_review_get_gender_tone (review)), feminine, masculine,
          jd_review_get_gender_adapted (review) ? _(", adapted lists") : "");

  if (isnan (readability))
    /* Translators: a line of the report of “jobscribe check” for a
     * document without text: the file, then the number of words. */
    printf (ngettext ("%s: no text to measure; %u word\n", "%s: no text to measure; %u words\n",
                      jd_review_get_words (review)),
            name, jd_review_get_words (review));
  else
    /* Translators: a line of the report of “jobscribe check”: a file, a
     * readability score, the name of its formula (such as “Flesch
     * Reading Ease”), then the number of words. */
    printf (ngettext ("%s: readability %.1f (%s); %u word\n", "%s: readability %.1f (%s); %u words\n",
                      jd_review_get_words (review)),
            name, readability,
            jd_readability_formula_get_name (jd_review_get_readability_formula (review)),
            jd_review_get_words (review));

  if (!jd_spell_checker_has_dictionary (spell))
    /* Translators: a line of the report of “jobscribe check”: a file,
     * then the spelling dictionary that is not installed, such as
     * “de_DE”. */
    printf (_("%s: spelling not checked: no %s dictionary is installed\n"), name,
            jd_spell_checker_get_dictionary (spell));

  for (guint i = 0; i < n; i++)
    {
      JdFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *place = describe_place (finding, document);
      const char * const *suggestions = jd_finding_get_suggestions (finding);
      g_autofree char *where = place != NULL
                               /* Translators: a file, then where in it a finding of
                                * “jobscribe check” is, such as “section 2, bullet 3”. */
                               ? g_strdup_printf (C_("check", "%s: %s"), name, place)
                               : g_strdup (name);

      /* Translators: a finding of “jobscribe check”: the file (and the
       * place in it), the severity (error, warning or hint), the message,
       * then the id of the rule, which stays as it is. */
      printf (_("%s: %s: %s [%s]\n"), where, severity_word (jd_finding_get_severity (finding)),
              jd_finding_get_message (finding), jd_finding_get_rule (finding));

      for (guint s = 0; suggestions[s] != NULL; s++)
        {
          if (suggestions[s][0] == '\0')
            /* Translators: a suggestion of “jobscribe check”: delete the text. */
            printf ("    %s\n", _("→ remove it"));
          else
            printf ("    → %s\n", suggestions[s]);
        }
    }
}

static void
add_position (JsonBuilder *builder,
              const char  *name,
              int          value)
{
  json_builder_set_member_name (builder, name);
  if (value < 0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
add_json (JsonBuilder    *builder,
          const char     *name,
          JdReview       *review,
          JdSpellChecker *spell,
          GPtrArray      *findings)
{
  guint n = findings->len;
  double readability = jd_review_get_readability (review);

  json_builder_begin_object (builder);
  add_string (builder, "file", name);
  add_string (builder, "language", jd_review_get_language (review));
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, jd_review_get_score (review));

  json_builder_set_member_name (builder, "gender");
  json_builder_begin_object (builder);
  add_string (builder, "verdict", jd_gender_tone_to_string (jd_review_get_gender_tone (review)));
  add_strv (builder, "feminine", jd_review_get_feminine_words (review));
  add_strv (builder, "masculine", jd_review_get_masculine_words (review));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "readability");
  json_builder_begin_object (builder);
  add_string (builder, "formula",
              jd_readability_formula_get_name (jd_review_get_readability_formula (review)));
  /* Whole numbers: readability scores vary by more than that between
   * tools, and JSON-GLib 1.6 writes 17 digits of any fraction. */
  json_builder_set_member_name (builder, "score");
  if (isnan (readability))
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, (gint64)round (readability));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, jd_review_get_words (review));

  json_builder_set_member_name (builder, "spelling");
  json_builder_begin_object (builder);
  add_string (builder, "dictionary", jd_spell_checker_get_dictionary (spell));
  json_builder_set_member_name (builder, "checked");
  json_builder_add_boolean_value (builder, jd_spell_checker_has_dictionary (spell));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      JdFinding *finding = g_ptr_array_index (findings, i);

      json_builder_begin_object (builder);
      add_string (builder, "rule", jd_finding_get_rule (finding));
      add_string (builder, "category", jd_review_category_to_string (jd_finding_get_category (finding)));
      add_string (builder, "severity", jd_severity_to_string (jd_finding_get_severity (finding)));
      add_string (builder, "message", jd_finding_get_message (finding));
      add_string (builder, "field", jd_finding_get_field (finding));
      add_position (builder, "section", jd_finding_get_section (finding));
      add_position (builder, "block", jd_finding_get_block (finding));
      add_position (builder, "start", jd_finding_get_start (finding));
      add_position (builder, "end", jd_finding_get_end (finding));
      add_string (builder, "text", jd_finding_get_text (finding));
      add_strv (builder, "suggestions", jd_finding_get_suggestions (finding));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/* The review's findings and the spelling findings, in the order of the
 * document (the sort is stable: the review's come first at one place). */
static GPtrArray *
collect_findings (JdReview       *review,
                  JdSpellChecker *spell,
                  JdDocument     *document)
{
  GListModel *reviewed = jd_review_get_findings (review);
  g_autoptr(GPtrArray) spelling = jd_spell_checker_check_document (spell, document);
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (reviewed);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (findings, g_list_model_get_item (reviewed, i));
  for (guint i = 0; i < spelling->len; i++)
    {
      JdFinding *finding = g_ptr_array_index (spelling, i);

      if (!jd_finding_is_ignored (finding, document))
        g_ptr_array_add (findings, g_object_ref (finding));
    }

  g_ptr_array_sort (findings, jd_finding_compare_places);
  return findings;
}

/* One checker per language: loading a dictionary takes a while. */
static JdSpellChecker *
lookup_checker (GHashTable *checkers,
                const char *language)
{
  JdSpellChecker *spell;

  if (language == NULL)
    language = "";

  spell = g_hash_table_lookup (checkers, language);

  if (spell == NULL)
    {
      spell = jd_spell_checker_new (language);
      g_hash_table_insert (checkers, g_strdup (language), spell);
    }

  return spell;
}

int
_jd_cli_check (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) checkers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autofree char *lang = NULL;
  gboolean json = FALSE;
  gboolean unreadable = FALSE;
  gboolean errors = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Write the review as JSON"), NULL },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      N_("Review the text as this language instead of the document’s (en, de, el, es, fr, pt)"), N_("LL") },
    { NULL }
  };

  /* Translators: the argument part of "jobscribe check --help". */
  context = g_option_context_new (_("FILE…"));
  if (!_jd_cli_parse_options (context,
                              _("Review the writing of job descriptions: inclusive, readable, complete "
                                "and lawful.\nThe exit status is 1 when a finding is an error."),
                              entries, &argc, &argv))
    return 2;

  if (argc < 2)
    {
      _jd_cli_error ("%s", _("check needs at least one file"));
      return 2;
    }

  if (lang != NULL && !jd_review_has_language (lang))
    {
      g_autofree char *known = g_strjoinv (", ", (char **)jd_review_get_languages ());

      _jd_cli_error (_("unknown language “%s”; use one of %s"), lang, known);
      return 2;
    }

  json_builder_begin_array (builder);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(JdDocument) document = NULL;
      g_autoptr(JdReview) review = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GError) error = NULL;
      JdSpellChecker *spell;
      guint line = 0;

      document = jd_document_load (file, NULL, &line, &error);
      if (document == NULL)
        {
          g_autofree char *message = jd_error_format_for_file (argv[i], line, error);

          fprintf (stderr, "%s\n", message);
          unreadable = TRUE;
          continue;
        }

      review = jd_review_new (document, lang);
      errors |= jd_review_count_findings (review, JD_SEVERITY_ERROR) > 0;
      spell = lookup_checker (checkers, lang != NULL ? lang : jd_document_get_language (document));
      findings = collect_findings (review, spell, document);

      if (json)
        add_json (builder, argv[i], review, spell, findings);
      else
        print_report (argv[i], document, review, spell, findings);
    }
  json_builder_end_array (builder);

  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = json_builder_get_root (builder);
      g_autofree char *text = NULL;

      json_generator_set_root (generator, root);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      printf ("%s\n", text);
    }

  return unreadable ? 2 : errors ? 1 : 0;
}
