-- pgTAP: expectations. Every expectation passes and fails once, error SQLSTATEs, the API's
-- shape, and privileges (expectations run as the caller).
BEGIN;
SELECT plan(111);

SELECT has_function('mlcheck', 'expect', ARRAY['regclass', 'text', 'text', 'jsonb'], 'expect(regclass, text, text, jsonb) exists');
SELECT has_function('mlcheck', 'expect_all', ARRAY['regclass', 'jsonb'], 'expect_all(regclass, jsonb) exists');
SELECT has_function('mlcheck', 'expectation_types', ARRAY[]::text[], 'expectation_types() exists');
SELECT is_aggregate('mlcheck', 'first_values', ARRAY['text', 'integer'], 'first_values(text, int) is an aggregate');
SELECT volatility_is('mlcheck', 'expect', ARRAY['regclass', 'text', 'text', 'jsonb'], 'stable', 'expect is stable (it reads the relation)');
SELECT volatility_is('mlcheck', 'expect_all', ARRAY['regclass', 'jsonb'], 'stable', 'expect_all is stable');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'mlcheck.first_values(text, int)'::regprocedure), 's',
	'first_values is parallel safe');
SELECT is((SELECT aggcombinefn::text FROM pg_aggregate WHERE aggfnoid = 'mlcheck.first_values(text, int)'::regprocedure),
	'mlcheck.first_values_combinefn', 'first_values has a combine function');
SELECT is((SELECT aggtranstype::regtype::text FROM pg_aggregate WHERE aggfnoid = 'mlcheck.first_values(text, int)'::regprocedure),
	'text[]', 'the state of first_values is a real type (text[]), not internal');
SELECT is((SELECT count(*)::int FROM mlcheck.expectation_types()), 40, 'forty expectations');
SELECT is((SELECT aggtranstype::regtype::text FROM pg_aggregate WHERE aggfnoid = 'mlcheck.count_sample(text, bool, int, bool)'::regprocedure),
	'text[]', 'the state of count_sample is a real type (text[])');

CREATE TABLE tt (id int, x float8, s text, a int, b int, r int, nn int, d date);
INSERT INTO tt VALUES
	(1, 1.5, 'aa', 2, 1, 4, NULL, '2024-01-01'),
	(2, 2.5, 'bb', 3, 3, 3, NULL, '2024-01-02'),
	(3, NULL, 'aa', 4, 2, 2, NULL, '2024-01-03'),
	(4, 4.0, NULL, 5, 5, 1, NULL, NULL);

-- (expectation, column, params, expected success): one passing and one failing case each.
-- x = 1.5, 2.5, NULL, 4: mean 8/3, median 2.5, sample stdev sqrt(19/12) = 1.2583, sum 8.
CREATE TEMP TABLE cases (e text, col text, p jsonb, want bool);
INSERT INTO cases VALUES
	('expect_column_values_to_not_be_null', 'id', '{}', true),
	('expect_column_values_to_not_be_null', 'x', '{}', false),
	('expect_column_values_to_be_null', 'nn', '{}', true),
	('expect_column_values_to_be_null', 'x', '{}', false),
	('expect_column_values_to_be_between', 'x', '{"min_value": 1, "max_value": 5}', true),
	('expect_column_values_to_be_between', 'x', '{"min_value": 2}', false),
	('expect_column_values_to_be_in_set', 's', '{"value_set": ["aa", "bb"]}', true),
	('expect_column_values_to_be_in_set', 's', '{"value_set": ["aa"]}', false),
	('expect_column_values_to_not_be_in_set', 's', '{"value_set": ["cc"]}', true),
	('expect_column_values_to_not_be_in_set', 's', '{"value_set": ["bb"]}', false),
	('expect_column_values_to_match_regex', 's', '{"regex": "^[a-z]{2}$"}', true),
	('expect_column_values_to_match_regex', 's', '{"regex": "^a"}', false),
	('expect_column_values_to_not_match_regex', 's', '{"regex": "c"}', true),
	('expect_column_values_to_not_match_regex', 's', '{"regex": "b"}', false),
	('expect_column_values_to_match_regex_list', 's', '{"regex_list": ["^a", "^b"]}', true),
	('expect_column_values_to_match_regex_list', 's', '{"regex_list": ["^a"]}', false),
	('expect_column_values_to_not_match_regex_list', 's', '{"regex_list": ["c", "d"]}', true),
	('expect_column_values_to_not_match_regex_list', 's', '{"regex_list": ["c", "b"]}', false),
	('expect_column_values_to_match_like_pattern', 's', '{"like_pattern": "__"}', true),
	('expect_column_values_to_match_like_pattern', 's', '{"like_pattern": "a%"}', false),
	('expect_column_values_to_not_match_like_pattern', 's', '{"like_pattern": "c%"}', true),
	('expect_column_values_to_not_match_like_pattern', 's', '{"like_pattern": "b%"}', false),
	('expect_column_value_lengths_to_be_between', 's', '{"min_value": 2, "max_value": 2}', true),
	('expect_column_value_lengths_to_be_between', 's', '{"min_value": 3}', false),
	('expect_column_value_lengths_to_equal', 's', '{"value": 2}', true),
	('expect_column_value_lengths_to_equal', 's', '{"value": 3}', false),
	('expect_column_values_to_be_unique', 'id', '{}', true),
	('expect_column_values_to_be_unique', 's', '{}', false),
	('expect_column_values_to_be_increasing', 'x', '{"order_by": "id", "strictly": true}', true),
	('expect_column_values_to_be_increasing', 'r', '{}', false),
	('expect_column_values_to_be_decreasing', 'r', '{"strictly": true}', true),
	('expect_column_values_to_be_decreasing', 'id', '{}', false),
	('expect_column_values_to_be_of_type', 'id', '{"type_": "integer"}', true),
	('expect_column_values_to_be_of_type', 'id', '{"type_": "text"}', false),
	('expect_column_values_to_be_in_type_list', 'id', '{"type_list": ["text", "int4"]}', true),
	('expect_column_values_to_be_in_type_list', 'id', '{"type_list": ["text"]}', false),
	('expect_column_to_exist', 'id', '{}', true),
	('expect_column_to_exist', 'zz', '{}', false),
	('expect_column_mean_to_be_between', 'x', '{"min_value": 2.6, "max_value": 2.7}', true),
	('expect_column_mean_to_be_between', 'x', '{"max_value": 2}', false),
	('expect_column_median_to_be_between', 'x', '{"min_value": 2.5, "max_value": 2.5}', true),
	('expect_column_median_to_be_between', 'x', '{"min_value": 3}', false),
	('expect_column_stdev_to_be_between', 'x', '{"min_value": 1.25, "max_value": 1.26}', true),
	('expect_column_stdev_to_be_between', 'x', '{"max_value": 1}', false),
	('expect_column_min_to_be_between', 'x', '{"min_value": 1.5, "max_value": 1.5}', true),
	('expect_column_min_to_be_between', 'x', '{"min_value": 2}', false),
	('expect_column_max_to_be_between', 'x', '{"max_value": 4}', true),
	('expect_column_max_to_be_between', 'x', '{"max_value": 4, "strict_max": true}', false),
	('expect_column_sum_to_be_between', 'x', '{"min_value": 8, "max_value": 8}', true),
	('expect_column_sum_to_be_between', 'x', '{"min_value": 9}', false),
	('expect_column_quantile_values_to_be_between', 'x', '{"quantile_ranges": {"quantiles": [0.5], "value_ranges": [[2.5, 2.5]]}}', true),
	('expect_column_quantile_values_to_be_between', 'x', '{"quantile_ranges": {"quantiles": [0.5], "value_ranges": [[3, null]]}}', false),
	('expect_column_proportion_of_unique_values_to_be_between', 'id', '{"min_value": 1}', true),
	('expect_column_proportion_of_unique_values_to_be_between', 's', '{"min_value": 0.9}', false),
	('expect_column_unique_value_count_to_be_between', 's', '{"min_value": 2, "max_value": 2}', true),
	('expect_column_unique_value_count_to_be_between', 's', '{"min_value": 3}', false),
	('expect_column_distinct_values_to_be_in_set', 's', '{"value_set": ["aa", "bb", "cc"]}', true),
	('expect_column_distinct_values_to_be_in_set', 's', '{"value_set": ["aa"]}', false),
	('expect_column_distinct_values_to_contain_set', 's', '{"value_set": ["aa"]}', true),
	('expect_column_distinct_values_to_contain_set', 's', '{"value_set": ["cc"]}', false),
	('expect_column_distinct_values_to_equal_set', 's', '{"value_set": ["bb", "aa"]}', true),
	('expect_column_distinct_values_to_equal_set', 's', '{"value_set": ["aa"]}', false),
	('expect_column_most_common_value_to_be_in_set', 's', '{"value_set": ["aa"]}', true),
	('expect_column_most_common_value_to_be_in_set', 's', '{"value_set": ["bb"]}', false),
	('expect_column_pair_values_to_be_equal', 'a', '{"column_B": "b", "mostly": 0.5}', true),
	('expect_column_pair_values_to_be_equal', 'a', '{"column_B": "b"}', false),
	('expect_column_pair_values_a_to_be_greater_than_b', 'a', '{"column_B": "b", "or_equal": true}', true),
	('expect_column_pair_values_a_to_be_greater_than_b', 'a', '{"column_B": "b"}', false),
	('expect_table_row_count_to_be_between', NULL, '{"min_value": 4, "max_value": 4}', true),
	('expect_table_row_count_to_be_between', NULL, '{"min_value": 5}', false),
	('expect_table_row_count_to_equal', NULL, '{"value": 4}', true),
	('expect_table_row_count_to_equal', NULL, '{"value": 3}', false),
	('expect_table_column_count_to_be_between', NULL, '{"min_value": 1}', true),
	('expect_table_column_count_to_be_between', NULL, '{"max_value": 2}', false),
	('expect_table_column_count_to_equal', NULL, '{"value": 8}', true),
	('expect_table_column_count_to_equal', NULL, '{"value": 1}', false),
	('expect_table_columns_to_match_ordered_list', NULL, '{"column_list": ["id", "x", "s", "a", "b", "r", "nn", "d"]}', true),
	('expect_table_columns_to_match_ordered_list', NULL, '{"column_list": ["x", "id", "s", "a", "b", "r", "nn", "d"]}', false),
	('expect_table_columns_to_match_set', NULL, '{"column_set": ["d", "nn", "r", "b", "a", "s", "x", "id"]}', true),
	('expect_table_columns_to_match_set', NULL, '{"column_set": ["id"]}', false);

SELECT is(r.success, c.want, format('%s %s %s %s', c.e, c.col, c.p, CASE WHEN c.want THEN 'passes' ELSE 'fails' END))
FROM cases c, LATERAL mlcheck.expect('tt', c.col, c.e, c.p) r;

SELECT is((SELECT count(*)::int FROM mlcheck.expect_all('tt', (SELECT jsonb_agg(jsonb_build_object(
		'expectation_type', e, 'kwargs', p || CASE WHEN col IS NULL THEN '{}'::jsonb
			WHEN e LIKE 'expect_column_pair%' THEN jsonb_build_object('column_A', col)
			ELSE jsonb_build_object('column', col) END)) FROM cases)) r
	JOIN (SELECT row_number() OVER () - 1 AS i, want FROM cases) c ON c.i = r.expectation_index
	WHERE r.success = c.want), 80, 'expect_all over the 80 cases agrees with expect, row by row');

-- errors and their SQLSTATEs
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'nope', 'expect_column_values_to_not_be_null')$$,
	'42703', NULL, 'unknown column: 42703');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_be_pretty')$$,
	'22023', 'unknown expectation "expect_column_values_to_be_pretty"', 'unknown expectation: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_be_between', '{"min": 1}')$$,
	'22023', NULL, 'unknown parameter: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_be_between', '{"min_value": 1, "mostly": "x"}')$$,
	'22023', NULL, 'parameter of the wrong type: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 's', 'expect_column_values_to_match_regex', '{"regex": "a{2,1}"}')$$,
	'2201B', NULL, 'regular expression syntax error: 2201B');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 's', 'expect_column_values_to_match_like_pattern', '{"like_pattern": "a\\"}')$$,
	'22025', NULL, 'LIKE pattern ending in the escape character: 22025');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 's', 'expect_column_mean_to_be_between', '{}')$$,
	'42804', NULL, 'mean of a text column: 42804');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_be_in_set', '{"value_set": ["one"]}')$$,
	'22023', NULL, 'a set element that is not a value of the column type: 22023');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_be_between', '{"min_value": 1, "row_condition": "id > 1"}')$$,
	'0A000', NULL, 'row_condition is not supported: 0A000');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', NULL, 'expect_column_values_to_not_be_null')$$,
	'22004', NULL, 'a column expectation without a column: 22004');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_be_of_type', '{"type_": "nosuchtype"}')$$,
	'42704', NULL, 'unknown type name: 42704');
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'a', 'expect_column_pair_values_to_be_equal', '{"column_B": "s"}')$$,
	'42804', NULL, 'incomparable pair: 42804');
SELECT throws_ok($$SELECT * FROM mlcheck.expect_all('tt', '{"expectations": 5}')$$,
	'22023', NULL, 'a suite of the wrong shape: 22023');
SELECT throws_ok($$SELECT mlcheck.first_values(s, 5000) FROM tt$$,
	'22023', NULL, 'first_values sample size out of range: 22023');
SELECT throws_ok($$SELECT mlcheck.first_values_finalfn('{7,a}'::text[] || '{b,c,d,e,f,g,h}')$$,
	'22023', NULL, 'a first_values state holding more than its capacity: 22023');

-- odd identifiers
CREATE TABLE "Odd ""Tbl"" ü" ("Col ""A""" int, "col a" int);
INSERT INTO "Odd ""Tbl"" ü" VALUES (2, 1), (3, 3);
SELECT is((SELECT unexpected_count FROM mlcheck.expect('"Odd ""Tbl"" ü"', 'Col "A"', 'expect_column_pair_values_a_to_be_greater_than_b', '{"column_B": "col a"}')),
	1::bigint, 'quoted, spaced, unicode identifiers work');
SELECT is((SELECT success FROM mlcheck.expect('"Odd ""Tbl"" ü"', 'col a', 'expect_column_values_to_be_unique')),
	true, 'a column name that is a keyword-like phrase works');

-- privileges: expectations read the relation as the calling user
CREATE ROLE mlcheck_expect_reader;
GRANT USAGE ON SCHEMA mlcheck TO mlcheck_expect_reader;
SET LOCAL ROLE mlcheck_expect_reader;
SELECT throws_ok($$SELECT * FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_not_be_null')$$,
	'42501', NULL, 'a user without SELECT on the table gets 42501');
RESET ROLE;
GRANT SELECT ON tt TO mlcheck_expect_reader;
SET LOCAL ROLE mlcheck_expect_reader;
SELECT is((SELECT success FROM mlcheck.expect('tt', 'id', 'expect_column_values_to_not_be_null')), true,
	'with SELECT granted the same expectation runs');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
