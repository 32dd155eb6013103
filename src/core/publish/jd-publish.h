/* jd-publish.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jd-library.h"

G_BEGIN_DECLS

#define JD_PUBLISH_ERROR (jd_publish_error_quark ())

typedef enum
{
  /* The base URL is not an http(s) address. */
  JD_PUBLISH_ERROR_BASE_URL,
  /* The site folder holds a file that Jobscribe would write but did not. */
  JD_PUBLISH_ERROR_NOT_OWNED,
  /* No .jobdesc file among the sources. */
  JD_PUBLISH_ERROR_NO_INPUT,
} JdPublishError;

/* The name of the file in a site folder that lists the files Jobscribe
 * wrote there, the only ones it ever replaces or deletes. */
#define JD_PUBLISH_MANIFEST ".jobscribe-manifest"

typedef enum /*< flags >*/
{
  JD_PUBLISH_NONE               = 0,
  /* Publish documents whose review has completeness errors. */
  JD_PUBLISH_INCLUDE_INCOMPLETE = 1 << 0,
} JdPublishFlags;

typedef struct
{
  /* The address the site will have, for the sitemap, the feeds and the
   * canonical links; without it they are relative, and the sitemap and
   * the feeds are left out. */
  const char     *base_url;
  /* The name of the site; by default the company when every job has
   * the same. */
  const char     *title;
  JdPublishFlags  flags;
  /* The day jobs are checked against, YYYY-MM-DD; %NULL for today. */
  const char     *today;
  /* How many threads read the documents, make the pages and write them;
   * 0 for one per core. The site is the same whatever the number. */
  guint           n_threads;
} JdPublishOptions;

/* Why a document is not on the site. */
typedef enum
{
  JD_PUBLISH_LEFT_OUT_UNREADABLE,
  JD_PUBLISH_LEFT_OUT_EXPIRED,
  JD_PUBLISH_LEFT_OUT_INCOMPLETE,
  JD_PUBLISH_LEFT_OUT_UNSAFE,
  JD_PUBLISH_LEFT_OUT_DUPLICATE,
} JdPublishReason;

typedef struct
{
  /* The file, as the user named it */
  char            *file;
  JdPublishReason  reason;
  /* What is wrong, translated */
  char            *message;
} JdPublishLeftOut;

typedef struct
{
  char *file;
  char *title;
  /* The BCP 47 tag of the page's language */
  char *lang;
  /* The page, relative to the site folder: "en/jobs/store-manager.html" */
  char *path;
} JdPublishPage;

typedef struct
{
  /* (element-type JdPublishPage): one per job and language, newest first */
  GPtrArray *pages;
  /* (element-type JdPublishLeftOut) */
  GPtrArray *left_out;
  /* (element-type utf8): translated */
  GPtrArray *warnings;
  /* (element-type utf8): the files of an earlier publication deleted,
   * relative to the site folder */
  GPtrArray *removed;
  /* How many files were written */
  guint      n_written;
} JdPublishReport;

/* Called from the thread that publishes, after each document read and
 * each file written; @fraction goes from 0 to 1. */
typedef void (*JdPublishProgressFunc) (double   fraction,
                                       gpointer user_data);

GQuark           jd_publish_error_quark  (void);

JdPublishReport *jd_publish              (JdLibrary               *library,
                                          GPtrArray               *sources,
                                          GFile                   *site,
                                          const JdPublishOptions  *options,
                                          JdPublishProgressFunc    progress,
                                          gpointer                 user_data,
                                          GCancellable            *cancellable,
                                          GError                 **error);
void             jd_publish_async        (JdLibrary               *library,
                                          GPtrArray               *sources,
                                          GFile                   *site,
                                          const JdPublishOptions  *options,
                                          JdPublishProgressFunc    progress,
                                          gpointer                 user_data,
                                          GCancellable            *cancellable,
                                          GAsyncReadyCallback      callback,
                                          gpointer                 callback_data);
JdPublishReport *jd_publish_finish       (GAsyncResult            *result,
                                          GError                 **error);

const char      *jd_publish_reason_get_label (JdPublishReason    reason);
void             jd_publish_report_free  (JdPublishReport         *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdPublishReport, jd_publish_report_free)

G_END_DECLS
