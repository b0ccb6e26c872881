/*
 * profile.h: the column profile kernel (type mlcheck.profile): the C API through which every
 * other kernel (drift, schema validation, checks) reads a profile. Never rely on the layout of
 * struct mc_profile; it is private to profile.c.
 *
 * A profile summarises one column of kind numeric (float8), text or bool:
 *   - counts: NULLs, non-null values; numeric: NaN, +Infinity, -Infinity, zeros, negatives;
 *     bool: true / false;
 *   - numeric: min, max and the Youngs–Cramer accumulators (N, Sx, Sxx) over FINITE values only,
 *     combined as PostgreSQL's float8_accum / float8_combine do;
 *   - text: length statistics (in characters) of the non-null values;
 *   - the distribution: EXACT (every distinct value with its count) while the column has at
 *     most exact_limit distinct values and the exact encoding fits the size budget; otherwise
 *     SKETCH: a KLL quantile sketch (numeric), a HyperLogLog distinct estimate and a
 *     Misra–Gries heavy-hitters table (numeric and text). Bool profiles are always exact.
 *
 * Views (mc_profile_values, mc_profile_categories, mc_profile_numeric_top) are computed on first
 * use and cached inside the profile; the pointers they return stay valid until the profile is
 * next modified or freed. Functions that fill a cache therefore take a non-const profile.
 */
#ifndef MC_PROFILE_H
#define MC_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "codec.h"
#include "mcbase.h"

/* Version byte that starts every serialized profile (bumped on any format change). */
#define MC_PROFILE_FORMAT_VERSION 1
/* Default and largest exact_limit (distinct values kept exactly). */
#define MC_PROFILE_DEFAULT_EXACT_LIMIT 10000
#define MC_PROFILE_MAX_EXACT_LIMIT     1000000
/* Hard upper bound of a serialized profile, in bytes, whatever the row count. */
#define MC_PROFILE_MAX_BYTES 65536
/* Bytes of a text value that are stored; longer values are kept as this prefix + a hash. */
#define MC_PROFILE_TEXT_PREFIX 128
/* Sketch parameters (fixed in format version 1). */
#define MC_PROFILE_KLL_K  300 /* normalized rank error ~0.9% (99% confidence) */
#define MC_PROFILE_HLL_P  14  /* 16384 registers: standard error 0.81% */
#define MC_PROFILE_FREQ_M 100 /* heavy hitters: count error <= n / (M + 1) */

typedef enum mc_profile_kind
{
	MC_PROFILE_NUMERIC = 1,
	MC_PROFILE_TEXT = 2,
	MC_PROFILE_BOOL = 3,
} mc_profile_kind;

typedef struct mc_profile mc_profile;

/* Everything scalar a profile knows; filled by mc_profile_get_stats. */
typedef struct mc_profile_stats
{
	mc_profile_kind kind;
	bool exact;              /* distribution parts are exact (no sketch) */
	uint32_t exact_limit;    /* the limit the profile was built with */
	uint64_t null_count;     /* NULL rows */
	uint64_t value_count;    /* non-NULL rows (numeric: finite + NaN + +Inf + -Inf) */
	uint64_t finite_count;   /* numeric: finite values (moments, quantiles); else = value_count */
	uint64_t nan_count;      /* numeric only */
	uint64_t posinf_count;   /* numeric only */
	uint64_t neginf_count;   /* numeric only */
	uint64_t zero_count;     /* numeric: values equal to 0 (incl. -0) */
	uint64_t negative_count; /* numeric: finite values < 0 */
	uint64_t true_count;     /* bool only */
	uint64_t false_count;    /* bool only */
	double min;              /* numeric: smallest finite value (NaN when finite_count = 0) */
	double max;              /* numeric: largest finite value (NaN when finite_count = 0) */
	double sum;              /* numeric: Youngs–Cramer Sx over finite values */
	double m2;               /* numeric: Youngs–Cramer Sxx = sum of squared deviations */
	uint64_t len_min;        /* text: shortest value, in characters */
	uint64_t len_max;        /* text: longest value, in characters */
	uint64_t len_sum;        /* text: total characters of the non-null values */
	uint64_t distinct;       /* distinct non-NULL values: exact, or the HyperLogLog estimate;
	                          * numeric counts NaN, +Inf, -Inf once each when present */
	uint64_t freq_error;     /* counts from the top-values views may be low by at most this */
	double rank_error;       /* normalized rank error bound of quantile/cdf (0 when exact) */
} mc_profile_stats;

/* One category of a text or bool profile. value is not NUL-terminated. */
typedef struct mc_category
{
	const uint8_t *value; /* the bytes stored (a prefix when truncated) */
	size_t len;
	uint64_t count; /* exact count, or a lower bound (by at most freq_error) in sketch mode */
	bool truncated; /* value longer than MC_PROFILE_TEXT_PREFIX bytes: only its prefix */
	uint64_t hash;  /* 64-bit hash of the full value (its identity when truncated) */
} mc_category;

/* ---- life cycle */

/* A new empty profile (count 0); NULL when out of memory. exact_limit <= MAX_EXACT_LIMIT. */
mc_profile *mc_profile_new(mc_profile_kind kind, uint32_t exact_limit);
void mc_profile_free(mc_profile *p);
/* A deep copy; NULL when out of memory. */
mc_profile *mc_profile_copy(const mc_profile *p);

/* ---- building */

void mc_profile_add_null(mc_profile *p);
mc_status mc_profile_add_f8(mc_profile *p, double x);
/*
 * A text value of len bytes and charlen characters. prefix_len (<= MC_PROFILE_TEXT_PREFIX) is
 * where the caller cuts it when len > MC_PROFILE_TEXT_PREFIX (at a character boundary of the
 * database encoding); ignored otherwise.
 */
mc_status mc_profile_add_text(mc_profile *p, const uint8_t *s, size_t len, size_t prefix_len,
                              uint64_t charlen);
mc_status mc_profile_add_bool(mc_profile *p, bool b);

/*
 * dst := profile of the union of dst's and src's rows. MC_ERR_INVALID when the kinds differ,
 * MC_ERR_RANGE when a count would pass INT64_MAX. exact_limit becomes the larger of the two.
 */
mc_status mc_profile_merge(mc_profile *dst, const mc_profile *src);

/* ---- serialization (versioned, endian-stable, canonical) */

/*
 * Appends the canonical binary form to w. An exact profile whose exact encoding would pass
 * MC_PROFILE_MAX_BYTES is written as the sketch of a copy (p is not modified), so the output
 * never exceeds MC_PROFILE_MAX_BYTES.
 */
mc_status mc_profile_serialize(mc_profile *p, mc_writer *w);
/* Parses and fully validates a serialized profile; MC_ERR_CORRUPT on any inconsistency. */
mc_status mc_profile_deserialize(const uint8_t *buf, size_t len, mc_profile **out);

/* ---- reading */

mc_profile_kind mc_profile_kind_of(const mc_profile *p);
bool mc_profile_is_exact(const mc_profile *p);
void mc_profile_get_stats(const mc_profile *p, mc_profile_stats *out);
/* "numeric", "text" or "bool" */
const char *mc_profile_kind_name(mc_profile_kind kind);

/*
 * Numeric: the finite values as a sorted weighted view: values[] strictly increasing, weights[]
 * >= 1, sum of weights = finite_count. Exact mode: the distinct values with their counts.
 * Sketch mode: the KLL items with their weights (an item stands for `weight` values near it).
 * *n = 0 for an empty profile. MC_ERR_INVALID for other kinds.
 */
mc_status mc_profile_values(mc_profile *p, const double **values, const uint64_t **weights,
                            size_t *n);
/*
 * Numeric quantile with percentile_disc semantics over the finite values: the smallest value v
 * of the view whose cumulative weight reaches ceil(q * finite_count) (at least 1). q in [0, 1].
 * NaN when the profile has no finite value or q is outside [0, 1] / NaN.
 */
double mc_profile_quantile(mc_profile *p, double q);
/* Fraction of the finite values <= x (NaN when none, or x is NaN). */
double mc_profile_cdf(mc_profile *p, double x);

/*
 * Text / bool: the categories sorted by count descending, then value bytes ascending (then
 * truncated last, then hash). Exact mode: every distinct value. Sketch mode: the heavy hitters
 * (counts are lower bounds). *other = value_count - sum of listed counts. Bool categories are
 * "false" and "true" (only those with a count > 0). MC_ERR_INVALID for numeric profiles.
 */
mc_status mc_profile_categories(mc_profile *p, const mc_category **items, size_t *n,
                                uint64_t *other);
/*
 * Numeric: the most frequent finite values, sorted by count descending then value ascending.
 * Exact mode: every distinct value; sketch mode: the heavy hitters (counts are lower bounds).
 * *other = finite_count - sum of listed counts.
 */
mc_status mc_profile_numeric_top(mc_profile *p, const double **values, const uint64_t **counts,
                                 size_t *n, uint64_t *other);

/*
 * Equal-width histogram of the finite values over [min, max] with `bins` bins, as
 * numpy.histogram(x, bins, range=(min, max)): bin i is [e_i, e_{i+1}), the last one closed,
 * e_i = min + i * (max - min) / bins. counts[] receives `bins` counts summing to finite_count
 * (when min = max every value is in bin 0). Exact mode: exact counts; sketch mode: each KLL
 * item adds its weight to its bin. edges[] receives bins + 1 edges. MC_ERR_INVALID for other
 * kinds or an empty profile, MC_ERR_RANGE when bins < 1.
 */
mc_status mc_profile_histogram(mc_profile *p, int bins, double *edges, uint64_t *counts);

/* 64-bit hash of a byte string (MurmurHash64A, seed 0): the identity of truncated text values. */
uint64_t mc_hash_bytes(const void *data, size_t len);

#endif /* MC_PROFILE_H */
