/*
 * multivariate.c: the vector_profile type (an expanded object while aggregating), its aggregates
 * and accessors, multivariate_drift(), and OpenBLAS set-up (single-threaded in every backend).
 */
#include "mlcheck.h"

#include <math.h>

/* some server headers trip -Wextra (unused parameters in inline functions) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#pragma GCC diagnostic pop

#include "core/codec.h"
#include "core/linalg.h"
#include "core/mvdrift.h"
#include "core/vprofile.h"

/* mlcheck.vector_profile_block_rows: rows folded per BLAS update (1 = per-row path, for benchmarks)
 */
static int vp_block_rows = MC_VPROF_DEFAULT_BLOCK;

/*
 * Called from _PG_init. OpenBLAS must not start threads inside a backend (parallel query gives
 * the parallelism): the Makefile links Debian's sequential build when it is installed, and this
 * call makes any other build single-threaded. If mlcheck is in shared_preload_libraries this
 * runs in the postmaster and the setting is inherited by every forked backend.
 */
void
mlcheck_multivariate_init(void)
{
	mc_lin_blas_single_thread();
	DefineCustomIntVariable("mlcheck.vector_profile_block_rows",
	                        "Rows buffered per BLAS block update of vector_profile.",
	                        "1 selects the per-row update without BLAS (for comparison).",
	                        &vp_block_rows, MC_VPROF_DEFAULT_BLOCK, 1, MC_VPROF_MAX_BLOCK,
	                        PGC_USERSET, 0, NULL, NULL, NULL);
}

/* ---------------------------------------------------------------- expanded object */

typedef struct VPExpanded
{
	ExpandedObjectHeader hdr;
	mc_vprof vp;
	double *scratch; /* dim doubles: a real[] row converted to double */
	uint8_t *flat;   /* cached serialized form (NULL when stale) */
	size_t flat_len;
} VPExpanded;

static Size vp_get_flat_size(ExpandedObjectHeader *eohptr);
static void vp_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods vp_methods = {vp_get_flat_size, vp_flatten_into};

static void
vp_invalidate(VPExpanded *e)
{
	if (e->flat)
	{
		pfree(e->flat);
		e->flat = NULL;
	}
}

static Size
vp_get_flat_size(ExpandedObjectHeader *eohptr)
{
	VPExpanded *e = (VPExpanded *) eohptr;
	MemoryContext old;
	mc_writer w;

	if (e->flat == NULL)
	{
		old = MemoryContextSwitchTo(e->hdr.eoh_context);
		mc_w_init(&w, mc_vprof_serialized_size(&e->vp));
		if (mc_vprof_serialize(&e->vp, &w) != MC_OK)
			mlcheck_raise_status(MC_ERR_NOMEM, "vector_profile", false);
		MemoryContextSwitchTo(old);
		e->flat = w.buf;
		e->flat_len = w.len;
	}
	if (e->flat_len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
		        (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		         errmsg("vector_profile of %zu bytes exceeds the 1 GB value limit", e->flat_len)));
	return VARHDRSZ + e->flat_len;
}

static void
vp_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	VPExpanded *e = (VPExpanded *) eohptr;

	(void) vp_get_flat_size(eohptr);
	Assert(allocated_size == VARHDRSZ + e->flat_len);
	SET_VARSIZE(result, allocated_size);
	memcpy(VARDATA(result), e->flat, e->flat_len);
}

/* A new empty expanded profile in the shared states context under the aggregate context. */
static VPExpanded *
vp_new(MemoryContext aggcxt, int cap, uint64_t seed)
{
	MemoryContext cxt = mlcheck_agg_states_context(aggcxt);
	VPExpanded *e = MemoryContextAllocZero(cxt, sizeof(VPExpanded));

	EOH_init_header(&e->hdr, &vp_methods, cxt);
	if (mc_vprof_init(&e->vp, cap, seed, vp_block_rows) != MC_OK)
		elog(ERROR, "vector_profile: invalid reservoir capacity %d", cap);
	return e;
}

static bool
datum_is_vp_expanded(Datum d)
{
	return VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)) &&
	       DatumGetEOHP(d)->eoh_methods == &vp_methods;
}

/* Parse a stored (flat) value into vp in the current memory context. */
static void
vp_parse_flat(Datum d, mc_vprof *vp)
{
	struct varlena *v = PG_DETOAST_DATUM(d);
	mc_status st =
	    mc_vprof_parse(vp, (const uint8_t *) VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), vp_block_rows);

	if (st != MC_OK)
		mlcheck_raise_status(st, "vector_profile", false);
}

/* The profile behind a Datum: the expanded object itself, or a parse of the flat value. */
static mc_vprof *
vp_get(Datum d, mc_vprof *tmp)
{
	if (datum_is_vp_expanded(d))
		return &((VPExpanded *) DatumGetEOHP(d))->vp;
	vp_parse_flat(d, tmp);
	return tmp;
}

/* An expanded copy of any vector_profile Datum, a state under the aggregate context parent. */
static VPExpanded *
vp_expand_copy(Datum d, MemoryContext parent)
{
	VPExpanded *e = vp_new(parent, 0, 0);
	MemoryContext old = MemoryContextSwitchTo(e->hdr.eoh_context);

	if (datum_is_vp_expanded(d))
	{
		/* through the serialized form: the same code path as a flat value */
		VPExpanded *src = (VPExpanded *) DatumGetEOHP(d);
		Size sz = vp_get_flat_size(&src->hdr);
		mc_status st = mc_vprof_parse(&e->vp, src->flat, sz - VARHDRSZ, vp_block_rows);

		if (st != MC_OK)
			mlcheck_raise_status(st, "vector_profile", false);
	}
	else
		vp_parse_flat(d, &e->vp);
	MemoryContextSwitchTo(old);
	return e;
}

static bytea *
vp_to_flat(mc_vprof *vp)
{
	mc_writer w;
	bytea *out;

	mc_w_init(&w, mc_vprof_serialized_size(vp));
	if (mc_vprof_serialize(vp, &w) != MC_OK)
		mlcheck_raise_status(MC_ERR_NOMEM, "vector_profile", false);
	if (w.len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		                errmsg("vector_profile of %zu bytes exceeds the 1 GB value limit", w.len)));
	out = palloc(VARHDRSZ + w.len);
	SET_VARSIZE(out, VARHDRSZ + w.len);
	memcpy(VARDATA(out), w.buf, w.len);
	mc_w_free(&w);
	return out;
}

/* ---------------------------------------------------------------- type I/O */

static void
vp_validate_bytes(const uint8_t *data, size_t len, bool from_text)
{
	mc_vprof vp;
	mc_status st = mc_vprof_parse(&vp, data, len, 1);

	if (st != MC_OK)
		ereport(ERROR,
		        (errcode(from_text ? ERRCODE_INVALID_TEXT_REPRESENTATION
		                           : ERRCODE_INVALID_BINARY_REPRESENTATION),
		         errmsg("malformed vector_profile value"),
		         errdetail("The value is not a valid serialized vector profile of version %d.",
		                   MC_VPROF_VERSION)));
	mc_vprof_free(&vp);
}

static bytea *
vp_bytes_to_varlena(const uint8_t *data, size_t len)
{
	bytea *out = palloc(VARHDRSZ + len);

	SET_VARSIZE(out, VARHDRSZ + len);
	memcpy(VARDATA(out), data, len);
	return out;
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_in);
/* Text input: base64 of the serialized form, fully validated (the format is canonical, so the
 * accepted bytes are stored as they are and print back identically). */
Datum
mlcheck_vector_profile_in(PG_FUNCTION_ARGS)
{
	char *str = PG_GETARG_CSTRING(0);
	size_t len;
	uint8_t *buf = mlcheck_base64_decode_text(str, strlen(str), &len, "vector_profile");

	vp_validate_bytes(buf, len, true);
	PG_RETURN_POINTER(vp_bytes_to_varlena(buf, len));
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_out);
Datum
mlcheck_vector_profile_out(PG_FUNCTION_ARGS)
{
	bytea *v = PG_GETARG_BYTEA_PP(0);

	PG_RETURN_CSTRING(mlcheck_base64_encode_cstring(NULL, (const uint8_t *) VARDATA_ANY(v),
	                                                VARSIZE_ANY_EXHDR(v)));
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_recv);
Datum
mlcheck_vector_profile_recv(PG_FUNCTION_ARGS)
{
	StringInfo buf = (StringInfo) PG_GETARG_POINTER(0);
	size_t len = (size_t) (buf->len - buf->cursor);
	const uint8_t *data = (const uint8_t *) pq_getmsgbytes(buf, (int) len);

	vp_validate_bytes(data, len, false);
	PG_RETURN_POINTER(vp_bytes_to_varlena(data, len));
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_send);
Datum
mlcheck_vector_profile_send(PG_FUNCTION_ARGS)
{
	bytea *v = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------- aggregates */

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcxt;

	if (!AggCheckCallContext(fcinfo, &aggcxt))
		ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
		                errmsg("%s called in non-aggregate context", fname)));
	return aggcxt;
}

/* The transition state as our R/W expanded object (a flat one is expanded into aggcxt). */
static VPExpanded *
state_arg(FunctionCallInfo fcinfo, MemoryContext aggcxt)
{
	Datum d;

	if (PG_ARGISNULL(0))
		return NULL;
	d = PG_GETARG_DATUM(0);
	if (DatumIsReadWriteExpandedObject(d, false, -1) && datum_is_vp_expanded(d))
		return (VPExpanded *) DatumGetEOHP(d);
	return vp_expand_copy(d, aggcxt);
}

/* The element data of an array without NULL elements (ARR_DATA_PTR without its sign warning). */
static const char *
array_data(ArrayType *a)
{
	size_t off =
	    ARR_HASNULL(a) ? (size_t) a->dataoffset : (size_t) ARR_OVERHEAD_NONULLS(ARR_NDIM(a));

	return (const char *) a + off;
}

static void
add_array(VPExpanded *e, ArrayType *arr)
{
	int ndim = ARR_NDIM(arr), nelem;
	Oid elt = ARR_ELEMTYPE(arr);
	const double *row;

	if (ndim == 0)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("vector_profile input must not be an empty array")));
	if (ndim != 1)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("vector_profile input must be a one-dimensional array, not %d "
		                       "dimensions",
		                       ndim)));
	nelem = ARR_DIMS(arr)[0];
	if (nelem > MC_VPROF_MAX_DIM)
		ereport(ERROR, (errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
		                errmsg("vector_profile dimension %d exceeds the maximum of %d", nelem,
		                       MC_VPROF_MAX_DIM)));
	if (e->vp.dim == 0)
	{
		MemoryContext old = MemoryContextSwitchTo(e->hdr.eoh_context);
		mc_status st = mc_vprof_set_dim(&e->vp, nelem);

		if (st != MC_OK)
			mlcheck_raise_status(st, "vector_profile", false);
		e->scratch = palloc(sizeof(double) * nelem);
		MemoryContextSwitchTo(old);
	}
	else if (e->vp.dim != nelem)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("different vector dimensions %d and %d", e->vp.dim, nelem)));
	if (ARR_HASNULL(arr) && array_contains_nulls(arr))
	{
		e->vp.incomplete++;
		return;
	}
	{
		/*
		 * Warm the cache for the next rows. A heap page stores its tuples from the end down, so
		 * in a sequential scan of loaded data the next row's array lies just below this one:
		 * prefetch two arrays' worth of memory below it (with their tuple headers). Reading the
		 * arrays from shared buffers was the largest cost after BLAS: 1M rows of 64 dimensions
		 * took 0.51 s without, 0.33 s with. A prefetch never faults; a wrong guess only costs the
		 * instructions.
		 */
		const char *p = (const char *) arr;
		size_t len = VARSIZE(arr);

		for (size_t off = 64; off <= 2 * len + 192; off += 64)
			__builtin_prefetch(p - off);
	}
	if (elt == FLOAT8OID)
		row = (const double *) array_data(arr);
	else
	{
		const float *f = (const float *) array_data(arr);

		for (int i = 0; i < nelem; i++)
			e->scratch[i] = f[i];
		row = e->scratch;
	}
	{
		/* the block buffer may grow: in the profile's own context */
		MemoryContext old = MemoryContextSwitchTo(e->hdr.eoh_context);

		mc_vprof_add(&e->vp, row);
		MemoryContextSwitchTo(old);
	}
}

/* One row into the transition state e (argument 1, a NULL array counted as such) */
static Datum
vp_trans_row(FunctionCallInfo fcinfo, VPExpanded *e)
{
	vp_invalidate(e);
	if (PG_ARGISNULL(1))
		e->vp.null_rows++;
	else
		add_array(e, PG_GETARG_ARRAYTYPE_P(1));
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/*
 * Transition function of vector_profile(float8[] | real[] [, reservoir_size int, seed bigint]):
 * updates the expanded state in place and returns the same R/W pointer (nodeAgg then neither
 * copies nor reparents it). The state is created on the first row in its own memory context,
 * a child of the aggregate context, as ExecAggTransReparent expects.
 */
PG_FUNCTION_INFO_V1(mlcheck_vector_profile_trans);
Datum
mlcheck_vector_profile_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt;
	/* every row but the first: our R/W expanded state, which only nodeAgg hands back */
	VPExpanded *e = (VPExpanded *) mlcheck_rw_state(fcinfo, 0, &vp_methods);

	if (likely(e != NULL))
		return vp_trans_row(fcinfo, e);
	aggcxt = agg_context(fcinfo, "vector_profile");
	e = state_arg(fcinfo, aggcxt);
	if (e == NULL)
	{
		int cap = MC_VPROF_DEFAULT_RESERVOIR;
		int64 seed = 0;

		if (PG_NARGS() >= 3)
		{
			if (PG_ARGISNULL(2))
				ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				                errmsg("reservoir_size must not be null")));
			cap = PG_GETARG_INT32(2);
			if (cap < 0 || cap > MC_VPROF_MAX_RESERVOIR)
				ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				                errmsg("reservoir_size must be between 0 and %d, not %d",
				                       MC_VPROF_MAX_RESERVOIR, cap)));
		}
		if (PG_NARGS() >= 4)
		{
			if (PG_ARGISNULL(3))
				ereport(ERROR,
				        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("seed must not be null")));
			seed = PG_GETARG_INT64(3);
		}
		e = vp_new(aggcxt, cap, (uint64_t) seed);
	}
	return vp_trans_row(fcinfo, e);
}

/* Combine function (and transition function of merge(vector_profile)): pairwise merge. */
PG_FUNCTION_INFO_V1(mlcheck_vector_profile_combine);
Datum
mlcheck_vector_profile_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = agg_context(fcinfo, "vector_profile combine");
	VPExpanded *e;
	mc_vprof tmp, *other;
	MemoryContext old;
	mc_status st;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(EOHPGetRWDatum(&state_arg(fcinfo, aggcxt)->hdr));
	}
	if (PG_ARGISNULL(0))
	{
		e = vp_expand_copy(PG_GETARG_DATUM(1), aggcxt);
		PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
	}
	e = state_arg(fcinfo, aggcxt);
	other = vp_get(PG_GETARG_DATUM(1), &tmp);
	if (e->vp.dim != 0 && other->dim != 0 && e->vp.dim != other->dim)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("different vector dimensions %d and %d", e->vp.dim, other->dim)));
	vp_invalidate(e);
	old = MemoryContextSwitchTo(e->hdr.eoh_context);
	st = mc_vprof_merge(&e->vp, other);
	if (st == MC_OK && e->scratch == NULL && e->vp.dim != 0)
		e->scratch = palloc(sizeof(double) * e->vp.dim);
	MemoryContextSwitchTo(old);
	if (st != MC_OK)
		mlcheck_raise_status(st, "vector_profile merge", false);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* Final function: a flat value, NULL when no non-NULL array was seen. */
PG_FUNCTION_INFO_V1(mlcheck_vector_profile_final);
Datum
mlcheck_vector_profile_final(PG_FUNCTION_ARGS)
{
	mc_vprof tmp, *vp;

	(void) agg_context(fcinfo, "vector_profile final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	vp = vp_get(PG_GETARG_DATUM(0), &tmp);
	if (vp->dim == 0)
		PG_RETURN_NULL();
	PG_RETURN_BYTEA_P(vp_to_flat(vp));
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_merge2);
/* merge(a, b): the profile of the union of the rows of a and b. */
Datum
mlcheck_vector_profile_merge2(PG_FUNCTION_ARGS)
{
	mc_vprof ta, tb, *a, *b, res;
	mc_status st;

	a = vp_get(PG_GETARG_DATUM(0), &ta);
	b = vp_get(PG_GETARG_DATUM(1), &tb);
	if (a->dim != 0 && b->dim != 0 && a->dim != b->dim)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("different vector dimensions %d and %d", a->dim, b->dim)));
	/* work on a private copy of a (a may be an expanded object owned by someone else) */
	{
		mc_writer w;

		mc_w_init(&w, mc_vprof_serialized_size(a));
		if (mc_vprof_serialize(a, &w) != MC_OK ||
		    mc_vprof_parse(&res, w.buf, w.len, vp_block_rows) != MC_OK)
			elog(ERROR, "vector_profile: copy failed");
		mc_w_free(&w);
	}
	st = mc_vprof_merge(&res, b);
	if (st != MC_OK)
		mlcheck_raise_status(st, "vector_profile merge", false);
	PG_RETURN_BYTEA_P(vp_to_flat(&res));
}

/* ---------------------------------------------------------------- accessors */

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_summary);
Datum
mlcheck_vector_profile_summary(PG_FUNCTION_ARGS)
{
	mc_vprof tmp, *vp = vp_get(PG_GETARG_DATUM(0), &tmp);
	TupleDesc tupdesc;
	Datum values[7];
	bool nulls[7] = {0};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Int64GetDatum(mc_vprof_count(vp));
	values[1] = Int32GetDatum(vp->dim);
	values[2] = Int64GetDatum(vp->null_rows);
	values[3] = Int64GetDatum(vp->incomplete);
	values[4] = Int64GetDatum(vp->nonfinite);
	values[5] = Int32GetDatum(vp->nsample);
	values[6] = Int32GetDatum(vp->cap);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

static ArrayType *
float8_array(const double *v, int ndim, int *dims)
{
	int lbs[2] = {1, 1};
	int n = ndim == 1 ? dims[0] : dims[0] * dims[1];
	Datum *d = palloc(sizeof(Datum) * (n > 0 ? n : 1));

	if (n == 0)
		return construct_empty_array(FLOAT8OID);
	for (int i = 0; i < n; i++)
		d[i] = Float8GetDatum(v[i]);
	return construct_md_array(d, NULL, ndim, dims, lbs, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
	                          TYPALIGN_DOUBLE);
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_mean);
/* The mean vector (NULL for a profile without rows). */
Datum
mlcheck_vector_profile_mean(PG_FUNCTION_ARGS)
{
	mc_vprof tmp, *vp = vp_get(PG_GETARG_DATUM(0), &tmp);
	int dims[1];

	mc_vprof_flush(vp);
	if (vp->n == 0)
		PG_RETURN_NULL();
	dims[0] = vp->dim;
	PG_RETURN_ARRAYTYPE_P(float8_array(vp->mean, 1, dims));
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_covariance);
/* The sample covariance matrix (divisor n - 1) as a d x d array; NULL below 2 rows. */
Datum
mlcheck_vector_profile_covariance(PG_FUNCTION_ARGS)
{
	mc_vprof tmp, *vp = vp_get(PG_GETARG_DATUM(0), &tmp);
	int dims[2];
	double *cov;

	mc_vprof_flush(vp);
	if (vp->n < 2)
		PG_RETURN_NULL();
	dims[0] = dims[1] = vp->dim;
	cov = palloc(sizeof(double) * vp->dim * vp->dim);
	mc_vprof_covariance(vp, cov);
	PG_RETURN_ARRAYTYPE_P(float8_array(cov, 2, dims));
}

PG_FUNCTION_INFO_V1(mlcheck_vector_profile_sample);
/* The reservoir sample as an s x d array (rows in reservoir order); empty when s = 0. */
Datum
mlcheck_vector_profile_sample(PG_FUNCTION_ARGS)
{
	mc_vprof tmp, *vp = vp_get(PG_GETARG_DATUM(0), &tmp);
	int dims[2];

	dims[0] = vp->nsample;
	dims[1] = vp->dim;
	PG_RETURN_ARRAYTYPE_P(float8_array(vp->sample, 2, dims));
}

PG_FUNCTION_INFO_V1(mlcheck_blas_info);
/* Which OpenBLAS the module runs on: configuration, threading model, threads in use. */
Datum
mlcheck_blas_info(PG_FUNCTION_ARGS)
{
	TupleDesc tupdesc;
	Datum values[3];
	bool nulls[3] = {0};
	int par = mc_lin_blas_parallel();

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = CStringGetTextDatum(mc_lin_blas_config());
	values[1] = CStringGetTextDatum(par == 0 ? "sequential" : par == 1 ? "pthreads" : "openmp");
	values[2] = Int32GetDatum(mc_lin_blas_threads());
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ---------------------------------------------------------------- multivariate_drift */

typedef struct DriftOptions
{
	double alpha;
	double variance_share;
	bool standardize;
	double sigma;
	double threshold; /* < 0: not given */
	int permutations;
	int64 seed;
	double bandwidth; /* <= 0: median heuristic */
	int max_samples;
	double drift_share;
} DriftOptions;

enum
{
	M_HOTELLING = 1,
	M_PCA = 2,
	M_MMD = 4,
	M_COSINE = 8,
	M_SHARE = 16,
	M_ALL = 31
};

static const struct
{
	const char *name;
	int methods; /* which methods accept it */
} option_names[] = {
    {"alpha", M_HOTELLING | M_MMD | M_SHARE},
    {"variance_share", M_PCA},
    {"standardize", M_PCA},
    {"sigma", M_PCA},
    {"threshold", M_PCA | M_COSINE},
    {"permutations", M_MMD},
    {"seed", M_MMD},
    {"bandwidth", M_MMD},
    {"max_samples", M_MMD},
    {"drift_share", M_SHARE},
};

static double
option_number(const char *key, JsonbValue *v)
{
	if (v->type != jbvNumeric)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("option \"%s\" must be a number", key)));
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(v->val.numeric)));
}

static void
option_range(const char *key, double x, double lo, double hi, bool lo_open, bool hi_open)
{
	if (isnan(x) || (lo_open ? x <= lo : x < lo) || (hi_open ? x >= hi : x > hi))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("option \"%s\" must be in %s%g, %g%s, not %g", key,
		                       lo_open ? "(" : "[", lo, hi, hi_open ? ")" : "]", x)));
}

static int
option_int(const char *key, double x, double lo, double hi)
{
	if (x != floor(x))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("option \"%s\" must be an integer, not %g", key, x)));
	option_range(key, x, lo, hi, false, false);
	return (int) x;
}

static void
parse_options(Jsonb *jb, int method, const char *method_name, DriftOptions *o)
{
	JsonbIterator *it;
	JsonbValue v;
	JsonbIteratorToken tok;
	char *key = NULL;

	o->alpha = 0.05;
	o->variance_share = 0.65;
	o->standardize = true;
	o->sigma = 3.0;
	o->threshold = -1;
	o->permutations = 100;
	o->seed = 0;
	o->bandwidth = 0;
	o->max_samples = 500;
	o->drift_share = 0.5;
	if (!JB_ROOT_IS_OBJECT(jb) || JB_ROOT_IS_SCALAR(jb))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("options must be a jsonb object")));
	it = JsonbIteratorInit(&jb->root);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok == WJB_KEY)
		{
			int i, n = lengthof(option_names);

			key = pnstrdup(v.val.string.val, v.val.string.len);
			for (i = 0; i < n; i++)
				if (strcmp(key, option_names[i].name) == 0)
					break;
			if (i == n)
				ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				                errmsg("unknown option \"%s\"", key),
				                errhint("Options are alpha, variance_share, standardize, sigma, "
				                        "threshold, permutations, seed, bandwidth, max_samples and "
				                        "drift_share.")));
			if (!(option_names[i].methods & method))
				ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				                errmsg("option \"%s\" does not apply to method \"%s\"", key,
				                       method_name)));
			continue;
		}
		if (tok != WJB_VALUE)
			continue; /* the object's begin and end */
		if (v.type == jbvBinary || v.type == jbvNull)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("option \"%s\" must be a number or a boolean, not %s", key,
			                       v.type == jbvNull ? "null" : "an array or object")));
		if (strcmp(key, "standardize") == 0)
		{
			if (v.type != jbvBool)
				ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				                errmsg("option \"standardize\" must be a boolean")));
			o->standardize = v.val.boolean;
			continue;
		}
		{
			double x = option_number(key, &v);

			if (strcmp(key, "alpha") == 0)
				option_range(key, o->alpha = x, 0, 1, true, true);
			else if (strcmp(key, "variance_share") == 0)
				option_range(key, o->variance_share = x, 0, 1, true, true);
			else if (strcmp(key, "sigma") == 0)
				option_range(key, o->sigma = x, 0, 1e6, false, false);
			else if (strcmp(key, "threshold") == 0)
				option_range(key, o->threshold = x, 0, HUGE_VAL, false, true);
			else if (strcmp(key, "permutations") == 0)
				o->permutations = option_int(key, x, 1, 100000);
			else if (strcmp(key, "seed") == 0)
			{
				if (x != floor(x) || !(fabs(x) <= 9007199254740992.0))
					ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					                errmsg("option \"seed\" must be an integer of magnitude at "
					                       "most 2^53")));
				o->seed = (int64) x;
			}
			else if (strcmp(key, "bandwidth") == 0)
				option_range(key, o->bandwidth = x, 0, HUGE_VAL, true, true);
			else if (strcmp(key, "max_samples") == 0)
				o->max_samples = option_int(key, x, 2, 2500);
			else if (strcmp(key, "drift_share") == 0)
				option_range(key, o->drift_share = x, 0, 1, true, false);
		}
	}
}

static void
check_profile(mc_vprof *vp, const char *which)
{
	mc_vprof_flush(vp);
	if (vp->n == 0)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION), errmsg("%s profile has no rows", which),
		                errdetail("Every row was NULL, had a NULL element, or had a NaN or "
		                          "infinite element.")));
}

static void
emit(Tuplestorestate *ts, TupleDesc td, const char *name, mc_status st, mc_mv_result *r, bool has_p)
{
	Datum values[5];
	bool nulls[5] = {0};

	if (st == MC_ERR_NOMEM)
		mlcheck_raise_status(st, "multivariate_drift", false);
	if (st != MC_OK)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("%s", r->error ? r->error : "invalid input to multivariate_drift")));
	values[0] = CStringGetTextDatum(name);
	values[1] = Float8GetDatum(r->statistic);
	values[2] = Float8GetDatum(r->p_value);
	nulls[2] = !has_p;
	values[3] = Float8GetDatum(r->threshold);
	values[4] = BoolGetDatum(r->drifted);
	tuplestore_putvalues(ts, td, values, nulls);
}

PG_FUNCTION_INFO_V1(mlcheck_multivariate_drift);
/*
 * multivariate_drift(reference, current, method, options): one row per method run
 * (method 'all' runs the five in a fixed order).
 */
Datum
mlcheck_multivariate_drift(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	mc_vprof ta, tb, *a, *b;
	char *mname = text_to_cstring(PG_GETARG_TEXT_PP(2));
	Jsonb *opts = PG_GETARG_JSONB_P(3);
	DriftOptions o;
	int method;
	mc_mv_result r;
	mc_status st;

	if (strcmp(mname, "hotelling") == 0 || strcmp(mname, "mean_shift") == 0)
		method = M_HOTELLING;
	else if (strcmp(mname, "pca_reconstruction") == 0)
		method = M_PCA;
	else if (strcmp(mname, "mmd") == 0)
		method = M_MMD;
	else if (strcmp(mname, "cosine") == 0)
		method = M_COSINE;
	else if (strcmp(mname, "share") == 0)
		method = M_SHARE;
	else if (strcmp(mname, "all") == 0)
		method = M_ALL;
	else
		ereport(ERROR,
		        (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		         errmsg("unknown multivariate drift method \"%s\"", mname),
		         errhint("Methods are hotelling (alias mean_shift), pca_reconstruction, mmd, "
		                 "cosine, share and all.")));
	parse_options(opts, method, mname, &o);

	a = vp_get(PG_GETARG_DATUM(0), &ta);
	b = vp_get(PG_GETARG_DATUM(1), &tb);
	check_profile(a, "reference");
	check_profile(b, "current");
	if (a->dim != b->dim)
		ereport(ERROR, (errcode(ERRCODE_DATA_EXCEPTION),
		                errmsg("different vector dimensions %d and %d", a->dim, b->dim)));

	InitMaterializedSRF(fcinfo, 0);
	if (method & M_HOTELLING)
	{
		st = mc_mv_hotelling(a, b, o.alpha, &r);
		emit(rsinfo->setResult, rsinfo->setDesc, "hotelling", st, &r, true);
	}
	if (method & M_PCA)
	{
		st = mc_mv_pca(a, b, o.variance_share, o.standardize, o.sigma, o.threshold, &r);
		emit(rsinfo->setResult, rsinfo->setDesc, "pca_reconstruction", st, &r, false);
	}
	if (method & M_MMD)
	{
		st = mc_mv_mmd(a, b, o.permutations, (uint64_t) o.seed, o.bandwidth, o.max_samples, o.alpha,
		               &r);
		emit(rsinfo->setResult, rsinfo->setDesc, "mmd", st, &r, true);
	}
	if (method & M_COSINE)
	{
		st = mc_mv_cosine(a, b, o.threshold >= 0 ? o.threshold : 0.2, &r);
		emit(rsinfo->setResult, rsinfo->setDesc, "cosine", st, &r, false);
	}
	if (method & M_SHARE)
	{
		st = mc_mv_share(a, b, o.alpha, o.drift_share, &r);
		emit(rsinfo->setResult, rsinfo->setDesc, "share", st, &r, false);
	}
	return (Datum) 0;
}
