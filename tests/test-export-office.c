/* test-export-office.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The DOCX and ODT exports, read back by what a user's word processor
 * reads: tests/check-office-export.py opens them with python-docx and
 * odfpy and checks the title, the headings, every bullet as a list
 * paragraph, the language, the links, the properties and the page
 * against what this program expects. Here: the ZIP containers, every
 * part well-formed, and the same bytes whatever the time zone.
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "jd-test-utils.h"

/* A few templates of different families: healthcare, software, data,
 * hospitality, driving. */
static const char * const templates[] = {
  "registered-nurse", "software-engineer", "data-analyst", "chef-de-partie", "delivery-driver",
};

static const JdExportFormat office_formats[] = { JD_EXPORT_FORMAT_DOCX, JD_EXPORT_FORMAT_ODT };

/* 2026-01-01T00:00:00Z */
#define EPOCH "1767225600"
#define EPOCH_DATE "2026-01-01T00:00:00Z"

typedef struct
{
  char  *name;
  GBytes *contents;
} ZipEntry;

static void
zip_entry_free (ZipEntry *entry)
{
  g_free (entry->name);
  g_bytes_unref (entry->contents);
  g_free (entry);
}

/* The entries of the ZIP archive @bytes, in their order, read with
 * libarchive. */
static GPtrArray *
read_zip (GBytes *bytes)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify)zip_entry_free);
  struct archive *archive = archive_read_new ();
  struct archive_entry *header;
  gsize len = 0;
  const void *data = g_bytes_get_data (bytes, &len);
  int status;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, data, len), ==, ARCHIVE_OK);

  while ((status = archive_read_next_header (archive, &header)) == ARCHIVE_OK)
    {
      ZipEntry *entry = g_new0 (ZipEntry, 1);
      GByteArray *contents = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      entry->name = g_strdup (archive_entry_pathname (header));
      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (contents, (const guint8 *)buffer, (guint)n);
      g_assert_cmpint (n, ==, 0);
      entry->contents = g_byte_array_free_to_bytes (contents);
      g_ptr_array_add (entries, entry);
    }
  if (status != ARCHIVE_EOF)
    g_error ("the ZIP archive is broken: %s", archive_error_string (archive));

  archive_read_free (archive);
  return entries;
}

/* Every XML part of @bytes parses without recovery, and the names of the
 * parts are those of the format. */
static void
check_package (GBytes         *bytes,
               JdExportFormat  format)
{
  g_autoptr(GPtrArray) entries = read_zip (bytes);
  const char * const docx_parts[] = {
    "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
    "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml", NULL
  };
  const char * const odt_parts[] = {
    "mimetype", "meta.xml", "styles.xml", "content.xml", "META-INF/manifest.xml", NULL
  };
  const char * const *parts = format == JD_EXPORT_FORMAT_DOCX ? docx_parts : odt_parts;

  g_assert_cmpuint (entries->len, ==, g_strv_length ((char **)parts));
  for (guint i = 0; i < entries->len; i++)
    {
      ZipEntry *entry = g_ptr_array_index (entries, i);
      gsize len = 0;
      const char *data = g_bytes_get_data (entry->contents, &len);
      xmlDoc *doc;

      g_assert_cmpstr (entry->name, ==, parts[i]);
      if (g_str_equal (entry->name, "mimetype"))
        {
          g_assert_cmpmem (data, len, "application/vnd.oasis.opendocument.text", 39);
          continue;
        }

      doc = xmlReadMemory (data, (int)len, entry->name, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      if (doc == NULL)
        g_error ("%s is not well-formed XML: %s", entry->name, xmlGetLastError ()->message);
      g_assert_cmpstr ((const char *)doc->encoding, ==, "UTF-8");
      xmlFreeDoc (doc);
    }
}

/* The expectations of one batch of exports, for the checker. */
typedef struct
{
  char        *dir;
  JsonBuilder *builder;
  guint        n;
} Batch;

static void
batch_init (Batch *batch)
{
  g_autoptr(GError) error = NULL;

  batch->dir = g_dir_make_tmp ("jd-test-office-XXXXXX", &error);
  g_assert_no_error (error);
  batch->builder = json_builder_new ();
  json_builder_begin_array (batch->builder);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_link (JsonBuilder *builder,
          const char  *link,
          const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *href = jd_export_check_link (link, &error);

  g_assert_no_error (error);
  json_builder_begin_object (builder);
  add_string_or_null (builder, "href", href);
  /* An address is shown without its mailto:. */
  add_string_or_null (builder, "text", text != NULL ? text : g_str_has_prefix (href, "mailto:") ? href + 7 : href);
  json_builder_end_object (builder);
}

/* The language and country word processors are told, worked out here
 * from the tag independently of the exporter. */
static void
add_language (JsonBuilder *builder,
              const char  *tag)
{
  const char * const countries[][2] = {
    { "de", "DE" }, { "el", "GR" }, { "en", "US" }, { "es", "ES" }, { "fr", "FR" }, { "pt", "PT" },
  };
  g_auto(GStrv) subtags = g_strsplit (tag, "-", -1);
  const char *country = subtags[1];
  g_autofree char *language = NULL;

  for (guint i = 0; country == NULL && i < G_N_ELEMENTS (countries); i++)
    if (g_str_equal (subtags[0], countries[i][0]))
      country = countries[i][1];
  g_assert_nonnull (country);

  json_builder_set_member_name (builder, "lang");
  json_builder_add_string_value (builder, subtags[0]);
  json_builder_set_member_name (builder, "country");
  json_builder_add_string_value (builder, country);
  language = g_strconcat (subtags[0], "-", country, NULL);
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, language);
}

static void
add_sections (JsonBuilder *builder,
              JdTerms     *terms,
              JdDocument  *document)
{
  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      if (!jd_section_has_text (section))
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "heading");
      json_builder_add_string_value (builder, jd_terms_get_section_heading (terms, section,
                                                                            jd_document_get_language (document)));
      json_builder_set_member_name (builder, "blocks");
      json_builder_begin_array (builder);
      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        {
          JdBlock *block = jd_section_get_block (section, j);
          g_autofree char *text = g_strdup (jd_block_get_text (block));

          if (g_strstrip (text)[0] == '\0')
            continue;
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, jd_block_get_kind (block) == JD_BLOCK_ITEM ? "item" : "p");
          json_builder_add_string_value (builder, jd_block_get_text (block));
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
is_set (const char *value)
{
  return value != NULL && value[0] != '\0';
}

/* Exports @document to @format on @paper into the batch's folder, and
 * notes what the checker must find in it. */
static void
batch_add (Batch          *batch,
           JdTerms        *terms,
           JdDocument     *document,
           JdExportFormat  format,
           JdPaperSize     paper)
{
  JsonBuilder *b = batch->builder;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *created = NULL;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  const char *posted = jd_document_get_date_posted (document);
  JdLocation *location = NULL;
  guint trailing = 0;

  bytes = jd_export_to_bytes (document, terms, format, paper, NULL, &error);
  g_assert_no_error (error);
  check_package (bytes, format);

  name = g_strdup_printf ("%u.%s", batch->n++, jd_export_format_get_extension (format));
  path = g_build_filename (batch->dir, name, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize)g_bytes_get_size (bytes), NULL));

  if (epoch != NULL)
    created = g_strcmp0 (epoch, EPOCH) == 0 ? g_strdup (EPOCH_DATE) : NULL;
  else if (is_set (posted))
    created = g_strconcat (posted, "T00:00:00Z", NULL);

  if (jd_document_get_locations (document) != NULL && jd_document_get_locations (document)->len > 0)
    location = g_ptr_array_index (jd_document_get_locations (document), 0);
  trailing = (is_set (jd_document_get_apply_to (document)) ? 1 : 0) +
             (is_set (jd_document_get_reference (document)) || is_set (posted) ||
              is_set (jd_document_get_valid_through (document)) ? 1 : 0);

  json_builder_begin_object (b);
  add_string_or_null (b, "path", path);
  add_string_or_null (b, "format", jd_export_format_to_string (format));
  add_string_or_null (b, "title", jd_document_get_title (document));
  add_string_or_null (b, "created", created);
  add_language (b, jd_document_get_language (document));
  add_sections (b, terms, document);

  json_builder_set_member_name (b, "facts");
  json_builder_begin_array (b);
  if (is_set (jd_document_get_company_name (document)))
    json_builder_add_string_value (b, jd_document_get_company_name (document));
  if (location != NULL)
    json_builder_add_string_value (b, location->city);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  if (is_set (jd_document_get_company_url (document)))
    add_link (b, jd_document_get_company_url (document), jd_document_get_company_name (document));
  if (is_set (jd_document_get_apply_to (document)))
    add_link (b, jd_document_get_apply_to (document), NULL);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "trailing");
  json_builder_add_int_value (b, trailing);

  json_builder_set_member_name (b, "page");
  json_builder_begin_array (b);
  json_builder_add_double_value (b, paper == JD_PAPER_LETTER ? 215.9 : 210.0);
  json_builder_add_double_value (b, paper == JD_PAPER_LETTER ? 279.4 : 297.0);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* Runs tests/check-office-export.py on the batch, then removes it. */
static void
batch_check (Batch *batch)
{
  const char *python = g_getenv ("JD_TEST_OFFICE_PYTHON");
  g_autofree char *script = g_build_filename (g_getenv ("JD_TEST_SOURCE_ROOT"), "tests", "check-office-export.py", NULL);
  g_autofree char *expected = g_build_filename (batch->dir, "expected.json", NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  json_builder_end_array (batch->builder);
  root = json_builder_get_root (batch->builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  g_assert_true (json_generator_to_file (generator, expected, &error));
  g_assert_no_error (error);

  if (python != NULL && python[0] != '\0')
    {
      const char *argv[] = { python, script, expected, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("the exports read back wrong:\n%s%s", out, err);
      g_test_message ("%s", g_strstrip (out));
    }
  else
    g_test_skip ("python3-docx and python3-odf are missing: the exports were not read back");

  dir = g_dir_open (batch->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (batch->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (batch->dir), ==, 0);
  g_clear_pointer (&batch->dir, g_free);
  g_clear_object (&batch->builder);
}

/* Templates in all six languages, on both papers, read back. */
static void
test_templates (JdTestExport  *fixture,
                gconstpointer  data)
{
  const char * const *languages = jd_terms_get_languages ();
  Batch batch = { 0 };

  g_unsetenv ("SOURCE_DATE_EPOCH");
  batch_init (&batch);
  g_assert_cmpuint (g_strv_length ((char **)languages), ==, 6);

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    for (guint l = 0; languages[l] != NULL; l++)
      {
        g_autoptr(JdDocument) document = jd_test_create_template_document (fixture, templates[i], languages[l]);

        for (guint f = 0; f < G_N_ELEMENTS (office_formats); f++)
          batch_add (&batch, fixture->terms, document, office_formats[f], (i + l) % 2 ? JD_PAPER_LETTER : JD_PAPER_A4);
      }

  batch_check (&batch);
}

/* Documents with every fact and both links, a Brazilian one, a Greek one
 * with the company's name in Greek, one whose text looks like markup,
 * and one with line breaks, tabs and runs of spaces. */
static void
test_full_documents (JdTestExport  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JdSection) custom = jd_section_new (JD_SECTION_CUSTOM);
  JdDocument *greek, *spaced;
  Batch batch = { 0 };

  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);
  batch_init (&batch);

  g_ptr_array_add (documents, jd_test_make_full_document ("de"));
  g_ptr_array_add (documents, jd_test_make_full_document ("pt-BR"));
  g_ptr_array_add (documents, greek = jd_test_make_full_document ("el"));
  jd_document_set_title (greek, "Υπεύθυνος/η Λογαριασμών Πελατών");
  jd_document_set_company_name (greek, "Παράδειγμα & Σία Ο.Ε.");
  jd_document_set_apply_to (greek, "θέσεις@example.com");
  g_ptr_array_add (documents, jd_test_make_hostile_document ());
  g_ptr_array_add (documents, spaced = jd_test_make_full_document ("fr"));
  jd_section_add_text (custom, JD_BLOCK_PARAGRAPH, "Ligne une\n   Ligne\tdeux  avec   espaces ");
  jd_section_add_text (custom, JD_BLOCK_ITEM, "  « Puce » avec\tune tabulation");
  jd_section_set_heading (custom, "Détails");
  jd_document_append_section (spaced, custom);

  for (guint i = 0; i < documents->len; i++)
    for (guint f = 0; f < G_N_ELEMENTS (office_formats); f++)
      batch_add (&batch, fixture->terms, g_ptr_array_index (documents, i), office_formats[f],
                 i % 2 ? JD_PAPER_LETTER : JD_PAPER_A4);

  batch_check (&batch);
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

static GBytes *
export_in_zone (JdTerms        *terms,
                JdDocument     *document,
                JdExportFormat  format,
                const char     *zone)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_setenv ("TZ", zone, TRUE);
  tzset ();
  bytes = jd_export_to_bytes (document, terms, format, JD_PAPER_A4, NULL, &error);
  g_assert_no_error (error);

  return bytes;
}

/* The same document gives the same bytes on both sides of the date line,
 * with or without SOURCE_DATE_EPOCH, which sets the date of the
 * properties and nothing else. POSIX zones need no tzdata. */
static void
test_reproducible (JdTestExport  *fixture,
                   gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("el");
  const char *zones[] = { "<+14>-14", "<-10>10" };
  g_autofree char *old_zone = g_strdup (g_getenv ("TZ"));

  for (guint f = 0; f < G_N_ELEMENTS (office_formats); f++)
    {
      g_autoptr(GBytes) east = NULL;
      g_autoptr(GBytes) west = NULL;
      g_autoptr(GBytes) posted_east = NULL;
      g_autoptr(GBytes) posted_west = NULL;

      g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);
      east = export_in_zone (fixture->terms, document, office_formats[f], zones[0]);
      west = export_in_zone (fixture->terms, document, office_formats[f], zones[1]);
      g_assert_true (g_bytes_equal (east, west));

      g_unsetenv ("SOURCE_DATE_EPOCH");
      posted_east = export_in_zone (fixture->terms, document, office_formats[f], zones[0]);
      posted_west = export_in_zone (fixture->terms, document, office_formats[f], zones[1]);
      g_assert_true (g_bytes_equal (posted_east, posted_west));

      /* The date is the only difference the variable makes. */
      g_assert_false (g_bytes_equal (east, posted_east));
    }

  if (old_zone != NULL)
    g_setenv ("TZ", old_zone, TRUE);
  else
    g_unsetenv ("TZ");
  tzset ();
}

/* Every template in every language exports to well-formed packages;
 * characters XML cannot carry are left out rather than breaking them. */
static void
check_every_template (JdTerms    *terms,
                      JdDocument *document)
{
  for (guint f = 0; f < G_N_ELEMENTS (office_formats); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = jd_export_to_bytes (document, terms, office_formats[f], JD_PAPER_A4, NULL, &error);

      g_assert_no_error (error);
      check_package (bytes, office_formats[f]);
    }
}

static void
test_every_template (JdTestExport  *fixture,
                     gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");

  jd_document_set_title (document, "Control\x01 characters\x1f and \xef\xbf\xbe noncharacters");
  jd_section_add_text (jd_document_get_section (document, 0), JD_BLOCK_ITEM, "bell\x07");
  check_every_template (fixture->terms, document);

  jd_test_foreach_template_document (fixture, check_every_template);
}

/* A document with an unsafe link is refused, as in every format. */
static void
test_unsafe_link (JdTestExport  *fixture,
                  gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");

  jd_document_set_apply_to (document, "javascript:alert(1)");
  for (guint f = 0; f < G_N_ELEMENTS (office_formats); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = jd_export_to_bytes (document, fixture->terms, office_formats[f], JD_PAPER_A4, NULL, &error);

      g_assert_null (bytes);
      g_assert_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  JD_TEST_ADD_EXPORT ("/export-office/templates", test_templates);
  JD_TEST_ADD_EXPORT ("/export-office/full-documents", test_full_documents);
  JD_TEST_ADD_EXPORT ("/export-office/reproducible", test_reproducible);
  JD_TEST_ADD_EXPORT ("/export-office/every-template", test_every_template);
  JD_TEST_ADD_EXPORT ("/export-office/unsafe-link", test_unsafe_link);

  return g_test_run ();
}
