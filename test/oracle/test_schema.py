"""Oracle tests of schema inference and validation: the bounds, presence, domains, bands and
uniqueness infer_schema writes, and the counts, fractions and samples validate reports, equal
plain numpy / Python computations on the same rows; validate_profiles agrees with them when the
profiles are exact and stays within its documented bounds when they are sketches."""
import json
import math

import numpy as np

from oracle import OracleCase

N = 5000


def load(db, name, cols, rows):
    db.execute(f'DROP TABLE IF EXISTS "{name}"')
    db.execute(f'CREATE TABLE "{name}" (' + ", ".join(f'"{c}" {t}' for c, t in cols) + ")")
    with db.cursor().copy(f'COPY "{name}" FROM STDIN') as cp:
        for r in rows:
            cp.write_row([None if v is None else repr(v) if isinstance(v, float) else v for v in r])
    db.execute(f'ANALYZE "{name}"')


class Schema(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        rng = np.random.default_rng(42)
        cats = ["alpha", "beta", "gamma", "delta", "eps"]

        def rows(n, shift, new_cat, nulls):
            out = []
            for i in range(n):
                x = float(rng.normal(100 + shift, 20))
                k = int(rng.integers(0 + shift, 50 + shift))
                c = cats[int(rng.integers(0, 5))] if rng.random() > new_cat else "zeta"
                if rng.random() < nulls:
                    x = None
                out.append((i, x, k, c, "w" * int(rng.integers(1, 9))))
            return out
        cls.train = rows(N, 0, 0.0, 0.02)
        cls.serve = rows(N, 10, 0.03, 0.06)
        cols = [("id", "int"), ("x", "float8"), ("k", "int"), ("c", "text"), ("w", "text")]
        load(cls.db, "train", cols, cls.train)
        load(cls.db, "serve", cols, cls.serve)
        cls.schema = cls.db.execute("SELECT mlcheck.infer_schema('train')").fetchone()[0]

    def col(self, rows, j):
        return [r[j] for r in rows]

    def test_inferred_bounds_and_presence(self):
        cols = self.schema["columns"]
        x = [v for v in self.col(self.train, 1) if v is not None]
        k = self.col(self.train, 2)
        with self.subTest(what="float range"):
            self.assertEqual(cols["x"]["minimum"], min(x))
            self.assertEqual(cols["x"]["maximum"], max(x))
        with self.subTest(what="integer range"):
            self.assertEqual((cols["k"]["minimum"], cols["k"]["maximum"]), (min(k), max(k)))
        with self.subTest(what="presence, floored to 6 decimals"):
            presence = len(x) / N
            self.assertEqual(cols["x"]["min_presence"], math.floor(presence * 1e6) / 1e6)
            self.assertTrue(cols["x"]["nullable"])
            self.assertFalse(cols["k"]["nullable"])
        with self.subTest(what="domain and distinct band"):
            c = sorted(set(self.col(self.train, 3)))
            self.assertEqual(cols["c"]["enum"], c)
            self.assertEqual(cols["c"]["distinct_count"], {"minimum": math.floor(len(c) * 0.75), "maximum": math.ceil(len(c) * 1.25)})
        with self.subTest(what="length band"):
            lens = [len(v) for v in self.col(self.train, 4)]
            self.assertEqual((cols["w"]["min_length"], cols["w"]["max_length"]), (min(lens), max(lens)))
        with self.subTest(what="uniqueness"):
            self.assertTrue(cols["id"]["unique"])
            self.assertNotIn("unique", cols["k"])
        with self.subTest(what="row count band"):
            self.assertEqual(self.schema["row_count"], {"minimum": N // 2, "maximum": N + N // 2})

    def test_range_slack(self):
        s = self.db.execute("SELECT mlcheck.infer_schema('train', '{\"range_slack\": 0.1, \"columns\": [\"x\", \"k\"]}')").fetchone()[0]
        x = [v for v in self.col(self.train, 1) if v is not None]
        k = self.col(self.train, 2)
        w = max(x) - min(x)
        self.assertClose(s["columns"]["x"]["minimum"], min(x) - 0.1 * w, rtol=1e-15)
        self.assertClose(s["columns"]["x"]["maximum"], max(x) + 0.1 * w, rtol=1e-15)
        wk = max(k) - min(k)
        self.assertEqual(s["columns"]["k"]["minimum"], max(0, math.floor(min(k) - 0.1 * wk)))
        self.assertEqual(s["columns"]["k"]["maximum"], math.ceil(max(k) + 0.1 * wk))

    def anomalies(self, sql, params=None):
        return {(r[0], r[1]): (r[2], r[3]) for r in self.db.execute(
            f"SELECT column_name, kind, observed, expected FROM {sql}", params).fetchall()}

    def strict_schema(self):
        """The inferred schema with the minimum of x raised by 30 so that serving values fall
        below it too (the serving data are shifted up)."""
        schema = json.loads(json.dumps(self.schema))
        schema["columns"]["x"]["minimum"] += 30
        return schema

    def check_counts(self, got):
        cols = self.strict_schema()["columns"]
        x = self.col(self.serve, 1)
        xs = [v for v in x if v is not None]
        k = self.col(self.serve, 2)
        c = self.col(self.serve, 3)
        lens = [len(v) for v in self.col(self.serve, 4)]
        expect = {
            ("x", "below_minimum"): [v for v in xs if v < cols["x"]["minimum"]],
            ("x", "above_maximum"): [v for v in xs if v > cols["x"]["maximum"]],
            ("k", "above_maximum"): [v for v in k if v > cols["k"]["maximum"]],
            ("c", "values_outside_domain"): [v for v in c if v not in cols["c"]["enum"]],
        }
        for key, bad in expect.items():
            with self.subTest(anomaly=key):
                if not bad:
                    self.assertNotIn(key, got)
                    continue
                obs = got[key][0]
                self.assertEqual(obs["count"], len(bad))
                nn = len(xs) if key[0] == "x" else N
                self.assertEqual(obs["fraction"], len(bad) / nn)
                self.assertTrue(set(obs["sample"]) <= set(bad))
                self.assertEqual(len(obs["sample"]), min(10, len(set(bad))))
        with self.subTest(anomaly="presence"):
            obs = got[("x", "presence_below_minimum")][0]
            self.assertEqual(obs["null_count"], N - len(xs))
            self.assertEqual(obs["presence"], len(xs) / N)
        with self.subTest(anomaly="no anomaly without cause"):
            self.assertNotIn(("k", "below_minimum"), got)
            if min(lens) >= cols["w"]["min_length"] and max(lens) <= cols["w"]["max_length"]:
                self.assertNotIn(("w", "string_length_out_of_band"), got)

    def test_validate_counts(self):
        self.check_counts(self.anomalies("mlcheck.validate('serve', %s)", (json.dumps(self.strict_schema()),)))

    def test_validate_profiles_exact(self):
        got = self.anomalies("(SELECT array_agg(column_name) n, array_agg(profile) p FROM mlcheck.profile_table('serve')) s, "
                             "mlcheck.validate_profiles(s.n, s.p, %s) v", (json.dumps(self.strict_schema()),))
        # exact profiles: same counts (N = 5000 distinct values fit the exact limit 10000)
        self.check_counts(got)

    def test_duplicates(self):
        self.db.execute("DROP TABLE IF EXISTS dup")
        self.db.execute("CREATE TABLE dup AS SELECT (i % 4321) AS id FROM generate_series(1, 20000) i")
        got = self.anomalies("mlcheck.validate('dup', '{\"columns\": {\"id\": {\"unique\": true}}}')")
        obs = got[("id", "not_unique")][0]
        self.assertEqual(obs["distinct_count"], 4321)
        self.assertEqual(obs["duplicate_count"], 20000 - 4321)
        self.assertTrue(obs["exact"])

    def test_sketch_profiles_bounds(self):
        # 40000 distinct values: the profile is a sketch; counts above the maximum come from the
        # quantile sketch (rank error ~1% of the values) and are flagged as estimates
        self.db.execute("DROP TABLE IF EXISTS big")
        self.db.execute("CREATE TABLE big AS SELECT i::float8 / 40000 AS v FROM generate_series(1, 40000) i")
        schema = {"columns": {"v": {"maximum": 0.9}}}
        exact = len([i for i in range(1, 40001) if i / 40000 > 0.9])
        got = self.anomalies("(SELECT array_agg(column_name) n, array_agg(profile) p FROM mlcheck.profile_table('big')) s, "
                             "mlcheck.validate_profiles(s.n, s.p, %s) v", (json.dumps(schema),))
        obs = got[("v", "above_maximum")][0]
        self.assertFalse(obs["exact"])
        self.assertLessEqual(abs(obs["count"] - exact), 0.01 * 40000)
        got = self.anomalies("mlcheck.validate('big', %s)", (json.dumps(schema),))
        self.assertEqual(got[("v", "above_maximum")][0]["count"], exact)
        self.assertTrue(got[("v", "above_maximum")][0]["exact"])
