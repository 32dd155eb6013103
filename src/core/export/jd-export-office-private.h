/* jd-export-office-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/xmlwriter.h>

#include "jd-export-view-private.h"
#include "jd-export-writers-private.h"
#include "jd-zip.h"

G_BEGIN_DECLS

/* What DOCX and ODT share: XML parts written with libxml2's writer, the
 * document's language as a language and a country, the page, the date of
 * the document's properties and the ZIP container. */

/* One XML part of a package, written into memory. */
typedef struct
{
  xmlBuffer     *buffer;
  xmlTextWriter *writer;
} JdOfficePart;

typedef JdZipEntry JdOfficeEntry;

/* The language of the view as word processors tag text: "de" and "DE". */
typedef struct
{
  char *language;
  /* %NULL where neither the document nor the language says one. */
  char *country;
  /* "de-DE", or the language alone without a country. */
  char *tag;
} JdOfficeLanguage;

xmlTextWriter *_jd_office_part_begin       (JdOfficePart          *part);
GBytes        *_jd_office_part_end         (JdOfficePart          *part);

void           _jd_office_start            (xmlTextWriter         *writer,
                                            const char            *name);
void           _jd_office_end              (xmlTextWriter         *writer);
void           _jd_office_attr             (xmlTextWriter         *writer,
                                            const char            *name,
                                            const char            *value);
void           _jd_office_attr_int         (xmlTextWriter         *writer,
                                            const char            *name,
                                            gint64                 value);
void           _jd_office_text             (xmlTextWriter         *writer,
                                            const char            *text);
void           _jd_office_text_element     (xmlTextWriter         *writer,
                                            const char            *name,
                                            const char            *text);
void           _jd_office_empty            (xmlTextWriter         *writer,
                                            const char            *name,
                                            ...) G_GNUC_NULL_TERMINATED;

char          *_jd_office_clean_text       (const char            *text);
char         **_jd_office_split_lines      (const char            *text);

void           _jd_office_language_init    (JdOfficeLanguage      *language,
                                            JdExportView          *view);
void           _jd_office_language_clear   (JdOfficeLanguage      *language);
char          *_jd_office_dup_date         (JdExportView          *view);
void           _jd_office_get_page         (const JdExportOptions *options,
                                            double                *width,
                                            double                *height,
                                            double                *margin);

GBytes        *_jd_office_zip              (const JdOfficeEntry   *entries,
                                            guint                  n_entries,
                                            GError               **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JdOfficeLanguage, _jd_office_language_clear)

G_END_DECLS
