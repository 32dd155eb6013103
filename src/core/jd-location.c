/* jd-location.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jd-location"

#include "config.h"

#include "jd-location.h"
#include "jd-util-private.h"

G_DEFINE_BOXED_TYPE (JdLocation, jd_location, jd_location_copy, jd_location_free)

/* Empty strings are stored as %NULL so that equal places compare equal. */
JdLocation *
jd_location_new (const char *city,
                 const char *region,
                 const char *country)
{
  JdLocation *self = g_new0 (JdLocation, 1);

  self->city = g_strdup (_jd_empty_to_null (city));
  self->region = g_strdup (_jd_empty_to_null (region));
  self->country = g_strdup (_jd_empty_to_null (country));

  return self;
}

JdLocation *
jd_location_copy (const JdLocation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return jd_location_new (self->city, self->region, self->country);
}

void
jd_location_free (JdLocation *self)
{
  if (self == NULL)
    return;

  g_free (self->city);
  g_free (self->region);
  g_free (self->country);
  g_free (self);
}

gboolean
jd_location_equal (const JdLocation *a,
                   const JdLocation *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (a->city, b->city) == 0 &&
         g_strcmp0 (a->region, b->region) == 0 &&
         g_strcmp0 (a->country, b->country) == 0;
}
