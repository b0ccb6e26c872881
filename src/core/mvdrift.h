/*
 * mvdrift.h: two-sample tests between vector profiles (multivariate and embedding drift):
 * Hotelling's T^2, PCA reconstruction error, kernel MMD with a permutation p-value, cosine
 * distance of the means, and the share of dimensions whose own KS test fires.
 * The formulas, with their sources, are at each function in mvdrift.c. No PostgreSQL headers.
 */
#ifndef MC_MVDRIFT_H
#define MC_MVDRIFT_H

#include <stdbool.h>

#include "vprofile.h"

typedef struct mc_mv_result
{
	double statistic;
	double p_value;   /* NaN when the method has none */
	double threshold; /* what the statistic (or p-value) is compared with */
	bool drifted;
	int info;          /* hotelling: rank used; pca: components kept; mmd: permutations */
	double extra;      /* pca: the reference's own error; mmd: bandwidth; others 0 */
	const char *error; /* on MC_ERR_INVALID / MC_ERR_RANGE: what is wrong (static text) */
} mc_mv_result;

/* Hotelling two-sample T^2 with pooled covariance; drifted when p < alpha. */
mc_status mc_mv_hotelling(mc_vprof *a, mc_vprof *b, double alpha, mc_mv_result *res);

/*
 * PCA reconstruction error (NannyML-like): components of the reference explaining more than
 * variance_share of its variance; the statistic is the current data's mean squared
 * reconstruction error; threshold = reference error + sigma * its standard error, unless
 * threshold_abs >= 0 is given.
 */
mc_status mc_mv_pca(mc_vprof *ref, mc_vprof *cur, double variance_share, bool standardize,
                    double sigma, double threshold_abs, mc_mv_result *res);

/*
 * Unbiased MMD^2 with an RBF kernel between the reservoirs (at most max_samples rows each);
 * bandwidth <= 0 selects the median heuristic; permutation p-value from `permutations`
 * relabellings drawn from splitmix64(seed).
 */
mc_status mc_mv_mmd(mc_vprof *a, mc_vprof *b, int permutations, uint64_t seed, double bandwidth,
                    int max_samples, double alpha, mc_mv_result *res);

/* Cosine distance 1 - cos(mean_a, mean_b); drifted when above threshold. */
mc_status mc_mv_cosine(mc_vprof *a, mc_vprof *b, double threshold, mc_mv_result *res);

/* Share of dimensions whose two-sample KS test on the reservoirs has p < alpha. */
mc_status mc_mv_share(mc_vprof *a, mc_vprof *b, double alpha, double drift_share,
                      mc_mv_result *res);

#endif /* MC_MVDRIFT_H */
