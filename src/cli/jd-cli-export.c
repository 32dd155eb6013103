/* jd-cli-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib-unix.h>

#include "jd-cli-private.h"
#include "jd-document-io.h"
#include "jd-export.h"
#include "jd-find.h"
#include "jd-util-private.h"
#include "jd-worker-private.h"

/* jobscribe export FILE.jobdesc…|--template ID [--lang LL] --format FORMAT
 *                  (-o OUT | --output-dir DIR) [--paper a4|letter]
 *
 * One output per input. Warnings (placeholders not filled in, blocks
 * still to translate, what search engines would miss) go to stderr and do
 * not fail the export; an error is one line on stderr and exit status 1,
 * after the other inputs were still exported. */

typedef struct
{
  JdTerms        *terms;
  JdExportFormat  format;
  JdPaperSize     paper;
} ExportJob;

static char *
format_list (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < JD_EXPORT_N_FORMATS; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, jd_export_format_to_string ((JdExportFormat)i));
    }

  return g_string_free (list, FALSE);
}

static void
append_warnings (GString    *report,
                 const char *name,
                 GPtrArray  *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    /* Translators: the first placeholder is a file name or template id,
     * the second a warning about it. */
    g_string_append_printf (report, _("%s: warning: %s\n"), name, (const char *)g_ptr_array_index (warnings, i));
}

/* A document with placeholders is seldom ready to publish. */
static void
warn_about_placeholders (JdDocument *document,
                         GPtrArray  *warnings)
{
  g_autoptr(GArray) placeholders = jd_document_find_placeholders (document);
  const JdTextRange *first;
  const char *text;
  const char *from;
  g_autofree char *example = NULL;
  guint n = placeholders->len;

  if (n == 0)
    return;

  first = &g_array_index (placeholders, JdTextRange, 0);
  text = jd_document_get_range_text (document, first);
  from = g_utf8_offset_to_pointer (text, first->start);
  example = g_strndup (from, g_utf8_offset_to_pointer (text, first->end) - from);

  g_ptr_array_add (warnings,
                   /* Translators: a warning of “jobscribe export”; the first
                    * placeholder is a number, the second the first
                    * placeholder of the document, such as “[Store Manager]”. */
                   g_strdup_printf (ngettext ("%u placeholder is not filled in: %s",
                                              "%u placeholders are not filled in, the first: %s",
                                              n),
                                    n, example));
}

/* Nor is one with blocks the user wrote in another language, which
 * "Translate Document" marked. */
static void
warn_about_untranslated (JdDocument *document,
                         GPtrArray  *warnings)
{
  g_autoptr(GArray) untranslated = jd_document_find_untranslated (document);
  const JdTextRange *first;
  guint n = untranslated->len;

  if (n == 0)
    return;

  first = &g_array_index (untranslated, JdTextRange, 0);
  g_ptr_array_add (warnings,
                   /* Translators: a warning of “jobscribe export”; the first
                    * placeholder is a number of paragraphs and bullets that
                    * “Translate Document” marked as still to translate, the
                    * second the number of the section the first of them is in. */
                   g_strdup_printf (ngettext ("%u block still needs translating, in section %d",
                                              "%u blocks still need translating, the first in section %d",
                                              n),
                                    n, first->section + 1));
}

/* Exports @document to @output; what there is to say about it goes to
 * @report, to be printed on stderr. */
static gboolean
export_document (ExportJob  *job,
                 JdDocument *document,
                 const char *name,
                 const char *output,
                 GString    *report)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  warn_about_placeholders (document, warnings);
  warn_about_untranslated (document, warnings);
  bytes = jd_export_to_bytes (document, job->terms, job->format, job->paper, warnings, &error);
  append_warnings (report, name, warnings);

  if (bytes == NULL || !_jd_cli_write_output (output, bytes, &error))
    {
      _jd_cli_append_error (report, "%s: %s", name, error->message);
      return FALSE;
    }

  return TRUE;
}

static JdTerms *
load_terms (void)
{
  g_autoptr(JdTerms) terms = jd_terms_new (NULL);
  g_autoptr(GError) error = NULL;

  if (!jd_terms_load (terms, &error))
    {
      _jd_cli_error ("%s", error->message);
      return NULL;
    }

  return g_steal_pointer (&terms);
}

/* "jobs/sales.jobdesc" in "out" as HTML is "out/sales.html". */
static char *
output_path_in (const char     *dir,
                const char     *input,
                JdExportFormat  format)
{
  g_autofree char *base = g_path_get_basename (input);
  g_autofree char *name = NULL;

  if (g_str_has_suffix (base, ".jobdesc"))
    base[strlen (base) - strlen (".jobdesc")] = '\0';
  name = g_strconcat (base, ".", jd_export_format_get_extension (format), NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
export_file (ExportJob  *job,
             const char *input,
             const char *output,
             const char *output_dir,
             GString    *report)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (input);
  g_autoptr(JdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint line = 0;

  document = jd_document_load (file, NULL, &line, &error);
  if (document == NULL)
    {
      g_autofree char *message = jd_error_format_for_file (input, line, error);

      g_string_append_printf (report, "%s\n", message);
      return FALSE;
    }

  path = output != NULL ? g_strdup (output) : output_path_in (output_dir, input, job->format);
  return export_document (job, document, input, path, report);
}

/* Many files are exported by a worker per core, each taking the next
 * file; what each export has to say is printed in the order of the files
 * once all are done, as one worker would have printed it.
 *
 * The workers are processes: this one and a copy of the program per
 * further core (`jobscribe export --batch-worker` with the same options
 * and files). Threads were measured first: two threads exported 1.5 times
 * as fast as one, two processes 1.9 times (bench/README.md), the threads
 * losing a quarter of their time to what the threads of one process
 * share (waits in cairo; fonts of their own per thread did not help).
 * The files are numbered in a pipe that every worker reads, four bytes a
 * number, so the next free worker takes the next file; a copy writes
 * back, per file, its number, whether it failed and what it had to say.
 * A file whose copy died before answering is exported here. */

typedef struct
{
  guint32 index;
  guint32 failed;
  guint32 length;
} WorkerRecord;

/* Returns: whether a file number was read; FALSE once there are no more */
static gboolean
read_index (int      fd,
            guint32 *index)
{
  gssize got;

  do
    got = read (fd, index, sizeof *index);
  while (got < 0 && errno == EINTR);

  return got == (gssize)sizeof *index;
}

/* `jobscribe export --batch-worker`: files by their numbers on stdin,
 * records on stdout. */
static gboolean
run_batch_worker (ExportJob   *job,
                  char       **inputs,
                  guint        n,
                  const char  *output_dir)
{
  guint32 index;
  int errsv;

  while (read_index (STDIN_FILENO, &index))
    {
      g_autoptr(GString) report = g_string_new (NULL);
      WorkerRecord record = { index, 0, 0 };

      if (index >= n)
        return FALSE;
      record.failed = !export_file (job, inputs[index], NULL, output_dir, report);
      record.length = (guint32)report->len;
      if (!_jd_write_all (STDOUT_FILENO, &record, sizeof record, NULL, &errsv) ||
          !_jd_write_all (STDOUT_FILENO, report->str, report->len, NULL, &errsv))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  int    fd;
  guint  n;
} Numbers;

static gpointer
write_numbers (gpointer data)
{
  Numbers *numbers = data;
  int errsv;

  /* One write per number: a pipe keeps writes of up to PIPE_BUF bytes
   * whole, so each reader gets whole numbers. */
  for (guint32 i = 0; i < numbers->n; i++)
    if (!_jd_write_all (numbers->fd, &i, sizeof i, NULL, &errsv))
      break;
  close (numbers->fd);

  return NULL;
}

typedef struct
{
  GSubprocess *process;
  GBytes      *out;
} Worker;

static gpointer
collect_worker (gpointer data)
{
  Worker *worker = data;

  g_subprocess_communicate (worker->process, NULL, NULL, &worker->out, NULL, NULL);
  return NULL;
}

/* Takes what a copy said about the files it exported. */
static void
read_worker_records (GBytes   *out,
                     guint     n,
                     GString **reports,
                     gboolean *failed,
                     gboolean *done)
{
  gsize size = 0;
  const char *data = out != NULL ? g_bytes_get_data (out, &size) : NULL;
  gsize at = 0;

  while (at + sizeof (WorkerRecord) <= size)
    {
      WorkerRecord record;

      memcpy (&record, data + at, sizeof record);
      at += sizeof record;
      if (record.index >= n || record.length > size - at)
        break;
      g_string_append_len (reports[record.index], data + at, record.length);
      failed[record.index] = record.failed != 0;
      done[record.index] = TRUE;
      at += record.length;
    }
}

static GSubprocess *
spawn_worker (char       **args,
              int          numbers_fd,
              GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  int fd = dup (numbers_fd);

  if (fd < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
      return NULL;
    }
  g_subprocess_launcher_take_stdin_fd (launcher, fd);

  return g_subprocess_launcher_spawnv (launcher, (const char * const *)args, error);
}

static gboolean
export_files (ExportJob   *job,
              char       **inputs,
              guint        n,
              const char  *output,
              const char  *output_dir,
              guint        n_workers,
              char       **worker_args)
{
  g_autoptr(GPtrArray) workers = g_ptr_array_new ();
  g_autoptr(GPtrArray) collectors = g_ptr_array_new ();
  g_autofree GString **reports = NULL;
  g_autofree gboolean *failed = NULL;
  g_autofree gboolean *done = NULL;
  GThread *writer;
  Numbers numbers;
  int fds[2];
  gboolean ok = TRUE;
  guint32 index;

  n_workers = MIN (n, n_workers);
  if (n_workers <= 1 || worker_args == NULL || !g_unix_open_pipe (fds, FD_CLOEXEC, NULL))
    {
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GString) report = g_string_new (NULL);

          if (!export_file (job, inputs[i], output, output_dir, report))
            ok = FALSE;
          fputs (report->str, stderr);
        }
      return ok;
    }

  reports = g_new (GString *, n);
  failed = g_new0 (gboolean, n);
  done = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    reports[i] = g_string_new (NULL);

  /* A copy that cannot start leaves its share to the others. */
  for (guint i = 1; i < n_workers; i++)
    {
      g_autoptr(GError) error = NULL;
      GSubprocess *process = spawn_worker (worker_args, fds[0], &error);
      Worker *worker;

      if (process == NULL)
        {
          g_debug ("no worker process: %s", error->message);
          break;
        }
      worker = g_new0 (Worker, 1);
      worker->process = process;
      g_ptr_array_add (workers, worker);
    }

  numbers = (Numbers) { fds[1], n };
  writer = g_thread_new ("jd-export-numbers", write_numbers, &numbers);
  for (guint i = 0; i < workers->len; i++)
    g_ptr_array_add (collectors, g_thread_new ("jd-export-collect", collect_worker,
                                               g_ptr_array_index (workers, i)));

  while (read_index (fds[0], &index))
    if (index < n)
      {
        failed[index] = !export_file (job, inputs[index], NULL, output_dir, reports[index]);
        done[index] = TRUE;
      }
  close (fds[0]);
  g_thread_join (writer);

  for (guint i = 0; i < workers->len; i++)
    {
      Worker *worker = g_ptr_array_index (workers, i);

      g_thread_join (g_ptr_array_index (collectors, i));
      read_worker_records (worker->out, n, reports, failed, done);
      g_clear_pointer (&worker->out, g_bytes_unref);
      g_clear_object (&worker->process);
      g_free (worker);
    }

  for (guint i = 0; i < n; i++)
    {
      if (!done[i])
        {
          g_debug ("%s: no worker answered for it, exported here", inputs[i]);
          failed[i] = !export_file (job, inputs[i], NULL, output_dir, reports[i]);
        }
      fputs (reports[i]->str, stderr);
      g_string_free (reports[i], TRUE);
      if (failed[i])
        ok = FALSE;
    }

  return ok;
}

/* The command line of a copy of this export that works on its share of
 * @inputs (run_batch_worker()). */
static char **
batch_worker_args (const ExportJob  *job,
                   char            **inputs,
                   guint             n,
                   const char       *output_dir)
{
  GPtrArray *args = g_ptr_array_new ();

  g_ptr_array_add (args, g_strdup ("/proc/self/exe"));
  g_ptr_array_add (args, g_strdup ("export"));
  g_ptr_array_add (args, g_strdup ("--batch-worker"));
  g_ptr_array_add (args, g_strdup ("--format"));
  g_ptr_array_add (args, g_strdup (jd_export_format_to_string (job->format)));
  g_ptr_array_add (args, g_strdup ("--paper"));
  g_ptr_array_add (args, g_strdup (job->paper == JD_PAPER_LETTER ? "letter" : "a4"));
  g_ptr_array_add (args, g_strdup ("--output-dir"));
  g_ptr_array_add (args, g_strdup (output_dir));
  /* A file named like an option stays a file. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (args, inputs[i][0] == '-' ? g_strconcat ("./", inputs[i], NULL) : g_strdup (inputs[i]));
  g_ptr_array_add (args, NULL);

  return (char **)g_ptr_array_free (args, FALSE);
}

int
_jd_cli_export (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JdLibrary) library = NULL;
  g_autoptr(JdTerms) terms = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *output_dir = NULL;
  g_autofree char *formats = format_list ();
  g_autofree char *format_help = NULL;
  g_auto(GStrv) worker_args = NULL;
  gboolean batch_worker = FALSE;
  int n_workers = 0;
  ExportJob job = { 0 };
  GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_id, N_("Export a template of the library instead of files"), N_("ID") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("The language of the template (en, de, el, es, fr, pt)"), N_("LL") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, NULL, N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write, or - for the standard output"), N_("FILE") },
    { "output-dir", 'd', 0, G_OPTION_ARG_FILENAME, &output_dir, N_("Write one file per input into this folder"), N_("DIR") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("The paper size of a PDF, DOCX or ODT: a4 or letter (default: the locale’s)"), N_("SIZE") },
    /* A copy of the export working on its share of a batch; how many
     * workers a batch has (default: one per core), for tests and
     * benchmarks. */
    { "batch-worker", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &batch_worker, NULL, NULL },
    { "workers", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &n_workers, NULL, NULL },
    { NULL }
  };

  /* Translators: the placeholder is the list of formats, such as “html, pdf”. */
  format_help = g_strdup_printf (_("The format to write: %s"), formats);
  entries[2].description = format_help;

  /* Translators: the argument part of "jobscribe export --help". */
  context = g_option_context_new (_("[FILE.jobdesc…]"));
  if (!_jd_cli_parse_options (context,
                              _("Export job descriptions to HTML, PDF, DOCX, ODT, Markdown, text or JSON-LD."),
                              entries, &argc, &argv))
    return 2;

  if (format_name == NULL)
    {
      /* Translators: the placeholder is the list of formats. */
      _jd_cli_error (_("export needs --format, one of %s"), formats);
      return 2;
    }
  if (!jd_export_format_from_string (format_name, &job.format))
    {
      /* Translators: the first placeholder is what the user asked for, the
       * second the list of formats. */
      _jd_cli_error (_("unknown format “%s”; use one of %s"), format_name, formats);
      return 1;
    }

  job.paper = jd_paper_size_get_default ();
  if (paper_name != NULL && !jd_paper_size_from_string (paper_name, &job.paper))
    {
      /* Translators: the placeholder is what the user asked for. */
      _jd_cli_error (_("unknown paper size “%s”; use a4 or letter"), paper_name);
      return 1;
    }

  if ((template_id != NULL) == (argc > 1))
    {
      _jd_cli_error ("%s", _("export needs either .jobdesc files or --template ID"));
      return 2;
    }
  if (lang != NULL && template_id == NULL)
    {
      _jd_cli_error ("%s", _("--lang applies to --template only; a file has its own language"));
      return 2;
    }
  if ((output == NULL) == (output_dir == NULL))
    {
      _jd_cli_error ("%s", _("export needs either -o FILE or --output-dir DIR"));
      return 2;
    }
  if (output != NULL && argc > 2)
    {
      _jd_cli_error ("%s", _("several files need --output-dir DIR instead of -o"));
      return 2;
    }

  if (lang == NULL)
    lang = g_strdup ("en");
  if (!_jd_cli_check_language (lang))
    return 1;

  if (output_dir != NULL && g_mkdir_with_parents (output_dir, 0777) != 0)
    {
      /* Translators: the placeholder is a folder name. */
      _jd_cli_error (_("could not make the folder “%s”"), output_dir);
      return 1;
    }

  /* Starts Fontconfig in a thread, so that it overlaps reading the
   * library and the documents. */
  if (job.format == JD_EXPORT_FORMAT_PDF)
    jd_export_prepare_pdf ();

  /* Documents need only the words exports generate; a template needs
   * the whole library. */
  if (template_id != NULL)
    {
      library = _jd_cli_load_library ();
      if (library == NULL)
        return 1;
      terms = g_object_ref (jd_library_get_terms (library));
    }
  else if ((terms = load_terms ()) == NULL)
    return 1;
  job.terms = terms;

  if (template_id != NULL)
    {
      g_autoptr(JdDocument) document = jd_library_create_document (library, template_id, lang, &error);
      g_autofree char *path = NULL;
      g_autoptr(GString) report = g_string_new (NULL);
      gboolean ok;

      if (document == NULL)
        {
          _jd_cli_error ("%s", error->message);
          return 1;
        }

      path = output != NULL ? g_strdup (output) : output_path_in (output_dir, template_id, job.format);
      ok = export_document (&job, document, template_id, path, report);
      fputs (report->str, stderr);
      return ok ? 0 : 1;
    }

  if (batch_worker)
    return output_dir != NULL && run_batch_worker (&job, argv + 1, (guint)(argc - 1), output_dir) ? 0 : 1;

  if (output_dir != NULL)
    worker_args = batch_worker_args (&job, argv + 1, (guint)(argc - 1), output_dir);
  return export_files (&job, argv + 1, (guint)(argc - 1), output, output_dir,
                       n_workers > 0 ? (guint)n_workers : _jd_n_cores (), worker_args) ? 0 : 1;
}
