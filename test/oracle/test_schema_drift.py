"""Oracle tests of the schema comparators: the statistics validate() reports for TFDV's
infinity_norm (L-infinity of the category frequencies) and jensen_shannon_divergence (base 2)
on categorical columns equal numpy / scipy computed from the raw values, and an anomaly is
reported exactly when the statistic is greater than the threshold."""
import json

import numpy as np
from scipy.spatial.distance import jensenshannon

from oracle import OracleCase


class SchemaDrift(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        rng = np.random.default_rng(7)
        cats = np.array(["a", "b", "c", "d", "e", "f"])
        cls.base = cats[rng.choice(6, 4000, p=[0.3, 0.25, 0.2, 0.15, 0.07, 0.03])]
        cls.cur = cats[rng.choice(6, 3000, p=[0.22, 0.28, 0.2, 0.15, 0.1, 0.05])]
        for name, vals in (("base", cls.base), ("cur", cls.cur)):
            cls.db.execute(f"DROP TABLE IF EXISTS {name}")
            cls.db.execute(f"CREATE TABLE {name} (c text)")
            with cls.db.cursor().copy(f"COPY {name} FROM STDIN") as cp:
                for v in vals:
                    cp.write_row([str(v)])
        cls.db.execute("CREATE TABLE baseline AS SELECT * FROM mlcheck.profile_table('base')")

    def freqs(self):
        keys = sorted(set(self.base) | set(self.cur))
        p = np.array([np.sum(self.base == k) for k in keys], dtype=float) / len(self.base)
        q = np.array([np.sum(self.cur == k) for k in keys], dtype=float) / len(self.cur)
        return p, q

    def comparator(self, method, threshold):
        schema = {"columns": {"c": {"skew_comparator": {"method": method, "threshold": threshold}}}}
        rows = self.db.execute(
            "SELECT kind, observed FROM mlcheck.validate('cur', %s, '{\"skew_baseline\": \"baseline\"}')",
            (json.dumps(schema),)).fetchall()
        return rows

    def test_infinity_norm(self):
        p, q = self.freqs()
        want = float(np.max(np.abs(p - q)))
        rows = self.comparator("infinity_norm", 0)
        self.assertEqual([r[0] for r in rows], ["skew_above_threshold"])
        self.assertClose(rows[0][1]["statistic"], want, rtol=1e-12)
        with self.subTest(what="threshold just above the distance"):
            self.assertEqual(self.comparator("infinity_norm", want * (1 + 1e-9)), [])

    def test_jensen_shannon_divergence(self):
        p, q = self.freqs()
        want = float(jensenshannon(p, q, base=2) ** 2)
        rows = self.comparator("jensen_shannon_divergence", 0)
        self.assertClose(rows[0][1]["statistic"], want, rtol=1e-9)
        with self.subTest(what="threshold just above the divergence"):
            self.assertEqual(self.comparator("jensen_shannon_divergence", want * (1 + 1e-6)), [])
        with self.subTest(what="drift() js is its square root"):
            js = self.comparator("js", 0)[0][1]["statistic"]
            self.assertClose(js, float(jensenshannon(p, q, base=2)), rtol=1e-9)
