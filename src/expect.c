/*
 * expect.c: the bounded sample aggregates behind the partial_unexpected_list of expectations
 * (mlcheck.first_values(text, int)) and the offending-value samples of validate()
 * (mlcheck.first_distinct_values(text, int)).
 *
 * The state is a text[] whose first element is the capacity n (as text) followed by at most n
 * collected values, so the combine function knows n without fn_expr and the state round-trips
 * through text like any array (Citus and postgres_fdw move partial states as text). Once the
 * state is full the transition function returns it unchanged, so a scan where every row is
 * unexpected costs one array-header check per row and nodeAgg copies nothing.
 */
#include "mlcheck.h"

#include "access/tupmacs.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

/* the largest sample an expectation or a validation may ask for (documented in README) */
#define FIRST_VALUES_MAX 1000

static char *state_data(ArrayType *state);

/* number of collected values of a well-formed state (its first element is the capacity) */
static int
state_count(ArrayType *state)
{
	if (ARR_NDIM(state) != 1 || ARR_ELEMTYPE(state) != TEXTOID || ARR_DIMS(state)[0] < 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed first_values state"),
		         errdetail("The state must be a one-dimensional text array that starts "
		                   "with its capacity.")));
	return ARR_DIMS(state)[0] - 1;
}

/*
 * Capacity stored in the first element of a state (read in place, without deconstructing the
 * array, because the transition function asks for it on every row), checked against the
 * documented bound.
 */
static int
state_capacity(ArrayType *state)
{
	bits8 *bitmap = ARR_NULLBITMAP(state);
	char *p;
	char buf[16];
	size_t len;
	char *end;
	long cap;

	(void) state_count(state); /* shape first */
	if (bitmap != NULL && (bitmap[0] & 1) == 0)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed first_values state"),
		         errdetail("The capacity element is null.")));
	/* ARR_DATA_PTR spelled out: the macro mixes signedness under -Wextra */
	p = (char *) state +
	    (ARR_HASNULL(state) ? (size_t) state->dataoffset : (size_t) ARR_OVERHEAD_NONULLS(1));
	len = VARSIZE_ANY_EXHDR(p);
	if (len == 0 || len >= sizeof(buf))
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed first_values state"),
		         errdetail("The capacity element is not an integer between 0 and %d.",
		                   FIRST_VALUES_MAX)));
	memcpy(buf, VARDATA_ANY(p), len);
	buf[len] = '\0';
	errno = 0;
	cap = strtol(buf, &end, 10);
	if (errno != 0 || *end != '\0' || buf[0] < '0' || buf[0] > '9' || cap > FIRST_VALUES_MAX)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed first_values state"),
		         errdetail("The capacity \"%s\" is not an integer between 0 and %d.", buf,
		                   FIRST_VALUES_MAX)));
	if (state_count(state) > cap)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed first_values state"),
		         errdetail("The state holds %d values, more than its capacity %ld.",
		                   state_count(state), cap)));
	return (int) cap;
}

/*
 * A new state holding the capacity and the values of `src` (after its capacity element) plus
 * `extra` values, at most `cap` values in all.
 */
static ArrayType *
state_build(int cap, ArrayType *src, Datum *extra, bool *extranulls, int nextra)
{
	Datum *elems;
	bool *nulls;
	Datum *srcelems = NULL;
	bool *srcnulls = NULL;
	int nsrc = 0;
	int n = 1;
	int dims[1];
	int lbs[1] = {1};
	int i;

	if (src != NULL)
		deconstruct_array(src, TEXTOID, -1, false, TYPALIGN_INT, &srcelems, &srcnulls, &nsrc);
	elems = palloc(sizeof(Datum) * (cap + 1));
	nulls = palloc(sizeof(bool) * (cap + 1));
	elems[0] = CStringGetTextDatum(psprintf("%d", cap));
	nulls[0] = false;
	for (i = 1; i < nsrc && n <= cap; i++, n++)
	{
		elems[n] = srcelems[i];
		nulls[n] = srcnulls[i];
	}
	for (i = 0; i < nextra && n <= cap; i++, n++)
	{
		elems[n] = extra[i];
		nulls[n] = extranulls[i];
	}
	dims[0] = n;
	return construct_md_array(elems, nulls, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT);
}

PG_FUNCTION_INFO_V1(mlcheck_first_values_transfn);
/*
 * first_values transition: (state text[], value text, n int) -> text[]. NULL values are not
 * collected. The capacity is fixed by the first call; later calls keep it.
 */
Datum
mlcheck_first_values_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ArrayType *state;
	ArrayType *result;
	Datum value;
	bool isnull = false;
	int cap;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
		        (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		         errmsg("first_values transition function called in non-aggregate context")));
	if (PG_ARGISNULL(0))
	{
		if (PG_ARGISNULL(2))
			ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			                errmsg("the sample size of first_values must not be null")));
		cap = PG_GETARG_INT32(2);
		if (cap < 0 || cap > FIRST_VALUES_MAX)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("sample size %d of first_values is out of range", cap),
			                errhint("Use a size between 0 and %d.", FIRST_VALUES_MAX)));
		old = MemoryContextSwitchTo(aggcontext);
		if (PG_ARGISNULL(1) || cap == 0)
			result = state_build(cap, NULL, NULL, NULL, 0);
		else
		{
			value = PG_GETARG_DATUM(1);
			result = state_build(cap, NULL, &value, &isnull, 1);
		}
		MemoryContextSwitchTo(old);
		PG_RETURN_ARRAYTYPE_P(result);
	}
	state = PG_GETARG_ARRAYTYPE_P(0);
	/* full or nothing to add: the state goes on unchanged (no copy) */
	if (PG_ARGISNULL(1))
		PG_RETURN_ARRAYTYPE_P(state);
	cap = state_capacity(state);
	if (state_count(state) >= cap)
		PG_RETURN_ARRAYTYPE_P(state);
	value = PG_GETARG_DATUM(1);
	old = MemoryContextSwitchTo(aggcontext);
	result = state_build(cap, state, &value, &isnull, 1);
	MemoryContextSwitchTo(old);
	PG_RETURN_ARRAYTYPE_P(result);
}

PG_FUNCTION_INFO_V1(mlcheck_first_values_combinefn);
/*
 * first_values combine (strict): the values of the left state, then those of the right one,
 * up to the capacity. Always builds a new array (never returns the right state as is).
 */
Datum
mlcheck_first_values_combinefn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ArrayType *a;
	ArrayType *b;
	ArrayType *result;
	Datum *belems;
	bool *bnulls;
	int nb;
	int cap;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("first_values combine function called in non-aggregate context")));
	a = PG_GETARG_ARRAYTYPE_P(0);
	b = PG_GETARG_ARRAYTYPE_P(1);
	cap = state_capacity(a);
	if (state_capacity(b) != cap)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("cannot combine first_values states of sizes %d and %d", cap,
		                       state_capacity(b))));
	deconstruct_array(b, TEXTOID, -1, false, TYPALIGN_INT, &belems, &bnulls, &nb);
	old = MemoryContextSwitchTo(aggcontext);
	result = state_build(cap, a, belems + 1, bnulls + 1, nb - 1);
	MemoryContextSwitchTo(old);
	PG_RETURN_ARRAYTYPE_P(result);
}

PG_FUNCTION_INFO_V1(mlcheck_first_values_finalfn);
/* first_values final: the collected values without the capacity; '{}' when there are none */
Datum
mlcheck_first_values_finalfn(PG_FUNCTION_ARGS)
{
	ArrayType *state;
	Datum *elems;
	bool *nulls;
	int nelems;
	int dims[1];
	int lbs[1] = {1};

	if (PG_ARGISNULL(0))
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	state = PG_GETARG_ARRAYTYPE_P(0);
	(void) state_capacity(state);
	deconstruct_array(state, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	if (nelems <= 1)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	dims[0] = nelems - 1;
	PG_RETURN_ARRAYTYPE_P(
	    construct_md_array(elems + 1, nulls + 1, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT));
}

/* first element of a one-dimensional array (ARR_DATA_PTR spelled out: the macro mixes
 * signedness under -Wextra) */
static char *
state_data(ArrayType *state)
{
	return (char *) state +
	       (ARR_HASNULL(state) ? (size_t) state->dataoffset : (size_t) ARR_OVERHEAD_NONULLS(1));
}

/*
 * true when the text datum `value` equals (bytewise) one of the values held by the state; walks
 * the array in place (no deconstruction, no allocation) since it runs once per row
 */
static bool
state_contains(ArrayType *state, Datum value)
{
	text *t = DatumGetTextPP(value);
	size_t len = VARSIZE_ANY_EXHDR(t);
	bits8 *bitmap = ARR_NULLBITMAP(state);
	int nitems = ARR_DIMS(state)[0];
	char *p = state_data(state);
	int i;

	for (i = 0; i < nitems; i++)
	{
		if (bitmap != NULL && (bitmap[i / 8] & (1 << (i % 8))) == 0)
			continue; /* a NULL element takes no space */
		if (i > 0 && VARSIZE_ANY_EXHDR(p) == len &&
		    memcmp(VARDATA_ANY(p), VARDATA_ANY(t), len) == 0)
			return true;
		p = att_addlength_pointer(p, -1, p);
		p = (char *) att_align_nominal(p, TYPALIGN_INT);
	}
	return false;
}

PG_FUNCTION_INFO_V1(mlcheck_first_distinct_values_transfn);
/*
 * first_distinct_values transition: like first_values, but a value already held is not added
 * again, so the state ends with the first n distinct values the scan meets. A value costs a
 * scan of at most n held values until the state is full, then nothing.
 */
Datum
mlcheck_first_distinct_values_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	ArrayType *state;
	int cap;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("first_distinct_values transition function called in "
		                       "non-aggregate context")));
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		return mlcheck_first_values_transfn(fcinfo);
	state = PG_GETARG_ARRAYTYPE_P(0);
	cap = state_capacity(state);
	if (state_count(state) >= cap || state_contains(state, PG_GETARG_DATUM(1)))
		PG_RETURN_ARRAYTYPE_P(state);
	return mlcheck_first_values_transfn(fcinfo);
}

PG_FUNCTION_INFO_V1(mlcheck_first_distinct_values_combinefn);
/*
 * first_distinct_values combine (strict): the values of the left state, then those of the
 * right one that are not held yet, up to the capacity.
 */
Datum
mlcheck_first_distinct_values_combinefn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ArrayType *a;
	ArrayType *b;
	ArrayType *result;
	Datum *belems;
	bool *bnulls;
	int nb;
	int cap;
	int i;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("first_distinct_values combine function called in non-aggregate "
		                       "context")));
	a = PG_GETARG_ARRAYTYPE_P(0);
	b = PG_GETARG_ARRAYTYPE_P(1);
	cap = state_capacity(a);
	if (state_capacity(b) != cap)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("cannot combine first_values states of sizes %d and %d", cap,
		                       state_capacity(b))));
	deconstruct_array(b, TEXTOID, -1, false, TYPALIGN_INT, &belems, &bnulls, &nb);
	old = MemoryContextSwitchTo(aggcontext);
	result = state_build(cap, a, NULL, NULL, 0);
	for (i = 1; i < nb && state_count(result) < cap; i++)
	{
		if (bnulls[i] || state_contains(result, belems[i]))
			continue;
		result = state_build(cap, result, &belems[i], &bnulls[i], 1);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_ARRAYTYPE_P(result);
}

/*
 * count_sample(value text, flag bool, n int, distinct bool): counts the non-null values it is
 * given, split by flag, and keeps the first n values of each side (the first n distinct ones when
 * distinct is true). One aggregate call under one FILTER gives validate() the numbers of values
 * below and above a range and a sample of each side, and expectations the number and the first
 * values of the unexpected ones, so the filter runs once per row.
 *
 * State (text[]): {"<n>" or "<n>d", <count true>, <count false>, <sampled true>, <sampled false>,
 * value, ...}: the counts are 20-digit and the sampled numbers 4-digit decimal strings, each
 * value is prefixed by 't' or 'f' (its side). The counts are rewritten in place for each
 * counted row (the state belongs to the aggregate under AggCheckCallContext, as float8_accum's
 * array does); a new array is built only when a value joins a sample, at most 2n times.
 */
#define CS_DIGITS  20
#define CS_SDIGITS 4
#define CS_HEADER  5

typedef struct CsState
{
	int cap;
	bool distinct;
	char *count_ptr[2]; /* digits of the two counts inside the array */
	uint64 count[2];
	int sampled[2];
} CsState;

static uint64
cs_parse_digits(const char *p, size_t len, size_t want, uint64 max)
{
	uint64 v = 0;

	if (len != want)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("A count is not a %zu-digit number.", want)));
	for (size_t i = 0; i < len; i++)
	{
		if (p[i] < '0' || p[i] > '9' || v > (PG_UINT64_MAX - 9) / 10)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("malformed count_sample state"),
			                errdetail("A count is not a %zu-digit number.", want)));
		v = v * 10 + (uint64) (p[i] - '0');
	}
	if (v > max)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("A count is out of range.")));
	return v;
}

static char *
cs_next(char *p)
{
	p = att_addlength_pointer(p, -1, p);
	return (char *) att_align_nominal(p, TYPALIGN_INT);
}

/*
 * checks a state and locates its parts (no allocation). The transition function reads only the
 * header (full = false): its states are the aggregate's own. States that may come from outside
 * (combine, final: Citus and postgres_fdw ship them as text) are checked fully.
 */
static void
cs_read(ArrayType *state, CsState *cs, bool full)
{
	bits8 *bitmap = ARR_NULLBITMAP(state);
	int nitems;
	char *p;
	char buf[16];
	size_t len;
	char *end;
	long cap;
	int tagged[2] = {0, 0};

	if (ARR_NDIM(state) != 1 || ARR_ELEMTYPE(state) != TEXTOID || ARR_DIMS(state)[0] < CS_HEADER ||
	    ARR_LBOUND(state)[0] != 1)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("The state must be a one-dimensional text array that starts "
		                   "with its capacity, two counts and two sample sizes.")));
	if (bitmap != NULL)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("The state must not hold nulls.")));
	nitems = ARR_DIMS(state)[0];
	p = state_data(state);
	len = VARSIZE_ANY_EXHDR(p);
	if (len == 0 || len >= sizeof(buf))
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("The capacity is not an integer between 0 and %d.", FIRST_VALUES_MAX)));
	memcpy(buf, VARDATA_ANY(p), len);
	buf[len] = '\0';
	cs->distinct = buf[len - 1] == 'd';
	if (cs->distinct)
		buf[len - 1] = '\0';
	errno = 0;
	cap = strtol(buf, &end, 10);
	if (errno != 0 || *end != '\0' || buf[0] < '0' || buf[0] > '9' || cap > FIRST_VALUES_MAX)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("The capacity is not an integer between 0 and %d.", FIRST_VALUES_MAX)));
	cs->cap = (int) cap;
	for (int i = 0; i < 2; i++)
	{
		p = cs_next(p);
		cs->count_ptr[i] = VARDATA_ANY(p);
		cs->count[i] =
		    cs_parse_digits(VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p), CS_DIGITS, (uint64) PG_INT64_MAX);
	}
	for (int i = 0; i < 2; i++)
	{
		p = cs_next(p);
		cs->sampled[i] = (int) cs_parse_digits(VARDATA_ANY(p), VARSIZE_ANY_EXHDR(p), CS_SDIGITS,
		                                       FIRST_VALUES_MAX);
	}
	if (!full)
		return;
	for (int i = CS_HEADER; i < nitems; i++)
	{
		p = cs_next(p);
		if (VARSIZE_ANY_EXHDR(p) < 1 || (VARDATA_ANY(p)[0] != 't' && VARDATA_ANY(p)[0] != 'f'))
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("malformed count_sample state"),
			                errdetail("A sampled value lacks its side.")));
		tagged[VARDATA_ANY(p)[0] == 't' ? 0 : 1]++;
	}
	if (tagged[0] != cs->sampled[0] || tagged[1] != cs->sampled[1] || cs->sampled[0] > cs->cap ||
	    cs->sampled[1] > cs->cap)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("malformed count_sample state"),
		         errdetail("The sample sizes do not match the values or exceed the capacity %d.",
		                   cs->cap)));
}

static Datum
cs_digits_datum(uint64 v, int width)
{
	char buf[CS_DIGITS + 1];

	snprintf(buf, sizeof(buf), "%0*" INT64_MODIFIER "u", width, v);
	return CStringGetTextDatum(buf);
}

/* a value tagged with its side ('t' or 'f' + the text) */
static Datum
cs_tag(Datum value, int side)
{
	text *t = DatumGetTextPP(value);
	size_t len = VARSIZE_ANY_EXHDR(t);
	text *r = palloc(VARHDRSZ + 1 + len);

	SET_VARSIZE(r, VARHDRSZ + 1 + len);
	VARDATA(r)[0] = side == 0 ? 't' : 'f';
	memcpy(VARDATA(r) + 1, VARDATA_ANY(t), len);
	return PointerGetDatum(r);
}

/* a new state: the header of cs with these counts, the values of src, then one tagged value */
static ArrayType *
cs_build(const CsState *cs, const uint64 *count, const int *sampled, ArrayType *src, Datum extra)
{
	Datum *elems;
	Datum *srcelems = NULL;
	bool *srcnulls = NULL;
	int nsrc = 0;
	int n = CS_HEADER;
	int dims[1];
	int lbs[1] = {1};

	if (src != NULL)
		deconstruct_array(src, TEXTOID, -1, false, TYPALIGN_INT, &srcelems, &srcnulls, &nsrc);
	elems = palloc(sizeof(Datum) * (2 * cs->cap + CS_HEADER));
	elems[0] = CStringGetTextDatum(psprintf("%d%s", cs->cap, cs->distinct ? "d" : ""));
	elems[1] = cs_digits_datum(count[0], CS_DIGITS);
	elems[2] = cs_digits_datum(count[1], CS_DIGITS);
	elems[3] = cs_digits_datum((uint64) sampled[0], CS_SDIGITS);
	elems[4] = cs_digits_datum((uint64) sampled[1], CS_SDIGITS);
	for (int i = CS_HEADER; i < nsrc; i++)
		elems[n++] = srcelems[i];
	if (extra != (Datum) 0)
		elems[n++] = extra;
	dims[0] = n;
	return construct_md_array(elems, NULL, 1, dims, lbs, TEXTOID, -1, false, TYPALIGN_INT);
}

/* true when the state holds this tagged value */
static bool
cs_contains(ArrayType *state, Datum tagged)
{
	text *t = DatumGetTextPP(tagged);
	size_t len = VARSIZE_ANY_EXHDR(t);
	int nitems = ARR_DIMS(state)[0];
	char *p = state_data(state);

	for (int i = 0; i < nitems; i++, p = cs_next(p))
		if (i >= CS_HEADER && VARSIZE_ANY_EXHDR(p) == len &&
		    memcmp(VARDATA_ANY(p), VARDATA_ANY(t), len) == 0)
			return true;
	return false;
}

PG_FUNCTION_INFO_V1(mlcheck_count_sample_transfn);
/* count_sample transition: (state, value text, flag bool, n int, distinct bool) -> state */
Datum
mlcheck_count_sample_transfn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ArrayType *state;
	ArrayType *result;
	CsState cs;
	int side;
	uint64 count[2];
	int sampled[2];

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
		        (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		         errmsg("count_sample transition function called in non-aggregate context")));
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_ARRAYTYPE_P(PG_GETARG_ARRAYTYPE_P(0));
	}
	side = (!PG_ARGISNULL(2) && PG_GETARG_BOOL(2)) ? 0 : 1;
	if (PG_ARGISNULL(0))
	{
		if (PG_ARGISNULL(3) || PG_ARGISNULL(4))
			ereport(ERROR,
			        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			         errmsg("the sample size and distinct flag of count_sample must not be null")));
		cs.cap = PG_GETARG_INT32(3);
		if (cs.cap < 0 || cs.cap > FIRST_VALUES_MAX)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("sample size %d of count_sample is out of range", cs.cap),
			                errhint("Use a size between 0 and %d.", FIRST_VALUES_MAX)));
		cs.distinct = PG_GETARG_BOOL(4);
		count[0] = side == 0;
		count[1] = side == 1;
		sampled[0] = (side == 0 && cs.cap > 0);
		sampled[1] = (side == 1 && cs.cap > 0);
		old = MemoryContextSwitchTo(aggcontext);
		result = cs_build(&cs, count, sampled, NULL,
		                  cs.cap > 0 ? cs_tag(PG_GETARG_DATUM(1), side) : (Datum) 0);
		MemoryContextSwitchTo(old);
		PG_RETURN_ARRAYTYPE_P(result);
	}
	state = PG_GETARG_ARRAYTYPE_P(0);
	cs_read(state, &cs, false);
	if (cs.count[side] >= (uint64) PG_INT64_MAX)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
		                errmsg("count_sample count out of range")));
	if (cs.sampled[side] < cs.cap)
	{
		Datum tagged = cs_tag(PG_GETARG_DATUM(1), side);

		if (!(cs.distinct && cs_contains(state, tagged)))
		{
			count[0] = cs.count[0] + (side == 0);
			count[1] = cs.count[1] + (side == 1);
			sampled[0] = cs.sampled[0] + (side == 0);
			sampled[1] = cs.sampled[1] + (side == 1);
			old = MemoryContextSwitchTo(aggcontext);
			result = cs_build(&cs, count, sampled, state, tagged);
			MemoryContextSwitchTo(old);
			PG_RETURN_ARRAYTYPE_P(result);
		}
	}
	/* the common case: count the row in place */
	{
		char buf[CS_DIGITS + 1];

		snprintf(buf, sizeof(buf), "%0*" INT64_MODIFIER "u", CS_DIGITS, cs.count[side] + 1);
		memcpy(cs.count_ptr[side], buf, CS_DIGITS);
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

PG_FUNCTION_INFO_V1(mlcheck_count_sample_combinefn);
/* count_sample combine (strict): counts added, the right values appended while each side has room
 */
Datum
mlcheck_count_sample_combinefn(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	MemoryContext old;
	ArrayType *a;
	ArrayType *b;
	ArrayType *result;
	CsState ca;
	CsState cb;
	Datum *belems;
	bool *bnulls;
	int nb;
	uint64 count[2];
	int sampled[2];

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("count_sample combine function called in non-aggregate context")));
	a = PG_GETARG_ARRAYTYPE_P(0);
	b = PG_GETARG_ARRAYTYPE_P(1);
	cs_read(a, &ca, true);
	cs_read(b, &cb, true);
	if (ca.cap != cb.cap || ca.distinct != cb.distinct)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("cannot combine count_sample states of different sizes or kinds")));
	for (int i = 0; i < 2; i++)
	{
		if (ca.count[i] > (uint64) PG_INT64_MAX - cb.count[i])
			ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			                errmsg("count_sample count out of range")));
		count[i] = ca.count[i] + cb.count[i];
		sampled[i] = ca.sampled[i];
	}
	deconstruct_array(b, TEXTOID, -1, false, TYPALIGN_INT, &belems, &bnulls, &nb);
	old = MemoryContextSwitchTo(aggcontext);
	result = cs_build(&ca, count, sampled, a, (Datum) 0);
	for (int i = CS_HEADER; i < nb; i++)
	{
		int side = VARDATA_ANY(DatumGetPointer(belems[i]))[0] == 't' ? 0 : 1;

		if (sampled[side] >= ca.cap || (ca.distinct && cs_contains(result, belems[i])))
			continue;
		sampled[side]++;
		result = cs_build(&ca, count, sampled, result, belems[i]);
	}
	MemoryContextSwitchTo(old);
	PG_RETURN_ARRAYTYPE_P(result);
}

PG_FUNCTION_INFO_V1(mlcheck_count_sample_finalfn);
/*
 * count_sample final: {count true, count false, sampled true, sampled false, the values of side
 * true in arrival order, then those of side false}; {0,0,0,0} without input
 */
Datum
mlcheck_count_sample_finalfn(PG_FUNCTION_ARGS)
{
	ArrayType *state;
	CsState cs;
	Datum *elems;
	bool *nulls;
	Datum *out;
	int nelems;
	int n = 4;

	if (PG_ARGISNULL(0))
	{
		Datum zero[4] = {CStringGetTextDatum("0"), CStringGetTextDatum("0"),
		                 CStringGetTextDatum("0"), CStringGetTextDatum("0")};

		PG_RETURN_ARRAYTYPE_P(construct_array(zero, 4, TEXTOID, -1, false, TYPALIGN_INT));
	}
	state = PG_GETARG_ARRAYTYPE_P(0);
	cs_read(state, &cs, true);
	deconstruct_array(state, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nelems);
	out = palloc(sizeof(Datum) * (nelems - 1));
	out[0] = CStringGetTextDatum(psprintf(UINT64_FORMAT, cs.count[0]));
	out[1] = CStringGetTextDatum(psprintf(UINT64_FORMAT, cs.count[1]));
	out[2] = CStringGetTextDatum(psprintf("%d", cs.sampled[0]));
	out[3] = CStringGetTextDatum(psprintf("%d", cs.sampled[1]));
	for (int side = 0; side < 2; side++)
		for (int i = CS_HEADER; i < nelems; i++)
		{
			text *t = DatumGetTextPP(elems[i]);

			if (VARDATA_ANY(t)[0] == (side == 0 ? 't' : 'f'))
				out[n++] = PointerGetDatum(
				    cstring_to_text_with_len(VARDATA_ANY(t) + 1, (int) VARSIZE_ANY_EXHDR(t) - 1));
		}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, n, TEXTOID, -1, false, TYPALIGN_INT));
}
