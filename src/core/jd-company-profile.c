/* jd-company-profile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-company-profile"

#include "config.h"

#include <string.h>

#include "jd-company-profile.h"

/* The profile lives in GSettings (io.github.jobscribe.Jobscribe): a key per
 * field holds the default text, and company-translations, a{sa{ss}},
 * maps a language to the fields the user translated into it. Benefits are
 * a list; as text they are one benefit per line. */

static const char * const keys[JD_COMPANY_N_FIELDS] = {
  [JD_COMPANY_NAME] = "company-name",
  [JD_COMPANY_URL] = "company-url",
  [JD_COMPANY_LOCATION] = "company-location",
  [JD_COMPANY_ABOUT] = "company-about",
  [JD_COMPANY_BENEFITS] = "company-benefits",
  [JD_COMPANY_EQUAL_OPPORTUNITY] = "company-equal-opportunity",
  [JD_COMPANY_CURRENCY] = "company-currency",
};

static char *
lookup_translation (GSettings      *settings,
                    JdCompanyField  field,
                    const char     *lang)
{
  g_autoptr(GVariant) translations = g_settings_get_value (settings, "company-translations");
  g_autoptr(GVariant) fields = NULL;
  char *text = NULL;

  if (lang == NULL)
    return NULL;

  fields = g_variant_lookup_value (translations, lang, G_VARIANT_TYPE ("a{ss}"));
  if (fields != NULL)
    g_variant_lookup (fields, keys[field], "s", &text);

  return text;
}

/**
 * jd_company_profile_get:
 * @lang: (nullable): a language, or %NULL for the default text
 *
 * Returns: (transfer full): the text of @field in @lang, the default text
 *   where there is no translation, or "" when the field is empty
 */
char *
jd_company_profile_get (GSettings      *settings,
                        JdCompanyField  field,
                        const char     *lang)
{
  char *text;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (field < JD_COMPANY_N_FIELDS, NULL);

  text = lookup_translation (settings, field, lang);
  if (text != NULL && text[0] != '\0')
    return text;
  g_free (text);

  if (field == JD_COMPANY_BENEFITS)
    {
      g_auto(GStrv) benefits = g_settings_get_strv (settings, keys[field]);
      return g_strjoinv ("\n", benefits);
    }

  return g_settings_get_string (settings, keys[field]);
}

/* Stores @text as the default (@lang %NULL) or as the translation into @lang. */
void
jd_company_profile_set (GSettings      *settings,
                        JdCompanyField  field,
                        const char     *lang,
                        const char     *text)
{
  g_autoptr(GVariant) old = NULL;
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sa{ss}}"));
  GVariantIter iter;
  const char *key;
  GVariant *fields;
  gboolean found = FALSE;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (field < JD_COMPANY_N_FIELDS);

  if (text == NULL)
    text = "";

  if (lang == NULL)
    {
      if (field == JD_COMPANY_BENEFITS)
        {
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
          g_autoptr(GStrvBuilder) list = g_strv_builder_new ();
          g_auto(GStrv) benefits = NULL;

          for (guint i = 0; lines[i] != NULL; i++)
            if (g_strstrip (lines[i])[0] != '\0')
              g_strv_builder_add (list, lines[i]);
          benefits = g_strv_builder_end (list);
          g_settings_set_strv (settings, keys[field], (const char * const *)benefits);
        }
      else
        g_settings_set_string (settings, keys[field], text);
      return;
    }

  old = g_settings_get_value (settings, "company-translations");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s@a{ss}}", &key, &fields))
    {
      g_auto(GVariantBuilder) inner = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
      GVariantIter field_iter;
      const char *name;
      const char *value;

      g_variant_iter_init (&field_iter, fields);
      while (g_variant_iter_next (&field_iter, "{&s&s}", &name, &value))
        if (strcmp (key, lang) != 0 || strcmp (name, keys[field]) != 0)
          g_variant_builder_add (&inner, "{ss}", name, value);

      if (strcmp (key, lang) == 0)
        {
          found = TRUE;
          if (text[0] != '\0')
            g_variant_builder_add (&inner, "{ss}", keys[field], text);
        }

      g_variant_builder_add (&builder, "{s@a{ss}}", key, g_variant_builder_end (&inner));
      g_variant_unref (fields);
    }

  if (!found && text[0] != '\0')
    {
      g_auto(GVariantBuilder) inner = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));

      g_variant_builder_add (&inner, "{ss}", keys[field], text);
      g_variant_builder_add (&builder, "{s@a{ss}}", lang, g_variant_builder_end (&inner));
    }

  g_settings_set_value (settings, "company-translations", g_variant_builder_end (&builder));
}

/**
 * jd_company_profile_make_section:
 * @kind: %JD_SECTION_ABOUT, %JD_SECTION_BENEFITS or %JD_SECTION_EQUAL_OPPORTUNITY
 *
 * Returns: (transfer full) (nullable): the section with the profile's text
 *   in @lang, or %NULL when the profile has none
 */
JdSection *
jd_company_profile_make_section (GSettings     *settings,
                                 JdSectionKind  kind,
                                 const char    *lang)
{
  JdCompanyField field;
  g_autofree char *text = NULL;
  JdSection *section;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  switch (kind)
    {
    case JD_SECTION_ABOUT:
      field = JD_COMPANY_ABOUT;
      break;

    case JD_SECTION_BENEFITS:
      field = JD_COMPANY_BENEFITS;
      break;

    case JD_SECTION_EQUAL_OPPORTUNITY:
      field = JD_COMPANY_EQUAL_OPPORTUNITY;
      break;

    case JD_SECTION_BRIEF:
    case JD_SECTION_RESPONSIBILITIES:
    case JD_SECTION_REQUIREMENTS:
    case JD_SECTION_NICE_TO_HAVE:
    case JD_SECTION_SALARY:
    case JD_SECTION_APPLY:
    case JD_SECTION_CUSTOM:
    default:
      g_return_val_if_reached (NULL);
    }

  text = jd_company_profile_get (settings, field, lang);
  if (text[0] == '\0')
    return NULL;

  section = jd_section_new (kind);
  if (field == JD_COMPANY_BENEFITS)
    {
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (g_strstrip (lines[i])[0] != '\0')
          jd_section_add_text (section, JD_BLOCK_ITEM, lines[i]);
    }
  else
    {
      g_auto(GStrv) paragraphs = g_strsplit (text, "\n\n", -1);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (g_strstrip (paragraphs[i])[0] != '\0')
          jd_section_add_text (section, JD_BLOCK_PARAGRAPH, paragraphs[i]);
    }

  return section;
}

/* "Berlin, BE, DE" or "Lisboa, PT": the last part is the country when it is
 * a two-letter code. */
static JdLocation *
parse_location (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", 3);
  const char *country = NULL;
  guint n = 0;

  for (; parts[n] != NULL; n++)
    g_strstrip (parts[n]);

  if (n > 1 && strlen (parts[n - 1]) == 2 &&
      g_ascii_isupper (parts[n - 1][0]) && g_ascii_isupper (parts[n - 1][1]))
    country = parts[--n];

  return jd_location_new (n > 0 ? parts[0] : NULL, n > 1 ? parts[1] : NULL, country);
}

/**
 * jd_company_profile_apply:
 *
 * Fills a new document with the profile, in the document's language: the
 * company, its website, the location and currency where the document has
 * none, an "about us" section first, and benefits and the equal
 * opportunity statement last.
 */
void
jd_company_profile_apply (GSettings  *settings,
                          JdDocument *document)
{
  const char *lang;
  g_autofree char *name = NULL;
  g_autofree char *url = NULL;
  g_autofree char *location = NULL;
  g_autofree char *currency = NULL;
  g_autoptr(JdSection) about = NULL;
  g_autoptr(JdSection) benefits = NULL;
  g_autoptr(JdSection) equal = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (JD_IS_DOCUMENT (document));

  lang = jd_document_get_language (document);
  name = jd_company_profile_get (settings, JD_COMPANY_NAME, lang);
  url = jd_company_profile_get (settings, JD_COMPANY_URL, lang);
  location = jd_company_profile_get (settings, JD_COMPANY_LOCATION, lang);
  currency = jd_company_profile_get (settings, JD_COMPANY_CURRENCY, lang);

  if (jd_document_get_company_name (document) == NULL)
    jd_document_set_company_name (document, name);
  if (jd_document_get_company_url (document) == NULL)
    jd_document_set_company_url (document, url);
  if (jd_document_get_salary_currency (document) == NULL)
    jd_document_set_salary_currency (document, currency);
  if (location[0] != '\0' && jd_document_get_locations (document)->len == 0)
    {
      g_autoptr(JdLocation) place = parse_location (location);
      jd_document_add_location (document, place);
    }

  about = jd_company_profile_make_section (settings, JD_SECTION_ABOUT, lang);
  if (about != NULL && jd_document_find_section (document, JD_SECTION_ABOUT) == NULL)
    jd_document_insert_section (document, 0, about);

  benefits = jd_company_profile_make_section (settings, JD_SECTION_BENEFITS, lang);
  if (benefits != NULL && jd_document_find_section (document, JD_SECTION_BENEFITS) == NULL)
    jd_document_append_section (document, benefits);

  equal = jd_company_profile_make_section (settings, JD_SECTION_EQUAL_OPPORTUNITY, lang);
  if (equal != NULL && jd_document_find_section (document, JD_SECTION_EQUAL_OPPORTUNITY) == NULL)
    jd_document_append_section (document, equal);
}
