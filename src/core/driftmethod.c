/*
 * driftmethod.c: dispatch of the drift methods over numeric samples and category counts, the
 * 'auto' rule and the drifted decision (see driftmethod.h).
 */
#include "driftmethod.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#include "divergence.h"

static const char *const method_names[MC_DM_COUNT] = {
    "auto", "ks", "cvm",       "anderson", "wasserstein", "psi",
    "kl",   "js", "hellinger", "linf",     "chi2",        "z",
};

const char *
mc_drift_method_name(mc_drift_method m)
{
	if ((int) m < 0 || (int) m >= MC_DM_COUNT)
		return NULL;
	return method_names[m];
}

const char *
mc_drift_method_list(void)
{
	return "auto, ks, cvm, anderson, wasserstein, psi, kl, js, hellinger, linf, chi2, z";
}

bool
mc_drift_method_parse(const char *s, size_t len, mc_drift_method *out)
{
	char buf[16];
	size_t b = 0, e = len, n;

	while (b < e && isspace((unsigned char) s[b]))
		b++;
	while (e > b && isspace((unsigned char) s[e - 1]))
		e--;
	n = e - b;
	if (n == 0 || n >= sizeof(buf))
		return false;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char) tolower((unsigned char) s[b + i]);
	buf[n] = '\0';
	for (int m = 0; m < MC_DM_COUNT; m++)
		if (strcmp(buf, method_names[m]) == 0)
		{
			*out = (mc_drift_method) m;
			return true;
		}
	return false;
}

bool
mc_drift_method_is_test(mc_drift_method m)
{
	return m == MC_DM_KS || m == MC_DM_CVM || m == MC_DM_ANDERSON || m == MC_DM_CHI2 ||
	       m == MC_DM_Z;
}

double
mc_drift_default_threshold(mc_drift_method m)
{
	return mc_drift_method_is_test(m) ? 0.05 : 0.1;
}

bool
mc_drift_method_applies(mc_drift_method m, mc_drift_kind kind)
{
	switch (m)
	{
		case MC_DM_AUTO:
		case MC_DM_PSI:
		case MC_DM_KL:
		case MC_DM_JS:
		case MC_DM_HELLINGER:
		case MC_DM_LINF:
		case MC_DM_CHI2:
			return true;
		case MC_DM_KS:
		case MC_DM_CVM:
		case MC_DM_ANDERSON:
		case MC_DM_WASSERSTEIN:
			return kind == MC_DK_NUMERIC;
		case MC_DM_Z:
			return kind == MC_DK_BOOL;
	}
	return false;
}

mc_drift_method
mc_drift_auto(mc_drift_kind kind, uint64_t ref_count, uint64_t ref_distinct, bool *categorical)
{
	bool small = ref_count <= MC_DRIFT_AUTO_SMALL_N;

	*categorical = false;
	switch (kind)
	{
		case MC_DK_NUMERIC:
			if (ref_distinct <= MC_DRIFT_AUTO_CATEGORIES)
			{
				*categorical = true;
				return small ? MC_DM_CHI2 : MC_DM_JS;
			}
			return small ? MC_DM_KS : MC_DM_WASSERSTEIN;
		case MC_DK_TEXT:
			return small ? MC_DM_CHI2 : MC_DM_JS;
		case MC_DK_BOOL:
			return small ? MC_DM_Z : MC_DM_JS;
	}
	return MC_DM_JS;
}

void
mc_drift_decide(mc_drift_result *r, double threshold)
{
	r->has_pvalue = mc_drift_method_is_test(r->method);
	r->threshold = isnan(threshold) ? mc_drift_default_threshold(r->method) : threshold;
	if (!r->has_pvalue)
		r->pvalue = NAN;
	if (r->has_pvalue)
		r->drifted = isnan(r->pvalue) ? -1 : (r->pvalue < r->threshold);
	else
		r->drifted = isnan(r->statistic) ? -1 : (r->statistic >= r->threshold);
}

static void
init_result(mc_drift_result *r, mc_drift_method m)
{
	r->method = m;
	r->statistic = NAN;
	r->pvalue = NAN;
	r->threshold = NAN;
	r->drifted = -1;
	r->has_pvalue = mc_drift_method_is_test(m);
	r->pmethod = MC_P_NONE;
}

mc_status
mc_drift_categorical(const double *a, const double *b, size_t k, mc_drift_method m,
                     size_t true_index, double threshold, mc_drift_result *r)
{
	double ta = 0, tb = 0;
	mc_status st = MC_OK;

	init_result(r, m);
	for (size_t i = 0; i < k; i++)
	{
		ta += a[i];
		tb += b[i];
	}
	if (!(ta > 0) || !(tb > 0))
		return MC_ERR_INVALID;
	switch (m)
	{
		case MC_DM_CHI2:
		{
			mc_test_result t;
			double dof;

			st = mc_chi2_homogeneity(a, b, k, &t, &dof);
			r->statistic = t.statistic;
			r->pvalue = t.pvalue;
			r->pmethod = t.pmethod;
			break;
		}
		case MC_DM_Z:
		{
			mc_test_result t;

			if (true_index >= k)
				return MC_ERR_INVALID;
			st = mc_two_proportion_z(a[true_index], ta, b[true_index], tb, &t);
			r->statistic = t.statistic;
			r->pvalue = t.pvalue;
			r->pmethod = t.pmethod;
			break;
		}
		case MC_DM_PSI:
		case MC_DM_KL:
		{
			/* bins empty on both sides carry no information: drop them before smoothing */
			double *ca = mc_alloc_array(k, sizeof(double)), *cb = mc_alloc_array(k, sizeof(double));
			size_t kk = 0;

			if (ca == NULL || cb == NULL)
			{
				mc_free(ca);
				mc_free(cb);
				return MC_ERR_NOMEM;
			}
			for (size_t i = 0; i < k; i++)
				if (a[i] + b[i] > 0)
				{
					ca[kk] = a[i];
					cb[kk++] = b[i];
				}
			r->statistic = m == MC_DM_PSI ? mc_psi(ca, cb, kk, MC_DIVERGENCE_EPS)
			                              : mc_kl_divergence(ca, cb, kk, MC_DIVERGENCE_EPS);
			mc_free(ca);
			mc_free(cb);
			break;
		}
		case MC_DM_JS:
			r->statistic = mc_js_distance(a, b, k);
			break;
		case MC_DM_HELLINGER:
			r->statistic = mc_hellinger(a, b, k);
			break;
		case MC_DM_LINF:
			r->statistic = mc_linf(a, b, k);
			break;
		default:
			return MC_ERR_INVALID;
	}
	if (st != MC_OK)
		return st;
	mc_drift_decide(r, threshold);
	return MC_OK;
}

void
mc_drift_value_categories(const mc_wsample *ref, const mc_wsample *cur, double *a, double *b,
                          size_t *k)
{
	size_t i = 0, j = 0, n = 0;

	/* merge the two ascending value lists; ties within a raw sample are summed */
	while (i < ref->n || j < cur->n)
	{
		double v;
		double wa = 0, wb = 0;

		if (j >= cur->n || (i < ref->n && ref->values[i] < cur->values[j]))
			v = ref->values[i];
		else
			v = cur->values[j];
		while (i < ref->n && ref->values[i] == v)
		{
			wa += ref->weights ? (double) ref->weights[i] : 1.0;
			i++;
		}
		while (j < cur->n && cur->values[j] == v)
		{
			wb += cur->weights ? (double) cur->weights[j] : 1.0;
			j++;
		}
		a[n] = wa;
		b[n] = wb;
		n++;
	}
	*k = n;
}

/* population standard deviation of the pooled samples */
static double
pooled_std(const mc_wsample *x, const mc_wsample *y)
{
	double n = (double) mc_wsample_total(x) + (double) mc_wsample_total(y);
	double s = 0, mean, ss = 0;
	const mc_wsample *both[2] = {x, y};

	for (int t = 0; t < 2; t++)
		for (size_t i = 0; i < both[t]->n; i++)
			s += both[t]->values[i] * (both[t]->weights ? (double) both[t]->weights[i] : 1.0);
	mean = s / n;
	for (int t = 0; t < 2; t++)
		for (size_t i = 0; i < both[t]->n; i++)
		{
			double d = both[t]->values[i] - mean;

			ss += d * d * (both[t]->weights ? (double) both[t]->weights[i] : 1.0);
		}
	return sqrt(ss / n);
}

mc_status
mc_drift_numeric(const mc_wsample *ref, const mc_wsample *cur, mc_drift_method m, double ref_std,
                 double threshold, mc_drift_result *r)
{
	mc_status st;

	init_result(r, m);
	if (mc_wsample_total(ref) == 0 || mc_wsample_total(cur) == 0)
		return MC_ERR_INVALID;
	switch (m)
	{
		case MC_DM_KS:
		case MC_DM_CVM:
		case MC_DM_ANDERSON:
		{
			mc_test_result t;

			if (m == MC_DM_KS)
				st = mc_ks_2samp(ref, cur, &t);
			else if (m == MC_DM_CVM)
				st = mc_cvm_2samp(ref, cur, &t);
			else
				st = mc_anderson_2samp(ref, cur, &t);
			if (st != MC_OK)
				return st;
			r->statistic = t.statistic;
			r->pvalue = t.pvalue;
			r->pmethod = t.pmethod;
			break;
		}
		case MC_DM_WASSERSTEIN:
		{
			double w, sd = isnan(ref_std) ? mc_wsample_std(ref) : ref_std;

			st = mc_wasserstein1(ref, cur, &w);
			if (st != MC_OK)
				return st;
			/* a constant reference has no scale: use the pooled sample's (0 only if equal) */
			if (!(sd > 0))
				sd = pooled_std(ref, cur);
			r->statistic = sd > 0 ? w / sd : 0.0;
			break;
		}
		case MC_DM_PSI:
		case MC_DM_KL:
		case MC_DM_JS:
		case MC_DM_HELLINGER:
		case MC_DM_LINF:
		case MC_DM_CHI2:
		{
			double q[MC_DRIFT_BINS - 1], edges[MC_DRIFT_BINS - 1];
			double a[MC_DRIFT_BINS], b[MC_DRIFT_BINS];
			size_t ne = 0;

			for (int i = 1; i < MC_DRIFT_BINS; i++)
				q[i - 1] = (double) i / MC_DRIFT_BINS;
			st = mc_wsample_quantiles(ref, q, MC_DRIFT_BINS - 1, edges);
			if (st != MC_OK)
				return st;
			/* distinct ascending edges (numpy.unique of the quantiles) */
			for (int i = 1; i < MC_DRIFT_BINS - 1; i++)
				for (int j = i; j > 0 && edges[j - 1] > edges[j]; j--)
				{
					double t = edges[j];

					edges[j] = edges[j - 1];
					edges[j - 1] = t;
				}
			for (int i = 0; i < MC_DRIFT_BINS - 1; i++)
				if (ne == 0 || edges[i] != edges[ne - 1])
					edges[ne++] = edges[i];
			mc_wsample_bin_counts(ref, edges, ne, a);
			mc_wsample_bin_counts(cur, edges, ne, b);
			return mc_drift_categorical(a, b, ne + 1, m, 0, threshold, r);
		}
		default:
			return MC_ERR_INVALID;
	}
	mc_drift_decide(r, threshold);
	return MC_OK;
}
