/* test_mstate.c: unit tests of the exact metric state (src/core/mstate.c): growth, merge, codec. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mstate.h"
#include "tap.h"

static uint8_t *
serialize(const mc_scores *s, size_t *len)
{
	*len = mc_scores_serialized_size(s);
	uint8_t *buf = malloc(*len + 1);

	mc_scores_serialize(s, buf);
	return buf;
}

static int
same_scores(const mc_scores *a, const mc_scores *b)
{
	if (a->kind != b->kind || a->param != b->param || a->skipped != b->skipped)
		return 0;
	if (a->kind == MC_MS_RANKING)
		return a->nkv == b->nkv && memcmp(a->kv, b->kv, a->nkv * sizeof(mc_kv)) == 0;
	return a->pos.n == b->pos.n && a->neg.n == b->neg.n &&
	       memcmp(a->pos.v, b->pos.v, a->pos.n * 8) == 0 &&
	       (a->neg.n == 0 || memcmp(a->neg.v, b->neg.v, a->neg.n * 8) == 0);
}

static void
test_binary_roundtrip(void)
{
	mc_scores s, t, u;
	uint8_t *buf;
	size_t len;

	ok(mc_scores_init(&s, MC_MS_BINARY, 0.5) == MC_OK, "init binary");
	for (int i = 0; i < 1000; i++)
		mc_scores_add_key(&s, i % 3 == 0, mc_key_from_double(i * 0.37 - 100));
	s.skipped = 7;
	is_int((long long) mc_scores_rows(&s), 1000, "1000 rows held");
	is_int((long long) s.pos.n, 334, "334 positives");
	buf = serialize(&s, &len);
	is_int((long long) len, 2 + 8 + 1 + 2 + 2 + 8000,
	       "serialized size is 8 bytes per row plus a header");
	ok(mc_scores_deserialize(buf, len, &t) == MC_OK, "deserialize");
	ok(same_scores(&s, &t), "binary state round-trips");
	/* every truncation is rejected */
	{
		int all = 1;

		for (size_t cut = 0; cut < len; cut += (cut < 40 ? 1 : 997))
		{
			if (mc_scores_deserialize(buf, cut, &u) == MC_OK)
			{
				all = 0;
				mc_scores_free(&u);
			}
		}
		ok(all, "every truncated serialization is rejected");
	}
	/* trailing garbage */
	{
		uint8_t *longer = malloc(len + 1);

		memcpy(longer, buf, len);
		longer[len] = 0;
		ok(mc_scores_deserialize(longer, len + 1, &u) == MC_ERR_CORRUPT,
		   "a trailing byte is rejected");
		free(longer);
	}
	/* a NaN key */
	{
		double nan = NAN;
		uint64_t bits;

		memcpy(&bits, &nan, 8);
		bits |= MC_KEY_SIGN;
		for (int i = 0; i < 8; i++)
			buf[len - 8 + i] = (uint8_t) (bits >> (56 - 8 * i));
		ok(mc_scores_deserialize(buf, len, &u) == MC_ERR_CORRUPT, "a NaN key is rejected");
	}
	buf[0] = 2;
	ok(mc_scores_deserialize(buf, len, &u) == MC_ERR_CORRUPT, "an unknown version is rejected");
	buf[0] = 1;
	buf[1] = 9;
	ok(mc_scores_deserialize(buf, len, &u) == MC_ERR_CORRUPT, "an unknown kind is rejected");
	free(buf);

	/* merge */
	ok(mc_scores_merge(&s, &t) == MC_OK, "merge two binary states");
	is_int((long long) mc_scores_rows(&s), 2000, "merged rows add");
	is_int((long long) s.skipped, 14, "merged skipped counts add");
	ok(!s.sorted, "a merged state is unsorted");
	ok(mc_scores_sort(&s) == MC_OK, "sort");
	{
		int asc = 1;

		for (size_t i = 1; i < s.pos.n; i++)
			if (s.pos.v[i - 1] > s.pos.v[i])
				asc = 0;
		for (size_t i = 1; i < s.neg.n; i++)
			if (s.neg.v[i - 1] > s.neg.v[i])
				asc = 0;
		ok(asc, "sorted ascending");
	}
	t.param = 0.25;
	ok(mc_scores_merge(&s, &t) == MC_ERR_INVALID, "states with different thresholds do not merge");
	mc_scores_free(&s);
	mc_scores_free(&t);
}

static void
test_limits(void)
{
	mc_scores s;
	size_t n;

	mc_scores_init(&s, MC_MS_BINARY, 0.5);
	n = s.pos.n;
	s.pos.n = MC_MS_MAX_KEYS; /* pretend: the count check precedes any memory access */
	ok(mc_scores_add_key(&s, true, 1) == MC_ERR_RANGE, "the row limit is enforced on add");
	s.pos.n = n;
	mc_scores_free(&s);
	{
		/* a header announcing more keys than the bytes present: rejected before allocating */
		uint8_t hdr[] = {1, 1, 0x3f, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x2d, 0};
		mc_scores u;

		ok(mc_scores_deserialize(hdr, sizeof(hdr), &u) == MC_ERR_CORRUPT,
		   "a huge announced length is rejected without allocating");
	}
}

static void
test_probs_and_ranking(void)
{
	mc_scores s, t;
	uint8_t *buf;
	size_t len;

	mc_scores_init(&s, MC_MS_PROBS, 0.5);
	mc_scores_add_key(&s, false, mc_key_from_double(0.25));
	mc_scores_add_key(&s, true, mc_key_from_double(1.0));
	buf = serialize(&s, &len);
	ok(mc_scores_deserialize(buf, len, &t) == MC_OK && same_scores(&s, &t),
	   "probability state round-trips");
	mc_scores_free(&t);
	/* a probability above 1 in the serialized body */
	{
		uint64_t k = mc_key_from_double(1.5);

		for (int i = 0; i < 8; i++)
			buf[len - 8 + i] = (uint8_t) (k >> (56 - 8 * i));
		ok(mc_scores_deserialize(buf, len, &t) == MC_ERR_CORRUPT,
		   "a probability above 1 is rejected");
	}
	free(buf);
	mc_scores_free(&s);

	mc_scores_init(&s, MC_MS_RANKING, 10);
	for (int i = 0; i < 100; i++)
		mc_scores_add_pair(&s, mc_key_from_double(i % 17), (double) (i % 4));
	buf = serialize(&s, &len);
	ok(mc_scores_deserialize(buf, len, &t) == MC_OK && same_scores(&s, &t),
	   "ranking state round-trips");
	mc_scores_free(&t);
	{
		double neg = -1.0;
		uint64_t bits;

		memcpy(&bits, &neg, 8);
		for (int i = 0; i < 8; i++)
			buf[len - 8 + i] = (uint8_t) (bits >> (56 - 8 * i));
		ok(mc_scores_deserialize(buf, len, &t) == MC_ERR_CORRUPT,
		   "a negative relevance is rejected");
	}
	free(buf);
	mc_scores_free(&s);
}

int
main(void)
{
	test_binary_roundtrip();
	test_limits();
	test_probs_and_ranking();
	return done_testing();
}
