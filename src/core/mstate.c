/* mstate.c: exact score states of the metric aggregates: growth, merge, sort, codec. */
#include "mstate.h"

#include <math.h>
#include <string.h>

#include "codec.h"

#define INITIAL_KEYS  256
#define INITIAL_PAIRS 16

uint8_t
mc_ms_peek_kind(const uint8_t *buf, size_t len)
{
	if (len < 2 || buf[0] != MC_MS_VERSION)
		return 0;
	return buf[1];
}

static mc_status
vec_init(mc_u64vec *v, size_t cap)
{
	v->n = 0;
	v->cap = cap;
	v->v = mc_alloc_array(cap, sizeof(uint64_t));
	if (v->v == NULL)
	{
		v->cap = 0;
		return MC_ERR_NOMEM;
	}
	return MC_OK;
}

mc_status
mc_scores_init(mc_scores *s, uint8_t kind, double param)
{
	memset(s, 0, sizeof(*s));
	s->kind = kind;
	s->param = param;
	s->sorted = true;
	if (kind == MC_MS_RANKING)
	{
		s->kv = mc_alloc_array(INITIAL_PAIRS, sizeof(mc_kv));
		if (s->kv == NULL)
			return MC_ERR_NOMEM;
		s->kvcap = INITIAL_PAIRS;
		return MC_OK;
	}
	if (vec_init(&s->pos, INITIAL_KEYS) != MC_OK)
		return MC_ERR_NOMEM;
	if (kind == MC_MS_BINARY && vec_init(&s->neg, INITIAL_KEYS) != MC_OK)
	{
		mc_free(s->pos.v);
		s->pos.v = NULL;
		return MC_ERR_NOMEM;
	}
	return MC_OK;
}

void
mc_scores_free(mc_scores *s)
{
	if (s->pos.v)
		mc_free(s->pos.v);
	if (s->neg.v)
		mc_free(s->neg.v);
	if (s->kv)
		mc_free(s->kv);
	s->pos.v = s->neg.v = NULL;
	s->kv = NULL;
}

/* New capacity: 1.5x (so at most 12 bytes per key are ever reserved), at least `need`. */
static size_t
grown_capacity(size_t cap, size_t need, size_t limit)
{
	size_t c = cap + cap / 2;

	if (c < need)
		c = need;
	if (c < INITIAL_PAIRS)
		c = INITIAL_PAIRS;
	if (c > limit)
		c = limit;
	return c;
}

mc_status
mc_u64vec_grow(mc_u64vec *v, size_t need)
{
	size_t cap;
	uint64_t *nv;

	if (need > MC_MS_MAX_KEYS)
		return MC_ERR_RANGE;
	if (need <= v->cap)
		return MC_OK;
	cap = grown_capacity(v->cap, need, MC_MS_MAX_KEYS);
	nv = mc_realloc(v->v, cap * sizeof(uint64_t));
	if (nv == NULL)
		return MC_ERR_NOMEM;
	v->v = nv;
	v->cap = cap;
	return MC_OK;
}

mc_status
mc_scores_grow_kv(mc_scores *s, size_t need)
{
	size_t cap;
	mc_kv *nv;

	if (need > MC_MS_MAX_PAIRS)
		return MC_ERR_RANGE;
	if (need <= s->kvcap)
		return MC_OK;
	cap = grown_capacity(s->kvcap, need, MC_MS_MAX_PAIRS);
	nv = mc_realloc(s->kv, cap * sizeof(mc_kv));
	if (nv == NULL)
		return MC_ERR_NOMEM;
	s->kv = nv;
	s->kvcap = cap;
	return MC_OK;
}

static mc_status
vec_append(mc_u64vec *a, const mc_u64vec *b)
{
	mc_status st;

	if (b->n == 0)
		return MC_OK;
	st = mc_u64vec_grow(a, a->n + b->n);
	if (st != MC_OK)
		return st;
	memcpy(a->v + a->n, b->v, b->n * sizeof(uint64_t));
	a->n += b->n;
	return MC_OK;
}

/* Parameters must agree bit for bit (a NaN-free double, or k). */
static bool
same_param(double a, double b)
{
	return memcmp(&a, &b, sizeof(double)) == 0 || a == b;
}

mc_status
mc_scores_merge(mc_scores *a, const mc_scores *b)
{
	mc_status st;

	if (a->kind != b->kind || !same_param(a->param, b->param))
		return MC_ERR_INVALID;
	if (a->kind == MC_MS_RANKING)
	{
		if ((uint64_t) a->nkv + b->nkv > MC_MS_MAX_PAIRS)
			return MC_ERR_RANGE;
		if (b->nkv > 0)
		{
			st = mc_scores_grow_kv(a, a->nkv + b->nkv);
			if (st != MC_OK)
				return st;
			memcpy(a->kv + a->nkv, b->kv, b->nkv * sizeof(mc_kv));
			a->nkv += b->nkv;
			a->sorted = false;
		}
	}
	else
	{
		if (mc_scores_rows(a) + mc_scores_rows(b) > MC_MS_MAX_KEYS)
			return MC_ERR_RANGE;
		st = vec_append(&a->pos, &b->pos);
		if (st == MC_OK)
			st = vec_append(&a->neg, &b->neg);
		if (st != MC_OK)
			return st;
		if (mc_scores_rows(b) > 0)
			a->sorted = false;
	}
	a->skipped += b->skipped;
	return MC_OK;
}

mc_status
mc_scores_sort(mc_scores *s)
{
	if (s->sorted)
		return MC_OK;
	if (s->kind == MC_MS_RANKING)
	{
		if (mc_sort_kv(s->kv, s->nkv) != MC_OK)
			return MC_ERR_NOMEM;
	}
	else
	{
		if (mc_sort_keys(s->pos.v, s->pos.n) != MC_OK)
			return MC_ERR_NOMEM;
		if (s->neg.n > 0 && mc_sort_keys(s->neg.v, s->neg.n) != MC_OK)
			return MC_ERR_NOMEM;
	}
	s->sorted = true;
	return MC_OK;
}

/* ---------------------------------------------------------------- codec */

static size_t
varint_len(uint64_t v)
{
	size_t n = 1;

	while (v >= 0x80)
	{
		v >>= 7;
		n++;
	}
	return n;
}

static uint8_t *
put_varint(uint8_t *p, uint64_t v)
{
	while (v >= 0x80)
	{
		*p++ = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t) v;
	return p;
}

static uint8_t *
put_u64(uint8_t *p, uint64_t v)
{
	for (int i = 7; i >= 0; i--)
		*p++ = (uint8_t) (v >> (8 * i));
	return p;
}

static uint64_t
get_u64(const uint8_t *p)
{
	uint64_t v = 0;

	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return v;
}

static uint8_t *
put_f64(uint8_t *p, double d)
{
	uint64_t bits;

	memcpy(&bits, &d, sizeof(bits));
	return put_u64(p, bits);
}

size_t
mc_scores_serialized_size(const mc_scores *s)
{
	size_t size = 2 + varint_len(s->skipped);

	switch (s->kind)
	{
		case MC_MS_BINARY:
			size += 8 + varint_len(s->pos.n) + varint_len(s->neg.n) + 8 * (s->pos.n + s->neg.n);
			break;
		case MC_MS_PROBS:
			size += 8 + varint_len(s->pos.n) + 8 * s->pos.n;
			break;
		default:
			size += varint_len((uint64_t) s->param) + varint_len(s->nkv) + 16 * s->nkv;
			break;
	}
	return size;
}

void
mc_scores_serialize(const mc_scores *s, uint8_t *buf)
{
	uint8_t *p = buf;

	*p++ = MC_MS_VERSION;
	*p++ = s->kind;
	if (s->kind == MC_MS_RANKING)
		p = put_varint(p, (uint64_t) s->param);
	else
		p = put_f64(p, s->param);
	p = put_varint(p, s->skipped);
	if (s->kind == MC_MS_RANKING)
	{
		p = put_varint(p, s->nkv);
		for (size_t i = 0; i < s->nkv; i++)
		{
			p = put_u64(p, s->kv[i].key);
			p = put_f64(p, s->kv[i].val);
		}
		return;
	}
	p = put_varint(p, s->pos.n);
	if (s->kind == MC_MS_BINARY)
		p = put_varint(p, s->neg.n);
	for (size_t i = 0; i < s->pos.n; i++)
		p = put_u64(p, s->pos.v[i]);
	for (size_t i = 0; i < s->neg.n; i++)
		p = put_u64(p, s->neg.v[i]);
}

/* Read n keys (8 bytes each, already bounds-checked) into v; false on a non-canonical key. */
static bool
read_keys(const uint8_t *p, size_t n, mc_u64vec *v, bool probability)
{
	uint64_t lo = mc_key_from_double(0.0), hi = mc_key_from_double(1.0);

	for (size_t i = 0; i < n; i++)
	{
		uint64_t k = get_u64(p + 8 * i);

		if (!mc_key_is_canonical(k))
			return false;
		if (probability && (k < lo || k > hi))
			return false;
		v->v[i] = k;
	}
	v->n = n;
	return true;
}

mc_status
mc_scores_deserialize(const uint8_t *buf, size_t len, mc_scores *out)
{
	mc_reader r;
	uint8_t kind;
	double param = 0;
	uint64_t k = 0, skipped, n1, n2 = 0;
	const uint8_t *body;

	memset(out, 0, sizeof(*out));
	mc_r_init(&r, buf, len);
	if (mc_r_u8(&r) != MC_MS_VERSION)
		return MC_ERR_CORRUPT;
	kind = mc_r_u8(&r);
	if (kind != MC_MS_BINARY && kind != MC_MS_PROBS && kind != MC_MS_RANKING)
		return MC_ERR_CORRUPT;
	if (kind == MC_MS_RANKING)
	{
		k = mc_r_varint(&r);
		if (k > UINT64_C(1) << 31)
			return MC_ERR_CORRUPT;
		param = (double) k;
	}
	else
	{
		param = mc_r_f64(&r);
		if (!isfinite(param) || (param == 0.0 && signbit(param)))
			return MC_ERR_CORRUPT;
		if (kind == MC_MS_PROBS && !(param >= 0.0 && param <= 1.0))
			return MC_ERR_CORRUPT;
	}
	skipped = mc_r_varint(&r);
	n1 = mc_r_varint(&r);
	if (kind == MC_MS_BINARY)
		n2 = mc_r_varint(&r);
	if (r.failed || skipped > (UINT64_C(1) << 62))
		return MC_ERR_CORRUPT;
	if (kind == MC_MS_RANKING)
	{
		if (n1 > MC_MS_MAX_PAIRS || mc_r_remaining(&r) != 16 * n1)
			return MC_ERR_CORRUPT;
	}
	else if (n1 > MC_MS_MAX_KEYS || n2 > MC_MS_MAX_KEYS - n1 || mc_r_remaining(&r) != 8 * (n1 + n2))
		return MC_ERR_CORRUPT;
	body = buf + r.pos;

	if (kind == MC_MS_RANKING)
	{
		out->kind = kind;
		out->param = param;
		out->skipped = skipped;
		out->kvcap = n1 > INITIAL_PAIRS ? n1 : INITIAL_PAIRS;
		out->kv = mc_alloc_array(out->kvcap, sizeof(mc_kv));
		if (out->kv == NULL)
			return MC_ERR_NOMEM;
		for (size_t i = 0; i < n1; i++)
		{
			uint64_t key = get_u64(body + 16 * i);
			uint64_t bits = get_u64(body + 16 * i + 8);
			double rel;

			memcpy(&rel, &bits, sizeof(rel));
			if (!mc_key_is_canonical(key) || !isfinite(rel) || !(rel >= 0.0) ||
			    (rel == 0.0 && signbit(rel)))
			{
				mc_scores_free(out);
				return MC_ERR_CORRUPT;
			}
			out->kv[i].key = key;
			out->kv[i].val = rel;
		}
		out->nkv = n1;
		out->sorted = n1 <= 1;
		return MC_OK;
	}

	out->kind = kind;
	out->param = param;
	out->skipped = skipped;
	if (vec_init(&out->pos, n1 > INITIAL_KEYS ? n1 : INITIAL_KEYS) != MC_OK)
		return MC_ERR_NOMEM;
	if (kind == MC_MS_BINARY && vec_init(&out->neg, n2 > INITIAL_KEYS ? n2 : INITIAL_KEYS) != MC_OK)
	{
		mc_scores_free(out);
		return MC_ERR_NOMEM;
	}
	if (!read_keys(body, n1, &out->pos, kind == MC_MS_PROBS) ||
	    !read_keys(body + 8 * n1, n2, &out->neg, false))
	{
		mc_scores_free(out);
		return MC_ERR_CORRUPT;
	}
	out->sorted = n1 <= 1 && n2 <= 1;
	return MC_OK;
}
