-- drift() between profiles, bh_adjust and the dataset-level functions. Hand-checked small
-- cases (the computation is in the comments), NULL / empty / mismatched-kind rules, errors.
CREATE EXTENSION mlcheck;
SET extra_float_digits = 0;

CREATE TABLE d (v float8, cur bool, c text, b bool);
INSERT INTO d VALUES (1, false, 'a', false), (2, false, 'a', false), (3, false, 'b', true),
                     (4, true, 'b', true), (5, true, 'c', true), (6, true, 'c', true),
                     ('NaN', true, NULL, NULL), (NULL, false, NULL, NULL);
CREATE TABLE p AS
SELECT cur, mlcheck.profile(v) AS pv, mlcheck.profile(c) AS pc, mlcheck.profile(b) AS pb FROM d GROUP BY cur;
CREATE VIEW rc AS
SELECT r.pv AS rv, c.pv AS cv, r.pc AS rt, c.pc AS ct, r.pb AS rb, c.pb AS cb
FROM p r, p c WHERE NOT r.cur AND c.cur;

-- the same hand-checked values as drift_test (sql/drift.sql); NULL and NaN are left out:
-- KS D = 1, exact p = 2 / C(6,3) = 0.1
SELECT (mlcheck.drift(rv, cv, 'ks')).* FROM rc;
-- W1 = 3, reference std sqrt(2/3): 3.674234614174767
SELECT (mlcheck.drift(rv, cv, 'wasserstein')).* FROM rc;
-- chi2 of (a b c) = (2 1 0; 0 1 2): 4 with 2 dof, p = exp(-2) = 0.1353352832366127
SELECT (mlcheck.drift(rt, ct, 'chi2')).* FROM rc;
-- z of 1/3 true against 3/3 true: sqrt(3), p = 0.0832645166635504
SELECT (mlcheck.drift(rb, cb, 'z')).* FROM rc;
-- auto: 3 reference values with 3 distinct values: categories of values, chi2; text chi2; bool z
SELECT (mlcheck.drift(rv, cv)).method AS numeric_auto, (mlcheck.drift(rt, ct)).method AS text_auto,
       (mlcheck.drift(rb, cb)).method AS bool_auto FROM rc;
-- a profile against itself: no drift
SELECT (mlcheck.drift(rv, rv, 'psi')).statistic AS psi_self, (mlcheck.drift(rt, rt, 'js')).statistic AS js_self,
       (mlcheck.drift(rb, rb, 'z')).p_value AS z_self FROM rc;
-- explicit threshold
SELECT (mlcheck.drift(rv, cv, 'wasserstein', 5)).drifted AS at_5, (mlcheck.drift(rv, cv, 'wasserstein', 3)).drifted AS at_3 FROM rc;
-- NULL profiles give NULL; an empty profile gives a row with NULL statistic and drifted
SELECT mlcheck.drift(NULL, cv) IS NULL AS null_in FROM rc;
SELECT (mlcheck.drift(rv, (SELECT mlcheck.profile(v) FROM d WHERE v > 100), 'ks')).* FROM rc;

-- errors
SELECT mlcheck.drift(rv, ct) FROM rc;
SELECT mlcheck.drift(rt, ct, 'ks') FROM rc;
SELECT mlcheck.drift(rv, cv, 'z') FROM rc;
SELECT mlcheck.drift(rv, cv, 'nope') FROM rc;
SELECT mlcheck.drift(rv, cv, NULL) FROM rc;
SELECT mlcheck.drift(rv, cv, 'chi2', 2) FROM rc;

-- bh_adjust: p = (0.01, 0.04, 0.03, NULL, 0.5), m = 4 non-NULL. Ascending 0.01 0.03 0.04 0.5
-- give m p / rank = 0.04 0.06 0.0533 0.5; running minimum from the top: 0.04 0.0533 0.0533 0.5
SELECT mlcheck.bh_adjust(ARRAY[0.01, 0.04, 0.03, NULL, 0.5]);
SELECT mlcheck.bh_adjust(ARRAY[]::float8[]);
SELECT mlcheck.bh_adjust(ARRAY[1.5]);

-- dataset drift from stored profiles: columns matched by name, one side only gives NULLs.
-- v: chi2 over the reference deciles 1.2 1.4 ... 2.8: the reference 1 2 3 falls in bins 0, 4
-- and 9, the current 4 5 6 in bin 9; table (1 1 1; 0 0 3), expected (.5 .5 2; .5 .5 2):
-- chi2 = 1 + 1 + (1/2 + 1/2) = 3 with 2 dof, p = exp(-1.5) = 0.22313016014843;
-- c: chi2 4, p = exp(-2) = 0.135335283236613 (as above). Benjamini-Hochberg over the two:
-- 2 x 0.1353 / 1 = 0.2707 and 2 x 0.2231 / 2 = 0.2231, running minimum: both 0.22313016014843
SELECT * FROM mlcheck.drift_columns(
	ARRAY[('v', (SELECT rv FROM rc)), ('c', (SELECT rt FROM rc)), ('only_ref', (SELECT rb FROM rc))]::mlcheck.column_profile[],
	ARRAY[('c', (SELECT ct FROM rc)), ('v', (SELECT cv FROM rc)), ('only_cur', (SELECT cb FROM rc))]::mlcheck.column_profile[],
	'chi2');
-- a NULL side: no rows
SELECT count(*) AS no_rows FROM mlcheck.drift_columns(ARRAY[('v', NULL)]::mlcheck.column_profile[], NULL);
\set VERBOSITY terse
SELECT * FROM mlcheck.drift_columns(ARRAY[('v', (SELECT rv FROM rc)), ('v', (SELECT rv FROM rc))]::mlcheck.column_profile[],
	ARRAY[]::mlcheck.column_profile[]);

\set VERBOSITY default
-- two tables, and one table split by a predicate. b adds chi2 of (2 1; 0 3) = 1 + 1/2 + 1 + 1/2
-- = 3 with 1 dof, p = 0.0832645166635505 (= z^2 of the z test above); BH over the three p-values
-- 0.0833 0.1353 0.2231: 3p/1 = 0.2498, 3p/2 = 0.2030, 3p/3 = 0.2231, running minimum from the
-- top: 0.2030 0.2030 0.2231
CREATE TABLE t_ref AS SELECT v, c, b FROM d WHERE cur IS FALSE;
CREATE TABLE t_cur AS SELECT v, c, b FROM d WHERE cur;
SELECT column_name, method, statistic, p_value, p_adjusted, drifted, exact, drifted_share
FROM mlcheck.drift_table('t_ref', 't_cur', method => 'chi2');
SELECT column_name, method, statistic, p_value, p_adjusted, drifted
FROM mlcheck.drift_split('d', 'cur', ARRAY['v', 'c'], 'chi2');
\set VERBOSITY terse
SELECT * FROM mlcheck.drift_split('d', NULL);
\set VERBOSITY default

DROP VIEW rc;
DROP TABLE d, p, t_ref, t_cur;
DROP EXTENSION mlcheck;
