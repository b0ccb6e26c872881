-- Report: report_html structure (counts, rows, order, sections), escaping of data, the charts
-- (profile_chart against hand-computed bins, SVG sanity) and errors. No timestamps are printed.
CREATE EXTENSION mlcheck;

-- ---------------------------------------------------------------- escape and numbers
SELECT mlcheck.html_escape($$<script>alert('x') & "y"</script>$$);
SELECT mlcheck.html_escape(''), mlcheck.html_escape('plain ünïcode'), mlcheck.html_escape(NULL) IS NULL AS null_in_null_out;
SELECT x, mlcheck._rp_fmt_num(x) AS display, mlcheck._rp_fmt_exact(x) AS exact
FROM unnest(ARRAY[0, -0.0, 6000, -3, 0.08133333333333333, 123.456, 0.5, 9.99996, 0.00012345, 1e-12,
				  1234567.5, 2e20, 1e15, 'NaN', 'Infinity', '-Infinity']::float8[]) AS x;

-- numbers read from details: JSON numbers (beyond the doubles' range: +-Infinity or 0), and the
-- strings results use for non-finite values; anything else is NULL
SELECT x AS json, mlcheck._rp_jfloat(x::jsonb) AS value
FROM unnest(ARRAY['0.25', '1e400', '-1e400', '1e-400', '"NaN"', '"-Infinity"', '"abc"', 'null', 'true', '[1]']) AS x;

-- ---------------------------------------------------------------- profile_chart: hand-computed
-- reference {1,2,3,4}, current {3,4,5,5}, 4 bins over [1, 5]: edges 1,2,3,4,5 (numpy.histogram,
-- last bin closed): reference 1 1 1 1, current 0 0 1 3
SELECT mlcheck.profile_chart(
	(SELECT mlcheck.profile(x) FROM unnest(ARRAY[1, 2, 3, 4]::float8[]) x),
	(SELECT mlcheck.profile(x) FROM unnest(ARRAY[3, 4, 5, 5]::float8[]) x), 4);
-- one constant profile: numpy's range [7 - 0.5, 7 + 0.5], 2 bins: 0 and 3; NULL, NaN and
-- Infinity are counted apart, not binned
SELECT mlcheck.profile_chart((SELECT mlcheck.profile(x) FROM unnest(ARRAY[7, 7, 7, NULL, 'NaN', 'Infinity']::float8[]) x),
							 bins => 2);
-- no finite value on either side: no bins
SELECT mlcheck.profile_chart((SELECT mlcheck.profile(x) FROM unnest(ARRAY[NULL, 'NaN']::float8[]) x),
							 (SELECT mlcheck.profile(x) FROM unnest(ARRAY[]::float8[]) x));
-- categories: the top 2 by the larger fraction of either side (b: 3/6 and 1/4; a: 2/6 and 0;
-- c: 1/6 and 3/4), the rest in "other"
SELECT mlcheck.profile_chart(
	(SELECT mlcheck.profile(x) FROM unnest(ARRAY['a', 'a', 'b', 'b', 'b', 'c', NULL]) x),
	(SELECT mlcheck.profile(x) FROM unnest(ARRAY['b', 'c', 'c', 'c']) x), top => 2);
SELECT mlcheck.profile_chart((SELECT mlcheck.profile(x) FROM unnest(ARRAY[true, true, false]) x),
							 (SELECT mlcheck.profile(x) FROM unnest(ARRAY[false]) x));
SELECT mlcheck.profile_chart(NULL) IS NULL AS null_reference;
-- errors
SELECT mlcheck.profile_chart(mlcheck.profile(1.0::float8), mlcheck.profile('a'::text));
SELECT mlcheck.profile_chart(mlcheck.profile(1.0::float8), bins => 0);
SELECT mlcheck.profile_chart(mlcheck.profile('a'::text), top => 101);
SELECT mlcheck.profile_chart(mlcheck.profile(1.0::float8), bins => NULL);

-- ---------------------------------------------------------------- SVG sanity
CREATE TABLE reg_svgs (name text, svg text);
INSERT INTO reg_svgs VALUES
 ('numeric', mlcheck.profile_svg((SELECT mlcheck.profile(x::float8) FROM generate_series(1, 1000) x),
								 (SELECT mlcheck.profile(x::float8 * 1.5) FROM generate_series(1, 800) x))),
 ('constant', mlcheck.profile_svg((SELECT mlcheck.profile(5.0::float8)))),
 ('empty', mlcheck.profile_svg((SELECT mlcheck.profile(x) FROM unnest(ARRAY[]::float8[]) x))),
 ('huge range', mlcheck.profile_svg((SELECT mlcheck.profile(x) FROM unnest(ARRAY[-1.7e308, 1.7e308]::float8[]) x))),
 ('huge constant', mlcheck.profile_svg((SELECT mlcheck.profile(1e300::float8)), bins => 50)),
 ('categories', mlcheck.profile_svg((SELECT mlcheck.profile(x) FROM unnest(ARRAY['<script>alert(1)</script>', 'a&b', 'x']) x),
									(SELECT mlcheck.profile(x) FROM unnest(ARRAY['x', 'y"z']) x), title => 'cat''s <chart>')),
 ('no values', mlcheck.profile_svg((SELECT mlcheck.profile(x) FROM unnest(ARRAY[NULL]::text[]) x))),
 ('metrics', mlcheck.metrics_svg(ARRAY['roc_auc', 'r2', '<b>'], ARRAY[0.81, -0.2, NULL], ARRAY[0.85, 0.3, 'NaN'])),
 ('no metrics', mlcheck.metrics_svg('{}', '{}', '{}'));
-- explicit size and viewBox; no NaN, no negative size, no script, no reference to anything
SELECT name,
	   substring(svg FROM '^<svg xmlns="http://www.w3.org/2000/svg" class="mlcheck-chart" width="[0-9.]+" height="[0-9.]+" viewBox="0 0 [0-9.]+ [0-9.]+"') IS NOT NULL AS sized,
	   svg !~ '="[^"]*(NaN|Infinity)|(width|height|x|y|x1|x2|y1|y2)="-' AS finite_non_negative,
	   strpos(svg, '<script') = 0 AS no_script,
	   (SELECT count(*) FROM regexp_matches(svg, 'http', 'g')) = 1 AS only_the_namespace,
	   (SELECT count(*) FROM regexp_matches(svg, '<rect', 'g')) AS rects,
	   right(svg, 6) = '</svg>' AS closed
FROM reg_svgs ORDER BY name;
SELECT (regexp_matches(svg, '<title>[^<]*</title>', 'g'))[1] AS title FROM reg_svgs WHERE name = 'categories';
SELECT m[1] AS label FROM reg_svgs, regexp_matches(svg, '<tspan font-size="9">([^<]*)</tspan>', 'g') AS m WHERE name = 'metrics';
SELECT substring(svg FROM '<text[^>]*>(no [a-z ]+)</text>') FROM reg_svgs WHERE name IN ('empty', 'no values', 'no metrics') ORDER BY name;
-- a chart from its JSON equals the chart of the profiles
SELECT mlcheck.chart_svg(mlcheck.profile_chart(p, q)) = mlcheck.profile_svg(p, q) AS same
FROM (SELECT mlcheck.profile(x::float8) p, mlcheck.profile(x::float8 / 2) q FROM generate_series(1, 100) x) s;
-- malformed chart data: 22023 with what is wrong
SELECT mlcheck.chart_svg('[]');
SELECT mlcheck.chart_svg('{"format": 2, "chart": "histogram", "kind": "numeric", "edges": [], "series": []}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "histogram", "kind": "numeric", "edges": [0, 1, 1], "series": [{"rows": 2, "base": 2, "counts": [1, 1]}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "histogram", "kind": "numeric", "edges": [0, 1, 2], "series": [{"rows": 2, "base": 2, "counts": [1, 2]}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "histogram", "kind": "numeric", "edges": [0, 1, 2], "series": [{"rows": 2, "base": 2, "counts": [1]}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "histogram", "kind": "numeric", "edges": [0, 1], "series": [{"rows": 2, "base": 2, "counts": [-1]}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "histogram", "kind": "numeric", "edges": [0, 1], "series": [{"rows": 2, "base": 2, "counts": [1.5]}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "categories", "kind": "numeric", "categories": [], "series": [{"rows": 0, "base": 0, "counts": []}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "categories", "kind": "text", "categories": [{"value": 1}], "series": [{"rows": 1, "base": 1, "counts": [1]}]}');
SELECT mlcheck.chart_svg('{"format": 1, "chart": "categories", "kind": "text", "categories": [], "series": [{"rows": 1, "base": 2, "counts": []}]}');
SELECT mlcheck.metrics_svg(ARRAY['a', 'b'], ARRAY[1.0], ARRAY[1.0, 2.0]);
SELECT mlcheck.metrics_svg(ARRAY[NULL], ARRAY[1.0], ARRAY[1.0]);

-- ---------------------------------------------------------------- no run yet
SELECT mlcheck.report_html();
SELECT mlcheck.report_html(42);

-- ---------------------------------------------------------------- a run of the runner
CREATE TABLE reg_users (id int, country text, income float8);
INSERT INTO reg_users SELECT i, (ARRAY['DE', 'FR', '<script>alert(1)</script>'])[1 + i % 3], 1000 + i FROM generate_series(1, 30) i;
SELECT mlcheck.add_check('rows_present', 'sql', params => '{"query": "SELECT count(*) AS rows FROM public.reg_users", "min": 1}');
SELECT mlcheck.add_check('markup in "data"', 'sql', stage => 'features', description => 'labels <b>from</b> data',
	params => '{"query": "SELECT country, count(*) FROM public.reg_users GROUP BY 1 ORDER BY 1", "max": 5}');
SELECT mlcheck.add_check('broken', 'sql', blocking => false,
	params => $${"query": "SELECT '<script>alert(1)</script>'::int AS x"}$$);
-- a model gate through the runner (compare_metrics): one result per rule; roc_auc has two
SELECT mlcheck.add_check('gate <real>', 'metric_gate', stage => 'model',
	params => '{"candidate": {"roc_auc": 0.81, "log_loss": 0.45}, "baseline": {"roc_auc": 0.85, "log_loss": 0.40},
				"rules": {"roc_auc": {"value": {"lower_bound": 0.8}, "change": {"direction": "higher_is_better", "absolute": -0.01}},
						  "log_loss": {"value": {"upper_bound": 0.5}}}}');
SELECT count(*) FROM mlcheck.run_checks(as_of => '2026-03-01 12:00:00+00');

CREATE TABLE reg_page AS SELECT mlcheck.report_html() AS page;
-- the counts shown are the run's (per check, its worst result)
SELECT m[1] AS what, m[2] AS shown FROM reg_page, regexp_matches(page, 'data-count="(\w+)">(\d+)<', 'g') AS m;
SELECT n_checks, n_pass, n_warn, n_fail, n_error, n_blocking FROM mlcheck.runs;
-- one table row per result, worst first: status, check, metric
SELECT m[1] AS status, m[2] AS check_name, m[3] AS metric
FROM reg_page, regexp_matches(page, '<tr class="row-(\w+)" data-status="\w+"><td>[^\n]*?</td><td title="[^"]*">([^<]*)</td><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td>', 'g') AS m;
-- data never becomes markup; nothing refers to anything outside the page
SELECT strpos(page, '<script') = 0 AS no_script_element,
	   (SELECT count(*) FROM regexp_matches(page, '&lt;script&gt;alert\(1\)&lt;/script&gt;', 'g')) AS escaped_script_texts,
	   strpos(page, 'markup in &quot;data&quot;') > 0 AS escaped_check_name,
	   strpos(page, 'title="labels &lt;b&gt;from&lt;/b&gt; data"') > 0 AS escaped_description,
	   page !~* 'https?:|//|src=|href=|url\(|@import' AS no_external_reference,
	   strpos(page, $$Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"$$) > 0 AS csp,
	   page ~ '^<!DOCTYPE html>' AND page ~ '</html>\n$' AS whole_document
FROM reg_page;
-- the error card: SQLSTATE and escaped message
SELECT substring(page FROM '<section id="errors">.*</section>') FROM reg_page;
-- the gate: one pair of bars per metric (roc_auc once for its two rules), every rule in the table
SELECT m[1] AS bars FROM reg_page, regexp_matches(page, '<svg x="4" y="[0-9.]+" width="[0-9.]+" height="[0-9.]+"><text x="0" y="[0-9.]+"><title>([^<]*)</title>', 'g') AS m;
SELECT substring(page FROM '<table class="gate-table">.*?</table>') FROM reg_page;
-- sections without results of their kind are left out
SELECT strpos(page, 'id="drift"') = 0 AS no_drift, strpos(page, 'id="gates"') > 0 AS gates,
	   strpos(page, 'id="anomalies"') = 0 AS no_anomalies FROM reg_page;

-- ---------------------------------------------------------------- drift, gates, anomalies
-- checks of the kinds the other sections implement, with results as their evaluators record
-- them, in a run of fixed times. The rows are written directly (triggers off for this session,
-- as a restore does), so the fixture does not depend on those kinds' parameters.
SET session_replication_role = replica;
INSERT INTO mlcheck.checks (name, kind, stage, target, columns, params, severity) VALUES
	('income_drift', 'drift', 'data', 'public.reg_users', ARRAY['income'], '{}', 'fail'),
	('country_drift', 'drift', 'data', 'public.reg_users', ARRAY['country'], '{}', 'warn'),
	('bare_drift', 'drift', 'data', 'public.reg_users', ARRAY['income'], '{}', 'fail'),
	('bad_chart_drift', 'drift', 'data', 'public.reg_users', ARRAY['income'], '{}', 'fail'),
	('model_gate', 'metric_gate', 'model', NULL, NULL, '{}', 'fail'),
	('users_schema', 'schema', 'data', 'public.reg_users', NULL, '{}', 'fail');
INSERT INTO mlcheck.runs (run_id, as_of, started_at, finished_at, n_checks, n_pass, n_warn, n_fail, n_error, n_blocking, status)
VALUES (100, '2026-03-02 00:00:00+00', '2026-03-02 00:00:01+00', '2026-03-02 00:00:03.5+00', 6, 1, 1, 4, 0, 4, 'fail');
INSERT INTO mlcheck.results (run_id, check_id, check_name, stage, kind, blocking, owner, status, metric, column_name,
							 value, threshold, details, observed_at)
SELECT 100, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, v.status, v.metric, v.col, v.value, v.threshold,
	   v.details, '2026-03-02 00:00:00+00'
FROM (VALUES
	('income_drift', 'fail', 'wasserstein', 'income', 0.4123, 0.1,
	 jsonb_build_object('method', 'wasserstein', 'baseline', 'training <2026>', 'chart',
		mlcheck.profile_chart((SELECT mlcheck.profile(x::float8) FROM generate_series(1, 100) x),
							  (SELECT mlcheck.profile(x::float8 * 1.6) FROM generate_series(1, 50) x), 10))),
	('country_drift', 'warn', 'chi2', 'country', 7.5, 0.05,
	 jsonb_build_object('method', 'chi2', 'p_value', 0.0235,
		'reference_profile', (SELECT mlcheck.profile(country)::text FROM reg_users),
		'current_profile', (SELECT mlcheck.profile(x)::text FROM unnest(ARRAY['DE', '<script>alert(1)</script>', 'IT']) x))),
	('bare_drift', 'pass', 'js', 'income', 0.01, 0.1, '{"method": "js"}'::jsonb),
	('bad_chart_drift', 'fail', 'js', 'income', 0.3, 0.1,
	 '{"chart": {"format": 1, "chart": "histogram", "kind": "numeric", "edges": [1, 0], "series": [{"rows": 1, "base": 1, "counts": [1]}]}}'::jsonb),
	('model_gate', 'fail', 'roc_auc', NULL, 0.81, 0.84,
	 '{"candidate": 0.81, "baseline": 0.85, "delta": -0.04, "rule": "change absolute >= -0.01"}'::jsonb),
	('model_gate', 'pass', 'log_loss', NULL, 0.41, 0.5, '{"candidate": 0.41, "baseline": 0.43, "rule": "value upper_bound 0.5"}'::jsonb),
	('users_schema', 'fail', 'anomalies', NULL, 2, 0,
	 '{"anomalies": [{"column_name": "country", "kind": "values_outside_domain", "severity": "error",
					  "description": "2 values outside the domain <DE, FR>", "observed": {"count": 2, "sample": ["<script>alert(1)</script>", "IT"]}},
					 {"column_name": null, "kind": "row_count_out_of_band", "severity": "warning",
					  "description": "30 rows, expected at least 100", "observed": {"rows": 30}}]}'::jsonb)
) AS v(name, status, metric, col, value, threshold, details)
JOIN mlcheck.checks c ON c.name = v.name;
RESET session_replication_role;

CREATE TABLE reg_page2 AS SELECT mlcheck.report_html(100) AS page;
SELECT mlcheck.report_html() = page AS latest_is_run_100 FROM reg_page2;
SELECT m[1] AS what, m[2] AS shown FROM reg_page2, regexp_matches(page, 'data-count="(\w+)">(\d+)<', 'g') AS m;
-- times in UTC whatever the session's TimeZone and DateStyle
SET TimeZone = 'America/New_York';
SET DateStyle = 'SQL, DMY';
SELECT substring(page FROM '<dl class="meta">.*</dl>') FROM (SELECT mlcheck.report_html(100) AS page) p;
RESET TimeZone;
RESET DateStyle;
SELECT m[1] AS status, m[2] AS check_name, m[3] AS metric
FROM reg_page2, regexp_matches(page, '<tr class="row-(\w+)" data-status="\w+"><td>[^\n]*?</td><td title="[^"]*">([^<]*)</td><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td>', 'g') AS m;
-- one chart per drift result that carries data, one per gate check; notes for the others
SELECT (SELECT count(*) FROM regexp_matches(page, '<figure class="drift"', 'g')) AS drift_figures,
	   (SELECT count(*) FROM regexp_matches(page, '<figure class="drift"[^>]*>\n<svg class="mlcheck-chart"', 'g')) AS drift_svgs,
	   (SELECT count(*) FROM regexp_matches(page, '<figure class="gate"[^>]*>\n<svg class="mlcheck-chart"', 'g')) AS gate_svgs,
	   (SELECT count(*) FROM regexp_matches(page, '<svg class=', 'g')) AS svgs,
	   (SELECT count(*) FROM regexp_matches(page, '<svg class="mlcheck-chart" width="[0-9.]+" height="[0-9.]+" viewBox="0 0 [0-9.]+ [0-9.]+"', 'g')) AS sized_svgs,
	   page !~ '="[^"]*(NaN|Infinity)|(width|height|x|y|x1|x2|y1|y2)="-' AS finite_non_negative,
	   strpos(page, '<script') = 0 AS no_script_element,
	   page !~* 'https?:|//|src=|href=|url\(|@import' AS no_external_reference
FROM reg_page2;
SELECT m[1] AS caption FROM reg_page2, regexp_matches(page, '<figcaption>(.*?)</figcaption>', 'g') AS m;
SELECT m[1] AS note FROM reg_page2, regexp_matches(page, '<p class="note">(.*?)</p>', 'g') AS m;
-- the categorical chart shows the category from data as text
SELECT (SELECT count(*) FROM regexp_matches(page, '<title>&lt;script&gt;alert\(1\)&lt;/script&gt;</title>', 'g')) AS escaped_category_titles
FROM reg_page2;
-- the gate table and the anomalies with their sample values
SELECT substring(page FROM '<table class="gate-table">.*?</table>') FROM reg_page2;
SELECT substring(page FROM '<table id="anomalies-table">.*?</table>') FROM reg_page2;

-- rows a reader may not see (row security) are counted as hidden, never shown
CREATE ROLE reg_report_reader;
GRANT SELECT ON reg_users TO reg_report_reader;
SET ROLE reg_report_reader;
SELECT strpos(p, 'id="hidden-checks"') > 0 AS notes_hidden, substring(p FROM '<p class="note" id="hidden-checks">[^<]*</p>'),
	   (SELECT count(*) FROM regexp_matches(p, '<tr class="row-', 'g')) AS rows_shown
FROM (SELECT mlcheck.report_html(100) AS p) s;
RESET ROLE;
DROP TABLE reg_svgs, reg_page, reg_page2, reg_users;
DROP ROLE reg_report_reader;

DROP EXTENSION mlcheck;
