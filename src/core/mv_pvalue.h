/*
 * mv_pvalue.h: the distribution tails the multivariate tests need (PRIVATE to the multivariate
 * area). The shared src/core/special.h of the drift area had not landed on main when this was
 * written; these are self-contained stand-ins to be replaced by it (see README, multivariate).
 */
#ifndef MC_MV_PVALUE_H
#define MC_MV_PVALUE_H

#include <stddef.h>

/* Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 <= x <= 1. */
double mc_mv_betainc(double a, double b, double x);

/* Survival function of the F(d1, d2) distribution: P(F > x) (scipy.stats.f.sf). */
double mc_mv_f_sf(double x, double d1, double d2);

/* Kolmogorov's limiting distribution: P(K > x) (scipy.stats.kstwobign.sf). */
double mc_mv_kolmogorov_sf(double x);

/*
 * Two-sample Kolmogorov-Smirnov statistic D = sup |F_a - F_b| of the values a[0..na) and
 * b[0..nb) (both sorted ascending by the caller) and its asymptotic p-value
 * kstwobign.sf(sqrt(na nb / (na + nb)) D).
 */
double mc_mv_ks_stat(const double *a, size_t na, const double *b, size_t nb);
double mc_mv_ks_pvalue(double D, size_t na, size_t nb);

#endif /* MC_MV_PVALUE_H */
