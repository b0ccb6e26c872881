-- Forced-parallel plans for every metric aggregate (pattern of sql/parallel.sql): the partial
-- states travel between processes (float8[] and metric_state flattened into tuples) and the
-- combine functions run; each parallel result must equal the serial one.
CREATE EXTENSION mlcheck;
CREATE TABLE mpar (g int, s float8, y bool, yi int, p float8, a float8, c text, q int, r float8);
INSERT INTO mpar
SELECT i % 5,
       ((i * 7919) % 10007) / 10007.0,
       (i * 31) % 7 < 3,
       CASE WHEN (i * 31) % 7 < 3 THEN 1 ELSE 0 END,
       ((i * 104729) % 1000) / 1000.0,
       ((i * 7) % 101) / 10.0,
       'c' || (i * 13) % 6,
       i % 97,
       (i * 17) % 4
FROM generate_series(1::bigint, 100000) i;
UPDATE mpar SET s = NULL WHERE g = 0 AND q = 3;
ANALYZE mpar;

CREATE TEMP TABLE serial_results AS
SELECT g,
       mlcheck.roc_auc(s, y) AS roc_auc, mlcheck.pr_auc(s, yi) AS pr_auc,
       mlcheck.log_loss(s, y) AS log_loss, mlcheck.brier(s, yi) AS brier,
       mlcheck.confusion(s, y, 0.5) AS confusion, mlcheck.calibration_error(s, y, 15) AS ece,
       mlcheck.calibration_table(s, y) AS cal, mlcheck.roc_auc_binned(s, y) AS binned,
       mlcheck.regression_metrics(p, a) AS reg, mlcheck.binary_metrics(s, y, 0.3) AS bm,
       mlcheck.estimate_performance(s) AS est, mlcheck.classification_metrics(c, 'c' || yi) AS cls
FROM mpar GROUP BY g;
CREATE TEMP TABLE serial_ranking AS
SELECT q, mlcheck.ndcg_at_k(s, r, 10) AS ndcg, mlcheck.precision_at_k(s, r, 5) AS p5
FROM mpar GROUP BY q;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET enable_hashagg = off;

EXPLAIN (COSTS OFF)
SELECT g, mlcheck.roc_auc(s, y), mlcheck.log_loss(s, y) FROM mpar GROUP BY g;

-- exact states merge exactly: equal results (sums of floats may differ in the last bits)
WITH par AS (
	SELECT g,
	       mlcheck.roc_auc(s, y) AS roc_auc, mlcheck.pr_auc(s, yi) AS pr_auc,
	       mlcheck.log_loss(s, y) AS log_loss, mlcheck.brier(s, yi) AS brier,
	       mlcheck.confusion(s, y, 0.5) AS confusion, mlcheck.calibration_error(s, y, 15) AS ece,
	       mlcheck.calibration_table(s, y) AS cal, mlcheck.roc_auc_binned(s, y) AS binned,
	       mlcheck.regression_metrics(p, a) AS reg, mlcheck.binary_metrics(s, y, 0.3) AS bm,
	       mlcheck.estimate_performance(s) AS est, mlcheck.classification_metrics(c, 'c' || yi) AS cls
	FROM mpar GROUP BY g)
SELECT par.g,
       par.roc_auc = ser.roc_auc AS roc_auc,
       par.pr_auc = ser.pr_auc AS pr_auc,
       abs(par.log_loss - ser.log_loss) < 1e-12 AS log_loss,
       abs(par.brier - ser.brier) < 1e-12 AS brier,
       par.confusion = ser.confusion AS confusion,
       abs(par.ece - ser.ece) < 1e-12 AS ece,
       (SELECT bool_and(a.count = b.count AND (a.mean_predicted IS NULL AND b.mean_predicted IS NULL
                          OR abs(a.mean_predicted - b.mean_predicted) < 1e-12))
        FROM unnest(par.cal) AS a JOIN unnest(ser.cal) AS b ON a.bin = b.bin) AS cal,
       par.binned = ser.binned AS binned,
       (par.reg).n = (ser.reg).n AND (par.reg).skipped = (ser.reg).skipped
         AND abs((par.reg).r2 - (ser.reg).r2) < 1e-12 AND abs((par.reg).mape - (ser.reg).mape) < 1e-12
         AND (par.reg).max_error = (ser.reg).max_error AS reg,
       par.bm - 'log_loss' - 'brier' - 'calibration_error' = ser.bm - 'log_loss' - 'brier' - 'calibration_error'
         AND abs((par.bm ->> 'log_loss')::float8 - (ser.bm ->> 'log_loss')::float8) < 1e-12 AS bm,
       abs((par.est ->> 'roc_auc')::float8 - (ser.est ->> 'roc_auc')::float8) < 1e-12
         AND par.est ->> 'n' = ser.est ->> 'n' AS est,
       par.cls = ser.cls AS cls
FROM par JOIN serial_results ser USING (g)
ORDER BY par.g;

EXPLAIN (COSTS OFF)
SELECT q, mlcheck.ndcg_at_k(s, r, 10) FROM mpar GROUP BY q;
SELECT count(*) AS queries,
       bool_and(par.ndcg = ser.ndcg) AS ndcg_equal,
       bool_and(par.p5 = ser.p5) AS precision_equal
FROM (SELECT q, mlcheck.ndcg_at_k(s, r, 10) AS ndcg, mlcheck.precision_at_k(s, r, 5) AS p5
      FROM mpar GROUP BY q) par
JOIN serial_ranking ser USING (q);

-- hash aggregation with parallel workers as well
RESET enable_hashagg;
SET enable_sort = off;
EXPLAIN (COSTS OFF)
SELECT g, mlcheck.roc_auc(s, y) FROM mpar GROUP BY g;
SELECT bool_and(par.roc_auc = ser.roc_auc) AND bool_and(par.confusion = ser.confusion) AS same
FROM (SELECT g, mlcheck.roc_auc(s, y) AS roc_auc, mlcheck.confusion(s, y, 0.5) AS confusion
      FROM mpar GROUP BY g) par JOIN serial_results ser USING (g);

-- the gate in a parallel plan
SELECT count(*) AS rules, bool_and(passed) IS NOT NULL AS decided
FROM mlcheck.compare_models('mpar', '1', '0',
	'{"roc_auc": {"value": {"lower_bound": 0}}}', score_column => 's', label_column => 'y',
	version_column => 'yi', slice_column => 'g');
RESET ALL;

-- other plan shapes: a running window (the final function runs between transitions) and a hash
-- aggregation that spills to disk, both equal to the plain grouped result
WITH w AS (SELECT q, mlcheck.roc_auc(s, y) OVER (ORDER BY q) AS r FROM mpar WHERE g = 1 AND q < 40)
SELECT bool_and(w.r IS NOT DISTINCT FROM (SELECT mlcheck.roc_auc(s, y) FROM mpar m WHERE m.g = 1 AND m.q <= w.q))
       AS running_window
FROM (SELECT DISTINCT q, r FROM w) w;
SET work_mem = '64kB';
SET enable_sort = off;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE spilled AS
SELECT q * 5 + g AS k, mlcheck.roc_auc(s, y) AS r, mlcheck.classification_metrics(c, 'c' || yi) AS c
FROM mpar GROUP BY 1;
RESET ALL;
SET enable_hashagg = off;
SELECT count(*) AS groups, bool_and(sp.r IS NOT DISTINCT FROM so.r AND sp.c = so.c) AS spilled_equals_sorted
FROM spilled sp JOIN (SELECT q * 5 + g AS k, mlcheck.roc_auc(s, y) AS r, mlcheck.classification_metrics(c, 'c' || yi) AS c
                      FROM mpar GROUP BY 1) so USING (k);
RESET ALL;
DROP TABLE mpar, serial_results, serial_ranking, spilled;
DROP EXTENSION mlcheck;
