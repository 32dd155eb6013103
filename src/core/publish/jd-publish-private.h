/* jd-publish-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-export-view-private.h"
#include "jd-publish.h"

G_BEGIN_DECLS

typedef struct _JdPublishJob JdPublishJob;

/* A job in one language: one document, one page. */
typedef struct
{
  JdDocument   *document;
  JdExportView *view;
  /* The job it is a translation of; not owned */
  JdPublishJob *job;
  char         *file;
  /* The BCP 47 tag of its language: its folder in the site */
  char         *tag;
  /* The day it was posted (or its file last changed), YYYY-MM-DD */
  char         *date;
  /* The category of the library, or the department; %NULL for none */
  char         *category;
  /* Its page, relative to the site: "en/jobs/store-manager.html" */
  char         *path;
  /* Its sections as HTML, for the feeds; made with its page */
  char         *sections_html;
} JdPublishPosting;

/* One job in every language it has. */
struct _JdPublishJob
{
  char      *key;
  char      *slug;
  /* (element-type JdPublishPosting): not owned, one per language */
  GPtrArray *postings;
};

typedef struct
{
  JdTerms    *terms;
  /* The base URL with its final "/", or %NULL */
  char       *base_url;
  /* The title asked for, or %NULL */
  char       *title;
  /* Whether every job is of the same company */
  gboolean    one_company;
  /* (element-type JdPublishPosting): owned, newest first */
  GPtrArray  *postings;
  /* (element-type JdPublishJob): owned */
  GPtrArray  *jobs;
  /* (element-type utf8): the tags of the languages, in the order of the
   * library's */
  GPtrArray  *languages;
  /* What to write: path relative to the site -> GBytes */
  GHashTable *files;
} JdPublishSite;

char   *_jd_publish_slugify        (const char    *text);
char   *_jd_publish_href           (const char    *from,
                                    const char    *to);
char   *_jd_publish_url            (JdPublishSite *site,
                                    const char    *path);
void    _jd_publish_add_file       (JdPublishSite *site,
                                    const char    *path,
                                    GBytes        *bytes);
const char *_jd_publish_find_fact (GPtrArray     *facts,
                                   const char    *class_name);
char   *_jd_publish_site_title     (JdPublishSite *site,
                                    const char    *lang);
GPtrArray *_jd_publish_alternates  (JdPublishSite    *site,
                                    JdPublishPosting *posting,
                                    gboolean          absolute);

void    _jd_publish_add_lists      (JdPublishSite *site);
gboolean _jd_publish_add_feeds     (JdPublishSite  *site,
                                    guint           n_threads,
                                    GCancellable   *cancellable,
                                    GError        **error);

G_END_DECLS
