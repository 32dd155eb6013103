/* jd-amount.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-amount"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jd-amount.h"

/* Amounts as people of each language of the library write them: the
 * digit grouping and decimal mark of CLDR. French groups with a narrow
 * no-break space. */
static const struct {
  const char *lang;
  const char *group;
  const char *decimal;
} conventions[] = {
  { "en", ",", "." },
  { "de", ".", "," },
  { "el", ".", "," },
  { "es", ".", "," },
  { "fr", "\u202f", "," },
  { "pt", ".", "," },
};

/**
 * jd_amount_format:
 * @amount: an amount of money, not negative
 * @lang: (nullable): a language of the library; English otherwise
 *
 * Returns: (transfer full): @amount with the digit groups and decimal
 *   mark of @lang, and cents only when it has some: "70,000" and
 *   "17.50" in English, "70.000" and "17,50" in German
 */
char *
jd_amount_format (double      amount,
                  const char *lang)
{
  const char *group = conventions[0].group;
  const char *decimal = conventions[0].decimal;
  g_autofree char *digits = NULL;
  double cents = round (fabs (amount) * 100);
  GString *text = g_string_new (NULL);
  gsize len;

  for (guint i = 0; i < G_N_ELEMENTS (conventions); i++)
    if (lang != NULL && g_str_has_prefix (lang, conventions[i].lang))
      {
        group = conventions[i].group;
        decimal = conventions[i].decimal;
      }

  /* printf of the whole part as a double: no cast that could overflow. */
  digits = g_strdup_printf ("%.0f", floor (cents / 100));
  len = strlen (digits);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (text, group);
      g_string_append_c (text, digits[i]);
    }

  if (fmod (cents, 100) > 0)
    g_string_append_printf (text, "%s%02.0f", decimal, fmod (cents, 100));

  return g_string_free (text, FALSE);
}

/**
 * jd_amount_parse:
 * @text: what the user typed
 * @amount: (out): the amount
 *
 * Reads an amount written in the way of any language of the library,
 * whatever the interface language: "70,000", "70.000", "70 000",
 * "70000", "17.50", "17,50", "1.234,56", "1,234.56". A mark followed by
 * exactly one or two digits at the end is the decimal mark; every other
 * mark groups digits. An empty text is 0.
 *
 * Returns: whether @text is an amount
 */
gboolean
jd_amount_parse (const char *text,
                 double     *amount)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  const char *decimal = NULL;
  const char *p;
  gsize n_after;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* The last mark is the decimal one when one or two digits follow it. */
  for (p = text; *p; p = g_utf8_next_char (p))
    if (*p == '.' || *p == ',')
      decimal = p;
  if (decimal != NULL)
    {
      n_after = strspn (decimal + 1, "0123456789");
      if ((n_after != 1 && n_after != 2) || decimal[1 + n_after] != '\0')
        decimal = NULL;
    }

  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (*p))
        g_string_append_c (plain, *p);
      else if (p == decimal)
        g_string_append_c (plain, '.');
      else if (c == '.' || c == ',' || c == '\'' || c == ' ' || c == 0x00A0 || c == 0x202F)
        continue;
      else
        return FALSE;
    }

  if (plain->len == 0)
    {
      *amount = 0;
      return TRUE;
    }

  *amount = g_ascii_strtod (plain->str, NULL);
  return TRUE;
}

/* The currency of a country (ISO 3166-1 alpha-2 → ISO 4217), for the
 * countries whose languages Jobscribe speaks and their neighbours and
 * trading partners; sorted by country code. Bulgaria uses the euro from
 * 1 January 2026. */
typedef struct
{
  const char *country;
  const char *currency;
} CountryCurrency;

static const CountryCurrency country_currencies[] = {
  { "AD", "EUR" }, { "AE", "AED" }, { "AO", "AOA" }, { "AR", "ARS" }, { "AT", "EUR" },
  { "AU", "AUD" }, { "BE", "EUR" }, { "BG", "EUR" }, { "BO", "BOB" }, { "BR", "BRL" },
  { "CA", "CAD" }, { "CH", "CHF" }, { "CL", "CLP" }, { "CN", "CNY" }, { "CO", "COP" },
  { "CR", "CRC" }, { "CV", "CVE" }, { "CY", "EUR" }, { "CZ", "CZK" }, { "DE", "EUR" },
  { "DK", "DKK" }, { "DO", "DOP" }, { "EC", "USD" }, { "EE", "EUR" }, { "ES", "EUR" },
  { "FI", "EUR" }, { "FR", "EUR" }, { "GB", "GBP" }, { "GR", "EUR" }, { "GT", "GTQ" },
  { "HK", "HKD" }, { "HR", "EUR" }, { "HU", "HUF" }, { "IE", "EUR" }, { "IL", "ILS" },
  { "IN", "INR" }, { "IS", "ISK" }, { "IT", "EUR" }, { "JP", "JPY" }, { "KR", "KRW" },
  { "LI", "CHF" }, { "LT", "EUR" }, { "LU", "EUR" }, { "LV", "EUR" }, { "MA", "MAD" },
  { "MC", "EUR" }, { "ME", "EUR" }, { "MT", "EUR" }, { "MX", "MXN" }, { "MZ", "MZN" },
  { "NL", "EUR" }, { "NO", "NOK" }, { "NZ", "NZD" }, { "PA", "PAB" }, { "PE", "PEN" },
  { "PL", "PLN" }, { "PT", "EUR" }, { "PY", "PYG" }, { "RO", "RON" }, { "RS", "RSD" },
  { "SE", "SEK" }, { "SG", "SGD" }, { "SI", "EUR" }, { "SK", "EUR" }, { "SM", "EUR" },
  { "TN", "TND" }, { "TR", "TRY" }, { "UA", "UAH" }, { "US", "USD" }, { "UY", "UYU" },
  { "VA", "EUR" }, { "XK", "EUR" }, { "ZA", "ZAR" },
};

static int
compare_country (const void *key,
                 const void *element)
{
  return g_ascii_strcasecmp (key, ((const CountryCurrency *)element)->country);
}

/* Returns: (nullable): the ISO 4217 code of the currency of @country, an
 * ISO 3166-1 alpha-2 code in either case, or %NULL when Jobscribe does not
 * know it. */
const char *
jd_currency_for_country (const char *country)
{
  const CountryCurrency *found;

  if (country == NULL)
    return NULL;

  found = bsearch (country, country_currencies, G_N_ELEMENTS (country_currencies),
                   sizeof country_currencies[0], compare_country);
  return found != NULL ? found->currency : NULL;
}

/* Returns: (transfer none): the currencies most job ads in the six
 * languages are paid in, the most common first. */
const char * const *
jd_currency_get_common (void)
{
  static const char * const common[] = {
    "EUR", "USD", "GBP", "CHF", "BRL", "MXN", "ARS", "CLP", "COP", "CAD",
    "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "AOA", "MZN", NULL
  };

  return common;
}
