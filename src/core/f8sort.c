/*
 * f8sort.c: LSD radix sort of doubles on order-preserving keys (see f8sort.h): one pass to
 * build the eight byte histograms, then one stable counting pass per byte that is not the same
 * in every key (constant bytes, such as the high exponent bytes of similar values, are skipped).
 */
#include "f8sort.h"

#include <stdint.h>
#include <string.h>

static inline uint64_t
key_of(double d)
{
	uint64_t u;

	memcpy(&u, &d, sizeof(u));
	return (u & 0x8000000000000000ull) ? ~u : (u | 0x8000000000000000ull);
}

static inline double
value_of(uint64_t k)
{
	uint64_t u = (k & 0x8000000000000000ull) ? (k & ~0x8000000000000000ull) : ~k;
	double d;

	memcpy(&d, &u, sizeof(d));
	return d;
}

static void
insertion_sort(double *x, size_t n)
{
	for (size_t i = 1; i < n; i++)
	{
		double v = x[i];
		size_t j = i;

		while (j > 0 && x[j - 1] > v)
		{
			x[j] = x[j - 1];
			j--;
		}
		x[j] = v;
	}
}

mc_status
mc_f8sort(double *x, size_t n)
{
	uint64_t *a, *b;
	size_t(*hist)[256];
	int passes = 0;

	if (n < 64)
	{
		insertion_sort(x, n);
		return MC_OK;
	}
	b = mc_alloc_array(n, sizeof(uint64_t));
	hist = mc_alloc_array(8 * 256, sizeof(size_t));
	if (b == NULL || hist == NULL)
	{
		mc_free(b);
		mc_free(hist);
		return MC_ERR_NOMEM;
	}
	memset(hist, 0, 8 * 256 * sizeof(size_t));
	/* the keys overwrite the doubles in place (same size) */
	a = (uint64_t *) (void *) x;
	for (size_t i = 0; i < n; i++)
	{
		uint64_t k = key_of(x[i]);

		a[i] = k;
		for (int byte = 0; byte < 8; byte++)
			hist[byte][(k >> (8 * byte)) & 0xff]++;
		if ((i & 0xfffff) == 0)
			mc_check_interrupts();
	}
	for (int byte = 0; byte < 8; byte++)
	{
		size_t pos = 0;
		int shift = 8 * byte;
		{
			int constant = 0;

			for (int c = 0; c < 256; c++)
				if (hist[byte][c] == n)
					constant = 1;
			if (constant)
				continue;
		}
		for (int c = 0; c < 256; c++)
		{
			size_t cnt = hist[byte][c];

			hist[byte][c] = pos;
			pos += cnt;
		}
		for (size_t i = 0; i < n; i++)
		{
			uint64_t k = a[i];

			b[hist[byte][(k >> shift) & 0xff]++] = k;
		}
		{
			uint64_t *t = a;

			a = b;
			b = t;
		}
		passes++;
		mc_check_interrupts();
	}
	/* after an odd number of passes the keys are in the scratch buffer */
	if (passes % 2 == 1)
	{
		memcpy(b, a, n * sizeof(uint64_t));
		mc_free(a);
		a = b;
	}
	else
		mc_free(b);
	for (size_t i = 0; i < n; i++)
		x[i] = value_of(a[i]);
	mc_free(hist);
	return MC_OK;
}
