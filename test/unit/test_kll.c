/* test_kll.c: unit tests of the KLL quantile sketch (src/core/kll.c): weight conservation,
 * rank error within the stated bound, determinism, merge, serialization round trip. */
#include <stdlib.h>
#include <string.h>

#include "kll.h"
#include "tap.h"

static uint64_t rng_state = 88172645463325252ull;

static double
urand(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (double) (rng_state >> 11) / 9007199254740992.0;
}

/* max over a grid of x of |sketch rank(x) - true rank(x)| / n, for values 0..n-1 permuted */
static double
max_rank_error(const mc_kll *s, uint64_t n)
{
	double *v;
	uint64_t *w;
	size_t m;
	double worst = 0;
	uint64_t cum = 0;

	mc_kll_sorted_view(s, &v, &w, &m);
	for (size_t i = 0; i < m; i++)
	{
		/* true number of values <= v[i] among 0..n-1 is v[i] + 1 */
		double err;

		cum += w[i];
		err = fabs((double) cum - (v[i] + 1)) / (double) n;
		if (err > worst)
			worst = err;
	}
	mc_free(v);
	mc_free(w);
	return worst;
}

static void
test_accuracy(void)
{
	const uint64_t n = 1000000;
	uint64_t *perm = malloc(n * sizeof(uint64_t));
	mc_kll s;
	double eps = mc_kll_rank_error(300);

	for (uint64_t i = 0; i < n; i++)
		perm[i] = i;
	for (uint64_t i = n - 1; i > 0; i--)
	{
		uint64_t j = (uint64_t) (urand() * (i + 1));
		uint64_t t = perm[i];

		perm[i] = perm[j];
		perm[j] = t;
	}
	mc_kll_init(&s, 300);
	for (uint64_t i = 0; i < n; i++)
		mc_kll_add(&s, (double) perm[i]);
	ok(s.n == n, "total weight equals the number of values");
	ok(eps < 0.01, "stated rank error for k = 300 is below 1%% (%.4f)", eps);
	{
		double e = max_rank_error(&s, n);

		ok(e <= eps, "max normalized rank error %.5f within the bound %.5f", e, eps);
	}
	ok(s.size < 3 * 300 + 8 * MC_KLL_MAX_LEVELS, "items held stay bounded (%u)", s.size);

	/* merge of two halves equals (within the bound) the sketch of all */
	{
		mc_kll a, b;

		mc_kll_init(&a, 300);
		mc_kll_init(&b, 300);
		for (uint64_t i = 0; i < n; i++)
			mc_kll_add(i % 3 ? &a : &b, (double) perm[i]);
		mc_kll_merge(&a, &b);
		ok(a.n == n, "merged weight equals the union's count");
		ok(max_rank_error(&a, n) <= eps, "merged sketch within the rank error bound");
		mc_kll_free(&a);
		mc_kll_free(&b);
	}
	/* determinism: the same input order gives the same state */
	{
		mc_kll c;
		mc_writer w1, w2;

		mc_kll_init(&c, 300);
		for (uint64_t i = 0; i < n; i++)
			mc_kll_add(&c, (double) perm[i]);
		mc_w_init(&w1, 0);
		mc_w_init(&w2, 0);
		mc_kll_write(&s, &w1);
		mc_kll_write(&c, &w2);
		ok(w1.len == w2.len && memcmp(w1.buf, w2.buf, w1.len) == 0,
		   "same input, same order: same bytes");
		/* round trip */
		{
			mc_reader r;
			mc_kll d;
			mc_writer w3;

			mc_r_init(&r, w1.buf, w1.len);
			ok(mc_kll_read(&d, &r, n, 0, (double) (n - 1)) == MC_OK && mc_r_done(&r) && d.n == n,
			   "serialized sketch reads back with its total weight");
			mc_w_init(&w3, 0);
			mc_kll_write(&d, &w3);
			ok(w3.len == w1.len && memcmp(w3.buf, w1.buf, w1.len) == 0,
			   "and re-serializes identically");
			mc_kll_free(&d);
			mc_r_init(&r, w1.buf, w1.len);
			ok(mc_kll_read(&d, &r, n + 1, 0, (double) (n - 1)) == MC_ERR_CORRUPT,
			   "a wrong total weight is rejected");
			mc_kll_free(&d);
			mc_r_init(&r, w1.buf, w1.len);
			ok(mc_kll_read(&d, &r, n, 0, (double) (n / 2)) == MC_ERR_CORRUPT,
			   "an item outside [min, max] is rejected");
			mc_kll_free(&d);
			mc_w_free(&w3);
		}
		mc_w_free(&w1);
		mc_w_free(&w2);
		mc_kll_free(&c);
	}
	mc_kll_free(&s);
	free(perm);
}

static void
test_weighted(void)
{
	mc_kll s;
	double *v;
	uint64_t *w;
	size_t m;

	mc_kll_init(&s, 300);
	mc_kll_add_weighted(&s, 1.0, 5);
	mc_kll_add_weighted(&s, 2.0, 1000000);
	mc_kll_add_weighted(&s, 3.0, 7);
	mc_kll_compress(&s);
	ok(s.n == 1000012, "weighted adds keep the exact total weight");
	mc_kll_sorted_view(&s, &v, &w, &m);
	ok(m == 3 && v[0] == 1.0 && w[0] == 5 && w[1] == 1000000 && w[2] == 7,
	   "few distinct weighted values stay exact");
	mc_free(v);
	mc_free(w);
	is_int(mc_kll_level_capacity(300, 1, 0), 300, "top level capacity is k");
	is_int(mc_kll_level_capacity(300, 2, 0), 200, "one level below: ceil(k * 2/3)");
	is_int(mc_kll_level_capacity(300, 40, 0), 8, "deep levels have the minimum width");
	mc_kll_free(&s);
}

/* zero-one principle: a comparator network sorts every input iff it sorts every 0/1 input */
static void
test_sort8(void)
{
	int bad = 0;

	for (int m = 0; m < 256; m++)
	{
		double v[8];

		for (int i = 0; i < 8; i++)
			v[i] = (m >> i) & 1;
		mc_kll_sort8(v);
		for (int i = 1; i < 8; i++)
			bad += v[i - 1] > v[i];
	}
	is_int(bad, 0, "the 8-input sorting network sorts all 256 zero-one inputs");
}

int
main(void)
{
	test_sort8();
	test_accuracy();
	test_weighted();
	return done_testing();
}
