/* test_codec.c: unit tests of the byte codec and base64 in src/core/codec.c. */
#include <math.h>
#include <string.h>
#include <stdlib.h>

#include "codec.h"
#include "tap.h"

static void
test_roundtrip(void)
{
	mc_writer w;
	mc_reader r;
	uint64_t varints[] = {0, 1, 127, 128, 300, 16383, 16384, UINT32_MAX, UINT64_MAX};
	double doubles[] = {0.0, -0.0, 1.5, -2.25e300, 5e-324, INFINITY, -INFINITY};

	mc_w_init(&w, 0);
	mc_w_u8(&w, 0xAB);
	mc_w_u32(&w, 0x01020304u);
	mc_w_u64(&w, 0x0102030405060708ull);
	mc_w_i64(&w, -42);
	for (size_t i = 0; i < sizeof(varints) / sizeof(varints[0]); i++)
		mc_w_varint(&w, varints[i]);
	for (size_t i = 0; i < sizeof(doubles) / sizeof(doubles[0]); i++)
		mc_w_f64(&w, doubles[i]);
	mc_w_f64(&w, NAN);
	mc_w_bytes(&w, "xyz", 3);
	ok(!w.failed, "writer did not fail");
	/* big-endian: the u32 follows the first byte */
	ok(w.buf[1] == 1 && w.buf[2] == 2 && w.buf[3] == 3 && w.buf[4] == 4, "u32 is big-endian");

	mc_r_init(&r, w.buf, w.len);
	is_int(mc_r_u8(&r), 0xAB, "u8 round-trips");
	is_int(mc_r_u32(&r), 0x01020304, "u32 round-trips");
	ok(mc_r_u64(&r) == 0x0102030405060708ull, "u64 round-trips");
	is_int(mc_r_i64(&r), -42, "i64 round-trips");
	for (size_t i = 0; i < sizeof(varints) / sizeof(varints[0]); i++)
		ok(mc_r_varint(&r) == varints[i], "varint %llu round-trips",
		   (unsigned long long) varints[i]);
	for (size_t i = 0; i < sizeof(doubles) / sizeof(doubles[0]); i++)
	{
		double d = mc_r_f64(&r);

		ok(memcmp(&d, &doubles[i], sizeof(d)) == 0, "double %g round-trips bit for bit",
		   doubles[i]);
	}
	ok(isnan(mc_r_f64(&r)), "NaN round-trips");
	ok(memcmp(mc_r_bytes(&r, 3), "xyz", 3) == 0, "bytes round-trip");
	ok(mc_r_done(&r), "reader consumed everything");
	is_int(mc_r_u8(&r), 0, "reading past the end gives 0");
	ok(r.failed && !mc_r_done(&r), "and marks the reader failed");
	mc_w_free(&w);
}

static void
test_malformed_varints(void)
{
	mc_reader r;
	const uint8_t unterminated[] = {0x80, 0x80};
	const uint8_t redundant[] = {0x81, 0x00};
	const uint8_t too_long[] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02};

	mc_r_init(&r, unterminated, sizeof(unterminated));
	mc_r_varint(&r);
	ok(r.failed, "unterminated varint is rejected");
	mc_r_init(&r, redundant, sizeof(redundant));
	mc_r_varint(&r);
	ok(r.failed, "non-canonical varint (trailing zero group) is rejected");
	mc_r_init(&r, too_long, sizeof(too_long));
	mc_r_varint(&r);
	ok(r.failed, "varint over 64 bits is rejected");
}

static void
test_base64(void)
{
	/* RFC 4648 section 10 test vectors */
	const char *plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
	const char *coded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
	uint8_t out[16];
	char enc[16];

	for (int i = 0; i < 7; i++)
	{
		size_t n = strlen(plain[i]);
		long got;

		mc_base64_encode((const uint8_t *) plain[i], n, enc);
		enc[mc_base64_encoded_len(n)] = '\0';
		ok(strcmp(enc, coded[i]) == 0, "base64 of \"%s\" is \"%s\"", plain[i], coded[i]);
		got = mc_base64_decode(coded[i], strlen(coded[i]), out);
		ok(got == (long) n && memcmp(out, plain[i], n) == 0, "decode of \"%s\"", coded[i]);
	}
	ok(mc_base64_decode("Zg=", 3, out) < 0, "length not a multiple of 4 is rejected");
	ok(mc_base64_decode("Zh==", 4, out) < 0, "non-zero padding bits are rejected");
	ok(mc_base64_decode("Z*==", 4, out) < 0, "foreign character is rejected");
	ok(mc_base64_decode("Zg==Zg==", 8, out) < 0, "padding before the end is rejected");
	ok(mc_base64_decode("Zm9=", 4, out) < 0, "non-canonical last group is rejected");
}

static void
test_random_roundtrip(void)
{
	uint8_t in[257], out[257];
	char enc[400];
	int bad = 0;

	srand(7);
	for (int iter = 0; iter < 2000; iter++)
	{
		size_t n = (size_t) (rand() % 257);

		for (size_t i = 0; i < n; i++)
			in[i] = (uint8_t) rand();
		mc_base64_encode(in, n, enc);
		if (mc_base64_decode(enc, mc_base64_encoded_len(n), out) != (long) n || memcmp(in, out, n))
			bad++;
	}
	is_int(bad, 0, "2000 random buffers round-trip through base64");
}

/* The array forms write and read the same bytes as the per-value ones */
static void
test_f64_arrays(void)
{
	double v[5] = {1.5, -0.0, 1e-310, -2.25e300, 3.0}, back[5], one[5];
	mc_writer a, b;
	mc_reader r;
	bool finite;
	int same = 1;

	mc_w_init(&a, 0);
	mc_w_init(&b, 0);
	mc_w_u8(&a, 7);
	mc_w_u8(&b, 7);
	mc_w_f64_array(&a, v, 5);
	for (int i = 0; i < 5; i++)
		mc_w_f64(&b, v[i]);
	ok(a.len == b.len && memcmp(a.buf, b.buf, a.len) == 0,
	   "mc_w_f64_array writes the bytes of mc_w_f64, value by value");
	mc_r_init(&r, a.buf, a.len);
	(void) mc_r_u8(&r);
	ok(mc_r_f64_array(&r, back, 5, &finite) && finite && mc_r_done(&r),
	   "mc_r_f64_array reads them back, all finite, to the end");
	mc_r_init(&r, a.buf, a.len);
	(void) mc_r_u8(&r);
	for (int i = 0; i < 5; i++)
		one[i] = mc_r_f64(&r);
	for (int i = 0; i < 5; i++)
		same &= memcmp(&back[i], &one[i], sizeof(double)) == 0 &&
		        memcmp(&back[i], &v[i], sizeof(double)) == 0;
	ok(same, "... the same doubles as mc_r_f64, -0.0 and subnormals included");
	mc_r_init(&r, a.buf, a.len - 1);
	(void) mc_r_u8(&r);
	ok(!mc_r_f64_array(&r, back, 5, &finite) && r.failed, "a short buffer fails");
	v[3] = NAN;
	mc_w_free(&a);
	mc_w_init(&a, 0);
	mc_w_f64_array(&a, v, 5);
	mc_r_init(&r, a.buf, a.len);
	ok(mc_r_f64_array(&r, back, 5, &finite) && !finite, "a NaN is reported as not finite");
	mc_w_free(&a);
	mc_w_free(&b);
}

int
main(void)
{
	test_roundtrip();
	test_malformed_varints();
	test_base64();
	test_random_roundtrip();
	test_f64_arrays();
	return done_testing();
}
