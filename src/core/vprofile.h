/*
 * vprofile.h: the vector profile, the mergeable summary of an embedding column (float8[] rows
 * of one dimension d): row counts, mean vector, co-moment matrix and a uniform reservoir sample.
 *
 * Rows are buffered in blocks of B rows and folded into the mean and co-moment matrix with one
 * BLAS rank-B update per block (mc_lin_syrk_rows: dgemm strips or dsyrk; see mc_vprof_flush);
 * two profiles merge with the pairwise formula of
 * Chan, Golub and LeVeque (1979), exactly as one pass over the union would (up to rounding).
 * The reservoir is a uniform sample without replacement of the valid rows (Vitter's Algorithm R,
 * a seeded splitmix64 generator), and merging two reservoirs keeps it uniform over the union.
 *
 * Memory: 8 * (d*d + 3*d + cap*d) bytes, the block buffer (at most 512 KiB) and a small header; the
 * serialized form stores the upper triangle only: about 8 * (d*(d+1)/2 + d + s*d) bytes for s =
 * min(cap, rows) sampled rows. No PostgreSQL headers.
 */
#ifndef MC_VPROFILE_H
#define MC_VPROFILE_H

#include <stdbool.h>
#include <stdint.h>

#include "codec.h"
#include "mcbase.h"

/* Largest dimension: the co-moment matrix is then 32 MiB, the largest serialized profile
 * (with the largest reservoir) about 180 MB, well under PostgreSQL's 1 GB value limit. */
#define MC_VPROF_MAX_DIM 2048
/* Largest reservoir capacity (rows). */
#define MC_VPROF_MAX_RESERVOIR     10000
#define MC_VPROF_DEFAULT_RESERVOIR 1000
/*
 * Rows folded per BLAS update: at most the block size asked for (default 1024; 1 selects the
 * per-row path) and at most what fits in a buffer of MC_VPROF_BUFFER_DOUBLES values (512 KiB:
 * 1024 rows of 64 dimensions, 32 rows of 2048). The buffer starts at MC_VPROF_FIRST_BLOCK rows
 * and doubles at each fold up to that size, so that small groups stay small.
 */
#define MC_VPROF_DEFAULT_BLOCK  1024
#define MC_VPROF_MAX_BLOCK      1024
#define MC_VPROF_BUFFER_DOUBLES 65536
#define MC_VPROF_FIRST_BLOCK    32
/* Version byte of the serialized form. */
#define MC_VPROF_VERSION 1

typedef struct mc_vprof
{
	int dim;            /* 0 while no non-NULL array has been seen */
	int cap;            /* reservoir capacity, 0..MC_VPROF_MAX_RESERVOIR */
	int block;          /* rows per block (not serialized); 1 = per-row update without BLAS */
	int bufcap;         /* rows buf holds now (grows to block) */
	int nbuf;           /* rows waiting in buf */
	int64_t n;          /* valid rows folded into mean and comoment */
	int64_t null_rows;  /* NULL arrays */
	int64_t incomplete; /* arrays with a NULL element (skipped) */
	int64_t nonfinite;  /* arrays with a NaN or infinite element (skipped) */
	uint64_t rng;       /* splitmix64 state */
	int nsample;        /* rows in sample: min(cap, valid rows) */
	double *mean;       /* d */
	double *comoment;   /* d x d, column-major, upper triangle valid: sum (x-mean)(x-mean)^T */
	double *buf;        /* block x d rows waiting to be folded, minus shift */
	double *shift;      /* d: the running mean when the block started (first row if none) */
	double *bsum;       /* d: sum of the buffered rows minus shift */
	double *sample;     /* cap x d */
} mc_vprof;

/* A new empty profile (dimension unknown). cap: reservoir capacity; block: rows per block. */
mc_status mc_vprof_init(mc_vprof *vp, int cap, uint64_t seed, int block);
void mc_vprof_free(mc_vprof *vp);

/* Fix the dimension (allocates the arrays); MC_ERR_RANGE outside 1..MC_VPROF_MAX_DIM. */
mc_status mc_vprof_set_dim(mc_vprof *vp, int dim);

/* Valid rows seen, folded or buffered. */
static inline int64_t
mc_vprof_count(const mc_vprof *vp)
{
	return vp->n + vp->nbuf;
}

/*
 * Add one row of vp->dim values (the dimension must be set). A row with a NaN or infinite
 * element is counted in nonfinite and skipped; otherwise it enters the block buffer (folded
 * when the buffer is full) and the reservoir. It may allocate (the buffer grows after a fold):
 * call it where allocations belong to the profile.
 */
void mc_vprof_add(mc_vprof *vp, const double *x);

/* Fold the buffered rows into mean and comoment (no-op when the buffer is empty). */
void mc_vprof_flush(mc_vprof *vp);

/*
 * Merge src into dst (both flushed first; src is flushed in place). Dimensions must agree unless
 * one is 0 (MC_ERR_INVALID otherwise). The merged reservoir capacity is the smaller of the two.
 */
mc_status mc_vprof_merge(mc_vprof *dst, mc_vprof *src);

/* Serialized form (flushes first). */
mc_status mc_vprof_serialize(mc_vprof *vp, mc_writer *w);
size_t mc_vprof_serialized_size(mc_vprof *vp);
/*
 * Parse and fully validate a serialized profile: version, every length and count, finiteness of
 * every double, non-negative diagonal, sample size = min(cap, rows), no trailing bytes.
 * MC_ERR_CORRUPT on any violation. vp gets the given block size.
 */
mc_status mc_vprof_parse(mc_vprof *vp, const uint8_t *data, size_t len, int block);

/* Sample covariance (comoment / (n - 1)), full symmetric d x d; requires n >= 2. */
void mc_vprof_covariance(mc_vprof *vp, double *cov);

/* splitmix64 step and an unbiased integer in [0, bound) (bound >= 1), shared with the tests. */
uint64_t mc_splitmix64(uint64_t *state);
uint64_t mc_rand_below(uint64_t *state, uint64_t bound);

#endif /* MC_VPROFILE_H */
