/*
 * mv_pvalue.c: F and Kolmogorov tails for the multivariate tests (private stand-ins for the
 * drift area's special.h, see mv_pvalue.h).
 */
#include "mv_pvalue.h"

#include <float.h>
#include <math.h>

#define MV_PI 3.14159265358979323846

/*
 * Continued fraction of the incomplete beta function (the modified Lentz algorithm, as in
 * Numerical Recipes section 6.4 and Didonato & Morris); converges fast for x < (a+1)/(a+b+2).
 */
static double
betacf(double a, double b, double x)
{
	const double tiny = 1e-300;
	double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0), h;

	if (fabs(d) < tiny)
		d = tiny;
	d = 1.0 / d;
	h = d;
	for (int m = 1; m <= 10000; m++)
	{
		double m2 = 2.0 * m, aa, del;

		aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
		d = 1.0 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1.0 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		h *= d * c;
		aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
		d = 1.0 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1.0 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		del = d * c;
		h *= del;
		if (fabs(del - 1.0) < 4 * DBL_EPSILON)
			break;
	}
	return h;
}

double
mc_mv_betainc(double a, double b, double x)
{
	double lbt;

	if (isnan(a) || isnan(b) || isnan(x) || a <= 0 || b <= 0 || x < 0 || x > 1)
		return NAN;
	if (x == 0.0)
		return 0.0;
	if (x == 1.0)
		return 1.0;
	lbt = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x);
	if (x < (a + 1.0) / (a + b + 2.0))
		return exp(lbt) * betacf(a, b, x) / a;
	return 1.0 - exp(lbt) * betacf(b, a, 1.0 - x) / b;
}

/* P(F > x) = I_{d2 / (d2 + d1 x)}(d2 / 2, d1 / 2), evaluated from the side that keeps precision */
double
mc_mv_f_sf(double x, double d1, double d2)
{
	double a = d2 / 2.0, b = d1 / 2.0, u, lbt, t;

	if (isnan(x) || !(d1 > 0) || !(d2 > 0))
		return NAN;
	if (x <= 0)
		return 1.0;
	if (isinf(x))
		return 0.0;
	/* u = d2 / (d2 + d1 x) and 1 - u = d1 x / (d2 + d1 x), each without cancellation */
	u = d2 / (d2 + d1 * x);
	t = d1 * x / (d2 + d1 * x);
	lbt = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(u) + b * log(t);
	if (u < (a + 1.0) / (a + b + 2.0))
		return exp(lbt) * betacf(a, b, u) / a;
	return 1.0 - exp(lbt) * betacf(b, a, t) / b;
}

double
mc_mv_kolmogorov_sf(double x)
{
	if (isnan(x))
		return NAN;
	if (x <= 0)
		return 1.0;
	if (x < 1.0)
	{
		/* 1 - CDF, with CDF = sqrt(2 pi) / x sum_k exp(-(2k-1)^2 pi^2 / (8 x^2)) */
		double s = 0, f = -MV_PI * MV_PI / (8.0 * x * x);

		for (int k = 1; k <= 50; k++)
		{
			double t = exp((2.0 * k - 1.0) * (2.0 * k - 1.0) * f);

			s += t;
			if (t < 1e-300 || t < s * 1e-17)
				break;
		}
		return 1.0 - sqrt(2.0 * MV_PI) / x * s;
	}
	{
		/* 2 sum_k (-1)^(k-1) exp(-2 k^2 x^2) */
		double s = 0;

		for (int k = 1; k <= 100; k++)
		{
			double t = exp(-2.0 * k * k * x * x);

			s += (k % 2 ? t : -t);
			if (t < 1e-300 || t < fabs(s) * 1e-17)
				break;
		}
		s *= 2.0;
		return s < 0 ? 0 : (s > 1 ? 1 : s);
	}
}

double
mc_mv_ks_stat(const double *a, size_t na, const double *b, size_t nb)
{
	size_t i = 0, j = 0;
	double D = 0;

	if (na == 0 || nb == 0)
		return NAN;
	/* walk both sorted samples; compare the ECDFs after every distinct value */
	while (i < na && j < nb)
	{
		double v = a[i] <= b[j] ? a[i] : b[j], diff;

		while (i < na && a[i] == v)
			i++;
		while (j < nb && b[j] == v)
			j++;
		diff = fabs((double) i / (double) na - (double) j / (double) nb);
		if (diff > D)
			D = diff;
	}
	return D;
}

double
mc_mv_ks_pvalue(double D, size_t na, size_t nb)
{
	double en = (double) na * (double) nb / ((double) na + (double) nb);

	return mc_mv_kolmogorov_sf(sqrt(en) * D);
}
