/*
 * fuzz_vprofile.c: libFuzzer target of the vector_profile deserializer (mc_vprof_parse): any
 * input is either rejected or parses into a profile whose re-serialization is byte-identical
 * (the format is canonical), and which the multivariate tests can use without crashing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/mvdrift.h"
#include "../../src/core/vprofile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mc_vprof vp, other;
	mc_writer w;
	mc_mv_result r;

	if (mc_vprof_parse(&vp, data, size, 4) != MC_OK)
		return 0;
	mc_w_init(&w, size);
	if (mc_vprof_serialize(&vp, &w) != MC_OK || w.len != size || memcmp(w.buf, data, size) != 0)
		abort();
	mc_w_free(&w);
	/* the tests must survive any valid value (small dimensions only, to stay fast) */
	if (vp.dim > 0 && vp.dim <= 16 && vp.n > 0 && mc_vprof_parse(&other, data, size, 4) == MC_OK)
	{
		(void) mc_mv_hotelling(&vp, &other, 0.05, &r);
		(void) mc_mv_pca(&vp, &other, 0.65, true, 3, -1, &r);
		(void) mc_mv_cosine(&vp, &other, 0.2, &r);
		(void) mc_mv_share(&vp, &other, 0.05, 0.5, &r);
		if (vp.nsample <= 64)
			(void) mc_mv_mmd(&vp, &other, 5, 1, 0, 64, 0.05, &r);
		(void) mc_vprof_merge(&vp, &other);
		mc_vprof_free(&other);
	}
	mc_vprof_free(&vp);
	return 0;
}
