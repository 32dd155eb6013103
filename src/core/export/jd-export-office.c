/* jd-export-office.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "jd-export-office-private.h"
#include "jd-formats-private.h"
#include "jd-page-layout.h"

/* What the DOCX and ODT writers share. Every part is written by
 * libxml2's xmlTextWriter, which escapes what the document says; the
 * characters XML 1.0 cannot carry at all are left out before. */

/* Returns: (transfer none): the writer of @part, which has the XML
 * declaration of a standalone UTF-8 document. */
xmlTextWriter *
_jd_office_part_begin (JdOfficePart *part)
{
  part->buffer = xmlBufferCreate ();
  part->writer = xmlNewTextWriterMemory (part->buffer, 0);
  xmlTextWriterStartDocument (part->writer, NULL, "UTF-8", "yes");

  return part->writer;
}

/* Closes what is open and returns the part's bytes. */
GBytes *
_jd_office_part_end (JdOfficePart *part)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (part->writer);
  g_clear_pointer (&part->writer, xmlFreeTextWriter);
  bytes = g_bytes_new (xmlBufferContent (part->buffer), (gsize)xmlBufferLength (part->buffer));
  g_clear_pointer (&part->buffer, xmlBufferFree);

  return bytes;
}

void
_jd_office_start (xmlTextWriter *writer,
                  const char    *name)
{
  xmlTextWriterStartElement (writer, (const xmlChar *)name);
}

void
_jd_office_end (xmlTextWriter *writer)
{
  xmlTextWriterEndElement (writer);
}

void
_jd_office_attr (xmlTextWriter *writer,
                 const char    *name,
                 const char    *value)
{
  g_autofree char *clean = _jd_office_clean_text (value);

  xmlTextWriterWriteAttribute (writer, (const xmlChar *)name, (const xmlChar *)clean);
}

void
_jd_office_attr_int (xmlTextWriter *writer,
                     const char    *name,
                     gint64         value)
{
  char digits[32];

  g_snprintf (digits, sizeof digits, "%" G_GINT64_FORMAT, value);
  xmlTextWriterWriteAttribute (writer, (const xmlChar *)name, (const xmlChar *)digits);
}

void
_jd_office_text (xmlTextWriter *writer,
                 const char    *text)
{
  g_autofree char *clean = _jd_office_clean_text (text);

  xmlTextWriterWriteString (writer, (const xmlChar *)clean);
}

/* <name>text</name> */
void
_jd_office_text_element (xmlTextWriter *writer,
                         const char    *name,
                         const char    *text)
{
  _jd_office_start (writer, name);
  _jd_office_text (writer, text);
  _jd_office_end (writer);
}

/* An element without content: its name, then pairs of an attribute's
 * name and value, then %NULL. */
void
_jd_office_empty (xmlTextWriter *writer,
                  const char    *name,
                  ...)
{
  const char *attr;
  va_list args;

  _jd_office_start (writer, name);
  va_start (args, name);
  while ((attr = va_arg (args, const char *)) != NULL)
    _jd_office_attr (writer, attr, va_arg (args, const char *));
  va_end (args);
  _jd_office_end (writer);
}

static gboolean
is_xml_char (gunichar c)
{
  return c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

/* Returns: (transfer full): @text as valid UTF-8 without the characters
 * that XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF), which
 * would make word processors refuse the whole file. */
char *
_jd_office_clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_xml_char (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Returns: (transfer full): the lines of a block, each stripped, as the
 * HTML export writes them around its <br>. */
char **
_jd_office_split_lines (const char *text)
{
  g_autofree char *clean = _jd_office_clean_text (text);
  char **lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_strstrip (lines[i]);

  return lines;
}

/* The country where a language of the library is written when the
 * document names none: US English is the source of the templates. */
static const struct {
  const char *language;
  const char *country;
} default_countries[] = {
  { "de", "DE" },
  { "el", "GR" },
  { "en", "US" },
  { "es", "ES" },
  { "fr", "FR" },
  { "pt", "PT" },
};

/* The region subtag of a BCP 47 tag: "BR" of "pt-BR", "419" of
 * "es-419", "RS" of "sr-Latn-RS". */
static char *
dup_region (const char *tag)
{
  g_auto(GStrv) subtags = g_strsplit (tag, "-", -1);

  for (guint i = 1; subtags[i] != NULL; i++)
    {
      const char *s = subtags[i];
      gsize len = strlen (s);

      if (len == 2 && g_ascii_isalpha (s[0]) && g_ascii_isalpha (s[1]))
        return g_ascii_strup (s, -1);
      if (len == 3 && g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) && g_ascii_isdigit (s[2]))
        return g_strdup (s);
      /* A region comes before variants and extensions. */
      if (len != 4)
        break;
    }

  return NULL;
}

void
_jd_office_language_init (JdOfficeLanguage *language,
                          JdExportView     *view)
{
  language->language = g_strdup (view->lang);
  language->country = dup_region (view->tag);

  for (guint i = 0; language->country == NULL && i < G_N_ELEMENTS (default_countries); i++)
    if (strcmp (default_countries[i].language, view->lang) == 0)
      language->country = g_strdup (default_countries[i].country);

  if (language->country != NULL)
    language->tag = g_strconcat (language->language, "-", language->country, NULL);
  else
    language->tag = g_strdup (language->language);
}

void
_jd_office_language_clear (JdOfficeLanguage *language)
{
  g_clear_pointer (&language->language, g_free);
  g_clear_pointer (&language->country, g_free);
  g_clear_pointer (&language->tag, g_free);
}

/* Returns: (transfer full) (nullable): the date of the document's
 * properties as ISO 8601 in UTC: SOURCE_DATE_EPOCH where it is set, as
 * reproducible builds ask, else the date the job was posted; %NULL when
 * there is neither, rather than the time of the export, so that
 * exporting the same document twice gives the same file. */
char *
_jd_office_dup_date (JdExportView *view)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  const char *posted = jd_document_get_date_posted (view->document);
  g_autoptr(GDateTime) date = NULL;
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    date = g_date_time_new_from_unix_utc ((gint64)seconds);

  if (date == NULL && posted != NULL)
    {
      guint year, month, day;
      char rest;

      if (sscanf (posted, "%4u-%2u-%2u%c", &year, &month, &day, &rest) == 3 &&
          g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
        date = g_date_time_new_utc ((int)year, (int)month, (int)day, 0, 0, 0);
    }

  return date != NULL ? g_date_time_format (date, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/* The paper of the PDF export, and its margin on every side, in points. */
void
_jd_office_get_page (const JdExportOptions *options,
                     double                *width,
                     double                *height,
                     double                *margin)
{
  jd_paper_size_get_points (options->paper, width, height);
  *margin = JD_PAGE_LAYOUT_DEFAULT_MARGIN;
}

/* Returns: (transfer full) (nullable): @entries in a ZIP archive, in
 * their order, or %NULL with @error */
GBytes *
_jd_office_zip (const JdOfficeEntry  *entries,
                guint                 n_entries,
                GError              **error)
{
  const JdFormats *formats = _jd_formats_get (error);

  return formats != NULL ? formats->zip (entries, n_entries, error) : NULL;
}
