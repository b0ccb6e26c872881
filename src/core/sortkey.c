/* sortkey.c: radix sort of order-preserving double keys (see sortkey.h). */
#include "sortkey.h"

#include <math.h>

/*
 * Byte digits: eight passes at most. Measured on 5M normal doubles (keys converted in the same
 * run): 8 bits 115 ms, 10 bits 132, 11 bits 166 (wider digits scatter to more streams than the
 * caches and the TLB hold).
 */
#define RADIX_BITS   8
#define RADIX_SIZE   (1u << RADIX_BITS)
#define RADIX_MASK   (RADIX_SIZE - 1)
#define RADIX_PASSES 8
#define SMALL_N      64
#define MEDIUM_N     4096 /* below this a comparison sort beats zeroing the histograms */

bool
mc_key_is_canonical(uint64_t k)
{
	double x = mc_double_from_key(k);

	if (isnan(x))
		return false;
	if (x == 0.0 && signbit(x))
		return false;
	return true;
}

static void
insertion_sort_keys(uint64_t *a, size_t n)
{
	for (size_t i = 1; i < n; i++)
	{
		uint64_t v = a[i];
		size_t j = i;

		while (j > 0 && a[j - 1] > v)
		{
			a[j] = a[j - 1];
			j--;
		}
		a[j] = v;
	}
}

static void
insertion_sort_kv(mc_kv *a, size_t n)
{
	for (size_t i = 1; i < n; i++)
	{
		mc_kv v = a[i];
		size_t j = i;

		while (j > 0 && a[j - 1].key > v.key)
		{
			a[j] = a[j - 1];
			j--;
		}
		a[j] = v;
	}
}

/*
 * Quicksort (median of three, insertion sort below SMALL_N, recursion on the smaller side so
 * the stack stays O(log n)) for the medium sizes where zeroing the radix histograms dominates.
 * KEY(x) is the sort key of an element.
 */
#define DEFINE_QUICKSORT(name, type, KEY, insertion)                                               \
	static void name(type *a, size_t n)                                                            \
	{                                                                                              \
		while (n >= SMALL_N)                                                                       \
		{                                                                                          \
			size_t mid = n / 2, i = 0, j = n - 1;                                                  \
			type t;                                                                                \
			uint64_t pivot;                                                                        \
                                                                                                   \
			if (KEY(a[mid]) < KEY(a[0]))                                                           \
				t = a[mid], a[mid] = a[0], a[0] = t;                                               \
			if (KEY(a[n - 1]) < KEY(a[0]))                                                         \
				t = a[n - 1], a[n - 1] = a[0], a[0] = t;                                           \
			if (KEY(a[n - 1]) < KEY(a[mid]))                                                       \
				t = a[n - 1], a[n - 1] = a[mid], a[mid] = t;                                       \
			pivot = KEY(a[mid]);                                                                   \
			for (;;)                                                                               \
			{                                                                                      \
				while (KEY(a[i]) < pivot)                                                          \
					i++;                                                                           \
				while (KEY(a[j]) > pivot)                                                          \
					j--;                                                                           \
				if (i >= j)                                                                        \
					break;                                                                         \
				t = a[i], a[i] = a[j], a[j] = t;                                                   \
				i++;                                                                               \
				j--;                                                                               \
			}                                                                                      \
			/* a[0..j] <= pivot <= a[j+1..n) */                                                    \
			if (j + 1 < n - (j + 1))                                                               \
			{                                                                                      \
				name(a, j + 1);                                                                    \
				a += j + 1;                                                                        \
				n -= j + 1;                                                                        \
			}                                                                                      \
			else                                                                                   \
			{                                                                                      \
				name(a + j + 1, n - (j + 1));                                                      \
				n = j + 1;                                                                         \
			}                                                                                      \
		}                                                                                          \
		insertion(a, n);                                                                           \
	}

#define KEY_OF_U64(x) (x)
#define KEY_OF_KV(x)  ((x).key)
DEFINE_QUICKSORT(quicksort_keys, uint64_t, KEY_OF_U64, insertion_sort_keys)
DEFINE_QUICKSORT(quicksort_kv, mc_kv, KEY_OF_KV, insertion_sort_kv)

/*
 * The key of the bits of a double (NaN excluded) and back: the sign flip of mc_key_from_double
 * without its -0.0 -> +0.0 step, so that sorting doubles returns exactly the values given (-0.0
 * sorts just before +0.0; the two compare equal).
 */
static inline uint64_t
raw_key(uint64_t u)
{
	return (u & MC_KEY_SIGN) ? ~u : (u | MC_KEY_SIGN);
}

static inline uint64_t
raw_bits(uint64_t k)
{
	return (k & MC_KEY_SIGN) ? (k & ~MC_KEY_SIGN) : ~k;
}

/*
 * Count the digits of every pass in one read of the keys; marks the passes whose digit is the
 * same for all keys (nothing to move) as skippable.
 */
static void
radix_histograms(void *base, size_t stride, size_t n, bool doubles, size_t *hist, bool *skip)
{
	unsigned char *p = base;

	memset(hist, 0, sizeof(size_t) * RADIX_PASSES * RADIX_SIZE);
	for (size_t i = 0; i < n; i++)
	{
		uint64_t k;

		memcpy(&k, p + i * stride, sizeof(k));
		if (doubles)
		{
			/* the element is a double: its key replaces it (same size) */
			k = raw_key(k);
			memcpy(p + i * stride, &k, sizeof(k));
		}
		for (int d = 0; d < RADIX_PASSES; d++)
			hist[d * RADIX_SIZE + ((k >> (d * RADIX_BITS)) & RADIX_MASK)]++;
		if ((i & 0xFFFFF) == 0xFFFFF)
			mc_check_interrupts();
	}
	for (int d = 0; d < RADIX_PASSES; d++)
	{
		size_t *h = hist + d * RADIX_SIZE;
		size_t sum = 0;

		skip[d] = false;
		for (unsigned b = 0; b < RADIX_SIZE; b++)
		{
			size_t c = h[b];

			if (c == n)
				skip[d] = true;
			h[b] = sum; /* exclusive prefix sums: the first slot of each bucket */
			sum += c;
		}
	}
}

/*
 * The radix sort of 64-bit elements: keys, or (doubles) the bits of doubles, which the
 * histogram pass turns into keys in place and the last pass writes back as doubles.
 */
static mc_status
sort_u64(uint64_t *a, size_t n, bool doubles)
{
	size_t *hist;
	uint64_t *tmp, *src, *dst;
	bool skip[RADIX_PASSES];
	int last = -1;

	if (n < MEDIUM_N)
	{
		if (doubles)
			for (size_t i = 0; i < n; i++)
				a[i] = raw_key(a[i]);
		if (n < SMALL_N)
			insertion_sort_keys(a, n);
		else
			quicksort_keys(a, n);
		if (doubles)
			for (size_t i = 0; i < n; i++)
				a[i] = raw_bits(a[i]);
		return MC_OK;
	}
	hist = mc_alloc_array(RADIX_PASSES * RADIX_SIZE, sizeof(size_t));
	tmp = mc_alloc_array(n, sizeof(uint64_t));
	if (hist == NULL || tmp == NULL)
	{
		if (hist)
			mc_free(hist);
		if (tmp)
			mc_free(tmp);
		return MC_ERR_NOMEM;
	}
	radix_histograms(a, sizeof(uint64_t), n, doubles, hist, skip);
	for (int d = 0; d < RADIX_PASSES; d++)
		if (!skip[d])
			last = d;
	src = a;
	dst = tmp;
	for (int d = 0; d < RADIX_PASSES; d++)
	{
		size_t *h = hist + d * RADIX_SIZE;
		int shift = d * RADIX_BITS;

		if (skip[d])
			continue;
		if (doubles && d == last)
			for (size_t i = 0; i < n; i++)
			{
				uint64_t k = src[i];

				dst[h[(k >> shift) & RADIX_MASK]++] = raw_bits(k);
			}
		else
			for (size_t i = 0; i < n; i++)
			{
				uint64_t k = src[i];

				dst[h[(k >> shift) & RADIX_MASK]++] = k;
			}
		{
			uint64_t *t = src;

			src = dst;
			dst = t;
		}
		mc_check_interrupts();
	}
	if (doubles && last < 0) /* every key equal: no pass wrote the doubles back */
		for (size_t i = 0; i < n; i++)
			a[i] = raw_bits(a[i]);
	if (src != a)
		memcpy(a, src, n * sizeof(uint64_t));
	mc_free(tmp);
	mc_free(hist);
	return MC_OK;
}

mc_status
mc_sort_keys(uint64_t *a, size_t n)
{
	return sort_u64(a, n, false);
}

mc_status
mc_sort_doubles(double *x, size_t n)
{
	return sort_u64((uint64_t *) (void *) x, n, true);
}

mc_status
mc_sort_kv(mc_kv *a, size_t n)
{
	size_t *hist;
	mc_kv *tmp, *src, *dst;
	bool skip[RADIX_PASSES];

	if (n < SMALL_N)
	{
		insertion_sort_kv(a, n);
		return MC_OK;
	}
	if (n < MEDIUM_N)
	{
		quicksort_kv(a, n);
		return MC_OK;
	}
	hist = mc_alloc_array(RADIX_PASSES * RADIX_SIZE, sizeof(size_t));
	tmp = mc_alloc_array(n, sizeof(mc_kv));
	if (hist == NULL || tmp == NULL)
	{
		if (hist)
			mc_free(hist);
		if (tmp)
			mc_free(tmp);
		return MC_ERR_NOMEM;
	}
	radix_histograms(a, sizeof(mc_kv), n, false, hist, skip);
	src = a;
	dst = tmp;
	for (int d = 0; d < RADIX_PASSES; d++)
	{
		size_t *h = hist + d * RADIX_SIZE;
		int shift = d * RADIX_BITS;

		if (skip[d])
			continue;
		for (size_t i = 0; i < n; i++)
			dst[h[(src[i].key >> shift) & RADIX_MASK]++] = src[i];
		{
			mc_kv *t = src;

			src = dst;
			dst = t;
		}
		mc_check_interrupts();
	}
	if (src != a)
		memcpy(a, src, n * sizeof(mc_kv));
	mc_free(tmp);
	mc_free(hist);
	return MC_OK;
}
