/* test-review-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every word rule of the review in every language, with text where it
 * must fire and text where it must not: Gender Decoder's known false
 * positives among them. And the data files themselves: every section a
 * rule of the review, the English lists those of Gender Decoder.
 */

#include "config.h"

#include <string.h>

#include "jd-review.h"
#include "jd-review-private.h"

typedef struct
{
  const char *lang;
  const char *rule;
  const char *text;
  /* What the finding covers, or NULL: the rule must not fire. */
  const char *found;
  /* The first suggestion, where there must be one. */
  const char *suggestion;
} Case;

static const Case cases[] = {
  /* English: Gaucher, Friesen and Kay's lists as Gender Decoder ships
   * them, without its prefix matches. */
  { "en", "gender.masculine", "We want someone ambitious for this analyst role", "ambitious", NULL },
  { "en", "gender.masculine", "A competent analyst who keeps confidential files", NULL, NULL },
  { "en", "gender.masculine", "Deliver results-driven reports", "driven", NULL },
  { "en", "gender.masculine", "We pay a competitive salary", NULL, NULL },
  { "en", "gender.masculine", "Reduce lead times in the warehouse", NULL, NULL },
  { "en", "gender.gendered-term", "Our salesmen visit clients", "salesmen", "salesperson" },
  { "en", "gender.gendered-term", "Our sales team visits clients", NULL, NULL },
  { "en", "exclusionary.age", "Join our young and dynamic team", "young and dynamic", "motivated team" },
  { "en", "exclusionary.age", "You will work with young children", NULL, NULL },
  { "en", "exclusionary.age", "Ideal for recent graduates", "recent graduates", "entry-level candidate" },
  { "en", "exclusionary.age-limit", "Applicants aged 25 to 35", "aged 25 to 35", NULL },
  { "en", "exclusionary.age-limit", "You must be at least 18 years old to serve alcohol", NULL, NULL },
  { "en", "exclusionary.age-limit", "We hire regardless of age limits set elsewhere", NULL, NULL },
  { "en", "exclusionary.native-speaker", "Native English speaker", "Native English speaker", "Fluent speaker" },
  { "en", "exclusionary.native-speaker", "Build native apps for iOS", NULL, NULL },
  { "en", "exclusionary.nationality", "EU citizens only", "citizens only", NULL },
  { "en", "exclusionary.nationality", "We welcome applicants of any nationality", NULL, NULL },
  { "en", "exclusionary.marital-status", "Candidates must be single", "must be single", NULL },
  { "en", "exclusionary.marital-status", "We hire regardless of marital status", NULL, NULL },
  { "en", "exclusionary.photo", "Send your CV with photo", "CV with photo", NULL },
  { "en", "exclusionary.photo", "Skills in photo editing", NULL, NULL },
  { "en", "exclusionary.physical", "Must be able to lift 50 pounds", "lift 50", NULL },
  { "en", "exclusionary.physical", "Lift 25 kg boxes onto the shelves", NULL, NULL },
  { "en", "exclusionary.physical", "Stand for long periods and help residents move safely", NULL, NULL },
  { "en", "cliche", "We want a rockstar developer", "rockstar", "expert" },
  { "en", "cliche", "Thrive in a fast-paced kitchen", "fast-paced", "busy" },
  { "en", "cliche", "Rock music fans welcome", NULL, NULL },
  { "en", "third-person", "The ideal candidate has five years of experience", "The ideal candidate has", "You have" },
  { "en", "third-person", "The successful candidate will join in May", "The successful candidate will", "You will" },
  { "en", "third-person", "Keep every candidate informed until the chosen candidate accepts", NULL, NULL },
  { "en", "third-person", "The applicant tracking system is yours to run", NULL, NULL },
  { "en", "pay-transparency.history", "Tell us your current salary", "current salary", NULL },
  { "en", "pay-transparency.history", "Tell us the salary you expect", NULL, NULL },

  /* German. */
  { "de", "gender.masculine", "Sie sind durchsetzungsstark", "durchsetzungsstark", NULL },
  { "de", "gender.masculine", "Sie arbeiten ehrgeizige Pläne aus", "ehrgeizige", NULL },
  { "de", "gender.masculine", "Wir bieten flache Hierarchien", NULL, NULL },
  { "de", "gender.generic-masculine", "Sie unterstützen die Mitarbeiter im Lager", "die Mitarbeiter", "die Mitarbeitenden" },
  { "de", "gender.generic-masculine", "Sie unterstützen die Mitarbeiterinnen und Mitarbeiter", NULL, NULL },
  { "de", "gender.generic-masculine", "Ihr Ansprechpartner im Team", "Ihr Ansprechpartner", "Ihre Ansprechperson" },
  { "de", "third-person", "Der Bewerber verfügt über Erfahrung im Verkauf", "Der Bewerber verfügt über", "Sie verfügen über" },
  { "de", "third-person", "Sie verfügen über Erfahrung im Verkauf", NULL, NULL },
  { "de", "exclusionary.age", "Wir sind ein junges, dynamisches Team", "junges, dynamisches Team", "engagiertes Team" },
  { "de", "exclusionary.age", "Sie arbeiten mit jungen Menschen", NULL, NULL },
  { "de", "exclusionary.age", "Sie kontrollieren Gäste, die jünger aussehen", NULL, NULL },
  { "de", "exclusionary.age-limit", "Bewerbungen bis 30 Jahre alt", "bis 30 Jahre alt", NULL },
  { "de", "exclusionary.age-limit", "Betreuung von Kindern im Alter von 3 bis 6 Jahren", NULL, NULL },
  { "de", "exclusionary.native-speaker", "Deutsch als Muttersprache", "Deutsch als Muttersprache", "Verhandlungssichere Deutschkenntnisse" },
  { "de", "exclusionary.native-speaker", "Sehr gute Deutschkenntnisse", NULL, NULL },
  { "de", "exclusionary.nationality", "Deutsche Staatsangehörigkeit erforderlich", "Deutsche Staatsangehörigkeit", NULL },
  { "de", "exclusionary.nationality", "Wir stellen ein unabhängig von Geschlecht und Nationalität", NULL, NULL },
  { "de", "exclusionary.marital-status", "Ledig und flexibel", "Ledig", NULL },
  { "de", "exclusionary.photo", "Bewerbung mit Lichtbild", "mit Lichtbild", NULL },
  { "de", "exclusionary.photo", "Fotos von Produkten bearbeiten", NULL, NULL },
  { "de", "exclusionary.physical", "Körperlich fit", "Körperlich fit", NULL },
  { "de", "exclusionary.physical", "Heben von 20 kg schweren Kisten auf die Regale", NULL, NULL },
  { "de", "cliche", "Sie sind ein echter Teamplayer", "Teamplayer", "teamfähig" },
  { "de", "cliche", "Sie arbeiten im Team", NULL, NULL },
  { "de", "pay-transparency.history", "Nennen Sie uns Ihr aktuelles Gehalt", "aktuelles Gehalt", NULL },
  { "de", "pay-transparency.history", "Nennen Sie uns Ihre Gehaltsvorstellung", NULL, NULL },

  /* Spanish. */
  { "es", "gender.masculine", "Buscamos una persona ambiciosa", "ambiciosa", NULL },
  { "es", "gender.masculine", "Ofrecemos un salario competitivo", NULL, NULL },
  { "es", "gender.generic-masculine", "Trabajarás con los compañeros de sala", "los compañeros", "el equipo" },
  { "es", "gender.generic-masculine", "Trabajarás con los compañeros y compañeras de sala", NULL, NULL },
  { "es", "third-person", "El candidato ideal tendrá experiencia", "El candidato ideal tendrá", "Tendrás" },
  { "es", "third-person", "Tendrás experiencia en atención al cliente", NULL, NULL },
  { "es", "exclusionary.age", "Únete a un equipo joven y dinámico", "equipo joven y dinámico", "equipo motivado" },
  { "es", "exclusionary.age", "Trabajarás con jóvenes de 14 a 18 años", NULL, NULL },
  { "es", "exclusionary.age-limit", "Menores de 30 años", "Menores de 30 años", NULL },
  { "es", "exclusionary.age-limit", "El puesto incluye dar clase a menores de 18 años", NULL, NULL },
  { "es", "exclusionary.native-speaker", "Inglés nivel nativo", "nivel nativo", "nivel avanzado (C1)" },
  { "es", "exclusionary.native-speaker", "Desarrollo de aplicaciones nativas", NULL, NULL },
  { "es", "exclusionary.nationality", "Nacionalidad española", "Nacionalidad española", NULL },
  { "es", "exclusionary.marital-status", "Preferiblemente soltero", "soltero", NULL },
  { "es", "exclusionary.photo", "Enviar CV con foto", "CV con foto", NULL },
  { "es", "exclusionary.photo", "Experiencia con fotografía de producto", NULL, NULL },
  { "es", "exclusionary.physical", "Buena forma física", "Buena forma física", NULL },
  { "es", "cliche", "Buscamos un crack de las ventas", "crack", "especialista" },
  { "es", "cliche", "Buscamos especialistas en ventas", NULL, NULL },
  { "es", "pay-transparency.history", "Indica tu salario actual", "salario actual", NULL },

  /* French. */
  { "fr", "gender.masculine", "Vous êtes ambitieuse", "ambitieuse", NULL },
  { "fr", "gender.masculine", "Nous offrons un salaire compétitif", NULL, NULL },
  { "fr", "gender.generic-masculine", "Vous accompagnez les collaborateurs du site", "les collaborateurs", "les collaboratrices et collaborateurs" },
  { "fr", "gender.generic-masculine", "Vous accompagnez les collaboratrices et collaborateurs", NULL, NULL },
  { "fr", "third-person", "Le candidat idéal aura trois ans d’expérience", "Le candidat idéal aura", "Vous aurez" },
  { "fr", "third-person", "Vous aurez trois ans d’expérience", NULL, NULL },
  { "fr", "exclusionary.age", "Rejoignez une équipe jeune et dynamique", "équipe jeune et dynamique", "équipe motivée" },
  { "fr", "exclusionary.age", "Vous accompagnez les jeunes dans leurs projets", NULL, NULL },
  { "fr", "exclusionary.age-limit", "Âgé de 25 à 35 ans", "Âgé de 25 à 35 ans", NULL },
  { "fr", "exclusionary.age-limit", "De 2 à 5 ans d’expérience", NULL, NULL },
  { "fr", "exclusionary.native-speaker", "Anglais langue maternelle", "langue maternelle", "courant" },
  { "fr", "exclusionary.native-speaker", "Développement d’applications natives", NULL, NULL },
  { "fr", "exclusionary.nationality", "De nationalité française", "De nationalité française", NULL },
  { "fr", "exclusionary.marital-status", "Célibataire et mobile", "Célibataire", NULL },
  { "fr", "exclusionary.photo", "CV avec photo", "CV avec photo", NULL },
  { "fr", "exclusionary.physical", "Bonne condition physique", "Bonne condition physique", NULL },
  { "fr", "cliche", "Vous êtes un vrai couteau suisse", "couteau suisse", "polyvalent" },
  { "fr", "cliche", "Vous êtes polyvalent", NULL, NULL },
  { "fr", "pay-transparency.history", "Indiquez votre salaire actuel", "salaire actuel", NULL },

  /* Portuguese. */
  { "pt", "gender.masculine", "Procuramos uma pessoa ambiciosa", "ambiciosa", NULL },
  { "pt", "gender.masculine", "Oferecemos um salário competitivo", NULL, NULL },
  { "pt", "gender.generic-masculine", "Acompanha os colaboradores da loja", "os colaboradores", "a equipa" },
  { "pt", "gender.generic-masculine", "Acompanha os/as colaboradores/as da loja", NULL, NULL },
  { "pt", "third-person", "O candidato ideal terá experiência", "O candidato ideal terá", "Terá" },
  { "pt", "exclusionary.age", "Equipa jovem e dinâmica", "Equipa jovem e dinâmica", "Equipa motivada" },
  { "pt", "exclusionary.age", "Proteção de crianças e jovens", NULL, NULL },
  { "pt", "exclusionary.age-limit", "Idade máxima de 30 anos", "Idade máxima", NULL },
  { "pt", "exclusionary.age-limit", "Dois anos de experiência", NULL, NULL },
  { "pt", "exclusionary.native-speaker", "Inglês nível nativo", "nível nativo", "fluente" },
  { "pt", "exclusionary.native-speaker", "Estatísticas nativas das plataformas", NULL, NULL },
  { "pt", "exclusionary.nationality", "Nacionalidade portuguesa", "Nacionalidade portuguesa", NULL },
  { "pt", "exclusionary.marital-status", "Indicar o estado civil", "estado civil", NULL },
  { "pt", "exclusionary.photo", "Enviar CV com fotografia", "CV com fotografia", NULL },
  { "pt", "exclusionary.photo", "Experiência com fotografia de produto", NULL, NULL },
  { "pt", "exclusionary.physical", "Boa condição física", "Boa condição física", NULL },
  { "pt", "cliche", "Gosta de vestir a camisola", "vestir a camisola", NULL },
  { "pt", "pay-transparency.history", "Indique o seu salário atual", "salário atual", NULL },

  /* Greek. */
  { "el", "gender.masculine", "Είστε φιλόδοξος", "φιλόδοξος", NULL },
  { "el", "gender.masculine", "Συνεργασία με το τμήμα Ανθρώπινου Δυναμικού", NULL, NULL },
  { "el", "gender.generic-masculine", "Ενημερώνετε τους υποψηφίους σε κάθε στάδιο", "τους υποψηφίους", "τους/τις υποψηφίους/-ες" },
  { "el", "gender.generic-masculine", "Ενημερώνετε τους/τις υποψηφίους/-ες σε κάθε στάδιο", NULL, NULL },
  { "el", "third-person", "Ο υποψήφιος θα διαθέτει εμπειρία", "Ο υποψήφιος θα διαθέτει", "Θα διαθέτετε" },
  { "el", "exclusionary.age", "Ζητούνται νέοι απόφοιτοι", "νέοι απόφοιτοι", "στην αρχή της καριέρας" },
  { "el", "exclusionary.age", "Νέο σύστημα ταμείου", NULL, NULL },
  { "el", "exclusionary.age-limit", "Ηλικίας έως 35 ετών", "Ηλικίας έως 35", NULL },
  { "el", "exclusionary.age-limit", "Έλεγχος ταυτότητας για προϊόντα με όριο ηλικίας", NULL, NULL },
  { "el", "exclusionary.native-speaker", "Αγγλικά ως μητρική γλώσσα", "μητρική γλώσσα", "άριστη γνώση" },
  { "el", "exclusionary.nationality", "Ελληνική υπηκοότητα", "Ελληνική υπηκοότητα", NULL },
  { "el", "exclusionary.nationality", "Προσλαμβάνουμε ανεξαρτήτως φύλου και υπηκοότητας", NULL, NULL },
  { "el", "exclusionary.marital-status", "Άγαμος", "Άγαμος", NULL },
  { "el", "exclusionary.photo", "Βιογραφικό με φωτογραφία", "Βιογραφικό με φωτογραφία", NULL },
  { "el", "exclusionary.physical", "Καλή φυσική κατάσταση", "Καλή φυσική κατάσταση", NULL },
  { "el", "cliche", "Επιδιώκουμε συνέργειες", "συνέργειες", "συνεργασία" },
  { "el", "cliche", "Υποστήριξη των συνεργείων μας", NULL, NULL },
  { "el", "pay-transparency.history", "Αναφέρετε τις τρέχουσες αποδοχές σας", "τρέχουσες αποδοχές", NULL },
};

static JdDocument *
make_document (const char *lang,
               const char *text)
{
  JdDocument *document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_REQUIREMENTS);

  jd_document_set_language (document, lang);
  jd_section_add_text (section, JD_BLOCK_ITEM, text);
  jd_document_append_section (document, section);

  return document;
}

/* The findings of @rule in the block. */
static GPtrArray *
find (JdReview   *review,
      const char *rule)
{
  GListModel *findings = jd_review_get_findings (review);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (jd_finding_get_rule (finding), rule) == 0 && jd_finding_get_section (finding) == 0)
        g_ptr_array_add (found, g_steal_pointer (&finding));
    }

  return found;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(JdDocument) document = make_document (c->lang, c->text);
  g_autoptr(JdReview) review = jd_review_new (document, NULL);
  g_autoptr(GPtrArray) found = find (review, c->rule);
  JdFinding *finding;
  const char *from;

  if (c->found == NULL)
    {
      for (guint i = 0; i < found->len; i++)
        g_test_message ("fired on “%s”", jd_finding_get_text (g_ptr_array_index (found, i)));
      g_assert_cmpuint (found->len, ==, 0);
      return;
    }

  g_assert_cmpuint (found->len, ==, 1);
  finding = g_ptr_array_index (found, 0);
  g_assert_cmpstr (jd_finding_get_text (finding), ==, c->found);
  g_assert_cmpint (jd_finding_get_block (finding), ==, 0);

  /* Where it is, in characters of the block. */
  from = g_utf8_offset_to_pointer (c->text, jd_finding_get_start (finding));
  g_assert_true (g_str_has_prefix (from, c->found));
  g_assert_cmpint (jd_finding_get_end (finding) - jd_finding_get_start (finding), ==,
                   g_utf8_strlen (c->found, -1));

  /* Said in words, with the text quoted. */
  g_assert_nonnull (strstr (jd_finding_get_message (finding), c->found));

  if (c->suggestion != NULL)
    g_assert_cmpstr (jd_finding_get_suggestions (finding)[0], ==, c->suggestion);
}

typedef struct
{
  const char *lang;
  const char *text;
  const char * const feminine[4];
  const char * const masculine[4];
} GenderCase;

/* The lists count words, not prefixes: none of Gender Decoder's reported
 * false positives is coded, and a word counts once even where two stems
 * of the research list match it. */
static const GenderCase gender_cases[] = {
  { "en", "Keep SharePoint lists, committee minutes, kindergarten rotas, shark tank notes and confidential files", { NULL }, { NULL } },
  { "en", "Sharks and sharkskin suits", { NULL }, { NULL } },
  { "en", "A dominant and interpersonal style", { "interpersonal", NULL }, { "dominant", NULL } },
  { "en", "Self-confident, and kind to customers", { "kind", NULL }, { "self-confident", NULL } },
  { "en", "Any kind of task; all kinds of people", { NULL }, { NULL } },
  { "en", "Lead the team and support each other", { "support", NULL }, { "lead", NULL } },
  { "en", "Responsibilities: you are responsible for stock", { NULL }, { NULL } },
  { "de", "Teamfähig, zuverlässig und durchsetzungsstark", { "Teamfähig", "zuverlässig", NULL }, { "durchsetzungsstark", NULL } },
  { "es", "Persona empática y con liderazgo", { "empática", NULL }, { "liderazgo", NULL } },
  { "fr", "Esprit d’équipe et goût du challenge", { "esprit d’équipe", NULL }, { "challenge", NULL } },
  { "pt", "Espírito de equipa e liderança", { "espírito de equipa", NULL }, { "liderança", NULL } },
  { "el", "Ομαδικό πνεύμα και ηγετικές ικανότητες", { "ομαδικό πνεύμα", NULL }, { "ηγετικές", NULL } },
};

static void
test_gender_words (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (gender_cases); i++)
    {
      const GenderCase *c = &gender_cases[i];
      g_autoptr(JdDocument) document = make_document (c->lang, c->text);
      g_autoptr(JdReview) review = jd_review_new (document, NULL);

      g_test_message ("%s: %s", c->lang, c->text);
      g_assert_true (g_strv_equal (jd_review_get_feminine_words (review), c->feminine));
      g_assert_true (g_strv_equal (jd_review_get_masculine_words (review), c->masculine));
      g_assert_true (jd_review_get_gender_adapted (review) == (strcmp (c->lang, "en") != 0));
    }
}

/* Appendix A of the research notes: the stems of Gender Decoder
 * (app/wordlists.py at 73724e6), each of which labels its forms in
 * data/review/en.txt. */
static const char * const feminine_stems[] = {
  "agree", "affectionate", "child", "cheer", "collab", "commit", "communal", "compassion",
  "connect", "considerate", "cooperat", "co-operat", "depend", "emotiona", "empath", "feel",
  "flatterable", "gentle", "honest", "interpersonal", "interdependen", "interpersona",
  "inter-personal", "inter-dependen", "inter-persona", "kind", "kinship", "loyal", "modesty",
  "nag", "nurtur", "pleasant", "polite", "quiet", "respon", "sensitiv", "submissive",
  "support", "sympath", "tender", "together", "trust", "understand", "warm", "whin",
  "enthusias", "inclusive", "yield", "share", "sharin",
};

static const char * const masculine_stems[] = {
  "active", "adventurous", "aggress", "ambitio", "analy", "assert", "athlet", "autonom",
  "battle", "boast", "challeng", "champion", "compet", "confident", "courag", "decid",
  "decision", "decisive", "defend", "determin", "domina", "dominant", "driven", "fearless",
  "fight", "force", "greedy", "head-strong", "headstrong", "hierarch", "hostil", "impulsive",
  "independen", "individual", "intellect", "lead", "logic", "objective", "opinion",
  "outspoken", "persist", "principle", "reckless", "self-confiden", "self-relian",
  "self-sufficien", "selfconfiden", "selfrelian", "selfsufficien", "stubborn", "superior",
  "unreasonab",
};

static void
check_stems (const char         *rule,
             const char * const *stems,
             guint               n_stems)
{
  JdRuleSet *set = _jd_rule_set_get ("en");
  g_autoptr(GPtrArray) phrases = _jd_rule_set_get_phrases (set, rule);

  for (guint i = 0; i < n_stems; i++)
    {
      gboolean labelled = FALSE;

      for (guint p = 0; !labelled && p < phrases->len; p++)
        {
          const JdPhrase *phrase = g_ptr_array_index (phrases, p);
          g_autofree char *label = g_strdup (phrase->label);

          if (label != NULL && g_str_has_suffix (label, "*"))
            label[strlen (label) - 1] = '\0';
          labelled = g_strcmp0 (label, stems[i]) == 0;
        }

      if (!labelled)
        g_test_message ("[%s] has no forms for the stem “%s”", rule, stems[i]);
      g_assert_true (labelled);
    }
}

static void
test_english_lists (void)
{
  check_stems ("gender.feminine", feminine_stems, G_N_ELEMENTS (feminine_stems));
  check_stems ("gender.masculine", masculine_stems, G_N_ELEMENTS (masculine_stems));
}

/* Every section of every language's file is a rule of the review (the
 * loader warns otherwise, which fails the test), each language has the
 * same kinds of rules, and each word rule's message quotes the text. */
static void
test_data_files (void)
{
  static const char * const everywhere[] = {
    "gender.masculine", "gender.feminine", "exclusionary.age", "exclusionary.age-limit",
    "exclusionary.native-speaker", "exclusionary.nationality", "exclusionary.marital-status",
    "exclusionary.photo", "exclusionary.physical", "cliche", "third-person",
    "pay-transparency.history", "title.salary", "title.location",
  };
  const char * const *languages = jd_review_get_languages ();
  const JdRuleInfo *infos;
  guint n_infos;

  for (guint l = 0; languages[l] != NULL; l++)
    {
      JdRuleSet *set = _jd_rule_set_get (languages[l]);
      gboolean english = strcmp (languages[l], "en") == 0;

      g_test_message ("%s", languages[l]);
      for (guint r = 0; r < _jd_rule_set_get_n_rules (set); r++)
        g_assert_nonnull (_jd_rule_set_get_info (set, r));
      for (guint i = 0; i < G_N_ELEMENTS (everywhere); i++)
        {
          g_autoptr(GPtrArray) phrases = _jd_rule_set_get_phrases (set, everywhere[i]);

          g_test_message ("%s: %s", languages[l], everywhere[i]);
          g_assert_cmpuint (phrases->len, >, 0);
        }

      /* Grammatical gender: generic masculine nouns and titles. */
      g_assert_true ((_jd_rule_set_find_rule (set, "gender.generic-masculine") >= 0) != english);
      g_assert_true ((_jd_rule_set_find_rule (set, "locale.title") >= 0) != english);
      g_assert_cmpstr (_jd_rule_set_get_setting (set, "gender.masculine", "lists"), ==,
                       english ? "research" : "adapted");
      g_assert_nonnull (_jd_rule_set_get_setting (set, "language", "formula"));
      g_assert_cmpuint (_jd_rule_set_get_number (set, "language", "sentence-words", 0), >=, 20);
    }

  infos = _jd_rule_info_get_all (&n_infos);
  for (guint i = 0; i < n_infos; i++)
    if (infos[i].message != NULL)
      {
        const char *placeholder = strstr (infos[i].message, "%s");

        g_assert_nonnull (placeholder);
        g_assert_null (strstr (placeholder + 1, "%"));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/review-rules/%s/%s/%s/%u", cases[i].lang, cases[i].rule,
                                               cases[i].found != NULL ? "fires" : "silent", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/review-rules/gender-words", test_gender_words);
  g_test_add_func ("/review-rules/english-lists", test_english_lists);
  g_test_add_func ("/review-rules/data-files", test_data_files);

  return g_test_run ();
}
