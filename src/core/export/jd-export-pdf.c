/* jd-export-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <string.h>

#include <glib/gi18n.h>

#include "jd-export-writers-private.h"
#include "jd-formats-private.h"
#include "jd-page-layout-private.h"

/* The PDF is the page layout drawn on a cairo PDF surface: cairo embeds
 * the subsets of the fonts with their Unicode mapping, so the text of all
 * six languages can be selected and searched. This file adds what only a
 * PDF has: metadata, the outline and the check that cairo succeeded. */

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The title, the company and the cities: what someone would search
 * their files for. */
static char *
make_keywords (JdExportView *view)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) keywords = NULL;
  const char *company = jd_document_get_company_name (view->document);
  GPtrArray *locations = jd_document_get_locations (view->document);

  if (view->title[0] != '\0')
    g_strv_builder_add (builder, view->title);
  if (company != NULL && company[0] != '\0')
    g_strv_builder_add (builder, company);
  for (guint i = 0; locations != NULL && i < locations->len; i++)
    {
      JdLocation *location = g_ptr_array_index (locations, i);

      if (location->city != NULL && location->city[0] != '\0')
        g_strv_builder_add (builder, location->city);
    }

  keywords = g_strv_builder_end (builder);
  return g_strjoinv (", ", keywords);
}

/* The first paragraph of the brief says what the job is. */
static char *
make_subject (JdExportView *view)
{
  JdSection *brief = jd_document_find_section (view->document, JD_SECTION_BRIEF);
  guint n = brief != NULL ? jd_section_get_n_blocks (brief) : 0;

  for (guint i = 0; i < n; i++)
    {
      const char *text = jd_block_get_text (jd_section_get_block (brief, i));

      if (text != NULL && text[0] != '\0')
        return g_strstrip (g_strdup (text));
    }

  return g_strdup (view->title);
}

static void
set_metadata_text (cairo_surface_t        *surface,
                   cairo_pdf_metadata_t    metadata,
                   const char             *text)
{
  g_autofree char *clean = _jd_page_layout_clean_text (text);

  cairo_pdf_surface_set_metadata (surface, metadata, clean);
}

static void
set_metadata (cairo_surface_t *surface,
              JdExportView    *view)
{
  g_autofree char *subject = make_subject (view);
  g_autofree char *keywords = make_keywords (view);
  g_autofree char *creator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  const char *company = jd_document_get_company_name (view->document);

  set_metadata_text (surface, CAIRO_PDF_METADATA_TITLE, view->heading);
  if (company != NULL && company[0] != '\0')
    set_metadata_text (surface, CAIRO_PDF_METADATA_AUTHOR, company);
  if (subject[0] != '\0')
    set_metadata_text (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  if (keywords[0] != '\0')
    set_metadata_text (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
}

/* One outline entry per section, each linking to its heading. */
static void
add_outline (cairo_surface_t *surface,
             JdPageLayout    *layout)
{
  GArray *anchors = _jd_page_layout_get_anchors (layout);

  for (guint i = 0; i < anchors->len; i++)
    {
      JdPageAnchor *anchor = &g_array_index (anchors, JdPageAnchor, i);
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *link = NULL;

      g_ascii_formatd (y, sizeof y, "%.2f", anchor->y);
      link = g_strdup_printf ("page=%u pos=[0 %s]", anchor->page + 1, y);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, anchor->text, link, 0);
    }
}

static const char *
find_last (const GByteArray *pdf,
           const char       *needle)
{
  gsize len = strlen (needle);

  for (gsize i = pdf->len; i >= len; i--)
    if (memcmp (pdf->data + i - len, needle, len) == 0)
      return (const char *)pdf->data + i - len;

  return NULL;
}

/* PDFs hold binary streams, with NUL bytes that stop g_strstr_len(). */
static const char *
find_bytes (const char *start,
            const char *end,
            const char *needle)
{
  gsize len = strlen (needle);

  for (const char *p = start; p + len <= end; p++)
    if (memcmp (p, needle, len) == 0)
      return p;

  return NULL;
}

/* The number after @key between @start and @end. */
static gboolean
read_number (const char *start,
             const char *end,
             const char *key,
             guint64    *number)
{
  const char *p = find_bytes (start, end, key);

  if (p == NULL)
    return FALSE;

  /* The PDF is not a C string: every read stops at @end. */
  p += strlen (key);
  while (p < end && (*p == ' ' || *p == '\r' || *p == '\n'))
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    return FALSE;

  *number = 0;
  for (; p < end && g_ascii_isdigit (*p); p++)
    {
      if (*number > (G_MAXUINT64 - 9) / 10)
        return FALSE;
      *number = *number * 10 + (guint64)(*p - '0');
    }

  return TRUE;
}

/* cairo 1.16 can neither give a PDF its language nor say that it is tagged
 * (/MarkInfo), and screen readers use both. So they are added by an
 * incremental update, the PDF way of amending a file: a new version of
 * the catalog object, appended with an xref section and a trailer that
 * points back to the original ones. A PDF this does not recognize stays
 * as cairo wrote it. */
static void
amend_catalog (GByteArray *pdf,
               const char *lang)
{
  const char *trailer = find_last (pdf, "trailer");
  const char *startxref = find_last (pdf, "startxref");
  g_autofree char *catalog_start = NULL;
  g_autofree char *dict = NULL;
  g_autoptr(GString) update = NULL;
  const char *end = (const char *)pdf->data + pdf->len;
  const char *object;
  const char *open;
  const char *close;
  guint64 size, root, info = 0, prev;
  gsize offset;
  gsize xref;

  if (trailer == NULL || startxref == NULL || startxref < trailer)
    return;

  if (!read_number (trailer, startxref, "/Size ", &size) ||
      !read_number (trailer, startxref, "/Root ", &root) ||
      !read_number (startxref, end, "startxref", &prev) ||
      root == 0 || root >= size)
    return;
  read_number (trailer, startxref, "/Info ", &info);

  catalog_start = g_strdup_printf ("\n%" G_GUINT64_FORMAT " 0 obj", root);
  object = find_bytes ((const char *)pdf->data, end, catalog_start);
  if (object == NULL || (open = find_bytes (object, end, "<<")) == NULL)
    return;
  close = find_bytes (open, end, "endobj");
  while (close != NULL && close > open && !(close[0] == '>' && close[-1] == '>'))
    close--;
  if (close == NULL || close <= open + 1 || find_bytes (open, close, "/Lang") != NULL)
    return;

  /* The catalog's entries, without the outer << >>. */
  dict = g_strndup (open + 2, close - 1 - (open + 2));

  update = g_string_new (NULL);
  offset = pdf->len + 1;
  g_string_append_printf (update, "\n%" G_GUINT64_FORMAT " 0 obj\n<<%s"
                          "   /Lang (%s)\n"
                          "   /MarkInfo << /Marked true >>\n"
                          "   /ViewerPreferences << /DisplayDocTitle true >>\n"
                          ">>\nendobj\n",
                          root, dict, lang);
  xref = pdf->len + update->len;
  g_string_append_printf (update,
                          "xref\n0 1\n0000000000 65535 f \n%" G_GUINT64_FORMAT " 1\n%010" G_GSIZE_FORMAT " 00000 n \n"
                          "trailer\n<< /Size %" G_GUINT64_FORMAT " /Root %" G_GUINT64_FORMAT " 0 R",
                          root, offset, size, root);
  if (info > 0)
    g_string_append_printf (update, " /Info %" G_GUINT64_FORMAT " 0 R", info);
  g_string_append_printf (update, " /Prev %" G_GUINT64_FORMAT " >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          prev, xref);

  g_byte_array_append (pdf, (const guint8 *)update->str, update->len);
}

/* A BCP 47 tag of letters, digits and hyphens, as a PDF string takes it. */
static char *
pdf_language (const char *lang)
{
  g_autofree char *tag = g_strdup (lang ? lang : "en");

  g_strcanon (tag, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-", '-');
  return g_steal_pointer (&tag);
}

/* A tagged PDF of the pages of #JdPageLayout on the paper of the options:
 * the fonts embedded, title, author (the company), subject, keywords and
 * creator set, one outline entry per section, and the apply link
 * clickable. */
GBytes *
_jd_formats_write_pdf (JdExportView           *view,
                       const JdExportOptions  *options,
                       GPtrArray              *warnings,
                       GError                **error)
{
  g_autoptr(JdPageLayout) layout = NULL;
  g_autoptr(GByteArray) pdf = NULL;
  g_autofree char *tag = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  jd_paper_size_get_points (options->paper, &width, &height);
  layout = _jd_page_layout_new_for_view (view, width, height);
  n_pages = jd_page_layout_paginate (layout, NULL);

  pdf = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (write_to_array, pdf, width, height);
  set_metadata (surface, view);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      jd_page_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  add_outline (surface, layout);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_FAILED,
                   /* Translators: the placeholder is cairo's description of the error. */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return NULL;
    }

  tag = pdf_language (view->lang);
  amend_catalog (pdf, tag);

  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}
