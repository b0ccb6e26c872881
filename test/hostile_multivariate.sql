-- pgTAP: hostile input for src/multivariate*.c (drafted by test/reliability/hostile_gen.py, reviewed).
-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.
BEGIN;
SELECT plan(164);
CREATE TEMP TABLE hostile_t (id int, x float8, y float8, b bool, n int8, t text, u text,
                             v float8[], r real[]);
INSERT INTO hostile_t VALUES
  (1, 0.1, 0.2, true, 1, 'a', 'a', '{1,2}', '{1,2}'), (2, 0.4, 0.9, false, 0, 'b', 'a', '{2,3}', '{2,3}'),
  (3, 0.35, 0.5, true, 1, 'a', 'b', '{3,5}', '{3,5}'), (4, 0.8, 0.1, false, 0, 'c', 'b', '{4,4}', '{4,4}'),
  (5, 0.65, 0.7, true, 1, 'b', 'c', '{5,1}', '{5,1}'), (6, 0.2, 0.3, false, 0, 'a', 'c', '{6,2}', '{6,2}');
CREATE TEMP TABLE hostile_empty (LIKE hostile_t);
CREATE TEMP TABLE hostile_one AS SELECT * FROM hostile_t WHERE id = 1;
-- runs one statement of a VOLATILE function and undoes its effects: 'ok' or 'error:<SQLSTATE>'
CREATE FUNCTION pg_temp.hostile_try(sql text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
	BEGIN
		EXECUTE sql;
		RAISE EXCEPTION 'hostile_try rollback';
	EXCEPTION WHEN OTHERS THEN
		IF SQLSTATE = 'P0001' AND SQLERRM = 'hostile_try rollback' THEN
			RETURN 'ok';
		END IF;
		RETURN 'error:' || SQLSTATE;
	END;
END
$f$;
CREATE AGGREGATE public.rel_state_0(double precision, bigint) (SFUNC = mlcheck.binary_add, STYPE = mlcheck.metric_state); -- the state of mlcheck.binary_metrics(double precision,bigint)
CREATE AGGREGATE public.rel_state_2(double precision, boolean) (SFUNC = mlcheck.binary_add, STYPE = mlcheck.metric_state); -- the state of mlcheck.binary_metrics(double precision,boolean)
CREATE AGGREGATE public.rel_state_4(text, text) (SFUNC = mlcheck.classes_add, STYPE = mlcheck.metric_state); -- the state of mlcheck.classification_metrics(text,text)

-- covers: mlcheck.blas_info()
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.blas_info()::text$q$), 'ok',
    'mlcheck.blas_info(): sane arguments: ok');

-- covers: mlcheck.merge(mlcheck.vector_profile)
SELECT is(md5((SELECT mlcheck.merge(e0)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t)), 'f8ad6ef499bff5bbe236c2913b903692',
    'mlcheck.merge(mlcheck.vector_profile): sample of six rows (md5 of 524 characters)');
SELECT is((SELECT mlcheck.merge(e0)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_empty h ) AS hostile_t), NULL,
    'mlcheck.merge(mlcheck.vector_profile): no rows: NULL');
SELECT is((SELECT mlcheck.merge(e0)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_one h ) AS hostile_t), 'AQLoBwEAAAA8XvNy/pT4KgE/8AAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP/AAAAAAAABAAAAAAAAAAA==',
    'mlcheck.merge(mlcheck.vector_profile): one row');
SELECT is((SELECT mlcheck.merge(NULL::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t), NULL,
    'mlcheck.merge(mlcheck.vector_profile): NULL in argument 1 (mlcheck.vector_profile) on every row: NULL');
SELECT is(md5((SELECT mlcheck.merge(CASE WHEN id = 3 THEN NULL ELSE e0 END)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t)), '8f484b1f20187a7543a226e9d32e9eaf',
    'mlcheck.merge(mlcheck.vector_profile): NULL in argument 1 on one row (md5 of 460 characters)');
SELECT throws_ok($q$SELECT mlcheck.merge('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.merge('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t)), 'a56e0a1dd02082d83c7a70d017f1ea70',
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 1 (md5 of 844 characters)');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t)), 'b50e7ed166272d0f93446680f54947ed',
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 1 (md5 of 844 characters)');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t)), 'f8daaf218027af3cf29c4763f4bd0b64',
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 1 (md5 of 844 characters)');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t)), '39c5525a9c7b02c7653117d20bb362fa',
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 1 (md5 of 844 characters)');
SELECT throws_ok($q$SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile)::text FROM (SELECT h.*, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 WHERE h2.id <= h.id) AS e0 FROM hostile_t h ) AS hostile_t$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');

-- covers: mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile)
SELECT is(md5((SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text)), '64fbf2fcc0b1bec760a2be42ceeecd2a',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): sane arguments (md5 of 332 characters)');
SELECT is((SELECT mlcheck.merge(NULL::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text), NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): NULL in argument 1 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT mlcheck.merge('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.merge('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text)), '4d87c0db7415f63fc0ed66a3ab68bc0f',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 1 (md5 of 332 characters)');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text)), '7627d66f0e8ef3075976d282ccaed103',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 1 (md5 of 332 characters)');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text)), '299e260a78698ade735a0e7fc31c0ee1',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 1 (md5 of 332 characters)');
SELECT is(md5((SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text)), '2445fdeb1f936e6977337f2768adaea7',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 1 (md5 of 332 characters)');
SELECT throws_ok($q$SELECT mlcheck.merge('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), NULL::mlcheck.vector_profile)::text), NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): NULL in argument 2 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 2: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 2: 22P02 malformed vector_profile value');
SELECT is(md5((SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text)), '4d87c0db7415f63fc0ed66a3ab68bc0f',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 2 (md5 of 332 characters)');
SELECT is(md5((SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text)), '54e1b977004578ed2b3ba0b912e82209',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 2 (md5 of 332 characters)');
SELECT is(md5((SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text)), '9257b468081b809804149385a882d3bf',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 2 (md5 of 332 characters)');
SELECT is(md5((SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile)::text)), 'b1ac41f63c79ecc5035d75aec33a230f',
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 2 (md5 of 332 characters)');
SELECT throws_ok($q$SELECT mlcheck.merge((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.merge(mlcheck.vector_profile,mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 2: 22P02 malformed vector_profile value');

-- covers: mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb)
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): sane arguments');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift(NULL::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s), NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): NULL in argument 1 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #3 in argument 1');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #4 in argument 1');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #5 in argument 1');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #6 in argument 1');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile, (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), NULL::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s), NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): NULL in argument 2 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #1 in argument 2: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #2 in argument 2: 22P02 malformed vector_profile value');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #3 in argument 2');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #4 in argument 2');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #5 in argument 2');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s), '(hotelling,0,1,0.05,f)',
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #6 in argument 2');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile, 'mean_shift', '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): corrupted mlcheck.vector_profile #7 in argument 2: 22P02 malformed vector_profile value');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), NULL::text, '{}'::jsonb) s), NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): NULL in argument 3 (text): NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), '', '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 3 = '''': 22023 unknown multivariate drift method ""');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'no_such_thing', '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 3 = ''no_such_thing'': 22023 unknown multivariate drift method "no_such_thing"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'true; DROP TABLE hostile_empty', '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 unknown multivariate drift method "true; DROP TABLE hostile_empty"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'true) OR (true', '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 3 = ''true) OR (true'': 22023 unknown multivariate drift method "true) OR (true"');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', NULL::jsonb) s), NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): NULL in argument 4 (jsonb): NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', 'null'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 4 = ''null'': 22023 options must be a jsonb object');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '[]'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 4 = ''[]'': 22023 options must be a jsonb object');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.multivariate_drift((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), (SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ), 'mean_shift', '{"bins": -1, "threshold": "NaN"}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb): argument 4 = ''{"bins": -1, "threshold": "NaN"}'': 22023 unknown option "bins"');

-- covers: mlcheck.vector_profile(double precision[])
SELECT is((SELECT mlcheck.vector_profile(v)::text FROM hostile_t ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA',
    'mlcheck.vector_profile(double precision[]): sample of six rows');
SELECT is((SELECT mlcheck.vector_profile(v)::text FROM hostile_empty ), NULL,
    'mlcheck.vector_profile(double precision[]): no rows: NULL');
SELECT is((SELECT mlcheck.vector_profile(v)::text FROM hostile_one ), 'AQLoBwEAAAA8XvNy/pT4KgE/8AAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP/AAAAAAAABAAAAAAAAAAA==',
    'mlcheck.vector_profile(double precision[]): one row');
SELECT is((SELECT mlcheck.vector_profile(NULL::double precision[])::text FROM hostile_t ), NULL,
    'mlcheck.vector_profile(double precision[]): NULL in argument 1 (double precision[]) on every row: NULL');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN NULL ELSE v END)::text FROM hostile_t ), 'AQLoBwUBAAA8XvNy/pT4KgVADMzMzMzMzUADMzMzMzMzQDEzMzMzMzPAAZmZmZmZmkAUzMzMzMzNP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[]): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{}'::double precision[] ELSE v END)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(double precision[]): argument 1 = ''{}'' on one row (mismatched/empty/NaN): 22000 vector_profile input must not be an empty array');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NULL,1}'::double precision[] ELSE v END)::text FROM hostile_t ), 'AQLoBwUAAQA8XvNy/pT4KgVADMzMzMzMzUADMzMzMzMzQDEzMzMzMzPAAZmZmZmZmkAUzMzMzMzNP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[]): argument 1 = ''{NULL,1}'' on one row (mismatched/empty/NaN)');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{1,2,3}'::double precision[] ELSE v END)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(double precision[]): argument 1 = ''{1,2,3}'' on one row (mismatched/empty/NaN): 22000 different vector dimensions 2 and 3');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NaN,1}'::double precision[] ELSE v END)::text FROM hostile_t ), 'AQLoBwUAAAE8XvNy/pT4KgVADMzMzMzMzUADMzMzMzMzQDEzMzMzMzPAAZmZmZmZmkAUzMzMzMzNP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[]): argument 1 = ''{NaN,1}'' on one row (mismatched/empty/NaN)');

-- covers: mlcheck.vector_profile(double precision[],integer,bigint)
SELECT is((SELECT mlcheck.vector_profile(v, 3, n)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxqA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQBgAAAAAAABAAAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): sample of six rows');
SELECT is((SELECT mlcheck.vector_profile(v, 3, n)::text FROM hostile_empty ), NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.vector_profile(v, 3, n)::text FROM hostile_one ), 'AQIDAQAAADxe83L+lPgrAT/wAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/8AAAAAAAAEAAAAAAAAAA',
    'mlcheck.vector_profile(double precision[],integer,bigint): one row');
SELECT is((SELECT mlcheck.vector_profile(NULL::double precision[], 3, n)::text FROM hostile_t ), NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): NULL in argument 1 (double precision[]) on every row: NULL');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN NULL ELSE v END, 3, n)::text FROM hostile_t ), 'AQIDBQEAAHjN5uX9KfBVA0AMzMzMzMzNQAMzMzMzMzNAMTMzMzMzM8ABmZmZmZmaQBTMzMzMzM0/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{}'::double precision[] ELSE v END, 3, n)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 1 = ''{}'' on one row (mismatched/empty/NaN): 22000 vector_profile input must not be an empty array');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NULL,1}'::double precision[] ELSE v END, 3, n)::text FROM hostile_t ), 'AQIDBQABAHjN5uX9KfBVA0AMzMzMzMzNQAMzMzMzMzNAMTMzMzMzM8ABmZmZmZmaQBTMzMzMzM0/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 1 = ''{NULL,1}'' on one row (mismatched/empty/NaN)');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{1,2,3}'::double precision[] ELSE v END, 3, n)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 1 = ''{1,2,3}'' on one row (mismatched/empty/NaN): 22000 different vector dimensions 2 and 3');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NaN,1}'::double precision[] ELSE v END, 3, n)::text FROM hostile_t ), 'AQIDBQAAAXjN5uX9KfBVA0AMzMzMzMzNQAMzMzMzMzNAMTMzMzMzM8ABmZmZmZmaQBTMzMzMzM0/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 1 = ''{NaN,1}'' on one row (mismatched/empty/NaN)');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(v, NULL::integer, n)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): NULL in argument 2 (integer) on every row: 22004 reservoir_size must not be null');
SELECT is((SELECT mlcheck.vector_profile(v, CASE WHEN id = 3 THEN NULL ELSE 3 END, n)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxqA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQBgAAAAAAABAAAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.vector_profile(v, 0::integer, n)::text FROM hostile_t ), 'AQIABgAAADxe83L+lPgrAEAMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs=',
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(v, -1::integer, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 2 = -1: 22023 reservoir_size must be between 0 and 10000, not -1');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(v, 2147483647::integer, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 2 = 2147483647: 22023 reservoir_size must be between 0 and 10000, not 2147483647');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(v, 3, NULL::bigint)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.vector_profile(double precision[],integer,bigint): NULL in argument 3 (bigint) on every row: 22004 seed must not be null');
SELECT is((SELECT mlcheck.vector_profile(v, 3, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxqA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQBgAAAAAAABAAAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): NULL in argument 3 on one row');
SELECT is((SELECT mlcheck.vector_profile(v, 3, 0::bigint)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxpA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 3 = 0');
SELECT is((SELECT mlcheck.vector_profile(v, 3, -1::bigint)::text FROM hostile_t ), 'AQIDBgAAAJclYJ98dGxoA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqtAGAAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAQAAAAAAAAQBAAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 3 = -1');
SELECT is((SELECT mlcheck.vector_profile(v, 3, 2147483647::bigint)::text FROM hostile_t ), 'AQIDBgAAABcFYJ/8dGxoA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqtAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAIAAAAAAAAQBQAAAAAAAA=',
    'mlcheck.vector_profile(double precision[],integer,bigint): argument 3 = 2147483647');

-- covers: mlcheck.vector_profile(real[])
SELECT is((SELECT mlcheck.vector_profile(r)::text FROM hostile_t ), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA',
    'mlcheck.vector_profile(real[]): sample of six rows');
SELECT is((SELECT mlcheck.vector_profile(r)::text FROM hostile_empty ), NULL,
    'mlcheck.vector_profile(real[]): no rows: NULL');
SELECT is((SELECT mlcheck.vector_profile(r)::text FROM hostile_one ), 'AQLoBwEAAAA8XvNy/pT4KgE/8AAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP/AAAAAAAABAAAAAAAAAAA==',
    'mlcheck.vector_profile(real[]): one row');
SELECT is((SELECT mlcheck.vector_profile(NULL::real[])::text FROM hostile_t ), NULL,
    'mlcheck.vector_profile(real[]): NULL in argument 1 (real[]) on every row: NULL');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN NULL ELSE r END)::text FROM hostile_t ), 'AQLoBwUBAAA8XvNy/pT4KgVADMzMzMzMzUADMzMzMzMzQDEzMzMzMzPAAZmZmZmZmkAUzMzMzMzNP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(real[]): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{}'::real[] ELSE r END)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(real[]): argument 1 = ''{}'' on one row (mismatched/empty/NaN): 22000 vector_profile input must not be an empty array');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NULL,1}'::real[] ELSE r END)::text FROM hostile_t ), 'AQLoBwUAAQA8XvNy/pT4KgVADMzMzMzMzUADMzMzMzMzQDEzMzMzMzPAAZmZmZmZmkAUzMzMzMzNP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(real[]): argument 1 = ''{NULL,1}'' on one row (mismatched/empty/NaN)');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{1,2,3}'::real[] ELSE r END)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(real[]): argument 1 = ''{1,2,3}'' on one row (mismatched/empty/NaN): 22000 different vector dimensions 2 and 3');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NaN,1}'::real[] ELSE r END)::text FROM hostile_t ), 'AQLoBwUAAAE8XvNy/pT4KgVADMzMzMzMzUADMzMzMzMzQDEzMzMzMzPAAZmZmZmZmkAUzMzMzMzNP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(real[]): argument 1 = ''{NaN,1}'' on one row (mismatched/empty/NaN)');

-- covers: mlcheck.vector_profile(real[],integer,bigint)
SELECT is((SELECT mlcheck.vector_profile(r, 3, n)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxqA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQBgAAAAAAABAAAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): sample of six rows');
SELECT is((SELECT mlcheck.vector_profile(r, 3, n)::text FROM hostile_empty ), NULL,
    'mlcheck.vector_profile(real[],integer,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.vector_profile(r, 3, n)::text FROM hostile_one ), 'AQIDAQAAADxe83L+lPgrAT/wAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/8AAAAAAAAEAAAAAAAAAA',
    'mlcheck.vector_profile(real[],integer,bigint): one row');
SELECT is((SELECT mlcheck.vector_profile(NULL::real[], 3, n)::text FROM hostile_t ), NULL,
    'mlcheck.vector_profile(real[],integer,bigint): NULL in argument 1 (real[]) on every row: NULL');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN NULL ELSE r END, 3, n)::text FROM hostile_t ), 'AQIDBQEAAHjN5uX9KfBVA0AMzMzMzMzNQAMzMzMzMzNAMTMzMzMzM8ABmZmZmZmaQBTMzMzMzM0/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{}'::real[] ELSE r END, 3, n)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(real[],integer,bigint): argument 1 = ''{}'' on one row (mismatched/empty/NaN): 22000 vector_profile input must not be an empty array');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NULL,1}'::real[] ELSE r END, 3, n)::text FROM hostile_t ), 'AQIDBQABAHjN5uX9KfBVA0AMzMzMzMzNQAMzMzMzMzNAMTMzMzMzM8ABmZmZmZmaQBTMzMzMzM0/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): argument 1 = ''{NULL,1}'' on one row (mismatched/empty/NaN)');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{1,2,3}'::real[] ELSE r END, 3, n)::text FROM hostile_t $q$, '22000', NULL,
    'mlcheck.vector_profile(real[],integer,bigint): argument 1 = ''{1,2,3}'' on one row (mismatched/empty/NaN): 22000 different vector dimensions 2 and 3');
SELECT is((SELECT mlcheck.vector_profile(CASE WHEN id = 3 THEN '{NaN,1}'::real[] ELSE r END, 3, n)::text FROM hostile_t ), 'AQIDBQAAAXjN5uX9KfBVA0AMzMzMzMzNQAMzMzMzMzNAMTMzMzMzM8ABmZmZmZmaQBTMzMzMzM0/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAYAAAAAAAAQAAAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): argument 1 = ''{NaN,1}'' on one row (mismatched/empty/NaN)');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(r, NULL::integer, n)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.vector_profile(real[],integer,bigint): NULL in argument 2 (integer) on every row: 22004 reservoir_size must not be null');
SELECT is((SELECT mlcheck.vector_profile(r, CASE WHEN id = 3 THEN NULL ELSE 3 END, n)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxqA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQBgAAAAAAABAAAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.vector_profile(r, 0::integer, n)::text FROM hostile_t ), 'AQIABgAAADxe83L+lPgrAEAMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs=',
    'mlcheck.vector_profile(real[],integer,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(r, -1::integer, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.vector_profile(real[],integer,bigint): argument 2 = -1: 22023 reservoir_size must be between 0 and 10000, not -1');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(r, 2147483647::integer, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.vector_profile(real[],integer,bigint): argument 2 = 2147483647: 22023 reservoir_size must be between 0 and 10000, not 2147483647');
SELECT throws_ok($q$SELECT mlcheck.vector_profile(r, 3, NULL::bigint)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.vector_profile(real[],integer,bigint): NULL in argument 3 (bigint) on every row: 22004 seed must not be null');
SELECT is((SELECT mlcheck.vector_profile(r, 3, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxqA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQBgAAAAAAABAAAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): NULL in argument 3 on one row');
SELECT is((SELECT mlcheck.vector_profile(r, 3, 0::bigint)::text FROM hostile_t ), 'AQIDBgAAABcFYJ98dGxpA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqs/8AAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAUAAAAAAAAP/AAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): argument 3 = 0');
SELECT is((SELECT mlcheck.vector_profile(r, 3, -1::bigint)::text FROM hostile_t ), 'AQIDBgAAAJclYJ98dGxoA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqtAGAAAAAAAAEAAAAAAAAAAQAAAAAAAAABACAAAAAAAAEAQAAAAAAAAQBAAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): argument 3 = -1');
SELECT is((SELECT mlcheck.vector_profile(r, 3, 2147483647::bigint)::text FROM hostile_t ), 'AQIDBgAAABcFYJ/8dGxoA0AMAAAAAAAAQAaqqqqqqqtAMYAAAAAAAMAMAAAAAAAAQCWqqqqqqqtAEAAAAAAAAEAQAAAAAAAAQBQAAAAAAAA/8AAAAAAAAEAIAAAAAAAAQBQAAAAAAAA=',
    'mlcheck.vector_profile(real[],integer,bigint): argument 3 = 2147483647');

-- covers: mlcheck.vector_profile_covariance(mlcheck.vector_profile)
SELECT is((SELECT mlcheck.vector_profile_covariance((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text), '{{3.5,-0.7000000000000001},{-0.7000000000000001,2.166666666666667}}',
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): sane arguments');
SELECT is((SELECT mlcheck.vector_profile_covariance(NULL::mlcheck.vector_profile)::text), NULL,
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): NULL in argument 1 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_covariance('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_covariance('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT mlcheck.vector_profile_covariance('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{{3.5,-0.7000000000000001},{-0.7000000000000001,2.191666666666667}}',
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_covariance('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{{3.5,-0.7000000000000001},{-0.7000000000000001,2.166666666666667}}',
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_covariance('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{{3.5,-0.7000000000000001},{-0.7000000000000001,2.166666666666667}}',
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_covariance('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile)::text), '{{3.5,-0.7000000000000001},{-0.7000000000000001,2.166666666666667}}',
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 1');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_covariance('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_covariance(mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');

-- covers: mlcheck.vector_profile_mean(mlcheck.vector_profile)
SELECT is((SELECT mlcheck.vector_profile_mean((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text), '{3.5,2.8333333333333335}',
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): sane arguments');
SELECT is((SELECT mlcheck.vector_profile_mean(NULL::mlcheck.vector_profile)::text), NULL,
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): NULL in argument 1 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_mean('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_mean('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT mlcheck.vector_profile_mean('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{3.5,2.8333333333333335}',
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_mean('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{3.5,2.8333333333333335}',
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_mean('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{3.5,2.8333333333333335}',
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_mean('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile)::text), '{3.5,2.8333333333333335}',
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 1');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_mean('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_mean(mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');

-- covers: mlcheck.vector_profile_sample(mlcheck.vector_profile)
SELECT is((SELECT mlcheck.vector_profile_sample((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text), '{{1,2},{2,3},{3,5},{4,4},{5,1},{6,2}}',
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): sane arguments');
SELECT is((SELECT mlcheck.vector_profile_sample(NULL::mlcheck.vector_profile)::text), NULL,
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): NULL in argument 1 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_sample('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_sample('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT mlcheck.vector_profile_sample('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{{1,2},{2,3},{3,5},{4,4},{5,1},{6,2}}',
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_sample('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{{1,2},{2.0001220703125,3},{3,5},{4,4},{5,1},{6,2}}',
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_sample('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '{{1,2},{2,3},{3,5.00000000372529},{4,4},{5,1},{6,2}}',
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_sample('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile)::text), '{{1,2},{2,3},{3,5},{4,4},{5,1},{6,2.0000000000000284}}',
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 1');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_sample('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_sample(mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');

-- covers: mlcheck.vector_profile_summary(mlcheck.vector_profile)
SELECT is((SELECT mlcheck.vector_profile_summary((SELECT mlcheck.vector_profile(v) FROM hostile_t h2 ))::text), '(6,2,0,0,0,6,1000)',
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): sane arguments');
SELECT is((SELECT mlcheck.vector_profile_summary(NULL::mlcheck.vector_profile)::text), NULL,
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): NULL in argument 1 (mlcheck.vector_profile): NULL');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_summary('QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #1 in argument 1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_summary('AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #2 in argument 1: 22P02 malformed vector_profile value');
SELECT is((SELECT mlcheck.vector_profile_summary('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '(6,2,0,0,0,6,1000)',
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #3 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_summary('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '(6,2,0,0,0,6,1000)',
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #4 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_summary('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text), '(6,2,0,0,0,6,1000)',
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #5 in argument 1');
SELECT is((SELECT mlcheck.vector_profile_summary('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile)::text), '(6,2,0,0,0,6,1000)',
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #6 in argument 1');
SELECT throws_ok($q$SELECT mlcheck.vector_profile_summary('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile)::text$q$, '22P02', NULL,
    'mlcheck.vector_profile_summary(mlcheck.vector_profile): corrupted mlcheck.vector_profile #7 in argument 1: 22P02 malformed vector_profile value');

-- covers: type mlcheck.vector_profile
SELECT throws_ok($q$SELECT ''::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input '''': 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT 'x'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''x'': 22P02 invalid input syntax for type vector_profile');
SELECT throws_ok($q$SELECT 'garbage'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''garbage'': 22P02 invalid input syntax for type vector_profile');
SELECT throws_ok($q$SELECT 'AAAA'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''AAAA'': 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT '===='::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''===='': 22P02 invalid input syntax for type vector_profile');
SELECT throws_ok($q$SELECT '{}'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''{}'': 22P02 invalid input syntax for type vector_profile');
SELECT throws_ok($q$SELECT 'null'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''null'': 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT '-1'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: malformed input ''-1'': 22P02 invalid input syntax for type vector_profile');
SELECT throws_ok($q$SELECT 'QQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: corrupted valid value #1: 22P02 malformed vector_profile value');
SELECT throws_ok($q$SELECT 'AULoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: corrupted valid value #2: 22P02 malformed vector_profile value');
SELECT is((SELECT 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile::text), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAl6qqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA',
    'type mlcheck.vector_profile: corrupted valid value #3');
SELECT is((SELECT 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile::text), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAEAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA',
    'type mlcheck.vector_profile: corrupted valid value #4');
SELECT is((SELECT 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile::text), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAQAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA',
    'type mlcheck.vector_profile: corrupted valid value #5');
SELECT is((SELECT 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA'::mlcheck.vector_profile::text), 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAABA',
    'type mlcheck.vector_profile: corrupted valid value #6');
SELECT throws_ok($q$SELECT 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAA=='::mlcheck.vector_profile::text$q$, '22P02', NULL,
    'type mlcheck.vector_profile: corrupted valid value #7: 22P02 malformed vector_profile value');
SELECT is((SELECT (('AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA'::mlcheck.vector_profile)::text = 'AQLoBwYAAAA8XvNy/pT4KgZADAAAAAAAAEAGqqqqqqqrQDGAAAAAAADADAAAAAAAAEAlqqqqqqqrP/AAAAAAAABAAAAAAAAAAEAAAAAAAAAAQAgAAAAAAABACAAAAAAAAEAUAAAAAAAAQBAAAAAAAABAEAAAAAAAAEAUAAAAAAAAP/AAAAAAAABAGAAAAAAAAEAAAAAAAAAA')::text), 'true',
    'type mlcheck.vector_profile: a valid value round-trips through text');

SELECT * FROM finish();
ROLLBACK;
