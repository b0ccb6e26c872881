/*
 * special.h: special functions for p-values: normal, gamma/chi-square, beta/F/t, Kolmogorov.
 *
 * Plain C11 on top of libm (erfc, lgamma, log1p, expm1). Survival functions are computed
 * directly (never as 1 - cdf) wherever the upper tail is small, so that p-values keep their
 * relative accuracy down to the underflow limit. Invalid arguments (NaN, negative degrees of
 * freedom...) return NaN; the callers in src/ decide whether that is an error.
 *
 * The reference values of test/unit/test_special.c come from scipy 1.10 (scipy.special and
 * scipy.stats), whose conventions the statistics of tests2s.c reproduce.
 */
#ifndef MC_SPECIAL_H
#define MC_SPECIAL_H

#include <stdint.h>

/* Standard normal distribution: P(Z <= x) and P(Z > x). */
double mc_normal_cdf(double x);
double mc_normal_sf(double x);

/* ln Gamma(x) for x > 0 (libm lgamma without the sign). */
double mc_lgamma(double x);

/*
 * Regularized incomplete gamma functions P(a, x) = gamma(a, x) / Gamma(a) and Q = 1 - P,
 * for a > 0, x >= 0. Series for x < a + 1, continued fraction otherwise; the prefactor
 * x^a e^-x / Gamma(a) is evaluated with Loader's deviance form so that it keeps its relative
 * accuracy for large a.
 */
double mc_gammainc_p(double a, double x);
double mc_gammainc_q(double a, double x);

/* Chi-square distribution with df > 0 degrees of freedom: P(X > x) and P(X <= x). */
double mc_chi2_sf(double x, double df);
double mc_chi2_cdf(double x, double df);

/*
 * Regularized incomplete beta function I_x(a, b) for a, b > 0, 0 <= x <= 1, and its complement
 * 1 - I_x(a, b) = I_{1-x}(b, a) computed without cancellation.
 */
double mc_betainc(double a, double b, double x);
double mc_betainc_complement(double a, double b, double x);

/* F distribution with (d1, d2) degrees of freedom: P(F > x), P(F <= x). */
double mc_f_sf(double x, double d1, double d2);
double mc_f_cdf(double x, double d1, double d2);

/* Student's t distribution with df > 0 degrees of freedom: P(T > t), P(T <= t). */
double mc_t_sf(double t, double df);
double mc_t_cdf(double t, double df);

/*
 * Kolmogorov's limiting distribution of sqrt(n) D_n (scipy.special.kolmogorov / kolmogc):
 * sf(x) = 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 x^2), cdf by the Jacobi theta series for small x.
 */
double mc_kolmogorov_sf(double x);
double mc_kolmogorov_cdf(double x);

/*
 * One-sided one-sample Kolmogorov-Smirnov distribution P(D+_n >= d) (scipy.special.smirnov):
 * the Smirnov / Birnbaum-Tingey sum of positive terms, evaluated in extended precision; for
 * n > 1,000,000 scipy's approximation exp(-(6nd+1)^2 / (18n)).
 */
double mc_smirnov_sf(int64_t n, double d);

/*
 * Two-sided one-sample Kolmogorov-Smirnov distribution of D_n (scipy.stats.kstwo), with the
 * algorithm selection of Simard and L'Ecuyer (2011) exactly as scipy 1.10 _ksstats.kolmogn:
 * Ruben-Gambino closed forms at the ends, the Durbin matrix (Marsaglia-Tsang-Wang) where the
 * exact value is needed, 2 * smirnov in the upper tail and Pelz-Good elsewhere for n > 140.
 */
double mc_kstwo_sf(int64_t n, double d);
double mc_kstwo_cdf(int64_t n, double d);

/*
 * Modified Bessel function of the second kind K_nu(x), x > 0, multiplied by e^x (exponentially
 * scaled, like scipy.special.kve). Trapezoidal rule on K_nu(x) = int_0^inf exp(-x cosh t)
 * cosh(nu t) dt, whose step is chosen from the analyticity strip of the integrand: relative
 * error below 1e-13 for |nu| <= 2 (the Cramer-von Mises limit uses nu = 1/4); it degrades for
 * large orders (about 1e-7 at nu = 30).
 */
double mc_bessel_kve(double nu, double x);

/*
 * Limiting distribution of the Cramer-von Mises statistic (Csorgo and Faraway 1996, eq. 1.2 and
 * 1.3), with scipy 1.10's truncation of the series (terms are added until one below 1e-7 in
 * magnitude has been added): scipy.stats._hypotests._cdf_cvm_inf.
 */
double mc_cvm_inf_cdf(double x);

/* log(1 + x) - x, accurate also for small |x|. */
double mc_log1pmx(double x);

#endif /* MC_SPECIAL_H */
