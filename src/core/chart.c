/*
 * chart.c: distribution charts of profiles (shared histogram bins, top categories), their JSON
 * and their SVG; candidate / baseline bar pairs (see chart.h).
 */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

/* colours: reference / baseline blue, current / candidate orange (Tableau 10) */
#define COLOR_REF "#4c78a8"
#define COLOR_CUR "#f58518"

/* ---------------------------------------------------------------- life cycle */

mc_chart *
mc_chart_new(mc_chart_kind kind, int nbars, int nseries)
{
	mc_chart *c;
	size_t nb = nbars > 0 ? (size_t) nbars : 0;

	if (nbars < 0 || nseries < 1 || nseries > MC_CHART_MAX_SERIES)
		return NULL;
	c = mc_alloc(sizeof(mc_chart));
	if (c == NULL)
		return NULL;
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->nbars = nbars;
	c->nseries = nseries;
	if (kind == MC_CHART_HISTOGRAM && nb > 0)
	{
		c->edges = mc_alloc_array(nb + 1, sizeof(double));
		if (c->edges == NULL)
			goto fail;
	}
	if (kind == MC_CHART_CATEGORIES && nb > 0)
	{
		c->labels = mc_alloc_array(nb, sizeof(char *));
		c->label_lens = mc_alloc_array(nb, sizeof(size_t));
		c->truncated = mc_alloc_array(nb, sizeof(bool));
		if (c->labels == NULL || c->label_lens == NULL || c->truncated == NULL)
			goto fail;
		memset(c->labels, 0, nb * sizeof(char *));
		memset(c->label_lens, 0, nb * sizeof(size_t));
		memset(c->truncated, 0, nb * sizeof(bool));
	}
	for (int s = 0; s < nseries; s++)
	{
		c->series[s].counts = mc_alloc_array(nb > 0 ? nb : 1, sizeof(uint64_t));
		if (c->series[s].counts == NULL)
			goto fail;
		memset(c->series[s].counts, 0, (nb > 0 ? nb : 1) * sizeof(uint64_t));
	}
	return c;
fail:
	mc_chart_free(c);
	return NULL;
}

void
mc_chart_free(mc_chart *c)
{
	if (c == NULL)
		return;
	if (c->edges)
		mc_free(c->edges);
	if (c->labels)
	{
		for (int i = 0; i < c->nbars; i++)
			if (c->labels[i])
				mc_free(c->labels[i]);
		mc_free(c->labels);
	}
	if (c->label_lens)
		mc_free(c->label_lens);
	if (c->truncated)
		mc_free(c->truncated);
	for (int s = 0; s < MC_CHART_MAX_SERIES; s++)
		if (c->series[s].counts)
			mc_free(c->series[s].counts);
	mc_free(c);
}

mc_status
mc_chart_set_label(mc_chart *c, int i, const char *s, size_t len, bool truncated)
{
	char *copy;

	if (c->kind != MC_CHART_CATEGORIES || i < 0 || i >= c->nbars)
		return MC_ERR_INVALID;
	if (len > MC_CHART_MAX_LABEL)
	{
		len = MC_CHART_MAX_LABEL;
		truncated = true;
	}
	copy = mc_alloc(len + 1);
	if (copy == NULL)
		return MC_ERR_NOMEM;
	memcpy(copy, s, len);
	copy[len] = '\0';
	if (c->labels[i])
		mc_free(c->labels[i]);
	c->labels[i] = copy;
	c->label_lens[i] = len;
	c->truncated[i] = truncated;
	return MC_OK;
}

/* ---------------------------------------------------------------- histograms */

/* Edges of `bins` equal-width bins over [lo, hi] (lo < hi, both finite), numpy.linspace style. */
static void
fill_edges(double *e, int bins, double lo, double hi)
{
	double width = hi - lo;

	if (isfinite(width))
	{
		double step = width / bins;

		for (int i = 0; i < bins; i++)
			e[i] = lo + i * step;
	}
	else
	{
		/* hi - lo overflows (e.g. -1e308 .. 1e308): interpolate without forming the width */
		for (int i = 0; i < bins; i++)
		{
			double t = (double) i / bins;

			e[i] = lo * (1.0 - t) + hi * t;
		}
	}
	e[bins] = hi;
}

static bool
strictly_increasing(const double *e, int n)
{
	for (int i = 0; i < n; i++)
		if (!(e[i] < e[i + 1]))
			return false;
	return true;
}

/*
 * Bin of x in [e_0, e_bins] as numpy.histogram computes it for equal bins: the index from the
 * scaled offset, then one step down when x is below its bin's lower edge, or up when it reaches
 * the next edge (not for the last, closed bin).
 */
static int
bin_of(double x, const double *e, int bins)
{
	double lo = e[0], hi = e[bins];
	double f;
	long i;

	if (isfinite(hi - lo))
		f = (x - lo) / (hi - lo) * bins;
	else
		f = (x / 2 - lo / 2) / (hi / 2 - lo / 2) * bins;
	if (!(f >= 0))
		f = 0;
	i = f >= bins ? bins - 1 : (long) f;
	if (x < e[i] && i > 0)
		i--;
	else if (i != bins - 1 && x >= e[i + 1])
		i++;
	return (int) i;
}

static mc_status
histogram_chart(mc_profile **ps, int np, int bins, mc_chart **out)
{
	mc_profile_stats st[MC_CHART_MAX_SERIES];
	double lo = INFINITY, hi = -INFINITY;
	double *edges = NULL;
	mc_chart *c;

	for (int s = 0; s < np; s++)
	{
		mc_profile_get_stats(ps[s], &st[s]);
		if (st[s].finite_count > 0)
		{
			lo = st[s].min < lo ? st[s].min : lo;
			hi = st[s].max > hi ? st[s].max : hi;
		}
	}
	if (lo > hi)
		bins = 0; /* no finite value anywhere */
	else
	{
		if (lo == hi)
		{
			double l2 = lo - 0.5, h2 = hi + 0.5;

			if (l2 < h2)
				lo = l2, hi = h2;
			else
			{
				/* |value| so large that 0.5 is below its spacing: one bin between neighbours */
				lo = nextafter(lo, -INFINITY);
				hi = nextafter(hi, INFINITY);
				bins = 1;
			}
		}
		edges = mc_alloc_array((size_t) bins + 1, sizeof(double));
		if (edges == NULL)
			return MC_ERR_NOMEM;
		/* a range too narrow for the doubles to separate every edge gets fewer bins */
		for (;;)
		{
			fill_edges(edges, bins, lo, hi);
			if (bins == 1 || strictly_increasing(edges, bins))
				break;
			bins /= 2;
		}
	}

	c = mc_chart_new(MC_CHART_HISTOGRAM, bins, np);
	if (c == NULL)
	{
		if (edges)
			mc_free(edges);
		return MC_ERR_NOMEM;
	}
	c->value_kind = MC_PROFILE_NUMERIC;
	if (bins > 0)
		memcpy(c->edges, edges, ((size_t) bins + 1) * sizeof(double));
	if (edges)
		mc_free(edges);

	for (int s = 0; s < np; s++)
	{
		mc_chart_series *se = &c->series[s];

		se->rows = st[s].null_count + st[s].value_count;
		se->nulls = st[s].null_count;
		se->nonfinite = st[s].nan_count + st[s].posinf_count + st[s].neginf_count;
		se->base = st[s].finite_count;
		se->exact = st[s].exact;
		if (bins > 0 && st[s].finite_count > 0)
		{
			const double *v;
			const uint64_t *w;
			size_t n;
			mc_status rc = mc_profile_values(ps[s], &v, &w, &n);

			if (rc != MC_OK)
			{
				mc_chart_free(c);
				return rc;
			}
			for (size_t k = 0; k < n; k++)
			{
				if ((k & 0xFFFF) == 0)
					mc_check_interrupts();
				se->counts[bin_of(v[k], c->edges, bins)] += w[k];
			}
		}
	}
	*out = c;
	return MC_OK;
}

/* ---------------------------------------------------------------- categories */

typedef struct cat_entry
{
	const mc_category *cat;
	int series;
} cat_entry;

typedef struct cat_union
{
	const mc_category *cat;
	uint64_t count[MC_CHART_MAX_SERIES];
	double score; /* largest fraction over the series */
} cat_union;

/* the identity of a category: its bytes, and its full-value hash when truncated */
static int
cat_identity_cmp(const mc_category *a, const mc_category *b)
{
	size_t m = a->len < b->len ? a->len : b->len;
	int r = m > 0 ? memcmp(a->value, b->value, m) : 0;

	if (r != 0)
		return r;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->truncated != b->truncated)
		return a->truncated ? 1 : -1;
	if (a->truncated && a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return 0;
}

static int
entry_cmp(const void *pa, const void *pb)
{
	const cat_entry *a = pa, *b = pb;
	int r = cat_identity_cmp(a->cat, b->cat);

	if (r != 0)
		return r;
	return a->series - b->series;
}

static int
union_cmp(const void *pa, const void *pb)
{
	const cat_union *a = pa, *b = pb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return cat_identity_cmp(a->cat, b->cat);
}

static mc_status
category_chart(mc_profile **ps, int np, int top, mc_chart **out)
{
	mc_profile_stats st[MC_CHART_MAX_SERIES];
	const mc_category *items[MC_CHART_MAX_SERIES];
	size_t nitems[MC_CHART_MAX_SERIES];
	size_t total = 0, nu = 0;
	cat_entry *ent = NULL;
	cat_union *un = NULL;
	mc_chart *c = NULL;
	mc_status rc = MC_OK;
	int shown;

	for (int s = 0; s < np; s++)
	{
		uint64_t other;

		mc_profile_get_stats(ps[s], &st[s]);
		rc = mc_profile_categories(ps[s], &items[s], &nitems[s], &other);
		if (rc != MC_OK)
			return rc;
		total += nitems[s];
	}
	ent = mc_alloc_array(total > 0 ? total : 1, sizeof(cat_entry));
	un = mc_alloc_array(total > 0 ? total : 1, sizeof(cat_union));
	if (ent == NULL || un == NULL)
	{
		rc = MC_ERR_NOMEM;
		goto done;
	}
	total = 0;
	for (int s = 0; s < np; s++)
		for (size_t k = 0; k < nitems[s]; k++)
		{
			ent[total].cat = &items[s][k];
			ent[total].series = s;
			total++;
		}
	qsort(ent, total, sizeof(cat_entry), entry_cmp);
	for (size_t k = 0; k < total; k++)
	{
		if (nu == 0 || cat_identity_cmp(un[nu - 1].cat, ent[k].cat) != 0)
		{
			memset(&un[nu], 0, sizeof(cat_union));
			un[nu].cat = ent[k].cat;
			nu++;
		}
		un[nu - 1].count[ent[k].series] += ent[k].cat->count;
	}
	for (size_t u = 0; u < nu; u++)
		for (int s = 0; s < np; s++)
		{
			double f = st[s].value_count > 0 ? (double) un[u].count[s] / st[s].value_count : 0.0;

			if (f > un[u].score)
				un[u].score = f;
		}
	qsort(un, nu, sizeof(cat_union), union_cmp);

	shown = (size_t) top < nu ? top : (int) nu;
	c = mc_chart_new(MC_CHART_CATEGORIES, shown, np);
	if (c == NULL)
	{
		rc = MC_ERR_NOMEM;
		goto done;
	}
	c->value_kind = st[0].kind;
	c->hidden = nu - (size_t) shown;
	for (int i = 0; i < shown; i++)
	{
		rc = mc_chart_set_label(c, i, (const char *) un[i].cat->value, un[i].cat->len,
		                        un[i].cat->truncated);
		if (rc != MC_OK)
			goto done;
	}
	for (int s = 0; s < np; s++)
	{
		mc_chart_series *se = &c->series[s];
		uint64_t sum = 0;

		se->rows = st[s].null_count + st[s].value_count;
		se->nulls = st[s].null_count;
		se->base = st[s].value_count;
		se->exact = st[s].exact;
		for (int i = 0; i < shown; i++)
		{
			se->counts[i] = un[i].count[s];
			sum += un[i].count[s];
		}
		se->other = se->base > sum ? se->base - sum : 0;
	}
done:
	if (ent)
		mc_free(ent);
	if (un)
		mc_free(un);
	if (rc != MC_OK)
	{
		mc_chart_free(c);
		return rc;
	}
	*out = c;
	return MC_OK;
}

mc_status
mc_chart_from_profiles(mc_profile *ref, mc_profile *cur, int bins, int top, mc_chart **out)
{
	mc_profile *ps[MC_CHART_MAX_SERIES] = {ref, cur};
	int np = cur ? 2 : 1;
	mc_profile_kind kind = mc_profile_kind_of(ref);

	*out = NULL;
	if (cur && mc_profile_kind_of(cur) != kind)
		return MC_ERR_INVALID;
	if (kind == MC_PROFILE_NUMERIC)
	{
		if (bins < 1 || bins > MC_CHART_MAX_BINS)
			return MC_ERR_RANGE;
		return histogram_chart(ps, np, bins, out);
	}
	if (top < 0 || top > MC_CHART_MAX_CATEGORIES)
		return MC_ERR_RANGE;
	return category_chart(ps, np, top, out);
}

/* ---------------------------------------------------------------- validation */

mc_status
mc_chart_validate(const mc_chart *c, const char **why)
{
	*why = NULL;
	if (c->kind != MC_CHART_HISTOGRAM && c->kind != MC_CHART_CATEGORIES)
		*why = "unknown chart kind";
	else if (c->nseries < 1 || c->nseries > MC_CHART_MAX_SERIES)
		*why = "a chart has one or two series";
	else if (c->nbars < 0 || c->nbars > (c->kind == MC_CHART_HISTOGRAM ? MC_CHART_MAX_BINS
	                                                                   : MC_CHART_MAX_CATEGORIES))
		*why = "too many bars";
	else if (c->kind == MC_CHART_HISTOGRAM && c->nbars > 0)
	{
		for (int i = 0; i <= c->nbars && !*why; i++)
			if (!isfinite(c->edges[i]))
				*why = "edges must be finite numbers";
		if (!*why && !strictly_increasing(c->edges, c->nbars))
			*why = "edges must be strictly increasing";
	}
	else if (c->kind == MC_CHART_CATEGORIES)
	{
		for (int i = 0; i < c->nbars && !*why; i++)
			if (c->labels[i] == NULL)
				*why = "every category needs a value";
	}
	for (int s = 0; s < c->nseries && !*why; s++)
	{
		const mc_chart_series *se = &c->series[s];
		uint64_t sum = se->other;

		if (se->nulls > se->rows || se->base > se->rows - se->nulls ||
		    se->nonfinite > se->rows - se->nulls - se->base)
			*why = "series counts do not add up (base + nulls + nonfinite > rows)";
		for (int i = 0; i < c->nbars && !*why; i++)
		{
			if (se->counts[i] > se->base || sum + se->counts[i] < sum)
				*why = "a bar count exceeds the series base";
			sum += se->counts[i];
		}
		if (!*why && sum > se->base)
			*why = "the bar counts of a series exceed its base";
	}
	return *why ? MC_ERR_INVALID : MC_OK;
}

/* ---------------------------------------------------------------- JSON */

/* a JSON string of bytes: " \ and control characters escaped, the rest as is */
static void
json_str(mc_writer *w, const char *s, size_t len)
{
	mc_w_u8(w, '"');
	for (size_t i = 0; i < len; i++)
	{
		unsigned char ch = (unsigned char) s[i];

		if (ch == '"' || ch == '\\')
		{
			mc_w_u8(w, '\\');
			mc_w_u8(w, ch);
		}
		else if (ch < 0x20)
			mc_w_printf(w, "\\u%04x", ch);
		else
			mc_w_u8(w, ch);
	}
	mc_w_u8(w, '"');
}

/* a finite double as JSON, shortest form that reads back the same (%.17g, trimmed) */
static void
json_double(mc_writer *w, double v)
{
	char buf[40];

	for (int prec = 15; prec <= 17; prec++)
	{
		snprintf(buf, sizeof(buf), "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	mc_w_str(w, buf);
}

static const char *series_names[2][2] = {{"profile", NULL}, {"reference", "current"}};

void
mc_chart_to_json(const mc_chart *c, mc_writer *w)
{
	mc_w_printf(w, "{\"format\": %d, \"chart\": \"%s\", \"kind\": \"%s\", ",
	            MC_CHART_FORMAT_VERSION, c->kind == MC_CHART_HISTOGRAM ? "histogram" : "categories",
	            mc_profile_kind_name(c->value_kind));
	if (c->kind == MC_CHART_HISTOGRAM)
	{
		mc_w_str(w, "\"edges\": [");
		for (int i = 0; c->nbars > 0 && i <= c->nbars; i++)
		{
			if (i > 0)
				mc_w_str(w, ", ");
			json_double(w, c->edges[i]);
		}
		mc_w_str(w, "], ");
	}
	else
	{
		mc_w_str(w, "\"categories\": [");
		for (int i = 0; i < c->nbars; i++)
		{
			mc_w_str(w, i > 0 ? ", {\"value\": " : "{\"value\": ");
			json_str(w, c->labels[i], c->label_lens[i]);
			mc_w_printf(w, ", \"truncated\": %s}", c->truncated[i] ? "true" : "false");
		}
		mc_w_printf(w, "], \"hidden_categories\": %llu, ", (unsigned long long) c->hidden);
	}
	mc_w_str(w, "\"series\": [");
	for (int s = 0; s < c->nseries; s++)
	{
		const mc_chart_series *se = &c->series[s];

		mc_w_printf(w,
		            "%s{\"name\": \"%s\", \"rows\": %llu, \"nulls\": %llu, \"nonfinite\": %llu, "
		            "\"base\": %llu, \"other\": %llu, \"exact\": %s, \"counts\": [",
		            s > 0 ? ", " : "", series_names[c->nseries - 1][s],
		            (unsigned long long) se->rows, (unsigned long long) se->nulls,
		            (unsigned long long) se->nonfinite, (unsigned long long) se->base,
		            (unsigned long long) se->other, se->exact ? "true" : "false");
		for (int i = 0; i < c->nbars; i++)
			mc_w_printf(w, "%s%llu", i > 0 ? ", " : "", (unsigned long long) se->counts[i]);
		mc_w_str(w, "]}");
	}
	mc_w_str(w, "]}");
}

/* ---------------------------------------------------------------- SVG helpers */

static void
w_coord(mc_writer *w, double v)
{
	char buf[MC_NUM_BUFLEN];

	mc_fmt_coord(v < 0 ? 0 : v, buf);
	mc_w_str(w, buf);
}

static void
w_num(mc_writer *w, double v)
{
	char buf[MC_NUM_BUFLEN];

	mc_fmt_num(v, buf);
	mc_w_str(w, buf);
}

static void
w_pct(mc_writer *w, double v)
{
	char buf[MC_NUM_BUFLEN];

	mc_fmt_pct(v, buf);
	mc_w_str(w, buf);
}

static void
w_count(mc_writer *w, uint64_t v)
{
	mc_w_printf(w, "%llu", (unsigned long long) v);
}

/* <rect> with coordinates clamped to be finite and sizes non-negative */
static void
w_rect(mc_writer *w, double x, double y, double width, double height)
{
	mc_w_str(w, "<rect x=\"");
	w_coord(w, x);
	mc_w_str(w, "\" y=\"");
	w_coord(w, y);
	mc_w_str(w, "\" width=\"");
	w_coord(w, width);
	mc_w_str(w, "\" height=\"");
	w_coord(w, height);
	mc_w_str(w, "\"");
}

static void
w_text_open(mc_writer *w, double x, double y, const char *anchor)
{
	mc_w_str(w, "<text x=\"");
	w_coord(w, x);
	mc_w_str(w, "\" y=\"");
	w_coord(w, y);
	mc_w_str(w, "\"");
	if (anchor)
		mc_w_printf(w, " text-anchor=\"%s\"", anchor);
	mc_w_str(w, ">");
}

static void
w_line(mc_writer *w, double x1, double y1, double x2, double y2, const char *stroke)
{
	mc_w_str(w, "<line x1=\"");
	w_coord(w, x1);
	mc_w_str(w, "\" y1=\"");
	w_coord(w, y1);
	mc_w_str(w, "\" x2=\"");
	w_coord(w, x2);
	mc_w_str(w, "\" y2=\"");
	w_coord(w, y2);
	mc_w_printf(w, "\" stroke=\"%s\"/>", stroke);
}

static void
svg_open(mc_writer *w, double width, double height, const char *title, const char *deflt,
         bool standalone)
{
	const char *t = title && *title ? title : deflt;

	mc_w_str(w, "<svg");
	if (standalone)
		mc_w_str(w, " xmlns=\"http://www.w3.org/2000/svg\"");
	mc_w_str(w, " class=\"mlcheck-chart\" width=\"");
	w_coord(w, width);
	mc_w_str(w, "\" height=\"");
	w_coord(w, height);
	mc_w_str(w, "\" viewBox=\"0 0 ");
	w_coord(w, width);
	mc_w_str(w, " ");
	w_coord(w, height);
	mc_w_str(w, "\" role=\"img\" aria-label=\"");
	mc_html_escape(w, t, strlen(t));
	mc_w_str(w, "\" font-family=\"sans-serif\" font-size=\"11\"><title>");
	mc_html_escape(w, t, strlen(t));
	mc_w_str(w, "</title>");
}

/* The smallest "nice" axis maximum >= v (v in (0, 1] for fractions; any v > 0 works). */
static double
nice_max(double v)
{
	static const double steps[] = {1.0, 2.0, 2.5, 5.0, 10.0};
	double p;

	if (!(v > 0) || !isfinite(v))
		return 1.0;
	p = pow(10.0, floor(log10(v)));
	for (int i = 0; i < 5; i++)
		if (steps[i] * p >= v * (1 - 1e-12))
			return steps[i] * p;
	return 10.0 * p;
}

/* legend entry: colour box and a line of text about the series */
static void
legend(mc_writer *w, const mc_chart *c, int s, double x, double y)
{
	const mc_chart_series *se = &c->series[s];
	const char *color = (c->nseries == 2 && s == 1) ? COLOR_CUR : COLOR_REF;

	w_rect(w, x, y - 9, 10, 10);
	mc_w_printf(w, " fill=\"%s\" fill-opacity=\"0.6\"/>", color);
	w_text_open(w, x + 14, y, NULL);
	mc_w_str(w, series_names[c->nseries - 1][s]);
	mc_w_str(w, ": ");
	w_count(w, se->base);
	mc_w_str(w, c->kind == MC_CHART_HISTOGRAM ? " finite values" : " values");
	if (se->nulls > 0 || se->nonfinite > 0)
	{
		mc_w_str(w, " (");
		if (se->nulls > 0)
		{
			w_count(w, se->nulls);
			mc_w_str(w, " NULL");
		}
		if (se->nonfinite > 0)
		{
			mc_w_str(w, se->nulls > 0 ? ", " : "");
			w_count(w, se->nonfinite);
			mc_w_str(w, " NaN/Inf");
		}
		mc_w_str(w, ")");
	}
	if (!se->exact)
		mc_w_str(w, ", sketch");
	mc_w_str(w, "</text>");
}

static double
frac(uint64_t n, uint64_t base)
{
	return base > 0 ? (double) n / (double) base : 0.0;
}

/* ---------------------------------------------------------------- histogram SVG */

#define CH_W   560.0
#define CH_L   64.0  /* left margin (y labels) */
#define CH_R   16.0  /* right margin */
#define CH_TOP 30.0  /* legend above the plot */
#define CH_PH  180.0 /* plot height */
#define CH_BOT 30.0  /* x labels below */

static void
histogram_svg(const mc_chart *c, const char *title, bool standalone, mc_writer *w)
{
	double x0 = CH_L, x1 = CH_W - CH_R, y0 = CH_TOP, y1 = CH_TOP + CH_PH;
	double height = CH_TOP + CH_PH + CH_BOT;
	double ymax = 0, bw;

	svg_open(w, CH_W, height, title, "histogram", standalone);
	for (int s = 0; s < c->nseries; s++)
		legend(w, c, s, 8 + s * (CH_W / 2), 16);
	w_line(w, x0, y1, x1, y1, "#888");
	if (c->nbars == 0)
	{
		w_text_open(w, (x0 + x1) / 2, (y0 + y1) / 2, "middle");
		mc_w_str(w, "no finite values</text></svg>");
		return;
	}
	for (int s = 0; s < c->nseries; s++)
		for (int i = 0; i < c->nbars; i++)
		{
			double f = frac(c->series[s].counts[i], c->series[s].base);

			ymax = f > ymax ? f : ymax;
		}
	ymax = nice_max(ymax);
	for (int k = 0; k <= 2; k++)
	{
		double y = y1 - (y1 - y0) * k / 2.0;

		if (k > 0)
			w_line(w, x0, y, x1, y, "#e4e4e4");
		w_text_open(w, x0 - 6, y + 4, "end");
		w_pct(w, ymax * k / 2.0);
		mc_w_str(w, "</text>");
	}
	bw = (x1 - x0) / c->nbars;
	for (int s = 0; s < c->nseries; s++)
	{
		const mc_chart_series *se = &c->series[s];

		mc_w_printf(w, "<g fill=\"%s\" fill-opacity=\"0.55\">",
		            (c->nseries == 2 && s == 1) ? COLOR_CUR : COLOR_REF);
		for (int i = 0; i < c->nbars; i++)
		{
			double f = frac(se->counts[i], se->base);
			double h = f / ymax * (y1 - y0);

			if (se->counts[i] == 0)
				continue;
			if (h > y1 - y0)
				h = y1 - y0;
			w_rect(w, x0 + i * bw, y1 - h, bw >= 4 ? bw - 1 : bw, h);
			mc_w_str(w, "><title>");
			mc_w_str(w, "[");
			w_num(w, c->edges[i]);
			mc_w_str(w, ", ");
			w_num(w, c->edges[i + 1]);
			mc_w_str(w, i == c->nbars - 1 ? "]: " : "): ");
			mc_w_str(w, series_names[c->nseries - 1][s]);
			mc_w_str(w, " ");
			w_pct(w, f);
			mc_w_str(w, " (");
			w_count(w, se->counts[i]);
			mc_w_str(w, " of ");
			w_count(w, se->base);
			mc_w_str(w, ")</title></rect>");
		}
		mc_w_str(w, "</g>");
	}
	/* x labels: first, middle and last edge */
	w_text_open(w, x0, y1 + 16, "start");
	w_num(w, c->edges[0]);
	mc_w_str(w, "</text>");
	if (c->nbars >= 2)
	{
		w_text_open(w, x0 + (c->nbars / 2) * bw, y1 + 16, "middle");
		w_num(w, c->edges[c->nbars / 2]);
		mc_w_str(w, "</text>");
	}
	w_text_open(w, x1, y1 + 16, "end");
	w_num(w, c->edges[c->nbars]);
	mc_w_str(w, "</text></svg>");
}

/* ---------------------------------------------------------------- categories SVG */

#define CAT_LABEL_W 150.0 /* label column */
#define CAT_BAR_X   162.0 /* bars start */
#define CAT_BAR_W   330.0 /* longest bar */
#define CAT_BAR_H   10.0
#define CAT_GAP     8.0

/* a label clipped to its column by a nested <svg>, the whole value in a tooltip */
static void
clipped_label(mc_writer *w, double y, double h, const char *s, size_t len, bool truncated,
              bool italic)
{
	mc_w_str(w, "<svg x=\"4\" y=\"");
	w_coord(w, y);
	mc_w_str(w, "\" width=\"");
	w_coord(w, CAT_LABEL_W);
	mc_w_str(w, "\" height=\"");
	w_coord(w, h);
	mc_w_str(w, "\"><text x=\"0\" y=\"");
	w_coord(w, h / 2 + 4);
	mc_w_printf(w, "\"%s><title>", italic ? " font-style=\"italic\"" : "");
	mc_html_escape(w, s, len);
	if (truncated)
		mc_w_str(w, "&#8230;");
	mc_w_str(w, "</title>");
	mc_html_escape(w, s, len);
	if (truncated)
		mc_w_str(w, "&#8230;");
	mc_w_str(w, "</text></svg>");
}

static void
categories_svg(const mc_chart *c, const char *title, bool standalone, mc_writer *w)
{
	bool any_other = false;
	int rows;
	double rh = c->nseries * CAT_BAR_H + CAT_GAP;
	double y0 = CH_TOP, height, xmax = 0;
	char hidden_label[96];

	for (int s = 0; s < c->nseries; s++)
		any_other = any_other || c->series[s].other > 0;
	rows = c->nbars + (any_other ? 1 : 0);
	height = CH_TOP + (rows > 0 ? rows : 1) * rh + CH_BOT;
	svg_open(w, CH_W, height, title, "category chart", standalone);
	for (int s = 0; s < c->nseries; s++)
		legend(w, c, s, 8 + s * (CH_W / 2), 16);
	if (rows == 0)
	{
		w_text_open(w, CH_W / 2, y0 + rh / 2 + 4, "middle");
		mc_w_str(w, "no values</text></svg>");
		return;
	}
	for (int s = 0; s < c->nseries; s++)
	{
		const mc_chart_series *se = &c->series[s];

		for (int i = 0; i < c->nbars; i++)
			xmax = frac(se->counts[i], se->base) > xmax ? frac(se->counts[i], se->base) : xmax;
		xmax = frac(se->other, se->base) > xmax ? frac(se->other, se->base) : xmax;
	}
	xmax = nice_max(xmax);
	for (int k = 0; k <= 2; k++)
	{
		double x = CAT_BAR_X + CAT_BAR_W * k / 2.0;

		w_line(w, x, y0, x, y0 + rows * rh, k == 0 ? "#888" : "#e4e4e4");
		w_text_open(w, x, y0 + rows * rh + 16, "middle");
		w_pct(w, xmax * k / 2.0);
		mc_w_str(w, "</text>");
	}
	if (c->hidden > 0)
		snprintf(hidden_label, sizeof(hidden_label), "other (%llu more)",
		         (unsigned long long) c->hidden);
	else
		snprintf(hidden_label, sizeof(hidden_label), "other");
	for (int r = 0; r < rows; r++)
	{
		double y = y0 + r * rh + CAT_GAP / 2;
		bool is_other = r == c->nbars;

		if (is_other)
			clipped_label(w, y, c->nseries * CAT_BAR_H, hidden_label, strlen(hidden_label), false,
			              true);
		else
			clipped_label(w, y, c->nseries * CAT_BAR_H, c->labels[r], c->label_lens[r],
			              c->truncated[r], false);
		for (int s = 0; s < c->nseries; s++)
		{
			const mc_chart_series *se = &c->series[s];
			uint64_t n = is_other ? se->other : se->counts[r];
			double f = frac(n, se->base);
			double len = f / xmax * CAT_BAR_W;
			double by = y + s * CAT_BAR_H;

			if (len > CAT_BAR_W)
				len = CAT_BAR_W;
			w_rect(w, CAT_BAR_X, by, len, CAT_BAR_H - 1);
			mc_w_printf(w, " fill=\"%s\" fill-opacity=\"0.8\"><title>",
			            (c->nseries == 2 && s == 1) ? COLOR_CUR : COLOR_REF);
			mc_w_str(w, series_names[c->nseries - 1][s]);
			mc_w_str(w, " ");
			w_pct(w, f);
			mc_w_str(w, " (");
			w_count(w, n);
			mc_w_str(w, " of ");
			w_count(w, se->base);
			mc_w_str(w, ")</title></rect>");
			w_text_open(w, CAT_BAR_X + len + 4, by + CAT_BAR_H - 1.5, NULL);
			mc_w_str(w, "<tspan font-size=\"9\">");
			w_pct(w, f);
			mc_w_str(w, "</tspan></text>");
		}
	}
	mc_w_str(w, "</svg>");
}

void
mc_chart_svg(const mc_chart *c, const char *title, bool standalone, mc_writer *w)
{
	if (c->kind == MC_CHART_HISTOGRAM)
		histogram_svg(c, title, standalone, w);
	else
		categories_svg(c, title, standalone, w);
}

/* ---------------------------------------------------------------- candidate / baseline pairs */

#define PAIR_BAR_X 162.0
#define PAIR_BAR_W 250.0
#define PAIR_TEXT  424.0

void
mc_pairs_svg(const mc_pair_row *rows, int n, const char *name_a, const char *name_b,
             const char *title, bool standalone, mc_writer *w)
{
	double rh = 2 * CAT_BAR_H + CAT_GAP + 4;
	double y0 = CH_TOP, height;
	const char *names[2] = {name_a, name_b};
	const char *colors[2] = {COLOR_CUR, COLOR_REF};

	if (n < 0)
		n = 0;
	if (n > MC_CHART_MAX_PAIRS)
		n = MC_CHART_MAX_PAIRS;
	height = CH_TOP + (n > 0 ? n : 1) * rh + 10;
	svg_open(w, CH_W, height, title, "metrics", standalone);
	for (int s = 0; s < 2; s++)
	{
		w_rect(w, 8 + s * 150, 7, 10, 10);
		mc_w_printf(w, " fill=\"%s\" fill-opacity=\"0.8\"/>", colors[s]);
		w_text_open(w, 22 + s * 150, 16, NULL);
		mc_html_escape(w, names[s], strlen(names[s]));
		mc_w_str(w, "</text>");
	}
	if (n == 0)
	{
		w_text_open(w, CH_W / 2, y0 + rh / 2 + 4, "middle");
		mc_w_str(w, "no metrics</text></svg>");
		return;
	}
	for (int r = 0; r < n; r++)
	{
		double v[2] = {rows[r].has_a ? rows[r].a : NAN, rows[r].has_b ? rows[r].b : NAN};
		bool has[2] = {rows[r].has_a, rows[r].has_b};
		double lo = 0, hi = 0, span, zx;
		double y = y0 + r * rh + CAT_GAP / 2;

		for (int s = 0; s < 2; s++)
			if (isfinite(v[s]))
			{
				lo = v[s] < lo ? v[s] : lo;
				hi = v[s] > hi ? v[s] : hi;
			}
		span = hi - lo;
		if (!(span > 0) || !isfinite(span))
			span = isfinite(span) ? 1.0 : INFINITY;
		zx = isfinite(span) ? PAIR_BAR_X + (0 - lo) / span * PAIR_BAR_W : PAIR_BAR_X;
		clipped_label(w, y, 2 * CAT_BAR_H, rows[r].label, rows[r].label_len, false, false);
		w_line(w, zx, y - 2, zx, y + 2 * CAT_BAR_H + 2, "#888");
		for (int s = 0; s < 2; s++)
		{
			double by = y + s * CAT_BAR_H;

			if (isfinite(v[s]) && isfinite(span))
			{
				double vx = PAIR_BAR_X + (v[s] - lo) / span * PAIR_BAR_W;
				double bx = vx < zx ? vx : zx;

				w_rect(w, bx, by, fabs(vx - zx), CAT_BAR_H - 1);
				mc_w_printf(w, " fill=\"%s\" fill-opacity=\"0.8\"><title>", colors[s]);
				mc_html_escape(w, names[s], strlen(names[s]));
				mc_w_str(w, " ");
				w_num(w, v[s]);
				mc_w_str(w, "</title></rect>");
			}
			w_text_open(w, PAIR_TEXT, by + CAT_BAR_H - 1.5, NULL);
			mc_w_str(w, "<tspan font-size=\"9\">");
			mc_html_escape(w, names[s], strlen(names[s]));
			mc_w_str(w, " ");
			if (!has[s])
				mc_w_str(w, "n/a");
			else
				w_num(w, v[s]);
			mc_w_str(w, "</tspan></text>");
		}
	}
	mc_w_str(w, "</svg>");
}
