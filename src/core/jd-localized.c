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
  char     lang[9];
  gboolean borrowed;
  char    *text;
} Variant;

/* A handful of variants (the library's languages) in a small array: a
 * library has thousands of strings, and a hash table each cost more to
 * build and to free than searching five entries. */
struct _JdLocalized
{
  char    *source;
  Variant *variants;
  guint    n_variants;
  gboolean source_borrowed;
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

/**
 * jd_localized_new_borrowed:
 * @source: a string that outlives the result
 *
 * Like jd_localized_new(), without copying @source: for the library's
 * index, whose strings stay where the resource holds them.
 */
JdLocalized *
jd_localized_new_borrowed (const char *source)
{
  JdLocalized *self = g_new0 (JdLocalized, 1);

  self->source = (char *)(source ? source : "");
  self->source_borrowed = TRUE;
  return self;
}

void
jd_localized_free (JdLocalized *self)
{
  if (self == NULL)
    return;

  if (!self->source_borrowed)
    g_free (self->source);
  for (guint i = 0; i < self->n_variants; i++)
    if (!self->variants[i].borrowed)
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

static void
add_variant (JdLocalized *self,
             const char  *lang,
             const char  *text,
             gboolean     borrowed)
{
  Variant *variant;
  char key[9];

  normalize_into (lang, key);
  variant = find_variant (self, key);
  if (variant != NULL)
    {
      if (!variant->borrowed)
        g_free (variant->text);
    }
  else
    {
      /* Room for 8, 16, 32…: one allocation holds the library's five
       * translations. */
      if (self->n_variants % 8 == 0 && (self->n_variants & (self->n_variants - 1)) == 0)
        self->variants = g_renew (Variant, self->variants, MAX (self->n_variants * 2, 8));
      variant = &self->variants[self->n_variants++];
      memcpy (variant->lang, key, sizeof key);
    }

  variant->borrowed = borrowed;
  variant->text = borrowed ? (char *)text : g_strdup (text);
}

void
jd_localized_add (JdLocalized *self,
                  const char  *lang,
                  const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);

  if (text != NULL && text[0] != '\0')
    add_variant (self, lang, text, FALSE);
}

/* Like jd_localized_add(), without copying @text, which must outlive
 * @self. */
void
jd_localized_add_borrowed (JdLocalized *self,
                           const char  *lang,
                           const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);

  if (text != NULL && text[0] != '\0')
    add_variant (self, lang, text, TRUE);
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
