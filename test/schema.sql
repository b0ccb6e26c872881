-- pgTAP: schema inference and validation. Every anomaly kind shows up in a validation built to
-- produce it (and does not without its cause), errors have their SQLSTATEs, the API's shape,
-- privileges.
BEGIN;
SELECT plan(45);

SELECT has_function('mlcheck', 'infer_schema', ARRAY['regclass', 'jsonb'], 'infer_schema(regclass, jsonb) exists');
SELECT has_function('mlcheck', 'validate', ARRAY['regclass', 'jsonb', 'jsonb'], 'validate(regclass, jsonb, jsonb) exists');
SELECT has_function('mlcheck', 'validate_profiles', ARRAY['text[]', 'mlcheck.profile[]', 'jsonb', 'jsonb'],
	'validate_profiles(text[], profile[], jsonb, jsonb) exists');
SELECT has_function('mlcheck', 'check_schema', ARRAY['jsonb'], 'check_schema(jsonb) exists');
SELECT has_type('mlcheck', 'anomaly', 'type mlcheck.anomaly exists');
SELECT columns_are('mlcheck', 'anomaly', ARRAY['column_name', 'kind', 'severity', 'description', 'observed', 'expected'],
	'anomaly has the columns (column_name, kind, severity, description, observed, expected)');
SELECT function_returns('mlcheck', 'validate', ARRAY['regclass', 'jsonb', 'jsonb'], 'setof mlcheck.anomaly',
	'validate returns setof anomaly');
SELECT volatility_is('mlcheck', 'validate', ARRAY['regclass', 'jsonb', 'jsonb'], 'stable', 'validate is stable');
SELECT volatility_is('mlcheck', 'infer_schema', ARRAY['regclass', 'jsonb'], 'stable', 'infer_schema is stable');
SELECT is((SELECT count(*)::int FROM mlcheck.anomaly_kinds()), 14, 'fourteen anomaly kinds');

CREATE TABLE tr (id int, age int, country text, flag bool, name text);
INSERT INTO tr SELECT i, 20 + i % 40, (ARRAY['US', 'GB', 'DE'])[1 + i % 3], i % 2 = 0, 'n' || (i % 7) FROM generate_series(1, 90) i;
CREATE TABLE s AS SELECT mlcheck.infer_schema('tr') AS schema;
SELECT is((SELECT count(*)::int FROM mlcheck.validate('tr', (SELECT schema FROM s))), 0,
	'a table has no anomaly against the schema inferred from it');
SELECT is((SELECT schema -> 'columns' -> 'id' ->> 'unique' FROM s), 'true', 'an integer column of distinct values is inferred unique');
SELECT is((SELECT schema -> 'columns' -> 'country' -> 'enum' FROM s), '["DE", "GB", "US"]'::jsonb, 'the domain of a category is its sorted values');
SELECT is((SELECT schema -> 'columns' -> 'flag' -> 'enum' FROM s), '[false, true]'::jsonb, 'the domain of a boolean');
SELECT is((SELECT (schema -> 'columns' -> 'age' ->> 'minimum')::int FROM s), 20, 'the minimum of age');
SELECT is((SELECT (schema -> 'columns' -> 'age' ->> 'maximum')::int FROM s), 59, 'the maximum of age');
SELECT is((SELECT schema -> 'row_count' FROM s), '{"minimum": 45, "maximum": 135}'::jsonb, 'the row-count band: 90 * (1 -+ 0.5)');

-- one validation per anomaly kind; kinds() returns the kinds a validation reports
CREATE FUNCTION pg_temp.kinds(rel regclass, schema jsonb) RETURNS text[] LANGUAGE sql AS
$$ SELECT COALESCE(array_agg(kind ORDER BY kind), '{}') FROM mlcheck.validate(rel, schema) $$;
CREATE TABLE v1 (id int, age int, country text, flag bool, extra int);
INSERT INTO v1 SELECT i % 20, CASE WHEN i % 10 = 0 THEN NULL ELSE 10 + i END, CASE WHEN i = 1 THEN 'XX' ELSE 'US' END, true, i
FROM generate_series(1, 30) i;
SELECT ok('row_count_out_of_band' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'row_count_out_of_band: 30 rows, band 45..135');
SELECT ok('missing_column' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'missing_column: name');
SELECT ok('unexpected_column' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'unexpected_column: extra');
SELECT ok(NOT 'unexpected_column' = ANY (pg_temp.kinds('v1', (SELECT schema || '{"additional_columns": true}' FROM s))),
	'no unexpected_column with additional_columns');
SELECT ok('presence_below_minimum' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'presence_below_minimum: nulls in age');
SELECT ok('values_outside_domain' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'values_outside_domain: XX');
SELECT ok('new_values_above_fraction' = ANY (pg_temp.kinds('v1', (SELECT jsonb_set(schema, '{columns,country,max_new_value_fraction}', '0.01') FROM s))),
	'new_values_above_fraction: 1/30 outside, 1% tolerated');
SELECT ok(NOT 'new_values_above_fraction' = ANY (pg_temp.kinds('v1', (SELECT jsonb_set(schema, '{columns,country,max_new_value_fraction}', '0.05') FROM s)))
	AND NOT 'values_outside_domain' = ANY (pg_temp.kinds('v1', (SELECT jsonb_set(schema, '{columns,country,max_new_value_fraction}', '0.05') FROM s))),
	'1/30 outside is tolerated under 5%');
SELECT ok('below_minimum' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'below_minimum: ages from 11, id 0');
SELECT ok('above_maximum' = ANY (pg_temp.kinds('v1', '{"columns": {"id": {"maximum": 10}}, "additional_columns": true}')), 'above_maximum: id up to 19');
SELECT ok('not_unique' = ANY (pg_temp.kinds('v1', (SELECT schema FROM s))), 'not_unique: id repeats');
SELECT ok('distinct_count_out_of_band' = ANY (pg_temp.kinds('v1', '{"columns": {"country": {"distinct_count": {"minimum": 3}}}, "additional_columns": true}')),
	'distinct_count_out_of_band: 2 countries, at least 3 wanted');
SELECT ok('string_length_out_of_band' = ANY (pg_temp.kinds('v1', '{"columns": {"country": {"max_length": 1}}, "additional_columns": true}')), 'string_length_out_of_band');
SELECT ok('type_mismatch' = ANY (pg_temp.kinds('v1', '{"columns": {"id": {"type": "bigint"}}, "additional_columns": true}')), 'type_mismatch: integer, not bigint');
SELECT ok(NOT 'type_mismatch' = ANY (pg_temp.kinds('v1', '{"columns": {"id": {"type": "int4"}}, "additional_columns": true}')), 'int4 names integer');

-- severities: defaults, overridden for the schema and for a column
SELECT is((SELECT severity FROM mlcheck.validate('v1', (SELECT schema FROM s)) WHERE kind = 'unexpected_column'), 'warning', 'unexpected_column is a warning');
SELECT is((SELECT severity FROM mlcheck.validate('v1', (SELECT schema || '{"severity": {"unexpected_column": "error"}}' FROM s)) WHERE kind = 'unexpected_column'),
	'error', 'a schema overrides a severity');
SELECT is((SELECT severity FROM mlcheck.validate('v1', (SELECT jsonb_set(schema, '{columns,age,severity}', '{"below_minimum": "info"}') FROM s))
	WHERE kind = 'below_minimum' AND column_name = 'age'), 'info', 'a column overrides a severity');

-- validate_profiles reports what validate reports, from the profiles alone
SELECT is((SELECT array_agg(kind ORDER BY column_name, kind) FROM (SELECT array_agg(column_name) AS n, array_agg(profile) AS p FROM mlcheck.profile_table('v1')) x,
		mlcheck.validate_profiles(x.n, x.p, (SELECT schema FROM s))),
	(SELECT array_agg(kind ORDER BY column_name, kind) FROM mlcheck.validate('v1', (SELECT schema FROM s))),
	'validate_profiles finds the same anomalies as validate');

-- errors
SELECT throws_ok($$SELECT mlcheck.check_schema('{"columns": {"age": {"minimum": "x"}}}')$$, '22023',
	'invalid schema at $.columns.age.minimum: expected a number', 'an invalid schema names the JSON path: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.validate('tr', '{"columns": {"age": {"enum": ["x"]}}}')$$, '22023', NULL,
	'an enum value that is not of the column type: 22023');
SELECT throws_ok($$SELECT mlcheck.infer_schema('tr', '{"nope": 1}')$$, '22023', NULL, 'an unknown option: 22023');
SELECT throws_ok($$SELECT mlcheck.infer_schema('tr', '{"columns": ["nope"]}')$$, '42703', NULL, 'an unknown column in options: 42703');
SELECT throws_ok($$SELECT * FROM mlcheck.validate('tr', '{"columns": {}}', '{"drift_baseline": "nope"}')$$, '42P01', NULL,
	'a missing baseline relation: 42P01');
SELECT throws_ok($$SELECT * FROM mlcheck.validate('tr', '{"columns": {}}', '{"drift_baseline": "tr"}')$$, '42703', NULL,
	'a baseline relation without (column_name, profile): 42703');
SELECT throws_ok($$SELECT * FROM mlcheck.validate_profiles('{a}', '{}', '{"columns": {}}')$$, '2202E', NULL,
	'column names and profiles of different lengths: 2202E');
SELECT throws_ok($$SELECT * FROM mlcheck.validate('tr', NULL)$$, '22004', NULL, 'a NULL schema: 22004');

-- privileges: validation reads the relation as the calling user
CREATE ROLE mlcheck_schema_reader;
SET LOCAL ROLE mlcheck_schema_reader;
SELECT throws_ok($$SELECT * FROM mlcheck.validate('tr', '{"columns": {}}')$$, '42501', NULL,
	'a user without SELECT on the table gets 42501');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
