-- Forced-parallel plans of the profile aggregates (pattern of sql/parallel.sql): partial states
-- are flattened in the workers, shipped to the leader and merged by the combine function; the
-- result must equal the serial one (exactly for counts, min, max, quantiles and frequencies of
-- exact profiles; to 1e-12 relative for mean and variance).
CREATE EXTENSION mlcheck;
CREATE TABLE ppar (g int, x float8, c text, b bool);
INSERT INTO ppar SELECT i % 7, CASE WHEN i % 1000 = 0 THEN 'NaN' ELSE (i * 7919 % 5003) / 97.0 END,
	'c' || (i % 13), i % 3 = 0 FROM generate_series(1, 100000) i;
INSERT INTO ppar VALUES (1, NULL, NULL, NULL);
ANALYZE ppar;
CREATE TEMP TABLE serial_p AS
	SELECT mlcheck.profile(x) AS px, mlcheck.profile(c) AS pc, mlcheck.profile(b) AS pb,
	       mlcheck.profile(x, 1000) AS ps FROM ppar;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT mlcheck.profile(x) FROM ppar;
CREATE TEMP TABLE par_p AS
	SELECT mlcheck.profile(x) AS px, mlcheck.profile(c) AS pc, mlcheck.profile(b) AS pb,
	       mlcheck.profile(x, 1000) AS ps FROM ppar;
SELECT a.row_count = b.row_count AND a.null_count = b.null_count AND a.nan_count = b.nan_count
       AND a.minimum = b.minimum AND a.maximum = b.maximum AND a.distinct_estimate = b.distinct_estimate
       AND a.exact AND b.exact AS same_counts,
       abs(a.mean - b.mean) <= 1e-12 * abs(b.mean) AS same_mean,
       abs(a.sample_variance - b.sample_variance) <= 1e-12 * b.sample_variance AS same_variance
FROM (SELECT (mlcheck.summary(px)).* FROM serial_p) a, (SELECT (mlcheck.summary(px)).* FROM par_p) b;
SELECT mlcheck.quantile(s.px, ARRAY[0, 0.1, 0.5, 0.9, 1]) = mlcheck.quantile(p.px, ARRAY[0, 0.1, 0.5, 0.9, 1]) AS same_quantiles,
       (SELECT array_agg(t ORDER BY t) FROM mlcheck.top_values(s.px, 5) t) = (SELECT array_agg(t ORDER BY t) FROM mlcheck.top_values(p.px, 5) t) AS same_top,
       s.pc::text = p.pc::text AS same_text_profile,
       s.pb::text = p.pb::text AS same_bool_profile
FROM serial_p s, par_p p;
-- sketch mode (exact_limit 1000 < 5003 distinct): counts exact, quantiles within the rank error
SELECT (mlcheck.summary(p.ps)).exact AS par_exact, (mlcheck.summary(p.ps)).row_count = (mlcheck.summary(s.ps)).row_count AS same_rows,
       (SELECT max(abs(mlcheck.cdf(s.px, mlcheck.quantile(p.ps, q / 20.0)) - q / 20.0)) FROM generate_series(1, 19) q)
         <= 2 * (mlcheck.summary(p.ps)).rank_error AS within_rank_error
FROM serial_p s, par_p p;
-- merge(profile) in a parallel plan over stored per-group profiles
CREATE TABLE pgroups AS SELECT g, mlcheck.profile(x) AS p FROM ppar GROUP BY g;
EXPLAIN (COSTS OFF) SELECT mlcheck.merge(p) FROM pgroups;
SELECT (mlcheck.summary(mlcheck.merge(p))).row_count AS merged_rows,
       mlcheck.quantile(mlcheck.merge(p), 0.5) = (SELECT mlcheck.quantile(px, 0.5) FROM serial_p) AS same_median
FROM pgroups;
RESET ALL;
DROP TABLE ppar, pgroups, serial_p, par_p;
DROP EXTENSION mlcheck;
