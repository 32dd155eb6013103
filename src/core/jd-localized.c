/* jd-localized.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-localized"

#include "config.h"

#include <string.h>

#include "jd-localized.h"

/* A language as the library keys it: its primary subtag, in lower case. */
typedef struct
{
  char  lang[9];
  char *text;
} Variant;

/* A handful of variants (the library's languages) in a small array: a
 * library has thousands of strings, and a hash table each cost more to
 * build and to free than searching five entries. */
struct _JdLocalized
{
  char    *source;
  Variant *variants;
  guint    n_variants;
};

/* Writes the primary subtag of @lang, in lower case, into @key: "pt-BR",
 * "pt_BR.UTF-8" and "PT" all become "pt". Longer subtags than BCP 47
 * allows are cut. */
static void
normalize_into (const char *lang,
                char        key[9])
{
  gsize len;

  if (lang == NULL || lang[0] == '\0')
    {
      strcpy (key, "en");
      return;
    }

  len = MIN (strcspn (lang, "-_.@"), 8);
  for (gsize i = 0; i < len; i++)
    key[i] = g_ascii_tolower (lang[i]);
  key[len] = '\0';
}

/* "pt-BR", "pt_BR.UTF-8" and "PT" all become "pt": the library is
 * translated per language, not per country. */
char *
jd_language_normalize (const char *lang)
{
  char key[9];

  normalize_into (lang, key);
  return g_strdup (key);
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
  for (guint i = 0; i < self->n_variants; i++)
    g_free (self->variants[i].text);
  g_free (self->variants);
  g_free (self);
}

static Variant *
find_variant (const JdLocalized *self,
              const char        *key)
{
  for (guint i = 0; i < self->n_variants; i++)
    if (strcmp (self->variants[i].lang, key) == 0)
      return &self->variants[i];

  return NULL;
}

void
jd_localized_add (JdLocalized *self,
                  const char  *lang,
                  const char  *text)
{
  Variant *variant;
  char key[9];

  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);

  if (text == NULL || text[0] == '\0')
    return;

  normalize_into (lang, key);
  variant = find_variant (self, key);
  if (variant != NULL)
    {
      g_free (variant->text);
      variant->text = g_strdup (text);
      return;
    }

  /* Room for 1, 2, 4, 8… */
  if ((self->n_variants & (self->n_variants - 1)) == 0)
    self->variants = g_renew (Variant, self->variants, MAX (self->n_variants * 2, 1));
  variant = &self->variants[self->n_variants++];
  memcpy (variant->lang, key, sizeof key);
  variant->text = g_strdup (text);
}

/* Returns: the text in @lang, or %NULL when it is not translated. English
 * is the source itself. */
const char *
jd_localized_get_exact (const JdLocalized *self,
                        const char        *lang)
{
  Variant *variant;
  char key[9];

  g_return_val_if_fail (self != NULL, NULL);

  normalize_into (lang, key);
  if (strcmp (key, "en") == 0)
    return self->source;

  variant = find_variant (self, key);
  return variant != NULL ? variant->text : NULL;
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
