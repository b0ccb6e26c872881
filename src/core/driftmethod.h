/*
 * driftmethod.h: the drift methods of mlcheck.drift() and mlcheck.drift_test(): names, default
 * thresholds, the 'auto' rule, and one entry point per kind of distribution that returns a
 * complete drift result (method, statistic, p-value, threshold, drifted).
 *
 * Conventions (README "Drift and training/serving skew" states them for users):
 *   - the first distribution is the reference, the second the current one;
 *   - p-value methods (ks, cvm, anderson, chi2, z): drifted when p < threshold, default 0.05;
 *   - distance methods (wasserstein, psi, kl, js, hellinger, linf): drifted when
 *     statistic >= threshold, default 0.1;
 *   - numeric binned methods use right-closed bins at the distinct reference quantiles
 *     i/10, i = 1..9 (numpy 'linear'), i.e. up to 10 bins; bins (or categories) empty on both
 *     sides are dropped before PSI / KL smooth the empty ones;
 *   - auto: reference size <= 1000 -> ks (numeric), chi2 (text), z (bool); larger -> wasserstein
 *     (numeric), js (text and bool); a numeric reference with <= 5 distinct values is compared
 *     as categories of values (chi2 / js).
 */
#ifndef MC_DRIFTMETHOD_H
#define MC_DRIFTMETHOD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mcbase.h"
#include "tests2s.h"

typedef enum mc_drift_method
{
	MC_DM_AUTO = 0,
	MC_DM_KS,
	MC_DM_CVM,
	MC_DM_ANDERSON,
	MC_DM_WASSERSTEIN,
	MC_DM_PSI,
	MC_DM_KL,
	MC_DM_JS,
	MC_DM_HELLINGER,
	MC_DM_LINF,
	MC_DM_CHI2,
	MC_DM_Z,
} mc_drift_method;

#define MC_DM_COUNT 12

/* Kind of the compared column. */
typedef enum mc_drift_kind
{
	MC_DK_NUMERIC = 1,
	MC_DK_TEXT = 2,
	MC_DK_BOOL = 3,
} mc_drift_kind;

/* Quantile bins of the numeric binned methods, and the auto rule's cut-offs. */
#define MC_DRIFT_BINS            10
#define MC_DRIFT_AUTO_SMALL_N    1000
#define MC_DRIFT_AUTO_CATEGORIES 5

typedef struct mc_drift_result
{
	mc_drift_method method; /* the method applied (never AUTO) */
	double statistic;       /* NaN: undefined for these data */
	double pvalue;          /* NaN: not a p-value method, or undefined */
	double threshold;
	int drifted;        /* 1, 0, or -1 when undefined (NaN statistic / p-value) */
	bool has_pvalue;    /* a p-value method */
	mc_pmethod pmethod; /* how the p-value was obtained */
} mc_drift_result;

/* "ks", "cvm", ...; NULL for an invalid value. */
const char *mc_drift_method_name(mc_drift_method m);
/* Parses a method name (case-insensitive, surrounding blanks ignored); false when unknown. */
bool mc_drift_method_parse(const char *s, size_t len, mc_drift_method *out);
/* The list of valid names, for error hints: "auto, ks, cvm, ..." */
const char *mc_drift_method_list(void);
/* p-value method? */
bool mc_drift_method_is_test(mc_drift_method m);
/* Default threshold: 0.05 for p-value methods, 0.1 for distances. */
double mc_drift_default_threshold(mc_drift_method m);
/* Does method m apply to a column of this kind? */
bool mc_drift_method_applies(mc_drift_method m, mc_drift_kind kind);

/*
 * The method 'auto' stands for, given the kind, the reference size and (numeric) its number of
 * distinct values. *categorical is set when a numeric column is to be compared as categories.
 */
mc_drift_method mc_drift_auto(mc_drift_kind kind, uint64_t ref_count, uint64_t ref_distinct,
                              bool *categorical);

/*
 * Completes r from its statistic / p-value: threshold (NaN: the default) and drifted.
 */
void mc_drift_decide(mc_drift_result *r, double threshold);

/*
 * Numeric columns: method m (not AUTO, not Z) between two sorted weighted samples of finite
 * values. Binned methods use the reference-quantile bins; chi2 too. ref_std, when not NaN, is
 * the reference standard deviation to normalize wasserstein with (else computed from ref).
 * MC_ERR_INVALID when a sample is empty, MC_ERR_NOMEM.
 */
mc_status mc_drift_numeric(const mc_wsample *ref, const mc_wsample *cur, mc_drift_method m,
                           double ref_std, double threshold, mc_drift_result *r);

/*
 * Categorical comparisons (text, bool, or numeric compared by value): method m over aligned
 * counts a[] (reference) and b[] (current) of k categories. For Z, category index true_index
 * holds the true counts (bool columns). MC_ERR_INVALID when a side is empty or m does not apply.
 */
mc_status mc_drift_categorical(const double *a, const double *b, size_t k, mc_drift_method m,
                               size_t true_index, double threshold, mc_drift_result *r);

/*
 * Aligned counts of the distinct values of two samples (the union of their values): *k
 * categories written to a[] and b[] (each of room mc_wsample_distinct(ref) +
 * mc_wsample_distinct(cur)).
 */
void mc_drift_value_categories(const mc_wsample *ref, const mc_wsample *cur, double *a, double *b,
                               size_t *k);

#endif /* MC_DRIFTMETHOD_H */
