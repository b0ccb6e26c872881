/*
 * test_binmetrics.c: unit tests of the binary / ranking metric kernels (src/core/binmetrics.c)
 * against values computed by hand or by scikit-learn 1.2 (quoted in each test name).
 */
#include <math.h>
#include <stdlib.h>

#include "binmetrics.h"
#include "tap.h"

/* split (score, label) rows into sorted key arrays */
static void
split(const double *s, const int *y, size_t n, uint64_t *pos, size_t *np, uint64_t *neg, size_t *nn)
{
	*np = *nn = 0;
	for (size_t i = 0; i < n; i++)
	{
		if (y[i])
			pos[(*np)++] = mc_key_from_double(s[i]);
		else
			neg[(*nn)++] = mc_key_from_double(s[i]);
	}
	mc_sort_keys(pos, *np);
	mc_sort_keys(neg, *nn);
}

static void
test_auc_ap(void)
{
	uint64_t pos[16], neg[16];
	size_t np, nn;
	/* sklearn docstring example: roc_auc 0.75, average precision 0.8333333333333333 */
	double s1[] = {0.1, 0.4, 0.35, 0.8};
	int y1[] = {0, 0, 1, 1};
	/* heavy ties: sklearn roc_auc 0.5, average precision 0.5678571428571428 */
	double s2[] = {0.5, 0.5, 0.5, 0.2, 0.9, 0.2, 0.9};
	int y2[] = {1, 0, 1, 0, 1, 1, 0};
	/* -0.0 and +0.0 tie; infinities rank at the ends: pairs (inf>0:1, inf>-inf:1, 0=-0:.5,
	 * 0>-inf:1) */
	double s3[] = {INFINITY, 0.0, -0.0, -INFINITY};
	int y3[] = {1, 1, 0, 0};

	split(s1, y1, 4, pos, &np, neg, &nn);
	is_double(mc_roc_auc_sorted(pos, np, neg, nn), 0.75, 1e-15,
	          "roc_auc of the sklearn example is 0.75");
	is_double(mc_average_precision_sorted(pos, np, neg, nn), 0.8333333333333333, 1e-15,
	          "average precision of the sklearn example is 0.8333333333333333");
	split(s2, y2, 7, pos, &np, neg, &nn);
	is_double(mc_roc_auc_sorted(pos, np, neg, nn), 0.5, 1e-15,
	          "roc_auc with ties (mid-ranks) is 0.5");
	is_double(mc_average_precision_sorted(pos, np, neg, nn), 0.5678571428571428, 1e-15,
	          "average precision with ties (step-wise, no interpolation) is 0.5678571428571428");
	split(s3, y3, 4, pos, &np, neg, &nn);
	is_double(mc_roc_auc_sorted(pos, np, neg, nn), 3.5 / 4.0, 1e-15,
	          "roc_auc with infinities and signed zeros is 3.5/4");
	ok(isnan(mc_roc_auc_sorted(pos, np, neg, 0)), "roc_auc without negatives is NaN");
	ok(isnan(mc_roc_auc_sorted(pos, 0, neg, nn)), "roc_auc without positives is NaN");
	ok(isnan(mc_average_precision_sorted(pos, 0, neg, nn)),
	   "average precision without positives is NaN");
	is_double(mc_average_precision_sorted(pos, np, neg, 0), 1.0, 0,
	          "average precision with only positives is 1");
	is_int((long long) mc_count_at_least(pos, np, mc_key_from_double(0.0)), 2,
	       "count_at_least counts ties in");
	is_int((long long) mc_count_at_least(pos, np, mc_key_from_double(1.0)), 1,
	       "count_at_least above");
}

static void
test_rates(void)
{
	mc_rates r;

	/* y=[1,1,0,0,1], pred=[1,0,0,1,1]: tp 2, fp 1, tn 1, fn 1; sklearn mcc 1/6 */
	mc_confusion_rates(2, 1, 1, 1, &r);
	is_double(r.accuracy, 0.6, 1e-15, "accuracy 3/5");
	is_double(r.precision, 2.0 / 3, 1e-15, "precision 2/3");
	is_double(r.recall, 2.0 / 3, 1e-15, "recall 2/3");
	is_double(r.specificity, 0.5, 1e-15, "specificity 1/2");
	is_double(r.f1, 2.0 / 3, 1e-15, "f1 4/6");
	is_double(r.mcc, 1.0 / 6, 1e-15, "mcc 1/6 (sklearn matthews_corrcoef)");
	mc_confusion_rates(0, 0, 5, 0, &r);
	ok(isnan(r.precision) && isnan(r.recall) && isnan(r.f1) && isnan(r.mcc) && r.specificity == 1.0,
	   "no positives at all: precision, recall, f1, mcc undefined, specificity 1");
	mc_confusion_rates(0, 2, 3, 4, &r);
	ok(isnan(r.mcc) == 0 && r.f1 == 0 && r.precision == 0 && r.recall == 0,
	   "no true positives but defined denominators: precision, recall, f1 are 0");
	mc_confusion_rates(0, 0, 0, 0, &r);
	ok(isnan(r.accuracy), "accuracy of no rows is undefined");
}

static void
test_terms(void)
{
	/* sklearn log_loss([1,0,1],[0.9,0.2,1.0]) = 0.10950135565734541 (1.0 clipped to 1 - 2^-52) */
	double ll =
	    (mc_log_loss_term(0.9, 1) + mc_log_loss_term(0.2, 0) + mc_log_loss_term(1.0, 1)) / 3;

	is_double(ll, 0.10950135565734541, 1e-15,
	          "log loss matches sklearn 1.2 (eps = 2^-52 clipping)");
	ok(isfinite(mc_log_loss_term(0.0, 1)) &&
	       fabs(mc_log_loss_term(0.0, 1) - 36.04365338911715) < 1e-9,
	   "p = 0 with label 1 costs -log(2^-52) = 36.04365338911715, not infinity");
	/* bins of numpy.linspace(0, 1, 11): 0.3 <= e_3 = 0.30000000000000004, so bin 2 */
	is_int(mc_uniform_bin(0.3, 10), 2, "0.3 falls in bin 2 of 10 (right-closed, edge 3*0.1 > 0.3)");
	is_int(mc_uniform_bin(0.0, 10), 0, "0 falls in bin 0");
	is_int(mc_uniform_bin(1.0, 10), 9, "1 falls in the last bin");
	is_int(mc_uniform_bin(0.1, 10), 0, "0.1 equals edge 1 and falls in bin 0 (right-closed)");
	is_int(mc_uniform_bin(0.10000000000000002, 10), 1, "just above edge 1 falls in bin 1");
	is_int(mc_uniform_bin(0.5, 1), 0, "one bin holds everything");
	{
		int good = 1;

		/* exhaustive agreement with the edge definition on a fine grid, for several bin counts */
		for (int bins = 1; bins <= 37 && good; bins++)
			for (int i = 0; i <= 10000 && good; i++)
			{
				double p = i / 10000.0;
				int b = mc_uniform_bin(p, bins);

				if (!((b == 0 || (double) b * (1.0 / bins) < p) &&
				      (b == bins - 1 || p <= (double) (b + 1) * (1.0 / bins))))
					good = 0;
			}
		ok(good,
		   "every bin index satisfies e_b < p <= e_{b+1} on a grid of 10001 points, 1..37 bins");
	}
	is_double(mc_uniform_bin_upper(9, 10), 1.0, 0, "the last bin's upper edge is exactly 1");
	is_double(mc_uniform_bin_lower(3, 10), 0.30000000000000004, 0,
	          "edge 3 of 10 is 3 * 0.1 as numpy");
}

static void
test_summary(void)
{
	/* probabilities: y=[0,0,1,1], p=[0.1,0.4,0.35,0.8]; brier = (0.01+0.16+0.4225+0.04)/4 */
	double s1[] = {0.1, 0.4, 0.35, 0.8};
	int y1[] = {0, 0, 1, 1};
	uint64_t pos[4], neg[4];
	size_t np, nn;
	mc_binary_summary s;

	split(s1, y1, 4, pos, &np, neg, &nn);
	ok(mc_binary_summarize(pos, np, neg, nn, 0.4, 10, &s) == MC_OK, "summarize succeeds");
	is_int((long long) s.tp, 1, "tp at 0.4 (score >= threshold)");
	is_int((long long) s.fp, 1, "fp at 0.4 counts the tie 0.4 >= 0.4");
	is_int((long long) s.tn, 1, "tn at 0.4");
	is_int((long long) s.fn, 1, "fn at 0.4");
	ok(s.probabilities, "scores in [0, 1] are probabilities");
	is_double(s.brier, (0.01 + 0.16 + 0.4225 + 0.04) / 4, 1e-15, "brier by hand");
	/* bins of 10: 0.1 -> 0, 0.35 -> 3, 0.4 -> 3 (0.4 <= e_4 = 0.4), 0.8 -> 7;
	 * ece = (|0.1 - 0| + |0.75 - 1| + |0.8 - 1|) / 4 = 0.55 / 4 */
	is_double(s.ece, 0.55 / 4, 1e-15, "expected calibration error by hand");
	{
		double s2[] = {-1.0, 2.0};
		int y2[] = {0, 1};

		split(s2, y2, 2, pos, &np, neg, &nn);
		mc_binary_summarize(pos, np, neg, nn, 0.5, 10, &s);
		ok(!s.probabilities && isnan(s.log_loss) && isnan(s.brier) && isnan(s.ece) &&
		       s.roc_auc == 1.0,
		   "scores outside [0, 1]: ranking metrics only");
	}
}

static void
test_estimate(void)
{
	/* p = [0.2, 0.6, 0.6, 0.9], threshold 0.5: E[tp] = 2.1, E[fp] = 0.9, E[fn] = 0.2, E[tn] = 0.8
	 */
	double p[] = {0.6, 0.2, 0.9, 0.6};
	uint64_t k[4];
	mc_estimate e;
	/* weighted AUC by hand: positives (w=p) over negatives (w=1-p):
	 * groups asc: 0.2 (wp .2, wn .8), 0.6 (wp 1.2, wn .8), 0.9 (wp .9, wn .1)
	 * num = .2*0 + .5*.2*.8 + 1.2*.8 + .5*1.2*.8 + .9*1.6 + .5*.9*.1 = 0.08+0.96+0.48+1.44+0.045
	 * = 3.005 den = 2.3 * 1.7 = 3.91 */
	for (int i = 0; i < 4; i++)
		k[i] = mc_key_from_double(p[i]);
	mc_sort_keys(k, 4);
	mc_estimate_performance(k, 4, 0.5, &e);
	is_double(e.exp_tp, 2.1, 1e-15, "expected tp");
	is_double(e.exp_fp, 0.9, 1e-15, "expected fp");
	is_double(e.exp_fn, 0.2, 1e-15, "expected fn");
	is_double(e.exp_tn, 0.8, 1e-15, "expected tn");
	is_double(e.rates.accuracy, 2.9 / 4, 1e-15, "expected accuracy");
	is_double(e.rates.precision, 2.1 / 3.0, 1e-15, "expected precision");
	is_double(e.rates.recall, 2.1 / 2.3, 1e-15, "expected recall");
	is_double(e.roc_auc, 3.005 / 3.91, 1e-14, "expected roc auc (weighted Mann-Whitney)");
	is_double(e.expected_positive_rate, 2.3 / 4, 1e-15, "expected positive rate");
}

static void
sorted_pairs(const double *score, const double *rel, size_t n, mc_kv *kv)
{
	for (size_t i = 0; i < n; i++)
	{
		kv[i].key = mc_key_from_double(score[i]);
		kv[i].val = rel[i];
	}
	mc_sort_kv(kv, n);
}

static void
test_ranking(void)
{
	/* sklearn ndcg_score docstring: true relevance [10, 0, 0, 1, 5] */
	double rel[] = {10, 0, 0, 1, 5};
	double sa[] = {.1, .2, .3, 4, 70};
	double sb[] = {.05, 1.1, 1., .5, .0};
	double sc[] = {1, 0, 0, 0, 1};
	double zero[] = {0, 0, 0, 0, 0};
	mc_kv kv[5];
	double v;

	sorted_pairs(sa, rel, 5, kv);
	mc_ndcg(kv, 5, 0, &v);
	is_double(v, 0.6956940443813076, 1e-14, "ndcg of the sklearn example a is 0.6956940443813076");
	sorted_pairs(sb, rel, 5, kv);
	mc_ndcg(kv, 5, 0, &v);
	is_double(v, 0.493680191377376, 1e-14, "ndcg of the sklearn example b is 0.493680191377376");
	mc_ndcg(kv, 5, 4, &v);
	is_double(v, 0.3520241100634488, 1e-14, "ndcg@4 of example b is 0.3520241100634488");
	sorted_pairs(sc, rel, 5, kv);
	mc_ndcg(kv, 5, 1, &v);
	is_double(v, 0.75, 1e-14, "ndcg@1 with a tie at the top averages the tied gains: 0.75");
	/* precision@1 with the tie {10, 5} at the top: both relevant -> 1; @2 -> 1; @3: 2 of 3 slots */
	is_double(mc_precision_at_k(kv, 5, 1), 1.0, 1e-15, "precision@1 over a relevant tie");
	is_double(mc_precision_at_k(kv, 5, 3), (2 + 1.0 / 3) / 3, 1e-15,
	          "precision@3: 2 from the top tie + 1 slot of the 3-way tie with 1 relevant of 3");
	is_double(mc_precision_at_k(kv, 5, 10), 3.0 / 10, 1e-15,
	          "precision@10 over 5 rows divides by k");
	sorted_pairs(sc, zero, 5, kv);
	mc_ndcg(kv, 5, 0, &v);
	is_double(v, 0.0, 0, "ndcg of an all-irrelevant query is 0 (as sklearn)");
	{
		double one_s[] = {0.3}, one_r[] = {2};

		sorted_pairs(one_s, one_r, 1, kv);
		mc_ndcg(kv, 1, 0, &v);
		is_double(v, 1.0, 0, "ndcg of a one-row query with a relevant row is 1");
	}
	mc_ndcg(kv, 0, 0, &v);
	ok(isnan(v), "ndcg of no rows is NaN");
}

int
main(void)
{
	test_auc_ap();
	test_rates();
	test_terms();
	test_summary();
	test_estimate();
	test_ranking();
	return done_testing();
}
