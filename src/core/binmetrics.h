/*
 * binmetrics.h: model-quality metrics of binary classifiers and rankers, computed from exact
 * (sorted) scores or from fixed-size accumulators, matching scikit-learn 1.2.
 *
 * Undefined ratios (0/0) come back as NaN; the SQL glue turns them into NULL.
 */
#ifndef MC_BINMETRICS_H
#define MC_BINMETRICS_H

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"
#include "sortkey.h"

/* ---------------------------------------------------------------- compensated sums */

/* Neumaier's compensated sum: error O(eps) instead of O(n eps) for any summation order. */
typedef struct mc_ksum
{
	double s;
	double c;
} mc_ksum;

static inline void
mc_ksum_add(mc_ksum *k, double x)
{
	double t = k->s + x;

	if (fabs(k->s) >= fabs(x))
		k->c += (k->s - t) + x;
	else
		k->c += (x - t) + k->s;
	k->s = t;
}

static inline double
mc_ksum_value(const mc_ksum *k)
{
	return k->s + k->c;
}

/* ---------------------------------------------------------------- per-row terms */

/*
 * Clipping of log loss: scikit-learn 1.2's log_loss with its default eps="auto", which for
 * float64 is the machine epsilon 2^-52 (older releases used 1e-15).
 */
#define MC_LOG_LOSS_EPS DBL_EPSILON

/*
 * Log-loss term of one row as scikit-learn 1.2 computes it: clip p to [eps, 1 - eps], form the
 * two-column row (1 - p, p), renormalise it to sum 1 and take -log of the entry of the label.
 */
static inline double
mc_log_loss_term(double p, bool label)
{
	double pc = p < MC_LOG_LOSS_EPS ? MC_LOG_LOSS_EPS
	                                : (p > 1.0 - MC_LOG_LOSS_EPS ? 1.0 - MC_LOG_LOSS_EPS : p);
	double qc = 1.0 - pc;
	double s = qc + pc;
	double v = label ? pc : qc;

	/* the renormalisation only changes anything when the rounded sum is not exactly 1 */
	if (s != 1.0)
		v /= s;
	return -log(v);
}

/*
 * Equal-width calibration bin of a probability p in [0, 1] among `bins` bins, exactly as
 * sklearn.calibration.calibration_curve(strategy='uniform'): the edges are
 * numpy.linspace(0, 1, bins + 1), i.e. e_i = i * (1.0 / bins), and p falls in bin b when
 * e_b < p <= e_{b+1} (bins are right-closed; bin 0 also holds p = 0).
 */
static inline int
mc_uniform_bin(double p, int bins)
{
	double step = 1.0 / bins;
	int b = (int) ceil(p * bins) - 1;

	if (b < 0)
		b = 0;
	if (b > bins - 1)
		b = bins - 1;
	/* fix the guess against the exact edges (rounding of p * bins may be off by one) */
	while (b > 0 && !((double) b * step < p))
		b--;
	while (b < bins - 1 && (double) (b + 1) * step < p)
		b++;
	return b;
}

/* Lower and upper edge of equal-width bin b (the upper edge of the last bin is exactly 1). */
static inline double
mc_uniform_bin_lower(int b, int bins)
{
	return (double) b * (1.0 / bins);
}

static inline double
mc_uniform_bin_upper(int b, int bins)
{
	return b + 1 >= bins ? 1.0 : (double) (b + 1) * (1.0 / bins);
}

/* ---------------------------------------------------------------- confusion-matrix rates */

typedef struct mc_rates
{
	double accuracy;    /* (tp + tn) / n */
	double precision;   /* tp / (tp + fp) */
	double recall;      /* tp / (tp + fn) */
	double specificity; /* tn / (tn + fp) */
	double f1;          /* 2 tp / (2 tp + fp + fn) */
	double mcc;         /* Matthews correlation coefficient */
} mc_rates;

/*
 * Rates of a binary confusion matrix (counts, or expected counts for label-free estimates).
 * A ratio whose denominator is 0 is NaN (scikit-learn returns 0 there, with a warning for
 * precision / recall / F1 and silently for MCC).
 */
void mc_confusion_rates(double tp, double fp, double tn, double fn, mc_rates *r);

/* ---------------------------------------------------------------- exact metrics from sorted keys
 */

/* Number of keys in the ascending array a[0..n) that are >= key. */
size_t mc_count_at_least(const uint64_t *a, size_t n, uint64_t key);

/*
 * Exact ROC AUC from the ascending score keys of the positives and of the negatives: the
 * Mann–Whitney statistic with ties counted one half, which equals scikit-learn's trapezoidal
 * area under the ROC curve over distinct thresholds. The pair count is accumulated in integers
 * (exact), divided once at the end. NaN when a class is empty.
 */
double mc_roc_auc_sorted(const uint64_t *pos, size_t npos, const uint64_t *neg, size_t nneg);

/*
 * Average precision as scikit-learn's average_precision_score: sum over the distinct
 * thresholds t (descending) of (R(t) - R(t_prev)) * P(t), without interpolation, where every
 * row with score >= t is predicted positive. NaN without positives (scikit-learn returns 0
 * with a warning); 1 when every row is positive.
 */
double mc_average_precision_sorted(const uint64_t *pos, size_t npos, const uint64_t *neg,
                                   size_t nneg);

/* Everything binary_metrics reports about one set of scored rows. */
typedef struct mc_binary_summary
{
	uint64_t npos, nneg;
	double roc_auc, pr_auc;
	uint64_t tp, fp, tn, fn; /* at the threshold: predicted positive iff score >= threshold */
	mc_rates rates;
	bool probabilities; /* every score lies in [0, 1]; else the next three are NaN */
	double log_loss, brier, ece;
} mc_binary_summary;

/* Fill s from sorted keys; ece over `bins` equal-width bins. MC_ERR_NOMEM outside the server. */
mc_status mc_binary_summarize(const uint64_t *pos, size_t npos, const uint64_t *neg, size_t nneg,
                              double threshold, int bins, mc_binary_summary *s);

/* ---------------------------------------------------------------- label-free estimation */

/*
 * Confidence-based performance estimation (NannyML CBPE) from calibrated probabilities alone.
 * A row with probability p counts as an expected positive with weight p and an expected
 * negative with weight 1 - p. Expected confusion counts at the threshold (predicted positive iff
 * p >= threshold) give the rates; the expected ROC AUC is the ROC AUC of that weighted set.
 */
typedef struct mc_estimate
{
	double exp_tp, exp_fp, exp_tn, exp_fn;
	mc_rates rates;
	double roc_auc;
	double expected_positive_rate; /* sum p / n */
} mc_estimate;

/* From the ascending keys of n probabilities (each in [0, 1]). */
void mc_estimate_performance(const uint64_t *sorted, size_t n, double threshold, mc_estimate *e);

/* ---------------------------------------------------------------- ranking */

/*
 * NDCG of one query group as sklearn.metrics.ndcg_score (linear gain, log2 discount
 * 1 / log2(rank + 1), k = 0 for no cutoff, ties in the score averaged over their permutations;
 * 0 when every relevance is 0). The pairs are (score key, relevance >= 0), ascending by key.
 */
mc_status mc_ndcg(const mc_kv *sorted, size_t n, uint64_t k, double *out);

/*
 * Precision at k of one query group: the expected number of relevant (relevance > 0) rows among
 * the k best-scored ones, divided by k; ties straddling rank k are averaged over their
 * permutations, as ndcg_score does. Pairs ascending by key; k >= 1.
 */
double mc_precision_at_k(const mc_kv *sorted, size_t n, uint64_t k);

#endif /* MC_BINMETRICS_H */
