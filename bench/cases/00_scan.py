"""Reference cases: what a plain scan costs, so every other ratio has a yardstick."""
import numpy as np


from run import Case, copy_floats


def numpy_std():
    (x,) = copy_floats("SELECT x FROM bench.t", 1)
    np.std(x, ddof=1)


CASES = [
    Case("count(*)", "SELECT count(*) FROM bench.t", note="scan without reading a column"),
    Case("avg(x)", "SELECT avg(x) FROM bench.t", note="the yardstick (ratio 1 up to noise)"),
    Case("stddev_samp(x)", "SELECT stddev_samp(x) FROM bench.t", python=numpy_std,
         note="built-in moments; export path: binary COPY + numpy.std"),
]
