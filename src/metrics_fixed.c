/*
 * metrics_fixed.c: the metric aggregates whose state is a fixed-size float8[] updated in place
 * under AggCheckCallContext (as float.c's float8_accum): log_loss, brier, confusion,
 * calibration_error / calibration_table, roc_auc_binned, regression_metrics.
 *
 * Every state array starts with its parameters (threshold, bins...) so that combine and final
 * functions check them; counts are stored as float8 (exact below 2^53). Support functions are
 * callable from SQL, so every array is validated before use.
 */
#include "metrics.h"

#include <math.h>

/* PostgreSQL headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"
#pragma GCC diagnostic pop

#include "core/binmetrics.h"

#define MAX_CALIBRATION_BINS 10000
#define MAX_AUC_BINS         1000000
#define DEFAULT_AUC_BINS     10000

/* ---------------------------------------------------------------- float8[] state helpers */

/* data of a one-dimensional array without a null bitmap (checked by the callers first) */
#define F8_DATA(a) ((float8 *) (((char *) (a)) + ARR_OVERHEAD_NONULLS(1)))

/* A zero-filled float8[] of n elements in the current (per-call) memory context. */
static ArrayType *
f8_new(int n)
{
	Size size = ARR_OVERHEAD_NONULLS(1) + sizeof(float8) * (Size) n;
	ArrayType *a = palloc0(size);

	SET_VARSIZE(a, size);
	a->ndim = 1;
	a->dataoffset = 0;
	a->elemtype = FLOAT8OID;
	ARR_DIMS(a)[0] = n;
	ARR_LBOUND(a)[0] = 1;
	return a;
}

static void
invalid_state(const char *fname)
{
	ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
	                errmsg("invalid transition state for %s", fname)));
}

/* The values of a one-dimensional float8[] without NULLs, of exactly n elements. */
static float8 *
f8_values(ArrayType *a, int n, const char *fname)
{
	if (ARR_NDIM(a) != 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID || ARR_DIMS(a)[0] != n)
		invalid_state(fname);
	return (float8 *) F8_DATA(a);
}

/* Length of a one-dimensional float8[] (0 when it is not one). */
static int
f8_length(ArrayType *a)
{
	if (ARR_NDIM(a) != 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID)
		return 0;
	return ARR_DIMS(a)[0];
}

/* A count stored as float8 must be a non-negative integer. */
static bool
is_count(double v)
{
	return v >= 0 && v <= 9007199254740992.0 && v == floor(v);
}

static void
require_aggregate(FunctionCallInfo fcinfo, const char *fname)
{
	if (!AggCheckCallContext(fcinfo, NULL))
		metrics_not_in_aggregate(fname);
}

static bool
label_arg(FunctionCallInfo fcinfo, int argno, bool is_int, bool *isnull)
{
	*isnull = PG_ARGISNULL(argno);
	if (*isnull)
		return false;
	return is_int ? metrics_int_label(PG_GETARG_INT64(argno)) : PG_GETARG_BOOL(argno);
}

static Datum
composite_result(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
	TupleDesc tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

static void
set_double(Datum *values, bool *nulls, int i, double v)
{
	nulls[i] = !isfinite(v);
	values[i] = Float8GetDatum(nulls[i] ? 0.0 : v);
}

/* ---------------------------------------------------------------- log_loss and brier */
/* state: [n, sum, compensation, skipped] */

#define SUM_STATE_LEN 4

static Datum
mean_state_add(FunctionCallInfo fcinfo, bool is_int, bool brier)
{
	const char *fname = brier ? "mlcheck.brier_add" : "mlcheck.log_loss_add";
	ArrayType *a;
	float8 *v;
	bool lnull, label;
	double p, term;

	require_aggregate(fcinfo, fname);
	a = PG_ARGISNULL(0) ? f8_new(SUM_STATE_LEN) : PG_GETARG_ARRAYTYPE_P(0);
	v = f8_values(a, SUM_STATE_LEN, fname);
	label = label_arg(fcinfo, 2, is_int, &lnull);
	if (PG_ARGISNULL(1) || lnull)
	{
		v[3] += 1;
		PG_RETURN_ARRAYTYPE_P(a);
	}
	p = PG_GETARG_FLOAT8(1);
	metrics_check_probability(p, "probability");
	if (brier)
	{
		double d = p - (label ? 1.0 : 0.0);

		term = d * d;
	}
	else
		term = mc_log_loss_term(p, label);
	{
		mc_ksum k = {v[1], v[2]};

		mc_ksum_add(&k, term);
		v[1] = k.s;
		v[2] = k.c;
	}
	v[0] += 1;
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_log_loss_add_bool);
/* transition of log_loss(probability, bool) */
Datum
mlcheck_log_loss_add_bool(PG_FUNCTION_ARGS)
{
	return mean_state_add(fcinfo, false, false);
}

PG_FUNCTION_INFO_V1(mlcheck_log_loss_add_int);
/* transition of log_loss(probability, 0/1 integer) */
Datum
mlcheck_log_loss_add_int(PG_FUNCTION_ARGS)
{
	return mean_state_add(fcinfo, true, false);
}

PG_FUNCTION_INFO_V1(mlcheck_brier_add_bool);
/* transition of brier(probability, bool) */
Datum
mlcheck_brier_add_bool(PG_FUNCTION_ARGS)
{
	return mean_state_add(fcinfo, false, true);
}

PG_FUNCTION_INFO_V1(mlcheck_brier_add_int);
/* transition of brier(probability, 0/1 integer) */
Datum
mlcheck_brier_add_int(PG_FUNCTION_ARGS)
{
	return mean_state_add(fcinfo, true, true);
}

static void
check_sum_state(const float8 *v, const char *fname)
{
	if (!is_count(v[0]) || !is_count(v[3]) || !isfinite(v[1]) || !isfinite(v[2]))
		invalid_state(fname);
}

PG_FUNCTION_INFO_V1(mlcheck_mean_state_combine);
/* combine of log_loss / brier: add counts and compensated sums */
Datum
mlcheck_mean_state_combine(PG_FUNCTION_ARGS)
{
	const char *fname = "mlcheck.mean_state_combine";
	ArrayType *a, *b;
	float8 *va, *vb;

	require_aggregate(fcinfo, fname);
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = PG_GETARG_ARRAYTYPE_P(1);
	vb = f8_values(b, SUM_STATE_LEN, fname);
	check_sum_state(vb, fname);
	a = PG_ARGISNULL(0) ? f8_new(SUM_STATE_LEN) : PG_GETARG_ARRAYTYPE_P(0);
	va = f8_values(a, SUM_STATE_LEN, fname);
	{
		mc_ksum k = {va[1], va[2]};

		mc_ksum_add(&k, vb[1]);
		k.c += vb[2];
		va[1] = k.s;
		va[2] = k.c;
	}
	va[0] += vb[0];
	va[3] += vb[3];
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_mean_state_final);
/* final of log_loss / brier: the mean of the per-row terms; NULL without rows */
Datum
mlcheck_mean_state_final(PG_FUNCTION_ARGS)
{
	float8 *v = f8_values(PG_GETARG_ARRAYTYPE_P(0), SUM_STATE_LEN, "mlcheck.mean_state_final");

	check_sum_state(v, "mlcheck.mean_state_final");
	if (v[0] == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((v[1] + v[2]) / v[0]);
}

/* ---------------------------------------------------------------- confusion */
/* state: [threshold, tp, fp, tn, fn, skipped] */

#define CONFUSION_LEN 6

static double
finite_threshold(FunctionCallInfo fcinfo, int argno)
{
	double t;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("threshold must not be NULL")));
	t = PG_GETARG_FLOAT8(argno);
	if (!isfinite(t))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("threshold must be finite"), errdetail("Got %s.", metrics_f8(t))));
	return t == 0.0 ? 0.0 : t;
}

static void
check_confusion_state(const float8 *v, const char *fname)
{
	if (!isfinite(v[0]))
		invalid_state(fname);
	for (int i = 1; i < CONFUSION_LEN; i++)
		if (!is_count(v[i]))
			invalid_state(fname);
}

static Datum
confusion_add(FunctionCallInfo fcinfo, bool is_int)
{
	const char *fname = "mlcheck.confusion_add";
	double t = finite_threshold(fcinfo, 3);
	ArrayType *a;
	float8 *v;
	bool lnull, label;
	double score;

	require_aggregate(fcinfo, fname);
	if (PG_ARGISNULL(0))
	{
		a = f8_new(CONFUSION_LEN);
		v = f8_values(a, CONFUSION_LEN, fname);
		v[0] = t;
	}
	else
	{
		a = PG_GETARG_ARRAYTYPE_P(0);
		v = f8_values(a, CONFUSION_LEN, fname);
		if (v[0] != t)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("threshold must be the same for every row of a group"),
			                errdetail("Got %s after %s.", metrics_f8(t), metrics_f8(v[0]))));
	}
	label = label_arg(fcinfo, 2, is_int, &lnull);
	if (PG_ARGISNULL(1) || lnull)
	{
		v[5] += 1;
		PG_RETURN_ARRAYTYPE_P(a);
	}
	score = PG_GETARG_FLOAT8(1);
	metrics_check_score(score, "score");
	if (score >= t)
		v[label ? 1 : 2] += 1; /* tp : fp */
	else
		v[label ? 4 : 3] += 1; /* fn : tn */
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_confusion_add_bool);
/* transition of confusion(score, bool, threshold) */
Datum
mlcheck_confusion_add_bool(PG_FUNCTION_ARGS)
{
	return confusion_add(fcinfo, false);
}

PG_FUNCTION_INFO_V1(mlcheck_confusion_add_int);
/* transition of confusion(score, 0/1 integer, threshold) */
Datum
mlcheck_confusion_add_int(PG_FUNCTION_ARGS)
{
	return confusion_add(fcinfo, true);
}

/*
 * Shared combine of the states whose first `nparams` entries are parameters that must agree and
 * whose remaining entries add: confusion (1 parameter), calibration (1), roc_auc_binned (3).
 * The length must match the parameters (len_of computes it from the first entry).
 */
static Datum
additive_combine(FunctionCallInfo fcinfo, const char *fname, int nparams,
                 int (*len_of)(const float8 *v, int len),
                 void (*check)(const float8 *v, int len, const char *fname))
{
	ArrayType *a, *b;
	float8 *va, *vb;
	int len;

	require_aggregate(fcinfo, fname);
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = PG_GETARG_ARRAYTYPE_P(1);
	len = f8_length(b);
	if (len < nparams || len_of((float8 *) F8_DATA(b), len) != len)
		invalid_state(fname);
	vb = f8_values(b, len, fname);
	check(vb, len, fname);
	if (PG_ARGISNULL(0))
	{
		/* a copy in the current context: nodeAgg moves it into the aggregate context */
		a = f8_new(len);
		memcpy(F8_DATA(a), vb, sizeof(float8) * len);
		PG_RETURN_ARRAYTYPE_P(a);
	}
	a = PG_GETARG_ARRAYTYPE_P(0);
	va = f8_values(a, len, fname);
	for (int i = 0; i < nparams; i++)
		if (va[i] != vb[i])
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("cannot combine %s states with different parameters", fname)));
	for (int i = nparams; i < len; i++)
		va[i] += vb[i];
	PG_RETURN_ARRAYTYPE_P(a);
}

static int
confusion_len(const float8 *v, int len)
{
	(void) v;
	(void) len;
	return CONFUSION_LEN;
}

static void
confusion_check(const float8 *v, int len, const char *fname)
{
	(void) len;
	check_confusion_state(v, fname);
}

PG_FUNCTION_INFO_V1(mlcheck_confusion_combine);
/* combine of confusion: add the four counts and the skipped rows */
Datum
mlcheck_confusion_combine(PG_FUNCTION_ARGS)
{
	return additive_combine(fcinfo, "mlcheck.confusion_combine", 1, confusion_len, confusion_check);
}

PG_FUNCTION_INFO_V1(mlcheck_confusion_final);
/* final of confusion: the composite confusion_summary */
Datum
mlcheck_confusion_final(PG_FUNCTION_ARGS)
{
	float8 *v = f8_values(PG_GETARG_ARRAYTYPE_P(0), CONFUSION_LEN, "mlcheck.confusion_final");
	Datum values[12];
	bool nulls[12] = {0};
	mc_rates r;

	check_confusion_state(v, "mlcheck.confusion_final");
	mc_confusion_rates(v[1], v[2], v[3], v[4], &r);
	for (int i = 0; i < 4; i++)
		values[i] = Int64GetDatum((int64) v[1 + i]);
	set_double(values, nulls, 4, r.accuracy);
	set_double(values, nulls, 5, r.precision);
	set_double(values, nulls, 6, r.recall);
	set_double(values, nulls, 7, r.specificity);
	set_double(values, nulls, 8, r.f1);
	set_double(values, nulls, 9, r.mcc);
	values[10] = Float8GetDatum(v[0]);
	values[11] = Int64GetDatum((int64) v[5]);
	return composite_result(fcinfo, values, nulls);
}

/* ---------------------------------------------------------------- calibration */
/* state: [bins, n, skipped, count[bins], sum_prob[bins], positives[bins]] */

static int
calibration_len(const float8 *v, int len)
{
	(void) len;
	if (!(v[0] >= 1 && v[0] <= MAX_CALIBRATION_BINS && v[0] == floor(v[0])))
		return -1;
	return 3 + 3 * (int) v[0];
}

static void
calibration_check(const float8 *v, int len, const char *fname)
{
	int bins = (int) v[0];

	(void) len;
	if (!is_count(v[1]) || !is_count(v[2]))
		invalid_state(fname);
	for (int b = 0; b < bins; b++)
		if (!is_count(v[3 + b]) || !is_count(v[3 + 2 * bins + b]) || !(v[3 + bins + b] >= 0) ||
		    !(v[3 + bins + b] <= v[3 + b]) || !(v[3 + 2 * bins + b] <= v[3 + b]))
			invalid_state(fname);
}

static Datum
calibration_add(FunctionCallInfo fcinfo, bool is_int)
{
	const char *fname = "mlcheck.calibration_add";
	int bins = 10;
	ArrayType *a;
	float8 *v;
	bool lnull, label;
	double p;
	int b;

	require_aggregate(fcinfo, fname);
	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
			        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("bins must not be NULL")));
		bins = PG_GETARG_INT32(3);
		if (bins < 1 || bins > MAX_CALIBRATION_BINS)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("bins must be between 1 and %d", MAX_CALIBRATION_BINS),
			                errdetail("Got %d.", bins)));
	}
	if (PG_ARGISNULL(0))
	{
		a = f8_new(3 + 3 * bins);
		v = f8_values(a, 3 + 3 * bins, fname);
		v[0] = bins;
	}
	else
	{
		a = PG_GETARG_ARRAYTYPE_P(0);
		if (f8_length(a) < 1)
			invalid_state(fname);
		if (((float8 *) F8_DATA(a))[0] != bins)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("bins must be the same for every row of a group")));
		v = f8_values(a, 3 + 3 * bins, fname);
	}
	label = label_arg(fcinfo, 2, is_int, &lnull);
	if (PG_ARGISNULL(1) || lnull)
	{
		v[2] += 1;
		PG_RETURN_ARRAYTYPE_P(a);
	}
	p = PG_GETARG_FLOAT8(1);
	metrics_check_probability(p, "probability");
	b = mc_uniform_bin(p, bins);
	v[1] += 1;
	v[3 + b] += 1;
	v[3 + bins + b] += p;
	if (label)
		v[3 + 2 * bins + b] += 1;
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_calibration_add_bool);
/* transition of calibration_error / calibration_table with a boolean label */
Datum
mlcheck_calibration_add_bool(PG_FUNCTION_ARGS)
{
	return calibration_add(fcinfo, false);
}

PG_FUNCTION_INFO_V1(mlcheck_calibration_add_int);
/* transition of calibration_error / calibration_table with a 0/1 integer label */
Datum
mlcheck_calibration_add_int(PG_FUNCTION_ARGS)
{
	return calibration_add(fcinfo, true);
}

PG_FUNCTION_INFO_V1(mlcheck_calibration_combine);
/* combine of calibration states with the same number of bins */
Datum
mlcheck_calibration_combine(PG_FUNCTION_ARGS)
{
	return additive_combine(fcinfo, "mlcheck.calibration_combine", 1, calibration_len,
	                        calibration_check);
}

static float8 *
calibration_state(FunctionCallInfo fcinfo, const char *fname, int *bins)
{
	ArrayType *a = PG_GETARG_ARRAYTYPE_P(0);
	int len = f8_length(a);
	float8 *v;

	if (len < 3 || calibration_len((float8 *) F8_DATA(a), len) != len)
		invalid_state(fname);
	v = f8_values(a, len, fname);
	calibration_check(v, len, fname);
	*bins = (int) v[0];
	return v;
}

PG_FUNCTION_INFO_V1(mlcheck_calibration_error_final);
/* expected calibration error: sum over bins of |sum p - positives| / n; NULL without rows */
Datum
mlcheck_calibration_error_final(PG_FUNCTION_ARGS)
{
	int bins;
	float8 *v = calibration_state(fcinfo, "mlcheck.calibration_error_final", &bins);
	double ece = 0;

	if (v[1] == 0)
		PG_RETURN_NULL();
	for (int b = 0; b < bins; b++)
		ece += fabs(v[3 + bins + b] - v[3 + 2 * bins + b]);
	PG_RETURN_FLOAT8(ece / v[1]);
}

PG_FUNCTION_INFO_V1(mlcheck_calibration_table_final);
/* reliability diagram: one calibration_bin per bin (empty bins have NULL means) */
Datum
mlcheck_calibration_table_final(PG_FUNCTION_ARGS)
{
	int bins;
	float8 *v = calibration_state(fcinfo, "mlcheck.calibration_table_final", &bins);
	Oid elemtype = get_element_type(get_func_rettype(fcinfo->flinfo->fn_oid));
	TupleDesc tupdesc;
	Datum *elems;
	int16 typlen;
	bool typbyval;
	char typalign;

	if (v[1] == 0)
		PG_RETURN_NULL();
	if (!OidIsValid(elemtype))
		elog(ERROR, "calibration_table must return an array of a row type");
	tupdesc = lookup_rowtype_tupdesc_copy(elemtype, -1);
	elems = palloc(sizeof(Datum) * bins);
	for (int b = 0; b < bins; b++)
	{
		Datum values[6];
		bool nulls[6] = {0};
		double cnt = v[3 + b];

		values[0] = Int32GetDatum(b + 1);
		values[1] = Float8GetDatum(mc_uniform_bin_lower(b, bins));
		values[2] = Float8GetDatum(mc_uniform_bin_upper(b, bins));
		values[3] = Int64GetDatum((int64) cnt);
		set_double(values, nulls, 4, cnt > 0 ? v[3 + bins + b] / cnt : NAN);
		set_double(values, nulls, 5, cnt > 0 ? v[3 + 2 * bins + b] / cnt : NAN);
		elems[b] = HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
	}
	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, bins, elemtype, typlen, typbyval, typalign));
}

/* ---------------------------------------------------------------- roc_auc_binned */
/* state: [bins, lower, upper, skipped, positives[bins], negatives[bins]] */

static int
auc_binned_len(const float8 *v, int len)
{
	(void) len;
	if (!(v[0] >= 1 && v[0] <= MAX_AUC_BINS && v[0] == floor(v[0])))
		return -1;
	return 4 + 2 * (int) v[0];
}

static void
auc_binned_check(const float8 *v, int len, const char *fname)
{
	if (!isfinite(v[1]) || !isfinite(v[2]) || !(v[1] < v[2]))
		invalid_state(fname);
	for (int i = 3; i < len; i++)
		if (!is_count(v[i]))
			invalid_state(fname);
}

static Datum
auc_binned_add(FunctionCallInfo fcinfo, bool is_int)
{
	const char *fname = "mlcheck.roc_auc_binned_add";
	int bins = DEFAULT_AUC_BINS;
	double lower = 0.0, upper = 1.0;
	ArrayType *a;
	float8 *v;
	bool lnull, label;
	double s;
	int b;

	require_aggregate(fcinfo, fname);
	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3) || (PG_NARGS() > 4 && (PG_ARGISNULL(4) || PG_ARGISNULL(5))))
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			                errmsg("bins, lower and upper must not be NULL")));
		bins = PG_GETARG_INT32(3);
		if (bins < 1 || bins > MAX_AUC_BINS)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("bins must be between 1 and %d", MAX_AUC_BINS),
			                errdetail("Got %d.", bins)));
		if (PG_NARGS() > 4)
		{
			lower = PG_GETARG_FLOAT8(4);
			upper = PG_GETARG_FLOAT8(5);
			if (!isfinite(lower) || !isfinite(upper) || !(lower < upper))
				ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				                errmsg("lower and upper must be finite with lower < upper"),
				                errdetail("Got %s and %s.", metrics_f8(lower), metrics_f8(upper))));
		}
	}
	if (PG_ARGISNULL(0))
	{
		a = f8_new(4 + 2 * bins);
		v = f8_values(a, 4 + 2 * bins, fname);
		v[0] = bins;
		v[1] = lower;
		v[2] = upper;
	}
	else
	{
		a = PG_GETARG_ARRAYTYPE_P(0);
		if (f8_length(a) < 3)
			invalid_state(fname);
		v = (float8 *) F8_DATA(a);
		if (v[0] != bins || v[1] != lower || v[2] != upper)
			ereport(ERROR,
			        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			         errmsg("bins, lower and upper must be the same for every row of a group")));
		v = f8_values(a, 4 + 2 * bins, fname);
	}
	label = label_arg(fcinfo, 2, is_int, &lnull);
	if (PG_ARGISNULL(1) || lnull)
	{
		v[3] += 1;
		PG_RETURN_ARRAYTYPE_P(a);
	}
	s = PG_GETARG_FLOAT8(1);
	metrics_check_score(s, "score");
	/* a monotone map of the score to a bin; scores outside [lower, upper] go to the end bins */
	if (s <= lower)
		b = 0;
	else if (s >= upper)
		b = bins - 1;
	else
	{
		double x = floor((s - lower) / (upper - lower) * bins);

		b = x >= bins ? bins - 1 : (int) x;
	}
	v[(label ? 4 : 4 + bins) + b] += 1;
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_auc_binned_add_bool);
/* transition of roc_auc_binned with a boolean label */
Datum
mlcheck_auc_binned_add_bool(PG_FUNCTION_ARGS)
{
	return auc_binned_add(fcinfo, false);
}

PG_FUNCTION_INFO_V1(mlcheck_auc_binned_add_int);
/* transition of roc_auc_binned with a 0/1 integer label */
Datum
mlcheck_auc_binned_add_int(PG_FUNCTION_ARGS)
{
	return auc_binned_add(fcinfo, true);
}

PG_FUNCTION_INFO_V1(mlcheck_auc_binned_combine);
/* combine of roc_auc_binned states with the same bins */
Datum
mlcheck_auc_binned_combine(PG_FUNCTION_ARGS)
{
	return additive_combine(fcinfo, "mlcheck.roc_auc_binned_combine", 3, auc_binned_len,
	                        auc_binned_check);
}

PG_FUNCTION_INFO_V1(mlcheck_auc_binned_final);
/*
 * final of roc_auc_binned: (roc_auc, max_error, n, skipped). Pairs in different bins are
 * ordered as their scores are (the bin map is monotone); pairs in one bin count one half, so
 * the exact ROC AUC lies within max_error = sum_b pos_b * neg_b / (2 P N) of the estimate.
 */
Datum
mlcheck_auc_binned_final(PG_FUNCTION_ARGS)
{
	const char *fname = "mlcheck.roc_auc_binned_final";
	ArrayType *a = PG_GETARG_ARRAYTYPE_P(0);
	int len = f8_length(a);
	float8 *v;
	int bins;
	double npos = 0, nneg = 0, below = 0, num = 0, ties = 0;
	Datum values[4];
	bool nulls[4] = {0};

	if (len < 4 || auc_binned_len((float8 *) F8_DATA(a), len) != len)
		invalid_state(fname);
	v = f8_values(a, len, fname);
	auc_binned_check(v, len, fname);
	bins = (int) v[0];
	for (int b = 0; b < bins; b++)
	{
		double p = v[4 + b], q = v[4 + bins + b];

		/* all integers below 2^53 until the products: exact counts, one rounding per term */
		num += p * below + 0.5 * p * q;
		ties += p * q;
		below += q;
		npos += p;
	}
	nneg = below;
	if (npos > 0 && nneg > 0)
	{
		set_double(values, nulls, 0, num / (npos * nneg));
		set_double(values, nulls, 1, ties / (2.0 * npos * nneg));
	}
	else
		nulls[0] = nulls[1] = true;
	values[2] = Int64GetDatum((int64) (npos + nneg));
	values[3] = Int64GetDatum((int64) v[3]);
	return composite_result(fcinfo, values, nulls);
}

/* ---------------------------------------------------------------- regression_metrics */
/*
 * state: [n, skipped, sum_actual, m2_actual, |e| (sum, comp), e^2 (sum, comp),
 *         |e| / max(|actual|, eps) (sum, comp), e (sum, comp), max |e|, min actual, max actual]
 * with e = prediction - actual; (n, sum_actual, m2_actual) are the Youngs–Cramer accumulators
 * of float8_accum, combined with the pairwise formula of float8_combine.
 */

#define REG_LEN 15

static inline void
ksum_state_add(float8 *v, int i, double x)
{
	mc_ksum k = {v[i], v[i + 1]};

	mc_ksum_add(&k, x);
	v[i] = k.s;
	v[i + 1] = k.c;
}

static void
check_regression_state(const float8 *v, const char *fname)
{
	if (!is_count(v[0]) || !is_count(v[1]))
		invalid_state(fname);
	for (int i = 2; i < REG_LEN; i++)
		if (!isfinite(v[i]) && !(v[0] == 0 && i >= 13))
			invalid_state(fname);
	if (v[3] < 0 || v[4] < 0 || v[6] < 0 || v[8] < 0 || v[12] < 0)
		invalid_state(fname);
}

PG_FUNCTION_INFO_V1(mlcheck_regression_add);
/* transition of regression_metrics(prediction, actual) */
Datum
mlcheck_regression_add(PG_FUNCTION_ARGS)
{
	const char *fname = "mlcheck.regression_add";
	ArrayType *a;
	float8 *v;
	double pred, act, e, n_old, n;

	require_aggregate(fcinfo, fname);
	if (PG_ARGISNULL(0))
	{
		a = f8_new(REG_LEN);
		v = f8_values(a, REG_LEN, fname);
		v[13] = INFINITY;
		v[14] = -INFINITY;
	}
	else
	{
		a = PG_GETARG_ARRAYTYPE_P(0);
		v = f8_values(a, REG_LEN, fname);
	}
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		v[1] += 1;
		PG_RETURN_ARRAYTYPE_P(a);
	}
	pred = PG_GETARG_FLOAT8(1);
	act = PG_GETARG_FLOAT8(2);
	if (!isfinite(pred) || !isfinite(act))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("%s must be finite", isfinite(pred) ? "actual" : "prediction"),
		                errdetail("Got %s.", metrics_f8(isfinite(pred) ? act : pred)),
		                errhint("Rows with a NULL prediction or actual are skipped; NaN and "
		                        "infinity are rejected.")));
	e = pred - act;
	if (!isfinite(e))
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
		                errmsg("prediction - actual overflows float8")));
	{
		double ae = fabs(e);

		/* Youngs–Cramer update of the actual values' sum and sum of squared deviations */
		n_old = v[0];
		n = n_old + 1;
		v[2] += act;
		if (n_old > 0)
		{
			double tmp = act * n - v[2];

			v[3] += tmp * tmp / (n * n_old);
		}
		v[0] = n;
		ksum_state_add(v, 4, ae);
		ksum_state_add(v, 6, e * e);
		ksum_state_add(v, 8, ae / fmax(fabs(act), DBL_EPSILON));
		ksum_state_add(v, 10, e);
		if (ae > v[12])
			v[12] = ae;
		if (act < v[13])
			v[13] = act;
		if (act > v[14])
			v[14] = act;
	}
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_regression_combine);
/* combine of regression_metrics: pairwise Youngs–Cramer combine and compensated sums */
Datum
mlcheck_regression_combine(PG_FUNCTION_ARGS)
{
	const char *fname = "mlcheck.regression_combine";
	ArrayType *a, *b;
	float8 *va, *vb;

	require_aggregate(fcinfo, fname);
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = PG_GETARG_ARRAYTYPE_P(1);
	vb = f8_values(b, REG_LEN, fname);
	check_regression_state(vb, fname);
	if (PG_ARGISNULL(0))
	{
		a = f8_new(REG_LEN);
		memcpy(F8_DATA(a), vb, sizeof(float8) * REG_LEN);
		PG_RETURN_ARRAYTYPE_P(a);
	}
	a = PG_GETARG_ARRAYTYPE_P(0);
	va = f8_values(a, REG_LEN, fname);
	if (vb[0] > 0)
	{
		if (va[0] == 0)
		{
			va[2] = vb[2];
			va[3] = vb[3];
		}
		else
		{
			double n1 = va[0], n2 = vb[0], n = n1 + n2;
			double tmp = va[2] / n1 - vb[2] / n2;

			va[3] = va[3] + vb[3] + n1 * n2 * tmp * tmp / n;
			va[2] += vb[2];
		}
		va[0] += vb[0];
		for (int i = 4; i <= 10; i += 2)
		{
			mc_ksum k = {va[i], va[i + 1]};

			mc_ksum_add(&k, vb[i]);
			k.c += vb[i + 1];
			va[i] = k.s;
			va[i + 1] = k.c;
		}
		va[12] = fmax(va[12], vb[12]);
		va[13] = fmin(va[13], vb[13]);
		va[14] = fmax(va[14], vb[14]);
	}
	va[1] += vb[1];
	PG_RETURN_ARRAYTYPE_P(a);
}

PG_FUNCTION_INFO_V1(mlcheck_regression_final);
/*
 * final of regression_metrics: (n, mae, mse, rmse, mape, r2, bias, max_error, skipped) as
 * scikit-learn 1.2; r2 is NULL below 2 rows and, when every actual value is equal, 1 for exact
 * predictions and 0 otherwise (r2_score's force_finite).
 */
Datum
mlcheck_regression_final(PG_FUNCTION_ARGS)
{
	float8 *v = f8_values(PG_GETARG_ARRAYTYPE_P(0), REG_LEN, "mlcheck.regression_final");
	Datum values[9];
	bool nulls[9] = {0};
	double n = v[0];

	check_regression_state(v, "mlcheck.regression_final");
	values[0] = Int64GetDatum((int64) n);
	values[8] = Int64GetDatum((int64) v[1]);
	if (n == 0)
	{
		for (int i = 1; i < 8; i++)
			nulls[i] = true;
		return composite_result(fcinfo, values, nulls);
	}
	{
		double sse = v[6] + v[7];
		double mse = sse / n;
		double r2;

		set_double(values, nulls, 1, (v[4] + v[5]) / n);
		set_double(values, nulls, 2, mse);
		set_double(values, nulls, 3, sqrt(mse));
		set_double(values, nulls, 4, (v[8] + v[9]) / n);
		if (n < 2)
			r2 = NAN;
		else if (v[13] == v[14])
			r2 = sse == 0 ? 1.0 : 0.0;
		else if (sse == 0)
			r2 = 1.0;
		else
			r2 = 1.0 - sse / v[3];
		set_double(values, nulls, 5, r2);
		set_double(values, nulls, 6, (v[10] + v[11]) / n);
		set_double(values, nulls, 7, v[12]);
	}
	return composite_result(fcinfo, values, nulls);
}
