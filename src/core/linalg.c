/* linalg.c: thin wrappers over OpenBLAS's BLAS and LAPACK (see linalg.h). */
#include "linalg.h"

#include <cblas.h>

/* LAPACK's dsyevd (Fortran ABI, exported by libopenblas); the two trailing lengths are the
 * hidden lengths of the character arguments that gfortran passes. */
extern void dsyevd_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda,
                    double *w, double *work, const int *lwork, int *iwork, const int *liwork,
                    int *info, size_t jobz_len, size_t uplo_len);

/* openblas_get_num_threads is exported by every OpenBLAS build; cblas.h declares it too. */

/*
 * Up to this dimension the upper triangle is updated by strips of MC_LIN_STRIP rows with dgemm:
 * strip r is C[r:r+8, r:d] += alpha R[r:r+8] R[r:d]^T. OpenBLAS's dsyrk is slower there (its
 * triangular blocking runs below dgemm's speed): 1M rows of 64 dimensions in 85 ms instead of
 * 138 ms, at 16 and 32 dimensions 2.5x faster, at 256 the same. Above, dsyrk.
 */
#define MC_LIN_STRIP_MAX_DIM 128
#define MC_LIN_STRIP         8

void
mc_lin_syrk_rows(int d, int k, double alpha, const double *rows, double *C)
{
	if (d <= 0 || k <= 0)
		return;
	if (d > MC_LIN_STRIP_MAX_DIM)
	{
		cblas_dsyrk(CblasColMajor, CblasUpper, CblasNoTrans, d, k, alpha, rows, d, 1.0, C, d);
		return;
	}
	for (int r = 0; r < d; r += MC_LIN_STRIP)
	{
		int m = d - r < MC_LIN_STRIP ? d - r : MC_LIN_STRIP;

		/* the strip's diagonal block is computed whole: its lower part is scratch */
		cblas_dgemm(CblasColMajor, CblasNoTrans, CblasTrans, m, d - r, k, alpha, rows + r, d,
		            rows + r, d, 1.0, C + (size_t) r * d + r, d);
	}
}

void
mc_lin_syr(int d, double alpha, const double *x, double *C)
{
	if (d <= 0)
		return;
	cblas_dsyr(CblasColMajor, CblasUpper, d, alpha, x, 1, C, d);
}

void
mc_lin_symmetrize(int d, double *C)
{
	for (int j = 0; j < d; j++)
		for (int i = j + 1; i < d; i++)
			C[(size_t) j * d + i] = C[(size_t) i * d + j];
}

void
mc_lin_gram(int d, int k, const double *rows, double *G)
{
	mc_lin_gram_upper(d, k, rows, G);
	mc_lin_symmetrize(k, G);
}

void
mc_lin_gram_upper(int d, int k, const double *rows, double *G)
{
	if (k <= 0)
		return;
	if (d <= 0)
	{
		for (size_t i = 0; i < (size_t) k * k; i++)
			G[i] = 0.0;
		return;
	}
	/* beta = 0: BLAS writes the upper triangle without reading it */
	cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, k, d, 1.0, rows, d, 0.0, G, k);
}

void
mc_lin_symm_upper(int m, int p, const double *A, const double *B, double *C)
{
	if (m <= 0 || p <= 0)
		return;
	cblas_dsymm(CblasColMajor, CblasLeft, CblasUpper, m, p, 1.0, A, m, B, m, 0.0, C, m);
}

void
mc_lin_gemm(int m, int p, int k, const double *A, const double *B, double *C)
{
	if (m <= 0 || p <= 0)
		return;
	if (k <= 0)
	{
		for (size_t i = 0; i < (size_t) m * p; i++)
			C[i] = 0.0;
		return;
	}
	cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, m, p, k, 1.0, A, m, B, k, 0.0, C, m);
}

mc_status
mc_lin_eigh(int d, double *A, double *w)
{
	int lwork = -1, liwork = -1, info = 0;
	double wq = 0;
	int iwq = 0;
	double *work;
	int *iwork;

	if (d <= 0)
		return MC_OK;
	for (size_t i = 0; i < (size_t) d * d; i++)
		if (!(A[i] - A[i] == 0.0)) /* NaN or infinity: dsyevd's result would be garbage */
			return MC_ERR_INVALID;
	/* workspace query, then the decomposition */
	dsyevd_("V", "U", &d, A, &d, w, &wq, &lwork, &iwq, &liwork, &info, 1, 1);
	if (info != 0)
		return MC_ERR_INVALID;
	lwork = (int) wq + 1;
	liwork = iwq;
	work = mc_alloc_array((size_t) lwork, sizeof(double));
	iwork = mc_alloc_array((size_t) liwork, sizeof(int));
	if (work == NULL || iwork == NULL)
	{
		if (work)
			mc_free(work);
		if (iwork)
			mc_free(iwork);
		return MC_ERR_NOMEM;
	}
	dsyevd_("V", "U", &d, A, &d, w, work, &lwork, iwork, &liwork, &info, 1, 1);
	mc_free(work);
	mc_free(iwork);
	return info == 0 ? MC_OK : MC_ERR_INVALID;
}

const char *
mc_lin_blas_config(void)
{
	return openblas_get_config();
}

int
mc_lin_blas_parallel(void)
{
	return openblas_get_parallel();
}

int
mc_lin_blas_threads(void)
{
	return openblas_get_num_threads();
}

void
mc_lin_blas_single_thread(void)
{
	openblas_set_num_threads(1);
}
