/*
 * linalg.h: the dense linear algebra mlcheck needs, over OpenBLAS (BLAS + its LAPACK).
 *
 * Matrices are column-major with leading dimension equal to their row count. A "rows" array of
 * k rows of dimension d is k contiguous d-vectors, i.e. the column-major d x k matrix whose
 * columns are the rows. Symmetric matrices are kept in their upper triangle by the BLAS updates;
 * mc_lin_symmetrize copies it into the lower one. No PostgreSQL headers.
 */
#ifndef MC_LINALG_H
#define MC_LINALG_H

#include <stddef.h>

#include "mcbase.h"

/*
 * C (d x d, upper triangle) += alpha * R R^T for the d x k matrix R of k rows (BLAS dsyrk, or
 * dgemm by strips of 8 rows up to 128 dimensions, which is faster). Only the upper triangle is
 * defined afterwards: the strided path also writes below the diagonal of its 8 x 8 blocks.
 */
void mc_lin_syrk_rows(int d, int k, double alpha, const double *rows, double *C);

/* C (d x d, upper triangle) += alpha * x x^T (BLAS dsyr). */
void mc_lin_syr(int d, double alpha, const double *x, double *C);

/* Copy the upper triangle of the d x d matrix C into its lower triangle. */
void mc_lin_symmetrize(int d, double *C);

/*
 * G (k x k, full) = R^T R for the k rows of R (d x k): the Gram matrix of the rows, by dsyrk and
 * symmetrization.
 */
void mc_lin_gram(int d, int k, const double *rows, double *G);

/* The upper triangle (diagonal included) of the same Gram matrix; the lower one is not written. */
void mc_lin_gram_upper(int d, int k, const double *rows, double *G);

/* C (m x p) = A B for the symmetric m x m matrix A of which only the upper triangle is read
 * (BLAS dsymm), B m x p. */
void mc_lin_symm_upper(int m, int p, const double *A, const double *B, double *C);

/* C (m x p) = A (m x k) B (k x p), all column-major (BLAS dgemm). */
void mc_lin_gemm(int m, int p, int k, const double *A, const double *B, double *C);

/*
 * Eigen-decomposition of the symmetric d x d matrix A (upper triangle read) with LAPACK dsyevd:
 * on success w holds the eigenvalues in ascending order and A the orthonormal eigenvectors as
 * columns (A[:, i] belongs to w[i]). MC_ERR_INVALID when dsyevd reports failure (no convergence,
 * or a NaN in A), MC_ERR_NOMEM when the workspace cannot be allocated.
 */
mc_status mc_lin_eigh(int d, double *A, double *w);

/* The OpenBLAS build in use: its configuration string and threading model. */
const char *mc_lin_blas_config(void);
/* 0: sequential build, 1: pthreads, 2: OpenMP (openblas_get_parallel). */
int mc_lin_blas_parallel(void);
/* Threads OpenBLAS will use for the next call. */
int mc_lin_blas_threads(void);
/* Make OpenBLAS run every call in the calling thread (a no-op for the sequential build). */
void mc_lin_blas_single_thread(void);

#endif /* MC_LINALG_H */
