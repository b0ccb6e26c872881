/*
 * ksbound.c: the two-sample Kolmogorov-Smirnov statistic of raw, unsorted values without
 * sorting them (mc_ks_2samp_unsorted in tests2s.h).
 *
 * D only needs F_x - F_y where it is extreme. The values are split into buckets by their
 * order-preserving keys (sortkey.h; -0.0 and +0.0 share a key, as they compare equal). Counting
 * the two samples per bucket gives F_x - F_y exactly at the end of every bucket, which is an
 * evaluation point (the last distinct value inside it), and bounds it inside the bucket: there
 * the counts run from (i, j) to (i + cx, j + cy), so every point satisfies
 *   i / n1 - (j + cy) / n2  <=  F_x - F_y  <=  (i + cx) / n1 - j / n2,
 * in floating point too (converting counts below 2^53 is exact, dividing by a positive number
 * and subtracting are monotone under rounding). A bucket whose bounds cannot pass the extremes
 * found so far holds no new extreme and is dropped; the others are gathered and split again on
 * their own key range, down to a few values, which are sorted and walked. Every point evaluated
 * is computed with the expression ks_extremes uses on sorted values, so D is the same double.
 *
 * On large samples the buckets near the extremes are a small share of the data: the work is a
 * few linear passes (range, count, gather) instead of a radix sort of both samples.
 */
#include <math.h>
#include <string.h>

#include "sortkey.h"
#include "tests2s.h"

#define TOP_BITS   16    /* buckets of the first split of large samples (2 x 256 KB of counts) */
#define SUB_BITS   11    /* buckets of the other splits (2 x 8 KB, in L1) */
#define LEAF_SIZE  48    /* at most this many values (both samples): sort and walk */
#define SMALL_SIZE 65536 /* at most this many values (both samples): start from keys */
#define MAX_DEPTH  10 /* each split narrows the key range by 2^10 at least: 64-bit keys end by 8 */

typedef struct ks_ctx
{
	double dn1, dn2;
	double maxS, minD;
	/* per depth: count tables (x then y), gather positions (x then y), open flags */
	uint32_t *cnt[MAX_DEPTH];
	uint64_t *pos[MAX_DEPTH];
	uint8_t *open[MAX_DEPTH];
} ks_ctx;

static inline double
ks_point(const ks_ctx *c, uint64_t i, uint64_t j)
{
	return (double) i / c->dn1 - (double) j / c->dn2;
}

static inline void
ks_update(ks_ctx *c, uint64_t i, uint64_t j)
{
	double d = ks_point(c, i, j);

	if (d > c->maxS)
		c->maxS = d;
	if (d < c->minD)
		c->minD = d;
}

/*
 * Can a bucket whose counts run from (i, j) to (i + cx, j + cy) hold a point beyond the
 * extremes found so far, other than its end (which the caller evaluates)? A bucket of one
 * value has no other point. When one sample has no value in it, F_x - F_y is monotone inside,
 * so the only other candidate is its first point, at least one value past (i, j).
 */
static inline bool
ks_bucket_open(const ks_ctx *c, uint64_t i, uint64_t j, uint64_t cx, uint64_t cy)
{
	if (cx + cy < 2)
		return false;
	if (cy == 0) /* rising inside: the maximum is the end, the minimum the first point */
		return ks_point(c, i + 1, j) < c->minD;
	if (cx == 0) /* falling inside */
		return ks_point(c, i, j + 1) > c->maxS;
	return ks_point(c, i + cx, j) > c->maxS || ks_point(c, i, j + cy) < c->minD;
}

static void
insertion_sort(uint64_t *k, size_t n)
{
	for (size_t a = 1; a < n; a++)
	{
		uint64_t v = k[a];
		size_t b = a;

		for (; b > 0 && k[b - 1] > v; b--)
			k[b] = k[b - 1];
		k[b] = v;
	}
}

/* A few values: sort both and walk the pooled distinct values from (i0, j0) */
static void
ks_leaf(ks_ctx *c, uint64_t *xk, size_t nx, uint64_t *yk, size_t ny, uint64_t i0, uint64_t j0)
{
	size_t a = 0, b = 0;

	insertion_sort(xk, nx);
	insertion_sort(yk, ny);
	while (a < nx || b < ny)
	{
		uint64_t v = (b >= ny || (a < nx && xk[a] < yk[b])) ? xk[a] : yk[b];

		while (a < nx && xk[a] == v)
			a++;
		while (b < ny && yk[b] == v)
			b++;
		ks_update(c, i0 + a, j0 + b);
	}
}

/* Every bucket end is a point: the counts cx, cy of nb buckets starting from (i0, j0) */
static void
ks_bucket_ends(ks_ctx *c, const uint32_t *cx, const uint32_t *cy, size_t nb, uint64_t i0,
               uint64_t j0)
{
	uint64_t i = i0, j = j0;

	for (size_t b = 0; b < nb; b++)
		if (cx[b] + cy[b] > 0)
		{
			i += cx[b];
			j += cy[b];
			ks_update(c, i, j);
		}
}

static void
key_range(const uint64_t *k, size_t n, uint64_t *lo, uint64_t *hi)
{
	uint64_t l = *lo, h = *hi;

	for (size_t a = 0; a < n; a++)
	{
		l = k[a] < l ? k[a] : l;
		h = k[a] > h ? k[a] : h;
	}
	*lo = l;
	*hi = h;
}

/* Gathers the keys of the open buckets; pos[b] is the trash slot `total` for the others */
static void
key_gather(const uint64_t *k, size_t n, uint64_t lo, unsigned shift, uint64_t *pos, uint64_t total,
           uint64_t *out)
{
	for (size_t a = 0; a < n; a++)
	{
		size_t b = (size_t) ((k[a] - lo) >> shift);

		out[pos[b]] = k[a];
		pos[b] += pos[b] < total;
	}
}

/*
 * Splits the keys of both samples whose counts start at (i0, j0), the end of which the caller
 * has evaluated: counts per bucket, evaluates the bucket ends, gathers the buckets that stay
 * open and splits each again.
 */
static mc_status
ks_split(ks_ctx *c, uint64_t *xk, size_t nx, uint64_t *yk, size_t ny, uint64_t i0, uint64_t j0,
         int depth)
{
	size_t cap = (size_t) 1 << SUB_BITS, nb;
	uint64_t lo = UINT64_MAX, hi = 0, i, j, sx = 0, sy = 0, ox, oy, *gk;
	uint32_t *cx, *cy;
	uint64_t *px, *py;
	uint8_t *open;
	unsigned shift = 0;
	mc_status st = MC_OK;

	if (!ks_bucket_open(c, i0, j0, nx, ny))
		return MC_OK;
	if (nx + ny <= LEAF_SIZE || depth >= MAX_DEPTH)
	{
		ks_leaf(c, xk, nx, yk, ny, i0, j0);
		return MC_OK;
	}
	mc_check_interrupts();
	key_range(xk, nx, &lo, &hi);
	key_range(yk, ny, &lo, &hi);
	if (lo == hi)
		return MC_OK; /* one value: its only point is the end */
	while ((hi - lo) >> shift >= cap)
		shift++;
	nb = (size_t) ((hi - lo) >> shift) + 1;
	if (c->cnt[depth] == NULL)
	{
		c->cnt[depth] = mc_alloc_array(2 * cap, sizeof(uint32_t));
		c->pos[depth] = mc_alloc_array(2 * cap, sizeof(uint64_t));
		c->open[depth] = mc_alloc_array(cap, 1);
		if (c->cnt[depth] == NULL || c->pos[depth] == NULL || c->open[depth] == NULL)
			return MC_ERR_NOMEM;
	}
	cx = c->cnt[depth];
	cy = cx + cap;
	px = c->pos[depth];
	py = px + cap;
	open = c->open[depth];
	memset(cx, 0, nb * sizeof(uint32_t));
	memset(cy, 0, nb * sizeof(uint32_t));
	for (size_t a = 0; a < nx; a++)
		cx[(xk[a] - lo) >> shift]++;
	for (size_t a = 0; a < ny; a++)
		cy[(yk[a] - lo) >> shift]++;
	ks_bucket_ends(c, cx, cy, nb, i0, j0);
	if (shift == 0)
		return MC_OK; /* one key per bucket: there is no other point */

	/* the buckets that stay open, and where their values go */
	i = i0;
	j = j0;
	for (size_t b = 0; b < nb; b++)
	{
		open[b] = ks_bucket_open(c, i, j, cx[b], cy[b]);
		if (open[b])
		{
			px[b] = sx;
			py[b] = sy;
			sx += cx[b];
			sy += cy[b];
		}
		i += cx[b];
		j += cy[b];
	}
	if (sx + sy == 0)
		return MC_OK;
	for (size_t b = 0; b < nb; b++)
		if (!open[b])
		{
			px[b] = sx;
			py[b] = sy;
		}
	gk = mc_alloc_array((size_t) (sx + sy + 2), sizeof(uint64_t));
	if (gk == NULL)
		return MC_ERR_NOMEM;
	key_gather(xk, nx, lo, shift, px, sx, gk);
	key_gather(yk, ny, lo, shift, py, sy, gk + sx + 1);

	/* split the open buckets, each from its own starting counts */
	i = i0;
	j = j0;
	ox = oy = 0;
	for (size_t b = 0; b < nb && st == MC_OK; b++)
	{
		if (open[b])
		{
			st = ks_split(c, gk + ox, cx[b], gk + sx + 1 + oy, cy[b], i, j, depth + 1);
			ox += cx[b];
			oy += cy[b];
		}
		i += cx[b];
		j += cy[b];
	}
	mc_free(gk);
	return st;
}

/*
 * The first split of large samples, in two counting passes and no copy: buckets of the key's
 * leading 16 bits (or of the key range, when the values span few of those), then 2^8
 * sub-buckets of each bucket that stays open. Only the values of the sub-buckets that stay
 * open, usually a small share near the extremes, are gathered (as keys) and split further.
 * When too many buckets stay open for the sub-bucket tables (samples alike everywhere), each
 * open bucket is its own single sub-bucket.
 */
#define TOP_SUB_BITS 8
#define TOP_MAX_SUB  ((size_t) 1 << 18) /* sub-buckets counted at most (2 x 1 MB of counts) */

static mc_status
ks_top(ks_ctx *c, const double *x, size_t nx, const double *y, size_t ny)
{
	const double *src[2] = {x, y};
	size_t n[2] = {nx, ny}, cap = (size_t) 1 << TOP_BITS, nb, nopen = 0, nsub, ns;
	uint64_t lo = UINT64_MAX, hi = 0, i, j, g[2] = {0, 0};
	uint32_t *cnt, *cnt2 = NULL, *idx = NULL;
	uint8_t *open2 = NULL;
	uint64_t *pos2 = NULL, *gk = NULL;
	unsigned shift, sub_bits, shift2;
	mc_status st = MC_OK;

	cnt = mc_alloc_array(2 * cap, sizeof(uint32_t));
	if (cnt == NULL)
		return MC_ERR_NOMEM;
	memset(cnt, 0, 2 * cap * sizeof(uint32_t));
	for (int s = 0; s < 2; s++)
	{
		uint32_t *cs = cnt + s * cap;

		for (size_t a = 0; a < n[s]; a++)
			cs[mc_key_from_double(src[s][a]) >> (64 - TOP_BITS)]++;
	}
	mc_check_interrupts();
	{
		size_t first = 0, last = cap - 1;

		while (cnt[first] + cnt[cap + first] == 0)
			first++;
		while (cnt[last] + cnt[cap + last] == 0)
			last--;
		if (last - first < (cap >> 4))
		{
			/* the values span few of the fixed buckets: split their own key range instead */
			for (int s = 0; s < 2; s++)
				for (size_t a = 0; a < n[s]; a++)
				{
					uint64_t k = mc_key_from_double(src[s][a]);

					lo = k < lo ? k : lo;
					hi = k > hi ? k : hi;
				}
			if (lo == hi)
				goto done; /* one value: its only point is the end */
			shift = 0;
			while ((hi - lo) >> shift >= cap)
				shift++;
			memset(cnt, 0, 2 * cap * sizeof(uint32_t));
			for (int s = 0; s < 2; s++)
				for (size_t a = 0; a < n[s]; a++)
					cnt[s * cap + ((mc_key_from_double(src[s][a]) - lo) >> shift)]++;
			mc_check_interrupts();
		}
		else
		{
			lo = 0;
			hi = ((uint64_t) last << (64 - TOP_BITS)) | (((uint64_t) 1 << (64 - TOP_BITS)) - 1);
			shift = 64 - TOP_BITS;
		}
	}
	nb = (size_t) ((hi - lo) >> shift) + 1;

	/* every bucket end is a point; then the buckets that stay open */
	ks_bucket_ends(c, cnt, cnt + cap, nb, 0, 0);
	if (shift == 0)
		goto done;
	idx = mc_alloc_array(nb, sizeof(uint32_t));
	if (idx == NULL)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	i = j = 0;
	for (size_t b = 0; b < nb; b++)
	{
		idx[b] = UINT32_MAX;
		if (ks_bucket_open(c, i, j, cnt[b], cnt[cap + b]))
			idx[b] = (uint32_t) nopen++;
		i += cnt[b];
		j += cnt[cap + b];
	}
	if (nopen == 0)
		goto done;
	sub_bits = shift < TOP_SUB_BITS ? shift : TOP_SUB_BITS;
	if ((nopen << sub_bits) > TOP_MAX_SUB)
		sub_bits = 0; /* open buckets everywhere: one sub-bucket each */
	shift2 = shift - sub_bits;
	nsub = (size_t) 1 << sub_bits;
	for (size_t b = 0; b < nb; b++)
		if (idx[b] != UINT32_MAX)
			idx[b] = (uint32_t) (idx[b] * nsub);

	/* second pass: the sub-buckets of the open buckets */
	ns = nopen * nsub;
	cnt2 = mc_alloc_array(2 * ns, sizeof(uint32_t));
	pos2 = mc_alloc_array(2 * ns, sizeof(uint64_t));
	open2 = mc_alloc_array(ns, 1);
	if (cnt2 == NULL || pos2 == NULL || open2 == NULL)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	memset(cnt2, 0, 2 * ns * sizeof(uint32_t));
	for (int s = 0; s < 2; s++)
	{
		uint32_t *cs = cnt2 + s * ns;

		for (size_t a = 0; a < n[s]; a++)
		{
			uint64_t k = mc_key_from_double(src[s][a]) - lo;
			uint32_t base = idx[k >> shift];

			if (base != UINT32_MAX)
				cs[base + ((k >> shift2) & (nsub - 1))]++;
		}
	}
	mc_check_interrupts();

	/* the sub-bucket ends are points; then the sub-buckets that stay open */
	for (int pass = 0; pass < 2; pass++)
	{
		i = j = 0;
		for (size_t b = 0; b < nb; b++)
		{
			if (idx[b] != UINT32_MAX)
				for (size_t t = idx[b]; t < idx[b] + nsub; t++)
				{
					uint32_t cx = cnt2[t], cy = cnt2[ns + t];

					if (pass == 0 && cx + cy > 0)
						ks_update(c, i + cx, j + cy);
					if (pass == 1)
					{
						open2[t] = ks_bucket_open(c, i, j, cx, cy);
						pos2[t] = g[0];
						pos2[ns + t] = g[1];
						if (open2[t])
						{
							g[0] += cx;
							g[1] += cy;
						}
					}
					i += cx;
					j += cy;
				}
			else
			{
				i += cnt[b];
				j += cnt[cap + b];
			}
		}
	}
	if (g[0] + g[1] == 0)
		goto done;

	/* gather the keys of the open sub-buckets (x, then y) */
	gk = mc_alloc_array((size_t) (g[0] + g[1]), sizeof(uint64_t));
	if (gk == NULL)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	/* the buckets with an open sub-bucket (few): idx of the others no longer needed */
	for (size_t b = 0; b < nb; b++)
		if (idx[b] != UINT32_MAX)
		{
			bool any = false;

			for (size_t t = idx[b]; t < idx[b] + nsub; t++)
				any |= open2[t];
			if (!any)
				idx[b] = UINT32_MAX;
		}
	for (int s = 0; s < 2; s++)
	{
		uint64_t *out = gk + (s ? g[0] : 0), *ps = pos2 + s * ns;

		for (size_t a = 0; a < n[s]; a++)
		{
			uint64_t k = mc_key_from_double(src[s][a]);
			uint32_t base = idx[(k - lo) >> shift];

			if (base != UINT32_MAX)
			{
				size_t t = base + (((k - lo) >> shift2) & (nsub - 1));

				if (open2[t])
					out[ps[t]++] = k;
			}
		}
	}
	mc_check_interrupts();

	/* split the open sub-buckets, each from its own starting counts */
	i = j = 0;
	{
		uint64_t ox = 0, oy = 0;

		for (size_t b = 0; b < nb && st == MC_OK; b++)
		{
			if (idx[b] == UINT32_MAX)
			{
				i += cnt[b];
				j += cnt[cap + b];
				continue;
			}
			for (size_t t = idx[b]; t < idx[b] + nsub && st == MC_OK; t++)
			{
				uint32_t cx = cnt2[t], cy = cnt2[ns + t];

				if (open2[t])
				{
					st = ks_split(c, gk + ox, cx, gk + g[0] + oy, cy, i, j, 0);
					ox += cx;
					oy += cy;
				}
				i += cx;
				j += cy;
			}
		}
	}
done:
	mc_free(cnt);
	mc_free(idx);
	mc_free(cnt2);
	mc_free(pos2);
	mc_free(open2);
	mc_free(gk);
	return st;
}

mc_status
mc_ks_extremes_unsorted(const double *x, size_t nx, const double *y, size_t ny, double *maxS,
                        double *minD)
{
	ks_ctx c;
	uint64_t *keys = NULL;
	mc_status st;

	if (nx == 0 || ny == 0)
		return MC_ERR_INVALID;
	if (nx > ((uint64_t) 1 << 31) || ny > ((uint64_t) 1 << 31))
		return MC_ERR_RANGE; /* the counts are 32-bit */
	memset(&c, 0, sizeof(c));
	c.dn1 = (double) nx;
	c.dn2 = (double) ny;
	c.maxS = -INFINITY;
	c.minD = INFINITY;
	ks_update(&c, nx, ny); /* the end of everything */
	if (nx + ny <= SMALL_SIZE)
	{
		/* small samples: keys at once, and the small buckets of the later splits */
		keys = mc_alloc_array(nx + ny, sizeof(uint64_t));
		if (keys == NULL)
			return MC_ERR_NOMEM;
		for (size_t a = 0; a < nx; a++)
			keys[a] = mc_key_from_double(x[a]);
		for (size_t a = 0; a < ny; a++)
			keys[nx + a] = mc_key_from_double(y[a]);
		st = ks_split(&c, keys, nx, keys + nx, ny, 0, 0, 0);
	}
	else
		st = ks_top(&c, x, nx, y, ny);
	mc_free(keys);
	for (int d = 0; d < MAX_DEPTH; d++)
	{
		mc_free(c.cnt[d]);
		mc_free(c.pos[d]);
		mc_free(c.open[d]);
	}
	*maxS = c.maxS;
	*minD = c.minD;
	return st;
}
