/* jd-zip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <errno.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>

#include "jd-export-link.h"
#include "jd-zip.h"

/* The ZIP container of DOCX and ODT, written in memory by libarchive.
 *
 * The same parts give the same bytes: entries carry no owner and no
 * time. libarchive writes an entry's time as local time, so a time would
 * make the bytes depend on the time zone; without one every entry is
 * dated 1980-01-01 00:00, the first date ZIP knows, in every zone. The
 * dates a user sees are in the document's properties. */

struct _JdZipWriter
{
  struct archive *archive;
  GByteArray     *output;
  gboolean        finished;
};

static la_ssize_t
write_cb (struct archive *archive,
          void           *user_data,
          const void     *buffer,
          size_t          length)
{
  JdZipWriter *self = user_data;

  if (length > G_MAXUINT - self->output->len)
    {
      archive_set_error (archive, EFBIG, "%s", g_strerror (EFBIG));
      return -1;
    }

  g_byte_array_append (self->output, buffer, (guint)length);
  return (la_ssize_t)length;
}

static void
set_archive_error (JdZipWriter  *self,
                   const char   *name,
                   GError      **error)
{
  const char *reason = archive_error_string (self->archive);

  if (reason == NULL)
    reason = g_strerror (archive_errno (self->archive));

  if (name != NULL)
    /* Translators: the first placeholder is the name of a part of a DOCX
     * or ODT file, such as “word/document.xml”, the second the reason. */
    g_set_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_FAILED,
                 _("Could not pack “%s”: %s"), name, reason);
  else
    /* Translators: the placeholder is the reason. */
    g_set_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_FAILED,
                 _("Could not make the ZIP container: %s"), reason);
}

/**
 * jd_zip_writer_new:
 *
 * Returns: (transfer full): a writer of a ZIP archive in memory; add its
 *   entries in order with jd_zip_writer_add(), then jd_zip_writer_finish()
 */
JdZipWriter *
jd_zip_writer_new (void)
{
  JdZipWriter *self = g_new0 (JdZipWriter, 1);

  self->output = g_byte_array_new ();
  self->archive = archive_write_new ();
  archive_write_set_format_zip (self->archive);
  /* Blocks are for tapes: a ZIP ends where its last record does. */
  archive_write_set_bytes_per_block (self->archive, 0);
  archive_write_set_bytes_in_last_block (self->archive, 1);
  if (archive_write_open2 (self->archive, self, NULL, write_cb, NULL, NULL) != ARCHIVE_OK)
    g_critical ("libarchive cannot write ZIP archives to memory: %s",
                archive_error_string (self->archive));

  return self;
}

/**
 * jd_zip_writer_add:
 * @name: the entry's path in the archive, in ASCII, as "word/document.xml"
 * @method: whether to compress it
 *
 * Appends an entry holding @contents.
 *
 * Returns: %FALSE with @error set when libarchive failed
 */
gboolean
jd_zip_writer_add (JdZipWriter  *self,
                   const char   *name,
                   GBytes       *contents,
                   JdZipMethod   method,
                   GError      **error)
{
  struct archive_entry *entry;
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (contents, &len);
  gboolean ok;

  g_return_val_if_fail (self != NULL && !self->finished, FALSE);
  g_return_val_if_fail (name != NULL && name[0] != '\0', FALSE);

  if (method == JD_ZIP_STORE)
    archive_write_zip_set_compression_store (self->archive);
  else
    archive_write_zip_set_compression_deflate (self->archive);

  entry = archive_entry_new ();
  archive_entry_set_pathname_utf8 (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t)len);

  ok = archive_write_header (self->archive, entry) == ARCHIVE_OK;
  while (ok && len > 0)
    {
      la_ssize_t written = archive_write_data (self->archive, data, len);

      ok = written > 0;
      if (ok)
        {
          data += written;
          len -= (gsize)written;
        }
    }
  ok = ok && archive_write_finish_entry (self->archive) == ARCHIVE_OK;
  archive_entry_free (entry);

  if (!ok)
    set_archive_error (self, name, error);

  return ok;
}

/**
 * jd_zip_writer_finish:
 *
 * Writes the central directory. Nothing can be added afterwards.
 *
 * Returns: (transfer full) (nullable): the archive, or %NULL with @error
 */
GBytes *
jd_zip_writer_finish (JdZipWriter  *self,
                      GError      **error)
{
  g_return_val_if_fail (self != NULL && !self->finished, NULL);

  self->finished = TRUE;
  if (archive_write_close (self->archive) != ARCHIVE_OK)
    {
      set_archive_error (self, NULL, error);
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&self->output));
}

void
jd_zip_writer_free (JdZipWriter *self)
{
  if (self == NULL)
    return;

  archive_write_free (self->archive);
  if (self->output != NULL)
    g_byte_array_unref (self->output);
  g_free (self);
}

/* Part of the formats module (jd-formats.c): _jd_office_zip() calls it.
 *
 * Returns: (transfer full) (nullable): @entries in a ZIP archive, in
 *   their order, or %NULL with @error */
GBytes *
_jd_formats_zip (const JdZipEntry  *entries,
                 guint              n_entries,
                 GError           **error)
{
  g_autoptr(JdZipWriter) zip = jd_zip_writer_new ();

  for (guint i = 0; i < n_entries; i++)
    if (!jd_zip_writer_add (zip, entries[i].name, entries[i].contents, entries[i].method, error))
      return NULL;

  return jd_zip_writer_finish (zip, error);
}
