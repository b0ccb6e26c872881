/* vprofile.c: the vector profile: block updates, pairwise merge, reservoir, serialization. */
#include "vprofile.h"

#include <math.h>
#include <string.h>

#include "linalg.h"

uint64_t
mc_splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ull);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

uint64_t
mc_rand_below(uint64_t *state, uint64_t bound)
{
	/* rejection keeps every residue equally likely: accept x below the largest multiple of bound */
	uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
	uint64_t x;

	do
		x = mc_splitmix64(state);
	while (x >= limit);
	return x % bound;
}

static uint64_t
dbits(double x)
{
	uint64_t u;

	memcpy(&u, &x, sizeof(u));
	return u;
}

mc_status
mc_vprof_init(mc_vprof *vp, int cap, uint64_t seed, int block)
{
	memset(vp, 0, sizeof(*vp));
	if (cap < 0 || cap > MC_VPROF_MAX_RESERVOIR || block < 1 || block > MC_VPROF_MAX_BLOCK)
		return MC_ERR_RANGE;
	vp->cap = cap;
	vp->block = block;
	vp->rng = seed;
	return MC_OK;
}

void
mc_vprof_free(mc_vprof *vp)
{
	if (vp->mean)
		mc_free(vp->mean);
	if (vp->comoment)
		mc_free(vp->comoment);
	if (vp->buf)
		mc_free(vp->buf);
	if (vp->sample)
		mc_free(vp->sample);
	if (vp->shift)
		mc_free(vp->shift);
	if (vp->bsum)
		mc_free(vp->bsum);
	vp->mean = vp->comoment = vp->buf = vp->sample = vp->shift = vp->bsum = NULL;
	vp->dim = 0;
}

mc_status
mc_vprof_set_dim(mc_vprof *vp, int dim)
{
	size_t d = (size_t) dim;

	if (dim < 1 || dim > MC_VPROF_MAX_DIM)
		return MC_ERR_RANGE;
	if (vp->dim != 0)
		return vp->dim == dim ? MC_OK : MC_ERR_INVALID;
	vp->mean = mc_alloc_array(d, sizeof(double));
	vp->comoment = mc_alloc_array(d * d, sizeof(double));
	if (vp->block > 1)
	{
		/* the block that fits the buffer; the buffer starts small (see vprofile.h) */
		if ((size_t) vp->block * d > MC_VPROF_BUFFER_DOUBLES)
			vp->block = (int) (MC_VPROF_BUFFER_DOUBLES / d);
		if (vp->block < 2)
			vp->block = 2;
		vp->bufcap = vp->block < MC_VPROF_FIRST_BLOCK ? vp->block : MC_VPROF_FIRST_BLOCK;
	}
	vp->buf = vp->block > 1 ? mc_alloc_array((size_t) vp->bufcap * d, sizeof(double)) : NULL;
	vp->sample = mc_alloc_array((size_t) vp->cap * d, sizeof(double));
	vp->shift = mc_alloc_array(d, sizeof(double));
	vp->bsum = mc_alloc_array(d, sizeof(double));
	if (!vp->mean || !vp->comoment || (vp->block > 1 && !vp->buf) || !vp->sample || !vp->shift ||
	    !vp->bsum)
	{
		mc_vprof_free(vp);
		return MC_ERR_NOMEM;
	}
	memset(vp->mean, 0, d * sizeof(double));
	memset(vp->comoment, 0, d * d * sizeof(double));
	vp->dim = dim;
	return MC_OK;
}

/*
 * Per-row update (Welford 1962, in its multivariate form): with n rows after this one and
 * delta = x - mean_old, mean += delta / n and M += (n - 1) / n * delta delta^T (upper triangle).
 * This is the hand loop of d*(d+1)/2 multiply-adds per row that the block path replaces.
 */
static void
add_one_row(mc_vprof *vp, const double *x)
{
	int d = vp->dim;
	double n1, f;

	vp->n++;
	n1 = (double) vp->n;
	f = (n1 - 1.0) / n1;
	for (int j = 0; j < d; j++)
	{
		double dj = x[j] - vp->mean[j];
		double *col = vp->comoment + (size_t) j * d;

		for (int i = 0; i <= j; i++)
			col[i] += f * (x[i] - vp->mean[i]) * dj;
	}
	for (int i = 0; i < d; i++)
		vp->mean[i] += (x[i] - vp->mean[i]) / n1;
}

/*
 * Block update around the running mean. Rows enter the buffer already shifted by s, the running
 * mean m when the block started (the block's first row when nothing was folded yet), and their
 * sum is kept as they come, so folding needs no pass over the block besides BLAS. With the B
 * shifted rows y_i = x_i - s, ybar = sum y_i / B, and the pairwise formula of Chan, Golub and
 * LeVeque for the union with the n folded rows (mean m, co-moment M):
 *
 *   block co-moment  C_b = sum (y_i - ybar)(y_i - ybar)^T = Y^T Y - B ybar ybar^T,
 *   block mean       m_b = s + ybar,  delta = m_b - m,  n' = n + B,
 *   M' = M + C_b + delta delta^T n B / n',   m' = m + delta B / n'.
 *
 * When n > 0, s = m, so delta = ybar and the two rank-1 terms combine:
 *   M' = M + Y^T Y - (B^2 / n') ybar ybar^T,   m' = m + ybar B / n';
 * when n = 0, M' = Y^T Y - B ybar ybar^T and m' = s + ybar.
 * Y^T Y is one rank-B update written straight into M (mc_lin_syrk_rows), the correction one dsyr.
 * Shifting by a current estimate of the mean keeps |ybar| of the order of the spread, so the
 * subtraction loses no precision to a large offset (the shifted-data algorithm, cf. Chan, Golub
 * and LeVeque 1983, with the shift refreshed every block).
 */
void
mc_vprof_flush(mc_vprof *vp)
{
	int d = vp->dim, B = vp->nbuf;
	double nb = (double) B, np;

	if (B == 0)
		return;
	for (int i = 0; i < d; i++)
		vp->bsum[i] /= nb; /* now ybar */
	mc_lin_syrk_rows(d, B, 1.0, vp->buf, vp->comoment);
	np = (double) vp->n + nb;
	if (vp->n > 0)
	{
		mc_lin_syr(d, -nb * nb / np, vp->bsum, vp->comoment);
		for (int i = 0; i < d; i++)
			vp->mean[i] += vp->bsum[i] * (nb / np);
	}
	else
	{
		mc_lin_syr(d, -nb, vp->bsum, vp->comoment);
		for (int i = 0; i < d; i++)
			vp->mean[i] = vp->shift[i] + vp->bsum[i];
	}
	vp->n += B;
	vp->nbuf = 0;
}

/*
 * A full buffer: fold it, then make the buffer larger for the next block while it is under the
 * block size (the empty one is kept if that fails). Only mc_vprof_add grows the buffer, so that
 * the allocation happens where the caller keeps the profile's memory.
 */
static void
fold_full_buffer(mc_vprof *vp)
{
	mc_vprof_flush(vp);
	if (vp->bufcap < vp->block)
	{
		int cap = vp->bufcap * 2 < vp->block ? vp->bufcap * 2 : vp->block;
		double *nbuf = mc_alloc_array((size_t) cap * vp->dim, sizeof(double));

		if (nbuf != NULL)
		{
			mc_free(vp->buf);
			vp->buf = nbuf;
			vp->bufcap = cap;
		}
	}
}

/* Algorithm R: the t-th valid row (t counted from 0) replaces a uniform slot with probability
 * cap / (t + 1) once the reservoir is full. */
static void
reservoir_offer(mc_vprof *vp, const double *x)
{
	int64_t t = mc_vprof_count(vp);
	size_t d = (size_t) vp->dim;

	if (vp->cap == 0)
		return;
	if (t < vp->cap)
	{
		memcpy(vp->sample + (size_t) t * d, x, d * sizeof(double));
		vp->nsample = (int) t + 1;
		return;
	}
	{
		uint64_t j = mc_rand_below(&vp->rng, (uint64_t) t + 1);

		if (j < (uint64_t) vp->cap)
			memcpy(vp->sample + j * d, x, d * sizeof(double));
	}
}

/* True when an element is NaN or infinite (exponent bits all ones): an integer OR over the
 * row, which the compiler vectorizes. */
static int
row_nonfinite(const double *restrict x, int d)
{
	const uint64_t exp = 0x7FF0000000000000ull;
	uint64_t any = 0;

	for (int i = 0; i < d; i++)
	{
		uint64_t b;

		memcpy(&b, x + i, sizeof(b));
		any |= (uint64_t) ((b & exp) == exp);
	}
	return any != 0;
}

/*
 * y = x - s, and whether some y is not finite: v * 0.0 is 0 for a finite v and NaN otherwise.
 * Unrolled by 4 so that -O2's straight-line vectorizer packs it. A non-finite y comes from a
 * non-finite x, or from finite values whose difference overflows (the caller tells the two
 * apart).
 */
static int
row_shift_check(const double *restrict x, const double *restrict s, double *restrict y, int d)
{
	double z0 = 0, z1 = 0, z2 = 0, z3 = 0;
	int i = 0;

	for (; i + 4 <= d; i += 4)
	{
		double v0 = x[i] - s[i], v1 = x[i + 1] - s[i + 1], v2 = x[i + 2] - s[i + 2],
		       v3 = x[i + 3] - s[i + 3];

		y[i] = v0;
		y[i + 1] = v1;
		y[i + 2] = v2;
		y[i + 3] = v3;
		z0 += v0 * 0.0;
		z1 += v1 * 0.0;
		z2 += v2 * 0.0;
		z3 += v3 * 0.0;
	}
	for (; i < d; i++)
	{
		y[i] = x[i] - s[i];
		z0 += y[i] * 0.0;
	}
	return !(z0 + z1 + z2 + z3 == 0.0);
}

/* sum += y, unrolled by 4 */
static void
row_accumulate(const double *restrict y, double *restrict sum, int d)
{
	int i = 0;

	for (; i + 4 <= d; i += 4)
	{
		sum[i] += y[i];
		sum[i + 1] += y[i + 1];
		sum[i + 2] += y[i + 2];
		sum[i + 3] += y[i + 3];
	}
	for (; i < d; i++)
		sum[i] += y[i];
}

/*
 * The common case of the block path: a row after the first block. One pass over the row (the
 * one that reads it from memory) shifts it and checks it.
 * Kept out of line so that the per-row update's code stays as it was.
 */
static __attribute__((noinline)) void
add_block_row(mc_vprof *vp, const double *x)
{
	int d = vp->dim;
	double *y = vp->buf + (size_t) vp->nbuf * d;

	if (vp->nbuf == 0)
	{
		memcpy(vp->shift, vp->mean, (size_t) d * sizeof(double));
		memset(vp->bsum, 0, (size_t) d * sizeof(double));
	}
	if (row_shift_check(x, vp->shift, y, d) && row_nonfinite(x, d))
	{
		vp->nonfinite++;
		return;
	}
	row_accumulate(y, vp->bsum, d);
	reservoir_offer(vp, x);
	if (++vp->nbuf == vp->bufcap)
		fold_full_buffer(vp);
}

void
mc_vprof_add(mc_vprof *vp, const double *x)
{
	int d = vp->dim;

	if (vp->block > 1 && vp->n > 0)
	{
		add_block_row(vp, x);
		return;
	}
	if (row_nonfinite(x, d))
	{
		vp->nonfinite++;
		return;
	}
	if (mc_vprof_count(vp) == 0)
	{
		/* profiles of different data draw from different streams: mix the first row in */
		uint64_t h = vp->rng;

		for (int i = 0; i < d; i++)
		{
			h ^= dbits(x[i]);
			(void) mc_splitmix64(&h);
		}
		vp->rng = h;
	}
	reservoir_offer(vp, x);
	if (vp->block == 1)
	{
		add_one_row(vp, x);
		return;
	}
	if (vp->nbuf == 0)
	{
		/* a new block: shift by the running mean (the first row when nothing is folded) */
		memcpy(vp->shift, vp->n > 0 ? vp->mean : x, (size_t) d * sizeof(double));
		memset(vp->bsum, 0, (size_t) d * sizeof(double));
	}
	{
		/* x is known to be finite here: the check's answer only reports an overflow */
		double *y = vp->buf + (size_t) vp->nbuf * d;

		(void) row_shift_check(x, vp->shift, y, d);
		row_accumulate(y, vp->bsum, d);
	}
	if (++vp->nbuf == vp->bufcap)
		fold_full_buffer(vp);
}

static int64_t
sat_add(int64_t a, int64_t b)
{
	return a > INT64_MAX - b ? INT64_MAX : a + b;
}

/*
 * Uniform sample of the union. A uniform sample of size s = min(cap, na + nb) of the union takes
 * h rows from A where h is hypergeometric (s draws without replacement from na A-rows and nb
 * B-rows): drawn here one draw at a time with the exact conditional probabilities. Given h, the
 * A-part is a uniform h-subset of A, which a uniform h-subset of A's (uniform) reservoir is;
 * likewise for B. Partial Fisher-Yates shuffles choose the subsets.
 */
static mc_status
merge_reservoirs(mc_vprof *a, const mc_vprof *b, int cap)
{
	size_t d = (size_t) a->dim;
	int64_t na = mc_vprof_count(a), nb = mc_vprof_count(b);
	int64_t total = sat_add(na, nb);
	int s = (int) (total < cap ? total : cap);
	uint64_t ra = (uint64_t) na, rb = (uint64_t) nb;
	int h = 0, at = 0;
	int *idx;
	double *ns;
	int maxs = a->nsample > b->nsample ? a->nsample : b->nsample;

	ns = mc_alloc_array((size_t) cap * d, sizeof(double));
	idx = mc_alloc_array((size_t) (maxs > 0 ? maxs : 1), sizeof(int));
	if (ns == NULL || idx == NULL)
	{
		if (ns)
			mc_free(ns);
		if (idx)
			mc_free(idx);
		return MC_ERR_NOMEM;
	}
	for (int i = 0; i < s; i++)
	{
		if (mc_rand_below(&a->rng, ra + rb) < ra)
		{
			h++;
			ra--;
		}
		else
			rb--;
	}
	for (int part = 0; part < 2; part++)
	{
		const mc_vprof *p = part == 0 ? a : b;
		int want = part == 0 ? h : s - h;

		for (int i = 0; i < p->nsample; i++)
			idx[i] = i;
		for (int i = 0; i < want; i++)
		{
			int j = i + (int) mc_rand_below(&a->rng, (uint64_t) (p->nsample - i));
			int t = idx[i];

			idx[i] = idx[j];
			idx[j] = t;
			memcpy(ns + (size_t) at * d, p->sample + (size_t) idx[i] * d, d * sizeof(double));
			at++;
		}
	}
	mc_free(idx);
	if (a->sample)
		mc_free(a->sample);
	a->sample = ns;
	a->cap = cap;
	a->nsample = s;
	return MC_OK;
}

mc_status
mc_vprof_merge(mc_vprof *dst, mc_vprof *src)
{
	int cap = dst->cap < src->cap ? dst->cap : src->cap;
	mc_status st;
	uint64_t mix;

	if (dst->dim != 0 && src->dim != 0 && dst->dim != src->dim)
		return MC_ERR_INVALID;
	mc_vprof_flush(dst);
	mc_vprof_flush(src);
	if (dst->dim == 0 && src->dim != 0)
	{
		st = mc_vprof_set_dim(dst, src->dim);
		if (st != MC_OK)
			return st;
	}
	/* the merged stream depends on both inputs, deterministically */
	mix = dst->rng ^ ((src->rng << 23) | (src->rng >> 41)) ^ 0xD1B54A32D192ED03ull;
	dst->rng = mc_splitmix64(&mix);
	if (dst->dim != 0)
	{
		int d = dst->dim;
		int64_t na = dst->n, nb = src->n;

		st = merge_reservoirs(dst, src, cap);
		if (st != MC_OK)
			return st;
		if (nb > 0)
		{
			double fa = (double) na, fb = (double) nb, nt = fa + fb;
			double *delta = mc_alloc_array((size_t) d, sizeof(double));

			if (delta == NULL)
				return MC_ERR_NOMEM;
			/* Chan et al.: M = Ma + Mb + delta delta^T na nb / n, mean = ma + delta nb / n */
			for (int j = 0; j < d; j++)
			{
				double *cd = dst->comoment + (size_t) j * d;
				const double *cs = src->comoment + (size_t) j * d;

				for (int i = 0; i <= j; i++)
					cd[i] += cs[i];
			}
			for (int i = 0; i < d; i++)
				delta[i] = src->mean[i] - dst->mean[i];
			if (na > 0)
				mc_lin_syr(d, fa * fb / nt, delta, dst->comoment);
			for (int i = 0; i < d; i++)
				dst->mean[i] += delta[i] * (fb / nt);
			mc_free(delta);
			dst->n = sat_add(na, nb);
		}
	}
	else
		dst->cap = cap;
	dst->null_rows = sat_add(dst->null_rows, src->null_rows);
	dst->incomplete = sat_add(dst->incomplete, src->incomplete);
	dst->nonfinite = sat_add(dst->nonfinite, src->nonfinite);
	return MC_OK;
}

size_t
mc_vprof_serialized_size(mc_vprof *vp)
{
	size_t d = (size_t) vp->dim;

	return 1 + 6 * 10 + 8 + 10 + 8 * (d + d * (d + 1) / 2 + (size_t) vp->nsample * d);
}

mc_status
mc_vprof_serialize(mc_vprof *vp, mc_writer *w)
{
	int d = vp->dim;

	mc_vprof_flush(vp);
	mc_w_u8(w, MC_VPROF_VERSION);
	mc_w_varint(w, (uint64_t) d);
	mc_w_varint(w, (uint64_t) vp->cap);
	mc_w_varint(w, (uint64_t) vp->n);
	mc_w_varint(w, (uint64_t) vp->null_rows);
	mc_w_varint(w, (uint64_t) vp->incomplete);
	mc_w_varint(w, (uint64_t) vp->nonfinite);
	mc_w_u64(w, vp->rng);
	mc_w_varint(w, (uint64_t) vp->nsample);
	for (int i = 0; i < d; i++)
		mc_w_f64(w, vp->mean[i]);
	for (int j = 0; j < d; j++)
		for (int i = 0; i <= j; i++)
			mc_w_f64(w, vp->comoment[(size_t) j * d + i]);
	for (size_t i = 0; i < (size_t) vp->nsample * d; i++)
		mc_w_f64(w, vp->sample[i]);
	return w->failed ? MC_ERR_NOMEM : MC_OK;
}

mc_status
mc_vprof_parse(mc_vprof *vp, const uint8_t *data, size_t len, int block)
{
	mc_reader r;
	uint64_t dim, cap, n, nulls, inc, nonf, ns, rng;
	size_t d, need;
	mc_status st;

	memset(vp, 0, sizeof(*vp));
	mc_r_init(&r, data, len);
	if (mc_r_u8(&r) != MC_VPROF_VERSION || r.failed)
		return MC_ERR_CORRUPT;
	dim = mc_r_varint(&r);
	cap = mc_r_varint(&r);
	n = mc_r_varint(&r);
	nulls = mc_r_varint(&r);
	inc = mc_r_varint(&r);
	nonf = mc_r_varint(&r);
	rng = mc_r_u64(&r);
	ns = mc_r_varint(&r);
	if (r.failed || dim > MC_VPROF_MAX_DIM || cap > MC_VPROF_MAX_RESERVOIR || n > INT64_MAX ||
	    nulls > INT64_MAX || inc > INT64_MAX || nonf > INT64_MAX || ns != (n < cap ? n : cap))
		return MC_ERR_CORRUPT;
	if (dim == 0 && (n != 0 || inc != 0 || nonf != 0))
		return MC_ERR_CORRUPT;
	d = (size_t) dim;
	/* every remaining byte is accounted for before anything is allocated */
	need = 8 * (d + d * (d + 1) / 2 + (size_t) ns * d);
	if (mc_r_remaining(&r) != need)
		return MC_ERR_CORRUPT;
	st = mc_vprof_init(vp, (int) cap, rng, block);
	if (st != MC_OK)
		return MC_ERR_CORRUPT;
	vp->n = (int64_t) n;
	vp->null_rows = (int64_t) nulls;
	vp->incomplete = (int64_t) inc;
	vp->nonfinite = (int64_t) nonf;
	vp->rng = rng;
	if (dim == 0)
		return MC_OK;
	st = mc_vprof_set_dim(vp, (int) dim);
	if (st != MC_OK)
		return st;
	vp->nsample = (int) ns;
	for (size_t i = 0; i < d; i++)
		vp->mean[i] = mc_r_f64(&r);
	for (size_t j = 0; j < d; j++)
		for (size_t i = 0; i <= j; i++)
			vp->comoment[j * d + i] = mc_r_f64(&r);
	for (size_t i = 0; i < (size_t) ns * d; i++)
		vp->sample[i] = mc_r_f64(&r);
	if (!mc_r_done(&r))
		goto bad;
	for (size_t i = 0; i < d; i++)
	{
		if (!isfinite(vp->mean[i]) || (n == 0 && vp->mean[i] != 0.0))
			goto bad;
		for (size_t k = 0; k <= i; k++)
		{
			double c = vp->comoment[i * d + k];

			if (!isfinite(c) || (n <= 1 && c != 0.0))
				goto bad;
		}
		if (vp->comoment[i * d + i] < 0.0)
			goto bad;
	}
	for (size_t i = 0; i < (size_t) ns * d; i++)
		if (!isfinite(vp->sample[i]))
			goto bad;
	return MC_OK;
bad:
	mc_vprof_free(vp);
	return MC_ERR_CORRUPT;
}

void
mc_vprof_covariance(mc_vprof *vp, double *cov)
{
	size_t d = (size_t) vp->dim;
	double f;

	mc_vprof_flush(vp);
	f = vp->n >= 2 ? 1.0 / (double) (vp->n - 1) : NAN;
	for (size_t j = 0; j < d; j++)
		for (size_t i = 0; i <= j; i++)
			cov[j * d + i] = cov[i * d + j] = vp->comoment[j * d + i] * f;
}
