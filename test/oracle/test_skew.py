"""Oracle tests of mlcheck.feature_skew against a join computed in Python (dicts of rows):
joined pairs, matched with math.isclose semantics for floats (NULL = NULL), rows on one side
only, the smallest mismatched keys; and the drift_state binary form (send/receive) round trip."""
import math

import numpy as np

from oracle import OracleCase, load_array


def python_skew(train, serve, features, float_features, rel_tol, abs_tol, sample):
    """train/serve: lists of dicts with key 'k'. Returns {feature: (joined, matched, mismatched,
    training_only, serving_only, sample_keys)}, pairs formed as a SQL join (duplicates multiply)."""
    by_key = {}
    for r in serve:
        if r["k"] is not None:
            by_key.setdefault(r["k"], []).append(r)
    train_keys = {r["k"] for r in train if r["k"] is not None}
    pairs = [(t, s) for t in train if t["k"] is not None for s in by_key.get(t["k"], [])]
    t_only = sum(1 for t in train if t["k"] is None or t["k"] not in by_key)
    s_only = sum(1 for s in serve if s["k"] is None or s["k"] not in train_keys)
    out = {}
    for f in features:
        mism = []
        for t, s in pairs:
            a, b = t[f], s[f]
            if a is None and b is None:
                same = True
            elif a is None or b is None:
                same = False
            elif f in float_features:
                same = a == b or math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)
            else:
                same = a == b
            if not same:
                mism.append(t["k"])
        keys = sorted(set(mism))[:sample]
        out[f] = (len(pairs), len(pairs) - len(mism), len(mism), t_only, s_only, [str(k) for k in keys])
    return out


class FeatureSkewOracle(OracleCase):
    def make(self, seed, n_train, n_serve, overlap, dup=0):
        r = np.random.default_rng(seed)
        train, serve = [], []
        for i in range(n_train):
            train.append({"k": i, "x": float(r.normal()), "n": int(r.integers(0, 5)),
                          "c": ["a", "b", None][int(r.integers(0, 3))], "y": float(r.normal()) if r.random() > 0.1 else None})
        for j in range(n_serve):
            k = j if j < overlap else n_train + j
            base = train[k] if k < n_train else None
            if base is not None and r.random() < 0.7:
                x = base["x"] * (1 + float(r.choice([0, 1e-12, 1e-6])))
                y = base["y"] if r.random() < 0.9 else (None if base["y"] is not None else 1.0)
                row = {"k": k, "x": x, "n": base["n"] if r.random() < 0.8 else base["n"] + 1, "c": base["c"], "y": y}
            else:
                row = {"k": k, "x": float(r.normal()), "n": int(r.integers(0, 5)), "c": "a", "y": float(r.normal())}
            serve.append(row)
        for d in range(dup):
            serve.append(dict(serve[d], x=serve[d]["x"] + 1))
        if n_train > 3:
            train.append({"k": None, "x": 0.0, "n": 0, "c": "a", "y": 0.0})
        return train, serve

    def load(self, name, rows):
        cols = {c: [row[c] for row in rows] for c in ["k", "x", "n", "c", "y"]}
        load_array(self.db, name, cols)
        # load_array types columns from the values; force the intended types
        self.db.execute(f'ALTER TABLE "{name}" ALTER COLUMN k TYPE bigint USING k::bigint, '
                        f'ALTER COLUMN n TYPE int USING n::int, ALTER COLUMN x TYPE float8 USING x::float8, '
                        f'ALTER COLUMN y TYPE float8 USING y::float8, ALTER COLUMN c TYPE text')

    def test_against_python_join(self):
        cases = [(1, 50, 40, 30, 0), (2, 2000, 1500, 1200, 0), (3, 300, 300, 300, 5), (4, 10, 0, 0, 0),
                 (5, 5000, 6000, 2500, 20)]
        for seed, nt, ns, ov, dup in cases:
            train, serve = self.make(seed, nt, ns, ov, dup)
            self.load("tr", train)
            self.load("sv", serve)
            for rel, ab in [(1e-9, 0.0), (1e-5, 0.0), (0.0, 0.5)]:
                want = python_skew(train, serve, ["x", "n", "c", "y"], {"x", "y"}, rel, ab, 5)
                rows = self.db.execute(
                    "SELECT feature, joined, matched, mismatched, training_only, serving_only, match_rate, sample_keys "
                    "FROM mlcheck.feature_skew('tr', 'sv', 'k', NULL, %s, %s)", (rel, ab)).fetchall()
                self.assertEqual([r[0] for r in rows], ["x", "n", "c", "y"])
                for r in rows:
                    with self.subTest(seed=seed, rel=rel, abs=ab, feature=r[0]):
                        w = want[r[0]]
                        self.assertEqual(tuple(r[1:6]), w[:5])
                        self.assertEqual(r[7], w[5])
                        if w[0]:
                            self.assertClose(r[6], w[1] / w[0], rtol=1e-15)
                        else:
                            self.assertIsNone(r[6])

    def test_drift_state_binary_round_trip(self):
        """COPY in binary format goes through drift_state's send and receive functions."""
        states = ["AQEBf/gAAAAAAAABAj/wAAAAAAAAQAgAAAAAAABAEAAAAAAAAA==", "AQIAf/gAAAAAAAACAWEBAAF6AQE=",
                  "AQMLf/gAAAAAAAABAgME"]
        self.db.execute("DROP TABLE IF EXISTS st1, st2")
        self.db.execute("CREATE TABLE st1 (i int, s mlcheck.drift_state)")
        self.db.execute("CREATE TABLE st2 (i int, s mlcheck.drift_state)")
        for i, t in enumerate(states):
            self.db.execute("INSERT INTO st1 VALUES (%s, %s)", (i, t))
        data = b""
        with self.db.cursor().copy("COPY st1 TO STDOUT (FORMAT binary)") as cp:
            for chunk in cp:
                data += bytes(chunk)
        with self.db.cursor().copy("COPY st2 FROM STDIN (FORMAT binary)") as cp:
            cp.write(data)
        got = self.db.execute("SELECT s::text FROM st2 ORDER BY i").fetchall()
        self.assertEqual([g[0] for g in got], states)
        # a corrupted binary value is rejected by the receive function (22P03)
        bad = data.replace(bytes.fromhex("7ff8000000000000"), bytes.fromhex("7ff0000000000000"), 1)
        bad = bad.replace(bytes([1, 1, 1]), bytes([9, 1, 1]), 1)
        with self.assertRaises(Exception) as ctx:
            with self.db.cursor().copy("COPY st2 FROM STDIN (FORMAT binary)") as cp:
                cp.write(bad)
        self.assertIn("malformed drift_state", str(ctx.exception))
