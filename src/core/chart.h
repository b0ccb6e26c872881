/*
 * chart.h: the data of a distribution chart (one or two profiles on shared bins or categories)
 * and its rendering as SVG, for mlcheck.profile_chart / profile_svg / chart_svg and the report.
 *
 * A chart is a histogram (numeric profiles: equal-width bins over the union of the finite
 * ranges, the same edges for both series) or a bar chart of categories (text and bool profiles:
 * the categories most frequent in either series, plus what the rest adds up to). Bars show the
 * fraction of each series' values (finite values, or non-NULL values), so a reference of 6,000
 * rows and a current window of 3,000 compare. Built by mc_chart_from_profiles, or filled by the
 * glue from the chart's JSON and checked by mc_chart_validate before rendering.
 *
 * The SVG has explicit width, height and viewBox, no script, no external reference, only
 * non-negative finite coordinates, and every label passes through mc_html_escape.
 */
#ifndef MC_CHART_H
#define MC_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "codec.h"
#include "mcbase.h"
#include "profile.h"

#define MC_CHART_FORMAT_VERSION 1
#define MC_CHART_MAX_BINS       500 /* bins of a histogram */
#define MC_CHART_MAX_CATEGORIES 100 /* categories shown */
#define MC_CHART_MAX_SERIES     2
#define MC_CHART_MAX_LABEL      1024 /* bytes of a category label kept in a chart */
#define MC_CHART_MAX_PAIRS      200  /* rows of a candidate / baseline chart */

typedef enum mc_chart_kind
{
	MC_CHART_HISTOGRAM = 1,
	MC_CHART_CATEGORIES = 2,
} mc_chart_kind;

typedef struct mc_chart_series
{
	uint64_t rows;      /* rows of the profile, NULLs included */
	uint64_t nulls;     /* NULL rows (not in the bars) */
	uint64_t nonfinite; /* histogram: NaN, +Infinity, -Infinity (not in the bars) */
	uint64_t base;      /* denominator of the bars: finite values, or non-NULL values */
	uint64_t other;     /* categories: values of the categories not shown */
	bool exact;         /* the profile was exact (else counts are sketch estimates) */
	uint64_t *counts;   /* nbars counts */
} mc_chart_series;

typedef struct mc_chart
{
	mc_chart_kind kind;
	mc_profile_kind value_kind; /* numeric, text or bool */
	int nbars;                  /* bins, or categories shown; 0 when there is nothing to show */
	double *edges;              /* histogram: nbars + 1 strictly increasing finite edges */
	char **labels;              /* categories: the values (bytes, not NUL-terminated) */
	size_t *label_lens;
	bool *truncated; /* the stored value is a prefix of a longer value */
	uint64_t hidden; /* categories: distinct categories not shown (listed ones only) */
	int nseries;     /* 1 (one profile) or 2 (reference, current) */
	mc_chart_series series[MC_CHART_MAX_SERIES];
} mc_chart;

/* An empty chart of nbars bars and nseries series (arrays zeroed); NULL when out of memory. */
mc_chart *mc_chart_new(mc_chart_kind kind, int nbars, int nseries);
void mc_chart_free(mc_chart *c);
/* Copies a label into category i (at most MC_CHART_MAX_LABEL bytes are kept). */
mc_status mc_chart_set_label(mc_chart *c, int i, const char *s, size_t len, bool truncated);

/*
 * The chart of one profile (cur NULL) or of a reference and a current profile of the same kind.
 * Numeric: `bins` (1..MC_CHART_MAX_BINS) equal-width bins over [lo, hi], the smallest and
 * largest finite values of both profiles, as numpy.histogram(x, bins, range=(lo, hi)): bin i is
 * [e_i, e_i+1), the last one closed, e_i = lo + i (hi - lo) / bins, the last edge hi; when lo =
 * hi the range is [lo - 0.5, hi + 0.5] (numpy's rule). Exact profiles give exact counts; a
 * sketch adds the weight of each KLL item to its bin. No finite value at all: nbars = 0.
 * Text / bool: the `top` (0..MC_CHART_MAX_CATEGORIES) categories with the largest fraction in
 * either profile, by that fraction descending, then value bytes ascending; each series' other
 * count is what its remaining values add up to. MC_ERR_INVALID when the kinds differ,
 * MC_ERR_RANGE for bins or top out of range.
 */
mc_status mc_chart_from_profiles(mc_profile *ref, mc_profile *cur, int bins, int top,
                                 mc_chart **out);

/*
 * Checks a chart filled from outside data: counts, edges (finite, strictly increasing), bars
 * and series within bounds, sum of counts (+ other) <= base, labels present. MC_ERR_INVALID
 * (with *why set to a static sentence) when anything does not fit.
 */
mc_status mc_chart_validate(const mc_chart *c, const char **why);

/*
 * Appends the chart as JSON (format 1, see README "Charts"): {"format", "chart", "kind",
 * "edges" | "categories", "hidden_categories", "series": [{"name", "rows", "nulls",
 * "nonfinite", "base", "other", "exact", "counts"}]}. Labels are JSON-escaped bytes.
 */
void mc_chart_to_json(const mc_chart *c, mc_writer *w);

/*
 * Appends the SVG of a validated chart. title (may be NULL) becomes the <title> and the
 * aria-label; standalone adds the SVG namespace declaration (an .svg file needs it, SVG inside
 * an HTML page does not).
 */
void mc_chart_svg(const mc_chart *c, const char *title, bool standalone, mc_writer *w);

/* One row of a candidate / baseline chart (a model metric and its two values). */
typedef struct mc_pair_row
{
	const char *label;
	size_t label_len;
	double a;   /* candidate */
	double b;   /* baseline */
	bool has_a; /* false: the candidate value is absent ("n/a", no bar) */
	bool has_b;
} mc_pair_row;

/*
 * Appends the SVG of horizontal bar pairs, one row per metric, each row scaled on its own
 * (metrics differ in scale): bars from zero to the value, values printed beside them; a NaN or
 * infinite value draws no bar and prints its text. n in 0..MC_CHART_MAX_PAIRS (more rows are
 * not drawn).
 */
void mc_pairs_svg(const mc_pair_row *rows, int n, const char *name_a, const char *name_b,
                  const char *title, bool standalone, mc_writer *w);

#endif /* MC_CHART_H */
