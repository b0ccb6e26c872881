"""Profile cases (issue 3): profile(x) against avg(x), a 20-category text column against
GROUP BY, profile_table over the 20-column `wide` table against one query of built-in
aggregates, and the parallel speed-up with 2 workers."""
import numpy as np

from run import Case, copy_floats


def numpy_profile():
    (x,) = copy_floats("SELECT x FROM bench.t", 1)
    np.percentile(x, [1, 5, 25, 50, 75, 95, 99])
    np.mean(x)
    np.std(x, ddof=1)
    np.unique(x).size


WIDE = ", ".join(f"count(f{k}), avg(f{k}), stddev(f{k}), min(f{k}), max(f{k})" for k in range(1, 21))

CASES = [
    Case("profile(x)", "SELECT mlcheck.profile(x) FROM bench.t", python=numpy_profile,
         note="float8 column, sketch mode; requirement <= 1.2x avg(x); export path: COPY + numpy"),
    Case("profile(x) 2 workers", "SELECT mlcheck.profile(x) FROM bench.t",
         settings={"max_parallel_workers_per_gather": 2, "parallel_setup_cost": 0,
                   "parallel_tuple_cost": 0, "min_parallel_table_scan_size": 0},
         note="parallel speed-up: compare with profile(x)"),
    Case("avg(x) 100k groups", "SELECT id % 100000, avg(x) FROM bench.t GROUP BY 1",
         note="yardstick of the many-groups case (hashed aggregation)"),
    Case("profile(x) 100k groups", "SELECT id % 100000, mlcheck.profile(x) FROM bench.t GROUP BY 1",
         note="one shared memory context for all states keeps hashed aggregation linear in groups"),
    Case("GROUP BY c count(*)", "SELECT c, count(*) FROM bench.t GROUP BY c",
         note="yardstick of the 20-category text case"),
    Case("profile(c)", "SELECT mlcheck.profile(c) FROM bench.t",
         note="20-category text column; requirement <= 1.5x GROUP BY c"),
    Case("wide built-ins", f"SELECT {WIDE} FROM bench.wide", needs=("t", "wide"),
         note="count/avg/stddev/min/max of 20 float8 columns, one query"),
    Case("profile_table(wide)", "SELECT * FROM mlcheck.profile_table('bench.wide')", needs=("t", "wide"),
         note="21 columns in one scan; requirement <= 1.5x wide built-ins"),
]
