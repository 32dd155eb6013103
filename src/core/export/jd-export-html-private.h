/* jd-export-html-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include <glib.h>

G_BEGIN_DECLS

/* The one HTML page writer: the HTML export and the pages of a published
 * site (src/core/publish) begin, style and serialize pages with these. */
xmlDoc *_jd_export_html_new_page       (const char  *lang,
                                        const char  *title,
                                        xmlNode    **head,
                                        xmlNode    **body);
void    _jd_export_html_add_meta       (xmlNode     *head,
                                        const char  *name,
                                        const char  *content);
void    _jd_export_html_add_link       (xmlNode     *head,
                                        const char  *rel,
                                        const char  *href,
                                        const char  *hreflang,
                                        const char  *type);
void    _jd_export_html_add_stylesheet (xmlNode     *head,
                                        const char  *href);
GBytes *_jd_export_html_dump_page      (xmlDoc      *doc);

G_END_DECLS
