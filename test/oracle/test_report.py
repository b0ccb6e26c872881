"""Oracle tests of the report's numbers: profile_chart's shared histogram bins against
numpy.histogram (edges and counts, exact profiles, 25 dataset pairs with ties, constant columns,
one-sided and overlapping ranges, NaN / Infinity / NULL), category charts against
collections.Counter, and report_html's counts and table rows against mlcheck.results, read back
from the page with Python's own HTML parser (which also shows that data never became markup)."""
import collections
import html.parser

import numpy as np

from oracle import OracleCase, load_array


def union_edges(a, b, bins):
    """numpy.histogram_bin_edges over the union range of the finite values of a and b."""
    fin = np.concatenate([a[np.isfinite(a)], b[np.isfinite(b)]])
    return np.histogram_bin_edges(fin, bins, range=(fin.min(), fin.max()))


class PageParser(html.parser.HTMLParser):
    """Collects the summary counts, the result rows (status, check, metric) and element names."""

    def __init__(self):
        super().__init__()
        self.counts = {}
        self.rows = []
        self.tags = collections.Counter()
        self._count = None
        self._row = None
        self._cell = None
        self._in_results = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "span" and "data-count" in a or tag == "b" and "data-count" in a:
            self._count = a["data-count"]
        if tag == "table" and a.get("id") == "results-table":
            self._in_results = True
        if self._in_results and tag == "tr" and "data-status" in a:
            self._row = [a["data-status"]]
        if self._row is not None and tag == "td":
            self._cell = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_results = False
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row.append(self._cell)
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._count is not None:
            self.counts[self._count] = int(data)
            self._count = None
        if self._cell is not None:
            self._cell += data


class ReportOracle(OracleCase):
    def chart(self, a, b, bins):
        load_array(self.db, "ca", {"x": list(a)})
        load_array(self.db, "cb", {"x": list(b)})
        return self.q1("SELECT mlcheck.profile_chart((SELECT mlcheck.profile(x) FROM ca), "
                       "(SELECT mlcheck.profile(x) FROM cb), %s)", (bins,))

    def test_histogram_bins_equal_numpy(self):
        rng = np.random.default_rng(8)
        cases = []
        for i in range(25):
            n, m = int(rng.integers(1, 3000)), int(rng.integers(1, 3000))
            kind = i % 5
            if kind == 0:    # normal, shifted and scaled
                a, b = rng.normal(0, 1, n), rng.normal(0.5, 2, m)
            elif kind == 1:  # integers with many ties
                a, b = rng.integers(0, 20, n).astype(float), rng.integers(5, 30, m).astype(float)
            elif kind == 2:  # one side constant
                a, b = np.full(n, 3.25), rng.uniform(0, 10, m)
            elif kind == 3:  # disjoint ranges, long tail
                a, b = rng.exponential(1000, n), 1e5 + rng.exponential(10, m)
            else:            # decimals, NaN and infinities that are not binned
                a = np.round(rng.uniform(-1, 1, n), 2)
                b = np.concatenate([np.round(rng.uniform(-0.5, 2, m), 1), [np.nan, np.inf, -np.inf]])
            bins = int(rng.integers(1, 60))
            cases.append((f"case {i} kind {kind} n={n} m={m} bins={bins}", a, b, bins))
        cases.append(("both constant, equal", np.full(5, 7.0), np.full(3, 7.0), 4))
        for label, a, b, bins in cases:
            got = self.chart(a, b, bins)
            edges = union_edges(a, b, bins)
            with self.subTest(label=label):
                self.assertEqual(got["chart"], "histogram")
                self.assertEqual(got["edges"], [float(e) for e in edges])
                for s, x in zip(got["series"], (a, b)):
                    fin = x[np.isfinite(x)]
                    want, _ = np.histogram(fin, edges)
                    self.assertEqual(s["counts"], [int(c) for c in want])
                    self.assertEqual(s["base"], len(fin))
                    self.assertEqual(s["nonfinite"], int((~np.isfinite(x)).sum()))
                    self.assertEqual(s["rows"], len(x))

    def test_categories_equal_counter(self):
        rng = np.random.default_rng(9)
        for i in range(10):
            na, nb = int(rng.integers(1, 2000)), int(rng.integers(1, 2000))
            ka, kb = int(rng.integers(1, 40)), int(rng.integers(1, 40))
            a = [f"c{int(v)}" for v in rng.zipf(1.5, na) % ka]
            b = [f"c{int(v)}" for v in rng.zipf(1.3, nb) % kb] + ["<script>alert(1)</script>"] * (i + 1)
            top = int(rng.integers(0, 15))
            load_array(self.db, "ta", {"x": np.array(a, dtype=object)})
            load_array(self.db, "tb", {"x": np.array(b, dtype=object)})
            got = self.q1("SELECT mlcheck.profile_chart((SELECT mlcheck.profile(x) FROM ta), "
                          "(SELECT mlcheck.profile(x) FROM tb), top => %s)", (top,))
            ca, cb = collections.Counter(a), collections.Counter(b)
            cats = set(ca) | set(cb)
            # order: the larger fraction of either side, descending, then the value's bytes
            order = sorted(cats, key=lambda c: (-max(ca[c] / len(a), cb[c] / len(b)), c.encode()))
            shown = order[:top]
            with self.subTest(case=i, top=top):
                self.assertEqual([c["value"] for c in got["categories"]], shown)
                self.assertEqual(got["hidden_categories"], len(cats) - len(shown))
                for s, cnt, n in zip(got["series"], (ca, cb), (len(a), len(b))):
                    self.assertEqual(s["counts"], [cnt[c] for c in shown])
                    self.assertEqual(s["other"], n - sum(cnt[c] for c in shown))
                    self.assertEqual(s["base"], n)

    def test_report_counts_and_rows_equal_results(self):
        db = self.db
        load_array(db, "users", {"country": np.array(["DE", "FR", "<b>XX</b>", "<script>alert(1)</script>"] * 5,
                                                     dtype=object),
                                 "income": np.arange(20, dtype=float)})
        db.execute("SELECT mlcheck.add_check('o_rows', 'sql', params => "
                   "'{\"query\": \"SELECT count(*) AS n FROM public.users\", \"min\": 100, \"warn_min\": 200}')")
        db.execute("SELECT mlcheck.add_check('o_by_country', 'sql', params => "
                   "'{\"query\": \"SELECT country, count(*) FROM public.users GROUP BY 1\", \"max\": 4, \"warn_max\": 3}')")
        db.execute("SELECT mlcheck.add_check('o_mean', 'sql', severity => 'warn', params => "
                   "'{\"query\": \"SELECT avg(income) AS mean_income FROM public.users\", \"max\": 5}')")
        db.execute("SELECT mlcheck.add_check('o_broken', 'sql', params => "
                   "'{\"query\": \"SELECT x FROM public.nowhere\"}')")
        db.execute("SELECT count(*) FROM mlcheck.run_checks()")
        run = self.q1("SELECT max(run_id) FROM mlcheck.runs")
        page = self.q1("SELECT mlcheck.report_html()")
        p = PageParser()
        p.feed(page)
        p.close()
        r = db.execute("SELECT n_checks, n_pass, n_warn, n_fail, n_error, n_blocking FROM mlcheck.runs "
                       "WHERE run_id = %s", (run,)).fetchone()
        per_check = dict(db.execute(
            "SELECT s, count(*) FROM (SELECT (ARRAY['pass','warn','fail','error'])[max(mlcheck._rp_rank(status)) + 1] s "
            "FROM mlcheck.results WHERE run_id = %s GROUP BY check_id) w GROUP BY s", (run,)).fetchall())
        rows = db.execute("SELECT status, check_name, coalesce(metric, '') FROM mlcheck.results WHERE run_id = %s",
                          (run,)).fetchall()
        with self.subTest(what="summary counts = the run's counts"):
            self.assertEqual([p.counts[k] for k in ("checks", "pass", "warn", "fail", "error", "blocking")], list(r))
        with self.subTest(what="summary counts = worst status per check in results"):
            for s in ("pass", "warn", "fail", "error"):
                self.assertEqual(p.counts[s], per_check.get(s, 0), s)
            self.assertEqual(p.counts["results"], len(rows))
        with self.subTest(what="table rows = results rows (status, check, metric)"):
            shown = sorted((row[0], row[2], row[5]) for row in p.rows)
            self.assertEqual(shown, sorted(rows))
        with self.subTest(what="rows sorted worst first"):
            rank = {"pass": 0, "warn": 1, "fail": 2, "error": 3}
            ranks = [rank[row[0]] for row in p.rows]
            self.assertEqual(ranks, sorted(ranks, reverse=True))
        with self.subTest(what="data shown as text, never as elements"):
            self.assertEqual(p.tags["script"], 0)
            metrics = [row[5] for row in p.rows]
            self.assertIn("<script>alert(1)</script>", metrics)
            self.assertIn("<b>XX</b>", metrics)

    def test_svg_documents_are_well_formed_xml(self):
        """profile_svg / chart_svg / metrics_svg output is an SVG document (an .svg file): it
        parses as XML, its root is {http://www.w3.org/2000/svg}svg with width, height and
        viewBox, and the label from data comes back as text."""
        import xml.etree.ElementTree as ET
        svgs = {
            "numeric": "SELECT mlcheck.profile_svg((SELECT mlcheck.profile(x::float8) FROM generate_series(1, 500) x), "
                       "(SELECT mlcheck.profile(x::float8 * 1.3) FROM generate_series(1, 300) x), title => 'a <b> & \"c\"')",
            "categories": "SELECT mlcheck.profile_svg((SELECT mlcheck.profile(x) FROM unnest(ARRAY['<script>alert(1)</script>', "
                          "'x', 'x', 'it''s']) x))",
            "metrics": "SELECT mlcheck.metrics_svg(ARRAY['auc', '<r2>'], ARRAY[0.8, -0.1], ARRAY[0.85, NULL])",
            "empty": "SELECT mlcheck.profile_svg((SELECT mlcheck.profile(x) FROM unnest(ARRAY[]::float8[]) x))",
        }
        for name, sql in svgs.items():
            with self.subTest(svg=name):
                root = ET.fromstring(self.q1(sql))
                self.assertEqual(root.tag, "{http://www.w3.org/2000/svg}svg")
                w, h = float(root.get("width")), float(root.get("height"))
                self.assertGreater(w, 0)
                self.assertGreater(h, 0)
                self.assertEqual(root.get("viewBox"), f"0 0 {root.get('width')} {root.get('height')}")
                texts = ["".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}title")]
                if name == "numeric":
                    self.assertEqual(texts[0], 'a <b> & "c"')
                if name == "categories":
                    self.assertIn("<script>alert(1)</script>", texts)
                    self.assertIn("it's", texts)
                    self.assertEqual(len(list(root.iter("{http://www.w3.org/2000/svg}script"))), 0)
                if name == "metrics":
                    self.assertIn("<r2>", texts)
