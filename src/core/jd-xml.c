/* jd-xml.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-xml"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "jd-xml-private.h"

/* Every XML file Jobscribe reads goes through here: no network, no DTD
 * loading, no entity substitution, and any DOCTYPE stops the parser at
 * once, which shuts out entity expansion bombs and external entities. */

typedef struct
{
  guint     doctype_line;
  /* The first error libxml2 reports, copied: the parser's last error
   * may be a consequence of it. */
  int       code;
  guint     line;
  guint     column;
  char     *message;
  char     *str1;
  gboolean  encoding_failed;
  gboolean  at_end;
} ParseState;

static void
refuse_doctype_cb (void          *ctx,
                   const xmlChar *name,
                   const xmlChar *external_id,
                   const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  state->doctype_line = (guint)MAX (xmlSAX2GetLineNumber (ctxt), 1);
  xmlStopParser (ctxt);
}

/* Every error of the parse comes here, those of the parser and those
 * libxml2 raises without one (encoding conversion), which would
 * otherwise be printed on stderr. */
static void
record_error (ParseState *state,
              xmlErrorPtr err)
{
  if (err->code == XML_I18N_CONV_FAILED || err->code == XML_IO_ENCODER)
    {
      state->encoding_failed = TRUE;
      return;
    }

  if (state->message != NULL || err->level < XML_ERR_ERROR)
    return;

  state->code = err->code;
  state->line = (guint)MAX (err->line, 0);
  state->column = (guint)MAX (err->int2, 0);
  state->message = g_strdup (err->message ? err->message : "");
  state->str1 = g_strdup (err->str1);
}

/* libxml2 hands the parser's errors the parser's user data: the parser. */
static void
parser_error_cb (void        *ctx,
                 xmlErrorPtr  err)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  /* Whatever libxml2 calls it, an error at the very end of the input
   * means the file stops in the middle of something. */
  if (state->message == NULL && ctxt->input != NULL &&
      ctxt->input->cur >= ctxt->input->end)
    state->at_end = TRUE;

  record_error (state, err);
}

static void
generic_error_cb (void        *user_data,
                  xmlErrorPtr  err)
{
  record_error (user_data, err);
}

/* Our words for libxml2's errors, never its own: they are in English
 * only, may quote raw bytes, and speak of parser options. */
static char *
describe_parse_error (ParseState *state)
{
  if (state->encoding_failed)
    return g_strdup (_("the file is not in the encoding it declares; save it as UTF-8"));

  if (state->message == NULL)
    return g_strdup (_("the file could not be read as XML"));

  if (state->at_end && state->code != XML_ERR_DOCUMENT_EMPTY)
    return g_strdup (_("the file ends too early; it may be truncated"));

  switch (state->code)
    {
    case XML_ERR_INVALID_CHAR:
      /* libxml2 has one code for a bad byte and a bad reference. */
      if (g_str_has_prefix (state->message, "xmlParseCharRef"))
        return g_strdup (_("the file refers to a character that XML does not allow "
                           "(a control character such as &#x1;)"));
      return g_strdup (_("the file is not valid UTF-8 text"));

    case XML_ERR_INVALID_HEX_CHARREF:
    case XML_ERR_INVALID_DEC_CHARREF:
    case XML_ERR_INVALID_CHARREF:
      return g_strdup (_("a character reference (&#…;) is not valid"));

    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return g_strdup (_("the file is not in an encoding Jobscribe reads; save it as UTF-8"));

    case XML_ERR_DOCUMENT_EMPTY:
    case XML_ERR_DOCUMENT_START:
      return g_strdup (_("this is not an XML file"));

    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("there is more after the end of the document, "
                         "such as a second root element"));

    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
      return g_strdup (_("the file ends too early; it may be truncated"));

    case XML_ERR_TAG_NAME_MISMATCH:
      return g_strdup (_("an element is closed by the end tag of another one"));

    case XML_ERR_ATTRIBUTE_REDEFINED:
      return g_strdup (_("an element has the same attribute twice"));

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      if (state->str1 != NULL)
        {
          g_autofree char *name = _jd_xml_shorten (state->str1);

          /* Translators: the placeholder is a name such as “nbsp”, from
           * “&nbsp;”; XML itself only knows &amp; &lt; &gt; &quot; &apos;. */
          return g_strdup_printf (_("“&%s;” is not a character XML knows; "
                                    "write the character itself"), name);
        }
      return g_strdup (_("the file uses a named character that XML does not know; "
                         "write the character itself"));

    case XML_ERR_INTERNAL_ERROR:
      if (strstr (state->message, "depth") != NULL)
        return g_strdup (_("elements are nested too deeply (more than 256 levels)"));
      G_GNUC_FALLTHROUGH;

    default:
      if (state->column > 0)
        /* Translators: the placeholder is a column number on the line
         * the message names. */
        return g_strdup_printf (_("the XML is not well-formed (near column %u)"), state->column);
      return g_strdup (_("the XML is not well-formed"));
    }
}

/* A NUL byte ends the text for libxml2, which then says the file is
 * truncated; a UTF-16 file (with its byte order mark) holds many. */
static gboolean
find_nul (const char *data,
          gsize       len,
          guint      *line)
{
  const char *nul;

  if (len >= 2 && (((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE) ||
                   ((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF)))
    return FALSE;

  nul = memchr (data, '\0', len);
  if (nul == NULL)
    return FALSE;

  *line = 1;
  for (const char *p = data; p < nul; p++)
    if (*p == '\n')
      (*line)++;

  return TRUE;
}

/* Values from a file, quoted in a message: valid UTF-8 whatever the file
 * held, and cut to about a line however long the value is. */
#define SHOWN_CHARS 80

char *
_jd_xml_shorten (const char *value)
{
  g_autofree char *valid = g_utf8_make_valid (value, -1);
  const char *cut = valid;

  for (guint i = 0; i < SHOWN_CHARS - 1 && *cut != '\0'; i++)
    cut = g_utf8_next_char (cut);

  if (*cut == '\0' || *g_utf8_next_char (cut) == '\0')
    return g_steal_pointer (&valid);

  return g_strdup_printf ("%.*s…", (int)(cut - valid), valid);
}

/* Returns: (transfer full) (nullable): the tree, or %NULL with @kind, the
 * line and a message for the user. */
xmlDoc *
_jd_xml_read (const char      *data,
              gsize            len,
              guint           *error_line,
              JdXmlErrorKind  *kind,
              char           **message)
{
  ParseState state = { 0 };
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  void *saved_data = xmlStructuredErrorContext;
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;

  g_assert (len <= G_MAXINT);

  if (find_nul (data, len, error_line))
    {
      *kind = JD_XML_ERROR_MALFORMED;
      *message = g_strdup (_("the file contains a NUL byte, which text never holds; "
                             "it may be damaged"));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  ctxt->_private = &state;
  ctxt->sax->internalSubset = refuse_doctype_cb;
  ctxt->sax->serror = parser_error_cb;
  /* Errors raised without a parser (encoding conversion) go to the
   * thread's handler; it is ours for the parse only. */
  xmlSetStructuredErrorFunc (&state, generic_error_cb);
  doc = xmlCtxtReadMemory (ctxt, data, (int)len, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc (saved_data, saved_handler);

  if (state.doctype_line > 0)
    {
      *error_line = state.doctype_line;
      *kind = JD_XML_ERROR_FORBIDDEN;
      *message = g_strdup (_("document type declarations (<!DOCTYPE>) are not allowed in Jobscribe files"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL || !ctxt->wellFormed || state.encoding_failed)
    {
      *error_line = state.line;
      *kind = JD_XML_ERROR_MALFORMED;
      *message = describe_parse_error (&state);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (ctxt);
  g_free (state.message);
  g_free (state.str1);

  return doc;
}

/* Reads @bytes, the contents of @name, with _jd_xml_read(); bytes that
 * are not well-formed give an error of @domain and @code that names @name
 * and the line. */
xmlDoc *
_jd_xml_read_bytes (GBytes      *bytes,
                    const char  *name,
                    GQuark       domain,
                    int          code,
                    GError     **error)
{
  g_autofree char *message = NULL;
  JdXmlErrorKind kind;
  guint line = 0;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlDoc *doc;

  doc = _jd_xml_read (data, len, &line, &kind, &message);
  if (doc == NULL)
    g_set_error (error, domain, code, "%s:%u: %s", name, line, message);

  return doc;
}

/* Reads @file with _jd_xml_read(); a file that is not well-formed gives
 * an error of @domain and @code that names the file and the line. */
xmlDoc *
_jd_xml_read_file (GFile   *file,
                   GQuark   domain,
                   int      code,
                   GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_parse_name (file);
  return _jd_xml_read_bytes (bytes, name, domain, code, error);
}
