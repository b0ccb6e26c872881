-- pgTAP: checks registry, runner, kinds, subtransaction isolation, privileges, alerts, retention.
-- Every expected number is computed by hand in a comment next to it. Runs are made "as of"
-- fixed past times so the windows are deterministic.
BEGIN;
SELECT plan(191);

-- ---------------------------------------------------------------- helpers (this session only)
-- Run a statement as another role; 'ok <rows>' or 'SQLSTATE: message'.
CREATE FUNCTION pg_temp.as_role(r text, q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
BEGIN
	EXECUTE format('SET LOCAL ROLE %I', r);
	EXECUTE q;
	GET DIAGNOSTICS n = ROW_COUNT;
	RESET ROLE;
	RETURN 'ok ' || n;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- The text value of a query run as another role (or 'SQLSTATE: message').
CREATE FUNCTION pg_temp.as_role_value(r text, q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	v text;
BEGIN
	EXECUTE format('SET LOCAL ROLE %I', r);
	EXECUTE q INTO v;
	RESET ROLE;
	RETURN v;
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
-- name:status[:metric=value] of every result of a run, sorted
CREATE FUNCTION pg_temp.run_summary(run bigint) RETURNS text LANGUAGE sql AS $$
SELECT string_agg(check_name || ':' || status, ' ' ORDER BY check_name, result_id)
FROM mlcheck.results WHERE run_id = run
$$;
CREATE FUNCTION pg_temp.last_run() RETURNS bigint LANGUAGE sql AS $$ SELECT max(run_id) FROM mlcheck.runs $$;
CREATE FUNCTION pg_temp.res(chk text, m text) RETURNS mlcheck.results LANGUAGE sql AS $$
SELECT * FROM mlcheck.results WHERE check_name = chk AND metric IS NOT DISTINCT FROM m
ORDER BY run_id DESC, result_id LIMIT 1
$$;

-- ---------------------------------------------------------------- structure
SELECT has_table('mlcheck', 'checks', 'table mlcheck.checks');
SELECT has_table('mlcheck', 'runs', 'table mlcheck.runs');
SELECT has_table('mlcheck', 'results', 'table mlcheck.results');
SELECT has_table('mlcheck', 'schemas', 'table mlcheck.schemas');
SELECT has_table('mlcheck', 'alert_routes', 'table mlcheck.alert_routes');
SELECT has_table('mlcheck', 'baselines', 'table mlcheck.baselines');
SELECT has_table('mlcheck', 'baseline_profiles', 'table mlcheck.baseline_profiles');
SELECT has_view('mlcheck', 'latest_results', 'view latest_results');
SELECT has_view('mlcheck', 'latest_status', 'view latest_status');
SELECT has_view('mlcheck', 'failures', 'view failures');
SELECT has_view('mlcheck', 'metric_history', 'view metric_history');
SELECT columns_are('mlcheck', 'results',
	ARRAY['result_id', 'run_id', 'check_id', 'check_name', 'stage', 'kind', 'blocking', 'owner', 'status',
		  'metric', 'column_name', 'value', 'threshold', 'details', 'observed_at', 'elapsed_ms'],
	'results has its documented columns');
SELECT columns_are('mlcheck', 'checks',
	ARRAY['check_id', 'name', 'kind', 'stage', 'target', 'columns', 'params', 'severity', 'blocking', 'enabled',
		  'description', 'owner', 'created_at', 'updated_at'],
	'checks has its documented columns');
SELECT is((SELECT count(*)::int FROM pg_extension e, unnest(e.extconfig) AS c(oid)
		   WHERE e.extname = 'mlcheck' AND c.oid IN ('mlcheck.checks'::regclass, 'mlcheck.runs'::regclass,
												  'mlcheck.results'::regclass, 'mlcheck.schemas'::regclass,
												  'mlcheck.alert_routes'::regclass, 'mlcheck.checks_check_id_seq'::regclass,
												  'mlcheck.results_result_id_seq'::regclass, 'mlcheck.baselines'::regclass,
												  'mlcheck.baseline_profiles'::regclass)),
		  9, 'registry and history tables and their sequences are dumped by pg_dump');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relnamespace = 'mlcheck'::regnamespace AND relkind = 'r'
		   AND relname IN ('checks', 'runs', 'results', 'schemas', 'alert_routes', 'baselines', 'baseline_profiles')
		   AND relrowsecurity), 7,
		  'row security is enabled on every registry table');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relnamespace = 'mlcheck'::regnamespace AND relkind = 'v'
		   AND 'security_invoker=true' = ANY (reloptions)), 4, 'the views apply the reader''s row security');
SELECT has_role('mlcheck_admin', 'management role mlcheck_admin exists');
SELECT has_role('mlcheck_reader', 'read-only role mlcheck_reader exists');
SELECT is((SELECT current_setting('mlcheck.notify_channel') FROM (SELECT mlcheck.version() AS v) AS l WHERE l.v IS NOT NULL), 'mlcheck',
		  'GUC mlcheck.notify_channel (defined when the library loads) defaults to mlcheck');

-- ---------------------------------------------------------------- validation at registration
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'nope')$$, '22023', 'unknown check kind "nope"', 'unknown kind');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'sql', params => '{"query": "select 1", "maxx": 1}')$$, '22023',
				 'unknown parameter "maxx" for a sql check', 'a typo in a parameter is caught');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'sql')$$, '22023', 'a sql check needs parameter "query"',
				 'a required parameter is missing');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'sql', 'pg_class', params => '{"query": "select 1"}')$$, '22023',
				 'a sql check takes no target relation', 'sql checks take no target');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'freshness', 'pg_class', ARRAY['relname'], '{}')$$, '22023',
				 'a freshness check needs parameter "max_lag" or "warn_lag"', 'freshness needs a bound');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'freshness', 'pg_class', ARRAY['a'], '{"max_lag": "soon"}')$$, '22023',
				 'parameter "max_lag" must be an interval, not "soon"', 'intervals are validated');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'freshness', 'pg_class', ARRAY['a', 'b'], '{"max_lag": "1 hour"}')$$,
				 '22023', 'a freshness check needs exactly one column', 'column count is validated');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'sql', params => '{"query": "select 1"}', severity => 'bad')$$,
				 '22023', 'severity must be warn or fail, not bad', 'severity is validated');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'sql', params => '{"query": "select 1"}', stage => 'two words')$$,
				 '22023', 'invalid stage "two words"', 'stage is validated');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'latency', 'pg_class', ARRAY['a'], '{"quantile": 1.5, "max": 1}')$$,
				 '22023', 'parameter "quantile" must be between 0 and 1, not 1.5', 'quantile range');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'error_rate', 'pg_class', NULL, '{"condition": "true", "max": 0.1, "time_column": "t"}')$$,
				 '22023', 'parameters "time_column" and "window" go together', 'window needs its column');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'metric_anomaly', params => '{"source": "s", "method": "magic"}')$$,
				 '22023', 'parameter "method" must be relative, zscore or reference, not "magic"', 'anomaly method');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'sql', params => '{"query": "select 1", "max": "ten"}')$$,
				 '22023', 'parameter "max" must be a number, not "ten"', 'numbers are validated');
SELECT throws_ok($$SELECT mlcheck.add_check('x', 'prediction_skew', 'pg_class', NULL,
				 '{"offline": "no_such_table", "key": "k", "online_column": "a", "offline_column": "b"}')$$,
				 '42P01', 'relation "no_such_table" (parameter "offline") does not exist', 'relations in params are resolved');
SELECT lives_ok($$SELECT mlcheck.add_check('dup', 'sql', params => '{"query": "select 1"}')$$, 'a valid check registers');
SELECT throws_ok($$SELECT mlcheck.add_check('dup', 'sql', params => '{"query": "select 2"}')$$, '23505', NULL,
				 'check names are unique');
SELECT is(mlcheck.add_check('dup', 'sql', params => '{"query": "select 2"}', replace => true),
		  (SELECT check_id FROM mlcheck.checks WHERE name = 'dup'), 'replace => true keeps the check_id');
SELECT is((SELECT params ->> 'query' FROM mlcheck.checks WHERE name = 'dup'), 'select 2', 'replace => true updates it');
SELECT ok(mlcheck.drop_check('dup'), 'drop_check deletes a check');
SELECT ok(NOT mlcheck.drop_check('dup'), 'drop_check of a missing check returns false');

-- ---------------------------------------------------------------- fixture
-- Events in hourly windows before 2026-01-01 12:00+00 (window k = (12:00 - (k+1) h, 12:00 - k h]):
-- window 0: 16 rows, 1: 8, 2: 12, 3: 10, 4: 10. Row i of window k is at 12:00 - k h - 30 s - 3i min,
-- latency i + 1, status 500 for i < 4 in window 0.
CREATE TABLE public.tap_ev AS
SELECT row_number() OVER (ORDER BY k, i)::int AS id,
	   '2026-01-01 12:00:00+00'::timestamptz - k * interval '1 hour' - interval '30 seconds' - i * interval '3 minutes' AS ts,
	   (i + 1)::float8 AS lat,
	   CASE WHEN k = 0 AND i < 4 THEN 500 ELSE 200 END AS status
FROM (VALUES (0, 16), (1, 8), (2, 12), (3, 10), (4, 10)) AS w(k, c), generate_series(0, c - 1) AS i;
CREATE TABLE public.tap_empty (ts timestamptz, lat float8);
-- online and offline scores: ids 1..10 online, 1..8 offline; 5: NULL/NULL, 6: NaN/NaN (match),
-- 7: 0.5 vs 0.5 + 1e-12 (match within tolerance), 8: 0.3 vs 0.4 (mismatch)
CREATE TABLE public.tap_online (id int, s float8);
INSERT INTO public.tap_online SELECT i, CASE i WHEN 5 THEN NULL WHEN 6 THEN 'NaN' WHEN 7 THEN 0.5 WHEN 8 THEN 0.3 ELSE i / 100.0 END
FROM generate_series(1, 10) i;
CREATE TABLE public.tap_offline (id int, s float8);
INSERT INTO public.tap_offline SELECT i, CASE i WHEN 5 THEN NULL WHEN 6 THEN 'NaN' WHEN 7 THEN 0.5 + 1e-12 WHEN 8 THEN 0.4 ELSE i / 100.0 END
FROM generate_series(1, 8) i;
CREATE TABLE public.tap_offline_dup AS SELECT * FROM public.tap_offline UNION ALL SELECT 3, 0.03;
CREATE TABLE public.tap_metric (v float8);
CREATE TABLE public.tap_side (note text);
CREATE FUNCTION public.tap_log(note text) RETURNS int LANGUAGE sql AS $$ INSERT INTO public.tap_side VALUES (note) RETURNING 1 $$;
CREATE FUNCTION public.tap_log_fail(note text) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO public.tap_side VALUES (note);
	RAISE EXCEPTION 'tap_log_fail: %', note USING ERRCODE = 'P0001', HINT = 'as intended';
END $$;

-- ---------------------------------------------------------------- baselines
SELECT is(mlcheck.snapshot_baseline('b_ev', 'tap_ev', ARRAY['lat', 'status'], 'status = 200'), 2, 'a baseline of two columns');
SELECT is((SELECT relation || ' ' || columns::text || ' ' || where_clause || ' ' || row_count FROM mlcheck.baselines WHERE name = 'b_ev'),
		  'public.tap_ev {lat,status} status = 200 52', 'its relation, columns, where clause and rows (56 - 4 errors)');
SELECT is((SELECT (mlcheck.summary(profile)).mean FROM mlcheck.baseline_profiles p JOIN mlcheck.baselines b USING (baseline_id)
		   WHERE b.name = 'b_ev' AND p.column_name = 'status'), 200::float8, 'the stored profiles are the rows selected');
SELECT is(mlcheck.snapshot_baseline('b_ev', 'tap_ev', ARRAY['lat']), 1, 'snapshot_baseline replaces a baseline of the same name');
SELECT is((SELECT count(*)::int FROM mlcheck.baseline_profiles p JOIN mlcheck.baselines b USING (baseline_id) WHERE b.name = 'b_ev'), 1,
		  'the old profiles are gone');

-- ---------------------------------------------------------------- kind drift
-- reference: x = 1..10, c = 5 'a' and 5 'b'; current: x = 6..15, c = 2 'a' and 8 'b'
-- ks D = max |F_ref - F_cur| = 0.5 (at 5 .. 10: F_ref = 0.5, F_cur = 0); linf = |0.5 - 0.2| = 0.3
CREATE TABLE public.tap_ref AS SELECT i::float8 AS x, CASE WHEN i <= 5 THEN 'a' ELSE 'b' END AS c FROM generate_series(1, 10) i;
CREATE TABLE public.tap_cur AS SELECT (i + 5)::float8 AS x, CASE WHEN i <= 2 THEN 'a' ELSE 'b' END AS c,
	'2026-01-01 12:00+00'::timestamptz - i * interval '1 minute' AS at FROM generate_series(1, 10) i;
SELECT mlcheck.snapshot_baseline('b_ref', 'tap_ref');
SELECT mlcheck.add_check('d_linf', 'drift', 'tap_cur', ARRAY['c'], '{"baseline": "b_ref", "method": "linf", "threshold": 0.25}', stage => 'k_drift');
SELECT mlcheck.add_check('d_ks', 'drift', 'tap_cur', ARRAY['x'], '{"baseline": "b_ref", "method": "ks"}', stage => 'k_drift');
SELECT mlcheck.add_check('d_two', 'drift', 'tap_cur', ARRAY['x', 'c'], '{"baseline": "b_ref", "method": "chi2"}', stage => 'k_drift');
SELECT mlcheck.add_check('d_empty', 'drift', 'tap_cur', ARRAY['x'], '{"baseline": "b_ref", "time_column": "at", "window": "1 hour", "where": "false"}', stage => 'k_drift');
SELECT mlcheck.add_check('d_sketch', 'drift', 'tap_cur', ARRAY['x'], '{"baseline": "b_ref", "method": "cvm", "exact_limit": 4}', stage => 'k_drift');
SELECT mlcheck.add_check('d_nobase', 'drift', 'tap_cur', NULL, '{"baseline": "nope"}', stage => 'k_drift');
SELECT mlcheck.add_check('d_nocol', 'drift', 'tap_cur', ARRAY['at'], '{"baseline": "b_ref"}', stage => 'k_drift');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_drift', as_of => '2026-01-01 12:00:00+00')$$, 'drift run');
SELECT is(pg_temp.run_summary(pg_temp.last_run()),
		  'd_empty:fail d_ks:pass d_linf:fail d_nobase:error d_nocol:error d_sketch:warn d_two:pass d_two:pass',
		  'statuses of the drift checks');
SELECT ok(abs((pg_temp.res('d_linf', 'linf')).value - 0.3) < 1e-15 AND (pg_temp.res('d_linf', 'linf')).threshold = 0.25,
		  'a distance is the value, drifted at or above the threshold');
SELECT is(((pg_temp.res('d_ks', 'ks')).details ->> 'statistic')::float8, 0.5::float8, 'the ks statistic in the details');
-- the chart data the report draws: reference counts of x (1..10) and current counts (6..15) on shared bins
SELECT is(ARRAY[(SELECT sum(v::float8) FROM jsonb_array_elements_text((pg_temp.res('d_ks', 'ks')).details -> 'chart' -> 'series' -> 0 -> 'counts') v),
				(SELECT sum(v::float8) FROM jsonb_array_elements_text((pg_temp.res('d_ks', 'ks')).details -> 'chart' -> 'series' -> 1 -> 'counts') v)],
		  ARRAY[10, 10]::float8[], 'a drift result carries the chart data of baseline and current (10 values each)');
SELECT ok((pg_temp.res('d_ks', 'ks')).value = ((pg_temp.res('d_ks', 'ks')).details ->> 'p_value')::float8
		  AND (pg_temp.res('d_ks', 'ks')).threshold = 0.05, 'a p-value method records its p-value (one column: unadjusted) against 0.05');
-- Benjamini-Hochberg over the two p-values p1 <= p2: q1 = min(2 p1, q2), q2 = min(1, p2)
SELECT ok((SELECT bool_and(abs(r.value - CASE WHEN p = least(p1, p2) THEN least(2 * p, least(1, greatest(p1, p2))) ELSE least(1, p) END) < 1e-15)
		   FROM mlcheck.results r, LATERAL (SELECT (r.details ->> 'p_value')::float8 AS p) v,
				LATERAL (SELECT min((details ->> 'p_value')::float8) AS p1, max((details ->> 'p_value')::float8) AS p2
						 FROM mlcheck.results WHERE run_id = r.run_id AND check_name = 'd_two') m
		   WHERE r.run_id = pg_temp.last_run() AND r.check_name = 'd_two'),
		  'p-values are adjusted across the columns of a check (Benjamini-Hochberg)');
SELECT is((SELECT details ->> 'reason' FROM mlcheck.results WHERE run_id = pg_temp.last_run() AND check_name = 'd_empty'),
		  'no value in the current rows', 'an empty window: on_empty');
SELECT is((pg_temp.res('d_sketch', 'cvm')).details ->> 'reason',
		  'no p-value on sketched profiles: choose a distance method or a larger exact_limit', 'no p-value on a sketch: warn');
SELECT is(ARRAY[(pg_temp.res('d_nobase', NULL)).details ->> 'sqlstate', (pg_temp.res('d_nocol', NULL)).details ->> 'sqlstate'],
		  ARRAY['42704', '42703'], 'a missing baseline is 42704, a column without a baseline profile 42703');

-- ---------------------------------------------------------------- kind feature_skew
-- ids 1..4 in both relations, 5 only in training, 6 only in serving; a: id 2 differs by 1e-12
-- (a match within rel_tolerance 1e-9), id 3 by 0.5: 1/4; b equal: 0; c: id 4 differs: 1/4
CREATE TABLE public.tap_train (id int, a float8, b int, c text);
INSERT INTO public.tap_train VALUES (1, 0.5, 1, 'x'), (2, 1.0, 2, 'x'), (3, 2.0, 3, 'x'), (4, 3.0, 4, 'x'), (5, 4.0, 5, 'x');
CREATE TABLE public.tap_serve (id int, a float8, b int, c text);
INSERT INTO public.tap_serve VALUES (1, 0.5, 1, 'x'), (2, 1.0 + 1e-12, 2, 'x'), (3, 2.5, 3, 'x'), (4, 3.0, 4, 'y'), (6, 9.0, 9, 'z');
SELECT mlcheck.add_check('fs', 'feature_skew', 'tap_serve', NULL, '{"training": "tap_train", "key": "id", "max_mismatch_rate": 0.2}', stage => 'k_fskew');
SELECT mlcheck.add_check('fs_tol', 'feature_skew', 'tap_serve', ARRAY['a'], '{"training": "tap_train", "key": "id", "abs_tolerance": 0.5}', stage => 'k_fskew');
CREATE TABLE public.tap_empty_train (id int, a float8);
SELECT mlcheck.add_check('fs_none', 'feature_skew', 'tap_serve', ARRAY['a'], '{"training": "tap_empty_train", "key": "id", "on_empty": "warn"}', stage => 'k_fskew');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_fskew', as_of => '2026-01-01 12:00:00+00')$$, 'feature skew run');
SELECT is((SELECT string_agg(check_name || ':' || coalesce(column_name, '-') || '=' || coalesce(value::text, 'NULL')
						 || '/' || coalesce(threshold::text, '-') || ':' || status, ' ' ORDER BY check_name, result_id)
		   FROM mlcheck.results WHERE run_id = pg_temp.last_run()),
		  'fs:a=0.25/0.2:fail fs:b=0/0.2:pass fs:c=0.25/0.2:fail fs_none:a=NULL/-:warn fs_tol:a=0/0:pass',
		  'mismatch rates per feature: float tolerance, integers, text; no shared key: on_empty');
SELECT is((SELECT details - 'training' FROM mlcheck.results WHERE run_id = pg_temp.last_run() AND check_name = 'fs' AND column_name = 'a'),
		  '{"joined": 4, "matched": 3, "mismatched": 1, "sample_keys": ["3"], "serving_only": 1, "training_only": 1}'::jsonb,
		  'feature skew details: joined, matched, one-sided keys and sample keys');

-- ---------------------------------------------------------------- kinds schema and expectation
-- rows (1, a, 1), (2, b, NULL), (3, z, 5), (4, a, 2): c outside {a, b}: 1 of 4 values (a warning
-- by the schema's severity); v NULL in 1 of 4 rows; v above 3: 1 of 3 values
CREATE TABLE public.tap_sch (id int, c text, v float8);
INSERT INTO public.tap_sch VALUES (1, 'a', 1), (2, 'b', NULL), (3, 'z', 5), (4, 'a', 2);
SELECT is(mlcheck.save_schema('s_tap', '{"columns": {"id": {"type": "integer"},
	"c": {"type": "text", "enum": ["a", "b"], "severity": {"values_outside_domain": "warning"}},
	"v": {"type": "double precision", "nullable": false, "maximum": 3}}}', 'tap_sch'),
	1::bigint, 'save_schema stores a named schema and returns its id');
SELECT is((SELECT relation FROM mlcheck.schemas WHERE name = 's_tap'), 'public.tap_sch', 'with the relation it describes');
SELECT mlcheck.add_check('sc_named', 'schema', 'tap_sch', NULL, '{"schema": "s_tap"}', stage => 'k_schema');
SELECT mlcheck.add_check('sc_inline', 'schema', 'tap_sch', NULL, '{"schema": {"columns": {"c": {"type": "text"}}, "additional_columns": true}}', stage => 'k_schema');
SELECT mlcheck.add_check('sc_info', 'schema', 'tap_sch', NULL, '{"schema": {"columns": {"c": {"type": "text", "enum": ["a"]}}, "additional_columns": true,
	"severity": {"values_outside_domain": "info"}}}', stage => 'k_schema');
SELECT mlcheck.add_check('sc_missing', 'schema', 'tap_sch', NULL, '{"schema": "nope"}', stage => 'k_schema');
-- 10 rows, 2 NULL: unexpected 20% against mostly 0.9 (threshold 1 - 0.9)
CREATE TABLE public.tap_exp (v int);
INSERT INTO public.tap_exp SELECT CASE WHEN i <= 2 THEN NULL ELSE i END FROM generate_series(1, 10) i;
SELECT mlcheck.add_check('ex_null', 'expectation', 'tap_exp', ARRAY['v'], '{"expectation": "expect_column_values_to_not_be_null", "kwargs": {"mostly": 0.9}}', stage => 'k_schema');
-- suite: values 3..10 between 1 and 8: 2 of 8 non-null outside; mean 6.5 <= 7; 10 rows >= 11 fails
SELECT mlcheck.add_check('ex_suite', 'expectation', 'tap_exp', NULL, '{"suite": {"expectations": [
	{"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "v", "min_value": 1, "max_value": 8}},
	{"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "v", "max_value": 7}},
	{"expectation_type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 11}}]}}', stage => 'k_schema');
SELECT throws_ok($$SELECT mlcheck.add_check('ex_bad', 'expectation', 'tap_exp', NULL, '{"kwargs": {}}')$$, '22023',
				 'an expectation check needs either "expectation" (with "kwargs") or "suite"', 'expectation or suite');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_schema', as_of => '2026-01-01 12:00:00+00')$$, 'schema and expectations run');
SELECT is((SELECT string_agg(check_name || ':' || coalesce(metric, '-') || ':' || coalesce(column_name, '-') || '='
						 || coalesce(round(value::numeric, 6)::text, 'NULL') || '/' || coalesce(round(threshold::numeric, 6)::text, '-')
						 || ':' || status, ' ' ORDER BY check_name, result_id)
		   FROM mlcheck.results WHERE run_id = pg_temp.last_run()),
		  'ex_null:expect_column_values_to_not_be_null:v=0.200000/0.100000:fail '
		  'ex_suite:expect_column_values_to_be_between:v=0.250000/0.000000:fail ex_suite:expect_column_mean_to_be_between:v=6.500000/7.000000:pass '
		  'ex_suite:expect_table_row_count_to_be_between:-=10.000000/11.000000:fail '
		  'sc_info:values_outside_domain:c=0.500000/0.000000:pass sc_inline:anomalies:-=0.000000/-:pass sc_missing:-:-=NULL/-:error '
		  'sc_named:values_outside_domain:c=0.250000/0.000000:warn sc_named:presence_below_minimum:v=0.250000/0.000000:fail '
		  'sc_named:above_maximum:v=0.333333/0.000000:fail',
		  'one result per anomaly or expectation, with the fraction in violation and the bound');
SELECT is((SELECT details ->> 'description' FROM mlcheck.results WHERE run_id = pg_temp.last_run() AND metric = 'above_maximum'),
		  '1 value (33.33%) is above the maximum 3, e.g. 5', 'the anomaly''s description is kept');
SELECT is((pg_temp.res('sc_missing', NULL)).details ->> 'sqlstate', '42704', 'a missing stored schema is 42704');

-- ---------------------------------------------------------------- kind sql
SELECT mlcheck.add_check('s_pass', 'sql', params => '{"query": "SELECT count(*) AS n FROM public.tap_ev", "min": 50, "max": 60}', stage => 'k_sql');
SELECT mlcheck.add_check('s_warn', 'sql', params => '{"query": "SELECT 7 AS v", "max": 10, "warn_max": 5}', stage => 'k_sql');
SELECT mlcheck.add_check('s_fail', 'sql', params => '{"query": "SELECT 11.5::numeric AS v;  ", "max": 10}', stage => 'k_sql', severity => 'warn');
SELECT mlcheck.add_check('s_labels', 'sql', params => '{"query": "SELECT status::text, count(*) FROM public.tap_ev GROUP BY 1", "max": 52}', stage => 'k_sql');
SELECT mlcheck.add_check('s_bool', 'sql', params => '{"query": "SELECT $1 = ''2026-01-01 12:00:00+00''::timestamptz AS as_of_is_param"}', stage => 'k_sql');
SELECT mlcheck.add_check('s_empty', 'sql', params => '{"query": "SELECT 1 WHERE false", "max": 1, "on_empty": "warn"}', stage => 'k_sql');
SELECT mlcheck.add_check('s_null', 'sql', params => '{"query": "SELECT NULL::int AS v", "max": 1}', stage => 'k_sql');
SELECT mlcheck.add_check('s_text', 'sql', params => '{"query": "SELECT ''abc'' AS v"}', stage => 'k_sql');
SELECT mlcheck.add_check('s_cols', 'sql', params => '{"query": "SELECT 1, 2, 3"}', stage => 'k_sql');
SELECT mlcheck.add_check('s_nan', 'sql', params => '{"query": "SELECT ''NaN''::float8 AS v", "max": 1}', stage => 'k_sql');
SELECT mlcheck.add_check('s_big', 'sql', params => '{"query": "SELECT g FROM generate_series(1, 1001) g"}', stage => 'k_sql');
SELECT is(pg_temp.as_role_value('postgres', $$SELECT count(*)::text FROM mlcheck.run_checks(stage => 'k_sql', as_of => '2026-01-01 12:00:00+00')$$),
		  '12', 'a run of stage k_sql records 12 results (11 checks, one with two labels)');
SELECT is(pg_temp.run_summary(pg_temp.last_run()),
		  's_big:error s_bool:pass s_cols:error s_empty:warn s_fail:warn s_labels:pass s_labels:pass s_nan:fail s_null:fail s_pass:pass s_text:error s_warn:warn',
		  'statuses of the sql checks');
SELECT is((pg_temp.res('s_pass', 'n')).value, 56::float8, 'one-column query: metric named after the column, value 16+8+12+10+10 = 56');
SELECT is((pg_temp.res('s_warn', 'v')).threshold, 5::float8, 'warn band: threshold is warn_max');
SELECT is((pg_temp.res('s_fail', 'v')).value, 11.5::float8, 'numeric value, trailing semicolon stripped; severity warn when violated');
SELECT is((SELECT string_agg(metric || '=' || value || ':' || status, ' ' ORDER BY metric) FROM mlcheck.results
		   WHERE check_name = 's_labels'), '200=52:pass 500=4:pass', 'two-column query: one result per label (56 - 4 = 52 and 4)');
SELECT is((pg_temp.res('s_bool', 'as_of_is_param')).value, 1::float8, '$1 is the run''s as_of; a true boolean passes');
SELECT is((pg_temp.res('s_empty', 'value')).details ->> 'reason', 'the query returned no rows', 'no rows: on_empty status');
SELECT is((pg_temp.res('s_text', NULL)).details ->> 'sqlstate', '42804', 'a non-numeric value is an error 42804');
SELECT is((pg_temp.res('s_cols', NULL)).details ->> 'sqlstate', '42601', 'three columns is an error 42601');
SELECT is((pg_temp.res('s_big', NULL)).details ->> 'sqlstate', '54000', 'more than 1000 rows is an error 54000');
SELECT ok((pg_temp.res('s_nan', 'v')).value = 'NaN'::float8, 'NaN is recorded and fails every bound');
SELECT is((SELECT n_checks || '/' || n_pass || '/' || n_warn || '/' || n_fail || '/' || n_error || '/' || n_blocking || '/' || status
		   FROM mlcheck.runs WHERE run_id = pg_temp.last_run()), '11/3/3/2/3/5/error',
		  'run counts per check: 11 checks, 3 pass, 3 warn (s_fail has severity warn), 2 fail, 3 error, 5 blocking');
SELECT ok((SELECT finished_at >= started_at AND as_of = '2026-01-01 12:00:00+00' FROM mlcheck.runs WHERE run_id = pg_temp.last_run()),
		  'a run records its as_of and start and end times');

-- ---------------------------------------------------------------- kind freshness
-- newest ts is 12:00:00 - 30 s: lag 30 s at as_of 12:00
SELECT mlcheck.add_check('f_pass', 'freshness', 'tap_ev', ARRAY['ts'], '{"max_lag": "1 minute"}', stage => 'k_fresh');
SELECT mlcheck.add_check('f_warn', 'freshness', 'tap_ev', ARRAY['ts'], '{"max_lag": "1 hour", "warn_lag": "10 seconds"}', stage => 'k_fresh');
SELECT mlcheck.add_check('f_fail', 'freshness', 'tap_ev', ARRAY['ts'], '{"max_lag": "20 seconds"}', stage => 'k_fresh');
-- newest row with lat > 10: i = 10 of window 0, at 12:00 - 30 s - 30 min: lag 1830 s
SELECT mlcheck.add_check('f_where', 'freshness', 'tap_ev', ARRAY['ts'], '{"max_lag": "1 hour", "where": "lat > 10"}', stage => 'k_fresh');
SELECT mlcheck.add_check('f_empty', 'freshness', 'tap_empty', ARRAY['ts'], '{"max_lag": "1 hour"}', stage => 'k_fresh');
SELECT mlcheck.add_check('f_type', 'freshness', 'tap_ev', ARRAY['lat'], '{"max_lag": "1 hour"}', stage => 'k_fresh');
SELECT mlcheck.add_check('f_nocol', 'freshness', 'tap_ev', ARRAY['nope'], '{"max_lag": "1 hour"}', stage => 'k_fresh');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_fresh', as_of => '2026-01-01 12:00:00+00')$$, 'freshness run');
SELECT is(pg_temp.run_summary(pg_temp.last_run()), 'f_empty:fail f_fail:fail f_nocol:error f_pass:pass f_type:error f_warn:warn f_where:pass',
		  'statuses of the freshness checks');
SELECT is(ARRAY[(pg_temp.res('f_pass', 'lag_seconds')).value, (pg_temp.res('f_pass', 'lag_seconds')).threshold,
				(pg_temp.res('f_warn', 'lag_seconds')).threshold, (pg_temp.res('f_fail', 'lag_seconds')).threshold,
				(pg_temp.res('f_where', 'lag_seconds')).value],
		  ARRAY[30, 60, 10, 20, 1830]::float8[], 'lag 30 s against 60, 10 and 20 s; lag 1830 s with a where clause');
SELECT is((pg_temp.res('f_type', NULL)).details ->> 'message', 'column "lat" of relation public.tap_ev is of type double precision, not a date or timestamp',
		  'freshness needs a date or timestamp column');
SELECT is((pg_temp.res('f_nocol', NULL)).details ->> 'sqlstate', '42703', 'a missing column is error 42703');
SELECT lives_ok($$SELECT mlcheck.run_checks(selector => 'f_pass', as_of => '2026-01-01 12:10:00+00')$$, 'run one check by name');
SELECT is((pg_temp.res('f_pass', 'lag_seconds')).value, 630::float8, 'as of 12:10 the lag is 630 s');

-- ---------------------------------------------------------------- kind volume
-- latest window 16 rows; history [8, 12, 10, 10]: mean 10, sd sqrt(8/3) = 1.6329931618554521,
-- z = 6 / sd = 3.6742346141747673 > 3
SELECT mlcheck.add_check('v_z', 'volume', 'tap_ev', NULL, '{"time_column": "ts", "window": "1 hour", "history": 4}', stage => 'k_vol');
SELECT mlcheck.add_check('v_abs', 'volume', 'tap_ev', NULL, '{"time_column": "ts", "window": "1 hour", "min": 20}', stage => 'k_vol');
-- history 10: windows 5..10 end before the first row (07:32:30) and are left out: same z
SELECT mlcheck.add_check('v_hist', 'volume', 'tap_ev', NULL, '{"time_column": "ts", "window": "1 hour", "history": 10}', stage => 'k_vol');
-- status 200 only: latest 12, z = 2 / sd = 1.2247448713915890
SELECT mlcheck.add_check('v_where', 'volume', 'tap_ev', NULL, '{"time_column": "ts", "window": "1 hour", "history": 4, "where": "status = 200", "max_z": 100}', stage => 'k_vol');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_vol', as_of => '2026-01-01 12:00:00+00')$$, 'volume run');
SELECT is(pg_temp.run_summary(pg_temp.last_run()), 'v_abs:fail v_hist:pass v_hist:fail v_where:pass v_where:pass v_z:pass v_z:fail',
		  'statuses of the volume checks');
SELECT is((pg_temp.res('v_z', 'rows_zscore')).details -> 'history', '[8, 12, 10, 10]'::jsonb, 'history window counts');
SELECT ok(abs((pg_temp.res('v_z', 'rows_zscore')).value - 3.6742346141747673) < 1e-12, 'z-score of the latest window');
SELECT ok(abs((pg_temp.res('v_hist', 'rows_zscore')).value - 3.6742346141747673) < 1e-12, 'windows before the first row are not history');
SELECT ok(abs((pg_temp.res('v_where', 'rows_zscore')).value - 1.2247448713915890) < 1e-12, 'volume with a where clause');
SELECT is(ARRAY[(pg_temp.res('v_abs', 'rows')).value, (pg_temp.res('v_abs', 'rows')).threshold], ARRAY[16, 20]::float8[],
		  '16 rows against min 20');
-- as of 09:00, window 0 is (08:00, 09:00] (10 rows); only window 1 has history: too little
SELECT lives_ok($$SELECT mlcheck.run_checks(selector => 'v_z', as_of => '2026-01-01 09:00:00+00')$$, 'volume run as of 09:00');
SELECT is((pg_temp.res('v_z', 'rows_zscore')).status || ' ' || ((pg_temp.res('v_z', 'rows_zscore')).details ->> 'reason'),
		  'warn insufficient history', 'fewer than 2 history windows: warn');

-- ---------------------------------------------------------------- kinds latency and error_rate
-- window 0 latencies 1..16: percentile_disc(0.5) = 8 (8/16 = 0.5), (0.9) = 15 (14/16 < 0.9 <= 15/16)
SELECT mlcheck.add_check('l_p50', 'latency', 'tap_ev', ARRAY['lat'], '{"quantile": 0.5, "max": 10, "time_column": "ts", "window": "1 hour"}', stage => 'k_slo');
SELECT mlcheck.add_check('l_p90', 'latency', 'tap_ev', ARRAY['lat'], '{"quantile": 0.9, "max": 14, "time_column": "ts", "window": "1 hour"}', stage => 'k_slo');
SELECT mlcheck.add_check('l_empty', 'latency', 'tap_empty', ARRAY['lat'], '{"max": 1}', stage => 'k_slo');
-- window 0: 4 errors in 16 rows = 0.25; all rows: 4 / 56 = 0.07142857142857142
SELECT mlcheck.add_check('e_fail', 'error_rate', 'tap_ev', NULL, '{"condition": "status >= 500", "max": 0.2, "time_column": "ts", "window": "1 hour"}', stage => 'k_slo');
SELECT mlcheck.add_check('e_warn', 'error_rate', 'tap_ev', NULL, '{"condition": "status >= 500", "max": 0.5, "warn_max": 0.1, "time_column": "ts", "window": "1 hour"}', stage => 'k_slo');
SELECT mlcheck.add_check('e_all', 'error_rate', 'tap_ev', NULL, '{"condition": "status >= 500", "max": 0.1}', stage => 'k_slo');
SELECT mlcheck.add_check('e_empty', 'error_rate', 'tap_empty', NULL, '{"condition": "lat > 1", "max": 0.1, "on_empty": "pass"}', stage => 'k_slo');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_slo', as_of => '2026-01-01 12:00:00+00')$$, 'SLO run');
SELECT is(pg_temp.run_summary(pg_temp.last_run()), 'e_all:pass e_empty:pass e_fail:fail e_warn:warn l_empty:fail l_p50:pass l_p90:fail',
		  'statuses of the SLO checks');
SELECT is(ARRAY[(pg_temp.res('l_p50', 'p50')).value, (pg_temp.res('l_p90', 'p90')).value, (pg_temp.res('l_p90', 'p90')).threshold],
		  ARRAY[8, 15, 14]::float8[], 'latency quantiles p50 = 8 and p90 = 15 (max 14)');
SELECT is(ARRAY[(pg_temp.res('e_fail', 'error_rate')).value, (pg_temp.res('e_all', 'error_rate')).value],
		  ARRAY[0.25, 4.0 / 56]::float8[], 'error rates 4/16 and 4/56');
SELECT is((pg_temp.res('e_empty', 'error_rate')).details ->> 'reason', 'no rows', 'no rows: on_empty pass');

-- ---------------------------------------------------------------- kind prediction_skew
-- joined 8 of 10 online rows (missing 0.2); id 8 mismatches (0.3 vs 0.4): 1/8 = 0.125
SELECT mlcheck.add_check('p_skew', 'prediction_skew', 'tap_online', NULL, '{"offline": "tap_offline", "key": "id", "online_column": "s", "offline_column": "s"}', stage => 'k_pskew');
SELECT mlcheck.add_check('p_tol', 'prediction_skew', 'tap_online', NULL, '{"offline": "public.tap_offline", "key": "id", "online_column": "s", "offline_column": "s", "abs_tolerance": 0.2, "max_missing_rate": 0.1}', stage => 'k_pskew');
SELECT mlcheck.add_check('p_exact', 'prediction_skew', 'tap_online', NULL, '{"offline": "tap_offline", "key": "id", "online_column": "s", "offline_column": "s", "rel_tolerance": 0, "max_mismatch_rate": 0.5}', stage => 'k_pskew');
SELECT mlcheck.add_check('p_dup', 'prediction_skew', 'tap_online', NULL, '{"offline": "tap_offline_dup", "key": "id", "online_column": "s", "offline_column": "s"}', stage => 'k_pskew');
SELECT is((SELECT params ->> 'offline' FROM mlcheck.checks WHERE name = 'p_skew'), 'public.tap_offline', 'relation parameters are stored qualified');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_pskew', as_of => '2026-01-01 12:00:00+00')$$, 'prediction skew run');
SELECT is(pg_temp.run_summary(pg_temp.last_run()), 'p_dup:error p_exact:pass p_exact:pass p_skew:fail p_skew:pass p_tol:pass p_tol:fail',
		  'statuses of the prediction skew checks');
SELECT is((pg_temp.res('p_skew', 'mismatch_rate')).value, 0.125::float8, 'mismatch rate 1/8 (NULL-NULL and NaN-NaN match)');
SELECT is((pg_temp.res('p_skew', 'mismatch_rate')).details - 'max_abs_diff' - 'rel_tolerance' - 'abs_tolerance',
		  '{"joined": 8, "offline": "public.tap_offline", "mismatched": 1, "online_rows": 10, "sample_keys": [8], "offline_column": "s"}'::jsonb,
		  'mismatch details: counts and sample keys');
SELECT is((pg_temp.res('p_tol', 'missing_rate')).value, 0.2::float8, 'missing rate 2/10');
SELECT is((pg_temp.res('p_exact', 'mismatch_rate')).value, 0.25::float8, 'without tolerance the 1e-12 difference mismatches too: 2/8');
SELECT is((pg_temp.res('p_dup', NULL)).details ->> 'sqlstate', '21000', 'duplicate offline keys are error 21000');

-- ---------------------------------------------------------------- kind metric_anomaly
-- the source takes the values 10, 12, 11, 13, 20 in five hourly runs
SELECT mlcheck.add_check('a_src', 'sql', params => '{"query": "SELECT v FROM public.tap_metric"}', stage => 'k_anom');
SELECT mlcheck.add_check('a_rel', 'metric_anomaly', params => '{"source": "a_src", "method": "relative", "max_abs_change": 0.5}', stage => 'k_anom');
SELECT mlcheck.add_check('a_z', 'metric_anomaly', params => '{"source": "a_src", "metric": "v", "method": "zscore"}', stage => 'k_anom');
SELECT mlcheck.add_check('a_ref', 'metric_anomaly', params => '{"source": "a_src", "method": "reference", "reference_from": "2026-01-02 00:00+00", "reference_to": "2026-01-02 02:30+00"}', stage => 'k_anom');
CREATE FUNCTION pg_temp.anom_run(v float8, h int) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM public.tap_metric;
	INSERT INTO public.tap_metric VALUES (v);
	PERFORM mlcheck.run_checks(stage => 'k_anom', as_of => '2026-01-02 00:00+00'::timestamptz + h * interval '1 hour');
	RETURN pg_temp.run_summary(pg_temp.last_run());
END $$;
SELECT is(pg_temp.anom_run(10, 0), 'a_ref:warn a_rel:warn a_src:pass a_z:warn', 'first run: no history yet, warn');
SELECT is(pg_temp.anom_run(12, 1), 'a_ref:warn a_rel:pass a_src:pass a_z:warn', 'second run: relative change 0.2');
SELECT is(pg_temp.anom_run(11, 2), 'a_ref:pass a_rel:pass a_src:pass a_z:warn', 'third run');
-- run 4: history [11, 12, 10]: mean 11, sd 1: z = (13 - 11) / 1 = 2
SELECT is(pg_temp.anom_run(13, 3), 'a_ref:pass a_rel:pass a_src:pass a_z:pass', 'fourth run');
SELECT is((pg_temp.res('a_z', 'zscore')).value, 2::float8, 'z-score 2 in the fourth run');
SELECT is(pg_temp.anom_run(20, 4), 'a_ref:fail a_rel:fail a_src:pass a_z:fail', 'fifth run: 20 is an anomaly for every method');
-- (20 - 13) / 13 = 0.5384615384615384
SELECT ok(abs((pg_temp.res('a_rel', 'relative_change')).value - 7.0 / 13) < 1e-15
		  AND (pg_temp.res('a_rel', 'relative_change')).threshold = 0.5, 'relative change 7/13 against 0.5');
-- history [13, 11, 12, 10]: mean 11.5, sd sqrt(5/3) = 1.2909944487358056, z = 8.5 / sd = 6.584071688552607
SELECT ok(abs((pg_temp.res('a_z', 'zscore')).value - 6.584071688552607) < 1e-12, 'z-score over the trailing window');
-- reference runs 1..3: 10, 12, 11: mean 11, sd 1, band [8, 14]
SELECT is(ARRAY[(pg_temp.res('a_ref', 'reference_band')).value, (pg_temp.res('a_ref', 'reference_band')).threshold,
				((pg_temp.res('a_ref', 'reference_band')).details ->> 'lower')::float8],
		  ARRAY[20, 14, 8]::float8[], 'mean +- 3 sd of the reference period');
SELECT is((SELECT string_agg(metric || '=' || value || ':' || status, ' ')
		   FROM mlcheck.evaluate_check((SELECT check_id FROM mlcheck.checks WHERE name = 'a_src'), '2026-01-02 05:00+00')),
		  'v=20:pass', 'evaluate_check() returns the outcomes of one check');
SELECT is((SELECT count(*)::int FROM mlcheck.results WHERE observed_at = '2026-01-02 05:00+00'), 0, 'evaluate_check() records nothing');

-- ---------------------------------------------------------------- kind metric_gate
-- candidate auc 0.8, loss 0.4 against baseline 0.85, 0.3: auc >= 0.75 passes; its change
-- 0.8 - 0.85 = -0.05 < -0.01 fails; loss relative change 0.1 / 0.3 = 1/3 <= 0.5 passes
SELECT mlcheck.add_check('g_obj', 'metric_gate', params => '{"candidate": {"auc": 0.8, "loss": 0.4}, "baseline": {"auc": 0.85, "loss": 0.3},
	"rules": {"auc": {"value": {"lower_bound": 0.75}, "change": {"direction": "higher_is_better", "absolute": -0.01}},
			  "loss": {"change": {"direction": "lower_is_better", "relative": 0.5}}}}', stage => 'k_gate');
-- a first model: no baseline, change rules do not apply
SELECT mlcheck.add_check('g_query', 'metric_gate', params => '{"candidate": "SELECT jsonb_build_object(''auc'', 0.9)", "baseline": null,
	"rules": {"auc": {"value": {"lower_bound": 0.95}, "change": {"direction": "higher_is_better", "absolute": 0}}}}', stage => 'k_gate');
SELECT mlcheck.add_check('g_rows', 'metric_gate', params => '{"candidate": "SELECT ''{}''::jsonb FROM generate_series(1, 2)", "rules": {}}', stage => 'k_gate');
SELECT mlcheck.add_check('g_notobj', 'metric_gate', params => '{"candidate": "SELECT ''[1]''::jsonb", "rules": {}}', stage => 'k_gate');
-- scores of two versions: current ranks every positive first (auc 1); the candidate ranks one
-- negative (0.6) above a positive (0.5): auc 3/4
CREATE TABLE public.tap_pred (model_version text, score float8, label bool);
INSERT INTO public.tap_pred VALUES ('current', 0.9, true), ('current', 0.8, true), ('current', 0.3, false), ('current', 0.2, false),
	('candidate', 0.9, true), ('candidate', 0.6, false), ('candidate', 0.5, true), ('candidate', 0.1, false);
SELECT mlcheck.add_check('g_rel', 'metric_gate', 'tap_pred', NULL, '{"candidate_version": "candidate", "baseline_version": "current",
	"rules": {"roc_auc": {"value": {"lower_bound": 0.8}, "change": {"direction": "higher_is_better", "absolute": -0.1}}}}', stage => 'k_gate');
SELECT throws_ok($$SELECT mlcheck.add_check('g_bad', 'metric_gate', 'tap_pred', NULL, '{"candidate": {}, "rules": {}}')$$, '22023', NULL,
				 'a gate on a relation takes versions, not metrics');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_gate', as_of => '2026-01-01 12:00:00+00')$$, 'gate run');
SELECT is((SELECT string_agg(check_name || ':' || coalesce(metric, '-') || '=' || coalesce(round(value::numeric, 6)::text, 'NULL')
						 || '/' || coalesce(threshold::text, '-') || ':' || status, ' ' ORDER BY check_name, result_id)
		   FROM mlcheck.results WHERE run_id = pg_temp.last_run()),
		  'g_notobj:-=NULL/-:error g_obj:auc=0.800000/0.75:pass g_obj:auc_change=-0.050000/-0.01:fail g_obj:loss_relative_change=0.333333/0.5:pass '
		  'g_query:auc=0.900000/0.95:fail g_query:auc_change=NULL/0:pass g_rel:roc_auc=0.750000/0.8:fail g_rel:roc_auc_change=-0.250000/-0.1:fail g_rows:-=NULL/-:error',
		  'one outcome per rule: values, changes and relative changes against their bounds');
SELECT is((pg_temp.res('g_query', 'auc_change')).details ->> 'note', 'no baseline: the change rule does not apply',
		  'a change rule without a baseline passes with a note');
SELECT is(ARRAY[(pg_temp.res('g_rows', NULL)).details ->> 'sqlstate', (pg_temp.res('g_notobj', NULL)).details ->> 'sqlstate'],
		  ARRAY['21000', '42804'], 'a metrics query must return one row holding a JSON object');

-- ---------------------------------------------------------------- subtransaction isolation
SELECT mlcheck.add_check('i_ok', 'sql', params => '{"query": "SELECT public.tap_log(''ok'') AS logged"}', stage => 'k_iso');
SELECT mlcheck.add_check('i_bad', 'sql', params => '{"query": "SELECT public.tap_log_fail(''bad'')"}', stage => 'k_iso');
SELECT mlcheck.add_check('i_guc', 'sql', params => '{"query": "SELECT pg_catalog.set_config(''work_mem'', ''1234kB'', false) IS NOT NULL AS set"}', stage => 'k_iso');
SELECT mlcheck.add_check('i_after', 'sql', params => '{"query": "SELECT 1 AS one"}', stage => 'k_iso');
SELECT set_config('work_mem', '4MB', true);
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_iso', as_of => '2026-01-01 12:00:00+00')$$, 'a run with a failing check completes');
SELECT is(pg_temp.run_summary(pg_temp.last_run()), 'i_after:pass i_bad:error i_guc:pass i_ok:pass',
		  'the checks after the failing one ran and were recorded');
SELECT is((pg_temp.res('i_bad', NULL)).details, '{"hint": "as intended", "message": "tap_log_fail: bad", "sqlstate": "P0001"}'::jsonb,
		  'the error is recorded with its message, SQLSTATE and hint');
SELECT is((SELECT array_agg(note ORDER BY note) FROM public.tap_side), ARRAY['ok'],
		  'what the failing check wrote is rolled back, what the others wrote is kept');
SELECT is(current_setting('work_mem'), '4MB', 'settings changed by a check are restored');
SELECT is(current_setting('search_path'), '"$user", public', 'the search_path is restored');

-- ---------------------------------------------------------------- privileges
CREATE ROLE tap_low LOGIN;
CREATE ROLE tap_other LOGIN;
CREATE ROLE tap_team NOLOGIN;
GRANT tap_team TO tap_low;
CREATE ROLE tap_admin LOGIN IN ROLE mlcheck_admin;
CREATE ROLE tap_reader LOGIN IN ROLE mlcheck_reader;
CREATE TABLE public.tap_secret (x int);
INSERT INTO public.tap_secret VALUES (42);
CREATE FUNCTION public.tap_reset_role() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RESET ROLE; RETURN 1; END $$;
CREATE FUNCTION public.tap_set_role() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM set_config('role', 'postgres', true); RETURN 1; END $$;
CREATE FUNCTION public.tap_session_auth() RETURNS int LANGUAGE plpgsql AS $$ BEGIN SET SESSION AUTHORIZATION postgres; RETURN 1; END $$;
CREATE FUNCTION public.tap_promote() RETURNS int LANGUAGE plpgsql AS $$ BEGIN ALTER ROLE tap_low SUPERUSER; RETURN 1; END $$;
SELECT mlcheck.add_check('p_su', 'sql', params => '{"query": "SELECT count(*) AS n FROM public.tap_secret", "max": 5}', stage => 'k_priv');

SELECT is(pg_temp.as_role('tap_low', $q$
	SELECT mlcheck.add_check('p_steal', 'sql', params => '{"query": "SELECT x FROM public.tap_secret"}', stage => 'k_priv'),
		   mlcheck.add_check('p_reset', 'sql', params => '{"query": "SELECT public.tap_reset_role()"}', stage => 'k_priv'),
		   mlcheck.add_check('p_setrole', 'sql', params => '{"query": "SELECT public.tap_set_role()"}', stage => 'k_priv'),
		   mlcheck.add_check('p_sessauth', 'sql', params => '{"query": "SELECT public.tap_session_auth()"}', stage => 'k_priv'),
		   mlcheck.add_check('p_promote', 'sql', params => '{"query": "SELECT public.tap_promote()"}', stage => 'k_priv'),
		   mlcheck.add_check('p_whoami', 'sql', params => '{"query": "SELECT current_user = ''tap_low'' AND session_user = ''postgres'' AS runs_as_owner"}', stage => 'k_priv')
	$q$), 'ok 1', 'a low-privileged role adds checks');
SELECT is((SELECT string_agg(DISTINCT owner::text, ',') FROM mlcheck.checks WHERE name LIKE 'p\_%' AND name <> 'p_su' AND kind = 'sql'),
		  'tap_low', 'its checks are owned by it');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_priv', as_of => '2026-01-01 12:00:00+00')$$, 'a superuser runs every check');
SELECT is(pg_temp.run_summary(pg_temp.last_run()),
		  'p_promote:error p_reset:error p_sessauth:error p_setrole:error p_steal:error p_su:pass p_whoami:pass',
		  'the low-privileged checks ran as their owner');
SELECT is((pg_temp.res('p_steal', NULL)).details ->> 'message', 'permission denied for table tap_secret',
		  'a check cannot read a table its owner has no grant on');
SELECT is((SELECT string_agg(details ->> 'sqlstate', ',' ORDER BY check_name) FROM mlcheck.results
		   WHERE run_id = pg_temp.last_run() AND check_name IN ('p_reset', 'p_setrole', 'p_sessauth', 'p_promote')),
		  '42501,42501,42501,42501', 'RESET ROLE, SET ROLE, SET SESSION AUTHORIZATION, ALTER ROLE: all refused');
SELECT is((pg_temp.res('p_reset', NULL)).details ->> 'message', 'cannot set parameter "role" within security-definer function',
		  'the owner''s code cannot switch back to the runner''s role');
SELECT ok(NOT (SELECT rolsuper FROM pg_roles WHERE rolname = 'tap_low'), 'the low role did not become a superuser');
SELECT is((pg_temp.res('p_whoami', 'runs_as_owner')).value, 1::float8, 'current_user is the owner, session_user the runner');

SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.checks (name, kind, params, owner) VALUES ('p_forge', 'sql', '{"query": "SELECT 1"}', 'postgres')$$),
		  '42501: new row violates row-level security policy for table "checks"', 'a check cannot be registered for another role');
SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.checks (name, kind, params, owner, stage) VALUES ('p_team', 'sql', '{"query": "SELECT current_user = ''tap_team'' AS team"}', 'tap_team', 'k_priv')$$),
		  'ok 1', 'a member of a role registers a check owned by that role');
SELECT is(pg_temp.as_role_value('tap_low', $$SELECT string_agg(name, ',' ORDER BY name) FROM mlcheck.checks WHERE stage = 'k_priv'$$),
		  'p_promote,p_reset,p_sessauth,p_setrole,p_steal,p_team,p_whoami', 'other roles'' checks are invisible');
SELECT is(pg_temp.as_role('tap_low', $$UPDATE mlcheck.checks SET params = '{"query": "SELECT 2"}' WHERE name = 'p_su'$$),
		  'ok 0', 'another role''s check cannot be changed');
SELECT is(pg_temp.as_role('tap_low', $$DELETE FROM mlcheck.checks WHERE name = 'p_su'$$), 'ok 0', 'nor deleted');
SELECT is(pg_temp.as_role('tap_low', $$UPDATE mlcheck.checks SET owner = 'postgres' WHERE name = 'p_whoami'$$),
		  '42501: permission denied to change what check "p_whoami" runs', 'a check cannot be given to a role one is not a member of');
SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.results (run_id, check_id, check_name, stage, kind, blocking, owner, status, observed_at)
		  SELECT max(run_id), (SELECT check_id FROM mlcheck.checks WHERE name = 'p_whoami'), 'p_su', 'k_priv', 'sql', true, 'postgres', 'pass', '2026-01-01 12:00:00+00'
		  FROM mlcheck.runs$$),
		  '42501: new row violates row-level security policy for table "results"', 'results cannot be forged into someone else''s run');
SELECT is(pg_temp.as_role_value('tap_low', $$SELECT count(*)::text FROM mlcheck.results WHERE check_name = 'p_su'$$), '0',
		  'results of other roles'' checks are invisible');
SELECT is(pg_temp.as_role_value('tap_low', $$SELECT string_agg(check_name || ':' || status, ' ' ORDER BY check_name) FROM mlcheck.run_checks(stage => 'k_priv', as_of => '2026-01-01 12:00:00+00')$$),
		  'p_promote:error p_reset:error p_sessauth:error p_setrole:error p_steal:error p_team:pass p_whoami:pass',
		  'a low-privileged runner runs its own checks (and its group''s, as the group)');
SELECT is(pg_temp.as_role_value('tap_low', $$SELECT * FROM mlcheck._ck_evaluate((SELECT check_id FROM mlcheck.checks WHERE name = 'p_whoami'), now())$$),
		  '42501: check "p_whoami" is evaluated only by mlcheck.evaluate_check() and mlcheck.run_checks()', 'the evaluator cannot be called directly');
SELECT throws_ok($$SELECT * FROM mlcheck._ck_eval_sql((SELECT c FROM mlcheck.checks c WHERE name = 'p_steal'), now())$$, '42501', NULL,
				 'a superuser calling an evaluator directly does not run another role''s SQL');
SELECT is((SELECT status FROM mlcheck.evaluate_check((SELECT check_id FROM mlcheck.checks WHERE name = 'p_whoami'))), 'pass',
		  'evaluate_check() runs a check as its owner');
SELECT is(pg_temp.as_role_value('tap_other', format('SELECT status FROM mlcheck.evaluate_check(%s)', c.check_id)),
		  format('42704: check %s does not exist', c.check_id), 'a check invisible to the caller cannot be evaluated')
FROM mlcheck.checks c WHERE c.name = 'p_whoami';
SELECT is(pg_temp.as_role_value('tap_low', $$SELECT count(*)::text FROM mlcheck.baselines b JOIN mlcheck.baseline_profiles p USING (baseline_id)$$),
		  '0', 'another role''s baselines and their profiles are invisible');
SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.baseline_profiles SELECT baseline_id, 'x', profile FROM mlcheck.baseline_profiles$$),
		  'ok 0', 'and cannot be copied');
-- the management role sees and disables every check but cannot make another role run new SQL
SELECT is(pg_temp.as_role_value('tap_admin', $$SELECT string_agg(check_name || ':' || status || ':' || coalesce(details ->> 'sqlstate', ''), ' ' ORDER BY check_name)
		  FROM mlcheck.run_checks(selector => 'p_s%', stage => 'k_priv', as_of => '2026-01-01 12:00:00+00')$$),
		  'p_sessauth:error:42501 p_setrole:error:42501 p_steal:error:42501 p_su:error:42501',
		  'a runner that sees a check it cannot run records permission denied');
SELECT is((pg_temp.res('p_su', NULL)).details ->> 'message', 'permission denied to run check "p_su" as role "postgres"',
		  'the permission error names the check and its owner');
SELECT is(pg_temp.as_role('tap_admin', $$UPDATE mlcheck.checks SET enabled = false, severity = 'warn' WHERE name = 'p_steal'$$), 'ok 1',
		  'mlcheck_admin disables another role''s check');
SELECT is(pg_temp.as_role('tap_admin', $$UPDATE mlcheck.checks SET params = '{"query": "SELECT 1"}' WHERE name = 'p_steal'$$),
		  '42501: permission denied to change what check "p_steal" runs', 'mlcheck_admin cannot change what it runs');
SELECT is(pg_temp.as_role('tap_admin', $$DELETE FROM mlcheck.checks WHERE name = 'p_promote'$$), 'ok 1', 'mlcheck_admin deletes any check');
SELECT is(pg_temp.as_role('tap_admin', $$INSERT INTO mlcheck.checks (name, kind, params, owner) VALUES ('p_adm', 'sql', '{"query": "SELECT 1"}', 'tap_low')$$),
		  '42501: new row violates row-level security policy for table "checks"', 'mlcheck_admin cannot register checks for other roles');
SELECT is(pg_temp.as_role_value('tap_reader', $$SELECT count(DISTINCT owner)::text FROM mlcheck.results WHERE stage = 'k_priv'$$), '3',
		  'mlcheck_reader reads every result (postgres, tap_low and tap_team checks)');
SELECT is(pg_temp.as_role('tap_reader', $$UPDATE mlcheck.checks SET enabled = false$$), 'ok 0', 'mlcheck_reader changes nothing');
SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.runs (run_by, as_of) VALUES ('postgres', now())$$),
		  '42501: new row violates row-level security policy for table "runs"', 'a run cannot be recorded for another role');
SELECT is(pg_temp.as_role('tap_low', $$SELECT mlcheck.run_checks(as_of => now() + interval '1 day')$$),
		  '22023: as_of ' || (now() + interval '1 day')::text || ' is in the future', 'as_of cannot be in the future');

-- ---------------------------------------------------------------- alerts
-- payload of the k_sql run: blocking results first, errors before failures
SELECT is((SELECT jsonb_path_query_array(mlcheck.alert_payload(r.run_id), '$.results[*].check') FROM mlcheck.runs r
		   WHERE r.stage = 'k_sql' ORDER BY r.run_id LIMIT 1),
		  '["s_big", "s_cols", "s_text", "s_nan", "s_null"]'::jsonb, 'payload lists failures, blocking and errors first');
SELECT is((SELECT mlcheck.alert_payload(r.run_id) -> 'counts' FROM mlcheck.runs r WHERE r.stage = 'k_sql' ORDER BY r.run_id LIMIT 1),
		  '{"checks": 11, "pass": 3, "warn": 3, "fail": 2, "error": 3, "blocking": 5}'::jsonb, 'payload counts');
SELECT is((SELECT mlcheck.alert_payload(r.run_id) -> 'results' -> 3 FROM mlcheck.runs r WHERE r.stage = 'k_sql' ORDER BY r.run_id LIMIT 1),
		  jsonb_build_object('check_id', (SELECT check_id FROM mlcheck.checks WHERE name = 's_nan'), 'check', 's_nan', 'stage', 'k_sql',
							 'kind', 'sql', 'status', 'fail', 'blocking', true, 'metric', 'v', 'value', 'NaN', 'threshold', 1),
		  'a payload entry: check, stage, kind, status, metric, value (NaN as a string), threshold');
-- 60 failing checks with 150-character names do not fit in 8000 bytes
SELECT mlcheck.add_check(repeat('x', 147) || lpad(i::text, 3, '0'), 'sql', params => '{"query": "SELECT 1 AS one", "max": 0}', stage => 'k_many')
FROM generate_series(1, 60) i;
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_many', as_of => '2026-01-01 12:00:00+00')$$, 'a run with 60 failures');
SELECT ok((SELECT octet_length(mlcheck.alert_payload(pg_temp.last_run())::text) < 8000), 'the payload stays under 8000 bytes');
SELECT is((SELECT (p ->> 'omitted')::int + jsonb_array_length(p -> 'results') FROM mlcheck.alert_payload(pg_temp.last_run()) p), 60,
		  'the entries left out are counted in "omitted"');
SELECT ok((SELECT (p ->> 'omitted')::int > 0 FROM mlcheck.alert_payload(pg_temp.last_run()) p), 'some entries were left out');

-- routes: a handler of tap_low gets the results it may see, called as tap_low
CREATE TABLE public.tap_alerts (who text, run_id bigint, n int, checks text);
GRANT INSERT ON public.tap_alerts TO tap_low;
CREATE FUNCTION public.tap_handler(p jsonb) RETURNS void LANGUAGE sql AS $$
	INSERT INTO public.tap_alerts SELECT current_user, (p ->> 'run_id')::bigint, jsonb_array_length(p -> 'results'),
		(SELECT string_agg(e ->> 'check', ',' ORDER BY e ->> 'check') FROM jsonb_array_elements(p -> 'results') e)
$$;
CREATE FUNCTION public.tap_bad_handler(p jsonb) RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'pager down'; END $$;
SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.alert_routes (name, stages, min_status, handler) VALUES ('r_low', '{k_priv}', 'error', 'public.tap_handler')$$),
		  'ok 1', 'a route with a handler');
SELECT is(pg_temp.as_role('tap_low', $$INSERT INTO mlcheck.alert_routes (name, handler) VALUES ('r_none', 'public.nope')$$),
		  '42883: alert handler public.nope(jsonb) does not exist', 'a route handler must exist');
INSERT INTO mlcheck.alert_routes (name, stages, handler) VALUES ('r_bad', '{k_priv}', 'public.tap_bad_handler');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_priv', as_of => '2026-01-01 12:00:00+00')$$, 'a run with routes');
SELECT is((SELECT who || ' ' || n || ' ' || checks FROM public.tap_alerts WHERE run_id = pg_temp.last_run()),
		  'tap_low 3 p_reset,p_sessauth,p_setrole', 'the handler ran as its owner and saw only its owner''s errors (p_steal is disabled)');
SELECT is((SELECT alerts FROM mlcheck.runs WHERE run_id = pg_temp.last_run()),
		  '[{"route": "r_low", "delivered": true}, {"route": "r_bad", "message": "pager down", "sqlstate": "P0001", "delivered": false}]'::jsonb,
		  'delivery outcomes are recorded in runs.alerts; a failing handler does not stop the run');

-- ---------------------------------------------------------------- assert_passed
SELECT throws_ok(format('SELECT mlcheck.assert_passed(%s)', (SELECT min(run_id) FROM mlcheck.runs WHERE stage = 'k_sql')), 'ML001',
				 format('5 blocking checks failed in run %s', (SELECT min(run_id) FROM mlcheck.runs WHERE stage = 'k_sql')),
				 'assert_passed raises ML001 when blocking checks failed');
SELECT mlcheck.add_check('nb_fail', 'sql', params => '{"query": "SELECT 2 AS v", "max": 1}', stage => 'k_nb', blocking => false);
SELECT mlcheck.add_check('nb_pass', 'sql', params => '{"query": "SELECT 0 AS v", "max": 1}', stage => 'k_nb');
SELECT lives_ok($$SELECT mlcheck.run_checks(stage => 'k_nb', as_of => '2026-01-01 12:00:00+00')$$, 'a run with a non-blocking failure');
SELECT is(mlcheck.assert_passed(), format('run %s passed: 2 checks, 1 pass, 0 warn, 1 non-blocking fail or error', pg_temp.last_run()),
		  'assert_passed() checks the caller''s latest run and passes non-blocking failures');
SELECT is(pg_temp.as_role_value('tap_other', 'SELECT mlcheck.assert_passed()'),
		  'ML002: no run of mlcheck.run_checks() by role tap_other to assert', 'ML002 without a run');
SELECT throws_ok('SELECT mlcheck.assert_passed(-1)', 'ML002', 'run -1 does not exist', 'ML002 for a missing run');

-- ---------------------------------------------------------------- views
SELECT is((SELECT status || ' ' || failing FROM mlcheck.latest_status WHERE check_name = 'v_z'), 'fail 1',
		  'latest_status: the latest run by observed time (12:00, not the later run as of 09:00) of v_z failed');
SELECT is((SELECT string_agg(metric || ':' || status, ' ' ORDER BY metric) FROM mlcheck.latest_results WHERE check_name = 'v_z'),
		  'rows:pass rows_zscore:fail', 'latest_results: the rows of that run');
SELECT is((SELECT failing_since FROM mlcheck.failures WHERE check_name = 'a_z'), '2026-01-02 04:00+00'::timestamptz,
		  'failures: a_z has been failing since the fifth run');
SELECT is((SELECT count(*)::int FROM mlcheck.metric_history WHERE check_name = 'a_src'), 5, 'metric_history: one row per run');

-- ---------------------------------------------------------------- retention
SELECT mlcheck.add_check('old_new', 'sql', params => '{"query": "SELECT 1 AS one"}', stage => 'k_ret');
SELECT count(*) FROM mlcheck.run_checks(stage => 'k_ret', as_of => now() - interval '400 days');
SELECT count(*) FROM mlcheck.run_checks(stage => 'k_ret', as_of => now() - interval '400 days');
SELECT count(*) FROM mlcheck.run_checks(stage => 'k_ret', as_of => now() - interval '1 hour');
SELECT is(mlcheck.delete_results('200 days', 1), 1::bigint, 'delete_results deletes one batch');
SELECT is((SELECT count(*)::int FROM mlcheck.results WHERE check_name = 'old_new'), 2, 'one old result is gone');
SELECT ok(mlcheck.delete_results('200 days') >= 1, 'then the rest');
SELECT is((SELECT count(*)::int FROM mlcheck.results WHERE check_name = 'old_new'), 1, 'only the recent result is left');
SELECT is((SELECT count(*)::int FROM mlcheck.runs WHERE stage = 'k_ret'), 1, 'the emptied runs are deleted too');
SELECT throws_ok($$SELECT mlcheck.delete_results('-1 day')$$, '22023', 'older_than must be a non-negative interval', 'negative interval');
SELECT throws_ok($$SELECT mlcheck.delete_results('1 day', 0)$$, '22023', 'batch_size must be at least 1', 'batch size');

SELECT * FROM finish();
ROLLBACK;
