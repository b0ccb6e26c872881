"""Oracle tests of mlcheck.profile against numpy: exact mode to 1e-12 (counts, min, max, mean,
variance, quantiles = percentile_disc, cdf, histogram, distinct counts, frequencies), sketch mode
within the stated bounds at 1M rows, merge over random partitions (also under forced parallel
plans), binary send/recv, and the 64 KB size bound."""
import collections
import struct

import numpy as np
import psycopg

from oracle import OracleCase, load_array

SUMMARY = "SELECT (mlcheck.summary(p)).* FROM (SELECT {agg} AS p FROM {src}) s"


def disc_quantile(sorted_x, q):
    """percentile_disc: the value at row ceil(q * n) (at least 1) of the sorted values."""
    n = len(sorted_x)
    r = max(1, int(np.ceil(q * n)))
    return sorted_x[r - 1]


class ProfileOracle(OracleCase):
    def summary(self, agg, src):
        cur = self.db.execute(SUMMARY.format(agg=agg, src=src))
        cols = [d.name for d in cur.description]
        return dict(zip(cols, cur.fetchone()))

    def check_numeric_exact(self, x, label):
        """x: numpy array with NaN/inf allowed and None for NULL (object array)."""
        load_array(self.db, "nx", {"x": x})
        vals = np.array([v for v in x if v is not None], dtype=float)
        fin = np.sort(vals[np.isfinite(vals)])
        s = self.summary("mlcheck.profile(x)", "nx")
        with self.subTest(label=label, what="counts"):
            self.assertTrue(s["exact"])
            self.assertEqual(s["row_count"], len(x))
            self.assertEqual(s["null_count"], sum(v is None for v in x))
            self.assertEqual(s["nan_count"], int(np.isnan(vals).sum()))
            self.assertEqual(s["posinf_count"], int(np.isposinf(vals).sum()))
            self.assertEqual(s["neginf_count"], int(np.isneginf(vals).sum()))
            self.assertEqual(s["finite_count"], len(fin))
            self.assertEqual(s["zero_count"], int((fin == 0).sum()))
            self.assertEqual(s["negative_count"], int((fin < 0).sum()))
            nonfinite = int(np.isnan(vals).any()) + int(np.isposinf(vals).any()) + int(np.isneginf(vals).any())
            self.assertEqual(s["distinct_estimate"], len(np.unique(fin)) + nonfinite)
        with self.subTest(label=label, what="moments"):
            self.assertEqual(s["minimum"], fin[0])
            self.assertEqual(s["maximum"], fin[-1])
            self.assertClose(s["mean"], float(np.mean(fin)), rtol=1e-12)
            self.assertClose(s["sample_variance"], float(np.var(fin, ddof=1)), rtol=1e-12)
            self.assertClose(s["sample_stddev"], float(np.std(fin, ddof=1)), rtol=1e-12)
        with self.subTest(label=label, what="quantiles = percentile_disc"):
            qs = np.linspace(0, 1, 201)
            got = self.q1("SELECT mlcheck.quantile(mlcheck.profile(x), %s) FROM nx", (list(qs),))
            want = [disc_quantile(fin, q) for q in qs]
            self.assertEqual(got, want)
            # and PostgreSQL's own percentile_disc over the finite values agrees
            pg = self.q1("SELECT percentile_disc(%s::float8[]) WITHIN GROUP (ORDER BY x) FROM nx "
                         "WHERE x NOT IN ('NaN', 'Infinity', '-Infinity')", (list(qs),))
            self.assertEqual(got, pg)
        with self.subTest(label=label, what="cdf"):
            pts = np.concatenate([fin[:: max(1, len(fin) // 50)], fin[:: max(1, len(fin) // 50)] + 1e-3])
            got = [r[0] for r in self.db.execute(
                "SELECT mlcheck.cdf(p, t) FROM (SELECT mlcheck.profile(x) AS p FROM nx) s, unnest(%s::float8[]) t",
                (list(pts),)).fetchall()]
            want = [np.searchsorted(fin, t, side="right") / len(fin) for t in pts]
            self.assertEqual(got, want)
        with self.subTest(label=label, what="histogram = numpy.histogram"):
            for bins in (1, 7, 20):
                rows = self.db.execute(
                    "SELECT lower, upper, count FROM mlcheck.histogram((SELECT mlcheck.profile(x) FROM nx), %s) ORDER BY bin",
                    (bins,)).fetchall()
                counts, edges = np.histogram(fin, bins=bins, range=(fin[0], fin[-1]))
                self.assertEqual([r[2] for r in rows], list(counts))
                self.assertEqual([r[0] for r in rows] + [rows[-1][1]], list(edges))
        with self.subTest(label=label, what="top values"):
            got = self.db.execute(
                "SELECT value::float8, count, fraction FROM mlcheck.top_values((SELECT mlcheck.profile(x) FROM nx), 10)").fetchall()
            cnt = collections.Counter(fin.tolist())
            want = sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
            self.assertEqual([(v, c) for v, c, _ in got], want)
            nonnull = len(vals)
            for _, c, f in got:
                self.assertEqual(f, c / nonnull)

    def test_numeric_exact(self):
        rng = np.random.default_rng(7)
        ints = rng.integers(-50, 50, 3000).astype(float)
        decimals = np.round(rng.normal(100, 15, 5000), 2)
        normal = rng.normal(size=9000)
        uniform = rng.uniform(-1e6, 1e6, 10000)
        mixed = list(ints[:500]) + [np.nan, np.inf, -np.inf, np.inf, None, None, 0.0, -0.0]
        self.check_numeric_exact(np.array(list(ints) + [None], dtype=object), "integers")
        self.check_numeric_exact(np.array(list(decimals), dtype=object), "decimals")
        self.check_numeric_exact(np.array(list(normal), dtype=object), "normal")
        self.check_numeric_exact(np.array(list(uniform), dtype=object), "uniform 10000 distinct")
        self.check_numeric_exact(np.array(mixed, dtype=object), "NaN, Inf, NULL, -0")

    def test_text_exact(self):
        rng = np.random.default_rng(11)
        words = ["alpha", "beta", "gamma", "δέλτα", "", "x" * 300, "x" * 299 + "y"]
        idx = rng.zipf(1.5, 20000) % len(words)
        x = [words[i] for i in idx] + [None] * 17
        load_array(self.db, "tx", {"c": np.array(x, dtype=object)})
        s = self.summary("mlcheck.profile(c)", "tx")
        nonnull = [v for v in x if v is not None]
        cnt = collections.Counter(nonnull)
        with self.subTest(what="text counts"):
            self.assertTrue(s["exact"])
            self.assertEqual(s["null_count"], 17)
            self.assertEqual(s["value_count"], len(nonnull))
            self.assertEqual(s["distinct_estimate"], len(cnt))
            lens = [len(v) for v in nonnull]
            self.assertEqual(s["min_length"], min(lens))
            self.assertEqual(s["max_length"], max(lens))
            self.assertClose(s["mean_length"], float(np.mean(lens)), rtol=1e-12)
        with self.subTest(what="text frequencies"):
            got = self.db.execute(
                "SELECT value, count FROM mlcheck.top_values((SELECT mlcheck.profile(c) FROM tx), 100)").fetchall()
            got_counts = sorted(c for _, c in got)
            self.assertEqual(got_counts, sorted(cnt.values()))
            short = {v: c for v, c in cnt.items() if len(v.encode()) <= 128}
            self.assertTrue(all(short[v] == c for v, c in got if v in short))
            # the two long values share their first 128 bytes and stay apart
            self.assertEqual(sum(1 for v, _ in got if v == "x" * 128), 2)

    def test_sketch_numeric_1m(self):
        self.db.execute("DROP TABLE IF EXISTS big; SELECT setseed(0.42)")
        self.db.execute("""CREATE TABLE big AS SELECT i,
            sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS x,
            floor(random() * 1e6)::float8 AS u FROM generate_series(1, 1000000) i""")
        x = np.sort(np.array(self.q1("SELECT array_agg(x) FROM big"), dtype=float))
        u = np.array(self.q1("SELECT array_agg(u) FROM big"), dtype=float)
        s = self.summary("mlcheck.profile(x)", "big")
        eps = s["rank_error"]
        with self.subTest(what="sketch mode and stated error"):
            self.assertFalse(s["exact"])
            self.assertLessEqual(eps, 0.01)
            self.assertLessEqual(s["size_bytes"], 65536)
        with self.subTest(what="moments stay exact-grade in sketch mode"):
            self.assertEqual(s["finite_count"], 1000000)
            self.assertEqual(s["minimum"], x[0])
            self.assertEqual(s["maximum"], x[-1])
            self.assertClose(s["mean"], float(np.mean(x)), rtol=1e-9, atol=1e-15)
            self.assertClose(s["sample_variance"], float(np.var(x, ddof=1)), rtol=1e-12)
        with self.subTest(what="quantile rank error <= stated bound"):
            qs = np.linspace(0, 1, 1001)
            got = np.array(self.q1("SELECT mlcheck.quantile(mlcheck.profile(x), %s) FROM big", (list(qs),)))
            lo = np.searchsorted(x, got, side="left") / len(x)
            hi = np.searchsorted(x, got, side="right") / len(x)
            err = np.maximum(0, np.maximum(lo - qs, qs - hi))
            self.assertLessEqual(err.max(), eps, f"max rank error {err.max()}")
        with self.subTest(what="cdf error <= stated bound"):
            pts = np.linspace(-4, 4, 401)
            got = np.array([r[0] for r in self.db.execute(
                "SELECT mlcheck.cdf(p, t) FROM (SELECT mlcheck.profile(x) AS p FROM big) s, unnest(%s::float8[]) t",
                (list(pts),)).fetchall()])
            want = np.searchsorted(x, pts, side="right") / len(x)
            self.assertLessEqual(np.abs(got - want).max(), eps)
        with self.subTest(what="histogram bins within 2 eps n"):
            rows = self.db.execute(
                "SELECT count FROM mlcheck.histogram((SELECT mlcheck.profile(x) FROM big), 20) ORDER BY bin").fetchall()
            counts, _ = np.histogram(x, bins=20, range=(x[0], x[-1]))
            self.assertEqual(sum(r[0] for r in rows), len(x))
            self.assertLessEqual(np.abs(np.array([r[0] for r in rows]) - counts).max(), 2 * eps * len(x))
        with self.subTest(what="distinct estimate within 2%"):
            d = self.summary("mlcheck.profile(u)", "big")["distinct_estimate"]
            true_d = len(np.unique(u))
            self.assertLessEqual(abs(d - true_d), 0.02 * true_d, f"{d} vs {true_d}")

    def test_sketch_text_heavy_hitters(self):
        self.db.execute("DROP TABLE IF EXISTS bigt; SELECT setseed(0.7)")
        self.db.execute("""CREATE TABLE bigt AS SELECT CASE WHEN random() < 0.3 THEN 'hot' || floor(random() * 5)::int
            ELSE 'k' || floor(random() * 200000)::int END AS c FROM generate_series(1, 1000000) i""")
        c = self.db.execute("SELECT c, count(*) FROM bigt GROUP BY c").fetchall()
        truth = dict(c)
        s = self.summary("mlcheck.profile(c)", "bigt")
        with self.subTest(what="text sketch bounds"):
            self.assertFalse(s["exact"])
            self.assertLessEqual(s["frequency_error"], 1000000 / 101)
            self.assertLessEqual(abs(s["distinct_estimate"] - len(truth)), 0.02 * len(truth))
            self.assertLessEqual(s["size_bytes"], 65536)
        with self.subTest(what="heavy hitters found with counts within the bound"):
            got = dict(self.db.execute(
                "SELECT value, count FROM mlcheck.top_values((SELECT mlcheck.profile(c) FROM bigt), 5)").fetchall())
            self.assertEqual(set(got), {f"hot{i}" for i in range(5)})
            for v, n in got.items():
                self.assertLessEqual(n, truth[v])
                self.assertGreaterEqual(n + s["frequency_error"], truth[v])

    def test_merge_random_partitions(self):
        rng = np.random.default_rng(3)
        x = np.round(rng.normal(size=20000), 3)
        part = rng.integers(0, 9, len(x)).astype(float)  # float: load_array copies numpy floats
        load_array(self.db, "mp", {"x": x, "part": part})
        full = self.summary("mlcheck.profile(x)", "mp")
        for parallel in (False, True):
            if parallel:
                for k, v in {"parallel_setup_cost": 0, "parallel_tuple_cost": 0, "min_parallel_table_scan_size": 0,
                             "max_parallel_workers_per_gather": 2, "parallel_leader_participation": "off"}.items():
                    self.db.execute(f"SET {k} = '{v}'")
            merged = self.summary("mlcheck.merge(p)", "(SELECT mlcheck.profile(x) AS p FROM mp GROUP BY part) g")
            two = self.summary("mlcheck.merge(a, b)",
                               "(SELECT mlcheck.profile(x) FILTER (WHERE part < 4) AS a, mlcheck.profile(x) FILTER (WHERE part >= 4) AS b FROM mp) g")
            for name, m in (("merge aggregate", merged), ("merge function", two)):
                with self.subTest(parallel=parallel, how=name):
                    for k in ("row_count", "null_count", "finite_count", "minimum", "maximum", "distinct_estimate", "exact"):
                        self.assertEqual(m[k], full[k], k)
                    self.assertClose(m["mean"], full["mean"], rtol=1e-12, atol=1e-15)
                    self.assertClose(m["sample_variance"], full["sample_variance"], rtol=1e-12)
            with self.subTest(parallel=parallel, what="merged quantiles equal"):
                q = [0.0, 0.01, 0.3, 0.5, 0.77, 1.0]
                a = self.q1("SELECT mlcheck.quantile(mlcheck.merge(p), %s) FROM (SELECT mlcheck.profile(x) AS p FROM mp GROUP BY part) g", (q,))
                b = self.q1("SELECT mlcheck.quantile(mlcheck.profile(x), %s) FROM mp", (q,))
                self.assertEqual(a, b)
        self.db.execute("RESET ALL")

    def test_binary_send_recv(self):
        self.db.execute("DROP TABLE IF EXISTS bp; CREATE TABLE bp (p mlcheck.profile)")
        self.db.execute("INSERT INTO bp SELECT mlcheck.profile(x::float8) FROM generate_series(1, 100) x")
        with self.db.cursor().copy("COPY bp TO STDOUT (FORMAT binary)") as cp:
            raw = b"".join(bytes(b) for b in cp)
        self.db.execute("CREATE TEMP TABLE bp2 (p mlcheck.profile)")
        with self.db.cursor().copy("COPY bp2 FROM STDIN (FORMAT binary)") as cp:
            cp.write(raw)
        with self.subTest(what="binary round trip"):
            self.assertTrue(self.q1("SELECT (SELECT p::text FROM bp) = (SELECT p::text FROM bp2)"))
        # the field starts after the 19-byte header, a 2-byte field count and a 4-byte length
        body_at = 19 + 2 + 4
        (flen,) = struct.unpack(">i", raw[21:25])
        bad = bytearray(raw)
        bad[body_at + flen - 1] ^= 0x5A  # last byte of the profile
        with self.subTest(what="corrupt binary input: 22P03"):
            with self.assertRaises(psycopg.Error) as cm:
                with self.db.cursor().copy("COPY bp2 FROM STDIN (FORMAT binary)") as cp:
                    cp.write(bytes(bad))
            self.assertEqual(cm.exception.sqlstate, "22P03")

    def test_size_bound(self):
        for sql, label in (("random()", "uniform"), ("floor(random() * 1e9)", "wide integers"),
                           ("(random() - 0.5) * 10 ^ (random() * 600 - 300)", "adversarial magnitudes")):
            with self.subTest(what=label):
                size = self.q1(f"SELECT (mlcheck.summary(mlcheck.profile(({sql})::float8))).size_bytes FROM generate_series(1, 2000000)")
                self.assertLessEqual(size, 65536)
        with self.subTest(what="text of random long strings"):
            size = self.q1("SELECT (mlcheck.summary(mlcheck.profile(repeat(md5(i::text), 10)))).size_bytes FROM generate_series(1, 200000) i")
            self.assertLessEqual(size, 65536)
