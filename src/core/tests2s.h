/*
 * tests2s.h: two-sample statistics on sorted weighted samples (drift between a reference and a
 * current distribution of numbers).
 *
 * A sample is either raw sorted values (weights NULL: each value counts once, ties allowed) or a
 * weighted view (values strictly increasing, integer weights): the exact distinct values of a
 * profile with their counts, or the items of a KLL sketch with their weights. Every statistic
 * reproduces the scipy 1.10 function it is named after, on the expanded sample (each value
 * repeated weight times), with the same p-value method:
 *   ks        scipy.stats.ks_2samp(x, y, method='auto')
 *   cvm       scipy.stats.cramervonmises_2samp(x, y, method='auto')
 *   anderson  scipy.stats.anderson_ksamp([x, y], midrank=True)
 *   W1        scipy.stats.wasserstein_distance(x, y)
 * Values must be finite (callers exclude NaN and +-Infinity).
 */
#ifndef MC_TESTS2S_H
#define MC_TESTS2S_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"

typedef struct mc_wsample
{
	const double *values;    /* ascending (strictly when weights != NULL) */
	const uint64_t *weights; /* NULL: each value has weight 1 */
	size_t n;                /* entries in values (and weights) */
} mc_wsample;

/* How a p-value was obtained. */
typedef enum mc_pmethod
{
	MC_P_NONE = 0,     /* no p-value (undefined for these samples) */
	MC_P_EXACT,        /* exact null distribution */
	MC_P_ASYMPTOTIC,   /* limiting / approximating distribution */
	MC_P_INTERPOLATED, /* interpolated in a table of critical values (anderson) */
} mc_pmethod;

typedef struct mc_test_result
{
	double statistic;
	double pvalue;      /* NaN when undefined */
	mc_pmethod pmethod; /* how pvalue was computed */
} mc_test_result;

/* Sum of the weights (the sample size); 0 for an empty sample. */
uint64_t mc_wsample_total(const mc_wsample *s);

/* Population (ddof = 0) standard deviation, numpy.std(x); NaN for an empty sample. */
double mc_wsample_std(const mc_wsample *s);
/* Mean, NaN for an empty sample. */
double mc_wsample_mean(const mc_wsample *s);

/*
 * Quantiles with numpy.quantile's default 'linear' method (virtual index (n - 1) q, linear
 * interpolation written as numpy's _lerp), q[i] in [0, 1]. MC_ERR_INVALID for an empty sample.
 */
mc_status mc_wsample_quantiles(const mc_wsample *s, const double *q, size_t nq, double *out);

/*
 * Counts of the right-closed bins defined by nedges ascending edges e_1 < ... < e_k:
 * (-inf, e_1], (e_1, e_2], ..., (e_k, +inf) -> counts[0 .. k] (k + 1 bins), i.e. the bin of x
 * is numpy.searchsorted(edges, x, side='left').
 */
void mc_wsample_bin_counts(const mc_wsample *s, const double *edges, size_t nedges, double *counts);

/*
 * Two-sample Kolmogorov-Smirnov: D = max |F_x - F_y| over the pooled values and scipy's
 * method='auto' p-value: exact (Hodges' lattice-path recursions) when both sizes are at most
 * 10,000, else kstwo.sf(D, round(m n / (m + n))). As scipy, the exact path reports D rounded to
 * the lattice h / lcm(m, n). MC_ERR_INVALID when a sample is empty.
 */
mc_status mc_ks_2samp(const mc_wsample *x, const mc_wsample *y, mc_test_result *r);

/*
 * mc_ks_2samp on raw values in any order (each counts once; finite, ties allowed): the same
 * statistic and p-value, bit for bit, found without sorting (src/core/ksbound.c): only the
 * values near the extremes of F_x - F_y are ever ordered. The arrays are not modified.
 * MC_ERR_INVALID when a sample is empty, MC_ERR_RANGE above 2^31 values per sample.
 */
mc_status mc_ks_2samp_unsorted(const double *x, size_t nx, const double *y, size_t ny,
                               mc_test_result *r);

/* max and min of F_x - F_y over the pooled values of two unsorted raw samples (ksbound.c) */
mc_status mc_ks_extremes_unsorted(const double *x, size_t nx, const double *y, size_t ny,
                                  double *maxS, double *minD);

/* The KS statistic D alone (no p-value, no rounding to the lattice); MC_ERR_INVALID if empty. */
mc_status mc_ks_statistic(const mc_wsample *x, const mc_wsample *y, double *d);

/*
 * Two-sample Cramer-von Mises T (Anderson 1962) with midranks for ties, and scipy's
 * method='auto' p-value: exact (Xiao, Gordon and Yakovlev 2006) when both sizes are at most 20,
 * else the normalized statistic against the limiting distribution. NaN statistic and p-value
 * (MC_P_NONE) when a sample has fewer than 2 values.
 */
mc_status mc_cvm_2samp(const mc_wsample *x, const mc_wsample *y, mc_test_result *r);

/*
 * k-sample Anderson-Darling for k = 2 (Scholz and Stephens 1987, A2akN with midranks),
 * standardized as scipy does, and its p-value interpolated on the log scale between the
 * tabulated critical values, capped to [0.001, 0.25]. NaN (MC_P_NONE) when there are fewer
 * than 2 distinct values or fewer than 4 values in total.
 */
mc_status mc_anderson_2samp(const mc_wsample *x, const mc_wsample *y, mc_test_result *r);

/* First Wasserstein distance between the two empirical distributions; MC_ERR_INVALID if empty. */
mc_status mc_wasserstein1(const mc_wsample *x, const mc_wsample *y, double *w);

/* Number of distinct values (1 for a weighted view of one item); 0 when empty. */
size_t mc_wsample_distinct(const mc_wsample *s);

#endif /* MC_TESTS2S_H */
