/* jd-import-unzip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-import"

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n.h>

#include "jd-import-private.h"
#include "jd-xml-private.h"

/* DOCX and ODT files are ZIP containers. libarchive reads them from
 * memory, through the central directory; only the parts a reader asks
 * for are inflated, and each is bounded as it inflates, whatever sizes
 * the headers claim: the whole count of entries, the bytes inflated in
 * all, and how many times its compressed size an entry grows. */

/* Below this, an entry may inflate as much as it likes: a small part of
 * repeated markup compresses far better than a document. */
#define RATIO_GRACE (1 * JD_IMPORT_MIB)

typedef struct archive Archive;

static void
archive_release (Archive *archive)
{
  archive_read_free (archive);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Archive, archive_release)

static void
set_damaged (GError  **error,
             Archive  *archive)
{
  g_debug ("libarchive: %s", archive_error_string (archive));
  g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_CORRUPT,
                       _("the file is a damaged ZIP container (as .docx and .odt files are); "
                         "it may be truncated"));
}

static void
set_bomb (GError    **error,
          const char *entry)
{
  g_autofree char *shown = _jd_xml_shorten (entry);

  g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE,
               /* Translators: the first placeholder is the name of a part
                * inside a .docx or .odt file, the second a number. */
               _("“%s” inside the file inflates to more than %u times its size; "
                 "the file may be a ZIP bomb"),
               shown, (guint)JD_IMPORT_MAX_COMPRESSION_RATIO);
}

/* Inflates the entry the archive stands at, bounded. */
static GBytes *
read_entry (Archive     *archive,
            const char  *name,
            gsize       *total,
            GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  la_int64_t start = archive_filter_bytes (archive, -1);
  guint8 buffer[64 * 1024];

  for (;;)
    {
      la_ssize_t n = archive_read_data (archive, buffer, sizeof buffer);
      la_int64_t consumed;

      if (n == 0)
        break;

      if (n < 0)
        {
          set_damaged (error, archive);
          return NULL;
        }

      *total += (gsize)n;
      if (*total > JD_IMPORT_MAX_UNCOMPRESSED_SIZE)
        {
          _jd_import_set_total_too_large (error);
          return NULL;
        }

      consumed = MAX (archive_filter_bytes (archive, -1) - start, 1);
      if (data->len + (gsize)n > RATIO_GRACE &&
          (gint64)(data->len + (gsize)n) > consumed * JD_IMPORT_MAX_COMPRESSION_RATIO)
        {
          set_bomb (error, name);
          return NULL;
        }

      g_byte_array_append (data, buffer, (guint)n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* Part of the formats module (jd-formats.c): _jd_import_zip_extract()
 * calls it. */
GHashTable *
_jd_formats_unzip (GBytes              *bytes,
                   const char * const  *wanted,
                   GError             **error)
{
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify)g_bytes_unref);
  g_autoptr(Archive) archive = archive_read_new ();
  struct archive_entry *entry;
  gsize total = 0;
  guint n_entries = 0;
  gsize len = 0;
  const void *data = g_bytes_get_data (bytes, &len);
  int status;

  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, data, len) != ARCHIVE_OK)
    {
      set_damaged (error, archive);
      return NULL;
    }

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);

      if (++n_entries > JD_IMPORT_MAX_ZIP_ENTRIES)
        {
          g_set_error (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_TOO_LARGE,
                       /* Translators: the placeholder is a number. */
                       _("the file holds more than %u parts; it may be a ZIP bomb"),
                       (guint)JD_IMPORT_MAX_ZIP_ENTRIES);
          return NULL;
        }

      if (archive_entry_is_encrypted (entry))
        {
          g_set_error_literal (error, JD_IMPORT_ERROR, JD_IMPORT_ERROR_ENCRYPTED,
                               _("the document is encrypted; save a copy without a password "
                                 "and import that"));
          return NULL;
        }

      if (name == NULL || !g_strv_contains (wanted, name) ||
          g_hash_table_contains (parts, name) ||
          archive_entry_filetype (entry) != AE_IFREG)
        continue;

      {
        GBytes *part = read_entry (archive, name, &total, error);

        if (part == NULL)
          return NULL;
        g_hash_table_insert (parts, g_strdup (name), part);
      }
    }

  if (status != ARCHIVE_EOF)
    {
      set_damaged (error, archive);
      return NULL;
    }

  return g_steal_pointer (&parts);
}

