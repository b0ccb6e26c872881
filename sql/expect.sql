-- Expectations (Great Expectations semantics): every expectation passing and failing, NULLs,
-- empty tables, NaN/Infinity, odd identifiers, expect_all suites and every error.
-- Hand-computed values are in the comments next to the queries.
CREATE EXTENSION mlcheck;
\set SHOW_CONTEXT never

-- x: 1, 2, 2, 3, NULL, 10 in this physical order. 6 rows, 5 non-null, mean 18/5 = 3.6,
-- sample variance ((-2.6)^2 + 2 * (-1.6)^2 + (-0.6)^2 + 6.4^2) / 4 = 53.2 / 4 = 13.3,
-- stdev sqrt(13.3) = 3.646916505762094, median 2, sum 18, distinct {1, 2, 3, 10}.
CREATE TABLE t1 (x float8);
INSERT INTO t1 VALUES (1), (2), (2), (3), (NULL), (10);
CREATE FUNCTION run(rel regclass, col text, cases jsonb)
RETURNS TABLE(expectation text, params jsonb, success bool, element_count bigint,
	missing_count bigint, unexpected_count bigint, unexpected_percent float8,
	partial_unexpected_list jsonb, observed_value jsonb, details jsonb)
LANGUAGE sql AS $$
	SELECT c ->> 0, c -> 1, r.*
	FROM jsonb_array_elements(cases) c,
	LATERAL mlcheck.expect(rel, col, c ->> 0, c -> 1) r
$$;

-- column map expectations: element_count counts every row, missing_count the NULLs,
-- unexpected_percent = unexpected / non-null * 100, success = (non-null - unexpected) / non-null >= mostly
SELECT * FROM run('t1', 'x', '[
	["expect_column_values_to_not_be_null", {}],
	["column_values_to_not_be_null", {"mostly": 0.8}],
	["expect_column_values_to_be_null", {}],
	["expect_column_values_to_be_between", {"min_value": 1, "max_value": 3}],
	["expect_column_values_to_be_between", {"min_value": 1, "max_value": 3, "strict_min": true}],
	["expect_column_values_to_be_between", {"min_value": 1, "max_value": 3, "strict_min": true, "mostly": 0.6}],
	["expect_column_values_to_be_between", {"min_value": 1, "max_value": 3, "strict_min": true, "mostly": 0.61}],
	["expect_column_values_to_be_between", {"max_value": 10, "strict_max": true}],
	["expect_column_values_to_be_between", {"min_value": 0}],
	["expect_column_values_to_be_in_set", {"value_set": [1, 2, 3]}],
	["expect_column_values_to_be_in_set", {"value_set": [1, 2, 3, 10, null]}],
	["expect_column_values_to_be_in_set", {"value_set": []}],
	["expect_column_values_to_not_be_in_set", {"value_set": [2]}],
	["expect_column_values_to_not_be_in_set", {"value_set": [4, 5]}],
	["expect_column_values_to_be_unique", {}],
	["expect_column_values_to_be_unique", {"mostly": 0.6}],
	["expect_column_values_to_be_increasing", {}],
	["expect_column_values_to_be_increasing", {"strictly": true}],
	["expect_column_values_to_be_decreasing", {}],
	["expect_column_values_to_be_decreasing", {"mostly": 0.4}],
	["expect_column_values_to_be_between", {"min_value": 1, "max_value": 3, "result_format": {"result_format": "SUMMARY", "partial_unexpected_count": 0}}],
	["expect_column_values_to_be_null", {"result_format": {"partial_unexpected_count": 2}}]
]');

-- aggregate expectations: observed_value is the statistic; bounds inclusive unless strict
SELECT expectation, params, success, observed_value, details FROM run('t1', 'x', '[
	["expect_column_mean_to_be_between", {"min_value": 3.6, "max_value": 3.6}],
	["expect_column_mean_to_be_between", {"min_value": 3.6, "strict_min": true}],
	["expect_column_mean_to_be_between", {}],
	["expect_column_median_to_be_between", {"min_value": 2, "max_value": 2}],
	["expect_column_median_to_be_between", {"min_value": 2.5}],
	["expect_column_stdev_to_be_between", {"min_value": 3.6, "max_value": 3.7}],
	["expect_column_stdev_to_be_between", {"max_value": 3}],
	["expect_column_min_to_be_between", {"min_value": 1, "max_value": 1}],
	["expect_column_min_to_be_between", {"min_value": 1, "strict_min": true}],
	["expect_column_max_to_be_between", {"max_value": 10}],
	["expect_column_max_to_be_between", {"max_value": 10, "strict_max": true}],
	["expect_column_sum_to_be_between", {"min_value": 18, "max_value": 18}],
	["expect_column_sum_to_be_between", {"max_value": 18, "strict_max": true}],
	["expect_column_quantile_values_to_be_between", {"quantile_ranges": {"quantiles": [0, 0.5, 1], "value_ranges": [[1, 1], [2, 2], [10, null]]}}],
	["expect_column_quantile_values_to_be_between", {"quantile_ranges": {"quantiles": [0.25, 0.75], "value_ranges": [[null, 1], [3, 3]]}, "allow_relative_error": false}],
	["expect_column_proportion_of_unique_values_to_be_between", {"min_value": 0.8, "max_value": 0.8}],
	["expect_column_proportion_of_unique_values_to_be_between", {"max_value": 0.8, "strict_max": true}],
	["expect_column_unique_value_count_to_be_between", {"min_value": 4, "max_value": 4}],
	["expect_column_unique_value_count_to_be_between", {"min_value": 5}],
	["expect_column_distinct_values_to_be_in_set", {"value_set": [1, 2, 3, 10, 11]}],
	["expect_column_distinct_values_to_be_in_set", {"value_set": [1, 2]}],
	["expect_column_distinct_values_to_be_in_set", {}],
	["expect_column_distinct_values_to_contain_set", {"value_set": [10, 1]}],
	["expect_column_distinct_values_to_contain_set", {"value_set": [10, 11]}],
	["expect_column_distinct_values_to_equal_set", {"value_set": [10, 3, 2, 1]}],
	["expect_column_distinct_values_to_equal_set", {"value_set": [1, 2, 3]}],
	["expect_column_most_common_value_to_be_in_set", {"value_set": [2]}],
	["expect_column_most_common_value_to_be_in_set", {"value_set": [1, 3]}],
	["expect_column_values_to_be_of_type", {"type_": "double precision"}],
	["expect_column_values_to_be_of_type", {"type_": "float8"}],
	["expect_column_values_to_be_of_type", {"type_": "integer"}],
	["expect_column_values_to_be_in_type_list", {"type_list": ["integer", "float8"]}],
	["expect_column_values_to_be_in_type_list", {"type_list": ["text"]}],
	["expect_column_to_exist", {}],
	["expect_column_to_exist", {"column_index": 0}],
	["expect_column_to_exist", {"column_index": 1}]
]');
SELECT success, observed_value FROM mlcheck.expect('t1', 'nope', 'expect_column_to_exist');

-- percentile_disc quantiles (the smallest value whose cumulative fraction reaches q), median
-- interpolated (percentile_cont); most common value ties: 1 and 2 twice each
CREATE TABLE tq (x int);
INSERT INTO tq VALUES (4), (1), (2), (2), (1), (3);
SELECT expectation, params, success, observed_value, details FROM run('tq', 'x', '[
	["expect_column_quantile_values_to_be_between", {"quantile_ranges": {"quantiles": [0, 0.1, 0.3333, 0.34, 0.5, 0.51, 1], "value_ranges": [[1, 1], [1, 1], [1, 1], [2, 2], [2, 2], [2, 2], [4, 4]]}}],
	["expect_column_median_to_be_between", {"min_value": 2, "max_value": 2}],
	["expect_column_most_common_value_to_be_in_set", {"value_set": [1]}],
	["expect_column_most_common_value_to_be_in_set", {"value_set": [1], "ties_okay": true}],
	["expect_column_mean_to_be_between", {"min_value": 2.1666666666666665, "max_value": 2.1666666666666667}],
	["expect_column_sum_to_be_between", {"min_value": 13, "max_value": 13}],
	["expect_column_values_to_be_between", {"min_value": 1.5}]
]');

-- text: regular expressions (search, not full match), LIKE patterns, lengths in characters
CREATE TABLE t2 (s text);
INSERT INTO t2 VALUES ('apple'), ('Banana'), ('cherry'), (NULL), ('apple'), (''), ('ünï');
SELECT expectation, params, success, element_count, missing_count, unexpected_count,
	unexpected_percent, partial_unexpected_list FROM run('t2', 's', '[
	["expect_column_values_to_match_regex", {"regex": "^[a-z]+$"}],
	["expect_column_values_to_match_regex", {"regex": "a"}],
	["expect_column_values_to_not_match_regex", {"regex": "an"}],
	["expect_column_values_to_match_regex_list", {"regex_list": ["^a", "^c"]}],
	["expect_column_values_to_match_regex_list", {"regex_list": ["a", "p"], "match_on": "all"}],
	["expect_column_values_to_not_match_regex_list", {"regex_list": ["^B", "^$"]}],
	["expect_column_values_to_match_like_pattern", {"like_pattern": "a%"}],
	["expect_column_values_to_match_like_pattern", {"like_pattern": "%"}],
	["expect_column_values_to_not_match_like_pattern", {"like_pattern": "%e%"}],
	["expect_column_value_lengths_to_be_between", {"min_value": 1, "max_value": 5}],
	["expect_column_value_lengths_to_be_between", {"min_value": 3, "max_value": 6, "strict_max": true}],
	["expect_column_value_lengths_to_be_between", {"max_value": 6}],
	["expect_column_value_lengths_to_equal", {"value": 5}],
	["expect_column_values_to_be_in_set", {"value_set": ["apple", "Banana", "cherry", ""]}],
	["expect_column_values_to_be_unique", {}],
	["expect_column_values_to_be_increasing", {}]
]');
SELECT expectation, params, success, observed_value FROM run('t2', 's', '[
	["expect_column_distinct_values_to_equal_set", {"value_set": ["", "Banana", "apple", "cherry", "ünï"]}],
	["expect_column_min_to_be_between", {"min_value": "", "max_value": ""}],
	["expect_column_max_to_be_between", {"min_value": "z"}],
	["expect_column_unique_value_count_to_be_between", {"min_value": 5, "max_value": 5}],
	["expect_column_most_common_value_to_be_in_set", {"value_set": ["apple"]}]
]');

-- pairs: rows where both values are missing are ignored by default; a single NULL is unexpected
CREATE TABLE t3 (a int, b int);
INSERT INTO t3 VALUES (1, 0), (2, 2), (3, NULL), (NULL, NULL), (5, 6);
SELECT c ->> 0 AS expectation, c -> 1 AS params, r.success, r.element_count, r.missing_count,
	r.unexpected_count, r.unexpected_percent, r.partial_unexpected_list
FROM jsonb_array_elements('[
	["expect_column_pair_values_a_to_be_greater_than_b", {"column_B": "b"}],
	["expect_column_pair_values_A_to_be_greater_than_B", {"column_B": "b", "or_equal": true}],
	["expect_column_pair_values_a_to_be_greater_than_b", {"column_B": "b", "or_equal": true, "ignore_row_if": "either_value_is_missing"}],
	["expect_column_pair_values_a_to_be_greater_than_b", {"column_B": "b", "ignore_row_if": "neither", "mostly": 0.2}],
	["expect_column_pair_values_to_be_equal", {"column_B": "b"}],
	["expect_column_pair_values_to_be_equal", {"column_B": "b", "ignore_row_if": "either_value_is_missing"}],
	["expect_column_pair_values_to_be_equal", {"column_B": "b", "ignore_row_if": "either_value_is_missing", "mostly": 0.3}]
]') c, LATERAL mlcheck.expect('t3', 'a', c ->> 0, c -> 1) r;
SELECT success, unexpected_count FROM mlcheck.expect('t3', NULL, 'expect_column_pair_values_to_be_equal', '{"column_A": "a", "column_B": "a"}');

-- table expectations
SELECT expectation, params, success, observed_value, details FROM run('t3', NULL, '[
	["expect_table_row_count_to_equal", {"value": 5}],
	["expect_table_row_count_to_equal", {"value": 4}],
	["expect_table_row_count_to_be_between", {"min_value": 5, "max_value": 5}],
	["expect_table_row_count_to_be_between", {"max_value": 5, "strict_max": true}],
	["expect_table_column_count_to_equal", {"value": 2}],
	["expect_table_column_count_to_be_between", {"min_value": 3}],
	["expect_table_columns_to_match_ordered_list", {"column_list": ["a", "b"]}],
	["expect_table_columns_to_match_ordered_list", {"column_list": ["b", "a", "c"]}],
	["expect_table_columns_to_match_set", {"column_set": ["b", "a"]}],
	["expect_table_columns_to_match_set", {"column_set": ["a"]}],
	["expect_table_columns_to_match_set", {"column_set": ["a"], "exact_match": false}],
	["expect_table_columns_to_match_set", {"column_set": ["a", "c"], "exact_match": false}]
]');

-- an empty table: column map expectations pass vacuously (unexpected_percent NULL), aggregates
-- observe NULL and fail, set expectations see no values
CREATE TABLE empty (x int, s text);
SELECT * FROM run('empty', 'x', '[
	["expect_column_values_to_not_be_null", {}],
	["expect_column_values_to_be_null", {}],
	["expect_column_values_to_be_between", {"min_value": 1}],
	["expect_column_values_to_be_unique", {}],
	["expect_column_values_to_be_increasing", {}],
	["expect_column_mean_to_be_between", {}],
	["expect_column_sum_to_be_between", {"min_value": 0}],
	["expect_column_stdev_to_be_between", {}],
	["expect_column_median_to_be_between", {}],
	["expect_column_quantile_values_to_be_between", {"quantile_ranges": {"quantiles": [0.5], "value_ranges": [[null, null]]}}],
	["expect_column_proportion_of_unique_values_to_be_between", {"min_value": 0, "max_value": 0}],
	["expect_column_unique_value_count_to_be_between", {"max_value": 0}],
	["expect_column_distinct_values_to_be_in_set", {"value_set": [1]}],
	["expect_column_distinct_values_to_contain_set", {"value_set": [1]}],
	["expect_column_distinct_values_to_equal_set", {"value_set": []}],
	["expect_column_most_common_value_to_be_in_set", {"value_set": [1]}]
]');
SELECT success, observed_value FROM mlcheck.expect('empty', NULL, 'expect_table_row_count_to_equal', '{"value": 0}');

-- a column of NULLs only: map expectations pass vacuously with missing_count = element_count
CREATE TABLE allnull (x int);
INSERT INTO allnull VALUES (NULL), (NULL);
SELECT * FROM run('allnull', 'x', '[
	["expect_column_values_to_be_between", {"min_value": 1}],
	["expect_column_values_to_not_be_null", {}],
	["expect_column_values_to_be_null", {}],
	["expect_column_max_to_be_between", {"max_value": 1}]
]');

-- NaN and infinities are values, not missing: NaN sorts above every number (PostgreSQL
-- order), so it is above any max_value; a NaN statistic fails its bounds
CREATE TABLE tn (x float8);
INSERT INTO tn VALUES (1), ('NaN'), ('Infinity'), ('-Infinity'), (NULL);
SELECT * FROM run('tn', 'x', '[
	["expect_column_values_to_be_between", {"min_value": 0, "max_value": 10}],
	["expect_column_values_to_be_between", {"min_value": 0}],
	["expect_column_values_to_not_be_null", {}],
	["expect_column_values_to_be_in_set", {"value_set": [1, "NaN"]}],
	["expect_column_mean_to_be_between", {}],
	["expect_column_max_to_be_between", {"max_value": 10}],
	["expect_column_min_to_be_between", {"max_value": 10}],
	["expect_column_values_to_be_increasing", {"order_by": "x"}]
]');

-- dates and timestamps compare with bounds given as strings
CREATE TABLE td (d date, ts timestamptz);
INSERT INTO td VALUES ('2024-01-01', '2024-01-01 10:00+00'), ('2024-02-29', '2024-01-01 09:00+00'), ('2023-12-31', NULL);
SELECT expectation, params, success, unexpected_count, partial_unexpected_list, observed_value FROM run('td', 'd', '[
	["expect_column_values_to_be_between", {"min_value": "2024-01-01", "max_value": "2024-12-31"}],
	["expect_column_min_to_be_between", {"min_value": "2023-12-31", "max_value": "2023-12-31"}],
	["expect_column_max_to_be_between", {"max_value": "2024-02-28"}],
	["expect_column_quantile_values_to_be_between", {"quantile_ranges": {"quantiles": [0.5], "value_ranges": [["2024-01-01", "2024-01-01"]]}}],
	["expect_column_values_to_be_increasing", {}]
]');
SELECT success, unexpected_count, partial_unexpected_list FROM mlcheck.expect('td', 'ts', 'expect_column_values_to_be_increasing');

-- quotes, spaces, upper case and unicode in names of relations and columns
CREATE SCHEMA "Sch ""q""";
CREATE TABLE "Sch ""q"""."Tbl ü ""x""" ("Mixed Case" int, "sp ace" text, "q""uote" float8, "ünï" bool);
INSERT INTO "Sch ""q"""."Tbl ü ""x""" VALUES (1, 'a b', 0.5, true), (2, 'a b', NULL, false), (2, NULL, 2.5, true);
SELECT expectation_index, expectation_type, column_name, success, element_count, missing_count,
	unexpected_count, partial_unexpected_list, observed_value
FROM mlcheck.expect_all('"Sch ""q"""."Tbl ü ""x"""', '{"expectations": [
	{"expectation_type": "expect_column_values_to_be_unique", "kwargs": {"column": "Mixed Case"}},
	{"expectation_type": "expect_column_values_to_be_increasing", "kwargs": {"column": "q\"uote", "order_by": ["Mixed Case", "sp ace"]}},
	{"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "ünï", "value_set": [true]}},
	{"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "sp ace", "regex": "^a b$"}},
	{"expectation_type": "expect_column_pair_values_a_to_be_greater_than_b", "kwargs": {"column_A": "q\"uote", "column_B": "Mixed Case"}},
	{"expectation_type": "expect_column_distinct_values_to_equal_set", "kwargs": {"column": "sp ace", "value_set": ["a b"]}},
	{"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "q\"uote", "min_value": 1.5, "max_value": 1.5}},
	{"expectation_type": "expect_table_columns_to_match_ordered_list", "kwargs": {"column_list": ["Mixed Case", "sp ace", "q\"uote", "ünï"]}},
	{"expectation_type": "expect_column_to_exist", "kwargs": {"column": "mixed case"}}
]}');
SELECT success FROM mlcheck.expect('"Sch ""q"""."Tbl ü ""x"""', 'Mixed Case', 'expect_column_values_to_not_be_null');

-- a suite as Great Expectations writes it (meta, expectation_suite_name, GX 1.x "type") runs
-- every expectation; one row each, in suite order
SELECT expectation_index, expectation_type, column_name, kwargs, success, unexpected_count, observed_value
FROM mlcheck.expect_all('t1', '{
	"expectation_suite_name": "t1.warning", "meta": {"great_expectations_version": "0.18.8"},
	"expectations": [
		{"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "x", "mostly": 0.8}, "meta": {}},
		{"type": "expect_column_mean_to_be_between", "kwargs": {"column": "x", "min_value": 3, "max_value": 4}, "id": "e2"},
		{"expectation_type": "expect_column_values_to_be_unique", "kwargs": {"column": "x"}},
		{"expectation_type": "expect_column_values_to_be_increasing", "kwargs": {"column": "x"}},
		{"expectation_type": "expect_table_columns_to_match_set", "kwargs": {"column_set": ["x"]}},
		{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 6}}
	]}');
SELECT count(*) FROM mlcheck.expect_all('t1', '[]');
SELECT expectation_index, success FROM mlcheck.expect_all('t1', '[{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 6}}]');

-- the list of expectations
SELECT kind, count(*) FROM mlcheck.expectation_types() GROUP BY kind ORDER BY kind;

-- errors: each names the JSON path of the offending value
SELECT * FROM mlcheck.expect('t1', 'nope', 'expect_column_values_to_not_be_null');
SELECT * FROM mlcheck.expect('t1', 'X', 'expect_column_values_to_not_be_null');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_pretty');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min": 1}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min_value": 1, "mostly": 1.5}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min_value": 1, "mostly": "most"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min_value": "abc"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min_value": 1, "strict_min": "yes"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min_value": [1]}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_mean_to_be_between', '{"min_value": "1"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_in_set', '{}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_in_set', '{"value_set": "abc"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_in_set', '{"value_set": [1, "two"]}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_in_set', '{"value_set": [1, {"a": 1}]}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_match_regex', '{"regex": "(unclosed"}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_match_regex', '{"regex": 5}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_not_match_regex_list', '{"regex_list": ["ok", "*bad"]}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_match_regex_list', '{"regex_list": []}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_match_regex_list', '{"regex_list": ["a"], "match_on": "most"}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_match_like_pattern', '{"like_pattern": "abc\\"}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_value_lengths_to_equal', '{"value": -1}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_value_lengths_to_equal', '{"value": 1.5}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_mean_to_be_between', '{"min_value": 1}');
SELECT * FROM mlcheck.expect('t2', 's', 'expect_column_values_to_be_between', '{"min_value": 1}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_between', '{"min_value": 1, "row_condition": "x > 1"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_table_row_count_to_equal', '{"value": 6}');
SELECT * FROM mlcheck.expect('t1', NULL, 'expect_column_values_to_not_be_null');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_not_be_null', '{"column": "y"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_not_be_null', '[]');
SELECT * FROM mlcheck.expect(NULL, 'x', 'expect_column_values_to_not_be_null');
SELECT * FROM mlcheck.expect('t1', 'x', NULL);
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_of_type', '{"type_": "no_such_type"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_quantile_values_to_be_between', '{"quantile_ranges": {"quantiles": [0.5, 1.5], "value_ranges": [[0, 1], [0, 1]]}}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_quantile_values_to_be_between', '{"quantile_ranges": {"quantiles": [0.5], "value_ranges": [[0, 1], [0, 1]]}}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_quantile_values_to_be_between', '{"quantile_ranges": {"quantiles": [0.5], "value_ranges": [["a", 1]]}}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_quantile_values_to_be_between', '{"quantile_ranges": [0.5]}');
SELECT * FROM mlcheck.expect('t3', 'a', 'expect_column_pair_values_to_be_equal', '{}');
SELECT * FROM mlcheck.expect('t3', 'a', 'expect_column_pair_values_to_be_equal', '{"column_B": "zz"}');
SELECT * FROM mlcheck.expect('t3', 'a', 'expect_column_pair_values_to_be_equal', '{"column_B": "b", "ignore_row_if": "always"}');
CREATE TABLE t4 (a int, s text);
SELECT * FROM mlcheck.expect('t4', 'a', 'expect_column_pair_values_a_to_be_greater_than_b', '{"column_B": "s"}');
CREATE VIEW v1 AS SELECT x FROM t1;
SELECT * FROM mlcheck.expect('v1', 'x', 'expect_column_values_to_be_increasing');
SELECT success, unexpected_count FROM mlcheck.expect('v1', 'x', 'expect_column_values_to_be_increasing', '{"order_by": "x"}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_increasing', '{"order_by": ["nope"]}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_increasing', '{"order_by": 3}');
SELECT * FROM mlcheck.expect('t1', 'x', 'expect_column_values_to_be_null', '{"result_format": {"partial_unexpected_count": 1001}}');
SELECT * FROM mlcheck.expect_all('t1', '{"expectations": {}}');
SELECT * FROM mlcheck.expect_all('t1', '[{"kwargs": {}}]');
SELECT * FROM mlcheck.expect_all('t1', '[{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 6}, "kwarg": {}}]');
SELECT * FROM mlcheck.expect_all('t1', '[{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 6}}, 7]');
SELECT * FROM mlcheck.expect_all('t1', '[{"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": 6}}, {"type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "min_value": 1, "mostly": 2}}]');
SELECT * FROM mlcheck.expect_all('t1', '{"expectations": [{"type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "odd \"key\"": 1}}]}');
SELECT * FROM mlcheck.expect_all('t1', NULL);
SELECT * FROM mlcheck.expect_all('no_such_table', '[]');

-- the bounded sample aggregate: in scan order, at most n values, NULLs skipped, n checked;
-- hostile states (as Citus or postgres_fdw could ship them as text) are rejected
SELECT mlcheck.first_values(x::text, 3) FROM t1;
SELECT mlcheck.first_values(x::text, 0) FROM t1;
SELECT mlcheck.first_values(x::text, 10) FROM t1 WHERE x > 100;
SELECT mlcheck.first_values(x::text, 1001) FROM t1;
SELECT mlcheck.first_values(x::text, NULL) FROM t1;
SELECT mlcheck.first_values_finalfn('{2,a,b}');
SELECT mlcheck.first_values_finalfn('{2,a,b,c}');
SELECT mlcheck.first_values_finalfn('{x,a}');
SELECT mlcheck.first_values_finalfn('{-1}');
SELECT mlcheck.first_values_finalfn('{NULL,a}');
SELECT mlcheck.first_values_finalfn('{{1,2},{3,4}}');
CREATE AGGREGATE merge_states(text[]) (SFUNC = mlcheck.first_values_combinefn, STYPE = text[]);
SELECT merge_states(s) FROM (VALUES ('{3,a,b}'::text[]), ('{3,c,d}')) v(s);
SELECT merge_states(s) FROM (VALUES ('{3,a}'::text[]), ('{2,c}')) v(s);
SELECT merge_states(s) FROM (VALUES ('{3,a}'::text[]), ('{3,a,b,c,d}')) v(s);
SELECT mlcheck.first_values_transfn('{1}', 'a', 1);
-- the distinct variant keeps the first n distinct values (NULLs skipped); its combine function
-- adds only values the left state does not hold
SELECT mlcheck.first_distinct_values(v, 3) FROM (VALUES ('a'), ('a'), (NULL), ('b'), ('a'), ('c'), ('d')) t(v);
SELECT mlcheck.first_distinct_values(v, 10) FROM (VALUES ('a'), ('a'), ('b'), ('a'), ('')) t(v);
CREATE AGGREGATE merge_distinct(text[]) (SFUNC = mlcheck.first_distinct_values_combinefn, STYPE = text[]);
SELECT merge_distinct(s) FROM (VALUES ('{3,a,b}'::text[]), ('{3,b,c,d}')) v(s);
SELECT merge_distinct(s) FROM (VALUES ('{5,a,NULL}'::text[]), ('{5,NULL,b,a}')) v(s);
SELECT merge_distinct(s) FROM (VALUES ('{3,a}'::text[]), ('{4,b}')) v(s);
DROP AGGREGATE merge_distinct(text[]);
-- count_sample: {count true, count false, sampled true, sampled false, true values, false values}
-- with at most n values of each side (distinct ones when asked), NULL values ignored
SELECT mlcheck.count_sample(v, v < 'c', 2, false) FROM (VALUES ('a'), ('a'), (NULL), ('d'), ('b'), ('e'), ('f'), ('a')) t(v);
SELECT mlcheck.count_sample(v, v < 'c', 2, true) FROM (VALUES ('a'), ('a'), (NULL), ('d'), ('b'), ('e'), ('f'), ('a')) t(v);
SELECT mlcheck.count_sample(v, true, 0, true) FROM (VALUES ('a'), ('b')) t(v);
SELECT mlcheck.count_sample(v, NULL, 3, false) FROM (VALUES ('a'), ('b')) t(v);
SELECT mlcheck.count_sample(v, true, 3, false) FROM (VALUES ('a')) t(v) WHERE false;
SELECT mlcheck.count_sample(v, true, 1001, false) FROM (VALUES ('a')) t(v);
SELECT mlcheck.count_sample(v, true, NULL, false) FROM (VALUES ('a')) t(v);
CREATE AGGREGATE merge_cs(text[]) (SFUNC = mlcheck.count_sample_combinefn, STYPE = text[]);
SELECT mlcheck.count_sample_finalfn(merge_cs(s)) FROM (VALUES
	('{2d,00000000000000000003,00000000000000000001,0002,0001,ta,tb,fx}'::text[]),
	('{2d,00000000000000000005,00000000000000000002,0001,0002,ta,fy,fz}')) v(s);
SELECT merge_cs(s) FROM (VALUES ('{2d,00000000000000000003,00000000000000000001,0002,0001,ta,tb,fx}'::text[]),
	('{2,00000000000000000005,00000000000000000002,0001,0001,ta,fy}')) v(s);
SELECT mlcheck.count_sample_finalfn('{2,00000000000000000003,00000000000000000001,0002,0001,ta,tb}');
SELECT mlcheck.count_sample_finalfn('{2,00000000000000000003,00000000000000000001,0001,0000,xa}');
SELECT mlcheck.count_sample_finalfn('{2,3,1,0001,0000,ta}');
SELECT mlcheck.count_sample_finalfn('{2,00000000000000000003,00000000000000000001,0003,0000,ta,tb,tc}');
SELECT mlcheck.count_sample_finalfn('{2,00000000000000000003,NULL,0000,0000}');
SELECT mlcheck.count_sample_finalfn('{2,00000000000000000003}');
SELECT merge_cs(s) FROM (VALUES ('{2,09223372036854775807,00000000000000000000,0000,0000}'::text[]),
	('{2,00000000000000000001,00000000000000000000,0000,0000}')) v(s);
DROP AGGREGATE merge_cs(text[]);

DROP AGGREGATE merge_states(text[]);
DROP FUNCTION run(regclass, text, jsonb);
DROP VIEW v1;
DROP TABLE t1, t2, t3, t4, tq, empty, allnull, tn, td;
DROP SCHEMA "Sch ""q""" CASCADE;
DROP EXTENSION mlcheck;
