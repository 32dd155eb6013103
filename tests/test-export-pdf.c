/* test-export-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF export, read back with poppler: the text of every page, the
 * metadata, fonts, outline, links and the structure screen readers use.
 */

#include "config.h"

#include <string.h>

#include <poppler.h>

#include "jd-document-io.h"
#include "jd-page-layout.h"
#include "jd-test-utils.h"

/* poppler-glib 22.12 has no autoptr cleanups; names of our own keep
 * these from clashing with a later poppler's. */
typedef PopplerDocument TestPdf;
typedef PopplerPage TestPdfPage;
typedef PopplerFontInfo TestPdfFonts;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfFonts, g_object_unref)

/* Poppler joins a word hyphenated at the end of a line ("front-" and
 * "desk" make "frontdesk") and splits lines its own way, so PDF text is
 * compared without spaces or hyphens. */
static char *
strip_for_pdf (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '-' && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
assert_pdf_contains (const char *haystack,
                     const char *needle)
{
  g_autofree char *h = strip_for_pdf (haystack);
  g_autofree char *n = strip_for_pdf (needle);

  if (strstr (h, n) == NULL)
    g_error ("the PDF does not contain “%s”", needle);
}

static char *
pdf_text (PopplerDocument *pdf)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static PopplerDocument *
load_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *pdf = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);

  return pdf;
}

/* The text of the pages of a PDF export, for the golden files. */
static char *
extract_text (GBytes *bytes)
{
  g_autoptr(TestPdf) pdf = load_pdf (bytes);

  return pdf_text (pdf);
}

/* Every heading, paragraph and bullet of @document is in the PDF. */
static void
check_pdf (JdTerms    *terms,
           JdDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = jd_export_pdf (document, terms, JD_PAPER_A4, NULL, &error);
  g_autofree char *all = NULL;
  const char *lang = jd_document_get_language (document);

  g_assert_no_error (error);
  all = extract_text (bytes);
  assert_pdf_contains (all, jd_document_get_title (document));

  for (guint i = 0; i < jd_document_get_n_sections (document); i++)
    {
      JdSection *section = jd_document_get_section (document, i);

      assert_pdf_contains (all, jd_terms_get_section_heading (terms, section, lang));
      for (guint j = 0; j < jd_section_get_n_blocks (section); j++)
        assert_pdf_contains (all, jd_block_get_text (jd_section_get_block (section, j)));
    }
}

static void
test_every_template (JdTestExport  *fixture,
                     gconstpointer  data)
{
  jd_test_foreach_template_document (fixture, check_pdf);
}

/* Greek headings, bullets and footer, all extractable, in the words of
 * the test library's fake translations. */
static void
test_document_language (JdTestExport  *fixture,
                        gconstpointer  data)
{
  g_autoptr(JdDocument) greek = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autofree char *all = NULL;

  greek = jd_library_create_document (fixture->test_library, "doctor", "el", &error);
  g_assert_no_error (error);
  pdf_bytes = jd_export_pdf (greek, fixture->test_terms, JD_PAPER_A4, NULL, &error);
  g_assert_no_error (error);
  all = extract_text (pdf_bytes);
  assert_pdf_contains (all, "Ιατρός");
  assert_pdf_contains (all, "Αρμοδιότητες (δοκιμή)");
  assert_pdf_contains (all, "Εξετάζεις ασθενείς");
  assert_pdf_contains (all, "Σελίδα 1 από 1 (δοκιμή)");
  check_pdf (fixture->test_terms, greek);
}

/* An email address becomes a clickable mailto: link. */
static void
test_mailto (JdTestExport  *fixture,
             gconstpointer  data)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  GList *links;
  gboolean found = FALSE;

  jd_document_set_apply_to (document, "jobs@example.com");
  pdf_bytes = jd_export_pdf (document, fixture->terms, JD_PAPER_A4, NULL, &error);
  g_assert_no_error (error);
  pdf = load_pdf (pdf_bytes);
  page = poppler_document_get_page (pdf, poppler_document_get_n_pages (pdf) - 1);
  links = poppler_page_get_link_mapping (page);
  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *mapping = l->data;

      if (mapping->action->type == POPPLER_ACTION_URI &&
          g_strcmp0 (mapping->action->uri.uri, "mailto:jobs@example.com") == 0)
        found = TRUE;
    }
  poppler_page_free_link_mapping (links);
  g_assert_true (found);
}

/* A document long enough for several pages. */
static JdDocument *
make_long_document (void)
{
  g_autoptr(JdDocument) document = jd_test_make_full_document ("en");
  const JdSectionKind kinds[] = { JD_SECTION_REQUIREMENTS, JD_SECTION_NICE_TO_HAVE, JD_SECTION_BENEFITS };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(JdSection) section = jd_section_new (kinds[k]);

      for (guint i = 0; i < 14; i++)
        {
          g_autofree char *text = g_strdup_printf ("Bullet %u of section %u, long enough to wrap onto a "
                                                   "second line in the PDF so that the hanging indent "
                                                   "of bullets is exercised as well", i + 1, k + 1);

          jd_section_add_text (section, JD_BLOCK_ITEM, text);
        }
      jd_document_append_section (document, section);
    }

  return g_steal_pointer (&document);
}

static guint
count_outline (PopplerIndexIter *iter)
{
  guint n = 0;

  if (iter == NULL)
    return 0;

  do
    n++;
  while (poppler_index_iter_next (iter));

  return n;
}

static void
collect_structure (PopplerStructureElementIter *iter,
                   GHashTable                  *kinds)
{
  if (iter == NULL)
    return;

  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *children = poppler_structure_element_iter_get_child (iter);

      g_hash_table_add (kinds, GINT_TO_POINTER (poppler_structure_element_get_kind (element)));
      collect_structure (children, kinds);
      if (children != NULL)
        poppler_structure_element_iter_free (children);
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static void
test_long_document (JdTestExport  *fixture,
                    gconstpointer  data)
{
  g_autoptr(JdDocument) document = make_long_document ();
  g_autoptr(JdPageLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(TestPdfFonts) fonts = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  PopplerFontsIter *font_iter = NULL;
  PopplerIndexIter *outline;
  PopplerStructureElementIter *structure;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *creator = NULL;
  g_autofree char *all = NULL;
  guint n_pages;
  double width, height;
  guint n_fonts = 0;

  jd_paper_size_get_points (JD_PAPER_LETTER, &width, &height);
  layout = jd_page_layout_new (document, fixture->terms, width, height);
  n_pages = jd_page_layout_paginate (layout, NULL);
  g_assert_cmpuint (n_pages, >=, 2);

  bytes = jd_export_pdf (document, fixture->terms, JD_PAPER_LETTER, NULL, &error);
  g_assert_no_error (error);
  pdf = load_pdf (bytes);

  /* The pages of the layout, on Letter paper. */
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, (int)n_pages);
  {
    g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, 0);
    double page_width, page_height;

    poppler_page_get_size (page, &page_width, &page_height);
    g_assert_cmpfloat_with_epsilon (page_width, 612, 0.01);
    g_assert_cmpfloat_with_epsilon (page_height, 792, 0.01);
  }

  all = pdf_text (pdf);
  for (guint i = 1; i <= n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i, n_pages);

      assert_pdf_contains (all, footer);
    }
  check_pdf (fixture->terms, document);

  /* Metadata. */
  g_object_get (pdf, "title", &title, "author", &author, "subject", &subject,
                "keywords", &keywords, "creator", &creator, NULL);
  g_assert_cmpstr (title, ==, "Account Manager");
  g_assert_cmpstr (author, ==, "Example GmbH");
  g_assert_cmpstr (subject, ==, "You look after our customers.");
  g_assert_cmpstr (keywords, ==, "Account Manager, Example GmbH, Berlin");
  g_assert_true (g_str_has_prefix (creator, "Jobscribe "));

  /* Every font is embedded. */
  fonts = poppler_font_info_new (pdf);
  while (poppler_font_info_scan (fonts, (int)n_pages, &font_iter))
    {
      if (font_iter == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (font_iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (font_iter));
      poppler_fonts_iter_free (font_iter);
      font_iter = NULL;
    }
  g_assert_cmpuint (n_fonts, >=, 1);

  /* One outline entry per section. */
  outline = poppler_index_iter_new (pdf);
  g_assert_cmpuint (count_outline (outline), ==, jd_document_get_n_sections (document));
  poppler_index_iter_free (outline);

  /* Marked as tagged, with the document's language, in the catalog that
   * the incremental update at the end of the file replaces. */
  {
    gsize len = 0;
    const char *pdf_data = g_bytes_get_data (bytes, &len);
    g_autofree char *tail = g_strndup (pdf_data + len - MIN (len, 1024), MIN (len, 1024));
    g_autofree char *lang = g_strdup_printf ("/Lang (%s)", jd_document_get_language (document));

    g_assert_nonnull (strstr (tail, "/MarkInfo << /Marked true >>"));
    g_assert_nonnull (strstr (tail, lang));
    g_assert_nonnull (strstr (tail, "/Prev "));
  }

  /* The structure screen readers follow. */
  structure = poppler_structure_element_iter_new (pdf);
  g_assert_nonnull (structure);
  collect_structure (structure, kinds);
  poppler_structure_element_iter_free (structure);
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_HEADING_1)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_HEADING_2)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_PARAGRAPH)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_LIST)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_LIST_ITEM)));
  g_assert_true (g_hash_table_contains (kinds, GINT_TO_POINTER (POPPLER_STRUCTURE_ELEMENT_LINK)));
}

/* Unicode noncharacters are valid in a .jobdesc but not in cairo's PDF
 * text: the PDF is made, with U+FFFD in their place, in the page text,
 * the metadata and the outline; the link is percent-encoded, as every
 * link with more than ASCII. Every other format is made as well. */
static void
test_noncharacters (JdTestExport  *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("JD_TEST_DATA"), "noncharacters.jobdesc", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  GList *links;
  gboolean found = FALSE;

  document = jd_document_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  bytes = jd_export_pdf (document, fixture->terms, JD_PAPER_A4, NULL, &error);
  g_assert_no_error (error);

  pdf = load_pdf (bytes);
  all = pdf_text (pdf);
  assert_pdf_contains (all, "Account \uFFFD Manager");
  assert_pdf_contains (all, "You look \uFFFD after our customers.");
  assert_pdf_contains (all, "Manage a \uFFFD portfolio of accounts");
  title = poppler_document_get_title (pdf);
  g_assert_cmpstr (title, ==, "Account \uFFFD Manager");
  author = poppler_document_get_author (pdf);
  g_assert_cmpstr (author, ==, "Example \uFFFD Ltd");

  page = poppler_document_get_page (pdf, 0);
  links = poppler_page_get_link_mapping (page);
  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *mapping = l->data;

      if (mapping->action->type == POPPLER_ACTION_URI
          && g_strcmp0 (mapping->action->uri.uri, "https://example.com/jobs/%EF%B7%AF") == 0)
        found = TRUE;
    }
  poppler_page_free_link_mapping (links);
  g_assert_true (found);

  for (guint i = 0; i < JD_EXPORT_N_FORMATS; i++)
    {
      g_autoptr(GBytes) exported = NULL;

      exported = jd_export_to_bytes (document, fixture->terms, (JdExportFormat)i, JD_PAPER_A4,
                                     NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (exported);
    }
}

static void
test_golden (JdTestExport  *fixture,
             gconstpointer  data)
{
  jd_test_check_golden (fixture, JD_EXPORT_FORMAT_PDF, extract_text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  JD_TEST_ADD_EXPORT ("/export/pdf/every-template", test_every_template);
  JD_TEST_ADD_EXPORT ("/export/pdf/document-language", test_document_language);
  JD_TEST_ADD_EXPORT ("/export/pdf/mailto", test_mailto);
  JD_TEST_ADD_EXPORT ("/export/pdf/long-document", test_long_document);
  JD_TEST_ADD_EXPORT ("/export/pdf/noncharacters", test_noncharacters);
  JD_TEST_ADD_EXPORT ("/export/pdf/golden", test_golden);

  return g_test_run ();
}
