/* jd-import-structure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-document-io.h"
#include "jd-import-private.h"

/* From the pieces a reader found to a document, the same way for every
 * format:
 *
 * - The title is the document's explicit title (Word's and LibreOffice's
 *   Title style), or else its first heading unless that names a section,
 *   or else the HTML <title>.
 * - Every heading starts a section: of the kind its words name in any
 *   language, with the heading kept when it says more than the default,
 *   or a custom section with its heading. A heading that names nothing,
 *   one level below a recognized section's heading, is a subheading and
 *   stays in that section as a paragraph.
 * - A paragraph that says nothing but a section heading ("Benefits") is
 *   one; so is a short bold one, and a line that ends with a colon.
 * - Text before the first heading is the job brief, or a custom section
 *   when the document has a brief further on.
 * - Nothing is dropped: each piece of text ends up in a section, the
 *   title, or the facts Jobscribe's exports write under the title. */

/* A paragraph this short that says what a heading says is a heading. */
#define MAX_PARAGRAPH_HEADING_CHARS 60

typedef struct
{
  JdDocument    *document;
  JdImportFlow  *flow;
  const char    *lang;
  JdSection     *current;
  guint          current_level;
  gboolean       current_known;
  gboolean       brief_later;
  guint          n_recognized;
  guint          n_custom;
} Builder;

static void
add_block (JdSection   *section,
           JdBlockKind  kind,
           const char  *text)
{
  /* Longer texts than a document holds are cut between words into
   * several blocks, so all of them can be saved and read back. */
  while (g_utf8_strlen (text, -1) > JD_DOCUMENT_MAX_BLOCK_CHARS)
    {
      const char *cut = g_utf8_offset_to_pointer (text, JD_DOCUMENT_MAX_BLOCK_CHARS);
      const char *space = cut;
      g_autofree char *head = NULL;

      while (space > text && *space != ' ' && *space != '\n')
        space--;
      if (space > text)
        cut = space;

      head = g_strndup (text, (gsize)(cut - text));
      jd_section_add_text (section, kind, head);
      text = cut;
      while (*text == ' ' || *text == '\n')
        text++;
    }

  if (*text != '\0')
    jd_section_add_text (section, kind, text);
}

static JdSection *
append_section (Builder       *builder,
                JdSectionKind  kind,
                const char    *heading)
{
  g_autoptr(JdSection) section = jd_section_new (kind);

  jd_section_set_heading (section, heading);
  jd_document_append_section (builder->document, section);

  if (kind == JD_SECTION_CUSTOM)
    builder->n_custom++;
  else
    builder->n_recognized++;

  return section;
}

/* A heading's text, on one line and without the colon that ends it. */
static char *
heading_text (const char *text)
{
  char *heading = g_strdup (text);
  gsize len;

  g_strdelimit (heading, "\n\t", ' ');
  g_strstrip (heading);
  len = strlen (heading);
  while (len > 0 && (heading[len - 1] == ':' || heading[len - 1] == ' '))
    heading[--len] = '\0';

  return heading;
}

static gboolean
is_paragraph_heading (JdImportPiece *piece)
{
  return piece->kind == JD_IMPORT_PIECE_PARAGRAPH &&
         strchr (piece->text, '\n') == NULL &&
         g_utf8_strlen (piece->text, -1) <= MAX_PARAGRAPH_HEADING_CHARS &&
         _jd_import_match_heading (piece->text, TRUE, NULL);
}

/* Returns: whether the piece was taken as a heading */
static gboolean
add_heading (Builder    *builder,
             const char *text,
             guint       level)
{
  g_autofree char *heading = heading_text (text);
  JdSectionKind kind = JD_SECTION_CUSTOM;
  gboolean known;

  if (heading[0] == '\0' || g_utf8_strlen (heading, -1) > JD_DOCUMENT_MAX_LINE_CHARS)
    return FALSE;

  known = _jd_import_match_heading (heading, FALSE, &kind);

  if (!known && builder->current_known && level > 0 && builder->current_level > 0 &&
      level > builder->current_level)
    return FALSE;

  builder->current = append_section (builder, kind,
                                     known && _jd_import_is_default_heading (kind, heading, builder->lang)
                                     ? NULL : heading);
  builder->current_level = level;
  builder->current_known = known;

  return TRUE;
}

static void
add_text (Builder    *builder,
          JdBlockKind kind,
          const char *text)
{
  if (builder->current == NULL)
    {
      /* The text before any heading: the brief, as in most postings. */
      builder->current = append_section (builder,
                                         builder->brief_later ? JD_SECTION_CUSTOM : JD_SECTION_BRIEF,
                                         NULL);
      builder->current_known = !builder->brief_later;
    }

  add_block (builder->current, kind, text);
}

static gboolean
has_brief_heading (JdImportFlow *flow,
                   guint         from)
{
  for (guint i = from; i < flow->pieces->len; i++)
    {
      JdImportPiece *piece = g_ptr_array_index (flow->pieces, i);
      JdSectionKind kind;

      if ((piece->kind == JD_IMPORT_PIECE_HEADING || is_paragraph_heading (piece)) &&
          _jd_import_match_heading (piece->text, FALSE, &kind) && kind == JD_SECTION_BRIEF)
        return TRUE;
    }

  return FALSE;
}

static gboolean
usable_title (const char *text)
{
  return text != NULL && text[0] != '\0' &&
         g_utf8_strlen (text, -1) <= JD_DOCUMENT_MAX_LINE_CHARS;
}

/* Returns: the index of the piece that is the title, or -1 */
static int
find_title (JdImportFlow *flow)
{
  JdImportPiece *first;

  for (guint i = 0; i < flow->pieces->len; i++)
    {
      JdImportPiece *piece = g_ptr_array_index (flow->pieces, i);

      if (piece->kind == JD_IMPORT_PIECE_TITLE && usable_title (piece->text))
        return (int)i;
    }

  if (flow->pieces->len == 0)
    return -1;

  /* "Contact Center Manager" is a title, "Contact" a heading. */
  first = g_ptr_array_index (flow->pieces, 0);
  if (first->kind == JD_IMPORT_PIECE_HEADING && usable_title (first->text) &&
      !_jd_import_match_heading (first->text, TRUE, NULL))
    return 0;

  return -1;
}

static void
set_title (JdDocument *document,
           const char *text)
{
  g_autofree char *title = g_strdup (text);

  g_strdelimit (title, "\n\t", ' ');
  jd_document_set_title (document, g_strstrip (title));
}

static gsize
count_text (JdImportFlow *flow)
{
  gsize size = 0;

  for (guint i = 0; i < flow->pieces->len; i++)
    size += strlen (((JdImportPiece *)g_ptr_array_index (flow->pieces, i))->text);

  return size;
}

/**
 * _jd_import_build:
 * @lang: (nullable): the document's language, or %NULL to detect it
 *
 * Returns: (transfer full): the document the pieces of @flow make, with
 *   what was guessed in @report
 */
JdDocument *
_jd_import_build (JdImportFlow    *flow,
                  const char      *lang,
                  JdImportReport  *report,
                  GError         **error)
{
  g_autoptr(JdDocument) document = jd_document_new ();
  Builder builder = { document, flow, NULL };
  int title = find_title (flow);
  guint start = 0;

  if (flow->pieces->len == 0)
    {
      g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_EMPTY,
                           _("the file has no text to import"));
      return NULL;
    }

  if (count_text (flow) > JD_IMPORT_MAX_TEXT_SIZE)
    {
      g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE,
                   /* Translators: the placeholder is a number of megabytes. */
                   _("the file holds more than %u MB of text, far more than a job description"),
                   (guint)(JD_IMPORT_MAX_TEXT_SIZE / (1024 * 1024)));
      return NULL;
    }

  _jd_import_report_set_language (report, lang != NULL ? lang : _jd_import_detect_language (flow),
                                  lang == NULL);
  builder.lang = jd_import_report_get_language (report);
  jd_document_set_language (document, builder.lang);

  if (title >= 0)
    {
      set_title (document, ((JdImportPiece *)g_ptr_array_index (flow->pieces, title))->text);
      if (title == 0)
        start = 1;
    }
  else if (usable_title (flow->fallback_title))
    set_title (document, flow->fallback_title);

  /* The facts Jobscribe's exports write right under the title. */
  if (title == 0 && flow->pieces->len > 1)
    {
      JdImportPiece *piece = g_ptr_array_index (flow->pieces, 1);

      if (piece->kind == JD_IMPORT_PIECE_PARAGRAPH && _jd_import_parse_facts (piece->text, document))
        start = 2;
    }

  builder.brief_later = has_brief_heading (flow, start);

  for (guint i = start; i < flow->pieces->len; i++)
    {
      JdImportPiece *piece = g_ptr_array_index (flow->pieces, i);

      if ((int)i == title)
        continue;

      switch (piece->kind)
        {
        case JD_IMPORT_PIECE_TITLE:
          if (add_heading (&builder, piece->text, 1))
            continue;
          break;

        case JD_IMPORT_PIECE_HEADING:
          if (add_heading (&builder, piece->text, piece->level))
            continue;
          break;

        case JD_IMPORT_PIECE_PARAGRAPH:
          if (is_paragraph_heading (piece) && add_heading (&builder, piece->text, 0))
            continue;
          if (_jd_import_parse_apply (piece->text, document))
            continue;
          break;

        case JD_IMPORT_PIECE_ITEM:
          add_text (&builder, JD_BLOCK_ITEM, piece->text);
          continue;

        default:
          g_assert_not_reached ();
        }

      add_text (&builder, JD_BLOCK_PARAGRAPH, piece->text);
    }

  _jd_import_report_set_counts (report, builder.n_recognized, builder.n_custom);

  return g_steal_pointer (&document);
}
