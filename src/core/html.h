/*
 * html.h: the one HTML escape of the report, text appends and deterministic number text.
 *
 * Every string taken from data (column names, category values, check names, error messages,
 * JSON values) reaches the report page or an SVG chart through mc_html_escape(), which replaces
 * the five characters that can open markup or end an attribute: & < > " ' (as &amp; &lt; &gt;
 * &quot; &#39;). The result is safe as element text and inside single- or double-quoted
 * attribute values. Numbers are formatted with printf in the "C" locale (the server keeps
 * LC_NUMERIC at "C"), so the same double always gives the same text.
 */
#ifndef MC_HTML_H
#define MC_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "codec.h"

/* Longest text mc_fmt_num / mc_fmt_coord / mc_fmt_pct write, terminator included. */
#define MC_NUM_BUFLEN 40

/* Appends s[0..len) with & < > " ' replaced by their character references. */
void mc_html_escape(mc_writer *w, const char *s, size_t len);
/* Appends a NUL-terminated string as is (markup of our own, never data). */
void mc_w_str(mc_writer *w, const char *s);
/* Appends printf output (markup of our own and numbers, never data strings). */
void mc_w_printf(mc_writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Display text of a number, 4 significant digits: "NaN", "Infinity", "-Infinity"; integers
 * below 1e15 in full ("6000", "-3"); magnitudes in [1e-4, 1e6) in fixed notation without
 * trailing zeros ("0.08133", "123.5", "0.5"); others as "1.235e-05" -> "1.235e-5", "2e+20" ->
 * "2e20". -0 is "0". Returns the length.
 */
size_t mc_fmt_num(double v, char *buf);
/* An SVG coordinate or size: two decimals, never NaN, never "-0.00" (non-finite gives 0). */
size_t mc_fmt_coord(double v, char *buf);
/*
 * A fraction as a percentage: one decimal below 10% ("3.4%"), rounded above ("45%"), "0%" for 0,
 * "<0.1%" for a smaller non-zero fraction.
 */
size_t mc_fmt_pct(double frac, char *buf);

#endif /* MC_HTML_H */
