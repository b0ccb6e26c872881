/* test_profile.c: unit tests of the profile kernel (src/core/profile.c, ctab.c): exact
 * statistics against brute force, the exact/sketch switch and the 64 KB size budget, merge,
 * heavy-hitter bounds, and the canonical serialization (round trip, corruption rejected). */
#include <stdlib.h>
#include <string.h>

#include "ctab.h"
#include "profile.h"
#include "tap.h"

static uint64_t rs = 0x2545F4914F6CDD1Dull;

static double
urand(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return (double) (rs >> 11) / 9007199254740992.0;
}

static double
nrand(void)
{
	double u = urand(), v = urand();

	return sqrt(-2.0 * log(1.0 - u)) * cos(2.0 * M_PI * v);
}

static int
cmpd(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return (x > y) - (x < y);
}

/* serialize, deserialize, serialize again: same bytes; returns the size */
static size_t
roundtrip(mc_profile *p, const char *what)
{
	mc_writer w1, w2;
	mc_profile *q = NULL;
	size_t len;
	mc_status st;

	mc_w_init(&w1, 0);
	mc_w_init(&w2, 0);
	ok(mc_profile_serialize(p, &w1) == MC_OK, "%s: serializes", what);
	st = mc_profile_deserialize(w1.buf, w1.len, &q);
	ok(st == MC_OK, "%s: deserializes (%s)", what, mc_status_text(st));
	if (q)
	{
		mc_profile_serialize(q, &w2);
		ok(w2.len == w1.len && memcmp(w1.buf, w2.buf, w1.len) == 0, "%s: round-trips bit for bit",
		   what);
		mc_profile_free(q);
	}
	len = w1.len;
	mc_w_free(&w1);
	mc_w_free(&w2);
	return len;
}

static void
test_numeric_exact(void)
{
	enum
	{
		N = 5000
	};
	static double x[N], s[N];
	mc_profile *p = mc_profile_new(MC_PROFILE_NUMERIC, MC_PROFILE_DEFAULT_EXACT_LIMIT);
	mc_profile_stats st;
	double mean = 0, m2 = 0;
	int bad_q = 0, bad_c = 0;

	for (int i = 0; i < N; i++)
	{
		x[i] = floor(nrand() * 100) / 4; /* repeated values */
		mc_profile_add_f8(p, x[i]);
		mean += x[i];
	}
	mc_profile_add_f8(p, NAN);
	mc_profile_add_f8(p, INFINITY);
	mc_profile_add_f8(p, INFINITY);
	mc_profile_add_f8(p, -INFINITY);
	mc_profile_add_null(p);
	mean /= N;
	for (int i = 0; i < N; i++)
		m2 += (x[i] - mean) * (x[i] - mean);
	memcpy(s, x, sizeof(x));
	qsort(s, N, sizeof(double), cmpd);
	mc_profile_get_stats(p, &st);
	ok(st.exact, "numeric profile with few distinct values is exact");
	is_int((long long) st.finite_count, N, "finite count");
	is_int((long long) st.value_count, N + 4, "value count includes NaN and infinities");
	ok(st.nan_count == 1 && st.posinf_count == 2 && st.neginf_count == 1 && st.null_count == 1,
	   "NaN, +Inf, -Inf and NULL are counted apart");
	ok(st.min == s[0] && st.max == s[N - 1], "min and max over finite values");
	is_double(st.sum / N, mean, 1e-12, "mean");
	is_double(st.m2, m2, 1e-9, "sum of squared deviations");
	for (int k = 0; k <= 1000; k++)
	{
		double q = k / 1000.0;
		long r = (long) ceil(q * N);

		if (r < 1)
			r = 1;
		if (mc_profile_quantile(p, q) != s[r - 1])
			bad_q++;
	}
	is_int(bad_q, 0, "quantiles equal percentile_disc at 1001 points");
	for (int k = 0; k < 200; k++)
	{
		double t = s[(k * 37) % N] + (k % 2 ? 0.1 : 0.0);
		int c = 0;

		for (int i = 0; i < N; i++)
			c += s[i] <= t;
		if (mc_profile_cdf(p, t) != (double) c / N)
			bad_c++;
	}
	is_int(bad_c, 0, "cdf equals the empirical cdf at 200 points");
	{
		double edges[11];
		uint64_t counts[10], tot = 0;
		int badh = 0;

		ok(mc_profile_histogram(p, 10, edges, counts) == MC_OK, "histogram");
		for (int b = 0; b < 10; b++)
		{
			int c = 0;

			for (int i = 0; i < N; i++)
				c += (x[i] >= edges[b] && (x[i] < edges[b + 1] || (b == 9 && x[i] <= edges[10])));
			badh += (uint64_t) c != counts[b];
			tot += counts[b];
		}
		ok(badh == 0 && tot == N, "histogram counts match brute force");
	}
	{
		const double *tv;
		const uint64_t *tc;
		size_t tn;
		uint64_t other;
		int c = 0;

		mc_profile_numeric_top(p, &tv, &tc, &tn, &other);
		for (int i = 0; i < N; i++)
			c += x[i] == tv[0];
		ok(tn == st.distinct - 3 && other == 0, "exact top values list every distinct value");
		ok((uint64_t) c == tc[0] && (tn < 2 || tc[1] <= tc[0]), "top value count is exact");
	}
	roundtrip(p, "exact numeric");
	mc_profile_free(p);
}

static void
test_size_budget(void)
{
	const char *names[] = {"uniform", "normal", "integers", "decimals"};

	for (int kind = 0; kind < 4; kind++)
	{
		mc_profile *p = mc_profile_new(MC_PROFILE_NUMERIC, MC_PROFILE_DEFAULT_EXACT_LIMIT);
		mc_profile_stats st;
		char what[64];
		size_t len;

		for (int i = 0; i < 10000; i++)
		{
			double v = kind == 0   ? urand()
			           : kind == 1 ? nrand()
			           : kind == 2 ? (double) i
			                       : (double) i / 100.0 + 17.0;

			mc_profile_add_f8(p, v);
		}
		snprintf(what, sizeof(what), "10,000 distinct %s doubles", names[kind]);
		len = roundtrip(p, what);
		mc_profile_get_stats(p, &st);
		ok(st.exact && len <= MC_PROFILE_MAX_BYTES, "%s stay exact in %zu bytes", what, len);
		mc_profile_add_f8(p, 12345.678);
		mc_profile_get_stats(p, &st);
		ok(!st.exact, "%s: the 10,001st distinct value switches to sketch mode", names[kind]);
		mc_profile_free(p);
	}
	/* adversarial: spread keys of random bits; exactness ends at the byte budget */
	{
		mc_profile *p = mc_profile_new(MC_PROFILE_NUMERIC, MC_PROFILE_DEFAULT_EXACT_LIMIT);
		mc_profile_stats st;
		size_t len;

		for (int i = 0; i < 10000; i++)
			mc_profile_add_f8(p, (urand() - 0.5) * pow(2, 2000 * urand() - 1000));
		len = roundtrip(p, "adversarial doubles");
		mc_profile_get_stats(p, &st);
		ok(len <= MC_PROFILE_MAX_BYTES, "adversarial doubles: %zu bytes <= 64 KB (exact: %d)", len,
		   st.exact);
		mc_profile_free(p);
	}
	/* many rows in sketch mode */
	{
		mc_profile *p = mc_profile_new(MC_PROFILE_NUMERIC, MC_PROFILE_DEFAULT_EXACT_LIMIT);
		mc_profile_stats st;
		size_t len;
		double *all = malloc(2000000 * sizeof(double));
		double worst = 0;

		for (int i = 0; i < 2000000; i++)
		{
			all[i] = nrand();
			mc_profile_add_f8(p, all[i]);
		}
		qsort(all, 2000000, sizeof(double), cmpd);
		len = roundtrip(p, "2M normal doubles");
		mc_profile_get_stats(p, &st);
		ok(!st.exact && len <= MC_PROFILE_MAX_BYTES, "sketch profile of 2M rows: %zu bytes", len);
		ok(fabs((double) st.distinct - 2000000) <= 0.02 * 2000000,
		   "distinct estimate %llu within 2%%", (unsigned long long) st.distinct);
		for (int k = 1; k < 100; k++)
		{
			double q = k / 100.0, v = mc_profile_quantile(p, q);
			/* rank of v among all values */
			size_t lo = 0, hi = 2000000;

			while (lo < hi)
			{
				size_t mid = (lo + hi) / 2;

				if (all[mid] <= v)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (fabs((double) lo / 2000000 - q) > worst)
				worst = fabs((double) lo / 2000000 - q);
		}
		ok(worst <= st.rank_error, "sketch quantiles within the rank error (%.5f <= %.5f)", worst,
		   st.rank_error);
		free(all);
		mc_profile_free(p);
	}
}

static void
test_merge(void)
{
	mc_profile *all = mc_profile_new(MC_PROFILE_NUMERIC, 500);
	mc_profile *a = mc_profile_new(MC_PROFILE_NUMERIC, 500);
	mc_profile *b = mc_profile_new(MC_PROFILE_NUMERIC, 500);
	mc_writer w1, w2;
	mc_profile_stats sa, sall;

	for (int i = 0; i < 3000; i++)
	{
		double v = floor(urand() * 300);

		mc_profile_add_f8(all, v);
		mc_profile_add_f8(i % 3 ? a : b, v);
	}
	ok(mc_profile_merge(a, b) == MC_OK, "merge of two exact profiles");
	mc_w_init(&w1, 0);
	mc_w_init(&w2, 0);
	mc_profile_serialize(a, &w1);
	mc_profile_serialize(all, &w2);
	mc_profile_get_stats(a, &sa);
	mc_profile_get_stats(all, &sall);
	ok(sa.exact && sa.finite_count == sall.finite_count && sa.distinct == sall.distinct &&
	       sa.min == sall.min && sa.max == sall.max,
	   "merged exact profile has the counts of the union");
	is_double(sa.m2, sall.m2, 1e-12, "merged M2 equals the union's");
	mc_w_free(&w1);
	mc_w_free(&w2);
	{
		mc_profile *t = mc_profile_new(MC_PROFILE_TEXT, 100);

		ok(mc_profile_merge(a, t) == MC_ERR_INVALID, "merging different kinds is refused");
		mc_profile_free(t);
	}
	/* exact + sketch */
	for (int i = 0; i < 1000; i++)
		mc_profile_add_f8(b, urand());
	mc_profile_get_stats(b, &sa);
	ok(!sa.exact, "a profile past its limit is a sketch");
	ok(mc_profile_merge(a, b) == MC_OK, "exact + sketch merge");
	mc_profile_get_stats(a, &sa);
	ok(!sa.exact && sa.finite_count == 5000, "the merge is a sketch with every value counted");
	roundtrip(a, "merged sketch");
	/* sketch + sketch, both read back from bytes (as parallel workers ship them) */
	{
		mc_writer wa, wb;
		mc_profile *pa, *pb;

		mc_w_init(&wa, 0);
		mc_w_init(&wb, 0);
		mc_profile_serialize(a, &wa);
		mc_profile_serialize(b, &wb);
		ok(mc_profile_deserialize(wa.buf, wa.len, &pa) == MC_OK &&
		       mc_profile_deserialize(wb.buf, wb.len, &pb) == MC_OK,
		   "two sketches read back");
		ok(mc_profile_merge(pa, pb) == MC_OK, "sketch + sketch merge");
		mc_profile_get_stats(pa, &sa);
		ok(sa.finite_count == 7000, "merged sketch counts every value");
		roundtrip(pa, "merged deserialized sketches");
		mc_profile_free(pa);
		mc_profile_free(pb);
		mc_w_free(&wa);
		mc_w_free(&wb);
	}
	mc_profile_free(all);
	mc_profile_free(a);
	mc_profile_free(b);
}

static void
test_text(void)
{
	mc_profile *p = mc_profile_new(MC_PROFILE_TEXT, MC_PROFILE_DEFAULT_EXACT_LIMIT);
	mc_profile *s = mc_profile_new(MC_PROFILE_TEXT, MC_PROFILE_DEFAULT_EXACT_LIMIT);
	const mc_category *cats;
	size_t n;
	uint64_t other;
	char buf[400];
	mc_profile_stats st;
	uint64_t truth[5] = {0};
	static uint8_t seen[50005];
	int distinct = 0;

	for (int i = 0; i < 1000; i++)
	{
		int c = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;

		snprintf(buf, sizeof(buf), "cat_%d", c);
		mc_profile_add_text(p, (const uint8_t *) buf, strlen(buf), 0, strlen(buf));
	}
	memset(buf, 'x', 300);
	mc_profile_add_text(p, (const uint8_t *) buf, 300, 128, 300);
	buf[299] = 'y';
	mc_profile_add_text(p, (const uint8_t *) buf, 300, 128, 300);
	mc_profile_add_text(p, (const uint8_t *) buf, 300, 128, 300);
	mc_profile_categories(p, &cats, &n, &other);
	ok(n == 5 && other == 0, "five categories, nothing else");
	ok(cats[0].count == 500 && cats[0].len == 5 && memcmp(cats[0].value, "cat_0", 5) == 0,
	   "most frequent first");
	ok(cats[3].truncated && cats[3].len == 128 && cats[3].count == 2 && cats[4].count == 1,
	   "long values are kept as a 128-byte prefix, told apart by their hash");
	mc_profile_get_stats(p, &st);
	ok(st.len_min == 5 && st.len_max == 300 && st.distinct == 5, "length stats and distinct");
	roundtrip(p, "exact text");
	/* heavy hitters: a skewed stream of 200,000 values over 50,000 distinct */
	for (int i = 0; i < 200000; i++)
	{
		int v = (i % 4 == 0) ? (int) (urand() * 5) : 5 + (int) (urand() * 50000);

		if (v < 5)
			truth[v]++;
		if (!seen[v])
			distinct++;
		seen[v] = 1;
		snprintf(buf, sizeof(buf), "v%d", v);
		mc_profile_add_text(s, (const uint8_t *) buf, strlen(buf), 0, strlen(buf));
	}
	mc_profile_get_stats(s, &st);
	ok(!st.exact, "50,000 distinct strings make a sketch");
	ok(st.freq_error <= 200000 / (MC_PROFILE_FREQ_M + 1), "count error %llu <= n / (M + 1)",
	   (unsigned long long) st.freq_error);
	mc_profile_categories(s, &cats, &n, &other);
	{
		int good = 1;

		for (int k = 0; k < 5; k++)
		{
			char name[8];
			int found = 0;

			snprintf(name, sizeof(name), "v%d", k);
			for (size_t i = 0; i < n; i++)
				if (cats[i].len == strlen(name) && memcmp(cats[i].value, name, cats[i].len) == 0)
				{
					found = 1;
					good &= cats[i].count <= truth[k] && cats[i].count + st.freq_error >= truth[k];
				}
			good &= found;
		}
		ok(good, "the 5 heavy hitters are reported with counts within the bound");
	}
	ok(fabs((double) st.distinct - distinct) <= 0.02 * distinct,
	   "distinct estimate %llu of %d within 2%%", (unsigned long long) st.distinct, distinct);
	ok(roundtrip(s, "text sketch") <= MC_PROFILE_MAX_BYTES, "text sketch within 64 KB");
	mc_profile_free(p);
	mc_profile_free(s);
}

static void
test_corruption_of(mc_profile *p, const char *what, int min_rejected)
{
	mc_writer w;
	int accepted_changed = 0, rejected = 0;

	mc_w_init(&w, 0);
	mc_profile_serialize(p, &w);
	for (int trial = 0; trial < 20000; trial++)
	{
		uint8_t *b = malloc(w.len);
		mc_profile *q = NULL;
		size_t pos = (size_t) (urand() * w.len);

		memcpy(b, w.buf, w.len);
		b[pos] ^= (uint8_t) (1 + urand() * 255);
		if (mc_profile_deserialize(b, trial % 7 ? w.len : pos, &q) == MC_OK)
		{
			mc_writer w2;

			mc_w_init(&w2, 0);
			mc_profile_serialize(q, &w2);
			/* anything accepted must be canonical */
			accepted_changed +=
			    !(w2.len == (trial % 7 ? w.len : pos) && memcmp(w2.buf, b, w2.len) == 0);
			mc_w_free(&w2);
			mc_profile_free(q);
		}
		else
			rejected++;
		free(b);
	}
	ok(accepted_changed == 0, "%s: every accepted mutation is canonical (re-serializes to itself)",
	   what);
	ok(rejected >= min_rejected, "%s: %d of 20000 single-byte corruptions are rejected", what,
	   rejected);
	{
		mc_profile *q;

		w.buf[0] = 2;
		ok(mc_profile_deserialize(w.buf, w.len, &q) == MC_ERR_CORRUPT,
		   "an unknown version is rejected");
		ok(mc_profile_deserialize(w.buf, 0, &q) == MC_ERR_CORRUPT, "an empty buffer is rejected");
	}
	mc_w_free(&w);
	mc_profile_free(p);
}

static void
test_corruption(void)
{
	mc_profile *p = mc_profile_new(MC_PROFILE_NUMERIC, 1000);
	mc_profile *t = mc_profile_new(MC_PROFILE_TEXT, 1000);
	mc_profile *s = mc_profile_new(MC_PROFILE_NUMERIC, 50);
	char buf[32];

	for (int i = 0; i < 400; i++)
	{
		mc_profile_add_f8(p, floor(nrand() * 40));
		mc_profile_add_f8(s, nrand());
		snprintf(buf, sizeof(buf), "c%d", (int) (urand() * 30));
		mc_profile_add_text(t, (const uint8_t *) buf, strlen(buf), 0, strlen(buf));
	}
	mc_profile_add_f8(p, NAN);
	/* sketches hold many free-form bytes (HyperLogLog registers, items): canonical check only */
	test_corruption_of(p, "exact numeric", 10000);
	test_corruption_of(t, "exact text", 10000);
	test_corruption_of(s, "numeric sketch", 0);
}

static void
test_bool_and_empty(void)
{
	mc_profile *p = mc_profile_new(MC_PROFILE_BOOL, 10);
	mc_profile *e = mc_profile_new(MC_PROFILE_NUMERIC, 10);
	const mc_category *cats;
	size_t n;
	uint64_t other;
	mc_profile_stats st;
	double edges[3];
	uint64_t counts[2];

	mc_profile_add_bool(p, true);
	mc_profile_add_bool(p, false);
	mc_profile_add_bool(p, true);
	mc_profile_add_null(p);
	mc_profile_categories(p, &cats, &n, &other);
	ok(n == 2 && cats[0].count == 2 && cats[0].len == 4 && cats[1].count == 1,
	   "bool categories: true (2) then false (1)");
	roundtrip(p, "bool");
	mc_profile_get_stats(e, &st);
	ok(st.exact && st.value_count == 0 && isnan(st.min), "empty numeric profile");
	ok(isnan(mc_profile_quantile(e, 0.5)) && isnan(mc_profile_cdf(e, 0)),
	   "accessors on it give NaN");
	ok(mc_profile_histogram(e, 2, edges, counts) == MC_ERR_INVALID, "no histogram of nothing");
	roundtrip(e, "empty numeric");
	mc_profile_add_f8(e, -0.0);
	mc_profile_get_stats(e, &st);
	ok(st.zero_count == 1 && !signbit(st.min), "-0 is counted as 0");
	mc_profile_free(p);
	mc_profile_free(e);
}

/* the Misra–Gries reduce amount: quickselect against sorting */
static void
test_kth_largest(void)
{
	int bad = 0;

	for (int trial = 0; trial < 200; trial++)
	{
		uint64_t a[300], b[300];
		size_t n = 1 + (size_t) (urand() * 299);
		size_t k = 1 + (size_t) (urand() * (double) n);

		for (size_t i = 0; i < n; i++)
			a[i] = b[i] = (uint64_t) (urand() * (trial % 2 ? 5 : 1000)); /* with and without ties */
		for (size_t i = 1; i < n; i++) /* insertion sort, descending */
			for (size_t j = i; j > 0 && b[j - 1] < b[j]; j--)
			{
				uint64_t t = b[j];

				b[j] = b[j - 1];
				b[j - 1] = t;
			}
		bad += mc_kth_largest(a, n, k) != b[k - 1];
	}
	is_int(bad, 0, "kth largest equals the sorted answer in 200 random arrays");
}

int
main(void)
{
	test_kth_largest();
	test_numeric_exact();
	test_size_budget();
	test_merge();
	test_text();
	test_corruption();
	test_bool_and_empty();
	return done_testing();
}
