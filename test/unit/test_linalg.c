/* test_linalg.c: unit tests of the OpenBLAS/LAPACK wrappers in src/core/linalg.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "linalg.h"
#include "tap.h"

static double
urand(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return ((*s >> 8) & 0xFFFFFF) / (double) 0x1000000 - 0.5;
}

/* eigenvalues and eigenvectors of matrices whose decomposition is known by hand */
static void
test_eigh_known(void)
{
	double A[9] = {3, 0, 0, 0, 1, 0, 0, 0, 2}, w[3];
	double B[4] = {2, 1, 1, 2}, wb[2];
	double nanm[4] = {1, NAN, NAN, 1}, wn[2];

	is_int(mc_lin_eigh(3, A, w), MC_OK, "eigh of diag(3, 1, 2) succeeds");
	is_double(w[0], 1, 1e-15, "smallest eigenvalue 1");
	is_double(w[1], 2, 1e-15, "middle eigenvalue 2");
	is_double(w[2], 3, 1e-15, "largest eigenvalue 3");
	is_double(fabs(A[0 * 3 + 1]), 1, 1e-15, "eigenvector of 1 is e2");
	is_double(fabs(A[2 * 3 + 0]), 1, 1e-15, "eigenvector of 3 is e1");

	/* [[2, 1], [1, 2]]: eigenvalues 1 and 3, vectors (1, -1)/sqrt2 and (1, 1)/sqrt2 */
	is_int(mc_lin_eigh(2, B, wb), MC_OK, "eigh of [[2,1],[1,2]] succeeds");
	is_double(wb[0], 1, 1e-15, "eigenvalue 1");
	is_double(wb[1], 3, 1e-15, "eigenvalue 3");
	is_double(fabs(B[0]), sqrt(0.5), 1e-15, "first vector (1,-1)/sqrt2: |x|");
	is_double(B[0] * B[1], -0.5, 1e-15, "first vector (1,-1)/sqrt2: opposite signs");
	is_double(B[2] * B[3], 0.5, 1e-15, "second vector (1,1)/sqrt2: same signs");

	is_int(mc_lin_eigh(2, nanm, wn), MC_ERR_INVALID, "eigh refuses a NaN matrix");
}

/* a random symmetric matrix: A v = lambda v, V orthonormal, trace = sum of eigenvalues */
static void
test_eigh_random(void)
{
	enum
	{
		n = 40
	};
	static double A[n * n], V[n * n], w[n];
	unsigned s = 7;
	double tr = 0, sw = 0, worst = 0, orth = 0;

	for (int j = 0; j < n; j++)
		for (int i = 0; i <= j; i++)
			A[j * n + i] = A[i * n + j] = urand(&s);
	for (int i = 0; i < n; i++)
		tr += A[i * n + i];
	memcpy(V, A, sizeof(A));
	is_int(mc_lin_eigh(n, V, w), MC_OK, "eigh of a random 40 x 40 matrix");
	for (int k = 0; k < n; k++)
	{
		sw += w[k];
		if (k > 0 && w[k] < w[k - 1])
			worst = 1;
		for (int i = 0; i < n; i++)
		{
			double av = 0;

			for (int j = 0; j < n; j++)
				av += A[j * n + i] * V[k * n + j];
			worst = fmax(worst, fabs(av - w[k] * V[k * n + i]));
		}
		for (int l = 0; l < n; l++)
		{
			double dot = 0;

			for (int i = 0; i < n; i++)
				dot += V[k * n + i] * V[l * n + i];
			orth = fmax(orth, fabs(dot - (k == l)));
		}
	}
	ok(worst < 1e-13, "A v = lambda v and ascending order (max residual %g)", worst);
	ok(orth < 1e-13, "eigenvectors orthonormal (max deviation %g)", orth);
	is_double(sw, tr, 1e-13, "sum of eigenvalues = trace");
}

static void
test_blas_updates(void)
{
	enum
	{
		d = 5,
		k = 7
	};
	double R[d * k], C[d * d] = {0}, Cn[d * d] = {0}, G[k * k], x[d], P[d * 3], Q[d * d];
	unsigned s = 3;
	double err = 0;

	for (int i = 0; i < d * k; i++)
		R[i] = urand(&s);
	for (int i = 0; i < d; i++)
		x[i] = urand(&s);
	mc_lin_syrk_rows(d, k, 2.0, R, C);
	mc_lin_syr(d, -0.5, x, C);
	mc_lin_symmetrize(d, C);
	for (int i = 0; i < d; i++)
		for (int j = 0; j < d; j++)
		{
			double v = -0.5 * x[i] * x[j];

			for (int r = 0; r < k; r++)
				v += 2.0 * R[r * d + i] * R[r * d + j];
			Cn[j * d + i] = v;
			err = fmax(err, fabs(C[j * d + i] - v));
		}
	ok(err < 1e-14, "dsyrk + dsyr + symmetrize = naive sum (max error %g)", err);

	/* both paths of mc_lin_syrk_rows (dgemm strips up to 128 dimensions, dsyrk above), with a
	 * partial last strip: the upper triangle equals the naive sum */
	{
		static const int dims[] = {20, 64, 130};

		for (int t = 0; t < 3; t++)
		{
			int dd = dims[t], kk = 37;
			double *RR = malloc(sizeof(double) * dd * kk),
			       *CC = calloc((size_t) dd * dd, sizeof(double));
			double e2 = 0;

			for (int i = 0; i < dd * kk; i++)
				RR[i] = urand(&s) - 0.5;
			mc_lin_syrk_rows(dd, kk, 1.5, RR, CC);
			mc_lin_syrk_rows(dd, kk, 1.5, RR, CC); /* accumulates */
			for (int j = 0; j < dd; j++)
				for (int i = 0; i <= j; i++)
				{
					double v = 0;

					for (int r = 0; r < kk; r++)
						v += 3.0 * RR[r * dd + i] * RR[r * dd + j];
					e2 = fmax(e2, fabs(CC[(size_t) j * dd + i] - v));
				}
			ok(e2 < 1e-12, "syrk_rows at %d dimensions = naive upper triangle (max error %g)", dd,
			   e2);
			free(RR);
			free(CC);
		}
	}

	mc_lin_gram(d, k, R, G);
	err = 0;
	for (int a = 0; a < k; a++)
		for (int b = 0; b < k; b++)
		{
			double v = 0;

			for (int i = 0; i < d; i++)
				v += R[a * d + i] * R[b * d + i];
			err = fmax(err, fabs(G[b * k + a] - v));
		}
	ok(err < 1e-14, "gram of rows = naive dot products (max error %g)", err);

	for (int i = 0; i < d * 3; i++)
		P[i] = urand(&s);
	mc_lin_gemm(d, 3, d, Cn, P, Q);
	err = 0;
	for (int i = 0; i < d; i++)
		for (int c = 0; c < 3; c++)
		{
			double v = 0;

			for (int j = 0; j < d; j++)
				v += Cn[j * d + i] * P[c * d + j];
			err = fmax(err, fabs(Q[c * d + i] - v));
		}
	ok(err < 1e-14, "dgemm = naive product (max error %g)", err);
}

int
main(void)
{
	test_eigh_known();
	test_eigh_random();
	test_blas_updates();
	ok(mc_lin_blas_config() != NULL && strstr(mc_lin_blas_config(), "OpenBLAS") != NULL,
	   "the BLAS is OpenBLAS (%s)", mc_lin_blas_config());
	mc_lin_blas_single_thread();
	is_int(mc_lin_blas_threads(), 1, "single-threaded after mc_lin_blas_single_thread");
	return done_testing();
}
