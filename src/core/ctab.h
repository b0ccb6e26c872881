/*
 * ctab.h: the counter tables of a profile: an open-addressing map from a numeric key (uint64) to
 * a count (the EXACT map of a numeric profile), and a map from a text value (bytes + 64-bit
 * hash) to a count, which is the exact map of a text profile in exact mode and its Misra–Gries
 * heavy-hitters table in sketch mode (Misra & Gries 1982; mergeable form of Agarwal et al. 2012,
 * "Mergeable Summaries"): at most 2M counters; when a new value finds the table full, every counter
 * is lowered by the (M+1)-th largest count c and counters reaching 0 are dropped ("reduce"), and c
 * is added to `offset`. Each reduce removes at least (M+1) c of weight, so at all times
 *     sum(counters) + (M+1) * offset <= n   and   true count - offset <= counter <= true count,
 * i.e. a count is low by at most offset <= n / (M+1).
 */
#ifndef MC_CTAB_H
#define MC_CTAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hll.h"
#include "mcbase.h"

/* Order-preserving map of a finite double to a non-zero uint64 key (0 marks an empty slot). */
static inline uint64_t
mc_f8_key(double x)
{
	uint64_t b;

	__builtin_memcpy(&b, &x, sizeof(b));
	return (b & UINT64_C(0x8000000000000000)) ? ~b : (b | UINT64_C(0x8000000000000000));
}

static inline double
mc_key_f8(uint64_t k)
{
	uint64_t b = (k & UINT64_C(0x8000000000000000)) ? (k & ~UINT64_C(0x8000000000000000)) : ~k;
	double x;

	__builtin_memcpy(&x, &b, sizeof(x));
	return x;
}

/* ---- numeric keys */
typedef struct mc_ntab
{
	uint64_t *keys; /* 0 = empty */
	uint64_t *cnt;
	uint32_t mask; /* slots - 1 */
	uint32_t n;    /* entries */
} mc_ntab;

mc_status mc_ntab_init(mc_ntab *t, uint32_t min_entries);
void mc_ntab_free(mc_ntab *t);
mc_status mc_ntab_copy(mc_ntab *dst, const mc_ntab *src);
mc_status mc_ntab_grow(mc_ntab *t);

/* Slot of key (hash = mc_mix64(key)), inserted with count 0 when absent; -1 when out of memory. */
static inline int64_t
mc_ntab_slot(mc_ntab *t, uint64_t key, uint64_t hash)
{
	uint32_t i = (uint32_t) hash & t->mask;

	for (;;)
	{
		uint64_t k = t->keys[i];

		if (k == key)
			return i;
		if (k == 0)
			break;
		i = (i + 1) & t->mask;
	}
	if ((t->n + 1) * 4 > (t->mask + 1) * 3)
	{
		if (mc_ntab_grow(t) != MC_OK)
			return -1;
		return mc_ntab_slot(t, key, hash);
	}
	t->keys[i] = key;
	t->cnt[i] = 0;
	t->n++;
	return i;
}

/* Entries sorted by key (arrays allocated with mc_alloc). */
mc_status mc_ntab_sorted(const mc_ntab *t, uint64_t **keys, uint64_t **cnt);

/* ---- text values */
typedef struct mc_tentry
{
	uint64_t hash; /* hash of the full value */
	uint64_t count;
	uint32_t off;  /* bytes in the arena */
	uint32_t len;  /* stored bytes (<= MC_PROFILE_TEXT_PREFIX) */
	uint8_t trunc; /* the value was longer: only a prefix is stored */
} mc_tentry;

typedef struct mc_ttab
{
	mc_tentry *e;
	uint32_t n, ealloc;
	uint32_t *slots; /* entry index + 1, 0 = empty */
	uint32_t mask;
	uint8_t *arena;
	size_t alen, aalloc;
} mc_ttab;

mc_status mc_ttab_init(mc_ttab *t, uint32_t min_entries);
void mc_ttab_free(mc_ttab *t);
mc_status mc_ttab_copy(mc_ttab *dst, const mc_ttab *src);
/* Entry index of the value, inserted with count 0 when absent; -1 when out of memory. */
int64_t mc_ttab_find_or_add(mc_ttab *t, const uint8_t *b, uint32_t len, bool trunc, uint64_t hash);
/* Entry indexes in canonical order: bytes (memcmp, shorter first), then trunc, then hash. */
mc_status mc_ttab_sorted(const mc_ttab *t, uint32_t **order);
int mc_ttab_cmp(const mc_ttab *t, const mc_tentry *a, const mc_tentry *b);
/* Misra–Gries reduce to at most m entries; *subtracted = the amount (0 when n <= m). */
mc_status mc_ttab_reduce(mc_ttab *t, uint32_t m, uint64_t *subtracted);

/* (M+1)-th largest of the counts: the Misra–Gries reduce amount (counts has n > m items). */
uint64_t mc_kth_largest(uint64_t *counts, size_t n, size_t kth);

#endif /* MC_CTAB_H */
