/* mv_ks.c: two-sample Kolmogorov-Smirnov statistic and asymptotic p-value (see mv_ks.h). */
#include "mv_ks.h"

#include <math.h>
#include <stdint.h>

#include "special.h"

double
mc_mv_ks_stat(const double *a, size_t na, const double *b, size_t nb)
{
	size_t i = 0, j = 0;
	double D = 0;

	if (na == 0 || nb == 0)
		return NAN;
	/* walk both sorted samples; compare the ECDFs after every distinct value */
	while (i < na && j < nb)
	{
		double v = a[i] <= b[j] ? a[i] : b[j], diff;

		while (i < na && a[i] == v)
			i++;
		while (j < nb && b[j] == v)
			j++;
		diff = fabs((double) i / (double) na - (double) j / (double) nb);
		if (diff > D)
			D = diff;
	}
	return D;
}

double
mc_mv_ks_pvalue(double D, size_t na, size_t nb)
{
	double en = (double) na * (double) nb / ((double) na + (double) nb);
	double p = mc_kstwo_sf((int64_t) nearbyint(en), D); /* default rounding: half to even */

	return p < 0 ? 0 : (p > 1 ? 1 : p);
}
