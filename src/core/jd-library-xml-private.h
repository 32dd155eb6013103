/* jd-library-xml-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "jd-localized.h"

G_BEGIN_DECLS

/* Reading the XML of the template library: categories.xml (jd-library.c)
 * and a template's body (jd-template.c). */

#define JD_LIBRARY_NS "https://jobscribe.github.io/ns/library/1"

gboolean     _jd_library_xml_is_element    (xmlNode    *node,
                                            const char *name);
void         _jd_library_xml_collect_texts (xmlNode    *parent,
                                            const char *name,
                                            GPtrArray  *out);
JdLocalized *_jd_library_xml_collect_one   (xmlNode    *parent,
                                            const char *name);

G_END_DECLS
