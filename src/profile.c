/*
 * profile.c: the mlcheck.profile type (text/binary I/O, expanded in-memory form), its
 * aggregates (profile(float8|text|bool [, exact_limit]), merge(profile)), merge(p, p), and the
 * accessors summary, quantile, cdf, histogram, top_values and the cast to jsonb.
 *
 * In memory an aggregate's state is an expanded object (utils/expandeddatum.h) that owns an
 * mc_profile in its private memory context, a child of the aggregate context. The transition
 * functions return the same read/write pointer on every call, so nodeAgg never copies the state
 * (ExecAggTransReparent is skipped when the pointer is unchanged). Flattening is the canonical
 * serialization, computed once and cached until the next change; parallel workers ship flattened
 * states and the combine function accepts flat or expanded inputs.
 */
#include "mlcheck.h"

#include <math.h>

/* some server headers define inline functions with unused parameters (-Wextra) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "access/detoast.h"
#include "catalog/pg_type.h"
#include "common/shortest_dec.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/float.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#pragma GCC diagnostic pop

#include "core/codec.h"
#include "core/profile.h"

#define PROFILE_TYPNAME     "mlcheck.profile"
#define PROFILE_TEXT_PREFIX "profile.v1:"

/* ---------------------------------------------------------------- expanded object */

typedef struct ProfileExpanded
{
	ExpandedObjectHeader hdr;
	mc_profile *prof;
	uint8_t *flat; /* cached canonical serialization (in hdr.eoh_context) */
	Size flat_len;
	bool flat_valid;
} ProfileExpanded;

static Size prof_get_flat_size(ExpandedObjectHeader *eohptr);
static void prof_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods prof_methods = {prof_get_flat_size, prof_flatten_into};

static void
check_status(mc_status st, const char *what)
{
	if (st != MC_OK)
		mlcheck_raise_status(st, what, false);
}

/* canonical bytes of the profile, cached; may switch an over-budget exact profile to a sketch */
static void
prof_serialize_cached(ProfileExpanded *pe)
{
	MemoryContext old;
	mc_writer w;
	mc_status st;

	if (pe->flat_valid)
		return;
	old = MemoryContextSwitchTo(pe->hdr.eoh_context);
	if (pe->flat)
		pfree(pe->flat);
	pe->flat = NULL;
	mc_w_init(&w, 256);
	st = mc_profile_serialize(pe->prof, &w);
	MemoryContextSwitchTo(old);
	check_status(st, "profile serialization");
	pe->flat = w.buf;
	pe->flat_len = w.len;
	pe->flat_valid = true;
}

static Size
prof_get_flat_size(ExpandedObjectHeader *eohptr)
{
	ProfileExpanded *pe = (ProfileExpanded *) eohptr;

	prof_serialize_cached(pe);
	return VARHDRSZ + pe->flat_len;
}

static void
prof_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	ProfileExpanded *pe = (ProfileExpanded *) eohptr;

	prof_serialize_cached(pe);
	if (allocated_size != VARHDRSZ + pe->flat_len)
		elog(ERROR, "profile flat size changed between get_flat_size and flatten_into");
	memcpy(VARDATA(result), pe->flat, pe->flat_len);
	SET_VARSIZE(result, VARHDRSZ + pe->flat_len);
}

/* a new expanded object in the shared states context below the aggregate context */
static ProfileExpanded *
prof_expanded_new(MemoryContext aggcxt)
{
	MemoryContext cxt = mlcheck_agg_states_context(aggcxt);
	ProfileExpanded *pe = MemoryContextAllocZero(cxt, sizeof(ProfileExpanded));

	EOH_init_header(&pe->hdr, &prof_methods, cxt);
	return pe;
}

static ProfileExpanded *
prof_expanded_from_profile(MemoryContext parent, const mc_profile *src)
{
	ProfileExpanded *pe = prof_expanded_new(parent);
	MemoryContext old = MemoryContextSwitchTo(pe->hdr.eoh_context);

	pe->prof = mc_profile_copy(src);
	MemoryContextSwitchTo(old);
	if (pe->prof == NULL)
		check_status(MC_ERR_NOMEM, "profile copy");
	return pe;
}

/* parse canonical bytes; raises 22P02 (from_text) or 22P03 on anything malformed */
static mc_profile *
prof_parse(const uint8_t *buf, size_t len, bool from_text)
{
	mc_profile *p;
	mc_status st = mc_profile_deserialize(buf, len, &p);

	if (st == MC_ERR_CORRUPT)
		ereport(ERROR,
		        (errcode(from_text ? ERRCODE_INVALID_TEXT_REPRESENTATION
		                           : ERRCODE_INVALID_BINARY_REPRESENTATION),
		         errmsg("malformed %s value", PROFILE_TYPNAME),
		         errdetail("The serialized profile is truncated, inconsistent or of an unknown "
		                   "format version.")));
	check_status(st, "profile input");
	return p;
}

/*
 * Text values inside a profile read from outside must be valid in the database encoding, as
 * every text value is: top_values and the jsonb cast hand them out as text.
 */
static void
check_text_encoding(mc_profile *p, bool from_text)
{
	const mc_category *c;
	size_t n;
	uint64_t other;

	if (mc_profile_kind_of(p) != MC_PROFILE_TEXT)
		return;
	check_status(mc_profile_categories(p, &c, &n, &other), "profile input");
	for (size_t i = 0; i < n; i++)
		if (!pg_verifymbstr((const char *) c[i].value, (int) c[i].len, true) ||
		    memchr(c[i].value, '\0', c[i].len) != NULL)
			ereport(
			    ERROR,
			    (errcode(from_text ? ERRCODE_INVALID_TEXT_REPRESENTATION
			                       : ERRCODE_INVALID_BINARY_REPRESENTATION),
			     errmsg("malformed %s value", PROFILE_TYPNAME),
			     errdetail("A text value of the profile is not valid in the database encoding.")));
}

/*
 * The profile of a datum for reading. A flat value is parsed into CurrentMemoryContext; an
 * expanded one is used in place, and *cxt names the context its caches must live in.
 */
static mc_profile *
prof_datum(Datum d, MemoryContext *cxt)
{
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		ProfileExpanded *pe = (ProfileExpanded *) DatumGetEOHP(d);

		if (pe->hdr.eoh_methods != &prof_methods)
			elog(ERROR, "expanded datum is not a profile");
		*cxt = pe->hdr.eoh_context;
		return pe->prof;
	}
	else
	{
		struct varlena *v = PG_DETOAST_DATUM(d);

		*cxt = CurrentMemoryContext;
		return prof_parse((const uint8_t *) VARDATA(v), VARSIZE(v) - VARHDRSZ, false);
	}
}

/* a flat copy of the profile as a varlena in CurrentMemoryContext */
static Datum
prof_flat_datum(ProfileExpanded *pe)
{
	Size sz = EOH_get_flat_size(&pe->hdr);
	void *res = palloc(sz);

	EOH_flatten_into(&pe->hdr, res, sz);
	return PointerGetDatum(res);
}

/* serialize a (temporary) profile into a new flat varlena */
static Datum
prof_to_datum(mc_profile *p)
{
	mc_writer w;
	mc_status st;
	bytea *res;

	mc_w_init(&w, 256);
	st = mc_profile_serialize(p, &w);
	check_status(st, "profile serialization");
	res = palloc(VARHDRSZ + w.len);
	SET_VARSIZE(res, VARHDRSZ + w.len);
	memcpy(VARDATA(res), w.buf, w.len);
	mc_w_free(&w);
	return PointerGetDatum(res);
}

/* ---------------------------------------------------------------- type I/O */

PG_FUNCTION_INFO_V1(mlcheck_profile_in);
/* text input: "profile.v1:" + canonical base64 of the binary form, fully validated */
Datum
mlcheck_profile_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	size_t plen = strlen(PROFILE_TEXT_PREFIX);
	size_t len = strlen(str), blen;
	uint8_t *bytes;
	mc_profile *p;
	mc_writer w;
	bytea *res;

	if (len < plen || strncmp(str, PROFILE_TEXT_PREFIX, plen) != 0)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
		         errmsg("invalid input syntax for type %s", PROFILE_TYPNAME),
		         errdetail("A profile's text form starts with \"%s\".", PROFILE_TEXT_PREFIX)));
	if (len - plen > (size_t) MC_PROFILE_MAX_BYTES * 2)
		ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
		                errmsg("invalid input syntax for type %s", PROFILE_TYPNAME),
		                errdetail("The text is longer than any profile.")));
	bytes = mlcheck_base64_decode_text(str + plen, len - plen, &blen, PROFILE_TYPNAME);
	p = prof_parse(bytes, blen, true);
	check_text_encoding(p, true);
	/* only the canonical form is accepted, so text round-trips exactly */
	mc_w_init(&w, blen);
	check_status(mc_profile_serialize(p, &w), "profile input");
	if (w.len != blen || memcmp(w.buf, bytes, blen) != 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
		                errmsg("malformed %s value", PROFILE_TYPNAME),
		                errdetail("The serialized profile is not in canonical form.")));
	res = palloc(VARHDRSZ + blen);
	SET_VARSIZE(res, VARHDRSZ + blen);
	memcpy(VARDATA(res), bytes, blen);
	PG_RETURN_POINTER(res);
}

/* flat bytes of a profile datum (flattening an expanded one) */
static bytea *
prof_flat_bytes(Datum d)
{
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
	{
		ProfileExpanded *pe = (ProfileExpanded *) DatumGetEOHP(d);

		return (bytea *) DatumGetPointer(prof_flat_datum(pe));
	}
	return (bytea *) PG_DETOAST_DATUM(d);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_out);
Datum
mlcheck_profile_out(PG_FUNCTION_ARGS)
{
	bytea *b = prof_flat_bytes(PG_GETARG_DATUM(0));

	PG_RETURN_CSTRING(mlcheck_base64_encode_cstring(PROFILE_TEXT_PREFIX, (uint8_t *) VARDATA(b),
	                                                VARSIZE(b) - VARHDRSZ));
}

PG_FUNCTION_INFO_V1(mlcheck_profile_recv);
/* binary input: the canonical binary form, fully validated (22P03) */
Datum
mlcheck_profile_recv(PG_FUNCTION_ARGS)
{
	StringInfo buf = (StringInfo) PG_GETARG_POINTER(0);
	int len = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, len);
	mc_profile *p = prof_parse((const uint8_t *) bytes, len, false);
	mc_writer w;
	bytea *res;

	check_text_encoding(p, false);
	mc_w_init(&w, len);
	check_status(mc_profile_serialize(p, &w), "profile input");
	if (w.len != (size_t) len || memcmp(w.buf, bytes, len) != 0)
		ereport(ERROR, (errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
		                errmsg("malformed %s value", PROFILE_TYPNAME),
		                errdetail("The serialized profile is not in canonical form.")));
	res = palloc(VARHDRSZ + len);
	SET_VARSIZE(res, VARHDRSZ + len);
	memcpy(VARDATA(res), bytes, len);
	PG_RETURN_POINTER(res);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_send);
Datum
mlcheck_profile_send(PG_FUNCTION_ARGS)
{
	bytea *b = prof_flat_bytes(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA(b), VARSIZE(b) - VARHDRSZ);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- aggregates */

static uint32_t
exact_limit_arg(FunctionCallInfo fcinfo, int argno)
{
	int32 lim;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return MC_PROFILE_DEFAULT_EXACT_LIMIT;
	lim = PG_GETARG_INT32(argno);
	if (lim < 0 || lim > MC_PROFILE_MAX_EXACT_LIMIT)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("exact_limit must be between 0 and %d", MC_PROFILE_MAX_EXACT_LIMIT),
		                errdetail("Got %d.", lim)));
	return (uint32_t) lim;
}

/*
 * The transition state: the R/W expanded object nodeAgg hands back, or a new one (first row,
 * or a flat / read-only state, which is copied) in the aggregate context.
 */
static ProfileExpanded *
trans_state(FunctionCallInfo fcinfo, mc_profile_kind kind, int limit_argno)
{
	MemoryContext aggcxt;
	ProfileExpanded *pe;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "profile transition function called in non-aggregate context");
	if (!PG_ARGISNULL(0))
	{
		Datum d = PG_GETARG_DATUM(0);

		pe = (ProfileExpanded *) mlcheck_rw_state(fcinfo, 0, &prof_methods);
		if (likely(pe != NULL))
			return pe;
		{
			MemoryContext cxt;
			mc_profile *src = prof_datum(d, &cxt);

			if (mc_profile_kind_of(src) != kind)
				ereport(ERROR,
				        (errcode(ERRCODE_DATATYPE_MISMATCH),
				         errmsg("cannot add %s values to a %s profile", mc_profile_kind_name(kind),
				                mc_profile_kind_name(mc_profile_kind_of(src)))));
			return prof_expanded_from_profile(aggcxt, src);
		}
	}
	{
		uint32_t limit = exact_limit_arg(fcinfo, limit_argno);
		MemoryContext old;

		pe = prof_expanded_new(aggcxt);
		old = MemoryContextSwitchTo(pe->hdr.eoh_context);
		pe->prof = mc_profile_new(kind, limit);
		MemoryContextSwitchTo(old);
		if (pe->prof == NULL)
			check_status(MC_ERR_NOMEM, "profile");
	}
	return pe;
}

PG_FUNCTION_INFO_V1(mlcheck_profile_float8_trans);
/* profile(float8 [, exact_limit]) transition: one row, in place */
Datum
mlcheck_profile_float8_trans(PG_FUNCTION_ARGS)
{
	ProfileExpanded *pe = NULL;

	/* the per-row path: our own R/W state handed back by a plain aggregate */
	if (likely(fcinfo->context != NULL && IsA(fcinfo->context, AggState)))
		pe = (ProfileExpanded *) mlcheck_rw_state(fcinfo, 0, &prof_methods);
	if (pe == NULL)
		pe = trans_state(fcinfo, MC_PROFILE_NUMERIC, 2);

	pe->flat_valid = false;
	if (PG_ARGISNULL(1))
		mc_profile_add_null(pe->prof);
	else
	{
		MemoryContext old = MemoryContextSwitchTo(pe->hdr.eoh_context);
		mc_status st = mc_profile_add_f8(pe->prof, PG_GETARG_FLOAT8(1));

		MemoryContextSwitchTo(old);
		if (unlikely(st != MC_OK))
			check_status(st, "profile");
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&pe->hdr));
}

/* characters of a UTF-8 string: the bytes that do not continue a character */
static uint64_t
utf8_chars(const unsigned char *s, size_t len)
{
	uint64_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += (s[i] & 0xC0) != 0x80;
	return n;
}

PG_FUNCTION_INFO_V1(mlcheck_profile_text_trans);
/* profile(text [, exact_limit]) transition */
Datum
mlcheck_profile_text_trans(PG_FUNCTION_ARGS)
{
	ProfileExpanded *pe = trans_state(fcinfo, MC_PROFILE_TEXT, 2);

	pe->flat_valid = false;
	if (PG_ARGISNULL(1))
		mc_profile_add_null(pe->prof);
	else
	{
		text *t = PG_GETARG_TEXT_PP(1);
		const char *s = VARDATA_ANY(t);
		size_t len = VARSIZE_ANY_EXHDR(t);
		size_t prefix = len;
		uint64_t chars;
		MemoryContext old;
		mc_status st;

		if (GetDatabaseEncoding() == PG_UTF8)
			chars = utf8_chars((const unsigned char *) s, len);
		else if (pg_database_encoding_max_length() == 1)
			chars = len;
		else
			chars = pg_mbstrlen_with_len(s, (int) len);
		if (len > MC_PROFILE_TEXT_PREFIX)
			prefix = pg_mbcliplen(s, (int) len, MC_PROFILE_TEXT_PREFIX);
		old = MemoryContextSwitchTo(pe->hdr.eoh_context);
		st = mc_profile_add_text(pe->prof, (const uint8_t *) s, len, prefix, chars);
		MemoryContextSwitchTo(old);
		if (unlikely(st != MC_OK))
			check_status(st, "profile");
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&pe->hdr));
}

PG_FUNCTION_INFO_V1(mlcheck_profile_bool_trans);
/* profile(bool [, exact_limit]) transition */
Datum
mlcheck_profile_bool_trans(PG_FUNCTION_ARGS)
{
	ProfileExpanded *pe = trans_state(fcinfo, MC_PROFILE_BOOL, 2);

	pe->flat_valid = false;
	if (PG_ARGISNULL(1))
		mc_profile_add_null(pe->prof);
	else
		mc_profile_add_bool(pe->prof, PG_GETARG_BOOL(1));
	PG_RETURN_DATUM(EOHPGetRWDatum(&pe->hdr));
}

static void
merge_into(ProfileExpanded *pe, mc_profile *src)
{
	MemoryContext old;
	mc_status st;
	mc_profile_kind a = mc_profile_kind_of(pe->prof), b = mc_profile_kind_of(src);

	if (a != b)
		ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
		                errmsg("cannot merge a %s profile with a %s profile",
		                       mc_profile_kind_name(a), mc_profile_kind_name(b))));
	old = MemoryContextSwitchTo(pe->hdr.eoh_context);
	st = mc_profile_merge(pe->prof, src);
	MemoryContextSwitchTo(old);
	pe->flat_valid = false;
	if (st == MC_ERR_RANGE)
		ereport(ERROR,
		        (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE), errmsg("profile counts out of range"),
		         errdetail("The merged row count would exceed the range of bigint.")));
	check_status(st, "profile merge");
}

PG_FUNCTION_INFO_V1(mlcheck_profile_combine);
/*
 * Combine function of every profile aggregate and transition function of merge(profile):
 * state := state merged with the second argument (flat or expanded, never modified and never
 * returned as is). NULL second arguments are skipped.
 */
Datum
mlcheck_profile_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	ProfileExpanded *pe = NULL;
	MemoryContext srccxt;
	mc_profile *src;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		elog(ERROR, "profile combine function called in non-aggregate context");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	src = prof_datum(PG_GETARG_DATUM(1), &srccxt);
	if (PG_ARGISNULL(0))
	{
		pe = prof_expanded_from_profile(aggcxt, src);
		PG_RETURN_DATUM(EOHPGetRWDatum(&pe->hdr));
	}
	{
		Datum d = PG_GETARG_DATUM(0);

		if (VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d)) &&
		    DatumGetEOHP(d)->eoh_methods == &prof_methods)
			pe = (ProfileExpanded *) DatumGetEOHP(d);
		else
		{
			MemoryContext cxt;

			pe = prof_expanded_from_profile(aggcxt, prof_datum(d, &cxt));
		}
	}
	merge_into(pe, src);
	PG_RETURN_DATUM(EOHPGetRWDatum(&pe->hdr));
}

/* final function: a flat copy of the state, so the R/W state is never exposed */
static Datum
final_common(FunctionCallInfo fcinfo, mc_profile_kind kind, bool empty_is_null)
{
	if (PG_ARGISNULL(0))
	{
		mc_profile *p;

		if (empty_is_null)
			PG_RETURN_NULL();
		/* no row at all: an empty profile of the aggregate's kind */
		p = mc_profile_new(kind, MC_PROFILE_DEFAULT_EXACT_LIMIT);
		if (p == NULL)
			check_status(MC_ERR_NOMEM, "profile");
		return prof_to_datum(p);
	}
	{
		Datum d = PG_GETARG_DATUM(0);

		if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
			return prof_flat_datum((ProfileExpanded *) DatumGetEOHP(d));
		return PointerGetDatum(PG_DETOAST_DATUM_COPY(d));
	}
}

PG_FUNCTION_INFO_V1(mlcheck_profile_float8_final);
Datum
mlcheck_profile_float8_final(PG_FUNCTION_ARGS)
{
	return final_common(fcinfo, MC_PROFILE_NUMERIC, false);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_text_final);
Datum
mlcheck_profile_text_final(PG_FUNCTION_ARGS)
{
	return final_common(fcinfo, MC_PROFILE_TEXT, false);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_bool_final);
Datum
mlcheck_profile_bool_final(PG_FUNCTION_ARGS)
{
	return final_common(fcinfo, MC_PROFILE_BOOL, false);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_merge_final);
Datum
mlcheck_profile_merge_final(PG_FUNCTION_ARGS)
{
	return final_common(fcinfo, MC_PROFILE_NUMERIC, true);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_merge2);
/* merge(a, b): the profile of the union of both profiles' rows */
Datum
mlcheck_profile_merge2(PG_FUNCTION_ARGS)
{
	MemoryContext ca, cb;
	mc_profile *a = prof_datum(PG_GETARG_DATUM(0), &ca);
	mc_profile *b = prof_datum(PG_GETARG_DATUM(1), &cb);
	mc_profile *r;
	mc_status st;

	if (mc_profile_kind_of(a) != mc_profile_kind_of(b))
		ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
		                errmsg("cannot merge a %s profile with a %s profile",
		                       mc_profile_kind_name(mc_profile_kind_of(a)),
		                       mc_profile_kind_name(mc_profile_kind_of(b)))));
	r = mc_profile_copy(a);
	if (r == NULL)
		check_status(MC_ERR_NOMEM, "profile merge");
	st = mc_profile_merge(r, b);
	if (st == MC_ERR_RANGE)
		ereport(ERROR,
		        (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE), errmsg("profile counts out of range"),
		         errdetail("The merged row count would exceed the range of bigint.")));
	check_status(st, "profile merge");
	PG_RETURN_DATUM(prof_to_datum(r));
}

/* ---------------------------------------------------------------- accessors */

/* the profile argument, with views built in the right context */
typedef struct ProfArg
{
	mc_profile *p;
	MemoryContext cxt;
	mc_profile_stats st;
} ProfArg;

static void
prof_arg(FunctionCallInfo fcinfo, int argno, ProfArg *a)
{
	a->p = prof_datum(PG_GETARG_DATUM(argno), &a->cxt);
	mc_profile_get_stats(a->p, &a->st);
}

static void
require_numeric(const ProfArg *a, const char *fn)
{
	if (a->st.kind != MC_PROFILE_NUMERIC)
		ereport(ERROR,
		        (errcode(ERRCODE_DATATYPE_MISMATCH), errmsg("%s needs a numeric profile", fn),
		         errdetail("The profile is of kind %s.", mc_profile_kind_name(a->st.kind))));
}

static double
q_checked(ProfArg *a, double q)
{
	MemoryContext old;
	double v;

	if (isnan(q) || q < 0.0 || q > 1.0)
		ereport(ERROR, (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
		                errmsg("percentile value %g is not between 0 and 1", q)));
	old = MemoryContextSwitchTo(a->cxt);
	v = mc_profile_quantile(a->p, q);
	MemoryContextSwitchTo(old);
	return v;
}

PG_FUNCTION_INFO_V1(mlcheck_profile_quantile);
/* quantile(p, q): percentile_disc over the finite values (exact mode), or the KLL estimate */
Datum
mlcheck_profile_quantile(PG_FUNCTION_ARGS)
{
	ProfArg a;
	double q = PG_GETARG_FLOAT8(1);
	double v;

	prof_arg(fcinfo, 0, &a);
	require_numeric(&a, "quantile()");
	v = q_checked(&a, q);
	if (a.st.finite_count == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

PG_FUNCTION_INFO_V1(mlcheck_profile_quantiles);
/* quantile(p, q[]): one quantile per element (NULL elements give NULL) */
Datum
mlcheck_profile_quantiles(PG_FUNCTION_ARGS)
{
	ProfArg a;
	ArrayType *qa = PG_GETARG_ARRAYTYPE_P(1);
	Datum *elems;
	bool *nulls;
	int n;
	int dims[1], lbs[1];

	prof_arg(fcinfo, 0, &a);
	require_numeric(&a, "quantile()");
	if (ARR_NDIM(qa) > 1)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
		                errmsg("quantile() needs a one-dimensional array of fractions")));
	if (a.st.finite_count == 0)
		PG_RETURN_NULL();
	deconstruct_array(qa, FLOAT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			elems[i] = Float8GetDatum(q_checked(&a, DatumGetFloat8(elems[i])));
	dims[0] = n;
	lbs[0] = ARR_NDIM(qa) == 1 ? ARR_LBOUND(qa)[0] : 1;
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(FLOAT8OID));
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, 1, dims, lbs, FLOAT8OID, 8,
	                                         FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

PG_FUNCTION_INFO_V1(mlcheck_profile_cdf);
/* cdf(p, x): fraction of the finite values <= x */
Datum
mlcheck_profile_cdf(PG_FUNCTION_ARGS)
{
	ProfArg a;
	double x = PG_GETARG_FLOAT8(1);
	double v;
	MemoryContext old;

	prof_arg(fcinfo, 0, &a);
	require_numeric(&a, "cdf()");
	if (a.st.finite_count == 0)
		PG_RETURN_NULL();
	old = MemoryContextSwitchTo(a.cxt);
	v = mc_profile_cdf(a.p, x);
	MemoryContextSwitchTo(old);
	PG_RETURN_FLOAT8(v);
}

#define MAX_BINS 10000

PG_FUNCTION_INFO_V1(mlcheck_profile_histogram);
/* histogram(p, bins) -> (bin, lower, upper, count): equal-width bins over [min, max] */
Datum
mlcheck_profile_histogram(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ProfArg a;
	int bins = PG_GETARG_INT32(1);
	double *edges;
	uint64_t *counts;
	MemoryContext old;
	mc_status st;

	prof_arg(fcinfo, 0, &a);
	require_numeric(&a, "histogram()");
	if (bins < 1 || bins > MAX_BINS)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("number of bins must be between 1 and %d", MAX_BINS),
		                errdetail("Got %d.", bins)));
	InitMaterializedSRF(fcinfo, 0);
	if (a.st.finite_count == 0)
		return (Datum) 0;
	edges = palloc((bins + 1) * sizeof(double));
	counts = palloc(bins * sizeof(uint64_t));
	old = MemoryContextSwitchTo(a.cxt);
	st = mc_profile_histogram(a.p, bins, edges, counts);
	MemoryContextSwitchTo(old);
	check_status(st, "histogram()");
	for (int i = 0; i < bins; i++)
	{
		Datum values[4];
		bool nulls[4] = {false, false, false, false};

		values[0] = Int32GetDatum(i + 1);
		values[1] = Float8GetDatum(edges[i]);
		values[2] = Float8GetDatum(edges[i + 1]);
		values[3] = Int64GetDatum((int64) counts[i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* shortest text that reads back as exactly v, whatever extra_float_digits says */
static char *
f8_text(double v)
{
	char *buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(v, buf);
	return buf;
}

PG_FUNCTION_INFO_V1(mlcheck_profile_top_values);
/* top_values(p, k) -> (value, count, fraction): the k most frequent values */
Datum
mlcheck_profile_top_values(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ProfArg a;
	int k = PG_GETARG_INT32(1);
	MemoryContext old;
	double denom;

	prof_arg(fcinfo, 0, &a);
	if (k < 0)
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		         errmsg("number of top values must not be negative"), errdetail("Got %d.", k)));
	InitMaterializedSRF(fcinfo, 0);
	denom = (double) a.st.value_count;
	if (a.st.kind == MC_PROFILE_NUMERIC)
	{
		const double *v;
		const uint64_t *c;
		size_t n;
		uint64_t other;
		mc_status st;

		old = MemoryContextSwitchTo(a.cxt);
		st = mc_profile_numeric_top(a.p, &v, &c, &n, &other);
		MemoryContextSwitchTo(old);
		check_status(st, "top_values()");
		for (size_t i = 0; i < n && i < (size_t) k; i++)
		{
			Datum values[3];
			bool nulls[3] = {false, false, false};

			values[0] = CStringGetTextDatum(f8_text(v[i]));
			values[1] = Int64GetDatum((int64) c[i]);
			values[2] = Float8GetDatum((double) c[i] / denom);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	else
	{
		const mc_category *c;
		size_t n;
		uint64_t other;
		mc_status st;

		old = MemoryContextSwitchTo(a.cxt);
		st = mc_profile_categories(a.p, &c, &n, &other);
		MemoryContextSwitchTo(old);
		check_status(st, "top_values()");
		for (size_t i = 0; i < n && i < (size_t) k; i++)
		{
			Datum values[3];
			bool nulls[3] = {false, false, false};

			values[0] = PointerGetDatum(
			    cstring_to_text_with_len((const char *) c[i].value, (int) c[i].len));
			values[1] = Int64GetDatum((int64) c[i].count);
			values[2] = Float8GetDatum((double) c[i].count / denom);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	}
	return (Datum) 0;
}

/* serialized size of a profile datum */
static int32
prof_size(Datum d)
{
	if (VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)))
		return (int32) (EOH_get_flat_size(DatumGetEOHP(d)) - VARHDRSZ);
	return (int32) (toast_raw_datum_size(d) - VARHDRSZ);
}

enum
{
	S_KIND,
	S_EXACT,
	S_ROW_COUNT,
	S_NULL_COUNT,
	S_NULL_FRACTION,
	S_VALUE_COUNT,
	S_DISTINCT,
	S_FINITE_COUNT,
	S_NAN,
	S_POSINF,
	S_NEGINF,
	S_ZERO,
	S_NEGATIVE,
	S_MIN,
	S_MAX,
	S_MEAN,
	S_STDDEV,
	S_VARIANCE,
	S_TRUE,
	S_FALSE,
	S_TRUE_FRACTION,
	S_MIN_LENGTH,
	S_MAX_LENGTH,
	S_MEAN_LENGTH,
	S_EXACT_LIMIT,
	S_RANK_ERROR,
	S_FREQ_ERROR,
	S_SIZE,
	S_NFIELDS
};

PG_FUNCTION_INFO_V1(mlcheck_profile_summary);
/* summary(p): every scalar of the profile as one composite (mlcheck.profile_summary) */
Datum
mlcheck_profile_summary(PG_FUNCTION_ARGS)
{
	TupleDesc td;
	ProfArg a;
	Datum v[S_NFIELDS];
	bool nl[S_NFIELDS];
	const mc_profile_stats *s;
	uint64_t rows;

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "summary() must return a composite type");
	td = BlessTupleDesc(td);
	if (td->natts != S_NFIELDS)
		elog(ERROR, "profile_summary has %d fields, expected %d", td->natts, S_NFIELDS);
	prof_arg(fcinfo, 0, &a);
	s = &a.st;
	for (int i = 0; i < S_NFIELDS; i++)
		nl[i] = true;
	rows = s->null_count + s->value_count;
#define SET(i, d)                                                                                  \
	do                                                                                             \
	{                                                                                              \
		v[i] = (d);                                                                                \
		nl[i] = false;                                                                             \
	} while (0)
	SET(S_KIND, CStringGetTextDatum(mc_profile_kind_name(s->kind)));
	SET(S_EXACT, BoolGetDatum(s->exact));
	SET(S_ROW_COUNT, Int64GetDatum((int64) rows));
	SET(S_NULL_COUNT, Int64GetDatum((int64) s->null_count));
	if (rows > 0)
		SET(S_NULL_FRACTION, Float8GetDatum((double) s->null_count / (double) rows));
	SET(S_VALUE_COUNT, Int64GetDatum((int64) s->value_count));
	SET(S_DISTINCT, Int64GetDatum((int64) s->distinct));
	if (s->kind == MC_PROFILE_NUMERIC)
	{
		SET(S_FINITE_COUNT, Int64GetDatum((int64) s->finite_count));
		SET(S_NAN, Int64GetDatum((int64) s->nan_count));
		SET(S_POSINF, Int64GetDatum((int64) s->posinf_count));
		SET(S_NEGINF, Int64GetDatum((int64) s->neginf_count));
		SET(S_ZERO, Int64GetDatum((int64) s->zero_count));
		SET(S_NEGATIVE, Int64GetDatum((int64) s->negative_count));
		if (s->finite_count > 0)
		{
			double N = (double) s->finite_count;

			SET(S_MIN, Float8GetDatum(s->min));
			SET(S_MAX, Float8GetDatum(s->max));
			SET(S_MEAN, Float8GetDatum(s->sum / N));
			if (s->finite_count > 1)
			{
				/* as float8_var_samp / float8_stddev_samp */
				SET(S_VARIANCE, Float8GetDatum(s->m2 / (N - 1.0)));
				SET(S_STDDEV, Float8GetDatum(sqrt(s->m2 / (N - 1.0))));
			}
		}
		SET(S_RANK_ERROR, Float8GetDatum(s->rank_error));
	}
	else if (s->kind == MC_PROFILE_BOOL)
	{
		SET(S_TRUE, Int64GetDatum((int64) s->true_count));
		SET(S_FALSE, Int64GetDatum((int64) s->false_count));
		if (s->value_count > 0)
			SET(S_TRUE_FRACTION, Float8GetDatum((double) s->true_count / (double) s->value_count));
	}
	else if (s->value_count > 0)
	{
		SET(S_MIN_LENGTH, Int64GetDatum((int64) s->len_min));
		SET(S_MAX_LENGTH, Int64GetDatum((int64) s->len_max));
		SET(S_MEAN_LENGTH, Float8GetDatum((double) s->len_sum / (double) s->value_count));
	}
	SET(S_EXACT_LIMIT, Int32GetDatum((int32) s->exact_limit));
	SET(S_FREQ_ERROR, Int64GetDatum((int64) s->freq_error));
	SET(S_SIZE, Int32GetDatum(prof_size(PG_GETARG_DATUM(0))));
#undef SET
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, v, nl)));
}

/* ---------------------------------------------------------------- jsonb */

static void
json_num(StringInfo b, const char *key, double v, bool *first)
{
	appendStringInfo(b, "%s\"%s\": ", *first ? "" : ", ", key);
	*first = false;
	if (isfinite(v))
		appendStringInfoString(b, f8_text(v));
	else
		appendStringInfoString(b, "null");
}

static void
json_int(StringInfo b, const char *key, uint64_t v, bool *first)
{
	appendStringInfo(b, "%s\"%s\": " UINT64_FORMAT, *first ? "" : ", ", key, v);
	*first = false;
}

static void
json_str(StringInfo b, const char *s, size_t len)
{
	text *t = cstring_to_text_with_len(s, (int) len);
	char *c = text_to_cstring(t);

	escape_json(b, c);
}

#define JSON_TOP  10
#define JSON_BINS 10

PG_FUNCTION_INFO_V1(mlcheck_profile_jsonb);
/* p::jsonb: a documented, stable shape for people and BI tools (see README) */
Datum
mlcheck_profile_jsonb(PG_FUNCTION_ARGS)
{
	ProfArg a;
	StringInfoData b;
	bool first = true;
	const mc_profile_stats *s;
	MemoryContext old;
	uint64_t rows;

	prof_arg(fcinfo, 0, &a);
	s = &a.st;
	rows = s->null_count + s->value_count;
	initStringInfo(&b);
	appendStringInfo(&b, "{\"format\": %d, \"kind\": \"%s\", \"exact\": %s",
	                 MC_PROFILE_FORMAT_VERSION, mc_profile_kind_name(s->kind),
	                 s->exact ? "true" : "false");
	first = false;
	json_int(&b, "row_count", rows, &first);
	json_int(&b, "null_count", s->null_count, &first);
	json_num(&b, "null_fraction", rows ? (double) s->null_count / rows : NAN, &first);
	json_int(&b, "value_count", s->value_count, &first);
	json_int(&b, "distinct", s->distinct, &first);
	if (s->kind == MC_PROFILE_NUMERIC)
	{
		static const double qs[] = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
		double N = (double) s->finite_count;

		json_int(&b, "finite_count", s->finite_count, &first);
		json_int(&b, "nan_count", s->nan_count, &first);
		json_int(&b, "posinf_count", s->posinf_count, &first);
		json_int(&b, "neginf_count", s->neginf_count, &first);
		json_int(&b, "zero_count", s->zero_count, &first);
		json_int(&b, "negative_count", s->negative_count, &first);
		json_num(&b, "min", s->finite_count ? s->min : NAN, &first);
		json_num(&b, "max", s->finite_count ? s->max : NAN, &first);
		json_num(&b, "mean", s->finite_count ? s->sum / N : NAN, &first);
		json_num(&b, "stddev", s->finite_count > 1 ? sqrt(s->m2 / (N - 1.0)) : NAN, &first);
		json_num(&b, "rank_error", s->rank_error, &first);
		appendStringInfoString(&b, ", \"quantiles\": {");
		old = MemoryContextSwitchTo(a.cxt);
		for (int i = 0; i < 7; i++)
		{
			double v = s->finite_count ? mc_profile_quantile(a.p, qs[i]) : NAN;

			appendStringInfo(&b, "%s\"%s\": %s", i ? ", " : "", f8_text(qs[i]),
			                 isfinite(v) ? f8_text(v) : "null");
		}
		MemoryContextSwitchTo(old);
		appendStringInfoString(&b, "}, \"histogram\": [");
		if (s->finite_count)
		{
			double edges[JSON_BINS + 1];
			uint64_t counts[JSON_BINS];

			old = MemoryContextSwitchTo(a.cxt);
			check_status(mc_profile_histogram(a.p, JSON_BINS, edges, counts), "jsonb");
			MemoryContextSwitchTo(old);
			for (int i = 0; i < JSON_BINS; i++)
				appendStringInfo(
				    &b, "%s{\"lower\": %s, \"upper\": %s, \"count\": " UINT64_FORMAT "}",
				    i ? ", " : "", f8_text(edges[i]), f8_text(edges[i + 1]), counts[i]);
		}
		appendStringInfoString(&b, "], \"top_values\": [");
		{
			const double *v;
			const uint64_t *c;
			size_t n;
			uint64_t other;

			old = MemoryContextSwitchTo(a.cxt);
			check_status(mc_profile_numeric_top(a.p, &v, &c, &n, &other), "jsonb");
			MemoryContextSwitchTo(old);
			for (size_t i = 0; i < n && i < JSON_TOP; i++)
				appendStringInfo(&b, "%s{\"value\": %s, \"count\": " UINT64_FORMAT "}",
				                 i ? ", " : "", f8_text(v[i]), c[i]);
		}
		appendStringInfoString(&b, "]");
	}
	else
	{
		const mc_category *c;
		size_t n;
		uint64_t other;

		if (s->kind == MC_PROFILE_BOOL)
		{
			json_int(&b, "true_count", s->true_count, &first);
			json_int(&b, "false_count", s->false_count, &first);
			json_num(&b, "true_fraction",
			         s->value_count ? (double) s->true_count / s->value_count : NAN, &first);
		}
		else
		{
			json_num(&b, "min_length", s->value_count ? (double) s->len_min : NAN, &first);
			json_num(&b, "max_length", s->value_count ? (double) s->len_max : NAN, &first);
			json_num(&b, "mean_length", s->value_count ? (double) s->len_sum / s->value_count : NAN,
			         &first);
		}
		appendStringInfoString(&b, ", \"top_values\": [");
		old = MemoryContextSwitchTo(a.cxt);
		check_status(mc_profile_categories(a.p, &c, &n, &other), "jsonb");
		MemoryContextSwitchTo(old);
		for (size_t i = 0; i < n && i < JSON_TOP; i++)
		{
			appendStringInfoString(&b, i ? ", {\"value\": " : "{\"value\": ");
			json_str(&b, (const char *) c[i].value, c[i].len);
			appendStringInfo(&b, ", \"count\": " UINT64_FORMAT "%s}", c[i].count,
			                 c[i].truncated ? ", \"truncated\": true" : "");
		}
		appendStringInfoString(&b, "]");
	}
	json_int(&b, "frequency_error", s->freq_error, &first);
	json_int(&b, "exact_limit", s->exact_limit, &first);
	appendStringInfoChar(&b, '}');
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(b.data)));
}
