/* test-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writing review as a whole: readability formulas against values
 * computed by hand, syllables, the gender-tone scale, the checks of the
 * title, local conventions, length, completeness and pay transparency,
 * the score, suggestions applied to a document, and ignored findings
 * kept in the file.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "jd-document-io.h"
#include "jd-review.h"
#include "jd-review-private.h"

/* A document with one section of bullets. */
static JdDocument *
make_document (const char         *lang,
               const char         *title,
               JdSectionKind       kind,
               const char * const *bullets)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (kind);

  jd_document_set_language (document, lang);
  jd_document_set_title (document, title);
  for (guint i = 0; bullets != NULL && bullets[i] != NULL; i++)
    jd_section_add_text (section, JD_BLOCK_ITEM, bullets[i]);
  jd_document_append_section (document, section);

  return document;
}

/* A document that lacks nothing search engines need. */
static JdDocument *
make_complete_document (const char *lang,
                        const char *title)
{
  static const char * const duties[] = { "Serve customers", NULL };
  JdDocument *document = make_document (lang, title, JD_SECTION_RESPONSIBILITIES, duties);
  g_autoptr(JdLocation) place = jd_location_new ("Austin", "TX", "US");

  jd_document_set_company_name (document, "Example Inc.");
  jd_document_set_date_posted (document, "2026-11-27");
  jd_document_set_apply_to (document, "https://example.com/jobs/1");
  jd_document_add_location (document, place);

  return document;
}

static JdFinding *
find_rule (JdReview   *review,
           const char *rule)
{
  GListModel *findings = jd_review_get_findings (review);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);

      if (strcmp (jd_finding_get_rule (finding), rule) == 0)
        return finding;
    }

  return NULL;
}

static guint
count_rule (JdReview   *review,
            const char *rule)
{
  GListModel *findings = jd_review_get_findings (review);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);

      n += strcmp (jd_finding_get_rule (finding), rule) == 0;
    }

  return n;
}

static JdReview *
review_bullets (const char *lang,
                const char *text)
{
  const char * const bullets[] = { text, NULL };
  g_autoptr(JdDocument) document = make_document (lang, NULL, JD_SECTION_BRIEF, bullets);

  return jd_review_new (document, NULL);
}

/* Syllables by the rules of each language (jd-review-syllables.c); each
 * count here is the word's true one. */
static void
test_syllables (void)
{
  static const struct
  {
    const char *lang;
    const char *word;
    guint       syllables;
  } words[] = {
    { "en", "we", 1 }, { "en", "value", 2 }, { "en", "honest", 2 }, { "en", "builds", 1 },
    { "en", "make", 1 }, { "en", "makes", 1 }, { "en", "table", 2 }, { "en", "worked", 1 },
    { "en", "wanted", 2 }, { "en", "boxes", 2 }, { "en", "customer", 3 }, { "en", "yes", 1 },
    { "de", "suchen", 2 }, { "de", "Kollegin", 3 }, { "de", "arbeitet", 3 }, { "de", "Team", 1 },
    { "de", "Einkäufer", 3 }, { "de", "Kassierer", 3 },
    { "es", "buscamos", 3 }, { "es", "una", 2 }, { "es", "buen", 1 }, { "es", "equipo", 3 },
    { "es", "aéreo", 4 }, { "es", "país", 2 }, { "es", "ciudad", 2 }, { "es", "hoy", 1 },
    { "es", "y", 1 }, { "es", "que", 1 },
    { "fr", "vous", 1 }, { "fr", "aimez", 2 }, { "fr", "équipe", 2 }, { "fr", "table", 1 },
    { "fr", "naïf", 2 }, { "fr", "postes", 1 },
    { "pt", "equipa", 3 }, { "pt", "você", 2 }, { "pt", "salário", 3 }, { "pt", "pão", 1 },
    { "pt", "põe", 1 },
    { "el", "Αθήνα", 3 }, { "el", "είναι", 2 }, { "el", "τσάι", 2 }, { "el", "ουρανός", 3 },
    { "el", "αϋπνία", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_test_message ("%s: %s", words[i].lang, words[i].word);
      g_assert_cmpuint (_jd_count_syllables (words[i].word, -1, words[i].lang), ==, words[i].syllables);
    }
}

typedef struct
{
  const char           *lang;
  const char           *text;
  JdReadabilityFormula  formula;
  double                expected;
} ReadabilityCase;

/* Each value computed by hand from the formula and the counts in the
 * comment (W words, S sentences, Y syllables, L words of more than six
 * letters). */
static const ReadabilityCase readability_cases[] = {
  /* We(1) value(2) honest(2) work(1). Our(1) team(1) builds(1) tools(1).
   * W 8, S 2, Y 10: 206.835 − 1.015 × 4 − 84.6 × 1.25 = 97.025 */
  { "en", "We value honest work. Our team builds tools.", JD_READABILITY_FLESCH, 97.025 },
  /* Wir(1) suchen(2) eine(2) Kollegin(3). Sie(1) arbeitet(3) gern(1)
   * im(1) Team(1). W 9, S 2, Y 15: 180 − 4.5 − 58.5 × 15/9 = 78 */
  { "de", "Wir suchen eine Kollegin. Sie arbeitet gern im Team.", JD_READABILITY_AMSTAD, 78.0 },
  /* Buscamos(3) una(2) persona(3) amable(3). Tendrás(2) un(1) buen(1)
   * equipo(3). W 8, S 2, Y 18: 206.84 − 1.02 × 4 − 60 × 2.25 = 67.76 */
  { "es", "Buscamos una persona amable. Tendrás un buen equipo.", JD_READABILITY_FERNANDEZ_HUERTA, 67.76 },
  /* Vous(1) aimez(2) le(1) travail(2) en(1) équipe(2). Nous(1)
   * offrons(2) un(1) poste(1) stable(1). W 11, S 2, Y 15:
   * 207 − 1.015 × 5.5 − 73.6 × 15/11 = 101.053864 */
  { "fr", "Vous aimez le travail en équipe. Nous offrons un poste stable.", JD_READABILITY_KANDEL_MOLES, 101.053864 },
  /* A(1) equipa(3) é(1) pequena(3). Você(2) terá(2) um(1) bom(1)
   * salário(3). W 9, S 2, Y 17: 248.835 − 1.015 × 4.5 − 84.6 × 17/9
   * = 84.4675 */
  { "pt", "A equipa é pequena. Você terá um bom salário.", JD_READABILITY_FLESCH_MARTINS, 84.4675 },
  /* Αναζητούμε(10 letters) έναν συνεργάτη(9). Θα εργάζεστε(9) στην
   * Αθήνα. W 7, S 2, L 3: 3.5 + 100 × 3/7 = 46.357143 */
  { "el", "Αναζητούμε έναν συνεργάτη. Θα εργάζεστε στην Αθήνα.", JD_READABILITY_LIX, 46.357143 },
};

static void
test_readability (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (readability_cases); i++)
    {
      const ReadabilityCase *c = &readability_cases[i];
      g_autoptr(JdReview) review = review_bullets (c->lang, c->text);

      g_test_message ("%s: %s", c->lang, c->text);
      g_assert_cmpint (jd_review_get_readability_formula (review), ==, c->formula);
      g_assert_cmpfloat_with_epsilon (jd_review_get_readability (review), c->expected, 0.0001);
    }

  /* Without text there is nothing to measure. */
  {
    g_autoptr(JdDocument) document = jd_document_new ();
    g_autoptr(JdReview) review = jd_review_new (document, NULL);

    g_assert_true (isnan (jd_review_get_readability (review)));
    g_assert_cmpstr (jd_readability_formula_get_name (jd_review_get_readability_formula (review)),
                     ==, "Flesch Reading Ease");
  }

  /* A language without rules of its own is measured with LIX. */
  {
    g_autoptr(JdReview) review = review_bullets ("it", "Cerchiamo una persona gentile.");

    g_assert_cmpint (jd_review_get_readability_formula (review), ==, JD_READABILITY_LIX);
    g_assert_cmpstr (jd_review_get_language (review), ==, "it");
  }
}

/* Sentences end at full stops but not at abbreviations; each is measured
 * against the language's limit, and reported with its place. */
static void
test_long_sentences (void)
{
  const char *text = "Keep the line moving, e. g. by calling a colleague. "
                     "You count the drawer at the start and the end of every shift, "
                     "report any shortage to the supervisor on duty, restock the bags "
                     "and keep the counter clean and tidy for the next customer.";
  g_autoptr(JdReview) review = review_bullets ("en", text);
  JdFinding *finding = find_rule (review, "readability.long-sentence");
  const char *second = strstr (text, "You count");

  g_assert_nonnull (finding);
  g_assert_cmpuint (count_rule (review, "readability.long-sentence"), ==, 1);
  g_assert_cmpint (jd_finding_get_start (finding), ==, g_utf8_pointer_to_offset (text, second));
  g_assert_cmpint (jd_finding_get_end (finding), ==, g_utf8_strlen (text, -1));
  g_assert_true (g_str_has_prefix (jd_finding_get_text (finding), "You count"));
  g_assert_true (g_str_has_suffix (jd_finding_get_text (finding), "customer."));
  g_assert_nonnull (strstr (jd_finding_get_message (finding), "35 words"));

  /* Spanish allows more words for the same sentence. */
  {
    g_autoptr(JdReview) spanish = review_bullets ("es",
      "Atiendes a la clientela en la caja, cuentas el cajón al empezar y al terminar "
      "cada turno y avisas de cualquier diferencia a tu responsable de turno.");

    g_assert_null (find_rule (spanish, "readability.long-sentence"));
  }
}

static void
test_tone_scale (void)
{
  static const struct
  {
    guint        feminine;
    guint        masculine;
    JdGenderTone tone;
    const char  *name;
  } scale[] = {
    { 0, 0, JD_GENDER_TONE_NEUTRAL, "neutral" },
    { 2, 2, JD_GENDER_TONE_NEUTRAL, "neutral" },
    { 1, 0, JD_GENDER_TONE_FEMININE, "feminine" },
    { 5, 2, JD_GENDER_TONE_FEMININE, "feminine" },
    { 6, 2, JD_GENDER_TONE_STRONGLY_FEMININE, "strongly-feminine" },
    { 0, 1, JD_GENDER_TONE_MASCULINE, "masculine" },
    { 0, 3, JD_GENDER_TONE_MASCULINE, "masculine" },
    { 0, 4, JD_GENDER_TONE_STRONGLY_MASCULINE, "strongly-masculine" },
    { 1, 9, JD_GENDER_TONE_STRONGLY_MASCULINE, "strongly-masculine" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (scale); i++)
    {
      JdGenderTone tone = jd_gender_tone_from_counts (scale[i].feminine, scale[i].masculine);

      g_assert_cmpint (tone, ==, scale[i].tone);
      g_assert_cmpstr (jd_gender_tone_to_string (tone), ==, scale[i].name);
    }

  /* A masculine-coded ad says so, once. */
  {
    g_autoptr(JdReview) review = review_bullets ("en", "An ambitious, competitive and decisive leader");

    g_assert_cmpint (jd_review_get_gender_tone (review), ==, JD_GENDER_TONE_STRONGLY_MASCULINE);
    g_assert_cmpuint (g_strv_length ((char **)jd_review_get_masculine_words (review)), ==, 4);
    g_assert_cmpuint (count_rule (review, "gender.masculine"), ==, 4);
    g_assert_cmpuint (count_rule (review, "gender.tone"), ==, 1);
  }
  /* The words are listed as written: without the capital that only
   * opens a sentence, but with a German noun's own. */
  {
    g_autoptr(JdReview) review = review_bullets ("en", "Ambitious people who stay competitive");
    const char * const *words = jd_review_get_masculine_words (review);

    g_assert_cmpuint (g_strv_length ((char **)words), ==, 2);
    g_assert_cmpstr (words[0], ==, "ambitious");
    g_assert_cmpstr (words[1], ==, "competitive");
  }
  {
    g_autoptr(JdReview) review = review_bullets ("de", "Viel Verständnis für die Kundschaft");
    const char * const *words = jd_review_get_feminine_words (review);

    g_assert_cmpuint (g_strv_length ((char **)words), ==, 1);
    g_assert_cmpstr (words[0], ==, "Verständnis");
  }
  {
    g_autoptr(JdReview) review = review_bullets ("en", "A supportive, collaborative and decisive colleague");

    g_assert_cmpint (jd_review_get_gender_tone (review), ==, JD_GENDER_TONE_FEMININE);
    g_assert_cmpuint (count_rule (review, "gender.tone"), ==, 0);
  }
}

static void
test_title (void)
{
  static const struct
  {
    const char *title;
    const char *rule;
    const char *text;
    const char *suggestion;
  } cases[] = {
    { "SENIOR SOFTWARE DEVELOPER", "title.all-caps", "SENIOR SOFTWARE DEVELOPER", "Senior Software Developer" },
    { "Sales Manager!!!", "title.exclamation", "!!!", "" },
    { "Barista ☕", "title.emoji", " ☕", "" },
    { "Developer, 50k", "title.salary", "50k", NULL },
    { "Cashier $15/hour", "title.salary", "$", NULL },
    { "Cashier, good salary", "title.salary", "salary", NULL },
    { "Remote Customer Service Representative", "title.location", "Remote", NULL },
    { "Barista in Austin", "title.location", "Austin", NULL },
  };
  static const char * const fine[] = { "CEO", "QA/QC Inspector", "Payroll Specialist", "HR Manager", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdDocument) document = make_complete_document ("en", cases[i].title);
      g_autoptr(JdReview) review = jd_review_new (document, NULL);
      JdFinding *finding = find_rule (review, cases[i].rule);

      g_test_message ("%s", cases[i].title);
      g_assert_nonnull (finding);
      g_assert_cmpstr (jd_finding_get_field (finding), ==, "title");
      g_assert_cmpint (jd_finding_get_section (finding), ==, -1);
      g_assert_cmpstr (jd_finding_get_text (finding), ==, cases[i].text);
      g_assert_cmpstr (jd_finding_get_suggestions (finding)[0], ==, cases[i].suggestion);
    }

  for (guint i = 0; fine[i] != NULL; i++)
    {
      g_autoptr(JdDocument) document = make_complete_document ("en", fine[i]);
      g_autoptr(JdReview) review = jd_review_new (document, NULL);

      g_test_message ("%s", fine[i]);
      g_assert_cmpuint (jd_review_count_category (review, JD_REVIEW_CATEGORY_TITLE), ==, 0);
    }

  {
    g_autoptr(GString) title = g_string_new ("Senior");
    g_autoptr(JdDocument) document = NULL;
    g_autoptr(JdReview) review = NULL;

    while (title->len <= 80)
      g_string_append (title, " Engineer");
    document = make_complete_document ("en", title->str);
    review = jd_review_new (document, NULL);
    g_assert_nonnull (find_rule (review, "title.long"));
  }
}

/* Titles name the job for every gender, as each language's law or custom
 * asks. */
static void
test_locale_title (void)
{
  static const struct
  {
    const char *lang;
    const char *title;
    JdSeverity  severity;   /* -1: none */
    const char *suggestion;
  } cases[] = {
    { "de", "Buchhalter", JD_SEVERITY_ERROR, "Buchhalter (m/w/d)" },
    { "de", "Buchhalter (m/w/d)", -1, NULL },
    { "de", "Buchhalter (w/m/d)", -1, NULL },
    { "de", "Buchhalter*in", -1, NULL },
    { "de", "Buchhalter:in", -1, NULL },
    { "de", "BuchhalterIn", -1, NULL },
    { "de", "Buchhalterin oder Buchhalter", -1, NULL },
    { "de", "Pflegefachkraft", -1, NULL },
    { "de", "Teamleitung Lager", -1, NULL },
    { "fr", "Vendeur", JD_SEVERITY_ERROR, "Vendeur/Vendeuse (H/F)" },
    { "fr", "Chef de partie", JD_SEVERITY_ERROR, "Chef/Cheffe de partie (H/F)" },
    { "fr", "Vendeur (H/F)", -1, NULL },
    { "fr", "Vendeur/Vendeuse", -1, NULL },
    { "fr", "Comptable", -1, NULL },
    { "fr", "Vendeuse", JD_SEVERITY_ERROR, "Vendeuse (H/F)" },
    { "es", "Enfermero", JD_SEVERITY_WARNING, "Enfermero/a" },
    { "es", "Director de tienda", JD_SEVERITY_WARNING, "Director/a de tienda" },
    { "es", "Enfermero/a", -1, NULL },
    { "es", "Recepcionista", -1, NULL },
    { "es", "Friegaplatos", -1, NULL },
    { "pt", "Técnico de Manutenção", JD_SEVERITY_WARNING, "Técnico/a de Manutenção" },
    { "pt", "Técnico de Manutenção (m/f)", -1, NULL },
    { "pt", "Gerente de Loja", -1, NULL },
    { "el", "Λογιστής", JD_SEVERITY_WARNING, "Λογιστής/Λογίστρια" },
    { "el", "Λογιστής/Λογίστρια", -1, NULL },
    { "el", "Μηχανικός Λογισμικού", -1, NULL },
    { "el", "Ψυχολόγος", -1, NULL },
    { "el", "Ταμίας", -1, NULL },
    { "en", "Salesperson", -1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdDocument) document = make_complete_document (cases[i].lang, cases[i].title);
      g_autoptr(JdReview) review = jd_review_new (document, NULL);
      JdFinding *finding = find_rule (review, "locale.title");

      g_test_message ("%s: %s", cases[i].lang, cases[i].title);
      if ((int)cases[i].severity < 0)
        {
          g_assert_null (finding);
          continue;
        }

      g_assert_nonnull (finding);
      g_assert_cmpint (jd_finding_get_severity (finding), ==, cases[i].severity);
      g_assert_cmpint (jd_finding_get_category (finding), ==, JD_REVIEW_CATEGORY_LOCALE);
      g_assert_cmpstr (jd_finding_get_text (finding), ==, cases[i].title);
      g_assert_cmpstr (jd_finding_get_suggestions (finding)[0], ==, cases[i].suggestion);
    }
}

static void
test_length (void)
{
  static const char * const three[] = { "Serve", "Clean", "Restock", NULL };
  static const char * const five[] = { "Serve", "Clean", "Restock", "Count", "Order", NULL };
  static const char * const nine[] = { "A", "B", "C", "D", "E", "F", "G", "H", "I", NULL };
  g_autoptr(JdDocument) few = make_document ("en", "Cook", JD_SECTION_RESPONSIBILITIES, three);
  g_autoptr(JdDocument) enough = make_document ("en", "Cook", JD_SECTION_RESPONSIBILITIES, five);
  g_autoptr(JdDocument) many = make_document ("en", "Cook", JD_SECTION_REQUIREMENTS, nine);
  g_autoptr(JdReview) review_few = jd_review_new (few, NULL);
  g_autoptr(JdReview) review_enough = jd_review_new (enough, NULL);
  g_autoptr(JdReview) review_many = jd_review_new (many, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JdReview) review_long = NULL;
  JdFinding *finding;

  finding = find_rule (review_few, "length.responsibilities");
  g_assert_nonnull (finding);
  g_assert_cmpint (jd_finding_get_section (finding), ==, 0);
  g_assert_cmpint (jd_finding_get_block (finding), ==, -1);
  g_assert_cmpstr (jd_finding_get_scope (finding), ==, "responsibilities");
  g_assert_null (find_rule (review_enough, "length.responsibilities"));
  g_assert_nonnull (find_rule (review_many, "length.requirements"));
  g_assert_nonnull (find_rule (review_enough, "length.short"));

  for (guint i = 0; i < 150; i++)
    g_string_append (text, "Serve our guests well. ");
  review_long = review_bullets ("en", text->str);
  g_assert_cmpuint (jd_review_get_words (review_long), ==, 600);
  g_assert_null (find_rule (review_long, "length.short"));
  g_assert_null (find_rule (review_long, "length.long"));
  for (guint i = 0; i < 30; i++)
    g_string_append (text, "Serve our guests well. ");
  g_clear_object (&review_long);
  review_long = review_bullets ("en", text->str);
  g_assert_nonnull (find_rule (review_long, "length.long"));
  /* One paragraph of bullets only. */
  g_assert_nonnull (find_rule (review_long, "length.bullets"));
}

/* The same conditions as the warnings of the JSON-LD export. */
static void
test_completeness (void)
{
  static const char * const duties[] = { "Serve customers", NULL };
  g_autoptr(JdDocument) bare = make_document ("en", NULL, JD_SECTION_BRIEF, NULL);
  g_autoptr(JdDocument) complete = make_complete_document ("en", "Cook");
  g_autoptr(JdDocument) remote = make_document ("en", "Cook", JD_SECTION_BRIEF, duties);
  g_autoptr(JdReview) review = jd_review_new (bare, NULL);
  static const char * const missing[] = {
    "completeness.title", "completeness.description", "completeness.date-posted",
    "completeness.company", "completeness.location", "completeness.apply",
  };

  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      JdFinding *finding = find_rule (review, missing[i]);

      g_test_message ("%s", missing[i]);
      g_assert_nonnull (finding);
      g_assert_cmpint (jd_finding_get_category (finding), ==, JD_REVIEW_CATEGORY_COMPLETENESS);
    }
  g_assert_cmpint (jd_finding_get_severity (find_rule (review, "completeness.company")), ==, JD_SEVERITY_ERROR);
  g_assert_cmpint (jd_finding_get_severity (find_rule (review, "completeness.apply")), ==, JD_SEVERITY_WARNING);

  g_clear_object (&review);
  review = jd_review_new (complete, NULL);
  g_assert_cmpuint (jd_review_count_category (review, JD_REVIEW_CATEGORY_COMPLETENESS), ==, 0);

  jd_document_set_date_posted (complete, "27/11/2026");
  jd_document_set_apply_to (complete, "javascript:alert(1)");
  jd_document_set_salary_min (complete, 40000);
  g_clear_object (&review);
  review = jd_review_new (complete, NULL);
  g_assert_nonnull (find_rule (review, "completeness.date-posted"));
  g_assert_nonnull (find_rule (review, "completeness.currency"));
  g_assert_cmpint (jd_finding_get_severity (find_rule (review, "completeness.link")), ==, JD_SEVERITY_ERROR);
  g_assert_cmpstr (jd_finding_get_field (find_rule (review, "completeness.link")), ==, "apply");

  jd_document_set_date_posted (complete, "2026-11-27");
  jd_document_set_valid_through (complete, "2026-11-01");
  g_clear_object (&review);
  review = jd_review_new (complete, NULL);
  g_assert_nonnull (find_rule (review, "completeness.valid-through"));

  jd_document_set_workplace_type (remote, JD_WORKPLACE_REMOTE);
  g_clear_object (&review);
  review = jd_review_new (remote, NULL);
  g_assert_null (find_rule (review, "completeness.location"));
  g_assert_nonnull (find_rule (review, "completeness.remote-countries"));
}

static void
test_pay_transparency (void)
{
  static const struct
  {
    const char *city;
    const char *region;
    const char *country;
    const char *applicants;  /* a remote job's country */
    const char *posted;
    double      min;
    double      max;
    const char *rule;        /* NULL: none */
    JdSeverity  severity;
    const char *law;
  } cases[] = {
    { "Berlin", NULL, "DE", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "2023/970" },
    { "Berlin", NULL, "DE", NULL, "2026-11-27", 50000, 0, NULL, 0, NULL },
    { "Oslo", NULL, "NO", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "2023/970" },
    { "Lisboa", NULL, "PT", NULL, "2026-01-15", 0, 0, "pay-transparency.upcoming", JD_SEVERITY_WARNING, "2026-06-07" },
    { "Denver", "CO", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "8-5-201" },
    { "Denver", "Colorado", "US", NULL, "2026-11-27", 60000, 0, "pay-transparency.range", JD_SEVERITY_WARNING, "8-5-201" },
    { "Denver", "CO", "US", NULL, "2026-11-27", 60000, 70000, NULL, 0, NULL },
    { "Brooklyn", "NY", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "Local Law 32" },
    { "Buffalo", "NY", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "194-b" },
    { "Austin", "TX", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.recommended", JD_SEVERITY_INFO, NULL },
    { "Cleveland", "OH", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "104-2025" },
    { "Columbus", "OH", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.recommended", JD_SEVERITY_INFO, NULL },
    { "Newark", "NJ", "US", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "S2310" },
    { "Newark", "NJ", "US", NULL, "2026-11-27", 25, 0, NULL, 0, NULL },
    { "Boston", "MA", "US", NULL, "2025-10-01", 0, 0, "pay-transparency.upcoming", JD_SEVERITY_WARNING, "2025-10-29" },
    { "Toronto", "ON", "CA", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "Working for Workers" },
    { "Toronto", "Ontario", "CA", NULL, "2026-11-27", 80000, 0, NULL, 0, NULL },
    { "Vancouver", "BC", "CA", NULL, "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "Pay Transparency Act" },
    { NULL, NULL, NULL, "US", "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "8-5-201" },
    { NULL, NULL, NULL, "EU", "2026-11-27", 0, 0, "pay-transparency.required", JD_SEVERITY_ERROR, "2023/970" },
    { NULL, NULL, NULL, "JP", "2026-11-27", 0, 0, "pay-transparency.recommended", JD_SEVERITY_INFO, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdDocument) document = make_complete_document ("en", "Cook");
      g_autoptr(JdReview) review = NULL;
      JdFinding *finding;

      g_test_message ("%s %s %s %s", cases[i].city, cases[i].region, cases[i].country, cases[i].applicants);
      jd_document_set_locations (document, NULL);
      if (cases[i].country != NULL)
        {
          g_autoptr(JdLocation) place = jd_location_new (cases[i].city, cases[i].region, cases[i].country);

          jd_document_add_location (document, place);
        }
      else
        {
          const char * const countries[] = { cases[i].applicants, NULL };

          jd_document_set_workplace_type (document, JD_WORKPLACE_REMOTE);
          jd_document_set_applicant_locations (document, countries);
        }
      jd_document_set_date_posted (document, cases[i].posted);
      jd_document_set_salary_min (document, cases[i].min);
      jd_document_set_salary_max (document, cases[i].max);
      jd_document_set_salary_currency (document, "EUR");
      review = jd_review_new (document, NULL);

      if (cases[i].rule == NULL)
        {
          g_assert_cmpuint (jd_review_count_category (review, JD_REVIEW_CATEGORY_PAY_TRANSPARENCY), ==, 0);
          continue;
        }

      g_assert_cmpuint (jd_review_count_category (review, JD_REVIEW_CATEGORY_PAY_TRANSPARENCY), ==, 1);
      finding = find_rule (review, cases[i].rule);
      g_assert_nonnull (finding);
      g_assert_cmpint (jd_finding_get_severity (finding), ==, cases[i].severity);
      g_assert_cmpstr (jd_finding_get_field (finding), ==, "salary");
      if (cases[i].law != NULL)
        g_assert_nonnull (strstr (jd_finding_get_message (finding), cases[i].law));
    }

  /* Figures in the salary section count as stating the pay. */
  {
    g_autoptr(JdDocument) document = make_complete_document ("en", "Cook");
    g_autoptr(JdLocation) place = jd_location_new ("Wien", NULL, "AT");
    g_autoptr(JdSection) salary = jd_section_new (JD_SECTION_SALARY);
    g_autoptr(JdReview) review = NULL;

    jd_document_set_locations (document, NULL);
    jd_document_add_location (document, place);
    jd_section_add_text (salary, JD_BLOCK_PARAGRAPH, "From EUR 3,100 a month, 14 times a year");
    jd_document_append_section (document, salary);
    review = jd_review_new (document, NULL);
    g_assert_cmpuint (jd_review_count_category (review, JD_REVIEW_CATEGORY_PAY_TRANSPARENCY), ==, 0);
  }
}

/* The enums' strings are those of `jobscribe check --json`. */
static void
test_names (void)
{
  g_assert_cmpstr (jd_review_category_to_string (JD_REVIEW_CATEGORY_GENDER_CODED), ==, "gender-coded");
  g_assert_cmpstr (jd_review_category_to_string (JD_REVIEW_CATEGORY_THIRD_PERSON), ==, "third-person");
  g_assert_cmpstr (jd_review_category_to_string (JD_REVIEW_CATEGORY_PAY_TRANSPARENCY), ==, "pay-transparency");
  g_assert_cmpstr (jd_review_category_to_string (JD_REVIEW_CATEGORY_COMPLETENESS), ==, "completeness");
  g_assert_cmpstr (jd_severity_to_string (JD_SEVERITY_ERROR), ==, "error");
  g_assert_cmpstr (jd_severity_to_string (JD_SEVERITY_INFO), ==, "info");
  g_assert_cmpstr (jd_readability_formula_get_name (JD_READABILITY_AMSTAD), ==, "Amstad");
  g_assert_false (jd_readability_formula_higher_is_easier (JD_READABILITY_LIX));

  {
    guint total = 0;

    for (guint part = 0; part < JD_REVIEW_N_PARTS; part++)
      total += jd_review_part_get_weight (part);
    g_assert_cmpuint (total, ==, 100);
  }
}

/* The score is the weighted sum of its parts; ignoring findings and
 * fixing them raise it. */
static void
test_score (void)
{
  static const char * const duties[] = { "You will be a rockstar ninja in a fast-paced team", NULL };
  g_autoptr(JdDocument) document = make_document ("en", "Cook", JD_SECTION_RESPONSIBILITIES, duties);
  g_autoptr(JdReview) review = jd_review_new (document, NULL);
  g_autoptr(JdReview) again = NULL;
  guint sum = 0;

  for (guint part = 0; part < JD_REVIEW_N_PARTS; part++)
    {
      guint score = jd_review_get_part_score (review, part);

      g_assert_cmpuint (score, <=, 100);
      sum += score * jd_review_part_get_weight (part);
    }
  g_assert_cmpuint (jd_review_get_score (review), ==, (sum + 50) / 100);
  g_assert_cmpuint (jd_review_get_part_score (review, JD_REVIEW_PART_CLARITY), ==, 100 - 3 * 8);
  g_assert_cmpuint (jd_review_count_category (review, JD_REVIEW_CATEGORY_CLICHE), ==, 3);

  jd_finding_ignore (find_rule (review, "cliche"), document);
  again = jd_review_new (document, NULL);
  g_assert_cmpuint (jd_review_get_part_score (again, JD_REVIEW_PART_CLARITY), ==, 100 - 2 * 8);
  g_assert_cmpuint (jd_review_get_score (again), >, jd_review_get_score (review));
  g_assert_cmpuint (g_list_model_get_n_items (jd_review_get_ignored_findings (again)), ==, 1);
}

/* A suggestion applied replaces the text the finding covers, as one
 * change of the document; a finding the document has moved past is
 * refused. */
static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_apply_suggestion (void)
{
  static const char * const duties[] = { "Be a true rockstar with every guest", NULL };
  g_autoptr(JdDocument) document = make_document ("de", "Koch", JD_SECTION_RESPONSIBILITIES, duties);
  g_autoptr(JdReview) review = jd_review_new (document, "en");
  g_autoptr(JdReview) german = jd_review_new (document, NULL);
  g_autoptr(GError) error = NULL;
  JdFinding *finding = find_rule (review, "cliche");
  JdFinding *title = find_rule (german, "locale.title");
  JdBlock *block = jd_section_get_block (jd_document_get_section (document, 0), 0);
  guint changed = 0;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (count_cb), &changed);

  /* Reviewed as English, whatever the document says. */
  g_assert_cmpstr (jd_review_get_language (review), ==, "en");
  g_assert_nonnull (finding);
  g_assert_true (jd_finding_apply_suggestion (finding, document, jd_finding_get_suggestions (finding)[0], &error));
  g_assert_no_error (error);
  g_assert_cmpstr (jd_block_get_text (block), ==, "Be a true expert with every guest");
  g_assert_cmpuint (changed, ==, 1);

  g_assert_false (jd_finding_apply_suggestion (finding, document, "star", &error));
  g_assert_error (error, JD_REVIEW_ERROR, JD_REVIEW_ERROR_STALE);
  g_assert_cmpstr (jd_block_get_text (block), ==, "Be a true expert with every guest");
  g_assert_cmpuint (changed, ==, 1);
  g_clear_error (&error);

  g_assert_nonnull (title);
  g_assert_true (jd_finding_apply_suggestion (title, document, jd_finding_get_suggestions (title)[0], &error));
  g_assert_no_error (error);
  g_assert_cmpstr (jd_document_get_title (document), ==, "Koch (m/w/d)");
  g_assert_cmpuint (changed, ==, 2);

  /* Nothing to replace in a finding about the document as a whole. */
  g_assert_false (jd_finding_apply_suggestion (find_rule (german, "completeness.company"), document, "x", &error));
  g_assert_error (error, JD_REVIEW_ERROR, JD_REVIEW_ERROR_NO_TEXT);
  g_assert_cmpuint (changed, ==, 2);
}

/* An ignored finding stays ignored through saving, reading back and
 * edits elsewhere, and comes back when its text changes. */
static void
test_ignore_persistence (void)
{
  static const char * const duties[] = { "Thrive in a fast-paced kitchen", "Keep the pass clean", NULL };
  g_autoptr(JdDocument) document = make_document ("en", "Cook", JD_SECTION_RESPONSIBILITIES, duties);
  g_autoptr(JdReview) review = jd_review_new (document, NULL);
  g_autoptr(JdReview) after = NULL;
  g_autoptr(JdDocument) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JdFinding *finding = find_rule (review, "cliche");
  JdSection *section;

  g_assert_nonnull (finding);
  g_assert_cmpstr (jd_finding_get_scope (finding), ==, "responsibilities");
  jd_finding_ignore (finding, document);
  g_assert_true (jd_finding_is_ignored (finding, document));

  bytes = jd_document_serialize (document);
  loaded = jd_document_parse (bytes, NULL, &error);
  g_assert_no_error (error);

  /* Edits elsewhere, and moving the section, keep it ignored. */
  section = jd_document_get_section (loaded, 0);
  jd_block_set_text (jd_section_get_block (section, 1), "Keep the pass spotless");
  jd_section_add_text (section, JD_BLOCK_ITEM, "Prepare sauces");
  {
    g_autoptr(JdSection) brief = jd_section_new (JD_SECTION_BRIEF);

    jd_section_add_text (brief, JD_BLOCK_PARAGRAPH, "A busy bistro.");
    jd_document_insert_section (loaded, 0, brief);
  }
  after = jd_review_new (loaded, NULL);
  g_assert_null (find_rule (after, "cliche"));
  g_assert_cmpuint (g_list_model_get_n_items (jd_review_get_ignored_findings (after)), ==, 1);

  /* The same words in another kind of section are not ignored. */
  {
    g_autoptr(JdSection) benefits = jd_section_new (JD_SECTION_BENEFITS);
    g_autoptr(JdReview) more = NULL;

    jd_section_add_text (benefits, JD_BLOCK_ITEM, "A fast-paced career");
    jd_document_append_section (loaded, benefits);
    more = jd_review_new (loaded, NULL);
    g_assert_nonnull (find_rule (more, "cliche"));
    g_assert_cmpint (jd_finding_get_section (find_rule (more, "cliche")), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/syllables", test_syllables);
  g_test_add_func ("/review/readability", test_readability);
  g_test_add_func ("/review/long-sentences", test_long_sentences);
  g_test_add_func ("/review/tone-scale", test_tone_scale);
  g_test_add_func ("/review/title", test_title);
  g_test_add_func ("/review/locale-title", test_locale_title);
  g_test_add_func ("/review/length", test_length);
  g_test_add_func ("/review/completeness", test_completeness);
  g_test_add_func ("/review/pay-transparency", test_pay_transparency);
  g_test_add_func ("/review/names", test_names);
  g_test_add_func ("/review/score", test_score);
  g_test_add_func ("/review/apply-suggestion", test_apply_suggestion);
  g_test_add_func ("/review/ignore-persistence", test_ignore_persistence);

  return g_test_run ();
}
