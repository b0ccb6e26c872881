"""Oracle tests of the model-quality metrics (issue 6) against scikit-learn 1.2 / numpy.

Every metric on random data, heavy ties, one class only and tiny groups, per slice (GROUP BY) and
in forced-parallel plans, to a relative 1e-9 (absolute 1e-12 near 0). Where scikit-learn raises
or warns (one class, no positives) the documented mlcheck value is checked instead. The label-free
estimate is checked twice: its formulas against an independent numpy/sklearn computation (1e-9),
and its value against the realised metrics of simulated calibrated data (tolerance below).
"""
import itertools
import json
import math
import warnings

import numpy as np
from sklearn.calibration import calibration_curve
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss,
                             classification_report, confusion_matrix, f1_score, log_loss,
                             matthews_corrcoef, max_error, mean_absolute_error,
                             mean_absolute_percentage_error, mean_squared_error, ndcg_score,
                             precision_score, r2_score, recall_score, roc_auc_score)

from oracle import OracleCase as _OracleCase, fresh_database
from oracle import load_array as _load_array


def load_array(conn, table, columns):
    """oracle.load_array with numpy scalars turned into Python ones (COPY adapts only those)."""
    _load_array(conn, table, {c: np.asarray(v).tolist() for c, v in columns.items()})

warnings.filterwarnings("ignore")
ATOL = 1e-12

class OracleCase(_OracleCase):
    """One fresh database per test class of this module (several classes share the module)."""

    @classmethod
    def setUpClass(cls):
        cls.db = fresh_database("oracle_metrics_" + cls.__name__.lower())


PARALLEL = ["SET parallel_setup_cost = 0", "SET parallel_tuple_cost = 0",
            "SET min_parallel_table_scan_size = 0", "SET max_parallel_workers_per_gather = 2",
            "SET parallel_leader_participation = off"]


def score_sets(rng):
    """(name, scores, labels) covering continuous scores, heavy ties, one class, tiny groups."""
    out = []
    for n in (1, 2, 3, 7, 50, 1000, 20000):
        y = rng.random(n) < 0.35
        p = np.clip(0.3 * y + rng.random(n) * 0.7, 0, 1)
        out.append((f"continuous n={n}", p, y))
    for n in (10, 500, 5000):
        y = rng.random(n) < 0.5
        p = np.round(np.clip(0.2 * y + rng.random(n) * 0.8, 0, 1), 1)  # 11 distinct values
        out.append((f"heavy ties n={n}", p, y))
    y = rng.random(300) < 0.4
    out.append(("one value", np.full(300, 0.5), y))
    out.append(("exact edges", np.repeat(np.linspace(0, 1, 11), 20), rng.random(220) < 0.5))
    out.append(("only negatives", rng.random(100), np.zeros(100, bool)))
    out.append(("only positives", rng.random(100), np.ones(100, bool)))
    return out


class BinaryMetrics(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        rng = np.random.default_rng(20260)
        cls.sets = score_sets(rng)
        g, s, y = [], [], []
        for k, (_, p, lab) in enumerate(cls.sets):
            g += [k] * len(p)
            s += list(p)
            y += list(lab)
        cls.g = np.array(g, dtype=np.int64)
        load_array(cls.db, "b", {"g": cls.g, "s": np.array(s, float), "y": np.array(y, bool),
                                 "yi": np.array(y, np.int64)})
        cls.db.execute("ANALYZE b")

    def groups(self, sql, parallel=False):
        """{g: row} of a GROUP BY g query (optionally in a forced-parallel plan)."""
        with self.db.transaction():
            if parallel:
                for s in PARALLEL:
                    self.db.execute(s)
                plan = "\n".join(r[0] for r in self.db.execute("EXPLAIN " + sql).fetchall())
                self.assertIn("Partial", plan)
            rows = self.db.execute(sql).fetchall()
            if parallel:
                self.db.execute("RESET ALL")
        return {r[0]: r[1:] for r in rows}

    def test_ranking_metrics(self):
        for parallel in (False, True):
            got = self.groups("SELECT g, mlcheck.roc_auc(s, y), mlcheck.pr_auc(s, y), "
                              "mlcheck.roc_auc(s, yi), mlcheck.pr_auc(s, yi) FROM b GROUP BY g", parallel)
            for k, (name, p, y) in enumerate(self.sets):
                with self.subTest(set=name, parallel=parallel):
                    auc, ap, auc_i, ap_i = got[k]
                    self.assertEqual((auc, ap), (auc_i, ap_i), "bool and 0/1 labels agree")
                    if y.all() or not y.any():
                        # sklearn raises for roc_auc; average precision is 0 (with a warning)
                        # without positives: mlcheck returns NULL there, and 1 without negatives
                        self.assertIsNone(auc)
                        self.assertEqual(ap, None if not y.any() else 1.0)
                        if y.all():
                            self.assertEqual(average_precision_score(y, p), 1.0)
                        continue
                    self.assertClose(auc, roc_auc_score(y, p), atol=ATOL)
                    self.assertClose(ap, average_precision_score(y, p), atol=ATOL)

    def test_probability_metrics(self):
        for parallel in (False, True):
            got = self.groups("SELECT g, mlcheck.log_loss(s, y), mlcheck.brier(s, y), "
                              "mlcheck.log_loss(s, yi), mlcheck.brier(s, yi) FROM b GROUP BY g", parallel)
            for k, (name, p, y) in enumerate(self.sets):
                with self.subTest(set=name, parallel=parallel):
                    ll, br, ll_i, br_i = got[k]
                    self.assertClose(ll, log_loss(y, p, labels=[False, True]), rtol=1e-9, atol=ATOL)
                    self.assertClose(br, brier_score_loss(y, p, pos_label=True), atol=ATOL)
                    self.assertClose(ll_i, ll, rtol=1e-12, atol=ATOL)
                    self.assertClose(br_i, br, rtol=1e-12, atol=ATOL)

    def test_confusion(self):
        for t in (0.0, 0.3, 0.5, 1.0):
            for parallel in (False, True):
                got = self.groups(f"SELECT g, (c).* FROM (SELECT g, mlcheck.confusion(s, y, {t}) AS c "
                                  "FROM b GROUP BY g) x", parallel)
                for k, (name, p, y) in enumerate(self.sets):
                    with self.subTest(set=name, threshold=t, parallel=parallel):
                        tp, fp, tn, fn, acc, prec, rec, spec, f1, mcc, thr, skipped = got[k]
                        pred = p >= t
                        cm = confusion_matrix(y, pred, labels=[False, True])
                        self.assertEqual((tn, fp, fn, tp), tuple(int(v) for v in cm.ravel()))
                        self.assertEqual((thr, skipped), (t, 0))
                        self.assertClose(acc, accuracy_score(y, pred), atol=ATOL)
                        # undefined ratios: NULL in mlcheck, 0 (with a warning) in sklearn
                        self.assertClose(prec, precision_score(y, pred, zero_division=0) if tp + fp else None,
                                         atol=ATOL)
                        self.assertClose(rec, recall_score(y, pred, zero_division=0) if tp + fn else None,
                                         atol=ATOL)
                        self.assertClose(spec, tn / (tn + fp) if tn + fp else None, atol=ATOL)
                        self.assertClose(f1, f1_score(y, pred, zero_division=0) if 2 * tp + fp + fn else None,
                                         atol=ATOL)
                        defined = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn) > 0
                        self.assertClose(mcc, matthews_corrcoef(y, pred) if defined else None, atol=ATOL)

    def test_calibration(self):
        for bins in (1, 3, 10, 15):
            for parallel in (False, True):
                got = self.groups(f"SELECT g, mlcheck.calibration_error(s, y, {bins}), "
                                  f"mlcheck.calibration_table(s, yi, {bins}) FROM b GROUP BY g", parallel)
                for k, (name, p, y) in enumerate(self.sets):
                    with self.subTest(set=name, bins=bins, parallel=parallel):
                        ece, table = got[k]
                        # independent: sklearn's calibration_curve and numpy's bin assignment
                        edges = np.linspace(0, 1, bins + 1)
                        binids = np.searchsorted(edges[1:-1], p)
                        counts = np.bincount(binids, minlength=bins)
                        nonempty = counts > 0
                        want = np.sum(np.abs(np.bincount(binids, p, bins) - np.bincount(binids, y, bins))) / len(p)
                        self.assertClose(ece, want, atol=ATOL)
                        rows = parse_bins(table)
                        self.assertEqual([r[3] for r in rows], list(counts))
                        self.assertEqual([r[1] for r in rows], list(edges[:-1]))
                        self.assertEqual([r[2] for r in rows], list(edges[1:]))
                        if y.all() or not y.any():
                            continue  # calibration_curve needs both classes
                        prob_true, prob_pred = calibration_curve(y, p, n_bins=bins, strategy="uniform")
                        got_pred = [r[4] for r, ne in zip(rows, nonempty) if ne]
                        got_true = [r[5] for r, ne in zip(rows, nonempty) if ne]
                        np.testing.assert_allclose(got_pred, prob_pred, rtol=1e-9, atol=ATOL)
                        np.testing.assert_allclose(got_true, prob_true, rtol=1e-9, atol=ATOL)
                        self.assertTrue(all(r[4] is None and r[5] is None for r, ne in zip(rows, nonempty) if not ne))

    def test_binary_metrics_json(self):
        for t in (0.5, 0.25):
            got = self.groups(f"SELECT g, mlcheck.binary_metrics(s, y, {t}) FROM b GROUP BY g", parallel=True)
            for k, (name, p, y) in enumerate(self.sets):
                with self.subTest(set=name, threshold=t):
                    m = got[k][0]
                    pred = p >= t
                    self.assertEqual((m["n"], m["positives"], m["negatives"], m["skipped"]),
                                     (len(p), int(y.sum()), int((~y).sum()), 0))
                    self.assertClose(m["log_loss"], log_loss(y, p, labels=[False, True]), atol=ATOL)
                    self.assertClose(m["brier"], brier_score_loss(y, p, pos_label=True), atol=ATOL)
                    self.assertClose(m["accuracy"], accuracy_score(y, pred), atol=ATOL)
                    self.assertEqual(m["tp"], int((pred & y).sum()))
                    self.assertEqual(m["fp"], int((pred & ~y).sum()))
                    binids = np.searchsorted(np.linspace(0, 1, 11)[1:-1], p)
                    ece = np.sum(np.abs(np.bincount(binids, p, 10) - np.bincount(binids, y, 10))) / len(p)
                    self.assertClose(m["calibration_error"], ece, atol=ATOL)
                    if y.any() and not y.all():
                        self.assertClose(m["roc_auc"], roc_auc_score(y, p), atol=ATOL)
                        self.assertClose(m["pr_auc"], average_precision_score(y, p), atol=ATOL)
                    else:
                        self.assertIsNone(m["roc_auc"])

    def test_roc_auc_binned(self):
        for bins, lo, hi in ((10000, 0, 1), (7, 0, 1), (50, 0.2, 0.6)):
            got = self.groups(f"SELECT g, mlcheck.roc_auc_binned(s, y, {bins}, {lo}, {hi}), "
                              f"mlcheck.roc_auc(s, y) FROM b GROUP BY g", parallel=True)
            for k, (name, p, y) in enumerate(self.sets):
                with self.subTest(set=name, bins=bins, lower=lo, upper=hi):
                    comp, exact = got[k]
                    est, err, n, skipped = parse_row(comp)
                    self.assertEqual((int(n), int(skipped)), (len(p), 0))
                    if y.all() or not y.any():
                        self.assertIsNone(est)
                        continue
                    # independent: numpy histogram of the clamped scores, ties within a bin count 1/2
                    b = np.clip(np.floor((p - lo) / (hi - lo) * bins), 0, bins - 1).astype(int)
                    pos = np.bincount(b[y], minlength=bins).astype(float)
                    neg = np.bincount(b[~y], minlength=bins).astype(float)
                    below = np.concatenate(([0], np.cumsum(neg)[:-1]))
                    P, N = pos.sum(), neg.sum()
                    self.assertClose(est, float(np.sum(pos * (below + 0.5 * neg)) / (P * N)), atol=ATOL)
                    self.assertClose(err, float(np.sum(pos * neg) / (2 * P * N)), atol=ATOL)
                    # the stated bound holds against the exact value
                    self.assertLessEqual(abs(est - exact), err + 1e-15)

    def test_nulls_are_skipped(self):
        rng = np.random.default_rng(7)
        n = 400
        p = rng.random(n)
        y = rng.random(n) < 0.4
        self.db.execute("DROP TABLE IF EXISTS bn")
        self.db.execute("CREATE TABLE bn (s float8, y bool)")
        with self.db.cursor().copy("COPY bn FROM STDIN") as cp:
            for i in range(n):
                cp.write_row((None if i % 13 == 0 else float(p[i]), None if i % 17 == 0 else bool(y[i])))
        keep = np.array([(i % 13 != 0 and i % 17 != 0) for i in range(n)])
        m = self.q1("SELECT mlcheck.binary_metrics(s, y) FROM bn")
        self.assertEqual(m["skipped"], int((~keep).sum()))
        self.assertEqual(m["n"], int(keep.sum()))
        self.assertClose(m["roc_auc"], roc_auc_score(y[keep], p[keep]), atol=ATOL)
        self.assertClose(self.q1("SELECT mlcheck.log_loss(s, y) FROM bn"), log_loss(y[keep], p[keep]), atol=ATOL)


def parse_row(text):
    """Fields of a composite's text form (as psycopg returns unknown composites), None for empty."""
    if not isinstance(text, str):
        return text
    fields = text.strip("()").split(",")
    return [None if f == "" else float(f) for f in fields]


def parse_bins(value):
    """calibration_bin[] as a list of tuples (psycopg returns the array's text form)."""
    if isinstance(value, list):
        return [parse_row(v) for v in value]
    inner = value.strip("{}")
    rows = []
    for part in inner.split('","'):
        rows.append(parse_row(part.strip('"')))
    return rows


class RegressionMetrics(OracleCase):
    def test_random_and_edge_cases(self):
        rng = np.random.default_rng(11)
        cases = [
            ("normal", rng.normal(5, 2, 5000), None),
            ("large offset", 1e6 + rng.normal(0, 1, 2000), None),
            ("tiny", rng.normal(0, 1, 2), None),
            ("with zeros", np.where(rng.random(300) < 0.2, 0.0, rng.normal(0, 1, 300)), None),
            ("constant actual", np.full(50, 3.0), None),
            ("exact predictions", np.full(20, 0.5), "exact"),
            ("wide range", rng.normal(0, 1, 1000) * 10.0 ** rng.integers(-5, 6, 1000), None),
        ]
        g, pred, act = [], [], []
        want = {}
        for k, (name, a, mode) in enumerate(cases):
            p = a.copy() if mode == "exact" else a + rng.normal(0, 1, len(a)) * (1 + abs(a) * 0.1)
            g += [k] * len(a)
            pred += list(p)
            act += list(a)
            want[k] = (name, p, a)
        load_array(self.db, "r", {"g": np.array(g, np.int64), "p": np.array(pred), "a": np.array(act)})
        for parallel in (False, True):
            with self.db.transaction():
                if parallel:
                    for s in PARALLEL:
                        self.db.execute(s)
                rows = self.db.execute("SELECT g, (m).* FROM (SELECT g, mlcheck.regression_metrics(p, a) AS m "
                                       "FROM r GROUP BY g) x").fetchall()
                self.db.execute("RESET ALL")
            for row in rows:
                k, n, mae, mse, rmse, mape, r2, bias, mx, skipped = row
                name, p, a = want[k]
                with self.subTest(case=name, parallel=parallel):
                    self.assertEqual((n, skipped), (len(a), 0))
                    self.assertClose(mae, mean_absolute_error(a, p), atol=ATOL)
                    self.assertClose(mse, mean_squared_error(a, p), atol=ATOL)
                    self.assertClose(rmse, mean_squared_error(a, p, squared=False), atol=ATOL)
                    self.assertClose(mape, mean_absolute_percentage_error(a, p), atol=ATOL)
                    self.assertClose(r2, r2_score(a, p), rtol=1e-9, atol=ATOL)
                    self.assertClose(bias, float(np.mean(p - a)), rtol=1e-9, atol=1e-9 * np.mean(np.abs(p - a)))
                    self.assertClose(mx, max_error(a, p), atol=ATOL)


class ClassificationMetrics(OracleCase):
    def test_reports(self):
        rng = np.random.default_rng(5)
        labels_pool = ["cat", "dog", "bird", "Émile", "zebra", "a b", "", "Ω", "10", "9"]
        sets = []
        for n, k in ((1, 2), (5, 3), (200, 4), (3000, 7), (1000, 10)):
            act = rng.choice(labels_pool[:k], n)
            pred = np.where(rng.random(n) < 0.6, act, rng.choice(labels_pool[:k + 1 if k < 10 else k], n))
            sets.append((act, pred))
        g, a_all, p_all = [], [], []
        for k, (a, p) in enumerate(sets):
            g += [k] * len(a)
            a_all += list(a)
            p_all += list(p)
        load_array(self.db, "c", {"g": np.array(g, np.int64), "a": np.array(a_all, object),
                                  "p": np.array(p_all, object)})
        for parallel in (False, True):
            with self.db.transaction():
                if parallel:
                    for s in PARALLEL:
                        self.db.execute(s)
                rows = dict(self.db.execute("SELECT g, mlcheck.classification_metrics(p, a) FROM c GROUP BY g").fetchall())
                self.db.execute("RESET ALL")
            for k, (a, p) in enumerate(sets):
                with self.subTest(set=k, n=len(a), parallel=parallel):
                    got = rows[k]
                    labels = sorted(set(a) | set(p))
                    rep = classification_report(a, p, labels=labels, output_dict=True, zero_division=0)
                    cm = confusion_matrix(a, p, labels=labels)
                    self.assertEqual(got["confusion_matrix"]["labels"], labels)
                    self.assertEqual(got["confusion_matrix"]["matrix"], cm.tolist())
                    self.assertClose(got["accuracy"], accuracy_score(a, p), atol=ATOL)
                    for lab in labels:
                        for key in ("precision", "recall", "f1-score"):
                            self.assertClose(got[lab][key], rep[lab][key], atol=ATOL, msg=f"{lab} {key}")
                        self.assertEqual(got[lab]["support"], rep[lab]["support"])
                    for avg in ("macro avg", "weighted avg"):
                        for key in ("precision", "recall", "f1-score"):
                            self.assertClose(got[avg][key], rep[avg][key], atol=ATOL, msg=f"{avg} {key}")
                    for key, fn in (("precision", precision_score), ("recall", recall_score), ("f1-score", f1_score)):
                        self.assertClose(got["micro avg"][key], fn(a, p, average="micro", zero_division=0), atol=ATOL)


def brute_precision_at_k(scores, rel, k):
    """Mean precision@k over every order that sorts the scores descending (ties in all orders)."""
    idx = list(range(len(scores)))
    total, count = 0.0, 0
    for perm in itertools.permutations(idx):
        if any(scores[perm[i]] < scores[perm[i + 1]] for i in range(len(perm) - 1)):
            continue
        total += sum(1 for i in perm[:k] if rel[i] > 0) / k
        count += 1
    return total / count


class RankingMetrics(OracleCase):
    def test_ndcg_and_precision(self):
        rng = np.random.default_rng(3)
        queries = []
        for q in range(120):
            n = int(rng.integers(1, 40)) if q % 3 else int(rng.integers(2, 7))
            rel = rng.integers(0, 4, n).astype(float)
            if q % 7 == 0:
                rel = rng.random(n) * 3  # graded, non-integer
            if q % 11 == 0:
                rel[:] = 0
            score = np.round(rng.random(n), 1) if q % 2 else rng.random(n)  # heavy ties on odd q
            queries.append((score, rel))
        qid = np.concatenate([[q] * len(s) for q, (s, _) in enumerate(queries)]).astype(np.int64)
        load_array(self.db, "rk", {"q": qid, "s": np.concatenate([s for s, _ in queries]),
                                   "r": np.concatenate([r for _, r in queries])})
        for k in (None, 1, 3, 10):
            kk = "" if k is None else f", {k}"
            fn = "ndcg" if k is None else "ndcg_at_k"
            pk = "NULL" if k is None else f"mlcheck.precision_at_k(s, r{kk})"
            rows = dict((r[0], r[1:]) for r in self.db.execute(
                f"SELECT q, mlcheck.{fn}(s, r{kk}), {pk} FROM rk GROUP BY q").fetchall())
            per_query = []
            for q, (s, r) in enumerate(queries):
                with self.subTest(query=q, k=k, n=len(s)):
                    got_ndcg, got_p = rows[q]
                    if len(s) >= 2:
                        want = ndcg_score([r], [s], k=k)
                    else:  # sklearn needs 2 documents; mlcheck: 1 if relevant else 0
                        want = 1.0 if r[0] > 0 else 0.0
                    self.assertClose(got_ndcg, want, atol=ATOL)
                    per_query.append(got_ndcg)
                    if k is not None:
                        if len(s) <= 6:
                            self.assertClose(got_p, brute_precision_at_k(list(s), list(r), k), atol=ATOL)
                        else:
                            order = np.argsort(-s, kind="stable")
                            if len(np.unique(s)) == len(s):
                                self.assertClose(got_p, float(np.sum(r[order[:k]] > 0)) / k, atol=ATOL)
            # the mean over queries of the per-query value equals ndcg_score over equal-length
            # queries (sklearn averages samples); check on the queries of length 5
            same = [q for q, (s, _) in enumerate(queries) if len(s) == 5]
            if len(same) >= 2:
                with self.subTest(mean_over_queries=k):
                    want = ndcg_score(np.array([queries[q][1] for q in same]),
                                      np.array([queries[q][0] for q in same]), k=k)
                    got = self.q1(f"SELECT avg(v) FROM (SELECT mlcheck.{fn}(s, r{kk}) AS v FROM rk "
                                  f"WHERE q = ANY(%s) GROUP BY q) t", (same,))
                    self.assertClose(got, want, atol=ATOL)


class LabelFreeEstimates(OracleCase):
    """estimate_performance: formulas to 1e-9, and estimates against realised metrics.

    Tolerance of the realised-vs-estimated check: with n = 200,000 calibrated rows the realised
    accuracy has standard deviation sqrt(sum q(1-q)) / n <= 0.0012 (q = P(correct)), the realised
    ROC AUC, precision, recall and F1 about 0.002 or less (delta method). 0.01 is more than 4
    standard deviations for each, so the test fails with probability well below 1e-4 per metric
    when the estimator is right, and the miscalibrated control shows it does fail when it is wrong.
    """

    def estimate(self, p, t=0.5):
        load_array(self.db, "e", {"p": p})
        return self.q1(f"SELECT mlcheck.estimate_performance(p, {t}) FROM e")

    def test_formulas(self):
        rng = np.random.default_rng(17)
        for n, t in ((1, 0.5), (5, 0.5), (1000, 0.3), (20000, 0.5), (3000, 0.9)):
            p = rng.beta(2, 3, n)
            if n == 3000:
                p = np.round(p, 2)  # ties
            with self.subTest(n=n, threshold=t):
                e = self.estimate(p, t)
                pos = p >= t
                tp, fp = p[pos].sum(), (1 - p[pos]).sum()
                fn, tn = p[~pos].sum(), (1 - p[~pos]).sum()
                self.assertClose(e["expected_tp"], tp, atol=ATOL)
                self.assertClose(e["expected_tn"], tn, atol=ATOL)
                self.assertClose(e["accuracy"], (tp + tn) / n, atol=ATOL)
                self.assertClose(e["precision"], tp / (tp + fp) if tp + fp > 0 else None, atol=ATOL)
                self.assertClose(e["recall"], tp / (tp + fn), atol=ATOL)
                self.assertClose(e["f1"], 2 * tp / (2 * tp + fp + fn), atol=ATOL)
                self.assertClose(e["specificity"], tn / (tn + fp), atol=ATOL)
                # expected ROC AUC: every row a positive of weight p and a negative of weight 1 - p
                want = roc_auc_score(np.r_[np.ones(n), np.zeros(n)], np.r_[p, p], sample_weight=np.r_[p, 1 - p])
                self.assertClose(e["roc_auc"], want, rtol=1e-9, atol=ATOL)

    def test_against_realised_metrics(self):
        n = 200_000
        for seed in (1, 2, 3):
            rng = np.random.default_rng(seed)
            p = rng.beta(2, 3, n)
            y = rng.random(n) < p  # calibrated by construction
            e = self.estimate(p)
            pred = p >= 0.5
            realised = {"accuracy": accuracy_score(y, pred), "precision": precision_score(y, pred),
                        "recall": recall_score(y, pred), "f1": f1_score(y, pred), "roc_auc": roc_auc_score(y, p)}
            for metric, value in realised.items():
                with self.subTest(seed=seed, metric=metric):
                    self.assertLess(abs(e[metric] - value), 0.01, f"estimate {e[metric]}, realised {value}")

    def test_miscalibrated_control(self):
        """The same check fails on miscalibrated scores: the test can fail."""
        n = 200_000
        rng = np.random.default_rng(4)
        p = rng.beta(2, 3, n)
        y = rng.random(n) < p
        q = p ** 3  # confident-looking, wrong probabilities
        e = self.estimate(q)
        pred = q >= 0.5
        self.assertGreater(abs(e["accuracy"] - accuracy_score(y, pred)), 0.05)


class StateAndGate(OracleCase):
    def test_state_text_and_binary_round_trip(self):
        """metric_state text and binary forms round-trip (Citus / postgres_fdw ship text)."""
        self.db.execute("CREATE AGGREGATE bstate(float8, bool) (SFUNC = mlcheck.binary_add, "
                        "STYPE = mlcheck.metric_state, COMBINEFUNC = mlcheck.metric_state_combine)")
        rng = np.random.default_rng(8)
        p, y = rng.random(5000), rng.random(5000) < 0.3
        load_array(self.db, "st", {"s": p, "y": y})
        text = self.q1("SELECT bstate(s, y)::text FROM st")
        self.assertEqual(self.q1("SELECT %s::mlcheck.metric_state::text", (text,)), text)
        self.assertClose(self.q1("SELECT mlcheck.roc_auc_final(%s::mlcheck.metric_state)", (text,)),
                         roc_auc_score(y, p), atol=ATOL)
        # binary: COPY the state out and back in binary format
        self.db.execute("CREATE TABLE st2 (v mlcheck.metric_state)")
        self.db.execute("INSERT INTO st2 SELECT bstate(s, y) FROM st")
        with self.db.cursor().copy("COPY st2 TO STDOUT (FORMAT binary)") as cp:
            data = b"".join(bytes(b) for b in cp)
        self.db.execute("CREATE TABLE st3 (v mlcheck.metric_state)")
        with self.db.cursor().copy("COPY st3 FROM STDIN (FORMAT binary)") as cp:
            cp.write(data)
        self.assertTrue(self.q1("SELECT (SELECT v::text FROM st2) = (SELECT v::text FROM st3)"))
        # a corrupted binary value is rejected with 22P03
        bad2 = bytearray(data)
        self.assertEqual(bad2[25:27], b"\x01\x01")  # version 1, kind binary (after 19 + 2 + 4 bytes)
        bad2[26] = 9  # an unknown kind
        import psycopg
        with self.assertRaises(psycopg.errors.InvalidBinaryRepresentation):
            with self.db.transaction():
                with self.db.cursor().copy("COPY st3 FROM STDIN (FORMAT binary)") as cp:
                    cp.write(bytes(bad2))

    def test_gate_against_python(self):
        """compare_metrics against a direct Python reading of the documented rule semantics."""
        rng = np.random.default_rng(21)
        for trial in range(200):
            cand = {"m": float(rng.normal())} if trial % 10 else {}
            base = {"m": float(rng.normal())} if trial % 13 else {}
            if trial % 17 == 0:
                base["m"] = 0.0
            rule = {}
            if rng.random() < 0.6:
                rule["value"] = {}
                if rng.random() < 0.7:
                    rule["value"]["lower_bound"] = float(rng.normal())
                if rng.random() < 0.5 or not rule["value"]:
                    rule["value"]["upper_bound"] = float(rng.normal())
            if rng.random() < 0.6 or not rule:
                d = "higher_is_better" if rng.random() < 0.5 else "lower_is_better"
                rule["change"] = {"direction": d}
                if rng.random() < 0.6:
                    rule["change"]["absolute"] = float(rng.normal() * 0.5)
                if rng.random() < 0.5 or len(rule["change"]) == 1:
                    rule["change"]["relative"] = float(rng.normal() * 0.5)
            rows = self.db.execute("SELECT rule, passed FROM mlcheck.compare_metrics(%s, %s, %s)",
                                   (json.dumps(cand), json.dumps(base), json.dumps({"m": rule}))).fetchall()
            want = []
            c, b = cand.get("m"), base.get("m")
            for key, op in (("lower_bound", ">="), ("upper_bound", "<=")):
                if key in rule.get("value", {}):
                    bound = rule["value"][key]
                    want.append(c is not None and (c >= bound if op == ">=" else c <= bound))
            ch = rule.get("change")
            if ch:
                higher = ch["direction"] == "higher_is_better"
                d = None if c is None or b is None else c - b
                if "absolute" in ch:
                    want.append(d is not None and (d >= ch["absolute"] if higher else d <= ch["absolute"]))
                if "relative" in ch:
                    if d is None:
                        rel = None
                    elif d == 0:
                        rel = 0.0
                    elif b == 0:
                        rel = math.copysign(math.inf, d)
                    else:
                        rel = d / abs(b)
                    want.append(rel is not None and (rel >= ch["relative"] if higher else rel <= ch["relative"]))
            with self.subTest(trial=trial):
                self.assertEqual([r[1] for r in rows], want, f"{cand} {base} {rule}")
