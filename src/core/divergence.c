/*
 * divergence.c: comparisons of two binned distributions (see divergence.h). The conventions
 * follow scipy 1.10: chi2_contingency (scipy/stats/contingency.py), entropy and
 * spatial.distance.jensenshannon.
 */
#include "divergence.h"

#include <math.h>

#include "special.h"

static double
total_of(const double *a, size_t k)
{
	double t = 0;

	for (size_t i = 0; i < k; i++)
		t += a[i];
	return t;
}

mc_status
mc_chi2_homogeneity(const double *a, const double *b, size_t k, mc_test_result *r, double *dof)
{
	double ta = total_of(a, k), tb = total_of(b, k), N = ta + tb, stat = 0;
	size_t used = 0;

	if (!(ta > 0) || !(tb > 0))
		return MC_ERR_INVALID;
	for (size_t i = 0; i < k; i++)
		if (a[i] + b[i] > 0)
			used++;
	*dof = (double) used - 1;
	r->pmethod = MC_P_ASYMPTOTIC;
	if (used <= 1)
	{
		r->statistic = 0.0;
		r->pvalue = 1.0;
		return MC_OK;
	}
	for (size_t i = 0; i < k; i++)
	{
		double col = a[i] + b[i], ea, eb;

		if (!(col > 0))
			continue;
		ea = ta * col / N;
		eb = tb * col / N;
		stat += (a[i] - ea) * (a[i] - ea) / ea;
		stat += (b[i] - eb) * (b[i] - eb) / eb;
	}
	r->statistic = stat;
	r->pvalue = mc_chi2_sf(stat, *dof);
	return MC_OK;
}

mc_status
mc_two_proportion_z(double x1, double n1, double x2, double n2, mc_test_result *r)
{
	double p, se, z;

	if (!(n1 > 0) || !(n2 > 0) || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2)
		return MC_ERR_INVALID;
	p = (x1 + x2) / (n1 + n2);
	r->pmethod = MC_P_ASYMPTOTIC;
	if (p <= 0 || p >= 1)
	{
		r->statistic = 0.0;
		r->pvalue = 1.0;
		return MC_OK;
	}
	se = sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
	z = (x2 / n2 - x1 / n1) / se;
	r->statistic = z;
	r->pvalue = 2 * mc_normal_sf(fabs(z));
	if (r->pvalue > 1)
		r->pvalue = 1;
	return MC_OK;
}

/*
 * The smoothed proportion of bin i: max(c_i / total, eps) / norm, where norm is the sum of the
 * raised proportions (computed by the caller).
 */
static double
smoothed_norm(const double *a, size_t k, double total, double eps)
{
	double s = 0;

	for (size_t i = 0; i < k; i++)
	{
		double p = a[i] / total;

		s += p < eps ? eps : p;
	}
	return s;
}

double
mc_psi(const double *a, const double *b, size_t k, double eps)
{
	double ta = total_of(a, k), tb = total_of(b, k), na, nb, s = 0;

	if (!(ta > 0) || !(tb > 0))
		return NAN;
	na = smoothed_norm(a, k, ta, eps);
	nb = smoothed_norm(b, k, tb, eps);
	for (size_t i = 0; i < k; i++)
	{
		double p = a[i] / ta, q = b[i] / tb;

		p = (p < eps ? eps : p) / na;
		q = (q < eps ? eps : q) / nb;
		s += (q - p) * log(q / p);
	}
	return s;
}

double
mc_kl_divergence(const double *a, const double *b, size_t k, double eps)
{
	double ta = total_of(a, k), tb = total_of(b, k), na, nb, s = 0;

	if (!(ta > 0) || !(tb > 0))
		return NAN;
	na = smoothed_norm(a, k, ta, eps);
	nb = smoothed_norm(b, k, tb, eps);
	for (size_t i = 0; i < k; i++)
	{
		double p = a[i] / ta, q = b[i] / tb;

		p = (p < eps ? eps : p) / na;
		q = (q < eps ? eps : q) / nb;
		s += p * log(p / q);
	}
	return s;
}

/* x ln(x / y) with 0 ln 0 = 0 (scipy.special.rel_entr for x, y >= 0, y > 0 when x > 0) */
static double
rel_entr(double x, double y)
{
	if (x > 0 && y > 0)
		return x * log(x / y);
	if (x == 0 && y >= 0)
		return 0.0;
	return INFINITY;
}

double
mc_js_distance(const double *a, const double *b, size_t k)
{
	double ta = total_of(a, k), tb = total_of(b, k), left = 0, right = 0, js;

	if (!(ta > 0) || !(tb > 0))
		return NAN;
	for (size_t i = 0; i < k; i++)
	{
		double p = a[i] / ta, q = b[i] / tb, m = (p + q) / 2.0;

		left += rel_entr(p, m);
		right += rel_entr(q, m);
	}
	js = (left + right) / log(2.0);
	if (js < 0)
		js = 0;
	return sqrt(js / 2.0);
}

double
mc_hellinger(const double *a, const double *b, size_t k)
{
	double ta = total_of(a, k), tb = total_of(b, k), s = 0, h;

	if (!(ta > 0) || !(tb > 0))
		return NAN;
	for (size_t i = 0; i < k; i++)
	{
		double d = sqrt(a[i] / ta) - sqrt(b[i] / tb);

		s += d * d;
	}
	h = sqrt(s / 2.0);
	return h > 1 ? 1.0 : h;
}

double
mc_linf(const double *a, const double *b, size_t k)
{
	double ta = total_of(a, k), tb = total_of(b, k), m = 0;

	if (!(ta > 0) || !(tb > 0))
		return NAN;
	for (size_t i = 0; i < k; i++)
	{
		double d = fabs(a[i] / ta - b[i] / tb);

		if (d > m)
			m = d;
	}
	return m;
}
