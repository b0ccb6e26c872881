/*
 * tests2s.c: two-sample statistics on sorted weighted samples (see tests2s.h), matching
 * scipy 1.10: scipy/stats/_stats_py.py (ks_2samp and its exact helpers, wasserstein_distance),
 * _stats_pythran.py (_compute_outer_prob_inside_method), _hypotests.py
 * (cramervonmises_2samp, _pval_cvm_2samp_exact) and _morestats.py (anderson_ksamp).
 */
#include "tests2s.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "special.h"

/* ------------------------------------------------------------------ walking the samples */

uint64_t
mc_wsample_total(const mc_wsample *s)
{
	uint64_t t = 0;

	if (s->weights == NULL)
		return (uint64_t) s->n;
	for (size_t i = 0; i < s->n; i++)
		t += s->weights[i];
	return t;
}

/* Cursor over the distinct values of one sample */
typedef struct cursor
{
	const mc_wsample *s;
	size_t i;
} cursor;

static inline bool
cursor_more(const cursor *c)
{
	return c->i < c->s->n;
}

/* weight of the value at the cursor, summing the ties of a raw sample; advances */
static inline uint64_t
cursor_take(cursor *c, double v)
{
	const mc_wsample *s = c->s;
	uint64_t w = 0;

	if (s->weights != NULL)
	{
		if (c->i < s->n && s->values[c->i] == v)
			w = s->weights[c->i++];
		return w;
	}
	while (c->i < s->n && s->values[c->i] == v)
	{
		w++;
		c->i++;
	}
	return w;
}

/*
 * Next distinct value of the pooled samples, with the weight each sample has there. Returns
 * false at the end.
 */
static inline bool
pooled_next(cursor *a, cursor *b, double *v, uint64_t *wa, uint64_t *wb)
{
	bool ma = cursor_more(a), mb = cursor_more(b);

	if (!ma && !mb)
		return false;
	if (ma && mb)
	{
		double va = a->s->values[a->i], vb = b->s->values[b->i];

		*v = va < vb ? va : vb;
	}
	else
		*v = ma ? a->s->values[a->i] : b->s->values[b->i];
	*wa = cursor_take(a, *v);
	*wb = cursor_take(b, *v);
	return true;
}

size_t
mc_wsample_distinct(const mc_wsample *s)
{
	size_t d = 0;

	for (size_t i = 0; i < s->n; i++)
		if (i == 0 || s->values[i] != s->values[i - 1])
			d++;
	return d;
}

double
mc_wsample_mean(const mc_wsample *s)
{
	uint64_t n = mc_wsample_total(s);
	double sum = 0;

	if (n == 0)
		return NAN;
	for (size_t i = 0; i < s->n; i++)
		sum += s->values[i] * (s->weights ? (double) s->weights[i] : 1.0);
	return sum / (double) n;
}

/* two passes: mean, then the mean squared deviation (numpy.std's definition, ddof = 0) */
double
mc_wsample_std(const mc_wsample *s)
{
	uint64_t n = mc_wsample_total(s);
	double mean, ss = 0;

	if (n == 0)
		return NAN;
	mean = mc_wsample_mean(s);
	for (size_t i = 0; i < s->n; i++)
	{
		double d = s->values[i] - mean;

		ss += d * d * (s->weights ? (double) s->weights[i] : 1.0);
	}
	return sqrt(ss / (double) n);
}

/* value at 0-based position idx of the expanded sample (idx < total) */
static double
value_at(const mc_wsample *s, uint64_t idx, size_t *hint, uint64_t *hint_start)
{
	size_t i;
	uint64_t start;

	if (s->weights == NULL)
		return s->values[idx];
	/* positions are asked in any order: restart from the beginning when behind */
	i = *hint;
	start = *hint_start;
	if (idx < start)
	{
		i = 0;
		start = 0;
	}
	while (i < s->n && start + s->weights[i] <= idx)
	{
		start += s->weights[i];
		i++;
	}
	*hint = i;
	*hint_start = start;
	return s->values[i < s->n ? i : s->n - 1];
}

/* numpy's _lerp: a + (b - a) t, written from b's side when t >= 1/2 */
static double
lerp(double a, double b, double t)
{
	double diff = b - a;

	if (t >= 0.5)
		return b - diff * (1 - t);
	return a + diff * t;
}

mc_status
mc_wsample_quantiles(const mc_wsample *s, const double *q, size_t nq, double *out)
{
	uint64_t n = mc_wsample_total(s);
	size_t hint = 0;
	uint64_t hint_start = 0;

	if (n == 0)
		return MC_ERR_INVALID;
	for (size_t k = 0; k < nq; k++)
	{
		double vi = ((double) n - 1) * q[k];
		double prev = floor(vi);
		double a, b;

		if (isnan(q[k]) || q[k] < 0 || q[k] > 1)
			return MC_ERR_RANGE;
		if (vi >= (double) n - 1)
		{
			out[k] = value_at(s, n - 1, &hint, &hint_start);
			continue;
		}
		a = value_at(s, (uint64_t) prev, &hint, &hint_start);
		b = value_at(s, (uint64_t) prev + 1, &hint, &hint_start);
		out[k] = lerp(a, b, vi - prev);
	}
	return MC_OK;
}

void
mc_wsample_bin_counts(const mc_wsample *s, const double *edges, size_t nedges, double *counts)
{
	size_t j = 0;

	for (size_t k = 0; k <= nedges; k++)
		counts[k] = 0;
	for (size_t i = 0; i < s->n; i++)
	{
		double v = s->values[i];

		while (j < nedges && v > edges[j])
			j++;
		counts[j] += s->weights ? (double) s->weights[i] : 1.0;
	}
}

/* ------------------------------------------------------------------ Kolmogorov-Smirnov */

static uint64_t
gcd_u64(uint64_t a, uint64_t b)
{
	while (b != 0)
	{
		uint64_t t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/*
 * P(D_{n,n} >= h/n) for two samples of equal size n: 2 (A0 - A0 A1 + A0 A1 A2 - ...), with
 * A_k = binom(2n, n - kh) / binom(2n, n - (k-1)h) as a product of h ratios, evaluated in the
 * Horner-like order of scipy's _compute_prob_outside_square.
 */
static double
prob_outside_square(int64_t n, int64_t h)
{
	double P = 0.0;

	for (int64_t k = n / h; k >= 0; k--)
	{
		double p1 = 1.0;

		for (int64_t j = 0; j < h; j++)
			p1 = (double) (n - k * h - j) * p1 / (double) (n + k * h + j + 1);
		P = p1 * (1.0 - P);
	}
	return 2 * P;
}

/*
 * P(D_{m,n} >= h / lcm(m, n)): the proportion of lattice paths from (0, 0) to (m, n) that leave
 * the band |x/m - y/n| < h / lcm, by Hodges' "inside" recursion rewritten by Viehmann (2021) to
 * carry 1 - p directly over a sliding window of one column (scipy's
 * _compute_outer_prob_inside_method).
 */
static double
prob_outer_inside(int64_t m, int64_t n, int64_t g, int64_t h)
{
	int64_t mg, ng, minj, maxj, curlen, lenA;
	double *A;
	double result;

	if (m < n)
	{
		int64_t t = m;

		m = n;
		n = t;
	}
	mg = m / g;
	ng = n / g;
	minj = 0;
	maxj = (int64_t) ceil((double) h / (double) mg);
	if (maxj > n + 1)
		maxj = n + 1;
	curlen = maxj - minj;
	lenA = 2 * maxj + 2 < n + 1 ? 2 * maxj + 2 : n + 1;
	A = mc_alloc_array((size_t) lenA, sizeof(double));
	if (A == NULL)
		return NAN;
	for (int64_t j = 0; j < lenA; j++)
		A[j] = (j >= minj && j < maxj) ? 0.0 : 1.0;
	for (int64_t i = 1; i <= m; i++)
	{
		int64_t lastminj = minj, lastlen = curlen;
		double val;

		minj = (int64_t) floor((double) (ng * i - h) / (double) mg) + 1;
		if (minj < 0)
			minj = 0;
		if (minj > n)
			minj = n;
		maxj = (int64_t) ceil((double) (ng * i + h) / (double) mg);
		if (maxj > n + 1)
			maxj = n + 1;
		if (maxj <= minj)
		{
			mc_free(A);
			return 1.0;
		}
		val = minj == 0 ? 0.0 : 1.0;
		for (int64_t jj = 0; jj < maxj - minj; jj++)
		{
			int64_t j = jj + minj;
			int64_t src = jj + minj - lastminj;

			val = ((src < lenA ? A[src] : 1.0) * (double) i + val * (double) j) / (double) (i + j);
			if (jj < lenA)
				A[jj] = val;
		}
		curlen = maxj - minj;
		if (lastlen > curlen)
			for (int64_t t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++)
				A[t] = 1.0;
		if ((i & 255) == 0)
			mc_check_interrupts();
	}
	result = A[maxj - minj - 1];
	mc_free(A);
	return result;
}

#define KS_MAX_AUTO_N 10000 /* scipy's MAX_AUTO_N: exact p-value up to this sample size */

/* max and -min of F_x - F_y over the pooled values, as scipy.stats.ks_2samp forms them */
static void
ks_extremes(const mc_wsample *x, const mc_wsample *y, uint64_t n1, uint64_t n2, double *maxS,
            double *minD)
{
	cursor a = {x, 0}, b = {y, 0};
	uint64_t c1 = 0, c2 = 0, wa, wb;
	double v;

	*maxS = -INFINITY;
	*minD = INFINITY;
	if (x->weights == NULL && y->weights == NULL)
	{
		/* raw sorted values: the same walk without the weighted cursors */
		const double *xv = x->values, *yv = y->values;
		size_t i = 0, j = 0, nx = x->n, ny = y->n;
		double dn1 = (double) n1, dn2 = (double) n2;

		while (i < nx || j < ny)
		{
			double diff;

			v = (j >= ny || (i < nx && xv[i] < yv[j])) ? xv[i] : yv[j];
			while (i < nx && xv[i] == v)
				i++;
			while (j < ny && yv[j] == v)
				j++;
			diff = (double) i / dn1 - (double) j / dn2;
			if (diff > *maxS)
				*maxS = diff;
			if (diff < *minD)
				*minD = diff;
		}
		return;
	}
	while (pooled_next(&a, &b, &v, &wa, &wb))
	{
		double diff;

		c1 += wa;
		c2 += wb;
		diff = (double) c1 / (double) n1 - (double) c2 / (double) n2;
		if (diff > *maxS)
			*maxS = diff;
		if (diff < *minD)
			*minD = diff;
	}
}

/* D = max(maxS, clip(-minD, 0, 1)) as scipy picks it */
static double
ks_d(double maxS, double minD)
{
	double minS = -minD;

	if (minS < 0)
		minS = 0;
	if (minS > 1)
		minS = 1;
	return minS > maxS ? minS : maxS;
}

mc_status
mc_ks_statistic(const mc_wsample *x, const mc_wsample *y, double *d)
{
	uint64_t n1 = mc_wsample_total(x), n2 = mc_wsample_total(y);
	double maxS, minD;

	if (n1 == 0 || n2 == 0)
		return MC_ERR_INVALID;
	ks_extremes(x, y, n1, n2, &maxS, &minD);
	*d = ks_d(maxS, minD);
	return MC_OK;
}

/* D and scipy's p-value from the extremes of F_x - F_y (sample sizes n1, n2) */
static void
ks_finish(uint64_t n1, uint64_t n2, double maxS, double minD, mc_test_result *r)
{
	double d = ks_d(maxS, minD), prob = NAN;
	bool exact_ok = false;

	if (n1 <= KS_MAX_AUTO_N && n2 <= KS_MAX_AUTO_N)
	{
		uint64_t g = gcd_u64(n1, n2);
		uint64_t lcm = (n1 / g) * n2;
		int64_t h = (int64_t) nearbyint(d * (double) lcm);

		d = (double) h / (double) lcm;
		if (h == 0)
			prob = 1.0;
		else if (n1 == n2)
			prob = prob_outside_square((int64_t) n1, h);
		else
			prob = prob_outer_inside((int64_t) n1, (int64_t) n2, (int64_t) g, h);
		exact_ok = prob >= 0 && prob <= 1; /* else scipy falls back to the asymptotic path */
	}
	if (exact_ok)
		r->pmethod = MC_P_EXACT;
	else
	{
		double m = (double) (n1 > n2 ? n1 : n2), n = (double) (n1 > n2 ? n2 : n1);
		double en = m * n / (m + n);

		prob = mc_kstwo_sf((int64_t) nearbyint(en), d);
		r->pmethod = MC_P_ASYMPTOTIC;
	}
	if (prob < 0)
		prob = 0;
	if (prob > 1)
		prob = 1;
	r->statistic = d;
	r->pvalue = prob;
}

mc_status
mc_ks_2samp(const mc_wsample *x, const mc_wsample *y, mc_test_result *r)
{
	uint64_t n1 = mc_wsample_total(x), n2 = mc_wsample_total(y);
	double maxS, minD;

	if (n1 == 0 || n2 == 0)
		return MC_ERR_INVALID;
	ks_extremes(x, y, n1, n2, &maxS, &minD);
	ks_finish(n1, n2, maxS, minD, r);
	return MC_OK;
}

mc_status
mc_ks_2samp_unsorted(const double *x, size_t nx, const double *y, size_t ny, mc_test_result *r)
{
	double maxS, minD;
	mc_status st = mc_ks_extremes_unsorted(x, nx, y, ny, &maxS, &minD);

	if (st != MC_OK)
		return st;
	ks_finish(nx, ny, maxS, minD, r);
	return MC_OK;
}

/* ------------------------------------------------------------------ Cramer-von Mises */

/* a growable frequency table: distinct values (ascending) with their path counts */
typedef struct freqtab
{
	uint64_t *val;
	uint64_t *freq;
	size_t n, cap;
} freqtab;

static bool
freqtab_reserve(freqtab *t, size_t cap)
{
	uint64_t *v, *f;

	if (cap <= t->cap)
		return true;
	v = mc_alloc_array(cap, sizeof(uint64_t));
	f = mc_alloc_array(cap, sizeof(uint64_t));
	if (v == NULL || f == NULL)
	{
		mc_free(v);
		mc_free(f);
		return false;
	}
	if (t->n)
	{
		memcpy(v, t->val, t->n * sizeof(uint64_t));
		memcpy(f, t->freq, t->n * sizeof(uint64_t));
	}
	mc_free(t->val);
	mc_free(t->freq);
	t->val = v;
	t->freq = f;
	t->cap = cap;
	return true;
}

/* out = union of a and b (frequencies of equal values added), every value plus shift */
static bool
freqtab_merge_shift(const freqtab *a, const freqtab *b, uint64_t shift, freqtab *out)
{
	size_t i = 0, j = 0, k = 0;

	if (!freqtab_reserve(out, a->n + b->n + 1))
		return false;
	while (i < a->n || j < b->n)
	{
		if (j >= b->n || (i < a->n && a->val[i] < b->val[j]))
		{
			out->val[k] = a->val[i] + shift;
			out->freq[k++] = a->freq[i++];
		}
		else if (i >= a->n || b->val[j] < a->val[i])
		{
			out->val[k] = b->val[j] + shift;
			out->freq[k++] = b->freq[j++];
		}
		else
		{
			out->val[k] = a->val[i] + shift;
			out->freq[k++] = a->freq[i++] + b->freq[j++];
		}
	}
	out->n = k;
	return true;
}

/*
 * Exact p-value of the two-sample Cramer-von Mises statistic (Xiao, Gordon and Yakovlev 2006,
 * Algorithm 1; Anderson 1962): with a = lcm/m, b = lcm/n, the frequency table g(u, v) of
 * sum (a v_i - b u_i)^2 over the lattice paths to (u, v) satisfies
 * g(u, v) = shift(g(u, v-1) + g(u-1, v), (a v - b u)^2); the p-value is the share of paths to
 * (n, m) whose value reaches zeta, the statistic on that integer scale. u4 is 4 U (an integer:
 * midranks are multiples of 1/2).
 */
static double
cvm_exact_pvalue(int64_t u4, int64_t m, int64_t n)
{
	int64_t g = (int64_t) gcd_u64((uint64_t) m, (uint64_t) n);
	int64_t lcm = m / g * n;
	int64_t a = lcm / m, b = lcm / n;
	int64_t mn = m * n;
	/* zeta = floor(lcm^2 (m+n) (6U - mn(4mn - 1)) / (6 mn^2)), in integers scaled by 4 */
	int64_t num = lcm * lcm * (m + n) * (6 * u4 - 4 * mn * (4 * mn - 1));
	int64_t den = 24 * mn * mn;
	int64_t zeta = num / den - ((num % den != 0) && ((num < 0) != (den < 0)) ? 1 : 0);
	freqtab *gs;
	freqtab tmp = {0}, empty = {0};
	uint64_t hit = 0, total = 0;
	double p = NAN;
	bool failed = false;

	gs = mc_alloc_array((size_t) m + 1, sizeof(freqtab));
	if (gs == NULL)
		return NAN;
	memset(gs, 0, sizeof(freqtab) * ((size_t) m + 1));
	if (!freqtab_reserve(&gs[0], 4))
	{
		mc_free(gs);
		return NAN;
	}
	gs[0].val[0] = 0;
	gs[0].freq[0] = 1;
	gs[0].n = 1;

	for (int64_t u = 0; u <= n && !failed; u++)
	{
		const freqtab *prev = &empty; /* g(u, v - 1), already updated */

		for (int64_t v = 0; v <= m; v++)
		{
			int64_t dlt = a * v - b * u;

			if (!freqtab_merge_shift(prev, &gs[v], (uint64_t) (dlt * dlt), &tmp))
			{
				failed = true;
				break;
			}
			/* gs[v] := tmp, and tmp takes gs[v]'s storage for the next cell */
			{
				freqtab t = gs[v];

				gs[v] = tmp;
				tmp = t;
			}
			prev = &gs[v];
		}
		mc_check_interrupts();
	}
	if (!failed)
	{
		const freqtab *fin = &gs[m];

		for (size_t i = 0; i < fin->n; i++)
		{
			total += fin->freq[i];
			if ((int64_t) fin->val[i] >= zeta)
				hit += fin->freq[i];
		}
		p = (double) hit / (double) total;
	}
	for (int64_t v = 0; v <= m; v++)
	{
		mc_free(gs[v].val);
		mc_free(gs[v].freq);
	}
	mc_free(gs);
	mc_free(tmp.val);
	mc_free(tmp.freq);
	return p;
}

/*
 * sum over t = 1..c of (E/2 - t)^2, times 4, where E = 2 (midrank - positions before): the
 * squared rank displacements of the c values of one sample tied at one pooled value.
 */
static double
tie_block_sq4(double E, double c)
{
	/* sum (E - 2t)^2 = c E^2 - 2 E c (c+1) + 4 c (c+1)(2c+1)/6 */
	return c * E * E - 2 * E * c * (c + 1) + 2 * c * (c + 1) * (2 * c + 1) / 3;
}

mc_status
mc_cvm_2samp(const mc_wsample *x, const mc_wsample *y, mc_test_result *r)
{
	uint64_t nx = mc_wsample_total(x), ny = mc_wsample_total(y);
	cursor a = {x, 0}, b = {y, 0};
	uint64_t cx = 0, cy = 0, wa, wb;
	double v, N, k, u, t;
	/* 4 sum (r - i)^2 per sample: exact in 64-bit integers while N <= 2^19 (4 N^3 < 2^62) */
	bool exact_int = nx + ny <= ((uint64_t) 1 << 19);
	int64_t sx4 = 0, sy4 = 0;
	double sx4d = 0, sy4d = 0;

	r->statistic = NAN;
	r->pvalue = NAN;
	r->pmethod = MC_P_NONE;
	if (nx < 2 || ny < 2)
		return MC_OK;
	while (pooled_next(&a, &b, &v, &wa, &wb))
	{
		/* midrank of the tied block: C + (c + 1)/2, so 2 r = 2C + c + 1 */
		uint64_t twor = 2 * (cx + cy) + wa + wb + 1;

		if (exact_int)
		{
			if (wa)
			{
				int64_t E = (int64_t) (twor - 2 * cx), c = (int64_t) wa;

				sx4 += c * E * E - 2 * E * c * (c + 1) + 2 * c * (c + 1) * (2 * c + 1) / 3;
			}
			if (wb)
			{
				int64_t E = (int64_t) (twor - 2 * cy), c = (int64_t) wb;

				sy4 += c * E * E - 2 * E * c * (c + 1) + 2 * c * (c + 1) * (2 * c + 1) / 3;
			}
		}
		else
		{
			if (wa)
				sx4d += tie_block_sq4((double) (twor - 2 * cx), (double) wa);
			if (wb)
				sy4d += tie_block_sq4((double) (twor - 2 * cy), (double) wb);
		}
		cx += wa;
		cy += wb;
	}
	if (exact_int)
	{
		sx4d = (double) sx4;
		sy4d = (double) sy4;
	}
	/* U = nx sum (rx - i)^2 + ny sum (ry - j)^2 (eq. 10 of Anderson 1962) */
	u = (double) nx * (sx4d / 4);
	u += (double) ny * (sy4d / 4);
	k = (double) nx * (double) ny;
	N = (double) (nx + ny);
	t = u / (k * N) - (4 * k - 1) / (6 * N);
	r->statistic = t;

	if (nx <= 20 && ny <= 20)
	{
		int64_t u4 = (int64_t) nx * sx4 + (int64_t) ny * sy4;

		r->pvalue = cvm_exact_pvalue(u4, (int64_t) nx, (int64_t) ny);
		r->pmethod = MC_P_EXACT;
	}
	else
	{
		/* normalized statistic (eq. 11, 14, 15 of Anderson 1962) against the limit */
		double et = (1 + 1 / N) / 6;
		double vt = (N + 1) * (4 * k * N - 3 * ((double) nx * nx + (double) ny * ny) - 2 * k);
		double tn;

		vt = vt / (45 * N * N * 4 * k);
		tn = 1.0 / 6 + (t - et) / sqrt(45 * vt);
		if (tn < 0.003)
			r->pvalue = 1.0;
		else
		{
			double p = 1.0 - mc_cvm_inf_cdf(tn);

			r->pvalue = p < 0 ? 0.0 : p;
		}
		r->pmethod = MC_P_ASYMPTOTIC;
	}
	return MC_OK;
}

/* ------------------------------------------------------------------ Anderson-Darling k-sample */

/*
 * Least-squares quadratic through 7 points (numpy.polyfit(x, y, 2)): columns of the Vandermonde
 * matrix scaled to unit norm, then Householder QR. c[0] x^2 + c[1] x + c[2].
 */
static void
polyfit2(const double *x, const double *y, int n, double *c)
{
	double A[7][3], bvec[7], scale[3];

	for (int j = 0; j < 3; j++)
	{
		double s = 0;

		for (int i = 0; i < n; i++)
		{
			A[i][j] = pow(x[i], 2 - j);
			s += A[i][j] * A[i][j];
		}
		scale[j] = sqrt(s);
		for (int i = 0; i < n; i++)
			A[i][j] /= scale[j];
	}
	for (int i = 0; i < n; i++)
		bvec[i] = y[i];
	for (int j = 0; j < 3; j++)
	{
		double norm = 0, alpha, vtv = 0, v[7];

		for (int i = j; i < n; i++)
			norm += A[i][j] * A[i][j];
		norm = sqrt(norm);
		alpha = A[j][j] > 0 ? -norm : norm;
		for (int i = 0; i < n; i++)
			v[i] = i < j ? 0 : A[i][j];
		v[j] -= alpha;
		for (int i = j; i < n; i++)
			vtv += v[i] * v[i];
		if (vtv == 0)
			continue;
		for (int col = j; col < 3; col++)
		{
			double s = 0;

			for (int i = j; i < n; i++)
				s += v[i] * A[i][col];
			s = 2 * s / vtv;
			for (int i = j; i < n; i++)
				A[i][col] -= s * v[i];
		}
		{
			double s = 0;

			for (int i = j; i < n; i++)
				s += v[i] * bvec[i];
			s = 2 * s / vtv;
			for (int i = j; i < n; i++)
				bvec[i] -= s * v[i];
		}
	}
	for (int j = 2; j >= 0; j--)
	{
		double s = bvec[j];

		for (int col = j + 1; col < 3; col++)
			s -= A[j][col] * c[col];
		c[j] = s / A[j][j];
	}
	for (int j = 0; j < 3; j++)
		c[j] /= scale[j];
}

mc_status
mc_anderson_2samp(const mc_wsample *x, const mc_wsample *y, mc_test_result *r)
{
	/* Table 2 of Scholz and Stephens (1987): interpolation coefficients, significance levels */
	static const double b0[7] = {0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085};
	static const double b1[7] = {-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615};
	static const double b2[7] = {-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154};
	static const double sig[7] = {0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001};
	uint64_t n[2] = {mc_wsample_total(x), mc_wsample_total(y)};
	uint64_t Nu = n[0] + n[1];
	double N = (double) Nu;
	cursor a = {x, 0}, b = {y, 0};
	uint64_t before = 0, cum[2] = {0, 0}, w[2];
	double v, sum[2] = {0, 0}, A2kN, H, h, g, hs = 0, sigmasq, A2, crit[7], cmin, cmax;
	const double k = 2, m = 1;
	size_t distinct = 0;

	r->statistic = NAN;
	r->pvalue = NAN;
	r->pmethod = MC_P_NONE;
	while (distinct < 2 && pooled_next(&a, &b, &v, &w[0], &w[1]))
		distinct++;
	if (n[0] == 0 || n[1] == 0 || Nu < 4 || distinct < 2)
		return MC_OK;
	a.i = 0;
	b.i = 0;

	/* A2akN, equation 7 of Scholz and Stephens, midranks for ties */
	while (pooled_next(&a, &b, &v, &w[0], &w[1]))
	{
		double lj = (double) (w[0] + w[1]);
		double Bj = (double) before + lj / 2.0;
		double den = Bj * (N - Bj) - N * lj / 4.0;

		for (int i = 0; i < 2; i++)
		{
			double Mij = (double) (cum[i] + w[i]) - (double) w[i] / 2.0;
			double dd = N * Mij - Bj * (double) n[i];

			sum[i] += lj / N * dd * dd / den;
			cum[i] += w[i];
		}
		before += w[0] + w[1];
	}
	A2kN = sum[0] / (double) n[0] + sum[1] / (double) n[1];
	A2kN *= (N - 1.0) / N;

	/* variance of A2kN under the null (Scholz and Stephens, eq. 4) */
	H = 1.0 / (double) n[0] + 1.0 / (double) n[1];
	g = 0;
	for (uint64_t t = 0; t + 2 < Nu; t++)
	{
		/* hs = sum_{s=0}^{t} 1/(N-1-s); g = sum_t hs / (t + 2) */
		hs += 1.0 / (double) (Nu - 1 - t);
		g += hs / (double) (t + 2);
		if ((t & 0xFFFFF) == 0)
			mc_check_interrupts();
	}
	h = hs + 1;
	{
		double ca = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
		double cb = (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
		double cc = (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
		double cd = (2 * h + 6) * k * k - 4 * h * k;

		sigmasq = (ca * N * N * N + cb * N * N + cc * N + cd) / ((N - 1.) * (N - 2.) * (N - 3.));
	}
	A2 = (A2kN - m) / sqrt(sigmasq);
	r->statistic = A2;

	cmin = INFINITY;
	cmax = -INFINITY;
	for (int i = 0; i < 7; i++)
	{
		crit[i] = b0[i] + b1[i] / sqrt(m) + b2[i] / m;
		if (crit[i] < cmin)
			cmin = crit[i];
		if (crit[i] > cmax)
			cmax = crit[i];
	}
	if (A2 < cmin)
		r->pvalue = 0.25; /* capped: the true p-value is larger */
	else if (A2 > cmax)
		r->pvalue = 0.001; /* floored: the true p-value is smaller */
	else
	{
		double ls[7], c[3];

		for (int i = 0; i < 7; i++)
			ls[i] = log(sig[i]);
		polyfit2(crit, ls, 7, c);
		r->pvalue = exp((c[0] * A2 + c[1]) * A2 + c[2]);
	}
	r->pmethod = MC_P_INTERPOLATED;
	return MC_OK;
}

/* ------------------------------------------------------------------ Wasserstein */

mc_status
mc_wasserstein1(const mc_wsample *x, const mc_wsample *y, double *w)
{
	uint64_t n1 = mc_wsample_total(x), n2 = mc_wsample_total(y);
	cursor a = {x, 0}, b = {y, 0};
	uint64_t c1 = 0, c2 = 0, wa, wb;
	double v, prev = 0, prevdiff = 0, sum = 0;
	bool first = true;

	if (n1 == 0 || n2 == 0)
		return MC_ERR_INVALID;
	while (pooled_next(&a, &b, &v, &wa, &wb))
	{
		if (!first)
			sum += prevdiff * (v - prev);
		c1 += wa;
		c2 += wb;
		prevdiff = fabs((double) c1 / (double) n1 - (double) c2 / (double) n2);
		prev = v;
		first = false;
	}
	*w = sum;
	return MC_OK;
}
