/*
 * mv_ks.h: the two-sample Kolmogorov-Smirnov test the `share` method runs per dimension on the
 * reservoirs, with scipy.stats.ks_2samp(method='asymp')'s p-value (special.h's kstwo).
 */
#ifndef MC_MV_KS_H
#define MC_MV_KS_H

#include <stddef.h>

/* D = sup |F_a - F_b| of a[0..na) and b[0..nb), both sorted ascending by the caller. */
double mc_mv_ks_stat(const double *a, size_t na, const double *b, size_t nb);

/*
 * scipy.stats.ks_2samp's asymptotic two-sided p-value: kstwo.sf(D, round(na nb / (na + nb)))
 * (round half to even, as numpy.round).
 */
double mc_mv_ks_pvalue(double D, size_t na, size_t nb);

#endif /* MC_MV_KS_H */
