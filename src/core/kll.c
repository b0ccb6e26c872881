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
	if (s->scratch)
		mc_free(s->scratch);
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

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return (x > y) - (x < y);
}

/* insertion sort for the small level 0, qsort otherwise */
static void
sort_doubles(double *v, uint32_t n)
{
	if (n <= 32)
	{
		for (uint32_t i = 1; i < n; i++)
		{
			double x = v[i];
			uint32_t j = i;

			while (j > 0 && v[j - 1] > x)
			{
				v[j] = v[j - 1];
				j--;
			}
			v[j] = x;
		}
	}
	else
		qsort(v, n, sizeof(double), cmp_double);
}

/* Compact level h: keep one item when odd, promote every other remaining item to level h+1. */
static mc_status
compact_level(mc_kll *s, uint32_t h)
{
	uint32_t L = s->len[h];
	uint32_t odd = L & 1;
	uint32_t half = (L - odd) / 2;
	uint32_t offset = (uint32_t) (next_random(s) >> 63);
	double *src = s->items[h];
	uint32_t up = h + 1;
	uint32_t m = s->len[up];
	uint32_t i, j, o;
	double *dst;

	if (h == 0)
		sort_doubles(src, L);
	if (s->scratch_alloc < m + half)
	{
		uint32_t na = (m + half) * 2;
		double *p = mc_realloc(s->scratch, (size_t) na * sizeof(double));

		if (p == NULL)
			return MC_ERR_NOMEM;
		s->scratch = p;
		s->scratch_alloc = na;
	}
	/* the promoted items: src[odd + offset + 2i], sorted */
	dst = s->scratch;
	i = 0;
	j = 0;
	o = 0;
	while (i < half && j < m)
	{
		double a = src[odd + offset + 2 * i];

		if (a <= s->items[up][j])
		{
			dst[o++] = a;
			i++;
		}
		else
			dst[o++] = s->items[up][j++];
	}
	while (i < half)
	{
		dst[o++] = src[odd + offset + 2 * i];
		i++;
	}
	while (j < m)
		dst[o++] = s->items[up][j++];
	if (mc_kll_grow_level(s, up, o) != MC_OK)
		return MC_ERR_NOMEM;
	memcpy(s->items[up], dst, o * sizeof(double));
	s->len[up] = o;
	s->len[h] = odd; /* the smallest item stays */
	s->size -= half;
	return MC_OK;
}

mc_status
mc_kll_compress(mc_kll *s)
{
	while (s->size >= s->capacity)
	{
		uint32_t h;
		mc_status st;

		for (h = 0; h < s->nlevels; h++)
			if (s->len[h] >= s->cap[h])
				break;
		if (h >= s->nlevels)
			break; /* cannot happen: size >= capacity implies a full level */
		if (h + 1 >= s->nlevels)
		{
			if (s->nlevels + 1 >= MC_KLL_MAX_LEVELS)
				return MC_ERR_RANGE;
			set_levels(s, s->nlevels + 1);
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
