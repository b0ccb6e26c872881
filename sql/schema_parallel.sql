-- Forced-parallel plans (pattern of sql/parallel.sql) for the aggregate of this area:
-- first_values runs in Partial Aggregate nodes and its combine function merges the workers'
-- samples; expectations computed under these settings equal the serial results.
CREATE EXTENSION mlcheck;
CREATE TABLE par_e (g int, x float8, s text);
INSERT INTO par_e SELECT i % 7, (i * 7919 % 10007) / 97.0, CASE WHEN i % 11 = 0 THEN NULL ELSE 'v' || (i % 13) END
FROM generate_series(1, 100000) i;
ANALYZE par_e;
CREATE TEMP TABLE serial_fv AS
SELECT count(*) FILTER (WHERE x > 100) AS n,
	mlcheck.first_values(x::text, 5) FILTER (WHERE x > 100) AS sample,
	mlcheck.first_values(s, 1000) AS big
FROM par_e;
CREATE TEMP TABLE serial_groups AS
SELECT g, mlcheck.first_values(s, 3) AS sample FROM par_e GROUP BY g;
CREATE TEMP TABLE serial_expect AS
SELECT * FROM mlcheck.expect_all('par_e', '[
	{"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "max_value": 100}},
	{"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "s"}},
	{"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "s", "value_set": ["v1", "v2"]}},
	{"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "x", "min_value": 0}},
	{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 100000}}
]');
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT count(*) FILTER (WHERE x > 100), mlcheck.first_values(x::text, 5) FILTER (WHERE x > 100) FROM par_e;
-- the same count; a sample of the same size whose values all qualify (which ones depends on
-- which worker met them first)
SELECT p.n = s.n AS same_count,
	cardinality(p.sample) = cardinality(s.sample) AS same_size,
	(SELECT bool_and(v::float8 > 100) FROM unnest(p.sample) v) AS samples_qualify,
	cardinality(p.big) = 1000 AS big_full
FROM (SELECT count(*) FILTER (WHERE x > 100) AS n,
		mlcheck.first_values(x::text, 5) FILTER (WHERE x > 100) AS sample,
		mlcheck.first_values(s, 1000) AS big
	FROM par_e) p, serial_fv s;
EXPLAIN (COSTS OFF) SELECT g, mlcheck.first_values(s, 3) FROM par_e GROUP BY g;
SELECT g, cardinality(p.sample) AS k, p.sample <@ (SELECT array_agg(DISTINCT s) FROM par_e e WHERE e.g = p.g) AS from_group
FROM (SELECT g, mlcheck.first_values(s, 3) AS sample FROM par_e GROUP BY g) p ORDER BY g;
-- the distinct sample merges the workers' samples without repeating a value
SELECT cardinality(d.a) AS k, (SELECT count(DISTINCT x) FROM unnest(d.a) x) AS distinct_k,
	d.a <@ (SELECT array_agg(DISTINCT s) FROM par_e) AS from_column
FROM (SELECT mlcheck.first_distinct_values(s, 20) AS a FROM par_e) d;
EXPLAIN (COSTS OFF) SELECT mlcheck.first_distinct_values(s, 20) FROM par_e;
-- count_sample: the counts of both sides equal the serial counts; each sample holds at most n
-- distinct values of its side
EXPLAIN (COSTS OFF) SELECT mlcheck.count_sample(s, x < 50, 5, true) FILTER (WHERE x < 50 OR x > 100) FROM par_e;
SELECT c[1]::int8 = (SELECT count(*) FROM par_e WHERE x < 50 AND s IS NOT NULL) AS same_below,
	c[2]::int8 = (SELECT count(*) FROM par_e WHERE x > 100 AND s IS NOT NULL) AS same_above,
	c[3]::int <= 5 AND c[4]::int <= 5 AND cardinality(c) = 4 + c[3]::int + c[4]::int AS sizes_ok,
	(SELECT count(DISTINCT v) FROM unnest(c[5:4 + c[3]::int]) v) = c[3]::int AS distinct_below
FROM (SELECT mlcheck.count_sample(s, x < 50, 5, true) FILTER (WHERE x < 50 OR x > 100) AS c FROM par_e) q;
SELECT e.expectation_index, e.success = s.success AS same_success,
	e.element_count IS NOT DISTINCT FROM s.element_count AS same_elements,
	e.unexpected_count IS NOT DISTINCT FROM s.unexpected_count AS same_unexpected,
	e.missing_count IS NOT DISTINCT FROM s.missing_count AS same_missing,
	jsonb_array_length(e.partial_unexpected_list) IS NOT DISTINCT FROM jsonb_array_length(s.partial_unexpected_list) AS same_sample_size,
	abs((e.observed_value #>> '{}')::float8 - (s.observed_value #>> '{}')::float8) < 1e-9 * abs((s.observed_value #>> '{}')::float8) AS same_observed
FROM mlcheck.expect_all('par_e', '[
	{"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "max_value": 100}},
	{"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "s"}},
	{"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "s", "value_set": ["v1", "v2"]}},
	{"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "x", "min_value": 0}},
	{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 100000}}
]') e JOIN serial_expect s USING (expectation_index)
ORDER BY 1;
-- validate() under the same settings: the same anomalies with the same exact counts as serially
RESET ALL;
CREATE TEMP TABLE serial_validate AS
SELECT column_name, kind, observed FROM mlcheck.validate('par_e', '{"columns": {
	"x": {"minimum": 1, "maximum": 100}, "s": {"enum": ["v1", "v2"], "nullable": false, "max_length": 2},
	"g": {"maximum": 5, "distinct_count": {"maximum": 6}}}}');
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT v.column_name, v.kind, v.observed -> 'count' IS NOT DISTINCT FROM s.observed -> 'count' AS same_count,
	v.observed -> 'null_count' IS NOT DISTINCT FROM s.observed -> 'null_count' AS same_nulls,
	v.observed -> 'distinct_count' IS NOT DISTINCT FROM s.observed -> 'distinct_count' AS same_distinct,
	jsonb_array_length(v.observed -> 'sample') IS NOT DISTINCT FROM jsonb_array_length(s.observed -> 'sample') AS same_sample_size
FROM mlcheck.validate('par_e', '{"columns": {
	"x": {"minimum": 1, "maximum": 100}, "s": {"enum": ["v1", "v2"], "nullable": false, "max_length": 2},
	"g": {"maximum": 5, "distinct_count": {"maximum": 6}}}}') v
FULL JOIN serial_validate s USING (column_name, kind)
ORDER BY 1, 2;
RESET ALL;
DROP TABLE par_e;
DROP EXTENSION mlcheck;
