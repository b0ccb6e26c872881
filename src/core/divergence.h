/*
 * divergence.h: comparisons of two binned distributions (category counts, or counts of a
 * numeric column in reference-quantile bins): chi-square test of homogeneity, two-proportion z
 * test, PSI, Kullback-Leibler, Jensen-Shannon, Hellinger, L-infinity.
 *
 * a[] is the reference, b[] the current distribution, both k non-negative counts over the same
 * bins (in the same order). Proportions are counts divided by their total. Where a logarithm
 * needs positive proportions (PSI, KL) every proportion below eps is raised to eps and each
 * distribution renormalized to sum 1 (scipy.stats.entropy normalizes the same way). A side
 * with total 0 gives NaN.
 */
#ifndef MC_DIVERGENCE_H
#define MC_DIVERGENCE_H

#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"
#include "tests2s.h"

/* Smoothing floor of empty bins for PSI and KL. */
#define MC_DIVERGENCE_EPS 1e-4

/*
 * Pearson chi-square test of homogeneity of the 2 x k table (a; b), as
 * scipy.stats.chi2_contingency(table, correction=False) after dropping the bins empty on both
 * sides: statistic sum (O - E)^2 / E, E = row total * column total / N, p = chi2.sf(stat, k' - 1)
 * with k' the non-empty bins; with k' = 1 the statistic is 0 and p = 1 (scipy's degenerate
 * case). *dof receives k' - 1. MC_ERR_INVALID when a side has total 0.
 */
mc_status mc_chi2_homogeneity(const double *a, const double *b, size_t k, mc_test_result *r,
                              double *dof);

/*
 * Two-proportion z test (pooled): z = (x2/n2 - x1/n1) / sqrt(p (1 - p) (1/n1 + 1/n2)),
 * p = (x1 + x2) / (n1 + n2), two-sided p-value 2 P(Z > |z|) (= the chi-square test of the 2 x 2
 * table, z^2 = chi2). When p is 0 or 1 (both samples all false or all true) z = 0, p-value 1.
 * MC_ERR_INVALID when n1 or n2 is 0.
 */
mc_status mc_two_proportion_z(double x1, double n1, double x2, double n2, mc_test_result *r);

/* PSI = sum (q - p) ln(q / p) over the smoothed proportions (p reference, q current). */
double mc_psi(const double *a, const double *b, size_t k, double eps);
/* KL(reference || current) = sum p ln(p / q), smoothed, natural log. */
double mc_kl_divergence(const double *a, const double *b, size_t k, double eps);
/*
 * Jensen-Shannon distance, base 2, in [0, 1]: sqrt((KL(p || m) + KL(q || m)) / (2 ln 2)),
 * m = (p + q) / 2, unsmoothed (= scipy.spatial.distance.jensenshannon(p, q, base=2)); a
 * negative rounding residue under the square root is taken as 0.
 */
double mc_js_distance(const double *a, const double *b, size_t k);
/* Hellinger distance in [0, 1]: sqrt(sum (sqrt p - sqrt q)^2 / 2), unsmoothed. */
double mc_hellinger(const double *a, const double *b, size_t k);
/* L-infinity distance max |p - q| of the proportions (TFDV's categorical comparator). */
double mc_linf(const double *a, const double *b, size_t k);

#endif /* MC_DIVERGENCE_H */
