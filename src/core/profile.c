/*
 * profile.c: the column profile kernel: building, merging, the exact/sketch switch, the
 * canonical serialization and the read views (see profile.h for the contract).
 */
#include "profile.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ctab.h"
#include "hll.h"
#include "kll.h"

#define FREQ_CAP (2 * MC_PROFILE_FREQ_M) /* counters a Misra–Gries table holds at most */

struct mc_profile
{
	mc_profile_kind kind;
	bool exact;
	uint32_t exact_limit;
	uint64_t null_count;
	uint64_t n; /* numeric: finite values; text, bool: non-null values */
	/* numeric */
	uint64_t nan_count, pinf_count, ninf_count, zero_count, neg_count;
	double N, Sx, Sxx; /* Youngs–Cramer accumulators (float8_accum) */
	double min, max;
	mc_ntab nt;  /* exact mode: distinct finite values -> counts */
	mc_kll *kll; /* sketch mode */
	mc_hll *hll; /* sketch mode (numeric and text) */
	/* text */
	uint64_t len_min, len_max, len_sum;
	mc_ttab tt;           /* exact map, or Misra–Gries table in sketch mode */
	uint64_t freq_offset; /* Misra–Gries: counts are low by at most this */
	/* bool */
	uint64_t true_count, false_count;
	/* caches of the views (valid until the next change) */
	bool view_valid;
	double *vvals;
	uint64_t *vw;
	uint64_t *vcum;
	size_t vn;
	bool top_valid;
	double *tvals;
	uint64_t *tcounts;
	size_t tn;
	bool cat_valid;
	mc_category *cats;
	size_t ncats;
};

static inline void
invalidate(mc_profile *p)
{
	p->view_valid = p->top_valid = p->cat_valid = false;
}

static void
free_caches(mc_profile *p)
{
	if (p->vvals)
		mc_free(p->vvals);
	if (p->vw)
		mc_free(p->vw);
	if (p->vcum)
		mc_free(p->vcum);
	if (p->tvals)
		mc_free(p->tvals);
	if (p->tcounts)
		mc_free(p->tcounts);
	if (p->cats)
		mc_free(p->cats);
	p->vvals = NULL;
	p->vw = p->vcum = p->tcounts = NULL;
	p->tvals = NULL;
	p->cats = NULL;
	p->vn = p->tn = p->ncats = 0;
	invalidate(p);
}

const char *
mc_profile_kind_name(mc_profile_kind kind)
{
	switch (kind)
	{
		case MC_PROFILE_NUMERIC:
			return "numeric";
		case MC_PROFILE_TEXT:
			return "text";
		case MC_PROFILE_BOOL:
			return "bool";
	}
	return "unknown";
}

mc_profile *
mc_profile_new(mc_profile_kind kind, uint32_t exact_limit)
{
	mc_profile *p = mc_alloc(sizeof(mc_profile));

	if (p == NULL)
		return NULL;
	memset(p, 0, sizeof(*p));
	p->kind = kind;
	p->exact = true;
	p->exact_limit =
	    exact_limit > MC_PROFILE_MAX_EXACT_LIMIT ? MC_PROFILE_MAX_EXACT_LIMIT : exact_limit;
	p->min = p->max = NAN;
	if ((kind == MC_PROFILE_NUMERIC && mc_ntab_init(&p->nt, 16) != MC_OK) ||
	    (kind == MC_PROFILE_TEXT && mc_ttab_init(&p->tt, 16) != MC_OK))
	{
		mc_free(p);
		return NULL;
	}
	return p;
}

void
mc_profile_free(mc_profile *p)
{
	if (p == NULL)
		return;
	free_caches(p);
	mc_ntab_free(&p->nt);
	mc_ttab_free(&p->tt);
	if (p->kll)
	{
		mc_kll_free(p->kll);
		mc_free(p->kll);
	}
	if (p->hll)
		mc_free(p->hll);
	mc_free(p);
}

mc_profile *
mc_profile_copy(const mc_profile *src)
{
	mc_profile *p = mc_alloc(sizeof(mc_profile));

	if (p == NULL)
		return NULL;
	*p = *src;
	p->vvals = NULL;
	p->vw = p->vcum = p->tcounts = NULL;
	p->tvals = NULL;
	p->cats = NULL;
	p->vn = p->tn = p->ncats = 0;
	invalidate(p);
	memset(&p->nt, 0, sizeof(p->nt));
	memset(&p->tt, 0, sizeof(p->tt));
	p->kll = NULL;
	p->hll = NULL;
	if ((src->nt.keys && mc_ntab_copy(&p->nt, &src->nt) != MC_OK) ||
	    (src->tt.e && mc_ttab_copy(&p->tt, &src->tt) != MC_OK))
		goto fail;
	if (src->kll)
	{
		p->kll = mc_alloc(sizeof(mc_kll));
		if (p->kll == NULL)
			goto fail;
		if (mc_kll_copy(p->kll, src->kll) != MC_OK)
			goto fail;
	}
	if (src->hll)
	{
		p->hll = mc_alloc(sizeof(mc_hll));
		if (p->hll == NULL)
			goto fail;
		memcpy(p->hll, src->hll, sizeof(mc_hll));
	}
	return p;
fail:
	mc_profile_free(p);
	return NULL;
}

/* ---------------------------------------------------------------- exact -> sketch */

static mc_status
alloc_sketches(mc_profile *p)
{
	if (p->kind == MC_PROFILE_NUMERIC && p->kll == NULL)
	{
		p->kll = mc_alloc(sizeof(mc_kll));
		if (p->kll == NULL)
			return MC_ERR_NOMEM;
		mc_kll_init(p->kll, MC_PROFILE_KLL_K);
	}
	if (p->hll == NULL)
	{
		p->hll = mc_alloc(sizeof(mc_hll));
		if (p->hll == NULL)
			return MC_ERR_NOMEM;
		mc_hll_clear(p->hll);
	}
	return MC_OK;
}

/*
 * Switch an exact profile to sketch mode, seeding the sketches from the exact map: the KLL gets
 * each distinct value with its count (in value order, so the result depends only on the map),
 * the HyperLogLog each distinct value, and (text) the Misra–Gries table keeps the map reduced
 * to at most 2M counters.
 */
static mc_status
to_sketch(mc_profile *p)
{
	mc_status st;

	if (!p->exact || p->kind == MC_PROFILE_BOOL)
		return MC_OK;
	st = alloc_sketches(p);
	if (st != MC_OK)
		return st;
	if (p->kind == MC_PROFILE_NUMERIC)
	{
		uint64_t *keys, *cnt;

		st = mc_ntab_sorted(&p->nt, &keys, &cnt);
		if (st != MC_OK)
			return st;
		for (uint32_t i = 0; i < p->nt.n && st == MC_OK; i++)
		{
			st = mc_kll_add_weighted(p->kll, mc_key_f8(keys[i]), cnt[i]);
			mc_hll_add(p->hll, mc_mix64(keys[i]));
			if ((i & 1023) == 0)
				mc_check_interrupts();
		}
		mc_free(keys);
		mc_free(cnt);
		if (st == MC_OK)
			st = mc_kll_compress(p->kll);
		if (st != MC_OK)
			return st;
		mc_ntab_free(&p->nt);
	}
	else
	{
		uint64_t sub;

		for (uint32_t i = 0; i < p->tt.n; i++)
			mc_hll_add(p->hll, p->tt.e[i].hash);
		if (p->tt.n > FREQ_CAP)
		{
			st = mc_ttab_reduce(&p->tt, MC_PROFILE_FREQ_M, &sub);
			if (st != MC_OK)
				return st;
			p->freq_offset += sub;
		}
	}
	p->exact = false;
	invalidate(p);
	return MC_OK;
}

/* ---------------------------------------------------------------- building */

void
mc_profile_add_null(mc_profile *p)
{
	p->null_count++;
}

mc_status
mc_profile_add_f8(mc_profile *p, double x)
{
	uint64_t key;
	double oldN;

	if (!isfinite(x))
	{
		if (isnan(x))
			p->nan_count++;
		else if (x > 0)
			p->pinf_count++;
		else
			p->ninf_count++;
		return MC_OK;
	}
	x += 0.0; /* -0 becomes +0, as equality (and count(DISTINCT)) treats them */
	/* Youngs–Cramer, exactly as float8_accum */
	oldN = p->N;
	p->N += 1.0;
	p->Sx += x;
	if (oldN > 0.0)
	{
		double tmp = x * p->N - p->Sx;

		p->Sxx += tmp * tmp / (p->N * oldN);
		if (x < p->min)
			p->min = x;
		if (x > p->max)
			p->max = x;
	}
	else
		p->min = p->max = x;
	p->n++;
	p->zero_count += (x == 0.0);
	p->neg_count += (x < 0.0);
	p->view_valid = p->top_valid = false;
	key = mc_f8_key(x);
	if (p->exact)
	{
		int64_t slot = mc_ntab_slot(&p->nt, key, mc_mix64(key));

		if (slot < 0)
			return MC_ERR_NOMEM;
		p->nt.cnt[slot]++;
		if (p->nt.n > p->exact_limit)
			return to_sketch(p); /* passed exact_limit distinct values */
		return MC_OK;
	}
	mc_hll_add(p->hll, mc_mix64(key));
	return mc_kll_add(p->kll, x);
}

/* count one more occurrence of a text value in the exact map / heavy-hitters table */
static mc_status
count_text(mc_profile *p, const uint8_t *b, uint32_t len, bool trunc, uint64_t hash)
{
	int64_t idx;

	if (!p->exact && p->tt.n >= FREQ_CAP)
	{
		/* Misra–Gries: a value that is not counted yet finds the table full: reduce first */
		uint32_t i = (uint32_t) hash & p->tt.mask;
		bool found = false;

		for (;;)
		{
			uint32_t s = p->tt.slots[i];
			const mc_tentry *e;

			if (s == 0)
				break;
			e = &p->tt.e[s - 1];
			if (e->hash == hash && e->len == len && e->trunc == trunc &&
			    memcmp(p->tt.arena + e->off, b, len) == 0)
			{
				found = true;
				break;
			}
			i = (i + 1) & p->tt.mask;
		}
		if (!found)
		{
			uint64_t sub;
			mc_status st = mc_ttab_reduce(&p->tt, MC_PROFILE_FREQ_M, &sub);

			if (st != MC_OK)
				return st;
			p->freq_offset += sub;
		}
	}
	idx = mc_ttab_find_or_add(&p->tt, b, len, trunc, hash);
	if (idx < 0)
		return MC_ERR_NOMEM;
	p->tt.e[idx].count++;
	if (p->exact && (p->tt.n > p->exact_limit || p->tt.alen > MC_PROFILE_MAX_BYTES))
		return to_sketch(p);
	return MC_OK;
}

mc_status
mc_profile_add_text(mc_profile *p, const uint8_t *s, size_t len, size_t prefix_len,
                    uint64_t charlen)
{
	uint64_t hash = mc_hash_bytes(s, len);
	bool trunc = len > MC_PROFILE_TEXT_PREFIX;
	uint32_t slen = trunc
	                    ? (uint32_t) (prefix_len <= MC_PROFILE_TEXT_PREFIX ? prefix_len
	                                                                       : MC_PROFILE_TEXT_PREFIX)
	                    : (uint32_t) len;

	if (p->n == 0 || charlen < p->len_min)
		p->len_min = charlen;
	if (p->n == 0 || charlen > p->len_max)
		p->len_max = charlen;
	p->len_sum += charlen;
	p->n++;
	p->cat_valid = false;
	if (!p->exact)
		mc_hll_add(p->hll, hash);
	return count_text(p, s, slen, trunc, hash);
}

mc_status
mc_profile_add_bool(mc_profile *p, bool b)
{
	if (b)
		p->true_count++;
	else
		p->false_count++;
	p->n++;
	p->cat_valid = false;
	return MC_OK;
}

/* ---------------------------------------------------------------- merge */

static bool
add_u64(uint64_t *a, uint64_t b)
{
	uint64_t r;

	if (__builtin_add_overflow(*a, b, &r) || r > (uint64_t) INT64_MAX)
		return false;
	*a = r;
	return true;
}

mc_status
mc_profile_merge(mc_profile *dst, const mc_profile *src)
{
	mc_status st = MC_OK;
	uint64_t rows_d, rows_s;

	if (dst->kind != src->kind)
		return MC_ERR_INVALID;
	/* every count of the result must fit a bigint */
	rows_d = dst->null_count + dst->n + dst->nan_count + dst->pinf_count + dst->ninf_count;
	rows_s = src->null_count + src->n + src->nan_count + src->pinf_count + src->ninf_count;
	if (!add_u64(&rows_d, rows_s))
		return MC_ERR_RANGE;
	invalidate(dst);
	if (src->exact_limit > dst->exact_limit)
		dst->exact_limit = src->exact_limit;
	dst->null_count += src->null_count;
	if (dst->kind == MC_PROFILE_BOOL)
	{
		dst->true_count += src->true_count;
		dst->false_count += src->false_count;
		dst->n += src->n;
		return MC_OK;
	}
	if (dst->kind == MC_PROFILE_NUMERIC)
	{
		dst->nan_count += src->nan_count;
		dst->pinf_count += src->pinf_count;
		dst->ninf_count += src->ninf_count;
		dst->zero_count += src->zero_count;
		dst->neg_count += src->neg_count;
		/* Youngs–Cramer combine, exactly as float8_combine */
		if (src->N == 0.0)
			;
		else if (dst->N == 0.0)
		{
			dst->N = src->N;
			dst->Sx = src->Sx;
			dst->Sxx = src->Sxx;
			dst->min = src->min;
			dst->max = src->max;
		}
		else
		{
			double N = dst->N + src->N;
			double tmp = dst->Sx / dst->N - src->Sx / src->N;

			dst->Sxx = dst->Sxx + src->Sxx + dst->N * src->N * tmp * tmp / N;
			dst->Sx = dst->Sx + src->Sx;
			dst->N = N;
			if (src->min < dst->min)
				dst->min = src->min;
			if (src->max > dst->max)
				dst->max = src->max;
		}
	}
	else if (src->n > 0)
	{
		if (dst->n == 0 || src->len_min < dst->len_min)
			dst->len_min = src->len_min;
		if (dst->n == 0 || src->len_max > dst->len_max)
			dst->len_max = src->len_max;
		dst->len_sum += src->len_sum;
	}
	dst->n += src->n;

	/* the distribution parts */
	if (dst->kind == MC_PROFILE_NUMERIC)
	{
		if (dst->exact && src->exact)
		{
			for (uint32_t i = 0; i <= src->nt.mask; i++)
			{
				uint64_t key = src->nt.keys[i];
				int64_t slot;

				if (key == 0)
					continue;
				slot = mc_ntab_slot(&dst->nt, key, mc_mix64(key));
				if (slot < 0)
					return MC_ERR_NOMEM;
				dst->nt.cnt[slot] += src->nt.cnt[i];
			}
			if (dst->nt.n > dst->exact_limit)
				st = to_sketch(dst);
			return st;
		}
		st = to_sketch(dst);
		if (st != MC_OK)
			return st;
		if (src->exact)
		{
			mc_profile *tmp = mc_profile_copy(src);

			if (tmp == NULL)
				return MC_ERR_NOMEM;
			st = to_sketch(tmp);
			if (st == MC_OK)
				st = mc_kll_merge(dst->kll, tmp->kll);
			if (st == MC_OK)
				mc_hll_merge(dst->hll, tmp->hll);
			mc_profile_free(tmp);
			return st;
		}
		mc_hll_merge(dst->hll, src->hll);
		return mc_kll_merge(dst->kll, src->kll);
	}

	/* text: add the counters of src into dst's table (a union of exact maps stays exact) */
	if (!dst->exact && src->exact)
	{
		/* fold src's values into the sketch */
		for (uint32_t i = 0; i < src->tt.n; i++)
			mc_hll_add(dst->hll, src->tt.e[i].hash);
	}
	else if (!src->exact)
	{
		st = to_sketch(dst);
		if (st != MC_OK)
			return st;
		mc_hll_merge(dst->hll, src->hll);
		dst->freq_offset += src->freq_offset;
	}
	for (uint32_t i = 0; i < src->tt.n; i++)
	{
		const mc_tentry *e = &src->tt.e[i];
		int64_t idx =
		    mc_ttab_find_or_add(&dst->tt, src->tt.arena + e->off, e->len, e->trunc, e->hash);

		if (idx < 0)
			return MC_ERR_NOMEM;
		dst->tt.e[idx].count += e->count;
	}
	if (dst->exact && (dst->tt.n > dst->exact_limit || dst->tt.alen > MC_PROFILE_MAX_BYTES))
		st = to_sketch(dst);
	else if (!dst->exact && dst->tt.n > FREQ_CAP)
	{
		uint64_t sub;

		st = mc_ttab_reduce(&dst->tt, MC_PROFILE_FREQ_M, &sub);
		dst->freq_offset += sub;
	}
	return st;
}

/* ---------------------------------------------------------------- bit packing */

typedef struct bitw
{
	mc_writer *w;
	uint64_t acc;
	int nbits;
} bitw;

static void
bw_put(bitw *b, uint64_t v, int width)
{
	while (width > 0)
	{
		int t = width > 32 ? 32 : width;
		uint64_t chunk = (v >> (width - t)) & ((UINT64_C(1) << t) - 1);

		b->acc = (b->acc << t) | chunk;
		b->nbits += t;
		width -= t;
		while (b->nbits >= 8)
		{
			mc_w_u8(b->w, (uint8_t) (b->acc >> (b->nbits - 8)));
			b->nbits -= 8;
		}
	}
}

static void
bw_flush(bitw *b)
{
	if (b->nbits > 0)
		mc_w_u8(b->w, (uint8_t) (b->acc << (8 - b->nbits)));
	b->nbits = 0;
	b->acc = 0;
}

typedef struct bitr
{
	mc_reader *r;
	uint64_t acc;
	int nbits;
	bool failed;
} bitr;

static uint64_t
br_get(bitr *b, int width)
{
	uint64_t v = 0;

	while (width > 0)
	{
		int t;

		if (b->nbits == 0)
		{
			if (mc_r_remaining(b->r) < 1)
			{
				b->failed = true;
				return 0;
			}
			b->acc = mc_r_u8(b->r);
			b->nbits = 8;
		}
		t = width < b->nbits ? width : b->nbits;
		v = (v << t) | ((b->acc >> (b->nbits - t)) & ((UINT64_C(1) << t) - 1));
		b->nbits -= t;
		width -= t;
	}
	return v;
}

/* the unused low bits of the last byte must be zero (one accepted encoding) */
static bool
br_finish(bitr *b)
{
	bool okpad = b->nbits == 0 || (b->acc & ((UINT64_C(1) << b->nbits) - 1)) == 0;

	b->nbits = 0;
	return okpad && !b->failed;
}

static int
bitlen(uint64_t v)
{
	return v == 0 ? 0 : 64 - __builtin_clzll(v);
}

#define KEY_BLOCK 64

/*
 * Exact numeric values: D sorted distinct keys and their counts.
 *   varint D; u64 first key; the D-1 key deltas in blocks of 64, each block: u8 shift (the
 *   common trailing zero bits of its deltas), u8 width, then each (delta >> shift) in `width`
 *   bits, padded to a byte; then a bitmap of D bits "count > 1" (padded), then varint
 *   (count - 2) for each flagged value.
 * Integers and decimals have small or trailing-zero deltas; 10,000 uniform or normal random
 * doubles take about 5.5 bytes each.
 */
static void
write_numeric_exact(const uint64_t *keys, const uint64_t *cnt, uint32_t d, mc_writer *w)
{
	bitw b = {w, 0, 0};

	mc_w_varint(w, d);
	if (d == 0)
		return;
	mc_w_u64(w, keys[0]);
	for (uint32_t s = 1; s < d; s += KEY_BLOCK)
	{
		uint32_t e = s + KEY_BLOCK < d ? s + KEY_BLOCK : d;
		uint64_t orv = 0, maxv = 0;
		int shift, width;

		for (uint32_t i = s; i < e; i++)
			orv |= keys[i] - keys[i - 1];
		shift = __builtin_ctzll(orv);
		for (uint32_t i = s; i < e; i++)
		{
			uint64_t v = (keys[i] - keys[i - 1]) >> shift;

			if (v > maxv)
				maxv = v;
		}
		width = bitlen(maxv);
		mc_w_u8(w, (uint8_t) shift);
		mc_w_u8(w, (uint8_t) width);
		for (uint32_t i = s; i < e; i++)
			bw_put(&b, (keys[i] - keys[i - 1]) >> shift, width);
		bw_flush(&b);
	}
	for (uint32_t i = 0; i < d; i++)
		bw_put(&b, cnt[i] > 1, 1);
	bw_flush(&b);
	for (uint32_t i = 0; i < d; i++)
		if (cnt[i] > 1)
			mc_w_varint(w, cnt[i] - 2);
}

static void
write_text_entries(const mc_ttab *t, const uint32_t *order, mc_writer *w)
{
	for (uint32_t i = 0; i < t->n; i++)
	{
		const mc_tentry *e = &t->e[order[i]];

		mc_w_varint(w, ((uint64_t) e->len << 1) | e->trunc);
		mc_w_bytes(w, t->arena + e->off, e->len);
		if (e->trunc)
			mc_w_u64(w, e->hash);
		mc_w_varint(w, e->count - 1);
	}
}

static void
write_header(const mc_profile *p, mc_writer *w)
{
	mc_w_u8(w, MC_PROFILE_FORMAT_VERSION);
	mc_w_u8(w, (uint8_t) p->kind);
	mc_w_u8(w, p->exact ? 1 : 0);
	mc_w_varint(w, p->exact_limit);
	mc_w_varint(w, p->null_count);
	mc_w_varint(w, p->n);
	switch (p->kind)
	{
		case MC_PROFILE_NUMERIC:
			mc_w_varint(w, p->nan_count);
			mc_w_varint(w, p->pinf_count);
			mc_w_varint(w, p->ninf_count);
			mc_w_varint(w, p->zero_count);
			mc_w_varint(w, p->neg_count);
			if (p->n > 0)
			{
				mc_w_f64(w, p->min);
				mc_w_f64(w, p->max);
				mc_w_f64(w, p->Sx);
				mc_w_f64(w, p->Sxx);
			}
			break;
		case MC_PROFILE_TEXT:
			if (p->n > 0)
			{
				mc_w_varint(w, p->len_min);
				mc_w_varint(w, p->len_max);
				mc_w_varint(w, p->len_sum);
			}
			break;
		case MC_PROFILE_BOOL:
			mc_w_varint(w, p->true_count);
			break;
	}
}

mc_status
mc_profile_serialize(mc_profile *p, mc_writer *w)
{
	size_t start = w->len;
	mc_status st;

	write_header(p, w);
	if (p->kind == MC_PROFILE_NUMERIC && p->exact)
	{
		uint64_t *keys, *cnt;

		st = mc_ntab_sorted(&p->nt, &keys, &cnt);
		if (st != MC_OK)
			return st;
		write_numeric_exact(keys, cnt, p->nt.n, w);
		mc_free(keys);
		mc_free(cnt);
	}
	else if (p->kind == MC_PROFILE_NUMERIC)
	{
		mc_kll_write(p->kll, w);
		mc_hll_write(p->hll, w);
	}
	else if (p->kind == MC_PROFILE_TEXT)
	{
		uint32_t *order;

		if (!p->exact)
		{
			mc_hll_write(p->hll, w);
			mc_w_varint(w, p->freq_offset);
		}
		st = mc_ttab_sorted(&p->tt, &order);
		if (st != MC_OK)
			return st;
		mc_w_varint(w, p->tt.n);
		write_text_entries(&p->tt, order, w);
		mc_free(order);
	}
	if (w->failed)
		return MC_ERR_NOMEM;
	if (w->len - start > MC_PROFILE_MAX_BYTES)
	{
		/*
		 * The exact encoding is over the size budget: what is written is the sketch of a copy.
		 * p itself stays exact, so serializing never changes the value (a final function must
		 * not, for window aggregates that go on adding rows to the same state).
		 */
		mc_profile *c;

		if (!p->exact || p->kind == MC_PROFILE_BOOL)
			return MC_ERR_RANGE; /* cannot happen: sketches are far below the budget */
		w->len = start;
		c = mc_profile_copy(p);
		if (c == NULL)
			return MC_ERR_NOMEM;
		st = to_sketch(c);
		if (st == MC_OK)
			st = mc_profile_serialize(c, w);
		mc_profile_free(c);
		return st;
	}
	return MC_OK;
}

/* ---------------------------------------------------------------- deserialization */

#define CHECK(cond)                                                                                \
	do                                                                                             \
	{                                                                                              \
		if (!(cond))                                                                               \
			goto corrupt;                                                                          \
	} while (0)

static mc_status
read_numeric_exact(mc_profile *p, mc_reader *r)
{
	uint64_t d = mc_r_varint(r);
	uint64_t *keys = NULL, *cnt = NULL;
	uint64_t total = 0, zeros = 0, negs = 0;
	const uint64_t key0 = mc_f8_key(0.0);
	bitr b = {r, 0, 0, false};
	mc_status st = MC_ERR_CORRUPT;

	if (r->failed || d > p->exact_limit || (d == 0) != (p->n == 0) || d > p->n)
		return MC_ERR_CORRUPT;
	if (d == 0)
		return MC_OK;
	/* each value needs at least one bit of the count bitmap: bounded by what remains */
	if (d > (uint64_t) mc_r_remaining(r) * 8)
		return MC_ERR_CORRUPT;
	keys = mc_alloc_array(d, sizeof(uint64_t));
	cnt = mc_alloc_array(d, sizeof(uint64_t));
	if (keys == NULL || cnt == NULL)
	{
		st = MC_ERR_NOMEM;
		goto done;
	}
	keys[0] = mc_r_u64(r);
	for (uint64_t s = 1; s < d; s += KEY_BLOCK)
	{
		uint64_t e = s + KEY_BLOCK < d ? s + KEY_BLOCK : d;
		int shift = mc_r_u8(r), width = mc_r_u8(r);
		uint64_t orv = 0;
		int maxw = 0;

		CHECK(!r->failed && shift < 64 && width >= 1 && width + shift <= 64);
		for (uint64_t i = s; i < e; i++)
		{
			uint64_t v = br_get(&b, width);

			CHECK(v != 0);
			orv |= v;
			if (bitlen(v) > maxw)
				maxw = bitlen(v);
			CHECK(keys[i - 1] <= UINT64_MAX - (v << shift));
			keys[i] = keys[i - 1] + (v << shift);
		}
		CHECK(br_finish(&b));
		/* canonical: the shift is the common trailing zeros, the width the largest length */
		CHECK((orv & 1) && maxw == width);
	}
	for (uint64_t i = 0; i < d; i++)
		cnt[i] = br_get(&b, 1) ? 2 : 1;
	CHECK(br_finish(&b));
	for (uint64_t i = 0; i < d; i++)
	{
		double x;

		if (cnt[i] == 2)
		{
			uint64_t extra = mc_r_varint(r);

			CHECK(!r->failed && extra <= (uint64_t) INT64_MAX - 2);
			cnt[i] = extra + 2;
		}
		x = mc_key_f8(keys[i]);
		CHECK(isfinite(x) && !(x == 0.0 && signbit(x)));
		CHECK(!__builtin_add_overflow(total, cnt[i], &total));
		if (keys[i] == key0)
			zeros = cnt[i];
		if (x < 0)
			negs += cnt[i];
	}
	CHECK(total == p->n && zeros == p->zero_count && negs == p->neg_count);
	CHECK(mc_key_f8(keys[0]) == p->min && mc_key_f8(keys[d - 1]) == p->max);
	for (uint64_t i = 0; i < d; i++)
	{
		int64_t slot = mc_ntab_slot(&p->nt, keys[i], mc_mix64(keys[i]));

		if (slot < 0)
		{
			st = MC_ERR_NOMEM;
			goto done;
		}
		p->nt.cnt[slot] = cnt[i];
	}
	st = MC_OK;
	goto done;
corrupt:
	st = MC_ERR_CORRUPT;
done:
	if (keys)
		mc_free(keys);
	if (cnt)
		mc_free(cnt);
	return st;
}

static mc_status
read_text_entries(mc_profile *p, mc_reader *r, uint64_t m, uint64_t *sum)
{
	const mc_tentry *prev = NULL;

	*sum = 0;
	for (uint64_t i = 0; i < m; i++)
	{
		uint64_t lt = mc_r_varint(r);
		uint64_t len = lt >> 1, cnt;
		bool trunc = lt & 1;
		const uint8_t *bytes;
		uint64_t hash;
		int64_t idx;

		if (r->failed || len > MC_PROFILE_TEXT_PREFIX)
			return MC_ERR_CORRUPT;
		bytes = mc_r_bytes(r, (size_t) len);
		if (bytes == NULL)
			return MC_ERR_CORRUPT;
		hash = trunc ? mc_r_u64(r) : mc_hash_bytes(bytes, (size_t) len);
		cnt = mc_r_varint(r);
		if (r->failed || cnt >= (uint64_t) INT64_MAX)
			return MC_ERR_CORRUPT;
		cnt++;
		idx = mc_ttab_find_or_add(&p->tt, bytes, (uint32_t) len, trunc, hash);
		if (idx < 0)
			return MC_ERR_NOMEM;
		if ((uint64_t) idx != i) /* a duplicate */
			return MC_ERR_CORRUPT;
		p->tt.e[idx].count = cnt;
		/* strictly increasing in the canonical order */
		if (prev != NULL && mc_ttab_cmp(&p->tt, &p->tt.e[idx - 1], &p->tt.e[idx]) >= 0)
			return MC_ERR_CORRUPT;
		prev = &p->tt.e[idx];
		if (__builtin_add_overflow(*sum, cnt, sum))
			return MC_ERR_CORRUPT;
	}
	return MC_OK;
}

/* sum + (M+1) * offset <= n: the Misra–Gries invariant, overflow-safe */
static bool
freq_invariant(uint64_t sum, uint64_t offset, uint64_t n)
{
	unsigned __int128 t = (unsigned __int128) offset * (MC_PROFILE_FREQ_M + 1) + sum;

	return t <= n;
}

mc_status
mc_profile_deserialize(const uint8_t *buf, size_t len, mc_profile **out)
{
	mc_reader r;
	mc_profile *p = NULL;
	uint8_t version, kind, flags;
	uint64_t limit, nulls, n, rows;
	mc_status st = MC_ERR_CORRUPT;

	*out = NULL;
	if (len > MC_PROFILE_MAX_BYTES)
		return MC_ERR_CORRUPT;
	mc_r_init(&r, buf, len);
	version = mc_r_u8(&r);
	kind = mc_r_u8(&r);
	flags = mc_r_u8(&r);
	limit = mc_r_varint(&r);
	nulls = mc_r_varint(&r);
	n = mc_r_varint(&r);
	if (r.failed || version != MC_PROFILE_FORMAT_VERSION || kind < 1 || kind > 3 || flags > 1 ||
	    limit > MC_PROFILE_MAX_EXACT_LIMIT || nulls > (uint64_t) INT64_MAX ||
	    n > (uint64_t) INT64_MAX)
		return MC_ERR_CORRUPT;
	p = mc_profile_new((mc_profile_kind) kind, (uint32_t) limit);
	if (p == NULL)
		return MC_ERR_NOMEM;
	p->exact = flags & 1;
	p->null_count = nulls;
	p->n = n;
	CHECK(!__builtin_add_overflow(nulls, n, &rows) && rows <= (uint64_t) INT64_MAX);
	if (kind == MC_PROFILE_NUMERIC)
	{
		p->nan_count = mc_r_varint(&r);
		p->pinf_count = mc_r_varint(&r);
		p->ninf_count = mc_r_varint(&r);
		p->zero_count = mc_r_varint(&r);
		p->neg_count = mc_r_varint(&r);
		CHECK(!r.failed);
		CHECK(!__builtin_add_overflow(rows, p->nan_count, &rows) &&
		      !__builtin_add_overflow(rows, p->pinf_count, &rows) &&
		      !__builtin_add_overflow(rows, p->ninf_count, &rows) && rows <= (uint64_t) INT64_MAX);
		CHECK(p->zero_count <= n && p->neg_count <= n && p->zero_count + p->neg_count <= n);
		p->N = (double) n;
		if (n > 0)
		{
			p->min = mc_r_f64(&r);
			p->max = mc_r_f64(&r);
			p->Sx = mc_r_f64(&r);
			p->Sxx = mc_r_f64(&r);
			CHECK(!r.failed && isfinite(p->min) && isfinite(p->max) && p->min <= p->max);
			CHECK(!(p->min == 0.0 && signbit(p->min)) && !(p->max == 0.0 && signbit(p->max)));
			CHECK((p->neg_count > 0) == (p->min < 0));
			CHECK(p->zero_count == 0 || (p->min <= 0.0 && p->max >= 0.0));
			CHECK(!(p->Sxx < 0.0));
			CHECK(n > 1 || (p->Sxx == 0.0 && p->Sx == p->min && p->min == p->max));
		}
		if (p->exact)
		{
			st = read_numeric_exact(p, &r);
			if (st != MC_OK)
				goto fail;
		}
		else
		{
			mc_ntab_free(&p->nt);
			st = alloc_sketches(p);
			if (st != MC_OK)
				goto fail;
			st = mc_kll_read(p->kll, &r, n, p->min, p->max);
			CHECK(st == MC_OK);
			CHECK(mc_hll_read(p->hll, &r) == MC_OK);
		}
	}
	else if (kind == MC_PROFILE_TEXT)
	{
		uint64_t m, sum;

		if (n > 0)
		{
			p->len_min = mc_r_varint(&r);
			p->len_max = mc_r_varint(&r);
			p->len_sum = mc_r_varint(&r);
			CHECK(!r.failed && p->len_min <= p->len_max);
			CHECK((unsigned __int128) p->len_min * n <= p->len_sum &&
			      (unsigned __int128) p->len_max * n >= p->len_sum);
		}
		if (!p->exact)
		{
			st = alloc_sketches(p);
			if (st != MC_OK)
				goto fail;
			CHECK(mc_hll_read(p->hll, &r) == MC_OK);
			p->freq_offset = mc_r_varint(&r);
		}
		m = mc_r_varint(&r);
		CHECK(!r.failed);
		/* an entry takes at least 2 bytes */
		CHECK(m <= mc_r_remaining(&r) / 2);
		if (p->exact)
			CHECK(m <= p->exact_limit && (m == 0) == (n == 0));
		else
			CHECK(m <= FREQ_CAP);
		st = read_text_entries(p, &r, m, &sum);
		if (st != MC_OK)
			goto fail;
		if (p->exact)
			CHECK(sum == n && p->tt.alen <= MC_PROFILE_MAX_BYTES);
		else
			CHECK(freq_invariant(sum, p->freq_offset, n));
	}
	else
	{
		p->true_count = mc_r_varint(&r);
		CHECK(!r.failed && p->exact && p->true_count <= n);
		p->false_count = n - p->true_count;
	}
	CHECK(mc_r_done(&r));
	*out = p;
	return MC_OK;
corrupt:
	st = MC_ERR_CORRUPT;
fail:
	mc_profile_free(p);
	return st;
}

/* ---------------------------------------------------------------- reading */

mc_profile_kind
mc_profile_kind_of(const mc_profile *p)
{
	return p->kind;
}

bool
mc_profile_is_exact(const mc_profile *p)
{
	return p->exact;
}

static uint64_t
numeric_freq_error(const mc_profile *p)
{
	if (p->exact)
		return 0;
	return (uint64_t) ceil(2.0 * mc_kll_rank_error(MC_PROFILE_KLL_K) * (double) p->n);
}

void
mc_profile_get_stats(const mc_profile *p, mc_profile_stats *s)
{
	memset(s, 0, sizeof(*s));
	s->kind = p->kind;
	s->exact = p->exact;
	s->exact_limit = p->exact_limit;
	s->null_count = p->null_count;
	s->finite_count = p->n;
	s->value_count = p->n + p->nan_count + p->pinf_count + p->ninf_count;
	s->nan_count = p->nan_count;
	s->posinf_count = p->pinf_count;
	s->neginf_count = p->ninf_count;
	s->zero_count = p->zero_count;
	s->negative_count = p->neg_count;
	s->true_count = p->true_count;
	s->false_count = p->false_count;
	s->min = p->n > 0 && p->kind == MC_PROFILE_NUMERIC ? p->min : NAN;
	s->max = p->n > 0 && p->kind == MC_PROFILE_NUMERIC ? p->max : NAN;
	s->sum = p->Sx;
	s->m2 = p->Sxx;
	s->len_min = p->len_min;
	s->len_max = p->len_max;
	s->len_sum = p->len_sum;
	switch (p->kind)
	{
		case MC_PROFILE_NUMERIC:
			if (p->exact)
				s->distinct = p->nt.n;
			else
			{
				double e = mc_hll_estimate(p->hll);
				uint64_t d = (uint64_t) llround(e);

				s->distinct = p->n == 0 ? 0 : d < 1 ? 1 : d > p->n ? p->n : d;
				s->rank_error = mc_kll_rank_error(MC_PROFILE_KLL_K);
			}
			s->distinct += (p->nan_count > 0) + (p->pinf_count > 0) + (p->ninf_count > 0);
			s->freq_error = numeric_freq_error(p);
			break;
		case MC_PROFILE_TEXT:
			if (p->exact)
				s->distinct = p->tt.n;
			else
			{
				double e = mc_hll_estimate(p->hll);
				uint64_t d = (uint64_t) llround(e);

				s->distinct = d < p->tt.n ? p->tt.n : d > p->n ? p->n : d;
				s->freq_error = p->freq_offset;
			}
			break;
		case MC_PROFILE_BOOL:
			s->distinct = (p->true_count > 0) + (p->false_count > 0);
			break;
	}
}

static mc_status
build_view(mc_profile *p)
{
	mc_status st;
	uint64_t acc = 0;

	if (p->view_valid)
		return MC_OK;
	if (p->vvals)
		mc_free(p->vvals);
	if (p->vw)
		mc_free(p->vw);
	if (p->vcum)
		mc_free(p->vcum);
	p->vvals = NULL;
	p->vw = p->vcum = NULL;
	p->vn = 0;
	if (p->exact)
	{
		uint64_t *keys;

		st = mc_ntab_sorted(&p->nt, &keys, &p->vw);
		if (st != MC_OK)
			return st;
		p->vn = p->nt.n;
		p->vvals = mc_alloc_array(p->vn, sizeof(double));
		if (p->vvals == NULL)
		{
			mc_free(keys);
			return MC_ERR_NOMEM;
		}
		for (size_t i = 0; i < p->vn; i++)
			p->vvals[i] = mc_key_f8(keys[i]);
		mc_free(keys);
	}
	else
	{
		st = mc_kll_sorted_view(p->kll, &p->vvals, &p->vw, &p->vn);
		if (st != MC_OK)
			return st;
	}
	p->vcum = mc_alloc_array(p->vn ? p->vn : 1, sizeof(uint64_t));
	if (p->vcum == NULL)
		return MC_ERR_NOMEM;
	for (size_t i = 0; i < p->vn; i++)
	{
		acc += p->vw[i];
		p->vcum[i] = acc;
	}
	p->view_valid = true;
	return MC_OK;
}

mc_status
mc_profile_values(mc_profile *p, const double **values, const uint64_t **weights, size_t *n)
{
	mc_status st;

	*values = NULL;
	*weights = NULL;
	*n = 0;
	if (p->kind != MC_PROFILE_NUMERIC)
		return MC_ERR_INVALID;
	st = build_view(p);
	if (st != MC_OK)
		return st;
	*values = p->vvals;
	*weights = p->vw;
	*n = p->vn;
	return MC_OK;
}

double
mc_profile_quantile(mc_profile *p, double q)
{
	int64_t rank;
	size_t lo, hi;

	if (p->kind != MC_PROFILE_NUMERIC || p->n == 0 || !(q >= 0.0 && q <= 1.0))
		return NAN;
	if (build_view(p) != MC_OK || p->vn == 0)
		return NAN;
	/* percentile_disc: row number ceil(q * N), at least 1 */
	rank = (int64_t) ceil(q * (double) p->n);
	if (rank < 1)
		rank = 1;
	if (!p->exact)
	{
		/* the sketch knows the extremes exactly */
		if (rank <= 1)
			return p->min;
		if ((uint64_t) rank >= p->n)
			return p->max;
	}
	lo = 0;
	hi = p->vn - 1;
	while (lo < hi)
	{
		size_t mid = lo + (hi - lo) / 2;

		if (p->vcum[mid] >= (uint64_t) rank)
			hi = mid;
		else
			lo = mid + 1;
	}
	return p->vvals[lo];
}

double
mc_profile_cdf(mc_profile *p, double x)
{
	size_t lo, hi;

	if (p->kind != MC_PROFILE_NUMERIC || p->n == 0 || isnan(x))
		return NAN;
	if (x < p->min)
		return 0.0;
	if (x >= p->max)
		return 1.0;
	if (build_view(p) != MC_OK)
		return NAN;
	/* number of view items <= x */
	lo = 0;
	hi = p->vn;
	while (lo < hi)
	{
		size_t mid = lo + (hi - lo) / 2;

		if (p->vvals[mid] <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 0.0 : (double) p->vcum[lo - 1] / (double) p->n;
}

typedef struct topitem
{
	double v;
	uint64_t c;
} topitem;

static int
cmp_top(const void *a, const void *b)
{
	const topitem *x = a, *y = b;

	if (x->c != y->c)
		return x->c > y->c ? -1 : 1;
	return (x->v > y->v) - (x->v < y->v);
}

mc_status
mc_profile_numeric_top(mc_profile *p, const double **values, const uint64_t **counts, size_t *n,
                       uint64_t *other)
{
	topitem *items;
	size_t m = 0;
	uint64_t threshold, sum = 0;
	mc_status st;

	*values = NULL;
	*counts = NULL;
	*n = 0;
	*other = 0;
	if (p->kind != MC_PROFILE_NUMERIC)
		return MC_ERR_INVALID;
	if (!p->top_valid)
	{
		st = build_view(p);
		if (st != MC_OK)
			return st;
		if (p->tvals)
			mc_free(p->tvals);
		if (p->tcounts)
			mc_free(p->tcounts);
		p->tvals = NULL;
		p->tcounts = NULL;
		p->tn = 0;
		/* sketch mode: only values whose estimated count passes the error bound */
		threshold = numeric_freq_error(p);
		items = mc_alloc_array(p->vn ? p->vn : 1, sizeof(topitem));
		p->tvals = mc_alloc_array(p->vn ? p->vn : 1, sizeof(double));
		p->tcounts = mc_alloc_array(p->vn ? p->vn : 1, sizeof(uint64_t));
		if (items == NULL || p->tvals == NULL || p->tcounts == NULL)
		{
			if (items)
				mc_free(items);
			return MC_ERR_NOMEM;
		}
		for (size_t i = 0; i < p->vn; i++)
			if (p->exact || p->vw[i] > threshold)
			{
				items[m].v = p->vvals[i];
				items[m].c = p->vw[i];
				m++;
			}
		qsort(items, m, sizeof(topitem), cmp_top);
		for (size_t i = 0; i < m; i++)
		{
			p->tvals[i] = items[i].v;
			p->tcounts[i] = items[i].c;
		}
		mc_free(items);
		p->tn = m;
		p->top_valid = true;
	}
	for (size_t i = 0; i < p->tn; i++)
		sum += p->tcounts[i];
	*values = p->tvals;
	*counts = p->tcounts;
	*n = p->tn;
	*other = sum <= p->n ? p->n - sum : 0;
	return MC_OK;
}

static const mc_ttab *cat_tab;

static int
cmp_cat(const void *a, const void *b)
{
	const mc_tentry *x = &cat_tab->e[*(const uint32_t *) a];
	const mc_tentry *y = &cat_tab->e[*(const uint32_t *) b];

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return mc_ttab_cmp(cat_tab, x, y);
}

mc_status
mc_profile_categories(mc_profile *p, const mc_category **items, size_t *n, uint64_t *other)
{
	uint64_t sum = 0;

	*items = NULL;
	*n = 0;
	*other = 0;
	if (p->kind == MC_PROFILE_NUMERIC)
		return MC_ERR_INVALID;
	if (!p->cat_valid)
	{
		if (p->cats)
			mc_free(p->cats);
		p->cats = NULL;
		p->ncats = 0;
		if (p->kind == MC_PROFILE_BOOL)
		{
			static const uint8_t f[] = "false", t[] = "true";
			mc_category c[2];
			size_t m = 0;

			memset(c, 0, sizeof(c));
			/* count desc, then "false" < "true" */
			if (p->true_count > p->false_count)
			{
				c[m++] = (mc_category){t, 4, p->true_count, false, mc_hash_bytes(t, 4)};
				if (p->false_count)
					c[m++] = (mc_category){f, 5, p->false_count, false, mc_hash_bytes(f, 5)};
			}
			else
			{
				if (p->false_count)
					c[m++] = (mc_category){f, 5, p->false_count, false, mc_hash_bytes(f, 5)};
				if (p->true_count)
					c[m++] = (mc_category){t, 4, p->true_count, false, mc_hash_bytes(t, 4)};
			}
			p->cats = mc_alloc_array(2, sizeof(mc_category));
			if (p->cats == NULL)
				return MC_ERR_NOMEM;
			memcpy(p->cats, c, sizeof(c));
			p->ncats = m;
		}
		else
		{
			uint32_t *order = mc_alloc_array(p->tt.n ? p->tt.n : 1, sizeof(uint32_t));

			p->cats = mc_alloc_array(p->tt.n ? p->tt.n : 1, sizeof(mc_category));
			if (order == NULL || p->cats == NULL)
			{
				if (order)
					mc_free(order);
				return MC_ERR_NOMEM;
			}
			for (uint32_t i = 0; i < p->tt.n; i++)
				order[i] = i;
			cat_tab = &p->tt;
			qsort(order, p->tt.n, sizeof(uint32_t), cmp_cat);
			cat_tab = NULL;
			for (uint32_t i = 0; i < p->tt.n; i++)
			{
				const mc_tentry *e = &p->tt.e[order[i]];

				p->cats[i].value = p->tt.arena + e->off;
				p->cats[i].len = e->len;
				p->cats[i].count = e->count;
				p->cats[i].truncated = e->trunc;
				p->cats[i].hash = e->hash;
			}
			mc_free(order);
			p->ncats = p->tt.n;
		}
		p->cat_valid = true;
	}
	for (size_t i = 0; i < p->ncats; i++)
		sum += p->cats[i].count;
	*items = p->cats;
	*n = p->ncats;
	*other = sum <= p->n ? p->n - sum : 0;
	return MC_OK;
}

mc_status
mc_profile_histogram(mc_profile *p, int bins, double *edges, uint64_t *counts)
{
	double lo, hi, width;
	mc_status st;

	if (p->kind != MC_PROFILE_NUMERIC || p->n == 0)
		return MC_ERR_INVALID;
	if (bins < 1)
		return MC_ERR_RANGE;
	st = build_view(p);
	if (st != MC_OK)
		return st;
	lo = p->min;
	hi = p->max;
	width = (hi - lo) / bins;
	if (!isfinite(width))
		width = hi / bins - lo / bins; /* hi - lo overflows */
	for (int i = 0; i < bins; i++)
	{
		edges[i] = lo + i * width;
		counts[i] = 0;
	}
	edges[bins] = hi;
	for (size_t k = 0; k < p->vn; k++)
	{
		double x = p->vvals[k];
		long i;

		if (hi == lo || width == 0.0)
			i = 0;
		else
		{
			/* numpy.histogram: index from the scaled offset, then corrected against the edges */
			i = (long) ((x - lo) / width);
			if (i >= bins)
				i = bins - 1;
			if (i < 0)
				i = 0;
			if (x < edges[i] && i > 0)
				i--;
			else if (i < bins - 1 && x >= edges[i + 1])
				i++;
		}
		counts[i] += p->vw[k];
	}
	return MC_OK;
}

/* MurmurHash64A (Austin Appleby, public domain algorithm), seed 0, little-endian reads. */
uint64_t
mc_hash_bytes(const void *data, size_t len)
{
	const uint64_t m = UINT64_C(0xc6a4a7935bd1e995);
	const int r = 47;
	const uint8_t *p = data;
	uint64_t h = (uint64_t) len * m;
	size_t nblocks = len / 8;

	for (size_t i = 0; i < nblocks; i++)
	{
		uint64_t k = 0;

		for (int j = 7; j >= 0; j--)
			k = (k << 8) | p[i * 8 + j];
		k *= m;
		k ^= k >> r;
		k *= m;
		h ^= k;
		h *= m;
	}
	p += nblocks * 8;
	switch (len & 7)
	{
		case 7:
			h ^= (uint64_t) p[6] << 48;
			/* fall through */
		case 6:
			h ^= (uint64_t) p[5] << 40;
			/* fall through */
		case 5:
			h ^= (uint64_t) p[4] << 32;
			/* fall through */
		case 4:
			h ^= (uint64_t) p[3] << 24;
			/* fall through */
		case 3:
			h ^= (uint64_t) p[2] << 16;
			/* fall through */
		case 2:
			h ^= (uint64_t) p[1] << 8;
			/* fall through */
		case 1:
			h ^= (uint64_t) p[0];
			h *= m;
	}
	h ^= h >> r;
	h *= m;
	h ^= h >> r;
	return h;
}
