-- drift_test and first_keys through forced-parallel plans (Partial Aggregate in 2 workers, the
-- leader only gathers): the combine functions run, and the results equal the serial ones.
CREATE EXTENSION mlcheck;
CREATE TABLE par (g int, x float8, c text, b bool, cur bool);
INSERT INTO par
SELECT i % 3, (i * 7919 % 10007) / 97.0 + CASE WHEN i % 2 = 0 THEN 0.5 ELSE 0 END,
       'c' || (i * 31 % 17), i % 5 = 0, i % 2 = 0
FROM generate_series(1, 100000) i;
ANALYZE par;
CREATE TEMP TABLE serial_results AS
SELECT g, mlcheck.drift_test(x, cur, 'ks') AS ks, mlcheck.drift_test(x, cur, 'anderson') AS ad,
       mlcheck.drift_test(c, cur, 'chi2') AS chi2, mlcheck.drift_test(b, cur, 'z') AS z,
       mlcheck.first_keys((x * 100)::bigint, 5) AS keys, mlcheck.first_keys(c, 3) AS tkeys
FROM par GROUP BY g;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT g, mlcheck.drift_test(x, cur, 'ks'), mlcheck.drift_test(c, cur, 'chi2'),
       mlcheck.first_keys((x * 100)::bigint, 5)
FROM par GROUP BY g;
SELECT p.g, p.ks = s.ks AS same_ks, p.ad = s.ad AS same_anderson, p.chi2 = s.chi2 AS same_chi2,
       p.z = s.z AS same_z, p.keys = s.keys AS same_keys, p.tkeys = s.tkeys AS same_text_keys,
       (p.ks).drifted AS ks_drifted, p.keys
FROM (SELECT g, mlcheck.drift_test(x, cur, 'ks') AS ks, mlcheck.drift_test(x, cur, 'anderson') AS ad,
             mlcheck.drift_test(c, cur, 'chi2') AS chi2, mlcheck.drift_test(b, cur, 'z') AS z,
             mlcheck.first_keys((x * 100)::bigint, 5) AS keys, mlcheck.first_keys(c, 3) AS tkeys
      FROM par GROUP BY g) p
JOIN serial_results s USING (g) ORDER BY g;
RESET ALL;
DROP TABLE par, serial_results;
DROP EXTENSION mlcheck;
