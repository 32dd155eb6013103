/* test-library-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the library as a whole must offer (issue 14): its size, its share of
 * frontline jobs, the facts every template carries, varied openings, bullets
 * written for their role, well-formed placeholders in every language, and
 * US spelling in the English source. test-library.c checks each template
 * against its own minimums; these checks look across the library.
 *
 * Each check is a function that lists problems, so that the checks can be
 * tried on made-up templates first (/library-content/checks/…) and each
 * library check reports every template it fails for, then lets the next
 * one run.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jd-library.h"
#include "jd-template-private.h"

#define MIN_TEMPLATES 200
#define MIN_CATEGORIES 24          /* job categories, "My Templates" aside */
#define MIN_FRONTLINE_PERCENT 40
#define MAX_OPENING_PERCENT 20     /* of brief paragraphs, per two-word opening */
#define MAX_REPEATED_BULLET_PERCENT 2
#define MAX_PLACEHOLDER_CHARS 60   /* between the brackets */
#define MAX_PROBLEMS_SHOWN 12

/* The fields whose items are bullets of the posting. */
static const JdTemplateField bullet_fields[] = {
  JD_TEMPLATE_FIELD_RESPONSIBILITIES,
  JD_TEMPLATE_FIELD_REQUIREMENTS,
  JD_TEMPLATE_FIELD_NICE_TO_HAVE,
};

/* The fields a candidate reads in the posting. */
static const JdTemplateField posting_fields[] = {
  JD_TEMPLATE_FIELD_BRIEF,
  JD_TEMPLATE_FIELD_RESPONSIBILITIES,
  JD_TEMPLATE_FIELD_REQUIREMENTS,
  JD_TEMPLATE_FIELD_NICE_TO_HAVE,
};

/* British spellings and terms that US English writes otherwise, matched
 * case-insensitively at the start of a word (so "organise" also finds
 * "organised"), as a whole word, or anywhere in a word ("kilometre").
 * Forms that US English shares are left out: "programmer", "analysis",
 * "specialist", "organism", "rotate", "cancellation". */
typedef enum
{
  MATCH_WORD_START,
  MATCH_WORD,
  MATCH_ANYWHERE,
} MatchKind;

static const struct
{
  const char *british;
  MatchKind   kind;
} british_spellings[] = {
  { "organisa", MATCH_WORD_START }, { "organise", MATCH_WORD_START }, { "organisi", MATCH_WORD_START },
  { "recognise", MATCH_WORD_START }, { "recognising", MATCH_WORD_START },
  { "prioritise", MATCH_WORD_START }, { "prioritising", MATCH_WORD_START }, { "prioritisation", MATCH_WORD_START },
  { "optimise", MATCH_WORD_START }, { "optimising", MATCH_WORD_START }, { "optimisation", MATCH_WORD_START },
  { "minimise", MATCH_WORD_START }, { "maximise", MATCH_WORD_START },
  { "summarise", MATCH_WORD_START }, { "summarising", MATCH_WORD_START },
  { "specialise", MATCH_WORD_START }, { "specialising", MATCH_WORD_START },
  { "standardise", MATCH_WORD_START }, { "standardisation", MATCH_WORD_START },
  { "utilise", MATCH_WORD_START }, { "utilisation", MATCH_WORD_START },
  { "authorise", MATCH_WORD_START }, { "authorisation", MATCH_WORD_START },
  { "customise", MATCH_WORD_START }, { "customising", MATCH_WORD_START },
  { "finalise", MATCH_WORD_START }, { "realise", MATCH_WORD_START },
  { "emphasise", MATCH_WORD_START }, { "criticise", MATCH_WORD_START },
  { "familiarise", MATCH_WORD_START }, { "apologise", MATCH_WORD_START },
  { "analyse", MATCH_WORD_START }, { "analysing", MATCH_WORD_START },
  { "colour", MATCH_WORD_START }, { "favour", MATCH_WORD_START }, { "behaviour", MATCH_WORD_START },
  { "honour", MATCH_WORD_START }, { "labour", MATCH_WORD_START }, { "neighbour", MATCH_WORD_START },
  { "flavour", MATCH_WORD_START }, { "humour", MATCH_WORD_START }, { "endeavour", MATCH_WORD_START },
  { "odour", MATCH_WORD_START }, { "vigour", MATCH_WORD_START },
  { "centre", MATCH_ANYWHERE }, { "metre", MATCH_ANYWHERE }, { "litre", MATCH_ANYWHERE },
  { "theatre", MATCH_ANYWHERE }, { "fibre", MATCH_ANYWHERE },
  { "programme", MATCH_WORD }, { "programmes", MATCH_WORD },
  { "licence", MATCH_WORD_START }, { "defence", MATCH_WORD_START }, { "offence", MATCH_WORD_START },
  { "practise", MATCH_WORD_START }, { "practising", MATCH_WORD_START },
  { "catalogue", MATCH_WORD_START }, { "enquir", MATCH_WORD_START },
  { "travelled", MATCH_WORD_START }, { "travelling", MATCH_WORD_START }, { "traveller", MATCH_WORD_START },
  { "cancelled", MATCH_WORD }, { "cancelling", MATCH_WORD },
  { "modelled", MATCH_WORD }, { "modelling", MATCH_WORD }, { "labelled", MATCH_WORD }, { "labelling", MATCH_WORD },
  { "counselling", MATCH_WORD }, { "counsellor", MATCH_WORD_START }, { "signalling", MATCH_WORD },
  { "jeweller", MATCH_WORD_START }, { "fuelled", MATCH_WORD },
  { "enrol", MATCH_WORD }, { "enrols", MATCH_WORD }, { "enrolment", MATCH_WORD_START },
  { "fulfil", MATCH_WORD }, { "fulfils", MATCH_WORD }, { "fulfilment", MATCH_WORD_START },
  { "instalment", MATCH_WORD_START }, { "skilful", MATCH_WORD_START },
  { "judgement", MATCH_WORD_START }, { "acknowledgement", MATCH_WORD_START },
  { "paediatr", MATCH_WORD_START }, { "anaesthe", MATCH_WORD_START }, { "haemo", MATCH_WORD_START },
  { "haemat", MATCH_WORD_START }, { "orthopaed", MATCH_WORD_START }, { "gynaec", MATCH_WORD_START },
  { "oedema", MATCH_WORD_START }, { "oesophag", MATCH_WORD_START }, { "manoeuvr", MATCH_WORD_START },
  { "ageing", MATCH_WORD }, { "aluminium", MATCH_WORD }, { "cheque", MATCH_WORD_START },
  { "tyre", MATCH_WORD }, { "tyres", MATCH_WORD }, { "kerb", MATCH_WORD }, { "grey", MATCH_WORD },
  { "mould", MATCH_WORD_START }, { "draught", MATCH_WORD_START }, { "sceptic", MATCH_WORD_START },
  { "storey", MATCH_WORD }, { "storeys", MATCH_WORD },
  { "whilst", MATCH_WORD }, { "amongst", MATCH_WORD }, { "learnt", MATCH_WORD },
  { "rota", MATCH_WORD }, { "rotas", MATCH_WORD }, { "pupil", MATCH_WORD }, { "pupils", MATCH_WORD },
  { "maths", MATCH_WORD }, { "lorry", MATCH_WORD }, { "lorries", MATCH_WORD },
  { "cv", MATCH_WORD }, { "cvs", MATCH_WORD }, { "nappy", MATCH_WORD }, { "nappies", MATCH_WORD },
  { "postcode", MATCH_WORD_START }, { "mobile phone", MATCH_WORD_START },
};

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* Returns: the first British spelling in @text, or %NULL. */
static const char *
find_british_spelling (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (british_spellings); i++)
    {
      const char *british = british_spellings[i].british;
      gsize len = strlen (british);

      for (const char *hit = strstr (lower, british); hit != NULL; hit = strstr (hit + 1, british))
        {
          gboolean starts = hit == lower || !is_word_char (g_utf8_get_char (g_utf8_prev_char (hit)));
          gboolean ends = hit[len] == '\0' || !is_word_char (g_utf8_get_char (hit + len));

          switch (british_spellings[i].kind)
            {
            case MATCH_ANYWHERE:
              return british;
            case MATCH_WORD_START:
              if (starts)
                return british;
              break;
            case MATCH_WORD:
              if (starts && ends)
                return british;
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }

  return NULL;
}

/* The placeholders of @text, "[Store Manager]": the words a company
 * replaces, in square brackets, neither nested nor empty nor longer than
 * MAX_PLACEHOLDER_CHARS characters. Returns: how many @text has, or -1
 * with @problem set when they are not well formed. */
static int
count_placeholders (const char  *text,
                    char       **problem)
{
  const char *open = NULL;
  int n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == '[')
        {
          if (open != NULL)
            {
              *problem = g_strdup ("a “[” inside a placeholder");
              return -1;
            }
          open = p;
        }
      else if (*p == ']')
        {
          glong chars;

          if (open == NULL)
            {
              *problem = g_strdup ("a “]” without its “[”");
              return -1;
            }
          chars = g_utf8_strlen (open + 1, p - open - 1);
          if (chars == 0)
            {
              *problem = g_strdup ("an empty placeholder “[]”");
              return -1;
            }
          if (chars > MAX_PLACEHOLDER_CHARS)
            {
              *problem = g_strdup_printf ("a placeholder of %ld characters, over %d", chars,
                                          MAX_PLACEHOLDER_CHARS);
              return -1;
            }
          open = NULL;
          n++;
        }
    }

  if (open != NULL)
    {
      *problem = g_strdup ("a “[” without its “]”");
      return -1;
    }

  return n;
}

/* Whether a sentence of @paragraph names the reporting line ("report",
 * "reports", "reporting") with a placeholder the company fills in. */
static gboolean
has_reporting_placeholder (const char *paragraph)
{
  g_autofree char *lower = g_utf8_strdown (paragraph, -1);
  const char *sentence = lower;

  while (*sentence != '\0')
    {
      gsize len = strcspn (sentence, ".?!;");
      g_autofree char *part = g_strndup (sentence, len);
      const char *report = strstr (part, "report");

      while (report != NULL && report != part && g_ascii_isalpha (report[-1]))
        report = strstr (report + 1, "report");

      if (report != NULL)
        {
          g_autofree char *problem = NULL;

          if (count_placeholders (part, &problem) > 0)
            return TRUE;
        }

      sentence += len;
      if (*sentence != '\0')
        sentence++;
    }

  return FALSE;
}

/* The first two words of @paragraph in lower case, "you will", or %NULL
 * when it has fewer. Letters, digits, apostrophes and hyphens make words;
 * anything else parts them. */
static char *
dup_opening (const char *paragraph)
{
  g_autofree char *lower = g_utf8_strdown (paragraph, -1);
  GString *opening = g_string_new (NULL);
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c) || c == '\'' || c == 0x2019 || c == '-';

      if (word_char && !in_word)
        {
          if (++words > 2)
            break;
          if (words == 2)
            g_string_append_c (opening, ' ');
        }
      if (word_char)
        g_string_append_unichar (opening, c);
      in_word = word_char;
    }

  if (words < 2)
    {
      g_string_free (opening, TRUE);
      return NULL;
    }

  return g_string_free (opening, FALSE);
}

static gboolean
opens_with_as (const char *paragraph)
{
  static const char * const openings[] = { "As our ", "As a ", "As an ", "As the " };

  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    if (g_str_has_prefix (paragraph, openings[i]))
      return TRUE;

  return FALSE;
}

static gboolean
mentions_working_pattern (JdTemplate *template)
{
  for (guint f = 0; f < G_N_ELEMENTS (posting_fields); f++)
    for (guint i = 0; i < jd_template_get_n_texts (template, posting_fields[f]); i++)
      {
        g_autofree char *lower = g_utf8_strdown (jd_template_get_text (template, posting_fields[f], i, "en"), -1);

        if (strstr (lower, "shift") != NULL || strstr (lower, "schedule") != NULL)
          return TRUE;
      }

  return FALSE;
}

static guint
percent (guint part,
         guint whole)
{
  return whole == 0 ? 0 : (guint)((100 * (guint64)part + whole / 2) / whole);
}

/* The checks over a list of templates. Each returns its problems, one
 * string each: an empty array means the check passes. */

static GPtrArray *
check_frontline_share (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (templates);
  guint frontline = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      frontline += jd_template_get_frontline (template);
    }

  if (n == 0 || 100 * frontline < MIN_FRONTLINE_PERCENT * n)
    g_ptr_array_add (problems, g_strdup_printf ("%u of %u templates (%u %%) are frontline, fewer than %d %%",
                                                frontline, n, percent (frontline, n), MIN_FRONTLINE_PERCENT));

  return problems;
}

static GPtrArray *
check_reporting_line (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      gboolean found = FALSE;

      for (guint j = 0; j < jd_template_get_n_texts (template, JD_TEMPLATE_FIELD_BRIEF) && !found; j++)
        found = has_reporting_placeholder (jd_template_get_text (template, JD_TEMPLATE_FIELD_BRIEF, j, "en"));

      if (!found)
        g_ptr_array_add (problems, g_strdup_printf ("%s: no sentence of the brief names whom the job "
                                                    "reports to in a placeholder such as “[Store Manager]”",
                                                    jd_template_get_id (template)));
    }

  return problems;
}

static GPtrArray *
check_frontline_schedule (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      if (jd_template_get_frontline (template) && !mentions_working_pattern (template))
        g_ptr_array_add (problems, g_strdup_printf ("%s: a frontline job that mentions no shift or schedule",
                                                    jd_template_get_id (template)));
    }

  return problems;
}

static GPtrArray *
check_openings (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint paragraphs = 0;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      for (guint j = 0; j < jd_template_get_n_texts (template, JD_TEMPLATE_FIELD_BRIEF); j++)
        {
          const char *paragraph = jd_template_get_text (template, JD_TEMPLATE_FIELD_BRIEF, j, "en");
          char *opening = dup_opening (paragraph);

          if (j == 0 && opens_with_as (paragraph))
            g_ptr_array_add (problems, g_strdup_printf ("%s: the brief opens with “As …”: %.40s…",
                                                        jd_template_get_id (template), paragraph));
          paragraphs++;
          if (opening != NULL)
            g_hash_table_insert (counts, opening,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, opening)) + 1));
        }
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (100 * GPOINTER_TO_UINT (value) > MAX_OPENING_PERCENT * paragraphs)
      g_ptr_array_add (problems, g_strdup_printf ("“%s…” opens %u of %u brief paragraphs (%u %%), over %d %%",
                                                  (char *)key, GPOINTER_TO_UINT (value), paragraphs,
                                                  percent (GPOINTER_TO_UINT (value), paragraphs),
                                                  MAX_OPENING_PERCENT));

  return problems;
}

/* @text folded for comparing: case and spacing aside, it is the same
 * bullet. */
static char *
dup_bullet_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (key, "%s%s", key->len > 0 ? " " : "", words[i]);

  return g_string_free (key, FALSE);
}

/* A bullet in more than one template counts once per template past the
 * first. */
static GPtrArray *
check_repeated_bullets (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  /* bullet → the id of the first template with it */
  g_autoptr(GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) repeated = g_ptr_array_new_with_free_func (g_free);
  guint bullets = 0;

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint f = 0; f < G_N_ELEMENTS (bullet_fields); f++)
        for (guint j = 0; j < jd_template_get_n_texts (template, bullet_fields[f]); j++)
          {
            g_autofree char *joined = dup_bullet_key (jd_template_get_text (template, bullet_fields[f], j, "en"));
            const char *where;

            bullets++;
            if (!g_hash_table_add (own, g_strdup (joined)))
              continue;

            where = g_hash_table_lookup (first, joined);
            if (where == NULL)
              g_hash_table_insert (first, g_strdup (joined), g_strdup (jd_template_get_id (template)));
            else
              g_ptr_array_add (repeated, g_strdup_printf ("%s repeats a bullet of %s: %s",
                                                          jd_template_get_id (template), where,
                                                          jd_template_get_text (template, bullet_fields[f], j, "en")));
          }
    }

  if (100 * repeated->len > MAX_REPEATED_BULLET_PERCENT * bullets)
    {
      g_ptr_array_add (problems, g_strdup_printf ("%u of %u bullets (%u %%) repeat another template's, over %d %%",
                                                  repeated->len, bullets, percent (repeated->len, bullets),
                                                  MAX_REPEATED_BULLET_PERCENT));
      g_ptr_array_extend_and_steal (problems, g_steal_pointer (&repeated));
    }

  return problems;
}

static void
check_placeholders_of (JdTemplate      *template,
                       JdTemplateField  field,
                       guint            position,
                       GPtrArray       *problems)
{
  const char * const *languages = jd_terms_get_languages ();
  const char *english = jd_template_get_text (template, field, position, "en");
  g_autofree char *problem = NULL;
  int n = count_placeholders (english, &problem);

  if (n < 0)
    {
      g_ptr_array_add (problems, g_strdup_printf ("%s: %s in “%s”", jd_template_get_id (template), problem, english));
      return;
    }

  for (guint l = 0; languages[l] != NULL; l++)
    {
      const char *text = jd_template_get_text (template, field, position, languages[l]);
      int translated = count_placeholders (text, &problem);

      if (translated < 0)
        g_ptr_array_add (problems, g_strdup_printf ("%s (%s): %s in “%s”", jd_template_get_id (template),
                                                    languages[l], problem, text));
      else if (translated != n)
        g_ptr_array_add (problems, g_strdup_printf ("%s (%s): %d placeholders where English has %d: “%s”",
                                                    jd_template_get_id (template), languages[l],
                                                    translated, n, text));
      g_clear_pointer (&problem, g_free);
    }
}

static GPtrArray *
check_placeholders (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);

      for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
        for (guint j = 0; j < jd_template_get_n_texts (template, field); j++)
          check_placeholders_of (template, field, j, problems);
    }

  return problems;
}

static GPtrArray *
check_us_spelling (GListModel *templates)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(JdTemplate) template = g_list_model_get_item (templates, i);
      const char *title = jd_template_get_title (template, "en");
      const char *british = find_british_spelling (title);

      if (british != NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s: British “%s…” in “%s”",
                                                    jd_template_get_id (template), british, title));

      for (guint field = 0; field < JD_TEMPLATE_N_FIELDS; field++)
        for (guint j = 0; j < jd_template_get_n_texts (template, field); j++)
          {
            const char *text = jd_template_get_text (template, field, j, "en");

            british = find_british_spelling (text);
            if (british != NULL)
              g_ptr_array_add (problems, g_strdup_printf ("%s: British “%s…” in “%s”",
                                                          jd_template_get_id (template), british, text));
          }
    }

  return problems;
}

/* Fails the running test, naming the first problems, and lets the next
 * test run: the lead sees every check that fails, not the first only.
 * The made-up cases run before, with assertions that stay fatal. */
static void
report (const char *check,
        GPtrArray  *problems)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  if (problems->len == 0)
    return;

  g_test_set_nonfatal_assertions ();

  if (problems->len == 1)
    {
      g_test_fail_printf ("%s: %s", check, (char *)g_ptr_array_index (problems, 0));
      return;
    }

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *)g_ptr_array_index (problems, i));
  for (guint i = 0; i < MIN (problems->len, MAX_PROBLEMS_SHOWN); i++)
    g_string_append_printf (shown, "\n  %s", (char *)g_ptr_array_index (problems, i));

  g_test_fail_printf ("%s: %u problems%s%s", check, problems->len, shown->str,
                      problems->len > MAX_PROBLEMS_SHOWN ? "\n  …" : "");
}

/* Made-up templates for trying the checks */

static JdTemplate *
made_up (const char  *id,
         gboolean     frontline,
         const char  *brief,
         const char  *bullet,
         ...)
{
  JdTemplate *template = _jd_template_new (id, "test", "9999");
  va_list args;

  _jd_template_set_title (template, jd_localized_new (id));
  _jd_template_set_frontline (template, frontline);
  _jd_template_add_text (template, JD_TEMPLATE_FIELD_BRIEF, jd_localized_new (brief));

  va_start (args, bullet);
  for (const char *text = bullet; text != NULL; text = va_arg (args, const char *))
    _jd_template_add_text (template, JD_TEMPLATE_FIELD_RESPONSIBILITIES, jd_localized_new (text));
  va_end (args);

  return template;
}

/* Appends @template to @store, which takes it over. */
static void
append_made_up (GListStore *store,
                JdTemplate *template)
{
  g_list_store_append (store, template);
  g_object_unref (template);
}

static GListModel *
made_up_list (JdTemplate *first,
              ...)
{
  GListStore *store = g_list_store_new (JD_TYPE_TEMPLATE);
  va_list args;

  va_start (args, first);
  for (JdTemplate *template = first; template != NULL; template = va_arg (args, JdTemplate *))
    append_made_up (store, template);
  va_end (args);

  return G_LIST_MODEL (store);
}

static void
test_check_placeholder_syntax (void)
{
  g_autoptr(GString) longest = g_string_new (NULL);
  g_autofree char *long_one = NULL;
  g_autofree char *too_long = NULL;
  static const struct { const char *text; int count; } cases[] = {
    { "You will report to the [Store Manager].", 1 },
    { "A team of [number] people on [shift pattern]", 2 },
    { "No placeholder at all", 0 },
    { "You report to the [Store Manager", -1 },
    { "You report to the Store Manager]", -1 },
    { "You report to the [Head of [Department]]", -1 },
    { "Fill in [] here", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *problem = NULL;

      g_assert_cmpint (count_placeholders (cases[i].text, &problem), ==, cases[i].count);
      g_assert_true ((problem != NULL) == (cases[i].count < 0));
    }

  /* The length counts characters, not bytes. */
  for (guint i = 0; i < MAX_PLACEHOLDER_CHARS; i++)
    g_string_append (longest, "é");
  long_one = g_strdup_printf ("Report to the [%s]", longest->str);
  too_long = g_strdup_printf ("Report to the [%sé]", longest->str);
  {
    g_autofree char *problem = NULL;

    g_assert_cmpint (count_placeholders (long_one, &problem), ==, 1);
    g_assert_null (problem);
    g_assert_cmpint (count_placeholders (too_long, &problem), ==, -1);
    g_assert_nonnull (problem);
  }
}

static void
test_check_placeholders_translated (void)
{
  JdTemplate *good = made_up ("good", FALSE, "You report to the [Store Manager].", "Open the store", NULL);
  JdTemplate *lost = made_up ("lost", FALSE, "You report to the [Store Manager].", "Close the store", NULL);
  JdTemplate *broken = made_up ("broken", FALSE, "You report to the [Store Manager].", "Count the till", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  jd_localized_add (g_ptr_array_index (_jd_template_peek_texts (good, JD_TEMPLATE_FIELD_BRIEF), 0),
                    "de", "Sie berichten an die [Filialleitung].");
  jd_localized_add (g_ptr_array_index (_jd_template_peek_texts (lost, JD_TEMPLATE_FIELD_BRIEF), 0),
                    "fr", "Vous êtes rattaché à la direction du magasin.");
  jd_localized_add (g_ptr_array_index (_jd_template_peek_texts (broken, JD_TEMPLATE_FIELD_BRIEF), 0),
                    "el", "Αναφέρεστε στον [Διευθυντή καταστήματος.");
  list = made_up_list (good, lost, broken, NULL);

  problems = check_placeholders (list);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "lost (fr): 0 placeholders"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1), "broken (el): a “[” without"));
}

static void
test_check_reporting_line (void)
{
  g_autoptr(GListModel) list = made_up_list (
    made_up ("a", FALSE, "You will report to the [Store Manager] and run the tills.", "Count stock", NULL),
    made_up ("b", FALSE, "Reporting to the [Head of Finance], you close the books each month.", "Close books", NULL),
    made_up ("c", FALSE, "You report to the store manager. Work [hours] a week.", "Sell", NULL),
    made_up ("d", FALSE, "You write the [monthly] reports for the board.", "Write", NULL),
    NULL);
  g_autoptr(GPtrArray) problems = check_reporting_line (list);

  /* c has no placeholder in its reporting sentence; d's "reports" are
   * documents, but a check on words cannot tell, so d passes. */
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "c: "));
  g_assert_false (has_reporting_placeholder ("We support the [team]. You report to the owner."));
  g_assert_true (has_reporting_placeholder ("You support the team; you report to the [owner]"));
  g_assert_false (has_reporting_placeholder ("Unreported [issues] are rare"));
}

static void
test_check_frontline (void)
{
  g_autoptr(GListModel) list = made_up_list (
    made_up ("cashier", TRUE, "You work a rotating schedule.", "Serve customers", NULL),
    made_up ("cook", TRUE, "You cook breakfast.", "Work early SHIFTS", NULL),
    made_up ("picker", TRUE, "You pick orders.", "Pack orders", NULL),
    made_up ("accountant", FALSE, "You close the books.", "Reconcile accounts", NULL),
    made_up ("analyst", FALSE, "You study the data.", "Write reports", NULL),
    NULL);
  g_autoptr(GPtrArray) schedule = check_frontline_schedule (list);
  g_autoptr(GPtrArray) share = check_frontline_share (list);
  g_autoptr(GListModel) few = made_up_list (
    made_up ("cashier", TRUE, "You work shifts.", "Serve", NULL),
    made_up ("accountant", FALSE, "You close the books.", "Reconcile", NULL),
    made_up ("analyst", FALSE, "You study the data.", "Report", NULL),
    NULL);
  g_autoptr(GPtrArray) too_few = check_frontline_share (few);

  g_assert_cmpuint (schedule->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (schedule, 0), "picker: "));
  /* 3 of 5 is 60 %; 1 of 3 is 33 %. */
  g_assert_cmpuint (share->len, ==, 0);
  g_assert_cmpuint (too_few->len, ==, 1);
}

static void
test_check_openings (void)
{
  static const char * const openings[] = {
    "You will", "Every day", "Our store", "In this", "Customers come", "Picture a", "The kitchen",
    "Each shift", "Patients rely", "Good books",
  };
  GListStore *store = g_list_store_new (JD_TYPE_TEMPLATE);
  g_autoptr(GListModel) list = G_LIST_MODEL (store);
  g_autoptr(GPtrArray) problems = NULL;

  /* 10 openings, "You will" twice: 2 of 11 paragraphs, 18 %. */
  for (guint i = 0; i <= G_N_ELEMENTS (openings); i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autofree char *brief = g_strdup_printf ("%s, here is the job.", openings[i % G_N_ELEMENTS (openings)]);

      append_made_up (store, made_up (id, FALSE, brief, "Work", NULL));
    }
  problems = check_openings (list);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A third "You will", in other case and spacing: 3 of 12, 25 %. */
  append_made_up (store, made_up ("t11", FALSE, "YOU   will keep the shelves full.", "Stock", NULL));
  problems = check_openings (list);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "“you will…” opens 3 of 12"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  append_made_up (store, made_up ("t12", FALSE, "As our cashier, you serve customers.", "Serve", NULL));
  problems = check_openings (list);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "t12: the brief opens with “As …”"));

  /* Words are found by letter, whatever the punctuation around them. */
  {
    g_autofree char *a = dup_opening ("“You’ll—mostly—work nights.”");
    g_autofree char *b = dup_opening ("Ελάτε στην ομάδα μας");
    g_autofree char *c = dup_opening ("Hello.");

    g_assert_cmpstr (a, ==, "you’ll mostly");
    g_assert_cmpstr (b, ==, "ελάτε στην");
    g_assert_null (c);
  }
  g_assert_true (opens_with_as ("As a nurse, you care"));
  g_assert_false (opens_with_as ("Assisting patients is the job"));
  g_assert_false (opens_with_as ("Ask any cook"));
}

static void
test_check_repeated_bullets (void)
{
  GListStore *store = g_list_store_new (JD_TYPE_TEMPLATE);
  g_autoptr(GListModel) list = G_LIST_MODEL (store);
  g_autoptr(GPtrArray) problems = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autofree char *bullet = g_strdup_printf ("Bullet number %u", i);

      append_made_up (store, made_up (id, FALSE, "You work.", bullet, NULL));
    }

  /* The same bullet twice in one template is no repetition across
   * templates: 52 bullets, none repeated. */
  append_made_up (store, made_up ("x", FALSE, "You work.", "Keep the floor clean", "Keep the floor clean", NULL));
  problems = check_repeated_bullets (list);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Case and spacing aside, the same bullet: 1 of 53, 1.9 %, passes. */
  append_made_up (store, made_up ("y", FALSE, "You work.", "keep the  floor clean", NULL));
  problems = check_repeated_bullets (list);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* 2 of 54, 3.7 %, fails, naming both. */
  append_made_up (store, made_up ("z", FALSE, "You work.", "Bullet number 7", NULL));
  problems = check_repeated_bullets (list);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "2 of 54 bullets"));
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, "y repeats a bullet of x: keep the  floor clean");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==, "z repeats a bullet of t7: Bullet number 7");
}

static void
test_check_us_spelling (void)
{
  static const struct { const char *text; const char *british; } cases[] = {
    { "Organise the weekly rota", "organise" },
    { "Keep the staff rota up to date", "rota" },
    { "Colour-code the shelves", "colour" },
    { "Work in our distribution centre", "centre" },
    { "Drive up to 300 kilometres a day", "metre" },
    { "Run the graduate programme", "programme" },
    { "A valid driving licence", "licence" },
    { "Catalogue the archive", "catalogue" },
    { "Travelling to clients twice a month", "travelling" },
    { "Teach pupils aged 11 to 16", "pupils" },
    { "Send us your CV", "cv" },
    { "Analyse the figures", "analyse" },
    { "Answer enquiries by phone", "enquir" },
    { "Organize the weekly schedule", NULL },
    { "Rotate stock and write the schedule", NULL },
    { "A programmer who knows C", NULL },
    { "Analysis and analysts", NULL },
    { "A specialist in organisms and their behavior", NULL },
    { "A valid driver's license; licensed to practice", NULL },
    { "Centered on the customer", NULL },
    { "Handle cancellations", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (find_british_spelling (cases[i].text), ==, cases[i].british);
}

/* The checks on the built-in library */

static JdLibrary *library;

static void
test_size (void)
{
  GListModel *categories = jd_library_get_categories (library);
  GListModel *templates = jd_library_get_templates (library);
  /* "My Templates" is a category too, but no job category. */
  guint job_categories = g_list_model_get_n_items (categories) - 1;
  guint n = g_list_model_get_n_items (templates);

  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  if (n < MIN_TEMPLATES || job_categories < MIN_CATEGORIES)
    g_ptr_array_add (problems, g_strdup_printf ("%u templates in %u categories; at least %d in %d wanted",
                                                n, job_categories, MIN_TEMPLATES, MIN_CATEGORIES));
  report ("size", problems);
}

static void
test_frontline_share (void)
{
  g_autoptr(GPtrArray) problems = check_frontline_share (jd_library_get_templates (library));

  report ("frontline share", problems);
}

static void
test_frontline_schedule (void)
{
  g_autoptr(GPtrArray) problems = check_frontline_schedule (jd_library_get_templates (library));

  report ("frontline schedule", problems);
}

static void
test_reporting_line (void)
{
  g_autoptr(GPtrArray) problems = check_reporting_line (jd_library_get_templates (library));

  report ("reporting line", problems);
}

static void
test_openings (void)
{
  g_autoptr(GPtrArray) problems = check_openings (jd_library_get_templates (library));

  report ("openings", problems);
}

static void
test_repeated_bullets (void)
{
  g_autoptr(GPtrArray) problems = check_repeated_bullets (jd_library_get_templates (library));

  report ("repeated bullets", problems);
}

static void
test_placeholders (void)
{
  g_autoptr(GPtrArray) problems = check_placeholders (jd_library_get_templates (library));

  report ("placeholders", problems);
}

static void
test_us_spelling (void)
{
  g_autoptr(GPtrArray) problems = check_us_spelling (jd_library_get_templates (library));

  report ("US spelling", problems);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_user_dir = NULL;
  g_autoptr(GFile) user_dir = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  empty_user_dir = g_dir_make_tmp ("jd-no-templates-XXXXXX", &error);
  g_assert_no_error (error);
  user_dir = g_file_new_for_path (empty_user_dir);
  library = jd_library_new (NULL, user_dir);
  g_assert_true (jd_library_load (library, &error));
  g_assert_no_error (error);

  g_test_add_func ("/library-content/checks/placeholder-syntax", test_check_placeholder_syntax);
  g_test_add_func ("/library-content/checks/placeholders-translated", test_check_placeholders_translated);
  g_test_add_func ("/library-content/checks/reporting-line", test_check_reporting_line);
  g_test_add_func ("/library-content/checks/frontline", test_check_frontline);
  g_test_add_func ("/library-content/checks/openings", test_check_openings);
  g_test_add_func ("/library-content/checks/repeated-bullets", test_check_repeated_bullets);
  g_test_add_func ("/library-content/checks/us-spelling", test_check_us_spelling);

  g_test_add_func ("/library-content/library/size", test_size);
  g_test_add_func ("/library-content/library/frontline-share", test_frontline_share);
  g_test_add_func ("/library-content/library/frontline-schedule", test_frontline_schedule);
  g_test_add_func ("/library-content/library/reporting-line", test_reporting_line);
  g_test_add_func ("/library-content/library/openings", test_openings);
  g_test_add_func ("/library-content/library/repeated-bullets", test_repeated_bullets);
  g_test_add_func ("/library-content/library/placeholders", test_placeholders);
  g_test_add_func ("/library-content/library/us-spelling", test_us_spelling);

  ret = g_test_run ();
  g_clear_object (&library);
  g_rmdir (empty_user_dir);

  return ret;
}
