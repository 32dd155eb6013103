/* jd-publish.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-publish"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "jd-document-io-private.h"
#include "jd-export.h"
#include "jd-export-html-sections-private.h"
#include "jd-publish-private.h"
#include "jd-review.h"
#include "jd-util-private.h"
#include "jd-worker-private.h"

/* A folder of job descriptions becomes a static careers site: the HTML
 * export of every job in every language, lists of jobs to filter without
 * JavaScript (jd-publish-lists.c), and with a base URL a sitemap and
 * feeds (jd-publish-feeds.c).
 *
 * Everything is made in memory first and only then written, each file
 * through the one atomic writer. The site folder keeps a manifest of the
 * files Jobscribe wrote there: only those are ever replaced or deleted,
 * and a file in the way that is not in it stops the publication before
 * anything is written. */

G_DEFINE_QUARK (jd-publish-error-quark, jd_publish_error)

static const char manifest_header[] =
  "# The files Jobscribe wrote here. It replaces and deletes only these;\n"
  "# anything else in this folder is yours.\n";

static void
posting_free (JdPublishPosting *posting)
{
  g_clear_object (&posting->document);
  g_clear_pointer (&posting->view, _jd_export_view_unref);
  g_free (posting->file);
  g_free (posting->tag);
  g_free (posting->date);
  g_free (posting->category);
  g_free (posting->path);
  g_free (posting->sections_html);
  g_free (posting);
}

static void
job_free (JdPublishJob *job)
{
  g_free (job->key);
  g_free (job->slug);
  g_ptr_array_unref (job->postings);
  g_free (job);
}

static void
left_out_free (JdPublishLeftOut *left_out)
{
  g_free (left_out->file);
  g_free (left_out->message);
  g_free (left_out);
}

static void
page_free (JdPublishPage *page)
{
  g_free (page->file);
  g_free (page->title);
  g_free (page->lang);
  g_free (page->path);
  g_free (page);
}

/* Returns: why a document was left out in a word or two, translated */
const char *
jd_publish_reason_get_label (JdPublishReason reason)
{
  switch (reason)
    {
    case JD_PUBLISH_LEFT_OUT_UNREADABLE:
      /* Translators: why a job description was not published, before the
       * details: “jobs/a.jobdesc: left out (unreadable): line 3: …”. */
      return C_("publish", "unreadable");
    case JD_PUBLISH_LEFT_OUT_EXPIRED:
      return C_("publish", "expired");
    case JD_PUBLISH_LEFT_OUT_INCOMPLETE:
      return C_("publish", "incomplete");
    case JD_PUBLISH_LEFT_OUT_UNSAFE:
      return C_("publish", "unsafe link");
    case JD_PUBLISH_LEFT_OUT_DUPLICATE:
    default:
      return C_("publish", "duplicate");
    }
}

void
jd_publish_report_free (JdPublishReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->pages);
  g_ptr_array_unref (report->left_out);
  g_ptr_array_unref (report->warnings);
  g_ptr_array_unref (report->removed);
  g_free (report);
}

static JdPublishReport *
report_new (void)
{
  JdPublishReport *report = g_new0 (JdPublishReport, 1);

  report->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)page_free);
  report->left_out = g_ptr_array_new_with_free_func ((GDestroyNotify)left_out_free);
  report->warnings = g_ptr_array_new_with_free_func (g_free);
  report->removed = g_ptr_array_new_with_free_func (g_free);
  return report;
}

/* Lowercase ASCII letters and digits with single hyphens between words;
 * what has no ASCII form is left out, so the result may be empty. */
char *
_jd_publish_slugify (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", "C");
  GString *slug = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p) && *p != '?')
        {
          if (gap && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          gap = FALSE;
        }
      else
        gap = TRUE;

      if (slug->len >= 80)
        break;
    }

  return g_string_free (slug, FALSE);
}

/* The relative link from the page @from to @to, both relative to the
 * site: "jobs/a.html" from "en/index.html" to "en/jobs/a.html". */
char *
_jd_publish_href (const char *from,
                  const char *to)
{
  GString *href = g_string_new (NULL);
  const char *slash;

  /* The folders both are in are left out of the link. */
  while ((slash = strchr (from, '/')) != NULL &&
         strncmp (from, to, (gsize)(slash - from + 1)) == 0)
    {
      to += slash - from + 1;
      from = slash + 1;
    }

  for (const char *p = from; *p; p++)
    if (*p == '/')
      g_string_append (href, "../");
  g_string_append (href, to);

  return g_string_free (href, FALSE);
}

char *
_jd_publish_url (JdPublishSite *site,
                 const char    *path)
{
  g_return_val_if_fail (site->base_url != NULL, NULL);

  return g_strconcat (site->base_url, path, NULL);
}

void
_jd_publish_add_file (JdPublishSite *site,
                      const char    *path,
                      GBytes        *bytes)
{
  g_hash_table_replace (site->files, g_strdup (path), bytes);
}

/* Returns: (nullable): the text of the fact of @class_name among @facts
 * of an export view (jd-salary, jd-date-posted…). */
const char *
_jd_publish_find_fact (GPtrArray  *facts,
                       const char *class_name)
{
  for (guint i = 0; i < facts->len; i++)
    {
      JdExportFact *fact = g_ptr_array_index (facts, i);

      if (g_str_equal (fact->class_name, class_name))
        return fact->text;
    }

  return NULL;
}

/* The title asked for, the company of every job, or "Open positions". */
char *
_jd_publish_site_title (JdPublishSite *site,
                        const char    *lang)
{
  if (site->title != NULL)
    return g_strdup (site->title);

  if (site->one_company && site->postings->len > 0)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, 0);

      return g_strdup (jd_document_get_company_name (posting->document));
    }

  return g_strdup (jd_terms_get (site->terms, "site-open-positions", lang));
}

/* The translations of @posting, itself included, as pairs of strings:
 * language tag, then address (absolute, or relative to its page). */
GPtrArray *
_jd_publish_alternates (JdPublishSite    *site,
                        JdPublishPosting *posting,
                        gboolean          absolute)
{
  GPtrArray *alternates = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *postings = posting->job->postings;

  for (guint i = 0; i < postings->len; i++)
    {
      JdPublishPosting *other = g_ptr_array_index (postings, i);

      g_ptr_array_add (alternates, g_strdup (other->tag));
      g_ptr_array_add (alternates, absolute ? _jd_publish_url (site, other->path)
                                            : _jd_publish_href (posting->path, other->path));
    }

  return alternates;
}

/* The base URL as the site's links begin: http(s), with a final "/". */
static char *
normalize_base_url (const char  *base_url,
                    GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  if (uri == NULL || (g_strcmp0 (scheme, "http") != 0 && g_strcmp0 (scheme, "https") != 0) ||
      g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
      g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      g_set_error (error, JD_PUBLISH_ERROR, JD_PUBLISH_ERROR_BASE_URL,
                   /* Translators: %s is what the user gave as the address of
                    * the site. */
                   _("“%s” is not the address of a web site: give one that begins with https:// or http://"),
                   base_url);
      return NULL;
    }

  if (g_str_has_suffix (base_url, "/"))
    return g_strdup (base_url);

  return g_strconcat (base_url, "/", NULL);
}

typedef struct
{
  GFile *file;
  char  *name;
} Source;

static void
source_free (Source *source)
{
  g_object_unref (source->file);
  g_free (source->name);
  g_free (source);
}

/* How the user knows the file: relative to the working folder where it
 * is inside it, else from the folder given (@folder, or %NULL) on. */
static char *
display_name (GFile *file,
              GFile *folder)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) here = g_file_new_for_path (cwd);
  g_autoptr(GFile) above = folder != NULL ? g_file_get_parent (folder) : NULL;
  char *relative = g_file_get_relative_path (here, file);

  if (relative == NULL && above != NULL)
    relative = g_file_get_relative_path (above, file);

  return relative != NULL ? relative : g_file_get_parse_name (file);
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const Source *sa = *(const Source * const *)a;
  const Source *sb = *(const Source * const *)b;

  return strcmp (sa->name, sb->name);
}

/* The .jobdesc files of @dir and its folders, hidden ones and the site
 * folder left out. */
static gboolean
collect_folder (GFile         *dir,
                GFile         *top,
                GFile         *site,
                GPtrArray     *sources,
                guint          depth,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;

  if (depth > 32 || g_file_equal (dir, site))
    return TRUE;

  children = g_file_enumerate_children (dir,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (children == NULL)
    return FALSE;

  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, error))
        return FALSE;
      if (info == NULL)
        break;
      if (g_file_info_get_is_hidden (info))
        continue;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          if (!collect_folder (child, top, site, sources, depth + 1, cancellable, error))
            return FALSE;
        }
      else if (g_str_has_suffix (g_file_info_get_name (info), ".jobdesc"))
        {
          Source *source = g_new0 (Source, 1);

          source->file = g_object_ref (child);
          source->name = display_name (child, top);
          g_ptr_array_add (sources, source);
        }
    }

  return TRUE;
}

static GPtrArray *
collect_sources (GPtrArray     *files,
                 GFile         *site,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify)source_free);

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
        {
          g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify)source_free);

          if (!collect_folder (file, file, site, found, 0, cancellable, error))
            return NULL;
          g_ptr_array_sort (found, compare_sources);
          g_ptr_array_extend_and_steal (sources, g_steal_pointer (&found));
        }
      else
        {
          Source *source = g_new0 (Source, 1);

          source->file = g_object_ref (file);
          source->name = display_name (file, NULL);
          g_ptr_array_add (sources, source);
        }
    }

  if (sources->len == 0)
    {
      g_set_error_literal (error, JD_PUBLISH_ERROR, JD_PUBLISH_ERROR_NO_INPUT,
                           _("There are no job descriptions (.jobdesc files) to publish"));
      return NULL;
    }

  return g_steal_pointer (&sources);
}

/* YYYY-MM-DD of a date of the document, or %NULL. */
static char *
dup_day (const char *date)
{
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* The day a job counts from: its date posted, else the day its file last
 * changed. */
static char *
dup_posting_date (JdDocument *document,
                  GFile      *file)
{
  char *day = dup_day (jd_document_get_date_posted (document));
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;

  if (day != NULL)
    return day;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    modified = g_file_info_get_modification_date_time (info);
  if (modified == NULL)
    modified = g_date_time_new_now_utc ();

  return g_date_time_format (modified, "%Y-%m-%d");
}

/* The completeness errors of the review, as one line, or %NULL. */
static char *
dup_completeness_errors (JdDocument *document)
{
  g_autoptr(JdReview) review = jd_review_new (document, NULL);
  GListModel *findings = jd_review_get_findings (review);
  g_autoptr(GString) messages = g_string_new (NULL);
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(JdFinding) finding = g_list_model_get_item (findings, i);
      const char *message = jd_finding_get_message (finding);
      gsize len = strlen (message);

      if (jd_finding_get_severity (finding) != JD_SEVERITY_ERROR ||
          jd_finding_get_category (finding) != JD_REVIEW_CATEGORY_COMPLETENESS)
        continue;

      if (messages->len > 0)
        g_string_append (messages, "; ");
      /* The messages are sentences; in one line they are parts of one. */
      g_string_append_len (messages, message, len > 0 && message[len - 1] == '.' ? len - 1 : len);
    }

  if (messages->len == 0)
    return NULL;

  return g_strdup (messages->str);
}

static char *
dup_category (JdLibrary    *library,
              JdDocument   *document,
              JdExportView *view)
{
  const char *template_id = jd_document_get_template_id (document);
  const char *department = jd_document_get_department (document);
  JdTemplate *template = NULL;
  JdCategory *category = NULL;

  if (library != NULL && template_id != NULL && template_id[0] != '\0')
    template = jd_library_lookup (library, template_id);
  if (template != NULL)
    category = jd_library_lookup_category (library, jd_template_get_category_id (template));
  if (category != NULL)
    return g_strdup (jd_category_get_name (category, view->lang));

  if (department != NULL && department[0] != '\0')
    return g_strdup (department);

  return NULL;
}

/* The folder of a language: the document's tag when it is one, which
 * every tag the reader accepts is; else the language of the terms. */
static char *
dup_folder_tag (JdExportView *view)
{
  for (const char *p = view->tag; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return g_strdup (view->lang);

  if (view->tag[0] == '\0')
    return g_strdup (view->lang);

  return g_strdup (view->tag);
}

typedef struct
{
  JdPublishProgressFunc func;
  gpointer              user_data;
  /* What was done before the step at work, and in it */
  guint                 before;
  guint                 done;
  guint                 total;
} Progress;

/* @n_done steps of the work at hand are done. */
static void
progress_update (Progress *progress,
                 guint     n_done)
{
  progress->done = progress->before + n_done;
  if (progress->func != NULL && progress->total > 0)
    progress->func (MIN (1.0, (double)progress->done / progress->total), progress->user_data);
}

/* What reading a document gave: a posting, or why it was left out;
 * and a warning. */
typedef struct
{
  JdPublishPosting *posting;
  JdPublishLeftOut *left_out;
  char             *warning;
} Read;

static JdPublishLeftOut *
left_out_new (const char      *file,
              JdPublishReason  reason,
              char            *message)
{
  JdPublishLeftOut *left_out = g_new0 (JdPublishLeftOut, 1);

  left_out->file = g_strdup (file);
  left_out->reason = reason;
  left_out->message = message;
  return left_out;
}

/* Reads, checks and reviews one document into @read; in any thread, so
 * it does not look into the library, whose caches are filled as they
 * are read. */
static void
read_posting (JdTerms                *terms,
              Source                 *source,
              const JdPublishOptions *options,
              const char             *today,
              Read                   *read,
              GCancellable           *cancellable)
{
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JdExportView) view = NULL;
  g_autofree char *through = NULL;
  g_autofree char *incomplete = NULL;
  JdPublishPosting *posting;
  guint line = 0;

  document = jd_document_load (source->file, cancellable, &line, &error);
  if (document == NULL)
    {
      read->left_out = left_out_new (source->name, JD_PUBLISH_LEFT_OUT_UNREADABLE,
                                     line > 0
                                     /* Translators: why a file is not published: the
                                      * line of the file, then what is wrong there. */
                                     ? g_strdup_printf (_("line %u: %s"), line, error->message)
                                     : g_strdup (error->message));
      return;
    }

  through = dup_day (jd_document_get_valid_through (document));
  if (through != NULL && strcmp (through, today) < 0)
    {
      read->left_out = left_out_new (source->name, JD_PUBLISH_LEFT_OUT_EXPIRED,
                                     /* Translators: why a job is not published; %s is
                                      * the date it closed, as 2026-11-30. */
                                     g_strdup_printf (_("applications closed on %s"), through));
      return;
    }

  view = _jd_export_view_new (document, terms, JD_EXPORT_VIEW_NONE, &error);
  if (view == NULL)
    {
      read->left_out = left_out_new (source->name, JD_PUBLISH_LEFT_OUT_UNSAFE, g_strdup (error->message));
      return;
    }

  incomplete = dup_completeness_errors (document);
  if (incomplete != NULL && !(options->flags & JD_PUBLISH_INCLUDE_INCOMPLETE))
    {
      read->left_out = left_out_new (source->name, JD_PUBLISH_LEFT_OUT_INCOMPLETE, g_steal_pointer (&incomplete));
      return;
    }
  if (incomplete != NULL)
    read->warning =
      /* Translators: the first %s is a file, the second what the review
       * says is missing. */
      g_strdup_printf (_("%s: published although incomplete: %s"), source->name, incomplete);

  posting = g_new0 (JdPublishPosting, 1);
  posting->file = g_strdup (source->name);
  posting->tag = dup_folder_tag (view);
  posting->date = dup_posting_date (document, source->file);
  posting->view = g_steal_pointer (&view);
  posting->document = g_steal_pointer (&document);
  read->posting = posting;
}

typedef struct
{
  JdTerms                *terms;
  GPtrArray              *files;
  const JdPublishOptions *options;
  const char             *today;
  Read                   *reads;
  Progress               *progress;
} Reading;

static gboolean
read_one (guint          index,
          gpointer       user_data,
          GCancellable  *cancellable,
          GError       **error)
{
  Reading *reading = user_data;

  read_posting (reading->terms, g_ptr_array_index (reading->files, index), reading->options,
                reading->today, &reading->reads[index], cancellable);
  return TRUE;
}

static void
read_progress (guint    n_done,
               gpointer user_data)
{
  Reading *reading = user_data;

  progress_update (reading->progress, n_done);
}

/* Translations of one job share a reference number or, without one, a
 * template and a company. */
static char *
dup_job_key (JdPublishPosting *posting)
{
  JdDocument *document = posting->document;
  const char *reference = jd_document_get_reference (document);
  const char *template_id = jd_document_get_template_id (document);
  const char *company = jd_document_get_company_name (document);

  if (!_jd_is_blank (reference))
    return g_strconcat ("reference:", reference, NULL);

  if (!_jd_is_blank (template_id))
    return g_strconcat ("template:", template_id, "\n", company != NULL ? company : "", NULL);

  return g_strconcat ("file:", posting->file, NULL);
}

static char *
dup_job_slug (JdPublishPosting *posting)
{
  JdDocument *document = posting->document;
  const char *reference = jd_document_get_reference (document);
  const char *template_id = jd_document_get_template_id (document);
  const char *company = jd_document_get_company_name (document);
  g_autofree char *basename = g_path_get_basename (posting->file);
  g_autofree char *text = NULL;
  g_autofree char *slug = NULL;

  if (g_str_has_suffix (basename, ".jobdesc"))
    basename[strlen (basename) - strlen (".jobdesc")] = '\0';

  if (!_jd_is_blank (reference))
    text = g_strdup (reference);
  else if (!_jd_is_blank (template_id) && !_jd_is_blank (company))
    text = g_strdup_printf ("%s %s", template_id, company);
  else if (!_jd_is_blank (template_id))
    text = g_strdup (template_id);
  else
    text = g_strdup (basename);

  slug = _jd_publish_slugify (text);
  if (slug[0] == '\0')
    {
      g_free (slug);
      slug = _jd_publish_slugify (basename);
    }
  if (slug[0] == '\0')
    return g_strdup ("job");

  return g_steal_pointer (&slug);
}

/* Newest first, then by title, then by file: the same folder gives the
 * same site. */
static int
compare_postings (gconstpointer a,
                  gconstpointer b)
{
  const JdPublishPosting *pa = *(const JdPublishPosting * const *)a;
  const JdPublishPosting *pb = *(const JdPublishPosting * const *)b;
  int cmp = strcmp (pb->date, pa->date);

  if (cmp == 0)
    cmp = g_utf8_collate (pa->view->heading, pb->view->heading);
  if (cmp == 0)
    cmp = strcmp (pa->file, pb->file);

  return cmp;
}

/* The languages of the site in the order of the library's, then the
 * others. */
static void
collect_languages (JdPublishSite *site)
{
  const char * const *known = jd_terms_get_languages ();

  for (guint k = 0; known[k] != NULL; k++)
    for (guint i = 0; i < site->postings->len; i++)
      {
        JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

        if (g_str_equal (posting->view->lang, known[k]) &&
            !g_ptr_array_find_with_equal_func (site->languages, posting->tag, g_str_equal, NULL))
          g_ptr_array_add (site->languages, g_strdup (posting->tag));
      }

  for (guint i = 0; i < site->postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

      if (!g_ptr_array_find_with_equal_func (site->languages, posting->tag, g_str_equal, NULL))
        g_ptr_array_add (site->languages, g_strdup (posting->tag));
    }
}

/* Groups the postings into jobs, each language once, and gives each job
 * its page name. */
static void
group_jobs (JdPublishSite   *site,
            JdPublishReport *report)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < site->postings->len;)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);
      g_autofree char *key = dup_job_key (posting);
      JdPublishJob *job = g_hash_table_lookup (by_key, key);
      JdPublishPosting *same = NULL;

      if (job == NULL)
        {
          job = g_new0 (JdPublishJob, 1);
          job->key = g_steal_pointer (&key);
          job->postings = g_ptr_array_new ();
          g_ptr_array_add (site->jobs, job);
          g_hash_table_insert (by_key, job->key, job);
        }

      for (guint j = 0; j < job->postings->len && same == NULL; j++)
        if (g_str_equal (((JdPublishPosting *)g_ptr_array_index (job->postings, j))->tag, posting->tag))
          same = g_ptr_array_index (job->postings, j);

      if (same != NULL)
        {
          g_ptr_array_add (report->left_out,
                           left_out_new (posting->file, JD_PUBLISH_LEFT_OUT_DUPLICATE,
                                         /* Translators: why a file is not published: %s
                                          * is another file with the same job (the same
                                          * reference number) in the same language. */
                                         g_strdup_printf (_("the same job in the same language as %s"),
                                                          same->file)));
          g_ptr_array_remove_index (site->postings, i);
          continue;
        }

      posting->job = job;
      g_ptr_array_add (job->postings, posting);
      i++;
    }

  for (guint i = 0; i < site->jobs->len; i++)
    {
      JdPublishJob *job = g_ptr_array_index (site->jobs, i);
      g_autofree char *base = dup_job_slug (g_ptr_array_index (job->postings, 0));
      char *slug = g_strdup (base);

      for (guint n = 2; g_hash_table_contains (slugs, slug); n++)
        {
          g_free (slug);
          slug = g_strdup_printf ("%s-%u", base, n);
        }
      g_hash_table_add (slugs, slug);
      job->slug = g_strdup (slug);

      for (guint j = 0; j < job->postings->len; j++)
        {
          JdPublishPosting *posting = g_ptr_array_index (job->postings, j);

          posting->path = g_strdup_printf ("%s/jobs/%s.html", posting->tag, job->slug);
        }
    }
}

typedef struct
{
  JdPublishSite *site;
  GBytes       **pages;
} Pages;

static gboolean
make_job_page (guint          index,
               gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  Pages *pages = user_data;
  JdPublishSite *site = pages->site;
  JdPublishPosting *posting = g_ptr_array_index (site->postings, index);
  g_autoptr(GPtrArray) hrefs = _jd_publish_alternates (site, posting, site->base_url != NULL);
  g_autofree JdExportHtmlAlternate *alternates = g_new0 (JdExportHtmlAlternate, hrefs->len / 2);
  g_autofree char *canonical = site->base_url != NULL ? _jd_publish_url (site, posting->path)
                                                      : g_path_get_basename (posting->path);
  g_autofree char *stylesheet = _jd_publish_href (posting->path, "style.css");
  g_autofree char *site_name = _jd_publish_site_title (site, posting->view->lang);
  JdExportHtmlPage page = { 0, };

  for (guint j = 0; j < hrefs->len / 2; j++)
    {
      alternates[j].lang = g_ptr_array_index (hrefs, 2 * j);
      alternates[j].href = g_ptr_array_index (hrefs, 2 * j + 1);
    }

  page.canonical_url = canonical;
  page.stylesheet_href = stylesheet;
  page.alternates = hrefs->len > 2 ? alternates : NULL;
  page.n_alternates = hrefs->len > 2 ? hrefs->len / 2 : 0;
  page.open_graph = TRUE;
  page.site_name = site_name;
  page.home_href = "../index.html";
  page.home_text = jd_terms_get (site->terms, "site-all-jobs", posting->view->lang);

  pages->pages[index] = jd_export_html_page (posting->document, site->terms, &page, NULL, error);
  if (site->base_url != NULL)
    posting->sections_html = _jd_export_html_sections (posting->view);

  return pages->pages[index] != NULL;
}

/* The page of every posting, made in @n_threads threads: each reads the
 * site and its own posting only. */
static gboolean
add_job_pages (JdPublishSite  *site,
               guint           n_threads,
               GCancellable   *cancellable,
               GError        **error)
{
  guint n = site->postings->len;
  g_autofree GBytes **made = g_new0 (GBytes *, n);
  Pages pages = { site, made };
  gboolean ok;

  ok = _jd_parallel_for (n, n_threads, make_job_page, NULL, &pages, cancellable, error);

  for (guint i = 0; i < n; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site->postings, i);

      if (ok)
        _jd_publish_add_file (site, posting->path, made[i]);
      else
        g_clear_pointer (&made[i], g_bytes_unref);
    }

  return ok;
}

/* A path of the manifest that Jobscribe could have written: relative,
 * inside the folder. A hand-edited manifest names nothing outside it. */
static gboolean
is_site_path (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path[0] == '\0' || path[0] == '/' || strchr (path, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return FALSE;

  return TRUE;
}

/* @owned: (out): the files the manifest of @site lists, or %NULL when
 * there is none */
static gboolean
read_manifest (GFile         *site,
               GHashTable   **owned,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFile) file = g_file_get_child (site, JD_PUBLISH_MANIFEST);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  *owned = NULL;
  if (!g_file_load_contents (file, cancellable, &contents, NULL, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *owned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '#' && is_site_path (lines[i]))
      g_hash_table_add (*owned, g_strdup (lines[i]));

  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static gboolean
write_manifest (GFile         *site,
                GHashTable    *files,
                GHashTable    *also,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFile) file = g_file_get_child (site, JD_PUBLISH_MANIFEST);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (manifest_header);
  g_autoptr(GBytes) bytes = NULL;
  GHashTableIter iter;
  gpointer path;

  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    g_ptr_array_add (paths, path);
  if (also != NULL)
    {
      g_hash_table_iter_init (&iter, also);
      while (g_hash_table_iter_next (&iter, &path, NULL))
        if (!g_hash_table_contains (files, path))
          g_ptr_array_add (paths, path);
    }
  g_ptr_array_sort (paths, compare_paths);

  for (guint i = 0; i < paths->len; i++)
    g_string_append_printf (text, "%s\n", (const char *)g_ptr_array_index (paths, i));

  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  return jd_write_file_atomically (file, bytes, NULL, cancellable, error);
}

/* Removes the folders a deleted file leaves empty, up to the site. */
static void
remove_empty_parents (GFile *site,
                      GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  while (parent != NULL && !g_file_equal (parent, site) && g_file_has_prefix (parent, site))
    {
      g_autoptr(GFile) next = NULL;

      if (!g_file_delete (parent, NULL, NULL))
        break;
      next = g_file_get_parent (parent);
      g_set_object (&parent, next);
    }
}

typedef struct
{
  JdPublishSite   *site;
  GFile           *dir;
  GPtrArray       *paths;
  Progress        *progress;
} Writing;

static gboolean
write_one (guint          index,
           gpointer       user_data,
           GCancellable  *cancellable,
           GError       **error)
{
  Writing *writing = user_data;
  const char *relative = g_ptr_array_index (writing->paths, index);
  g_autoptr(GFile) file = g_file_resolve_relative_path (writing->dir, relative);

  return _jd_write_file_in_batch (file, g_hash_table_lookup (writing->site->files, relative),
                                  cancellable, error);
}

static void
write_progress (guint    n_done,
                gpointer user_data)
{
  Writing *writing = user_data;

  progress_update (writing->progress, n_done);
}

/* Writes the files of @site in @n_threads threads. Each file is made,
 * synced and renamed over the one before, mostly the kernel's work,
 * which threads share out; the renames are made to last by syncing each
 * folder once at the end rather than once per file. */
static gboolean
write_site (JdPublishSite    *site,
            GFile            *dir,
            guint             n_threads,
            JdPublishReport  *report,
            Progress         *progress,
            GCancellable     *cancellable,
            GError          **error)
{
  g_autoptr(GHashTable) owned = NULL;
  g_autoptr(GHashTable) folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  Writing writing;
  gboolean written;
  g_autoptr(GError) local_error = NULL;
  GHashTableIter iter;
  gpointer path;

  if (!g_file_make_directory_with_parents (dir, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!read_manifest (dir, &owned, cancellable, error))
    return FALSE;

  g_hash_table_iter_init (&iter, site->files);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    g_ptr_array_add (paths, path);
  g_ptr_array_sort (paths, compare_paths);

  /* Nothing is written while a file in the way is someone else's. */
  for (guint i = 0; i < paths->len; i++)
    {
      const char *relative = g_ptr_array_index (paths, i);
      g_autoptr(GFile) file = g_file_resolve_relative_path (dir, relative);

      if ((owned == NULL || !g_hash_table_contains (owned, relative)) &&
          g_file_query_exists (file, cancellable))
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_set_error (error, JD_PUBLISH_ERROR, JD_PUBLISH_ERROR_NOT_OWNED,
                       /* Translators: %s is a file in the folder of the site. */
                       _("“%s” is in the way and was not written by Jobscribe: move it elsewhere or publish into another folder"),
                       name);
          return FALSE;
        }
    }

  /* The manifest names what is about to be written before it is, so that
   * an interrupted publication leaves no file Jobscribe does not own. */
  if (!write_manifest (dir, site->files, owned, cancellable, error))
    return FALSE;

  /* The folders first, in order, so that no two threads make one. */
  for (guint i = 0; i < paths->len; i++)
    {
      const char *relative = g_ptr_array_index (paths, i);
      const char *slash = strrchr (relative, '/');
      g_autofree char *folder = slash != NULL ? g_strndup (relative, (gsize)(slash - relative)) : NULL;
      g_autoptr(GFile) parent = NULL;

      if (folder == NULL || g_hash_table_contains (folders, folder))
        continue;

      parent = g_file_resolve_relative_path (dir, folder);
      g_clear_error (&local_error);
      if (!g_file_make_directory_with_parents (parent, cancellable, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_hash_table_add (folders, g_steal_pointer (&folder));
    }

  writing.site = site;
  writing.dir = dir;
  writing.paths = paths;
  writing.progress = progress;
  written = _jd_parallel_for (paths->len, n_threads, write_one, write_progress, &writing, cancellable, error);

  /* Each folder's renames made to last once, not once per file. */
  _jd_sync_folder (dir);
  g_hash_table_iter_init (&iter, folders);
  while (g_hash_table_iter_next (&iter, &path, NULL))
    {
      g_autoptr(GFile) folder = g_file_resolve_relative_path (dir, path);

      _jd_sync_folder (folder);
    }

  if (!written)
    return FALSE;
  report->n_written = paths->len;

  if (owned != NULL)
    {
      g_autoptr(GPtrArray) stale = g_ptr_array_new ();

      g_hash_table_iter_init (&iter, owned);
      while (g_hash_table_iter_next (&iter, &path, NULL))
        if (!g_hash_table_contains (site->files, path))
          g_ptr_array_add (stale, path);
      g_ptr_array_sort (stale, compare_paths);

      for (guint i = 0; i < stale->len; i++)
        {
          const char *relative = g_ptr_array_index (stale, i);
          g_autoptr(GFile) file = g_file_resolve_relative_path (dir, relative);

          g_clear_error (&local_error);
          if (g_file_delete (file, cancellable, &local_error))
            {
              g_ptr_array_add (report->removed, g_strdup (relative));
              remove_empty_parents (dir, file);
            }
          else if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            g_ptr_array_add (report->warnings, g_strdup (local_error->message));
        }
    }

  return write_manifest (dir, site->files, NULL, cancellable, error);
}

static void
site_clear (JdPublishSite *site)
{
  g_clear_object (&site->terms);
  g_clear_pointer (&site->base_url, g_free);
  g_clear_pointer (&site->title, g_free);
  g_clear_pointer (&site->jobs, g_ptr_array_unref);
  g_clear_pointer (&site->postings, g_ptr_array_unref);
  g_clear_pointer (&site->languages, g_ptr_array_unref);
  g_clear_pointer (&site->files, g_hash_table_unref);
}

/**
 * jd_publish:
 * @library: the library, for its terms and the categories of templates
 * @sources: (element-type GFile): .jobdesc files and folders of them
 *   (read with their subfolders)
 * @site: the folder of the site; made if it does not exist
 * @options: the base URL, the title, the flags
 * @progress: (nullable) (scope call): called as the work goes on, from
 *   the calling thread
 *
 * Publishes the open jobs of @sources as a static site in @site: see the
 * README for what it holds. Documents that cannot be read, that are
 * expired, that have unsafe links, that duplicate another or, unless
 * %JD_PUBLISH_INCLUDE_INCOMPLETE, whose review has completeness errors
 * are left out and reported.
 *
 * Returns: (transfer full) (nullable): what was published and left out,
 *   or %NULL with @error set, and then nothing in @site changed unless
 *   writing a file failed
 */
JdPublishReport *
jd_publish (JdLibrary               *library,
            GPtrArray               *sources,
            GFile                   *site_dir,
            const JdPublishOptions  *options,
            JdPublishProgressFunc    progress_func,
            gpointer                 user_data,
            GCancellable            *cancellable,
            GError                 **error)
{
  g_autoptr(JdPublishReport) report = report_new ();
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *today = NULL;
  JdPublishSite site = { NULL, };
  Progress progress = { progress_func, user_data, 0, 0, 0 };
  Reading reading = { NULL, };
  gboolean read_ok;
  gboolean ok = FALSE;
  const char *company = NULL;

  g_return_val_if_fail (JD_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (site_dir), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  site.terms = g_object_ref (jd_library_get_terms (library));
  site.files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_bytes_unref);
  site.postings = g_ptr_array_new_with_free_func ((GDestroyNotify)posting_free);
  site.jobs = g_ptr_array_new_with_free_func ((GDestroyNotify)job_free);
  site.languages = g_ptr_array_new_with_free_func (g_free);
  if (options->title != NULL)
    {
      g_autofree char *title = g_strstrip (g_strdup (options->title));

      if (title[0] != '\0')
        site.title = g_steal_pointer (&title);
    }

  if (options->base_url != NULL && options->base_url[0] != '\0')
    {
      site.base_url = normalize_base_url (options->base_url, error);
      if (site.base_url == NULL)
        goto out;
    }
  else
    g_ptr_array_add (report->warnings,
                     g_strdup (_("Without a base URL there is no sitemap, no robots.txt and no feeds, and links "
                                 "between pages are relative")));

  if (options->today != NULL)
    today = g_strdup (options->today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
    }

  files = collect_sources (sources, site_dir, cancellable, error);
  if (files == NULL)
    goto out;

  /* Reading and reviewing weigh about as much as writing. */
  progress.total = files->len * 2;
  reading.terms = site.terms;
  reading.files = files;
  reading.options = options;
  reading.today = today;
  reading.reads = g_new0 (Read, files->len);
  reading.progress = &progress;
  read_ok = _jd_parallel_for (files->len, options->n_threads, read_one, read_progress, &reading, cancellable, error);

  /* In the order of the files, as if read one by one; what was read is
   * freed unused when the reading was cancelled. */
  for (guint i = 0; i < files->len; i++)
    {
      Read *read = &reading.reads[i];

      if (read_ok)
        {
          if (read->left_out != NULL)
            g_ptr_array_add (report->left_out, g_steal_pointer (&read->left_out));
          if (read->warning != NULL)
            g_ptr_array_add (report->warnings, g_steal_pointer (&read->warning));
          if (read->posting != NULL)
            {
              /* The library's caches are for one thread: the category is
               * looked up here. */
              read->posting->category = dup_category (library, read->posting->document, read->posting->view);
              g_ptr_array_add (site.postings, g_steal_pointer (&read->posting));
            }
        }
      g_clear_pointer (&read->left_out, left_out_free);
      g_clear_pointer (&read->warning, g_free);
      g_clear_pointer (&read->posting, posting_free);
    }
  g_free (reading.reads);
  if (!read_ok)
    goto out;

  group_jobs (&site, report);
  g_ptr_array_sort (site.postings, compare_postings);
  collect_languages (&site);

  site.one_company = site.postings->len > 0;
  for (guint i = 0; i < site.postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site.postings, i);
      const char *name = jd_document_get_company_name (posting->document);

      if (name == NULL || name[0] == '\0' || (company != NULL && !g_str_equal (company, name)))
        site.one_company = FALSE;
      company = name;
    }

  if (!add_job_pages (&site, options->n_threads, cancellable, error))
    goto out;

  _jd_publish_add_lists (&site);

  if (site.base_url != NULL && !_jd_publish_add_feeds (&site, options->n_threads, cancellable, error))
    goto out;

  progress.before = progress.done;
  progress.total = progress.done + g_hash_table_size (site.files);
  if (!write_site (&site, site_dir, options->n_threads, report, &progress, cancellable, error))
    goto out;

  for (guint i = 0; i < site.postings->len; i++)
    {
      JdPublishPosting *posting = g_ptr_array_index (site.postings, i);
      JdPublishPage *page = g_new0 (JdPublishPage, 1);

      page->file = g_strdup (posting->file);
      page->title = g_strdup (posting->view->heading);
      page->lang = g_strdup (posting->tag);
      page->path = g_strdup (posting->path);
      g_ptr_array_add (report->pages, page);
    }
  ok = TRUE;

out:
  site_clear (&site);
  return ok ? g_steal_pointer (&report) : NULL;
}

typedef struct
{
  JdLibrary             *library;
  GPtrArray             *sources;
  GFile                 *site;
  char                  *base_url;
  char                  *title;
  char                  *today;
  JdPublishFlags         flags;
  guint                  n_threads;
  JdPublishProgressFunc  progress;
  gpointer               user_data;
} PublishData;

static void
publish_data_free (PublishData *data)
{
  g_object_unref (data->library);
  g_ptr_array_unref (data->sources);
  g_object_unref (data->site);
  g_free (data->base_url);
  g_free (data->title);
  g_free (data->today);
  g_free (data);
}

static void
publish_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PublishData *data = task_data;
  JdPublishOptions options = { data->base_url, data->title, data->flags, data->today, data->n_threads };
  GError *error = NULL;
  JdPublishReport *report;

  report = jd_publish (data->library, data->sources, data->site, &options,
                       data->progress, data->user_data, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify)jd_publish_report_free);
}

/**
 * jd_publish_async:
 * @progress: (nullable): called from the thread that publishes, never
 *   after @callback
 *
 * jd_publish() in a thread of its own. @library must stay unchanged
 * meanwhile; it is only read.
 */
void
jd_publish_async (JdLibrary               *library,
                  GPtrArray               *sources,
                  GFile                   *site,
                  const JdPublishOptions  *options,
                  JdPublishProgressFunc    progress,
                  gpointer                 user_data,
                  GCancellable            *cancellable,
                  GAsyncReadyCallback      callback,
                  gpointer                 callback_data)
{
  g_autoptr(GTask) task = NULL;
  PublishData *data;

  g_return_if_fail (JD_IS_LIBRARY (library));
  g_return_if_fail (sources != NULL);
  g_return_if_fail (G_IS_FILE (site));
  g_return_if_fail (options != NULL);

  data = g_new0 (PublishData, 1);
  data->library = g_object_ref (library);
  data->sources = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < sources->len; i++)
    g_ptr_array_add (data->sources, g_object_ref (g_ptr_array_index (sources, i)));
  data->site = g_object_ref (site);
  data->base_url = g_strdup (options->base_url);
  data->title = g_strdup (options->title);
  data->today = g_strdup (options->today);
  data->flags = options->flags;
  data->n_threads = options->n_threads;
  data->progress = progress;
  data->user_data = user_data;

  task = g_task_new (NULL, cancellable, callback, callback_data);
  g_task_set_source_tag (task, jd_publish_async);
  g_task_set_task_data (task, data, (GDestroyNotify)publish_data_free);
  _jd_task_run_in_worker (task, publish_thread);
}

JdPublishReport *
jd_publish_finish (GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
