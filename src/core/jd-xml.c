/* jd-xml.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-xml"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "jd-xml-private.h"

/* Every XML file Jobscribe reads goes through here: no network, no DTD
 * loading, no entity substitution, and any DOCTYPE stops the parser at
 * once, which shuts out entity expansion bombs and external entities. */

typedef struct
{
  guint doctype_line;
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

static char *
describe_parse_error (const xmlError *err)
{
  g_autofree char *detail = NULL;

  if (err == NULL)
    return g_strdup (_("the file could not be read as XML"));

  detail = g_strstrip (g_strdup (err->message ? err->message : ""));

  switch ((int)err->code)
    {
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return g_strdup (_("the file is not valid UTF-8 text"));

    case XML_ERR_DOCUMENT_EMPTY:
    case XML_ERR_DOCUMENT_START:
    case XML_ERR_DOCUMENT_END:
      return g_strdup (_("this is not an XML file"));

    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
      /* Translators: the placeholder is the technical explanation. */
      return g_strdup_printf (_("the file ends too early, it may be truncated (%s)"), detail);

    default:
      /* Translators: the placeholder is the technical explanation. */
      return g_strdup_printf (_("the XML is not well-formed (%s)"), detail);
    }
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
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;

  g_assert (len <= G_MAXINT);

  ctxt = xmlNewParserCtxt ();
  ctxt->_private = &state;
  ctxt->sax->internalSubset = refuse_doctype_cb;
  doc = xmlCtxtReadMemory (ctxt, data, (int)len, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (state.doctype_line > 0)
    {
      *error_line = state.doctype_line;
      *kind = JD_XML_ERROR_FORBIDDEN;
      *message = g_strdup (_("document type declarations (<!DOCTYPE>) are not allowed in Jobscribe files"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *err = xmlCtxtGetLastError (ctxt);

      *error_line = err ? (guint)MAX (err->line, 0) : 0;
      *kind = JD_XML_ERROR_MALFORMED;
      *message = describe_parse_error (err);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  xmlFreeParserCtxt (ctxt);

  return doc;
}
