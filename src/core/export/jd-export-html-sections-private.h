/* jd-export-html-sections-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "jd-export-view-private.h"

G_BEGIN_DECLS

/* The libxml2 tree both the HTML page and the JSON-LD description write. */
xmlNode *_jd_html_add_element          (xmlNode      *parent,
                                        const char   *name,
                                        const char   *class_name);
void     _jd_html_add_text             (xmlNode      *parent,
                                        const char   *text);
xmlNode *_jd_html_add_text_element     (xmlNode      *parent,
                                        const char   *name,
                                        const char   *class_name,
                                        const char   *text);
GBytes  *_jd_html_dump_node            (xmlDoc       *doc,
                                        xmlNode      *node);

void     _jd_export_html_add_sections  (xmlNode      *parent,
                                        JdExportView *view);
char    *_jd_export_html_sections      (JdExportView *view);

G_END_DECLS
