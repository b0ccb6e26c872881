/*
 * fuzz_ks.c: libFuzzer harness of the KS statistic without sorting (src/core/ksbound.c).
 *
 * Input: byte 0 picks the shape (bit 0: values are small integers / 4, so ties abound; bit 1:
 * the values are repeated, each copy scaled a little, to more than 65,536 in all, which takes
 * the large-sample path), byte 1 where the values split into the two samples, the rest the
 * values (one byte each, or 8-byte doubles; NaN and infinities are skipped). Property: the
 * extremes of F_x - F_y equal, bit for bit, those of a plain merge walk over sorted copies.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sortkey.h"
#include "tests2s.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define LARGE 70000

/* the reference: sort, then walk the pooled distinct values */
static void
walk(double *x, size_t nx, double *y, size_t ny, double *maxS, double *minD)
{
	size_t i = 0, j = 0;

	mc_sort_doubles(x, nx);
	mc_sort_doubles(y, ny);
	*maxS = -INFINITY;
	*minD = INFINITY;
	while (i < nx || j < ny)
	{
		double v = (j >= ny || (i < nx && x[i] < y[j])) ? x[i] : y[j], d;

		while (i < nx && x[i] == v)
			i++;
		while (j < ny && y[j] == v)
			j++;
		d = (double) i / (double) nx - (double) j / (double) ny;
		if (d > *maxS)
			*maxS = d;
		if (d < *minD)
			*minD = d;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t m = 0, n, nx, copies;
	double *v, *w, a1, b1, a2, b2;
	int ties, large;

	if (size < 3)
		return 0;
	ties = data[0] & 1;
	large = (data[0] >> 1) & 1;
	v = malloc((size + 8) * sizeof(double));
	if (v == NULL)
		return 0;
	if (ties)
		for (size_t k = 2; k < size; k++)
			v[m++] = (double) (int8_t) data[k] / 4;
	else
		for (size_t k = 2; k + 8 <= size; k += 8)
		{
			double x;

			memcpy(&x, data + k, sizeof(x));
			if (isfinite(x))
				v[m++] = x;
		}
	if (m < 2)
	{
		free(v);
		return 0;
	}
	copies = large ? (LARGE + m - 1) / m : 1;
	n = m * copies;
	w = malloc(2 * n * sizeof(double));
	if (w == NULL)
	{
		free(v);
		return 0;
	}
	for (size_t c = 0; c < copies; c++)
		for (size_t k = 0; k < m; k++)
			w[c * m + k] = v[k] * (1 + (double) (c % 5) * 0.001);
	nx = n * data[1] / 256;
	if (nx == 0)
		nx = 1;
	if (nx >= n)
		nx = n - 1;
	memcpy(w + n, w, n * sizeof(double));
	if (mc_ks_extremes_unsorted(w, nx, w + nx, n - nx, &a1, &b1) != MC_OK)
		abort();
	walk(w + n, nx, w + n + nx, n - nx, &a2, &b2);
	if (memcmp(&a1, &a2, sizeof(double)) != 0 || memcmp(&b1, &b2, sizeof(double)) != 0)
		abort();
	free(v);
	free(w);
	return 0;
}
