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
