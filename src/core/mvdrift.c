/* mvdrift.c: multivariate two-sample tests between vector profiles (see mvdrift.h). */
#include "mvdrift.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "linalg.h"
#include "mv_ks.h"
#include "special.h"
#include "sortkey.h"

#define FAIL(res, code, msg)                                                                       \
	do                                                                                             \
	{                                                                                              \
		(res)->error = (msg);                                                                      \
		return (code);                                                                             \
	} while (0)

static void
result_init(mc_mv_result *res)
{
	res->statistic = NAN;
	res->p_value = NAN;
	res->threshold = NAN;
	res->drifted = false;
	res->info = 0;
	res->extra = 0;
	res->error = NULL;
}

static mc_status
check_pair(mc_vprof *a, mc_vprof *b, int64_t min_a, int64_t min_b, mc_mv_result *res)
{
	mc_vprof_flush(a);
	mc_vprof_flush(b);
	if (a->dim == 0 || b->dim == 0 || a->n < 1 || b->n < 1)
		FAIL(res, MC_ERR_INVALID, "profile has no rows");
	if (a->dim != b->dim)
		FAIL(res, MC_ERR_INVALID, "profiles have different dimensions");
	if (a->n < min_a || b->n < min_b)
		FAIL(res, MC_ERR_INVALID, "too few rows");
	return MC_OK;
}

/* a feature is constant when its variance is within rounding of zero relative to its mean */
static bool
is_constant(double var, double scale)
{
	double tol = 16.0 * DBL_EPSILON * scale;

	return var <= tol * tol;
}

/*
 * Hotelling's two-sample T^2 (Hotelling 1931; e.g. Johnson & Wichern, Applied Multivariate
 * Statistical Analysis, 6.3): with pooled covariance S = (M_a + M_b) / (n_a + n_b - 2) and
 * delta = mean_b - mean_a,
 *   T^2 = n_a n_b / (n_a + n_b) * delta^T S^+ delta,
 *   F = (n_a + n_b - r - 1) / (r (n_a + n_b - 2)) * T^2  ~  F(r, n_a + n_b - r - 1),
 * where r is the rank of S (p when S is regular) and S^+ its pseudo-inverse from the
 * eigen-decomposition, eigenvalues at most lambda_max * k * DBL_EPSILON counted as zero (the rule
 * of numpy.linalg.matrix_rank). Features constant in both profiles are left out beforehand; when
 * such a feature's value differs between the profiles the means differ in a direction without
 * any variance: T^2 = +Infinity, p = 0.
 */
mc_status
mc_mv_hotelling(mc_vprof *a, mc_vprof *b, double alpha, mc_mv_result *res)
{
	int d, k = 0, r = 0;
	double n1, n2, c, t2 = 0;
	double *S = NULL, *w = NULL, *delta = NULL;
	int *keep = NULL;
	bool inf = false;
	mc_status st;

	result_init(res);
	res->threshold = alpha;
	st = check_pair(a, b, 1, 1, res);
	if (st != MC_OK)
		return st;
	if ((double) a->n + (double) b->n < 3.0) /* counts near INT64_MAX must not overflow */
		FAIL(res, MC_ERR_INVALID, "hotelling needs at least 3 rows in the two profiles together");
	d = a->dim;
	n1 = (double) a->n;
	n2 = (double) b->n;
	keep = mc_alloc_array((size_t) d, sizeof(int));
	delta = mc_alloc_array((size_t) d, sizeof(double));
	w = mc_alloc_array((size_t) d, sizeof(double));
	S = mc_alloc_array((size_t) d * d, sizeof(double));
	if (!keep || !delta || !w || !S)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	for (int j = 0; j < d; j++)
	{
		double var =
		    (a->comoment[(size_t) j * d + j] + b->comoment[(size_t) j * d + j]) / (n1 + n2 - 2.0);
		double scale = fmax(fabs(a->mean[j]), fabs(b->mean[j]));
		double dj = b->mean[j] - a->mean[j];

		if (is_constant(var, scale))
		{
			if (fabs(dj) > 16.0 * DBL_EPSILON * scale)
				inf = true;
			continue;
		}
		keep[k++] = j;
	}
	/* reduced pooled covariance over the kept features */
	for (int q = 0; q < k; q++)
	{
		for (int p = 0; p <= q; p++)
		{
			int i = keep[p], j = keep[q];
			size_t at = (size_t) j * d + i; /* i <= j: upper triangle */
			double v = (a->comoment[at] + b->comoment[at]) / (n1 + n2 - 2.0);

			S[(size_t) q * k + p] = S[(size_t) p * k + q] = v;
		}
		delta[q] = b->mean[keep[q]] - a->mean[keep[q]];
	}
	if (inf)
	{
		res->statistic = INFINITY;
		res->p_value = 0.0;
		res->drifted = true;
		res->info = k;
		goto done;
	}
	if (k > 0)
	{
		double tol;

		st = mc_lin_eigh(k, S, w);
		if (st != MC_OK)
		{
			res->error = "eigen-decomposition of the pooled covariance failed";
			goto done;
		}
		tol = w[k - 1] * k * DBL_EPSILON;
		for (int i = 0; i < k; i++)
		{
			double proj = 0;

			if (!(w[i] > tol) || w[k - 1] <= 0)
				continue;
			for (int j = 0; j < k; j++)
				proj += S[(size_t) i * k + j] * delta[j];
			t2 += proj * proj / w[i];
			r++;
		}
	}
	c = n1 * n2 / (n1 + n2);
	t2 *= c;
	res->info = r;
	res->statistic = t2;
	if (r == 0)
		res->p_value = 1.0;
	else
	{
		double df2 = n1 + n2 - 1.0 - r;
		double f = df2 / (r * (n1 + n2 - 2.0)) * t2;

		res->p_value = mc_f_sf(f, (double) r, df2);
	}
	res->drifted = res->p_value < alpha;
done:
	if (keep)
		mc_free(keep);
	if (delta)
		mc_free(delta);
	if (w)
		mc_free(w);
	if (S)
		mc_free(S);
	return st;
}

/*
 * PCA reconstruction error, after NannyML's multivariate drift detection (data reconstruction
 * with PCA): the reference is standardized (mean_ref, population std like sklearn's
 * StandardScaler, scale 1 for constant features), PCA keeps the first k components, k the
 * smallest count whose cumulative explained-variance ratio exceeds variance_share (sklearn's
 * PCA(n_components=share) rule). With P the projector on them and z = D^-1 (x - mean_ref), the
 * mean squared reconstruction error of the current rows has the closed form
 *   E ||(I - P) z||^2 = tr((I - P) C) + ||(I - P) delta||^2,
 * C = D^-1 (M_cur / n_cur) D^-1 (current covariance, divided by n) and
 * delta = D^-1 (mean_cur - mean_ref): expand (z - zbar + zbar) and the cross term vanishes.
 * (I - P) = V_d V_d^T for the discarded eigenvectors V_d, so both terms are sums over them:
 * no cancellation. The reference's own error is the same formula on itself: the sum of the
 * discarded eigenvalues (population scaling). Threshold: that error plus sigma standard errors of
 * the difference of two means of q = ||(I - P) z||^2, with Var q = 2 sum lambda_d^2 for Gaussian
 * z, so se = sqrt(2 sum lambda_d^2 (1 / n_ref + 1 / n_cur)).
 */
mc_status
mc_mv_pca(mc_vprof *ref, mc_vprof *cur, double variance_share, bool standardize, double sigma,
          double threshold_abs, mc_mv_result *res)
{
	int d, k, q;
	double nr, nc, total = 0, cum = 0, eref = 0, var2 = 0, ecur = 0;
	double *A = NULL, *w = NULL, *scale = NULL, *C = NULL, *W = NULL, *delta = NULL;
	mc_status st;

	result_init(res);
	st = check_pair(ref, cur, 2, 1, res);
	if (st != MC_OK)
	{
		if (res->error && strcmp(res->error, "too few rows") == 0)
			res->error = "pca_reconstruction needs at least 2 rows in the reference";
		return st;
	}
	d = ref->dim;
	nr = (double) ref->n;
	nc = (double) cur->n;
	A = mc_alloc_array((size_t) d * d, sizeof(double));
	C = mc_alloc_array((size_t) d * d, sizeof(double));
	W = mc_alloc_array((size_t) d * d, sizeof(double));
	w = mc_alloc_array((size_t) d, sizeof(double));
	scale = mc_alloc_array((size_t) d, sizeof(double));
	delta = mc_alloc_array((size_t) d, sizeof(double));
	if (!A || !C || !W || !w || !scale || !delta)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	for (int j = 0; j < d; j++)
	{
		double var = ref->comoment[(size_t) j * d + j] / nr;

		scale[j] = 1.0;
		if (standardize && !is_constant(var, fabs(ref->mean[j])))
			scale[j] = sqrt(var);
		delta[j] = (cur->mean[j] - ref->mean[j]) / scale[j];
	}
	for (int j = 0; j < d; j++)
		for (int i = 0; i <= j; i++)
		{
			size_t at = (size_t) j * d + i;
			double s = scale[i] * scale[j];

			A[at] = A[(size_t) i * d + j] = ref->comoment[at] / (nr - 1.0) / s;
			C[at] = C[(size_t) i * d + j] = cur->comoment[at] / nc / s;
		}
	st = mc_lin_eigh(d, A, w);
	if (st != MC_OK)
	{
		res->error = "eigen-decomposition of the reference covariance failed";
		goto done;
	}
	for (int i = 0; i < d; i++)
		total += w[i] > 0 ? w[i] : 0;
	if (!(total > 0))
	{
		st = MC_ERR_INVALID;
		res->error = "pca_reconstruction needs a reference with non-zero variance";
		goto done;
	}
	/* descending order: w[d-1], w[d-2], ...; k = 1 + #{cumulative ratio <= share} */
	k = 1;
	for (int i = d - 1; i >= 0; i--)
	{
		cum += (w[i] > 0 ? w[i] : 0) / total;
		if (cum <= variance_share)
			k++;
		else
			break;
	}
	if (k > d)
		k = d;
	q = d - k; /* discarded: eigenvectors 0 .. q-1 (the smallest eigenvalues) */
	for (int i = 0; i < q; i++)
	{
		double l = (w[i] > 0 ? w[i] : 0) * (nr - 1.0) / nr;

		eref += l;
		var2 += l * l;
	}
	if (q > 0)
	{
		/* W = C V_d (d x q); ecur = sum_i v_i^T C v_i + (v_i . delta)^2 */
		mc_lin_gemm(d, q, d, C, A, W);
		for (int i = 0; i < q; i++)
		{
			const double *v = A + (size_t) i * d, *cv = W + (size_t) i * d;
			double quad = 0, proj = 0;

			for (int j = 0; j < d; j++)
			{
				quad += v[j] * cv[j];
				proj += v[j] * delta[j];
			}
			ecur += quad + proj * proj;
		}
	}
	res->statistic = ecur;
	res->extra = eref;
	res->info = k;
	res->threshold = threshold_abs >= 0 ? threshold_abs
	                                    : eref + sigma * sqrt(2.0 * var2 * (1.0 / nr + 1.0 / nc));
	res->drifted = ecur > res->threshold;
done:
	if (A)
		mc_free(A);
	if (C)
		mc_free(C);
	if (W)
		mc_free(W);
	if (w)
		mc_free(w);
	if (scale)
		mc_free(scale);
	if (delta)
		mc_free(delta);
	return st;
}

/* k-th smallest (0-based) of v[0..n) by quickselect (Hoare partition); reorders v. */
static double
select_kth(double *v, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1;

	while (lo < hi)
	{
		double pivot = v[lo + (hi - lo) / 2];
		size_t i = lo, j = hi;

		while (i <= j)
		{
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i <= j)
			{
				double t = v[i];

				v[i] = v[j];
				v[j] = t;
				i++;
				if (j == 0)
					break;
				j--;
			}
		}
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			return v[k];
	}
	return v[k];
}

/*
 * The value of rank k (0-based) among the N(N-1)/2 non-negative values of the strict upper
 * triangle of the column-major N x N matrix D, and when k >= 1 the value of rank k - 1, given
 * hist1, the histogram of the top 16 bits of their keys (mc_key_from_double). Radix selection
 * without copying the triangle: the histogram locates the bucket holding rank k, one pass collects
 * its members (and the largest value below it), and quickselect finishes inside the bucket.
 */
static mc_status
tri_select(const double *D, int N, const uint32_t *hist1, size_t k, double *vk, double *vkm1)
{
	double *buf, lowmax = 0;
	size_t below = 0, at = 0, r;
	uint64_t b1 = 0;

	while (below + hist1[b1] <= k)
		below += hist1[b1++];
	r = k - below;
	buf = mc_alloc_array(hist1[b1], sizeof(double));
	if (!buf)
		return MC_ERR_NOMEM;
	for (int j = 1; j < N; j++)
	{
		const double *col = D + (size_t) j * N;

		for (int i = 0; i < j; i++)
		{
			uint64_t b = mc_key_from_double(col[i]) >> 48;

			if (b == b1)
				buf[at++] = col[i];
			else if (b < b1 && col[i] > lowmax)
				lowmax = col[i];
		}
	}
	*vk = select_kth(buf, at, r);
	if (k >= 1)
	{
		/* everything before buf[r] is <= it; rank k - 1 lies below the bucket when r = 0 */
		double m = lowmax;

		for (size_t i = 0; i < r; i++)
			if (buf[i] > m)
				m = buf[i];
		*vkm1 = m;
	}
	mc_free(buf);
	return MC_OK;
}

/* Shuffle idx[0..n) = identity with Fisher-Yates from the top: for i = n-1 .. 1, swap i and
 * j = rand_below(i + 1). The oracle test replays exactly this. */
static void
permute(int *idx, int n, uint64_t *rng)
{
	for (int i = 0; i < n; i++)
		idx[i] = i;
	for (int i = n - 1; i >= 1; i--)
	{
		int j = (int) mc_rand_below(rng, (uint64_t) i + 1);
		int t = idx[i];

		idx[i] = idx[j];
		idx[j] = t;
	}
}

#define MMD_CHUNK 64

/*
 * Kernel two-sample test (Gretton, Borgwardt, Rasch, Schoelkopf and Smola, JMLR 2012): the
 * unbiased estimate (their eq. 3)
 *   MMD^2_u = sum_{i!=j in X} k / (m(m-1)) + sum_{i!=j in Y} k / (n(n-1)) - 2 sum_{X x Y} k / (mn)
 * with k(x, y) = exp(-||x - y||^2 / (2 sigma^2)) and sigma the median distance between distinct
 * pairs of the pooled sample (the median heuristic; the mean distance when the median is 0),
 * on the two reservoirs. The p-value is (1 + #{permuted >= observed}) / (1 + P) over P random
 * relabellings of the pooled sample (Phipson & Smyth 2010). With K0 the kernel matrix with a
 * zero diagonal and s the 0/1 indicator of X, s^T K0 s is the X sum, 1^T K0 s - s^T K0 s the
 * cross sum: every relabelling costs two dot products after one dsymm K0 [s_1 ... s_64] per
 * chunk of 64 permutations.
 */
mc_status
mc_mv_mmd(mc_vprof *a, mc_vprof *b, int permutations, uint64_t seed, double bandwidth,
          int max_samples, double alpha, mc_mv_result *res)
{
	int d, m1, m2, N;
	double *Z = NULL, *K = NULL, *Sm = NULL, *V = NULL, *mu = NULL;
	uint32_t *hist1 = NULL;
	int *idx = NULL;
	double sall = 0, obs = 0, sigma;
	uint64_t rng;
	int ge = 0;
	mc_status st;

	result_init(res);
	res->threshold = alpha;
	st = check_pair(a, b, 1, 1, res);
	if (st != MC_OK)
		return st;
	if (a->nsample < 2 || b->nsample < 2)
		FAIL(res, MC_ERR_INVALID, "mmd needs at least 2 reservoir rows in each profile");
	d = a->dim;
	m1 = a->nsample < max_samples ? a->nsample : max_samples;
	m2 = b->nsample < max_samples ? b->nsample : max_samples;
	N = m1 + m2;
	Z = mc_alloc_array((size_t) N * d, sizeof(double));
	K = mc_alloc_array((size_t) N * N, sizeof(double));
	hist1 = mc_alloc_array(65536, sizeof(uint32_t));
	mu = mc_alloc_array((size_t) d, sizeof(double));
	idx = mc_alloc_array((size_t) (N > MC_VPROF_MAX_RESERVOIR ? N : MC_VPROF_MAX_RESERVOIR),
	                     sizeof(int));
	Sm = mc_alloc_array((size_t) N * MMD_CHUNK, sizeof(double));
	V = mc_alloc_array((size_t) N * MMD_CHUNK, sizeof(double));
	if (!Z || !K || !hist1 || !mu || !idx || !Sm || !V)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	/* the pooled sample: X rows then Y rows; a larger reservoir is subsampled uniformly */
	rng = seed ^ 0x5851F42D4C957F2Dull;
	for (int part = 0, at = 0; part < 2; part++)
	{
		const mc_vprof *p = part == 0 ? a : b;
		int want = part == 0 ? m1 : m2;

		for (int i = 0; i < p->nsample; i++)
			idx[i] = i;
		for (int i = 0; i < want; i++)
		{
			int j = i, t;

			if (want < p->nsample)
				j = i + (int) mc_rand_below(&rng, (uint64_t) (p->nsample - i));
			t = idx[i];
			idx[i] = idx[j];
			idx[j] = t;
			memcpy(Z + (size_t) at * d, p->sample + (size_t) idx[i] * d,
			       (size_t) d * sizeof(double));
			at++;
		}
	}
	/* centre (distances do not change, the Gram matrix loses its offset), row by row */
	memset(mu, 0, (size_t) d * sizeof(double));
	for (int i = 0; i < N; i++)
		for (int j = 0; j < d; j++)
			mu[j] += Z[(size_t) i * d + j];
	for (int j = 0; j < d; j++)
		mu[j] /= N;
	for (int i = 0; i < N; i++)
		for (int j = 0; j < d; j++)
			Z[(size_t) i * d + j] -= mu[j];
	/*
	 * squared distances ||x||^2 + ||y||^2 - 2 x.y from the upper triangle of the Gram matrix,
	 * in place (the diagonal keeps the norms until the kernel replaces it), with the histogram
	 * of their top bits for the median
	 */
	mc_lin_gram_upper(d, N, Z, K);
	mc_check_interrupts();
	memset(hist1, 0, 65536 * sizeof(uint32_t));
	for (int i = 0; i < N; i++) /* the norms, contiguous (the diagonal is N + 1 apart) */
		V[i] = K[(size_t) i * N + i];
	for (int j = 1; j < N; j++)
	{
		double gjj = V[j];

		for (int i = 0; i < j; i++)
		{
			double d2 = V[i] + gjj - 2.0 * K[(size_t) j * N + i];

			if (d2 < 0) /* rounding */
				d2 = 0;
			K[(size_t) j * N + i] = d2;
			hist1[mc_key_from_double(d2) >> 48]++;
		}
	}
	mc_check_interrupts();
	if (bandwidth > 0)
		sigma = bandwidth;
	else
	{
		size_t np = (size_t) N * (N - 1) / 2, mid = np / 2;
		double hi = 0, lo = 0;

		st = tri_select(K, N, hist1, mid, &hi, &lo);
		if (st != MC_OK)
			goto done;
		sigma = np % 2 == 1 ? sqrt(hi) : (sqrt(lo) + sqrt(hi)) / 2.0;
		if (sigma == 0)
		{
			double s = 0;

			for (int j = 1; j < N; j++)
				for (int i = 0; i < j; i++)
					s += sqrt(K[(size_t) j * N + i]);
			sigma = s / (double) np;
		}
	}
	res->extra = sigma;
	res->info = permutations;
	if (sigma == 0)
	{
		/* every pooled row is the same point: the samples cannot differ */
		res->statistic = 0;
		res->p_value = 1;
		res->drifted = false;
		goto done;
	}
	{
		double g = -1.0 / (2.0 * sigma * sigma), half = 0;

		/* the kernel on the upper triangle with a zero diagonal: only it is read below */
		for (int j = 0; j < N; j++)
		{
			double *col = K + (size_t) j * N;

			for (int i = 0; i < j; i++)
			{
				col[i] = exp(col[i] * g);
				half += col[i];
			}
			col[j] = 0;
		}
		sall = 2.0 * half;
	}
	mc_check_interrupts();
	rng = seed;
	for (int done_p = -1; done_p < permutations;)
	{
		int cols = permutations - done_p < MMD_CHUNK ? permutations - done_p : MMD_CHUNK;

		memset(Sm, 0, (size_t) N * cols * sizeof(double));
		for (int c = 0; c < cols; c++)
		{
			if (done_p + c == -1)
				for (int i = 0; i < N; i++)
					idx[i] = i; /* the observed labelling */
			else
				permute(idx, N, &rng);
			for (int i = 0; i < m1; i++)
				Sm[(size_t) c * N + idx[i]] = 1.0;
		}
		mc_lin_symm_upper(N, cols, K, Sm, V);
		for (int c = 0; c < cols; c++)
		{
			double sxx = 0, s1 = 0, sxy, syy, mmd2;
			const double *v = V + (size_t) c * N, *s = Sm + (size_t) c * N;

			for (int i = 0; i < N; i++)
			{
				sxx += s[i] * v[i];
				s1 += v[i];
			}
			sxy = s1 - sxx;
			syy = sall - sxx - 2.0 * sxy;
			mmd2 = sxx / ((double) m1 * (m1 - 1)) + syy / ((double) m2 * (m2 - 1)) -
			       2.0 * sxy / ((double) m1 * m2);
			if (done_p + c == -1)
				obs = mmd2;
			else if (mmd2 >= obs)
				ge++;
		}
		done_p += cols;
		mc_check_interrupts();
	}
	res->statistic = obs;
	res->p_value = (1.0 + ge) / (1.0 + permutations);
	res->drifted = res->p_value < alpha;
done:
	if (Z)
		mc_free(Z);
	if (K)
		mc_free(K);
	if (hist1)
		mc_free(hist1);
	if (mu)
		mc_free(mu);
	if (idx)
		mc_free(idx);
	if (Sm)
		mc_free(Sm);
	if (V)
		mc_free(V);
	return st;
}

/* Cosine distance between the mean vectors, as scipy.spatial.distance.cosine. */
mc_status
mc_mv_cosine(mc_vprof *a, mc_vprof *b, double threshold, mc_mv_result *res)
{
	double uv = 0, uu = 0, vv = 0;
	mc_status st;

	result_init(res);
	res->threshold = threshold;
	st = check_pair(a, b, 1, 1, res);
	if (st != MC_OK)
		return st;
	for (int i = 0; i < a->dim; i++)
	{
		uv += a->mean[i] * b->mean[i];
		uu += a->mean[i] * a->mean[i];
		vv += b->mean[i] * b->mean[i];
	}
	if (uu == 0 || vv == 0)
		FAIL(res, MC_ERR_INVALID, "cosine distance is undefined for a zero mean vector");
	res->statistic = 1.0 - uv / sqrt(uu * vv);
	if (res->statistic < 0)
		res->statistic = 0; /* rounding below 0 for parallel means */
	res->drifted = res->statistic > threshold;
	return MC_OK;
}

/*
 * Share of drifted dimensions (as Evidently's dataset drift: the share of columns whose own test
 * fires): dimension j drifts when the two-sample Kolmogorov-Smirnov test on the j-th coordinates
 * of the two reservoirs has p-value < alpha (scipy.stats.ks_2samp(method='asymp')). Drifted when
 * the share >= drift_share.
 */
mc_status
mc_mv_share(mc_vprof *a, mc_vprof *b, double alpha, double drift_share, mc_mv_result *res)
{
	int d, na, nb, fired = 0;
	double *xa, *xb;
	mc_status st;

	result_init(res);
	res->threshold = drift_share;
	st = check_pair(a, b, 1, 1, res);
	if (st != MC_OK)
		return st;
	na = a->nsample;
	nb = b->nsample;
	if (na < 1 || nb < 1)
		FAIL(res, MC_ERR_INVALID, "share needs reservoir rows in each profile");
	d = a->dim;
	/* transpose both samples once (dimension-major), so each test reads contiguous values */
	xa = mc_alloc_array((size_t) na * d, sizeof(double));
	xb = mc_alloc_array((size_t) nb * d, sizeof(double));
	if (!xa || !xb)
	{
		if (xa)
			mc_free(xa);
		if (xb)
			mc_free(xb);
		return MC_ERR_NOMEM;
	}
	for (int i = 0; i < na; i++)
		for (int j = 0; j < d; j++)
			xa[(size_t) j * na + i] = a->sample[(size_t) i * d + j];
	for (int i = 0; i < nb; i++)
		for (int j = 0; j < d; j++)
			xb[(size_t) j * nb + i] = b->sample[(size_t) i * d + j];
	for (int j = 0; j < d; j++)
	{
		double *ca = xa + (size_t) j * na, *cb = xb + (size_t) j * nb, D;

		/* reservoir values are finite (rows with NaN or infinity are never sampled) */
		if (mc_sort_doubles(ca, (size_t) na) != MC_OK || mc_sort_doubles(cb, (size_t) nb) != MC_OK)
		{
			mc_free(xa);
			mc_free(xb);
			return MC_ERR_NOMEM;
		}
		D = mc_mv_ks_stat(ca, (size_t) na, cb, (size_t) nb);
		if (mc_mv_ks_pvalue(D, (size_t) na, (size_t) nb) < alpha)
			fired++;
		if (j % 64 == 63)
			mc_check_interrupts();
	}
	mc_free(xa);
	mc_free(xb);
	res->info = fired;
	res->statistic = (double) fired / d;
	res->drifted = res->statistic >= drift_share;
	return MC_OK;
}
