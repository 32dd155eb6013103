/* jd-import-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "jd-import.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Every reader turns its format into the same flat run of pieces: an
 * explicit title, headings with their level, paragraphs and list items.
 * Recognizing sections, the title and the language is then done once,
 * by _jd_import_build(), for every format. */
typedef enum
{
  JD_IMPORT_PIECE_TITLE,
  JD_IMPORT_PIECE_HEADING,
  JD_IMPORT_PIECE_PARAGRAPH,
  JD_IMPORT_PIECE_ITEM,
} JdImportPieceKind;

typedef struct
{
  JdImportPieceKind  kind;
  /* Headings: 1 for the highest; 0 for a line that only looks like a
   * heading (bold, or ending with a colon) and has no level. */
  guint              level;
  char              *text;
} JdImportPiece;

typedef struct
{
  GPtrArray *pieces;
  /* What to fall back on for a title: an HTML <title>. */
  char      *fallback_title;
} JdImportFlow;

JdImportFlow *_jd_import_flow_new   (void);
void          _jd_import_flow_free  (JdImportFlow      *flow);
void          _jd_import_flow_add   (JdImportFlow      *flow,
                                     JdImportPieceKind  kind,
                                     guint              level,
                                     const char        *text);
char         *_jd_import_clean_text (const char        *text,
                                     gboolean           keep_newlines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdImportFlow, _jd_import_flow_free)

/* The readers: each adds the pieces of its format to @flow. */
gboolean _jd_import_read_docx     (GBytes        *bytes,
                                   JdImportFlow  *flow,
                                   GError       **error);
gboolean _jd_import_read_odt      (GBytes        *bytes,
                                   JdImportFlow  *flow,
                                   GError       **error);
gboolean _jd_import_read_html     (const char    *text,
                                   gsize          len,
                                   JdImportFlow  *flow,
                                   GError       **error);
gboolean _jd_import_read_markdown (const char    *text,
                                   JdImportFlow  *flow,
                                   GError       **error);
gboolean _jd_import_read_text     (const char    *text,
                                   JdImportFlow  *flow,
                                   GError       **error);

/* A tree of more elements than this is refused before it is built: a
 * tree costs some hundred bytes an element, and a long job description
 * has a few thousand. */
#define JD_IMPORT_MAX_ELEMENTS 1000000

gboolean _jd_import_check_elements (const char  *data,
                                    gsize        len,
                                    GError     **error);

/* The ZIP container of DOCX and ODT. */
GHashTable *_jd_import_zip_extract (GBytes              *bytes,
                                    const char * const  *wanted,
                                    GError             **error);
void        _jd_import_set_file_too_large  (GError     **error);
void        _jd_import_set_total_too_large (GError     **error);
/* Part of the formats module (jd-formats.c): what the above calls. */
GHashTable *_jd_formats_unzip      (GBytes              *bytes,
                                    const char * const  *wanted,
                                    GError             **error);

/* An XML part of a ZIP container, parsed without DTDs, entities or the
 * network; errors name @part. */
xmlDoc     *_jd_import_parse_part  (GHashTable          *parts,
                                    const char          *part,
                                    gboolean             required,
                                    GError             **error);
gboolean    _jd_import_xml_is      (xmlNode             *node,
                                    const char          *ns,
                                    const char          *name);
char       *_jd_import_xml_prop    (xmlNode             *node,
                                    const char          *ns,
                                    const char          *name);

/* Headings, languages and metadata the text itself tells. */
char       *_jd_import_fold        (const char          *text);
gboolean    _jd_import_match_heading (const char        *heading,
                                      gboolean           exact_only,
                                      JdSectionKind     *kind);
gboolean    _jd_import_is_default_heading (JdSectionKind  kind,
                                           const char    *heading,
                                           const char    *lang);
gboolean    _jd_import_parse_facts (const char          *text,
                                    JdDocument          *document);
gboolean    _jd_import_parse_apply (const char          *text,
                                    JdDocument          *document);
const char *_jd_import_detect_language (JdImportFlow    *flow);

JdDocument *_jd_import_build       (JdImportFlow        *flow,
                                    const char          *lang,
                                    JdImportReport      *report,
                                    GError             **error);

JdImportReport *_jd_import_report_new (JdImportFormat    format);
void        _jd_import_report_set_counts   (JdImportReport *report,
                                            guint           n_recognized,
                                            guint           n_custom);
void        _jd_import_report_set_language (JdImportReport *report,
                                            const char     *lang,
                                            gboolean        detected);

G_END_DECLS
