/* jd-amount.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *jd_amount_format (double       amount,
                            const char  *lang);
gboolean  jd_amount_parse  (const char  *text,
                            double      *amount);

const char         *jd_currency_for_country (const char *country);
const char * const *jd_currency_get_common  (void);

G_END_DECLS
