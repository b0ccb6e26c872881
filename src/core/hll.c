/* hll.c: HyperLogLog registers, Ertl's estimator and the packed 6-bit encoding (see hll.h). */
#include "hll.h"

#include <math.h>
#include <string.h>

void
mc_hll_clear(mc_hll *h)
{
	memset(h->reg, 0, sizeof(h->reg));
}

void
mc_hll_merge(mc_hll *dst, const mc_hll *src)
{
	for (uint32_t i = 0; i < MC_HLL_M; i++)
		if (src->reg[i] > dst->reg[i])
			dst->reg[i] = src->reg[i];
}

/* Ertl 2017, Algorithm 6: sigma(x) = x + sum_{k>=1} x^(2^k) 2^(k-1) */
static double
ertl_sigma(double x)
{
	double y = 1.0, z = x, zprev;

	if (x == 1.0)
		return INFINITY;
	do
	{
		x *= x;
		zprev = z;
		z += x * y;
		y += y;
	} while (z != zprev);
	return z;
}

/* Ertl 2017, Algorithm 6: tau(x) = (1 - x - sum_{k>=1} (1 - x^(2^-k))^2 2^-k) / 3 */
static double
ertl_tau(double x)
{
	double y = 1.0, z = 1.0 - x, zprev;

	if (x == 0.0 || x == 1.0)
		return 0.0;
	do
	{
		x = sqrt(x);
		zprev = z;
		y *= 0.5;
		z -= (1.0 - x) * (1.0 - x) * y;
	} while (z != zprev);
	return z / 3.0;
}

double
mc_hll_estimate(const mc_hll *h)
{
	uint32_t c[MC_HLL_Q + 2];
	const double m = (double) MC_HLL_M;
	double z;

	memset(c, 0, sizeof(c));
	for (uint32_t i = 0; i < MC_HLL_M; i++)
		c[h->reg[i]]++;
	if (c[0] == MC_HLL_M)
		return 0.0;
	z = m * ertl_tau(1.0 - c[MC_HLL_Q + 1] / m);
	for (int k = MC_HLL_Q; k >= 1; k--)
		z = 0.5 * (z + c[k]);
	z += m * ertl_sigma(c[0] / m);
	return (m * m / (2.0 * log(2.0))) / z;
}

void
mc_hll_write(const mc_hll *h, mc_writer *w)
{
	/* four 6-bit registers in three bytes, big-endian bit order */
	if (!mc_w_reserve(w, MC_HLL_BYTES))
		return;
	for (uint32_t i = 0; i < MC_HLL_M; i += 4)
	{
		uint32_t v = ((uint32_t) h->reg[i] << 18) | ((uint32_t) h->reg[i + 1] << 12) |
		             ((uint32_t) h->reg[i + 2] << 6) | h->reg[i + 3];

		w->buf[w->len++] = (uint8_t) (v >> 16);
		w->buf[w->len++] = (uint8_t) (v >> 8);
		w->buf[w->len++] = (uint8_t) v;
	}
}

mc_status
mc_hll_read(mc_hll *h, mc_reader *r)
{
	const uint8_t *p = mc_r_bytes(r, MC_HLL_BYTES);

	if (p == NULL)
		return MC_ERR_CORRUPT;
	for (uint32_t i = 0, j = 0; i < MC_HLL_M; i += 4, j += 3)
	{
		uint32_t v = ((uint32_t) p[j] << 16) | ((uint32_t) p[j + 1] << 8) | p[j + 2];

		h->reg[i] = (uint8_t) ((v >> 18) & 63);
		h->reg[i + 1] = (uint8_t) ((v >> 12) & 63);
		h->reg[i + 2] = (uint8_t) ((v >> 6) & 63);
		h->reg[i + 3] = (uint8_t) (v & 63);
	}
	for (uint32_t i = 0; i < MC_HLL_M; i++)
		if (h->reg[i] > MC_HLL_Q + 1)
			return MC_ERR_CORRUPT;
	return MC_OK;
}
