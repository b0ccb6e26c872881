/*
 * fuzz_driftstate.c: libFuzzer harness of the drift_test state parser (src/core/driftstate.c).
 *
 * Properties checked on every input, besides the sanitizers': a state that parses re-serializes
 * to exactly the input bytes (one serialized form per state: numeric values keep their order,
 * text entries must be in ascending byte order), its announced serialized size is exact, it
 * merges with itself, and (when small) its test runs without error other than "empty side".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "driftstate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mc_drift_state *s = NULL;
	mc_writer w;
	mc_drift_result r;
	mc_status st;

	if (mc_drift_state_deserialize(data, size, &s) != MC_OK)
		return 0;
	mc_w_init(&w, 0);
	if (mc_drift_state_serialize(s, &w) != MC_OK || w.len != size || memcmp(w.buf, data, size) != 0)
		abort(); /* accepted a non-canonical form */
	if (mc_drift_state_serialized_size(s) != size)
		abort();
	mc_w_free(&w);
	{
		mc_drift_state *t = NULL;

		if (mc_drift_state_deserialize(data, size, &t) != MC_OK)
			abort();
		if (mc_drift_state_merge(s, t) != MC_OK)
			abort();
		mc_drift_state_free(t);
	}
	if (mc_drift_state_count(s, 0) + mc_drift_state_count(s, 1) <= 4000)
	{
		st = mc_drift_state_run(s, &r);
		if (st != MC_OK && st != MC_ERR_INVALID)
			abort();
	}
	mc_drift_state_free(s);
	return 0;
}
