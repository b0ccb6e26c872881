-- pgTAP: the multivariate API (vector_profile, merge, accessors, multivariate_drift): objects,
-- properties, SQLSTATEs of the errors, and use by an unprivileged role.
BEGIN;
SELECT plan(36);

SELECT has_type('mlcheck', 'vector_profile', 'type vector_profile exists');
SELECT has_function('mlcheck', 'vector_profile', ARRAY['double precision[]'], 'vector_profile(float8[])');
SELECT has_function('mlcheck', 'vector_profile', ARRAY['real[]', 'integer', 'bigint'], 'vector_profile(real[], int, bigint)');
SELECT has_function('mlcheck', 'merge', ARRAY['mlcheck.vector_profile'], 'merge(vector_profile) aggregate');
SELECT has_function('mlcheck', 'merge', ARRAY['mlcheck.vector_profile', 'mlcheck.vector_profile'], 'merge(vector_profile, vector_profile)');
SELECT has_function('mlcheck', 'multivariate_drift', ARRAY['mlcheck.vector_profile', 'mlcheck.vector_profile', 'text', 'jsonb'], 'multivariate_drift exists');
SELECT is_aggregate('mlcheck', 'vector_profile', ARRAY['double precision[]'], 'vector_profile is an aggregate');

-- aggregates: parallel safe, a combine function, a real state type (not internal)
SELECT is((SELECT bool_and(a.aggcombinefn <> 0 AND a.aggtranstype = 'mlcheck.vector_profile'::regtype
                            AND p.proparallel = 's')
           FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND p.proname IN ('vector_profile', 'merge')
             AND (p.proname = 'vector_profile' OR p.proargtypes[0] = 'mlcheck.vector_profile'::regtype)), true,
          'vector_profile and merge aggregates: combine function, vector_profile state, parallel safe');
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND p.proname IN ('vector_profile', 'merge')
             AND a.aggtranstype = 'mlcheck.vector_profile'::regtype), 5, 'five aggregates');
SELECT volatility_is('mlcheck', 'multivariate_drift', ARRAY['mlcheck.vector_profile', 'mlcheck.vector_profile', 'text', 'jsonb'], 'immutable', 'multivariate_drift is immutable (seeded)');
SELECT is_strict('mlcheck', 'multivariate_drift', ARRAY['mlcheck.vector_profile', 'mlcheck.vector_profile', 'text', 'jsonb'], 'multivariate_drift is strict');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND (p.proname LIKE 'vector_profile%' OR p.proname IN ('multivariate_drift', 'blas_info', 'merge'))
             AND obj_description(p.oid, 'pg_proc') IS NULL), 0, 'every multivariate function has a comment');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'mlcheck' AND (p.proname LIKE 'vector_profile%' OR p.proname = 'multivariate_drift')
             AND p.prosecdef), 0, 'no SECURITY DEFINER');

-- values
CREATE TEMP TABLE t AS SELECT i, ARRAY[i::float8, (i % 7)::float8, sqrt(i)] AS v FROM generate_series(1, 200) i;
SELECT is((SELECT (mlcheck.vector_profile_summary(mlcheck.vector_profile(v))).count FROM t), 200::bigint, 'count');
SELECT is((SELECT (mlcheck.vector_profile_mean(mlcheck.vector_profile(v)))[1] FROM t), 100.5::float8, 'mean of 1..200 is 100.5');
SELECT ok((SELECT abs((mlcheck.vector_profile_covariance(mlcheck.vector_profile(v)))[1][1] - 3350) < 1e-9 FROM t),
          'variance of 1..200 is 200*201/12 = 3350');
SELECT is((SELECT p::text::mlcheck.vector_profile::text = p::text FROM (SELECT mlcheck.vector_profile(v) p FROM t) s), true, 'text round trip');
SELECT is((SELECT count(*)::int FROM (SELECT mlcheck.vector_profile(v) p FROM t) s, mlcheck.multivariate_drift(p, p, 'all')), 5, 'all runs five methods');
SELECT is((SELECT bool_or(drifted) FROM (SELECT mlcheck.vector_profile(v) p FROM t) s, mlcheck.multivariate_drift(p, p, 'all')), false, 'a profile never drifts from itself');
SELECT is((SELECT threads FROM mlcheck.blas_info()), 1, 'OpenBLAS runs one thread in the backend');

-- SQLSTATEs
SELECT throws_ok($$SELECT mlcheck.vector_profile('{}'::float8[])$$, '22000', NULL, 'empty array: 22000');
SELECT throws_ok($$SELECT mlcheck.vector_profile('{{1},{2}}'::float8[])$$, '22000', NULL, '2-D array: 22000');
SELECT throws_ok($$SELECT mlcheck.vector_profile(v) FROM (VALUES ('{1}'::float8[]), ('{1,2}')) t(v)$$, '22000', 'different vector dimensions 1 and 2', 'dimension mismatch: 22000');
SELECT throws_ok($$SELECT mlcheck.vector_profile(array_fill(0::float8, ARRAY[5000]))$$, '54000', NULL, 'too many dimensions: 54000');
SELECT throws_ok($$SELECT mlcheck.vector_profile('{1}'::float8[], 20000, 1)$$, '22023', NULL, 'reservoir too large: 22023');
SELECT throws_ok($$SELECT mlcheck.vector_profile('{1}'::float8[], NULL, 1)$$, '22004', NULL, 'NULL reservoir size: 22004');
SELECT throws_ok($$SELECT 'x'::mlcheck.vector_profile$$, '22P02', NULL, 'bad base64: 22P02');
SELECT throws_ok($$SELECT 'AAAA'::mlcheck.vector_profile$$, '22P02', NULL, 'bad body: 22P02');
SELECT throws_ok($$SELECT mlcheck.multivariate_drift(p, p, 'nope') FROM (SELECT mlcheck.vector_profile(v) p FROM t) s$$, '22023', NULL, 'unknown method: 22023');
SELECT throws_ok($$SELECT mlcheck.multivariate_drift(p, p, 'mmd', '{"sigma": 2}') FROM (SELECT mlcheck.vector_profile(v) p FROM t) s$$, '22023', NULL, 'option of another method: 22023');
SELECT throws_ok($$SELECT mlcheck.multivariate_drift(p, p, 'mmd', '{"max_samples": 1}') FROM (SELECT mlcheck.vector_profile(v) p FROM t) s$$, '22023', NULL, 'option out of range: 22023');
SELECT throws_ok($$SELECT mlcheck.multivariate_drift(a, b, 'cosine') FROM (SELECT mlcheck.vector_profile('{1,2}'::float8[]) a, mlcheck.vector_profile('{1}'::float8[]) b) s$$, '22000', NULL, 'profiles of different dimensions: 22000');
SELECT throws_ok($$SELECT mlcheck.multivariate_drift(p, p, 'hotelling') FROM (SELECT mlcheck.vector_profile('{NaN}'::float8[]) p) s$$, '22000', 'reference profile has no rows', 'profile without valid rows: 22000');
SELECT throws_ok($$SELECT mlcheck.vector_profile_trans(NULL, '{1}'::float8[])$$, '0A000', NULL, 'transition function outside an aggregate: 0A000');

-- an unprivileged role can build and compare profiles
CREATE ROLE mlcheck_mv_user NOLOGIN;
GRANT USAGE ON SCHEMA mlcheck TO mlcheck_mv_user;
GRANT SELECT ON t TO mlcheck_mv_user;
SET LOCAL ROLE mlcheck_mv_user;
SELECT is((SELECT count(*)::int FROM (SELECT mlcheck.vector_profile(v) p FROM t) s, mlcheck.multivariate_drift(p, p, 'hotelling')), 1, 'unprivileged role runs multivariate_drift');
RESET ROLE;
SELECT is((SELECT (mlcheck.vector_profile_summary(mlcheck.merge(p))).count FROM (SELECT mlcheck.vector_profile(v) p FROM t GROUP BY i % 3) s), 200::bigint, 'merge aggregate over groups counts every row');

SELECT * FROM finish();
ROLLBACK;
