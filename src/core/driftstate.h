/*
 * driftstate.h: the state of mlcheck.drift_test(): every raw value of the reference and the
 * current sample, so that the test is exact whatever the row count.
 *
 *   numeric: the finite float8 values of each side (8 bytes per row; NaN and +-Infinity are
 *            excluded, as profiles exclude them from the distribution);
 *   text:    a hash map value -> (reference count, current count);
 *   bool:    the four counts.
 *
 * Serialized form (version 1, big-endian, see codec.h):
 *   u8 version, u8 kind, u8 method, f64 threshold (NaN: the method's default), then
 *   numeric: varint n_ref, varint n_cur, n_ref f64, n_cur f64 (insertion order);
 *   text:    varint entries, then per entry in ascending byte order of the value:
 *            varint length, the bytes, varint ref count, varint cur count (not both 0);
 *   bool:    varint ref false, ref true, cur false, cur true.
 */
#ifndef MC_DRIFTSTATE_H
#define MC_DRIFTSTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "codec.h"
#include "driftmethod.h"
#include "mcbase.h"

#define MC_DRIFTSTATE_VERSION 1

typedef struct mc_pairmap mc_pairmap;

typedef struct mc_drift_state
{
	mc_drift_kind kind;
	mc_drift_method method;
	double threshold; /* NaN: the method's default */
	/* numeric: [0] reference, [1] current */
	double *val[2];
	size_t n[2];
	size_t cap[2];
	/* text */
	mc_pairmap *map;
	/* bool: [side][0 = false, 1 = true] */
	uint64_t bcount[2][2];
} mc_drift_state;

/* A new empty state; NULL when out of memory. */
mc_drift_state *mc_drift_state_new(mc_drift_kind kind, mc_drift_method method, double threshold);
void mc_drift_state_free(mc_drift_state *s);

/* Add one value to side 0 (reference) or 1 (current). Numeric values must be finite. */
mc_status mc_drift_state_add_f8(mc_drift_state *s, int side, double x);
mc_status mc_drift_state_add_text(mc_drift_state *s, int side, const uint8_t *p, size_t len);
mc_status mc_drift_state_add_bool(mc_drift_state *s, int side, bool b);

/* dst += src (same kind, method and threshold; MC_ERR_INVALID otherwise). */
mc_status mc_drift_state_merge(mc_drift_state *dst, const mc_drift_state *src);

/*
 * An upper bound of the serialized size, in O(1): what a caller checks before the state grows
 * past a size limit.
 */
size_t mc_drift_state_size_bound(const mc_drift_state *s);
/* Exact byte size of the serialized form (without writing it). */
size_t mc_drift_state_serialized_size(const mc_drift_state *s);
/* Canonical serialization appended to w. */
mc_status mc_drift_state_serialize(const mc_drift_state *s, mc_writer *w);
/* Parses and validates; MC_ERR_CORRUPT on any inconsistency. */
mc_status mc_drift_state_deserialize(const uint8_t *buf, size_t len, mc_drift_state **out);

/* Number of values held on each side. */
uint64_t mc_drift_state_count(const mc_drift_state *s, int side);

/*
 * Runs the state's method (AUTO resolved by the rule of driftmethod.h) and fills r. Sorts the
 * numeric values in place. MC_ERR_INVALID when a side is empty (r's statistic is then NaN).
 */
mc_status mc_drift_state_run(mc_drift_state *s, mc_drift_result *r);

#endif /* MC_DRIFTSTATE_H */
