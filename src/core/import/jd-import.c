/* jd-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-import-private.h"

/* Job descriptions that exist already, as Word or LibreOffice files, web
 * pages, Markdown or plain text, become documents. The format is told
 * by the content, not the name: a ZIP container is DOCX or ODT by what
 * it holds, HTML by its tags, and text is Markdown when it has Markdown
 * headings or a Markdown name. Each reader turns its format into pieces
 * (jd-import-private.h), from which _jd_import_build() makes the
 * document the same way for all. Inputs are bounded (the JD_IMPORT_MAX_*
 * limits) and never make Jobscribe load anything else. */

G_DEFINE_QUARK (jd-import-error-quark, jd_import_error)

/* How far into a file its kind is looked for. */
#define SNIFF_BYTES 4096

static const char * const importable_suffixes[] = {
  ".docx", ".docm", ".dotx", ".odt", ".ott", ".html", ".htm", ".xhtml",
  ".md", ".markdown", ".mkd", ".txt", ".text", NULL
};

static const char * const markdown_suffixes[] = {
  ".md", ".markdown", ".mkd", ".mdown", NULL
};

static const char * const mime_types[] = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "text/html",
  "application/xhtml+xml",
  "text/markdown",
  "text/plain",
  NULL
};

JdImportFlow *
_jd_import_flow_new (void)
{
  JdImportFlow *flow = g_new0 (JdImportFlow, 1);

  flow->pieces = g_ptr_array_new_with_free_func (g_free);
  return flow;
}

void
_jd_import_flow_free (JdImportFlow *flow)
{
  if (flow == NULL)
    return;

  for (guint i = 0; i < flow->pieces->len; i++)
    g_free (((JdImportPiece *)g_ptr_array_index (flow->pieces, i))->text);
  g_ptr_array_unref (flow->pieces);
  g_free (flow->fallback_title);
  g_free (flow);
}

static gboolean
is_line_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}

/**
 * _jd_import_clean_text:
 * @keep_newlines: whether line breaks stay, or become spaces
 *
 * Returns: (transfer full): @text with its white space tidied: runs of
 *   spaces and tabs are one space, lines are stripped, and blank lines
 *   and invisible characters are dropped
 */
char *
_jd_import_clean_text (const char *text,
                       gboolean    keep_newlines)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *valid = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  /* A parser's error recovery can hand over bytes that are not UTF-8
   * (libxml2's HTML parser did, on a file fuzz-import made): each becomes
   * U+FFFD, so that the document saves as text that reads back. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && keep_newlines)
        {
          /* The line before ends without its spaces. */
          if (out->len > 0 && out->str[out->len - 1] != '\n')
            g_string_append_c (out, '\n');
          space = FALSE;
          continue;
        }

      if (c == '\n' || is_line_space (c) || c == 0x00A0 || c == 0x2028 || c == 0x2029)
        {
          /* A no-break space between words is kept, as typed. */
          if (c == 0x00A0 && out->len > 0 && out->str[out->len - 1] != '\n' && !space)
            {
              gunichar next = g_utf8_get_char (g_utf8_next_char (p));

              if (next != '\0' && !g_unichar_isspace (next))
                {
                  g_string_append_unichar (out, c);
                  continue;
                }
            }
          space = out->len > 0 && out->str[out->len - 1] != '\n';
          continue;
        }

      /* Control characters and the soft hyphen are not text, and XML
       * has no place for U+FFFE and U+FFFF. */
      if (c < 0x20 || c == 0x7F || c == 0x00AD || c == 0xFEFF || c == 0x200B ||
          c == 0xFFFE || c == 0xFFFF)
        continue;

      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
_jd_import_flow_add (JdImportFlow      *flow,
                     JdImportPieceKind  kind,
                     guint              level,
                     const char        *text)
{
  g_autofree char *clean = _jd_import_clean_text (text, TRUE);
  JdImportPiece *piece;

  if (clean[0] == '\0')
    return;

  piece = g_new0 (JdImportPiece, 1);
  piece->kind = kind;
  piece->level = level;
  piece->text = g_steal_pointer (&clean);
  g_ptr_array_add (flow->pieces, piece);
}

const char *
jd_import_format_to_string (JdImportFormat format)
{
  switch (format)
    {
    case JD_IMPORT_FORMAT_DOCX:
      return "docx";
    case JD_IMPORT_FORMAT_ODT:
      return "odt";
    case JD_IMPORT_FORMAT_HTML:
      return "html";
    case JD_IMPORT_FORMAT_MARKDOWN:
      return "md";
    case JD_IMPORT_FORMAT_TEXT:
      return "txt";
    case JD_IMPORT_FORMAT_AUTO:
    default:
      return "auto";
    }
}

static gboolean
has_suffix_in (const char         *name,
               const char * const *suffixes)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    return FALSE;

  lower = g_ascii_strdown (name, -1);
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;

  return FALSE;
}

/**
 * jd_import_handles_file_name:
 *
 * Returns: whether a file called @name is one to import, rather than a
 *   .jobdesc document to open
 */
gboolean
jd_import_handles_file_name (const char *name)
{
  return has_suffix_in (name, importable_suffixes);
}

/* Returns: (array zero-terminated=1): the MIME types of what imports */
const char * const *
jd_import_get_mime_types (void)
{
  return mime_types;
}

static gboolean
starts_with_bytes (const char *data,
                   gsize       len,
                   const char *magic,
                   gsize       magic_len)
{
  return len >= magic_len && memcmp (data, magic, magic_len) == 0;
}

/* The kinds of file people try to import that Jobscribe cannot read,
 * each told by its first bytes and answered with what to do instead. */
static gboolean
refuse_known_binary (const char  *data,
                     gsize        len,
                     GError     **error)
{
  if (starts_with_bytes (data, len, "%PDF", 4))
    g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                         _("PDF files cannot be imported; copy the text from the PDF and use "
                           "New From Clipboard, or save the document as .docx or .odt"));
  else if (starts_with_bytes (data, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    /* Word 97–2003 files and encrypted Office files are both compound
     * files. */
    g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                         _("the file is an old Word document (.doc) or one protected with a "
                           "password; save it as .docx without a password and import that"));
  else if (starts_with_bytes (data, len, "{\\rtf", 5))
    g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                         _("RTF files cannot be imported; save the document as .docx or .odt"));
  else
    return FALSE;

  return TRUE;
}

static void
set_not_importable (GError **error)
{
  g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                       _("the file is not a document Jobscribe can import "
                         "(.docx, .odt, .html, .md or .txt)"));
}

/* A ZIP container is a Word document when its content types say so, and
 * OpenDocument text when its first entry, mimetype, does. */
static JdImportFormat
detect_zip_format (GBytes  *bytes,
                   GError **error)
{
  static const char * const wanted[] = { "mimetype", "[Content_Types].xml", NULL };
  g_autoptr(GHashTable) parts = _jd_import_zip_extract (bytes, wanted, error);
  GBytes *mimetype;
  GBytes *content_types;

  if (parts == NULL)
    return JD_IMPORT_FORMAT_AUTO;

  if ((mimetype = g_hash_table_lookup (parts, "mimetype")) != NULL)
    {
      g_autofree char *type = g_strndup (g_bytes_get_data (mimetype, NULL),
                                         MIN (g_bytes_get_size (mimetype), 200));

      g_strstrip (type);
      if (g_str_equal (type, "application/vnd.oasis.opendocument.text") ||
          g_str_equal (type, "application/vnd.oasis.opendocument.text-template") ||
          g_str_equal (type, "application/vnd.oasis.opendocument.text-master"))
        return JD_IMPORT_FORMAT_ODT;

      if (g_str_has_prefix (type, "application/vnd.oasis.opendocument."))
        {
          g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                               _("the file is a spreadsheet, a presentation or a drawing; "
                                 "Jobscribe imports text documents"));
          return JD_IMPORT_FORMAT_AUTO;
        }
    }

  if ((content_types = g_hash_table_lookup (parts, "[Content_Types].xml")) != NULL)
    {
      g_autofree char *types = g_strndup (g_bytes_get_data (content_types, NULL),
                                          g_bytes_get_size (content_types));

      if (strstr (types, "wordprocessingml") != NULL || strstr (types, "ms-word") != NULL)
        return JD_IMPORT_FORMAT_DOCX;

      if (strstr (types, "spreadsheetml") != NULL || strstr (types, "presentationml") != NULL ||
          strstr (types, "ms-excel") != NULL || strstr (types, "ms-powerpoint") != NULL)
        {
          g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                               _("the file is a spreadsheet, a presentation or a drawing; "
                                 "Jobscribe imports text documents"));
          return JD_IMPORT_FORMAT_AUTO;
        }
    }

  g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_UNSUPPORTED,
                       _("the file is a ZIP archive, but not a Word (.docx) or "
                         "OpenDocument (.odt) text document"));
  return JD_IMPORT_FORMAT_AUTO;
}

/**
 * decode_text:
 *
 * Returns: (transfer full): @data as UTF-8 text: UTF-8 with or without
 *   its byte order mark, UTF-16 with one, or else Windows-1252, which
 *   older editors on Windows write; %NULL for binary data
 */
static char *
decode_text (const char  *data,
             gsize        len,
             GError     **error)
{
  g_autofree char *text = NULL;
  guint controls = 0;

  /* A UTF-8 byte order mark is dropped; what follows is checked still. */
  if (starts_with_bytes (data, len, "\xEF\xBB\xBF", 3))
    {
      data += 3;
      len -= 3;
    }

  if (starts_with_bytes (data, len, "\xFF\xFE", 2))
    text = g_convert (data + 2, (gssize)(len - 2), "UTF-8", "UTF-16LE", NULL, NULL, NULL);
  else if (starts_with_bytes (data, len, "\xFE\xFF", 2))
    text = g_convert (data + 2, (gssize)(len - 2), "UTF-8", "UTF-16BE", NULL, NULL, NULL);
  else if (memchr (data, '\0', len) != NULL)
    text = NULL;
  else if (g_utf8_validate (data, (gssize)len, NULL))
    text = g_strndup (data, len);
  else if ((text = g_convert (data, (gssize)len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)) == NULL)
    text = g_convert (data, (gssize)len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);

  /* Text has few control characters and no NUL; binary data has many. */
  if (text != NULL)
    {
      gsize n = 0;

      for (const char *p = text; *p; p++, n++)
        if ((guchar)*p < 0x20 && strchr ("\t\n\r\f\v", *p) == NULL)
          controls++;
      if (n == 0 || controls > 8 + n / 100)
        g_clear_pointer (&text, g_free);
    }

  if (text == NULL)
    set_not_importable (error);

  return g_steal_pointer (&text);
}

static gboolean
looks_like_html (const char *text,
                 const char *name)
{
  static const char * const tags[] = {
    "<html", "<body", "<head", "<meta", "<p>", "<p ", "<div", "<span", "<h1", "<h2", "<h3",
    "<h4", "<ul", "<ol", "<li", "<br", "<table", "<strong", "<b>", "<article", "<section", NULL
  };
  g_autofree char *head = NULL;
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;

  if (*p != '<')
    return FALSE;

  head = g_ascii_strdown (p, MIN (strlen (p), SNIFF_BYTES));
  if (g_str_has_prefix (head, "<!doctype html") || g_str_has_prefix (head, "<html"))
    return TRUE;

  if (has_suffix_in (name, (const char * const[]){ ".html", ".htm", ".xhtml", NULL }))
    return TRUE;

  for (guint i = 0; tags[i] != NULL; i++)
    if (strstr (head, tags[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Markdown has # headings, or underlined ones, or its links and bold. */
static gboolean
looks_like_markdown (const char *text,
                     const char *name)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *head = NULL;
  guint marks = 0;

  if (has_suffix_in (name, markdown_suffixes))
    return TRUE;

  head = g_strndup (text, 64 * 1024);
  lines = g_strsplit (head, "\n", 2000);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint hashes = 0;

      while (line[hashes] == '#')
        hashes++;
      if (hashes >= 1 && hashes <= 6 && line[hashes] == ' ')
        return TRUE;

      if ((strstr (line, "](") != NULL && strchr (line, '[') != NULL) || strstr (line, "**") != NULL)
        marks++;
    }

  return marks >= 2;
}

static JdImportFormat
detect_format (GBytes      *bytes,
               const char  *name,
               const char  *text,
               GError     **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);

  if (starts_with_bytes (data, len, "PK\x03\x04", 4) || starts_with_bytes (data, len, "PK\x05\x06", 4))
    return detect_zip_format (bytes, error);

  if (looks_like_html (text, name))
    return JD_IMPORT_FORMAT_HTML;

  if (looks_like_markdown (text, name))
    return JD_IMPORT_FORMAT_MARKDOWN;

  return JD_IMPORT_FORMAT_TEXT;
}

void
_jd_import_set_file_too_large (GError **error)
{
  g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE,
               /* Translators: the placeholder is a number of megabytes. */
               _("the file is larger than %u MB, which is more than Jobscribe imports"),
               (guint)(JD_IMPORT_MAX_FILE_SIZE / JD_IMPORT_MIB));
}

/**
 * jd_import_bytes:
 * @name: (nullable): the file name, whose extension helps tell Markdown
 *   from plain text, or %NULL
 * @format: the format of @bytes, or %JD_IMPORT_FORMAT_AUTO to tell it by
 *   the content
 * @lang: (nullable): the language of the text, or %NULL to detect it
 * @report: (out) (optional): what the import guessed
 *
 * Returns: (transfer full): a new document, without a file, or %NULL
 *   with an error that says what is wrong with the input
 */
JdDocument *
jd_import_bytes (GBytes          *bytes,
                 const char      *name,
                 JdImportFormat   format,
                 const char      *lang,
                 JdImportReport **report,
                 GError         **error)
{
  g_autoptr(JdImportFlow) flow = _jd_import_flow_new ();
  g_autoptr(JdImportReport) guesses = NULL;
  g_autoptr(JdDocument) document = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  const char *data;
  gboolean ok;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > JD_IMPORT_MAX_FILE_SIZE)
    {
      _jd_import_set_file_too_large (error);
      return NULL;
    }

  if (len == 0)
    {
      g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_EMPTY,
                           _("the file has no text to import"));
      return NULL;
    }

  if (format != JD_IMPORT_FORMAT_DOCX && format != JD_IMPORT_FORMAT_ODT &&
      !starts_with_bytes (data, len, "PK\x03\x04", 4) && !starts_with_bytes (data, len, "PK\x05\x06", 4))
    {
      if (refuse_known_binary (data, len, error))
        return NULL;
      if ((text = decode_text (data, len, error)) == NULL)
        return NULL;
    }

  if (format == JD_IMPORT_FORMAT_AUTO)
    format = detect_format (bytes, name, text, error);
  else if (format == JD_IMPORT_FORMAT_TEXT && looks_like_markdown (text, name))
    format = JD_IMPORT_FORMAT_MARKDOWN;

  switch (format)
    {
    case JD_IMPORT_FORMAT_DOCX:
      ok = _jd_import_read_docx (bytes, flow, error);
      break;

    case JD_IMPORT_FORMAT_ODT:
      ok = _jd_import_read_odt (bytes, flow, error);
      break;

    case JD_IMPORT_FORMAT_HTML:
      ok = text != NULL && _jd_import_read_html (text, strlen (text), flow, error);
      break;

    case JD_IMPORT_FORMAT_MARKDOWN:
      ok = text != NULL && _jd_import_read_markdown (text, flow, error);
      break;

    case JD_IMPORT_FORMAT_TEXT:
      ok = text != NULL && _jd_import_read_text (text, flow, error);
      break;

    case JD_IMPORT_FORMAT_AUTO:
    default:
      ok = FALSE;
      break;
    }

  if (!ok)
    {
      if (error != NULL && *error == NULL)
        set_not_importable (error);
      return NULL;
    }

  guesses = _jd_import_report_new (format);
  document = _jd_import_build (flow, lang, guesses, error);
  if (document == NULL)
    return NULL;

  if (report != NULL)
    *report = g_steal_pointer (&guesses);

  return g_steal_pointer (&document);
}
