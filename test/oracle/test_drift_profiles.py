"""Oracle tests of mlcheck.drift() between profiles, and of the dataset-level functions:
  - exact profiles: every method equals scipy 1.10 / numpy on the same values to 1e-9 (the same
    dataset pairs as test_drift.py), and equals drift_test over the raw rows;
  - sketch profiles (1,000,000 rows per side): the KS D is within 0.01 of scipy's exact D;
  - dataset drift: Benjamini-Hochberg adjusted p-values equal a hand-rolled BH, drifted and
    drifted_share follow the stated rule, drift_table equals drift() column by column."""
import numpy as np
import scipy.stats as st

import drift_reference as ref
from oracle import EXACT_RTOL, OracleCase, load_array
from test_drift import CATEGORICAL_METHODS, NUMERIC_METHODS, stacked

EXACT_LIMIT = 1000000  # keep profiles exact (as long as they fit the profile's size budget)


class DriftProfileOracle(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.num = ref.numeric_pairs()
        cls.cat = ref.categorical_pairs()
        cls.bools = ref.bool_pairs()
        for name, pairs in [("num", cls.num), ("cat", cls.cat), ("bools", cls.bools)]:
            load_array(cls.db, name, stacked(pairs))
            cls.db.execute(f"""CREATE TABLE {name}_p AS
                SELECT g, mlcheck.profile(v, {EXACT_LIMIT}) FILTER (WHERE NOT cur) AS r,
                          mlcheck.profile(v, {EXACT_LIMIT}) FILTER (WHERE cur) AS c
                FROM {name} GROUP BY g""")

    def drift_rows(self, table, method):
        rows = self.db.execute(
            f"SELECT g, (d).method, (d).statistic, (d).p_value, (d).threshold, (d).drifted, (d).exact "
            f"FROM (SELECT g, mlcheck.drift(r, c, %s) AS d FROM {table}_p) s ORDER BY g", (method,)).fetchall()
        return {r[0]: r[1:] for r in rows}

    def check(self, got, method, want_stat, want_p):
        m, stat, p, thr, drifted, exact = got
        self.assertEqual(m, method)
        if want_stat is None:
            self.assertIsNone(stat)
            return
        self.assertClose(stat, want_stat, rtol=EXACT_RTOL, atol=1e-300)
        if method in ref.P_METHODS:
            self.assertClose(p, want_p, rtol=EXACT_RTOL, atol=1e-14 if method == "cvm" else 1e-300)
            self.assertEqual(drifted, want_p < thr)
        else:
            self.assertIsNone(p)
            self.assertEqual(drifted, want_stat >= thr)

    def test_numeric_exact_profiles(self):
        n_exact = 0
        for method in NUMERIC_METHODS:
            got = self.drift_rows("num", method)
            for i, (name, a, b) in enumerate(self.num):
                if not got[i][5]:
                    continue  # a profile too large to stay exact: see the sketch test
                n_exact += 1
                with self.subTest(method=method, pair=name):
                    self.check(got[i], method, *ref.numeric(method, a, b))
        self.assertGreaterEqual(n_exact, 20 * len(NUMERIC_METHODS), "at least 20 exact pairs per method")

    def test_categorical_profiles(self):
        for method in CATEGORICAL_METHODS:
            got = self.drift_rows("cat", method)
            for i, (name, a, b) in enumerate(self.cat):
                with self.subTest(method=method, pair=name):
                    self.assertTrue(got[i][5], "text profiles of these sizes are exact")
                    self.check(got[i], method, *ref.binned(method, *ref.category_counts(a, b)))

    def test_bool_profiles(self):
        for method in ["z", "chi2", "js", "psi", "linf", "auto"]:
            got = self.drift_rows("bools", method)
            for i, (name, a, b) in enumerate(self.bools):
                with self.subTest(method=method, pair=name):
                    m = ref.auto_method("bool", a) if method == "auto" else method
                    want = ref.z_test(a, b) if m == "z" else ref.binned(m, *ref.category_counts(a, b))
                    self.check(got[i], m, *want)

    def test_profiles_equal_raw_rows(self):
        # drift() on exact profiles and drift_test on the rows are the same computation
        for method in ["ks", "anderson", "wasserstein", "js", "auto"]:
            rows = self.db.execute(
                f"""SELECT p.g, (mlcheck.drift(p.r, p.c, %s)).*, (t.d).*
                    FROM num_p p JOIN (SELECT g, mlcheck.drift_test(v, cur, %s) d FROM num GROUP BY g) t USING (g)
                    ORDER BY p.g""", (method, method)).fetchall()
            for r in rows:
                if not r[6]:
                    continue
                with self.subTest(method=method, pair=self.num[r[0]][0]):
                    self.assertEqual(r[1], r[7])
                    self.assertClose(r[2], r[8], rtol=1e-12, atol=1e-300)
                    self.assertEqual(r[5], r[11])

    def test_sketch_ks_within_001_at_1m_rows(self):
        scenarios = [
            ("normal shift 0.01", "sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) + CASE WHEN i % 2 = 0 THEN 0.01 ELSE 0 END"),
            ("lognormal scale", "exp(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) * CASE WHEN i % 2 = 0 THEN 1.05 ELSE 1 END"),
            ("rounded, ties", "round((random() * 100 + CASE WHEN i % 2 = 0 THEN 2 ELSE 0 END)::numeric, 3)::float8"),
        ]
        for name, expr in scenarios:
            with self.subTest(scenario=name):
                self.db.execute("DROP TABLE IF EXISTS big")
                self.db.execute("SELECT setseed(0.42)")
                self.db.execute(f"CREATE TABLE big AS SELECT i % 2 = 0 AS cur, {expr} AS x "
                                f"FROM generate_series(1, 2000000) i")
                # a serial plan: the same rows in the same order give the same sketch every run
                with self.db.transaction():
                    self.db.execute("SET LOCAL max_parallel_workers_per_gather = 0")
                    d_sketch, exact = self.db.execute(
                        """SELECT (d).statistic, (d).exact FROM (SELECT mlcheck.drift(
                               (SELECT mlcheck.profile(x) FROM big WHERE NOT cur),
                               (SELECT mlcheck.profile(x) FROM big WHERE cur), 'ks') d) s""").fetchone()
                xs = self.copy_floats("SELECT x FROM big ORDER BY cur, x")
                n_ref = self.db.execute("SELECT count(*) FROM big WHERE NOT cur").fetchone()[0]
                d_exact = st.ks_2samp(xs[:n_ref], xs[n_ref:]).statistic
                self.assertFalse(exact, "1,000,000 distinct-ish values make a sketch")
                self.assertLessEqual(abs(d_sketch - d_exact), 0.01, f"sketch D {d_sketch}, exact D {d_exact}")

    def test_sketch_noise_is_not_drift(self):
        """Two sketches of one distribution: the conservative KS p-value is 1, the tests
        without a sketch-aware null have no p-value, auto picks a distance."""
        self.db.execute("DROP TABLE IF EXISTS same")
        self.db.execute("SELECT setseed(0.7)")
        self.db.execute("CREATE TABLE same AS SELECT i % 2 = 0 AS cur, "
                        "sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS x FROM generate_series(1, 1000000) i")
        with self.db.transaction():
            self.db.execute("SET LOCAL max_parallel_workers_per_gather = 0")
            self.db.execute("CREATE TABLE same_p AS SELECT cur, mlcheck.profile(x) AS p FROM same GROUP BY cur")
        rows = self.db.execute(
            """SELECT m, (d).method, (d).statistic, (d).p_value, (d).drifted, (d).exact
               FROM (SELECT m, mlcheck.drift(r.p, c.p, m) d FROM same_p r, same_p c,
                     unnest(ARRAY['ks', 'cvm', 'anderson', 'chi2', 'auto']) m WHERE NOT r.cur AND c.cur) s""").fetchall()
        got = {r[0]: r[1:] for r in rows}
        for m in ["ks", "cvm", "anderson", "chi2", "auto"]:
            with self.subTest(method=m):
                self.assertFalse(got[m][4], "sketch profiles")
        self.assertEqual(got["ks"][2], 1.0)
        self.assertFalse(got["ks"][3])
        for m in ["cvm", "anderson", "chi2"]:
            with self.subTest(method=m):
                self.assertIsNotNone(got[m][1])
                self.assertIsNone(got[m][2])
                self.assertIsNone(got[m][3])
        self.assertEqual(got["auto"][0], "wasserstein")
        self.assertFalse(got["auto"][3])

    def copy_floats(self, sql):
        """One float8 column through binary COPY (fast for millions of rows)."""
        data = bytearray()
        with self.db.cursor().copy(f"COPY ({sql}) TO STDOUT (FORMAT binary)") as cp:
            for chunk in cp:
                data += chunk
        body = np.frombuffer(bytes(data[19:len(data) - 2]), dtype=np.dtype([("n", ">i2"), ("l", ">i4"), ("v", ">f8")]))
        return body["v"].astype(np.float64)

    def test_dataset_bh(self):
        # columns of the numeric pairs side by side: column k holds pair k (p-value methods)
        for method in ["ks", "cvm", "chi2"]:
            pairs = [p for p in self.num if len(p[1]) >= 2 and len(p[2]) >= 2][:12]
            ref_arr = ", ".join(f"ROW('c{k}', (SELECT r FROM num_p WHERE g = {self.num.index(p)}))::mlcheck.column_profile"
                                for k, p in enumerate(pairs))
            cur_arr = ", ".join(f"ROW('c{k}', (SELECT c FROM num_p WHERE g = {self.num.index(p)}))::mlcheck.column_profile"
                                for k, p in enumerate(pairs))
            rows = self.db.execute(
                f"SELECT column_name, method, statistic, p_value, p_adjusted, threshold, drifted, exact, drifted_share "
                f"FROM mlcheck.drift_columns(ARRAY[{ref_arr}], ARRAY[{cur_arr}], %s)", (method,)).fetchall()
            self.assertEqual([r[0] for r in rows], [f"c{k}" for k in range(len(pairs))])
            ps = [r[3] for r in rows]
            want_q = ref.benjamini_hochberg(ps)
            drifted = [q < 0.05 for q in want_q]
            for k, r in enumerate(rows):
                with self.subTest(method=method, column=r[0]):
                    self.assertClose(r[4], float(want_q[k]), rtol=1e-12)
                    self.assertEqual(r[6], drifted[k])
                    self.assertClose(r[8], float(np.mean(drifted)), rtol=1e-12)

    def test_bh_adjust_function(self):
        rng = np.random.default_rng(5)
        for m in [1, 2, 7, 50, 300]:
            p = rng.uniform(0, 1, m) ** 3
            p[:m // 5] = p[0]  # ties
            with self.subTest(m=m):
                got = self.db.execute("SELECT mlcheck.bh_adjust(%s::float8[])", (p.tolist(),)).fetchone()[0]
                np.testing.assert_allclose(got, ref.benjamini_hochberg(p), rtol=1e-12)
        got = self.db.execute("SELECT mlcheck.bh_adjust(ARRAY[0.2, NULL, 0.01]::float8[])").fetchone()[0]
        np.testing.assert_allclose([got[0], got[2]], ref.benjamini_hochberg([0.2, 0.01]), rtol=1e-12)
        self.assertIsNone(got[1])

    def test_drift_table_equals_drift(self):
        r = np.random.default_rng(9)
        n1, n2 = 800, 1200
        t1 = {"x": r.normal(0, 1, n1).tolist(), "k": r.choice(["a", "b", "c"], n1).tolist(),
              "f": (r.random(n1) < 0.3).tolist(), "only_ref": r.normal(0, 1, n1).tolist()}
        t2 = {"x": r.normal(0.3, 1, n2).tolist(), "k": r.choice(["a", "b", "d"], n2).tolist(),
              "f": (r.random(n2) < 0.35).tolist(), "only_cur": r.normal(0, 1, n2).tolist()}
        load_array(self.db, "t1", t1)
        load_array(self.db, "t2", t2)
        rows = self.db.execute("SELECT column_name, method, statistic, p_value, p_adjusted, drifted "
                               "FROM mlcheck.drift_table('t1', 't2')").fetchall()
        self.assertEqual([r[0] for r in rows], ["x", "k", "f", "only_ref", "only_cur"])
        want = {"x": ref.numeric("ks", np.array(t1["x"]), np.array(t2["x"])),
                "k": ref.binned("chi2", *ref.category_counts(np.array(t1["k"], object), np.array(t2["k"], object))),
                "f": ref.z_test(np.array(t1["f"]), np.array(t2["f"]))}
        q = ref.benjamini_hochberg([want[c][1] for c in ["x", "k", "f"]])
        for k, row in enumerate(rows[:3]):
            with self.subTest(column=row[0]):
                self.assertClose(row[2], want[row[0]][0])
                self.assertClose(row[3], want[row[0]][1])
                self.assertClose(row[4], float(q[k]), rtol=1e-12)
                self.assertEqual(row[5], bool(q[k] < 0.05))
        for row in rows[3:]:
            with self.subTest(column=row[0]):
                self.assertIsNone(row[2])
                self.assertIsNone(row[5])
