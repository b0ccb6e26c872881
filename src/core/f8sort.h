/*
 * f8sort.h: sorting float8 values fast (LSD radix sort on order-preserving 64-bit keys).
 *
 * The key of a double flips the sign bit of non-negative values and every bit of negative
 * ones, so that unsigned key order is numeric order (-0 sorts just before +0, which compare
 * equal). NaN must not be present.
 */
#ifndef MC_F8SORT_H
#define MC_F8SORT_H

#include <stddef.h>

#include "mcbase.h"

/*
 * Sorts x[0..n) ascending. Uses a scratch buffer of n doubles (allocated with mc_alloc);
 * MC_ERR_NOMEM when it cannot be allocated. Small inputs use insertion sort.
 */
mc_status mc_f8sort(double *x, size_t n);

#endif /* MC_F8SORT_H */
