-- pgTAP: model-quality metrics — the API, aggregate properties (parallel safe, combine function,
-- state types Citus can distribute), SQLSTATEs of every error class, NULL rules, the gate, and
-- use by an unprivileged role.
BEGIN;
SELECT plan(58);

-- the API
SELECT has_type('mlcheck', 'metric_state', 'type metric_state exists');
SELECT has_type('mlcheck', 'confusion_summary', 'type confusion_summary exists');
SELECT has_type('mlcheck', 'regression_summary', 'type regression_summary exists');
SELECT has_type('mlcheck', 'calibration_bin', 'type calibration_bin exists');
SELECT has_type('mlcheck', 'binned_auc', 'type binned_auc exists');
SELECT has_function('mlcheck', 'roc_auc', ARRAY['double precision', 'boolean'], 'roc_auc(float8, bool)');
SELECT has_function('mlcheck', 'roc_auc', ARRAY['double precision', 'bigint'], 'roc_auc(float8, bigint)');
SELECT has_function('mlcheck', 'pr_auc', ARRAY['double precision', 'boolean'], 'pr_auc(float8, bool)');
SELECT has_function('mlcheck', 'log_loss', ARRAY['double precision', 'boolean'], 'log_loss(float8, bool)');
SELECT has_function('mlcheck', 'brier', ARRAY['double precision', 'bigint'], 'brier(float8, bigint)');
SELECT has_function('mlcheck', 'confusion', ARRAY['double precision', 'boolean', 'double precision'], 'confusion(float8, bool, float8)');
SELECT has_function('mlcheck', 'calibration_error', ARRAY['double precision', 'boolean', 'integer'], 'calibration_error(float8, bool, int)');
SELECT has_function('mlcheck', 'calibration_table', ARRAY['double precision', 'boolean'], 'calibration_table(float8, bool)');
SELECT has_function('mlcheck', 'roc_auc_binned', ARRAY['double precision', 'boolean', 'integer', 'double precision', 'double precision'], 'roc_auc_binned(float8, bool, int, float8, float8)');
SELECT has_function('mlcheck', 'regression_metrics', ARRAY['double precision', 'double precision'], 'regression_metrics(float8, float8)');
SELECT has_function('mlcheck', 'classification_metrics', ARRAY['text', 'text'], 'classification_metrics(text, text)');
SELECT has_function('mlcheck', 'ndcg_at_k', ARRAY['double precision', 'double precision', 'integer'], 'ndcg_at_k(float8, float8, int)');
SELECT has_function('mlcheck', 'precision_at_k', ARRAY['double precision', 'boolean', 'integer'], 'precision_at_k(float8, bool, int)');
SELECT has_function('mlcheck', 'estimate_performance', ARRAY['double precision'], 'estimate_performance(float8)');
SELECT has_function('mlcheck', 'binary_metrics', ARRAY['double precision', 'boolean', 'double precision'], 'binary_metrics(float8, bool, float8)');
SELECT has_function('mlcheck', 'compare_metrics', ARRAY['jsonb', 'jsonb', 'jsonb'], 'compare_metrics(jsonb, jsonb, jsonb)');
SELECT function_returns('mlcheck', 'confusion', ARRAY['double precision', 'boolean', 'double precision'], 'mlcheck.confusion_summary', 'confusion returns confusion_summary');
SELECT function_returns('mlcheck', 'regression_metrics', ARRAY['double precision', 'double precision'], 'mlcheck.regression_summary', 'regression_metrics returns regression_summary');

-- aggregate properties: every metric aggregate is parallel safe, has a combine function, and a
-- state type that is a real type (not internal), so Citus can distribute it
CREATE TEMP VIEW metric_aggs AS
SELECT a.*, p.proname, p.proparallel FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'mlcheck' AND p.proname IN ('roc_auc', 'pr_auc', 'binary_metrics', 'estimate_performance',
	'ndcg', 'ndcg_at_k', 'precision_at_k', 'classification_metrics', 'log_loss', 'brier', 'confusion',
	'calibration_error', 'calibration_table', 'roc_auc_binned', 'regression_metrics');
SELECT is((SELECT count(*)::int FROM metric_aggs), 38, '38 metric aggregates (with their overloads)');
SELECT is((SELECT count(*)::int FROM metric_aggs
           WHERE aggcombinefn = 0 OR proparallel <> 's' OR aggtranstype IN ('internal'::regtype, 'anyelement'::regtype)), 0,
          'every metric aggregate is parallel safe with a combine function and a non-internal state');
SELECT is((SELECT array_agg(DISTINCT aggtranstype::regtype::text ORDER BY aggtranstype::regtype::text) FROM metric_aggs),
          ARRAY['double precision[]', 'mlcheck.metric_state'], 'state types are float8[] and mlcheck.metric_state');
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND p.proname IN ('avg', 'min', 'max', 'sum', 'count')), 0,
          'no aggregate shadows a built-in one');
SELECT volatility_is('mlcheck', 'compare_metrics', ARRAY['jsonb', 'jsonb', 'jsonb'], 'immutable', 'compare_metrics is immutable');
SELECT volatility_is('mlcheck', 'compare_models', ARRAY['regclass', 'text', 'text', 'jsonb', 'name', 'name', 'name', 'name', 'double precision'], 'stable', 'compare_models is stable');
SELECT is((SELECT count(*)::int FROM metric_aggs m JOIN pg_proc f ON f.oid = m.aggfinalfn WHERE NOT f.proisstrict), 0,
          'final functions are strict (no rows: NULL)');

-- SQLSTATEs
SELECT throws_ok($$SELECT mlcheck.roc_auc(s, y) FROM (VALUES ('NaN'::float8, true)) v(s, y)$$,
                 '22023', 'score must not be NaN', 'NaN score: 22023');
SELECT throws_ok($$SELECT mlcheck.log_loss(s, y) FROM (VALUES (1.5, true)) v(s, y)$$,
                 '22003', 'probability must lie in [0, 1]', 'probability above 1: 22003');
SELECT throws_ok($$SELECT mlcheck.calibration_error(s, y) FROM (VALUES (-0.5, 1)) v(s, y)$$,
                 '22003', 'probability must lie in [0, 1]', 'negative probability: 22003');
SELECT throws_ok($$SELECT mlcheck.brier(s, y) FROM (VALUES (0.5, 2)) v(s, y)$$,
                 '22023', 'label must be 0 or 1', 'integer label 2: 22023');
SELECT throws_ok($$SELECT mlcheck.confusion(0.5, true, NULL)$$,
                 '22004', 'threshold must not be NULL', 'NULL threshold: 22004');
SELECT throws_ok($$SELECT mlcheck.calibration_error(0.5, true, 0)$$,
                 '22023', 'bins must be between 1 and 10000', 'bins 0: 22023');
SELECT throws_ok($$SELECT mlcheck.regression_metrics(1.0, 'Infinity')$$,
                 '22023', 'actual must be finite', 'infinite actual: 22023');
SELECT throws_ok($$SELECT mlcheck.classification_metrics(i::text, 'x') FROM generate_series(1, 1000) i$$,
                 '54000', 'classification_metrics supports at most 1000 distinct classes', 'class 1001: 54000');
SELECT throws_ok($$SELECT mlcheck.binary_add(NULL, 0.5, true)$$,
                 '0A000', NULL, 'transition function outside an aggregate: 0A000');
SELECT throws_ok($$SELECT 'AQ=='::mlcheck.metric_state$$, '22P02', 'malformed metric_state value',
                 'truncated metric_state text: 22P02');
SELECT throws_ok($$SELECT 'AQ='::mlcheck.metric_state$$, '22P02', 'invalid input syntax for type metric_state',
                 'non-canonical base64: 22P02');
SELECT throws_ok($$SELECT mlcheck.mean_state_final('{1,2,3}')$$, '22023',
                 'invalid transition state for mlcheck.mean_state_final', 'malformed float8[] state: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{}', '{}', '{"x": {"change": {"absolute": 0}}}')$$,
                 '22023', NULL, 'change rule without direction: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models(NULL, 'a', 'b', '{}')$$, '22004', NULL,
                 'compare_models without a relation: 22004');

-- NULL rules and edge cases
SELECT is((SELECT (mlcheck.confusion(s, y, 0.5)).skipped FROM (VALUES (NULL::float8, true), (0.2, NULL), (0.7, true)) v(s, y)),
          2::bigint, 'rows with a NULL score or label are skipped and counted');
SELECT is((SELECT mlcheck.roc_auc(s, y) FROM (VALUES (0.2, true), (0.7, true)) v(s, y)), NULL,
          'roc_auc of one class is NULL');
SELECT is((SELECT mlcheck.roc_auc(s, y) FROM (VALUES (0.2, true)) v(s, y) WHERE false), NULL,
          'roc_auc over no rows is NULL');
SELECT is((SELECT mlcheck.roc_auc(s, y) FROM (VALUES (0.2, 0), (0.7, 1), (0.5, 1), (0.5, 0)) v(s, y)), 0.875::float8,
          'roc_auc with 0/1 integer labels: (2 + 1 + one half tie) / 4');
SELECT is((SELECT (mlcheck.confusion(s, y, 0.5)).precision FROM (VALUES (0.2, true)) v(s, y)), NULL,
          'precision without predicted positives is NULL (scikit-learn: 0 with a warning)');
SELECT ok(abs((SELECT mlcheck.log_loss(0.0, true)) - 52 * ln(2::float8)) < 1e-12, 'log_loss clips at 2^-52 as scikit-learn 1.2');

-- state text round trip (as Citus ships partial states between nodes)
CREATE AGGREGATE pg_temp.ranking_state(float8, float8, int) (SFUNC = mlcheck.ranking_add,
	STYPE = mlcheck.metric_state, COMBINEFUNC = mlcheck.metric_state_combine);
SELECT is((SELECT mlcheck.ndcg_final(pg_temp.ranking_state(s, r, 3)::text::mlcheck.metric_state)
           FROM (VALUES (0.9, 3.0), (0.5, 0.0), (0.7, 1.0), (0.1, 2.0)) v(s, r)),
          (SELECT mlcheck.ndcg_at_k(s, r, 3) FROM (VALUES (0.9, 3.0), (0.5, 0.0), (0.7, 1.0), (0.1, 2.0)) v(s, r)),
          'a ranking state survives its text form');
SELECT ok((SELECT pg_temp.ranking_state(s, r, 3)::text = pg_temp.ranking_state(s, r, 3)::text::mlcheck.metric_state::text
           FROM (VALUES (0.9, 3.0), (0.5, 0.0)) v(s, r)), 'metric_state text output round-trips exactly');

-- the gate
SELECT is((SELECT array_agg(passed ORDER BY rule) FROM mlcheck.compare_metrics(
			'{"auc": 0.8}', '{"auc": 0.85}',
			'{"auc": {"value": {"lower_bound": 0.7}, "change": {"direction": "higher_is_better", "absolute": -0.01}}}')),
          ARRAY[false, true], 'a drop beyond the allowed change fails, the value bound passes');
SELECT is((SELECT passed FROM mlcheck.compare_metrics('{}', '{"auc": 0.85}', '{"auc": {"value": {"lower_bound": 0}}}')),
          false, 'a metric missing from the candidate fails');
SELECT is((SELECT passed FROM mlcheck.compare_metrics('{"auc": 0.9}', NULL,
			'{"auc": {"change": {"direction": "higher_is_better", "relative": 0}}}')),
          NULL, 'a change rule without a baseline is NULL (not decided)');
SELECT is((SELECT passed FROM mlcheck.compare_metrics('{"loss": 0.5}', '{"loss": 0.45}',
			'{"loss": {"change": {"direction": "lower_is_better", "relative": 0.1}}}')),
          false, 'lower is better: an 11% increase fails a 10% relative bound');

-- an unprivileged role can use the aggregates and the gate on a table it may read
CREATE ROLE mlcheck_metrics_user NOLOGIN;
CREATE TABLE public.mlcheck_metrics_scores AS SELECT 'v1'::text AS model_version, 0.8::float8 AS score, true AS label
	UNION ALL SELECT 'v1', 0.3, false UNION ALL SELECT 'v2', 0.4, true UNION ALL SELECT 'v2', 0.6, false;
GRANT SELECT ON public.mlcheck_metrics_scores TO mlcheck_metrics_user;
GRANT USAGE ON SCHEMA mlcheck TO mlcheck_metrics_user;
SET LOCAL ROLE mlcheck_metrics_user;
SELECT is((SELECT mlcheck.roc_auc(score, label) FROM public.mlcheck_metrics_scores WHERE model_version = 'v1'), 1::float8,
          'an unprivileged role computes roc_auc');
SELECT is((SELECT count(*)::int FROM mlcheck.compare_models('public.mlcheck_metrics_scores', 'v2', 'v1',
			'{"roc_auc": {"value": {"lower_bound": 0.9}}}') WHERE NOT passed), 1,
          'an unprivileged role runs the gate (and the worse model fails)');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
