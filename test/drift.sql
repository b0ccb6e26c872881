-- pgTAP: drift_test, first_keys and feature_skew: API, declarations, error codes, privileges.
BEGIN;
SELECT plan(45);

-- the API
SELECT has_type('mlcheck', 'drift_result', 'type drift_result exists');
SELECT has_type('mlcheck', 'drift_state', 'type drift_state exists');
SELECT has_function('mlcheck', 'drift_test', ARRAY['double precision', 'boolean', 'text'], 'drift_test(float8, bool, text)');
SELECT has_function('mlcheck', 'drift_test', ARRAY['double precision', 'boolean', 'text', 'double precision'], 'drift_test(float8, bool, text, float8)');
SELECT has_function('mlcheck', 'drift_test', ARRAY['text', 'boolean', 'text'], 'drift_test(text, bool, text)');
SELECT has_function('mlcheck', 'drift_test', ARRAY['boolean', 'boolean', 'text'], 'drift_test(bool, bool, text)');
SELECT has_function('mlcheck', 'first_keys', ARRAY['bigint', 'integer'], 'first_keys(bigint, int)');
SELECT has_function('mlcheck', 'first_keys', ARRAY['text', 'integer'], 'first_keys(text, int)');
SELECT has_function('mlcheck', 'feature_skew',
	ARRAY['regclass', 'regclass', 'text', 'text[]', 'double precision', 'double precision', 'integer'], 'feature_skew');
SELECT function_returns('mlcheck', 'drift_test', ARRAY['double precision', 'boolean', 'text'], 'mlcheck.drift_result',
	'drift_test returns a drift_result row');
SELECT is_aggregate('mlcheck', 'drift_test', ARRAY['double precision', 'boolean', 'text'], 'drift_test is an aggregate');
SELECT is_aggregate('mlcheck', 'first_keys', ARRAY['bigint', 'integer'], 'first_keys is an aggregate');

-- aggregates: real state types, a combine function, parallel safe
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND p.proname IN ('drift_test', 'first_keys')), 8,
          'eight drift_test / first_keys aggregates');
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND p.proname IN ('drift_test', 'first_keys')
             AND (a.aggtranstype = 'internal'::regtype OR a.aggcombinefn = 0 OR p.proparallel <> 's')), 0,
          'no internal state, every one has a combine function and is parallel safe');
SELECT is((SELECT array_agg(DISTINCT format_type(a.aggtranstype, NULL) ORDER BY format_type(a.aggtranstype, NULL))
           FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND p.proname IN ('drift_test', 'first_keys')),
          ARRAY['bigint[]', 'mlcheck.drift_state', 'text[]'], 'state types are drift_state, bigint[], text[]');
SELECT volatility_is('mlcheck', 'feature_skew',
	ARRAY['regclass', 'regclass', 'text', 'text[]', 'double precision', 'double precision', 'integer'], 'stable',
	'feature_skew is stable (it reads tables)');
SELECT is((SELECT prosecdef FROM pg_proc WHERE proname = 'feature_skew'), false, 'feature_skew is SECURITY INVOKER');

-- values: the hand-checked cases of sql/drift.sql
CREATE TEMP TABLE d (v float8, cur bool, c text, b bool);
INSERT INTO d VALUES (1, false, 'a', false), (2, false, 'a', false), (3, false, 'b', true),
                     (4, true, 'b', true), (5, true, 'c', true), (6, true, 'c', true);
SELECT ok((SELECT abs((mlcheck.drift_test(v, cur, 'ks')).p_value - 0.1) < 1e-15 FROM d), 'ks exact p = 2 / C(6,3)');
SELECT is((SELECT (mlcheck.drift_test(c, cur, 'chi2')).statistic FROM d), 4::float8, 'chi2 of (2 1 0; 0 1 2) = 4');
SELECT is((SELECT (mlcheck.drift_test(b, cur, 'z')).method FROM d), 'z', 'z on bool');
SELECT is((SELECT (mlcheck.drift_test(v, cur, 'auto')).method FROM d), 'chi2', 'auto: <= 5 distinct numbers are categories');
SELECT ok((SELECT (mlcheck.drift_test(v, cur, 'ks')).exact FROM d), 'drift_test is exact');
-- the method given by an expression: constant-folded, or from a column (checked on every row)
SELECT is((SELECT (mlcheck.drift_test(v, cur, 'k' || 's')).statistic FROM d), 1::float8,
          'a method built by a constant expression');
SELECT throws_ok($$SELECT mlcheck.drift_test(v, cur, CASE WHEN v < 4 THEN 'ks' ELSE 'cvm' END) FROM d$$,
                 '22023', NULL, 'a method that changes between rows: 22023');

-- above 65,536 values KS starts from buckets of the doubles (src/core/ksbound.c), never sorting
-- them; exact profiles (<= 10,000 distinct values) walk their sorted values: the same D and p
SELECT setseed(0.25);
CREATE TEMP TABLE ks_big AS
SELECT round(random() * 4000 + CASE WHEN cur THEN 3 ELSE 0 END) / 7 AS v, cur
FROM (SELECT random() < 0.45 AS cur FROM generate_series(1, 100000)) s;
SELECT is((SELECT (mlcheck.drift_test(v, cur, 'ks')).statistic FROM ks_big),
          (SELECT (mlcheck.drift(r.p, c.p, 'ks')).statistic
           FROM (SELECT mlcheck.profile(v) p FROM ks_big WHERE NOT cur) r,
                (SELECT mlcheck.profile(v) p FROM ks_big WHERE cur) c),
          'ks of 100,000 raw values = ks of their exact profiles (statistic)');
SELECT is((SELECT (mlcheck.drift_test(v, cur, 'ks')).p_value FROM ks_big),
          (SELECT (mlcheck.drift(r.p, c.p, 'ks')).p_value
           FROM (SELECT mlcheck.profile(v) p FROM ks_big WHERE NOT cur) r,
                (SELECT mlcheck.profile(v) p FROM ks_big WHERE cur) c),
          'ks of 100,000 raw values = ks of their exact profiles (p-value)');
SELECT is((SELECT mlcheck.first_keys(x, 2) FROM unnest(ARRAY[7, 3, 9, 3]::bigint[]) x), ARRAY[3, 7]::bigint[],
          'first_keys keeps the smallest distinct keys');

-- error codes
SELECT throws_ok($$SELECT mlcheck.drift_test(v, cur, 'nope') FROM d$$, '22023', NULL, 'unknown method: 22023');
SELECT throws_ok($$SELECT mlcheck.drift_test(c, cur, 'ks') FROM d$$, '22023', NULL, 'ks on text: 22023');
SELECT throws_ok($$SELECT mlcheck.drift_test(v, cur, 'z') FROM d$$, '22023', NULL, 'z on numbers: 22023');
SELECT throws_ok($$SELECT mlcheck.drift_test(v, cur, NULL) FROM d$$, '22004', NULL, 'NULL method: 22004');
SELECT throws_ok($$SELECT mlcheck.drift_test(v, cur, 'ks', 2) FROM d$$, '22023', NULL, 'significance level > 1: 22023');
SELECT throws_ok($$SELECT mlcheck.drift_test(v, cur, 'psi', -0.5) FROM d$$, '22023', NULL, 'negative threshold: 22023');
SELECT throws_ok($$SELECT mlcheck.drift_test_trans(NULL, 1::float8, true, 'ks')$$, '0A000', NULL,
                 'transition outside an aggregate: 0A000');
SELECT throws_ok($$SELECT 'AQEB'::mlcheck.drift_state$$, '22P02', NULL, 'truncated state text: 22P02');
SELECT throws_ok($$SELECT '!!'::mlcheck.drift_state$$, '22P02', NULL, 'not base64: 22P02');
SELECT throws_ok($$SELECT mlcheck.first_keys(x, 0) FROM unnest(ARRAY[1]::bigint[]) x$$, '22023', NULL,
                 'first_keys limit 0: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.feature_skew('d', 'd', 'nope')$$, '42703', NULL, 'missing key column: 42703');
SELECT throws_ok($$SELECT * FROM mlcheck.feature_skew('d', 'd', 'v', ARRAY['c', 'c'])$$, '42701', NULL,
                 'feature listed twice: 42701');
SELECT throws_ok($$SELECT * FROM mlcheck.feature_skew('d', 'd', 'v', NULL, -1)$$, '22023', NULL,
                 'negative tolerance: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.feature_skew('d', NULL, 'v')$$, '22004', NULL, 'NULL table: 22004');

-- feature_skew of a table with itself: everything matches
SELECT is((SELECT sum(mismatched)::int FROM mlcheck.feature_skew('d', 'd', 'v')), 0, 'a table has no skew with itself');
SELECT is((SELECT array_agg(feature ORDER BY feature) FROM mlcheck.feature_skew('d', 'd', 'v')), ARRAY['b', 'c', 'cur'],
          'features default to the common columns except the key');

-- privileges: an ordinary role can run everything on its own tables
CREATE ROLE mlcheck_drift_user;
GRANT USAGE ON SCHEMA mlcheck TO mlcheck_drift_user;
GRANT SELECT ON d TO mlcheck_drift_user;
SET ROLE mlcheck_drift_user;
SELECT is((SELECT (mlcheck.drift_test(v, cur, 'ks')).statistic FROM d), 1::float8, 'an ordinary role runs drift_test');
SELECT is((SELECT count(*)::int FROM mlcheck.feature_skew('d', 'd', 'v')), 3, 'an ordinary role runs feature_skew');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
