-- pgTAP: the profile API (types, aggregates, accessors, casts), its SQLSTATEs and privileges.
BEGIN;
SELECT plan(42);

SELECT has_type('mlcheck', 'profile', 'type mlcheck.profile exists');
SELECT has_type('mlcheck', 'profile_summary', 'type mlcheck.profile_summary exists');
SELECT has_function('mlcheck', 'profile', ARRAY['double precision'], 'profile(float8) exists');
SELECT has_function('mlcheck', 'profile', ARRAY['text', 'integer'], 'profile(text, exact_limit) exists');
SELECT has_function('mlcheck', 'profile', ARRAY['boolean'], 'profile(bool) exists');
SELECT has_function('mlcheck', 'merge', ARRAY['mlcheck.profile'], 'merge(profile) aggregate exists');
SELECT has_function('mlcheck', 'merge', ARRAY['mlcheck.profile', 'mlcheck.profile'], 'merge(profile, profile) exists');
SELECT has_function('mlcheck', 'profile_table', ARRAY['regclass', 'text[]', 'text', 'integer'], 'profile_table exists');
SELECT function_returns('mlcheck', 'summary', ARRAY['mlcheck.profile'], 'mlcheck.profile_summary', 'summary returns profile_summary');
SELECT function_returns('mlcheck', 'quantile', ARRAY['mlcheck.profile', 'double precision[]'], 'double precision[]',
                        'quantile(p, q[]) returns float8[]');

-- every profile aggregate: state type mlcheck.profile (not internal), a combine function, parallel safe
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           WHERE p.pronamespace = 'mlcheck'::regnamespace
             AND (p.proname = 'profile' OR (p.proname = 'merge' AND p.proargtypes[0] = 'mlcheck.profile'::regtype))), 7,
          'seven profile aggregates');
SELECT is((SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
           WHERE p.pronamespace = 'mlcheck'::regnamespace
             AND (p.proname = 'profile' OR (p.proname = 'merge' AND p.proargtypes[0] = 'mlcheck.profile'::regtype))
             AND a.aggtranstype = 'mlcheck.profile'::regtype AND a.aggcombinefn <> 0 AND p.proparallel = 's'), 7,
          'all have state type mlcheck.profile, a combine function, and are parallel safe');
SELECT is((SELECT count(*)::int FROM pg_proc p WHERE p.pronamespace = 'mlcheck'::regnamespace
           AND p.proname IN ('summary', 'quantile', 'cdf', 'histogram', 'top_values', 'profile_to_jsonb', 'profile_in',
                             'profile_out', 'profile_send', 'profile_recv')
           AND (p.provolatile <> 'i' OR p.proparallel <> 's' OR NOT p.proisstrict)), 0,
          'accessors and I/O are immutable, strict and parallel safe');
SELECT volatility_is('mlcheck', 'profile_table', ARRAY['regclass', 'text[]', 'text', 'integer'], 'volatile',
                     'profile_table is volatile');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'mlcheck.profile_table'::regproc), false,
          'profile_table runs with the caller''s privileges');
SELECT ok(EXISTS (SELECT 1 FROM pg_cast WHERE castsource = 'mlcheck.profile'::regtype AND casttarget = 'jsonb'::regtype),
          'cast profile -> jsonb exists');

CREATE TEMP TABLE tp AS SELECT i, (i % 10)::float8 AS x, 'v' || (i % 3) AS c, i % 2 = 0 AS b FROM generate_series(1, 100) i;
SELECT is((SELECT (mlcheck.summary(mlcheck.profile(x))).row_count FROM tp), 100::bigint, 'row count');
SELECT is((SELECT mlcheck.quantile(mlcheck.profile(x), 0.5) FROM tp),
          (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM tp), 'median equals percentile_disc');
SELECT is((SELECT (mlcheck.summary(mlcheck.profile(x))).sample_stddev FROM tp), (SELECT stddev_samp(x) FROM tp),
          'stddev equals stddev_samp (same Youngs-Cramer arithmetic)');
SELECT is((SELECT (mlcheck.summary(mlcheck.profile(x))).mean FROM tp), (SELECT avg(x) FROM tp), 'mean equals avg');
SELECT is((SELECT p::text::mlcheck.profile::text = p::text FROM (SELECT mlcheck.profile(c) AS p FROM tp) s), true,
          'text profile round-trips through text');
SELECT is((SELECT mlcheck.profile(c)::jsonb->>'kind' FROM tp), 'text', 'jsonb carries the kind');
SELECT is((SELECT (mlcheck.profile(x)::jsonb->'quantiles'->>'0.5')::float8 FROM tp), 4::float8, 'jsonb quantiles');
SELECT is((SELECT count(*)::int FROM mlcheck.top_values((SELECT mlcheck.profile(c) FROM tp), 10)), 3, 'three categories');
SELECT is((SELECT sum(count)::int FROM mlcheck.histogram((SELECT mlcheck.profile(x) FROM tp), 4)), 100, 'histogram sums to n');
SELECT is((SELECT count(*)::int FROM mlcheck.profile_table('tp')), 4, 'profile_table profiles every column');

-- SQLSTATEs
SELECT throws_ok($$SELECT 'nonsense'::mlcheck.profile$$, '22P02', NULL, 'bad text input: 22P02');
SELECT throws_ok($$SELECT 'profile.v1:AQEBkE4AAAAAAAAA'::mlcheck.profile$$, '22P02', 'malformed mlcheck.profile value',
                 'inconsistent serialized profile: 22P02');
SELECT throws_ok($$SELECT 'profile.v1:AQEB'::mlcheck.profile$$, '22P02', NULL, 'truncated serialized profile: 22P02');
SELECT throws_ok($$SELECT mlcheck.merge(mlcheck.profile(1::float8), mlcheck.profile('a'::text))$$, '42804', NULL,
                 'merging different kinds: 42804');
SELECT throws_ok($$SELECT mlcheck.merge(p) FROM (VALUES ((SELECT mlcheck.profile(1::float8))), ((SELECT mlcheck.profile(true)))) t(p)$$,
                 '42804', NULL, 'merge aggregate over different kinds: 42804');
SELECT throws_ok($$SELECT mlcheck.quantile(mlcheck.profile('a'::text), 0.5)$$, '42804', NULL, 'quantile of text: 42804');
SELECT throws_ok($$SELECT mlcheck.quantile(mlcheck.profile(1::float8), 2)$$, '22003', NULL, 'quantile out of [0,1]: 22003');
SELECT throws_ok($$SELECT * FROM mlcheck.histogram((SELECT mlcheck.profile(1::float8)), 0)$$, '22023', NULL,
                 'zero bins: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.top_values((SELECT mlcheck.profile(1::float8)), -2)$$, '22023', NULL,
                 'negative k: 22023');
SELECT throws_ok($$SELECT mlcheck.profile(1::float8, -5)$$, '22023', NULL, 'negative exact_limit: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.profile_table('tp', ARRAY['nope'])$$, '42703', NULL, 'unknown column: 42703');
SELECT throws_ok($$SELECT * FROM mlcheck.profile_table('tp', ARRAY[NULL]::text[])$$, '22004', NULL, 'NULL column name: 22004');
SELECT throws_ok($$SELECT * FROM mlcheck.profile_table('tp', where_clause => 'no_such_col > 1')$$, '42703', NULL,
                 'the where clause is plain SQL: its errors surface');
SELECT throws_ok($$SELECT mlcheck.profile_trans(NULL::mlcheck.profile, 1::float8)$$, 'XX000', NULL,
                 'transition function outside an aggregate is refused');

-- privileges: profile_table reads with the caller's rights
CREATE ROLE mlcheck_profile_reader NOLOGIN;
CREATE TABLE public.tp_secret (x float8);
INSERT INTO public.tp_secret VALUES (1), (2);
GRANT USAGE ON SCHEMA mlcheck TO mlcheck_profile_reader;
SET ROLE mlcheck_profile_reader;
SELECT throws_ok($$SELECT * FROM mlcheck.profile_table('public.tp_secret')$$, '42501', NULL,
                 'profile_table needs SELECT on the table');
RESET ROLE;
GRANT SELECT ON public.tp_secret TO mlcheck_profile_reader;
SET ROLE mlcheck_profile_reader;
SELECT is((SELECT (mlcheck.summary(profile)).row_count FROM mlcheck.profile_table('public.tp_secret')), 2::bigint,
          'with SELECT granted it works');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
