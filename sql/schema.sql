-- Schemas: inference from one scan, validation with every anomaly kind, validation of stored
-- profiles, the schema checker's errors (each naming the JSON path), options, odd identifiers.
-- Hand-computed values are in the comments.
CREATE EXTENSION mlcheck;
\set SHOW_CONTEXT never

-- train: 100 rows. id 1..100 (primary key); age 20 + i % 50 (20..69); score i / 4 (0.25..25);
-- country US (i % 4 in 0, 1), GB (2), DE (3); code c0, c1, c2; premium every fifth; note NULL
-- every tenth row (presence 0.9), else 'note <i>' (6 to 8 characters, all distinct);
-- amount i * 1.5 (1.50..150.00); d a date; tags an array (not profiled).
CREATE TABLE train (id int PRIMARY KEY, age int, score float8, country text, code varchar(5),
	premium bool, note text, amount numeric(8,2), d date, tags int[]);
INSERT INTO train
SELECT i, 20 + i % 50, i / 4.0, CASE WHEN i % 4 IN (0, 1) THEN 'US' WHEN i % 4 = 2 THEN 'GB' ELSE 'DE' END,
	'c' || (i % 3), i % 5 = 0, CASE WHEN i % 10 = 0 THEN NULL ELSE 'note ' || i END, i * 1.5,
	date '2024-01-01' + i, ARRAY[i]
FROM generate_series(1, 100) i;

-- the inferred schema: ranges of numeric columns (exact bounds for integer and numeric types),
-- presence, uniqueness (id: primary key and an exact profile), domains of repeated categories
-- (country, code, premium; not note, whose values are all distinct), distinct-count bands
-- floor(3 * 0.75) = 2 .. ceil(3 * 1.25) = 4, length bands, row-count band 50..150
SELECT jsonb_pretty(mlcheck.infer_schema('train'));
-- a table validates against the schema inferred from it without any anomaly
SELECT * FROM mlcheck.validate('train', mlcheck.infer_schema('train'));
-- from its stored profiles too, but for tags, which has no profile (arrays are not profiled)
SELECT v.column_name, v.kind FROM (SELECT array_agg(column_name) AS n, array_agg(profile) AS p FROM mlcheck.profile_table('train')) s,
	mlcheck.validate_profiles(s.n, s.p, mlcheck.infer_schema('train')) v;

-- options: a subset of columns, no domains, slack on ranges (integers rounded outward, a
-- non-negative column stays non-negative), presence and lengths, no row count
SELECT jsonb_pretty(mlcheck.infer_schema('train', '{"columns": ["age", "score", "country", "note"], "domain": false,
	"range_slack": 0.5, "presence_slack": 0.05, "length_slack": 0.5, "row_count": false, "additional_columns": true}'));
-- age 20..69 widens by 0.5 * 49 = 24.5 to -4.5..93.5, clipped at 0 and rounded out: 0..94
SELECT mlcheck.infer_schema('train', '{"columns": ["age", "country"], "range_slack": 0.5, "max_domain_size": 2}') -> 'columns';
SELECT mlcheck.infer_schema('train', '{"unique": false, "range": false, "presence": false, "length": false, "distinct_count": false, "columns": ["id", "code"]}') -> 'columns';

-- serve: 40 rows with every anomaly kind (see the schema edits below)
--   id: 1..35, then 6, 7, 8 again (3 duplicates), 0 (below 1) and 101 (above 100)
--   age bigint (type differs, same kind): NULL in rows 8, 16, 24, 32, 40 (presence 35/40)
--   score text (another kind: no value checks)
--   country: 'XX' in rows 3 and 4 (2 / 40 = 5% outside), so 2 distinct values (band 3..4)
--   code: 'c9' in every fifth row (8) and 'c10' in row 1: 9 / 40 = 22.5% new, above 20%;
--     'c10' is 3 characters long (band 2..2)
--   extra: a column the schema does not know; note (not required), amount, d, tags missing
CREATE TABLE serve (id int, age bigint, score text, country text, code varchar(5), premium bool, extra int);
INSERT INTO serve
SELECT CASE WHEN i <= 35 THEN i WHEN i <= 38 THEN i - 30 WHEN i = 39 THEN 0 ELSE 101 END,
	CASE WHEN i % 8 = 0 THEN NULL ELSE 20 + i END, 'x',
	CASE WHEN i IN (3, 4) THEN 'XX' ELSE 'US' END,
	CASE WHEN i % 5 = 0 THEN 'c9' WHEN i = 1 THEN 'c10' ELSE 'c0' END, i % 2 = 0, i
FROM generate_series(1, 40) i;
CREATE TABLE edited AS
SELECT jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(mlcheck.infer_schema('train'),
	'{columns,code,max_new_value_fraction}', '0.2'),
	'{columns,note,required}', 'false'),
	'{columns,country,distinct_count,minimum}', '3'),
	'{severity}', '{"unexpected_column": "info"}'),
	'{columns,id,severity}', '{"below_minimum": "warning"}') AS schema;
-- table anomalies first, then columns in table order, then missing columns by name
SELECT column_name, kind, severity, description FROM mlcheck.validate('serve', (SELECT schema FROM edited));
SELECT column_name, kind, observed, expected FROM mlcheck.validate('serve', (SELECT schema FROM edited));
-- the samples of offending values are distinct values, at most sample_size of them
SELECT column_name, kind, observed -> 'sample' AS sample
FROM mlcheck.validate('serve', (SELECT schema FROM edited), '{"sample_size": 1}')
WHERE observed ? 'sample';
-- uniqueness from the distinct estimate instead of count(DISTINCT) (exact here: the profile is)
SELECT column_name, kind, observed FROM mlcheck.validate('serve', (SELECT schema FROM edited), '{"exact_unique": false}')
WHERE kind = 'not_unique';

-- the same from stored profiles: no types (the profile kind stands for them: age is numeric
-- either way, score is a text profile), tags has no profile (arrays are not profiled)
CREATE TABLE serve_profiles AS SELECT * FROM mlcheck.profile_table('serve');
SELECT v.column_name, v.kind, v.severity, v.description
FROM (SELECT array_agg(column_name ORDER BY column_name) AS n, array_agg(profile ORDER BY column_name) AS p FROM serve_profiles) s,
	mlcheck.validate_profiles(s.n, s.p, (SELECT schema FROM edited)) v;
SELECT v.column_name, v.kind
FROM (SELECT array_agg(column_name) AS n, array_agg(profile) AS p FROM serve_profiles) s,
	mlcheck.validate_profiles(s.n, s.p, (SELECT schema FROM edited), '{"skip_missing": true}') v;

-- an empty table: no presence or value anomaly, the row count is 0
CREATE TABLE serve_empty (LIKE train);
SELECT column_name, kind, description FROM mlcheck.validate('serve_empty', mlcheck.infer_schema('train'));
SELECT mlcheck.infer_schema('serve_empty');

-- NaN and infinities: inference leaves the side they are on open; validation counts NaN and
-- +Infinity above any maximum, -Infinity below any minimum
CREATE TABLE tn (x float8);
INSERT INTO tn VALUES (1), (2), ('Infinity');
SELECT mlcheck.infer_schema('tn') -> 'columns';
INSERT INTO tn VALUES ('NaN'), ('-Infinity'), (3);
SELECT column_name, kind, observed FROM mlcheck.validate('tn', '{"columns": {"x": {"type": "double precision", "minimum": 0, "maximum": 2}}}');
SELECT v.column_name, v.kind, v.observed
FROM (SELECT array_agg(column_name) AS n, array_agg(profile) AS p FROM mlcheck.profile_table('tn')) s,
	mlcheck.validate_profiles(s.n, s.p, '{"columns": {"x": {"type": "double precision", "minimum": 0, "maximum": 2}}}') v;

-- a hand-written schema: enums of numbers and booleans, bands, lengths, a non-nullable column
SELECT column_name, kind, observed, expected FROM mlcheck.validate('train', '{
	"row_count": {"maximum": 99},
	"columns": {
		"id": {"type": "int4", "enum": [1, 2, 3], "max_new_value_fraction": 0.9},
		"premium": {"enum": [false]},
		"note": {"nullable": false, "min_length": 7, "max_length": 7, "distinct_count": {"maximum": 10}},
		"score": {"minimum": 1.5, "maximum": 24.75}
	},
	"additional_columns": true}');

-- quotes, spaces, upper case and unicode in relation and column names
CREATE SCHEMA "Sch ""q""";
CREATE TABLE "Sch ""q"""."Tbl ü" ("Mixed Col" int, "sp ace" text, "q""uote" float8);
INSERT INTO "Sch ""q"""."Tbl ü" SELECT i, CASE WHEN i % 2 = 0 THEN 'a b' ELSE 'c' END, i FROM generate_series(1, 10) i;
CREATE TABLE odd_schema AS SELECT mlcheck.infer_schema('"Sch ""q"""."Tbl ü"') AS schema;
SELECT schema -> 'columns' FROM odd_schema;
-- a new row: 11 above the maximum 10, 'd' outside the domain, 0 below the minimum 1
INSERT INTO "Sch ""q"""."Tbl ü" VALUES (11, 'd', 0);
SELECT column_name, kind, description FROM mlcheck.validate('"Sch ""q"""."Tbl ü"', (SELECT schema FROM odd_schema));
SELECT column_name, kind FROM mlcheck.validate('"Sch ""q"""."Tbl ü"', '{"columns": {"sp ace": {"enum": ["a b"]}, "Missing \"Col\"": {}}}');

-- the anomaly kinds and their default severities
SELECT * FROM mlcheck.anomaly_kinds();

-- invalid schemas: the error names the JSON path
SELECT mlcheck.check_schema('{"columns": {"age": {"type": "integer", "minimum": "18"}}}');
SELECT mlcheck.check_schema('{"columns": {"age": {"type": "integer", "min": 18}}}');
SELECT mlcheck.check_schema('{"columns": {"my col": {"type": "intgr"}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"type": "text", "minimum": 1}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"type": "integer", "min_length": 1}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"minimum": 10, "maximum": 1}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"minimum": 1e400}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"min_length": 3, "max_length": 2}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"min_length": 2.5}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"min_presence": 1.5}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"nullable": "no"}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"enum": "a"}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"enum": [1, {"x": 1}]}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"max_new_value_fraction": 0.1}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"distinct_count": {"minimum": 5, "maximum": 2}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"distinct_count": {"min": 5}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"drift_comparator": {"method": "jsd", "threshold": 0.1}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"skew_comparator": {"method": "linf", "threshold": -1}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"skew_comparator": {"method": "linf"}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"severity": {"not_unique": "fatal"}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": {"severity": {"not_a_kind": "error"}}}}');
SELECT mlcheck.check_schema('{"columns": {"c": []}}');
SELECT mlcheck.check_schema('{"columns": []}');
SELECT mlcheck.check_schema('{"row_count": {"minimum": -1}, "columns": {}}');
SELECT mlcheck.check_schema('{"schema_version": 2, "columns": {}}');
SELECT mlcheck.check_schema('{"additional_columns": 1, "columns": {}}');
SELECT mlcheck.check_schema('{"colums": {}}');
SELECT mlcheck.check_schema('[]');
SELECT mlcheck.check_schema('{}');
SELECT mlcheck.check_schema(NULL) IS NULL AS null_in_null_out;
SELECT * FROM mlcheck.validate('serve', '{"columns": {"id": {"maximum": "10"}}}');

-- errors of infer_schema, validate and validate_profiles
SELECT mlcheck.infer_schema('train', '{"rnage": true}');
SELECT mlcheck.infer_schema('train', '{"range_slack": -1}');
SELECT mlcheck.infer_schema('train', '{"range_slack": "big"}');
SELECT mlcheck.infer_schema('train', '{"max_domain_size": 100000}');
SELECT mlcheck.infer_schema('train', '{"columns": ["nope"]}');
SELECT mlcheck.infer_schema('train', '[]');
SELECT mlcheck.infer_schema(NULL);
SELECT * FROM mlcheck.validate('serve', '{"columns": {}}', '{"sample_size": 5000}');
SELECT * FROM mlcheck.validate('serve', '{"columns": {}}', '{"samples": 5}');
SELECT * FROM mlcheck.validate('serve', '{"columns": {"country": {"enum": ["US"]}}}', '{"drift_baseline": "no_such_table"}');
SELECT * FROM mlcheck.validate('serve', '{"columns": {}, "skew_baseline": "train"}');
SELECT * FROM mlcheck.validate('serve', '{"columns": {"id": {"enum": ["one"]}}}');
SELECT * FROM mlcheck.validate('serve', NULL);
SELECT * FROM mlcheck.validate_profiles(ARRAY['a', 'b'], (SELECT array_agg(profile) FROM serve_profiles), '{"columns": {}}');
SELECT * FROM mlcheck.validate_profiles(ARRAY['a', 'a'], (SELECT array_agg(profile) FROM (SELECT profile FROM serve_profiles LIMIT 2) p), '{"columns": {}}');
SELECT * FROM mlcheck.validate_profiles(ARRAY['a', 'b'], ARRAY[(SELECT profile FROM serve_profiles LIMIT 1),
	(SELECT profile FROM mlcheck.profile_table('train') LIMIT 1)], '{"columns": {}}');
SELECT * FROM mlcheck.validate_profiles(ARRAY['a', NULL], (SELECT array_agg(profile) FROM (SELECT profile FROM serve_profiles LIMIT 2) p), '{"columns": {}}');
SELECT * FROM mlcheck.validate_profiles(NULL, NULL, '{"columns": {}}');

DROP TABLE train, serve, edited, serve_profiles, serve_empty, tn, odd_schema;
DROP SCHEMA "Sch ""q""" CASCADE;
DROP EXTENSION mlcheck;
