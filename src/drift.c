/*
 * drift.c: distribution drift in SQL: the mlcheck.drift_state type, the raw-value aggregates
 * mlcheck.drift_test(value, is_current, method [, threshold]) for float8, text and bool, and
 * the drift_result row they share with mlcheck.drift() (src/driftprofile.c).
 *
 * The aggregate state keeps every value (8 bytes per float8 row) or every distinct text value
 * with its two counts, so the test is exact whatever the row count. In memory it is an
 * expanded object (utils/expandeddatum.h) updated in place; it is flattened to the
 * drift_state varlena (driftstate.h's serialization) only to move between parallel workers or
 * to be printed, and must fit in 1 GB like any varlena.
 */
#include "mlcheck.h"

#include <math.h>

/* PostgreSQL's headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "nodes/primnodes.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"
#pragma GCC diagnostic pop

#include "core/codec.h"
#include "core/driftstate.h"
#include "drift.h"

/* ------------------------------------------------------------------ the result row */

Datum
mlcheck_drift_result_datum(FunctionCallInfo fcinfo, const mc_drift_result *r, bool exact)
{
	TupleDesc tupdesc;
	Datum values[6];
	bool nulls[6] = {false, false, false, false, false, false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "drift result type is not composite");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = CStringGetTextDatum(mc_drift_method_name(r->method));
	values[1] = Float8GetDatum(r->statistic);
	nulls[1] = isnan(r->statistic);
	values[2] = Float8GetDatum(r->pvalue);
	nulls[2] = !r->has_pvalue || isnan(r->pvalue);
	values[3] = Float8GetDatum(r->threshold);
	nulls[3] = isnan(r->threshold);
	values[4] = BoolGetDatum(r->drifted == 1);
	nulls[4] = r->drifted < 0;
	values[5] = BoolGetDatum(exact);
	return HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls));
}

mc_drift_method
mlcheck_parse_method(text *t)
{
	mc_drift_method m;

	if (!mc_drift_method_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &m))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("unknown drift method \"%s\"", text_to_cstring(t)),
		                errhint("Valid methods are: %s.", mc_drift_method_list())));
	return m;
}

double
mlcheck_check_threshold(mc_drift_method m, bool isnull, double threshold)
{
	if (isnull)
		return NAN;
	if (isnan(threshold) || isinf(threshold) || threshold < 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("drift threshold must be a finite number >= 0, not %g", threshold)));
	if (m != MC_DM_AUTO && mc_drift_method_is_test(m) && threshold > 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		         errmsg("threshold of method %s is a significance level and must be <= 1, not %g",
		                mc_drift_method_name(m), threshold)));
	return threshold;
}

void
mlcheck_check_resolved_threshold(const mc_drift_result *r)
{
	/* 'auto' accepted any threshold; the method it picked may be a p-value test */
	if (r->has_pvalue && r->threshold > 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		         errmsg("threshold of method %s is a significance level and must be <= 1, not %g",
		                mc_drift_method_name(r->method), r->threshold),
		         errhint("'auto' picked %s for these data.", mc_drift_method_name(r->method))));
}

void
mlcheck_check_method_kind(mc_drift_method m, mc_drift_kind kind)
{
	static const char *const kinds[] = {"", "numeric", "text", "bool"};

	if (!mc_drift_method_applies(m, kind))
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		         errmsg("drift method %s does not apply to %s values", mc_drift_method_name(m),
		                kinds[kind]),
		         errhint(m == MC_DM_Z ? "z compares proportions of a bool column."
		                              : "ks, cvm, anderson and wasserstein compare numbers.")));
}

/* ------------------------------------------------------------------ expanded state */

typedef struct DriftStateEO
{
	ExpandedObjectHeader hdr;
	mc_drift_state *state; /* allocated in hdr.eoh_context */
	/* the method text and threshold of the first row, to check that every row agrees */
	char method_text[16];
	int method_len;
	bool threshold_null;
	double threshold_arg;
	/*
	 * The method argument's datum when it last matched without detoasting: a constant argument
	 * is the same plain datum on every row, which spares the detoasting and parsing.
	 */
	Datum method_datum;
	/*
	 * The method and threshold arguments are constants of the aggregate call (checked on the
	 * first row): later rows need no check at all.
	 */
	bool args_const;
} DriftStateEO;

/* Largest serialized state: a varlena is at most 1 GB (MaxAllocSize) */
#define DRIFT_STATE_MAX_BYTES (MaxAllocSize - VARHDRSZ)

static Size
drift_eo_flat_size(ExpandedObjectHeader *eohptr)
{
	DriftStateEO *eo = (DriftStateEO *) eohptr;
	Size size = VARHDRSZ + mc_drift_state_serialized_size(eo->state);

	if (size > MaxAllocSize)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		                errmsg("drift_test state of %zu bytes exceeds the 1 GB limit", size)));
	return size;
}

static void
drift_eo_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	DriftStateEO *eo = (DriftStateEO *) eohptr;
	mc_writer w;
	Size body = allocated_size - VARHDRSZ;

	/* the writer reserves room ahead of each varint: give it its own buffer, then copy */
	mc_w_init(&w, body + 16);
	if (mc_drift_state_serialize(eo->state, &w) != MC_OK || w.failed || w.len != body)
		elog(ERROR, "drift_state flattening wrote %zu bytes instead of %zu", w.len, body);
	memcpy(VARDATA(result), w.buf, body);
	mc_w_free(&w);
	SET_VARSIZE(result, allocated_size);
}

static const ExpandedObjectMethods drift_eo_methods = {
    drift_eo_flat_size,
    drift_eo_flatten_into,
};

/* A new expanded object owning `state` (already allocated in objcxt) */
static DriftStateEO *
drift_eo_wrap(MemoryContext objcxt, mc_drift_state *state)
{
	DriftStateEO *eo = MemoryContextAllocZero(objcxt, sizeof(DriftStateEO));

	EOH_init_header(&eo->hdr, &drift_eo_methods, objcxt);
	eo->state = state;
	eo->method_len = -1;
	return eo;
}

/*
 * The context of a new expanded state: the shared states context under an aggregate context
 * (see mlcheck_agg_states_context), a private child context otherwise.
 */
static MemoryContext
drift_eo_context(MemoryContext parent, bool in_aggregate)
{
	if (in_aggregate)
		return mlcheck_agg_states_context(parent);
	return AllocSetContextCreate(parent, "mlcheck drift_state", ALLOCSET_DEFAULT_SIZES);
}

/* Parses flat bytes into a state allocated in the current memory context */
static mc_drift_state *
drift_state_parse(const uint8_t *buf, size_t len, bool from_text)
{
	mc_drift_state *s = NULL;
	mc_status st = mc_drift_state_deserialize(buf, len, &s);

	if (st != MC_OK)
		mlcheck_raise_status(st, "drift_state", from_text);
	return s;
}

/* Expanded copy of a flat drift_state datum under parent (an aggregate context or not) */
static DriftStateEO *
drift_eo_from_flat(Datum d, MemoryContext parent, bool in_aggregate)
{
	bytea *flat = DatumGetByteaPP(d);
	MemoryContext objcxt = drift_eo_context(parent, in_aggregate);
	MemoryContext old = MemoryContextSwitchTo(objcxt);
	mc_drift_state *s =
	    drift_state_parse((const uint8_t *) VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), false);

	MemoryContextSwitchTo(old);
	return drift_eo_wrap(objcxt, s);
}

/*
 * The state argument as our expanded object: an R/W expanded datum is used as is; a flat one
 * (a partial state from a parallel worker, or a value typed by the user) is expanded into a new
 * object under `parent` (the aggregate context), which then owns it.
 */
static DriftStateEO *
drift_eo_get(Datum d, MemoryContext parent)
{
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		ExpandedObjectHeader *eoh = DatumGetEOHP(d);

		if (eoh->eoh_methods == &drift_eo_methods)
		{
			if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)) || parent == NULL)
				return (DriftStateEO *) eoh;
		}
	}
	return drift_eo_from_flat(d, parent ? parent : CurrentMemoryContext, parent != NULL);
}

/* ------------------------------------------------------------------ type I/O */

PG_FUNCTION_INFO_V1(mlcheck_drift_state_in);
/* drift_state input: base64 of the serialized state, validated */
Datum
mlcheck_drift_state_in(PG_FUNCTION_ARGS)
{
	char *str = PG_GETARG_CSTRING(0);
	size_t len;
	uint8_t *buf = mlcheck_base64_decode_text(str, strlen(str), &len, "drift_state");
	mc_drift_state *s = drift_state_parse(buf, len, true);
	bytea *out = palloc(VARHDRSZ + len);

	mc_drift_state_free(s);
	SET_VARSIZE(out, VARHDRSZ + len);
	memcpy(VARDATA(out), buf, len);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(mlcheck_drift_state_out);
/* drift_state output: base64 of the serialized state (flattened when expanded) */
Datum
mlcheck_drift_state_out(PG_FUNCTION_ARGS)
{
	bytea *flat = PG_GETARG_BYTEA_PP(0);

	PG_RETURN_CSTRING(mlcheck_base64_encode_cstring(NULL, (const uint8_t *) VARDATA_ANY(flat),
	                                                VARSIZE_ANY_EXHDR(flat)));
}

PG_FUNCTION_INFO_V1(mlcheck_drift_state_recv);
/* drift_state binary input: the serialized bytes, validated */
Datum
mlcheck_drift_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo buf = (StringInfo) PG_GETARG_POINTER(0);
	int len = buf->len - buf->cursor;
	const char *p = pq_getmsgbytes(buf, len);
	mc_drift_state *s = drift_state_parse((const uint8_t *) p, (size_t) len, false);
	bytea *out = palloc(VARHDRSZ + len);

	mc_drift_state_free(s);
	SET_VARSIZE(out, VARHDRSZ + len);
	memcpy(VARDATA(out), p, len);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(mlcheck_drift_state_send);
/* drift_state binary output: the serialized bytes */
Datum
mlcheck_drift_state_send(PG_FUNCTION_ARGS)
{
	bytea *flat = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------------------ aggregate support */

/*
 * True when the method and threshold arguments of this aggregate call are constants (after
 * constant folding), so that they cannot change from row to row. Window aggregates, and
 * arguments that are parameters or columns, are checked on every row instead.
 */
static bool
drift_args_const(FunctionCallInfo fcinfo)
{
	Aggref *aggref = AggGetAggref(fcinfo);
	ListCell *lc;
	int k = 0;

	if (aggref == NULL || aggref->aggorder != NIL || aggref->aggdistinct != NIL)
		return false;
	foreach (lc, aggref->args)
	{
		TargetEntry *tle = lfirst_node(TargetEntry, lc);

		if (k >= 2 && !IsA(tle->expr, Const))
			return false;
		k++;
	}
	return k == PG_NARGS() - 1;
}

/*
 * The state of a transition call: created on the first row from the method and threshold
 * arguments, else taken from argument 0. Every later row must name the same method and
 * threshold (a cheap byte comparison; a re-parse only when the text differs).
 */
static DriftStateEO *
drift_trans_state(FunctionCallInfo fcinfo, mc_drift_kind kind)
{
	DriftStateEO *eo;
	text *mt;
	bool thr_null = PG_NARGS() < 5 || PG_ARGISNULL(4);
	double thr = thr_null ? NAN : PG_GETARG_FLOAT8(4);
	MemoryContext aggcxt;

	/*
	 * Fast path, every row but the first: the state is our read-write expanded object (only
	 * nodeAgg holds such a pointer) and the method argument is the datum already checked.
	 */
	if (!PG_ARGISNULL(0) && !PG_ARGISNULL(3) &&
	    VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))))
	{
		Pointer mp = DatumGetPointer(PG_GETARG_DATUM(3));

		eo = (DriftStateEO *) DatumGetEOHP(PG_GETARG_DATUM(0));
		/* same datum, still holding the same bytes (it may be a recycled per-row value) */
		if (eo->hdr.eoh_methods == &drift_eo_methods && eo->method_datum == PG_GETARG_DATUM(3) &&
		    eo->method_len == (int) VARSIZE_ANY_EXHDR(mp) && eo->threshold_null == thr_null &&
		    (thr_null || eo->threshold_arg == thr))
		{
			const char *mb = VARDATA_ANY(mp);
			int k = 0;

			while (k < eo->method_len && mb[k] == eo->method_text[k])
				k++;
			if (k == eo->method_len)
				return eo;
		}
	}

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("drift_test_trans called in non-aggregate context")));
	if (PG_ARGISNULL(3))
		ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
		                errmsg("drift_test method must not be NULL")));
	mt = PG_GETARG_TEXT_PP(3);
	if (PG_ARGISNULL(0))
	{
		mc_drift_method m = mlcheck_parse_method(mt);
		double threshold;
		MemoryContext objcxt, old;
		mc_drift_state *s;

		mlcheck_check_method_kind(m, kind);
		threshold = mlcheck_check_threshold(m, thr_null, thr);
		objcxt = drift_eo_context(aggcxt, true);
		old = MemoryContextSwitchTo(objcxt);
		s = mc_drift_state_new(kind, m, threshold);
		MemoryContextSwitchTo(old);
		eo = drift_eo_wrap(objcxt, s);
		eo->args_const = drift_args_const(fcinfo);
	}
	else
		eo = drift_eo_get(PG_GETARG_DATUM(0), aggcxt);
	if (eo->state->kind != kind)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("drift_test state holds values of another kind")));

	if (eo->method_len < 0 || eo->method_len != (int) VARSIZE_ANY_EXHDR(mt) ||
	    memcmp(eo->method_text, VARDATA_ANY(mt), eo->method_len) != 0 ||
	    eo->threshold_null != thr_null || (!thr_null && eo->threshold_arg != thr))
	{
		mc_drift_method m = mlcheck_parse_method(mt);
		double threshold = mlcheck_check_threshold(m, thr_null, thr);

		if (m != eo->state->method || !((isnan(threshold) && isnan(eo->state->threshold)) ||
		                                threshold == eo->state->threshold))
			ereport(ERROR,
			        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			         errmsg("drift_test method and threshold must be the same in every row")));
		if (VARSIZE_ANY_EXHDR(mt) < sizeof(eo->method_text))
		{
			eo->method_len = (int) VARSIZE_ANY_EXHDR(mt);
			memcpy(eo->method_text, VARDATA_ANY(mt), eo->method_len);
			eo->threshold_null = thr_null;
			eo->threshold_arg = thr;
		}
	}
	/* remember the argument datum only when it needed no detoasting (then it is stable) */
	eo->method_datum = (Pointer) mt == DatumGetPointer(PG_GETARG_DATUM(3)) ? PG_GETARG_DATUM(3) : 0;
	return eo;
}

/*
 * drift_trans_state's path for every row but the first when the method and threshold are
 * constants: the state is our read-write expanded object (only nodeAgg holds such a pointer).
 * Inlined into the transition functions.
 */
static inline DriftStateEO *
drift_trans_state_fast(FunctionCallInfo fcinfo, mc_drift_kind kind)
{
	DriftStateEO *eo = (DriftStateEO *) mlcheck_rw_state(fcinfo, 0, &drift_eo_methods);

	if (eo != NULL && eo->args_const)
		return eo;
	return drift_trans_state(fcinfo, kind);
}

static void
too_big(void)
{
	ereport(ERROR,
	        (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED), errmsg("drift_test state would exceed 1 GB"),
	         errdetail("The exact test keeps every float8 value (8 bytes, at most %zu "
	                   "values) or every distinct text value in one varlena.",
	                   (size_t) (DRIFT_STATE_MAX_BYTES - 64) / 8),
	         errhint("Compare profiles with mlcheck.drift() instead: their sketches have "
	                 "bounded size.")));
}

static void
raise_add(mc_status st)
{
	if (st != MC_OK)
		mlcheck_raise_status(st, "drift_test", false);
}

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("%s called in non-aggregate context", fn)));
	return aggcxt;
}

PG_FUNCTION_INFO_V1(mlcheck_drift_test_trans_f8);
/* drift_test(float8, bool, text [, float8]) transition: appends a finite value to its side */
Datum
mlcheck_drift_test_trans_f8(PG_FUNCTION_ARGS)
{
	DriftStateEO *eo = drift_trans_state_fast(fcinfo, MC_DK_NUMERIC);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		double x = PG_GETARG_FLOAT8(1);
		int side = PG_GETARG_BOOL(2) ? 1 : 0;
		mc_drift_state *s = eo->state;

		if (isfinite(x))
		{
			if (s->n[side] < s->cap[side])
				s->val[side][s->n[side]++] = x; /* the common case, no allocation */
			else
			{
				MemoryContext old;

				if ((s->n[0] + s->n[1] + 1) * 8 + 64 > DRIFT_STATE_MAX_BYTES)
					too_big();
				old = MemoryContextSwitchTo(eo->hdr.eoh_context);
				raise_add(mc_drift_state_add_f8(s, side, x));
				MemoryContextSwitchTo(old);
			}
		}
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&eo->hdr));
}

PG_FUNCTION_INFO_V1(mlcheck_drift_test_trans_text);
/* drift_test(text, bool, text [, float8]) transition: counts the value on its side */
Datum
mlcheck_drift_test_trans_text(PG_FUNCTION_ARGS)
{
	DriftStateEO *eo = drift_trans_state_fast(fcinfo, MC_DK_TEXT);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		text *v = PG_GETARG_TEXT_PP(1);
		MemoryContext old = MemoryContextSwitchTo(eo->hdr.eoh_context);

		raise_add(mc_drift_state_add_text(eo->state, PG_GETARG_BOOL(2) ? 1 : 0,
		                                  (const uint8_t *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v)));
		MemoryContextSwitchTo(old);
		if (mc_drift_state_size_bound(eo->state) > DRIFT_STATE_MAX_BYTES)
			too_big();
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&eo->hdr));
}

PG_FUNCTION_INFO_V1(mlcheck_drift_test_trans_bool);
/* drift_test(bool, bool, text [, float8]) transition: counts the value on its side */
Datum
mlcheck_drift_test_trans_bool(PG_FUNCTION_ARGS)
{
	DriftStateEO *eo = drift_trans_state_fast(fcinfo, MC_DK_BOOL);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
		raise_add(mc_drift_state_add_bool(eo->state, PG_GETARG_BOOL(2) ? 1 : 0, PG_GETARG_BOOL(1)));
	PG_RETURN_DATUM(EOHPGetRWDatum(&eo->hdr));
}

PG_FUNCTION_INFO_V1(mlcheck_drift_test_combine);
/* Combine function: state1 += state2 (parallel aggregation) */
Datum
mlcheck_drift_test_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_context(fcinfo, "drift_test_combine");
	DriftStateEO *a, *b;
	MemoryContext old;
	mc_status st;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(EOHPGetRWDatum(&drift_eo_get(PG_GETARG_DATUM(0), aggcxt)->hdr));
	}
	if (PG_ARGISNULL(0))
	{
		/* a copy of state 2, owned by the aggregate context (never state 2 itself) */
		a = drift_eo_from_flat(PG_GETARG_DATUM(1), aggcxt, true);
		PG_RETURN_DATUM(EOHPGetRWDatum(&a->hdr));
	}
	a = drift_eo_get(PG_GETARG_DATUM(0), aggcxt);
	b = drift_eo_get(PG_GETARG_DATUM(1), NULL);
	if (mc_drift_state_size_bound(a->state) + mc_drift_state_size_bound(b->state) >
	    DRIFT_STATE_MAX_BYTES)
		too_big();
	old = MemoryContextSwitchTo(a->hdr.eoh_context);
	st = mc_drift_state_merge(a->state, b->state);
	MemoryContextSwitchTo(old);
	if (st == MC_ERR_INVALID)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("cannot combine drift_test states of different kinds, methods or "
		                       "thresholds")));
	raise_add(st);
	PG_RETURN_DATUM(EOHPGetRWDatum(&a->hdr));
}

PG_FUNCTION_INFO_V1(mlcheck_drift_test_final);
/*
 * Final function: runs the test. It sorts the numeric values in place, which changes their
 * order but not the multiset the state stands for, so the state stays valid for further
 * transitions (window use) and for other final calls.
 */
Datum
mlcheck_drift_test_final(PG_FUNCTION_ARGS)
{
	DriftStateEO *eo = drift_eo_get(PG_GETARG_DATUM(0), NULL);
	mc_drift_result r;
	mc_status st;
	MemoryContext old = MemoryContextSwitchTo(eo->hdr.eoh_context);

	st = mc_drift_state_run(eo->state, &r);
	MemoryContextSwitchTo(old);
	if (st != MC_OK && st != MC_ERR_INVALID)
		mlcheck_raise_status(st, "drift_test", false);
	/* MC_ERR_INVALID: a side has no value; the result row has NULL statistic and drifted */
	mlcheck_check_resolved_threshold(&r);
	return mlcheck_drift_result_datum(fcinfo, &r, true);
}
