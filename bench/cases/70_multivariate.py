"""Multivariate cases: vector_profile over min(rows, 1,000,000) rows x 64 dimensions (block BLAS path, the per-row
path, count(*) over the same table, export to numpy + np.cov), and multivariate_drift from two
stored 256-dimensional profiles (20,000 rows each, reservoirs of 1,000)."""
import numpy as np

from run import Case, copy_binary

DIM = 64

VEC_SETUP = f"""
CREATE UNLOGGED TABLE IF NOT EXISTS bench.vec AS
SELECT i AS id, (SELECT array_agg(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) + k % 3)
                 FROM generate_series(1, {DIM}) k WHERE i > 0) AS v
FROM generate_series(1, least({{rows}}, 1000000)) i;
ANALYZE bench.vec;
SELECT count(*) FROM bench.vec;
"""

P256_SETUP = """
CREATE TABLE IF NOT EXISTS bench.vp256 AS
SELECT (SELECT mlcheck.vector_profile(v) FROM
          (SELECT (SELECT array_agg(random() + (k % 5) * 0.1) FROM generate_series(1, 256) k WHERE i > 0) v
           FROM generate_series(1, 20000) i) a) AS ref,
       (SELECT mlcheck.vector_profile(v) FROM
          (SELECT (SELECT array_agg(random() * 1.05 + (k % 5) * 0.1) FROM generate_series(1, 256) k WHERE i > 0) v
           FROM generate_series(1, 20000) i) b) AS cur;
"""


def numpy_cov():
    raw = copy_binary("SELECT v FROM bench.vec")
    rec = np.dtype([("n", ">i2"), ("len", ">i4"), ("hdr", ">i4", 5),
                    ("x", [("l", ">i4"), ("v", ">f8")], DIM)])
    body = np.frombuffer(raw[19:len(raw) - 2], dtype=rec)
    X = body["x"]["v"].astype(np.float64)
    np.mean(X, axis=0)
    np.cov(X.T)


def drift_case(method, options=None, label=""):
    # the SQL goes through str.format (for {rows}): JSON braces are doubled
    opts = ", '" + options.replace("{", "{{").replace("}", "}}") + "'" if options else ""
    return Case(f"multivariate_drift {method} 256d{label}",
                f"SELECT d.* FROM bench.vp256, mlcheck.multivariate_drift(ref, cur, '{method}'{opts}) d",
                setup=P256_SETUP,
                note=f"{method} between two stored 256-dimensional profiles"
                     + (f", options {options}" if options else " (target < 50 ms)"))


CASES = [
    Case("count(*) vec64", "SELECT count(*) FROM bench.vec", setup=VEC_SETUP,
         note="yardstick: scan of the 64-dimensional float8[] table"),
    Case("touch arrays vec64", "SELECT sum(array_length(v, 1)) FROM bench.vec", setup=VEC_SETUP,
         note="yardstick: scan that also reads every array"),
    Case("vector_profile 64d", "SELECT (mlcheck.vector_profile_summary(mlcheck.vector_profile(v))).count FROM bench.vec",
         setup=VEC_SETUP, python=numpy_cov,
         note="block path (1024-row blocks, dgemm strips); export path: binary COPY + np.mean + np.cov"),
    Case("vector_profile 64d per-row", "SELECT (mlcheck.vector_profile_summary(mlcheck.vector_profile(v))).count FROM bench.vec",
         setup=VEC_SETUP, settings={"mlcheck.vector_profile_block_rows": 1},
         note="per-row update (hand loop, no BLAS): what the block path replaces"),
    Case("vector_profile 64d parallel", "SELECT (mlcheck.vector_profile_summary(mlcheck.vector_profile(v))).count FROM bench.vec",
         setup=VEC_SETUP, settings={"max_parallel_workers_per_gather": 2, "parallel_setup_cost": 0,
                                    "min_parallel_table_scan_size": 0},
         note="2 parallel workers + leader, partial states merged by the combine function"),
    drift_case("hotelling"),
    drift_case("pca_reconstruction"),
    drift_case("cosine"),
    drift_case("share"),
    drift_case("mmd"),
    drift_case("mmd", '{"max_samples": 1000}', " 1000+1000"),
]
