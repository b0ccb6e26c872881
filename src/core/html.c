/* html.c: the one HTML escape of the report, text appends and number text (see html.h). */
#include "html.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
mc_html_escape(mc_writer *w, const char *s, size_t len)
{
	size_t start = 0;

	for (size_t i = 0; i < len; i++)
	{
		const char *rep;

		switch (s[i])
		{
			case '&':
				rep = "&amp;";
				break;
			case '<':
				rep = "&lt;";
				break;
			case '>':
				rep = "&gt;";
				break;
			case '"':
				rep = "&quot;";
				break;
			case '\'':
				rep = "&#39;";
				break;
			default:
				continue;
		}
		mc_w_bytes(w, s + start, i - start);
		mc_w_str(w, rep);
		start = i + 1;
	}
	mc_w_bytes(w, s + start, len - start);
}

void
mc_w_str(mc_writer *w, const char *s)
{
	mc_w_bytes(w, s, strlen(s));
}

void
mc_w_printf(mc_writer *w, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
	{
		w->failed = true;
		return;
	}
	if ((size_t) n < sizeof(small))
	{
		mc_w_bytes(w, small, (size_t) n);
		return;
	}
	if (!mc_w_reserve(w, (size_t) n + 1))
		return;
	va_start(ap, fmt);
	vsnprintf((char *) w->buf + w->len, (size_t) n + 1, fmt, ap);
	va_end(ap);
	w->len += (size_t) n;
}

/* Removes trailing zeros of a fraction, and the point when nothing is left after it. */
static size_t
strip_zeros(char *s, size_t len)
{
	if (memchr(s, '.', len) == NULL)
		return len;
	while (len > 0 && s[len - 1] == '0')
		len--;
	if (len > 0 && s[len - 1] == '.')
		len--;
	s[len] = '\0';
	return len;
}

size_t
mc_fmt_num(double v, char *buf)
{
	char sci[MC_NUM_BUFLEN];
	char *e;
	int exp10;
	size_t len;

	if (isnan(v))
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "NaN");
	if (isinf(v))
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, v > 0 ? "Infinity" : "-Infinity");
	if (v == 0.0)
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "0");
	if (fabs(v) < 1e15 && v == trunc(v))
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%.0f", v);

	/* the decimal exponent after rounding to 4 significant digits (9.9996 -> 1.000e+01) */
	snprintf(sci, sizeof(sci), "%.3e", v);
	e = strchr(sci, 'e');
	exp10 = atoi(e + 1);
	if (exp10 >= -4 && exp10 < 6)
	{
		len = (size_t) snprintf(buf, MC_NUM_BUFLEN, "%.*f", 3 - exp10 > 0 ? 3 - exp10 : 0, v);
		len = strip_zeros(buf, len);
		if (strcmp(buf, "-0") == 0)
			return (size_t) snprintf(buf, MC_NUM_BUFLEN, "0");
		return len;
	}
	*e = '\0';
	len = strip_zeros(sci, strlen(sci));
	return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%.*se%d", (int) len, sci, exp10);
}

size_t
mc_fmt_coord(double v, char *buf)
{
	if (!isfinite(v) || fabs(v) < 0.005)
		v = 0.0;
	return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%.2f", v);
}

size_t
mc_fmt_pct(double frac, char *buf)
{
	double p = frac * 100.0;

	if (!isfinite(p))
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%s", isnan(p) ? "NaN" : "n/a");
	if (p == 0.0)
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "0%%");
	if (fabs(p) < 0.05)
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%s0.1%%", p > 0 ? "<" : ">-");
	if (fabs(p) < 9.95)
		return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%.1f%%", p);
	return (size_t) snprintf(buf, MC_NUM_BUFLEN, "%.0f%%", p);
}
