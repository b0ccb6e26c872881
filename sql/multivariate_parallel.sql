-- Forced-parallel plans of the vector_profile aggregates (pattern of sql/parallel.sql): the
-- partial states travel between processes as flat values and meet in the combine function.
CREATE EXTENSION mlcheck;
SET search_path = public, mlcheck;
CREATE TABLE mvpar (g int, v float8[], r real[]);
INSERT INTO mvpar
SELECT i % 5, ARRAY[sin(i), cos(0.3 * i) * 2, (i % 17) / 17.0, 1e6 + (i % 7)],
       ARRAY[sin(i), cos(0.3 * i) * 2]::real[]
FROM generate_series(1, 60000) i;
INSERT INTO mvpar SELECT 9, NULL, NULL FROM generate_series(1, 10);
INSERT INTO mvpar SELECT 9, ARRAY[1, 'NaN', 1, 1]::float8[], NULL FROM generate_series(1, 3);
ANALYZE mvpar;
CREATE TEMP TABLE serial AS
SELECT vector_profile(v) AS p, vector_profile(r) AS pr, vector_profile(v, 100, 5) AS ps FROM mvpar;
CREATE TEMP TABLE serial_g AS SELECT g, vector_profile(v) AS p FROM mvpar GROUP BY g;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT vector_profile(v) FROM mvpar;
CREATE TEMP TABLE par AS
SELECT vector_profile(v) AS p, vector_profile(r) AS pr, vector_profile(v, 100, 5) AS ps FROM mvpar;
-- counts are equal, means and covariances equal to 1e-12 relative
SELECT (vector_profile_summary(par.p)).* FROM par;
SELECT vector_profile_summary(par.p) = vector_profile_summary(serial.p) AS same_counts,
       vector_profile_summary(par.pr) = vector_profile_summary(serial.pr) AS same_counts_real,
       vector_profile_summary(par.ps) = vector_profile_summary(serial.ps) AS same_counts_small,
       (SELECT max(abs(x - y) / abs(y)) FROM unnest(vector_profile_mean(par.p), vector_profile_mean(serial.p)) u(x, y)) < 1e-12 AS same_mean,
       (SELECT max(abs(x - y)) FROM unnest(vector_profile_covariance(par.p), vector_profile_covariance(serial.p)) u(x, y))
         < 1e-12 * (SELECT max(abs(y)) FROM unnest(vector_profile_covariance(serial.p)) y) AS same_covariance
FROM par, serial;
-- grouped, and the merge aggregate over the groups equals the whole
EXPLAIN (COSTS OFF) SELECT g, vector_profile(v) FROM mvpar GROUP BY g;
SELECT bool_and(vector_profile_summary(pg.p) = vector_profile_summary(sg.p)) AS same_group_counts,
       bool_and((SELECT max(abs(x - y)) FROM unnest(vector_profile_covariance(pg.p), vector_profile_covariance(sg.p)) u(x, y)) < 1e-9) AS same_group_covariances
FROM (SELECT g, vector_profile(v) AS p FROM mvpar GROUP BY g) pg JOIN serial_g sg USING (g);
SELECT (vector_profile_summary(m)).count = (vector_profile_summary((SELECT p FROM serial))).count AS merged_count
FROM (SELECT merge(p) m FROM serial_g) s;
RESET ALL;
DROP TABLE mvpar, serial, serial_g, par;
DROP EXTENSION mlcheck;
