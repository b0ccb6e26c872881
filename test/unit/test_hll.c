/* test_hll.c: unit tests of the HyperLogLog sketch (src/core/hll.c): relative error within 2%
 * from tiny to large cardinalities, merge = union, packed round trip, register validation. */
#include <string.h>

#include "hll.h"
#include "tap.h"

static mc_hll h, g;

static void
test_accuracy(void)
{
	uint64_t sizes[] = {1, 10, 100, 1000, 20000, 100000, 1000000, 3000000};

	for (size_t s = 0; s < sizeof(sizes) / sizeof(sizes[0]); s++)
	{
		double e;

		mc_hll_clear(&h);
		for (uint64_t i = 0; i < sizes[s]; i++)
		{
			mc_hll_add(&h, mc_mix64(i * 7919 + s));
			mc_hll_add(&h, mc_mix64(i * 7919 + s)); /* duplicates change nothing */
		}
		e = mc_hll_estimate(&h);
		ok(fabs(e - (double) sizes[s]) <= 0.02 * (double) sizes[s] + 0.5,
		   "estimate %.1f of %llu distinct within 2%%", e, (unsigned long long) sizes[s]);
	}
	mc_hll_clear(&h);
	ok(mc_hll_estimate(&h) == 0.0, "empty sketch estimates 0");
}

static void
test_merge_and_codec(void)
{
	mc_writer w;
	mc_reader r;
	mc_hll back;
	double e;

	mc_hll_clear(&h);
	mc_hll_clear(&g);
	for (uint64_t i = 0; i < 200000; i++)
		mc_hll_add(i < 120000 ? &h : &g, mc_mix64(i));
	for (uint64_t i = 100000; i < 120000; i++)
		mc_hll_add(&g, mc_mix64(i)); /* overlap */
	mc_hll_merge(&h, &g);
	e = mc_hll_estimate(&h);
	ok(fabs(e - 200000) <= 0.02 * 200000, "merge estimates the union (%.0f of 200000)", e);
	mc_w_init(&w, 0);
	mc_hll_write(&h, &w);
	is_int((long long) w.len, MC_HLL_BYTES, "packed registers take 12288 bytes");
	mc_r_init(&r, w.buf, w.len);
	ok(mc_hll_read(&back, &r) == MC_OK && memcmp(back.reg, h.reg, sizeof(h.reg)) == 0,
	   "registers round-trip");
	w.buf[0] = 0xff; /* first register 63 > 51 */
	mc_r_init(&r, w.buf, w.len);
	ok(mc_hll_read(&back, &r) == MC_ERR_CORRUPT, "a register above 51 is rejected");
	mc_r_init(&r, w.buf, w.len - 1);
	ok(mc_hll_read(&back, &r) == MC_ERR_CORRUPT, "a short buffer is rejected");
	mc_w_free(&w);
}

int
main(void)
{
	test_accuracy();
	test_merge_and_codec();
	return done_testing();
}
