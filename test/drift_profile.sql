-- pgTAP: drift() between profiles, bh_adjust and the dataset-level drift functions.
BEGIN;
SELECT plan(24);

SELECT has_function('mlcheck', 'drift', ARRAY['mlcheck.profile', 'mlcheck.profile', 'text', 'double precision'], 'drift(profile, profile, text, float8)');
SELECT function_returns('mlcheck', 'drift', ARRAY['mlcheck.profile', 'mlcheck.profile', 'text', 'double precision'], 'mlcheck.drift_result', 'drift returns a drift_result row');
SELECT volatility_is('mlcheck', 'drift', ARRAY['mlcheck.profile', 'mlcheck.profile', 'text', 'double precision'], 'immutable', 'drift is immutable');
SELECT has_function('mlcheck', 'bh_adjust', ARRAY['double precision[]'], 'bh_adjust(float8[])');
SELECT has_function('mlcheck', 'drift_columns', ARRAY['mlcheck.column_profile[]', 'mlcheck.column_profile[]', 'text', 'double precision'], 'drift_columns');
SELECT has_function('mlcheck', 'drift_table', ARRAY['regclass', 'regclass', 'text[]', 'text', 'double precision', 'integer'], 'drift_table');
SELECT has_function('mlcheck', 'drift_split', ARRAY['regclass', 'text', 'text[]', 'text', 'double precision', 'integer'], 'drift_split');
SELECT has_type('mlcheck', 'column_drift', 'type column_drift');
SELECT has_type('mlcheck', 'column_profile', 'type column_profile');

CREATE TEMP TABLE d (v float8, cur bool, c text, b bool);
INSERT INTO d VALUES (1, false, 'a', false), (2, false, 'a', false), (3, false, 'b', true),
                     (4, true, 'b', true), (5, true, 'c', true), (6, true, 'c', true);
CREATE TEMP TABLE p AS
SELECT cur, mlcheck.profile(v) AS pv, mlcheck.profile(c) AS pc, mlcheck.profile(b) AS pb FROM d GROUP BY cur;

SELECT is((SELECT (mlcheck.drift(r.pv, c.pv, 'ks')).statistic FROM p r, p c WHERE NOT r.cur AND c.cur), 1::float8,
          'ks D of disjoint samples is 1');
SELECT is((SELECT (mlcheck.drift(r.pc, c.pc, 'chi2')).statistic FROM p r, p c WHERE NOT r.cur AND c.cur), 4::float8,
          'chi2 of (2 1 0; 0 1 2) = 4');
SELECT is((SELECT (mlcheck.drift(r.pv, c.pv, 'ks')).exact FROM p r, p c WHERE NOT r.cur AND c.cur), true,
          'small profiles are exact');
SELECT is((SELECT (mlcheck.drift(r.pv, c.pv, 'ks'))::text FROM p r, p c WHERE NOT r.cur AND c.cur),
          (SELECT mlcheck.drift_test(v, cur, 'ks')::text FROM d), 'drift on exact profiles = drift_test on the rows');
SELECT is(mlcheck.bh_adjust(ARRAY[0.01, 0.04, 0.03, NULL, 0.5])::text,
          ARRAY[0.04, 0.16 / 3, 0.16 / 3, NULL, 0.5]::float8[]::text, 'bh_adjust by hand');
SELECT is((SELECT count(*)::int FROM mlcheck.drift_split('d', 'cur', ARRAY['v', 'c', 'b'])), 3, 'drift_split: one row per column');
SELECT is((SELECT array_agg(method ORDER BY column_name) FROM mlcheck.drift_split('d', 'cur')), ARRAY['z', 'chi2', 'z', 'chi2'],
          'auto: z for bool (b, and cur itself), chi2 for text and for 3 distinct numbers');

SELECT throws_ok($$SELECT mlcheck.drift(r.pv, c.pc) FROM p r, p c$$, '22023', NULL, 'different kinds: 22023');
SELECT throws_ok($$SELECT mlcheck.drift(r.pc, c.pc, 'wasserstein') FROM p r, p c$$, '22023', NULL, 'wasserstein on text: 22023');
SELECT throws_ok($$SELECT mlcheck.drift(r.pv, c.pv, NULL) FROM p r, p c$$, '22004', NULL, 'NULL method: 22004');
SELECT throws_ok($$SELECT mlcheck.bh_adjust(ARRAY[-0.1])$$, '22023', NULL, 'p-value below 0: 22023');
SELECT throws_ok($$SELECT mlcheck.bh_adjust(ARRAY[[0.1], [0.2]])$$, '2202E', NULL, 'two dimensions: 2202E');
SELECT throws_ok($$SELECT * FROM mlcheck.drift_columns(ARRAY[('v', NULL), ('v', NULL)]::mlcheck.column_profile[], '{}')$$,
                 '42701', NULL, 'a column twice: 42701');
SELECT throws_ok($$SELECT * FROM mlcheck.drift_split('d', NULL)$$, '22004', NULL, 'NULL predicate: 22004');
SELECT throws_ok($$SELECT * FROM mlcheck.drift_table('d', 'no_such_table')$$, '42P01', NULL, 'missing table: 42P01');

SELECT * FROM finish();
ROLLBACK;
