/*
 * test_tests2s.c: unit tests of the two-sample statistics (tests2s.c), binned divergences
 * (divergence.c), the drift methods (driftmethod.c), the radix sort of doubles (sortkey.c) and the
 * drift_test state (driftstate.c).
 *
 * The datasets and expected values of `cases` were printed by
 * test/unit/gen_tests2s_values.py (scipy 1.10.1 / numpy 1.24, see its docstring for the exact
 * calls). Hand-checked values are computed in the comments next to them.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "divergence.h"
#include "driftmethod.h"
#include "driftstate.h"
#include "tests2s.h"
#include "tap.h"
#include "sortkey.h"

enum
{
	V_KS_D,
	V_KS_P,
	V_CVM_T,
	V_CVM_P,
	V_AD_A2,
	V_AD_P,
	V_W1,
	V_WNORM,
	V_PSI,
	V_KL,
	V_JS,
	V_HELLINGER,
	V_LINF,
	V_CHI2,
	V_CHI2_P,
	V_COUNT
};

static const char *const vnames[V_COUNT] = {
    "ks D", "ks p", "cvm T", "cvm p",     "anderson A2", "anderson p", "W1",    "W1 / std",
    "psi",  "kl",   "js",    "hellinger", "linf",        "chi2",       "chi2 p"};

struct tcase
{
	const char *name;
	int nx;
	double x[64];
	int ny;
	double y[64];
	double want[V_COUNT];
};

static const struct tcase cases[] = {
    /* disjoint */
    {"disjoint",
     3,
     {1.0, 2.0, 3.0},
     3,
     {4.0, 5.0, 6.0},
     {1.0, 0.09999999999999999, 0.5277777777777778, 0.1, 2.6332335269661775, 0.02714717846565743,
      3.0000000000000004, 3.6742346141747677, 6.138385214916339, 5.041814605985344,
      0.6776045432457228, 0.6501151673437363, 0.6666666666666667, 3.0, 0.22313016014842982}},
    /* tiny ties */
    {"tiny ties",
     5,
     {1.0, 1.0, 2.0, 2.0, 3.0},
     4,
     {2.0, 2.0, 3.0, 4.0},
     {0.4, 0.7460317460317459, 0.21064814814814814, 0.2698412698412698, 0.9920400892102167,
      0.12744607900667754, 0.9500000000000001, 1.269490899084016, 3.613935142685114,
      3.0452042841406297, 0.5019198881041468, 0.4863729417671219, 0.4, 2.25, 0.3246524673583498}},
    /* normal 12/17 */
    {"normal 12/17",
     12,
     {-0.574, 0.403, 0.269, 1.613, -0.843, -1.63, -0.402, 0.104, -0.009, -0.425, -0.664, 1.919},
     17,
     {0.579, -0.823, -0.459, 0.42, 2.467, -1.189, 1.328, 1.185, -0.629, 0.64, -0.094, 0.363, 0.802,
      2.192, -0.731, 2.583, 0.005},
     {0.3627450980392157, 0.23687200163172706, 0.207234617985125, 0.268092616502622,
      0.10329568367874176, 0.25, 0.5294068627450981, 0.5528120893649563, 1.6707817603602637,
      1.1944703718038445, 0.41990730700415685, 0.3871905915925367, 0.26960784313725494,
      6.090406162464986, 0.730837065305733}},
    /* integers 25/21 */
    {"integers 25/21",
     25,
     {4.0, 3.0, 1.0, 1.0, 0.0, 4.0, 3.0, 5.0, 0.0, 5.0, 5.0, 4.0, 2.0,
      0.0, 3.0, 2.0, 2.0, 3.0, 4.0, 4.0, 2.0, 0.0, 4.0, 1.0, 4.0},
     21,
     {2.0, 1.0, 2.0, 3.0, 5.0, 6.0, 7.0, 3.0, 7.0, 3.0, 1.0,
      7.0, 6.0, 3.0, 5.0, 4.0, 2.0, 1.0, 3.0, 3.0, 4.0},
     {0.23809523809523808, 0.4457298443649046, 0.25995859213250494, 0.1791629130374609,
      1.6695050921669503, 0.0665177084595007, 1.0742857142857145, 0.6525339412926726,
      1.675683245038003, 1.2643371773423968, 0.40742846042045533, 0.3752001691620474,
      0.21333333333333332, 8.638125472411188, 0.12439822913003183}},
    /* normal 40/33 */
    {"normal 40/33",
     40,
     {-1.06, -2.21, 1.12,  -0.14, -0.47, -0.61, -0.47, 0.19, 0.18,  -0.77, -0.45, 1.65, 0.13, -0.18,
      -0.49, -2.47, -0.37, 0.57,  -0.85, 2.41,  -0.54, 1.46, -0.69, 0.33,  0.25,  1.05, 0.39, -0.18,
      0.44,  -2.06, -0.82, 0.84,  1.74,  -1.03, 0.86,  1.34, -0.72, -1.14, -0.44, -0.69},
     33,
     {0.97, 0.6,   -1.27, -0.79, 1.07, 1.65,  -2.06, 0.06,  -0.78, 0.71,  -0.35,
      0.82, -0.74, 0.15,  1.18,  0.08, -0.35, 0.13,  -0.52, -0.6,  0.49,  -0.52,
      0.16, -0.75, 2.37,  -0.45, 1.01, -0.26, 0.45,  -1.31, -0.26, -0.47, -0.82},
     {0.10606060606060606, 0.9672700797567514, 0.038945101701951756, 0.9538686872589172,
      -0.9741594520550273, 0.25, 0.16287878787878785, 0.1553540089501273, 0.11098376563749837,
      0.05637290966231804, 0.14087995100072778, 0.11753581185031794, 0.051515151515151514,
      1.9658910533910543, 0.9919955661419498}},
    /* constant ref */
    {"constant ref",
     8,
     {5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0},
     6,
     {4.0, 5.0, 5.0, 6.0, 7.0, 7.0},
     {0.5, 0.30169830169830175, 0.6160714285714288, 0.019314019314019316, 1.1432587674105341,
      0.1100689280758432, 1.0, 1.2572371141874243, 4.604249244045088, 0.6921262436166087,
      0.5579230452841438, 0.541196100146197, 0.5, 5.09090909090909, 0.024051580332536283}},
};

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return x < y ? -1 : (x > y);
}

/* relative agreement (absolute below 1e-300) */
static int
close_rel(double got, double want, double tol)
{
	if (isnan(want))
		return isnan(got);
	if (fabs(want) < 1e-300)
		return fabs(got) < 1e-300;
	return fabs(got - want) <= tol * fabs(want);
}

/* the distinct values of a sorted array with their counts */
static size_t
to_weighted(const double *v, int n, double *vals, uint64_t *w)
{
	size_t k = 0;

	for (int i = 0; i < n; i++)
	{
		if (k > 0 && vals[k - 1] == v[i])
			w[k - 1]++;
		else
		{
			vals[k] = v[i];
			w[k++] = 1;
		}
	}
	return k;
}

static void
compute(const mc_wsample *x, const mc_wsample *y, double *got)
{
	mc_test_result r;
	mc_drift_result d;
	mc_drift_method binned[] = {MC_DM_PSI,       MC_DM_KL,   MC_DM_JS,
	                            MC_DM_HELLINGER, MC_DM_LINF, MC_DM_CHI2};

	mc_ks_2samp(x, y, &r);
	got[V_KS_D] = r.statistic;
	got[V_KS_P] = r.pvalue;
	mc_cvm_2samp(x, y, &r);
	got[V_CVM_T] = r.statistic;
	got[V_CVM_P] = r.pvalue;
	mc_anderson_2samp(x, y, &r);
	got[V_AD_A2] = r.statistic;
	got[V_AD_P] = r.pvalue;
	mc_wasserstein1(x, y, &got[V_W1]);
	mc_drift_numeric(x, y, MC_DM_WASSERSTEIN, NAN, NAN, &d);
	got[V_WNORM] = d.statistic;
	for (size_t i = 0; i < sizeof(binned) / sizeof(binned[0]); i++)
	{
		mc_drift_numeric(x, y, binned[i], NAN, NAN, &d);
		got[V_PSI + i] = d.statistic;
		if (binned[i] == MC_DM_CHI2)
			got[V_CHI2_P] = d.pvalue;
	}
}

static void
test_cases(void)
{
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++)
	{
		const struct tcase *t = &cases[c];
		double xs[64], ys[64], xv[64], yv[64], got[V_COUNT], gotw[V_COUNT];
		uint64_t xw[64], yw[64];
		mc_wsample x, y, xwt, ywt;

		memcpy(xs, t->x, sizeof(double) * t->nx);
		memcpy(ys, t->y, sizeof(double) * t->ny);
		qsort(xs, t->nx, sizeof(double), cmp_double);
		qsort(ys, t->ny, sizeof(double), cmp_double);
		x = (mc_wsample){xs, NULL, (size_t) t->nx};
		y = (mc_wsample){ys, NULL, (size_t) t->ny};
		xwt = (mc_wsample){xv, xw, to_weighted(xs, t->nx, xv, xw)};
		ywt = (mc_wsample){yv, yw, to_weighted(ys, t->ny, yv, yw)};
		compute(&x, &y, got);
		compute(&xwt, &ywt, gotw);
		for (int v = 0; v < V_COUNT; v++)
		{
			if (!ok(close_rel(got[v], t->want[v], 1e-12), "%s: %s", t->name, vnames[v]))
				printf("#   got %.17g, want %.17g\n", got[v], t->want[v]);
			if (!ok(close_rel(gotw[v], got[v], 1e-14), "%s: %s, weighted view = raw values",
			        t->name, vnames[v]))
				printf("#   weighted %.17g, raw %.17g\n", gotw[v], got[v]);
		}
	}
}

static void
test_hand_checked(void)
{
	double x[] = {1, 2, 3}, y[] = {4, 5, 6}, x2[] = {1, 2}, y2[] = {3, 4};
	mc_wsample sx = {x, NULL, 3}, sy = {y, NULL, 3}, sx2 = {x2, NULL, 2}, sy2 = {y2, NULL, 2};
	mc_test_result r;
	double w;

	/*
	 * KS, x = 1 2 3, y = 4 5 6: D = 1; exact p = P(D >= 1) = 2 / C(6, 3) = 0.1 (all x below
	 * all y, or all above)
	 */
	mc_ks_2samp(&sx, &sy, &r);
	is_double(r.statistic, 1.0, 1e-15, "ks D of disjoint samples is 1");
	is_double(r.pvalue, 0.1, 1e-15, "ks exact p = 2 / C(6,3)");
	ok(r.pmethod == MC_P_EXACT, "ks p-value is exact for small samples");
	/*
	 * CvM, x = 1 2, y = 3 4: ranks 1 2 | 3 4, U = 2 (0 + 0) + 2 (2^2 + 2^2) = 16, k = 4, N = 4,
	 * T = U / (k N) - (4k - 1) / (6N) = 1 - 15/24 = 0.375; the two most extreme of the C(4,2) = 6
	 * arrangements reach it: p = 1/3
	 */
	mc_cvm_2samp(&sx2, &sy2, &r);
	is_double(r.statistic, 0.375, 1e-15, "cvm T by hand");
	is_double(r.pvalue, 1.0 / 3.0, 1e-15, "cvm exact p = 2/6");
	/* W1 between {1,2} and {3,4}: every unit of mass moves by 2 */
	mc_wasserstein1(&sx2, &sy2, &w);
	is_double(w, 2.0, 1e-15, "W1 of a shift by 2");
	/* identical samples: D = 0, p = 1 */
	mc_ks_2samp(&sx, &sx, &r);
	ok(r.statistic == 0 && r.pvalue == 1, "ks of a sample with itself: D 0, p 1");
	/* cvm needs 2 values per side; anderson 4 values and 2 distinct */
	{
		double one[] = {1};
		mc_wsample s1 = {one, NULL, 1};

		mc_cvm_2samp(&s1, &sy, &r);
		ok(isnan(r.statistic) && isnan(r.pvalue) && r.pmethod == MC_P_NONE,
		   "cvm with one value is undefined (NaN)");
		mc_anderson_2samp(&s1, &sx2, &r);
		ok(isnan(r.statistic), "anderson with 3 values is undefined (NaN)");
		mc_anderson_2samp(&s1, &s1, &r);
		ok(isnan(r.statistic), "anderson with one distinct value is undefined (NaN)");
	}
	{
		mc_wsample empty = {x, NULL, 0};

		ok(mc_ks_2samp(&empty, &sy, &r) == MC_ERR_INVALID, "ks of an empty sample: invalid");
		ok(mc_wasserstein1(&sx, &empty, &w) == MC_ERR_INVALID, "W1 of an empty sample: invalid");
	}
	/* numpy.quantile(1 2 3 4, [0, 0.25, 0.5, 1]) = 1, 1.75, 2.5, 4 */
	{
		double v[] = {1, 2, 3, 4}, q[] = {0, 0.25, 0.5, 1}, out[4];
		mc_wsample s = {v, NULL, 4};
		uint64_t wts[] = {1, 3};
		double v2[] = {1, 2};
		mc_wsample s2 = {v2, wts, 2}; /* 1 2 2 2 */

		mc_wsample_quantiles(&s, q, 4, out);
		ok(out[0] == 1 && out[1] == 1.75 && out[2] == 2.5 && out[3] == 4, "linear quantiles");
		mc_wsample_quantiles(&s2, q, 4, out);
		ok(out[0] == 1 && out[1] == 1.75 && out[2] == 2 && out[3] == 2,
		   "linear quantiles of a weighted view (1 2 2 2)");
	}
	/* right-closed bins: edges 1, 3 -> (-inf,1], (1,3], (3,inf) */
	{
		double v[] = {0, 1, 2, 3, 4, 5}, e[] = {1, 3}, c[3];
		mc_wsample s = {v, NULL, 6};

		mc_wsample_bin_counts(&s, e, 2, c);
		ok(c[0] == 2 && c[1] == 2 && c[2] == 2, "bins are right-closed");
	}
}

static void
test_divergences(void)
{
	double a[] = {1, 1}, b[] = {1, 3}, z[] = {0, 0}, one[] = {5}, c[] = {0, 4}, d[] = {4, 0};
	mc_test_result r;
	double dof;

	/*
	 * 2 x 2 table (1 1; 1 3): N = 6, expected (2/3 4/3; 4/3 8/3),
	 * chi2 = (1/3)^2 / (2/3) + (1/3)^2 / (4/3) + (1/3)^2 / (4/3) + (1/3)^2 / (8/3)
	 *      = 1/6 + 1/12 + 1/12 + 1/24 = 0.375, one degree of freedom
	 */
	mc_chi2_homogeneity(a, b, 2, &r, &dof);
	is_double(r.statistic, 0.375, 1e-15, "chi2 of (1 1; 1 3) by hand");
	is_double(dof, 1, 0, "chi2 dof");
	/* and the z test of the same table: z^2 = chi2, same p-value */
	{
		mc_test_result zr;

		mc_two_proportion_z(1, 2, 3, 4, &zr);
		is_double(zr.statistic * zr.statistic, 0.375, 1e-14, "z^2 = chi2 (2 x 2)");
		is_double(zr.pvalue, r.pvalue, 1e-14, "z p-value = chi2 p-value");
		mc_two_proportion_z(0, 10, 0, 20, &zr);
		ok(zr.statistic == 0 && zr.pvalue == 1, "z with no true anywhere: z 0, p 1");
	}
	/* one category only: scipy's degenerate case */
	mc_chi2_homogeneity(one, one, 1, &r, &dof);
	ok(r.statistic == 0 && r.pvalue == 1 && dof == 0, "chi2 with one category: 0, p 1");
	ok(mc_chi2_homogeneity(a, z, 2, &r, &dof) == MC_ERR_INVALID, "chi2 with an empty side");
	/* p = (1/2 1/2), q = (1/4 3/4): linf = 1/4 */
	is_double(mc_linf(a, b, 2), 0.25, 1e-15, "linf by hand");
	/* disjoint supports: JS distance 1, Hellinger 1, linf 1 */
	is_double(mc_js_distance(c, d, 2), 1.0, 1e-15, "js of disjoint distributions is 1");
	is_double(mc_hellinger(c, d, 2), 1.0, 1e-15, "hellinger of disjoint distributions is 1");
	ok(mc_js_distance(a, a, 2) == 0, "js of equal distributions is 0");
	/*
	 * PSI with an empty bin: p = (0, 1) -> (1e-4, 1) / 1.0001, q = (1/2, 1/2):
	 * PSI = (q1 - p1) ln(q1 / p1) + (q2 - p2) ln(q2 / p2)
	 */
	{
		double p1 = 1e-4 / 1.0001, p2 = 1 / 1.0001, want;
		double e[] = {0, 2}, f[] = {1, 1};

		want = (0.5 - p1) * log(0.5 / p1) + (0.5 - p2) * log(0.5 / p2);
		is_double(mc_psi(e, f, 2, 1e-4), want, 1e-14, "psi floors an empty bin at 1e-4");
		ok(isfinite(mc_kl_divergence(f, e, 2, 1e-4)), "kl with an empty current bin is finite");
	}
	ok(isnan(mc_psi(a, z, 2, 1e-4)), "psi with an empty side is NaN");
}

static void
test_methods(void)
{
	mc_drift_method m;
	bool cat;
	mc_drift_result r;
	double x[] = {1, 2, 3, 4, 5, 6, 7};

	ok(mc_drift_method_parse(" KS ", 4, &m) && m == MC_DM_KS, "method names: case, blanks");
	ok(!mc_drift_method_parse("kss", 3, &m), "unknown method");
	ok(!mc_drift_method_parse("", 0, &m), "empty method");
	ok(strcmp(mc_drift_method_name(MC_DM_WASSERSTEIN), "wasserstein") == 0, "method name");
	ok(mc_drift_auto(MC_DK_NUMERIC, 1000, 50, &cat) == MC_DM_KS && !cat, "auto: small numeric ks");
	ok(mc_drift_auto(MC_DK_NUMERIC, 1001, 50, &cat) == MC_DM_WASSERSTEIN,
	   "auto: large wasserstein");
	ok(mc_drift_auto(MC_DK_NUMERIC, 100, 5, &cat) == MC_DM_CHI2 && cat,
	   "auto: <= 5 distinct numeric values compared as categories");
	ok(mc_drift_auto(MC_DK_TEXT, 5000, 0, &cat) == MC_DM_JS, "auto: large text js");
	ok(mc_drift_auto(MC_DK_BOOL, 10, 0, &cat) == MC_DM_Z, "auto: small bool z");
	ok(!mc_drift_method_applies(MC_DM_KS, MC_DK_TEXT), "ks does not apply to text");
	ok(!mc_drift_method_applies(MC_DM_Z, MC_DK_NUMERIC), "z applies to bool only");
	is_double(mc_drift_default_threshold(MC_DM_CHI2), 0.05, 0, "p-value threshold 0.05");
	is_double(mc_drift_default_threshold(MC_DM_PSI), 0.1, 0, "distance threshold 0.1");

	/* a constant reference: W1 normalized by the pooled standard deviation */
	{
		double c[] = {5, 5, 5, 5}, d[] = {5, 5, 7, 7};
		mc_wsample sc = {c, NULL, 4}, sd = {d, NULL, 4};

		/* W1 = 1; pooled: six 5s and two 7s, mean 5.5, std sqrt((6 .25 + 2 2.25)/8) = sqrt(.75) */
		mc_drift_numeric(&sc, &sd, MC_DM_WASSERSTEIN, NAN, NAN, &r);
		is_double(r.statistic, 1 / sqrt(0.75), 1e-15, "constant reference: pooled std");
		ok(r.drifted == 1, "and it is drifted");
		mc_drift_numeric(&sc, &sc, MC_DM_WASSERSTEIN, NAN, NAN, &r);
		ok(r.statistic == 0 && r.drifted == 0, "equal constants: 0, not drifted");
		mc_drift_numeric(&sc, &sd, MC_DM_PSI, NAN, NAN, &r);
		ok(isfinite(r.statistic) && r.statistic > 0, "psi with a constant reference is finite");
	}
	/* threshold and drifted */
	{
		mc_wsample s = {x, NULL, 7};

		mc_drift_numeric(&s, &s, MC_DM_KS, NAN, NAN, &r);
		ok(r.pvalue == 1 && r.drifted == 0 && r.threshold == 0.05, "no drift: p 1");
		mc_drift_numeric(&s, &s, MC_DM_JS, NAN, 0.0, &r);
		ok(r.statistic == 0 && r.drifted == 1, "distance >= threshold 0 is drifted");
		ok(mc_drift_numeric(&s, &s, MC_DM_Z, NAN, NAN, &r) == MC_ERR_INVALID,
		   "z on numbers is invalid");
	}
}

static void
test_sort(void)
{
	enum
	{
		N = 5000
	};
	static double v[N], w[N];
	int good = 1;
	unsigned s = 12345;

	for (int i = 0; i < N; i++)
	{
		s = s * 1103515245u + 12345u;
		v[i] = ((double) (s >> 8) / (1 << 24) - 0.5) * pow(10.0, (int) (s % 40) - 20);
		if (i % 97 == 0)
			v[i] = 0.0;
		if (i % 89 == 0)
			v[i] = -0.0;
		if (i == 7)
			v[i] = -INFINITY;
		if (i == 8)
			v[i] = INFINITY;
		w[i] = v[i];
	}
	{
		/* the comparison-sort path (64 to 4095 values) on the first 1,000; -0.0 stays -0.0 */
		static double m[1000], mw[1000];
		int same = 1, negzero_in = 0, negzero_out = 0;

		memcpy(m, v, sizeof(m));
		memcpy(mw, v, sizeof(mw));
		qsort(mw, 1000, sizeof(double), cmp_double);
		for (int i = 0; i < 1000; i++)
			negzero_in += m[i] == 0 && signbit(m[i]);
		ok(mc_sort_doubles(m, 1000) == MC_OK, "medium sort runs");
		for (int i = 0; i < 1000; i++)
		{
			same &= m[i] == mw[i];
			negzero_out += m[i] == 0 && signbit(m[i]);
		}
		ok(same && negzero_in > 0 && negzero_out == negzero_in,
		   "medium sort equals qsort and keeps the %d negative zeros", negzero_in);
	}
	qsort(w, N, sizeof(double), cmp_double);
	ok(mc_sort_doubles(v, N) == MC_OK, "radix sort runs");
	for (int i = 0; i < N; i++)
		if (v[i] != w[i])
			good = 0;
	ok(good, "radix sort equals qsort (signs, zeros, infinities, 40 decades)");
	{
		int negzero = 0, expect = 0;

		for (int i = 0; i < N; i++)
		{
			negzero += v[i] == 0 && signbit(v[i]);
			expect += i % 89 == 0 && i != 7 && i != 8;
		}
		ok(negzero == expect, "radix sort keeps the %d negative zeros (%d)", expect, negzero);
	}
	{
		double small[] = {3, -1, 2};

		mc_sort_doubles(small, 3);
		ok(small[0] == -1 && small[1] == 2 && small[2] == 3, "small input sorted");
	}
}

static void
test_state(void)
{
	mc_drift_state *s = mc_drift_state_new(MC_DK_NUMERIC, MC_DM_KS, NAN), *t = NULL, *u = NULL;
	mc_writer w, w2;
	mc_drift_result r;

	for (int i = 0; i < 3000; i++)
		mc_drift_state_add_f8(s, i % 2, (double) (i % 17) + (i % 2) * 0.5);
	ok(mc_drift_state_add_f8(s, 0, NAN) == MC_ERR_RANGE, "NaN is refused");
	ok(mc_drift_state_count(s, 0) == 1500 && mc_drift_state_count(s, 1) == 1500, "counts");
	mc_w_init(&w, 0);
	mc_drift_state_serialize(s, &w);
	is_int((long long) w.len, (long long) mc_drift_state_serialized_size(s), "serialized size");
	ok(mc_drift_state_deserialize(w.buf, w.len, &t) == MC_OK, "round trip parses");
	mc_w_init(&w2, 0);
	mc_drift_state_serialize(t, &w2);
	ok(w.len == w2.len && memcmp(w.buf, w2.buf, w.len) == 0, "round trip is byte-identical");
	/* every truncation and a trailing byte are rejected */
	{
		int bad = 0;

		for (size_t cut = 0; cut < w.len; cut += 97)
		{
			mc_drift_state *x = NULL;

			if (mc_drift_state_deserialize(w.buf, cut, &x) != MC_ERR_CORRUPT)
				bad++;
			mc_drift_state_free(x);
		}
		ok(bad == 0, "truncated states are corrupt");
	}
	/* merge = union */
	mc_drift_state_merge(t, s);
	ok(mc_drift_state_count(t, 0) == 3000, "merge adds the values");
	ok(mc_drift_state_run(s, &r) == MC_OK && r.method == MC_DM_KS, "run ks");
	ok(r.pvalue < 0.05 && r.drifted == 1, "the shifted half is drifted");
	mc_w_free(&w);
	mc_w_free(&w2);
	mc_drift_state_free(s);
	mc_drift_state_free(t);

	/* text: counts per value, canonical order, merge */
	s = mc_drift_state_new(MC_DK_TEXT, MC_DM_AUTO, NAN);
	u = mc_drift_state_new(MC_DK_TEXT, MC_DM_AUTO, NAN);
	for (int i = 0; i < 200; i++)
	{
		char buf[16];

		snprintf(buf, sizeof(buf), "v%d", i % 7);
		mc_drift_state_add_text(i < 100 ? s : u, i % 2, (const uint8_t *) buf, strlen(buf));
	}
	mc_drift_state_add_text(s, 1, (const uint8_t *) "", 0);
	mc_w_init(&w, 0);
	mc_w_init(&w2, 0);
	mc_drift_state_merge(s, u);
	mc_drift_state_serialize(s, &w);
	ok(mc_drift_state_deserialize(w.buf, w.len, &t) == MC_OK, "text state parses");
	mc_drift_state_serialize(t, &w2);
	ok(w.len == w2.len && memcmp(w.buf, w2.buf, w.len) == 0, "text round trip byte-identical");
	ok(mc_drift_state_count(t, 0) == 100 && mc_drift_state_count(t, 1) == 101, "text counts");
	ok(mc_drift_state_run(t, &r) == MC_OK && r.method == MC_DM_CHI2, "text auto is chi2");
	/* a swapped pair of entries is not canonical */
	{
		mc_drift_state *x = NULL;
		uint8_t bad[] = {1, 2, 0, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1, 2, 1, 'b', 1, 0, 1, 'a', 1, 0};

		ok(mc_drift_state_deserialize(bad, sizeof(bad), &x) == MC_ERR_CORRUPT,
		   "unsorted text entries are corrupt");
		bad[13] = 'a';
		bad[17] = 'b';
		ok(mc_drift_state_deserialize(bad, sizeof(bad), &x) == MC_OK, "sorted entries parse");
		mc_drift_state_free(x);
	}
	mc_w_free(&w);
	mc_w_free(&w2);
	mc_drift_state_free(s);
	mc_drift_state_free(t);
	mc_drift_state_free(u);

	/* bool, and kinds that do not merge */
	s = mc_drift_state_new(MC_DK_BOOL, MC_DM_Z, 0.01);
	t = mc_drift_state_new(MC_DK_BOOL, MC_DM_Z, NAN);
	mc_drift_state_add_bool(s, 0, true);
	mc_drift_state_add_bool(s, 1, false);
	ok(mc_drift_state_merge(s, t) == MC_ERR_INVALID, "different thresholds do not merge");
	ok(mc_drift_state_run(t, &r) == MC_ERR_INVALID && r.drifted == -1, "empty sides: undefined");
	ok(mc_drift_state_run(s, &r) == MC_OK && r.threshold == 0.01, "bool z with threshold");
	mc_drift_state_free(s);
	mc_drift_state_free(t);
	{
		uint8_t hdr[] = {1, 1, 11, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1, 0, 0};
		mc_drift_state *x = NULL;

		ok(mc_drift_state_deserialize(hdr, sizeof(hdr), &x) == MC_ERR_CORRUPT,
		   "method z on a numeric state is corrupt");
		hdr[0] = 2;
		hdr[2] = 1;
		ok(mc_drift_state_deserialize(hdr, sizeof(hdr), &x) == MC_ERR_CORRUPT,
		   "unknown version is corrupt");
	}
}

/* xorshift64*: reproducible pseudo-random numbers for the generated cases */
static uint64_t ks_rng = 0x9E3779B97F4A7C15ull;

static uint64_t
ks_next(void)
{
	ks_rng ^= ks_rng >> 12;
	ks_rng ^= ks_rng << 25;
	ks_rng ^= ks_rng >> 27;
	return ks_rng * 0x2545F4914F6CDD1Dull;
}

static double
ks_unif(void)
{
	return (double) (ks_next() >> 11) / 9007199254740992.0;
}

/* One generated value of shape `shape` (side 1 shifted by `shift`) */
static double
ks_value(int shape, int side, double shift)
{
	double u = ks_unif(), v = ks_unif();

	switch (shape)
	{
		case 0: /* normal (Box-Muller) */
			return sqrt(-2 * log(1 - u)) * cos(6.283185307179586 * v) + side * shift;
		case 1: /* few distinct values: heavy ties across the samples */
			return floor(u * 7) + (side && v < shift ? 1 : 0);
		case 2: /* signed zeros and tiny numbers: -0.0 and +0.0 are one value */
			return u < 0.3 ? -0.0 : u < 0.6 ? 0.0 : (v - 0.5) * 1e-300 * (1 + side * shift);
		case 3: /* heavy tails over the whole exponent range */
			return (u < 0.5 ? -1 : 1) * exp((v - 0.5) * 1400) * (1 + side * shift);
		case 4: /* disjoint ranges: D = 1 */
			return side ? 10 + u : u;
		case 5: /* narrow range of large numbers */
			return 1e6 + floor(u * 1e4) / 16 + side * shift;
		default: /* one side constant */
			return side ? 3.0 : u;
	}
}

/*
 * The KS statistic without sorting (ksbound.c) is the same double, and gives the same p-value,
 * as the sorted walk, on generated samples of every shape and size (both the small-sample start
 * from keys and the large-sample start from doubles, with 2^16 first buckets).
 */
static void
test_ks_unsorted(void)
{
	static const size_t sizes[][2] = {
	    {1, 1},      {1, 5},        {3, 2},         {47, 1},         {30, 30},        {200, 170},
	    {1000, 999}, {5000, 20000}, {40000, 30000}, {120000, 90000}, {300000, 300000}};
	int bad = 0, cases = 0;
	double maxS, minD;

	for (size_t z = 0; z < sizeof(sizes) / sizeof(sizes[0]); z++)
		for (int shape = 0; shape < 7; shape++)
			for (int rep = 0; rep < 2; rep++)
			{
				size_t nx = sizes[z][0], ny = sizes[z][1];
				double *x = malloc(nx * sizeof(double)), *y = malloc(ny * sizeof(double));
				double *xs = malloc(nx * sizeof(double)), *ys = malloc(ny * sizeof(double));
				double *x0 = malloc(nx * sizeof(double));
				double shift = rep ? 0.0 : 0.02;
				mc_wsample a = {xs, NULL, nx}, b = {ys, NULL, ny};
				mc_test_result r1, r2;

				for (size_t i = 0; i < nx; i++)
					x[i] = xs[i] = x0[i] = ks_value(shape, 0, shift);
				for (size_t i = 0; i < ny; i++)
					y[i] = ys[i] = ks_value(shape, 1, shift);
				mc_sort_doubles(xs, nx);
				mc_sort_doubles(ys, ny);
				cases++;
				if (mc_ks_2samp(&a, &b, &r1) != MC_OK ||
				    mc_ks_2samp_unsorted(x, nx, y, ny, &r2) != MC_OK ||
				    memcmp(&r1.statistic, &r2.statistic, sizeof(double)) != 0 ||
				    memcmp(&r1.pvalue, &r2.pvalue, sizeof(double)) != 0 || r1.pmethod != r2.pmethod)
				{
					bad++;
					printf("# shape %d, sizes %zu/%zu: sorted D %.17g p %.17g, unsorted D %.17g p "
					       "%.17g\n",
					       shape, nx, ny, r1.statistic, r1.pvalue, r2.statistic, r2.pvalue);
				}
				if (memcmp(x, x0, nx * sizeof(double)) != 0)
					bad++; /* the input must keep its order */
				free(x);
				free(x0);
				free(y);
				free(xs);
				free(ys);
			}
	is_int(bad, 0, "ks without sorting: the same D and p-value as the sorted walk, bit for bit");
	ok(cases == 154, "ks without sorting: %d generated cases", cases);

	{
		/*
		 * Identical samples spread over the whole exponent range: F_x - F_y is 0 at every point,
		 * so no bucket can be dropped (the first split's fallback to gathering everything).
		 */
		size_t n = 300000;
		double *x = malloc(n * sizeof(double)), *y = malloc(n * sizeof(double));
		mc_test_result r;

		for (size_t i = 0; i < n; i++)
			x[i] = y[n - 1 - i] = ks_value(3, 0, 0.0);
		ok(mc_ks_2samp_unsorted(x, n, y, n, &r) == MC_OK && r.statistic == 0.0 && r.pvalue == 1.0,
		   "ks without sorting of two equal samples (every bucket open): D = 0, p = 1");
		free(x);
		free(y);
	}
	{
		double x[] = {2.0, 1.0, 1.0, 3.0}, y[] = {1.0, 4.0};

		/*
		 * Hand check. Pooled values 1, 2, 3, 4: (i, j) = (2, 1), (3, 1), (4, 1), (4, 2);
		 * F_x - F_y = 2/4 - 1/2 = 0, 3/4 - 1/2 = 0.25, 1 - 1/2 = 0.5, 0: max 0.5, min 0.
		 */
		ok(mc_ks_extremes_unsorted(x, 4, y, 2, &maxS, &minD) == MC_OK && maxS == 0.5 && minD == 0.0,
		   "ks extremes without sorting, hand-checked: max 0.5, min 0");
		ok(x[0] == 2.0 && x[1] == 1.0 && x[3] == 3.0, "ks without sorting leaves the input order");
		ok(mc_ks_extremes_unsorted(x, 0, y, 2, &maxS, &minD) == MC_ERR_INVALID,
		   "ks without sorting of an empty sample: invalid");
	}
}

int
main(void)
{
	test_cases();
	test_hand_checked();
	test_divergences();
	test_methods();
	test_sort();
	test_state();
	test_ks_unsorted();
	return done_testing();
}
