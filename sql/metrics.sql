-- Model-quality metrics: hand-computed values (in the comments), NULL / NaN / infinity rules,
-- empty and one-class groups, errors with their SQLSTATE, the metric_state type, and the gate.
CREATE EXTENSION mlcheck;
\set VERBOSITY terse

-- scikit-learn's docstring example: y = [0, 0, 1, 1], s = [0.1, 0.4, 0.35, 0.8]
-- roc_auc 0.75 (3 of 4 pairs ordered), average precision (1 * 1 + 1 * 2/3) / 2 = 0.8333...
CREATE TABLE ex (s float8, y bool, yi int);
INSERT INTO ex VALUES (0.1, false, 0), (0.4, false, 0), (0.35, true, 1), (0.8, true, 1);
SELECT mlcheck.roc_auc(s, y), mlcheck.pr_auc(s, y), mlcheck.roc_auc(s, yi), mlcheck.pr_auc(s, yi) FROM ex;
-- brier = (0.01 + 0.16 + 0.4225 + 0.04) / 4 = 0.158125
-- log_loss = -(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4 = 0.472288 (checked against ln() below)
SELECT mlcheck.brier(s, y), mlcheck.log_loss(s, y), mlcheck.brier(s, yi), mlcheck.log_loss(s, yi),
       abs(mlcheck.log_loss(s, y) + (ln(0.9) + ln(0.6) + ln(0.35) + ln(0.8)) / 4) < 1e-15 AS log_loss_by_hand
FROM ex;
-- at 0.4: 0.8 tp, 0.4 fp (ties count as predicted positive), 0.1 tn, 0.35 fn
SELECT (mlcheck.confusion(s, y, 0.4)).* FROM ex;
SELECT (mlcheck.confusion(s, yi, 0.5)).* FROM ex;
-- ece with 10 bins: 0.1 -> bin 1, 0.35 and 0.4 -> bin 4 (0.4 <= 4 * 0.1), 0.8 -> bin 8
-- (|0.1 - 0| + |0.75 - 1| + |0.8 - 1|) / 4 = 0.1375; with 2 bins: (|0.85 - 1| + |0.8 - 1|) / 4 = 0.0875
SELECT mlcheck.calibration_error(s, y), mlcheck.calibration_error(s, yi, 2) FROM ex;
SELECT (unnest(mlcheck.calibration_table(s, y, 4))).* FROM ex;
SELECT (mlcheck.roc_auc_binned(s, y)).*, (mlcheck.roc_auc_binned(s, yi, 2, 0, 1)).* FROM ex;
SELECT (mlcheck.roc_auc_binned(s, y, 2)).max_error AS two_bins, (mlcheck.roc_auc_binned(s, yi, 1)).* FROM ex;
SELECT mlcheck.binary_metrics(s, y) FROM ex;
SELECT mlcheck.binary_metrics(s, yi, 0.35) ->> 'tp' AS tp_at_035 FROM ex;

-- heavy ties: positives 0.5, 0.5, 0.9, 0.2; negatives 0.5, 0.2, 0.9
-- pairs: 0.5 vs (0.5 tie, 0.2 win, 0.9 loss) x2 = 3, 0.9: 2.5, 0.2: 0.5 -> 6 / 12 = 0.5
-- average precision (sklearn) 0.5678571428571428
CREATE TABLE ties (s float8, y bool);
INSERT INTO ties VALUES (0.5, true), (0.5, false), (0.5, true), (0.2, false), (0.9, true), (0.2, true), (0.9, false);
SELECT mlcheck.roc_auc(s, y), mlcheck.pr_auc(s, y) FROM ties;
-- all scores equal: every pair ties -> 0.5; average precision = prevalence
SELECT mlcheck.roc_auc(1.0, y), mlcheck.pr_auc(1.0, y) FROM ties;

-- infinities rank at the ends; -0.0 ties with +0.0: pairs (inf > 0, inf > -inf, 0 = -0 half, 0 > -inf) = 3.5 / 4
SELECT mlcheck.roc_auc(s, y) FROM (VALUES ('Infinity'::float8, true), (0.0, true), ('-0'::float8, false), ('-Infinity', false)) v(s, y);
SELECT (mlcheck.confusion(s, y, 0)).tp FROM (VALUES ('-0'::float8, true)) v(s, y);

-- NULL handling: rows with a NULL score or label are skipped and counted where the result says so
CREATE TABLE withnull (s float8, y bool);
INSERT INTO withnull VALUES (0.1, false), (NULL, true), (0.9, NULL), (0.8, true), (NULL, NULL);
SELECT mlcheck.roc_auc(s, y), mlcheck.log_loss(s, y), (mlcheck.confusion(s, y, 0.5)).skipped,
       mlcheck.binary_metrics(s, y) ->> 'skipped' AS json_skipped, (mlcheck.roc_auc_binned(s, y)).skipped
FROM withnull;
-- only NULL rows: the counts say so, the rates are NULL
SELECT (mlcheck.confusion(s, y, 0.5)).*, mlcheck.log_loss(s, y), mlcheck.binary_metrics(s, y)
FROM withnull WHERE s IS NULL;
-- no rows at all: NULL
SELECT mlcheck.roc_auc(s, y), mlcheck.pr_auc(s, y), mlcheck.log_loss(s, y), mlcheck.brier(s, y),
       mlcheck.confusion(s, y, 0.5), mlcheck.calibration_error(s, y), mlcheck.calibration_table(s, y),
       mlcheck.roc_auc_binned(s, y), mlcheck.binary_metrics(s, y), mlcheck.estimate_performance(s)
FROM withnull WHERE false;

-- one class only: roc_auc undefined (NULL; scikit-learn raises), pr_auc NULL without positives and
-- 1 without negatives, log_loss / brier defined
SELECT mlcheck.roc_auc(s, y), mlcheck.pr_auc(s, y), mlcheck.log_loss(s, y), mlcheck.brier(s, y),
       (mlcheck.roc_auc_binned(s, y)).roc_auc AS binned
FROM ex WHERE NOT y;
SELECT mlcheck.roc_auc(s, y), mlcheck.pr_auc(s, y) FROM ex WHERE y;
-- one row
SELECT mlcheck.roc_auc(s, y), mlcheck.log_loss(s, y), (mlcheck.confusion(s, y, 0.5)).* FROM ex WHERE s = 0.8;
-- sklearn 1.2 log_loss clips with eps = 2^-52: p = 0 with label true costs -ln(2^-52) = 36.04365338911715
SELECT mlcheck.log_loss(0.0, true), mlcheck.log_loss(1.0, true), mlcheck.log_loss(1.0, false);

-- errors (their SQLSTATEs are asserted in test/metrics.sql, pgTAP)
\set VERBOSITY default
SELECT mlcheck.roc_auc(s, y) FROM (VALUES ('NaN'::float8, true)) v(s, y);
SELECT mlcheck.roc_auc(s, y) FROM (VALUES (0.5, 2)) v(s, y);
SELECT mlcheck.log_loss(s, y) FROM (VALUES (1.5, true)) v(s, y);
SELECT mlcheck.brier(s, y) FROM (VALUES (-0.1, true)) v(s, y);
SELECT mlcheck.log_loss(s, y) FROM (VALUES ('NaN'::float8, true)) v(s, y);
SELECT mlcheck.calibration_error(s, y) FROM (VALUES ('Infinity'::float8, true)) v(s, y);
SELECT mlcheck.confusion(s, y, t) FROM (VALUES (0.1, true, 0.5), (0.2, false, 0.6)) v(s, y, t);
SELECT mlcheck.confusion(s, y, NULL) FROM ex;
SELECT mlcheck.confusion(s, y, 'Infinity') FROM ex;
SELECT mlcheck.binary_metrics(s, y, 'NaN') FROM ex;
SELECT mlcheck.calibration_error(s, y, 0) FROM ex;
SELECT mlcheck.calibration_error(s, y, 10001) FROM ex;
SELECT mlcheck.calibration_error(s, y, b) FROM (VALUES (0.1, true, 2), (0.2, true, 3)) v(s, y, b);
SELECT mlcheck.roc_auc_binned(s, y, 10, 1, 0) FROM ex;
SELECT mlcheck.roc_auc_binned(s, y, 0, 0, 1) FROM ex;
SELECT mlcheck.roc_auc_binned(s, y, 10, 0, 'Infinity') FROM ex;
SELECT mlcheck.estimate_performance(s, 1.5) FROM ex;
SELECT mlcheck.estimate_performance(s) FROM (VALUES (1.01)) v(s);
SELECT mlcheck.regression_metrics(p, a) FROM (VALUES (1.0, 'NaN'::float8)) v(p, a);
SELECT mlcheck.regression_metrics(p, a) FROM (VALUES ('Infinity'::float8, 1.0)) v(p, a);
SELECT mlcheck.regression_metrics(p, a) FROM (VALUES (1e308, -1e308)) v(p, a);
-- support functions are not callable outside an aggregate
SELECT mlcheck.binary_add(NULL, 0.5, true);
SELECT mlcheck.log_loss_add(NULL, 0.5, true);
SELECT mlcheck.metric_state_combine(NULL, NULL);
-- final functions validate what they are given
SELECT mlcheck.mean_state_final('{1,2}');
SELECT mlcheck.mean_state_final('{1,0.5,0,NULL}');
SELECT mlcheck.mean_state_final('{-1,0.5,0,0}');
SELECT mlcheck.confusion_final('{0.5,1,2,3,4.5,0}');
SELECT mlcheck.calibration_error_final('{2000000000,1,0}');
SELECT mlcheck.calibration_error_final('{1,1,0,1,2,0}');
SELECT mlcheck.roc_auc_binned_final('{1,0,1,0,1}');
SELECT mlcheck.regression_final('{{1,2},{3,4}}');
\set VERBOSITY terse

-- regression_metrics, by hand: actual [1, 2, 4], prediction [2, 2, 1] -> e = [1, 0, -3]
-- mae 4/3, mse 10/3, rmse 1.8257..., mape (1/1 + 0 + 3/4)/3 = 0.58333, bias -2/3, max_error 3
-- r2 = 1 - 10 / (sum (a - 7/3)^2 = 14/3) = -1.142857...
CREATE TABLE reg (p float8, a float8);
INSERT INTO reg VALUES (2, 1), (2, 2), (1, 4), (NULL, 3), (5, NULL);
SELECT (mlcheck.regression_metrics(p, a)).* FROM reg;
-- constant actual (r2 as scikit-learn 1.2: 1 for exact predictions, else 0); one row: r2 NULL
SELECT (mlcheck.regression_metrics(p, 3.0)).r2 AS inexact, (mlcheck.regression_metrics(3.0, 3.0)).r2 AS exact FROM reg;
SELECT (mlcheck.regression_metrics(p, a)).* FROM reg WHERE a = 4;
-- mape of an actual 0 divides by eps = 2^-52
SELECT (mlcheck.regression_metrics(1e-16, 0.0)).mape;

-- classification_metrics, by hand: actual [cat, dog, cat, bird, dog, cat], predicted [cat, cat, cat, dog, dog, bird]
-- bird p 0 r 0; cat p 2/3 r 2/3; dog p 1/2 r 1/2; accuracy 1/2; weighted precision (2 + 1) / 6 = 0.5
CREATE TABLE cls (pred text, act text);
INSERT INTO cls VALUES ('cat', 'cat'), ('cat', 'dog'), ('cat', 'cat'), ('dog', 'bird'), ('dog', 'dog'), ('bird', 'cat'), (NULL, 'cat');
SELECT jsonb_pretty(mlcheck.classification_metrics(pred, act)) FROM cls;
SELECT mlcheck.classification_metrics(pred, act) FROM cls WHERE pred IS NULL;
-- labels are compared by bytes; an empty label is a label; a label may be named like a summary key
SELECT mlcheck.classification_metrics(p, a) -> 'confusion_matrix' FROM (VALUES ('', 'B'), ('a', 'a'), ('accuracy', 'B')) v(p, a);
SELECT mlcheck.classification_metrics(i::text, i::text) FROM generate_series(1, 1001) i;
SELECT mlcheck.classification_metrics(repeat('x', 1025), 'a');

-- ranking: sklearn ndcg_score docstring, relevance [10, 0, 0, 1, 5]
CREATE TABLE rk (q int, s float8, r float8);
INSERT INTO rk VALUES (1, .1, 10), (1, .2, 0), (1, .3, 0), (1, 4, 1), (1, 70, 5),
                      (2, .05, 10), (2, 1.1, 0), (2, 1., 0), (2, .5, 1), (2, .0, 5),
                      (3, 1, 10), (3, 0, 0), (3, 0, 0), (3, 0, 1), (3, 1, 5),
                      (4, 0.3, 0), (4, 0.1, 0), (5, 0.2, 2), (6, NULL, 1);
-- q1 0.6956940443813076, q2 0.493680191377376 (@4: 0.3520241100634488), q3 @1: (10 + 5)/2 / 10 = 0.75,
-- q4 all irrelevant -> 0 (as sklearn), q5 one relevant row -> 1, q6 only a NULL score -> NULL
SELECT q, mlcheck.ndcg(s, r), mlcheck.ndcg_at_k(s, r, 4) AS ndcg_4, mlcheck.ndcg_at_k(s, r, 1) AS ndcg_1,
       mlcheck.precision_at_k(s, r, 1) AS p_1, mlcheck.precision_at_k(s, r, 3) AS p_3,
       mlcheck.precision_at_k(s, r > 0, 10) AS p_10_bool
FROM rk GROUP BY q ORDER BY q;
-- the SQL shape of a ranking evaluation: per query, then the mean over queries (as ndcg_score averages)
SELECT avg(n) AS mean_ndcg_at_4 FROM (SELECT mlcheck.ndcg_at_k(s, r, 4) AS n FROM rk WHERE q <= 3 GROUP BY q) t;
SELECT mlcheck.ndcg_at_k(s, r, k) FROM (VALUES (1.0, 1.0, 2), (0.5, 0.0, 3)) v(s, r, k);
SELECT mlcheck.ndcg(s, r) FROM (VALUES (1.0, 'NaN'::float8)) v(s, r);
SELECT mlcheck.precision_at_k(s, r, NULL) FROM rk;

-- label-free estimate, by hand: p = [0.2, 0.6, 0.6, 0.9] at 0.5: E[tp] 2.1, E[fp] 0.9, E[fn] 0.2, E[tn] 0.8;
-- accuracy 2.9/4, precision 0.7, recall 2.1/2.3, weighted roc_auc 3.005 / 3.91 = 0.76854...
SELECT mlcheck.estimate_performance(p) FROM (VALUES (0.6), (0.2), (0.9), (0.6), (NULL)) v(p);
SELECT mlcheck.estimate_performance(p, 0.7) ->> 'precision' AS precision_at_07 FROM (VALUES (0.6), (0.2), (0.9), (0.6)) v(p);

-- metric_state: a state-returning aggregate (no final function) shows the state and its text form
CREATE AGGREGATE binary_state(float8, bool) (SFUNC = mlcheck.binary_add, STYPE = mlcheck.metric_state,
	COMBINEFUNC = mlcheck.metric_state_combine);
CREATE TABLE st AS SELECT binary_state(s, y) AS v FROM ex;
SELECT v::text FROM st;
SELECT v::text::mlcheck.metric_state::text = v::text AS text_round_trip,
       mlcheck.roc_auc_final(v::text::mlcheck.metric_state), mlcheck.binary_metrics_final(v) ->> 'pr_auc' AS pr_auc
FROM st;
\set VERBOSITY default
SELECT 'AQ=='::mlcheck.metric_state;
SELECT 'not base64!'::mlcheck.metric_state;
SELECT ''::mlcheck.metric_state;
SELECT 'AgE/4AAAAAAAAAAAAA=='::mlcheck.metric_state;
SELECT mlcheck.ndcg_final(v) FROM st;
\set VERBOSITY terse

-- the gate: value bounds, changes with a direction, a missing metric, a missing baseline
SELECT * FROM mlcheck.compare_metrics(
	'{"roc_auc": 0.80, "log_loss": 0.40, "mcc": -0.2, "nested": {"f1": 0.5}}',
	'{"roc_auc": 0.85, "log_loss": 0.38, "mcc": -0.1, "nested": {"f1": 0.4}}',
	'{"roc_auc":  {"value": {"lower_bound": 0.75, "upper_bound": 1},
	               "change": {"direction": "higher_is_better", "absolute": -0.01, "relative": -0.1}},
	  "log_loss": {"change": {"direction": "lower_is_better", "relative": 0.05}},
	  "mcc":      {"change": {"direction": "higher_is_better", "relative": -0.5}},
	  "f1":       {"path": ["nested", "f1"], "value": {"lower_bound": 0.5}},
	  "brier":    {"value": {"upper_bound": 0.2}}}');
-- without a baseline (a first model) change rules are NULL, value rules still decide
SELECT metric, rule, passed FROM mlcheck.compare_metrics('{"roc_auc": 0.8}', NULL,
	'{"roc_auc": {"value": {"lower_bound": 0.75}, "change": {"direction": "higher_is_better", "absolute": 0}}}');
-- relative change against a zero baseline
SELECT rule, delta, passed FROM mlcheck.compare_metrics('{"x": 0.1}', '{"x": 0}',
	'{"x": {"change": {"direction": "lower_is_better", "relative": 0.5}}}');
SELECT rule, delta, passed FROM mlcheck.compare_metrics('{"x": 0}', '{"x": 0}',
	'{"x": {"change": {"direction": "lower_is_better", "relative": 0}}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', NULL);
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '[1]');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {"valu": {"lower_bound": 0}}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {"value": {"lower_bound": "0.5"}}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {"change": {"absolute": 0}}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {"change": {"direction": "up", "absolute": 0}}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {"change": {"direction": "higher_is_better"}}}');
SELECT * FROM mlcheck.compare_metrics('{"x": 1}', '{"x": 1}', '{"x": {"path": [], "value": {"lower_bound": 0}}}');

-- compare_models: one table of scores, two versions, overall and per slice
CREATE TABLE preds (model_version text, seg text, score float8, label bool);
INSERT INTO preds VALUES
	('base', 'a', 0.9, true), ('base', 'a', 0.1, false), ('base', 'b', 0.8, true), ('base', 'b', 0.3, false),
	('new', 'a', 0.2, true), ('new', 'a', 0.7, false), ('new', 'b', 0.9, true), ('new', 'b', 0.1, false),
	('new', NULL, 0.6, true), ('new', 'c', 0.4, false), ('other', 'a', 0.5, true);
-- base: roc_auc 1 overall and per slice; new: overall pairs (0.2|0.7 0.1 0.4 ...) = 0.666..., slice a 0, b 1;
-- slice c has only negatives (roc_auc NULL: fails) and no baseline (change rule NULL); NULL slice values
-- count in the overall result only
SELECT * FROM mlcheck.compare_models('preds', 'new', 'base',
	'{"roc_auc": {"value": {"lower_bound": 0.6}, "change": {"direction": "higher_is_better", "absolute": -0.5}}}',
	slice_column => 'seg');
SELECT slice, metric, candidate, passed FROM mlcheck.compare_models('preds', 'new', 'base', '{"n": {"value": {"lower_bound": 5}}}');
SELECT * FROM mlcheck.compare_models('preds', 'missing', 'base', '{"n": {"value": {"lower_bound": 1}}}');
SELECT * FROM mlcheck.compare_models('preds', 'new', 'new', '{}');
SELECT * FROM mlcheck.compare_models('preds', 'new', 'base', '{}', score_column => 'nope');
SELECT * FROM mlcheck.compare_models('preds', 'new', 'base', '{}', score_column => NULL);

DROP AGGREGATE binary_state(float8, bool);
DROP TABLE ex, ties, withnull, reg, cls, rk, st, preds;
DROP EXTENSION mlcheck;
