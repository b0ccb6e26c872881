-- pgTAP: hostile input for the schema and expectations area (src/expect.c and its SQL/PL/pgSQL functions, the internal _helpers included: they are callable), drafted by test/reliability/hostile_gen.py, reviewed.
-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.
BEGIN;
SELECT plan(827);
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

-- covers: mlcheck._agg_result(boolean,jsonb,jsonb)
SELECT is((SELECT mlcheck._agg_result(true, '{}'::jsonb, '{}'::jsonb)::text), '{"details": {}, "success": true, "observed_value": {}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): sane arguments');
SELECT is((SELECT mlcheck._agg_result(NULL::boolean, '{}'::jsonb, '{}'::jsonb)::text), '{"details": {}, "success": false, "observed_value": {}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): NULL in argument 1 (boolean)');
SELECT is((SELECT mlcheck._agg_result(true, NULL::jsonb, '{}'::jsonb)::text), '{"details": {}, "success": true, "observed_value": null}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): NULL in argument 2 (jsonb)');
SELECT is((SELECT mlcheck._agg_result(true, 'null'::jsonb, '{}'::jsonb)::text), '{"details": {}, "success": true, "observed_value": null}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): argument 2 = ''null''');
SELECT is((SELECT mlcheck._agg_result(true, '[]'::jsonb, '{}'::jsonb)::text), '{"details": {}, "success": true, "observed_value": []}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): argument 2 = ''[]''');
SELECT is((SELECT mlcheck._agg_result(true, '{"bins": -1, "threshold": "NaN"}'::jsonb, '{}'::jsonb)::text), '{"details": {}, "success": true, "observed_value": {"bins": -1, "threshold": "NaN"}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}''');
SELECT is((SELECT mlcheck._agg_result(true, '{}'::jsonb, NULL::jsonb)::text), '{"details": null, "success": true, "observed_value": {}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): NULL in argument 3 (jsonb)');
SELECT is((SELECT mlcheck._agg_result(true, '{}'::jsonb, 'null'::jsonb)::text), '{"details": null, "success": true, "observed_value": {}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): argument 3 = ''null''');
SELECT is((SELECT mlcheck._agg_result(true, '{}'::jsonb, '[]'::jsonb)::text), '{"details": [], "success": true, "observed_value": {}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): argument 3 = ''[]''');
SELECT is((SELECT mlcheck._agg_result(true, '{}'::jsonb, '{"bins": -1, "threshold": "NaN"}'::jsonb)::text), '{"details": {"bins": -1, "threshold": "NaN"}, "success": true, "observed_value": {}}',
    'mlcheck._agg_result(boolean,jsonb,jsonb): argument 3 = ''{"bins": -1, "threshold": "NaN"}''');

-- covers: mlcheck._array_literal(jsonb,text,text,text)
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): sane arguments: 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal(NULL::jsonb, 'a', 'a', 'a')::text$q$, '42704', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): NULL in argument 1 (jsonb): 42704 type "a[]" does not exist');
SELECT throws_ok($q$SELECT mlcheck._array_literal('null'::jsonb, 'a', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 1 = ''null'': 22023 cannot extract elements from a scalar');
SELECT throws_ok($q$SELECT mlcheck._array_literal('[]'::jsonb, 'a', 'a', 'a')::text$q$, '42704', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 1 = ''[]'': 42704 type "a[]" does not exist');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, NULL::text, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): NULL in argument 2 (text): 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, '', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 2 = '''': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'no_such_thing', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 2 = ''no_such_thing'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'true; DROP TABLE hostile_empty', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'true) OR (true', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 2 = ''true) OR (true'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', NULL::text, 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): NULL in argument 3 (text): 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', '', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 3 = '''': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'no_such_thing', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 3 = ''no_such_thing'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'true; DROP TABLE hostile_empty', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'true) OR (true', 'a')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 3 = ''true) OR (true'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'a', NULL::text)::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): NULL in argument 4 (text): 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'a', '')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 4 = '''': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'a', 'no_such_thing')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 4 = ''no_such_thing'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'a', 'true; DROP TABLE hostile_empty')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 4 = ''true; DROP TABLE hostile_empty'': 22023 cannot extract elements from an object');
SELECT throws_ok($q$SELECT mlcheck._array_literal('{}'::jsonb, 'a', 'a', 'true) OR (true')::text$q$, '22023', NULL,
    'mlcheck._array_literal(jsonb,text,text,text): argument 4 = ''true) OR (true'': 22023 cannot extract elements from an object');

-- covers: mlcheck._baseline(text,jsonb,jsonb)
SELECT is((SELECT mlcheck._baseline('a', '{}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): sane arguments: NULL');
SELECT is((SELECT mlcheck._baseline(NULL::text, '{}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): NULL in argument 1 (text): NULL');
SELECT is((SELECT mlcheck._baseline('', '{}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 1 = '''': NULL');
SELECT is((SELECT mlcheck._baseline('no_such_thing', '{}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 1 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._baseline('true; DROP TABLE hostile_empty', '{}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 1 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._baseline('true) OR (true', '{}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 1 = ''true) OR (true'': NULL');
SELECT is((SELECT mlcheck._baseline('a', NULL::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): NULL in argument 2 (jsonb): NULL');
SELECT is((SELECT mlcheck._baseline('a', 'null'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 2 = ''null'': NULL');
SELECT is((SELECT mlcheck._baseline('a', '[]'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 2 = ''[]'': NULL');
SELECT is((SELECT mlcheck._baseline('a', '{"bins": -1, "threshold": "NaN"}'::jsonb, '{}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._baseline('a', '{}'::jsonb, NULL::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): NULL in argument 3 (jsonb): NULL');
SELECT is((SELECT mlcheck._baseline('a', '{}'::jsonb, 'null'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 3 = ''null'': NULL');
SELECT is((SELECT mlcheck._baseline('a', '{}'::jsonb, '[]'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 3 = ''[]'': NULL');
SELECT is((SELECT mlcheck._baseline('a', '{}'::jsonb, '{"bins": -1, "threshold": "NaN"}'::jsonb)::text), NULL,
    'mlcheck._baseline(text,jsonb,jsonb): argument 3 = ''{"bins": -1, "threshold": "NaN"}'': NULL');

-- covers: mlcheck._between_sql(text,text,text,boolean,boolean,boolean)
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'a', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): sane arguments');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql(NULL::text, 'a', 'a', true, true, true)::text), NULL,
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): NULL in argument 1 (text): NULL');
SELECT is((SELECT mlcheck._between_sql('', 'a', 'a', true, true, true)::text), '( IS NOT NULL AND  <> ''NaN'' AND  > a AND  < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 1 = ''''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('no_such_thing', 'a', 'a', true, true, true)::text), '(no_such_thing IS NOT NULL AND no_such_thing <> ''NaN'' AND no_such_thing > a AND no_such_thing < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 1 = ''no_such_thing''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('true; DROP TABLE hostile_empty', 'a', 'a', true, true, true)::text), '(true; DROP TABLE hostile_empty IS NOT NULL AND true; DROP TABLE hostile_empty <> ''NaN'' AND true; DROP TABLE hostile_empty > a AND true; DROP TABLE hostile_empty < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 1 = ''true; DROP TABLE hostile_empty''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('true) OR (true', 'a', 'a', true, true, true)::text), '(true) OR (true IS NOT NULL AND true) OR (true <> ''NaN'' AND true) OR (true > a AND true) OR (true < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 1 = ''true) OR (true''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', NULL::text, 'a', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): NULL in argument 2 (text)');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', '', 'a', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a >  AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 2 = ''''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'no_such_thing', 'a', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > no_such_thing AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 2 = ''no_such_thing''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'true; DROP TABLE hostile_empty', 'a', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > true; DROP TABLE hostile_empty AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 2 = ''true; DROP TABLE hostile_empty''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'true) OR (true', 'a', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > true) OR (true AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 2 = ''true) OR (true''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', NULL::text, true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): NULL in argument 3 (text)');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', '', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a AND a < )',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 3 = ''''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'no_such_thing', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a AND a < no_such_thing)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 3 = ''no_such_thing''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'true; DROP TABLE hostile_empty', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a AND a < true; DROP TABLE hostile_empty)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 3 = ''true; DROP TABLE hostile_empty''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'true) OR (true', true, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a AND a < true) OR (true)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): argument 3 = ''true) OR (true''');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'a', NULL::boolean, true, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a >= a AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): NULL in argument 4 (boolean)');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'a', true, NULL::boolean, true)::text), '(a IS NOT NULL AND a <> ''NaN'' AND a > a AND a <= a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): NULL in argument 5 (boolean)');  -- reviewed: the helper builds SQL text, the NaN is its literal
SELECT is((SELECT mlcheck._between_sql('a', 'a', 'a', true, true, NULL::boolean)::text), '(a IS NOT NULL AND a > a AND a < a)',
    'mlcheck._between_sql(text,text,text,boolean,boolean,boolean): NULL in argument 6 (boolean)');

-- covers: mlcheck._ck_checks_trigger()
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_checks_trigger()::text$q$), 'error:0A000',
    'mlcheck._ck_checks_trigger(): sane arguments: error:0A000 trigger functions can only be called as triggers');

-- covers: mlcheck._ck_column_type(regclass,text)
SELECT is((SELECT mlcheck._ck_column_type('hostile_t'::regclass, 'b')::text), 'boolean',
    'mlcheck._ck_column_type(regclass,text): sane arguments');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type(NULL::regclass, 'b')::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): NULL in argument 1 (regclass): 42703 column "b" of relation <NULL> does not exist');
SELECT is((SELECT mlcheck._ck_column_type('hostile_empty'::regclass, 'b')::text), 'boolean',
    'mlcheck._ck_column_type(regclass,text): argument 1 = ''hostile_empty''');
SELECT is((SELECT mlcheck._ck_column_type('hostile_one'::regclass, 'b')::text), 'boolean',
    'mlcheck._ck_column_type(regclass,text): argument 1 = ''hostile_one''');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type('pg_class'::regclass, 'b')::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): argument 1 = ''pg_class'': 42703 column "b" of relation pg_class does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type('hostile_t'::regclass, NULL::text)::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): NULL in argument 2 (text): 42703 column "<NULL>" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type('hostile_t'::regclass, '')::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): argument 2 = '''': 42703 column "" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type('hostile_t'::regclass, 'no_such_thing')::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): argument 2 = ''no_such_thing'': 42703 column "no_such_thing" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type('hostile_t'::regclass, 'true; DROP TABLE hostile_empty')::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): argument 2 = ''true; DROP TABLE hostile_empty'': 42703 column "true; DROP TABLE hostile_empty" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_column_type('hostile_t'::regclass, 'true) OR (true')::text$q$, '42703', NULL,
    'mlcheck._ck_column_type(regclass,text): argument 2 = ''true) OR (true'': 42703 column "true) OR (true" of relation hostile_t does not exist');

-- covers: mlcheck._ck_current_role()
SELECT is((SELECT mlcheck._ck_current_role()::text), 'postgres',
    'mlcheck._ck_current_role(): sane arguments');

-- covers: mlcheck._ck_deliver_alert(bigint,jsonb)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(1::int8, '{}'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): sane arguments: error:42704 alert route 1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(NULL::bigint, '{}'::jsonb)::text$q$), 'error:22004',
    'mlcheck._ck_deliver_alert(bigint,jsonb): NULL in argument 1 (bigint): error:22004 route_id and payload must not be null');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(0::bigint, '{}'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): argument 1 = 0: error:42704 alert route 0 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(-1::bigint, '{}'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): argument 1 = -1: error:42704 alert route -1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(2147483647::bigint, '{}'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): argument 1 = 2147483647: error:42704 alert route 2147483647 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(1::int8, NULL::jsonb)::text$q$), 'error:22004',
    'mlcheck._ck_deliver_alert(bigint,jsonb): NULL in argument 2 (jsonb): error:22004 route_id and payload must not be null');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(1::int8, 'null'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): argument 2 = ''null'': error:42704 alert route 1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(1::int8, '[]'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): argument 2 = ''[]'': error:42704 alert route 1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_deliver_alert(1::int8, '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$), 'error:42704',
    'mlcheck._ck_deliver_alert(bigint,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': error:42704 alert route 1 does not exist');

-- covers: mlcheck._ck_empty(mlcheck.checks,text,text,text)
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', 'a')::text), '(a,a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): sane arguments');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', 'a')::text), '(a,a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): NULL in argument 1 (mlcheck.checks)');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, NULL::text, 'a', 'a')::text), '(,a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, '', 'a', 'a')::text), '("",a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 2 = ''''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'no_such_thing', 'a', 'a')::text), '(no_such_thing,a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'true; DROP TABLE hostile_empty', 'a', 'a')::text), '("true; DROP TABLE hostile_empty",a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'true) OR (true', 'a', 'a')::text), '("true) OR (true",a,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 2 = ''true) OR (true''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', NULL::text, 'a')::text), '(a,,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): NULL in argument 3 (text)');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', '', 'a')::text), '(a,"",,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 3 = ''''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'no_such_thing', 'a')::text), '(a,no_such_thing,,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 3 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'true; DROP TABLE hostile_empty', 'a')::text), '(a,"true; DROP TABLE hostile_empty",,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 3 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'true) OR (true', 'a')::text), '(a,"true) OR (true",,,,"{""reason"": ""a""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 3 = ''true) OR (true''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', NULL::text)::text), '(a,a,,,,"{""reason"": null}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): NULL in argument 4 (text)');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', '')::text), '(a,a,,,,"{""reason"": """"}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 4 = ''''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', 'no_such_thing')::text), '(a,a,,,,"{""reason"": ""no_such_thing""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 4 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', 'true; DROP TABLE hostile_empty')::text), '(a,a,,,,"{""reason"": ""true; DROP TABLE hostile_empty""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 4 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_empty(NULL::mlcheck.checks, 'a', 'a', 'true) OR (true')::text), '(a,a,,,,"{""reason"": ""true) OR (true""}")',
    'mlcheck._ck_empty(mlcheck.checks,text,text,text): argument 4 = ''true) OR (true''');

-- covers: mlcheck._ck_eval_drift(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_drift(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_drift(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_drift(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_drift(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_drift(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_drift(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_error_rate(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_error_rate(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_error_rate(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_error_rate(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_error_rate(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_error_rate(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_error_rate(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_expectation(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_expectation(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_expectation(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_expectation(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_expectation(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_expectation(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_expectation(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_feature_skew(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_feature_skew(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_feature_skew(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_feature_skew(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_feature_skew(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_feature_skew(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_feature_skew(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_freshness(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_freshness(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_freshness(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_freshness(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_freshness(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_freshness(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_freshness(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_latency(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_latency(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_latency(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_latency(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_latency(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_latency(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_latency(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_metric_anomaly(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_metric_anomaly(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_eval_metric_anomaly(mlcheck.checks,timestamp with time zone): sane arguments: error:42704 source check "<NULL>" does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_metric_anomaly(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_eval_metric_anomaly(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:42704 source check "<NULL>" does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_metric_anomaly(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:42704',
    'mlcheck._ck_eval_metric_anomaly(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:42704 source check "<NULL>" does not exist');

-- covers: mlcheck._ck_eval_metric_gate(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_metric_gate(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_metric_gate(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 rules must be a jsonb object keyed by metric name');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_metric_gate(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_metric_gate(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 rules must be a jsonb object keyed by metric name');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_metric_gate(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_metric_gate(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 rules must be a jsonb object keyed by metric name');

-- covers: mlcheck._ck_eval_prediction_skew(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_prediction_skew(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_prediction_skew(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_prediction_skew(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_prediction_skew(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_prediction_skew(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_prediction_skew(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_schema(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_schema(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_schema(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_schema(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_schema(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_schema(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_schema(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_eval_sql(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_sql(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:42601',
    'mlcheck._ck_eval_sql(mlcheck.checks,timestamp with time zone): sane arguments: error:42601 syntax error at or near ")"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_sql(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:42601',
    'mlcheck._ck_eval_sql(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:42601 syntax error at or near ")"');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_sql(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:42601',
    'mlcheck._ck_eval_sql(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:42601 syntax error at or near ")"');

-- covers: mlcheck._ck_eval_volume(mlcheck.checks,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_volume(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_volume(mlcheck.checks,timestamp with time zone): sane arguments: error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_volume(NULL::mlcheck.checks, '2024-01-01'::timestamptz) s$q$), 'error:22023',
    'mlcheck._ck_eval_volume(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks): error:22023 the target is not set');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_eval_volume(NULL::mlcheck.checks, NULL::timestamp with time zone) s$q$), 'error:22023',
    'mlcheck._ck_eval_volume(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22023 the target is not set');

-- covers: mlcheck._ck_evaluate(bigint,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_evaluate(1::int8, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_evaluate(bigint,timestamp with time zone): sane arguments: error:42704 check 1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_evaluate(NULL::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_evaluate(bigint,timestamp with time zone): NULL in argument 1 (bigint): error:42704 check <NULL> does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_evaluate(0::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_evaluate(bigint,timestamp with time zone): argument 1 = 0: error:42704 check 0 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_evaluate(-1::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_evaluate(bigint,timestamp with time zone): argument 1 = -1: error:42704 check -1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_evaluate(2147483647::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck._ck_evaluate(bigint,timestamp with time zone): argument 1 = 2147483647: error:42704 check 2147483647 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._ck_evaluate(1::int8, NULL::timestamp with time zone) s$q$), 'error:42704',
    'mlcheck._ck_evaluate(bigint,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:42704 check 1 does not exist');

-- covers: mlcheck._ck_evaluating()
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_evaluating()::text$q$), 'ok',
    'mlcheck._ck_evaluating(): sane arguments: ok');

-- covers: mlcheck._ck_expect_outcome(mlcheck.checks,record)
SELECT throws_ok($q$SELECT mlcheck._ck_expect_outcome(NULL::mlcheck.checks, NULL::record)::text$q$, '55000', NULL,
    'mlcheck._ck_expect_outcome(mlcheck.checks,record): sane arguments: 55000 record "r" is not assigned yet');
SELECT throws_ok($q$SELECT mlcheck._ck_expect_outcome(NULL::mlcheck.checks, NULL::record)::text$q$, '55000', NULL,
    'mlcheck._ck_expect_outcome(mlcheck.checks,record): NULL in argument 1 (mlcheck.checks): 55000 record "r" is not assigned yet');
SELECT throws_ok($q$SELECT mlcheck._ck_expect_outcome(NULL::mlcheck.checks, NULL::record)::text$q$, '55000', NULL,
    'mlcheck._ck_expect_outcome(mlcheck.checks,record): NULL in argument 2 (record): 55000 record "r" is not assigned yet');

-- covers: mlcheck._ck_guard(mlcheck.checks)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_guard(NULL::mlcheck.checks)::text$q$), 'ok',
    'mlcheck._ck_guard(mlcheck.checks): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_guard(NULL::mlcheck.checks)::text$q$), 'ok',
    'mlcheck._ck_guard(mlcheck.checks): NULL in argument 1 (mlcheck.checks): ok');

-- covers: mlcheck._ck_jnum(double precision)
SELECT is((SELECT mlcheck._ck_jnum(0.5::float8)::text), '0.5',
    'mlcheck._ck_jnum(double precision): sane arguments');
SELECT is((SELECT mlcheck._ck_jnum(NULL::double precision)::text), 'null',
    'mlcheck._ck_jnum(double precision): NULL in argument 1 (double precision)');
SELECT is((SELECT mlcheck._ck_jnum('NaN'::double precision)::text), '"NaN"',
    'mlcheck._ck_jnum(double precision): NaN in argument 1');
SELECT is((SELECT mlcheck._ck_jnum('Infinity'::double precision)::text), '"Infinity"',
    'mlcheck._ck_jnum(double precision): Infinity in argument 1');
SELECT is((SELECT mlcheck._ck_jnum('-Infinity'::double precision)::text), '"-Infinity"',
    'mlcheck._ck_jnum(double precision): -Infinity in argument 1');

-- covers: mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text)
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): sane arguments');
SELECT is((SELECT mlcheck._ck_judge(NULL::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(a,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NULL in argument 1 (double precision)');
SELECT is((SELECT mlcheck._ck_judge('NaN'::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(a,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NaN in argument 1');
SELECT is((SELECT mlcheck._ck_judge('Infinity'::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(a,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): Infinity in argument 1');
SELECT is((SELECT mlcheck._ck_judge('-Infinity'::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(a,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): -Infinity in argument 1');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, NULL::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NULL in argument 2 (double precision)');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 'NaN'::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(a,NaN)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NaN in argument 2');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 'Infinity'::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(a,Infinity)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): Infinity in argument 2');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, '-Infinity'::double precision, 0.5::float8, 0.5::float8, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): -Infinity in argument 2');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, NULL::double precision, 0.5::float8, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NULL in argument 3 (double precision)');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 'NaN'::double precision, 0.5::float8, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NaN in argument 3');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 'Infinity'::double precision, 0.5::float8, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): Infinity in argument 3');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, '-Infinity'::double precision, 0.5::float8, 0.5::float8, 'a')::text), '(a,-Infinity)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): -Infinity in argument 3');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, NULL::double precision, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NULL in argument 4 (double precision)');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 'NaN'::double precision, 0.5::float8, 'a')::text), '(warn,NaN)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NaN in argument 4');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 'Infinity'::double precision, 0.5::float8, 'a')::text), '(warn,Infinity)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): Infinity in argument 4');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, '-Infinity'::double precision, 0.5::float8, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): -Infinity in argument 4');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, NULL::double precision, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NULL in argument 5 (double precision)');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'NaN'::double precision, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NaN in argument 5');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'Infinity'::double precision, 'a')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): Infinity in argument 5');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, '-Infinity'::double precision, 'a')::text), '(warn,-Infinity)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): -Infinity in argument 5');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, NULL::text)::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): NULL in argument 6 (text)');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, '')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): argument 6 = ''''');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'no_such_thing')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): argument 6 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'true; DROP TABLE hostile_empty')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): argument 6 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_judge(0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 0.5::float8, 'true) OR (true')::text), '(pass,0.5)',
    'mlcheck._ck_judge(double precision,double precision,double precision,double precision,double precision,text): argument 6 = ''true) OR (true''');

-- covers: mlcheck._ck_metrics(jsonb,text,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, 'a', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics(NULL::jsonb, 'a', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): NULL in argument 1 (jsonb): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('null'::jsonb, 'a', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 1 = ''null'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('[]'::jsonb, 'a', '2024-01-01'::timestamptz)::text$q$), 'error:42601',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 1 = ''[]'': error:42601 syntax error at or near "["');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, NULL::text, '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): NULL in argument 2 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, '', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 2 = '''': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, 'no_such_thing', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 2 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, 'true; DROP TABLE hostile_empty', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 2 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, 'true) OR (true', '2024-01-01'::timestamptz)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): argument 2 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_metrics('{}'::jsonb, 'a', NULL::timestamp with time zone)::text$q$), 'ok',
    'mlcheck._ck_metrics(jsonb,text,timestamp with time zone): NULL in argument 3 (timestamp with time zone): ok');

-- covers: mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb)
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,a,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): sane arguments');
SELECT is((SELECT mlcheck._ck_outcome(NULL::text, 'a', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(,a,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NULL in argument 1 (text)');
SELECT is((SELECT mlcheck._ck_outcome('', 'a', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '("",a,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 1 = ''''');
SELECT is((SELECT mlcheck._ck_outcome('no_such_thing', 'a', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(no_such_thing,a,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 1 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_outcome('true; DROP TABLE hostile_empty', 'a', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '("true; DROP TABLE hostile_empty",a,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 1 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_outcome('true) OR (true', 'a', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '("true) OR (true",a,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 1 = ''true) OR (true''');
SELECT is((SELECT mlcheck._ck_outcome('a', NULL::text, 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck._ck_outcome('a', '', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,"",0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 2 = ''''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'no_such_thing', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,no_such_thing,0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'true; DROP TABLE hostile_empty', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,"true; DROP TABLE hostile_empty",0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'true) OR (true', 0.5::float8, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,"true) OR (true",0.5,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 2 = ''true) OR (true''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', NULL::double precision, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,a,,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NULL in argument 3 (double precision)');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 'NaN'::double precision, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,a,NaN,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NaN in argument 3');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 'Infinity'::double precision, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,a,Infinity,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): Infinity in argument 3');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', '-Infinity'::double precision, 0.5::float8, 'a', '{}'::jsonb)::text), '(a,a,-Infinity,0.5,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): -Infinity in argument 3');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, NULL::double precision, 'a', '{}'::jsonb)::text), '(a,a,0.5,,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NULL in argument 4 (double precision)');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 'NaN'::double precision, 'a', '{}'::jsonb)::text), '(a,a,0.5,NaN,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NaN in argument 4');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 'Infinity'::double precision, 'a', '{}'::jsonb)::text), '(a,a,0.5,Infinity,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): Infinity in argument 4');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, '-Infinity'::double precision, 'a', '{}'::jsonb)::text), '(a,a,0.5,-Infinity,a,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): -Infinity in argument 4');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, NULL::text, '{}'::jsonb)::text), '(a,a,0.5,0.5,,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NULL in argument 5 (text)');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, '', '{}'::jsonb)::text), '(a,a,0.5,0.5,"",{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 5 = ''''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'no_such_thing', '{}'::jsonb)::text), '(a,a,0.5,0.5,no_such_thing,{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 5 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'true; DROP TABLE hostile_empty', '{}'::jsonb)::text), '(a,a,0.5,0.5,"true; DROP TABLE hostile_empty",{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 5 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'true) OR (true', '{}'::jsonb)::text), '(a,a,0.5,0.5,"true) OR (true",{})',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 5 = ''true) OR (true''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'a', NULL::jsonb)::text), '(a,a,0.5,0.5,a,)',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): NULL in argument 6 (jsonb)');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'a', 'null'::jsonb)::text), '(a,a,0.5,0.5,a,null)',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 6 = ''null''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'a', '[]'::jsonb)::text), '(a,a,0.5,0.5,a,[])',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 6 = ''[]''');
SELECT is((SELECT mlcheck._ck_outcome('a', 'a', 0.5::float8, 0.5::float8, 'a', '{"bins": -1, "threshold": "NaN"}'::jsonb)::text), '(a,a,0.5,0.5,a,"{""bins"": -1, ""threshold"": ""NaN""}")',
    'mlcheck._ck_outcome(text,text,double precision,double precision,text,jsonb): argument 6 = ''{"bins": -1, "threshold": "NaN"}''');

-- covers: mlcheck._ck_owned_row_trigger()
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck._ck_owned_row_trigger()::text$q$), 'error:0A000',
    'mlcheck._ck_owned_row_trigger(): sane arguments: error:0A000 trigger functions can only be called as triggers');

-- covers: mlcheck._ck_param_float(jsonb,text)
SELECT is((SELECT mlcheck._ck_param_float('{}'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): sane arguments: NULL');
SELECT is((SELECT mlcheck._ck_param_float(NULL::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._ck_param_float('null'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 1 = ''null'': NULL');
SELECT is((SELECT mlcheck._ck_param_float('[]'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 1 = ''[]'': NULL');
SELECT is((SELECT mlcheck._ck_param_float('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._ck_param_float('{}'::jsonb, NULL::text)::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): NULL in argument 2 (text): NULL');
SELECT is((SELECT mlcheck._ck_param_float('{}'::jsonb, '')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 2 = '''': NULL');
SELECT is((SELECT mlcheck._ck_param_float('{}'::jsonb, 'no_such_thing')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 2 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._ck_param_float('{}'::jsonb, 'true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 2 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._ck_param_float('{}'::jsonb, 'true) OR (true')::text), NULL,
    'mlcheck._ck_param_float(jsonb,text): argument 2 = ''true) OR (true'': NULL');

-- covers: mlcheck._ck_param_int(jsonb,text,integer,integer)
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): sane arguments: NULL');
SELECT is((SELECT mlcheck._ck_param_int(NULL::jsonb, 'a', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._ck_param_int('null'::jsonb, 'a', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 1 = ''null'': NULL');
SELECT is((SELECT mlcheck._ck_param_int('[]'::jsonb, 'a', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 1 = ''[]'': NULL');
SELECT is((SELECT mlcheck._ck_param_int('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, NULL::text, 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): NULL in argument 2 (text): NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, '', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 2 = '''': NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'no_such_thing', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 2 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'true; DROP TABLE hostile_empty', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 2 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'true) OR (true', 3, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 2 = ''true) OR (true'': NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', NULL::integer, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): NULL in argument 3 (integer): NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 0::integer, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 3 = 0: NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', -1::integer, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 3 = -1: NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 2147483647::integer, 3)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 3 = 2147483647: NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 3, NULL::integer)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): NULL in argument 4 (integer): NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 3, 0::integer)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 4 = 0: NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 3, -1::integer)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 4 = -1: NULL');
SELECT is((SELECT mlcheck._ck_param_int('{}'::jsonb, 'a', 3, 2147483647::integer)::text), NULL,
    'mlcheck._ck_param_int(jsonb,text,integer,integer): argument 4 = 2147483647: NULL');

-- covers: mlcheck._ck_param_interval(jsonb,text)
SELECT is((SELECT mlcheck._ck_param_interval('{}'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): sane arguments: NULL');
SELECT is((SELECT mlcheck._ck_param_interval(NULL::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._ck_param_interval('null'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 1 = ''null'': NULL');
SELECT is((SELECT mlcheck._ck_param_interval('[]'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 1 = ''[]'': NULL');
SELECT is((SELECT mlcheck._ck_param_interval('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._ck_param_interval('{}'::jsonb, NULL::text)::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): NULL in argument 2 (text): NULL');
SELECT is((SELECT mlcheck._ck_param_interval('{}'::jsonb, '')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 2 = '''': NULL');
SELECT is((SELECT mlcheck._ck_param_interval('{}'::jsonb, 'no_such_thing')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 2 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._ck_param_interval('{}'::jsonb, 'true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 2 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._ck_param_interval('{}'::jsonb, 'true) OR (true')::text), NULL,
    'mlcheck._ck_param_interval(jsonb,text): argument 2 = ''true) OR (true'': NULL');

-- covers: mlcheck._ck_param_text(jsonb,text)
SELECT is((SELECT mlcheck._ck_param_text('{}'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): sane arguments: NULL');
SELECT is((SELECT mlcheck._ck_param_text(NULL::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._ck_param_text('null'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 1 = ''null'': NULL');
SELECT is((SELECT mlcheck._ck_param_text('[]'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 1 = ''[]'': NULL');
SELECT is((SELECT mlcheck._ck_param_text('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._ck_param_text('{}'::jsonb, NULL::text)::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): NULL in argument 2 (text): NULL');
SELECT is((SELECT mlcheck._ck_param_text('{}'::jsonb, '')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 2 = '''': NULL');
SELECT is((SELECT mlcheck._ck_param_text('{}'::jsonb, 'no_such_thing')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 2 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._ck_param_text('{}'::jsonb, 'true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 2 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._ck_param_text('{}'::jsonb, 'true) OR (true')::text), NULL,
    'mlcheck._ck_param_text(jsonb,text): argument 2 = ''true) OR (true'': NULL');

-- covers: mlcheck._ck_qualified_name(regclass)
SELECT lives_ok($q$SELECT mlcheck._ck_qualified_name('hostile_t'::regclass)::text$q$,
    'mlcheck._ck_qualified_name(regclass): sane arguments (result depends on the database)');
SELECT is((SELECT mlcheck._ck_qualified_name(NULL::regclass)::text), NULL,
    'mlcheck._ck_qualified_name(regclass): NULL in argument 1 (regclass): NULL');
SELECT lives_ok($q$SELECT mlcheck._ck_qualified_name('hostile_empty'::regclass)::text$q$,
    'mlcheck._ck_qualified_name(regclass): argument 1 = ''hostile_empty'' (result depends on the database)');
SELECT lives_ok($q$SELECT mlcheck._ck_qualified_name('hostile_one'::regclass)::text$q$,
    'mlcheck._ck_qualified_name(regclass): argument 1 = ''hostile_one'' (result depends on the database)');
SELECT lives_ok($q$SELECT mlcheck._ck_qualified_name('pg_class'::regclass)::text$q$,
    'mlcheck._ck_qualified_name(regclass): argument 1 = ''pg_class'' (result depends on the database)');

-- covers: mlcheck._ck_qualify_params(jsonb)
SELECT is((SELECT mlcheck._ck_qualify_params('{}'::jsonb)::text), '{}',
    'mlcheck._ck_qualify_params(jsonb): sane arguments');
SELECT is((SELECT mlcheck._ck_qualify_params(NULL::jsonb)::text), NULL,
    'mlcheck._ck_qualify_params(jsonb): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._ck_qualify_params('null'::jsonb)::text), 'null',
    'mlcheck._ck_qualify_params(jsonb): argument 1 = ''null''');
SELECT is((SELECT mlcheck._ck_qualify_params('[]'::jsonb)::text), '[]',
    'mlcheck._ck_qualify_params(jsonb): argument 1 = ''[]''');
SELECT is((SELECT mlcheck._ck_qualify_params('{"bins": -1, "threshold": "NaN"}'::jsonb)::text), '{"bins": -1, "threshold": "NaN"}',
    'mlcheck._ck_qualify_params(jsonb): argument 1 = ''{"bins": -1, "threshold": "NaN"}''');

-- covers: mlcheck._ck_relation(text,text)
SELECT throws_ok($q$SELECT mlcheck._ck_relation('a', 'a')::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): sane arguments: 42P01 relation "a" (the a) does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_relation(NULL::text, 'a')::text$q$, '22023', NULL,
    'mlcheck._ck_relation(text,text): NULL in argument 1 (text): 22023 the a is not set');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('', 'a')::text$q$, '42602', NULL,
    'mlcheck._ck_relation(text,text): argument 1 = '''': 42602 invalid name syntax');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('no_such_thing', 'a')::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): argument 1 = ''no_such_thing'': 42P01 relation "no_such_thing" (the a) does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('true; DROP TABLE hostile_empty', 'a')::text$q$, '42602', NULL,
    'mlcheck._ck_relation(text,text): argument 1 = ''true; DROP TABLE hostile_empty'': 42602 invalid name syntax');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('true) OR (true', 'a')::text$q$, '42602', NULL,
    'mlcheck._ck_relation(text,text): argument 1 = ''true) OR (true'': 42602 invalid name syntax');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('a', NULL::text)::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): NULL in argument 2 (text): 42P01 relation "a" (the <NULL>) does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('a', '')::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): argument 2 = '''': 42P01 relation "a" (the ) does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('a', 'no_such_thing')::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): argument 2 = ''no_such_thing'': 42P01 relation "a" (the no_such_thing) does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('a', 'true; DROP TABLE hostile_empty')::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): argument 2 = ''true; DROP TABLE hostile_empty'': 42P01 relation "a" (the true; DROP TABLE hostile_empty) does not exist');
SELECT throws_ok($q$SELECT mlcheck._ck_relation('a', 'true) OR (true')::text$q$, '42P01', NULL,
    'mlcheck._ck_relation(text,text): argument 2 = ''true) OR (true'': 42P01 relation "a" (the true) OR (true) does not exist');

-- covers: mlcheck._ck_require(text,text)
SELECT throws_ok($q$SELECT mlcheck._ck_require('a', 'a')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): sane arguments: 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require(NULL::text, 'a')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): NULL in argument 1 (text): 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('', 'a')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 1 = '''': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('no_such_thing', 'a')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 1 = ''no_such_thing'': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('true; DROP TABLE hostile_empty', 'a')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 1 = ''true; DROP TABLE hostile_empty'': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('true) OR (true', 'a')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 1 = ''true) OR (true'': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('a', NULL::text)::text$q$, '0A000', NULL,
    'mlcheck._ck_require(text,text): NULL in argument 2 (text): 0A000 check kind a needs <NULL>, which this build of mlcheck lacks');
SELECT throws_ok($q$SELECT mlcheck._ck_require('a', '')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 2 = '''': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('a', 'no_such_thing')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 2 = ''no_such_thing'': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('a', 'true; DROP TABLE hostile_empty')::text$q$, '22P02', NULL,
    'mlcheck._ck_require(text,text): argument 2 = ''true; DROP TABLE hostile_empty'': 22P02 expected a left parenthesis');
SELECT throws_ok($q$SELECT mlcheck._ck_require('a', 'true) OR (true')::text$q$, '42602', NULL,
    'mlcheck._ck_require(text,text): argument 2 = ''true) OR (true'': 42602 invalid name syntax');

-- covers: mlcheck._ck_scope(mlcheck.checks,timestamp with time zone)
SELECT is((SELECT mlcheck._ck_scope(NULL::mlcheck.checks, '2024-01-01'::timestamptz)::text), 'true',
    'mlcheck._ck_scope(mlcheck.checks,timestamp with time zone): sane arguments');
SELECT is((SELECT mlcheck._ck_scope(NULL::mlcheck.checks, '2024-01-01'::timestamptz)::text), 'true',
    'mlcheck._ck_scope(mlcheck.checks,timestamp with time zone): NULL in argument 1 (mlcheck.checks)');
SELECT is((SELECT mlcheck._ck_scope(NULL::mlcheck.checks, NULL::timestamp with time zone)::text), 'true',
    'mlcheck._ck_scope(mlcheck.checks,timestamp with time zone): NULL in argument 2 (timestamp with time zone)');

-- covers: mlcheck._ck_status_rank(text)
SELECT is((SELECT mlcheck._ck_status_rank('a')::text), NULL,
    'mlcheck._ck_status_rank(text): sane arguments: NULL');
SELECT is((SELECT mlcheck._ck_status_rank(NULL::text)::text), NULL,
    'mlcheck._ck_status_rank(text): NULL in argument 1 (text): NULL');
SELECT is((SELECT mlcheck._ck_status_rank('')::text), NULL,
    'mlcheck._ck_status_rank(text): argument 1 = '''': NULL');
SELECT is((SELECT mlcheck._ck_status_rank('no_such_thing')::text), NULL,
    'mlcheck._ck_status_rank(text): argument 1 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._ck_status_rank('true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._ck_status_rank(text): argument 1 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._ck_status_rank('true) OR (true')::text), NULL,
    'mlcheck._ck_status_rank(text): argument 1 = ''true) OR (true'': NULL');

-- covers: mlcheck._ck_ts_literal(timestamp with time zone)
SELECT is((SELECT mlcheck._ck_ts_literal('2024-01-01'::timestamptz)::text), '''2024-01-01T00:00:00.000000+00''::pg_catalog.timestamptz',
    'mlcheck._ck_ts_literal(timestamp with time zone): sane arguments');
SELECT is((SELECT mlcheck._ck_ts_literal(NULL::timestamp with time zone)::text), NULL,
    'mlcheck._ck_ts_literal(timestamp with time zone): NULL in argument 1 (timestamp with time zone): NULL');

-- covers: mlcheck._ck_validate(text,text,text,text[],jsonb)
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): sane arguments: 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate(NULL::text, 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): NULL in argument 1 (text): 22023 unknown check kind "<NULL>"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('', 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 1 = '''': 22023 unknown check kind ""');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('no_such_thing', 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 1 = ''no_such_thing'': 22023 unknown check kind "no_such_thing"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('true; DROP TABLE hostile_empty', 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 1 = ''true; DROP TABLE hostile_empty'': 22023 unknown check kind "true; DROP TABLE hostile_empty"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('true) OR (true', 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 1 = ''true) OR (true'': 22023 unknown check kind "true) OR (true"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', NULL::text, 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): NULL in argument 2 (text): 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', '', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 2 = '''': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'no_such_thing', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 2 = ''no_such_thing'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'true; DROP TABLE hostile_empty', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'true) OR (true', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 2 = ''true) OR (true'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', NULL::text, NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): NULL in argument 3 (text): 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', '', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 3 = '''': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'no_such_thing', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 3 = ''no_such_thing'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'true; DROP TABLE hostile_empty', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'true) OR (true', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 3 = ''true) OR (true'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', NULL::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): NULL in argument 4 (text[]): 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', '{}'::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 4 = ''{}'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', '{NULL}'::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 4 = ''{NULL}'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', '{no_such_column}'::text[], '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 4 = ''{no_such_column}'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', NULL::text[], NULL::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): NULL in argument 5 (jsonb): 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', NULL::text[], 'null'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 5 = ''null'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', NULL::text[], '[]'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 5 = ''[]'': 22023 unknown check kind "a"');
SELECT throws_ok($q$SELECT mlcheck._ck_validate('a', 'a', 'a', NULL::text[], '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._ck_validate(text,text,text,text[],jsonb): argument 5 = ''{"bins": -1, "threshold": "NaN"}'': 22023 unknown check kind "a"');

-- covers: mlcheck._ck_worse(text,text)
SELECT is((SELECT mlcheck._ck_worse('a', 'a')::text), 'a',
    'mlcheck._ck_worse(text,text): sane arguments');
SELECT is((SELECT mlcheck._ck_worse(NULL::text, 'a')::text), 'a',
    'mlcheck._ck_worse(text,text): NULL in argument 1 (text)');
SELECT is((SELECT mlcheck._ck_worse('', 'a')::text), '',
    'mlcheck._ck_worse(text,text): argument 1 = ''''');
SELECT is((SELECT mlcheck._ck_worse('no_such_thing', 'a')::text), 'no_such_thing',
    'mlcheck._ck_worse(text,text): argument 1 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_worse('true; DROP TABLE hostile_empty', 'a')::text), 'true; DROP TABLE hostile_empty',
    'mlcheck._ck_worse(text,text): argument 1 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_worse('true) OR (true', 'a')::text), 'true) OR (true',
    'mlcheck._ck_worse(text,text): argument 1 = ''true) OR (true''');
SELECT is((SELECT mlcheck._ck_worse('a', NULL::text)::text), 'a',
    'mlcheck._ck_worse(text,text): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck._ck_worse('a', '')::text), 'a',
    'mlcheck._ck_worse(text,text): argument 2 = ''''');
SELECT is((SELECT mlcheck._ck_worse('a', 'no_such_thing')::text), 'a',
    'mlcheck._ck_worse(text,text): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._ck_worse('a', 'true; DROP TABLE hostile_empty')::text), 'a',
    'mlcheck._ck_worse(text,text): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._ck_worse('a', 'true) OR (true')::text), 'a',
    'mlcheck._ck_worse(text,text): argument 2 = ''true) OR (true''');

-- covers: mlcheck._columns(regclass)
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck._columns('hostile_t'::regclass) s)), '387961f3322386eca38c71ade6355e93',
    'mlcheck._columns(regclass): sane arguments (md5 of 334 characters)');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._columns(NULL::regclass) s), NULL,
    'mlcheck._columns(regclass): NULL in argument 1 (regclass): NULL');
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck._columns('hostile_empty'::regclass) s)), '387961f3322386eca38c71ade6355e93',
    'mlcheck._columns(regclass): argument 1 = ''hostile_empty'' (md5 of 334 characters)');
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck._columns('hostile_one'::regclass) s)), '387961f3322386eca38c71ade6355e93',
    'mlcheck._columns(regclass): argument 1 = ''hostile_one'' (md5 of 334 characters)');
SELECT lives_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._columns('pg_class'::regclass) s$q$,
    'mlcheck._columns(regclass): argument 1 = ''pg_class'' (result depends on the database)');

-- covers: mlcheck._compare(regclass,text,mlcheck.profile,jsonb)
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): sane arguments: 42703 column b.profile does not exist');
SELECT is((SELECT mlcheck._compare(NULL::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text), NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): NULL in argument 1 (regclass): NULL');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_empty'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 1 = ''hostile_empty'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_one'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 1 = ''hostile_one'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('pg_class'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 1 = ''pg_class'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, NULL::text, (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): NULL in argument 2 (text): 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, '', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 2 = '''': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'no_such_thing', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 2 = ''no_such_thing'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'true; DROP TABLE hostile_empty', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 2 = ''true; DROP TABLE hostile_empty'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'true) OR (true', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 2 = ''true) OR (true'': 42703 column b.profile does not exist');
SELECT is((SELECT mlcheck._compare('hostile_t'::regclass, 'a', NULL::mlcheck.profile, '{}'::jsonb)::text), NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): NULL in argument 3 (mlcheck.profile): NULL');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:QQEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='::mlcheck.profile, '{}'::jsonb)::text$q$, '22P02', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #1 in argument 3: 22P02 malformed mlcheck.profile value');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:AUEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='::mlcheck.profile, '{}'::jsonb)::text$q$, '22P02', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #2 in argument 3: 22P02 malformed mlcheck.profile value');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:AQEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='::mlcheck.profile, '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #3 in argument 3: 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:AQEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='::mlcheck.profile, '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #4 in argument 3: 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:AQEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=='::mlcheck.profile, '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #5 in argument 3: 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:AQEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQA=='::mlcheck.profile, '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #6 in argument 3: 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', 'profile.v1:AQEAAwAGAAAAAAA/uZmZmZmZmj/pmZmZmZmaQAQAAAAAAAA/1p0DadA2nqwCnjd5uX9KfBUBBj+5mZmZmZmaP9ZmZmZmZmY/2ZmZmZmZmj/pmZmZmZmaP+TMzMzMzM0/yZmZmZmZmgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'::mlcheck.profile, '{}'::jsonb)::text$q$, '22P02', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): corrupted mlcheck.profile #7 in argument 3: 22P02 malformed mlcheck.profile value');
SELECT is((SELECT mlcheck._compare('hostile_t'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), NULL::jsonb)::text), NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): NULL in argument 4 (jsonb): NULL');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), 'null'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 4 = ''null'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '[]'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 4 = ''[]'': 42703 column b.profile does not exist');
SELECT throws_ok($q$SELECT mlcheck._compare('hostile_t'::regclass, 'a', (SELECT mlcheck.profile(x) FROM hostile_t h2 ), '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck._compare(regclass,text,mlcheck.profile,jsonb): argument 4 = ''{"bins": -1, "threshold": "NaN"}'': 42703 column b.profile does not exist');

-- covers: mlcheck._expect_compile(regclass,integer,text,jsonb,text,text)
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): sane arguments: 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile(NULL::regclass, 3, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): NULL in argument 1 (regclass): 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_empty'::regclass, 3, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 1 = ''hostile_empty'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_one'::regclass, 3, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 1 = ''hostile_one'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('pg_class'::regclass, 3, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 1 = ''pg_class'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, NULL::integer, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): NULL in argument 2 (integer): 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 0::integer, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 2 = 0: 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, -1::integer, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 2 = -1: 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 2147483647::integer, 'a', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 2 = 2147483647: 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, NULL::text, '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): NULL in argument 3 (text): 22023 unknown expectation "<NULL>"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, '', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 3 = '''': 22023 unknown expectation ""');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'no_such_thing', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 3 = ''no_such_thing'': 22023 unknown expectation "no_such_thing"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'true; DROP TABLE hostile_empty', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 unknown expectation "true; DROP TABLE hostile_empty"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'true) OR (true', '{}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 3 = ''true) OR (true'': 22023 unknown expectation "true) OR (true"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', NULL::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): NULL in argument 4 (jsonb): 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', 'null'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 4 = ''null'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '[]'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 4 = ''[]'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 4 = ''{"bins": -1, "threshold": "NaN"}'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, NULL::text, 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): NULL in argument 5 (text): 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, '', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 5 = '''': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'no_such_thing', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 5 = ''no_such_thing'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'true; DROP TABLE hostile_empty', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 5 = ''true; DROP TABLE hostile_empty'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'true) OR (true', 'a')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 5 = ''true) OR (true'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'a', NULL::text)::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): NULL in argument 6 (text): 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'a', '')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 6 = '''': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'a', 'no_such_thing')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 6 = ''no_such_thing'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'a', 'true; DROP TABLE hostile_empty')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 6 = ''true; DROP TABLE hostile_empty'': 22023 unknown expectation "a"');
SELECT throws_ok($q$SELECT mlcheck._expect_compile('hostile_t'::regclass, 3, 'a', '{}'::jsonb, 'a', 'true) OR (true')::text$q$, '22023', NULL,
    'mlcheck._expect_compile(regclass,integer,text,jsonb,text,text): argument 6 = ''true) OR (true'': 22023 unknown expectation "a"');

-- covers: mlcheck._expect_run(regclass,jsonb[])
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, NULL::jsonb[]) s$q$, '22004', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): sane arguments: 22004 FOREACH expression must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run(NULL::regclass, NULL::jsonb[]) s$q$, '22004', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): NULL in argument 1 (regclass): 22004 FOREACH expression must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_empty'::regclass, NULL::jsonb[]) s$q$, '22004', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 1 = ''hostile_empty'': 22004 FOREACH expression must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_one'::regclass, NULL::jsonb[]) s$q$, '22004', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 1 = ''hostile_one'': 22004 FOREACH expression must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('pg_class'::regclass, NULL::jsonb[]) s$q$, '22004', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 1 = ''pg_class'': 22004 FOREACH expression must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, NULL::jsonb[]) s$q$, '22004', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): NULL in argument 2 (jsonb[]): 22004 FOREACH expression must not be null');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, '{}'::jsonb[]) s), NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 2 = ''{}'': NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, '{NULL}'::jsonb[]) s$q$, '42601', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 2 = ''{NULL}'': 42601 syntax error at or near ","');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, '{1,2,3}'::jsonb[]) s$q$, '42601', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 2 = ''{1,2,3}'': 42601 syntax error at or near ","');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, '{NaN,Infinity}'::jsonb[]) s$q$, '22P02', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 2 = ''{NaN,Infinity}'': 22P02 invalid input syntax for type json');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck._expect_run('hostile_t'::regclass, '{{1,2},{3,4}}'::jsonb[]) s$q$, '42601', NULL,
    'mlcheck._expect_run(regclass,jsonb[]): argument 2 = ''{{1,2},{3,4}}'': 42601 syntax error at or near ","');

-- covers: mlcheck._jpath(text,text)
SELECT is((SELECT mlcheck._jpath('a', 'a')::text), 'a.a',
    'mlcheck._jpath(text,text): sane arguments');
SELECT is((SELECT mlcheck._jpath(NULL::text, 'a')::text), NULL,
    'mlcheck._jpath(text,text): NULL in argument 1 (text): NULL');
SELECT is((SELECT mlcheck._jpath('', 'a')::text), '.a',
    'mlcheck._jpath(text,text): argument 1 = ''''');
SELECT is((SELECT mlcheck._jpath('no_such_thing', 'a')::text), 'no_such_thing.a',
    'mlcheck._jpath(text,text): argument 1 = ''no_such_thing''');
SELECT is((SELECT mlcheck._jpath('true; DROP TABLE hostile_empty', 'a')::text), 'true; DROP TABLE hostile_empty.a',
    'mlcheck._jpath(text,text): argument 1 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._jpath('true) OR (true', 'a')::text), 'true) OR (true.a',
    'mlcheck._jpath(text,text): argument 1 = ''true) OR (true''');
SELECT is((SELECT mlcheck._jpath('a', NULL::text)::text), NULL,
    'mlcheck._jpath(text,text): NULL in argument 2 (text): NULL');
SELECT is((SELECT mlcheck._jpath('a', '')::text), 'a[""]',
    'mlcheck._jpath(text,text): argument 2 = ''''');
SELECT is((SELECT mlcheck._jpath('a', 'no_such_thing')::text), 'a.no_such_thing',
    'mlcheck._jpath(text,text): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._jpath('a', 'true; DROP TABLE hostile_empty')::text), 'a["true; DROP TABLE hostile_empty"]',
    'mlcheck._jpath(text,text): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._jpath('a', 'true) OR (true')::text), 'a["true) OR (true"]',
    'mlcheck._jpath(text,text): argument 2 = ''true) OR (true''');

-- covers: mlcheck._kw(jsonb,text,text,text,text,boolean,text)
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): sane arguments: 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw(NULL::jsonb, 'a', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 1 (jsonb): 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('null'::jsonb, 'a', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 1 = ''null'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('[]'::jsonb, 'a', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 1 = ''[]'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, NULL::text, 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 2 (text): 22023 a "<NULL>" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, '', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 2 = '''': 22023 a "" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'no_such_thing', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 2 = ''no_such_thing'': 22023 a "no_such_thing" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'true; DROP TABLE hostile_empty', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 a "true; DROP TABLE hostile_empty" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'true) OR (true', 'a', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 2 = ''true) OR (true'': 22023 a "true) OR (true" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', NULL::text, 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 3 (text): 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', '', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 3 = '''': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'no_such_thing', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 3 = ''no_such_thing'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'true; DROP TABLE hostile_empty', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'true) OR (true', 'a', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 3 = ''true) OR (true'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', NULL::text, 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 4 (text): 22023 a "a" of <NULL> is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', '', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 4 = '''': 22023 a "a" of  is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'no_such_thing', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 4 = ''no_such_thing'': 22023 a "a" of no_such_thing is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'true; DROP TABLE hostile_empty', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 4 = ''true; DROP TABLE hostile_empty'': 22023 a "a" of true; DROP TABLE hostile_empty is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'true) OR (true', 'a', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 4 = ''true) OR (true'': 22023 a "a" of true) OR (true is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', NULL::text, true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 5 (text): 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', '', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 5 = '''': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'no_such_thing', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 5 = ''no_such_thing'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'true; DROP TABLE hostile_empty', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 5 = ''true; DROP TABLE hostile_empty'': 22023 a "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'true) OR (true', true, 'a')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 5 = ''true) OR (true'': 22023 a "a" of a is required');
SELECT is((SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', NULL::boolean, 'a')::text), NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 6 (boolean): NULL');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', true, NULL::text)::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): NULL in argument 7 (text): 22023 <NULL> "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', true, '')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 7 = '''': 22023  "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', true, 'no_such_thing')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 7 = ''no_such_thing'': 22023 no_such_thing "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', true, 'true; DROP TABLE hostile_empty')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 7 = ''true; DROP TABLE hostile_empty'': 22023 true; DROP TABLE hostile_empty "a" of a is required');
SELECT throws_ok($q$SELECT mlcheck._kw('{}'::jsonb, 'a', 'a', 'a', 'a', true, 'true) OR (true')::text$q$, '22023', NULL,
    'mlcheck._kw(jsonb,text,text,text,text,boolean,text): argument 7 = ''true) OR (true'': 22023 true) OR (true "a" of a is required');

-- covers: mlcheck._literal(jsonb,text,text,text)
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): sane arguments: 22023 a must be a string, number or boolean');
SELECT is((SELECT mlcheck._literal(NULL::jsonb, 'a', 'a', 'a')::text), NULL,
    'mlcheck._literal(jsonb,text,text,text): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._literal('null'::jsonb, 'a', 'a', 'a')::text), NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 1 = ''null'': NULL');
SELECT throws_ok($q$SELECT mlcheck._literal('[]'::jsonb, 'a', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 1 = ''[]'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, NULL::text, 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): NULL in argument 2 (text): 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, '', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 2 = '''': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'no_such_thing', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 2 = ''no_such_thing'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'true; DROP TABLE hostile_empty', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'true) OR (true', 'a', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 2 = ''true) OR (true'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', NULL::text, 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): NULL in argument 3 (text): 22023 <NULL> must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', '', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 3 = '''': 22023  must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'no_such_thing', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 3 = ''no_such_thing'': 22023 no_such_thing must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'true; DROP TABLE hostile_empty', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 true; DROP TABLE hostile_empty must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'true) OR (true', 'a')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 3 = ''true) OR (true'': 22023 true) OR (true must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'a', NULL::text)::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): NULL in argument 4 (text): 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'a', '')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 4 = '''': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'a', 'no_such_thing')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 4 = ''no_such_thing'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'a', 'true; DROP TABLE hostile_empty')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 4 = ''true; DROP TABLE hostile_empty'': 22023 a must be a string, number or boolean');
SELECT throws_ok($q$SELECT mlcheck._literal('{}'::jsonb, 'a', 'a', 'true) OR (true')::text$q$, '22023', NULL,
    'mlcheck._literal(jsonb,text,text,text): argument 4 = ''true) OR (true'': 22023 a must be a string, number or boolean');

-- covers: mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean)
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): sane arguments');
SELECT is((SELECT mlcheck._map_result(NULL::bigint, 1::int8, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": false, "element_count": null, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NULL in argument 1 (bigint)');
SELECT is((SELECT mlcheck._map_result(0::bigint, 1::int8, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": true, "element_count": 0, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 1 = 0');
SELECT is((SELECT mlcheck._map_result(-1::bigint, 1::int8, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": false, "element_count": -1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 1 = -1');
SELECT is((SELECT mlcheck._map_result(2147483647::bigint, 1::int8, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": false, "element_count": 2147483647, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 1 = 2147483647');
SELECT is((SELECT mlcheck._map_result(1::int8, NULL::bigint, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": null, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": null, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NULL in argument 2 (bigint)');
SELECT is((SELECT mlcheck._map_result(1::int8, 0::bigint, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": true, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": null, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 2 = 0');
SELECT is((SELECT mlcheck._map_result(1::int8, -1::bigint, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": true, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": null, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 2 = -1');
SELECT is((SELECT mlcheck._map_result(1::int8, 2147483647::bigint, 1::int8, 0.5::float8, '{}'::jsonb, true)::text), '{"success": true, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 0.00000004656612875245797, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 2 = 2147483647');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, NULL::bigint, 0.5::float8, '{}'::jsonb, true)::text), '{"success": null, "element_count": 1, "missing_count": null, "unexpected_count": null, "unexpected_percent": null, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NULL in argument 3 (bigint)');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 0::bigint, 0.5::float8, '{}'::jsonb, true)::text), '{"success": true, "element_count": 1, "missing_count": null, "unexpected_count": 0, "unexpected_percent": 0, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 3 = 0');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, -1::bigint, 0.5::float8, '{}'::jsonb, true)::text), '{"success": true, "element_count": 1, "missing_count": null, "unexpected_count": -1, "unexpected_percent": -100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 3 = -1');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 2147483647::bigint, 0.5::float8, '{}'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 2147483647, "unexpected_percent": 214748364700, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 3 = 2147483647');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, NULL::double precision, '{}'::jsonb, true)::text), '{"success": null, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NULL in argument 4 (double precision)');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 'NaN'::double precision, '{}'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NaN in argument 4');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 'Infinity'::double precision, '{}'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): Infinity in argument 4');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, '-Infinity'::double precision, '{}'::jsonb, true)::text), '{"success": true, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): -Infinity in argument 4');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 0.5::float8, NULL::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": null}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NULL in argument 5 (jsonb)');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 0.5::float8, 'null'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": null}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 5 = ''null''');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 0.5::float8, '[]'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": []}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 5 = ''[]''');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 0.5::float8, '{"bins": -1, "threshold": "NaN"}'::jsonb, true)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {"bins": -1, "threshold": "NaN"}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): argument 5 = ''{"bins": -1, "threshold": "NaN"}''');
SELECT is((SELECT mlcheck._map_result(1::int8, 1::int8, 1::int8, 0.5::float8, '{}'::jsonb, NULL::boolean)::text), '{"success": false, "element_count": 1, "missing_count": null, "unexpected_count": 1, "unexpected_percent": 100, "partial_unexpected_list": {}}',
    'mlcheck._map_result(bigint,bigint,bigint,double precision,jsonb,boolean): NULL in argument 6 (boolean)');

-- covers: mlcheck._n_values(numeric)
SELECT is((SELECT mlcheck._n_values(0.5::numeric)::text), '0.5 values',
    'mlcheck._n_values(numeric): sane arguments');
SELECT is((SELECT mlcheck._n_values(NULL::numeric)::text), NULL,
    'mlcheck._n_values(numeric): NULL in argument 1 (numeric): NULL');
SELECT is((SELECT mlcheck._n_values('NaN'::numeric)::text), 'NaN values',
    'mlcheck._n_values(numeric): NaN in argument 1');
SELECT is((SELECT mlcheck._n_values('Infinity'::numeric)::text), 'Infinity values',
    'mlcheck._n_values(numeric): Infinity in argument 1');
SELECT is((SELECT mlcheck._n_values('-Infinity'::numeric)::text), '-Infinity values',
    'mlcheck._n_values(numeric): -Infinity in argument 1');

-- covers: mlcheck._options(jsonb,jsonb,text)
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{}'::jsonb, 'a')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): sane arguments: NULL');
SELECT is((SELECT mlcheck._options(NULL::jsonb, '{}'::jsonb, 'a')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): NULL in argument 1 (jsonb): NULL');
SELECT throws_ok($q$SELECT mlcheck._options('null'::jsonb, '{}'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 1 = ''null'': 22023 the options of a must be a JSON object');
SELECT throws_ok($q$SELECT mlcheck._options('[]'::jsonb, '{}'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 1 = ''[]'': 22023 the options of a must be a JSON object');
SELECT throws_ok($q$SELECT mlcheck._options('{"bins": -1, "threshold": "NaN"}'::jsonb, '{}'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 unknown option "bins" of a');
SELECT is((SELECT mlcheck._options('{}'::jsonb, NULL::jsonb, 'a')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): NULL in argument 2 (jsonb): NULL');
SELECT throws_ok($q$SELECT mlcheck._options('{}'::jsonb, 'null'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 2 = ''null'': 22023 cannot call jsonb_each on a non-object');
SELECT throws_ok($q$SELECT mlcheck._options('{}'::jsonb, '[]'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 2 = ''[]'': 22023 cannot call jsonb_each on a non-object');
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{}'::jsonb, NULL::text)::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): NULL in argument 3 (text): NULL');
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{}'::jsonb, '')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 3 = '''': NULL');
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{}'::jsonb, 'no_such_thing')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 3 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{}'::jsonb, 'true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 3 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._options('{}'::jsonb, '{}'::jsonb, 'true) OR (true')::text), NULL,
    'mlcheck._options(jsonb,jsonb,text): argument 3 = ''true) OR (true'': NULL');

-- covers: mlcheck._pct(double precision)
SELECT is((SELECT mlcheck._pct(0.5::float8)::text), '50%',
    'mlcheck._pct(double precision): sane arguments');
SELECT is((SELECT mlcheck._pct(NULL::double precision)::text), NULL,
    'mlcheck._pct(double precision): NULL in argument 1 (double precision): NULL');
SELECT is((SELECT mlcheck._pct('NaN'::double precision)::text), 'NaN%',
    'mlcheck._pct(double precision): NaN in argument 1');
SELECT is((SELECT mlcheck._pct('Infinity'::double precision)::text), 'Infinity%',
    'mlcheck._pct(double precision): Infinity in argument 1');
SELECT is((SELECT mlcheck._pct('-Infinity'::double precision)::text), '-Infinity%',
    'mlcheck._pct(double precision): -Infinity in argument 1');

-- covers: mlcheck._profile_expr(text,oid)
SELECT is((SELECT mlcheck._profile_expr('a', NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): sane arguments: NULL');
SELECT is((SELECT mlcheck._profile_expr(NULL::text, NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): NULL in argument 1 (text): NULL');
SELECT is((SELECT mlcheck._profile_expr('', NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): argument 1 = '''': NULL');
SELECT is((SELECT mlcheck._profile_expr('no_such_thing', NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): argument 1 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._profile_expr('true; DROP TABLE hostile_empty', NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): argument 1 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._profile_expr('true) OR (true', NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): argument 1 = ''true) OR (true'': NULL');
SELECT is((SELECT mlcheck._profile_expr('a', NULL::oid)::text), NULL,
    'mlcheck._profile_expr(text,oid): NULL in argument 2 (oid): NULL');

-- covers: mlcheck._profile_kind(oid)
SELECT is((SELECT mlcheck._profile_kind(NULL::oid)::text), NULL,
    'mlcheck._profile_kind(oid): sane arguments: NULL');
SELECT is((SELECT mlcheck._profile_kind(NULL::oid)::text), NULL,
    'mlcheck._profile_kind(oid): NULL in argument 1 (oid): NULL');

-- covers: mlcheck._rp_anomalies(jsonb,text,text,text)
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): sane arguments: NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies(NULL::jsonb, 'a', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('null'::jsonb, 'a', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 1 = ''null'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('[]'::jsonb, 'a', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 1 = ''[]'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, NULL::text, 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): NULL in argument 2 (text): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, '', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 2 = '''': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'no_such_thing', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 2 = ''no_such_thing'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'true; DROP TABLE hostile_empty', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 2 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'true) OR (true', 'a', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 2 = ''true) OR (true'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', NULL::text, 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): NULL in argument 3 (text): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', '', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 3 = '''': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'no_such_thing', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 3 = ''no_such_thing'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'true; DROP TABLE hostile_empty', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 3 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'true) OR (true', 'a') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 3 = ''true) OR (true'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'a', NULL::text) s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): NULL in argument 4 (text): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'a', '') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 4 = '''': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'a', 'no_such_thing') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 4 = ''no_such_thing'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'a', 'true; DROP TABLE hostile_empty') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 4 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._rp_anomalies('{}'::jsonb, 'a', 'a', 'true) OR (true') s), NULL,
    'mlcheck._rp_anomalies(jsonb,text,text,text): argument 4 = ''true) OR (true'': NULL');

-- covers: mlcheck._rp_chart(jsonb,text)
SELECT is((SELECT mlcheck._rp_chart('{}'::jsonb, 'a')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): sane arguments: NULL');
SELECT is((SELECT mlcheck._rp_chart(NULL::jsonb, 'a')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._rp_chart('null'::jsonb, 'a')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 1 = ''null'': NULL');
SELECT is((SELECT mlcheck._rp_chart('[]'::jsonb, 'a')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 1 = ''[]'': NULL');
SELECT is((SELECT mlcheck._rp_chart('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT mlcheck._rp_chart('{}'::jsonb, NULL::text)::text), NULL,
    'mlcheck._rp_chart(jsonb,text): NULL in argument 2 (text): NULL');
SELECT is((SELECT mlcheck._rp_chart('{}'::jsonb, '')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 2 = '''': NULL');
SELECT is((SELECT mlcheck._rp_chart('{}'::jsonb, 'no_such_thing')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 2 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._rp_chart('{}'::jsonb, 'true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 2 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._rp_chart('{}'::jsonb, 'true) OR (true')::text), NULL,
    'mlcheck._rp_chart(jsonb,text): argument 2 = ''true) OR (true'': NULL');

-- covers: mlcheck._rp_chart_svg(jsonb,text,boolean)
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, 'a', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): sane arguments: 22023 invalid chart: "format" must be a number');
SELECT is((SELECT mlcheck._rp_chart_svg(NULL::jsonb, 'a', true)::text), NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): NULL in argument 1 (jsonb): NULL');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('null'::jsonb, 'a', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 1 = ''null'': 22023 invalid chart: a chart is a JSON object');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('[]'::jsonb, 'a', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 1 = ''[]'': 22023 invalid chart: a chart is a JSON object');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid chart: "format" must be a number');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, NULL::text, true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): NULL in argument 2 (text): 22023 invalid chart: "format" must be a number');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, '', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 2 = '''': 22023 invalid chart: "format" must be a number');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, 'no_such_thing', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 2 = ''no_such_thing'': 22023 invalid chart: "format" must be a number');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, 'true; DROP TABLE hostile_empty', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 invalid chart: "format" must be a number');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, 'true) OR (true', true)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): argument 2 = ''true) OR (true'': 22023 invalid chart: "format" must be a number');
SELECT throws_ok($q$SELECT mlcheck._rp_chart_svg('{}'::jsonb, 'a', NULL::boolean)::text$q$, '22023', NULL,
    'mlcheck._rp_chart_svg(jsonb,text,boolean): NULL in argument 3 (boolean): 22023 invalid chart: "format" must be a number');

-- covers: mlcheck._rp_fmt_exact(double precision)
SELECT is((SELECT mlcheck._rp_fmt_exact(0.5::float8)::text), '0.5',
    'mlcheck._rp_fmt_exact(double precision): sane arguments');
SELECT is((SELECT mlcheck._rp_fmt_exact(NULL::double precision)::text), NULL,
    'mlcheck._rp_fmt_exact(double precision): NULL in argument 1 (double precision): NULL');
SELECT is((SELECT mlcheck._rp_fmt_exact('NaN'::double precision)::text), 'NaN',
    'mlcheck._rp_fmt_exact(double precision): NaN in argument 1');
SELECT is((SELECT mlcheck._rp_fmt_exact('Infinity'::double precision)::text), 'Infinity',
    'mlcheck._rp_fmt_exact(double precision): Infinity in argument 1');
SELECT is((SELECT mlcheck._rp_fmt_exact('-Infinity'::double precision)::text), '-Infinity',
    'mlcheck._rp_fmt_exact(double precision): -Infinity in argument 1');

-- covers: mlcheck._rp_fmt_num(double precision)
SELECT is((SELECT mlcheck._rp_fmt_num(0.5::float8)::text), '0.5',
    'mlcheck._rp_fmt_num(double precision): sane arguments');
SELECT is((SELECT mlcheck._rp_fmt_num(NULL::double precision)::text), NULL,
    'mlcheck._rp_fmt_num(double precision): NULL in argument 1 (double precision): NULL');
SELECT is((SELECT mlcheck._rp_fmt_num('NaN'::double precision)::text), 'NaN',
    'mlcheck._rp_fmt_num(double precision): NaN in argument 1');
SELECT is((SELECT mlcheck._rp_fmt_num('Infinity'::double precision)::text), 'Infinity',
    'mlcheck._rp_fmt_num(double precision): Infinity in argument 1');
SELECT is((SELECT mlcheck._rp_fmt_num('-Infinity'::double precision)::text), '-Infinity',
    'mlcheck._rp_fmt_num(double precision): -Infinity in argument 1');

-- covers: mlcheck._rp_jfloat(jsonb)
SELECT is((SELECT mlcheck._rp_jfloat('{}'::jsonb)::text), NULL,
    'mlcheck._rp_jfloat(jsonb): sane arguments: NULL');
SELECT is((SELECT mlcheck._rp_jfloat(NULL::jsonb)::text), NULL,
    'mlcheck._rp_jfloat(jsonb): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._rp_jfloat('null'::jsonb)::text), NULL,
    'mlcheck._rp_jfloat(jsonb): argument 1 = ''null'': NULL');
SELECT is((SELECT mlcheck._rp_jfloat('[]'::jsonb)::text), NULL,
    'mlcheck._rp_jfloat(jsonb): argument 1 = ''[]'': NULL');
SELECT is((SELECT mlcheck._rp_jfloat('{"bins": -1, "threshold": "NaN"}'::jsonb)::text), NULL,
    'mlcheck._rp_jfloat(jsonb): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');

-- covers: mlcheck._rp_jtext(jsonb)
SELECT is((SELECT mlcheck._rp_jtext('{}'::jsonb)::text), '{}',
    'mlcheck._rp_jtext(jsonb): sane arguments');
SELECT is((SELECT mlcheck._rp_jtext(NULL::jsonb)::text), NULL,
    'mlcheck._rp_jtext(jsonb): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT mlcheck._rp_jtext('null'::jsonb)::text), 'null',
    'mlcheck._rp_jtext(jsonb): argument 1 = ''null''');
SELECT is((SELECT mlcheck._rp_jtext('[]'::jsonb)::text), '[]',
    'mlcheck._rp_jtext(jsonb): argument 1 = ''[]''');
SELECT is((SELECT mlcheck._rp_jtext('{"bins": -1, "threshold": "NaN"}'::jsonb)::text), '{"bins": -1, "threshold": "NaN"}',
    'mlcheck._rp_jtext(jsonb): argument 1 = ''{"bins": -1, "threshold": "NaN"}''');

-- covers: mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean)
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): sane arguments: 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): NULL in argument 1 (text[]): 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg('{}'::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '2202E', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 1 = ''{}'': 2202E metrics, candidate and baseline must have the same length');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg('{NULL}'::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '2202E', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 1 = ''{NULL}'': 2202E metrics, candidate and baseline must have the same length');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg('{no_such_column}'::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '2202E', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 1 = ''{no_such_column}'': 2202E metrics, candidate and baseline must have the same length');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], NULL::double precision[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): NULL in argument 2 (double precision[]): 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{}'::double precision[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 2 = ''{}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{NULL}'::double precision[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 2 = ''{NULL}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{1,2,3}'::double precision[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 2 = ''{1,2,3}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{NaN,Infinity}'::double precision[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 2 = ''{NaN,Infinity}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{{1,2},{3,4}}'::double precision[], '{0.25,0.75}'::float8[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 2 = ''{{1,2},{3,4}}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], NULL::double precision[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): NULL in argument 3 (double precision[]): 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{}'::double precision[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 3 = ''{}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{NULL}'::double precision[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 3 = ''{NULL}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{1,2,3}'::double precision[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 3 = ''{1,2,3}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{NaN,Infinity}'::double precision[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 3 = ''{NaN,Infinity}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{{1,2},{3,4}}'::double precision[], 'a', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 3 = ''{{1,2},{3,4}}'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], NULL::text, true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): NULL in argument 4 (text): 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], '', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 4 = '''': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'no_such_thing', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 4 = ''no_such_thing'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'true; DROP TABLE hostile_empty', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 4 = ''true; DROP TABLE hostile_empty'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'true) OR (true', true)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): argument 4 = ''true) OR (true'': 22004 metrics, candidate and baseline must not be null');
SELECT throws_ok($q$SELECT mlcheck._rp_metrics_svg(NULL::text[], '{0.25,0.75}'::float8[], '{0.25,0.75}'::float8[], 'a', NULL::boolean)::text$q$, '22004', NULL,
    'mlcheck._rp_metrics_svg(text[],double precision[],double precision[],text,boolean): NULL in argument 5 (boolean): 22004 metrics, candidate and baseline must not be null');

-- covers: mlcheck._rp_num_cell(double precision)
SELECT is((SELECT mlcheck._rp_num_cell(0.5::float8)::text), '<td class="num" title="0.5">0.5</td>',
    'mlcheck._rp_num_cell(double precision): sane arguments');
SELECT is((SELECT mlcheck._rp_num_cell(NULL::double precision)::text), '<td class="num"></td>',
    'mlcheck._rp_num_cell(double precision): NULL in argument 1 (double precision)');
SELECT is((SELECT mlcheck._rp_num_cell('NaN'::double precision)::text), '<td class="num" title="NaN">NaN</td>',
    'mlcheck._rp_num_cell(double precision): NaN in argument 1');
SELECT is((SELECT mlcheck._rp_num_cell('Infinity'::double precision)::text), '<td class="num" title="Infinity">Infinity</td>',
    'mlcheck._rp_num_cell(double precision): Infinity in argument 1');
SELECT is((SELECT mlcheck._rp_num_cell('-Infinity'::double precision)::text), '<td class="num" title="-Infinity">-Infinity</td>',
    'mlcheck._rp_num_cell(double precision): -Infinity in argument 1');

-- covers: mlcheck._rp_rank(text)
SELECT is((SELECT mlcheck._rp_rank('a')::text), NULL,
    'mlcheck._rp_rank(text): sane arguments: NULL');
SELECT is((SELECT mlcheck._rp_rank(NULL::text)::text), NULL,
    'mlcheck._rp_rank(text): NULL in argument 1 (text): NULL');
SELECT is((SELECT mlcheck._rp_rank('')::text), NULL,
    'mlcheck._rp_rank(text): argument 1 = '''': NULL');
SELECT is((SELECT mlcheck._rp_rank('no_such_thing')::text), NULL,
    'mlcheck._rp_rank(text): argument 1 = ''no_such_thing'': NULL');
SELECT is((SELECT mlcheck._rp_rank('true; DROP TABLE hostile_empty')::text), NULL,
    'mlcheck._rp_rank(text): argument 1 = ''true; DROP TABLE hostile_empty'': NULL');
SELECT is((SELECT mlcheck._rp_rank('true) OR (true')::text), NULL,
    'mlcheck._rp_rank(text): argument 1 = ''true) OR (true'': NULL');

-- covers: mlcheck._rp_utc(timestamp with time zone)
SELECT is((SELECT mlcheck._rp_utc('2024-01-01'::timestamptz)::text), '2024-01-01 00:00:00.000 UTC',
    'mlcheck._rp_utc(timestamp with time zone): sane arguments');
SELECT is((SELECT mlcheck._rp_utc(NULL::timestamp with time zone)::text), '&#8211;',
    'mlcheck._rp_utc(timestamp with time zone): NULL in argument 1 (timestamp with time zone)');

-- covers: mlcheck._sample_sql(text,text)
SELECT is((SELECT mlcheck._sample_sql('a', 'a')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::a) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(a) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): sane arguments');
SELECT is((SELECT mlcheck._sample_sql(NULL::text, 'a')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::a) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest() WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): NULL in argument 1 (text)');
SELECT is((SELECT mlcheck._sample_sql('', 'a')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::a) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest() WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 1 = ''''');
SELECT is((SELECT mlcheck._sample_sql('no_such_thing', 'a')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::a) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(no_such_thing) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 1 = ''no_such_thing''');
SELECT is((SELECT mlcheck._sample_sql('true; DROP TABLE hostile_empty', 'a')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::a) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(true; DROP TABLE hostile_empty) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 1 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._sample_sql('true) OR (true', 'a')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::a) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(true) OR (true) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 1 = ''true) OR (true''');
SELECT is((SELECT mlcheck._sample_sql('a', NULL::text)::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(a) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck._sample_sql('a', '')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(a) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 2 = ''''');
SELECT is((SELECT mlcheck._sample_sql('a', 'no_such_thing')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::no_such_thing) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(a) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._sample_sql('a', 'true; DROP TABLE hostile_empty')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::true; DROP TABLE hostile_empty) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(a) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._sample_sql('a', 'true) OR (true')::text), '(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::true) OR (true) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(a) WITH ORDINALITY AS x(v, o))',
    'mlcheck._sample_sql(text,text): argument 2 = ''true) OR (true''');

-- covers: mlcheck._schema_check_band(jsonb,text)
SELECT is((SELECT mlcheck._schema_check_band('{}'::jsonb, 'a')::text), '',
    'mlcheck._schema_check_band(jsonb,text): sane arguments');
SELECT is((SELECT mlcheck._schema_check_band(NULL::jsonb, 'a')::text), '',
    'mlcheck._schema_check_band(jsonb,text): NULL in argument 1 (jsonb)');
SELECT throws_ok($q$SELECT mlcheck._schema_check_band('null'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_band(jsonb,text): argument 1 = ''null'': 22023 invalid schema at a: a band is an object {"minimum": n, "maximum": n}');
SELECT throws_ok($q$SELECT mlcheck._schema_check_band('[]'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_band(jsonb,text): argument 1 = ''[]'': 22023 invalid schema at a: a band is an object {"minimum": n, "maximum": n}');
SELECT throws_ok($q$SELECT mlcheck._schema_check_band('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_band(jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at a.bins: unknown member "bins" (known: minimum, maximum)');
SELECT is((SELECT mlcheck._schema_check_band('{}'::jsonb, NULL::text)::text), '',
    'mlcheck._schema_check_band(jsonb,text): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck._schema_check_band('{}'::jsonb, '')::text), '',
    'mlcheck._schema_check_band(jsonb,text): argument 2 = ''''');
SELECT is((SELECT mlcheck._schema_check_band('{}'::jsonb, 'no_such_thing')::text), '',
    'mlcheck._schema_check_band(jsonb,text): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._schema_check_band('{}'::jsonb, 'true; DROP TABLE hostile_empty')::text), '',
    'mlcheck._schema_check_band(jsonb,text): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._schema_check_band('{}'::jsonb, 'true) OR (true')::text), '',
    'mlcheck._schema_check_band(jsonb,text): argument 2 = ''true) OR (true''');

-- covers: mlcheck._schema_check_comparator(jsonb,text)
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{}'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): sane arguments: 22023 invalid schema at a.method: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator(NULL::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): NULL in argument 1 (jsonb): 22023 invalid schema at a.method: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('null'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 1 = ''null'': 22023 invalid schema at a: a comparator is an object {"method": ..., "threshold": ...}');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('[]'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 1 = ''[]'': 22023 invalid schema at a: a comparator is an object {"method": ..., "threshold": ...}');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at a.bins: unknown member "bins" (known: method, threshold)');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{}'::jsonb, NULL::text)::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): NULL in argument 2 (text): 22023 invalid schema at <NULL>: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{}'::jsonb, '')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 2 = '''': 22023 invalid schema at .method: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{}'::jsonb, 'no_such_thing')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 2 = ''no_such_thing'': 22023 invalid schema at no_such_thing.method: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{}'::jsonb, 'true; DROP TABLE hostile_empty')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 invalid schema at true; DROP TABLE hostile_empty.method: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');
SELECT throws_ok($q$SELECT mlcheck._schema_check_comparator('{}'::jsonb, 'true) OR (true')::text$q$, '22023', NULL,
    'mlcheck._schema_check_comparator(jsonb,text): argument 2 = ''true) OR (true'': 22023 invalid schema at true) OR (true.method: a comparator method is one of infinity_norm, jensen_shannon_divergence, linf, js, psi, kl, hellinger, wasserstein, ks, chi2, z, cvm, anderson, auto');

-- covers: mlcheck._schema_check_severity(jsonb,text,text[])
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'a', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): sane arguments');
SELECT is((SELECT mlcheck._schema_check_severity(NULL::jsonb, 'a', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): NULL in argument 1 (jsonb)');
SELECT throws_ok($q$SELECT mlcheck._schema_check_severity('null'::jsonb, 'a', NULL::text[])::text$q$, '22023', NULL,
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 1 = ''null'': 22023 invalid schema at a: severity maps anomaly kinds to "error", "warning" or "info"');
SELECT throws_ok($q$SELECT mlcheck._schema_check_severity('[]'::jsonb, 'a', NULL::text[])::text$q$, '22023', NULL,
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 1 = ''[]'': 22023 invalid schema at a: severity maps anomaly kinds to "error", "warning" or "info"');
SELECT throws_ok($q$SELECT mlcheck._schema_check_severity('{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', NULL::text[])::text$q$, '22023', NULL,
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at a.bins: a severity is "error", "warning" or "info"');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, NULL::text, NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, '', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 2 = ''''');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'no_such_thing', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'true; DROP TABLE hostile_empty', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'true) OR (true', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 2 = ''true) OR (true''');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'a', NULL::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): NULL in argument 3 (text[])');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'a', '{}'::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 3 = ''{}''');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'a', '{NULL}'::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 3 = ''{NULL}''');
SELECT is((SELECT mlcheck._schema_check_severity('{}'::jsonb, 'a', '{no_such_column}'::text[])::text), '',
    'mlcheck._schema_check_severity(jsonb,text,text[]): argument 3 = ''{no_such_column}''');

-- covers: mlcheck._schema_error(text,text,jsonb)
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'a', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): sane arguments: 22023 invalid schema at a: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error(NULL::text, 'a', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): NULL in argument 1 (text): 22023 invalid schema at <NULL>: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('', 'a', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 1 = '''': 22023 invalid schema at : a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('no_such_thing', 'a', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 1 = ''no_such_thing'': 22023 invalid schema at no_such_thing: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('true; DROP TABLE hostile_empty', 'a', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 1 = ''true; DROP TABLE hostile_empty'': 22023 invalid schema at true; DROP TABLE hostile_empty: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('true) OR (true', 'a', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 1 = ''true) OR (true'': 22023 invalid schema at true) OR (true: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', NULL::text, '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): NULL in argument 2 (text): 22023 invalid schema at a: <NULL>');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', '', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 2 = '''': 22023 invalid schema at a: ');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'no_such_thing', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 2 = ''no_such_thing'': 22023 invalid schema at a: no_such_thing');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'true; DROP TABLE hostile_empty', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 2 = ''true; DROP TABLE hostile_empty'': 22023 invalid schema at a: true; DROP TABLE hostile_empty');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'true) OR (true', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 2 = ''true) OR (true'': 22023 invalid schema at a: true) OR (true');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'a', NULL::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): NULL in argument 3 (jsonb): 22023 invalid schema at a: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'a', 'null'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 3 = ''null'': 22023 invalid schema at a: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'a', '[]'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 3 = ''[]'': 22023 invalid schema at a: a');
SELECT throws_ok($q$SELECT mlcheck._schema_error('a', 'a', '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck._schema_error(text,text,jsonb): argument 3 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at a: a');

-- covers: mlcheck._type_kind(oid)
SELECT is((SELECT mlcheck._type_kind(NULL::oid)::text), NULL,
    'mlcheck._type_kind(oid): sane arguments: NULL');
SELECT is((SELECT mlcheck._type_kind(NULL::oid)::text), NULL,
    'mlcheck._type_kind(oid): NULL in argument 1 (oid): NULL');

-- covers: mlcheck._unique_index(regclass,smallint)
SELECT is((SELECT mlcheck._unique_index('hostile_t'::regclass, 3::int2)::text), 'false',
    'mlcheck._unique_index(regclass,smallint): sane arguments');
SELECT is((SELECT mlcheck._unique_index(NULL::regclass, 3::int2)::text), NULL,
    'mlcheck._unique_index(regclass,smallint): NULL in argument 1 (regclass): NULL');
SELECT is((SELECT mlcheck._unique_index('hostile_empty'::regclass, 3::int2)::text), 'false',
    'mlcheck._unique_index(regclass,smallint): argument 1 = ''hostile_empty''');
SELECT is((SELECT mlcheck._unique_index('hostile_one'::regclass, 3::int2)::text), 'false',
    'mlcheck._unique_index(regclass,smallint): argument 1 = ''hostile_one''');
SELECT lives_ok($q$SELECT mlcheck._unique_index('pg_class'::regclass, 3::int2)::text$q$,
    'mlcheck._unique_index(regclass,smallint): argument 1 = ''pg_class'' (result depends on the database)');
SELECT is((SELECT mlcheck._unique_index('hostile_t'::regclass, NULL::smallint)::text), NULL,
    'mlcheck._unique_index(regclass,smallint): NULL in argument 2 (smallint): NULL');
SELECT is((SELECT mlcheck._unique_index('hostile_t'::regclass, 0::smallint)::text), 'false',
    'mlcheck._unique_index(regclass,smallint): argument 2 = 0');
SELECT is((SELECT mlcheck._unique_index('hostile_t'::regclass, -1::smallint)::text), 'false',
    'mlcheck._unique_index(regclass,smallint): argument 2 = -1');
SELECT throws_ok($q$SELECT mlcheck._unique_index('hostile_t'::regclass, 2147483647::smallint)::text$q$, '22003', NULL,
    'mlcheck._unique_index(regclass,smallint): argument 2 = 2147483647: 22003 smallint out of range');

-- covers: mlcheck._validate_facts(jsonb,jsonb)
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('{}'::jsonb, '{}'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): sane arguments: NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts(NULL::jsonb, '{}'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): NULL in argument 1 (jsonb): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('null'::jsonb, '{}'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): argument 1 = ''null'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('[]'::jsonb, '{}'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): argument 1 = ''[]'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('{"bins": -1, "threshold": "NaN"}'::jsonb, '{}'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('{}'::jsonb, NULL::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): NULL in argument 2 (jsonb): NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('{}'::jsonb, 'null'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): argument 2 = ''null'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('{}'::jsonb, '[]'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): argument 2 = ''[]'': NULL');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck._validate_facts('{}'::jsonb, '{"bins": -1, "threshold": "NaN"}'::jsonb) s), NULL,
    'mlcheck._validate_facts(jsonb,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': NULL');

-- covers: mlcheck._violated(jsonb)
SELECT is((SELECT mlcheck._violated('{}'::jsonb)::text), 'false',
    'mlcheck._violated(jsonb): sane arguments');
SELECT is((SELECT mlcheck._violated(NULL::jsonb)::text), 'false',
    'mlcheck._violated(jsonb): NULL in argument 1 (jsonb)');
SELECT is((SELECT mlcheck._violated('null'::jsonb)::text), 'false',
    'mlcheck._violated(jsonb): argument 1 = ''null''');
SELECT is((SELECT mlcheck._violated('[]'::jsonb)::text), 'false',
    'mlcheck._violated(jsonb): argument 1 = ''[]''');
SELECT is((SELECT mlcheck._violated('{"bins": -1, "threshold": "NaN"}'::jsonb)::text), 'false',
    'mlcheck._violated(jsonb): argument 1 = ''{"bins": -1, "threshold": "NaN"}''');

-- covers: mlcheck.anomaly_kinds()
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck.anomaly_kinds() s)), '2445b52334f8216ae918f04372b92a96',
    'mlcheck.anomaly_kinds(): sane arguments (md5 of 1248 characters)');

-- covers: mlcheck.check_schema(jsonb)
SELECT throws_ok($q$SELECT mlcheck.check_schema('{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.check_schema(jsonb): sane arguments: 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT is((SELECT mlcheck.check_schema(NULL::jsonb)::text), NULL,
    'mlcheck.check_schema(jsonb): NULL in argument 1 (jsonb): NULL');
SELECT throws_ok($q$SELECT mlcheck.check_schema('null'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.check_schema(jsonb): argument 1 = ''null'': 22023 invalid schema at $: a schema is a JSON object');
SELECT throws_ok($q$SELECT mlcheck.check_schema('[]'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.check_schema(jsonb): argument 1 = ''[]'': 22023 invalid schema at $: a schema is a JSON object');
SELECT throws_ok($q$SELECT mlcheck.check_schema('{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.check_schema(jsonb): argument 1 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at $.bins: unknown member "bins" (known: schema_version, description, inferred_from, row_count, additional_columns, severity, drift_baseline, skew_baseline, columns)');

-- covers: mlcheck.count_sample(text,boolean,integer,boolean)
SELECT is((SELECT mlcheck.count_sample(t, b, 3, true)::text FROM hostile_t ), '{3,3,2,3,a,b,b,c,a}',
    'mlcheck.count_sample(text,boolean,integer,boolean): sample of six rows');
SELECT is((SELECT mlcheck.count_sample(t, b, 3, true)::text FROM hostile_empty ), '{0,0,0,0}',
    'mlcheck.count_sample(text,boolean,integer,boolean): no rows');
SELECT is((SELECT mlcheck.count_sample(t, b, 3, true)::text FROM hostile_one ), '{1,0,1,0,a}',
    'mlcheck.count_sample(text,boolean,integer,boolean): one row');
SELECT is((SELECT mlcheck.count_sample(NULL::text, b, 3, true)::text FROM hostile_t ), '{0,0,0,0}',
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 1 (text) on every row');
SELECT is((SELECT mlcheck.count_sample(CASE WHEN id = 3 THEN NULL ELSE t END, b, 3, true)::text FROM hostile_t ), '{2,3,2,3,a,b,b,c,a}',
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 1 on one row');
SELECT is((SELECT mlcheck.count_sample(CASE WHEN id = 3 THEN '' ELSE t END, b, 3, true)::text FROM hostile_t ), '{3,3,3,3,a,"",b,b,c,a}',
    'mlcheck.count_sample(text,boolean,integer,boolean): argument 1 = '''' on one row');
SELECT is(md5((SELECT mlcheck.count_sample(CASE WHEN id = 3 THEN repeat('x', 100000) ELSE t END, b, 3, true)::text FROM hostile_t )), '477f3ba6f543158e470126e360c5053f',
    'mlcheck.count_sample(text,boolean,integer,boolean): argument 1 = repeat(''x'', 100000) on one row (md5 of 100020 characters)');
SELECT is((SELECT mlcheck.count_sample(t, NULL::boolean, 3, true)::text FROM hostile_t ), '{0,6,0,3,a,b,c}',
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 2 (boolean) on every row');
SELECT is((SELECT mlcheck.count_sample(t, CASE WHEN id = 3 THEN NULL ELSE b END, 3, true)::text FROM hostile_t ), '{2,4,2,3,a,b,b,a,c}',
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.count_sample(t, b, NULL::integer, true)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 3 (integer) on every row: 22004 the sample size and distinct flag of count_sample must not be null');
SELECT is((SELECT mlcheck.count_sample(t, b, CASE WHEN id = 3 THEN NULL ELSE 3 END, true)::text FROM hostile_t ), '{3,3,2,3,a,b,b,c,a}',
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 3 on one row');
SELECT is((SELECT mlcheck.count_sample(t, b, 0::integer, true)::text FROM hostile_t ), '{3,3,0,0}',
    'mlcheck.count_sample(text,boolean,integer,boolean): argument 3 = 0');
SELECT throws_ok($q$SELECT mlcheck.count_sample(t, b, -1::integer, true)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.count_sample(text,boolean,integer,boolean): argument 3 = -1: 22023 sample size -1 of count_sample is out of range');
SELECT throws_ok($q$SELECT mlcheck.count_sample(t, b, 2147483647::integer, true)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.count_sample(text,boolean,integer,boolean): argument 3 = 2147483647: 22023 sample size 2147483647 of count_sample is out of range');
SELECT throws_ok($q$SELECT mlcheck.count_sample(t, b, 3, NULL::boolean)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 4 (boolean) on every row: 22004 the sample size and distinct flag of count_sample must not be null');
SELECT is((SELECT mlcheck.count_sample(t, b, 3, CASE WHEN id = 3 THEN NULL ELSE true END)::text FROM hostile_t ), '{3,3,2,3,a,b,b,c,a}',
    'mlcheck.count_sample(text,boolean,integer,boolean): NULL in argument 4 on one row');

-- covers: mlcheck.expect(regclass,text,text,jsonb)
SELECT is((SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text), '(t,6,,0,0,[],,)',
    'mlcheck.expect(regclass,text,text,jsonb): sane arguments');
SELECT throws_ok($q$SELECT mlcheck.expect(NULL::regclass, 'b', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '22004', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): NULL in argument 1 (regclass): 22004 the relation and the expectation of expect must not be null');
SELECT is((SELECT mlcheck.expect('hostile_empty'::regclass, 'b', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text), '(t,0,,0,,[],,)',
    'mlcheck.expect(regclass,text,text,jsonb): argument 1 = ''hostile_empty''');
SELECT is((SELECT mlcheck.expect('hostile_one'::regclass, 'b', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text), '(t,1,,0,0,[],,)',
    'mlcheck.expect(regclass,text,text,jsonb): argument 1 = ''hostile_one''');
SELECT throws_ok($q$SELECT mlcheck.expect('pg_class'::regclass, 'b', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 1 = ''pg_class'': 42703 column "b" of relation pg_class does not exist');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, NULL::text, 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '22004', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): NULL in argument 2 (text): 22004 expect_column_values_to_not_be_null needs a column');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, '', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 2 = '''': 42703 column "" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'no_such_thing', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 2 = ''no_such_thing'': 42703 column "no_such_thing" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'true; DROP TABLE hostile_empty', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 2 = ''true; DROP TABLE hostile_empty'': 42703 column "true; DROP TABLE hostile_empty" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'true) OR (true', 'expect_column_values_to_not_be_null', '{}'::jsonb)::text$q$, '42703', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 2 = ''true) OR (true'': 42703 column "true) OR (true" of relation hostile_t does not exist');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', NULL::text, '{}'::jsonb)::text$q$, '22004', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): NULL in argument 3 (text): 22004 the relation and the expectation of expect must not be null');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', '', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 3 = '''': 22023 unknown expectation ""');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'no_such_thing', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 3 = ''no_such_thing'': 22023 unknown expectation "no_such_thing"');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'true; DROP TABLE hostile_empty', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 3 = ''true; DROP TABLE hostile_empty'': 22023 unknown expectation "true; DROP TABLE hostile_empty"');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'true) OR (true', '{}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 3 = ''true) OR (true'': 22023 unknown expectation "true) OR (true"');
SELECT is((SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'expect_column_values_to_not_be_null', NULL::jsonb)::text), '(t,6,,0,0,[],,)',
    'mlcheck.expect(regclass,text,text,jsonb): NULL in argument 4 (jsonb)');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'expect_column_values_to_not_be_null', 'null'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 4 = ''null'': 22023 the parameters of expect_column_values_to_not_be_null must be a JSON object');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'expect_column_values_to_not_be_null', '[]'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 4 = ''[]'': 22023 the parameters of expect_column_values_to_not_be_null must be a JSON object');
SELECT throws_ok($q$SELECT mlcheck.expect('hostile_t'::regclass, 'b', 'expect_column_values_to_not_be_null', '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.expect(regclass,text,text,jsonb): argument 4 = ''{"bins": -1, "threshold": "NaN"}'': 22023 unknown parameter "bins" for expect_column_values_to_not_be_null');

-- covers: mlcheck.expect_all(regclass,jsonb)
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_t'::regclass, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.expect_all(regclass,jsonb): sane arguments: 22023 a suite must be an array of expectations or an object with an "expectations" array');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all(NULL::regclass, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.expect_all(regclass,jsonb): NULL in argument 1 (regclass): 22004 the relation and the suite of expect_all must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_empty'::regclass, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.expect_all(regclass,jsonb): argument 1 = ''hostile_empty'': 22023 a suite must be an array of expectations or an object with an "expectations" array');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_one'::regclass, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.expect_all(regclass,jsonb): argument 1 = ''hostile_one'': 22023 a suite must be an array of expectations or an object with an "expectations" array');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('pg_class'::regclass, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.expect_all(regclass,jsonb): argument 1 = ''pg_class'': 22023 a suite must be an array of expectations or an object with an "expectations" array');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_t'::regclass, NULL::jsonb) s$q$, '22004', NULL,
    'mlcheck.expect_all(regclass,jsonb): NULL in argument 2 (jsonb): 22004 the relation and the suite of expect_all must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_t'::regclass, 'null'::jsonb) s$q$, '22023', NULL,
    'mlcheck.expect_all(regclass,jsonb): argument 2 = ''null'': 22023 a suite must be an array of expectations or an object with an "expectations" array');
SELECT is((SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_t'::regclass, '[]'::jsonb) s), NULL,
    'mlcheck.expect_all(regclass,jsonb): argument 2 = ''[]'': NULL');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.expect_all('hostile_t'::regclass, '{"bins": -1, "threshold": "NaN"}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.expect_all(regclass,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': 22023 a suite must be an array of expectations or an object with an "expectations" array');

-- covers: mlcheck.expectation_types()
SELECT is(md5((SELECT string_agg(s::text, ' | ') FROM mlcheck.expectation_types() s)), 'be4a29bcd4ec29c3772440d0b54beecc',
    'mlcheck.expectation_types(): sane arguments (md5 of 3292 characters)');

-- covers: mlcheck.first_distinct_values(text,integer)
SELECT is((SELECT mlcheck.first_distinct_values(t, 3)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_distinct_values(text,integer): sample of six rows');
SELECT is((SELECT mlcheck.first_distinct_values(t, 3)::text FROM hostile_empty ), '{}',
    'mlcheck.first_distinct_values(text,integer): no rows');
SELECT is((SELECT mlcheck.first_distinct_values(t, 3)::text FROM hostile_one ), '{a}',
    'mlcheck.first_distinct_values(text,integer): one row');
SELECT is((SELECT mlcheck.first_distinct_values(NULL::text, 3)::text FROM hostile_t ), '{}',
    'mlcheck.first_distinct_values(text,integer): NULL in argument 1 (text) on every row');
SELECT is((SELECT mlcheck.first_distinct_values(CASE WHEN id = 3 THEN NULL ELSE t END, 3)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_distinct_values(text,integer): NULL in argument 1 on one row');
SELECT is((SELECT mlcheck.first_distinct_values(CASE WHEN id = 3 THEN '' ELSE t END, 3)::text FROM hostile_t ), '{a,b,""}',
    'mlcheck.first_distinct_values(text,integer): argument 1 = '''' on one row');
SELECT is(md5((SELECT mlcheck.first_distinct_values(CASE WHEN id = 3 THEN repeat('x', 100000) ELSE t END, 3)::text FROM hostile_t )), '57afd339ee2c9dbddc1427365ed0d174',
    'mlcheck.first_distinct_values(text,integer): argument 1 = repeat(''x'', 100000) on one row (md5 of 100006 characters)');
SELECT throws_ok($q$SELECT mlcheck.first_distinct_values(t, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.first_distinct_values(text,integer): NULL in argument 2 (integer) on every row: 22004 the sample size of first_values must not be null');
SELECT is((SELECT mlcheck.first_distinct_values(t, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_distinct_values(text,integer): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.first_distinct_values(t, 0::integer)::text FROM hostile_t ), '{}',
    'mlcheck.first_distinct_values(text,integer): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.first_distinct_values(t, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_distinct_values(text,integer): argument 2 = -1: 22023 sample size -1 of first_values is out of range');
SELECT throws_ok($q$SELECT mlcheck.first_distinct_values(t, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_distinct_values(text,integer): argument 2 = 2147483647: 22023 sample size 2147483647 of first_values is out of range');

-- covers: mlcheck.first_values(text,integer)
SELECT is((SELECT mlcheck.first_values(t, 3)::text FROM hostile_t ), '{a,b,a}',
    'mlcheck.first_values(text,integer): sample of six rows');
SELECT is((SELECT mlcheck.first_values(t, 3)::text FROM hostile_empty ), '{}',
    'mlcheck.first_values(text,integer): no rows');
SELECT is((SELECT mlcheck.first_values(t, 3)::text FROM hostile_one ), '{a}',
    'mlcheck.first_values(text,integer): one row');
SELECT is((SELECT mlcheck.first_values(NULL::text, 3)::text FROM hostile_t ), '{}',
    'mlcheck.first_values(text,integer): NULL in argument 1 (text) on every row');
SELECT is((SELECT mlcheck.first_values(CASE WHEN id = 3 THEN NULL ELSE t END, 3)::text FROM hostile_t ), '{a,b,c}',
    'mlcheck.first_values(text,integer): NULL in argument 1 on one row');
SELECT is((SELECT mlcheck.first_values(CASE WHEN id = 3 THEN '' ELSE t END, 3)::text FROM hostile_t ), '{a,b,""}',
    'mlcheck.first_values(text,integer): argument 1 = '''' on one row');
SELECT is(md5((SELECT mlcheck.first_values(CASE WHEN id = 3 THEN repeat('x', 100000) ELSE t END, 3)::text FROM hostile_t )), '57afd339ee2c9dbddc1427365ed0d174',
    'mlcheck.first_values(text,integer): argument 1 = repeat(''x'', 100000) on one row (md5 of 100006 characters)');
SELECT throws_ok($q$SELECT mlcheck.first_values(t, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.first_values(text,integer): NULL in argument 2 (integer) on every row: 22004 the sample size of first_values must not be null');
SELECT is((SELECT mlcheck.first_values(t, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t ), '{a,b,a}',
    'mlcheck.first_values(text,integer): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.first_values(t, 0::integer)::text FROM hostile_t ), '{}',
    'mlcheck.first_values(text,integer): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.first_values(t, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_values(text,integer): argument 2 = -1: 22023 sample size -1 of first_values is out of range');
SELECT throws_ok($q$SELECT mlcheck.first_values(t, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.first_values(text,integer): argument 2 = 2147483647: 22023 sample size 2147483647 of first_values is out of range');

-- covers: mlcheck.infer_schema(regclass,jsonb)
SELECT is(md5((SELECT mlcheck.infer_schema('hostile_t'::regclass, '{}'::jsonb)::text)), '9047273b0cf6519f08bfa2176208b959',
    'mlcheck.infer_schema(regclass,jsonb): sane arguments (md5 of 936 characters)');
SELECT throws_ok($q$SELECT mlcheck.infer_schema(NULL::regclass, '{}'::jsonb)::text$q$, '22004', NULL,
    'mlcheck.infer_schema(regclass,jsonb): NULL in argument 1 (regclass): 22004 the relation of infer_schema must not be null');
SELECT is(md5((SELECT mlcheck.infer_schema('hostile_empty'::regclass, '{}'::jsonb)::text)), 'fd8e8ac72f9fa103451f7aada2ef2d74',
    'mlcheck.infer_schema(regclass,jsonb): argument 1 = ''hostile_empty'' (md5 of 396 characters)');
SELECT is(md5((SELECT mlcheck.infer_schema('hostile_one'::regclass, '{}'::jsonb)::text)), '33bd31ddc6d91357bee6ec21b0822969',
    'mlcheck.infer_schema(regclass,jsonb): argument 1 = ''hostile_one'' (md5 of 769 characters)');
SELECT lives_ok($q$SELECT mlcheck.infer_schema('pg_class'::regclass, '{}'::jsonb)::text$q$,
    'mlcheck.infer_schema(regclass,jsonb): argument 1 = ''pg_class'' (result depends on the database)');
SELECT is(md5((SELECT mlcheck.infer_schema('hostile_t'::regclass, NULL::jsonb)::text)), '9047273b0cf6519f08bfa2176208b959',
    'mlcheck.infer_schema(regclass,jsonb): NULL in argument 2 (jsonb) (md5 of 936 characters)');
SELECT throws_ok($q$SELECT mlcheck.infer_schema('hostile_t'::regclass, 'null'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.infer_schema(regclass,jsonb): argument 2 = ''null'': 22023 the options of infer_schema must be a JSON object');
SELECT throws_ok($q$SELECT mlcheck.infer_schema('hostile_t'::regclass, '[]'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.infer_schema(regclass,jsonb): argument 2 = ''[]'': 22023 the options of infer_schema must be a JSON object');
SELECT throws_ok($q$SELECT mlcheck.infer_schema('hostile_t'::regclass, '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$, '22023', NULL,
    'mlcheck.infer_schema(regclass,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': 22023 unknown option "bins" of infer_schema');

-- covers: mlcheck.validate(regclass,jsonb,jsonb)
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '{}'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): sane arguments: 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate(NULL::regclass, '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): NULL in argument 1 (regclass): 22004 the relation and the schema of validate must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_empty'::regclass, '{}'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 1 = ''hostile_empty'': 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_one'::regclass, '{}'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 1 = ''hostile_one'': 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('pg_class'::regclass, '{}'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 1 = ''pg_class'': 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, NULL::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): NULL in argument 2 (jsonb): 22004 the relation and the schema of validate must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, 'null'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 2 = ''null'': 22023 invalid schema at $: a schema is a JSON object');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '[]'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 2 = ''[]'': 22023 invalid schema at $: a schema is a JSON object');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '{"bins": -1, "threshold": "NaN"}'::jsonb, '{}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at $.bins: unknown member "bins" (known: schema_version, description, inferred_from, row_count, additional_columns, severity, drift_baseline, skew_baseline, columns)');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '{}'::jsonb, NULL::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): NULL in argument 3 (jsonb): 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '{}'::jsonb, 'null'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 3 = ''null'': 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '{}'::jsonb, '[]'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 3 = ''[]'': 22023 invalid schema at $.columns: a schema needs "columns"');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate('hostile_t'::regclass, '{}'::jsonb, '{"bins": -1, "threshold": "NaN"}'::jsonb) s$q$, '22023', NULL,
    'mlcheck.validate(regclass,jsonb,jsonb): argument 3 = ''{"bins": -1, "threshold": "NaN"}'': 22023 invalid schema at $.columns: a schema needs "columns"');

-- covers: mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb)
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): sane arguments: 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): NULL in argument 1 (text[]): 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles('{}'::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 1 = ''{}'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles('{NULL}'::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 1 = ''{NULL}'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles('{no_such_column}'::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 1 = ''{no_such_column}'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): NULL in argument 2 (mlcheck.profile[]): 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], '{}'::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 2 = ''{}'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], '{NULL}'::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 2 = ''{NULL}'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], '{1,2,3}'::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 2 = ''{1,2,3}'': 22P02 invalid input syntax for type mlcheck.profile');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], '{NaN,Infinity}'::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 2 = ''{NaN,Infinity}'': 22P02 invalid input syntax for type mlcheck.profile');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], '{{1,2},{3,4}}'::mlcheck.profile[], '{}'::jsonb, '{}'::jsonb) s$q$, '22P02', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 2 = ''{{1,2},{3,4}}'': 22P02 invalid input syntax for type mlcheck.profile');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], NULL::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): NULL in argument 3 (jsonb): 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], 'null'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 3 = ''null'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '[]'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 3 = ''[]'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{"bins": -1, "threshold": "NaN"}'::jsonb, '{}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 3 = ''{"bins": -1, "threshold": "NaN"}'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, NULL::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): NULL in argument 4 (jsonb): 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, 'null'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 4 = ''null'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, '[]'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 4 = ''[]'': 22004 the column names, profiles and schema of validate_profiles must not be null');
SELECT throws_ok($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.validate_profiles(NULL::text[], NULL::mlcheck.profile[], '{}'::jsonb, '{"bins": -1, "threshold": "NaN"}'::jsonb) s$q$, '22004', NULL,
    'mlcheck.validate_profiles(text[],mlcheck.profile[],jsonb,jsonb): argument 4 = ''{"bins": -1, "threshold": "NaN"}'': 22004 the column names, profiles and schema of validate_profiles must not be null');

SELECT * FROM finish();
ROLLBACK;
