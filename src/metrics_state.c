/*
 * metrics_state.c: the mlcheck.metric_state type (exact state of the metric aggregates that see
 * every row): text and binary I/O, the expanded in-memory form nodeAgg updates in place, and
 * helpers shared by the metric glue files (errors, JSON output).
 */
#include "metrics.h"

#include <math.h>

/* PostgreSQL headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "common/shortest_dec.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/json.h"
#include "utils/memutils.h"
#pragma GCC diagnostic pop

#include "core/codec.h"

static Size metric_state_get_flat_size(ExpandedObjectHeader *eohptr);
static void metric_state_flatten_into(ExpandedObjectHeader *eohptr, void *result,
                                      Size allocated_size);

static const ExpandedObjectMethods metric_state_methods = {
    metric_state_get_flat_size,
    metric_state_flatten_into,
};

/* ---------------------------------------------------------------- expanded object */

/*
 * An empty expanded object (kind 0): under an aggregate context in the shared states context
 * (see mlcheck_agg_states_context), otherwise in a new child context of parent.
 */
static MetricState *
metric_state_alloc(MemoryContext parent, bool in_aggregate)
{
	MemoryContext cxt =
	    in_aggregate ? mlcheck_agg_states_context(parent)
	                 : AllocSetContextCreate(parent, "mlcheck metric_state", ALLOCSET_SMALL_SIZES);
	MetricState *ms = MemoryContextAllocZero(cxt, sizeof(MetricState));

	EOH_init_header(&ms->hdr, &metric_state_methods, cxt);
	return ms;
}

static MetricState *
metric_state_new(MemoryContext parent, uint8 kind, double param)
{
	MetricState *ms = metric_state_alloc(parent, true);
	MemoryContext old = MemoryContextSwitchTo(ms->hdr.eoh_context);
	mc_status st =
	    kind == MC_MS_CLASSES ? mc_classes_init(&ms->c) : mc_scores_init(&ms->s, kind, param);

	MemoryContextSwitchTo(old);
	if (st != MC_OK)
		mlcheck_raise_status(st, "metric_state", false);
	ms->kind = kind;
	return ms;
}

/* Parse serialized bytes into a new expanded object under parent (raises on malformed input). */
static MetricState *
metric_state_from_bytes(const uint8 *p, size_t len, MemoryContext parent, bool in_aggregate,
                        bool from_text)
{
	MetricState *ms = metric_state_alloc(parent, in_aggregate);
	uint8 kind = mc_ms_peek_kind(p, len);
	MemoryContext old = MemoryContextSwitchTo(ms->hdr.eoh_context);
	mc_status st;

	if (kind == MC_MS_CLASSES)
		st = mc_classes_deserialize(p, len, &ms->c);
	else
		st = mc_scores_deserialize(p, len, &ms->s);
	MemoryContextSwitchTo(old);
	if (st != MC_OK)
	{
		if (!in_aggregate)
			MemoryContextDelete(ms->hdr.eoh_context);
		mlcheck_raise_status(st, "metric_state", from_text);
	}
	ms->kind = kind;
	if (kind == MC_MS_CLASSES)
	{
		/* labels are text: they must be valid in the database encoding */
		for (uint32 i = 0; i < ms->c.k; i++)
			if (!pg_verifymbstr(ms->c.arena + ms->c.off[i], (int) ms->c.len[i], true))
			{
				if (!in_aggregate)
					MemoryContextDelete(ms->hdr.eoh_context);
				mlcheck_raise_status(MC_ERR_CORRUPT, "metric_state", from_text);
			}
	}
	return ms;
}

static size_t
metric_state_serialized_size(const MetricState *ms)
{
	return ms->kind == MC_MS_CLASSES ? mc_classes_serialized_size(&ms->c)
	                                 : mc_scores_serialized_size(&ms->s);
}

static Size
metric_state_get_flat_size(ExpandedObjectHeader *eohptr)
{
	MetricState *ms = (MetricState *) eohptr;
	size_t size = metric_state_serialized_size(ms);

	/* the row limits keep every state far below this; a guard, not a path */
	if (size > MaxAllocSize - VARHDRSZ)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		                errmsg("metric_state of %zu bytes exceeds the 1 GB value limit", size)));
	return VARHDRSZ + size;
}

static void
metric_state_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	MetricState *ms = (MetricState *) eohptr;
	struct varlena *v = (struct varlena *) result;

	Assert(allocated_size == VARHDRSZ + metric_state_serialized_size(ms));
	SET_VARSIZE(v, allocated_size);
	if (ms->kind == MC_MS_CLASSES)
		mc_classes_serialize(&ms->c, (uint8 *) VARDATA(v));
	else
		mc_scores_serialize(&ms->s, (uint8 *) VARDATA(v));
}

static bool
is_our_expanded(Datum d)
{
	return VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)) &&
	       DatumGetEOHP(d)->eoh_methods == &metric_state_methods;
}

MetricState *
metric_state_read(Datum d)
{
	struct varlena *v;

	if (is_our_expanded(d))
		return (MetricState *) DatumGetEOHP(d);
	v = PG_DETOAST_DATUM(d);
	return metric_state_from_bytes((const uint8 *) VARDATA(v), VARSIZE(v) - VARHDRSZ,
	                               CurrentMemoryContext, false, false);
}

void
metrics_not_in_aggregate(const char *fname)
{
	ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
	                errmsg("%s can only be called as an aggregate support function", fname)));
}

MetricState *
metric_state_for_update(FunctionCallInfo fcinfo, const char *fname, uint8 kind, double param,
                        const char *what)
{
	MemoryContext aggcxt;
	MetricState *ms;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		metrics_not_in_aggregate(fname);
	if (PG_ARGISNULL(0))
		return metric_state_new(aggcxt, kind, param);
	if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))) &&
	    is_our_expanded(PG_GETARG_DATUM(0)) &&
	    MemoryContextGetParent(DatumGetEOHP(PG_GETARG_DATUM(0))->eoh_context) == aggcxt)
		ms = (MetricState *) DatumGetEOHP(PG_GETARG_DATUM(0));
	else
	{
		struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));

		ms = metric_state_from_bytes((const uint8 *) VARDATA(v), VARSIZE(v) - VARHDRSZ, aggcxt,
		                             true, false);
	}
	if (ms->kind != kind)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("%s cannot update a metric_state of another kind", fname)));
	if (kind != MC_MS_CLASSES && ms->s.param != param)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("%s must be the same for every row of a group", what),
		                errdetail("Got %s after %s.", metrics_f8(param), metrics_f8(ms->s.param))));
	return ms;
}

void
metric_state_sort(MetricState *ms)
{
	mc_status st;

	if (ms->kind == MC_MS_CLASSES)
		return;
	st = mc_scores_sort(&ms->s);
	if (st != MC_OK)
		mlcheck_raise_status(st, "metric_state sort", false);
}

/* ---------------------------------------------------------------- checks shared by the aggregates
 */

char *
metrics_f8(double v)
{
	return float8out_internal(v);
}

void
metrics_too_many_rows(uint64 limit, int bytes_per_row)
{
	ereport(ERROR,
	        (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
	         errmsg("too many rows for an exact metric: at most " UINT64_FORMAT
	                " rows fit in one group",
	                limit),
	         errdetail("An exact metric keeps every row (%d bytes each) and its state must "
	                   "stay below the 1 GB value limit.",
	                   bytes_per_row),
	         errhint("Use mlcheck.roc_auc_binned() for bounded memory, or compute the metric "
	                 "per slice with GROUP BY.")));
}

void
metrics_check_score(double score, const char *what)
{
	if (isnan(score))
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("%s must not be NaN", what),
		         errhint("Rows whose %s is NULL are skipped; NaN is rejected.", what)));
}

void
metrics_check_probability(double p, const char *what)
{
	metrics_check_score(p, what);
	if (p < 0.0 || p > 1.0)
		ereport(ERROR,
		        (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE), errmsg("%s must lie in [0, 1]", what),
		         errdetail("Got %s.", metrics_f8(p))));
}

bool
metrics_int_label(int64 label)
{
	if (label != 0 && label != 1)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("label must be 0 or 1"),
		                errdetail("Got " INT64_FORMAT ".", label),
		                errhint("Pass a boolean label, or 1 for the positive class and 0 for the "
		                        "negative one.")));
	return label == 1;
}

/* ---------------------------------------------------------------- JSON output */

void
json_append_number(StringInfo buf, double v)
{
	char tmp[DOUBLE_SHORTEST_DECIMAL_LEN];

	if (!isfinite(v))
	{
		appendStringInfoString(buf, "null");
		return;
	}
	double_to_shortest_decimal_buf(v == 0.0 ? 0.0 : v, tmp);
	appendStringInfoString(buf, tmp);
}

void
json_add_key(StringInfo buf, bool *first, const char *key)
{
	if (!*first)
		appendStringInfoString(buf, ", ");
	*first = false;
	escape_json(buf, key);
	appendStringInfoString(buf, ": ");
}

void
json_add_number(StringInfo buf, bool *first, const char *key, double v)
{
	json_add_key(buf, first, key);
	json_append_number(buf, v);
}

void
json_add_int(StringInfo buf, bool *first, const char *key, uint64 v)
{
	json_add_key(buf, first, key);
	appendStringInfo(buf, UINT64_FORMAT, v);
}

Datum
jsonb_from_stringinfo(StringInfo buf)
{
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf->data));
}

/* ---------------------------------------------------------------- type I/O */

/* Validate serialized bytes (raising 22P02 / 22P03) and return them as a flat value. */
static Datum
metric_state_flat_from_bytes(const uint8 *p, size_t len, bool from_text)
{
	MetricState *ms = metric_state_from_bytes(p, len, CurrentMemoryContext, false, from_text);
	struct varlena *v;

	MemoryContextDelete(ms->hdr.eoh_context);
	v = palloc(VARHDRSZ + len);
	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), p, len);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(mlcheck_metric_state_in);
/* metric_state_in(cstring): base64 of the serialized state, validated completely */
Datum
mlcheck_metric_state_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	size_t len;
	uint8 *bytes = mlcheck_base64_decode_text(str, strlen(str), &len, "metric_state");

	return metric_state_flat_from_bytes(bytes, len, true);
}

PG_FUNCTION_INFO_V1(mlcheck_metric_state_out);
/* metric_state_out(metric_state): base64 text that metric_state_in reads back exactly */
Datum
mlcheck_metric_state_out(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));

	PG_RETURN_CSTRING(
	    mlcheck_base64_encode_cstring(NULL, (const uint8 *) VARDATA(v), VARSIZE(v) - VARHDRSZ));
}

PG_FUNCTION_INFO_V1(mlcheck_metric_state_recv);
/* metric_state_recv(internal): the serialized bytes, validated completely */
Datum
mlcheck_metric_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo buf = (StringInfo) PG_GETARG_POINTER(0);
	int len = buf->len - buf->cursor;
	const char *p = pq_getmsgbytes(buf, len);

	return metric_state_flat_from_bytes((const uint8 *) p, (size_t) len, false);
}

PG_FUNCTION_INFO_V1(mlcheck_metric_state_send);
/* metric_state_send(metric_state): the serialized bytes */
Datum
mlcheck_metric_state_send(PG_FUNCTION_ARGS)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA(v), VARSIZE(v) - VARHDRSZ);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(mlcheck_metric_state_combine);
/*
 * Combine function of every metric_state aggregate: appends the rows of the second state to
 * the first (updated in place in the aggregate context; a NULL first state becomes a copy of the
 * second, never the second itself).
 */
Datum
mlcheck_metric_state_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	MetricState *a, *b;
	mc_status st;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		metrics_not_in_aggregate("mlcheck.metric_state_combine");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = metric_state_read(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
		a = metric_state_new(aggcxt, b->kind, b->s.param);
	else
		a = metric_state_for_update(fcinfo, "mlcheck.metric_state_combine", b->kind, b->s.param,
		                            b->kind == MC_MS_RANKING ? "k" : "threshold");
	{
		/* growth allocates: in the state's own context */
		MemoryContext old = MemoryContextSwitchTo(a->hdr.eoh_context);

		if (a->kind == MC_MS_CLASSES)
			st = mc_classes_merge(&a->c, &b->c);
		else
			st = mc_scores_merge(&a->s, &b->s);
		MemoryContextSwitchTo(old);
	}
	if (st == MC_ERR_RANGE)
	{
		if (a->kind == MC_MS_CLASSES)
			ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			                errmsg("classification_metrics supports at most %d distinct classes",
			                       MC_MAX_CLASSES)));
		if (a->kind == MC_MS_RANKING)
			metrics_too_many_rows(MC_MS_MAX_PAIRS, 16);
		metrics_too_many_rows(MC_MS_MAX_KEYS, 8);
	}
	if (st != MC_OK)
		mlcheck_raise_status(st, "metric_state combine", false);
	PG_RETURN_DATUM(metric_state_datum(a));
}
