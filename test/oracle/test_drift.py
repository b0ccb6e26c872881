"""Oracle tests of mlcheck.drift_test (raw-value, exact) against scipy 1.10 / numpy: every method
on at least 20 generated dataset pairs (sizes 5 to 20,000, ties, constant columns, categories on
one side only, empty bins), equal to 1e-9 relative. The reference side is is_current = false.
The independent computations are in drift_reference.py."""
import numpy as np

import drift_reference as ref
from oracle import EXACT_RTOL, OracleCase, load_array

NUMERIC_METHODS = ["ks", "cvm", "anderson", "wasserstein", "psi", "kl", "js", "hellinger", "linf", "chi2"]
CATEGORICAL_METHODS = ["chi2", "psi", "kl", "js", "hellinger", "linf"]


def stacked(pairs):
    """One table for all pairs: g (pair index), v (value), cur (is_current)."""
    g, v, cur = [], [], []
    for i, (_, a, b) in enumerate(pairs):
        g += [i] * (len(a) + len(b))
        v += np.asarray(a).tolist() + np.asarray(b).tolist()
        cur += [False] * len(a) + [True] * len(b)
    return {"g": g, "v": v, "cur": cur}


class DriftTestOracle(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.num = ref.numeric_pairs()
        cls.cat = ref.categorical_pairs()
        cls.bools = ref.bool_pairs()
        load_array(cls.db, "num", stacked(cls.num))
        load_array(cls.db, "cat", stacked(cls.cat))
        load_array(cls.db, "bools", stacked(cls.bools))

    def run_method(self, table, method):
        rows = self.db.execute(
            f"SELECT g, (r).method, (r).statistic, (r).p_value, (r).threshold, (r).drifted, (r).exact "
            f"FROM (SELECT g, mlcheck.drift_test(v, cur, %s) AS r FROM {table} GROUP BY g) s ORDER BY g",
            (method,)).fetchall()
        return {r[0]: r[1:] for r in rows}

    def check_row(self, got, method, want_stat, want_p):
        m, stat, p, thr, drifted, exact = got
        self.assertEqual(m, method)
        self.assertTrue(exact)
        if want_stat is None:
            self.assertIsNone(stat)
            self.assertIsNone(drifted)
            return
        self.assertClose(stat, want_stat, rtol=EXACT_RTOL, atol=1e-300)
        if method in ref.P_METHODS:
            # cvm's asymptotic p-value is 1 - cdf in scipy too: equal to rounding of that cdf
            self.assertClose(p, want_p, rtol=EXACT_RTOL, atol=1e-14 if method == "cvm" else 1e-300)
            self.assertEqual(thr, 0.05)
            self.assertEqual(drifted, want_p < 0.05)
        else:
            self.assertIsNone(p)
            self.assertEqual(thr, 0.1)
            self.assertEqual(drifted, want_stat >= 0.1)

    def test_numeric_methods(self):
        for method in NUMERIC_METHODS:
            got = self.run_method("num", method)
            for i, (name, a, b) in enumerate(self.num):
                with self.subTest(method=method, pair=name):
                    stat, p = ref.numeric(method, a, b)
                    self.check_row(got[i], method, stat, p)

    def test_categorical_methods(self):
        for method in CATEGORICAL_METHODS:
            got = self.run_method("cat", method)
            for i, (name, a, b) in enumerate(self.cat):
                with self.subTest(method=method, pair=name):
                    ca, cb = ref.category_counts(a, b)
                    stat, p = ref.binned(method, ca, cb)
                    self.check_row(got[i], method, stat, p)

    def test_bool_methods(self):
        for method in ["z", "chi2", "js", "psi", "linf"]:
            got = self.run_method("bools", method)
            for i, (name, a, b) in enumerate(self.bools):
                with self.subTest(method=method, pair=name):
                    if method == "z":
                        stat, p = ref.z_test(a, b)
                    else:
                        ca, cb = ref.category_counts(a, b)
                        stat, p = ref.binned(method, ca, cb)
                    self.check_row(got[i], method, stat, p)

    def test_auto(self):
        for table, pairs, kind in [("num", self.num, "numeric"), ("cat", self.cat, "text"),
                                   ("bools", self.bools, "bool")]:
            got = self.run_method(table, "auto")
            for i, (name, a, b) in enumerate(pairs):
                with self.subTest(kind=kind, pair=name):
                    method = ref.auto_method(kind, np.asarray(a))
                    if method == "z":
                        stat, p = ref.z_test(a, b)
                    elif kind == "numeric" and len(np.unique(a)) <= 5:
                        # low-cardinality numbers: categories of values
                        ca, cb = ref.category_counts(np.asarray(a), np.asarray(b))
                        stat, p = ref.binned(method, ca, cb)
                    elif kind == "numeric":
                        stat, p = ref.numeric(method, a, b)
                    else:
                        ca, cb = ref.category_counts(np.asarray(a), np.asarray(b))
                        stat, p = ref.binned(method, ca, cb)
                    self.check_row(got[i], method, stat, p)

    def test_threshold_argument(self):
        name, a, b = self.num[9]
        load_array(self.db, "one", {"v": np.concatenate([a, b]).tolist(),
                                    "cur": [False] * len(a) + [True] * len(b)})
        stat, p = ref.numeric("wasserstein", a, b)
        for thr in [0.0, stat * 0.999, stat * 1.001, 5.0]:
            with self.subTest(threshold=thr):
                row = self.db.execute("SELECT (r).threshold, (r).drifted FROM "
                                      "(SELECT mlcheck.drift_test(v, cur, 'wasserstein', %s) r FROM one) s",
                                      (thr,)).fetchone()
                self.assertEqual(row[0], thr)
                self.assertEqual(row[1], stat >= thr)

    def test_non_finite_values_are_ignored(self):
        name, a, b = self.num[3]
        v = np.concatenate([a, [np.nan, np.inf], b, [-np.inf, np.nan]])
        cur = [False] * (len(a) + 2) + [True] * (len(b) + 2)
        load_array(self.db, "nf", {"v": v.tolist(), "cur": cur})
        stat, p = ref.numeric("ks", a, b)
        row = self.db.execute("SELECT (r).statistic, (r).p_value FROM "
                              "(SELECT mlcheck.drift_test(v, cur, 'ks') r FROM nf) s").fetchone()
        self.assertClose(row[0], stat)
        self.assertClose(row[1], p)

    def test_ks_large_samples(self):
        # above 65,536 values in all, drift_test's KS starts from 2^16 buckets of the doubles
        # (src/core/ksbound.c) instead of keys: normal with a small shift, heavy ties, a narrow
        # range of large numbers, and equal samples; each against scipy.stats.ks_2samp
        rng = np.random.default_rng(20261129)
        pairs = [
            (rng.normal(0, 1, 70000), rng.normal(0.01, 1, 50000)),
            (np.floor(rng.uniform(0, 9, 60000)), np.floor(rng.uniform(0, 9.02, 45000))),
            (1e6 + np.round(rng.uniform(0, 1, 80000), 5), 1e6 + np.round(rng.uniform(0, 1.001, 80000), 5)),
        ]
        same = rng.standard_cauchy(40000)
        pairs.append((same, same[::-1].copy()))
        g, v, cur = [], [], []
        for i, (a, b) in enumerate(pairs):
            g += [i] * (len(a) + len(b))
            v += np.concatenate([a, b]).tolist()
            cur += [False] * len(a) + [True] * len(b)
        load_array(self.db, "ks_large", {"g": g, "v": v, "cur": cur})
        rows = self.db.execute("SELECT g, (r).statistic, (r).p_value FROM (SELECT g, "
                               "mlcheck.drift_test(v, cur, 'ks') r FROM ks_large GROUP BY g) s "
                               "ORDER BY g").fetchall()
        self.assertEqual(len(rows), len(pairs))
        for (i, stat, p), (a, b) in zip(rows, pairs):
            want = ref.numeric("ks", a, b)
            self.assertClose(stat, want[0], rtol=EXACT_RTOL, atol=1e-300)
            self.assertClose(p, want[1], rtol=EXACT_RTOL, atol=1e-300)
        self.assertEqual(rows[3][1], 0.0)

    def test_parallel_equals_serial(self):
        # the largest pair through a forced parallel plan (combine of partial states)
        name, a, b = self.num[16]
        load_array(self.db, "big", {"v": np.concatenate([a, b]).tolist(),
                                    "cur": [False] * len(a) + [True] * len(b)})
        self.db.execute("ANALYZE big")
        stat, p = ref.numeric("ks", a, b)
        with self.db.transaction():
            for k, v in [("parallel_setup_cost", 0), ("parallel_tuple_cost", 0), ("min_parallel_table_scan_size", 0),
                         ("max_parallel_workers_per_gather", 2), ("parallel_leader_participation", "off")]:
                self.db.execute(f"SET LOCAL {k} = {v}")
            plan = "\n".join(r[0] for r in self.db.execute(
                "EXPLAIN (COSTS OFF) SELECT mlcheck.drift_test(v, cur, 'ks') FROM big").fetchall())
            self.assertIn("Partial Aggregate", plan)
            row = self.db.execute("SELECT (r).statistic, (r).p_value FROM "
                                  "(SELECT mlcheck.drift_test(v, cur, 'ks') r FROM big) s").fetchone()
        self.assertClose(row[0], stat)
        self.assertClose(row[1], p)
