/*
 * metrics_exact.c: the metric aggregates that keep every row in a metric_state: roc_auc, pr_auc,
 * binary_metrics, estimate_performance (label-free, CBPE), ndcg / ndcg_at_k, precision_at_k.
 * Transition functions append order-preserving score keys in place; final functions radix-sort
 * them once and compute the exact metric (src/core/binmetrics.c).
 */
#include "metrics.h"

#include <math.h>

/* PostgreSQL headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "utils/builtins.h"
#pragma GCC diagnostic pop

#include "core/binmetrics.h"

/* calibration bins of binary_metrics' calibration_error */
#define BINARY_METRICS_BINS 10

static double
threshold_arg(FunctionCallInfo fcinfo, int argno)
{
	double t;

	if (PG_NARGS() <= argno)
		return 0.5;
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("threshold must not be NULL")));
	t = PG_GETARG_FLOAT8(argno);
	if (!isfinite(t))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("threshold must be finite"), errdetail("Got %s.", metrics_f8(t))));
	return t == 0.0 ? 0.0 : t;
}

/* raise the error of a failed append (the row limit; out of memory only outside the server) */
static inline void
add_status(mc_status st, int bytes_per_row)
{
	if (likely(st == MC_OK))
		return;
	if (st == MC_ERR_RANGE)
		metrics_too_many_rows(bytes_per_row == 8 ? MC_MS_MAX_KEYS : MC_MS_MAX_PAIRS, bytes_per_row);
	mlcheck_raise_status(st, "metric_state", false);
}

static Datum
binary_add(FunctionCallInfo fcinfo, const char *fname, bool label_null, bool label)
{
	double threshold = threshold_arg(fcinfo, 3);
	MetricState *ms = metric_state_for_update(fcinfo, fname, MC_MS_BINARY, threshold, "threshold");
	double score;

	if (PG_ARGISNULL(1) || label_null)
	{
		ms->s.skipped++;
		PG_RETURN_DATUM(metric_state_datum(ms));
	}
	score = PG_GETARG_FLOAT8(1);
	metrics_check_score(score, "score");
	add_status(mc_scores_add_key(&ms->s, label, mc_key_from_double(score)), 8);
	PG_RETURN_DATUM(metric_state_datum(ms));
}

PG_FUNCTION_INFO_V1(mlcheck_binary_add_bool);
/* transition of roc_auc / pr_auc / binary_metrics with a boolean label */
Datum
mlcheck_binary_add_bool(PG_FUNCTION_ARGS)
{
	bool null = PG_ARGISNULL(2);

	return binary_add(fcinfo, "mlcheck.binary_add", null, null ? false : PG_GETARG_BOOL(2));
}

PG_FUNCTION_INFO_V1(mlcheck_binary_add_int);
/* transition of roc_auc / pr_auc / binary_metrics with a 0/1 integer label */
Datum
mlcheck_binary_add_int(PG_FUNCTION_ARGS)
{
	bool null = PG_ARGISNULL(2);

	return binary_add(fcinfo, "mlcheck.binary_add", null,
	                  null ? false : metrics_int_label(PG_GETARG_INT64(2)));
}

PG_FUNCTION_INFO_V1(mlcheck_probs_add);
/* transition of estimate_performance: probabilities without labels */
Datum
mlcheck_probs_add(PG_FUNCTION_ARGS)
{
	double threshold = threshold_arg(fcinfo, 2);
	MetricState *ms;
	double p;

	if (threshold < 0.0 || threshold > 1.0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("threshold must lie in [0, 1] for probabilities"),
		                errdetail("Got %s.", metrics_f8(threshold))));
	ms = metric_state_for_update(fcinfo, "mlcheck.probs_add", MC_MS_PROBS, threshold, "threshold");
	if (PG_ARGISNULL(1))
	{
		ms->s.skipped++;
		PG_RETURN_DATUM(metric_state_datum(ms));
	}
	p = PG_GETARG_FLOAT8(1);
	metrics_check_probability(p, "probability");
	add_status(mc_scores_add_key(&ms->s, true, mc_key_from_double(p)), 8);
	PG_RETURN_DATUM(metric_state_datum(ms));
}

static Datum
ranking_add(FunctionCallInfo fcinfo, bool rel_null, double relevance)
{
	double k = 0;
	MetricState *ms;
	double score;

	if (PG_NARGS() > 3)
	{
		int32 ki;

		if (PG_ARGISNULL(3))
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("k must not be NULL")));
		ki = PG_GETARG_INT32(3);
		if (ki < 1)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("k must be at least 1"), errdetail("Got %d.", ki)));
		k = ki;
	}
	ms = metric_state_for_update(fcinfo, "mlcheck.ranking_add", MC_MS_RANKING, k, "k");
	if (PG_ARGISNULL(1) || rel_null)
	{
		ms->s.skipped++;
		PG_RETURN_DATUM(metric_state_datum(ms));
	}
	score = PG_GETARG_FLOAT8(1);
	metrics_check_score(score, "score");
	if (!isfinite(relevance) || relevance < 0.0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("relevance must be a finite number >= 0"),
		                errdetail("Got %s.", metrics_f8(relevance))));
	add_status(
	    mc_scores_add_pair(&ms->s, mc_key_from_double(score), relevance == 0.0 ? 0.0 : relevance),
	    16);
	PG_RETURN_DATUM(metric_state_datum(ms));
}

PG_FUNCTION_INFO_V1(mlcheck_ranking_add);
/* transition of ndcg / ndcg_at_k / precision_at_k with graded relevance */
Datum
mlcheck_ranking_add(PG_FUNCTION_ARGS)
{
	bool null = PG_ARGISNULL(2);

	return ranking_add(fcinfo, null, null ? 0.0 : PG_GETARG_FLOAT8(2));
}

PG_FUNCTION_INFO_V1(mlcheck_ranking_add_bool);
/* transition of ndcg / ndcg_at_k / precision_at_k with boolean relevance (true = 1) */
Datum
mlcheck_ranking_add_bool(PG_FUNCTION_ARGS)
{
	bool null = PG_ARGISNULL(2);

	return ranking_add(fcinfo, null, (!null && PG_GETARG_BOOL(2)) ? 1.0 : 0.0);
}

/* ---------------------------------------------------------------- final functions */

static MetricState *
sorted_state(FunctionCallInfo fcinfo, uint8 kind, const char *metric)
{
	MetricState *ms = metric_state_read(PG_GETARG_DATUM(0));

	if (ms->kind != kind)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("this metric_state cannot give %s", metric)));
	metric_state_sort(ms);
	return ms;
}

PG_FUNCTION_INFO_V1(mlcheck_roc_auc_final);
/* roc_auc: exact area under the ROC curve; NULL when a class is missing */
Datum
mlcheck_roc_auc_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = sorted_state(fcinfo, MC_MS_BINARY, "roc_auc");
	double auc = mc_roc_auc_sorted(ms->s.pos.v, ms->s.pos.n, ms->s.neg.v, ms->s.neg.n);

	if (isnan(auc))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(auc);
}

PG_FUNCTION_INFO_V1(mlcheck_pr_auc_final);
/* pr_auc: average precision; NULL without positives */
Datum
mlcheck_pr_auc_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = sorted_state(fcinfo, MC_MS_BINARY, "pr_auc");
	double ap = mc_average_precision_sorted(ms->s.pos.v, ms->s.pos.n, ms->s.neg.v, ms->s.neg.n);

	if (isnan(ap))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(ap);
}

static void
add_rates(StringInfo buf, bool *first, const mc_rates *r)
{
	json_add_number(buf, first, "accuracy", r->accuracy);
	json_add_number(buf, first, "precision", r->precision);
	json_add_number(buf, first, "recall", r->recall);
	json_add_number(buf, first, "specificity", r->specificity);
	json_add_number(buf, first, "f1", r->f1);
}

PG_FUNCTION_INFO_V1(mlcheck_binary_metrics_final);
/* binary_metrics: every binary metric of the group as one jsonb object */
Datum
mlcheck_binary_metrics_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = sorted_state(fcinfo, MC_MS_BINARY, "binary_metrics");
	mc_binary_summary s;
	StringInfoData buf;
	bool first = true;
	uint64 n;
	mc_status st;

	st = mc_binary_summarize(ms->s.pos.v, ms->s.pos.n, ms->s.neg.v, ms->s.neg.n, ms->s.param,
	                         BINARY_METRICS_BINS, &s);
	if (st != MC_OK)
		mlcheck_raise_status(st, "binary_metrics", false);
	n = s.npos + s.nneg;
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_add_int(&buf, &first, "n", n);
	json_add_int(&buf, &first, "positives", s.npos);
	json_add_int(&buf, &first, "negatives", s.nneg);
	json_add_int(&buf, &first, "skipped", ms->s.skipped);
	json_add_number(&buf, &first, "prevalence", n > 0 ? (double) s.npos / (double) n : NAN);
	json_add_number(&buf, &first, "roc_auc", s.roc_auc);
	json_add_number(&buf, &first, "pr_auc", s.pr_auc);
	json_add_number(&buf, &first, "log_loss", s.log_loss);
	json_add_number(&buf, &first, "brier", s.brier);
	json_add_number(&buf, &first, "calibration_error", s.ece);
	json_add_number(&buf, &first, "threshold", ms->s.param);
	json_add_int(&buf, &first, "tp", s.tp);
	json_add_int(&buf, &first, "fp", s.fp);
	json_add_int(&buf, &first, "tn", s.tn);
	json_add_int(&buf, &first, "fn", s.fn);
	add_rates(&buf, &first, &s.rates);
	json_add_number(&buf, &first, "mcc", s.rates.mcc);
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(jsonb_from_stringinfo(&buf));
}

PG_FUNCTION_INFO_V1(mlcheck_estimate_final);
/* estimate_performance: expected metrics of unlabelled calibrated probabilities (CBPE) */
Datum
mlcheck_estimate_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = sorted_state(fcinfo, MC_MS_PROBS, "estimate_performance");
	mc_estimate e;
	StringInfoData buf;
	bool first = true;

	mc_estimate_performance(ms->s.pos.v, ms->s.pos.n, ms->s.param, &e);
	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_add_int(&buf, &first, "n", ms->s.pos.n);
	json_add_int(&buf, &first, "skipped", ms->s.skipped);
	json_add_number(&buf, &first, "threshold", ms->s.param);
	json_add_number(&buf, &first, "expected_positive_rate", e.expected_positive_rate);
	json_add_number(&buf, &first, "roc_auc", e.roc_auc);
	add_rates(&buf, &first, &e.rates);
	json_add_number(&buf, &first, "expected_tp", e.exp_tp);
	json_add_number(&buf, &first, "expected_fp", e.exp_fp);
	json_add_number(&buf, &first, "expected_tn", e.exp_tn);
	json_add_number(&buf, &first, "expected_fn", e.exp_fn);
	appendStringInfoChar(&buf, '}');
	PG_RETURN_DATUM(jsonb_from_stringinfo(&buf));
}

PG_FUNCTION_INFO_V1(mlcheck_ndcg_final);
/* ndcg / ndcg_at_k of one query group (NULL without rows) */
Datum
mlcheck_ndcg_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = sorted_state(fcinfo, MC_MS_RANKING, "ndcg");
	double v;
	mc_status st;

	if (ms->s.nkv == 0)
		PG_RETURN_NULL();
	st = mc_ndcg(ms->s.kv, ms->s.nkv, (uint64) ms->s.param, &v);
	if (st != MC_OK)
		mlcheck_raise_status(st, "ndcg", false);
	PG_RETURN_FLOAT8(v);
}

PG_FUNCTION_INFO_V1(mlcheck_precision_at_k_final);
/* precision_at_k of one query group (NULL without rows) */
Datum
mlcheck_precision_at_k_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = sorted_state(fcinfo, MC_MS_RANKING, "precision_at_k");

	if (ms->s.param < 1)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("precision_at_k needs a state built with k >= 1")));
	if (ms->s.nkv == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(mc_precision_at_k(ms->s.kv, ms->s.nkv, (uint64) ms->s.param));
}
