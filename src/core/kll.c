/* kll.c: KLL quantile sketch with lazy compaction and deterministic coin flips (see kll.h). */
#include "kll.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define KLL_SEED UINT64_C(0x9E3779B97F4A7C15)

static void set_levels(mc_kll *s, uint32_t nlevels);

void
mc_kll_init(mc_kll *s, uint32_t k)
{
	memset(s, 0, sizeof(*s));
	s->k = k;
	s->rng = KLL_SEED;
	set_levels(s, 1);
}

void
mc_kll_free(mc_kll *s)
{
	for (int h = 0; h < MC_KLL_MAX_LEVELS; h++)
		if (s->items[h])
			mc_free(s->items[h]);
	memset(s, 0, sizeof(*s));
}

mc_status
mc_kll_copy(mc_kll *dst, const mc_kll *src)
{
	mc_kll_init(dst, src->k);
	set_levels(dst, src->nlevels);
	dst->n = src->n;
	dst->rng = src->rng;
	dst->size = src->size;
	for (uint32_t h = 0; h < src->nlevels; h++)
	{
		if (src->len[h] == 0)
			continue;
		if (mc_kll_grow_level(dst, h, src->len[h]) != MC_OK)
			return MC_ERR_NOMEM;
		memcpy(dst->items[h], src->items[h], src->len[h] * sizeof(double));
		dst->len[h] = src->len[h];
	}
	return MC_OK;
}

/* ceil(k * (2/3)^depth), at least MC_KLL_MIN_WIDTH, in exact integer arithmetic */
uint32_t
mc_kll_level_capacity(uint32_t k, uint32_t nlevels, uint32_t h)
{
	uint32_t depth = nlevels - 1 - h;
	uint64_t num = k, den = 1;
	uint64_t cap;

	if (depth > 30)
		return MC_KLL_MIN_WIDTH;
	for (uint32_t i = 0; i < depth; i++)
	{
		num *= 2;
		den *= 3;
	}
	cap = (num + den - 1) / den;
	return cap < MC_KLL_MIN_WIDTH ? MC_KLL_MIN_WIDTH : (uint32_t) cap;
}

/* set nlevels, recomputing the cached level capacities and their sum */
static void
set_levels(mc_kll *s, uint32_t nlevels)
{
	uint32_t t = 0;

	s->nlevels = nlevels;
	for (uint32_t h = 0; h < nlevels; h++)
	{
		s->cap[h] = mc_kll_level_capacity(s->k, nlevels, h);
		t += s->cap[h];
	}
	s->capacity = t;
}

mc_status
mc_kll_grow_level(mc_kll *s, uint32_t h, uint32_t need)
{
	uint32_t na;
	double *p;

	if (need <= s->alloc[h])
		return MC_OK;
	na = s->alloc[h] ? s->alloc[h] : 16;
	while (na < need)
		na *= 2;
	p = mc_realloc(s->items[h], (size_t) na * sizeof(double));
	if (p == NULL)
		return MC_ERR_NOMEM;
	s->items[h] = p;
	s->alloc[h] = na;
	return MC_OK;
}

static uint64_t
next_random(mc_kll *s)
{
	uint64_t x = s->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	s->rng = x;
	return x * UINT64_C(2685821657736338717);
}

static inline void
insertion_sort(double *v, int64_t n)
{
	for (int64_t i = 1; i < n; i++)
	{
		double x = v[i];
		int64_t j = i;

		while (j > 0 && v[j - 1] > x)
		{
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

/* quicksort (median of three, recursion on the smaller side) with inline comparisons */
static void
sort_doubles_rec(double *v, int64_t n)
{
	while (n > 16)
	{
		double a = v[0], b = v[n / 2], c = v[n - 1];
		double pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
		int64_t i = 0, j = n - 1;

		for (;;)
		{
			while (v[i] < pivot)
				i++;
			while (v[j] > pivot)
				j--;
			if (i >= j)
				break;
			{
				double t = v[i];

				v[i] = v[j];
				v[j] = t;
			}
			i++;
			j--;
		}
		/* [0, j] <= pivot <= [j+1, n) */
		if (j + 1 < n - (j + 1))
		{
			sort_doubles_rec(v, j + 1);
			v += j + 1;
			n -= j + 1;
		}
		else
		{
			sort_doubles_rec(v + j + 1, n - (j + 1));
			n = j + 1;
		}
	}
	insertion_sort(v, n);
}

/*
 * Branch-free min and max (the items are never NaN). Compilers turn the portable form into
 * jumps, which mispredict on random data half of the time; on x86-64 use minsd / maxsd.
 */
#if defined(__SSE2__)
#include <emmintrin.h>
static inline double
min2(double a, double b)
{
	return _mm_cvtsd_f64(_mm_min_sd(_mm_set_sd(a), _mm_set_sd(b)));
}
static inline double
max2(double a, double b)
{
	return _mm_cvtsd_f64(_mm_max_sd(_mm_set_sd(a), _mm_set_sd(b)));
}
#else
static inline double
min2(double a, double b)
{
	return a < b ? a : b;
}
static inline double
max2(double a, double b)
{
	return a < b ? b : a;
}
#endif

/* compare-exchange of two locals */
#define CSWAP(a, b)                                                                                \
	do                                                                                             \
	{                                                                                              \
		double lo_ = min2(a, b), hi_ = max2(a, b);                                                 \
		a = lo_;                                                                                   \
		b = hi_;                                                                                   \
	} while (0)

/* optimal 19-comparator sorting network for 8 values, in registers: no data-dependent branch */
void
mc_kll_sort8(double *v)
{
	double x0 = v[0], x1 = v[1], x2 = v[2], x3 = v[3], x4 = v[4], x5 = v[5], x6 = v[6], x7 = v[7];

	CSWAP(x0, x2);
	CSWAP(x1, x3);
	CSWAP(x4, x6);
	CSWAP(x5, x7);
	CSWAP(x0, x4);
	CSWAP(x1, x5);
	CSWAP(x2, x6);
	CSWAP(x3, x7);
	CSWAP(x0, x1);
	CSWAP(x2, x3);
	CSWAP(x4, x5);
	CSWAP(x6, x7);
	CSWAP(x2, x4);
	CSWAP(x3, x5);
	CSWAP(x1, x4);
	CSWAP(x3, x6);
	CSWAP(x1, x2);
	CSWAP(x3, x4);
	CSWAP(x5, x6);
	v[0] = x0;
	v[1] = x1;
	v[2] = x2;
	v[3] = x3;
	v[4] = x4;
	v[5] = x5;
	v[6] = x6;
	v[7] = x7;
}

static void
sort_doubles(double *v, uint32_t n)
{
	if (n == 8)
		mc_kll_sort8(v);
	else
	{
		/* a level 0 seeded from an exact map arrives sorted: check before sorting */
		uint32_t i = 1;

		while (i < n && v[i - 1] <= v[i])
			i++;
		if (i < n)
			sort_doubles_rec(v, (int64_t) n);
	}
}

/*
 * Compact level h: keep its smallest item when the count is odd, and promote every other one of
 * the remaining (sorted) items, starting at a random offset 0 or 1, to level h+1 (merged in
 * place from the back, so no buffer is needed).
 */
static mc_status
compact_level(mc_kll *s, uint32_t h)
{
	uint32_t L = s->len[h];
	uint32_t odd = L & 1;
	uint32_t half = (L - odd) / 2;
	uint32_t offset = (uint32_t) (next_random(s) >> 63);
	uint32_t up = h + 1;
	uint32_t m = s->len[up];
	const double *src;
	double *dst;
	int64_t i, j, o;

	if (h == 0)
		sort_doubles(s->items[0], L);
	if (mc_kll_grow_level(s, up, m + half) != MC_OK)
		return MC_ERR_NOMEM;
	src = s->items[h] + odd + offset; /* promoted items: src[2i], i < half */
	dst = s->items[up];
	i = (int64_t) half - 1;
	j = (int64_t) m - 1;
	o = (int64_t) (m + half) - 1;
	/* branch-free merge step: the comparison selects, it does not jump */
	while (i >= 0 && j >= 0)
	{
		double a = dst[j], b = src[2 * i];
		int64_t take_dst = a > b;

		dst[o--] = take_dst ? a : b;
		j -= take_dst;
		i -= 1 - take_dst;
	}
	while (i >= 0)
	{
		dst[o--] = src[2 * i];
		i--;
	}
	s->len[up] = m + half;
	s->len[h] = odd;
	s->size -= half;
	return MC_OK;
}

mc_status
mc_kll_compress(mc_kll *s)
{
	uint32_t from = 0;

	for (;;)
	{
		bool full = s->size >= s->capacity;
		uint32_t h;
		mc_status st;

		/*
		 * The lowest level at capacity: any when the sketch is full, else a floor-width one.
		 * Levels below `from` were just emptied and cannot qualify (unless a new level
		 * lowered every capacity, which resets `from`).
		 */
		for (h = from; h < s->nlevels; h++)
			if (s->len[h] >= s->cap[h] && (full || s->cap[h] <= MC_KLL_MIN_WIDTH))
				break;
		if (h >= s->nlevels)
		{
			if (from == 0 || s->size < s->capacity)
				break;
			from = 0; /* full again: look from the bottom */
			continue;
		}
		from = h + 1;
		if (h + 1 >= s->nlevels)
		{
			if (s->nlevels + 1 >= MC_KLL_MAX_LEVELS)
				return MC_ERR_RANGE;
			set_levels(s, s->nlevels + 1);
			from = 0;
		}
		st = compact_level(s, h);
		if (st != MC_OK)
			return st;
	}
	return MC_OK;
}

mc_status
mc_kll_add_weighted(mc_kll *s, double x, uint64_t w)
{
	for (uint32_t h = 0; w != 0; h++, w >>= 1)
	{
		if (!(w & 1))
			continue;
		if (h + 2 >= MC_KLL_MAX_LEVELS)
			return MC_ERR_RANGE;
		if (h >= s->nlevels)
			set_levels(s, h + 1);
		if (mc_kll_grow_level(s, h, s->len[h] + 1) != MC_OK)
			return MC_ERR_NOMEM;
		s->items[h][s->len[h]++] = x;
		s->size++;
		s->n += UINT64_C(1) << h;
	}
	return MC_OK;
}

mc_status
mc_kll_merge(mc_kll *dst, const mc_kll *src)
{
	if (src->n == 0)
		return MC_OK;
	if (src->nlevels > dst->nlevels)
		set_levels(dst, src->nlevels);
	for (uint32_t h = 0; h < src->nlevels; h++)
	{
		uint32_t a = dst->len[h], b = src->len[h];

		if (b == 0)
			continue;
		if (mc_kll_grow_level(dst, h, a + b) != MC_OK)
			return MC_ERR_NOMEM;
		if (h == 0)
			memcpy(dst->items[0] + a, src->items[0], b * sizeof(double));
		else
		{
			/* merge two sorted runs from the back, in place */
			double *d = dst->items[h];
			const double *e = src->items[h];
			int64_t i = (int64_t) a - 1, j = (int64_t) b - 1, o = (int64_t) (a + b) - 1;

			while (j >= 0)
			{
				if (i >= 0 && d[i] > e[j])
					d[o--] = d[i--];
				else
					d[o--] = e[j--];
			}
		}
		dst->len[h] = a + b;
		dst->size += b;
	}
	dst->n += src->n;
	/* a deterministic mix of both generator states */
	dst->rng ^= (src->rng << 17) | (src->rng >> 47);
	dst->rng += KLL_SEED;
	if (dst->rng == 0)
		dst->rng = KLL_SEED;
	return mc_kll_compress(dst);
}

typedef struct witem
{
	double v;
	uint64_t w;
} witem;

static int
cmp_witem(const void *a, const void *b)
{
	double x = ((const witem *) a)->v, y = ((const witem *) b)->v;

	return (x > y) - (x < y);
}

mc_status
mc_kll_sorted_view(const mc_kll *s, double **values, uint64_t **weights, size_t *count)
{
	witem *all;
	size_t t = 0, u = 0;

	*values = NULL;
	*weights = NULL;
	*count = 0;
	if (s->size == 0)
		return MC_OK;
	all = mc_alloc_array(s->size, sizeof(witem));
	if (all == NULL)
		return MC_ERR_NOMEM;
	for (uint32_t h = 0; h < s->nlevels; h++)
		for (uint32_t i = 0; i < s->len[h]; i++)
		{
			all[t].v = s->items[h][i];
			all[t].w = UINT64_C(1) << h;
			t++;
		}
	qsort(all, t, sizeof(witem), cmp_witem);
	*values = mc_alloc_array(t, sizeof(double));
	*weights = mc_alloc_array(t, sizeof(uint64_t));
	if (*values == NULL || *weights == NULL)
	{
		if (*values)
			mc_free(*values);
		if (*weights)
			mc_free(*weights);
		mc_free(all);
		*values = NULL;
		*weights = NULL;
		return MC_ERR_NOMEM;
	}
	for (size_t i = 0; i < t; i++)
	{
		if (u > 0 && (*values)[u - 1] == all[i].v)
			(*weights)[u - 1] += all[i].w;
		else
		{
			(*values)[u] = all[i].v;
			(*weights)[u] = all[i].w;
			u++;
		}
	}
	mc_free(all);
	*count = u;
	return MC_OK;
}

void
mc_kll_write(const mc_kll *s, mc_writer *w)
{
	mc_w_varint(w, s->k);
	mc_w_u64(w, s->rng);
	mc_w_varint(w, s->nlevels);
	for (uint32_t h = 0; h < s->nlevels; h++)
		mc_w_varint(w, s->len[h]);
	for (uint32_t h = 0; h < s->nlevels; h++)
		for (uint32_t i = 0; i < s->len[h]; i++)
			mc_w_f64(w, s->items[h][i]);
}

mc_status
mc_kll_read(mc_kll *s, mc_reader *r, uint64_t n, double min, double max)
{
	uint64_t k = mc_r_varint(r);
	uint64_t rng = mc_r_u64(r);
	uint64_t nlevels = mc_r_varint(r);
	uint64_t total = 0, size = 0;

	mc_kll_init(s, MC_KLL_MIN_WIDTH);
	if (r->failed || k < MC_KLL_MIN_WIDTH || k > 65535 || rng == 0 || nlevels < 1 ||
	    nlevels >= MC_KLL_MAX_LEVELS)
		return MC_ERR_CORRUPT;
	mc_kll_init(s, (uint32_t) k);
	s->rng = rng;
	set_levels(s, (uint32_t) nlevels);
	for (uint32_t h = 0; h < nlevels; h++)
	{
		uint64_t len = mc_r_varint(r);

		/* every item is 8 bytes: a length cannot exceed what remains */
		if (r->failed || len > mc_r_remaining(r) / 8 || len > UINT32_MAX)
			return MC_ERR_CORRUPT;
		s->len[h] = (uint32_t) len;
		size += len;
		if (len > 0 && h >= 63)
			return MC_ERR_CORRUPT;
		if (len > 0)
		{
			uint64_t wsum;

			if (__builtin_mul_overflow(len, UINT64_C(1) << h, &wsum) ||
			    __builtin_add_overflow(total, wsum, &total))
				return MC_ERR_CORRUPT;
		}
	}
	if (total != n || size >= s->capacity || size * 8 > mc_r_remaining(r))
		return MC_ERR_CORRUPT;
	s->size = (uint32_t) size;
	s->n = n;
	for (uint32_t h = 0; h < nlevels; h++)
	{
		if (s->len[h] == 0)
			continue;
		if (mc_kll_grow_level(s, h, s->len[h]) != MC_OK)
			return MC_ERR_NOMEM;
		for (uint32_t i = 0; i < s->len[h]; i++)
		{
			double v = mc_r_f64(r);

			if (!(v >= min && v <= max)) /* also rejects NaN and infinities outside */
				return MC_ERR_CORRUPT;
			if (v == 0.0 && signbit(v))
				return MC_ERR_CORRUPT;
			if (h > 0 && i > 0 && v < s->items[h][i - 1])
				return MC_ERR_CORRUPT;
			s->items[h][i] = v;
		}
	}
	return r->failed ? MC_ERR_CORRUPT : MC_OK;
}

double
mc_kll_rank_error(uint32_t k)
{
	/* Apache DataSketches' empirical fit of the single-sided rank error at 99% confidence */
	return 2.296 / pow((double) k, 0.9723);
}
