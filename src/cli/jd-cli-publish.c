/* jd-cli-publish.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "jd-cli-private.h"
#include "jd-publish.h"

/* jobscribe publish DIR|FILE… -o SITE [--base-url URL] [--title TEXT]
 *   [--include-incomplete]
 *
 * Each page written goes to the standard output, each document left out
 * and each warning to stderr, one line each, then a summary. The exit
 * status is 0 when the site was written (documents left out or not), 1
 * when it could not be, 2 when the command line is wrong. */

int
_jd_cli_publish (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(JdPublishReport) report = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) site = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *base_url = NULL;
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *left = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GHashTable) languages = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean include_incomplete = FALSE;
  JdPublishOptions options = { NULL, };
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The folder of the site (made if needed)"), N_("SITE") },
    { "base-url", 'b', 0, G_OPTION_ARG_STRING, &base_url,
      N_("The address the site will have, for the sitemap, the feeds and canonical links"), N_("URL") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title,
      N_("The name of the site (default: the company, when every job has the same)"), N_("TEXT") },
    { "include-incomplete", 0, 0, G_OPTION_ARG_NONE, &include_incomplete,
      N_("Publish documents that the review finds incomplete too"), NULL },
    /* The day jobs are checked against, for tests and scripts. */
    { "today", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &today, NULL, NULL },
    { NULL }
  };

  /* Translators: the argument part of "jobscribe publish --help". */
  context = g_option_context_new (_("DIR|FILE…"));
  if (!_jd_cli_parse_options (context,
                              _("Publish job descriptions as a static careers site: a page per job and language, "
                                "lists to filter, a sitemap, Atom feeds and an XML job feed for job boards.\n"
                                "Folders are read with their subfolders; expired and incomplete jobs are left out."),
                              entries, &argc, &argv))
    return 2;

  if (argc < 2 || output == NULL)
    {
      _jd_cli_error ("%s", _("publish needs at least one folder or file and -o SITE"));
      return 2;
    }

  library = _jd_cli_load_library ();
  if (library == NULL)
    return 1;

  for (int i = 1; i < argc; i++)
    g_ptr_array_add (sources, g_file_new_for_commandline_arg (argv[i]));
  site = g_file_new_for_commandline_arg (output);

  options.base_url = base_url;
  options.title = title;
  options.flags = include_incomplete ? JD_PUBLISH_INCLUDE_INCOMPLETE : JD_PUBLISH_NONE;
  options.today = today;

  report = jd_publish (library, sources, site, &options, NULL, NULL, NULL, &error);
  if (report == NULL)
    {
      _jd_cli_error ("%s", error->message);
      return 1;
    }

  for (guint i = 0; i < report->pages->len; i++)
    {
      JdPublishPage *page = g_ptr_array_index (report->pages, i);

      g_hash_table_add (languages, page->lang);
      /* Translators: a line of “jobscribe publish”: the page written, then
       * the file it was made of. */
      printf (_("%s (from %s)\n"), page->path, page->file);
    }

  for (guint i = 0; i < report->left_out->len; i++)
    {
      JdPublishLeftOut *left_out = g_ptr_array_index (report->left_out, i);

      /* Translators: a line of “jobscribe publish”: a file, why it was left
       * out in a word or two (such as “expired”), then the details. */
      _jd_cli_error (_("%s: left out (%s): %s"), left_out->file, jd_publish_reason_get_label (left_out->reason), left_out->message);
    }

  for (guint i = 0; i < report->warnings->len; i++)
    /* Translators: a warning of “jobscribe publish”. */
    _jd_cli_error (_("warning: %s"), (const char *)g_ptr_array_index (report->warnings, i));

  for (guint i = 0; i < report->removed->len; i++)
    /* Translators: a line of “jobscribe publish”: a file of an earlier
     * publication deleted, as the job is no longer published. */
    _jd_cli_error (_("removed %s"), (const char *)g_ptr_array_index (report->removed, i));

  /* Translators: part of the last line of “jobscribe publish”. */
  pages = g_strdup_printf (ngettext ("%u page of a job", "%u pages of jobs", report->pages->len),
                           report->pages->len);
  /* Translators: part of the last line of “jobscribe publish”. */
  left = g_strdup_printf (ngettext ("%u document left out", "%u documents left out", report->left_out->len),
                          report->left_out->len);
  where = g_file_get_parse_name (site);

  /* Translators: the last line of “jobscribe publish”: the pages (“3
   * pages of jobs”), the number of languages, the site folder, then the
   * documents left out (“1 document left out”). */
  _jd_cli_error (ngettext ("published %s in %u language to %s; %s",
                           "published %s in %u languages to %s; %s",
                           g_hash_table_size (languages)),
                 pages, g_hash_table_size (languages), where, left);

  return 0;
}
