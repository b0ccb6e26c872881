/* test_sortkey.c: unit tests of the order-preserving keys and the radix sort (src/core/sortkey.c).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sortkey.h"
#include "tap.h"

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/* xorshift64*: deterministic test data without libc rand() differences */
static uint64_t rng_state = 88172645463325252ull;
static uint64_t
rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ull;
}

static void
test_key_order(void)
{
	double v[] = {-INFINITY, -1e308, -1.5, -5e-324, 0.0,   5e-324,  1e-300,
	              0.1,       0.5,    1.0,  2.0,     1e308, INFINITY};
	size_t n = sizeof(v) / sizeof(v[0]);
	int ordered = 1, inverse = 1;

	for (size_t i = 0; i + 1 < n; i++)
		if (!(mc_key_from_double(v[i]) < mc_key_from_double(v[i + 1])))
			ordered = 0;
	for (size_t i = 0; i < n; i++)
		if (memcmp(&v[i], &(double){mc_double_from_key(mc_key_from_double(v[i]))}, 8) != 0)
			inverse = 0;
	ok(ordered, "keys of increasing doubles increase (infinities, denormals, zero)");
	ok(inverse, "mc_double_from_key inverts mc_key_from_double bit for bit");
	ok(mc_key_from_double(-0.0) == mc_key_from_double(0.0), "-0.0 and +0.0 share one key");
	ok(mc_key_is_canonical(mc_key_from_double(-0.0)),
	   "the key of -0.0 is canonical (it is +0.0's)");
	{
		double mz = -0.0;
		uint64_t u, k;

		memcpy(&u, &mz, 8);
		k = ~u; /* what a raw -0.0 would map to */
		ok(!mc_key_is_canonical(k), "a raw -0.0 key is not canonical");
	}
	{
		double nan = NAN;
		uint64_t u;

		memcpy(&u, &nan, 8);
		ok(!mc_key_is_canonical(u | MC_KEY_SIGN), "a NaN key is not canonical");
		ok(!mc_key_is_canonical(~(u | MC_KEY_SIGN)), "a negative NaN key is not canonical");
	}
}

static void
test_sort(size_t n, int ties)
{
	double *d = malloc(n * sizeof(double) + 1);
	uint64_t *k = malloc(n * sizeof(uint64_t) + 1);
	mc_kv *kv = malloc(n * sizeof(mc_kv) + 1);
	int good = 1, kvgood = 1;

	for (size_t i = 0; i < n; i++)
	{
		uint64_t r = rng();

		if (ties)
			d[i] = (double) (r % 7) - 3.0; /* heavy ties, negatives and zero */
		else
			d[i] =
			    ((double) (r >> 11) / 9007199254740992.0 - 0.5) * pow(10.0, (double) (r % 40) - 20);
		k[i] = mc_key_from_double(d[i]);
		kv[i].key = k[i];
		kv[i].val = (double) i;
	}
	ok(mc_sort_keys(k, n) == MC_OK, "sort of %zu keys (ties %d) succeeds", n, ties);
	ok(mc_sort_kv(kv, n) == MC_OK, "sort of %zu pairs (ties %d) succeeds", n, ties);
	qsort(d, n, sizeof(double), cmp_double);
	for (size_t i = 0; i < n; i++)
	{
		if (mc_double_from_key(k[i]) != d[i])
			good = 0;
		if (mc_double_from_key(kv[i].key) != d[i])
			kvgood = 0;
	}
	/* the payload follows its key: the key of the original row it names must match */
	for (size_t i = 0; i < n && kvgood; i++)
		if (kv[i].val < 0 || kv[i].val >= (double) n)
			kvgood = 0;
	ok(good, "radix-sorted keys equal qsort of the doubles (n=%zu, ties %d)", n, ties);
	ok(kvgood, "sorted pairs equal qsort of the doubles (n=%zu, ties %d)", n, ties);
	free(d);
	free(k);
	free(kv);
}

static void
test_payload(void)
{
	size_t n = 5000;
	mc_kv *kv = malloc(n * sizeof(mc_kv));
	int good = 1;

	for (size_t i = 0; i < n; i++)
	{
		double x = (double) (rng() % 1000) / 7.0;

		kv[i].key = mc_key_from_double(x);
		kv[i].val = x * 3.0; /* payload determined by the key */
	}
	mc_sort_kv(kv, n);
	for (size_t i = 0; i < n; i++)
		if (kv[i].val != mc_double_from_key(kv[i].key) * 3.0 ||
		    (i > 0 && kv[i - 1].key > kv[i].key))
			good = 0;
	ok(good, "the radix sort of pairs carries each payload with its key");
	free(kv);
}

/* adversarial orders for the quicksort (medium sizes) and the radix sort */
static void
test_patterns(size_t n)
{
	const char *names[] = {"ascending", "descending", "all equal", "organ pipe", "sawtooth"};

	for (int p = 0; p < 5; p++)
	{
		uint64_t *k = malloc(n * sizeof(uint64_t));
		mc_kv *kv = malloc(n * sizeof(mc_kv));
		int good = 1;

		for (size_t i = 0; i < n; i++)
		{
			double x = p == 0   ? (double) i
			           : p == 1 ? (double) (n - i)
			           : p == 2 ? 1.0
			           : p == 3 ? (double) (i < n / 2 ? i : n - i)
			                    : (double) (i % 17);

			k[i] = mc_key_from_double(x);
			kv[i].key = k[i];
			kv[i].val = x;
		}
		mc_sort_keys(k, n);
		mc_sort_kv(kv, n);
		for (size_t i = 1; i < n; i++)
			if (k[i - 1] > k[i] || kv[i - 1].key > kv[i].key ||
			    kv[i].val != mc_double_from_key(kv[i].key))
				good = 0;
		ok(good, "%s input of %zu keys sorts", names[p], n);
		free(k);
		free(kv);
	}
}

int
main(void)
{
	test_key_order();
	test_sort(0, 0);
	test_sort(1, 0);
	test_sort(63, 0);
	test_sort(64, 1);
	test_sort(1000, 0);
	test_sort(4095, 1);
	test_sort(4096, 0);
	test_sort(100000, 0);
	test_sort(100000, 1);
	test_payload();
	test_patterns(100);
	test_patterns(3000);
	test_patterns(50000);
	return done_testing();
}
