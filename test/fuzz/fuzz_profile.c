/*
 * fuzz_profile.c: libFuzzer target of the profile deserializer (src/core/profile.c). Any input
 * must be rejected or accepted without a crash; an accepted input must be canonical (it
 * re-serializes to the same bytes), and every read view must work on it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mc_profile *p = NULL;
	mc_writer w;

	if (mc_profile_deserialize(data, size, &p) != MC_OK)
		return 0;
	mc_w_init(&w, size);
	if (mc_profile_serialize(p, &w) != MC_OK || w.len != size || memcmp(w.buf, data, size) != 0)
		abort();
	mc_w_free(&w);
	{
		mc_profile_stats st;
		const double *v;
		const uint64_t *wt;
		const mc_category *c;
		size_t n;
		uint64_t other;
		double edges[9];
		uint64_t counts[8];

		mc_profile_get_stats(p, &st);
		if (st.kind == MC_PROFILE_NUMERIC)
		{
			(void) mc_profile_values(p, &v, &wt, &n);
			(void) mc_profile_quantile(p, 0.5);
			(void) mc_profile_cdf(p, 0.0);
			(void) mc_profile_numeric_top(p, &v, &wt, &n, &other);
			(void) mc_profile_histogram(p, 8, edges, counts);
		}
		else
			(void) mc_profile_categories(p, &c, &n, &other);
	}
	{
		mc_profile *q = mc_profile_copy(p);

		/* merging with itself must work or refuse with a count overflow */
		if (q != NULL)
		{
			mc_status st = mc_profile_merge(q, p);

			if (st != MC_OK && st != MC_ERR_RANGE)
				abort();
			mc_profile_free(q);
		}
	}
	mc_profile_free(p);
	return 0;
}
