-- Checks runner: results history and the dashboard views over three runs at fixed times.
CREATE EXTENSION mlcheck;
SET extra_float_digits = 0;
-- error texts with DETAIL and HINT but without PL/pgSQL line numbers
\set SHOW_CONTEXT never

-- a serving log: one request every 10 minutes during the day before each run
CREATE TABLE reg_requests (id int, at timestamptz, latency_ms float8, status int);
INSERT INTO reg_requests
SELECT i, '2026-03-01 12:00:00+00'::timestamptz - i * interval '10 minutes', 20 + (i % 10) * 10, 200
FROM generate_series(0, 143) i;

-- registration: one check per kind and stage; errors in definitions are reported at once
SELECT mlcheck.add_check('rows_total', 'sql', params => '{"query": "SELECT count(*) AS rows FROM public.reg_requests", "min": 1}');
SELECT mlcheck.add_check('no_negative_latency', 'sql',
	params => '{"query": "SELECT count(*) = 0 AS no_negative FROM public.reg_requests WHERE latency_ms < 0"}');
SELECT mlcheck.add_check('broken_feature', 'sql', params => '{"query": "SELECT 1 / 0 AS x"}', stage => 'features',
	blocking => false);
SELECT mlcheck.add_check('rows_jump', 'metric_anomaly',
	params => '{"source": "rows_total", "method": "relative", "max_abs_change": 0.5}', stage => 'model', severity => 'warn');
SELECT mlcheck.add_check('log_fresh', 'freshness', 'reg_requests', ARRAY['at'], '{"max_lag": "30 minutes"}', stage => 'serving');
SELECT mlcheck.add_check('p95_latency', 'latency', 'reg_requests', ARRAY['latency_ms'],
	'{"quantile": 0.95, "max": 150, "time_column": "at", "window": "1 day"}', stage => 'serving');
SELECT mlcheck.add_check('error_rate', 'error_rate', 'reg_requests', NULL,
	'{"condition": "status >= 500", "max": 0.05, "warn_max": 0.01, "time_column": "at", "window": "1 day"}', stage => 'serving');
SELECT mlcheck.add_check('typo', 'freshness', 'reg_requests', ARRAY['at'], '{"max_lagg": "1 hour"}');
SELECT mlcheck.add_check('no_kind', 'magic');
SELECT check_id, name, kind, stage, target, columns, severity, blocking, enabled FROM mlcheck.checks ORDER BY check_id;

-- run 1: all is well except the broken feature check
SELECT check_name, status, metric, column_name, value, threshold
FROM mlcheck.run_checks(as_of => '2026-03-01 12:05:00+00') ORDER BY result_id;

-- run 2, a day later: the log doubled, one hour of 500s, and it stopped 40 minutes early
INSERT INTO reg_requests
SELECT 1000 + i, '2026-03-02 11:20:00+00'::timestamptz - i * interval '5 minutes', 20 + (i % 10) * 10,
	   CASE WHEN i < 12 THEN 500 ELSE 200 END
FROM generate_series(0, 279) i;
SELECT check_name, status, metric, column_name, value, threshold
FROM mlcheck.run_checks(as_of => '2026-03-02 12:00:00+00') ORDER BY result_id;

-- run 3: the serving stage only, after a bad deploy: slow requests and a negative latency
INSERT INTO reg_requests VALUES (5000, '2026-03-03 11:59:00+00', 900, 200), (5001, '2026-03-03 11:58:00+00', -1, 200);
INSERT INTO reg_requests
SELECT 6000 + i, '2026-03-03 11:00:00+00'::timestamptz - i * interval '10 minutes', 400, 200 FROM generate_series(0, 20) i;
SELECT check_name, status, metric, column_name, value, threshold
FROM mlcheck.run_checks(stage => 'serving', as_of => '2026-03-03 12:00:00+00') ORDER BY result_id;
-- and one check by name
SELECT check_name, status, value FROM mlcheck.run_checks(selector => 'no_negative_latency', as_of => '2026-03-03 12:00:00+00');

SELECT run_id, run_by, selector, stage, as_of, n_checks, n_pass, n_warn, n_fail, n_error, n_blocking, status,
	   finished_at >= started_at AS timed
FROM mlcheck.runs ORDER BY run_id;

-- the error of the broken check, recorded with its SQLSTATE
SELECT check_name, run_id, status, details FROM mlcheck.results WHERE status = 'error' ORDER BY run_id;

-- views: latest status per check
SELECT check_name, stage, kind, blocking, last_run_id, last_observed_at, status, results, failing
FROM mlcheck.latest_status ORDER BY check_id;
-- latest results (one row per check, metric and column)
SELECT check_name, run_id, observed_at, status, metric, column_name, value, threshold
FROM mlcheck.latest_results ORDER BY check_id, metric;
-- open failures and since when
SELECT check_name, status, metric, value, threshold, failing_since, details ->> 'sqlstate' AS sqlstate
FROM mlcheck.failures ORDER BY check_id;
-- metric history: one row per check, metric and run
SELECT observed_at, run_id, series, value, threshold, status FROM mlcheck.metric_history ORDER BY series, observed_at;

-- README's dashboard queries (Grafana macros replaced by fixed times)
-- status board
SELECT stage, check_name, coalesce(status, 'never run') AS status, last_observed_at
FROM mlcheck.latest_status WHERE enabled ORDER BY stage, check_name;
-- time series panel
SELECT observed_at AS "time", series AS metric, value
FROM mlcheck.metric_history
WHERE observed_at BETWEEN '2026-03-01 00:00+00' AND '2026-03-04 00:00+00' AND stage = 'serving'
ORDER BY 1, 2;
-- pass rate per stage and day
SELECT date_trunc('day', observed_at) AS day, stage,
	   round(avg((status = 'pass')::int), 3) AS pass_rate, count(DISTINCT check_id) AS checks
FROM mlcheck.results GROUP BY 1, 2 ORDER BY 1, 2;

-- the orchestrator's gate: the latest run (by this role) had a blocking failure
SELECT mlcheck.assert_passed();
SELECT mlcheck.assert_passed(1);
-- the JSON a NOTIFY of run 2 carried
SELECT jsonb_pretty(mlcheck.alert_payload(2) - 'started_at' - 'finished_at');

DROP TABLE reg_requests;
DROP EXTENSION mlcheck;
