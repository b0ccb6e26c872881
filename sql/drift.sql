-- drift_test: exact two-sample drift tests over raw values. Hand-checked small cases (the
-- computation is in the comment above each query), NULL / NaN / Infinity rules, errors, and
-- the drift_state type's text and binary forms.
CREATE EXTENSION mlcheck;
SET extra_float_digits = 0;

CREATE TABLE d (v float8, cur bool, c text, b bool);
-- reference (cur = false): 1 2 3; current (cur = true): 4 5 6
INSERT INTO d VALUES (1, false, 'a', false), (2, false, 'a', false), (3, false, 'b', true),
                     (4, true, 'b', true), (5, true, 'c', true), (6, true, 'c', true);

-- KS: the samples do not overlap, D = 1; exact p = P(D >= 1) = 2 / C(6,3) = 2/20 = 0.1
SELECT (mlcheck.drift_test(v, cur, 'ks')).* FROM d;
-- Wasserstein: every unit of mass moves by 3, W1 = 3; reference std (ddof 0) = sqrt(2/3);
-- statistic = 3 / sqrt(2/3) = 3.674234614174767
SELECT (mlcheck.drift_test(v, cur, 'wasserstein')).* FROM d;
-- Cramer-von Mises: ranks 1 2 3 | 4 5 6, U = 3 (0+0+0) + 3 (3^2+3^2+3^2) = 81, k = 9, N = 6,
-- T = 81 / 54 - 35 / 36 = 0.527777...; exact p = 2 / C(6,3) = 0.1 (the two extreme orderings)
SELECT (mlcheck.drift_test(v, cur, 'cvm')).* FROM d;
-- linf over the reference-decile bins: the reference deciles 1.2 ... 2.8 put every current
-- value in the last bin (> 2.8) where the reference has 1 of 3: linf = 1 - 1/3
SELECT (mlcheck.drift_test(v, cur, 'linf')).method, round((mlcheck.drift_test(v, cur, 'linf')).statistic::numeric, 12) FROM d;

-- categories: reference a a b, current b c c. Table (a b c): (2 1 0; 0 1 2), N = 6, every
-- column total 2, expected 1 everywhere: chi2 = (1 + 0 + 1) + (1 + 0 + 1) = 4, dof 2,
-- p = exp(-4/2) = 0.1353352832366127 (chi-square with 2 dof)
SELECT (mlcheck.drift_test(c, cur, 'chi2')).* FROM d;
-- linf: |2/3 - 0| = 2/3 (category a)
SELECT round((mlcheck.drift_test(c, cur, 'linf')).statistic::numeric, 12) AS linf FROM d;
-- Hellinger: p = (2/3, 1/3, 0), q = (0, 1/3, 2/3): sum (sqrt p - sqrt q)^2 = 2/3 + 0 + 2/3,
-- H = sqrt((4/3) / 2) = sqrt(2/3) = 0.816496580927726
SELECT round((mlcheck.drift_test(c, cur, 'hellinger')).statistic::numeric, 12) AS hellinger FROM d;

-- bool: reference 1 true of 3, current 3 of 3. pooled p = 4/6, se = sqrt(2/3 * 1/3 * 2/3) = 0.3849;
-- z = (1 - 1/3) / se = 1.7320508 (= sqrt 3), p = 2 P(Z > sqrt 3) = 0.0832645166635504
SELECT (mlcheck.drift_test(b, cur, 'z')).* FROM d;

-- auto: 3 reference values (<= 1000) with 3 distinct values (<= 5): categories of values, chi2
SELECT (mlcheck.drift_test(v, cur, 'auto')).method FROM d;
SELECT (mlcheck.drift_test(c, cur, 'auto')).method, (mlcheck.drift_test(b, cur, 'auto')).method FROM d;
-- above 1000 reference values and 5 distinct values: wasserstein
SELECT (mlcheck.drift_test(g::float8, g > 1100, 'auto')).method FROM generate_series(1, 1200) g;
-- a threshold replaces the default
SELECT (r).threshold, (r).drifted FROM (SELECT mlcheck.drift_test(v, cur, 'ks', 0.2) r FROM d) s;
SELECT (r).threshold, (r).drifted FROM (SELECT mlcheck.drift_test(v, cur, 'ks', 0.05) r FROM d) s;
-- method names ignore case and surrounding blanks
SELECT (mlcheck.drift_test(v, cur, ' KS ')).method FROM d;

-- NULL values and NULL is_current are skipped; NaN and +-Infinity are ignored
INSERT INTO d VALUES (NULL, true, NULL, NULL), (7, NULL, 'x', true), ('NaN', true, 'a', NULL),
                     ('Infinity', false, 'a', NULL), ('-Infinity', true, 'a', NULL);
SELECT (mlcheck.drift_test(v, cur, 'ks')).statistic FROM d;
-- an empty side: statistic, p-value and drifted are NULL (no data is not drift)
SELECT (mlcheck.drift_test(v, cur, 'ks')).* FROM d WHERE cur;
SELECT (mlcheck.drift_test(c, cur, 'js')).* FROM d WHERE NOT cur;
-- no rows at all: NULL, like other aggregates
SELECT mlcheck.drift_test(v, cur, 'ks') IS NULL AS is_null FROM d WHERE false;
-- undefined statistics: cvm needs 2 values per side, anderson 4 values
SELECT (mlcheck.drift_test(v, cur, 'cvm')).* FROM (VALUES (1::float8, false), (2, true), (3, true)) t(v, cur);
SELECT (mlcheck.drift_test(v, cur, 'anderson')).* FROM (VALUES (1::float8, false), (2, true), (3, true)) t(v, cur);
-- a constant reference: wasserstein uses the pooled standard deviation; the same constant is 0
SELECT (mlcheck.drift_test(v, cur, 'wasserstein')).statistic
FROM (VALUES (5::float8, false), (5, false), (5, true), (7, true)) t(v, cur);
SELECT (mlcheck.drift_test(v, cur, 'wasserstein')).* FROM (VALUES (5::float8, false), (5, true)) t(v, cur);

-- as a window function (a growing frame: the final function runs on a state that then grows).
-- x = 4 8 1 5 9 2 for i = 1..6, current = even i. At i = 6: reference 1 4 9, current 2 5 8,
-- F_ref - F_cur along 1 2 4 5 8 9 = 1/3 0 1/3 0 -1/3 0, so D = 1/3
SELECT i, round((mlcheck.drift_test(x, i % 2 = 0, 'ks') OVER (ORDER BY i)).statistic::numeric, 6) AS d
FROM (SELECT i, (i * 37 % 11)::float8 AS x FROM generate_series(1, 6) i) t;

-- errors
SELECT mlcheck.drift_test(v, cur, 'nope') FROM d;
SELECT mlcheck.drift_test(v, cur, NULL) FROM d;
SELECT mlcheck.drift_test(c, cur, 'ks') FROM d;
SELECT mlcheck.drift_test(v, cur, 'z') FROM d;
SELECT mlcheck.drift_test(v, cur, 'ks', 1.5) FROM d;
SELECT mlcheck.drift_test(v, cur, 'psi', -1) FROM d;
SELECT mlcheck.drift_test(v, cur, 'psi', 'NaN') FROM d;
-- 'auto' takes any threshold, but here it picks chi2, a p-value test
SELECT mlcheck.drift_test(v, cur, 'auto', 2) FROM d;
SELECT mlcheck.drift_test(v, cur, CASE WHEN v > 2 THEN 'ks' ELSE 'cvm' END) FROM d;
SELECT mlcheck.drift_test_trans(NULL, 1::float8, true, 'ks');

-- drift_state (the aggregate's state; its transition and combine functions only run inside
-- an aggregate): the text form round-trips, the final function runs on a literal state, and
-- malformed input is rejected
SELECT 'AQEBf/gAAAAAAAABAD/4AAAAAAAA'::mlcheck.drift_state::text AS ref_one_and_a_half;
-- reference 1, current 3 4: D = 1, exact p = 2 / C(3,1) = 2/3
SELECT (mlcheck.drift_test_final('AQEBf/gAAAAAAAABAj/wAAAAAAAAQAgAAAAAAABAEAAAAAAAAA=='::mlcheck.drift_state)).*;
-- text state a (1 0), z (1 1); bool state (1 2; 3 4) with method z
SELECT 'AQIAf/gAAAAAAAACAWEBAAF6AQE='::mlcheck.drift_state::text AS text_state;
SELECT mlcheck.drift_state_send('AQMLf/gAAAAAAAABAgME'::mlcheck.drift_state) AS bool_state_bytes;
SELECT 'not base64!'::mlcheck.drift_state;
SELECT 'AQEB'::mlcheck.drift_state;
-- version 2 does not exist
SELECT 'AgEBf/gAAAAAAAAAAA=='::mlcheck.drift_state;
-- a text state whose entries are not in byte order (b before a)
SELECT 'AQIAf/gAAAAAAAACAWIBAAFhAQA='::mlcheck.drift_state;
-- an infinite value in a numeric state
SELECT 'AQEBf/gAAAAAAAABAH/wAAAAAAAA'::mlcheck.drift_state;

DROP TABLE d;
DROP EXTENSION mlcheck;
