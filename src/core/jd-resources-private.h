/* jd-resources-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jd-core-resources.h"
#include "jd-library-resources.h"

G_BEGIN_DECLS

/* The core's resources (schemas, the template library) register themselves
 * when their object file is linked in; naming the getter makes sure the
 * linker keeps it, even from a static library. */
static inline void
_jd_resources_ensure (void)
{
  (void)jd_core_get_resource ();
  (void)jd_library_get_resource ();
}

G_END_DECLS
