/*
 * metrics_class.c: classification_metrics(predicted text, actual text) -> jsonb, the multiclass
 * report of scikit-learn's classification_report(output_dict=True) plus micro averages and the
 * confusion matrix, from a metric_state holding the confusion counts (src/core/classmetrics.c).
 */
#include "metrics.h"

/* PostgreSQL headers are not clean under -Wextra */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "utils/builtins.h"
#include "utils/json.h"
#pragma GCC diagnostic pop

PG_FUNCTION_INFO_V1(mlcheck_classes_add);
/* transition of classification_metrics: count one (predicted, actual) pair */
Datum
mlcheck_classes_add(PG_FUNCTION_ARGS)
{
	MetricState *ms =
	    metric_state_for_update(fcinfo, "mlcheck.classes_add", MC_MS_CLASSES, 0, "classes");
	text *pred, *act;
	MemoryContext old;
	mc_status st;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		ms->c.skipped++;
		PG_RETURN_DATUM(metric_state_datum(ms));
	}
	pred = PG_GETARG_TEXT_PP(1);
	act = PG_GETARG_TEXT_PP(2);
	old = MemoryContextSwitchTo(ms->hdr.eoh_context);
	st = mc_classes_add(&ms->c, VARDATA_ANY(act), VARSIZE_ANY_EXHDR(act), VARDATA_ANY(pred),
	                    VARSIZE_ANY_EXHDR(pred));
	MemoryContextSwitchTo(old);
	if (st == MC_ERR_RANGE)
	{
		if (VARSIZE_ANY_EXHDR(act) > MC_MAX_LABEL_BYTES ||
		    VARSIZE_ANY_EXHDR(pred) > MC_MAX_LABEL_BYTES)
			ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			                errmsg("class labels of classification_metrics are limited to %d bytes",
			                       MC_MAX_LABEL_BYTES)));
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		                errmsg("classification_metrics supports at most %d distinct classes",
		                       MC_MAX_CLASSES),
		                errhint("Group rare classes together, or compute the report per slice.")));
	}
	if (st != MC_OK)
		mlcheck_raise_status(st, "classification_metrics", false);
	PG_RETURN_DATUM(metric_state_datum(ms));
}

static void
append_label(StringInfo buf, const mc_classes *c, uint32 i)
{
	char *s = pnstrdup(c->arena + c->off[i], c->len[i]);

	escape_json(buf, s);
	pfree(s);
}

static void
append_prf(StringInfo buf, double p, double r, double f, uint64 support)
{
	bool first = true;

	appendStringInfoChar(buf, '{');
	json_add_number(buf, &first, "precision", p);
	json_add_number(buf, &first, "recall", r);
	json_add_number(buf, &first, "f1-score", f);
	json_add_int(buf, &first, "support", support);
	appendStringInfoChar(buf, '}');
}

PG_FUNCTION_INFO_V1(mlcheck_classification_final);
/*
 * classification_metrics: one key per class label with precision / recall / f1-score / support,
 * "accuracy", "macro avg", "weighted avg", "micro avg", and "confusion_matrix": {"labels" (the
 * order of rows and columns), "matrix" (rows: actual, columns: predicted), "n", "skipped"}.
 * Only skipped rows: accuracy null and an empty matrix that counts them.
 */
Datum
mlcheck_classification_final(PG_FUNCTION_ARGS)
{
	MetricState *ms = metric_state_read(PG_GETARG_DATUM(0));
	const mc_classes *c;
	mc_class_report r;
	StringInfoData buf;
	bool first = true;
	mc_status st;

	if (ms->kind != MC_MS_CLASSES)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("this metric_state cannot give classification_metrics")));
	c = &ms->c;
	initStringInfo(&buf);
	if (c->n == 0)
	{
		/* only skipped rows: no class, no rate; say how many rows were skipped */
		appendStringInfo(
		    &buf,
		    "{\"accuracy\": null, \"confusion_matrix\": {\"labels\": [], \"matrix\": [], "
		    "\"n\": 0, \"skipped\": " UINT64_FORMAT "}}",
		    c->skipped);
		PG_RETURN_DATUM(jsonb_from_stringinfo(&buf));
	}
	st = mc_classes_report(c, &r);
	if (st != MC_OK)
		mlcheck_raise_status(st, "classification_metrics", false);
	appendStringInfoChar(&buf, '{');
	for (uint32 q = 0; q < r.k; q++)
	{
		const mc_class_stats *s = &r.cls[q];

		if (!first)
			appendStringInfoString(&buf, ", ");
		first = false;
		append_label(&buf, c, s->idx);
		appendStringInfoString(&buf, ": ");
		append_prf(&buf, s->precision, s->recall, s->f1, s->support);
	}
	/*
	 * Labels are user data and may themselves be "accuracy" or "macro avg": the summary keys
	 * below then replace them (jsonb keeps the last of duplicate keys), as in the Python dict of
	 * classification_report. confusion_matrix.labels and .matrix always keep every class.
	 */
	json_add_number(&buf, &first, "accuracy", r.accuracy);
	json_add_key(&buf, &first, "macro avg");
	append_prf(&buf, r.macro[0], r.macro[1], r.macro[2], r.n);
	json_add_key(&buf, &first, "weighted avg");
	append_prf(&buf, r.weighted[0], r.weighted[1], r.weighted[2], r.n);
	json_add_key(&buf, &first, "micro avg");
	append_prf(&buf, r.micro[0], r.micro[1], r.micro[2], r.n);
	json_add_key(&buf, &first, "confusion_matrix");
	appendStringInfoString(&buf, "{\"labels\": [");
	for (uint32 q = 0; q < r.k; q++)
	{
		if (q > 0)
			appendStringInfoString(&buf, ", ");
		append_label(&buf, c, r.cls[q].idx);
	}
	appendStringInfoString(&buf, "], \"matrix\": [");
	for (uint32 a = 0; a < r.k; a++)
	{
		appendStringInfoString(&buf, a > 0 ? ", [" : "[");
		for (uint32 p = 0; p < r.k; p++)
			appendStringInfo(&buf, p > 0 ? ", " UINT64_FORMAT : UINT64_FORMAT,
			                 c->m[(size_t) r.cls[a].idx * c->cap + r.cls[p].idx]);
		appendStringInfoChar(&buf, ']');
	}
	appendStringInfo(&buf, "], \"n\": " UINT64_FORMAT ", \"skipped\": " UINT64_FORMAT "}", r.n,
	                 c->skipped);
	appendStringInfoChar(&buf, '}');
	pfree(r.cls);
	PG_RETURN_DATUM(jsonb_from_stringinfo(&buf));
}
