-- Forced-parallel pattern that every aggregate of mlcheck reuses: with these settings the planner
-- splits the aggregate into Partial Aggregate (in 2 workers, the leader only gathers) and
-- Finalize Aggregate, so combine functions really run. Each area appends its aggregates below
-- and compares the parallel result with the serial one.
CREATE EXTENSION mlcheck;
CREATE TABLE par (g int, x float8);
INSERT INTO par SELECT i % 7, (i * 7919 % 10007) / 97.0 FROM generate_series(1, 100000) i;
ANALYZE par;
CREATE TEMP TABLE serial_results AS SELECT count(*) AS n, sum(x) AS s FROM par;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT count(*), sum(x) FROM par;
SELECT (SELECT n FROM serial_results) = count(*) AS same_count,
       abs((SELECT s FROM serial_results) - sum(x)) < 1e-9 * abs(sum(x)) AS same_sum
FROM par;
RESET ALL;
DROP TABLE par;
DROP EXTENSION mlcheck;
