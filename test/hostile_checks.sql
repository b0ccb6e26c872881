-- pgTAP: hostile input for the checks runner (src/checks.c and its SQL/PL/pgSQL functions, internal _ck_ helpers included), drafted by test/reliability/hostile_gen.py, reviewed. VOLATILE functions run through pg_temp.hostile_try: their outcome is pinned and their effects undone.
-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.
BEGIN;
SELECT plan(438);
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

-- covers: mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): sane arguments: error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check(NULL::text, 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 1 (text): error:22023 a check needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 1 = '''': error:22023 a check needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('no_such_thing', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 1 = ''no_such_thing'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('true; DROP TABLE hostile_empty', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 1 = ''true; DROP TABLE hostile_empty'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('true) OR (true', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 1 = ''true) OR (true'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', NULL::text, 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 2 (text): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', '', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 2 = '''': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'no_such_thing', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 2 = ''no_such_thing'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'true; DROP TABLE hostile_empty', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 2 = ''true; DROP TABLE hostile_empty'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'true) OR (true', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 2 = ''true) OR (true'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', NULL::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 3 (regclass): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_empty'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 3 = ''hostile_empty'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_one'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 3 = ''hostile_one'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'pg_class'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 3 = ''pg_class'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 4 (text[]): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, '{}'::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 4 = ''{}'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, '{NULL}'::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 4 = ''{NULL}'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, '{no_such_column}'::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 4 = ''{no_such_column}'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], NULL::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 5 (jsonb): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], 'null'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 5 = ''null'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '[]'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 5 = ''[]'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{"bins": -1, "threshold": "NaN"}'::jsonb, 'a', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 5 = ''{"bins": -1, "threshold": "NaN"}'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, NULL::text, 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 6 (text): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, '', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 6 = '''': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'no_such_thing', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 6 = ''no_such_thing'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'true; DROP TABLE hostile_empty', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 6 = ''true; DROP TABLE hostile_empty'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'true) OR (true', 'a', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 6 = ''true) OR (true'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', NULL::text, true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 7 (text): error:22023 severity must be warn or fail, not NULL');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', '', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 7 = '''': error:22023 severity must be warn or fail, not ');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'no_such_thing', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 7 = ''no_such_thing'': error:22023 severity must be warn or fail, not no_such_thing');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'true; DROP TABLE hostile_empty', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 7 = ''true; DROP TABLE hostile_empty'': error:22023 severity must be warn or fail, not true; DROP TABLE hostile_empty');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'true) OR (true', true, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 7 = ''true) OR (true'': error:22023 severity must be warn or fail, not true) OR (true');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', NULL::boolean, 'a', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 8 (boolean): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, NULL::text, true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 9 (text): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, '', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 9 = '''': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'no_such_thing', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 9 = ''no_such_thing'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'true; DROP TABLE hostile_empty', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 9 = ''true; DROP TABLE hostile_empty'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'true) OR (true', true, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): argument 9 = ''true) OR (true'': error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', NULL::boolean, true)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 10 (boolean): error:22023 severity must be warn or fail, not a');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.add_check('a', 'a', 'hostile_t'::regclass, NULL::text[], '{}'::jsonb, 'a', 'a', true, 'a', true, NULL::boolean)::text$q$), 'error:22023',
    'mlcheck.add_check(text,text,regclass,text[],jsonb,text,text,boolean,text,boolean,boolean): NULL in argument 11 (boolean): error:22023 severity must be warn or fail, not a');

-- covers: mlcheck.alert_payload(bigint,text,text[],boolean,regrole)
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): sane arguments');
SELECT is((SELECT mlcheck.alert_payload(NULL::bigint, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): NULL in argument 1 (bigint)');
SELECT is((SELECT mlcheck.alert_payload(0::bigint, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 1 = 0');
SELECT is((SELECT mlcheck.alert_payload(-1::bigint, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 1 = -1');
SELECT is((SELECT mlcheck.alert_payload(2147483647::bigint, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 1 = 2147483647');
SELECT is((SELECT mlcheck.alert_payload(1::int8, NULL::text, NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): NULL in argument 2 (text)');
SELECT is((SELECT mlcheck.alert_payload(1::int8, '', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 2 = ''''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'no_such_thing', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 2 = ''no_such_thing''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'true; DROP TABLE hostile_empty', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 2 = ''true; DROP TABLE hostile_empty''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'true) OR (true', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 2 = ''true) OR (true''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): NULL in argument 3 (text[])');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', '{}'::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 3 = ''{}''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', '{NULL}'::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 3 = ''{NULL}''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', '{no_such_column}'::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): argument 3 = ''{no_such_column}''');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', NULL::text[], NULL::boolean, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): NULL in argument 4 (boolean)');
SELECT is((SELECT mlcheck.alert_payload(1::int8, 'a', NULL::text[], true, NULL::regrole)::text), '{"as_of": null, "stage": null, "counts": {"fail": null, "pass": null, "warn": null, "error": null, "checks": null, "blocking": null}, "run_by": null, "run_id": null, "status": null, "omitted": 0, "results": [], "selector": null, "started_at": null, "finished_at": null}',
    'mlcheck.alert_payload(bigint,text,text[],boolean,regrole): NULL in argument 5 (regrole)');

-- covers: mlcheck.assert_passed(bigint)
SELECT throws_ok($q$SELECT mlcheck.assert_passed(1::int8)::text$q$, 'ML002', NULL,
    'mlcheck.assert_passed(bigint): sane arguments: ML002 run 1 does not exist');
SELECT throws_ok($q$SELECT mlcheck.assert_passed(NULL::bigint)::text$q$, 'ML002', NULL,
    'mlcheck.assert_passed(bigint): NULL in argument 1 (bigint): ML002 no run of mlcheck.run_checks() by role postgres to assert');
SELECT throws_ok($q$SELECT mlcheck.assert_passed(0::bigint)::text$q$, 'ML002', NULL,
    'mlcheck.assert_passed(bigint): argument 1 = 0: ML002 run 0 does not exist');
SELECT throws_ok($q$SELECT mlcheck.assert_passed(-1::bigint)::text$q$, 'ML002', NULL,
    'mlcheck.assert_passed(bigint): argument 1 = -1: ML002 run -1 does not exist');
SELECT throws_ok($q$SELECT mlcheck.assert_passed(2147483647::bigint)::text$q$, 'ML002', NULL,
    'mlcheck.assert_passed(bigint): argument 1 = 2147483647: ML002 run 2147483647 does not exist');

-- covers: mlcheck.delete_results(interval,integer)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.delete_results('1 hour'::interval, 3)::text$q$), 'ok',
    'mlcheck.delete_results(interval,integer): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.delete_results(NULL::interval, 3)::text$q$), 'error:22023',
    'mlcheck.delete_results(interval,integer): NULL in argument 1 (interval): error:22023 older_than must be a non-negative interval');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.delete_results('1 hour'::interval, NULL::integer)::text$q$), 'error:22023',
    'mlcheck.delete_results(interval,integer): NULL in argument 2 (integer): error:22023 batch_size must be at least 1');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.delete_results('1 hour'::interval, 0::integer)::text$q$), 'error:22023',
    'mlcheck.delete_results(interval,integer): argument 2 = 0: error:22023 batch_size must be at least 1');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.delete_results('1 hour'::interval, -1::integer)::text$q$), 'error:22023',
    'mlcheck.delete_results(interval,integer): argument 2 = -1: error:22023 batch_size must be at least 1');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.delete_results('1 hour'::interval, 2147483647::integer)::text$q$), 'ok',
    'mlcheck.delete_results(interval,integer): argument 2 = 2147483647: ok');

-- covers: mlcheck.drop_baseline(text)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_baseline('a')::text$q$), 'ok',
    'mlcheck.drop_baseline(text): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_baseline(NULL::text)::text$q$), 'ok',
    'mlcheck.drop_baseline(text): NULL in argument 1 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_baseline('')::text$q$), 'ok',
    'mlcheck.drop_baseline(text): argument 1 = '''': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_baseline('no_such_thing')::text$q$), 'ok',
    'mlcheck.drop_baseline(text): argument 1 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_baseline('true; DROP TABLE hostile_empty')::text$q$), 'ok',
    'mlcheck.drop_baseline(text): argument 1 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_baseline('true) OR (true')::text$q$), 'ok',
    'mlcheck.drop_baseline(text): argument 1 = ''true) OR (true'': ok');

-- covers: mlcheck.drop_check(text)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_check('a')::text$q$), 'ok',
    'mlcheck.drop_check(text): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_check(NULL::text)::text$q$), 'ok',
    'mlcheck.drop_check(text): NULL in argument 1 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_check('')::text$q$), 'ok',
    'mlcheck.drop_check(text): argument 1 = '''': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_check('no_such_thing')::text$q$), 'ok',
    'mlcheck.drop_check(text): argument 1 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_check('true; DROP TABLE hostile_empty')::text$q$), 'ok',
    'mlcheck.drop_check(text): argument 1 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.drop_check('true) OR (true')::text$q$), 'ok',
    'mlcheck.drop_check(text): argument 1 = ''true) OR (true'': ok');

-- covers: mlcheck.evaluate_check(bigint,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.evaluate_check(1::int8, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck.evaluate_check(bigint,timestamp with time zone): sane arguments: error:42704 check 1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.evaluate_check(NULL::bigint, '2024-01-01'::timestamptz) s$q$), 'error:22004',
    'mlcheck.evaluate_check(bigint,timestamp with time zone): NULL in argument 1 (bigint): error:22004 check_id must not be null');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.evaluate_check(0::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck.evaluate_check(bigint,timestamp with time zone): argument 1 = 0: error:42704 check 0 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.evaluate_check(-1::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck.evaluate_check(bigint,timestamp with time zone): argument 1 = -1: error:42704 check -1 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.evaluate_check(2147483647::bigint, '2024-01-01'::timestamptz) s$q$), 'error:42704',
    'mlcheck.evaluate_check(bigint,timestamp with time zone): argument 1 = 2147483647: error:42704 check 2147483647 does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.evaluate_check(1::int8, NULL::timestamp with time zone) s$q$), 'error:22004',
    'mlcheck.evaluate_check(bigint,timestamp with time zone): NULL in argument 2 (timestamp with time zone): error:22004 as_of must not be null');

-- covers: mlcheck.purge_results(interval,integer)
SELECT is(pg_temp.hostile_try($q$CALL mlcheck.purge_results('1 hour'::interval, 3)$q$), 'error:2D000',
    'mlcheck.purge_results(interval,integer): sane arguments: error:2D000 invalid transaction termination');
SELECT is(pg_temp.hostile_try($q$CALL mlcheck.purge_results(NULL::interval, 3)$q$), 'error:22023',
    'mlcheck.purge_results(interval,integer): NULL in argument 1 (interval): error:22023 older_than must be a non-negative interval');
SELECT is(pg_temp.hostile_try($q$CALL mlcheck.purge_results('1 hour'::interval, NULL::integer)$q$), 'error:22023',
    'mlcheck.purge_results(interval,integer): NULL in argument 2 (integer): error:22023 batch_size must be at least 1');
SELECT is(pg_temp.hostile_try($q$CALL mlcheck.purge_results('1 hour'::interval, 0::integer)$q$), 'error:22023',
    'mlcheck.purge_results(interval,integer): argument 2 = 0: error:22023 batch_size must be at least 1');
SELECT is(pg_temp.hostile_try($q$CALL mlcheck.purge_results('1 hour'::interval, -1::integer)$q$), 'error:22023',
    'mlcheck.purge_results(interval,integer): argument 2 = -1: error:22023 batch_size must be at least 1');
SELECT is(pg_temp.hostile_try($q$CALL mlcheck.purge_results('1 hour'::interval, 2147483647::integer)$q$), 'error:2D000',
    'mlcheck.purge_results(interval,integer): argument 2 = 2147483647: error:2D000 invalid transaction termination');

-- covers: mlcheck.run_checks(text,text,timestamp with time zone)
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', 'a', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks(NULL::text, 'a', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): NULL in argument 1 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('', 'a', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 1 = '''': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('no_such_thing', 'a', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 1 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('true; DROP TABLE hostile_empty', 'a', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 1 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('true) OR (true', 'a', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 1 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', NULL::text, '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): NULL in argument 2 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', '', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 2 = '''': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', 'no_such_thing', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 2 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', 'true; DROP TABLE hostile_empty', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 2 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', 'true) OR (true', '2024-01-01'::timestamptz) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): argument 2 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT string_agg(s::text, ' | ') FROM mlcheck.run_checks('a', 'a', NULL::timestamp with time zone) s$q$), 'ok',
    'mlcheck.run_checks(text,text,timestamp with time zone): NULL in argument 3 (timestamp with time zone): ok');

-- covers: mlcheck.save_schema(text,jsonb,regclass)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '{}'::jsonb, 'hostile_t'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema(NULL::text, '{}'::jsonb, 'hostile_t'::regclass)::text$q$), 'error:22023',
    'mlcheck.save_schema(text,jsonb,regclass): NULL in argument 1 (text): error:22023 a schema needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('', '{}'::jsonb, 'hostile_t'::regclass)::text$q$), 'error:22023',
    'mlcheck.save_schema(text,jsonb,regclass): argument 1 = '''': error:22023 a schema needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('no_such_thing', '{}'::jsonb, 'hostile_t'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 1 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('true; DROP TABLE hostile_empty', '{}'::jsonb, 'hostile_t'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 1 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('true) OR (true', '{}'::jsonb, 'hostile_t'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 1 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', NULL::jsonb, 'hostile_t'::regclass)::text$q$), 'error:22023',
    'mlcheck.save_schema(text,jsonb,regclass): NULL in argument 2 (jsonb): error:22023 a schema must be a JSON object');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', 'null'::jsonb, 'hostile_t'::regclass)::text$q$), 'error:22023',
    'mlcheck.save_schema(text,jsonb,regclass): argument 2 = ''null'': error:22023 a schema must be a JSON object');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '[]'::jsonb, 'hostile_t'::regclass)::text$q$), 'error:22023',
    'mlcheck.save_schema(text,jsonb,regclass): argument 2 = ''[]'': error:22023 a schema must be a JSON object');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '{"bins": -1, "threshold": "NaN"}'::jsonb, 'hostile_t'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 2 = ''{"bins": -1, "threshold": "NaN"}'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '{}'::jsonb, NULL::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): NULL in argument 3 (regclass): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '{}'::jsonb, 'hostile_empty'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 3 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '{}'::jsonb, 'hostile_one'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 3 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.save_schema('a', '{}'::jsonb, 'pg_class'::regclass)::text$q$), 'ok',
    'mlcheck.save_schema(text,jsonb,regclass): argument 3 = ''pg_class'': ok');

-- covers: mlcheck.snapshot_baseline(text,regclass,text[],text,integer)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline(NULL::text, 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'error:22023',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): NULL in argument 1 (text): error:22023 a baseline needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('', 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'error:22023',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 1 = '''': error:22023 a baseline needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('no_such_thing', 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 1 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('true; DROP TABLE hostile_empty', 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 1 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('true) OR (true', 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 1 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', NULL::regclass, NULL::text[], 'true', 3)::text$q$), 'error:22004',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): NULL in argument 2 (regclass): error:22004 a baseline needs a relation');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_empty'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 2 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_one'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 2 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'pg_class'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 2 = ''pg_class'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): NULL in argument 3 (text[]): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, '{}'::text[], 'true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 3 = ''{}'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, '{NULL}'::text[], 'true', 3)::text$q$), 'error:22004',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 3 = ''{NULL}'': error:22004 column names must not be NULL');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, '{no_such_column}'::text[], 'true', 3)::text$q$), 'error:42703',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 3 = ''{no_such_column}'': error:42703 relation hostile_t has no column(s) no_such_column');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], NULL::text, 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): NULL in argument 4 (text): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], '', 3)::text$q$), 'error:42601',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 4 = '''': error:42601 syntax error at or near ")"');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'no_such_thing', 3)::text$q$), 'error:42703',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 4 = ''no_such_thing'': error:42703 column "no_such_thing" does not exist');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true; DROP TABLE hostile_empty', 3)::text$q$), 'error:42601',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 4 = ''true; DROP TABLE hostile_empty'': error:42601 syntax error at or near ";"');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true) OR (true', 3)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 4 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true', NULL::integer)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): NULL in argument 5 (integer): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true', 0::integer)::text$q$), 'ok',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 5 = 0: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true', -1::integer)::text$q$), 'error:22023',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 5 = -1: error:22023 exact_limit must be between 0 and 1000000');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_baseline('a', 'hostile_t'::regclass, NULL::text[], 'true', 2147483647::integer)::text$q$), 'error:22023',
    'mlcheck.snapshot_baseline(text,regclass,text[],text,integer): argument 5 = 2147483647: error:22023 exact_limit must be between 0 and 1000000');

-- covers: mlcheck.snapshot_schema(text,regclass,jsonb)
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_t'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): sane arguments: ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema(NULL::text, 'hostile_t'::regclass, '{}'::jsonb)::text$q$), 'error:22023',
    'mlcheck.snapshot_schema(text,regclass,jsonb): NULL in argument 1 (text): error:22023 a schema needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('', 'hostile_t'::regclass, '{}'::jsonb)::text$q$), 'error:22023',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 1 = '''': error:22023 a schema needs a name');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('no_such_thing', 'hostile_t'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 1 = ''no_such_thing'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('true; DROP TABLE hostile_empty', 'hostile_t'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 1 = ''true; DROP TABLE hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('true) OR (true', 'hostile_t'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 1 = ''true) OR (true'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', NULL::regclass, '{}'::jsonb)::text$q$), 'error:22004',
    'mlcheck.snapshot_schema(text,regclass,jsonb): NULL in argument 2 (regclass): error:22004 the relation of infer_schema must not be null');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_empty'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 2 = ''hostile_empty'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_one'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 2 = ''hostile_one'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'pg_class'::regclass, '{}'::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 2 = ''pg_class'': ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_t'::regclass, NULL::jsonb)::text$q$), 'ok',
    'mlcheck.snapshot_schema(text,regclass,jsonb): NULL in argument 3 (jsonb): ok');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_t'::regclass, 'null'::jsonb)::text$q$), 'error:22023',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 3 = ''null'': error:22023 the options of infer_schema must be a JSON object');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_t'::regclass, '[]'::jsonb)::text$q$), 'error:22023',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 3 = ''[]'': error:22023 the options of infer_schema must be a JSON object');
SELECT is(pg_temp.hostile_try($q$SELECT mlcheck.snapshot_schema('a', 'hostile_t'::regclass, '{"bins": -1, "threshold": "NaN"}'::jsonb)::text$q$), 'error:22023',
    'mlcheck.snapshot_schema(text,regclass,jsonb): argument 3 = ''{"bins": -1, "threshold": "NaN"}'': error:22023 unknown option "bins" of infer_schema');

SELECT * FROM finish();
ROLLBACK;
