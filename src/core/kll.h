/*
 * kll.h: KLL quantile sketch (Karnin, Lang, Liberty 2016, "Optimal Quantile Approximation in
 * Streams"), with the lazy compaction schedule of Apache DataSketches' KllSketch.
 *
 * Level h holds items of weight 2^h; level capacities shrink geometrically (factor 2/3) from the
 * top level down to a floor of 8, so the bottom levels are tiny and an insert costs amortized
 * O(1). Level 0 is unsorted, every other level is sorted. The coin flips of the compactions come
 * from a xorshift64* generator stored in the sketch, so the same input in the same order always
 * gives the same bytes. Total weight is preserved exactly (an odd level keeps one item).
 * With k = 300 the normalized rank error is about 0.9% with 99% confidence (DataSketches' fit
 * for its lazy sketch: eps ~ 2.296 / k^0.9723); the tests check it empirically at 1M-2M values
 * (test_kll.c, test_profile.c, and the oracle tests against numpy).
 */
#ifndef MC_KLL_H
#define MC_KLL_H

#include <stdbool.h>
#include <stdint.h>

#include "codec.h"
#include "mcbase.h"

#define MC_KLL_MAX_LEVELS 64
#define MC_KLL_MIN_WIDTH  8

typedef struct mc_kll
{
	uint32_t k;
	uint32_t nlevels;                /* levels in use (>= 1) */
	uint64_t n;                      /* total weight = values summarised */
	uint64_t rng;                    /* xorshift64* state, never 0 */
	uint32_t size;                   /* items held */
	uint32_t capacity;               /* sum of the level capacities for nlevels */
	uint32_t cap[MC_KLL_MAX_LEVELS]; /* capacity of each level for nlevels (cached) */
	double *items[MC_KLL_MAX_LEVELS];
	uint32_t len[MC_KLL_MAX_LEVELS];
	uint32_t alloc[MC_KLL_MAX_LEVELS];
} mc_kll;

/* Initialise an empty sketch (no allocation until the first item). */
void mc_kll_init(mc_kll *s, uint32_t k);
void mc_kll_free(mc_kll *s);
mc_status mc_kll_copy(mc_kll *dst, const mc_kll *src);

/* Capacity of level h when the sketch has nlevels levels. */
uint32_t mc_kll_level_capacity(uint32_t k, uint32_t nlevels, uint32_t h);

mc_status mc_kll_compress(mc_kll *s);

mc_status mc_kll_grow_level(mc_kll *s, uint32_t h, uint32_t need);

/* Add one value of weight 1 (the per-row path). */
static inline mc_status
mc_kll_add(mc_kll *s, double x)
{
	if (s->len[0] >= s->alloc[0])
	{
		mc_status st = mc_kll_grow_level(s, 0, s->len[0] + 1);

		if (st != MC_OK)
			return st;
	}
	s->items[0][s->len[0]++] = x;
	s->size++;
	s->n++;
	if (s->size >= s->capacity || (s->len[0] >= s->cap[0] && s->cap[0] <= MC_KLL_MIN_WIDTH))
		return mc_kll_compress(s);
	return MC_OK;
}

/*
 * Add x with weight w (one item on each level h where bit h of w is set). Values must come in
 * non-decreasing order between two compressions; call mc_kll_compress afterwards.
 */
mc_status mc_kll_add_weighted(mc_kll *s, double x, uint64_t w);

/* dst := merge of dst and src (same k). */
mc_status mc_kll_merge(mc_kll *dst, const mc_kll *src);

/*
 * Sorted weighted view: *values strictly increasing, *weights summing to n (equal items are
 * combined). Arrays are allocated with mc_alloc; the caller frees them. *count = 0 when empty.
 */
mc_status mc_kll_sorted_view(const mc_kll *s, double **values, uint64_t **weights, size_t *count);

/* Serialization (used inside a profile): write / read-and-validate against total weight n. */
void mc_kll_write(const mc_kll *s, mc_writer *w);
mc_status mc_kll_read(mc_kll *s, mc_reader *r, uint64_t n, double min, double max);

/* Sorts exactly 8 values (the level-0 sorting network; exported for its unit test). */
void mc_kll_sort8(double *v);

/* Normalized rank error bound (99% confidence) for a given k. */
double mc_kll_rank_error(uint32_t k);

#endif /* MC_KLL_H */
