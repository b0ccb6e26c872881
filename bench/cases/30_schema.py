"""Schema validation and expectations: validate() over the 20-column `wide` table against a schema
inferred from it, next to profile_table() on the same table (the issue's bound: validate at most
2x profile_table), and expect_all() suites in one aggregate scan."""
from run import Case


def braces(s):
    """Case.sql goes through str.format(rows=...): JSON braces are doubled."""
    return s.replace("{", "{{").replace("}", "}}")


WIDE_SUITE = "[" + ", ".join(
    '{"expectation_type": "expect_column_values_to_be_between", '
    f'"kwargs": {{"column": "f{k}", "min_value": 0, "max_value": {k}}}}}'
    for k in range(1, 21)) + "]"

T_SUITE = """[
  {"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "x"}},
  {"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "y", "min_value": 0, "max_value": 100}},
  {"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "c", "value_set": ["cat_0", "cat_1", "cat_2"], "mostly": 0.1}},
  {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "c", "regex": "^cat_[0-9]+$"}},
  {"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "x", "min_value": -0.1, "max_value": 0.1}},
  {"expectation_type": "expect_column_stdev_to_be_between", "kwargs": {"column": "x", "min_value": 0.9, "max_value": 1.1}},
  {"expectation_type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}}
]"""

CASES = [
    Case("schema: profile_table(wide)", "SELECT count(*) FROM mlcheck.profile_table('bench.wide')",
         needs=("t", "wide"), note="reference for validate: 21 profiles in one scan"),
    Case("schema: validate(wide)",
         "SELECT count(*) FROM mlcheck.validate('bench.wide', (SELECT s FROM bench.wide_schema))",
         needs=("t", "wide"),
         setup="DROP TABLE IF EXISTS bench.wide_schema; "
               "CREATE TABLE bench.wide_schema AS SELECT mlcheck.infer_schema('bench.wide') AS s",
         note="profiles + exact range counts of 21 columns in one scan (issue: <= 2x profile_table)"),
    Case("schema: infer_schema(wide)", "SELECT mlcheck.infer_schema('bench.wide')",
         needs=("t", "wide"), note="one scan: profiles and exact integer bounds"),
    Case("expect: expect_all(wide, 20 between)",
         f"SELECT count(*) FROM mlcheck.expect_all('bench.wide', '{braces(WIDE_SUITE)}')",
         needs=("t", "wide"), note="20 column-map expectations, one aggregate scan"),
    Case("expect: expect_all(t, 7 mixed)",
         f"SELECT count(*) FROM mlcheck.expect_all('bench.t', '{braces(T_SUITE)}')",
         note="null, range, set, regex, mean, stdev, row count: one aggregate scan"),
]
