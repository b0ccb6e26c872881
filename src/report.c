/*
 * report.c: the pieces of the HTML report written in C: the one HTML escape, deterministic number
 * text, distribution charts of profiles (as JSON data and as SVG) and candidate / baseline metric
 * bars. The page itself is assembled by mlcheck.report_html() (PL/pgSQL in the install script).
 */
#include "mlcheck.h"

#include <math.h>

/* some server headers have inline functions with unused parameters (-Wextra -Werror) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#pragma GCC diagnostic pop

#include "core/chart.h"
#include "core/html.h"
#include "core/profile.h"

/* a text datum of a writer's content (raises on a failed allocation) */
static text *
writer_text(mc_writer *w)
{
	text *t;

	if (w->failed)
		ereport(ERROR,
		        (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory building the report")));
	t = cstring_to_text_with_len((const char *) w->buf, (int) w->len);
	mc_w_free(w);
	return t;
}

PG_FUNCTION_INFO_V1(mlcheck_html_escape);
/* html_escape(text) -> text: & < > " ' replaced by &amp; &lt; &gt; &quot; &#39; */
Datum
mlcheck_html_escape(PG_FUNCTION_ARGS)
{
	text *in = PG_GETARG_TEXT_PP(0);
	mc_writer w;

	mc_w_init(&w, VARSIZE_ANY_EXHDR(in) + 16);
	mc_html_escape(&w, VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));
	PG_RETURN_TEXT_P(writer_text(&w));
}

PG_FUNCTION_INFO_V1(mlcheck_fmt_num);
/* _fmt_num(float8) -> text: the report's display form of a number (4 significant digits) */
Datum
mlcheck_fmt_num(PG_FUNCTION_ARGS)
{
	char buf[MC_NUM_BUFLEN];

	mc_fmt_num(PG_GETARG_FLOAT8(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(mlcheck_fmt_exact);
/* _fmt_exact(float8) -> text: the shortest text that reads back as the same double */
Datum
mlcheck_fmt_exact(PG_FUNCTION_ARGS)
{
	double v = PG_GETARG_FLOAT8(0);
	char buf[DOUBLE_SHORTEST_DECIMAL_LEN];

	if (isnan(v))
		PG_RETURN_TEXT_P(cstring_to_text("NaN"));
	if (isinf(v))
		PG_RETURN_TEXT_P(cstring_to_text(v > 0 ? "Infinity" : "-Infinity"));
	double_to_shortest_decimal_buf(v, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* ---------------------------------------------------------------- charts of profiles */

static mc_profile *
profile_arg(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));
	mc_profile *p;
	mc_status st = mc_profile_deserialize((const uint8_t *) VARDATA(v), VARSIZE(v) - VARHDRSZ, &p);

	if (st == MC_ERR_CORRUPT)
		ereport(ERROR, (errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
		                errmsg("malformed mlcheck.profile value")));
	if (st != MC_OK)
		mlcheck_raise_status(st, "profile", false);
	return p;
}

static int
int_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("%s must not be null", name)));
	return PG_GETARG_INT32(argno);
}

/* the chart of profile_chart / profile_svg arguments: (reference, current, bins, top) */
static mc_chart *
chart_from_args(FunctionCallInfo fcinfo)
{
	int bins = int_arg(fcinfo, 2, "bins");
	int top = int_arg(fcinfo, 3, "top");
	mc_profile *ref;
	mc_profile *cur = NULL;
	mc_chart *c;
	mc_status st;

	if (bins < 1 || bins > MC_CHART_MAX_BINS)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("bins must be between 1 and %d", MC_CHART_MAX_BINS),
		                errdetail("Got %d.", bins)));
	if (top < 0 || top > MC_CHART_MAX_CATEGORIES)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("top must be between 0 and %d", MC_CHART_MAX_CATEGORIES),
		                errdetail("Got %d.", top)));
	ref = profile_arg(fcinfo, 0);
	if (!PG_ARGISNULL(1))
		cur = profile_arg(fcinfo, 1);
	st = mc_chart_from_profiles(ref, cur, bins, top, &c);
	if (st == MC_ERR_INVALID)
		ereport(ERROR,
		        (errcode(ERRCODE_DATATYPE_MISMATCH),
		         errmsg("cannot chart a %s profile against a %s profile",
		                mc_profile_kind_name(mc_profile_kind_of(ref)),
		                mc_profile_kind_name(mc_profile_kind_of(cur))),
		         errhint("Both profiles must be of the same kind (numeric, text or bool).")));
	if (st != MC_OK)
		mlcheck_raise_status(st, "chart", false);
	return c;
}

PG_FUNCTION_INFO_V1(mlcheck_profile_chart);
/* profile_chart(reference, current, bins, top) -> jsonb: the chart's data */
Datum
mlcheck_profile_chart(PG_FUNCTION_ARGS)
{
	mc_chart *c;
	mc_writer w;
	char *json;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	c = chart_from_args(fcinfo);
	mc_w_init(&w, 1024);
	mc_chart_to_json(c, &w);
	mc_w_u8(&w, '\0');
	if (w.failed)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory building a chart")));
	json = (char *) w.buf;
	mc_chart_free(c);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
}

/* title argument (NULL allowed) as a C string */
static char *
title_arg(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return NULL;
	return text_to_cstring(PG_GETARG_TEXT_PP(argno));
}

/* the internal variants take a last boolean: standalone (an .svg file) or inline in a page */
static bool
standalone_arg(FunctionCallInfo fcinfo, int nargs_public)
{
	if (PG_NARGS() > nargs_public && !PG_ARGISNULL(nargs_public))
		return PG_GETARG_BOOL(nargs_public);
	return true;
}

PG_FUNCTION_INFO_V1(mlcheck_profile_svg);
/* profile_svg(reference, current, bins, top, title) -> text: the chart as an SVG document */
Datum
mlcheck_profile_svg(PG_FUNCTION_ARGS)
{
	mc_chart *c;
	mc_writer w;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	c = chart_from_args(fcinfo);
	mc_w_init(&w, 4096);
	mc_chart_svg(c, title_arg(fcinfo, 4), standalone_arg(fcinfo, 5), &w);
	mc_chart_free(c);
	PG_RETURN_TEXT_P(writer_text(&w));
}

/* ---------------------------------------------------------------- charts from their JSON */

static void bad_chart(const char *why, const char *detail) pg_attribute_noreturn();

static void
bad_chart(const char *why, const char *detail)
{
	ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid chart: %s", why),
	                detail ? errdetail("%s", detail) : 0,
	                errhint("Build charts with mlcheck.profile_chart().")));
}

static JsonbValue *
jkey(JsonbContainer *jc, const char *key)
{
	return getKeyJsonValueFromContainer(jc, key, strlen(key), NULL);
}

/* an array member: its container (raises unless it is an array) */
static JsonbContainer *
jarray(JsonbContainer *jc, const char *key, bool required)
{
	JsonbValue *v = jkey(jc, key);

	if (v == NULL && !required)
		return NULL;
	if (v == NULL || v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
		bad_chart(psprintf("\"%s\" must be an array", key), NULL);
	return v->val.binary.data;
}

static double
jdouble(JsonbValue *v, const char *what)
{
	if (v == NULL || v->type != jbvNumeric)
		bad_chart(psprintf("%s must be a number", what), NULL);
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
}

/* a non-negative integer (a count): digits only, exact up to 2^64 - 1 */
static uint64
jcount(JsonbValue *v, const char *what)
{
	char *s;
	char *end;
	unsigned long long n;

	if (v == NULL || v->type != jbvNumeric)
		bad_chart(psprintf("%s must be a number", what), NULL);
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
	if (*s < '0' || *s > '9')
		bad_chart(psprintf("%s must be a non-negative integer", what), psprintf("Got %s.", s));
	errno = 0;
	n = strtoull(s, &end, 10);
	if (*end == '.')
		for (end++; *end == '0'; end++)
			;
	if (errno != 0 || *end != '\0')
		bad_chart(psprintf("%s must be a non-negative integer", what), psprintf("Got %s.", s));
	return (uint64) n;
}

static bool
jbool(JsonbValue *v, const char *what)
{
	if (v == NULL || v->type != jbvBool)
		bad_chart(psprintf("%s must be true or false", what), NULL);
	return v->val.boolean;
}

static char *
jstring(JsonbValue *v, const char *what, int *len)
{
	if (v == NULL || v->type != jbvString)
		bad_chart(psprintf("%s must be a string", what), NULL);
	*len = v->val.string.len;
	return v->val.string.val;
}

/* A chart from its JSON (the format mc_chart_to_json writes), fully checked. */
static mc_chart *
chart_from_jsonb(Jsonb *jb)
{
	JsonbContainer *root = &jb->root;
	JsonbContainer *series, *bars;
	JsonbValue *v;
	mc_chart_kind kind;
	mc_profile_kind vkind;
	int nbars, nseries, len;
	char *s;
	mc_chart *c;
	const char *why;

	if (!JB_ROOT_IS_OBJECT(jb))
		bad_chart("a chart is a JSON object", NULL);
	v = jkey(root, "format");
	if (jdouble(v, "\"format\"") != MC_CHART_FORMAT_VERSION)
		bad_chart("unknown format", "This version of mlcheck reads chart format 1.");
	s = jstring(jkey(root, "chart"), "\"chart\"", &len);
	if (len == 9 && memcmp(s, "histogram", 9) == 0)
		kind = MC_CHART_HISTOGRAM;
	else if (len == 10 && memcmp(s, "categories", 10) == 0)
		kind = MC_CHART_CATEGORIES;
	else
		bad_chart("\"chart\" must be \"histogram\" or \"categories\"", NULL);
	s = jstring(jkey(root, "kind"), "\"kind\"", &len);
	if (len == 7 && memcmp(s, "numeric", 7) == 0)
		vkind = MC_PROFILE_NUMERIC;
	else if (len == 4 && memcmp(s, "text", 4) == 0)
		vkind = MC_PROFILE_TEXT;
	else if (len == 4 && memcmp(s, "bool", 4) == 0)
		vkind = MC_PROFILE_BOOL;
	else
		bad_chart("\"kind\" must be \"numeric\", \"text\" or \"bool\"", NULL);
	if ((kind == MC_CHART_HISTOGRAM) != (vkind == MC_PROFILE_NUMERIC))
		bad_chart("a histogram charts a numeric profile, categories a text or bool profile", NULL);

	bars = jarray(root, kind == MC_CHART_HISTOGRAM ? "edges" : "categories", true);
	nbars = (int) JsonContainerSize(bars);
	if (kind == MC_CHART_HISTOGRAM)
		nbars = nbars > 0 ? nbars - 1 : 0;
	if (nbars > (kind == MC_CHART_HISTOGRAM ? MC_CHART_MAX_BINS : MC_CHART_MAX_CATEGORIES))
		bad_chart("too many bars", NULL);
	if (kind == MC_CHART_HISTOGRAM && JsonContainerSize(bars) == 1)
		bad_chart("\"edges\" must be empty or hold at least two edges", NULL);
	series = jarray(root, "series", true);
	nseries = (int) JsonContainerSize(series);
	if (nseries < 1 || nseries > MC_CHART_MAX_SERIES)
		bad_chart("\"series\" must hold one or two series", NULL);

	c = mc_chart_new(kind, nbars, nseries);
	if (c == NULL)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	c->value_kind = vkind;
	if (kind == MC_CHART_HISTOGRAM)
	{
		for (int i = 0; nbars > 0 && i <= nbars; i++)
			c->edges[i] = jdouble(getIthJsonbValueFromContainer(bars, i), "an edge");
	}
	else
	{
		v = jkey(root, "hidden_categories");
		c->hidden = v ? jcount(v, "\"hidden_categories\"") : 0;
		for (int i = 0; i < nbars; i++)
		{
			JsonbValue *cat = getIthJsonbValueFromContainer(bars, i);
			JsonbValue *tr;

			if (cat == NULL || cat->type != jbvBinary ||
			    !JsonContainerIsObject(cat->val.binary.data))
				bad_chart("a category must be an object {\"value\", \"truncated\"}", NULL);
			s = jstring(jkey(cat->val.binary.data, "value"), "a category's \"value\"", &len);
			tr = jkey(cat->val.binary.data, "truncated");
			(void) mc_chart_set_label(c, i, s, (size_t) len,
			                          tr ? jbool(tr, "\"truncated\"") : false);
		}
	}
	for (int k = 0; k < nseries; k++)
	{
		JsonbValue *sv = getIthJsonbValueFromContainer(series, k);
		JsonbContainer *sc, *counts;
		mc_chart_series *se = &c->series[k];

		if (sv == NULL || sv->type != jbvBinary || !JsonContainerIsObject(sv->val.binary.data))
			bad_chart("a series must be an object", NULL);
		sc = sv->val.binary.data;
		se->rows = jcount(jkey(sc, "rows"), "\"rows\"");
		se->base = jcount(jkey(sc, "base"), "\"base\"");
		v = jkey(sc, "nulls");
		se->nulls = v ? jcount(v, "\"nulls\"") : 0;
		v = jkey(sc, "nonfinite");
		se->nonfinite = v ? jcount(v, "\"nonfinite\"") : 0;
		v = jkey(sc, "other");
		se->other = v ? jcount(v, "\"other\"") : 0;
		v = jkey(sc, "exact");
		se->exact = v ? jbool(v, "\"exact\"") : true;
		counts = jarray(sc, "counts", true);
		if ((int) JsonContainerSize(counts) != nbars)
			bad_chart("a series needs one count per bar",
			          psprintf("%d bars, %u counts.", nbars, JsonContainerSize(counts)));
		for (int i = 0; i < nbars; i++)
			se->counts[i] = jcount(getIthJsonbValueFromContainer(counts, i), "a count");
	}
	if (mc_chart_validate(c, &why) != MC_OK)
		bad_chart(why, NULL);
	return c;
}

PG_FUNCTION_INFO_V1(mlcheck_chart_svg);
/* chart_svg(chart jsonb, title text) -> text: the SVG of a chart's JSON */
Datum
mlcheck_chart_svg(PG_FUNCTION_ARGS)
{
	mc_chart *c;
	mc_writer w;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	c = chart_from_jsonb(PG_GETARG_JSONB_P(0));
	mc_w_init(&w, 4096);
	mc_chart_svg(c, title_arg(fcinfo, 1), standalone_arg(fcinfo, 2), &w);
	mc_chart_free(c);
	PG_RETURN_TEXT_P(writer_text(&w));
}

/* ---------------------------------------------------------------- metric bars */

PG_FUNCTION_INFO_V1(mlcheck_metrics_svg);
/*
 * metrics_svg(metrics text[], candidate float8[], baseline float8[], title text) -> text:
 * one row of bars per metric; NULL elements are values that are absent.
 */
Datum
mlcheck_metrics_svg(PG_FUNCTION_ARGS)
{
	ArrayType *arrs[3];
	Datum *elems[3];
	bool *nulls[3];
	int n[3];
	mc_pair_row *rows;
	mc_writer w;

	for (int k = 0; k < 3; k++)
	{
		if (PG_ARGISNULL(k))
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			                errmsg("metrics, candidate and baseline must not be null")));
		arrs[k] = PG_GETARG_ARRAYTYPE_P(k);
		if (ARR_NDIM(arrs[k]) > 1)
			ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
			                errmsg("metrics, candidate and baseline must be one-dimensional")));
		if (k == 0)
			deconstruct_array(arrs[k], TEXTOID, -1, false, TYPALIGN_INT, &elems[k], &nulls[k],
			                  &n[k]);
		else
			deconstruct_array(arrs[k], FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems[k],
			                  &nulls[k], &n[k]);
	}
	if (n[0] != n[1] || n[0] != n[2])
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
		                errmsg("metrics, candidate and baseline must have the same length"),
		                errdetail("Got %d metrics, %d candidate and %d baseline values.", n[0],
		                          n[1], n[2])));
	if (n[0] > MC_CHART_MAX_PAIRS)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		                errmsg("at most %d metrics fit in one chart", MC_CHART_MAX_PAIRS),
		                errdetail("Got %d.", n[0])));
	rows = palloc0(sizeof(mc_pair_row) * (n[0] > 0 ? n[0] : 1));
	for (int i = 0; i < n[0]; i++)
	{
		text *label;

		if (nulls[0][i])
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			                errmsg("metric names must not be null")));
		label = DatumGetTextPP(elems[0][i]);
		rows[i].label = VARDATA_ANY(label);
		rows[i].label_len = VARSIZE_ANY_EXHDR(label);
		rows[i].has_a = !nulls[1][i];
		rows[i].a = rows[i].has_a ? DatumGetFloat8(elems[1][i]) : 0.0;
		rows[i].has_b = !nulls[2][i];
		rows[i].b = rows[i].has_b ? DatumGetFloat8(elems[2][i]) : 0.0;
	}
	mc_w_init(&w, 4096);
	mc_pairs_svg(rows, n[0], "candidate", "baseline", title_arg(fcinfo, 3),
	             standalone_arg(fcinfo, 4), &w);
	PG_RETURN_TEXT_P(writer_text(&w));
}
