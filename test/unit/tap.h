/*
 * tap.h: a minimal TAP producer for the unit tests of src/core (one executable per file).
 *
 * ok(cond, fmt...), is_int(got, want, name), is_double(got, want, tol, name) print "ok N - name"
 * or "not ok N - name" with a diagnostic; done_testing() prints the plan and returns the exit
 * status (non-zero when any test failed). scripts/test.sh counts the lines.
 */
#ifndef MC_TAP_H
#define MC_TAP_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

static int tap_run = 0;
static int tap_failed = 0;

__attribute__((format(printf, 2, 3))) static inline int
ok(int cond, const char *fmt, ...)
{
	va_list ap;

	tap_run++;
	printf("%sok %d - ", cond ? "" : "not ", tap_run);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		tap_failed++;
	return cond;
}

static inline int
is_int(long long got, long long want, const char *name)
{
	int r = ok(got == want, "%s", name);

	if (!r)
		printf("#   got %lld, want %lld\n", got, want);
	return r;
}

/* |got - want| <= tol * max(1, |want|); NaN equals NaN, infinities must match exactly */
static inline int
is_double(double got, double want, double tol, const char *name)
{
	int same;
	int r;

	if (isnan(want) || isnan(got))
		same = isnan(want) && isnan(got);
	else if (isinf(want) || isinf(got))
		same = got == want;
	else
		same = fabs(got - want) <= tol * (fabs(want) > 1 ? fabs(want) : 1);
	r = ok(same, "%s", name);
	if (!r)
		printf("#   got %.17g, want %.17g (tol %g)\n", got, want, tol);
	return r;
}

static inline int
done_testing(void)
{
	printf("1..%d\n", tap_run);
	if (tap_failed)
		printf("# %d of %d failed\n", tap_failed, tap_run);
	return tap_failed ? 1 : 0;
}

#endif /* MC_TAP_H */
