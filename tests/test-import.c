/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing job descriptions written elsewhere: hand-made documents in
 * each language and format (tests/data/import), every template exported
 * and read back, the heading and stop-word tables, and hostile inputs
 * (damaged and encrypted containers, ZIP bombs, external entities,
 * remote images, huge and binary files), each refused with one clear
 * message and without touching the network.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "jd-document-io.h"
#include "jd-import-private.h"
#include "jd-test-utils.h"

/* A ZIP container made here with libarchive: the files the importers
 * must refuse are built by the test rather than committed. */
typedef struct
{
  const char *name;
  const char *data;
  gsize       len;
} ZipEntry;

static GBytes *
make_zip (const ZipEntry *entries,
          guint           n_entries,
          const char     *passphrase)
{
  struct archive *archive = archive_write_new ();
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize size = 0;
  gsize capacity = 0;

  for (guint i = 0; i < n_entries; i++)
    capacity += entries[i].len + strlen (entries[i].name) + 256;
  capacity += 4096;
  g_byte_array_set_size (out, (guint)capacity);

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  /* Fast: the bombs are large. */
  g_assert_cmpint (archive_write_set_options (archive, "zip:compression-level=1"), ==, ARCHIVE_OK);
  if (passphrase != NULL)
    {
      g_assert_cmpint (archive_write_set_options (archive, "zip:encryption=zipcrypt"), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_set_passphrase (archive, passphrase), ==, ARCHIVE_OK);
    }
  g_assert_cmpint (archive_write_open_memory (archive, out->data, capacity, &size), ==, ARCHIVE_OK);

  for (guint i = 0; i < n_entries; i++)
    {
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, entries[i].name);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t)entries[i].len);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      if (entries[i].len > 0)
        g_assert_cmpint (archive_write_data (archive, entries[i].data, entries[i].len), ==,
                         (la_ssize_t)entries[i].len);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  g_byte_array_set_size (out, (guint)size);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

#define DOCX_TYPES                                                                              \
  "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" \
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument." \
  "wordprocessingml.document.main+xml\"/></Types>"

#define W_DOCUMENT_START \
  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"

static GBytes *
make_docx (const char *document,
           gsize       len,
           const char *passphrase)
{
  ZipEntry entries[] = {
    { "[Content_Types].xml", DOCX_TYPES, strlen (DOCX_TYPES) },
    { "word/document.xml", document, len },
  };

  return make_zip (entries, G_N_ELEMENTS (entries), passphrase);
}

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("JD_TEST_DATA"), "import", name, NULL);
}

static JdDocument *
import_data_file (const char      *name,
                  JdImportReport **report)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JdDocument *document;

  document = jd_import_file (file, NULL, report, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* "kind" or "kind=heading" per section, joined by " | ". */
static char *
describe_sections (JdDocument *document)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      if (i > 0)
        g_string_append (out, " | ");
      g_string_append (out, jd_section_kind_to_string (jd_section_get_kind (section)));
      if (jd_section_get_heading (section) != NULL)
        g_string_append_printf (out, "=%s", jd_section_get_heading (section));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
block_text (JdDocument    *document,
            JdSectionKind  kind,
            guint          position)
{
  JdSection *section = jd_document_find_section (document, kind);

  g_assert_nonnull (section);
  g_assert_cmpuint (position, <, jd_section_get_n_blocks (section));
  return jd_block_get_text (jd_section_get_block (section, position));
}

static gboolean
document_contains (JdDocument *document,
                   const char *needle)
{
  g_autoptr(GBytes) bytes = jd_document_serialize (document);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return strstr (text, needle) != NULL;
}

/* Hand-made documents, one or more per language, with headings worded
 * otherwise than the exports word them. */
typedef struct
{
  const char *file;
  const char *title;
  const char *lang;
  const char *sections;
  /* The first responsibility, as written. */
  const char *first_task;
  const char *report;
} HandMade;

static const HandMade hand_made[] = {
  { "en-operations-coordinator.docx", "Operations Coordinator", "en",
    "brief | responsibilities=What you’ll be doing | requirements=Who we’re looking for | "
    "nice-to-have=Bonus points | benefits=Perks | custom=Our depots | apply=Ready to apply?",
    "Plan daily routes with the dispatch team",
    "6 sections recognized, 1 kept as custom; language detected: English" },
  { "en-barista.html", "Barista (part-time)", "en",
    "brief | responsibilities=A day in the life | requirements=What you'll need | "
    "nice-to-have=Nice-to-haves | benefits=What's in it for you | custom=Schedule | apply",
    "Prepare espresso drinks and pour-over coffee to our recipes", NULL },
  { "en-warehouse.txt", "Warehouse Associate - Night Shift", "en",
    "brief | responsibilities | requirements=What we're looking for | nice-to-have=PREFERRED | "
    "benefits | custom=Shift pattern | apply=To apply",
    "Pick and pack orders accurately with a handheld scanner", NULL },
  { "de-lagerlogistik.odt", "Fachkraft für Lagerlogistik (m/w/d)", "de",
    "brief | responsibilities=Das erwartet dich | requirements=Was du mitbringst | "
    "nice-to-have=Idealerweise bringst du mit | benefits=Darauf kannst du dich freuen | "
    "custom=Arbeitszeiten | apply=Interesse geweckt?",
    "Warenannahme und Kontrolle der Lieferungen",
    "6 sections recognized, 1 kept as custom; language detected: Deutsch" },
  { "de-vertrieb.md", "Vertriebsmitarbeiter im Außendienst (m/w/d)", "de",
    "brief | responsibilities=Ihre Aufgabengebiete | requirements=Das bringen Sie mit | "
    "nice-to-have=Von Vorteil | benefits=Wir bieten Ihnen | about | custom=Ihr Arbeitsgebiet | apply",
    "Betreuung und Ausbau unseres Kundenstamms in der Region Hannover", NULL },
  { "es-recepcionista.docx", "Recepcionista de hotel", "es",
    "brief | responsibilities=Tus funciones | requirements=Requisitos imprescindibles | "
    "nice-to-have | benefits=Te ofrecemos | custom=Horario | apply=Cómo postularse",
    "Atender a los huéspedes en la recepción", NULL },
  { "es-camarero.txt", "Camarero/a de sala", "es",
    "brief | responsibilities | requirements | nice-to-have=Valorable | benefits=Qué ofrecemos | "
    "about=Sobre nosotros | apply",
    "Atender las mesas y tomar los pedidos",
    "7 sections recognized, 0 kept as custom; language detected: Español" },
  { "fr-comptable.odt", "Comptable unique (H/F)", "fr",
    "brief | responsibilities=Vos principales missions | requirements=Votre profil | "
    "nice-to-have | benefits=Nos avantages | custom=Environnement de travail | apply",
    "Tenir la comptabilité d’un portefeuille de clients", NULL },
  { "fr-boulanger.html", "Boulanger ou boulangère", "fr",
    "brief | responsibilities=Vos missions | requirements | nice-to-have=Les plus | "
    "benefits=Ce que nous proposons | custom=Rythme de travail | apply=Pour postuler",
    "Pétrir, façonner et cuire les pains au levain", NULL },
  { "pt-enfermeiro.docx", "Enfermeiro de cuidados gerais (m/f)", "pt",
    "brief | responsibilities=Principais responsabilidades | requirements=O que precisa ter | "
    "nice-to-have=Mais-valias | benefits=Regalias | apply=Candidatura",
    "Prestar cuidados de enfermagem aos doentes internados", NULL },
  { "pt-motorista.md", "Motorista de entregas", "pt",
    "brief | responsibilities=As suas funções | requirements=O que procuramos | "
    "nice-to-have=Diferenciais | benefits=Oferecemos | custom=Rotas e horários | apply=Candidate-se",
    "Carregar a viatura e conferir as encomendas", NULL },
  { "el-nosileftis.html", "Νοσηλευτής/Νοσηλεύτρια ΤΕ", "el",
    "brief | responsibilities=Ο ρόλος σας | requirements=Το προφίλ σας | nice-to-have=Επιθυμητά | "
    "benefits=Τι προσφέρουμε | about | apply=Υποβολή αίτησης",
    "Φροντίδα των ασθενών σύμφωνα με τις οδηγίες των γιατρών", NULL },
  { "el-logistis.txt", "Λογιστής/Λογίστρια", "el",
    "brief | responsibilities=Καθήκοντα | requirements | nice-to-have=ΘΑ ΕΚΤΙΜΗΘΟΥΝ | "
    "benefits=Σας προσφέρουμε | custom=Ωράριο εργασίας | apply=Αποστολή βιογραφικού",
    "Τήρηση των βιβλίων της εταιρείας", NULL },
};

static void
test_hand_made (gconstpointer data)
{
  const HandMade *expected = data;
  g_autoptr(JdImportReport) report = NULL;
  g_autoptr(JdDocument) document = import_data_file (expected->file, &report);
  g_autofree char *sections = describe_sections (document);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (jd_document_get_title (document), ==, expected->title);
  g_assert_cmpstr (jd_document_get_language (document), ==, expected->lang);
  g_assert_cmpstr (sections, ==, expected->sections);
  g_assert_cmpstr (block_text (document, JD_SECTION_RESPONSIBILITIES, 0), ==, expected->first_task);
  g_assert_true (jd_import_report_get_language_detected (report));
  if (expected->report != NULL)
    {
      g_autofree char *summary = jd_import_report_to_string (report);

      g_assert_cmpstr (summary, ==, expected->report);
    }

  /* What was imported saves and reads back as it is. */
  g_assert_true (jd_document_check_limits (document, &error));
  {
    g_autoptr(GBytes) bytes = jd_document_serialize (document);
    g_autoptr(JdDocument) again = jd_document_parse (bytes, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (jd_document_equal (document, again));
  }
}

/* What the readers leave out, and what they keep that a careless one
 * would drop. */
static void
test_hand_made_details (void)
{
  g_autoptr(JdDocument) word = import_data_file ("en-operations-coordinator.docx", NULL);
  g_autoptr(JdDocument) web = import_data_file ("en-barista.html", NULL);
  g_autoptr(JdDocument) odt = import_data_file ("de-lagerlogistik.odt", NULL);
  g_autoptr(JdDocument) md = import_data_file ("pt-motorista.md", NULL);
  g_autoptr(JdDocument) text = import_data_file ("en-warehouse.txt", NULL);
  JdSection *benefits;

  /* A tracked deletion is not text; a table cell is. */
  g_assert_false (document_contains (word, "A degree"));
  g_assert_cmpstr (block_text (word, JD_SECTION_CUSTOM, 0), ==, "Des Moines, Omaha and Kansas City");

  /* Scripts, styles and navigation are not the posting; a link keeps
   * its address; a no-break space stays one. */
  g_assert_false (document_contains (web, "never imported"));
  g_assert_false (document_contains (web, "All jobs"));
  g_assert_false (document_contains (web, "font-family"));
  g_assert_cmpstr (block_text (web, JD_SECTION_APPLY, 0), ==,
                   "Write to Maya, our manager (hiring@beanthere.example).");
  g_assert_cmpstr (block_text (web, JD_SECTION_CUSTOM, 0), ==, "Three to four shifts a week, 6\u00a0a.m. to noon.");

  /* A subheading below a recognized section stays in it, as text. */
  benefits = jd_document_find_section (odt, JD_SECTION_BENEFITS);
  g_assert_cmpuint (jd_section_get_n_blocks (benefits), ==, 4);
  g_assert_cmpstr (jd_block_get_text (jd_section_get_block (benefits, 2)), ==, "Extras");
  g_assert_cmpint (jd_block_get_kind (jd_section_get_block (benefits, 2)), ==, JD_BLOCK_PARAGRAPH);

  /* Emphasis marks go, the words stay; a link keeps its address. */
  g_assert_cmpstr (block_text (md, JD_SECTION_REQUIREMENTS, 0), ==, "Carta de condução de categoria C");
  g_assert_cmpstr (block_text (md, JD_SECTION_BRIEF, 0), ==,
                   "A Transportes Tejo faz entregas diárias em Lisboa e no Vale do Tejo.");
  g_assert_cmpstr (block_text (md, JD_SECTION_APPLY, 0), ==,
                   "Preencha o formulário (https://transportestejo.example/vagas) no nosso site.");

  /* Wrapped lines of a bullet join into one item. */
  g_assert_cmpstr (block_text (text, JD_SECTION_RESPONSIBILITIES, 1), ==,
                   "Load trucks and check every pallet against the manifest before it leaves the dock");
}

/* The words of the issue, and how they are compared. */
static void
test_headings (void)
{
  static const struct {
    const char    *heading;
    JdSectionKind  kind;
  } cases[] = {
    { "Responsibilities", JD_SECTION_RESPONSIBILITIES },
    { "What you will do", JD_SECTION_RESPONSIBILITIES },
    { "Your tasks", JD_SECTION_RESPONSIBILITIES },
    { "Ihre Aufgaben", JD_SECTION_RESPONSIBILITIES },
    { "Vos missions", JD_SECTION_RESPONSIBILITIES },
    { "Tus funciones", JD_SECTION_RESPONSIBILITIES },
    { "Αρμοδιότητες", JD_SECTION_RESPONSIBILITIES },
    { "Requisitos", JD_SECTION_REQUIREMENTS },
    { "Ihr Profil", JD_SECTION_REQUIREMENTS },
    { "Nice to have", JD_SECTION_NICE_TO_HAVE },
    { "Benefits", JD_SECTION_BENEFITS },
    { "What we offer", JD_SECTION_BENEFITS },
    { "About us", JD_SECTION_ABOUT },
    { "How to apply", JD_SECTION_APPLY },
    /* Case, accents, a colon, numbering and apostrophes do not matter. */
    { "IHRE AUFGABEN:", JD_SECTION_RESPONSIBILITIES },
    { "αρμοδιοτητες", JD_SECTION_RESPONSIBILITIES },
    { "ΑΡΜΟΔΙΟΤΗΤΕΣ", JD_SECTION_RESPONSIBILITIES },
    { "2. Qualifications", JD_SECTION_REQUIREMENTS },
    { "What you’ll do", JD_SECTION_RESPONSIBILITIES },
    { "  Über   uns ", JD_SECTION_ABOUT },
    { "uber uns", JD_SECTION_ABOUT },
    { "Qui sommes-nous ?", JD_SECTION_ABOUT },
    { "¿Qué ofrecemos?", JD_SECTION_BENEFITS },
    { "Ενδιαφέρεστε;", JD_SECTION_APPLY },
    /* A few words more, and the longest wording wins. */
    { "Your tasks at Example Ltd", JD_SECTION_RESPONSIBILITIES },
    { "Company profile", JD_SECTION_ABOUT },
    { "Requirements for the role", JD_SECTION_REQUIREMENTS },
    /* The exports' own headings, in every language. */
    { "Se valorará", JD_SECTION_NICE_TO_HAVE },
    { "Πώς να κάνετε αίτηση", JD_SECTION_APPLY },
    { "Égalité des chances", JD_SECTION_EQUAL_OPPORTUNITY },
  };
  static const char * const not_headings[] = {
    "Our culture",
    "Arbeitszeiten",
    "We need someone who knows our customers and our tasks inside out",
    "",
    "2.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JdSectionKind kind = JD_SECTION_CUSTOM;

      g_test_message ("%s", cases[i].heading);
      g_assert_true (_jd_import_match_heading (cases[i].heading, FALSE, &kind));
      g_assert_cmpstr (jd_section_kind_to_string (kind), ==, jd_section_kind_to_string (cases[i].kind));
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_headings); i++)
    g_assert_false (_jd_import_match_heading (not_headings[i], FALSE, NULL));
}

static GKeyFile *
load_data_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("JD_TEST_SOURCE_ROOT"), "data", "import", name, NULL);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&key_file);
}

/* Every wording names one kind, every kind has wordings in every
 * language, and each is recognized as written. */
static void
test_heading_table (void)
{
  g_autoptr(GKeyFile) key_file = load_data_file ("section-headings.ini");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char * const *languages = jd_terms_get_languages ();
  g_auto(GStrv) groups = g_key_file_get_groups (key_file, NULL);

  g_assert_cmpuint (g_strv_length (groups), ==, JD_SECTION_CUSTOM);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      JdSectionKind kind;

      g_assert_true (jd_section_kind_from_string (groups[g], &kind));
      g_assert_cmpint (kind, !=, JD_SECTION_CUSTOM);

      for (guint l = 0; languages[l] != NULL; l++)
        {
          g_autoptr(GError) error = NULL;
          g_auto(GStrv) wordings = g_key_file_get_string_list (key_file, groups[g], languages[l], NULL, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (g_strv_length (wordings), >=, 4);

          for (guint w = 0; wordings[w] != NULL; w++)
            {
              char *folded = _jd_import_fold (wordings[w]);
              JdSectionKind found;
              gpointer other;

              if (g_hash_table_lookup_extended (seen, folded, NULL, &other) &&
                  GPOINTER_TO_INT (other) != (int)kind)
                g_error ("“%s” names both %s and %s", wordings[w], groups[g],
                         jd_section_kind_to_string (GPOINTER_TO_INT (other)));
              g_hash_table_replace (seen, folded, GINT_TO_POINTER (kind));

              g_assert_true (_jd_import_match_heading (wordings[w], TRUE, &found));
              g_assert_cmpint (found, ==, kind);
            }
        }
    }
}

/* Each small word tells one language only. */
static void
test_stop_words (void)
{
  g_autoptr(GKeyFile) key_file = load_data_file ("stop-words.ini");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char * const *languages = jd_terms_get_languages ();

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_auto(GStrv) words = g_key_file_get_string_list (key_file, "stop-words", languages[l], NULL, NULL);

      g_assert_nonnull (words);
      g_assert_cmpuint (g_strv_length (words), >=, 15);
      for (guint w = 0; words[w] != NULL; w++)
        {
          char *folded = _jd_import_fold (words[w]);
          const char *other = g_hash_table_lookup (seen, folded);

          if (other != NULL && !g_str_equal (other, languages[l]))
            g_error ("“%s” is a word of both %s and %s", words[w], other, languages[l]);
          g_hash_table_replace (seen, folded, (gpointer)languages[l]);
        }
    }
}

static JdDocument *
import_string (const char      *text,
               const char      *name,
               JdImportFormat   format,
               const char      *lang,
               JdImportReport **report,
               GError         **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return jd_import_bytes (bytes, name, format, lang, report, error);
}

static void
test_language (void)
{
  static const struct {
    const char *lang;
    const char *text;
  } cases[] = {
    { "en", "We are looking for a cook who will join our team and work with the chef." },
    { "de", "Wir suchen eine Köchin, die unser Team in der Küche mit viel Erfahrung unterstützt." },
    { "es", "Buscamos un cocinero con experiencia para nuestro equipo del restaurante." },
    { "fr", "Nous recherchons un cuisinier pour renforcer notre équipe dans la cuisine." },
    { "pt", "Procuramos um cozinheiro com experiência para a nossa equipa no restaurante." },
    { "el", "Αναζητούμε μάγειρα με εμπειρία για την κουζίνα του εστιατορίου μας." },
    /* Nothing tells: English. */
    { "en", "12345 67890" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JdDocument) document = import_string (cases[i].text, NULL, JD_IMPORT_FORMAT_TEXT,
                                                      NULL, &report, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (jd_document_get_language (document), ==, cases[i].lang);
      g_assert_true (jd_import_report_get_language_detected (report));
    }

  /* --lang wins, and the report then says nothing of languages. */
  {
    g_autoptr(JdImportReport) report = NULL;
    g_autoptr(JdDocument) document = import_string (cases[0].text, NULL, JD_IMPORT_FORMAT_TEXT,
                                                    "de", &report, NULL);
    g_autofree char *summary = jd_import_report_to_string (report);

    g_assert_cmpstr (jd_document_get_language (document), ==, "de");
    g_assert_false (jd_import_report_get_language_detected (report));
    g_assert_cmpstr (summary, ==, "1 section recognized, 0 kept as custom");
  }
}

/* Text in the encodings editors write: UTF-8 with or without a byte
 * order mark, UTF-16 with one, Windows-1252; and bytes that are none of
 * them after a UTF-8 mark. */
static void
test_encodings (void)
{
  static const struct {
    const char *data;
    gsize       len;
    const char *title;
  } cases[] = {
    { "\xEF\xBB\xBF" "Caf\xC3\xA9 manager\n\nDuties:\n- Cook\n", 33, "Café manager" },
    { "\xFF\xFE" "C\0a\0f\0\xE9\0\n\0\n\0-\0 \0x\0", 20, "Café" },
    { "\xFE\xFF" "\0C\0a\0f\0\xE9\0\n\0\n\0-\0 \0x", 20, "Café" },
    { "Caf\xE9 \x96 Kellner\n\nDuties:\n- Cook\n", 31, "Café – Kellner" },
    { "\xEF\xBB\xBF" "Caf\xE9\xFF\n\nDuties:\n- Cook\n", 25, "Caféÿ" },
    /* U+FFFF, which XML cannot hold, in UTF-16. */
    { "\xFF\xFE" "C\0a\0\xFF\xFF" "f\0\xE9\0\n\0\n\0-\0 \0x\0", 22, "Café" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].data, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(JdDocument) document = jd_import_bytes (bytes, "x.txt", JD_IMPORT_FORMAT_AUTO, "en",
                                                        NULL, &error);
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(JdDocument) again = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (jd_document_get_title (document), ==, cases[i].title);
      saved = jd_document_serialize (document);
      again = jd_document_parse (saved, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (jd_document_equal (document, again));
    }
}

/* The format is told by the content, whatever the name says. */
static void
test_detect_format (void)
{
  g_autofree char *docx_path = data_path ("en-operations-coordinator.docx");
  g_autofree char *docx = NULL;
  gsize docx_len = 0;
  g_autoptr(GBytes) docx_bytes = NULL;
  static const char html[] = "<!DOCTYPE html><h1>Cook</h1><h2>Duties</h2><ul><li>Cook</li></ul>";
  static const char md[] = "# Cook\n\n## Duties\n\n- Cook *well*\n";
  static const char text[] = "Cook\n\nDuties:\n- Cook *well*\n";
  const struct {
    const char     *name;
    GBytes         *bytes;
    JdImportFormat  format;
  } cases[] = {
    { "cook.html", g_bytes_new_static (md, strlen (md)), JD_IMPORT_FORMAT_MARKDOWN },
    { "cook.docx", g_bytes_new_static (html, strlen (html)), JD_IMPORT_FORMAT_HTML },
    { "cook.txt", g_bytes_new_static (md, strlen (md)), JD_IMPORT_FORMAT_MARKDOWN },
    { "cook.md", g_bytes_new_static (text, strlen (text)), JD_IMPORT_FORMAT_MARKDOWN },
    { "cook", g_bytes_new_static (text, strlen (text)), JD_IMPORT_FORMAT_TEXT },
    { NULL, g_bytes_new_static (html, strlen (html)), JD_IMPORT_FORMAT_HTML },
  };

  g_assert_true (g_file_get_contents (docx_path, &docx, &docx_len, NULL));
  docx_bytes = g_bytes_new_take (g_steal_pointer (&docx), docx_len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JdImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JdDocument) document = jd_import_bytes (cases[i].bytes, cases[i].name,
                                                        JD_IMPORT_FORMAT_AUTO, "en", &report, &error);

      g_assert_no_error (error);
      g_assert_cmpint (jd_import_report_get_format (report), ==, cases[i].format);
      g_assert_cmpstr (jd_document_get_title (document), ==, "Cook");
      g_bytes_unref (cases[i].bytes);
    }

  {
    g_autoptr(JdImportReport) report = NULL;
    g_autoptr(JdDocument) document = jd_import_bytes (docx_bytes, "notes.txt", JD_IMPORT_FORMAT_AUTO,
                                                      NULL, &report, NULL);

    g_assert_cmpint (jd_import_report_get_format (report), ==, JD_IMPORT_FORMAT_DOCX);
    g_assert_cmpstr (jd_document_get_title (document), ==, "Operations Coordinator");
  }
}

/* Inline Markdown becomes plain text, and plain text keeps its marks. */
static void
test_markdown_inline (void)
{
  static const char md[] =
    "# Title\n\n"
    "## Duties\n\n"
    "- Use \\*stars\\* and \\[brackets\\] as text\n"
    "- Work with `make` and **bold** and __strong__ and *em* and ~~old~~ words\n"
    "- snake_case and 3 * 4 stay\n"
    "- Read <https://example.com/a> and ![logo](https://cdn.example/logo.png) &amp; more\n"
    "- First line\\\n"
    "  second line\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) document = import_string (md, "x.md", JD_IMPORT_FORMAT_AUTO, "en", NULL, &error);
  g_autoptr(JdDocument) text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (block_text (document, JD_SECTION_RESPONSIBILITIES, 0), ==, "Use *stars* and [brackets] as text");
  g_assert_cmpstr (block_text (document, JD_SECTION_RESPONSIBILITIES, 1), ==,
                   "Work with make and bold and strong and em and old words");
  g_assert_cmpstr (block_text (document, JD_SECTION_RESPONSIBILITIES, 2), ==, "snake_case and 3 * 4 stay");
  g_assert_cmpstr (block_text (document, JD_SECTION_RESPONSIBILITIES, 3), ==,
                   "Read https://example.com/a and & more");
  g_assert_cmpstr (block_text (document, JD_SECTION_RESPONSIBILITIES, 4), ==, "First line\nsecond line");

  text = import_string ("Title\n\nDuties:\n- Use *stars* as text\n", "x.txt", JD_IMPORT_FORMAT_TEXT,
                        "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (block_text (text, JD_SECTION_RESPONSIBILITIES, 0), ==, "Use *stars* as text");
}

/* Every template, exported by the exporters of Jobscribe and imported
 * again, has the same title, facts, sections and blocks, and its
 * language is detected. */
static void
check_round_trip (JdTerms        *terms,
                  JdDocument     *document,
                  JdExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = jd_export_to_bytes (document, terms, format, JD_PAPER_A4, NULL, &error);
  g_autoptr(JdDocument) imported = NULL;
  const char *lang = jd_document_get_language (document);
  guint n_sections = 0;

  g_assert_no_error (error);
  imported = jd_import_bytes (exported, NULL, JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);

  if (g_strcmp0 (jd_document_get_language (imported), lang) != 0)
    g_error ("%s (%s) exported as %s: the language was detected as %s", jd_document_get_title (document),
             lang, jd_export_format_to_string (format), jd_document_get_language (imported));

  g_assert_cmpstr (jd_document_get_title (imported), ==, jd_document_get_title (document));
  g_assert_cmpint (jd_document_get_workplace_type (imported), ==, jd_document_get_workplace_type (document));
  g_assert_cmpint (jd_document_get_employment_types (imported), ==, jd_document_get_employment_types (document));

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);
      JdSection *again;

      if (!jd_section_has_text (section))
        continue;

      g_assert_cmpuint (n_sections, <, jd_document_get_n_sections (imported));
      again = jd_document_get_section (imported, n_sections++);

      if (jd_section_get_kind (again) != jd_section_get_kind (section))
        g_error ("%s (%s) exported as %s: section %u is %s, not %s", jd_document_get_title (document), lang,
                 jd_export_format_to_string (format), i,
                 jd_section_kind_to_string (jd_section_get_kind (again)),
                 jd_section_kind_to_string (jd_section_get_kind (section)));
      g_assert_cmpstr (jd_terms_get_section_heading (terms, again, lang), ==,
                       jd_terms_get_section_heading (terms, section, lang));
      if (jd_section_get_n_blocks (again) != jd_section_get_n_blocks (section))
        g_error ("%s (%s) exported as %s: section %u (%s) has %u blocks, not %u",
                 jd_document_get_title (document), lang, jd_export_format_to_string (format), i,
                 jd_terms_get_section_heading (terms, section, lang),
                 jd_section_get_n_blocks (again), jd_section_get_n_blocks (section));

      for (guint b = 0; b < jd_section_get_n_blocks (section); b++)
        {
          JdBlock *block = jd_section_get_block (section, b);
          JdBlock *read = jd_section_get_block (again, b);

          g_assert_cmpint (jd_block_get_kind (read), ==, jd_block_get_kind (block));
          g_assert_cmpstr (jd_block_get_text (read), ==, jd_block_get_text (block));
        }
    }

  g_assert_cmpuint (n_sections, ==, jd_document_get_n_sections (imported));
}

static void
check_html (JdTerms    *terms,
            JdDocument *document)
{
  check_round_trip (terms, document, JD_EXPORT_FORMAT_HTML);
}

static void
check_markdown (JdTerms    *terms,
                JdDocument *document)
{
  check_round_trip (terms, document, JD_EXPORT_FORMAT_MARKDOWN);
}

static void
check_text (JdTerms    *terms,
            JdDocument *document)
{
  check_round_trip (terms, document, JD_EXPORT_FORMAT_TEXT);
}

static void
check_docx (JdTerms    *terms,
            JdDocument *document)
{
  check_round_trip (terms, document, JD_EXPORT_FORMAT_DOCX);
}

static void
check_odt (JdTerms    *terms,
           JdDocument *document)
{
  check_round_trip (terms, document, JD_EXPORT_FORMAT_ODT);
}

static void
test_round_trip_docx (JdTestExport  *fixture,
                      gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_docx);
}

static void
test_round_trip_odt (JdTestExport  *fixture,
                     gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_odt);
}

static void
test_round_trip_html (JdTestExport  *fixture,
                      gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_html);
}

static void
test_round_trip_markdown (JdTestExport  *fixture,
                          gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_markdown);
}

static void
test_round_trip_text (JdTestExport  *fixture,
                      gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_text);
}

/* A document whose every field and text the exporters write: the import
 * reads back its title, language, link to apply and sections, in every
 * format that has them. */
static void
test_round_trip_full (JdTestExport  *fixture,
                      gconstpointer  data)
{
  static const JdExportFormat formats[] = {
    JD_EXPORT_FORMAT_HTML, JD_EXPORT_FORMAT_MARKDOWN, JD_EXPORT_FORMAT_TEXT,
    JD_EXPORT_FORMAT_DOCX, JD_EXPORT_FORMAT_ODT,
  };
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) exported = jd_export_to_bytes (document, fixture->terms, formats[f], JD_PAPER_A4,
                                                       NULL, &error);
      g_autoptr(JdDocument) imported = NULL;

      g_assert_no_error (error);
      imported = jd_import_bytes (exported, NULL, JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s", jd_export_format_to_string (formats[f]));

      g_assert_cmpstr (jd_document_get_title (imported), ==, jd_document_get_title (document));
      g_assert_cmpstr (jd_document_get_language (imported), ==, "en");
      g_assert_cmpstr (jd_document_get_apply_to (imported), ==, jd_document_get_apply_to (document));
      for (guint i = 0; i < jd_document_get_n_sections (document); i++)
        {
          JdSection *section = jd_document_get_section (document, i);

          if (jd_section_has_text (section) && jd_section_get_kind (section) != JD_SECTION_CUSTOM)
            g_assert_nonnull (jd_document_find_section (imported, jd_section_get_kind (section)));
        }
    }
}

/* A port nobody serves: a reader that tried to fetch anything from it
 * would leave a connection waiting there. */
static GSocket *
listen_locally (guint16 *port)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  GSocket *socket;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  g_socket_set_blocking (socket, FALSE);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  return socket;
}

static void
assert_no_connection (GSocket *socket)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) connection = g_socket_accept (socket, NULL, &error);

  g_assert_null (connection);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
}

static void
assert_refused (GBytes     *bytes,
                const char *name,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JdImportReport) report = NULL;
  g_autoptr(JdDocument) document = jd_import_bytes (bytes, name, JD_IMPORT_FORMAT_AUTO, NULL, &report, &error);

  g_assert_null (document);
  g_assert_null (report);
  g_assert_error (error, JD_IMPORT_ERROR, code);
  g_test_message ("%s: %s", name, error->message);
  /* One line a user can read, that says what is wrong. */
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), <, 300);
  if (words != NULL)
    g_assert_nonnull (strstr (error->message, words));
}

static void
test_hostile_corrupt_zip (void)
{
  g_autofree char *path = data_path ("en-operations-coordinator.docx");
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GBytes) scrambled = NULL;
  g_autofree char *copy = NULL;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));

  truncated = g_bytes_new (data, len / 2);
  assert_refused (truncated, "cut.docx", JD_IMPORT_ERROR_CORRUPT, "damaged");

  /* The compressed data of the parts, overwritten. */
  copy = g_memdup2 (data, len);
  for (gsize i = 200; i < len - 200; i += 7)
    copy[i] ^= 0x5A;
  scrambled = g_bytes_new (copy, len);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JdDocument) document = jd_import_bytes (scrambled, "scrambled.docx", JD_IMPORT_FORMAT_AUTO,
                                                      NULL, NULL, &error);

    g_assert_null (document);
    g_assert_true (error->domain == JD_IMPORT_ERROR);
  }
}

static void
test_hostile_zip_bomb (void)
{
  gsize len = 20 * 1024 * 1024;
  g_autofree char *zeros = g_malloc0 (len);
  g_autoptr(GBytes) bomb = NULL;
  g_autoptr(GBytes) many = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (ZipEntry));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  /* 20 MB of nothing in a few kilobytes. */
  memcpy (zeros, W_DOCUMENT_START, strlen (W_DOCUMENT_START));
  bomb = make_docx (zeros, len, NULL);
  g_assert_cmpuint (g_bytes_get_size (bomb), <, 100 * 1024);
  assert_refused (bomb, "bomb.docx", JD_IMPORT_ERROR_TOO_LARGE, "ZIP bomb");

  /* More entries than any document has. */
  for (guint i = 0; i <= JD_IMPORT_MAX_ZIP_ENTRIES; i++)
    {
      ZipEntry entry = { NULL, "", 0 };

      g_ptr_array_add (names, g_strdup_printf ("e/%u", i));
      entry.name = g_ptr_array_index (names, i);
      g_array_append_val (entries, entry);
    }
  many = make_zip (&g_array_index (entries, ZipEntry, 0), entries->len, NULL);
  assert_refused (many, "many.docx", JD_IMPORT_ERROR_TOO_LARGE, "10000");
}

/* A part that compresses as text does (some eight times) but inflates
 * past the limit of everything a container may hold. */
static void
test_hostile_total_size (void)
{
  gsize len = JD_IMPORT_MAX_UNCOMPRESSED_SIZE + 1024 * 1024;
  g_autofree char *data = g_malloc (len);
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  /* Longer than deflate's window, so that repeating it saves nothing. */
  gsize period = 48 * 1024;

  for (gsize i = 0; i < period; i++)
    data[i] = g_rand_boolean (rand) ? 'a' : 'b';
  for (gsize i = period; i < len; i += period)
    memcpy (data + i, data, MIN (period, len - i));

  docx = make_docx (data, len, NULL);
  g_assert_cmpuint (g_bytes_get_size (docx), <, JD_IMPORT_MAX_FILE_SIZE);
  assert_refused (docx, "huge.docx", JD_IMPORT_ERROR_TOO_LARGE, "100 MB");
}

static void
test_hostile_encrypted (void)
{
  static const char document[] = W_DOCUMENT_START "<w:p><w:r><w:t>Secret</w:t></w:r></w:p></w:body></w:document>";
  static const char odt_manifest[] =
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
    "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"
    "</manifest:manifest>";
  static const char mimetype[] = "application/vnd.oasis.opendocument.text";
  static const char garbage[] = "\x8f\x12\x99\x00\x13";
  ZipEntry odt_entries[] = {
    { "mimetype", mimetype, strlen (mimetype) },
    { "content.xml", garbage, sizeof garbage },
    { "META-INF/manifest.xml", odt_manifest, strlen (odt_manifest) },
  };
  g_autoptr(GBytes) docx = make_docx (document, strlen (document), "secret");
  g_autoptr(GBytes) odt = make_zip (odt_entries, G_N_ELEMENTS (odt_entries), NULL);
  g_autoptr(GBytes) office = g_bytes_new_static ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" "EncryptedPackage", 24);

  assert_refused (docx, "secret.docx", JD_IMPORT_ERROR_ENCRYPTED, "password");
  assert_refused (odt, "secret.odt", JD_IMPORT_ERROR_ENCRYPTED, "password");
  /* Word encrypts into a compound file, as its old format was. */
  assert_refused (office, "secret.docx", JD_IMPORT_ERROR_UNSUPPORTED, "password");
}

static void
test_hostile_external_entity (void)
{
  guint16 port = 0;
  g_autoptr(GSocket) socket = listen_locally (&port);
  g_autofree char *docx_xml = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"http://127.0.0.1:%u/secret\">"
    "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>\n"
    W_DOCUMENT_START "<w:p><w:r><w:t>&xxe;&passwd;</w:t></w:r></w:p></w:body></w:document>", port);
  g_autofree char *html = g_strdup_printf (
    "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"http://127.0.0.1:%u/secret\"><!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>"
    "<html><body><h1>Cook</h1><p>&xxe; &passwd; Cook well</p></body></html>", port);
  g_autoptr(GBytes) docx = make_docx (docx_xml, strlen (docx_xml), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) document = NULL;

  assert_refused (docx, "xxe.docx", JD_IMPORT_ERROR_FORBIDDEN, "word/document.xml");
  assert_no_connection (socket);

  /* HTML has no entities of its own to declare: the text stays text. */
  document = import_string (html, "xxe.html", JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (document_contains (document, "root:"));
  g_assert_true (document_contains (document, "Cook well"));
  assert_no_connection (socket);
}

static void
test_hostile_remote_image (void)
{
  guint16 port = 0;
  g_autoptr(GSocket) socket = listen_locally (&port);
  g_autofree char *html = g_strdup_printf (
    "<html><body><h1>Cook</h1><img src=\"http://127.0.0.1:%u/a.png\">"
    "<picture><source srcset=\"http://127.0.0.1:%u/b.png\"></picture>"
    "<p style=\"background: url(http://127.0.0.1:%u/c.png)\">Cook well</p>"
    "<link rel=\"stylesheet\" href=\"http://127.0.0.1:%u/d.css\"></body></html>",
    port, port, port, port);
  g_autofree char *rels = g_strdup_printf (
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
    "Target=\"http://127.0.0.1:%u/e.png\" TargetMode=\"External\"/></Relationships>", port);
  static const char document[] =
    W_DOCUMENT_START "<w:p><w:r><w:drawing><a:blip xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:link=\"rId9\"/>"
    "</w:drawing><w:t>Cook well</w:t></w:r></w:p></w:body></w:document>";
  ZipEntry entries[] = {
    { "[Content_Types].xml", DOCX_TYPES, strlen (DOCX_TYPES) },
    { "word/document.xml", document, strlen (document) },
    { "word/_rels/document.xml.rels", rels, strlen (rels) },
  };
  g_autoptr(GBytes) docx = make_zip (entries, G_N_ELEMENTS (entries), NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) from_html = NULL;
  g_autoptr(JdDocument) from_docx = NULL;

  /* The text is imported; the images are left where they are. */
  from_html = import_string (html, "remote.html", JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_contains (from_html, "Cook well"));

  from_docx = jd_import_bytes (docx, "remote.docx", JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_contains (from_docx, "Cook well"));

  assert_no_connection (socket);
}

static void
test_hostile_oversize (void)
{
  g_autofree char *dir = g_dir_make_tmp ("jd-test-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) document = NULL;
  FILE *stream = fopen (path, "w");

  /* A sparse file: its size is all that is read before the refusal. */
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), JD_IMPORT_MAX_FILE_SIZE + 1), ==, 0);
  fclose (stream);

  document = jd_import_file (file, NULL, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "50 MB"));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_hostile_binary (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  guint8 noise[4096];
  guint8 no_nul[4096];
  g_autoptr(GBytes) random = NULL;
  g_autoptr(GBytes) random_no_nul = NULL;
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", 22);
  g_autoptr(GBytes) doc = g_bytes_new_static ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GBytes) blank = g_bytes_new_static (" \n\n\t \n", 6);
  g_autoptr(GBytes) xlsx = NULL;
  static const char xlsx_types[] =
    "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
  ZipEntry xlsx_entries[] = { { "[Content_Types].xml", xlsx_types, strlen (xlsx_types) } };
  ZipEntry other_entries[] = { { "photo.jpg", "\xff\xd8\xff", 3 } };
  g_autoptr(GBytes) other_zip = make_zip (other_entries, 1, NULL);

  for (guint i = 0; i < sizeof noise; i++)
    {
      noise[i] = (guint8)g_rand_int_range (rand, 0, 256);
      no_nul[i] = (guint8)g_rand_int_range (rand, 1, 256);
    }
  random = g_bytes_new (noise, sizeof noise);
  random_no_nul = g_bytes_new (no_nul, sizeof no_nul);
  xlsx = make_zip (xlsx_entries, 1, NULL);

  assert_refused (random, "noise.docx", JD_IMPORT_ERROR_UNSUPPORTED, ".docx, .odt");
  assert_refused (random_no_nul, "noise.txt", JD_IMPORT_ERROR_UNSUPPORTED, NULL);
  assert_refused (pdf, "job.pdf", JD_IMPORT_ERROR_UNSUPPORTED, "PDF");
  assert_refused (doc, "job.doc", JD_IMPORT_ERROR_UNSUPPORTED, ".doc");
  assert_refused (empty, "empty.txt", JD_IMPORT_ERROR_EMPTY, NULL);
  assert_refused (blank, "blank.txt", JD_IMPORT_ERROR_EMPTY, NULL);
  assert_refused (xlsx, "sheet.xlsx", JD_IMPORT_ERROR_UNSUPPORTED, "spreadsheet");
  assert_refused (other_zip, "photos.zip", JD_IMPORT_ERROR_UNSUPPORTED, "ZIP");
}

/* Loops of styles, deep tables and malformed parts end, with an answer. */
static void
test_hostile_structure (void)
{
  static const char styles[] =
    "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
  static const char document[] =
    W_DOCUMENT_START "<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:r><w:t>Looping</w:t></w:r></w:p>"
    "</w:body></w:document>";
  ZipEntry entries[] = {
    { "[Content_Types].xml", DOCX_TYPES, strlen (DOCX_TYPES) },
    { "word/document.xml", document, strlen (document) },
    { "word/styles.xml", styles, strlen (styles) },
  };
  g_autoptr(GBytes) loop = make_zip (entries, G_N_ELEMENTS (entries), NULL);
  g_autoptr(GBytes) malformed = make_docx (W_DOCUMENT_START "<w:p>", strlen (W_DOCUMENT_START "<w:p>"), NULL);
  g_autoptr(GString) deep = g_string_new ("<html><body>");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) looping = NULL;
  g_autoptr(JdDocument) nested = NULL;

  looping = jd_import_bytes (loop, "loop.docx", JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_contains (looping, "Looping"));

  assert_refused (malformed, "malformed.docx", JD_IMPORT_ERROR_CORRUPT, "word/document.xml");

  /* Each element costs memory: a tree of millions is refused unbuilt. */
  g_string_set_size (many, 0);
  g_string_append (many, "<html><body><h1>Many</h1>");
  for (guint i = 0; i <= JD_IMPORT_MAX_ELEMENTS; i++)
    g_string_append (many, "<b>");
  {
    g_autoptr(GBytes) bytes = g_bytes_new (many->str, many->len);

    assert_refused (bytes, "many.html", JD_IMPORT_ERROR_TOO_LARGE, "elements");
  }

  for (guint i = 0; i < 5000; i++)
    g_string_append (deep, "<div><ul><li>");
  g_string_append (deep, "Deep text");
  nested = import_string (deep->str, "deep.html", JD_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (document_contains (nested, "Deep text"));
}

/* An HTML file with bytes that are not UTF-8 where libxml2 expects it
 * (found by fuzz-import): the document made of it is valid UTF-8, saves
 * and reads back the same. */
static void
test_hostile_invalid_utf8 (void)
{
  g_autoptr(JdDocument) document = import_data_file ("hostile-invalid-utf8.html", NULL);
  g_autoptr(JdDocument) again = NULL;
  g_autoptr(GBytes) saved = jd_document_serialize (document);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (saved, &len);

  g_assert_true (g_utf8_validate (data, (gssize)len, NULL));
  again = jd_document_parse (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_equal (document, again));
  g_assert_true (document_contains (document, "How to apply"));
}

/* Text is never lost: what comes before any heading, a heading without
 * text, long paragraphs. */
static void
test_nothing_lost (void)
{
  g_autoptr(GString) long_text = g_string_new ("Title\n\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(JdDocument) brief_later = NULL;
  JdSection *section;
  gsize total = 0;

  for (guint i = 0; i < 250000; i++)
    g_string_append (long_text, "word ");
  document = import_string (long_text->str, "long.txt", JD_IMPORT_FORMAT_AUTO, "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (jd_document_check_limits (document, &error));
  section = jd_document_get_section (document, 0);
  g_assert_cmpuint (jd_section_get_n_blocks (section), ==, 2);
  for (guint i = 0; i < jd_section_get_n_blocks (section); i++)
    total += strlen (jd_block_get_text (jd_section_get_block (section, i))) + 1;
  g_assert_cmpuint (total, ==, 250000 * 5);

  /* Text before the headings, when the document has a brief further
   * on, is kept in a section of its own. */
  brief_later = import_string ("# Cook\n\nWe cook.\n\n## About the role\n\nYou cook.\n\n## Empty heading\n",
                               "x.md", JD_IMPORT_FORMAT_AUTO, "en", NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *sections = describe_sections (brief_later);

    g_assert_cmpstr (sections, ==, "custom | brief | custom=Empty heading");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hand_made); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/hand-made/%s", hand_made[i].file);

      g_test_add_data_func (path, &hand_made[i], test_hand_made);
    }
  g_test_add_func ("/import/hand-made/details", test_hand_made_details);
  g_test_add_func ("/import/headings", test_headings);
  g_test_add_func ("/import/heading-table", test_heading_table);
  g_test_add_func ("/import/stop-words", test_stop_words);
  g_test_add_func ("/import/language", test_language);
  g_test_add_func ("/import/detect-format", test_detect_format);
  g_test_add_func ("/import/encodings", test_encodings);
  g_test_add_func ("/import/markdown-inline", test_markdown_inline);
  g_test_add_func ("/import/nothing-lost", test_nothing_lost);
  JD_TEST_ADD_EXPORT ("/import/round-trip/docx", test_round_trip_docx);
  JD_TEST_ADD_EXPORT ("/import/round-trip/odt", test_round_trip_odt);
  JD_TEST_ADD_EXPORT ("/import/round-trip/html", test_round_trip_html);
  JD_TEST_ADD_EXPORT ("/import/round-trip/markdown", test_round_trip_markdown);
  JD_TEST_ADD_EXPORT ("/import/round-trip/text", test_round_trip_text);
  JD_TEST_ADD_EXPORT ("/import/round-trip/full", test_round_trip_full);
  g_test_add_func ("/import/hostile/corrupt-zip", test_hostile_corrupt_zip);
  g_test_add_func ("/import/hostile/zip-bomb", test_hostile_zip_bomb);
  g_test_add_func ("/import/hostile/total-size", test_hostile_total_size);
  g_test_add_func ("/import/hostile/encrypted", test_hostile_encrypted);
  g_test_add_func ("/import/hostile/external-entity", test_hostile_external_entity);
  g_test_add_func ("/import/hostile/remote-image", test_hostile_remote_image);
  g_test_add_func ("/import/hostile/oversize", test_hostile_oversize);
  g_test_add_func ("/import/hostile/binary", test_hostile_binary);
  g_test_add_func ("/import/hostile/structure", test_hostile_structure);
  g_test_add_func ("/import/hostile/invalid-utf8", test_hostile_invalid_utf8);

  return g_test_run ();
}
