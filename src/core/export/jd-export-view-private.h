/* jd-export-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-document.h"
#include "jd-export-link.h"
#include "jd-terms.h"

G_BEGIN_DECLS

typedef enum
{
  JD_EXPORT_VIEW_NONE              = 0,
  /* Leave an unsafe link out instead of refusing the document: the live
   * preview shows what it can, while exports refuse. */
  JD_EXPORT_VIEW_DROP_UNSAFE_LINKS = 1 << 0,
} JdExportViewFlags;

/* One fact of the line under the title (company, location, workplace,
 * employment type, salary) or of the details at the end (reference,
 * dates), with its label (a term) for the formats that show one, and a
 * link where the fact has one. */
typedef struct
{
  const char *class_name;
  const char *label;
  char       *text;
  char       *href;
} JdExportFact;

/* A section with text: its heading (the user's or the term of its kind)
 * and its blocks that are not blank. */
typedef struct
{
  JdSection  *section;
  const char *heading;
  GPtrArray  *blocks;
} JdExportSection;

/* What every format writes, worked out once per export from the document
 * and the terms, in the document's language: the formats only lay it
 * out. Links are checked: an unsafe one either made
 * _jd_export_view_new() fail or was left out. */
typedef struct
{
  JdDocument *document;
  JdTerms    *terms;
  /* The language of the terms and of numbers, "pt" for "pt-BR", and the
   * BCP 47 tag of the document as it is, for the lang of HTML. */
  char       *lang;
  char       *tag;
  /* The title stripped, "" for none; the heading to show, the title or
   * the term "untitled". */
  char       *title;
  const char *heading;
  GPtrArray  *meta;
  GPtrArray  *details;
  char       *company_url;
  char       *apply_href;
  /* What to show of the apply link: the address or the URL. */
  char       *apply_text;
  GPtrArray  *sections;
} JdExportView;

JdExportView *_jd_export_view_new           (JdDocument         *document,
                                             JdTerms            *terms,
                                             JdExportViewFlags   flags,
                                             GError            **error);
JdExportView *_jd_export_view_ref           (JdExportView       *view);
void          _jd_export_view_unref         (JdExportView       *view);
const char   *_jd_export_view_get_term      (JdExportView       *view,
                                             const char         *id);
char         *_jd_export_view_label_value   (JdExportView       *view,
                                             const char         *label,
                                             const char         *value);
char         *_jd_export_view_join_facts    (JdExportView       *view,
                                             GPtrArray          *facts,
                                             gboolean            with_labels);
void          _jd_export_add_warning        (GPtrArray          *warnings,
                                             const char         *message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdExportView, _jd_export_view_unref)

/* The separator of the facts under the title. */
#define JD_EXPORT_FACT_SEPARATOR " · "

G_END_DECLS
