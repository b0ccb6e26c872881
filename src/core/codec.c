/* codec.c: endian-stable, bounds-checked byte encoding and canonical base64 (see codec.h). */
#include "codec.h"

#include <string.h>

void
mc_w_init(mc_writer *w, size_t initial_capacity)
{
	w->len = 0;
	w->failed = false;
	w->cap = initial_capacity < 16 ? 16 : initial_capacity;
	w->buf = mc_alloc(w->cap);
	if (w->buf == NULL)
	{
		w->cap = 0;
		w->failed = true;
	}
}

void
mc_w_free(mc_writer *w)
{
	if (w->buf)
		mc_free(w->buf);
	w->buf = NULL;
	w->len = w->cap = 0;
}

bool
mc_w_reserve(mc_writer *w, size_t extra)
{
	size_t need;
	uint8_t *nb;

	if (w->failed)
		return false;
	if (extra > SIZE_MAX - w->len)
	{
		w->failed = true;
		return false;
	}
	need = w->len + extra;
	if (need <= w->cap)
		return true;
	{
		size_t ncap = w->cap * 2;

		if (ncap < need)
			ncap = need;
		nb = mc_realloc(w->buf, ncap);
		if (nb == NULL)
		{
			w->failed = true;
			return false;
		}
		w->buf = nb;
		w->cap = ncap;
	}
	return true;
}

void
mc_w_u8(mc_writer *w, uint8_t v)
{
	if (mc_w_reserve(w, 1))
		w->buf[w->len++] = v;
}

void
mc_w_u32(mc_writer *w, uint32_t v)
{
	if (!mc_w_reserve(w, 4))
		return;
	for (int i = 3; i >= 0; i--)
		w->buf[w->len++] = (uint8_t) (v >> (8 * i));
}

/* the big-endian bytes of a 64-bit value */
static inline uint64_t
to_big_endian(uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return __builtin_bswap64(v);
#else
	uint8_t b[8];
	uint64_t out;

	for (int i = 0; i < 8; i++)
		b[i] = (uint8_t) (v >> (8 * (7 - i)));
	memcpy(&out, b, sizeof(out));
	return out;
#endif
}

void
mc_w_u64(mc_writer *w, uint64_t v)
{
	if (!mc_w_reserve(w, 8))
		return;
	v = to_big_endian(v);
	memcpy(w->buf + w->len, &v, sizeof(v));
	w->len += 8;
}

void
mc_w_i64(mc_writer *w, int64_t v)
{
	mc_w_u64(w, (uint64_t) v);
}

void
mc_w_f64(mc_writer *w, double v)
{
	uint64_t bits;

	memcpy(&bits, &v, sizeof(bits));
	mc_w_u64(w, bits);
}

void
mc_w_f64_array(mc_writer *w, const double *v, size_t n)
{
	uint8_t *out;

	if (n == 0)
		return;
	if (n > SIZE_MAX / 8 || !mc_w_reserve(w, n * 8))
	{
		w->failed = true;
		return;
	}
	out = w->buf + w->len;
	for (size_t i = 0; i < n; i++)
	{
		uint64_t bits;

		memcpy(&bits, v + i, sizeof(bits));
		bits = to_big_endian(bits);
		memcpy(out + 8 * i, &bits, sizeof(bits));
	}
	w->len += n * 8;
}

void
mc_w_varint(mc_writer *w, uint64_t v)
{
	if (!mc_w_reserve(w, 10))
		return;
	while (v >= 0x80)
	{
		w->buf[w->len++] = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	w->buf[w->len++] = (uint8_t) v;
}

void
mc_w_bytes(mc_writer *w, const void *p, size_t n)
{
	if (n == 0 || !mc_w_reserve(w, n))
		return;
	memcpy(w->buf + w->len, p, n);
	w->len += n;
}

void
mc_r_init(mc_reader *r, const void *p, size_t len)
{
	r->p = p;
	r->len = len;
	r->pos = 0;
	r->failed = false;
}

static inline bool
r_need(mc_reader *r, size_t n)
{
	if (r->failed || r->len - r->pos < n)
	{
		r->failed = true;
		return false;
	}
	return true;
}

uint8_t
mc_r_u8(mc_reader *r)
{
	if (!r_need(r, 1))
		return 0;
	return r->p[r->pos++];
}

uint32_t
mc_r_u32(mc_reader *r)
{
	uint32_t v = 0;

	if (!r_need(r, 4))
		return 0;
	for (int i = 0; i < 4; i++)
		v = (v << 8) | r->p[r->pos++];
	return v;
}

uint64_t
mc_r_u64(mc_reader *r)
{
	uint64_t v;

	if (!r_need(r, 8))
		return 0;
	memcpy(&v, r->p + r->pos, sizeof(v));
	r->pos += 8;
	return to_big_endian(v); /* the swap is its own inverse */
}

int64_t
mc_r_i64(mc_reader *r)
{
	return (int64_t) mc_r_u64(r);
}

double
mc_r_f64(mc_reader *r)
{
	uint64_t bits = mc_r_u64(r);
	double v;

	memcpy(&v, &bits, sizeof(v));
	return v;
}

bool
mc_r_f64_array(mc_reader *r, double *out, size_t n, bool *all_finite)
{
	const uint8_t *in;
	uint64_t expo = 0x7FF0000000000000ull, any = 0;

	*all_finite = true;
	if (n > SIZE_MAX / 8 || !r_need(r, n * 8))
	{
		r->failed = true;
		return false;
	}
	in = r->p + r->pos;
	for (size_t i = 0; i < n; i++)
	{
		uint64_t bits;

		memcpy(&bits, in + 8 * i, sizeof(bits));
		bits = to_big_endian(bits); /* the swap is its own inverse */
		any |= (uint64_t) ((bits & expo) == expo);
		memcpy(out + i, &bits, sizeof(bits));
	}
	r->pos += n * 8;
	*all_finite = any == 0;
	return true;
}

uint64_t
mc_r_varint(mc_reader *r)
{
	uint64_t v = 0;

	for (int shift = 0; shift < 64; shift += 7)
	{
		uint8_t b;

		if (!r_need(r, 1))
			return 0;
		b = r->p[r->pos++];
		/* the tenth byte may only carry the top bit of a 64-bit value */
		if (shift == 63 && b > 1)
			break;
		v |= (uint64_t) (b & 0x7f) << shift;
		if ((b & 0x80) == 0)
		{
			/* canonical form only: no redundant trailing zero groups */
			if (b == 0 && shift > 0)
				break;
			return v;
		}
	}
	r->failed = true;
	return 0;
}

const uint8_t *
mc_r_bytes(mc_reader *r, size_t n)
{
	const uint8_t *p;

	if (!r_need(r, n))
		return NULL;
	p = r->p + r->pos;
	r->pos += n;
	return p;
}

size_t
mc_r_remaining(const mc_reader *r)
{
	return r->failed ? 0 : r->len - r->pos;
}

bool
mc_r_done(const mc_reader *r)
{
	return !r->failed && r->pos == r->len;
}

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t
mc_base64_encoded_len(size_t n)
{
	return (n + 2) / 3 * 4;
}

void
mc_base64_encode(const uint8_t *in, size_t n, char *out)
{
	size_t i = 0;

	for (; i + 3 <= n; i += 3)
	{
		uint32_t v = ((uint32_t) in[i] << 16) | ((uint32_t) in[i + 1] << 8) | in[i + 2];

		*out++ = b64chars[(v >> 18) & 63];
		*out++ = b64chars[(v >> 12) & 63];
		*out++ = b64chars[(v >> 6) & 63];
		*out++ = b64chars[v & 63];
	}
	if (n - i == 1)
	{
		uint32_t v = (uint32_t) in[i] << 16;

		*out++ = b64chars[(v >> 18) & 63];
		*out++ = b64chars[(v >> 12) & 63];
		*out++ = '=';
		*out++ = '=';
	}
	else if (n - i == 2)
	{
		uint32_t v = ((uint32_t) in[i] << 16) | ((uint32_t) in[i + 1] << 8);

		*out++ = b64chars[(v >> 18) & 63];
		*out++ = b64chars[(v >> 12) & 63];
		*out++ = b64chars[(v >> 6) & 63];
		*out++ = '=';
	}
}

static int
b64val(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

long
mc_base64_decode(const char *in, size_t n, uint8_t *out)
{
	size_t o = 0;

	if (n % 4 != 0)
		return -1;
	for (size_t i = 0; i < n; i += 4)
	{
		int a = b64val(in[i]), b = b64val(in[i + 1]);
		int c, d;
		bool last = (i + 4 == n);

		if (a < 0 || b < 0)
			return -1;
		if (last && in[i + 2] == '=')
		{
			if (in[i + 3] != '=' || (b & 15) != 0)
				return -1;
			out[o++] = (uint8_t) ((a << 2) | (b >> 4));
			break;
		}
		c = b64val(in[i + 2]);
		if (c < 0)
			return -1;
		if (last && in[i + 3] == '=')
		{
			if ((c & 3) != 0)
				return -1;
			out[o++] = (uint8_t) ((a << 2) | (b >> 4));
			out[o++] = (uint8_t) (((b & 15) << 4) | (c >> 2));
			break;
		}
		d = b64val(in[i + 3]);
		if (d < 0)
			return -1;
		out[o++] = (uint8_t) ((a << 2) | (b >> 4));
		out[o++] = (uint8_t) (((b & 15) << 4) | (c >> 2));
		out[o++] = (uint8_t) (((c & 3) << 6) | d);
	}
	return (long) o;
}
