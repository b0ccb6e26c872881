-- The pipeline test suite of the demo feature store: register the checks of each stage, run
-- them the way a nightly pg_cron job does, and print what passed, warned, failed or errored.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
\pset footer off
\o /dev/null

-- data: the serving window must look like the training data. A schema inferred from the training
-- snapshot (TFDV style), edited: the key, the label and the snapshot date are not features; and
-- a Great Expectations suite.
SELECT mlcheck.snapshot_schema('users', 'demo.users_training');
UPDATE mlcheck.schemas
SET schema = (schema #- '{columns,user_id}' #- '{columns,churned}' #- '{columns,snapshot_date}' #- '{row_count}')
			 || '{"additional_columns": true}'
WHERE name = 'users';
SELECT mlcheck.add_check('serving_schema', 'schema', 'demo.users_serving', NULL, '{"schema": "users"}',
	stage => 'data', description => 'the serving rows satisfy the schema of the training data');
SELECT mlcheck.add_check('serving_expectations', 'expectation', 'demo.users_serving', NULL,
	'{"suite": {"expectations": [
	   {"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "age", "mostly": 0.98}},
	   {"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "avg_order_value", "min_value": 0}},
	   {"expectation_type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1000}}]}}',
	stage => 'data', description => 'Great Expectations suite of the serving window');

-- features: the serving window against a baseline of the training snapshot (profiles of every
-- feature, taken once), and training/serving skew of the users present in both
SELECT mlcheck.snapshot_baseline('training', 'demo.users_training',
	ARRAY['age', 'income', 'country', 'device', 'sessions_30d', 'avg_order_value', 'is_premium']);
SELECT mlcheck.add_check('serving_drift', 'drift', 'demo.users_serving', NULL, '{"baseline": "training"}',
	stage => 'features', description => 'the serving features are distributed as in training');
SELECT mlcheck.add_check('training_serving_skew', 'feature_skew', 'demo.users_serving',
	ARRAY['sessions_30d', 'avg_order_value'], '{"training": "demo.users_training", "key": "user_id"}',
	stage => 'features', description => 'the features of a user are the same at training and at serving');
-- features: any mlcheck function makes a custom check; here the multivariate test that sees the
-- embedding's changed correlation structure (a boolean is an assertion: true passes)
SELECT mlcheck.add_check('embedding_structure', 'sql', stage => 'features',
	description => 'the user embedding keeps its correlation structure (PCA reconstruction)',
	params => '{"query": "SELECT NOT d.drifted AS embedding_unchanged FROM (SELECT mlcheck.vector_profile(embedding) AS p FROM demo.users_training) AS r, (SELECT mlcheck.vector_profile(embedding) AS p FROM demo.users_serving) AS s, mlcheck.multivariate_drift(r.p, s.p, ''pca_reconstruction'') AS d"}');
-- features: a check whose SQL is broken, to show that one error does not stop the run
SELECT mlcheck.add_check('sessions_per_day', 'sql', stage => 'features', blocking => false,
	description => 'a custom check with a typo in its SQL',
	params => '{"query": "SELECT avg(sessions_7d) AS per_day FROM demo.users_serving", "max": 5}');

-- model: the candidate against the current model on the labelled holdout (TFMA-style rules:
-- bounds and allowed changes; "slice_column": "segment" would gate every segment too)
SELECT mlcheck.add_check('candidate_vs_current', 'metric_gate', 'demo.predictions', NULL,
	'{"candidate_version": "candidate", "baseline_version": "current",
	  "rules": {"roc_auc":  {"value": {"lower_bound": 0.85},
	                         "change": {"direction": "higher_is_better", "absolute": -0.01}},
	            "log_loss": {"value": {"upper_bound": 0.35},
	                         "change": {"direction": "lower_is_better", "relative": 0.05}}}}',
	stage => 'model', description => 'the candidate model is at least as good as the current one');

-- serving: the request log and the online scores
SELECT mlcheck.add_check('requests_fresh', 'freshness', 'demo.serving_requests', ARRAY['requested_at'],
	'{"max_lag": "15 minutes", "warn_lag": "5 minutes"}', stage => 'serving');
SELECT mlcheck.add_check('requests_volume', 'volume', 'demo.serving_requests', NULL,
	'{"time_column": "requested_at", "window": "1 hour", "history": 23, "max_z": 4}', stage => 'serving');
SELECT mlcheck.add_check('latency_p99', 'latency', 'demo.serving_requests', ARRAY['latency_ms'],
	'{"quantile": 0.99, "max": 250, "warn_max": 120, "time_column": "requested_at", "window": "24 hours"}', stage => 'serving');
SELECT mlcheck.add_check('error_rate', 'error_rate', 'demo.serving_requests', NULL,
	'{"condition": "status >= 500", "max": 0.02, "warn_max": 0.01, "time_column": "requested_at", "window": "24 hours"}',
	stage => 'serving');
SELECT mlcheck.add_check('online_vs_offline_scores', 'prediction_skew', 'demo.serving_requests', NULL,
	'{"offline": "demo.offline_scores", "key": "request_id", "online_column": "score_online",
	  "offline_column": "score_offline", "abs_tolerance": 1e-6, "max_mismatch_rate": 0.01, "max_missing_rate": 0.001,
	  "where": "status = 200"}', stage => 'serving');
SELECT mlcheck.add_check('hourly_mean_score', 'sql', stage => 'serving', blocking => false,
	description => 'mean online score of the last hour (watched by mean_score_anomaly)',
	params => '{"query": "SELECT avg(score_online) AS mean_score FROM demo.serving_requests WHERE requested_at > $1 - interval ''1 hour'' AND requested_at <= $1"}');
SELECT mlcheck.add_check('mean_score_anomaly', 'metric_anomaly', stage => 'serving', severity => 'warn',
	params => '{"source": "hourly_mean_score", "method": "zscore", "window": 12, "max_z": 3}');

\o
\echo
\echo '== the checks'
SELECT stage, name AS check, kind, coalesce(target, '') AS target, severity,
	   CASE WHEN blocking THEN 'yes' ELSE 'no' END AS blocking
FROM mlcheck.checks ORDER BY check_id;

\o /dev/null
-- history: the serving checks as of each of the previous 12 hours (what hourly pg_cron runs
-- would have recorded), so the anomaly check has a trailing window to compare with
SELECT count(*) AS backfilled_results
FROM generate_series(12, 1, -1) AS h,
	 LATERAL mlcheck.run_checks(stage => 'serving', as_of => now() - h * interval '1 hour');

-- the run: every enabled check, each as its owner in its own subtransaction
SELECT count(*) AS results FROM mlcheck.run_checks();
\o

\echo
\echo '== run summary'
SELECT r.run_id, r.n_checks AS checks, r.n_pass AS pass, r.n_warn AS warn, r.n_fail AS fail,
	   r.n_error AS error, r.n_blocking AS blocking_failures,
	   round(extract(epoch FROM r.finished_at - r.started_at)::numeric * 1000) AS ms
FROM mlcheck.runs r ORDER BY r.run_id DESC LIMIT 1;

\echo '== results of the run'
SELECT x.stage, x.check_name AS check, upper(x.status) AS status, coalesce(x.metric, '') AS metric,
	   coalesce(x.column_name, '') AS column,
	   coalesce(CASE WHEN x.value = trunc(x.value) THEN x.value::numeric::text
					 ELSE round(x.value::numeric, 4)::text END, '') AS value,
	   coalesce(x.threshold::text, '') AS threshold
FROM mlcheck.results x
WHERE x.run_id = (SELECT max(run_id) FROM mlcheck.runs)
ORDER BY array_position(ARRAY['data', 'features', 'model', 'serving'], x.stage), x.result_id;

\echo '== what failed, and why'
SELECT x.check_name AS check, upper(x.status) AS status,
	   CASE WHEN x.status = 'error' THEN (x.details ->> 'sqlstate') || ': ' || (x.details ->> 'message')
			WHEN x.details ? 'assertion' THEN coalesce(c.description || ': ', '') || x.metric || ' is false'
			ELSE coalesce(c.description || ': ', '') || x.metric || coalesce(' of ' || x.column_name, '') || ' = '
				 || x.value || ' against ' || x.threshold
				 || coalesce(' (sample keys ' || (x.details ->> 'sample_keys') || ')', '') END AS detail
FROM mlcheck.results x JOIN mlcheck.checks c USING (check_id)
WHERE x.run_id = (SELECT max(run_id) FROM mlcheck.runs) AND x.status IN ('fail', 'error')
ORDER BY x.blocking DESC, x.result_id;

\echo '== an orchestrator step: psql -v ON_ERROR_STOP=1 -c ''SELECT mlcheck.assert_passed()'''
DO $$
DECLARE
	detail text;
BEGIN
	RAISE NOTICE '%', mlcheck.assert_passed();
EXCEPTION WHEN SQLSTATE 'ML001' THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	RAISE WARNING 'the pipeline stops here: % (SQLSTATE ML001)', SQLERRM USING DETAIL = detail;
END
$$;

\echo '== metric history of the serving stage (mlcheck.metric_history, last 4 runs)'
SELECT to_char(observed_at, 'HH24:MI') AS at, series, round(value::numeric, 4) AS value, status
FROM mlcheck.metric_history
WHERE stage = 'serving' AND metric IN ('mean_score', 'zscore', 'rows')
  AND observed_at >= (SELECT as_of FROM mlcheck.runs ORDER BY run_id DESC OFFSET 3 LIMIT 1)
ORDER BY series, observed_at;
