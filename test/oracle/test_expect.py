"""Oracle tests of expectations: the counts, percentages, samples and statistics that
mlcheck.expect / expect_all report equal plain Python / numpy computations of Great Expectations'
definitions over the same rows:

- column map: element_count = rows, missing_count = NULLs, unexpected among the non-null values,
  unexpected_percent = unexpected / non-null * 100, success = (nn - u) / nn >= mostly,
  partial_unexpected_list = the first 20 unexpected values in row order;
- aggregates: numpy mean / median / std(ddof=1) / sum / min / max, quantiles with numpy's
  'inverted_cdf' method (= percentile_disc), distinct counts and proportions, modes.
"""
import json
import re

import numpy as np

from oracle import OracleCase

N = 3000


def map_oracle(values, unexpected, mostly=1.0, skip_missing=False):
    """GE's _format_map_output over a list (None = NULL) and a predicate on non-null values."""
    n = len(values)
    if skip_missing:
        bad = [v for v in values if unexpected(v)]
        nn = n
    else:
        nonnull = [v for v in values if v is not None]
        bad = [v for v in nonnull if unexpected(v)]
        nn = len(nonnull)
    u = len(bad)
    success = True if n == 0 or nn == 0 else (float(nn - u) / nn) >= mostly
    pct = u / nn * 100 if nn > 0 else None
    return {"success": success, "element_count": n,
            "missing_count": None if skip_missing else n - nn,
            "unexpected_count": u, "unexpected_percent": pct, "partial": bad[:20]}


class Expect(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        rng = np.random.default_rng(20261129)
        x = rng.normal(50, 15, N)
        x[rng.random(N) < 0.05] = np.nan  # becomes NULL below
        k = rng.integers(0, 40, N)
        cats = np.array(["alpha", "beta", "gamma", "delta", "Epsilon", "zeta9", "", "éta"])
        s = cats[rng.choice(len(cats), N, p=[0.3, 0.2, 0.15, 0.1, 0.1, 0.1, 0.03, 0.02])].astype(object)
        s[rng.random(N) < 0.04] = None
        y = x + rng.normal(0, 5, N)
        cls.x = [None if np.isnan(v) else float(v) for v in x]
        cls.k = [int(v) for v in k]
        cls.s = list(s)
        cls.y = [None if np.isnan(v) else float(v) for v in y]
        cls.x[7] = None
        cls.db.execute("CREATE TABLE t (x float8, k int, s text, y float8)")
        with cls.db.cursor().copy("COPY t FROM STDIN") as cp:
            for row in zip(cls.x, cls.k, cls.s, cls.y):
                cp.write_row([None if v is None else repr(v) if isinstance(v, float) else v for v in row])
        cls.db.execute("SET max_parallel_workers_per_gather = 0")  # partial lists in row order

    def expect(self, col, name, params):
        return self.db.execute(
            "SELECT success, element_count, missing_count, unexpected_count, unexpected_percent,"
            " partial_unexpected_list, observed_value, details FROM mlcheck.expect('t', %s, %s, %s)",
            (col, name, json.dumps(params))).fetchone()

    def check_map(self, col, name, params, want):
        got = self.expect(col, name, params)
        with self.subTest(name=name, params=params):
            self.assertEqual(got[0], want["success"])
            self.assertEqual(got[1], want["element_count"])
            self.assertEqual(got[2], want["missing_count"])
            self.assertEqual(got[3], want["unexpected_count"])
            # same IEEE operations in the same order: equal to the last bit
            self.assertEqual(got[4], want["unexpected_percent"])
            self.assertEqual(got[5], want["partial"])

    def test_column_map(self):
        x, s = self.x, self.s
        for lo, hi, smin, smax, mostly in [(20, 80, False, False, 1.0), (20, 80, True, True, 0.95),
                                           (None, 50, False, False, 0.5), (50.5, None, False, True, 0.5)]:
            params = {"min_value": lo, "max_value": hi, "strict_min": smin, "strict_max": smax, "mostly": mostly}

            def bad(v, lo=lo, hi=hi, smin=smin, smax=smax):
                below = lo is not None and (v <= lo if smin else v < lo)
                above = hi is not None and (v >= hi if smax else v > hi)
                return below or above
            self.check_map("x", "expect_column_values_to_be_between", params, map_oracle(x, bad, mostly))
        self.check_map("x", "expect_column_values_to_not_be_null", {"mostly": 0.96},
                       map_oracle(x, lambda v: v is None, 0.96, skip_missing=True))
        self.check_map("x", "expect_column_values_to_be_null", {},
                       map_oracle(x, lambda v: v is not None, skip_missing=True))
        allowed = ["alpha", "beta", "gamma", ""]
        self.check_map("s", "expect_column_values_to_be_in_set", {"value_set": allowed, "mostly": 0.6},
                       map_oracle(s, lambda v: v not in allowed, 0.6))
        self.check_map("s", "expect_column_values_to_not_be_in_set", {"value_set": ["beta", "éta"]},
                       map_oracle(s, lambda v: v in ("beta", "éta")))
        for rx in [r"^[a-z]+$", r"ta", r"[0-9]", r"^$"]:
            self.check_map("s", "expect_column_values_to_match_regex", {"regex": rx, "mostly": 0.5},
                           map_oracle(s, lambda v, rx=rx: re.search(rx, v) is None, 0.5))
            self.check_map("s", "expect_column_values_to_not_match_regex", {"regex": rx},
                           map_oracle(s, lambda v, rx=rx: re.search(rx, v) is not None))
        self.check_map("s", "expect_column_values_to_match_like_pattern", {"like_pattern": "%ta"},
                       map_oracle(s, lambda v: not v.endswith("ta")))
        self.check_map("s", "expect_column_values_to_not_match_like_pattern", {"like_pattern": "_e%"},
                       map_oracle(s, lambda v: len(v) >= 2 and v[1] == "e"))
        self.check_map("s", "expect_column_value_lengths_to_be_between", {"min_value": 4, "max_value": 5},
                       map_oracle(s, lambda v: not 4 <= len(v) <= 5))
        self.check_map("s", "expect_column_value_lengths_to_equal", {"value": 3},
                       map_oracle(s, lambda v: len(v) != 3))
        counts = {}
        for v in self.k:
            counts[v] = counts.get(v, 0) + 1
        want = map_oracle(self.k, lambda v: counts[v] > 1)
        # duplicated values are listed in value order (GROUP BY), each as often as it occurs
        want["partial"] = sorted(v for v in self.k if counts[v] > 1)[:20]
        self.check_map("k", "expect_column_values_to_be_unique", {}, want)

    def test_row_order(self):
        nonnull = [v for v in self.x if v is not None]
        for strictly in (False, True):
            for name, up in (("expect_column_values_to_be_increasing", True),
                             ("expect_column_values_to_be_decreasing", False)):
                bad = []
                for prev, cur in zip(nonnull, nonnull[1:]):
                    ok = (cur > prev if strictly else cur >= prev) if up else (cur < prev if strictly else cur <= prev)
                    if not ok:
                        bad.append(cur)
                want = {"success": not bad, "element_count": N, "missing_count": N - len(nonnull),
                        "unexpected_count": len(bad), "unexpected_percent": len(bad) / len(nonnull) * 100,
                        "partial": bad[:20]}
                self.check_map("x", name, {"strictly": strictly}, want)

    def test_pairs(self):
        rows = list(zip(self.x, self.y))
        for ignore in ("both_values_are_missing", "either_value_is_missing", "neither"):
            for or_equal in (False, True):
                if ignore == "both_values_are_missing":
                    kept = [(a, b) for a, b in rows if not (a is None and b is None)]
                elif ignore == "either_value_is_missing":
                    kept = [(a, b) for a, b in rows if a is not None and b is not None]
                else:
                    kept = rows
                bad = [[a, b] for a, b in kept
                       if a is None or b is None or not (a >= b if or_equal else a > b)]
                want = {"success": not bad, "element_count": N, "missing_count": N - len(kept),
                        "unexpected_count": len(bad), "unexpected_percent": len(bad) / len(kept) * 100,
                        "partial": bad[:20]}
                self.check_map("x", "expect_column_pair_values_a_to_be_greater_than_b",
                               {"column_B": "y", "or_equal": or_equal, "ignore_row_if": ignore}, want)

    def test_aggregates(self):
        x = np.array([v for v in self.x if v is not None])
        k = np.array(self.k)
        cases = [
            ("x", "expect_column_mean_to_be_between", float(np.mean(x))),
            ("x", "expect_column_median_to_be_between", float(np.median(x))),
            ("x", "expect_column_stdev_to_be_between", float(np.std(x, ddof=1))),
            ("x", "expect_column_sum_to_be_between", float(np.sum(x))),
            ("x", "expect_column_min_to_be_between", float(np.min(x))),
            ("x", "expect_column_max_to_be_between", float(np.max(x))),
            ("k", "expect_column_mean_to_be_between", float(np.mean(k))),
            ("k", "expect_column_median_to_be_between", float(np.median(k))),
            ("k", "expect_column_stdev_to_be_between", float(np.std(k, ddof=1))),
            ("k", "expect_column_sum_to_be_between", float(np.sum(k))),
            ("k", "expect_column_unique_value_count_to_be_between", float(len(np.unique(k)))),
            ("x", "expect_column_proportion_of_unique_values_to_be_between", len(np.unique(x)) / len(x)),
            ("k", "expect_column_proportion_of_unique_values_to_be_between", len(np.unique(k)) / len(k)),
        ]
        for col, name, want in cases:
            with self.subTest(col=col, name=name):
                got = self.expect(col, name, {"min_value": want - 1e-6 * abs(want), "max_value": want + 1e-6 * abs(want)})
                self.assertClose(float(got[6]), want, rtol=1e-12)
                self.assertTrue(got[0])
                got = self.expect(col, name, {"min_value": want + 1e-6 * abs(want) + 1e-9})
                self.assertFalse(got[0])

    def test_quantiles(self):
        for col, vals in (("x", np.array([v for v in self.x if v is not None])), ("k", np.array(self.k))):
            qs = [0.0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0]
            want = [float(v) for v in np.quantile(vals, qs, method="inverted_cdf")]
            ranges = [[w, w] for w in want]
            ranges[3] = [want[3] + 1, None]
            got = self.expect(col, "expect_column_quantile_values_to_be_between",
                              {"quantile_ranges": {"quantiles": qs, "value_ranges": ranges}})
            with self.subTest(col=col):
                self.assertEqual([float(v) for v in got[6]["values"]], want)
                self.assertEqual(got[7]["success_details"], [i != 3 for i in range(len(qs))])
                self.assertFalse(got[0])

    def test_value_sets(self):
        nonnull = [v for v in self.s if v is not None]
        distinct = sorted(set(nonnull), key=lambda v: v.encode())  # the test cluster sorts in C.UTF-8 order
        counts = {v: nonnull.count(v) for v in distinct}
        top = max(counts.values())
        modes = [v for v in distinct if counts[v] == top]
        got = self.expect("s", "expect_column_distinct_values_to_equal_set", {"value_set": distinct})
        with self.subTest(what="distinct values and counts"):
            self.assertTrue(got[0])
            self.assertEqual(got[6], distinct)
            self.assertEqual(got[7]["value_counts"], [{"value": v, "count": counts[v]} for v in distinct])
        with self.subTest(what="contain / in set"):
            self.assertTrue(self.expect("s", "expect_column_distinct_values_to_contain_set", {"value_set": distinct[:3]})[0])
            self.assertFalse(self.expect("s", "expect_column_distinct_values_to_be_in_set", {"value_set": distinct[:3]})[0])
        with self.subTest(what="most common"):
            got = self.expect("s", "expect_column_most_common_value_to_be_in_set", {"value_set": modes})
            self.assertEqual(got[6], modes)
            self.assertTrue(got[0])

    def test_suite_equals_single_expectations(self):
        suite = [
            {"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "min_value": 10, "max_value": 90}},
            {"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "s", "value_set": ["alpha", "beta"]}},
            {"expectation_type": "expect_column_values_to_be_unique", "kwargs": {"column": "k"}},
            {"expectation_type": "expect_column_values_to_be_increasing", "kwargs": {"column": "y"}},
            {"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "x"}},
            {"expectation_type": "expect_column_most_common_value_to_be_in_set", "kwargs": {"column": "s", "value_set": ["alpha"]}},
            {"expectation_type": "expect_table_row_count_to_equal", "kwargs": {"value": N}},
        ]
        rows = self.db.execute(
            "SELECT expectation_index, success, element_count, missing_count, unexpected_count, unexpected_percent,"
            " partial_unexpected_list, observed_value, details FROM mlcheck.expect_all('t', %s) ORDER BY 1",
            (json.dumps({"expectations": suite}),)).fetchall()
        self.assertEqual([r[0] for r in rows], list(range(len(suite))))
        for r, e in zip(rows, suite):
            kw = dict(e["kwargs"])
            col = kw.pop("column", None)
            with self.subTest(expectation=e["expectation_type"]):
                self.assertEqual(tuple(r[1:]), tuple(self.expect(col, e["expectation_type"], kw)))
