/*
 * skew.c: support of mlcheck.feature_skew() (whose body is SQL, in mlcheck.sql): the bounded
 * aggregate mlcheck.first_keys(key, n) that keeps the n smallest distinct keys of the
 * mismatched rows, for bigint and text keys, and the tolerant float comparison floats_match.
 *
 * The state is a real array type (int8[] / text[]) so that the aggregate is parallel safe and
 * distributable: element 1 holds the limit n (as a number, or its decimal text), the following
 * elements the kept keys in ascending order (bigint order, or byte order of the text). It never
 * holds more than n + 1 elements; a row whose key cannot enter returns the state unchanged.
 */
#include "mlcheck.h"

#include <math.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#pragma GCC diagnostic pop
/* ARR_DATA_PTR mixes signed and unsigned operands */
#pragma GCC diagnostic ignored "-Wsign-compare"

#define FIRST_KEYS_MAX 1000

static int
checked_limit(int32 n)
{
	if (n < 1 || n > FIRST_KEYS_MAX)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		         errmsg("first_keys limit must be between 1 and %d, not %d", FIRST_KEYS_MAX, n)));
	return n;
}

static void
require_agg(FunctionCallInfo fcinfo, const char *fn)
{
	if (!AggCheckCallContext(fcinfo, NULL))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("%s called in non-aggregate context", fn)));
}

/* ------------------------------------------------------------------ bigint keys */

static ArrayType *
i8_array(const int64 *v, int n)
{
	return construct_array((Datum *) v, n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL,
	                       TYPALIGN_DOUBLE);
}

/* the elements of an int8[] state without NULLs (validated: a user may call these directly) */
static int64 *
i8_elems(ArrayType *a, int *n)
{
	if (ARR_NDIM(a) > 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != INT8OID)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid first_keys state")));
	*n = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	if (*n < 1 || ((int64 *) ARR_DATA_PTR(a))[0] < 1 ||
	    ((int64 *) ARR_DATA_PTR(a))[0] > FIRST_KEYS_MAX || *n > ((int64 *) ARR_DATA_PTR(a))[0] + 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid first_keys state")));
	return (int64 *) ARR_DATA_PTR(a);
}

PG_FUNCTION_INFO_V1(mlcheck_first_keys_trans_i8);
/* first_keys(bigint, int) transition: inserts the key when it is among the n smallest */
Datum
mlcheck_first_keys_trans_i8(PG_FUNCTION_ARGS)
{
	int64 key, *v, buf[FIRST_KEYS_MAX + 1];
	int n, limit, pos;

	require_agg(fcinfo, "first_keys_trans");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	key = PG_GETARG_INT64(1);
	if (PG_ARGISNULL(0))
	{
		buf[0] = checked_limit(PG_ARGISNULL(2) ? 0 : PG_GETARG_INT32(2));
		buf[1] = key;
		PG_RETURN_ARRAYTYPE_P(i8_array(buf, 2));
	}
	v = i8_elems(PG_GETARG_ARRAYTYPE_P(0), &n);
	limit = (int) v[0];
	/* already full and not smaller than the largest kept key */
	if (n == limit + 1 && key >= v[n - 1])
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	for (pos = 1; pos < n && v[pos] < key; pos++)
		;
	if (pos < n && v[pos] == key)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	memcpy(buf, v, pos * sizeof(int64));
	buf[pos] = key;
	memcpy(buf + pos + 1, v + pos, (n - pos) * sizeof(int64));
	n = n + 1 > limit + 1 ? limit + 1 : n + 1;
	PG_RETURN_ARRAYTYPE_P(i8_array(buf, n));
}

PG_FUNCTION_INFO_V1(mlcheck_first_keys_combine_i8);
/* first_keys(bigint, int) combine: the n smallest of both states */
Datum
mlcheck_first_keys_combine_i8(PG_FUNCTION_ARGS)
{
	int64 *a, *b, out[FIRST_KEYS_MAX + 1];
	int na, nb, i = 1, j = 1, k = 1, limit;

	require_agg(fcinfo, "first_keys_combine");
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_ARGISNULL(0) ? PG_GETARG_DATUM(1) : PG_GETARG_DATUM(0));
	}
	a = i8_elems(PG_GETARG_ARRAYTYPE_P(0), &na);
	b = i8_elems(PG_GETARG_ARRAYTYPE_P(1), &nb);
	limit = (int) (a[0] > b[0] ? a[0] : b[0]);
	out[0] = limit;
	while (k < limit + 1 && (i < na || j < nb))
	{
		int64 x;

		if (j >= nb || (i < na && a[i] < b[j]))
			x = a[i++];
		else if (i >= na || b[j] < a[i])
			x = b[j++];
		else
		{
			x = a[i++];
			j++;
		}
		out[k++] = x;
	}
	PG_RETURN_ARRAYTYPE_P(i8_array(out, k));
}

PG_FUNCTION_INFO_V1(mlcheck_first_keys_final_i8);
/* first_keys(bigint, int) final: the kept keys, ascending */
Datum
mlcheck_first_keys_final_i8(PG_FUNCTION_ARGS)
{
	int n;
	int64 *v = i8_elems(PG_GETARG_ARRAYTYPE_P(0), &n);

	PG_RETURN_ARRAYTYPE_P(i8_array(v + 1, n - 1));
}

/* ------------------------------------------------------------------ text keys */

static int
text_cmp_bytes(text *a, text *b)
{
	int la = VARSIZE_ANY_EXHDR(a), lb = VARSIZE_ANY_EXHDR(b);
	int c = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), la < lb ? la : lb);

	if (c != 0)
		return c;
	return la < lb ? -1 : (la > lb);
}

static ArrayType *
text_array(Datum *v, int n)
{
	return construct_array(v, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/* elements of a text[] state; the first one is the limit */
static Datum *
text_elems(ArrayType *a, int *n, int *limit)
{
	Datum *elems;
	bool *nulls;
	char *s;
	long l;

	if (ARR_NDIM(a) > 1 || ARR_ELEMTYPE(a) != TEXTOID)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid first_keys state")));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, n);
	for (int i = 0; i < *n; i++)
		if (nulls[i])
			ereport(ERROR,
			        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid first_keys state")));
	if (*n < 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid first_keys state")));
	s = TextDatumGetCString(elems[0]);
	l = strtol(s, NULL, 10);
	if (l < 1 || l > FIRST_KEYS_MAX || *n > l + 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid first_keys state")));
	*limit = (int) l;
	return elems;
}

PG_FUNCTION_INFO_V1(mlcheck_first_keys_trans_text);
/* first_keys(text, int) transition: inserts the key when it is among the n smallest (bytes) */
Datum
mlcheck_first_keys_trans_text(PG_FUNCTION_ARGS)
{
	text *key;
	Datum *v, buf[FIRST_KEYS_MAX + 1];
	int n, limit, pos;

	require_agg(fcinfo, "first_keys_trans");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	key = PG_GETARG_TEXT_PP(1);
	if (PG_ARGISNULL(0))
	{
		char lim[16];

		snprintf(lim, sizeof(lim), "%d", checked_limit(PG_ARGISNULL(2) ? 0 : PG_GETARG_INT32(2)));
		buf[0] = CStringGetTextDatum(lim);
		buf[1] = PointerGetDatum(key);
		PG_RETURN_ARRAYTYPE_P(text_array(buf, 2));
	}
	v = text_elems(PG_GETARG_ARRAYTYPE_P(0), &n, &limit);
	if (n == limit + 1 && text_cmp_bytes(key, DatumGetTextPP(v[n - 1])) >= 0)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	for (pos = 1; pos < n && text_cmp_bytes(DatumGetTextPP(v[pos]), key) < 0; pos++)
		;
	if (pos < n && text_cmp_bytes(DatumGetTextPP(v[pos]), key) == 0)
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	memcpy(buf, v, pos * sizeof(Datum));
	buf[pos] = PointerGetDatum(key);
	memcpy(buf + pos + 1, v + pos, (n - pos) * sizeof(Datum));
	n = n + 1 > limit + 1 ? limit + 1 : n + 1;
	PG_RETURN_ARRAYTYPE_P(text_array(buf, n));
}

PG_FUNCTION_INFO_V1(mlcheck_first_keys_combine_text);
/* first_keys(text, int) combine: the n smallest of both states */
Datum
mlcheck_first_keys_combine_text(PG_FUNCTION_ARGS)
{
	Datum *a, *b, out[FIRST_KEYS_MAX + 1];
	int na, nb, la, lb, i = 1, j = 1, k = 1, limit;

	require_agg(fcinfo, "first_keys_combine");
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_ARGISNULL(0) ? PG_GETARG_DATUM(1) : PG_GETARG_DATUM(0));
	}
	a = text_elems(PG_GETARG_ARRAYTYPE_P(0), &na, &la);
	b = text_elems(PG_GETARG_ARRAYTYPE_P(1), &nb, &lb);
	limit = la > lb ? la : lb;
	out[0] = la >= lb ? a[0] : b[0];
	while (k < limit + 1 && (i < na || j < nb))
	{
		int c = (i >= na)   ? 1
		        : (j >= nb) ? -1
		                    : text_cmp_bytes(DatumGetTextPP(a[i]), DatumGetTextPP(b[j]));

		if (c < 0)
			out[k++] = a[i++];
		else if (c > 0)
			out[k++] = b[j++];
		else
		{
			out[k++] = a[i++];
			j++;
		}
	}
	PG_RETURN_ARRAYTYPE_P(text_array(out, k));
}

PG_FUNCTION_INFO_V1(mlcheck_first_keys_final_text);
/* first_keys(text, int) final: the kept keys in byte order */
Datum
mlcheck_first_keys_final_text(PG_FUNCTION_ARGS)
{
	int n, limit;
	Datum *v = text_elems(PG_GETARG_ARRAYTYPE_P(0), &n, &limit);

	PG_RETURN_ARRAYTYPE_P(text_array(v + 1, n - 1));
}

/* ------------------------------------------------------------------ float comparison */

PG_FUNCTION_INFO_V1(mlcheck_floats_match);
/*
 * floats_match(a, b, rel_tolerance, abs_tolerance): do two float8 feature values agree? Both
 * NULL: yes; one NULL: no; equal (NaN = NaN and each infinity equals itself, as PostgreSQL's
 * float8 = does): yes; else |a - b| <= max(rel_tolerance * max(|a|, |b|), abs_tolerance), the
 * rule of Python's math.isclose.
 */
Datum
mlcheck_floats_match(PG_FUNCTION_ARGS)
{
	double a, b, rt, at, diff, scale;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_BOOL(PG_ARGISNULL(0) && PG_ARGISNULL(1));
	a = PG_GETARG_FLOAT8(0);
	b = PG_GETARG_FLOAT8(1);
	if (a == b || (isnan(a) && isnan(b)))
		PG_RETURN_BOOL(true);
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
		                errmsg("floats_match tolerances must not be NULL")));
	rt = PG_GETARG_FLOAT8(2);
	at = PG_GETARG_FLOAT8(3);
	if (!(rt >= 0) || !(at >= 0) || isinf(rt) || isinf(at))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("floats_match tolerances must be finite numbers >= 0")));
	diff = fabs(a - b);
	scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
	/* NaN against a number, or different infinities, never match (diff is NaN or infinite) */
	PG_RETURN_BOOL(diff <= rt * scale || diff <= at);
}
