"""The checks runner: what a recorded run costs over a scan of the same rows, and the runner's
own overhead per check (subtransaction, switch to the owner, recording)."""
import numpy as np

from run import Case, copy_floats

# a request log built from bench.t: one request per second, latency y (0..100 ms), an error when b
LOG = """
CREATE TABLE IF NOT EXISTS bench.log AS
SELECT id, '2026-01-01 00:00+00'::timestamptz + id * interval '1 second' AS at, y AS latency_ms,
       CASE WHEN b THEN 500 ELSE 200 END AS status, score AS score_online
FROM bench.t;
CREATE TABLE IF NOT EXISTS bench.offline AS
SELECT id, CASE WHEN id % 100 = 0 THEN score_online + 0.5 ELSE score_online END AS score_offline FROM bench.log;
ANALYZE bench.log;
ANALYZE bench.offline;
"""
AS_OF = "'2026-01-01 00:00+00'::timestamptz + {rows} * interval '1 second'"


def register(name, kind, target, columns, params):
    cols = "NULL" if columns is None else "ARRAY['" + "', '".join(columns) + "']"
    params = params.replace("{", "{{").replace("}", "}}")  # the runner calls str.format on setup
    return (LOG + f"SELECT mlcheck.add_check('{name}', '{kind}', {target}, {cols}, '{params}', replace => true);")


def run(name):
    return f"SELECT count(*) FROM mlcheck.run_checks(selector => '{name}', as_of => {AS_OF})"


def numpy_p99():
    (x,) = copy_floats("SELECT latency_ms FROM bench.log", 1)
    np.quantile(x, 0.99, method="inverted_cdf")


def numpy_error_rate():
    (x,) = copy_floats("SELECT status::float8 FROM bench.log", 1)
    np.mean(x >= 500)


CASES = [
    Case("check freshness", run("b_fresh"),
         setup=register("b_fresh", "freshness", "'bench.log'", ["at"], '{"max_lag": "1 hour"}'),
         note="max(timestamp) over every row (no index), recorded"),
    Case("check error_rate", run("b_err"), python=numpy_error_rate,
         setup=register("b_err", "error_rate", "'bench.log'", None, '{"condition": "status >= 500", "max": 0.5}'),
         note="one scan with a FILTER count; export path: COPY + numpy mean"),
    Case("check latency p99", run("b_p99"), python=numpy_p99,
         setup=register("b_p99", "latency", "'bench.log'", ["latency_ms"], '{"quantile": 0.99, "max": 1000}'),
         note="quantile of the column profile (KLL sketch past 10,000 values); export path: COPY + numpy.quantile"),
    Case("check volume 24 windows", run("b_vol"),
         setup=register("b_vol", "volume", "'bench.log'", None,
                        '{"time_column": "at", "window": "1 hour", "history": 23}'),
         note="rows per hourly window over the last day, z-score against 23 windows"),
    Case("check prediction_skew", run("b_skew"),
         setup=register("b_skew", "prediction_skew", "'bench.log'", None,
                        '{"offline": "bench.offline", "key": "id", "online_column": "score_online", '
                        '"offline_column": "score_offline", "max_mismatch_rate": 1}'),
         note="hash join of every online row with its offline score, 1% mismatches"),
    Case("check drift 3 columns", run("b_drift"),
         setup="SELECT mlcheck.snapshot_baseline('b_base', 'bench.t', ARRAY['x', 'y', 'c'], 'split');"
               + register("b_drift", "drift", "'bench.t'", ["x", "y", "c"], '{"baseline": "b_base", "where": "NOT split"}')[len(LOG):],
         note="profile_table of 3 columns (one scan, sketches past 10,000 values) against a stored baseline, drift per column"),
    Case("100 trivial checks (per run)", "SELECT count(*) FROM mlcheck.run_checks(stage => 'b_trivial')",
         setup="SELECT mlcheck.add_check('b_triv' || i, 'sql', params => '{{\"query\": \"SELECT 1 AS one\", \"max\": 1}}', "
               "stage => 'b_trivial', replace => true) FROM generate_series(1, 100) i",
         note="runner overhead: 100 x (subtransaction, owner switch, SPI, record); divide by 100"),
]
