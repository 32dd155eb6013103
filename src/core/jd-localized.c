/* jd-localized.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-localized"

#include "config.h"

#include <string.h>

#include "jd-localized.h"

struct _JdLocalized
{
  char       *source;
  /* language (primary subtag, lower case) → text; NULL until needed */
  GHashTable *variants;
};

/* "pt-BR", "pt_BR.UTF-8" and "PT" all become "pt": the library is
 * translated per language, not per country. */
char *
jd_language_normalize (const char *lang)
{
  gsize len;

  if (lang == NULL || lang[0] == '\0')
    return g_strdup ("en");

  len = strcspn (lang, "-_.@");
  return g_ascii_strdown (lang, (gssize)len);
}

JdLocalized *
jd_localized_new (const char *source)
{
  JdLocalized *self = g_new0 (JdLocalized, 1);

  self->source = g_strdup (source ? source : "");
  return self;
}

void
jd_localized_free (JdLocalized *self)
{
  if (self == NULL)
    return;

  g_free (self->source);
  g_clear_pointer (&self->variants, g_hash_table_unref);
  g_free (self);
}

void
jd_localized_add (JdLocalized *self,
                  const char  *lang,
                  const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);

  if (text == NULL || text[0] == '\0')
    return;

  if (self->variants == NULL)
    self->variants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_replace (self->variants, jd_language_normalize (lang), g_strdup (text));
}

/* Returns: the text in @lang, or %NULL when it is not translated. English
 * is the source itself. */
const char *
jd_localized_get_exact (const JdLocalized *self,
                        const char        *lang)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  key = jd_language_normalize (lang);
  if (strcmp (key, "en") == 0)
    return self->source;

  return self->variants ? g_hash_table_lookup (self->variants, key) : NULL;
}

/* Returns: the text in @lang, or the English source when it is not
 * translated. */
const char *
jd_localized_get (const JdLocalized *self,
                  const char        *lang)
{
  const char *text = jd_localized_get_exact (self, lang);

  return text != NULL ? text : self->source;
}

const char *
jd_localized_get_source (const JdLocalized *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}
