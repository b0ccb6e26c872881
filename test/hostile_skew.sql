-- pgTAP: hostile input for src/skew*.c (drafted by test/reliability/hostile_gen.py, reviewed).
-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.
BEGIN;
SELECT plan(42);
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

-- covers: mlcheck.first_keys(bigint,integer)
SELECT is((SELECT mlcheck.first_keys(n, 3)::text FROM hostile_t ), '{0,1}',
    'mlcheck.first_keys(bigint,integer): sample of six rows');
SELECT is((SELECT mlcheck.first_keys(n, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.first_keys(bigint,integer): no rows: NULL');
SELECT is((SELECT mlcheck.first_keys(n, 3)::text FROM hostile_one ), '{1}',
    'mlcheck.first_keys(bigint,integer): one row');
SELECT is((SELECT mlcheck.first_keys(NULL::bigint, 3)::text FROM hostile_t ), NULL,
    'mlcheck.first_keys(bigint,integer): NULL in argument 1 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.first_keys(CASE WHEN id = 3 THEN NULL ELSE n END, 3)::text FROM hostile_t ), '{0,1}',
    'mlcheck.first_keys(bigint,integer): NULL in argument 1 on one row');
SELECT is((SELECT mlcheck.first_keys(0::bigint, 3)::text FROM hostile_t ), '{0}',
    'mlcheck.first_keys(bigint,integer): argument 1 = 0');
SELECT is((SELECT mlcheck.first_keys(-1::bigint, 3)::text FROM hostile_t ), '{-1}',
    'mlcheck.first_keys(bigint,integer): argument 1 = -1');
SELECT is((SELECT mlcheck.first_keys(2147483647::bigint, 3)::text FROM hostile_t ), '{2147483647}',
    'mlcheck.first_keys(bigint,integer): argument 1 = 2147483647');
SELECT throws_ok($q$SELECT mlcheck.first_keys(n, NULL::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(bigint,integer): NULL in argument 2 (integer) on every row: 22023 first_keys limit must be between 1 and 1000, not 0');
SELECT is((SELECT mlcheck.first_keys(n, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t ), '{0,1}',
    'mlcheck.first_keys(bigint,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.first_keys(n, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(bigint,integer): argument 2 = 0: 22023 first_keys limit must be between 1 and 1000, not 0');
SELECT throws_ok($q$SELECT mlcheck.first_keys(n, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(bigint,integer): argument 2 = -1: 22023 first_keys limit must be between 1 and 1000, not -1');
SELECT throws_ok($q$SELECT mlcheck.first_keys(n, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(bigint,integer): argument 2 = 2147483647: 22023 first_keys limit must be between 1 and 1000, not 2147483647');

-- covers: mlcheck.first_keys(text,integer)
SELECT is((SELECT mlcheck.first_keys(t, 3)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_keys(text,integer): sample of six rows');
SELECT is((SELECT mlcheck.first_keys(t, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.first_keys(text,integer): no rows: NULL');
SELECT is((SELECT mlcheck.first_keys(t, 3)::text FROM hostile_one ), '{a}',
    'mlcheck.first_keys(text,integer): one row');
SELECT is((SELECT mlcheck.first_keys(NULL::text, 3)::text FROM hostile_t ), NULL,
    'mlcheck.first_keys(text,integer): NULL in argument 1 (text) on every row: NULL');
SELECT is((SELECT mlcheck.first_keys(CASE WHEN id = 3 THEN NULL ELSE t END, 3)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_keys(text,integer): NULL in argument 1 on one row');
SELECT is((SELECT mlcheck.first_keys(CASE WHEN id = 3 THEN '' ELSE t END, 3)::text FROM hostile_t ), '{"",a,b}',
    'mlcheck.first_keys(text,integer): argument 1 = '''' on one row');
SELECT is((SELECT mlcheck.first_keys(CASE WHEN id = 3 THEN repeat('x', 100000) ELSE t END, 3)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_keys(text,integer): argument 1 = repeat(''x'', 100000) on one row');
SELECT throws_ok($q$SELECT mlcheck.first_keys(t, NULL::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(text,integer): NULL in argument 2 (integer) on every row: 22023 first_keys limit must be between 1 and 1000, not 0');
SELECT is((SELECT mlcheck.first_keys(t, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_keys(text,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.first_keys(t, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(text,integer): argument 2 = 0: 22023 first_keys limit must be between 1 and 1000, not 0');
SELECT throws_ok($q$SELECT mlcheck.first_keys(t, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(text,integer): argument 2 = -1: 22023 first_keys limit must be between 1 and 1000, not -1');
SELECT throws_ok($q$SELECT mlcheck.first_keys(t, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_keys(text,integer): argument 2 = 2147483647: 22023 first_keys limit must be between 1 and 1000, not 2147483647');

-- covers: mlcheck.floats_match(double precision,double precision,double precision,double precision)
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): sane arguments');
SELECT is((SELECT mlcheck.floats_match(NULL::double precision, 0.5::float8, 0.5::float8, 0.5::float8)::text), 'false',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NULL in argument 1 (double precision)');
SELECT is((SELECT mlcheck.floats_match('NaN'::double precision, 0.5::float8, 0.5::float8, 0.5::float8)::text), 'false',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NaN in argument 1');
SELECT is((SELECT mlcheck.floats_match('Infinity'::double precision, 0.5::float8, 0.5::float8, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): Infinity in argument 1');
SELECT is((SELECT mlcheck.floats_match('-Infinity'::double precision, 0.5::float8, 0.5::float8, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): -Infinity in argument 1');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, NULL::double precision, 0.5::float8, 0.5::float8)::text), 'false',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NULL in argument 2 (double precision)');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 'NaN'::double precision, 0.5::float8, 0.5::float8)::text), 'false',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NaN in argument 2');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 'Infinity'::double precision, 0.5::float8, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): Infinity in argument 2');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, '-Infinity'::double precision, 0.5::float8, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): -Infinity in argument 2');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, NULL::double precision, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NULL in argument 3 (double precision)');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 'NaN'::double precision, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NaN in argument 3');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 'Infinity'::double precision, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): Infinity in argument 3');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, '-Infinity'::double precision, 0.5::float8)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): -Infinity in argument 3');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 0.5::float8, NULL::double precision)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NULL in argument 4 (double precision)');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 0.5::float8, 'NaN'::double precision)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): NaN in argument 4');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 0.5::float8, 'Infinity'::double precision)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): Infinity in argument 4');
SELECT is((SELECT mlcheck.floats_match(0.5::float8, 0.5::float8, 0.5::float8, '-Infinity'::double precision)::text), 'true',
    'mlcheck.floats_match(double precision,double precision,double precision,double precision): -Infinity in argument 4');

SELECT * FROM finish();
ROLLBACK;
