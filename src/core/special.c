/*
 * special.c: special functions behind mlcheck's p-values (see special.h for the contract).
 *
 * Sources: Loader, "Fast and accurate computation of binomial probabilities" (2000) for the
 * deviance form bd0 and the Stirling error; Numerical Recipes / Lentz for the continued
 * fractions of the incomplete gamma and beta functions; Marsaglia, Tsang and Wang (2003) for
 * the Durbin matrix; Pelz and Good (1976); Simard and L'Ecuyer (2011) for the choice between
 * them, in the form scipy 1.10 implements in scipy/stats/_ksstats.py, whose numbers we match.
 */
#include "special.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mcbase.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifndef M_LN2
#define M_LN2 0.69314718055994530942
#endif
#ifndef M_SQRT1_2
#define M_SQRT1_2 0.70710678118654752440
#endif

#define LN_SQRT_2PI 0.918938533204672741780329736406 /* log(sqrt(2 pi)) */
#define SQRT_2PI    2.506628274631000502415765284811 /* sqrt(2 pi) */
#define MINLOG      (-708.3964185322641)             /* log(DBL_MIN) (cephes MINLOG) */

/* ------------------------------------------------------------------ normal */

double
mc_normal_cdf(double x)
{
	if (isnan(x))
		return NAN;
	return 0.5 * erfc(-x * M_SQRT1_2);
}

double
mc_normal_sf(double x)
{
	if (isnan(x))
		return NAN;
	return 0.5 * erfc(x * M_SQRT1_2);
}

double
mc_lgamma(double x)
{
	return lgamma(x);
}

/* ------------------------------------------------------------------ Loader's building blocks */

/*
 * Stirling error delta(a) = ln Gamma(a) - ((a - 1/2) ln a - a + ln sqrt(2 pi)), the part of
 * ln Gamma that Stirling's formula leaves out. For a > 15 its asymptotic series (Bernoulli
 * numbers; the first omitted term is below 3e-16); below, directly from lgamma, where the
 * terms are small enough for the subtraction to stay accurate in absolute terms.
 */
static double
stirlerr(double a)
{
	static const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680,
	                    s4 = 1.0 / 1188;
	double a2;

	if (a <= 15.0)
		return lgamma(a) - (a - 0.5) * log(a) + a - LN_SQRT_2PI;
	a2 = a * a;
	if (a > 500)
		return (s0 - s1 / a2) / a;
	if (a > 80)
		return (s0 - (s1 - s2 / a2) / a2) / a;
	if (a > 35)
		return (s0 - (s1 - (s2 - s3 / a2) / a2) / a2) / a;
	return (s0 - (s1 - (s2 - (s3 - s4 / a2) / a2) / a2) / a2) / a;
}

/*
 * Deviance term bd0(x, m) = x ln(x / m) + m - x >= 0 (Loader 2000). When x and m are close the
 * direct formula cancels; there the series in v = (x - m) / (x + m) is used.
 */
static double
bd0(double x, double m)
{
	if (!(x > 0) || !(m > 0))
	{
		if (x == 0)
			return m;
		return NAN;
	}
	if (isinf(m))
		return INFINITY;
	if (fabs(x - m) < 0.1 * (x + m))
	{
		double v = (x - m) / (x + m);
		double s = (x - m) * v;
		double ej = 2 * x * v;
		double v2 = v * v;

		for (int j = 1; j < 1000; j++)
		{
			double s1;

			ej *= v2;
			s1 = s + ej / (2 * j + 1);
			if (s1 == s)
				return s1;
			s = s1;
		}
		return s;
	}
	return x * log(x / m) + m - x;
}

double
mc_log1pmx(double x)
{
	if (x <= -1)
		return x == -1 ? -INFINITY : NAN;
	if (fabs(x) < 0.125)
	{
		/* -x^2/2 + x^3/3 - x^4/4 ... summed until it no longer changes */
		double term = x * x, sum = 0.0, prev;
		int k = 2;

		do
		{
			prev = sum;
			sum += ((k % 2) ? term : -term) / k;
			term *= x;
			k++;
		} while (sum != prev && k < 200);
		return sum;
	}
	return log1p(x) - x;
}

/* ------------------------------------------------------------------ incomplete gamma */

/* ln(x^a e^-x / Gamma(a)) = -bd0(a, x) + ln sqrt(a / (2 pi)) - delta(a), for a, x > 0 */
static double
log_gamma_prefix(double a, double x)
{
	return -bd0(a, x) + 0.5 * log(a) - LN_SQRT_2PI - stirlerr(a);
}

/* Iteration cap of the series and continued fractions: their length grows like sqrt(a). */
static long
iteration_cap(double a)
{
	double c = 1000.0 + 50.0 * sqrt(a);

	return c > 50000000.0 ? 50000000L : (long) c;
}

/* P(a, x) by its power series, for x < a + 1: x^a e^-x / Gamma(a + 1) sum x^n / (a+1)...(a+n) */
static double
gammainc_series(double a, double x)
{
	double sum = 1.0, term = 1.0;
	long cap = iteration_cap(a);

	for (long n = 1; n < cap; n++)
	{
		term *= x / (a + n);
		sum += term;
		if (term < sum * DBL_EPSILON * 0.5)
			break;
		if ((n & 1023) == 0)
			mc_check_interrupts();
	}
	return exp(log_gamma_prefix(a, x) + log(sum) - log(a));
}

/* Q(a, x) by its continued fraction (modified Lentz), for x >= a + 1 */
static double
gammainc_cf(double a, double x)
{
	const double tiny = 1e-300;
	double b = x + 1.0 - a;
	double c = 1.0 / tiny;
	double d = 1.0 / b;
	double h = d;
	long cap = iteration_cap(a);

	for (long i = 1; i < cap; i++)
	{
		double an = -i * (i - a);
		double del;

		b += 2.0;
		d = an * d + b;
		if (fabs(d) < tiny)
			d = tiny;
		c = b + an / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1.0) < DBL_EPSILON)
			break;
		if ((i & 1023) == 0)
			mc_check_interrupts();
	}
	return exp(log_gamma_prefix(a, x) + log(h));
}

double
mc_gammainc_p(double a, double x)
{
	if (isnan(a) || isnan(x) || !(a > 0) || x < 0)
		return NAN;
	if (x == 0)
		return 0.0;
	if (isinf(x))
		return 1.0;
	if (isinf(a))
		return 0.0;
	if (x < a + 1.0)
		return gammainc_series(a, x);
	return 1.0 - gammainc_cf(a, x);
}

double
mc_gammainc_q(double a, double x)
{
	if (isnan(a) || isnan(x) || !(a > 0) || x < 0)
		return NAN;
	if (x == 0)
		return 1.0;
	if (isinf(x))
		return 0.0;
	if (isinf(a))
		return 1.0;
	if (x < a + 1.0)
		return 1.0 - gammainc_series(a, x);
	return gammainc_cf(a, x);
}

double
mc_chi2_sf(double x, double df)
{
	if (isnan(x) || isnan(df) || !(df > 0))
		return NAN;
	if (x <= 0)
		return 1.0;
	return mc_gammainc_q(df / 2.0, x / 2.0);
}

double
mc_chi2_cdf(double x, double df)
{
	if (isnan(x) || isnan(df) || !(df > 0))
		return NAN;
	if (x <= 0)
		return 0.0;
	return mc_gammainc_p(df / 2.0, x / 2.0);
}

/* ------------------------------------------------------------------ incomplete beta */

/*
 * ln(x^a y^b / B(a, b)) with y = 1 - x given separately (it is often known more precisely than
 * 1 - x): with n = a + b, Stirling's formula turns it into
 *   -bd0(a, n x) - bd0(b, n y) + ln sqrt(a b / (2 pi n)) + delta(n) - delta(a) - delta(b),
 * which keeps its relative accuracy when a and b are large (Loader 2000, as in dbinom).
 */
static double
log_beta_prefix(double a, double b, double x, double y)
{
	double n = a + b;

	return -bd0(a, n * x) - bd0(b, n * y) + 0.5 * log(a * (b / n)) - LN_SQRT_2PI + stirlerr(n) -
	       stirlerr(a) - stirlerr(b);
}

/*
 * Continued fraction of I_x(a, b) (Numerical Recipes betacf, modified Lentz), y = 1 - x. The
 * first denominator 1 - (a + b) x / (a + 1) cancels near the switch point x ~ a / (a + b); it is
 * formed as (1 + a y - b x) / (a + 1) instead, from the accurate x and y.
 */
static double
betacf(double a, double b, double x, double y)
{
	const double tiny = 1e-300;
	double qab = a + b, qap = a + 1.0, qam = a - 1.0;
	double c = 1.0, d = (1.0 + a * y - b * x) / qap, h;
	long cap = iteration_cap(a > b ? a : b);

	if (fabs(d) < tiny)
		d = tiny;
	d = 1.0 / d;
	h = d;
	for (long m = 1; m < cap; m++)
	{
		double m2 = 2.0 * m;
		double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
		double del;

		d = 1.0 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1.0 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		h *= d * c;
		aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
		d = 1.0 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1.0 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1.0) < DBL_EPSILON)
			break;
		if ((m & 1023) == 0)
			mc_check_interrupts();
	}
	return h;
}

/*
 * I_x(a, b) (*lower) and 1 - I_x(a, b) (*upper), y = 1 - x. The continued fraction converges
 * fast for x < (a + 1) / (a + b + 2); beyond, the symmetric I_y(b, a) is computed instead, so
 * whichever of the two is small is always computed directly.
 */
static void
ibeta(double a, double b, double x, double y, double *lower, double *upper)
{
	if (x <= 0)
	{
		*lower = 0.0;
		*upper = 1.0;
		return;
	}
	if (y <= 0)
	{
		*lower = 1.0;
		*upper = 0.0;
		return;
	}
	if (x < (a + 1.0) / (a + b + 2.0))
	{
		double cf = betacf(a, b, x, y);

		*lower = exp(log_beta_prefix(a, b, x, y) + log(cf) - log(a));
		*upper = 1.0 - *lower;
	}
	else
	{
		double cf = betacf(b, a, y, x);

		*upper = exp(log_beta_prefix(b, a, y, x) + log(cf) - log(b));
		*lower = 1.0 - *upper;
	}
}

double
mc_betainc(double a, double b, double x)
{
	double lo, up;

	if (isnan(a) || isnan(b) || isnan(x) || !(a > 0) || !(b > 0) || x < 0 || x > 1)
		return NAN;
	ibeta(a, b, x, 1.0 - x, &lo, &up);
	return lo;
}

double
mc_betainc_complement(double a, double b, double x)
{
	double lo, up;

	if (isnan(a) || isnan(b) || isnan(x) || !(a > 0) || !(b > 0) || x < 0 || x > 1)
		return NAN;
	ibeta(a, b, x, 1.0 - x, &lo, &up);
	return up;
}

/*
 * F(d1, d2): P(F <= x) = I_{d1 x / (d1 x + d2)}(d1/2, d2/2). Both the argument and its
 * complement d2 / (d1 x + d2) are formed directly, from the ratio that cannot overflow.
 */
static void
f_probs(double x, double d1, double d2, double *cdf, double *sf)
{
	double u, v;

	if (x <= 1.0)
	{
		double den = d1 * x + d2;

		u = d1 * x / den;
		v = d2 / den;
	}
	else
	{
		double r = (d2 / d1) / x; /* d2 / (d1 x) */

		u = 1.0 / (1.0 + r);
		v = r / (1.0 + r);
	}
	ibeta(d1 / 2.0, d2 / 2.0, u, v, cdf, sf);
}

double
mc_f_sf(double x, double d1, double d2)
{
	double cdf, sf;

	if (isnan(x) || isnan(d1) || isnan(d2) || !(d1 > 0) || !(d2 > 0))
		return NAN;
	if (x <= 0)
		return 1.0;
	if (isinf(x))
		return 0.0;
	f_probs(x, d1, d2, &cdf, &sf);
	return sf;
}

double
mc_f_cdf(double x, double d1, double d2)
{
	double cdf, sf;

	if (isnan(x) || isnan(d1) || isnan(d2) || !(d1 > 0) || !(d2 > 0))
		return NAN;
	if (x <= 0)
		return 0.0;
	if (isinf(x))
		return 1.0;
	f_probs(x, d1, d2, &cdf, &sf);
	return cdf;
}

/* P(|T| > |t|) / 2 = I_{df / (df + t^2)}(df/2, 1/2) / 2, without overflowing t^2 */
static double
t_tail(double t, double df)
{
	double at = fabs(t), z, w, lo, up;

	if (at > sqrt(df))
	{
		double u = sqrt(df) / at; /* u^2 = df / t^2 <= 1 */

		/*
		 * Far tail: z = u^2 / (1 + u^2) would underflow; I_z(a, b) = z^a / (a B(a, b)) (1 + O(z))
		 * with z = u^2 to double precision.
		 */
		if (u < 1e-100)
			return 0.5 * exp(df * log(u) - log(df / 2.0) -
			                 (lgamma(df / 2.0) + lgamma(0.5) - lgamma(df / 2.0 + 0.5)));
		z = u * u / (1.0 + u * u);
		w = 1.0 / (1.0 + u * u);
	}
	else
	{
		z = df / (df + at * at);
		w = at * at / (df + at * at);
	}
	ibeta(df / 2.0, 0.5, z, w, &lo, &up);
	return 0.5 * lo;
}

double
mc_t_sf(double t, double df)
{
	if (isnan(t) || isnan(df) || !(df > 0))
		return NAN;
	if (isinf(t))
		return t > 0 ? 0.0 : 1.0;
	if (t == 0)
		return 0.5;
	return t > 0 ? t_tail(t, df) : 1.0 - t_tail(t, df);
}

double
mc_t_cdf(double t, double df)
{
	if (isnan(t) || isnan(df) || !(df > 0))
		return NAN;
	if (isinf(t))
		return t > 0 ? 1.0 : 0.0;
	if (t == 0)
		return 0.5;
	return t < 0 ? t_tail(t, df) : 1.0 - t_tail(t, df);
}

/* ------------------------------------------------------------------ Kolmogorov (limit) */

#define KOLMOG_CUTOVER 0.82

/*
 * For x <= 0.82 the Jacobi theta form
 *   cdf(x) = sqrt(2 pi) / x * sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 x^2))
 * converges in a few terms; above, the alternating series of the survival function
 *   sf(x) = 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 x^2).
 * Each side computes its small quantity directly and the other as its complement.
 */
static void
kolmogorov_probs(double x, double *cdf, double *sf)
{
	if (x <= 0)
	{
		*cdf = 0.0;
		*sf = 1.0;
		return;
	}
	if (x <= KOLMOG_CUTOVER)
	{
		double a = -M_PI * M_PI / (8.0 * x * x);
		double lead = a + log(SQRT_2PI / x); /* log of the first term times sqrt(2 pi)/x */
		double s = 1.0;

		for (int k = 2; k < 50; k++)
		{
			double r = (double) (2 * k - 1);
			double t = exp(a * (r * r - 1.0));

			s += t;
			if (t < DBL_EPSILON * s)
				break;
		}
		*cdf = lead < MINLOG - 40 ? 0.0 : exp(lead) * s;
		if (*cdf > 1.0)
			*cdf = 1.0;
		*sf = 1.0 - *cdf;
	}
	else
	{
		double a = -2.0 * x * x;
		double s = 0.0;

		for (int k = 1; k < 100; k++)
		{
			double t = exp(a * k * k);

			s += (k % 2) ? t : -t;
			if (t == 0 || t < DBL_EPSILON * s)
				break;
		}
		*sf = 2.0 * s;
		if (*sf < 0)
			*sf = 0.0;
		if (*sf > 1)
			*sf = 1.0;
		*cdf = 1.0 - *sf;
	}
}

double
mc_kolmogorov_sf(double x)
{
	double c, s;

	if (isnan(x))
		return NAN;
	kolmogorov_probs(x, &c, &s);
	return s;
}

double
mc_kolmogorov_cdf(double x)
{
	double c, s;

	if (isnan(x))
		return NAN;
	kolmogorov_probs(x, &c, &s);
	return c;
}

/* ------------------------------------------------------------------ Smirnov (one-sided) */

/* scipy's SMIRNOV_MAX_COMPUTE_N: above it, scipy uses an approximation; so do we */
#define SMIRNOV_MAX_COMPUTE_N 1000000

/*
 * P(D+_n >= d) = d sum_{v=0}^{floor(n(1-d))} C(n,v) (d + v/n)^(v-1) (1 - d - v/n)^(n-v)
 * (Smirnov 1944; Birnbaum and Tingey 1951). Every term is positive. A term with v >= 1 is a
 * binomial probability C(n,v) p^v q^(n-v) divided by p, with p = d + v/n; it is evaluated in
 * Loader's saddle-point form (relative error independent of n), with n p = n d + v and
 * n q = n - v - n d formed from the exact product n d (fma), and summed in long double.
 */
double
mc_smirnov_sf(int64_t n, double d)
{
	double nd, nd_err, fl, alpha;
	int64_t ndfl, vmax;
	long double sum;
	double dn;

	if (n <= 0 || isnan(d) || d < 0 || d > 1)
		return NAN;
	if (n == 1)
		return 1.0 - d;
	if (d == 0)
		return 1.0;
	if (d == 1)
		return 0.0;
	dn = (double) n;

	/* floor(n d) and its fractional part alpha, exactly */
	nd = dn * d;
	nd_err = fma(dn, d, -nd);
	fl = floor(nd);
	alpha = (nd - fl) + nd_err;
	if (alpha < 0)
	{
		fl -= 1;
		alpha += 1;
	}
	if (alpha >= 1)
	{
		fl += 1;
		alpha -= 1;
	}
	ndfl = (int64_t) fl;

	/* d <= 1/n: P(D+ < d) = d (1 + d)^(n-1) */
	if (ndfl == 0 || (ndfl == 1 && alpha == 0))
		return 1.0 - d * exp((dn - 1) * log1p(d));
	/* the survival function underflows */
	if (-2.0 * dn * d * d < MINLOG)
		return 0.0;
	/* d >= 1 - 1/n: only the first term */
	if (ndfl >= n - 1)
		return exp(dn * log1p(-d));
	if (n > SMIRNOV_MAX_COMPUTE_N)
	{
		double logp = -pow(6.0 * dn * d + 1, 2) / 18.0 / dn;

		if (logp < -M_LN2)
			return exp(logp);
		return 1.0 - (-expm1(logp));
	}

	/* the last term, v = n - ceil(n d), has 1 - d - v/n > 0 unless n d is an integer */
	vmax = n - ndfl - 1;
	{
		double logn_stirl = stirlerr(dn);
		double best = 0;

		/* v = 0: (1 - d)^n / d */
		sum = (long double) (exp(dn * log1p(-d)) / d);
		for (int64_t v = 1; v <= vmax; v++)
		{
			double dv = (double) v;
			double np = nd + dv + nd_err;          /* n p = n d + v */
			double nq = ((dn - dv) - nd) - nd_err; /* n q = n - v - n d */
			double p = np / dn;
			double lg =
			    logn_stirl - stirlerr(dv) - stirlerr(dn - dv) - bd0(dv, np) - bd0(dn - dv, nq);
			double term = exp(lg) * sqrt(dn / (2 * M_PI * dv * (dn - dv))) / p;

			sum += term;
			if (term > best)
				best = term;
			else if (term * 4.0 * (double) (vmax - v + 1) < DBL_EPSILON * (double) sum)
				break;
			if ((v & 4095) == 0)
				mc_check_interrupts();
		}
	}
	{
		double p = d * (double) sum;

		return p < 0 ? 0.0 : (p > 1 ? 1.0 : p);
	}
}

/* ------------------------------------------------------------------ Kolmogorov-Smirnov D_n */

/* ln(n! / n^n) = ln sqrt(2 pi n) - n + delta(n) */
static double
log_nfact_over_npow(double n)
{
	return 0.5 * log(n) - n + LN_SQRT_2PI + stirlerr(n);
}

/*
 * P(D_n < d) by the Durbin matrix (Marsaglia, Tsang and Wang 2003): with k = ceil(n d),
 * h = k - n d and m = 2k - 1, it is n!/n^n times the (k,k) entry of H^n, where H is the m x m
 * matrix with H[i][j] = 1/(i-j+1)! for i - j + 1 >= 0 (else 0), corrected in its first column
 * and last row by powers of h. Powers are taken by squaring with a separate binary exponent.
 */
static double
kolmogn_dmtw_cdf(int64_t n, double d)
{
	double nd = (double) n * d;
	int k, m;
	double h;
	double *H, *P, *T;
	long hexp = 0, pexp = 0;
	double p;
	int64_t e;

	if (d >= 1.0)
		return 1.0;
	if (nd <= 0.5)
		return 0.0;
	k = (int) ceil(nd);
	h = k - nd;
	m = 2 * k - 1;
	H = mc_alloc_array((size_t) m * m, sizeof(double));
	P = mc_alloc_array((size_t) m * m, sizeof(double));
	T = mc_alloc_array((size_t) m * m, sizeof(double));
	if (H == NULL || P == NULL || T == NULL)
	{
		mc_free(H);
		mc_free(P);
		mc_free(T);
		return NAN;
	}

	/* H[i][j] = 1/(i-j+1)! below the first superdiagonal, 0 above */
	for (int i = 0; i < m; i++)
		for (int j = 0; j < m; j++)
		{
			int r = i - j + 1;
			double f = 1.0;

			if (r < 0)
			{
				H[i * m + j] = 0.0;
				continue;
			}
			for (int g = 2; g <= r; g++)
				f /= g;
			H[i * m + j] = f;
		}
	/* first column: (1 - h^(i+1)) / (i+1)!; last row: (1 - h^(m-j)) / (m-j)! */
	{
		double fac = 1.0;

		for (int i = 0; i < m; i++)
		{
			fac /= (i + 1);
			H[i * m + 0] = (1.0 - pow(h, i + 1)) * fac;
		}
		fac = 1.0;
		for (int j = m - 1; j >= 0; j--)
		{
			fac /= (m - j);
			H[(m - 1) * m + j] = (1.0 - pow(h, m - j)) * fac;
		}
		/* corner: (1 - 2 h^m + max(0, 2h - 1)^m) / m! */
		H[(m - 1) * m + 0] =
		    (1.0 - 2.0 * pow(h, m) + (2 * h - 1 > 0 ? pow(2 * h - 1, m) : 0)) * fac;
	}

	/* P = identity; binary powering of H */
	memset(P, 0, sizeof(double) * m * m);
	for (int i = 0; i < m; i++)
		P[i * m + i] = 1.0;
	e = n;
	while (e > 0)
	{
		if (e & 1)
		{
			/* P = P H */
			for (int i = 0; i < m; i++)
				for (int j = 0; j < m; j++)
				{
					double s = 0;

					for (int l = 0; l < m; l++)
						s += P[i * m + l] * H[l * m + j];
					T[i * m + j] = s;
				}
			memcpy(P, T, sizeof(double) * m * m);
			pexp += hexp;
		}
		e >>= 1;
		if (e == 0)
			break;
		/* H = H H, rescaled by 2^-128 when its (k,k) entry grows large */
		for (int i = 0; i < m; i++)
			for (int j = 0; j < m; j++)
			{
				double s = 0;

				for (int l = 0; l < m; l++)
					s += H[i * m + l] * H[l * m + j];
				T[i * m + j] = s;
			}
		memcpy(H, T, sizeof(double) * m * m);
		hexp *= 2;
		if (fabs(H[(k - 1) * m + (k - 1)]) > 0x1p128)
		{
			for (int i = 0; i < m * m; i++)
				H[i] = ldexp(H[i], -128);
			hexp += 128;
		}
		mc_check_interrupts();
	}
	p = P[(k - 1) * m + (k - 1)];
	mc_free(H);
	mc_free(P);
	mc_free(T);

	/* times n! / n^n, keeping the running product in range */
	for (int64_t i = 1; i <= n; i++)
	{
		p = (double) i * p / (double) n;
		if (fabs(p) < 0x1p-128)
		{
			p = ldexp(p, 128);
			pexp -= 128;
		}
	}
	p = ldexp(p, (int) (pexp < -100000 ? -100000 : (pexp > 100000 ? 100000 : pexp)));
	return p < 0 ? 0.0 : (p > 1 ? 1.0 : p);
}

/*
 * Pelz-Good approximation of P(D_n <= d): the Li-Chien/Korolyuk expansion
 * K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5, z = d sqrt(n), with each K_i rewritten through
 * Jacobi theta functions so that it converges for small z (Pelz and Good 1976). The number of
 * terms and the summation order follow scipy's _kolmogn_PelzGood.
 */
static double
kolmogn_pelzgood_cdf(int64_t n, double d)
{
	const double pi2 = M_PI * M_PI, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
	double z, z2, z3, z4, z6, qlog, q, K[4] = {0, 0, 0, 0};
	double k1a, k1b, k2a, k2b, k2c, k3a, k3b, k3c, k3d;
	double q2, k2extra = 0, k3extra = 0, sqrt3z;
	int maxk;

	if (d <= 0)
		return 0.0;
	if (d >= 1)
		return 1.0;
	z = sqrt((double) n) * d;
	z2 = z * z;
	z3 = z2 * z;
	z4 = z2 * z2;
	z6 = z4 * z2;
	qlog = -pi2 / 8 / z2;
	if (qlog < -708)
		return 0.0;
	q = exp(qlog);

	k1a = -z2;
	k1b = pi2 / 4;
	k2a = 6 * z6 + 2 * z4;
	k2b = (2 * z4 - 5 * z2) * pi2 / 4;
	k2c = pi4 * (1 - 2 * z2) / 16;
	k3d = pi6 * (5 - 30 * z2) / 64;
	k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
	k3b = pi2 * (135 * z4 - 96 * z6) / 4;
	k3a = -30 * z6 - 90 * z4 * z4;

	/* Horner scheme over odd m = 2k - 1: sum c_k q^((2k-1)^2) */
	maxk = (int) ceil(16 * z / M_PI);
	for (int k = maxk; k >= 1; k--)
	{
		double mm = 2.0 * k - 1, m2 = mm * mm, m4 = m2 * m2, m6 = m4 * m2;
		double qp = pow(q, 8.0 * k);
		double c[4] = {1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4,
		               k3a + k3b * m2 + k3c * m4 + k3d * m6};

		for (int i = 0; i < 4; i++)
			K[i] = K[i] * qp + c[i];
	}
	for (int i = 0; i < 4; i++)
		K[i] = K[i] * q * SQRT_2PI;
	K[0] /= z;
	K[1] /= 6 * z4;
	K[2] /= 72 * z4 * z3;
	K[3] /= 6480 * z4 * z6;

	/* the sums over all integers k of K2 and K3 */
	q2 = exp(-pi2 / 2 / z2);
	sqrt3z = sqrt(3.0) * z;
	for (int k = maxk; k >= 1; k--)
	{
		double ks = (double) k * k;
		double qp = pow(q2, ks);
		double kpi = M_PI * k;

		k2extra += ks * qp;
		k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * ks * qp;
	}
	K[2] += k2extra * (pi2 * SQRT_2PI / (-36 * z3));
	K[3] += k3extra * (pi2 * SQRT_2PI / (216 * z6));
	{
		double rn = sqrt((double) n);

		K[1] /= rn;
		K[2] /= (double) n;
		K[3] /= (double) n * rn;
	}
	return K[0] + K[1] + K[2] + K[3];
}

static double
clip01(double p)
{
	return p < 0 ? 0.0 : (p > 1 ? 1.0 : p);
}

/*
 * Simard and L'Ecuyer's selection, as in scipy 1.10 _kolmogn; want_sf selects the tail.
 * Where scipy runs Pomeranz's recursion (n <= 140, 0.754693 < n d^2 <= 4) we use the Durbin
 * matrix: both are exact algorithms and agree to rounding.
 */
static double
kolmogn(int64_t n, double d, int want_sf)
{
	double dn = (double) n, t, nxsq, cdf;

	if (n <= 0 || isnan(d))
		return NAN;
	if (d >= 1.0)
		return want_sf ? 0.0 : 1.0;
	if (d <= 0.0)
		return want_sf ? 1.0 : 0.0;
	t = dn * d;
	if (t <= 1.0)
	{
		double prob;

		/* Ruben-Gambino: P(D_n <= d) = n!/n^n (2t - 1)^n for 1/(2n) <= d <= 1/n */
		if (t <= 0.5)
			return want_sf ? 1.0 : 0.0;
		if (n <= 140)
		{
			prob = 1.0;
			for (int64_t i = 1; i <= n; i++)
				prob *= (double) i * (1.0 / dn) * (2 * t - 1);
		}
		else
			prob = exp(log_nfact_over_npow(dn) + dn * log(2 * t - 1));
		return want_sf ? clip01(1.0 - prob) : clip01(prob);
	}
	if (t >= dn - 1)
	{
		double prob = 2 * pow(1.0 - d, dn);

		return want_sf ? clip01(prob) : clip01(1 - prob);
	}
	if (d >= 0.5)
	{
		double prob = 2 * mc_smirnov_sf(n, d);

		return want_sf ? clip01(prob) : clip01(1.0 - prob);
	}
	nxsq = t * d;
	if (n <= 140)
	{
		if (nxsq <= 4)
		{
			cdf = kolmogn_dmtw_cdf(n, d);
			return want_sf ? clip01(1.0 - cdf) : clip01(cdf);
		}
		{
			double prob = 2 * mc_smirnov_sf(n, d);

			return want_sf ? clip01(prob) : clip01(1.0 - prob);
		}
	}
	if (want_sf)
	{
		if (nxsq >= 370.0)
			return 0.0;
		if (nxsq >= 2.2)
			return clip01(2 * mc_smirnov_sf(n, d));
	}
	if (nxsq >= 18.0)
		cdf = 1.0;
	else if (n <= 100000 && dn * pow(d, 1.5) <= 1.4)
		cdf = kolmogn_dmtw_cdf(n, d);
	else
		cdf = kolmogn_pelzgood_cdf(n, d);
	return want_sf ? clip01(1.0 - cdf) : clip01(cdf);
}

double
mc_kstwo_sf(int64_t n, double d)
{
	return kolmogn(n, d, 1);
}

double
mc_kstwo_cdf(int64_t n, double d)
{
	return kolmogn(n, d, 0);
}

/* ------------------------------------------------------------------ Bessel K, Cramer-von Mises */

double
mc_bessel_kve(double nu, double x)
{
	double d, hstep, sum;

	if (isnan(nu) || isnan(x) || x < 0)
		return NAN;
	if (x == 0)
		return INFINITY;
	if (isinf(x))
		return 0.0;
	nu = fabs(nu);

	/*
	 * e^x K_nu(x) = int_0^inf g(t) dt, g(t) = exp(-x (cosh t - 1)) cosh(nu t), cosh t - 1 =
	 * 2 sinh^2(t/2). g is analytic in the strip |Im t| < d with |g| <= exp(x (1 - cos d)) there,
	 * so the trapezoidal rule with step h errs by about exp(x (1 - cos d) - 2 pi d / h): d =
	 * min(1.2, sqrt(2/x)) and h = 2 pi d / 42 keep it near 1e-17 relative. The sum stops once the
	 * terms are negligible and decreasing (past the maximum of g).
	 */
	d = sqrt(2.0 / x);
	if (d > 1.2)
		d = 1.2;
	hstep = 2 * M_PI * d / 42.0;
	sum = 0.5; /* g(0) / 2 */
	for (long k = 1; k < 1000000; k++)
	{
		double t = k * hstep;
		double sh = sinh(t / 2);
		double e = -2.0 * x * sh * sh;
		/* exp(e) cosh(nu t) without overflowing cosh for large nu t */
		double g = 0.5 * (exp(e + nu * t) + exp(e - nu * t));

		sum += g;
		if (g < 1e-18 * sum && -e > nu * t)
			break;
	}
	return sum * hstep;
}

/*
 * cdf of the limiting Cramer-von Mises distribution (Csorgo and Faraway 1996, eq. 1.3):
 *   sum_k Gamma(k + 1/2) / (Gamma(k + 1) pi^(3/2) sqrt(x)) sqrt(4k + 1)
 *         exp(-(4k+1)^2 / (16x)) K_{1/4}((4k+1)^2 / (16x)),
 * adding terms until one of magnitude below 1e-7 has been added (scipy's stopping rule).
 */
double
mc_cvm_inf_cdf(double x)
{
	double tot = 0.0;

	if (isnan(x))
		return NAN;
	if (x <= 0)
		return 0.0;
	for (int k = 0; k < 100000; k++)
	{
		double u = exp(lgamma(k + 0.5) - lgamma(k + 1.0)) / (pow(M_PI, 1.5) * sqrt(x));
		double y = 4.0 * k + 1;
		double q = y * y / (16.0 * x);
		/* exp(-q) K_{1/4}(q) = exp(-2q) kve(1/4, q) */
		double z = u * sqrt(y) * exp(-2.0 * q) * mc_bessel_kve(0.25, q);

		tot += z;
		if (!(fabs(z) >= 1e-7))
			break;
	}
	return tot;
}
