/*
 * fuzz_chart.c: libFuzzer target of the report's chart kernel (src/core/chart.c, html.c).
 *
 * The first byte picks the input: 0 (even) = one or two serialized profiles (a big-endian u16
 * length of the first, then the rest), charted with the bins / top of the second byte; 1 (odd) =
 * a chart's fields read from the bytes, as the glue fills them from JSON, then validated. A
 * chart built from profiles must validate; every valid chart must render to an SVG whose
 * numeric attributes are finite and non-negative (labels from data may read anything), and its
 * JSON must be produced without a crash.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "codec.h"
#include "profile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* abort unless every x/y/width/height/x1..y2 value is a finite number in [0, 1e5] */
static void
check_svg(mc_writer *w)
{
	static const char *attrs[] = {" x=\"",  " y=\"",  " width=\"", " height=\"",
	                              " x1=\"", " y1=\"", " x2=\"",    " y2=\""};
	const char *s;

	mc_w_u8(w, '\0');
	if (w->failed)
		return;
	s = (const char *) w->buf;
	/* labels come from data and may read "nan"; markup may not hold a script */
	if (strncmp(s, "<svg", 4) != 0 || strstr(s, "<script") || strstr(s, "=\"nan") ||
	    strstr(s, "=\"-nan") || strstr(s, "=\"inf") || strstr(s, "=\"-inf"))
		abort();
	for (size_t a = 0; a < sizeof(attrs) / sizeof(attrs[0]); a++)
		for (const char *p = strstr(s, attrs[a]); p; p = strstr(p + 1, attrs[a]))
		{
			char *end;
			double v = strtod(p + strlen(attrs[a]), &end);

			if (*end != '"' || !(v >= 0) || v > 1e5)
				abort();
		}
}

static void
render(const mc_chart *c)
{
	mc_writer w;

	mc_w_init(&w, 256);
	mc_chart_svg(c, "t<'\"&>", true, &w);
	check_svg(&w);
	mc_w_free(&w);
	mc_w_init(&w, 256);
	mc_chart_to_json(c, &w);
	mc_w_free(&w);
}

static void
from_profiles(const uint8_t *data, size_t size)
{
	mc_profile *p = NULL, *q = NULL;
	mc_chart *c = NULL;
	size_t n1;
	int bins, top;
	const char *why;

	if (size < 3)
		return;
	bins = 1 + data[0] % 64;
	top = data[0] % 16;
	n1 = ((size_t) data[1] << 8) | data[2];
	data += 3;
	size -= 3;
	if (n1 > size)
		n1 = size;
	if (mc_profile_deserialize(data, n1, &p) != MC_OK)
		return;
	if (size > n1 && mc_profile_deserialize(data + n1, size - n1, &q) != MC_OK)
		q = NULL;
	if (mc_chart_from_profiles(p, q, bins, top, &c) == MC_OK)
	{
		if (mc_chart_validate(c, &why) != MC_OK)
			abort(); /* a chart of profiles is always valid */
		render(c);
		mc_chart_free(c);
	}
	mc_profile_free(p);
	if (q)
		mc_profile_free(q);
}

static void
from_fields(const uint8_t *data, size_t size)
{
	mc_reader r;
	mc_chart *c;
	int kind, nbars, nseries;
	const char *why;

	mc_r_init(&r, data, size);
	kind = mc_r_u8(&r) & 1 ? MC_CHART_CATEGORIES : MC_CHART_HISTOGRAM;
	nbars = mc_r_u8(&r) % 40;
	nseries = 1 + mc_r_u8(&r) % 2;
	c = mc_chart_new(kind, nbars, nseries);
	if (c == NULL)
		return;
	c->value_kind = kind == MC_CHART_HISTOGRAM ? MC_PROFILE_NUMERIC : MC_PROFILE_TEXT;
	for (int i = 0; kind == MC_CHART_HISTOGRAM && nbars > 0 && i <= nbars; i++)
		c->edges[i] = mc_r_f64(&r);
	for (int i = 0; kind == MC_CHART_CATEGORIES && i < nbars; i++)
	{
		size_t len = mc_r_u8(&r) % 8;
		const uint8_t *b = mc_r_bytes(&r, len);

		if (b != NULL)
			mc_chart_set_label(c, i, (const char *) b, len, mc_r_u8(&r) & 1);
	}
	c->hidden = mc_r_varint(&r);
	for (int s = 0; s < nseries; s++)
	{
		c->series[s].rows = mc_r_varint(&r);
		c->series[s].nulls = mc_r_varint(&r);
		c->series[s].nonfinite = mc_r_varint(&r);
		c->series[s].base = mc_r_varint(&r);
		c->series[s].other = mc_r_varint(&r);
		c->series[s].exact = mc_r_u8(&r) & 1;
		for (int i = 0; i < nbars; i++)
			c->series[s].counts[i] = mc_r_varint(&r);
	}
	if (mc_chart_validate(c, &why) == MC_OK)
		render(c);
	mc_chart_free(c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
		from_fields(data + 1, size - 1);
	else
		from_profiles(data + 1, size - 1);
	return 0;
}
