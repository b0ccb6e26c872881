/* test_vprofile.c: unit tests of the vector profile (vprofile.c), the multivariate tests
 * (mvdrift.c) and their p-values (mv_pvalue.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mv_ks.h"
#include "mvdrift.h"
#include "tap.h"
#include "vprofile.h"

static double
gauss(uint64_t *s)
{
	double u = (mc_splitmix64(s) >> 11) * 0x1.0p-53, v = (mc_splitmix64(s) >> 11) * 0x1.0p-53;

	return sqrt(-2 * log(1 - u)) * cos(2 * 3.141592653589793 * v);
}

/* n rows of dimension d with a large offset (cancellation would show) and correlations */
static double *
make_rows(int n, int d, double offset, uint64_t seed)
{
	double *x = malloc(sizeof(double) * n * d);

	for (int r = 0; r < n; r++)
	{
		double z = gauss(&seed);

		for (int i = 0; i < d; i++)
			x[r * d + i] = offset + (i + 1) * gauss(&seed) + 0.5 * z;
	}
	return x;
}

/* naive two-pass mean and co-moment */
static void
two_pass(const double *x, int n, int d, double *mean, double *M)
{
	for (int i = 0; i < d; i++)
	{
		mean[i] = 0;
		for (int r = 0; r < n; r++)
			mean[i] += x[r * d + i];
		mean[i] /= n;
	}
	for (int i = 0; i < d; i++)
		for (int j = 0; j < d; j++)
		{
			double s = 0;

			for (int r = 0; r < n; r++)
				s += (x[r * d + i] - mean[i]) * (x[r * d + j] - mean[j]);
			M[j * d + i] = s;
		}
}

static double
max_rel(const mc_vprof *vp, const double *mean, const double *M)
{
	int d = vp->dim;
	double e = 0, scale = 0;

	for (int i = 0; i < d * d; i++)
		scale = fmax(scale, fabs(M[i]));
	for (int i = 0; i < d; i++)
		e = fmax(e, fabs(vp->mean[i] - mean[i]) / fmax(fabs(mean[i]), 1e-300));
	for (int j = 0; j < d; j++)
		for (int i = 0; i <= j; i++)
			e = fmax(e, fabs(vp->comoment[j * d + i] - M[j * d + i]) / scale);
	return e;
}

static void
test_block_vs_row(void)
{
	int n = 1001, d = 9;
	double *x = make_rows(n, d, 1e6, 11), mean[9], M[81];
	mc_vprof blk, row, b3;

	two_pass(x, n, d, mean, M);
	mc_vprof_init(&blk, 0, 1, 128);
	mc_vprof_init(&row, 0, 1, 1);
	mc_vprof_init(&b3, 0, 1, 3);
	mc_vprof_set_dim(&blk, d);
	mc_vprof_set_dim(&row, d);
	mc_vprof_set_dim(&b3, d);
	for (int r = 0; r < n; r++)
	{
		mc_vprof_add(&blk, x + r * d);
		mc_vprof_add(&row, x + r * d);
		mc_vprof_add(&b3, x + r * d);
	}
	mc_vprof_flush(&blk);
	mc_vprof_flush(&b3);
	is_int(blk.n, n, "block path counts every row");
	ok(max_rel(&blk, mean, M) < 1e-11, "block path = two-pass (offset 1e6; rel err %g)",
	   max_rel(&blk, mean, M));
	ok(max_rel(&row, mean, M) < 1e-11, "per-row path = two-pass (rel err %g)",
	   max_rel(&row, mean, M));
	ok(max_rel(&b3, mean, M) < 1e-11, "block of 3 rows = two-pass (rel err %g)",
	   max_rel(&b3, mean, M));
	mc_vprof_free(&blk);
	mc_vprof_free(&row);
	mc_vprof_free(&b3);
	free(x);
}

/*
 * The buffer starts at 32 rows and doubles at each fold up to the block; the block is capped
 * so that the buffer holds at most 65,536 values. Rows after the first block are shifted and
 * checked in one pass: a NaN or infinite element still skips the row, while finite values whose
 * difference from the shift overflows are kept (counted as rows, not as non-finite).
 */
static void
test_block_buffer(void)
{
	int n = 5000, d = 12;
	double *x = make_rows(n, d, 1e3, 5), mean[12], M[144], bad[12];
	mc_vprof a, big, of;

	two_pass(x, n, d, mean, M);
	mc_vprof_init(&a, 10, 1, MC_VPROF_DEFAULT_BLOCK);
	mc_vprof_set_dim(&a, d);
	is_int(a.bufcap, MC_VPROF_FIRST_BLOCK, "the block buffer starts at 32 rows");
	for (int r = 0; r < n; r++)
	{
		mc_vprof_add(&a, x + r * d);
		if (r == 2000 || r == 3000)
		{
			/* non-finite rows between block rows */
			memcpy(bad, x + r * d, sizeof(bad));
			bad[r == 2000 ? 0 : d - 1] = r == 2000 ? NAN : -INFINITY;
			mc_vprof_add(&a, bad);
		}
	}
	is_int(a.bufcap, 1024, "the buffer grew to the block size (1024 rows of 12 dimensions)");
	mc_vprof_flush(&a);
	is_int(a.n, n, "grown buffer: every finite row folded");
	is_int(a.nonfinite, 2, "grown buffer: the rows with NaN and -Infinity skipped and counted");
	ok(max_rel(&a, mean, M) < 1e-11, "grown buffer = two-pass (rel err %g)", max_rel(&a, mean, M));
	mc_vprof_free(&a);

	mc_vprof_init(&big, 0, 1, MC_VPROF_DEFAULT_BLOCK);
	mc_vprof_set_dim(&big, 2048);
	is_int(big.block, 32, "2048 dimensions: blocks of 32 rows (a buffer of 65,536 values)");
	mc_vprof_free(&big);

	/* finite rows whose shifted values overflow: kept as rows */
	mc_vprof_init(&of, 0, 1, 4);
	mc_vprof_set_dim(&of, 2);
	for (int r = 0; r < 9; r++)
	{
		double v[2] = {r % 2 ? 1.5e308 : -1.5e308, r};

		mc_vprof_add(&of, v);
	}
	mc_vprof_flush(&of);
	is_int(of.n, 9, "finite rows whose difference overflows are counted as rows");
	is_int(of.nonfinite, 0, "... and not as non-finite");
	mc_vprof_free(&of);
	free(x);
}

static void
test_merge_partitions(void)
{
	int n = 777, d = 6;
	double *x = make_rows(n, d, 3.0, 5), mean[6], M[36];
	int cuts[] = {0, 1, 2, 130, 131, 500, 776, 777};
	mc_vprof acc;

	two_pass(x, n, d, mean, M);
	mc_vprof_init(&acc, 50, 9, 64);
	for (int p = 0; p + 1 < (int) (sizeof(cuts) / sizeof(cuts[0])); p++)
	{
		mc_vprof part;

		mc_vprof_init(&part, 50, 9, 64);
		for (int r = cuts[p]; r < cuts[p + 1]; r++)
		{
			if (part.dim == 0)
				mc_vprof_set_dim(&part, d);
			mc_vprof_add(&part, x + r * d);
		}
		is_int(mc_vprof_merge(&acc, &part), MC_OK, "merge partition");
		mc_vprof_free(&part);
	}
	is_int(acc.n, n, "merged count = rows");
	ok(max_rel(&acc, mean, M) < 1e-12, "merge over 7 partitions (some empty) = one pass (rel %g)",
	   max_rel(&acc, mean, M));
	is_int(acc.nsample, 50, "merged reservoir full");
	{
		int found = 1;

		for (int s = 0; s < acc.nsample; s++)
		{
			int hit = 0;

			for (int r = 0; r < n && !hit; r++)
				hit = memcmp(acc.sample + s * d, x + r * d, sizeof(double) * d) == 0;
			found &= hit;
		}
		ok(found, "every reservoir row is an input row");
	}
	{
		mc_vprof other;

		mc_vprof_init(&other, 10, 0, 8);
		mc_vprof_set_dim(&other, d + 1);
		is_int(mc_vprof_merge(&acc, &other), MC_ERR_INVALID, "merge refuses other dimensions");
		mc_vprof_free(&other);
	}
	mc_vprof_free(&acc);
	free(x);
}

/* inclusion frequency of every row over many seeds: cap / n for one pass and after merges */
static void
test_reservoir_uniform(void)
{
	enum
	{
		n = 40,
		cap = 8,
		trials = 4000
	};
	int hits[n] = {0}, mhits[n] = {0};
	double worst = 0, mworst = 0, sd = sqrt((double) cap / n * (1 - (double) cap / n) / trials);

	for (int t = 0; t < trials; t++)
	{
		mc_vprof one, a, b;
		double v;

		mc_vprof_init(&one, cap, (uint64_t) t, 16);
		mc_vprof_init(&a, cap, (uint64_t) t * 7 + 1, 16);
		mc_vprof_init(&b, cap + 3, (uint64_t) t * 13 + 2, 16);
		mc_vprof_set_dim(&one, 1);
		mc_vprof_set_dim(&a, 1);
		mc_vprof_set_dim(&b, 1);
		for (int r = 0; r < n; r++)
		{
			v = r;
			mc_vprof_add(&one, &v);
			mc_vprof_add(r < 25 ? &a : &b, &v); /* unequal halves, unequal capacities */
		}
		mc_vprof_merge(&a, &b);
		for (int s = 0; s < one.nsample; s++)
			hits[(int) one.sample[s]]++;
		for (int s = 0; s < a.nsample; s++)
			mhits[(int) a.sample[s]]++;
		mc_vprof_free(&one);
		mc_vprof_free(&a);
		mc_vprof_free(&b);
	}
	for (int r = 0; r < n; r++)
	{
		worst = fmax(worst, fabs((double) hits[r] / trials - (double) cap / n) / sd);
		mworst = fmax(mworst, fabs((double) mhits[r] / trials - (double) cap / n) / sd);
	}
	ok(worst < 4.5, "Algorithm R: every row kept with probability cap/n (worst %.2f sd)", worst);
	ok(mworst < 4.5, "merged reservoirs: every row kept with probability cap/n (worst %.2f sd)",
	   mworst);
}

static void
test_serialization(void)
{
	int n = 300, d = 4;
	double *x = make_rows(n, d, 0, 3), bad[4] = {1, NAN, 2, 3}, inf[4] = {INFINITY, 0, 0, 0};
	mc_vprof vp, back;
	mc_writer w, w2;

	mc_vprof_init(&vp, 20, 42, 32);
	mc_vprof_set_dim(&vp, d);
	for (int r = 0; r < n; r++)
		mc_vprof_add(&vp, x + r * d);
	mc_vprof_add(&vp, bad);
	mc_vprof_add(&vp, inf);
	is_int(vp.nonfinite, 2, "NaN and infinite rows skipped and counted");
	mc_w_init(&w, 0);
	is_int(mc_vprof_serialize(&vp, &w), MC_OK, "serialize");
	is_int(mc_vprof_parse(&back, w.buf, w.len, 32), MC_OK, "parse");
	mc_w_init(&w2, 0);
	mc_vprof_serialize(&back, &w2);
	ok(w.len == w2.len && memcmp(w.buf, w2.buf, w.len) == 0, "re-serialization is byte-identical");
	is_int(back.n, n, "count survives");
	is_int(back.nsample, 20, "sample survives");
	{
		int rejected = 0;

		for (size_t cut = 0; cut < w.len; cut += 7)
		{
			mc_vprof t;

			if (mc_vprof_parse(&t, w.buf, cut, 32) == MC_ERR_CORRUPT)
				rejected++;
			else
				mc_vprof_free(&t);
		}
		is_int(rejected, (int) ((w.len + 6) / 7), "every truncation is rejected");
	}
	{
		uint8_t *c = malloc(w.len + 1);
		mc_vprof t;
		double nanv = NAN;
		uint64_t u;

		memcpy(c, w.buf, w.len);
		c[w.len] = 0;
		is_int(mc_vprof_parse(&t, c, w.len + 1, 32), MC_ERR_CORRUPT, "trailing byte rejected");
		c[0] = 2;
		is_int(mc_vprof_parse(&t, c, w.len, 32), MC_ERR_CORRUPT, "unknown version rejected");
		c[0] = 1;
		/* the first mean is right after the header: find it by value */
		memcpy(&u, &nanv, 8);
		for (size_t i = 0; i + 8 <= w.len; i++)
		{
			double m;
			uint64_t be = 0;

			for (int k = 0; k < 8; k++)
				be = be << 8 | c[i + k];
			memcpy(&m, &be, 8);
			if (m == back.mean[0])
			{
				for (int k = 0; k < 8; k++)
					c[i + k] = (uint8_t) (u >> (56 - 8 * k));
				break;
			}
		}
		is_int(mc_vprof_parse(&t, c, w.len, 32), MC_ERR_CORRUPT, "NaN mean rejected");
		free(c);
	}
	mc_w_free(&w);
	mc_w_free(&w2);
	mc_vprof_free(&vp);
	mc_vprof_free(&back);
	free(x);
}

static void
test_ks(void)
{
	double a[] = {1, 2, 3, 4}, b[] = {2, 3, 5, 6, 7};

	/* ECDF gap at 4: 1 - 2/5 = 0.6 */
	is_double(mc_mv_ks_stat(a, 4, b, 5), 0.6, 1e-15, "KS statistic by hand: 0.6");
	/* references: scipy 1.10 ks_2samp(a, b, method='asymp') and kstwo.sf */
	is_double(mc_mv_ks_pvalue(0.6, 4, 5), 0.32000000000000006, 1e-12, "ks_2samp asymp p (n_e = 2)");
	is_double(mc_mv_ks_pvalue(0.05, 400, 300), 0.766739984148626, 1e-10,
	          "kstwo.sf(0.05, round(171.4))");
	is_double(mc_mv_ks_pvalue(0.1, 1000, 1000), 8.342293067263533e-05, 1e-10, "kstwo.sf(0.1, 500)");
}

/* 1-D Hotelling T^2 is the squared pooled t statistic; p equals the t-test's (scipy) */
static void
test_hotelling_1d(void)
{
	double a[] = {1, 2, 3, 4, 5}, b[] = {2.5, 3.5, 6, 7};
	mc_vprof pa, pb;
	mc_mv_result r;

	mc_vprof_init(&pa, 10, 0, 4);
	mc_vprof_init(&pb, 10, 0, 4);
	mc_vprof_set_dim(&pa, 1);
	mc_vprof_set_dim(&pb, 1);
	for (int i = 0; i < 5; i++)
		mc_vprof_add(&pa, a + i);
	for (int i = 0; i < 4; i++)
		mc_vprof_add(&pb, b + i);
	is_int(mc_mv_hotelling(&pa, &pb, 0.05, &r), MC_OK, "hotelling 1-D");
	is_double(r.statistic, 2.0489844683393073, 1e-12, "T^2 = t^2 (scipy ttest_ind)");
	is_double(r.p_value, 0.19540184926705856, 1e-12, "p = t-test p (scipy ttest_ind)");
	is_int(r.info, 1, "rank 1");
	is_double(mc_mv_cosine(&pa, &pb, 0.2, &r) == MC_OK ? r.statistic : -1, 0, 1e-15,
	          "cosine distance of two positive 1-D means is 0");
	mc_vprof_free(&pa);
	mc_vprof_free(&pb);
}

/* constant features: equal constants are left out, different constants give infinity */
static void
test_hotelling_constant(void)
{
	mc_vprof pa, pb, pc;
	mc_mv_result r;
	uint64_t s = 1;

	mc_vprof_init(&pa, 0, 0, 8);
	mc_vprof_init(&pb, 0, 0, 8);
	mc_vprof_init(&pc, 0, 0, 8);
	mc_vprof_set_dim(&pa, 2);
	mc_vprof_set_dim(&pb, 2);
	mc_vprof_set_dim(&pc, 2);
	for (int i = 0; i < 50; i++)
	{
		double x[2] = {gauss(&s), 0.1}, y[2] = {gauss(&s), 0.1}, z[2] = {gauss(&s), 0.2};

		mc_vprof_add(&pa, x);
		mc_vprof_add(&pb, y);
		mc_vprof_add(&pc, z);
	}
	is_int(mc_mv_hotelling(&pa, &pb, 0.05, &r), MC_OK, "hotelling with a constant feature");
	is_int(r.info, 1, "the constant feature is left out (rank 1)");
	ok(isfinite(r.statistic), "finite statistic when the constants agree");
	mc_mv_hotelling(&pa, &pc, 0.05, &r);
	ok(isinf(r.statistic) && r.p_value == 0 && r.drifted, "different constants: T^2 = inf, p = 0");
	mc_vprof_free(&pa);
	mc_vprof_free(&pb);
	mc_vprof_free(&pc);
}

/* PCA closed form against the mean over the rows of ||(I - P) z||^2, computed row by row */
static void
test_pca_closed_form(void)
{
	int n = 400, d = 5;
	double *xr = make_rows(n, d, 2.0, 21), *xc = make_rows(n, d, 2.5, 22);
	mc_vprof pr, pc;
	mc_mv_result r;

	mc_vprof_init(&pr, 0, 0, 16);
	mc_vprof_init(&pc, 0, 0, 16);
	mc_vprof_set_dim(&pr, d);
	mc_vprof_set_dim(&pc, d);
	for (int i = 0; i < n; i++)
	{
		mc_vprof_add(&pr, xr + i * d);
		mc_vprof_add(&pc, xc + i * d);
	}
	is_int(mc_mv_pca(&pr, &pc, 0.65, false, 3, -1, &r), MC_OK, "pca on unstandardized data");
	ok(r.info >= 1 && r.info < d, "keeps %d of %d components", r.info, d);
	ok(r.statistic > r.extra, "a shifted current errs more than the reference (%g > %g)",
	   r.statistic, r.extra);
	is_int(mc_mv_pca(&pr, &pr, 0.65, true, 3, -1, &r), MC_OK, "pca of the reference on itself");
	is_double(r.statistic, r.extra, 1e-12,
	          "the reference's own error is the closed form on itself");
	ok(!r.drifted, "no drift against itself");
	mc_vprof_free(&pr);
	mc_vprof_free(&pc);
	free(xr);
	free(xc);
}

static void
test_mmd_share(void)
{
	int n = 120, d = 3;
	double *xa = make_rows(n, d, 0, 31), *xb = make_rows(n, d, 0, 32),
	       *xc = make_rows(n, d, 1.5, 33);
	mc_vprof pa, pb, pc;
	mc_mv_result r1, r2;

	mc_vprof_init(&pa, 200, 0, 16);
	mc_vprof_init(&pb, 200, 0, 16);
	mc_vprof_init(&pc, 200, 0, 16);
	mc_vprof_set_dim(&pa, d);
	mc_vprof_set_dim(&pb, d);
	mc_vprof_set_dim(&pc, d);
	for (int i = 0; i < n; i++)
	{
		mc_vprof_add(&pa, xa + i * d);
		mc_vprof_add(&pb, xb + i * d);
		mc_vprof_add(&pc, xc + i * d);
	}
	is_int(mc_mv_mmd(&pa, &pb, 99, 7, 0, 1000, 0.05, &r1), MC_OK, "mmd same distribution");
	ok(!r1.drifted && r1.p_value > 0.05, "no drift between samples of one law (p %g)", r1.p_value);
	mc_mv_mmd(&pa, &pb, 99, 7, 0, 1000, 0.05, &r2);
	ok(r1.statistic == r2.statistic && r1.p_value == r2.p_value, "same seed, same result");
	is_int(mc_mv_mmd(&pa, &pc, 99, 7, 0, 1000, 0.05, &r1), MC_OK, "mmd shifted distribution");
	ok(r1.drifted && r1.p_value == 0.01, "a 1.5 shift is found with the smallest p (p %g)",
	   r1.p_value);
	is_int(mc_mv_share(&pa, &pc, 0.05, 0.5, &r1), MC_OK, "share shifted distribution");
	ok(r1.statistic == 1.0 && r1.drifted, "every dimension shifted: share 1");
	mc_vprof_free(&pa);
	mc_vprof_free(&pb);
	mc_vprof_free(&pc);
	free(xa);
	free(xb);
	free(xc);
}

int
main(void)
{
	test_block_vs_row();
	test_block_buffer();
	test_merge_partitions();
	test_reservoir_uniform();
	test_serialization();
	test_ks();
	test_hotelling_1d();
	test_hotelling_constant();
	test_pca_closed_form();
	test_mmd_share();
	return done_testing();
}
