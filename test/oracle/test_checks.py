"""Oracle tests of the checks runner: the numbers serving and anomaly checks record against numpy
on the same rows, and the NOTIFY payloads as a listening client receives them."""
import datetime as dt
import json
import math
import time

import numpy as np

from oracle import OracleCase, connect, load_array

UTC = dt.timezone.utc
AS_OF = dt.datetime(2026, 2, 1, 12, 0, 0, tzinfo=UTC)


class ChecksNumbers(OracleCase):
    """Values recorded by run_checks() equal numpy's on the same rows."""

    def run_one(self, name, as_of=AS_OF):
        rows = self.db.execute(
            "SELECT metric, value, threshold, status, details FROM mlcheck.run_checks(selector => %s, as_of => %s)"
            " ORDER BY result_id", (name, as_of)).fetchall()
        return {r[0]: r for r in rows}

    def setUp(self):
        self.db.execute("DELETE FROM mlcheck.checks")

    def make_log(self, rng, n):
        # requests over the 3 days before AS_OF, microsecond timestamps
        offs = rng.integers(0, 3 * 86400 * 10**6, n)
        ts = [AS_OF - dt.timedelta(microseconds=int(o)) for o in offs]
        lat = rng.lognormal(3.5, 0.6, n)
        status = np.where(rng.random(n) < 0.03, 500, 200)
        self.db.execute("DROP TABLE IF EXISTS log")
        self.db.execute("CREATE TABLE log (ts timestamptz, lat float8, status int)")
        with self.db.cursor().copy("COPY log FROM STDIN") as cp:
            for i in range(n):
                cp.write_row((ts[i], repr(float(lat[i])), int(status[i])))
        return np.array(offs), lat, status

    def test_latency_quantiles(self):
        rng = np.random.default_rng(11)
        for n in (1, 2, 7, 1000):
            offs, lat, _ = self.make_log(rng, n)
            for q in (0.0, 0.5, 0.9, 0.99, 0.999, 1.0):
                with self.subTest(n=n, q=q):
                    self.db.execute("SELECT mlcheck.add_check('lat', 'latency', 'log', ARRAY['lat'], %s, replace => true)",
                                    (json.dumps({"quantile": q, "max": 1e9}),))
                    got = list(self.run_one("lat").values())[0]
                    # percentile_disc: numpy's inverted_cdf (exact: the value is one of the rows)
                    self.assertEqual(got[1], float(np.quantile(lat, q, method="inverted_cdf")))

    def test_error_rate_and_window(self):
        rng = np.random.default_rng(12)
        offs, lat, status = self.make_log(rng, 5000)
        for window_h in (1, 6, 24, 72):
            with self.subTest(window_h=window_h):
                self.db.execute(
                    "SELECT mlcheck.add_check('err', 'error_rate', 'log', NULL, %s, replace => true)",
                    (json.dumps({"condition": "status >= 500", "max": 1, "time_column": "ts",
                                 "window": f"{window_h} hours"}),))
                got = self.run_one("err")["error_rate"]
                # window (as_of - w, as_of]: offset in [0, w)
                sel = offs < window_h * 3600 * 10**6
                self.assertEqual(got[4]["rows"], int(sel.sum()))
                self.assertClose(got[1], float(np.mean(status[sel] >= 500)), rtol=1e-15)

    def test_freshness_lag(self):
        rng = np.random.default_rng(13)
        offs, _, _ = self.make_log(rng, 300)
        self.db.execute("SELECT mlcheck.add_check('fresh', 'freshness', 'log', ARRAY['ts'], '{\"max_lag\": \"1 hour\"}')")
        got = self.run_one("fresh")["lag_seconds"]
        self.assertClose(got[1], offs.min() / 1e6, rtol=1e-15)
        self.assertEqual(got[3], "pass" if offs.min() <= 3600e6 else "fail")

    def test_volume_zscore(self):
        rng = np.random.default_rng(14)
        offs, _, _ = self.make_log(rng, 4000)
        for window_h, history in ((1, 24), (2, 10), (3, 23), (6, 5)):
            with self.subTest(window_h=window_h, history=history):
                self.db.execute(
                    "SELECT mlcheck.add_check('vol', 'volume', 'log', NULL, %s, replace => true)",
                    (json.dumps({"time_column": "ts", "window": f"{window_h} hours", "history": history}),))
                got = self.run_one("vol")
                w = window_h * 3600 * 10**6
                counts = np.bincount(offs // w, minlength=history + 1)[: history + 1]
                # a history window that ends before the first row is left out (none here: data covers 3 days,
                # except windows reaching further back than the oldest row)
                first = offs.max()
                hist = [counts[k] for k in range(1, history + 1) if k * w <= first]
                self.assertEqual(got["rows"][1], counts[0])
                self.assertEqual(got["rows_zscore"][4]["history"], hist)
                z = (counts[0] - np.mean(hist)) / np.std(hist, ddof=1)
                self.assertClose(got["rows_zscore"][1], float(z), rtol=1e-12)

    def test_prediction_skew(self):
        rng = np.random.default_rng(15)
        n = 2000
        online = rng.random(n)
        offline = online.copy()
        bad = rng.random(n) < 0.05
        offline[bad] += rng.normal(0, 1e-6, bad.sum())
        keep = rng.random(n) < 0.9
        load_array(self.db, "onl", {"k": list(range(n)), "s": online})
        load_array(self.db, "offl", {"k": [int(k) for k in np.flatnonzero(keep)], "s": offline[keep]})
        for rel, abs_ in ((0.0, 0.0), (0.0, 1e-7), (1e-6, 0.0), (1e-6, 1e-6)):
            with self.subTest(rel_tolerance=rel, abs_tolerance=abs_):
                self.db.execute(
                    "SELECT mlcheck.add_check('ps', 'prediction_skew', 'onl', NULL, %s, replace => true)",
                    (json.dumps({"offline": "offl", "key": "k", "online_column": "s", "offline_column": "s",
                                 "rel_tolerance": rel, "abs_tolerance": abs_, "max_mismatch_rate": 1}),))
                got = self.run_one("ps")
                a, b = online[keep], offline[keep]
                # math.isclose, as feature_skew
                mism = np.array([not math.isclose(x, y, rel_tol=rel, abs_tol=abs_) for x, y in zip(a, b)])
                self.assertEqual(got["mismatch_rate"][4]["mismatched"], int(mism.sum()))
                self.assertClose(got["mismatch_rate"][1], float(mism.mean()), rtol=1e-15)
                self.assertClose(got["missing_rate"][1], float(1 - keep.mean()), rtol=1e-15)

    def test_metric_gate_against_sklearn(self):
        from sklearn.metrics import average_precision_score, roc_auc_score
        rng = np.random.default_rng(17)
        n = 3000
        y = rng.random(n) < 0.3
        seg = rng.choice(["a", "b", "c"], n)
        scores = {"current": np.clip(y * 0.35 + rng.random(n) * 0.65, 0, 1),
                  "candidate": np.clip(y * 0.2 + rng.random(n) * 0.8, 0, 1)}
        load_array(self.db, "pred", {
            "model_version": np.array(["current"] * n + ["candidate"] * n, dtype=object),
            "segment": np.concatenate([seg, seg]).astype(object),
            "score": np.concatenate([scores["current"], scores["candidate"]]),
            "label": [bool(v) for v in np.concatenate([y, y])]})
        self.db.execute("""SELECT mlcheck.add_check('gate', 'metric_gate', 'pred', NULL, '{"candidate_version": "candidate",
            "baseline_version": "current", "slice_column": "segment",
            "rules": {"roc_auc": {"value": {"lower_bound": 0.5}, "change": {"direction": "higher_is_better", "absolute": -0.05}},
                      "pr_auc": {"value": {"lower_bound": 0.3}}}}')""")
        got = self.db.execute("SELECT metric, column_name, value, status FROM mlcheck.run_checks(selector => 'gate')").fetchall()
        self.assertEqual(len(got), 4 * 3)
        for metric, column, value, status in got:
            sel = np.ones(n, bool) if column is None else seg == column.split("=")[1]
            auc = {v: roc_auc_score(y[sel], scores[v][sel]) for v in scores}
            with self.subTest(metric=metric, slice=column):
                if metric == "roc_auc":
                    self.assertClose(value, auc["candidate"], rtol=1e-12)
                    self.assertEqual(status, "pass" if auc["candidate"] >= 0.5 else "fail")
                elif metric == "roc_auc_change":
                    self.assertClose(value, auc["candidate"] - auc["current"], rtol=1e-9)
                    self.assertEqual(status, "pass" if auc["candidate"] - auc["current"] >= -0.05 else "fail")
                else:
                    self.assertEqual(metric, "pr_auc")
                    self.assertClose(value, average_precision_score(y[sel], scores["candidate"][sel]), rtol=1e-12)

    def test_drift_kind_against_scipy(self):
        from scipy import stats
        rng = np.random.default_rng(18)
        ref = {c: rng.normal(0, 1, 60) for c in "abc"}
        cur = {"a": rng.normal(0.0, 1, 50), "b": rng.normal(0.5, 1, 50), "c": rng.normal(0.9, 1.3, 50)}
        load_array(self.db, "dref", ref)
        load_array(self.db, "dcur", cur)
        self.db.execute("SELECT mlcheck.snapshot_baseline('dref', 'dref')")
        self.db.execute("""SELECT mlcheck.add_check('dks', 'drift', 'dcur', ARRAY['a', 'b', 'c'], '{"baseline": "dref", "method": "ks"}')""")
        got = {r[0]: r for r in self.db.execute(
            "SELECT column_name, value, status, details FROM mlcheck.run_checks(selector => 'dks')").fetchall()}
        p = np.array([stats.ks_2samp(ref[c], cur[c]).pvalue for c in "abc"])
        # Benjamini-Hochberg: q(i) = min over j >= i of min(1, m p(j) / j), p ascending
        order = np.argsort(p)
        q_sorted = np.minimum.accumulate((len(p) * p[order] / np.arange(1, len(p) + 1))[::-1])[::-1]
        q = np.empty_like(p)
        q[order] = np.minimum(1, q_sorted)
        for k, c in enumerate("abc"):
            with self.subTest(column=c):
                self.assertClose(got[c][3]["statistic"], float(stats.ks_2samp(ref[c], cur[c]).statistic), rtol=1e-12)
                self.assertClose(got[c][3]["p_value"], float(p[k]), rtol=1e-9)
                self.assertClose(got[c][1], float(q[k]), rtol=1e-9)
                self.assertEqual(got[c][2], "fail" if q[k] < 0.05 else "pass")
        big_ref, big_cur = rng.lognormal(0, 0.5, 2000), rng.lognormal(0.1, 0.5, 3000)
        load_array(self.db, "wref", {"x": big_ref})
        load_array(self.db, "wcur", {"x": big_cur})
        self.db.execute("SELECT mlcheck.snapshot_baseline('wref', 'wref')")
        self.db.execute("""SELECT mlcheck.add_check('dw', 'drift', 'wcur', NULL, '{"baseline": "wref", "method": "wasserstein"}')""")
        got = self.db.execute("SELECT value FROM mlcheck.run_checks(selector => 'dw')").fetchone()[0]
        self.assertClose(got, float(stats.wasserstein_distance(big_ref, big_cur) / np.std(big_ref)), rtol=1e-9)

    def test_metric_anomalies(self):
        rng = np.random.default_rng(16)
        values = rng.normal(100, 10, 40)
        values[30] = 180.0
        self.db.execute("DROP TABLE IF EXISTS m")
        self.db.execute("CREATE TABLE m (v float8)")
        self.db.execute("SELECT mlcheck.add_check('src', 'sql', params => '{\"query\": \"SELECT v FROM public.m\"}', stage => 'an')")
        self.db.execute("""SELECT mlcheck.add_check('rel', 'metric_anomaly', params => '{"source": "src", "method": "relative", "max_abs_change": 0.3}', stage => 'an')""")
        self.db.execute("""SELECT mlcheck.add_check('z', 'metric_anomaly', params => '{"source": "src", "method": "zscore", "window": 10, "max_z": 3}', stage => 'an')""")
        t0 = dt.datetime(2025, 12, 1, tzinfo=UTC)
        self.db.execute("""SELECT mlcheck.add_check('ref', 'metric_anomaly', params => %s, stage => 'an')""",
                        (json.dumps({"source": "src", "method": "reference", "k": 2.5,
                                     "reference_from": (t0).isoformat(),
                                     "reference_to": (t0 + dt.timedelta(hours=15)).isoformat()}),))
        for i, v in enumerate(values):
            self.db.execute("DELETE FROM m")
            self.db.execute("INSERT INTO m VALUES (%s)", (float(v),))
            rows = self.db.execute(
                "SELECT check_name, value, status, details FROM mlcheck.run_checks(stage => 'an', as_of => %s)",
                (t0 + dt.timedelta(hours=i),)).fetchall()
            got = {r[0]: r for r in rows}
            with self.subTest(run=i, method="relative"):
                if i >= 1:
                    want = (v - values[i - 1]) / abs(values[i - 1])
                    self.assertClose(got["rel"][1], float(want), rtol=1e-12)
                    self.assertEqual(got["rel"][2], "fail" if abs(want) > 0.3 else "pass")
                else:
                    self.assertEqual(got["rel"][2], "warn")
            with self.subTest(run=i, method="zscore"):
                hist = values[max(0, i - 10):i]
                if len(hist) >= 3:
                    want = (v - hist.mean()) / hist.std(ddof=1)
                    self.assertClose(got["z"][1], float(want), rtol=1e-12)
                    self.assertEqual(got["z"][2], "fail" if abs(want) > 3 else "pass")
                else:
                    self.assertEqual(got["z"][2], "warn")
            with self.subTest(run=i, method="reference"):
                # reference period: runs 0..14, those before the current one
                ref = values[:min(i, 15)]
                if len(ref) >= 2:
                    lo = ref.mean() - 2.5 * ref.std(ddof=1)
                    hi = ref.mean() + 2.5 * ref.std(ddof=1)
                    self.assertClose(got["ref"][3]["lower"], float(lo), rtol=1e-12)
                    self.assertClose(got["ref"][3]["upper"], float(hi), rtol=1e-12)
                    self.assertEqual(got["ref"][2], "pass" if lo <= v <= hi else "fail")
                else:
                    self.assertEqual(got["ref"][2], "warn")
        self.assertEqual((got["rel"][2], got["z"][2]), ("pass", "pass"), "the series settled after the spike")


class ChecksNotify(OracleCase):
    """NOTIFY payloads, received by a listening client."""

    def setUp(self):
        self.db.execute("DELETE FROM mlcheck.checks")
        self.db.execute("DELETE FROM mlcheck.alert_routes")
        self.listener = connect(self.db.info.dbname)
        self.got = []
        self.listener.add_notify_handler(lambda n: self.got.append((n.channel, n.payload)))
        self.listener.execute("LISTEN mlcheck")
        self.listener.execute("LISTEN mlcheck_pager")

    def tearDown(self):
        self.listener.close()

    def wait(self, count, seconds=5.0):
        """Poll the listener until `count` notifications arrived (or the time is up)."""
        deadline = time.monotonic() + seconds
        while len(self.got) < count and time.monotonic() < deadline:
            self.listener.execute("SELECT 1")
            time.sleep(0.05)
        return self.got

    def test_payload_of_a_failing_run(self):
        self.db.execute("SELECT mlcheck.add_check('ok', 'sql', params => '{\"query\": \"SELECT 1 AS one\", \"max\": 1}')")
        self.db.execute("SELECT mlcheck.add_check('bad', 'sql', params => '{\"query\": \"SELECT 5 AS five\", \"max\": 1}', stage => 'model')")
        self.db.execute("SELECT mlcheck.add_check('err', 'sql', params => '{\"query\": \"SELECT 1/0\"}', blocking => false)")
        run_id = self.q1("SELECT DISTINCT run_id FROM mlcheck.run_checks()")
        got = self.wait(1)
        self.assertEqual(len(got), 1)
        channel, payload = got[0]
        self.assertEqual(channel, "mlcheck")
        p = json.loads(payload)
        self.assertEqual(p["run_id"], run_id)
        self.assertEqual(p["counts"], {"checks": 3, "pass": 1, "warn": 0, "fail": 1, "error": 1, "blocking": 1})
        self.assertEqual(p["status"], "error")
        self.assertEqual(p["omitted"], 0)
        want = self.db.execute(
            "SELECT check_name, status, blocking FROM mlcheck.results WHERE run_id = %s AND status IN ('fail', 'error')"
            " ORDER BY blocking DESC, mlcheck._ck_status_rank(status) DESC, check_name", (run_id,)).fetchall()
        self.assertEqual([(r["check"], r["status"], r["blocking"]) for r in p["results"]], want)
        self.assertEqual(p["results"][0]["value"], 5)
        self.assertEqual(p["results"][0]["threshold"], 1)
        self.assertEqual(p["results"][1]["sqlstate"], "22012")
        self.assertNotIn("message", p["results"][1], "error messages stay out of NOTIFY payloads")

    def test_no_notification_without_failures_or_after_rollback(self):
        self.db.execute("SELECT mlcheck.add_check('ok', 'sql', params => '{\"query\": \"SELECT 1 AS one\", \"max\": 1}')")
        self.db.execute("SELECT mlcheck.run_checks()")
        self.db.execute("SELECT mlcheck.add_check('bad', 'sql', params => '{\"query\": \"SELECT 5 AS five\", \"max\": 1}')")
        with self.db.transaction(force_rollback=True):
            self.db.execute("SELECT mlcheck.run_checks()")
        self.assertEqual(self.wait(1, seconds=1.0), [], "a passing run and a rolled-back run notify nothing")
        self.db.execute("SET mlcheck.notify_channel = ''")
        self.db.execute("SELECT mlcheck.run_checks()")
        self.db.execute("RESET mlcheck.notify_channel")
        self.assertEqual(self.wait(1, seconds=1.0), [], "mlcheck.notify_channel = '' disables the notification")
        self.db.execute("SET mlcheck.notify_channel = 'mlcheck_pager'")
        self.db.execute("SELECT mlcheck.run_checks()")
        self.db.execute("RESET mlcheck.notify_channel")
        self.assertEqual([c for c, _ in self.wait(1)], ["mlcheck_pager"], "the channel is configurable")

    def test_route_to_a_channel(self):
        self.db.execute("SELECT mlcheck.add_check('warned', 'sql', params => '{\"query\": \"SELECT 2 AS two\", \"warn_max\": 1}', stage => 'serving')")
        self.db.execute("SELECT mlcheck.add_check('other', 'sql', params => '{\"query\": \"SELECT 2 AS two\", \"warn_max\": 1}', stage => 'data')")
        self.db.execute("INSERT INTO mlcheck.alert_routes (name, stages, min_status, channel) VALUES ('pager', '{serving}', 'warn', 'mlcheck_pager')")
        self.db.execute("SELECT mlcheck.run_checks()")
        got = self.wait(1)
        self.assertEqual([c for c, _ in got], ["mlcheck_pager"], "warnings only: no default notification, one routed")
        p = json.loads(got[0][1])
        self.assertEqual([(r["check"], r["status"]) for r in p["results"]], [("warned", "warn")])

    def test_large_run_is_truncated(self):
        self.db.execute("""SELECT mlcheck.add_check(repeat('c', 190) || i, 'sql', params => '{"query": "SELECT 1 AS one", "max": 0}')
                           FROM generate_series(1, 100) i""")
        self.db.execute("SELECT mlcheck.run_checks()")
        got = self.wait(1)
        self.assertEqual(len(got), 1)
        self.assertLess(len(got[0][1].encode()), 8000)
        p = json.loads(got[0][1])
        self.assertGreater(p["omitted"], 0)
        self.assertEqual(len(p["results"]) + p["omitted"], 100)


class ChecksRetention(OracleCase):
    def test_purge_commits_in_batches(self):
        self.db.execute("SELECT mlcheck.add_check('one', 'sql', params => '{\"query\": \"SELECT 1 AS one\"}')")
        now = self.q1("SELECT now()")
        for days in (400, 300, 200, 1):
            for _ in range(5):
                self.db.execute("SELECT mlcheck.run_checks(as_of => %s)", (now - dt.timedelta(days=days),))
        notices = []
        self.db.add_notice_handler(lambda d: notices.append(d.message_primary))
        self.db.execute("CALL mlcheck.purge_results('250 days', 3)")
        self.assertEqual(notices[-1], "mlcheck: deleted 10 results")
        self.assertEqual(self.q1("SELECT count(*) FROM mlcheck.results"), 10)
        self.assertEqual(self.q1("SELECT count(*) FROM mlcheck.runs"), 10)
        self.assertEqual(self.q1("SELECT min(observed_at) FROM mlcheck.results") > now - dt.timedelta(days=250), True)
