-- pgTAP: hostile input for the model-quality gates compare_metrics and compare_models (SQL
-- functions of the metrics area; the C aggregates are in test/hostile_metrics.sql).
BEGIN;
SELECT plan(27);

-- covers: mlcheck.compare_metrics(jsonb,jsonb,jsonb)
SELECT is((SELECT row(candidate, passed)::text FROM mlcheck.compare_metrics(NULL, NULL,
             '{"auc": {"value": {"lower_bound": 0.5}}}')), '(,f)',
          'compare_metrics: NULL candidate metrics: the value rule fails (metric missing)');
SELECT is((SELECT row(candidate, passed)::text FROM mlcheck.compare_metrics('{"auc": "NaN"}', NULL,
             '{"auc": {"value": {"lower_bound": 0.5}}}')), '(,f)',
          'compare_metrics: a metric that is not a number ("NaN" string) fails');
SELECT is((SELECT row(candidate, passed)::text FROM mlcheck.compare_metrics('{"auc": true}', NULL,
             '{"auc": {"value": {"lower_bound": 0.5}}}')), '(,f)',
          'compare_metrics: a boolean metric fails');
SELECT is((SELECT row(candidate, passed)::text FROM mlcheck.compare_metrics('[1, 2]', NULL,
             '{"auc": {"value": {"lower_bound": 0.5}}}')), '(,f)',
          'compare_metrics: candidate metrics that are not an object: the rule fails');
SELECT is((SELECT row(delta, passed)::text FROM mlcheck.compare_metrics('{"auc": 0.7}', '{"auc": 0}',
             '{"auc": {"change": {"direction": "higher_is_better", "relative": 0.1}}}')), '(0.7,t)',
          'compare_metrics: baseline 0 gives relative change +Infinity, which passes a higher-is-better rule');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 1e308}', '{"auc": -1e308}',
             '{"auc": {"change": {"direction": "higher_is_better", "absolute": 0}}}')$$, '22003', NULL,
          'compare_metrics: a delta beyond float8 (1e308 - -1e308) is 22003');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 1e400}', NULL,
             '{"auc": {"value": {"upper_bound": 1}}}')$$, '22003', NULL,
          'compare_metrics: a metric beyond float8 (1e400) is 22003');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 0.7}', NULL,
             '{"auc": {"value": {"lower_bound": "Infinity"}}}')$$, '22023', NULL,
          'compare_metrics: a non-numeric bound is 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 0.7}', NULL,
             '{"auc": {"bogus": 1}}')$$, '22023', NULL, 'compare_metrics: an unknown rule key is 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 0.7}', '{"auc": 0.6}',
             '{"auc": {"change": {"absolute": 0}}}')$$, '22023', NULL,
          'compare_metrics: a change rule without direction is 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 0.7}', NULL, NULL)$$, '22023', NULL,
          'compare_metrics: NULL rules are 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"auc": 0.7}', NULL, '[]')$$, '22023', NULL,
          'compare_metrics: rules that are not an object are 22023');
SELECT is((SELECT count(*)::int FROM mlcheck.compare_metrics('{"auc": 0.7}', NULL, '{}')), 0,
          'compare_metrics: empty rules give no rows');
SELECT is((SELECT row(candidate, passed)::text FROM mlcheck.compare_metrics('{"a": {"b": 0.7}}', NULL,
             '{"m": {"path": ["a", "zz", "q"], "value": {"lower_bound": 0.5}}}')), '(,f)',
          'compare_metrics: a path to nothing fails the rule');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_metrics('{"a": 0.7}', NULL,
             '{"m": {"path": "a", "value": {"lower_bound": 0.5}}}')$$, '22023', NULL,
          'compare_metrics: a path that is not an array of strings is 22023');

-- covers: mlcheck.compare_models(regclass,text,text,jsonb,name,name,name,name,double precision)
CREATE TEMP TABLE preds (score float8, label bool, model_version text, seg text);
INSERT INTO preds VALUES (0.9, true, 'c', 'a'), (0.2, false, 'c', 'a'), (0.8, true, 'b', 'b'),
                         (0.4, true, 'b', NULL);
CREATE TEMP TABLE empty_preds (LIKE preds);
SELECT is((SELECT string_agg(row(slice, candidate, baseline, passed)::text, ' ' ORDER BY slice NULLS FIRST)
           FROM mlcheck.compare_models('preds', 'c', 'b', '{"accuracy": {"value": {"lower_bound": 0.5}}}',
                                       slice_column => 'seg')),
          '(,1,0.5,t) (a,1,,t) (b,,1,f)',
          'compare_models: a slice without candidate rows fails, one without baseline rows passes on value');
SELECT is((SELECT row(candidate, baseline, passed)::text FROM mlcheck.compare_models('preds', 'zz', 'b',
             '{"accuracy": {"value": {"lower_bound": 0.5}}}')), '(,0.5,f)',
          'compare_models: an absent candidate version fails');
SELECT is((SELECT row(candidate, passed)::text FROM mlcheck.compare_models('empty_preds', 'c', 'b',
             '{"accuracy": {"value": {"lower_bound": 0.5}}}')), '(,f)',
          'compare_models: an empty table fails the rule');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models(NULL, 'c', 'b', '{}')$$, '22004', NULL,
          'compare_models: NULL relation is 22004');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', NULL, 'b', '{}')$$, '22004', NULL,
          'compare_models: NULL candidate version is 22004');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', 'c', 'b', '{}', threshold => NULL)$$, '22004', NULL,
          'compare_models: NULL threshold is 22004');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', 'c', 'b', '{"accuracy": {"value": {"lower_bound": 0.5}}}',
             threshold => 'NaN')$$, '22023', NULL, 'compare_models: NaN threshold is 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', 'c', 'b', '{"accuracy": {"value": {"lower_bound": 0.5}}}',
             threshold => '-Infinity')$$, '22023', NULL, 'compare_models: -Infinity threshold is 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', 'c', 'b', '{"accuracy": {"value": {"lower_bound": 0.5}}}',
             score_column => 'score"; DROP TABLE preds; --')$$, '42703', NULL,
          'compare_models: a hostile column name is quoted: 42703, no injection');
SELECT is((SELECT count(*)::int FROM preds), 4, 'compare_models: the table is intact');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', 'c', 'b', '{"accuracy": {"value": {"lower_bound": 0.5}}}',
             score_column => 'seg')$$, '42883', NULL, 'compare_models: a text score column is 42883');
INSERT INTO preds VALUES ('NaN', true, 'c', 'b');
SELECT throws_ok($$SELECT * FROM mlcheck.compare_models('preds', 'c', 'b', '{"accuracy": {"value": {"lower_bound": 0.5}}}')$$,
          '22023', NULL, 'compare_models: a NaN score is 22023 (as binary_metrics)');

SELECT * FROM finish();
ROLLBACK;
