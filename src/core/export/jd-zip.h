/* jd-zip.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  JD_ZIP_DEFLATE,
  /* Uncompressed, as the "mimetype" entry that opens an ODF package
   * must be, so that it can be read at a fixed offset. */
  JD_ZIP_STORE,
} JdZipMethod;

typedef struct _JdZipWriter JdZipWriter;

typedef struct
{
  const char  *name;
  GBytes      *contents;
  JdZipMethod  method;
} JdZipEntry;

JdZipWriter *jd_zip_writer_new    (void);
gboolean     jd_zip_writer_add    (JdZipWriter  *self,
                                   const char   *name,
                                   GBytes       *contents,
                                   JdZipMethod   method,
                                   GError      **error);
GBytes      *jd_zip_writer_finish (JdZipWriter  *self,
                                   GError      **error);
void         jd_zip_writer_free   (JdZipWriter  *self);

/* Part of the formats module (jd-formats.c). */
GBytes      *_jd_formats_zip      (const JdZipEntry  *entries,
                                   guint              n_entries,
                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdZipWriter, jd_zip_writer_free)

G_END_DECLS
