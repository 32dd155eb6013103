/* jd-xml-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef enum
{
  JD_XML_ERROR_MALFORMED,
  JD_XML_ERROR_FORBIDDEN,
} JdXmlErrorKind;

xmlDoc *_jd_xml_read (const char      *data,
                      gsize            len,
                      guint           *error_line,
                      JdXmlErrorKind  *kind,
                      char           **message);

char   *_jd_xml_shorten (const char      *value);

xmlDoc *_jd_xml_read_bytes (GBytes      *bytes,
                            const char  *name,
                            GQuark       domain,
                            int          code,
                            GError     **error);

xmlDoc *_jd_xml_read_file (GFile   *file,
                           GQuark   domain,
                           int      code,
                           GError **error);

G_END_DECLS
