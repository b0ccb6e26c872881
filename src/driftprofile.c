/*
 * driftprofile.c: mlcheck.drift(reference profile, current profile, method, threshold) and the
 * Benjamini-Hochberg adjustment mlcheck.bh_adjust(float8[]) used by the dataset-level drift
 * functions (whose bodies are SQL, in mlcheck.sql).
 *
 * Numeric profiles are compared through their sorted weighted views of the finite values (the
 * exact distinct values with counts, or the KLL items with weights); text and bool profiles
 * through their category counts (every category when exact; the heavy hitters plus one "other"
 * bin in sketch mode). The result is exact when both profiles are.
 */
#include "mlcheck.h"

#include <math.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#pragma GCC diagnostic pop
/* ARR_DATA_PTR mixes signed and unsigned operands */
#pragma GCC diagnostic ignored "-Wsign-compare"

#include "core/profile.h"
#include "core/special.h"
#include "core/tests2s.h"
#include "drift.h"

/* A profile argument, parsed (profiles are at most MC_PROFILE_MAX_BYTES serialized) */
static mc_profile *
profile_arg(FunctionCallInfo fcinfo, int argno)
{
	bytea *flat = PG_GETARG_BYTEA_PP(argno);
	mc_profile *p = NULL;
	mc_status st =
	    mc_profile_deserialize((const uint8_t *) VARDATA_ANY(flat), VARSIZE_ANY_EXHDR(flat), &p);

	if (st != MC_OK)
		mlcheck_raise_status(st, "profile", false);
	return p;
}

static mc_drift_kind
kind_of(mc_profile_kind k)
{
	switch (k)
	{
		case MC_PROFILE_NUMERIC:
			return MC_DK_NUMERIC;
		case MC_PROFILE_TEXT:
			return MC_DK_TEXT;
		case MC_PROFILE_BOOL:
			return MC_DK_BOOL;
	}
	elog(ERROR, "unknown profile kind %d", (int) k);
	return MC_DK_NUMERIC;
}

static void
check(mc_status st)
{
	if (st != MC_OK)
		mlcheck_raise_status(st, "drift", false);
}

/* ------------------------------------------------------------------ categories */

/* order of categories: value bytes, then truncated last, then hash (a total order) */
static int
category_cmp(const mc_category *x, const mc_category *y)
{
	size_t n = x->len < y->len ? x->len : y->len;
	int c = n ? memcmp(x->value, y->value, n) : 0;

	if (c != 0)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if (x->truncated != y->truncated)
		return x->truncated ? 1 : -1;
	if (x->truncated && x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return 0;
}

static int
category_qsort_cmp(const void *a, const void *b)
{
	return category_cmp(*(const mc_category *const *) a, *(const mc_category *const *) b);
}

/* the categories of a profile as an array of pointers in category_cmp order */
static const mc_category **
sorted_categories(mc_profile *p, size_t *n, uint64_t *other)
{
	const mc_category *items;
	const mc_category **v;

	check(mc_profile_categories(p, &items, n, other));
	v = palloc(sizeof(mc_category *) * (*n ? *n : 1));
	for (size_t i = 0; i < *n; i++)
		v[i] = &items[i];
	qsort(v, *n, sizeof(mc_category *), category_qsort_cmp);
	return v;
}

/*
 * Aligned counts of two category lists: the union of the categories (merged in order), plus one
 * "other" bin when either profile is a sketch with counts outside its listed categories.
 */
static size_t
align_categories(mc_profile *ref, mc_profile *cur, double **a, double **b)
{
	size_t na, nb, i = 0, j = 0, k = 0;
	uint64_t oa, ob;
	const mc_category **ca = sorted_categories(ref, &na, &oa);
	const mc_category **cb = sorted_categories(cur, &nb, &ob);

	*a = palloc0(sizeof(double) * (na + nb + 1));
	*b = palloc0(sizeof(double) * (na + nb + 1));
	while (i < na || j < nb)
	{
		int c = i >= na ? 1 : (j >= nb ? -1 : category_cmp(ca[i], cb[j]));

		if (c <= 0)
			(*a)[k] = (double) ca[i++]->count;
		if (c >= 0)
			(*b)[k] = (double) cb[j++]->count;
		k++;
	}
	if (oa > 0 || ob > 0)
	{
		(*a)[k] = (double) oa;
		(*b)[k] = (double) ob;
		k++;
	}
	return k;
}

/* ------------------------------------------------------------------ drift() */

/*
 * The reference size the auto rule sees: with a sketch on either side the p-value tests are out
 * (see below), so auto treats the reference as large and picks a distance.
 */
static uint64_t
auto_count(bool exact, uint64_t n)
{
	return exact ? n : (n > MC_DRIFT_AUTO_SMALL_N ? n : MC_DRIFT_AUTO_SMALL_N + 1);
}

PG_FUNCTION_INFO_V1(mlcheck_drift);
/* drift(reference profile, current profile, method text, threshold float8) */
Datum
mlcheck_drift(PG_FUNCTION_ARGS)
{
	mc_profile *ref, *cur;
	mc_profile_stats sr, sc;
	mc_drift_method m;
	mc_drift_kind kind;
	double threshold;
	mc_drift_result r;
	bool exact;
	mc_status st = MC_OK;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(2))
		ereport(ERROR,
		        (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("drift method must not be NULL")));
	m = mlcheck_parse_method(PG_GETARG_TEXT_PP(2));
	threshold =
	    mlcheck_check_threshold(m, PG_ARGISNULL(3), PG_ARGISNULL(3) ? 0 : PG_GETARG_FLOAT8(3));
	ref = profile_arg(fcinfo, 0);
	cur = profile_arg(fcinfo, 1);
	mc_profile_get_stats(ref, &sr);
	mc_profile_get_stats(cur, &sc);
	if (sr.kind != sc.kind)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
		                errmsg("cannot compare a %s profile with a %s profile",
		                       mc_profile_kind_name(sr.kind), mc_profile_kind_name(sc.kind))));
	kind = kind_of(sr.kind);
	mlcheck_check_method_kind(m, kind);
	exact = sr.exact && sc.exact;

	memset(&r, 0, sizeof(r));
	if (kind == MC_DK_NUMERIC)
	{
		const double *rv, *cv;
		const uint64_t *rw, *cw;
		size_t rn, cn;
		mc_wsample rs, cs;
		bool categorical = false;

		check(mc_profile_values(ref, &rv, &rw, &rn));
		check(mc_profile_values(cur, &cv, &cw, &cn));
		rs = (mc_wsample){rv, rw, rn};
		cs = (mc_wsample){cv, cw, cn};
		if (m == MC_DM_AUTO)
			m = mc_drift_auto(MC_DK_NUMERIC, auto_count(exact, sr.finite_count),
			                  sr.exact ? rn : sr.distinct, &categorical);
		r.method = m;
		if (sr.finite_count == 0 || sc.finite_count == 0)
			st = MC_ERR_INVALID;
		else if (categorical)
		{
			double *a = palloc(sizeof(double) * (rn + cn + 1));
			double *b = palloc(sizeof(double) * (rn + cn + 1));
			size_t k;

			mc_drift_value_categories(&rs, &cs, a, b, &k);
			st = mc_drift_categorical(a, b, k, m, 0, threshold, &r);
		}
		else
		{
			/* the reference scale comes from the exact moments, also in sketch mode */
			double sd = sqrt(sr.m2 / (double) sr.finite_count);

			if (!exact && m == MC_DM_KS)
			{
				/*
				 * Sketches: D is known within the two rank error bounds (99% confidence). The
				 * p-value is taken at the smallest D they allow, so that sketch noise is not
				 * reported as drift.
				 */
				double dlow, n1 = (double) sr.finite_count, n2 = (double) sc.finite_count;

				st = mc_ks_statistic(&rs, &cs, &r.statistic);
				dlow = r.statistic - sr.rank_error - sc.rank_error;
				r.pvalue =
				    mc_kstwo_sf((int64_t) nearbyint(n1 * n2 / (n1 + n2)), dlow > 0 ? dlow : 0);
				r.pmethod = MC_P_ASYMPTOTIC;
				mc_drift_decide(&r, threshold);
			}
			else
				st = mc_drift_numeric(&rs, &cs, m, sd, threshold, &r);
		}
	}
	else if (kind == MC_DK_BOOL)
	{
		double a[2] = {(double) sr.false_count, (double) sr.true_count};
		double b[2] = {(double) sc.false_count, (double) sc.true_count};
		bool categorical;

		if (m == MC_DM_AUTO)
			m = mc_drift_auto(MC_DK_BOOL, sr.value_count, 0, &categorical);
		r.method = m;
		st = (sr.value_count == 0 || sc.value_count == 0)
		         ? MC_ERR_INVALID
		         : mc_drift_categorical(a, b, 2, m, 1, threshold, &r);
	}
	else
	{
		bool categorical;

		if (m == MC_DM_AUTO)
			m = mc_drift_auto(MC_DK_TEXT, auto_count(exact, sr.value_count), 0, &categorical);
		r.method = m;
		if (sr.value_count == 0 || sc.value_count == 0)
			st = MC_ERR_INVALID;
		else
		{
			double *a, *b;
			size_t k = align_categories(ref, cur, &a, &b);

			st = mc_drift_categorical(a, b, k, m, 0, threshold, &r);
		}
	}
	if (st == MC_OK && !exact && r.has_pvalue && r.method != MC_DM_KS)
	{
		/*
		 * cvm, anderson and chi2 on sketches: their null distributions are those of raw samples,
		 * which a sketch's approximate counts are not (at large sizes the sketch error alone would
		 * be significant). The statistic stays; the p-value and drifted are NULL.
		 */
		r.pvalue = NAN;
		r.drifted = -1;
	}
	if (st == MC_ERR_INVALID)
	{
		/* an empty side: no data is not drift; statistic, p-value and drifted are NULL */
		r.statistic = NAN;
		r.pvalue = NAN;
		mc_drift_decide(&r, threshold);
		r.drifted = -1;
	}
	else
		check(st);
	mc_profile_free(ref);
	mc_profile_free(cur);
	mlcheck_check_resolved_threshold(&r);
	return mlcheck_drift_result_datum(fcinfo, &r, exact);
}

/* ------------------------------------------------------------------ Benjamini-Hochberg */

typedef struct
{
	double p;
	int idx;
} pidx;

static int
pidx_cmp(const void *a, const void *b)
{
	const pidx *x = a, *y = b;

	if (x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return x->idx - y->idx;
}

PG_FUNCTION_INFO_V1(mlcheck_bh_adjust);
/*
 * bh_adjust(p float8[]): Benjamini-Hochberg adjusted p-values, in the input order. With the m
 * non-NULL p-values sorted ascending, q_(i) = min over j >= i of min(1, m p_(j) / j). NULL
 * elements stay NULL and do not count in m.
 */
Datum
mlcheck_bh_adjust(PG_FUNCTION_ARGS)
{
	ArrayType *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum *elems;
	bool *nulls;
	int n, m = 0;
	pidx *v;
	double running = 1.0;
	Datum *out;
	int dims[1], lbs[1] = {1};

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
		                errmsg("bh_adjust takes a one-dimensional array")));
	if (ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr)) == 0)
		PG_RETURN_ARRAYTYPE_P(arr);
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems,
	                  &nulls, &n);
	v = palloc(sizeof(pidx) * (n ? n : 1));
	for (int i = 0; i < n; i++)
	{
		double p;

		if (nulls[i])
			continue;
		p = DatumGetFloat8(elems[i]);
		if (isnan(p) || p < 0 || p > 1)
			ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			                errmsg("p-values must be between 0 and 1, not %g", p)));
		v[m].p = p;
		v[m].idx = i;
		m++;
	}
	qsort(v, m, sizeof(pidx), pidx_cmp);
	out = palloc(sizeof(Datum) * (n ? n : 1));
	for (int r = m; r >= 1; r--)
	{
		double q = (double) m * v[r - 1].p / (double) r;

		if (q < running)
			running = q;
		out[v[r - 1].idx] = Float8GetDatum(running);
	}
	for (int i = 0; i < n; i++)
		if (nulls[i])
			out[i] = (Datum) 0;
	dims[0] = n;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(out, nulls, 1, dims, lbs, FLOAT8OID, sizeof(float8),
	                                         FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
