-- pgTAP: hostile input for the SQL-language table functions (profile_table, drift_table, drift_split, drift_columns, feature_skew, skew_equality_operator), drafted by test/reliability/hostile_gen.py, reviewed.
-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.
BEGIN;
SELECT plan(132);
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

-- covers: mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision)
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s), '(id,ks,0,1,1,0.5,f,t,0) | (x,ks,0,1,1,0.5,f,t,0) | (y,ks,0,1,1,0.5,f,t,0) | (b,z,0,1,1,0.5,f,t,0) | (n,chi2,0,1,1,0.5,f,t,0) | (t,chi2,0,1,1,0.5,f,t,0) | (u,chi2,0,1,1,0.5,f,t,0)',
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): sane arguments');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns(NULL::mlcheck.column_profile[], (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s), NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): NULL in argument 1 (mlcheck.column_profile[]): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns('{}'::mlcheck.column_profile[], (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s), '(id,,,,,,,,) | (x,,,,,,,,) | (y,,,,,,,,) | (b,,,,,,,,) | (n,,,,,,,,) | (t,,,,,,,,) | (u,,,,,,,,)',
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 1 = ''{}''');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns('{NULL}'::mlcheck.column_profile[], (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s$q$, '22004', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 1 = ''{NULL}'': 22004 drift_columns: column names must not be NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns('{1,2,3}'::mlcheck.column_profile[], (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s$q$, '22P02', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 1 = ''{1,2,3}'': 22P02 malformed record literal: "1"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns('{NaN,Infinity}'::mlcheck.column_profile[], (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s$q$, '22P02', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 1 = ''{NaN,Infinity}'': 22P02 malformed record literal: "NaN"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns('{{1,2},{3,4}}'::mlcheck.column_profile[], (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 0.5::float8) s$q$, '22P02', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 1 = ''{{1,2},{3,4}}'': 22P02 malformed record literal: "1"');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), NULL::mlcheck.column_profile[], 'auto', 0.5::float8) s), NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): NULL in argument 2 (mlcheck.column_profile[]): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), '{}'::mlcheck.column_profile[], 'auto', 0.5::float8) s), '(id,,,,,,,,) | (x,,,,,,,,) | (y,,,,,,,,) | (b,,,,,,,,) | (n,,,,,,,,) | (t,,,,,,,,) | (u,,,,,,,,)',
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 2 = ''{}''');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), '{NULL}'::mlcheck.column_profile[], 'auto', 0.5::float8) s$q$, '22004', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 2 = ''{NULL}'': 22004 drift_columns: column names must not be NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), '{1,2,3}'::mlcheck.column_profile[], 'auto', 0.5::float8) s$q$, '22P02', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 2 = ''{1,2,3}'': 22P02 malformed record literal: "1"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), '{NaN,Infinity}'::mlcheck.column_profile[], 'auto', 0.5::float8) s$q$, '22P02', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 2 = ''{NaN,Infinity}'': 22P02 malformed record literal: "NaN"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), '{{1,2},{3,4}}'::mlcheck.column_profile[], 'auto', 0.5::float8) s$q$, '22P02', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 2 = ''{{1,2},{3,4}}'': 22P02 malformed record literal: "1"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), NULL::text, 0.5::float8) s$q$, '22004', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): NULL in argument 3 (text): 22004 drift method must not be NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), '', 0.5::float8) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 3 = '''': 22023 unknown drift method ""');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'no_such_thing', 0.5::float8) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 3 = ''no_such_thing'': 22023 unknown drift method "no_such_thing"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'true; DROP TABLE hostile_empty', 0.5::float8) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 unknown drift method "true; DROP TABLE hostile_empty"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'true) OR (true', 0.5::float8) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): argument 3 = ''true) OR (true'': 22023 unknown drift method "true) OR (true"');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', NULL::double precision) s), '(id,ks,0,1,1,0.05,f,t,0) | (x,ks,0,1,1,0.05,f,t,0) | (y,ks,0,1,1,0.05,f,t,0) | (b,z,0,1,1,0.05,f,t,0) | (n,chi2,0,1,1,0.05,f,t,0) | (t,chi2,0,1,1,0.05,f,t,0) | (u,chi2,0,1,1,0.05,f,t,0)',
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): NULL in argument 4 (double precision)');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 'NaN'::double precision) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): NaN in argument 4: 22023 drift threshold must be a finite number >= 0, not NaN');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', 'Infinity'::double precision) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): Infinity in argument 4: 22023 drift threshold must be a finite number >= 0, not Infinity');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_columns((SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), (SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p), 'auto', '-Infinity'::double precision) s$q$, '22023', NULL,
    'mlcheck.drift_columns(mlcheck.column_profile[],mlcheck.column_profile[],text,double precision): -Infinity in argument 4: 22023 drift threshold must be a finite number >= 0, not -Infinity');

-- covers: mlcheck.drift_split(regclass,text,text[],text,double precision,integer)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split(NULL::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NULL in argument 1 (regclass): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_empty'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 1 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_one'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 1 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('pg_class'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 1 = ''pg_class'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, NULL::text, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'error:22004',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NULL in argument 2 (text): error:22004 drift_split: is_current must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, '', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'error:42601',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 2 = '''': error:42601 syntax error at or near ")"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'no_such_thing', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'error:42703',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 2 = ''no_such_thing'': error:42703 column "no_such_thing" does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true; DROP TABLE hostile_empty', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'error:42601',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 2 = ''true; DROP TABLE hostile_empty'': error:42601 syntax error at or near ";"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true) OR (true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 2 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NULL in argument 3 (text[]): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', '{}'::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 3 = ''{}'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', '{NULL}'::text[], 'auto', 0.5::float8, 3) s$q$), 'error:22004',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 3 = ''{NULL}'': error:22004 column names must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', '{no_such_column}'::text[], 'auto', 0.5::float8, 3) s$q$), 'error:42703',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 3 = ''{no_such_column}'': error:42703 relation hostile_t has no column(s) no_such_column');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], NULL::text, 0.5::float8, 3) s$q$), 'error:22004',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NULL in argument 4 (text): error:22004 drift method must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], '', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 4 = '''': error:22023 unknown drift method ""');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'no_such_thing', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 4 = ''no_such_thing'': error:22023 unknown drift method "no_such_thing"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'true; DROP TABLE hostile_empty', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 4 = ''true; DROP TABLE hostile_empty'': error:22023 unknown drift method "true; DROP TABLE hostile_empty"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'true) OR (true', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 4 = ''true) OR (true'': error:22023 unknown drift method "true) OR (true"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', NULL::double precision, 3) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NULL in argument 5 (double precision): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 'NaN'::double precision, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NaN in argument 5: error:22023 drift threshold must be a finite number >= 0, not NaN');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 'Infinity'::double precision, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): Infinity in argument 5: error:22023 drift threshold must be a finite number >= 0, not Infinity');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', '-Infinity'::double precision, 3) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): -Infinity in argument 5: error:22023 drift threshold must be a finite number >= 0, not -Infinity');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, NULL::integer) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): NULL in argument 6 (integer): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 0::integer) s$q$), 'ok',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 6 = 0: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, -1::integer) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 6 = -1: error:22023 exact_limit must be between 0 and 1000000');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_split('hostile_t'::regclass, 'true', NULL::text[], 'auto', 0.5::float8, 2147483647::integer) s$q$), 'error:22023',
    'mlcheck.drift_split(regclass,text,text[],text,double precision,integer): argument 6 = 2147483647: error:22023 exact_limit must be between 0 and 1000000');

-- covers: mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table(NULL::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NULL in argument 1 (regclass): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_empty'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 1 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_one'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 1 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('pg_class'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 1 = ''pg_class'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, NULL::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NULL in argument 2 (regclass): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_empty'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 2 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_one'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 2 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'pg_class'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 2 = ''pg_class'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NULL in argument 3 (text[]): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, '{}'::text[], 'auto', 0.5::float8, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 3 = ''{}'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, '{NULL}'::text[], 'auto', 0.5::float8, 3) s$q$), 'error:22004',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 3 = ''{NULL}'': error:22004 column names must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, '{no_such_column}'::text[], 'auto', 0.5::float8, 3) s$q$), 'error:42703',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 3 = ''{no_such_column}'': error:42703 relation hostile_t has no column(s) no_such_column');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], NULL::text, 0.5::float8, 3) s$q$), 'error:22004',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NULL in argument 4 (text): error:22004 drift method must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], '', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 4 = '''': error:22023 unknown drift method ""');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'no_such_thing', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 4 = ''no_such_thing'': error:22023 unknown drift method "no_such_thing"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'true; DROP TABLE hostile_empty', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 4 = ''true; DROP TABLE hostile_empty'': error:22023 unknown drift method "true; DROP TABLE hostile_empty"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'true) OR (true', 0.5::float8, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 4 = ''true) OR (true'': error:22023 unknown drift method "true) OR (true"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', NULL::double precision, 3) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NULL in argument 5 (double precision): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 'NaN'::double precision, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NaN in argument 5: error:22023 drift threshold must be a finite number >= 0, not NaN');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 'Infinity'::double precision, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): Infinity in argument 5: error:22023 drift threshold must be a finite number >= 0, not Infinity');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', '-Infinity'::double precision, 3) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): -Infinity in argument 5: error:22023 drift threshold must be a finite number >= 0, not -Infinity');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, NULL::integer) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): NULL in argument 6 (integer): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 0::integer) s$q$), 'ok',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 6 = 0: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, -1::integer) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 6 = -1: error:22023 exact_limit must be between 0 and 1000000');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.drift_table('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text[], 'auto', 0.5::float8, 2147483647::integer) s$q$), 'error:22023',
    'mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer): argument 6 = 2147483647: error:22023 exact_limit must be between 0 and 1000000');

-- covers: mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer)
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s)), '3daea517667ea3f107e3b2788e931efa',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): sane arguments (md5 of 378 characters)');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew(NULL::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '22004', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 1 (regclass): 22004 feature_skew: training, serving and key must not be NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_empty'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s), '(id,0,0,0,0,6,,{}) | (x,0,0,0,0,6,,{}) | (y,0,0,0,0,6,,{}) | (n,0,0,0,0,6,,{}) | (t,0,0,0,0,6,,{}) | (u,0,0,0,0,6,,{}) | (v,0,0,0,0,6,,{}) | (r,0,0,0,0,6,,{})',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 1 = ''hostile_empty''');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_one'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s), '(id,3,1,2,0,3,0.3333333333333333,{true}) | (x,3,2,1,0,3,0.6666666666666666,{true}) | (y,3,3,0,0,3,1,{}) | (n,3,3,0,0,3,1,{}) | (t,3,2,1,0,3,0.6666666666666666,{true}) | (u,3,1,2,0,3,0.3333333333333333,{true}) | (v,3,1,2,0,3,0.3333333333333333,{true}) | (r,3,1,2,0,3,0.3333333333333333,{true})',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 1 = ''hostile_one''');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('pg_class'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 1 = ''pg_class'': 42703 column "b" of relation pg_class does not exist');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, NULL::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '22004', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 2 (regclass): 22004 feature_skew: training, serving and key must not be NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_empty'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s), '(id,0,0,0,6,0,,{}) | (x,0,0,0,6,0,,{}) | (y,0,0,0,6,0,,{}) | (n,0,0,0,6,0,,{}) | (t,0,0,0,6,0,,{}) | (u,0,0,0,6,0,,{}) | (v,0,0,0,6,0,,{}) | (r,0,0,0,6,0,,{})',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 2 = ''hostile_empty''');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_one'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s), '(id,3,1,2,3,0,0.3333333333333333,{true}) | (x,3,2,1,3,0,0.6666666666666666,{true}) | (y,3,3,0,3,0,1,{}) | (n,3,3,0,3,0,1,{}) | (t,3,2,1,3,0,0.6666666666666666,{true}) | (u,3,1,2,3,0,0.3333333333333333,{true}) | (v,3,1,2,3,0,0.3333333333333333,{true}) | (r,3,1,2,3,0,0.3333333333333333,{true})',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 2 = ''hostile_one''');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'pg_class'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 2 = ''pg_class'': 42703 column "b" of relation pg_class does not exist');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, NULL::text, NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '22004', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 3 (text): 22004 feature_skew: training, serving and key must not be NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, '', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 3 = '''': 42703 column "" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'no_such_thing', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 3 = ''no_such_thing'': 42703 column "no_such_thing" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'true; DROP TABLE hostile_empty', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 3 = ''true; DROP TABLE hostile_empty'': 42703 column "true; DROP TABLE hostile_empty" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'true) OR (true', NULL::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 3 = ''true) OR (true'': 42703 column "true) OR (true" of relation hostile_t does not exist');
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 3) s)), '3daea517667ea3f107e3b2788e931efa',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 4 (text[]) (md5 of 378 characters)');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', '{}'::text[], 0.5::float8, 0.5::float8, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 4 = ''{}'': 22023 feature_skew: features must be a non-empty list without NULLs');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', '{NULL}'::text[], 0.5::float8, 0.5::float8, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 4 = ''{NULL}'': 22023 feature_skew: features must be a non-empty list without NULLs');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', '{no_such_column}'::text[], 0.5::float8, 0.5::float8, 3) s$q$, '42703', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 4 = ''{no_such_column}'': 42703 column "no_such_column" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], NULL::double precision, 0.5::float8, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 5 (double precision): 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 'NaN'::double precision, 0.5::float8, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NaN in argument 5: 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 'Infinity'::double precision, 0.5::float8, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): Infinity in argument 5: 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], '-Infinity'::double precision, 0.5::float8, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): -Infinity in argument 5: 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, NULL::double precision, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 6 (double precision): 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 'NaN'::double precision, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NaN in argument 6: 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 'Infinity'::double precision, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): Infinity in argument 6: 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, '-Infinity'::double precision, 3) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): -Infinity in argument 6: 22023 feature_skew: tolerances must be finite numbers >= 0');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, NULL::integer) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): NULL in argument 7 (integer): 22023 feature_skew: sample_size must be between 0 and 1000');
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 0::integer) s)), '9e0b0103f5c158d4a13053d48ccd43e2',
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 7 = 0 (md5 of 301 characters)');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, -1::integer) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 7 = -1: 22023 feature_skew: sample_size must be between 0 and 1000');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.feature_skew('hostile_t'::regclass, 'hostile_t'::regclass, 'b', NULL::text[], 0.5::float8, 0.5::float8, 2147483647::integer) s$q$, '22023', NULL,
    'mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer): argument 7 = 2147483647: 22023 feature_skew: sample_size must be between 0 and 1000');

-- covers: mlcheck.profile_table(regclass,text[],text,integer)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table(NULL::regclass, NULL::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): NULL in argument 1 (regclass): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_empty'::regclass, NULL::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 1 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_one'::regclass, NULL::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 1 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('pg_class'::regclass, NULL::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 1 = ''pg_class'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): NULL in argument 2 (text[]): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, '{}'::text[], 'true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 2 = ''{}'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, '{NULL}'::text[], 'true', 3) s$q$), 'error:22004',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 2 = ''{NULL}'': error:22004 column names must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, '{no_such_column}'::text[], 'true', 3) s$q$), 'error:42703',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 2 = ''{no_such_column}'': error:42703 relation hostile_t has no column(s) no_such_column');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], NULL::text, 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): NULL in argument 3 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], '', 3) s$q$), 'error:42601',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 3 = '''': error:42601 syntax error at or near ")"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'no_such_thing', 3) s$q$), 'error:42703',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 3 = ''no_such_thing'': error:42703 column "no_such_thing" does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true; DROP TABLE hostile_empty', 3) s$q$), 'error:42601',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 3 = ''true; DROP TABLE hostile_empty'': error:42601 syntax error at or near ";"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true) OR (true', 3) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 3 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true', NULL::integer) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): NULL in argument 4 (integer): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true', 0::integer) s$q$), 'ok',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 4 = 0: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true', -1::integer) s$q$), 'error:22023',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 4 = -1: error:22023 exact_limit must be between 0 and 1000000');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.profile_table('hostile_t'::regclass, NULL::text[], 'true', 2147483647::integer) s$q$), 'error:22023',
    'mlcheck.profile_table(regclass,text[],text,integer): argument 4 = 2147483647: error:22023 exact_limit must be between 0 and 1000000');

-- covers: mlcheck.skew_equality_operator(regtype,regtype)
SELECT is((SELECT mlcheck.skew_equality_operator('float8'::regtype, 'float8'::regtype)::text), 'OPERATOR(pg_catalog.=)',
    'mlcheck.skew_equality_operator(regtype,regtype): sane arguments');
SELECT is((SELECT mlcheck.skew_equality_operator(NULL::regtype, 'float8'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): NULL in argument 1 (regtype): NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('text'::regtype, 'float8'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): argument 1 = ''text'': NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('mlcheck.profile'::regtype, 'float8'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): argument 1 = ''mlcheck.profile'': NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('void'::regtype, 'float8'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): argument 1 = ''void'': NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('float8'::regtype, NULL::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): NULL in argument 2 (regtype): NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('float8'::regtype, 'text'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): argument 2 = ''text'': NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('float8'::regtype, 'mlcheck.profile'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): argument 2 = ''mlcheck.profile'': NULL');
SELECT is((SELECT mlcheck.skew_equality_operator('float8'::regtype, 'void'::regtype)::text), NULL,
    'mlcheck.skew_equality_operator(regtype,regtype): argument 2 = ''void'': NULL');

SELECT * FROM finish();
ROLLBACK;
