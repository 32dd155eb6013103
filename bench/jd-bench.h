/* jd-bench.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the benchmark programs share.
 */

#pragma once

#include <glib.h>

/* For g_array_sort() of doubles, smallest first. */
static inline int
jd_bench_compare_doubles (gconstpointer a,
                          gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return x < y ? -1 : x > y;
}
