/* jd-location.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jd-types.h"

G_BEGIN_DECLS

#define JD_TYPE_LOCATION (jd_location_get_type ())

/* A place of work, as in schema.org PostalAddress: the country is an
 * ISO 3166-1 alpha-2 code. */
struct _JdLocation
{
  char *city;
  char *region;
  char *country;
};

GType       jd_location_get_type (void) G_GNUC_CONST;
JdLocation *jd_location_new      (const char       *city,
                                  const char       *region,
                                  const char       *country);
JdLocation *jd_location_copy     (const JdLocation *self);
void        jd_location_free     (JdLocation       *self);
gboolean    jd_location_equal    (const JdLocation *a,
                                  const JdLocation *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JdLocation, jd_location_free)

G_END_DECLS
