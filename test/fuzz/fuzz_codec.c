/*
 * fuzz_codec.c: libFuzzer harness of src/core/codec.c: canonical base64 and the bounds-checked
 * reader (varints, fixed-width integers, doubles, byte runs).
 *
 * Properties checked on every input, besides the sanitizers' (no read past a buffer, no UB):
 *  - base64: when the input decodes, encoding the bytes gives the input back exactly (one text
 *    form per byte string); encoding the raw input and decoding it gives the input back.
 *  - varints: each varint the reader accepts re-encodes to exactly the bytes it consumed.
 *  - reader: a script of reads driven by the input never moves past the end, and once a read
 *    fails every later read returns 0 and mc_r_done() stays false.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_base64(const uint8_t *data, size_t size)
{
	uint8_t *dec = malloc(size / 4 * 3 + 1);
	long n = mc_base64_decode((const char *) data, size, dec);

	if (n >= 0)
	{
		char *enc = malloc(mc_base64_encoded_len((size_t) n) + 1);

		if ((size_t) n > size / 4 * 3)
			abort();
		mc_base64_encode(dec, (size_t) n, enc);
		if (mc_base64_encoded_len((size_t) n) != size || memcmp(enc, data, size) != 0)
			abort(); /* accepted a non-canonical text form */
		free(enc);
	}
	free(dec);

	/* the other direction: any bytes survive encode + decode */
	{
		size_t elen = mc_base64_encoded_len(size);
		char *enc = malloc(elen + 1);
		uint8_t *back = malloc(elen / 4 * 3 + 1);

		mc_base64_encode(data, size, enc);
		if (mc_base64_decode(enc, elen, back) != (long) size || (size && memcmp(back, data, size)))
			abort();
		free(enc);
		free(back);
	}
}

static void
check_varints(const uint8_t *data, size_t size)
{
	mc_reader r;

	mc_r_init(&r, data, size);
	while (mc_r_remaining(&r) > 0)
	{
		size_t before = r.pos;
		uint64_t v = mc_r_varint(&r);
		mc_writer w;

		if (r.failed)
			break;
		mc_w_init(&w, 0);
		mc_w_varint(&w, v);
		if (w.failed || w.len != r.pos - before || memcmp(w.buf, data + before, w.len) != 0)
			abort(); /* accepted a varint that is not in canonical form */
		mc_w_free(&w);
	}
}

static void
check_reader_script(const uint8_t *data, size_t size)
{
	mc_reader r;
	size_t ops;

	if (size == 0)
		return;
	/* the first byte says how many operations; the operations' codes come from the data itself */
	ops = data[0];
	mc_r_init(&r, data + 1, size - 1);
	for (size_t i = 0; i < ops; i++)
	{
		bool was_failed = r.failed;
		uint8_t op = mc_r_u8(&r);
		uint64_t got = 0;

		switch (op % 7)
		{
			case 0:
				got = mc_r_u8(&r);
				break;
			case 1:
				got = mc_r_u32(&r);
				break;
			case 2:
				got = mc_r_u64(&r);
				break;
			case 3:
			{
				double d = mc_r_f64(&r);

				memcpy(&got, &d, sizeof(got));
				break;
			}
			case 4:
				got = mc_r_varint(&r);
				break;
			case 5:
			{
				/* a length read from the data, as deserializers do, then that many bytes */
				uint64_t n = mc_r_varint(&r);
				const uint8_t *p = mc_r_bytes(&r, (size_t) n);

				if (p != NULL)
				{
					volatile uint8_t sink = 0;

					for (uint64_t k = 0; k < n; k++)
						sink ^= p[k]; /* ASan sees any byte outside the input */
					(void) sink;
				}
				else if (!r.failed)
					abort();
				break;
			}
			case 6:
				got = (uint64_t) mc_r_i64(&r);
				break;
		}
		if (r.pos > r.len)
			abort();
		if (was_failed && (got != 0 || !r.failed))
			abort(); /* a failed reader must stay failed and read zeros */
		if (r.failed && (mc_r_done(&r) || mc_r_remaining(&r) != 0))
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_base64(data, size);
	check_varints(data, size);
	check_reader_script(data, size);
	return 0;
}
