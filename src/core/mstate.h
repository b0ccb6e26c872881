/*
 * mstate.h: the exact, mergeable state of the metric aggregates that must see every row
 * (mlcheck.metric_state): the score keys of a binary classifier's positives and negatives, the
 * probabilities of an unlabelled batch, or the (score, relevance) pairs of a ranking query.
 * (The multiclass confusion state of classmetrics.h shares the serialized envelope.)
 *
 * Serialized form (big-endian, see codec.h), version byte first:
 *   u8 version = 1, u8 kind
 *   kind 1 binary:  f64 threshold, varint skipped, varint npos, varint nneg,
 *                   npos x u64 key, nneg x u64 key
 *   kind 2 probs:   f64 threshold, varint skipped, varint n, n x u64 key (each in [0, 1])
 *   kind 3 ranking: varint k, varint skipped, varint n, n x (u64 key, f64 relevance >= 0)
 *   kind 4 classes: see classmetrics.h
 * Keys are sortkey.h keys (never NaN or -0.0). Rows are kept 8 bytes each (16 for ranking),
 * in arrival order until a final function sorts them.
 */
#ifndef MC_MSTATE_H
#define MC_MSTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"
#include "sortkey.h"

#define MC_MS_VERSION 1

typedef enum mc_ms_kind
{
	MC_MS_BINARY = 1,
	MC_MS_PROBS = 2,
	MC_MS_RANKING = 3,
	MC_MS_CLASSES = 4,
} mc_ms_kind;

/*
 * Row limits: the serialized state and its base64 text must stay below PostgreSQL's 1 GB
 * value limit (96e6 * 8 bytes = 768 MB, 1.02e9 characters of text).
 */
#define MC_MS_MAX_KEYS  UINT64_C(96000000)
#define MC_MS_MAX_PAIRS UINT64_C(48000000)

typedef struct mc_u64vec
{
	uint64_t *v;
	size_t n;
	size_t cap;
} mc_u64vec;

typedef struct mc_scores
{
	uint8_t kind;     /* MC_MS_BINARY, MC_MS_PROBS or MC_MS_RANKING */
	double param;     /* threshold (binary, probs) or k (ranking; 0 = no cutoff) */
	uint64_t skipped; /* rows skipped for a NULL score or label */
	mc_u64vec pos;    /* binary: keys of the positives; probs: every key */
	mc_u64vec neg;    /* binary: keys of the negatives */
	mc_kv *kv;        /* ranking: (score key, relevance) */
	size_t nkv;
	size_t kvcap;
	bool sorted; /* pos, neg and kv are in ascending key order */
} mc_scores;

/* Kind byte of a serialized state (0 when too short or of another version). */
uint8_t mc_ms_peek_kind(const uint8_t *buf, size_t len);

/* An empty state; allocates small initial arrays through mc_alloc. */
mc_status mc_scores_init(mc_scores *s, uint8_t kind, double param);
void mc_scores_free(mc_scores *s);

/* Rows held (binary: npos + nneg). */
static inline uint64_t
mc_scores_rows(const mc_scores *s)
{
	return s->kind == MC_MS_RANKING ? (uint64_t) s->nkv : (uint64_t) (s->pos.n + s->neg.n);
}

mc_status mc_u64vec_grow(mc_u64vec *v, size_t need);
mc_status mc_scores_grow_kv(mc_scores *s, size_t need);

/*
 * Add one key (binary: to the positives when label, else the negatives; probs: label ignored).
 * MC_ERR_RANGE past MC_MS_MAX_KEYS rows.
 */
static inline mc_status
mc_scores_add_key(mc_scores *s, bool label, uint64_t key)
{
	mc_u64vec *v = (s->kind == MC_MS_BINARY && !label) ? &s->neg : &s->pos;

	if (s->pos.n + s->neg.n >= MC_MS_MAX_KEYS)
		return MC_ERR_RANGE;
	if (v->n == v->cap)
	{
		mc_status st = mc_u64vec_grow(v, v->n + 1);

		if (st != MC_OK)
			return st;
	}
	v->v[v->n++] = key;
	s->sorted = false;
	return MC_OK;
}

static inline mc_status
mc_scores_add_pair(mc_scores *s, uint64_t key, double relevance)
{
	if (s->nkv >= MC_MS_MAX_PAIRS)
		return MC_ERR_RANGE;
	if (s->nkv == s->kvcap)
	{
		mc_status st = mc_scores_grow_kv(s, s->nkv + 1);

		if (st != MC_OK)
			return st;
	}
	s->kv[s->nkv].key = key;
	s->kv[s->nkv].val = relevance;
	s->nkv++;
	s->sorted = false;
	return MC_OK;
}

/*
 * Append the rows of b to a. MC_ERR_INVALID when kinds or parameters differ, MC_ERR_RANGE when
 * the union would pass the row limit.
 */
mc_status mc_scores_merge(mc_scores *a, const mc_scores *b);

/* Sort every array ascending by key (no-op when already sorted). */
mc_status mc_scores_sort(mc_scores *s);

/* Exact size of the serialized form, and the writer of exactly that many bytes. */
size_t mc_scores_serialized_size(const mc_scores *s);
void mc_scores_serialize(const mc_scores *s, uint8_t *buf);

/*
 * Parse and validate a serialized state of kind 1-3 (any malformation: MC_ERR_CORRUPT, and
 * nothing to free). Array lengths are checked against the bytes present before allocating.
 */
mc_status mc_scores_deserialize(const uint8_t *buf, size_t len, mc_scores *out);

#endif /* MC_MSTATE_H */
