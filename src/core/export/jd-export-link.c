/* jd-export-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jd-export-link.h"

G_DEFINE_QUARK (jd-export-error-quark, jd_export_error)

/* A plain email address: something@domain.tld, with nothing in it that
 * could end a URL or an attribute or add to a mailto: link. */
static gboolean
is_email (const char *str)
{
  const char *at = strchr (str, '@');
  const char *dot;

  if (at == NULL || at == str || strchr (at + 1, '@') != NULL)
    return FALSE;

  /* Letters, digits and . + - _ only: "?", "&", "=" or "%" in a mailto:
   * link would add headers (cc, bcc, body) or escapes to the message. */
  for (const char *p = str; p < at; p++)
    if (!g_ascii_isalnum (*p) && strchr (".+-_", *p) == NULL && !((guchar)*p & 0x80))
      return FALSE;

  dot = strrchr (at + 1, '.');
  if (dot == NULL || dot == at + 1 || dot[1] == '\0')
    return FALSE;

  for (const char *p = at + 1; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && !((guchar)*p & 0x80))
      return FALSE;

  return TRUE;
}

/**
 * jd_export_check_link:
 * @link: a link of the document: the apply link or the company's web site
 *
 * Exports only carry links that are safe to click: http and https URLs
 * with a host, and email addresses, which become mailto: links. Anything
 * else, javascript:, data:, file: or a relative path, is refused.
 *
 * Returns: (transfer full) (nullable): the link to write, or %NULL with
 *   %JD_EXPORT_ERROR_UNSAFE_LINK
 */
char *
jd_export_check_link (const char  *link,
                      GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (link != NULL, NULL);

  stripped = g_strstrip (g_strdup (link));

  if (g_ascii_strncasecmp (stripped, "mailto:", 7) == 0 && is_email (stripped + 7))
    return g_strconcat ("mailto:", stripped + 7, NULL);

  if (is_email (stripped))
    return g_strconcat ("mailto:", stripped, NULL);

  uri = g_uri_parse (stripped, G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE, NULL);
  if (uri != NULL &&
      (g_strcmp0 (g_uri_get_scheme (uri), "http") == 0 ||
       g_strcmp0 (g_uri_get_scheme (uri), "https") == 0) &&
      g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0' &&
      strpbrk (stripped, " \t\r\n\"'<>\\") == NULL)
    return g_uri_to_string (uri);

  g_set_error (error, JD_EXPORT_ERROR, JD_EXPORT_ERROR_UNSAFE_LINK,
               /* Translators: the placeholder is a link the user wrote in
                * the document, such as “javascript:alert(1)”. */
               _("The link “%s” cannot be exported: use a web address that starts with "
                 "https:// or an email address"), link);
  return NULL;
}
