/*
 * driftstate.c: the raw-value state of mlcheck.drift_test() (see driftstate.h): growable arrays
 * of float8, an open-addressing hash map of byte strings to two counts, and the versioned,
 * fully validated serialization.
 */
#include "driftstate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sortkey.h"

/* ------------------------------------------------------------------ byte string -> 2 counts */

typedef struct pm_entry
{
	const uint8_t *key; /* NULL: empty slot; points into an arena chunk */
	size_t len;
	uint64_t hash;
	uint64_t count[2];
} pm_entry;

typedef struct pm_chunk
{
	struct pm_chunk *next;
	size_t used, size;
	uint8_t data[];
} pm_chunk;

struct mc_pairmap
{
	pm_entry *slots;
	size_t cap; /* power of two */
	size_t n;
	size_t key_bytes; /* total bytes of the keys */
	pm_chunk *chunks;
};

/* 64-bit FNV-1a with a final avalanche (murmur3 fmix64) */
static uint64_t
pm_hash(const uint8_t *p, size_t len)
{
	uint64_t h = 1469598103934665603ull;

	for (size_t i = 0; i < len; i++)
	{
		h ^= p[i];
		h *= 1099511628211ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

static mc_pairmap *
pm_new(void)
{
	mc_pairmap *m = mc_alloc(sizeof(mc_pairmap));

	if (m == NULL)
		return NULL;
	m->cap = 64;
	m->n = 0;
	m->key_bytes = 0;
	m->chunks = NULL;
	m->slots = mc_alloc_array(m->cap, sizeof(pm_entry));
	if (m->slots == NULL)
	{
		mc_free(m);
		return NULL;
	}
	memset(m->slots, 0, m->cap * sizeof(pm_entry));
	return m;
}

static void
pm_free(mc_pairmap *m)
{
	pm_chunk *c;

	if (m == NULL)
		return;
	c = m->chunks;
	while (c)
	{
		pm_chunk *next = c->next;

		mc_free(c);
		c = next;
	}
	mc_free(m->slots);
	mc_free(m);
}

/* copy of a key into the arena */
static const uint8_t *
pm_store(mc_pairmap *m, const uint8_t *p, size_t len)
{
	pm_chunk *c = m->chunks;
	uint8_t *dst;

	if (c == NULL || c->size - c->used < len)
	{
		size_t size = len > 65536 ? len : 65536;

		if (size > SIZE_MAX - sizeof(pm_chunk))
			return NULL;
		c = mc_alloc(sizeof(pm_chunk) + size);
		if (c == NULL)
			return NULL;
		c->size = size;
		c->used = 0;
		c->next = m->chunks;
		m->chunks = c;
	}
	dst = c->data + c->used;
	if (len)
		memcpy(dst, p, len);
	c->used += len;
	return dst;
}

static bool
pm_grow(mc_pairmap *m)
{
	size_t ncap = m->cap * 2;
	pm_entry *ns = mc_alloc_array(ncap, sizeof(pm_entry));

	if (ns == NULL)
		return false;
	memset(ns, 0, ncap * sizeof(pm_entry));
	for (size_t i = 0; i < m->cap; i++)
	{
		pm_entry *e = &m->slots[i];
		size_t j;

		if (e->key == NULL)
			continue;
		j = e->hash & (ncap - 1);
		while (ns[j].key != NULL)
			j = (j + 1) & (ncap - 1);
		ns[j] = *e;
	}
	mc_free(m->slots);
	m->slots = ns;
	m->cap = ncap;
	return true;
}

/* the entry of key p (created with zero counts when absent); NULL when out of memory */
static pm_entry *
pm_lookup(mc_pairmap *m, const uint8_t *p, size_t len)
{
	uint64_t h = pm_hash(p, len);
	size_t j;

	if ((m->n + 1) * 4 > m->cap * 3 && !pm_grow(m))
		return NULL;
	j = h & (m->cap - 1);
	while (m->slots[j].key != NULL)
	{
		pm_entry *e = &m->slots[j];

		if (e->hash == h && e->len == len && memcmp(e->key, p, len) == 0)
			return e;
		j = (j + 1) & (m->cap - 1);
	}
	{
		/* zero-length keys need a non-NULL pointer to mark the slot used */
		static const uint8_t empty_key[1] = {0};
		const uint8_t *k = len ? pm_store(m, p, len) : empty_key;
		pm_entry *e = &m->slots[j];

		if (k == NULL)
			return NULL;
		e->key = k;
		e->len = len;
		e->hash = h;
		e->count[0] = e->count[1] = 0;
		m->n++;
		m->key_bytes += len;
		return e;
	}
}

static int
pm_cmp(const void *a, const void *b)
{
	const pm_entry *x = *(const pm_entry *const *) a, *y = *(const pm_entry *const *) b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = n ? memcmp(x->key, y->key, n) : 0;

	if (c != 0)
		return c;
	return x->len < y->len ? -1 : (x->len > y->len);
}

/* the entries in ascending byte order (an array of pointers, mc_free it) */
static const pm_entry **
pm_sorted(const mc_pairmap *m)
{
	const pm_entry **v = mc_alloc_array(m->n ? m->n : 1, sizeof(pm_entry *));
	size_t k = 0;

	if (v == NULL)
		return NULL;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key != NULL)
			v[k++] = &m->slots[i];
	qsort(v, k, sizeof(pm_entry *), pm_cmp);
	return v;
}

/* ------------------------------------------------------------------ state */

mc_drift_state *
mc_drift_state_new(mc_drift_kind kind, mc_drift_method method, double threshold)
{
	mc_drift_state *s;

	if (kind != MC_DK_NUMERIC && kind != MC_DK_TEXT && kind != MC_DK_BOOL)
		return NULL;
	s = mc_alloc(sizeof(mc_drift_state));
	if (s == NULL)
		return NULL;
	memset(s, 0, sizeof(*s));
	s->kind = kind;
	s->method = method;
	s->threshold = threshold;
	if (kind == MC_DK_TEXT)
	{
		s->map = pm_new();
		if (s->map == NULL)
		{
			mc_free(s);
			return NULL;
		}
	}
	return s;
}

void
mc_drift_state_free(mc_drift_state *s)
{
	if (s == NULL)
		return;
	mc_free(s->val[0]);
	mc_free(s->val[1]);
	pm_free(s->map);
	mc_free(s);
}

/* room for `extra` more values on one side (grows by half, at least 1024) */
static mc_status
reserve_side(mc_drift_state *s, int side, size_t extra)
{
	size_t need = s->n[side] + extra;
	size_t ncap;
	double *nv;

	if (need <= s->cap[side])
		return MC_OK;
	ncap = s->cap[side] + s->cap[side] / 2;
	if (ncap < 1024)
		ncap = 1024;
	if (ncap < need)
		ncap = need;
	if (ncap > SIZE_MAX / sizeof(double))
		return MC_ERR_NOMEM;
	nv = mc_realloc(s->val[side], ncap * sizeof(double));
	if (nv == NULL)
		return MC_ERR_NOMEM;
	s->val[side] = nv;
	s->cap[side] = ncap;
	return MC_OK;
}

mc_status
mc_drift_state_add_f8(mc_drift_state *s, int side, double x)
{
	mc_status st;

	if (s->kind != MC_DK_NUMERIC || (side != 0 && side != 1))
		return MC_ERR_INVALID;
	if (!isfinite(x))
		return MC_ERR_RANGE;
	if (s->n[side] == s->cap[side] && (st = reserve_side(s, side, 1)) != MC_OK)
		return st;
	s->val[side][s->n[side]++] = x;
	return MC_OK;
}

mc_status
mc_drift_state_add_text(mc_drift_state *s, int side, const uint8_t *p, size_t len)
{
	pm_entry *e;

	if (s->kind != MC_DK_TEXT || (side != 0 && side != 1))
		return MC_ERR_INVALID;
	e = pm_lookup(s->map, p, len);
	if (e == NULL)
		return MC_ERR_NOMEM;
	e->count[side]++;
	return MC_OK;
}

mc_status
mc_drift_state_add_bool(mc_drift_state *s, int side, bool b)
{
	if (s->kind != MC_DK_BOOL || (side != 0 && side != 1))
		return MC_ERR_INVALID;
	s->bcount[side][b ? 1 : 0]++;
	return MC_OK;
}

static bool
same_threshold(double a, double b)
{
	return (isnan(a) && isnan(b)) || a == b;
}

mc_status
mc_drift_state_merge(mc_drift_state *dst, const mc_drift_state *src)
{
	if (dst->kind != src->kind || dst->method != src->method ||
	    !same_threshold(dst->threshold, src->threshold))
		return MC_ERR_INVALID;
	switch (dst->kind)
	{
		case MC_DK_NUMERIC:
			for (int side = 0; side < 2; side++)
			{
				mc_status st = reserve_side(dst, side, src->n[side]);

				if (st != MC_OK)
					return st;
				if (src->n[side])
					memcpy(dst->val[side] + dst->n[side], src->val[side],
					       src->n[side] * sizeof(double));
				dst->n[side] += src->n[side];
			}
			break;
		case MC_DK_TEXT:
			for (size_t i = 0; i < src->map->cap; i++)
			{
				const pm_entry *e = &src->map->slots[i];
				pm_entry *d;

				if (e->key == NULL)
					continue;
				d = pm_lookup(dst->map, e->key, e->len);
				if (d == NULL)
					return MC_ERR_NOMEM;
				d->count[0] += e->count[0];
				d->count[1] += e->count[1];
			}
			break;
		case MC_DK_BOOL:
			for (int side = 0; side < 2; side++)
				for (int v = 0; v < 2; v++)
					dst->bcount[side][v] += src->bcount[side][v];
			break;
	}
	return MC_OK;
}

uint64_t
mc_drift_state_count(const mc_drift_state *s, int side)
{
	switch (s->kind)
	{
		case MC_DK_NUMERIC:
			return s->n[side];
		case MC_DK_TEXT:
		{
			uint64_t t = 0;

			for (size_t i = 0; i < s->map->cap; i++)
				if (s->map->slots[i].key != NULL)
					t += s->map->slots[i].count[side];
			return t;
		}
		case MC_DK_BOOL:
			return s->bcount[side][0] + s->bcount[side][1];
	}
	return 0;
}

/* ------------------------------------------------------------------ serialization */

static size_t
varint_size(uint64_t v)
{
	size_t n = 1;

	while (v >= 0x80)
	{
		v >>= 7;
		n++;
	}
	return n;
}

size_t
mc_drift_state_size_bound(const mc_drift_state *s)
{
	size_t size = 3 + 8 + 2 * 10;

	switch (s->kind)
	{
		case MC_DK_NUMERIC:
			size += 8 * (s->n[0] + s->n[1]);
			break;
		case MC_DK_TEXT:
			/* per entry: the bytes, a length and two counts of at most 10 bytes each */
			size += s->map->key_bytes + 30 * s->map->n;
			break;
		case MC_DK_BOOL:
			size += 40;
			break;
	}
	return size;
}

size_t
mc_drift_state_serialized_size(const mc_drift_state *s)
{
	size_t size = 3 + 8;

	switch (s->kind)
	{
		case MC_DK_NUMERIC:
			size += varint_size(s->n[0]) + varint_size(s->n[1]) + 8 * (s->n[0] + s->n[1]);
			break;
		case MC_DK_TEXT:
			size += varint_size(s->map->n);
			for (size_t i = 0; i < s->map->cap; i++)
			{
				const pm_entry *e = &s->map->slots[i];

				if (e->key == NULL)
					continue;
				size += varint_size(e->len) + e->len + varint_size(e->count[0]) +
				        varint_size(e->count[1]);
			}
			break;
		case MC_DK_BOOL:
			for (int side = 0; side < 2; side++)
				for (int v = 0; v < 2; v++)
					size += varint_size(s->bcount[side][v]);
			break;
	}
	return size;
}

mc_status
mc_drift_state_serialize(const mc_drift_state *s, mc_writer *w)
{
	if (!mc_w_reserve(w, mc_drift_state_serialized_size(s)))
		return MC_ERR_NOMEM;
	mc_w_u8(w, MC_DRIFTSTATE_VERSION);
	mc_w_u8(w, (uint8_t) s->kind);
	mc_w_u8(w, (uint8_t) s->method);
	mc_w_f64(w, s->threshold);
	switch (s->kind)
	{
		case MC_DK_NUMERIC:
			mc_w_varint(w, s->n[0]);
			mc_w_varint(w, s->n[1]);
			for (int side = 0; side < 2; side++)
				mc_w_f64_array(w, s->val[side], s->n[side]);
			break;
		case MC_DK_TEXT:
		{
			const pm_entry **v = pm_sorted(s->map);

			if (v == NULL)
				return MC_ERR_NOMEM;
			mc_w_varint(w, s->map->n);
			for (size_t i = 0; i < s->map->n; i++)
			{
				mc_w_varint(w, v[i]->len);
				mc_w_bytes(w, v[i]->key, v[i]->len);
				mc_w_varint(w, v[i]->count[0]);
				mc_w_varint(w, v[i]->count[1]);
			}
			mc_free(v);
			break;
		}
		case MC_DK_BOOL:
			for (int side = 0; side < 2; side++)
				for (int b = 0; b < 2; b++)
					mc_w_varint(w, s->bcount[side][b]);
			break;
	}
	return w->failed ? MC_ERR_NOMEM : MC_OK;
}

mc_status
mc_drift_state_deserialize(const uint8_t *buf, size_t len, mc_drift_state **out)
{
	mc_reader r;
	uint8_t version, kind, method;
	double threshold;
	mc_drift_state *s = NULL;
	mc_status st = MC_ERR_CORRUPT;

	*out = NULL;
	mc_r_init(&r, buf, len);
	version = mc_r_u8(&r);
	kind = mc_r_u8(&r);
	method = mc_r_u8(&r);
	threshold = mc_r_f64(&r);
	if (r.failed || version != MC_DRIFTSTATE_VERSION || kind < MC_DK_NUMERIC || kind > MC_DK_BOOL ||
	    method >= MC_DM_COUNT ||
	    !mc_drift_method_applies((mc_drift_method) method, (mc_drift_kind) kind) ||
	    !(isnan(threshold) || (isfinite(threshold) && threshold >= 0)))
		return MC_ERR_CORRUPT;
	s = mc_drift_state_new((mc_drift_kind) kind, (mc_drift_method) method, threshold);
	if (s == NULL)
		return MC_ERR_NOMEM;
	switch (s->kind)
	{
		case MC_DK_NUMERIC:
		{
			uint64_t n[2];

			n[0] = mc_r_varint(&r);
			n[1] = mc_r_varint(&r);
			/* each value takes 8 bytes: the counts must match what remains exactly */
			if (r.failed || n[0] > mc_r_remaining(&r) / 8 || n[1] > mc_r_remaining(&r) / 8 ||
			    (n[0] + n[1]) * 8 != mc_r_remaining(&r))
				goto fail;
			for (int side = 0; side < 2; side++)
			{
				if (n[side] && (st = reserve_side(s, side, (size_t) n[side])) != MC_OK)
					goto fail;
				st = MC_ERR_CORRUPT;
				if (n[side])
				{
					bool finite;

					if (!mc_r_f64_array(&r, s->val[side], (size_t) n[side], &finite) || !finite)
						goto fail;
					s->n[side] = (size_t) n[side];
				}
			}
			break;
		}
		case MC_DK_TEXT:
		{
			uint64_t entries = mc_r_varint(&r);
			const uint8_t *prev = NULL;
			size_t prevlen = 0;

			/* an entry takes at least 3 bytes */
			if (r.failed || entries > mc_r_remaining(&r) / 3)
				goto fail;
			for (uint64_t i = 0; i < entries; i++)
			{
				uint64_t klen = mc_r_varint(&r);
				const uint8_t *key;
				uint64_t c0, c1;
				pm_entry *e;

				if (r.failed || klen > mc_r_remaining(&r))
					goto fail;
				key = mc_r_bytes(&r, (size_t) klen);
				c0 = mc_r_varint(&r);
				c1 = mc_r_varint(&r);
				if (r.failed || (c0 == 0 && c1 == 0) || c0 > INT64_MAX || c1 > INT64_MAX)
					goto fail;
				/* strictly ascending byte order: canonical, and no duplicates */
				if (prev != NULL)
				{
					size_t m = prevlen < klen ? prevlen : (size_t) klen;
					int c = m ? memcmp(prev, key, m) : 0;

					if (c > 0 || (c == 0 && prevlen >= klen))
						goto fail;
				}
				prev = key;
				prevlen = (size_t) klen;
				e = pm_lookup(s->map, key, (size_t) klen);
				if (e == NULL)
				{
					st = MC_ERR_NOMEM;
					goto fail;
				}
				e->count[0] = c0;
				e->count[1] = c1;
			}
			break;
		}
		case MC_DK_BOOL:
			for (int side = 0; side < 2; side++)
				for (int b = 0; b < 2; b++)
				{
					s->bcount[side][b] = mc_r_varint(&r);
					if (s->bcount[side][b] > INT64_MAX)
						goto fail;
				}
			break;
	}
	if (!mc_r_done(&r))
	{
		st = MC_ERR_CORRUPT;
		goto fail;
	}
	*out = s;
	return MC_OK;
fail:
	mc_drift_state_free(s);
	return st;
}

/* ------------------------------------------------------------------ running the test */

mc_status
mc_drift_state_run(mc_drift_state *s, mc_drift_result *r)
{
	mc_drift_method m = s->method;
	mc_status st;
	uint64_t nref = mc_drift_state_count(s, 0), ncur = mc_drift_state_count(s, 1);

	r->method = m;
	r->statistic = r->pvalue = NAN;
	r->drifted = -1;
	r->pmethod = MC_P_NONE;
	r->has_pvalue = mc_drift_method_is_test(m);
	r->threshold = NAN;

	switch (s->kind)
	{
		case MC_DK_NUMERIC:
		{
			mc_wsample ref, cur;
			bool categorical = false;

			if (m == MC_DM_KS)
			{
				/* D and its p-value need no sort (ksbound.c) */
				mc_test_result t;

				if (nref == 0 || ncur == 0)
				{
					mc_drift_decide(r, s->threshold);
					return MC_ERR_INVALID;
				}
				st = mc_ks_2samp_unsorted(s->val[0], s->n[0], s->val[1], s->n[1], &t);
				if (st != MC_OK)
					return st;
				r->statistic = t.statistic;
				r->pvalue = t.pvalue;
				r->pmethod = t.pmethod;
				mc_drift_decide(r, s->threshold);
				return MC_OK;
			}
			for (int side = 0; side < 2; side++)
				if ((st = mc_sort_doubles(s->val[side], s->n[side])) != MC_OK)
					return st;
			ref.values = s->val[0];
			ref.weights = NULL;
			ref.n = s->n[0];
			cur.values = s->val[1];
			cur.weights = NULL;
			cur.n = s->n[1];
			if (m == MC_DM_AUTO)
				m = mc_drift_auto(MC_DK_NUMERIC, nref, mc_wsample_distinct(&ref), &categorical);
			r->method = m;
			if (nref == 0 || ncur == 0)
			{
				mc_drift_decide(r, s->threshold);
				return MC_ERR_INVALID;
			}
			if (categorical)
			{
				size_t k = mc_wsample_distinct(&ref) + mc_wsample_distinct(&cur);
				double *a = mc_alloc_array(k ? k : 1, sizeof(double));
				double *b = mc_alloc_array(k ? k : 1, sizeof(double));

				if (a == NULL || b == NULL)
				{
					mc_free(a);
					mc_free(b);
					return MC_ERR_NOMEM;
				}
				mc_drift_value_categories(&ref, &cur, a, b, &k);
				st = mc_drift_categorical(a, b, k, m, 0, s->threshold, r);
				mc_free(a);
				mc_free(b);
				return st;
			}
			return mc_drift_numeric(&ref, &cur, m, NAN, s->threshold, r);
		}
		case MC_DK_TEXT:
		{
			size_t k = s->map->n, j = 0;
			double *a, *b;
			bool categorical;
			const pm_entry **sorted;

			if (m == MC_DM_AUTO)
				m = mc_drift_auto(MC_DK_TEXT, nref, 0, &categorical);
			r->method = m;
			if (nref == 0 || ncur == 0)
			{
				mc_drift_decide(r, s->threshold);
				return MC_ERR_INVALID;
			}
			/*
			 * categories in byte order, so that the sums run in the same order whatever the
			 * hash map's history (a parallel plan merges the maps in another order)
			 */
			sorted = pm_sorted(s->map);
			a = mc_alloc_array(k, sizeof(double));
			b = mc_alloc_array(k, sizeof(double));
			if (a == NULL || b == NULL || sorted == NULL)
			{
				mc_free(a);
				mc_free(b);
				mc_free(sorted);
				return MC_ERR_NOMEM;
			}
			for (j = 0; j < k; j++)
			{
				a[j] = (double) sorted[j]->count[0];
				b[j] = (double) sorted[j]->count[1];
			}
			st = mc_drift_categorical(a, b, k, m, 0, s->threshold, r);
			mc_free(a);
			mc_free(b);
			mc_free(sorted);
			return st;
		}
		case MC_DK_BOOL:
		{
			double a[2] = {(double) s->bcount[0][0], (double) s->bcount[0][1]};
			double b[2] = {(double) s->bcount[1][0], (double) s->bcount[1][1]};
			bool categorical;

			if (m == MC_DM_AUTO)
				m = mc_drift_auto(MC_DK_BOOL, nref, 0, &categorical);
			r->method = m;
			if (nref == 0 || ncur == 0)
			{
				mc_drift_decide(r, s->threshold);
				return MC_ERR_INVALID;
			}
			return mc_drift_categorical(a, b, 2, m, 1, s->threshold, r);
		}
	}
	return MC_ERR_INVALID;
}
