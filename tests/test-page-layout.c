/* test-page-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page layout that the PDF export, the preview and printing share.
 */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "jd-layout-text-private.h"
#include "jd-page-layout.h"

typedef PopplerDocument TestPdf;
typedef PopplerPage TestPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)

/* The page layout needs only the words exports generate. */
static JdTerms *terms;

static JdDocument *
make_document (guint n_sections,
               guint n_items)
{
  g_autoptr(JdDocument) document = jd_document_new ();

  jd_document_set_title (document, "Warehouse Supervisor");
  jd_document_set_language (document, "en");

  for (guint k = 0; k < n_sections; k++)
    {
      g_autoptr(JdSection) section = jd_section_new ((JdSectionKind)(JD_SECTION_RESPONSIBILITIES + k));

      /* A paragraph of a few lines first: it never leaves one line alone
       * at the bottom, which makes room for a heading to be stranded. */
      jd_section_add_text (section, JD_BLOCK_PARAGRAPH,
                           "This paragraph opens the section. It runs over several lines of the page "
                           "so that it can break between them, or move to the next page as a whole "
                           "when only one of its lines would fit at the bottom of this one, which is "
                           "exactly when a heading above it could be left behind on its own.");
      for (guint i = 0; i < n_items; i++)
        jd_section_add_text (section, JD_BLOCK_ITEM, i % 4 == 3
                             ? "A bullet long enough to wrap onto a second line of the page, so that "
                               "the hanging indent is exercised too"
                             : "A short bullet");
      jd_document_append_section (document, section);
    }

  return g_steal_pointer (&document);
}

static void
test_paper_sizes (void)
{
  double width, height;
  JdPaperSize paper;

  jd_paper_size_get_points (JD_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.001);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.001);
  jd_paper_size_get_points (JD_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);

  g_assert_cmpint (jd_paper_size_for_locale ("en_US.UTF-8"), ==, JD_PAPER_LETTER);
  g_assert_cmpint (jd_paper_size_for_locale ("fr_CA"), ==, JD_PAPER_LETTER);
  g_assert_cmpint (jd_paper_size_for_locale ("es-MX"), ==, JD_PAPER_LETTER);
  g_assert_cmpint (jd_paper_size_for_locale ("es_CL.UTF-8@euro"), ==, JD_PAPER_LETTER);
  g_assert_cmpint (jd_paper_size_for_locale ("en_GB.UTF-8"), ==, JD_PAPER_A4);
  g_assert_cmpint (jd_paper_size_for_locale ("de_DE"), ==, JD_PAPER_A4);
  g_assert_cmpint (jd_paper_size_for_locale ("el_GR.UTF-8"), ==, JD_PAPER_A4);
  g_assert_cmpint (jd_paper_size_for_locale ("C.UTF-8"), ==, JD_PAPER_A4);
  g_assert_cmpint (jd_paper_size_for_locale ("en"), ==, JD_PAPER_A4);
  g_assert_cmpint (jd_paper_size_for_locale (NULL), ==, JD_PAPER_A4);

  /* The tests run in C.UTF-8, which knows no territory. */
  g_assert_cmpint (jd_paper_size_get_default (), ==, JD_PAPER_A4);

  g_assert_true (jd_paper_size_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, JD_PAPER_LETTER);
  g_assert_true (jd_paper_size_from_string ("a4", &paper));
  g_assert_cmpint (paper, ==, JD_PAPER_A4);
  g_assert_false (jd_paper_size_from_string ("a5", &paper));
}

/* More content, more pages; the same layout drawn twice is the same. */
static void
test_paginate (void)
{
  guint previous = 0;

  for (guint n_items = 2; n_items <= 60; n_items += 29)
    {
      g_autoptr(JdDocument) document = make_document (3, n_items);
      g_autoptr(JdPageLayout) layout = jd_page_layout_new (document, terms, 595.276, 841.89);
      guint n_pages = jd_page_layout_paginate (layout, NULL);
      cairo_surface_t *surface;
      cairo_t *cr;

      g_assert_cmpuint (n_pages, >=, 1);
      g_assert_cmpuint (n_pages, >=, previous);
      g_assert_cmpuint (jd_page_layout_get_n_pages (layout), ==, n_pages);
      previous = n_pages;

      /* Any cairo_t will do, such as a preview's image surface scaled to
       * the zoom. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 298, 421);
      cr = cairo_create (surface);
      cairo_scale (cr, 0.5, 0.5);
      for (guint page = 0; page < n_pages; page++)
        jd_page_layout_draw_page (layout, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (previous, >=, 3);

  /* Smaller margins hold more on a page. */
  {
    g_autoptr(JdDocument) document = make_document (3, 60);
    g_autoptr(JdPageLayout) wide = jd_page_layout_new (document, terms, 612, 792);
    g_autoptr(JdPageLayout) narrow = jd_page_layout_new (document, terms, 612, 792);

    jd_page_layout_set_margins (wide, 150, 150, 150, 150);
    jd_page_layout_set_margins (narrow, 20, 20, 20, 20);
    g_assert_cmpuint (jd_page_layout_paginate (narrow, NULL), <, jd_page_layout_paginate (wide, NULL));
    g_assert_cmpfloat (jd_page_layout_get_width (wide), ==, 612);
    g_assert_cmpfloat (jd_page_layout_get_height (wide), ==, 792);
  }

  /* A page drawn without an explicit pagination paginates first. */
  {
    g_autoptr(JdDocument) document = make_document (1, 1);
    g_autoptr(JdPageLayout) layout = jd_page_layout_new (document, terms, 612, 792);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 612, 792);
    cairo_t *cr = cairo_create (surface);

    jd_page_layout_draw_page (layout, cr, 0);
    g_assert_cmpuint (jd_page_layout_get_n_pages (layout), ==, 1);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The layout drawn on a PDF surface of the test's own, as a print
 * operation would draw it, read back by poppler. */
static PopplerDocument *
render (JdPageLayout *layout)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  PopplerDocument *document;

  surface = cairo_pdf_surface_create_for_stream (write_to_array, pdf,
                                                 jd_page_layout_get_width (layout),
                                                 jd_page_layout_get_height (layout));
  cr = cairo_create (surface);
  for (guint i = 0; i < jd_page_layout_get_n_pages (layout); i++)
    {
      jd_page_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  return document;
}

/* Whatever the top margin moves them to, no heading is the last text of
 * its page: the start of its section always follows it there. */
static void
test_headings_kept_with_next (void)
{
  g_autoptr(JdDocument) document = make_document (5, 9);
  const char *headings[5];
  guint moved = 0;

  for (guint k = 0; k < 5; k++)
    headings[k] = jd_terms_get_section_heading (terms, jd_document_get_section (document, k), "en");

  for (double top = 40; top < 300; top += 1)
    {
      g_autoptr(JdPageLayout) layout = jd_page_layout_new (document, terms, 595.276, 841.89);
      g_autoptr(TestPdf) pdf = NULL;

      jd_page_layout_set_margins (layout, top, 50, 50, 50);
      jd_page_layout_paginate (layout, NULL);
      pdf = render (layout);

      for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
        {
          g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, i);
          g_autofree char *text = poppler_page_get_text (page);
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
          guint n = g_strv_length (lines);
          const char *first = lines[0];
          const char *last = NULL;

          /* The last line is the footer. */
          for (guint j = n; j > 0 && last == NULL; j--)
            if (lines[j - 1][0] != '\0' && !g_str_has_prefix (lines[j - 1], "Page "))
              last = lines[j - 1];

          g_assert_nonnull (last);
          for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
            {
              if (g_strcmp0 (last, headings[k]) == 0)
                g_error ("with a top margin of %g, page %d ends with the heading “%s”", top, i + 1, headings[k]);
              if (i > 0 && g_strcmp0 (first, headings[k]) == 0)
                moved++;
            }
        }
    }

  /* Some headings did start a page, so the rule was put to work. */
  g_test_message ("%u headings moved to the next page", moved);
  g_assert_cmpuint (moved, >, 0);
}

static guint
longest_run_without_break (const char *text)
{
  guint longest = 0;
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x200B)
        run = 0;
      else if (!g_unichar_ismark (c))
        {
          run++;
          longest = MAX (longest, run);
        }
    }

  return longest;
}

/* What Pango gets is bounded, so that laying out takes linear time: a
 * break opportunity every few hundred letters of a run without one, at
 * most 30 marks on a letter; ordinary text is left as it is. */
static void
test_bounded_text (void)
{
  static const char * const ordinary[] = {
    "Plain words, with spaces and punctuation.",
    "Cafe\xcc\x81 with a decomposed accent, Ελληνικά, 漢字 and 😀",
    "https://example.com/careers/apply?position=senior-software-engineer&team=platform&ref=1234567890",
  };
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) stacked = g_string_new ("e");
  g_autofree char *bounded_word = NULL;
  g_autofree char *bounded_stacked = NULL;
  g_autofree char *long_line = g_strnfill (JD_LAYOUT_BREAK_EVERY, 'x');
  g_autofree char *same_line = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ordinary); i++)
    {
      g_autofree char *bounded = _jd_layout_text_bound (ordinary[i]);
      g_assert_cmpstr (bounded, ==, ordinary[i]);
    }
  same_line = _jd_layout_text_bound (long_line);
  g_assert_cmpstr (same_line, ==, long_line);

  for (guint i = 0; i < 160000; i++)
    g_string_append_c (word, 'a');
  bounded_word = _jd_layout_text_bound (word->str);
  g_assert_cmpuint (longest_run_without_break (bounded_word), ==, JD_LAYOUT_BREAK_EVERY);
  g_assert_cmpuint (g_utf8_strlen (bounded_word, -1), ==, 160000 + 160000 / JD_LAYOUT_BREAK_EVERY - 1);

  for (guint i = 0; i < 200000; i++)
    g_string_append (stacked, "\xcc\x81");
  g_string_append (stacked, " next");
  bounded_stacked = _jd_layout_text_bound (stacked->str);
  g_assert_cmpuint (g_utf8_strlen (bounded_stacked, -1), ==, 1 + JD_LAYOUT_MAX_MARKS + 5);
  g_assert_true (g_str_has_suffix (bounded_stacked, " next"));
}

/* A 160,000-letter word and a letter with 200,000 accents lay out on a
 * sensible number of pages (their times are in bench/layout.sh). */
static void
test_hostile_paragraphs (void)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  g_autoptr(JdSection) section = jd_section_new (JD_SECTION_BRIEF);
  g_autoptr(JdPageLayout) layout = NULL;
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) stacked = g_string_new ("e");
  double width, height;
  guint pages;

  for (guint i = 0; i < 160000; i++)
    g_string_append_c (word, 'a');
  for (guint i = 0; i < 200000; i++)
    g_string_append (stacked, "\xcc\x81");
  jd_section_add_text (section, JD_BLOCK_PARAGRAPH, word->str);
  jd_section_add_text (section, JD_BLOCK_PARAGRAPH, stacked->str);
  jd_document_append_section (document, section);

  jd_paper_size_get_points (JD_PAPER_A4, &width, &height);
  layout = jd_page_layout_new (document, terms, width, height);
  pages = jd_page_layout_paginate (layout, NULL);

  /* The word fills about 50 pages, broken at the margin as before; the
   * accents pile onto one letter. */
  g_assert_cmpuint (pages, >=, 30);
  g_assert_cmpuint (pages, <=, 70);
}

/* The text of every page and whether one of them links to @uri. */
static char *
read_back (JdPageLayout *layout,
           const char   *uri,
           gboolean     *linked)
{
  g_autoptr(TestPdf) pdf = render (layout);
  GString *all = g_string_new (NULL);

  *linked = FALSE;
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);
      GList *links = poppler_page_get_link_mapping (page);

      g_string_append (all, text);
      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;

          if (mapping->action->type == POPPLER_ACTION_URI && g_strcmp0 (mapping->action->uri.uri, uri) == 0)
            *linked = TRUE;
        }
      poppler_page_free_link_mapping (links);
    }

  return g_string_free (all, FALSE);
}

/* Exports refuse a document with an unsafe link; the preview shows the
 * rest of it, and the link no more. A safe one is clickable. */
static void
test_unsafe_links (void)
{
  g_autoptr(JdDocument) document = make_document (1, 2);
  g_autoptr(JdPageLayout) layout = NULL;
  g_autofree char *text = NULL;
  gboolean linked;

  jd_document_set_company_name (document, "Example GmbH");
  jd_document_set_company_url (document, "data:text/html,hi");
  jd_document_set_apply_to (document, "javascript:alert(1)");
  layout = jd_page_layout_new (document, terms, 612, 792);
  g_assert_cmpuint (jd_page_layout_paginate (layout, NULL), ==, 1);
  text = read_back (layout, "javascript:alert(1)", &linked);
  g_assert_false (linked);
  g_assert_nonnull (strstr (text, "Example GmbH"));
  g_assert_nonnull (strstr (text, "A short bullet"));
  g_assert_null (strstr (text, "javascript"));
  g_assert_null (strstr (text, "Apply"));

  /* Paginating again reads the document as it is now. */
  g_clear_pointer (&text, g_free);
  jd_document_set_apply_to (document, "jobs@example.com");
  jd_page_layout_paginate (layout, NULL);
  text = read_back (layout, "mailto:jobs@example.com", &linked);
  g_assert_true (linked);
  g_assert_nonnull (strstr (text, "Apply: jobs@example.com"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  terms = jd_terms_new (NULL);
  g_assert_true (jd_terms_load (terms, &error));
  g_assert_no_error (error);

  g_test_add_func ("/page-layout/paper-sizes", test_paper_sizes);
  g_test_add_func ("/page-layout/paginate", test_paginate);
  g_test_add_func ("/page-layout/headings-kept-with-next", test_headings_kept_with_next);
  g_test_add_func ("/page-layout/bounded-text", test_bounded_text);
  g_test_add_func ("/page-layout/hostile-paragraphs", test_hostile_paragraphs);
  g_test_add_func ("/page-layout/unsafe-links", test_unsafe_links);

  status = g_test_run ();

  g_assert_finalize_object (terms);

  return status;
}
