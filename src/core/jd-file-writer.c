/* jd-file-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-document-io"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "jd-document-io-private.h"
#include "jd-resources-private.h"
#include "jd-util-private.h"
#include "jd-xml-private.h"

/* The one writer of every file Jobscribe writes: documents, drafts,
 * exports, user templates and command-line output. */

static gboolean
set_io_error (GError     **error,
              int          errsv,
              GFile       *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               /* Translators: the first placeholder is a file name, the
                * second the reason, such as “No space left on device”. */
               _("Could not save “%s”: %s"), name, g_strerror (errsv));
  return FALSE;
}

/* Where the bytes for @path go: the regular file at the end of its
 * symbolic links (or where a dangling link points), or, for a link into
 * /proc or /dev/fd such as /dev/stdout, the link itself, written in place:
 * replacing the file behind it would pull the file out from under the
 * descriptor it names. */
static char *
resolve_output_path (const char *path,
                     gboolean   *through_fd_link)
{
  g_autofree char *current = g_strdup (path);

  *through_fd_link = FALSE;

  /* As many links as the kernel follows before it gives up (ELOOP). */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);

      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_autofree char *joined = g_build_filename (dir, target, NULL);

          g_free (target);
          target = g_steal_pointer (&joined);
        }

      if (g_str_has_prefix (target, "/proc/") || g_str_has_prefix (target, "/dev/fd/"))
        {
          *through_fd_link = TRUE;
          return g_strdup (path);
        }

      g_free (current);
      current = g_steal_pointer (&target);
    }

  return g_steal_pointer (&current);
}

/* Writes all of @data to @fd, again where a write is interrupted or
 * short; on failure puts the errno in @errsv. Shared with the command
 * line's batch workers (jd-cli-export.c). */
gboolean
_jd_write_all (int            fd,
               gconstpointer  buffer,
               gsize          left,
               GCancellable  *cancellable,
               int           *errsv)
{
  const guint8 *data = buffer;

  while (left > 0)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          *errsv = ECANCELED;
          return FALSE;
        }

      n = write (fd, data, left);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *errsv = errno;
          return FALSE;
        }

      data += n;
      left -= (gsize)n;
    }

  return TRUE;
}

/* A pipe, a terminal or a device such as /dev/null cannot be replaced,
 * only written: what a shell redirection would do. O_APPEND keeps what a
 * caller's own `>>` redirection of /dev/stdout already holds; it changes
 * nothing for pipes and devices. */
static gboolean
write_in_place (const char    *path,
                GFile         *file,
                GBytes        *bytes,
                GCancellable  *cancellable,
                GError       **error)
{
  int errsv = 0;
  int fd;

  fd = g_open (path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    return set_io_error (error, errno, file);

  if (!_jd_write_all (fd, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), cancellable, &errsv))
    {
      close (fd);
      return set_io_error (error, errsv, file);
    }

  /* Devices and pipes cannot be synced (EINVAL); errors they report
   * late, such as EIO, come from close(). */
  if (fsync (fd) != 0 && errno != EINVAL && errno != EROFS)
    {
      errsv = errno;
      close (fd);
      return set_io_error (error, errsv, file);
    }

  if (close (fd) != 0)
    return set_io_error (error, errno, file);

  return TRUE;
}

/* So the rename itself survives a crash, not only the file's contents. */
static void
sync_dir (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
write_by_rename (const char      *path,
                 const GStatBuf  *old,
                 GFile           *file,
                 GBytes          *bytes,
                 gboolean         sync_folder,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  int errsv = 0;
  int fd;

  /* 0666 less the umask, as for any new file. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_io_error (error, errno, file);

  /* Keep the group and permissions of the file that is replaced; the
   * group only where the owner may set it. */
  if (old != NULL)
    {
      if (fchown (fd, (uid_t)-1, old->st_gid) != 0)
        g_debug ("Could not keep the group of %s: %s", path, g_strerror (errno));
      if (fchmod (fd, old->st_mode & 07777) != 0)
        g_debug ("Could not keep the permissions of %s: %s", path, g_strerror (errno));
    }

  if (!_jd_write_all (fd, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), cancellable, &errsv))
    {
      close (fd);
      g_unlink (tmp_path);
      return set_io_error (error, errsv, file);
    }

  if (fsync (fd) != 0 || close (fd) != 0)
    {
      errsv = errno;
      g_unlink (tmp_path);
      return set_io_error (error, errsv, file);
    }

  if (g_rename (tmp_path, path) != 0)
    {
      errsv = errno;
      g_unlink (tmp_path);
      return set_io_error (error, errsv, file);
    }

  if (sync_folder)
    sync_dir (dir);
  return TRUE;
}

static gboolean
write_file (GFile         *file,
            GBytes        *bytes,
            char         **new_etag,
            gboolean       sync_folder,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *path = NULL;
  gboolean through_fd_link;
  gboolean written;
  GStatBuf st;

  if (!g_file_is_native (file))
    return g_file_replace_contents (file,
                                    g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE, G_FILE_CREATE_NONE,
                                    new_etag, cancellable, error);

  path = resolve_output_path (g_file_peek_path (file), &through_fd_link);

  /* The folder the caller will sync is that of @file, not of a link's
   * target. */
  if (!sync_folder)
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *link_dir = g_path_get_dirname (g_file_peek_path (file));

      sync_folder = !g_str_equal (dir, link_dir);
    }

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT)
        return set_io_error (error, errno, file);
      written = write_by_rename (path, NULL, file, bytes, sync_folder, cancellable, error);
    }
  else if (S_ISREG (st.st_mode) && !through_fd_link)
    written = write_by_rename (path, &st, file, bytes, sync_folder, cancellable, error);
  else if (S_ISREG (st.st_mode) || S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode))
    written = write_in_place (path, file, bytes, cancellable, error);
  else if (S_ISDIR (st.st_mode))
    written = set_io_error (error, EISDIR, file);
  else
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: the placeholder is a file name. */
                   _("Could not save “%s”: it is not a file, a pipe or a character device"),
                   name);
      written = FALSE;
    }

  if (!written)
    return FALSE;

  if (new_etag != NULL)
    {
      g_autoptr(GFileInfo) info = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                cancellable, NULL);
      *new_etag = info ? g_strdup (g_file_info_get_etag (info)) : NULL;
    }

  return TRUE;
}

/* GLib 2.74's g_file_replace_contents() renames its temporary file over
 * the target even when writing it failed, so a full disk would leave a
 * truncated document; this writes, syncs and only then renames. */
/**
 * jd_write_file_atomically:
 * @new_etag: (out) (optional): the entity tag of the file written
 *
 * Writes @bytes to @file, the one way Jobscribe writes any file. A
 * regular file (or a new one) is either what it was or all of @bytes,
 * whatever fails or crashes meanwhile: the bytes go to a temporary file
 * beside it that is synced and renamed over it, keeping its permissions
 * and group. Symbolic links are followed and their target replaced.
 * Pipes, character devices and links such as /dev/stdout are written in
 * place, never replaced; directories and other special files are
 * refused.
 */
gboolean
jd_write_file_atomically (GFile         *file,
                          GBytes        *bytes,
                          char         **new_etag,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  return write_file (file, bytes, new_etag, TRUE, cancellable, error);
}

/**
 * _jd_write_file_in_batch:
 *
 * jd_write_file_atomically() for one of many files written together: the
 * file is synced before it replaces the one before, but not the rename
 * in its folder, which _jd_sync_folder() makes last once for all the
 * files of the folder. A crash meanwhile leaves each file whole, old or
 * new. May be called from any thread.
 */
gboolean
_jd_write_file_in_batch (GFile         *file,
                         GBytes        *bytes,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  return write_file (file, bytes, NULL, FALSE, cancellable, error);
}

/* Makes the renames of _jd_write_file_in_batch() in @folder last. */
void
_jd_sync_folder (GFile *folder)
{
  g_return_if_fail (G_IS_FILE (folder));

  if (g_file_is_native (folder))
    sync_dir (g_file_peek_path (folder));
}
