/* test_chart.c: unit tests of the report kernels (src/core/html.c, chart.c): the HTML escape,
 * number text, shared-bin histograms (numpy's bin rule, degenerate and overflowing ranges), top
 * categories, chart validation and JSON, and SVG sanity (sizes, finite non-negative geometry,
 * escaped labels) for empty, constant and ordinary inputs. */
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "html.h"
#include "tap.h"

/* the writer's content as a NUL-terminated string (the writer keeps owning it) */
static const char *
wstr(mc_writer *w)
{
	mc_w_u8(w, '\0');
	w->len--;
	return (const char *) w->buf;
}

static void
check_escape(const char *in, const char *want)
{
	mc_writer w;

	mc_w_init(&w, 4);
	mc_html_escape(&w, in, strlen(in));
	ok(strcmp(wstr(&w), want) == 0, "escape \"%s\" -> \"%s\" (got \"%s\")", in, want, wstr(&w));
	mc_w_free(&w);
}

static void
check_num(double v, const char *want)
{
	char buf[MC_NUM_BUFLEN];

	mc_fmt_num(v, buf);
	ok(strcmp(buf, want) == 0, "fmt_num %.17g -> %s (got %s)", v, want, buf);
}

static mc_profile *
numeric(const double *x, int n)
{
	mc_profile *p = mc_profile_new(MC_PROFILE_NUMERIC, MC_PROFILE_DEFAULT_EXACT_LIMIT);

	for (int i = 0; i < n; i++)
		mc_profile_add_f8(p, x[i]);
	return p;
}

static mc_profile *
texts(const char **x, int n)
{
	mc_profile *p = mc_profile_new(MC_PROFILE_TEXT, MC_PROFILE_DEFAULT_EXACT_LIMIT);

	for (int i = 0; i < n; i++)
	{
		if (x[i] == NULL)
			mc_profile_add_null(p);
		else
			mc_profile_add_text(p, (const uint8_t *) x[i], strlen(x[i]), 0, strlen(x[i]));
	}
	return p;
}

static int
counts_are(const mc_chart *c, int s, const uint64_t *want, int n)
{
	if (c->nbars != n)
		return 0;
	for (int i = 0; i < n; i++)
		if (c->series[s].counts[i] != want[i])
			return 0;
	return 1;
}

/*
 * Every numeric attribute of the SVG (x, y, width, height, x1..y2, viewBox) is finite and
 * non-negative, the root has explicit width/height/viewBox, and no "<script" appears.
 */
static int
svg_sane(const char *svg, const char *name)
{
	static const char *attrs[] = {" x=\"",  " y=\"",  " width=\"", " height=\"",
	                              " x1=\"", " y1=\"", " x2=\"",    " y2=\""};
	int good = 1;

	if (strncmp(svg, "<svg", 4) != 0 || strstr(svg, "viewBox=\"0 0 ") == NULL ||
	    strstr(svg, "<script") != NULL || strstr(svg, "nan") != NULL ||
	    strcmp(svg + strlen(svg) - 6, "</svg>") != 0)
		good = 0;
	for (size_t a = 0; a < sizeof(attrs) / sizeof(attrs[0]); a++)
		for (const char *p = strstr(svg, attrs[a]); p; p = strstr(p + 1, attrs[a]))
		{
			char *end;
			double v = strtod(p + strlen(attrs[a]), &end);

			if (*end != '"' || !(v >= 0) || v > 1e5)
			{
				printf("# %s: bad %s%.20s\n", name, attrs[a], p + strlen(attrs[a]));
				good = 0;
			}
		}
	return ok(good, "%s: SVG sized, finite, non-negative, no script", name);
}

static void
test_text(void)
{
	char buf[MC_NUM_BUFLEN];

	check_escape("", "");
	check_escape("plain", "plain");
	check_escape("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	check_escape("a&b \"c\" >", "a&amp;b &quot;c&quot; &gt;");
	check_escape("&amp;", "&amp;amp;");

	check_num(0.0, "0");
	check_num(-0.0, "0");
	check_num(6000, "6000");
	check_num(-3, "-3");
	check_num(0.08133333333333333, "0.08133");
	check_num(123.456, "123.5");
	check_num(9.99996, "10");
	check_num(999999.5, "1e6");
	check_num(0.5, "0.5");
	check_num(1e-12, "1e-12");
	check_num(-2.5e-7, "-2.5e-7");
	check_num(1234567.5, "1.235e6");
	check_num(2e20, "2e20");
	check_num(NAN, "NaN");
	check_num(INFINITY, "Infinity");
	check_num(-INFINITY, "-Infinity");

	mc_fmt_coord(-0.001, buf);
	ok(strcmp(buf, "0.00") == 0, "coord -0.001 -> 0.00 (got %s)", buf);
	mc_fmt_coord(NAN, buf);
	ok(strcmp(buf, "0.00") == 0, "coord NaN -> 0.00 (got %s)", buf);
	mc_fmt_coord(12.345, buf);
	ok(strcmp(buf, "12.35") == 0 || strcmp(buf, "12.34") == 0, "coord 12.345 (got %s)", buf);
	mc_fmt_pct(0.0, buf);
	ok(strcmp(buf, "0%") == 0, "pct 0 (got %s)", buf);
	mc_fmt_pct(0.0001, buf);
	ok(strcmp(buf, "<0.1%") == 0, "pct 0.0001 (got %s)", buf);
	mc_fmt_pct(0.034, buf);
	ok(strcmp(buf, "3.4%") == 0, "pct 0.034 (got %s)", buf);
	mc_fmt_pct(0.456, buf);
	ok(strcmp(buf, "46%") == 0, "pct 0.456 (got %s)", buf);
}

static void
test_histograms(void)
{
	mc_chart *c;
	mc_writer w;

	{
		/* numpy.histogram([1,2,3,4] and [3,4,5,5], 4, range=(1,5)) */
		double a[] = {1, 2, 3, 4}, b[] = {3, 4, 5, 5};
		uint64_t wa[] = {1, 1, 1, 1}, wb[] = {0, 0, 1, 3};
		mc_profile *pa = numeric(a, 4), *pb = numeric(b, 4);

		is_int(mc_chart_from_profiles(pa, pb, 4, 10, &c), MC_OK, "shared bins built");
		ok(counts_are(c, 0, wa, 4) && counts_are(c, 1, wb, 4), "shared bins: 1 1 1 1 / 0 0 1 3");
		is_double(c->edges[0], 1, 0, "first edge is the union min");
		is_double(c->edges[4], 5, 0, "last edge is the union max");
		mc_w_init(&w, 64);
		mc_chart_svg(c, "a <b>", true, &w);
		svg_sane(wstr(&w), "shared bins");
		ok(strstr(wstr(&w), "<title>a &lt;b&gt;</title>") != NULL, "title escaped");
		ok(strstr(wstr(&w), "xmlns=") != NULL, "standalone declares the namespace");
		mc_w_free(&w);
		mc_chart_free(c);
		mc_profile_free(pa);
		mc_profile_free(pb);
	}
	{
		/* i / 10 for i = 0..10 in 10 bins: numpy.histogram gives 1 1 2 0 1 2 1 0 1 2 (the values
		 * i / 10.0 and the edges 0 + i * 0.1 differ in the last bit: 3 / 10.0 < 3 * 0.1, so 0.3
		 * falls in bin 2; the last bin is closed) */
		double x[11];
		uint64_t want[] = {1, 1, 2, 0, 1, 2, 1, 0, 1, 2};
		mc_profile *p;

		for (int i = 0; i <= 10; i++)
			x[i] = i / 10.0;
		p = numeric(x, 11);
		mc_chart_from_profiles(p, NULL, 10, 0, &c);
		ok(counts_are(c, 0, want, 10), "tenths in 10 bins: numpy's counts");
		mc_chart_free(c);
		mc_profile_free(p);
	}
	{
		/* constant: numpy's range [v - 0.5, v + 0.5]; NULL / NaN / Inf are not binned */
		double x[] = {7, 7, 7, NAN, INFINITY};
		uint64_t want[] = {0, 3};
		mc_profile *p = numeric(x, 5);

		mc_profile_add_null(p);
		mc_chart_from_profiles(p, NULL, 2, 0, &c);
		ok(counts_are(c, 0, want, 2), "constant: 0 3");
		is_double(c->edges[0], 6.5, 0, "constant: lower edge v - 0.5");
		is_double(c->edges[2], 7.5, 0, "constant: upper edge v + 0.5");
		is_int((long long) c->series[0].nulls, 1, "constant: nulls");
		is_int((long long) c->series[0].nonfinite, 2, "constant: non-finite");
		is_int((long long) c->series[0].base, 3, "constant: base = finite values");
		mc_w_init(&w, 64);
		mc_chart_svg(c, NULL, false, &w);
		svg_sane(wstr(&w), "constant");
		ok(strstr(wstr(&w), "xmlns=") == NULL, "inline SVG has no namespace declaration");
		mc_w_free(&w);
		mc_chart_free(c);
		mc_profile_free(p);
	}
	{
		/* no finite value anywhere: no bars, still a sized SVG */
		double x[] = {NAN};
		mc_profile *p = numeric(x, 1), *q = numeric(x, 0);

		is_int(mc_chart_from_profiles(p, q, 20, 0, &c), MC_OK, "empty: built");
		is_int(c->nbars, 0, "empty: no bars");
		mc_w_init(&w, 64);
		mc_chart_svg(c, NULL, true, &w);
		svg_sane(wstr(&w), "empty");
		ok(strstr(wstr(&w), "no finite values") != NULL, "empty: says so");
		mc_w_free(&w);
		mc_chart_free(c);
		mc_profile_free(p);
		mc_profile_free(q);
	}
	{
		/* hi - lo overflows: edges still finite and increasing, values in the end bins */
		double x[] = {-1.7e308, 1.7e308};
		mc_profile *p = numeric(x, 2);
		const char *why;

		mc_chart_from_profiles(p, NULL, 20, 0, &c);
		is_int(c->nbars, 20, "overflowing range: 20 bins");
		is_int((long long) (c->series[0].counts[0] + c->series[0].counts[19]), 2,
		       "overflowing range: the two values in the end bins");
		is_int(mc_chart_validate(c, &why), MC_OK, "overflowing range: edges finite, increasing");
		mc_w_init(&w, 64);
		mc_chart_svg(c, NULL, true, &w);
		svg_sane(wstr(&w), "overflowing range");
		mc_w_free(&w);
		mc_chart_free(c);
		mc_profile_free(p);
	}
	{
		/* a range too narrow for 20 distinct edges, and a constant beyond 0.5's spacing */
		double x[] = {1e16, 1e16 + 2}, y[] = {1e300};
		mc_profile *p = numeric(x, 2), *q = numeric(y, 1);
		const char *why;

		mc_chart_from_profiles(p, NULL, 20, 0, &c);
		ok(c->nbars >= 1 && c->nbars < 20, "narrow range: fewer bins (%d)", c->nbars);
		is_int(mc_chart_validate(c, &why), MC_OK, "narrow range: edges strictly increasing");
		{
			uint64_t sum = 0;

			for (int i = 0; i < c->nbars; i++)
				sum += c->series[0].counts[i];
			is_int((long long) sum, 2, "narrow range: both values counted");
		}
		mc_chart_free(c);
		mc_chart_from_profiles(q, NULL, 20, 0, &c);
		is_int(c->nbars, 1, "huge constant: one bin");
		is_int(mc_chart_validate(c, &why), MC_OK, "huge constant: valid");
		is_int((long long) c->series[0].counts[0], 1, "huge constant: counted");
		mc_chart_free(c);
		mc_profile_free(p);
		mc_profile_free(q);
	}
	{
		double x[] = {1};
		mc_profile *p = numeric(x, 1);
		mc_profile *t = texts((const char *[]){"a"}, 1);

		is_int(mc_chart_from_profiles(p, NULL, 0, 0, &c), MC_ERR_RANGE, "bins 0 rejected");
		is_int(mc_chart_from_profiles(p, NULL, MC_CHART_MAX_BINS + 1, 0, &c), MC_ERR_RANGE,
		       "too many bins rejected");
		is_int(mc_chart_from_profiles(p, t, 10, 10, &c), MC_ERR_INVALID, "kinds must match");
		mc_profile_free(p);
		mc_profile_free(t);
	}
}

static void
test_categories(void)
{
	const char *a[] = {"a", "a", "b", "b", "b", "c", NULL};
	const char *b[] = {"b", "c", "c", "c", "<script>alert(1)</script>"};
	mc_profile *pa = texts(a, 7), *pb = texts(b, 5);
	mc_chart *c;
	mc_writer w;
	const char *svg;

	/* fractions: a 2/6 | 0, b 3/6 | 1/5, c 1/6 | 3/5, script 0 | 1/5: c, b, a, script */
	is_int(mc_chart_from_profiles(pa, pb, 10, 3, &c), MC_OK, "categories built");
	is_int(c->nbars, 3, "top 3 shown");
	ok(c->label_lens[0] == 1 && c->labels[0][0] == 'c', "first: c (3/5 current)");
	ok(c->label_lens[1] == 1 && c->labels[1][0] == 'b', "second: b (3/6 reference)");
	ok(c->label_lens[2] == 1 && c->labels[2][0] == 'a', "third: a (2/6 reference)");
	is_int((long long) c->hidden, 1, "one category hidden");
	is_int((long long) c->series[0].other, 0, "reference other 0");
	is_int((long long) c->series[1].other, 1, "current other 1 (the hidden category)");
	is_int((long long) c->series[0].nulls, 1, "reference nulls");
	is_int((long long) c->series[0].base, 6, "reference base = non-NULL values");
	mc_chart_free(c);

	mc_chart_from_profiles(pa, pb, 10, 10, &c);
	is_int(c->nbars, 4, "all 4 shown");
	mc_w_init(&w, 64);
	mc_chart_svg(c, "t", true, &w);
	svg = wstr(&w);
	svg_sane(svg, "categories");
	ok(strstr(svg, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL, "category escaped");
	mc_w_free(&w);
	mc_w_init(&w, 64);
	mc_chart_to_json(c, &w);
	ok(strstr(wstr(&w), "\"value\": \"<script>alert(1)</script>\"") != NULL,
	   "JSON keeps the value (escaping is the renderer's job)");
	mc_w_free(&w);
	mc_chart_free(c);

	/* no values at all */
	{
		const char *n[] = {NULL};
		mc_profile *pn = texts(n, 1);

		mc_chart_from_profiles(pn, NULL, 10, 10, &c);
		is_int(c->nbars, 0, "no values: no bars");
		mc_w_init(&w, 64);
		mc_chart_svg(c, NULL, true, &w);
		svg_sane(wstr(&w), "no values");
		mc_w_free(&w);
		mc_chart_free(c);
		mc_profile_free(pn);
	}
	mc_profile_free(pa);
	mc_profile_free(pb);
}

static void
test_validate(void)
{
	mc_chart *c = mc_chart_new(MC_CHART_HISTOGRAM, 2, 1);
	const char *why;

	c->edges[0] = 0;
	c->edges[1] = 1;
	c->edges[2] = 2;
	c->series[0].rows = 3;
	c->series[0].base = 3;
	c->series[0].counts[0] = 1;
	c->series[0].counts[1] = 2;
	is_int(mc_chart_validate(c, &why), MC_OK, "valid chart");
	c->edges[2] = 1;
	is_int(mc_chart_validate(c, &why), MC_ERR_INVALID, "equal edges rejected");
	c->edges[2] = NAN;
	is_int(mc_chart_validate(c, &why), MC_ERR_INVALID, "NaN edge rejected");
	c->edges[2] = 2;
	c->series[0].counts[1] = 3;
	is_int(mc_chart_validate(c, &why), MC_ERR_INVALID, "counts above base rejected");
	c->series[0].counts[1] = UINT64_MAX;
	is_int(mc_chart_validate(c, &why), MC_ERR_INVALID, "overflowing counts rejected");
	c->series[0].counts[1] = 2;
	c->series[0].nonfinite = UINT64_MAX;
	is_int(mc_chart_validate(c, &why), MC_ERR_INVALID, "overflowing series counts rejected");
	mc_chart_free(c);

	c = mc_chart_new(MC_CHART_CATEGORIES, 1, 1);
	c->series[0].rows = c->series[0].base = 1;
	is_int(mc_chart_validate(c, &why), MC_ERR_INVALID, "category without a label rejected");
	mc_chart_free(c);
}

static void
test_pairs(void)
{
	mc_pair_row rows[] = {
	    {"roc_auc", 7, 0.81, 0.85, true, true},
	    {"r2", 2, -0.2, 0.3, true, true},
	    {"<b>", 3, 0, 0, false, true},
	    {"zero", 4, 0, 0, true, true},
	    {"huge", 4, -1.7e308, 1.7e308, true, true},
	    {"nonfinite", 9, NAN, INFINITY, true, true},
	};
	mc_writer w;

	mc_w_init(&w, 64);
	mc_pairs_svg(rows, 6, "candidate", "baseline", NULL, true, &w);
	svg_sane(wstr(&w), "pairs");
	ok(strstr(wstr(&w), "&lt;b&gt;") != NULL, "metric name escaped");
	ok(strstr(wstr(&w), "candidate n/a") != NULL, "absent value printed as n/a");
	mc_w_free(&w);
	mc_w_init(&w, 64);
	mc_pairs_svg(rows, 0, "candidate", "baseline", NULL, false, &w);
	svg_sane(wstr(&w), "no pairs");
	mc_w_free(&w);
}

int
main(void)
{
	test_text();
	test_histograms();
	test_categories();
	test_validate();
	test_pairs();
	return done_testing();
}
