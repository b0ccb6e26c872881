"""Oracle test of the harness itself: numbers PostgreSQL computes over a table loaded through
load_array equal numpy's on the same values (so later oracle tests can trust the loading path),
and the extension reports the version of its control file."""
import os
import re

import numpy as np

from oracle import OracleCase, load_array

HERE = os.path.dirname(os.path.abspath(__file__))


class Foundation(OracleCase):
    def test_version_matches_control_file(self):
        control = open(os.path.join(HERE, "..", "..", "mlcheck.control")).read()
        want = re.search(r"default_version = '([^']+)'", control).group(1)
        self.assertEqual(self.q1("SELECT mlcheck.version()"), want)
        self.assertEqual(self.q1("SELECT extversion FROM pg_extension WHERE extname = 'mlcheck'"), want)

    def test_loading_path_is_exact(self):
        rng = np.random.default_rng(1)
        for n in (1, 2, 17, 1000):
            with self.subTest(n=n):
                x = rng.normal(size=n) * 10.0 ** rng.integers(-150, 150)
                load_array(self.db, "t", {"x": x})
                got = np.array([r[0] for r in self.db.execute("SELECT x FROM t").fetchall()])
                self.assertTrue(np.array_equal(np.sort(got), np.sort(x)), "float8 values survive loading bit for bit")
                if n >= 2:
                    self.assertClose(self.q1("SELECT stddev_samp(x) FROM t"), float(np.std(x, ddof=1)), rtol=1e-12)

    def test_loading_numpy_ints_and_bools(self):
        load_array(self.db, "u", {"i": np.arange(5, dtype=np.int64), "b": np.array([True, False] * 2 + [True]),
                                  "s": np.array(["a", "b", "c", "d", "e"])})
        self.assertEqual(self.db.execute("SELECT sum(i), count(*) FILTER (WHERE b), string_agg(s, '') FROM u").fetchone(),
                         (10, 3, "abcde"))
