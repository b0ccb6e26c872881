"""Oracle tests of vector_profile and multivariate_drift against numpy / scipy / scikit-learn:
np.mean/np.cov, a pooled-covariance Hotelling T^2 with scipy.stats.f, sklearn's StandardScaler +
PCA reconstruction, an unbiased RBF-kernel MMD written in numpy on the SAME reservoirs (exported
with vector_profile_sample) with the permutations replayed from the documented splitmix64
generator, scipy.spatial.distance.cosine and scipy.stats.ks_2samp."""
import struct

import numpy as np
import psycopg
from scipy import stats
from scipy.spatial.distance import cosine as sp_cosine
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

from oracle import OracleCase, load_array

M64 = (1 << 64) - 1


class SplitMix64:
    """The generator of src/core/vprofile.c (mc_splitmix64, mc_rand_below), replayed."""

    def __init__(self, seed):
        self.s = seed & M64

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)

    def below(self, bound):
        limit = M64 - (M64 % bound)
        while True:
            x = self.next()
            if x < limit:
                return x % bound


def load_vectors(conn, table, X, extra=None):
    """Table `table` with columns x0..x{d-1} (and `part`/`grp` from extra) and the rows of X."""
    cols = {f"x{k}": X[:, k] for k in range(X.shape[1])}
    if extra:
        cols.update(extra)
    load_array(conn, table, cols)


def arr(d):
    return "ARRAY[" + ", ".join(f"x{k}" for k in range(d)) + "]"


def profile_sql(table, d, where="true", reservoir=None, seed=0):
    args = arr(d) if reservoir is None else f"{arr(d)}, {reservoir}, {seed}"
    return f"(SELECT mlcheck.vector_profile({args}) FROM {table} WHERE {where})"


class MultivariateOracle(OracleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        rng = np.random.default_rng(20261129)
        d = 8
        A = rng.normal(size=(d, d)) / np.sqrt(d)
        cls.d = d
        cls.ref = rng.normal(size=(3000, d)) @ A.T + 5.0
        # current: a small mean shift plus a changed correlation structure
        B = A.copy()
        B[:, 0] *= -1
        cls.cur = rng.normal(size=(2000, d)) @ B.T + 5.0 + 0.05
        load_vectors(cls.db, "ref", cls.ref, {"part": [int(v) for v in rng.integers(0, 7, size=3000)]})
        load_vectors(cls.db, "cur", cls.cur)

    def drift(self, method, options="{}", ref=None, cur=None):
        ref = ref or profile_sql("ref", self.d)
        cur = cur or profile_sql("cur", self.d)
        return self.db.execute(
            f"SELECT statistic, p_value, threshold, drifted FROM mlcheck.multivariate_drift({ref}, {cur}, %s, %s)",
            (method, options)).fetchone()

    def test_mean_and_covariance(self):
        for name, X in (("ref", self.ref), ("cur", self.cur)):
            with self.subTest(table=name):
                mean, cov = self.db.execute(
                    f"SELECT mlcheck.vector_profile_mean(p), mlcheck.vector_profile_covariance(p) FROM {profile_sql(name, self.d)} s(p)").fetchone()
                np.testing.assert_allclose(mean, X.mean(axis=0), rtol=1e-12)
                np.testing.assert_allclose(np.array(cov), np.cov(X.T), rtol=1e-9, atol=1e-12 * np.abs(np.cov(X.T)).max())

    def test_block_paths_equal_numpy(self):
        # 64 dimensions: blocks grown from 32 to 1024 rows, dgemm strips; 150: dsyrk (blocks of
        # 436 rows, the 512 KiB buffer); block_rows = 1: the per-row update. Each against np.cov.
        rng = np.random.default_rng(11)
        for d, n, block in ((64, 6000, None), (150, 3000, None), (64, 1500, 1)):
            with self.subTest(d=d, block=block):
                X = rng.normal(size=(n, d)) @ (rng.normal(size=(d, d)) / np.sqrt(d)) + 3.0
                load_vectors(self.db, "blk", X)
                with self.db.transaction():
                    if block:
                        self.db.execute(f"SET LOCAL mlcheck.vector_profile_block_rows = {block}")
                    mean, cov, count = self.db.execute(
                        "SELECT mlcheck.vector_profile_mean(p), mlcheck.vector_profile_covariance(p), "
                        f"(mlcheck.vector_profile_summary(p)).count FROM {profile_sql('blk', d)} s(p)").fetchone()
                self.assertEqual(count, n)
                np.testing.assert_allclose(mean, X.mean(axis=0), rtol=1e-12)
                C = np.cov(X.T)
                np.testing.assert_allclose(np.array(cov), C, rtol=1e-9, atol=1e-12 * np.abs(C).max())

    def test_large_offset_is_stable(self):
        X = np.random.default_rng(3).normal(size=(5000, 4)) * [1, 10, 0.1, 3] + 1e7
        load_vectors(self.db, "off", X)
        cov = np.array(self.q1(f"SELECT mlcheck.vector_profile_covariance(p) FROM {profile_sql('off', 4)} s(p)"))
        np.testing.assert_allclose(cov, np.cov(X.T), rtol=1e-8, atol=1e-8 * np.abs(np.cov(X.T)).max())

    def test_merge_of_random_partitions_is_one_pass(self):
        one = self.db.execute(f"SELECT mlcheck.vector_profile_mean(p), mlcheck.vector_profile_covariance(p) FROM {profile_sql('ref', self.d)} s(p)").fetchone()
        for split in ("part", "part % 2", "(x0 * 1000)::bigint % 5"):
            with self.subTest(split=split):
                got = self.db.execute(
                    f"SELECT mlcheck.vector_profile_mean(m), mlcheck.vector_profile_covariance(m), (mlcheck.vector_profile_summary(m)).count "
                    f"FROM (SELECT mlcheck.merge(p) m FROM (SELECT mlcheck.vector_profile({arr(self.d)}) p FROM ref GROUP BY {split}) g) s").fetchone()
                self.assertEqual(got[2], 3000)
                np.testing.assert_allclose(got[0], one[0], rtol=1e-12)
                c1, c0 = np.array(got[1]), np.array(one[1])
                self.assertLess(np.abs(c1 - c0).max() / np.abs(c0).max(), 1e-12)

    def hotelling_oracle(self, X, Y):
        n1, n2 = len(X), len(Y)
        S = ((n1 - 1) * np.cov(X.T) + (n2 - 1) * np.cov(Y.T)) / (n1 + n2 - 2)
        delta = Y.mean(axis=0) - X.mean(axis=0)
        w, V = np.linalg.eigh(S)
        keep = w > w.max() * len(w) * np.finfo(float).eps
        r = int(keep.sum())
        proj = V[:, keep].T @ delta
        t2 = n1 * n2 / (n1 + n2) * np.sum(proj ** 2 / w[keep])
        f = (n1 + n2 - r - 1) / (r * (n1 + n2 - 2)) * t2
        return t2, stats.f.sf(f, r, n1 + n2 - r - 1)

    def test_hotelling(self):
        t2, p = self.hotelling_oracle(self.ref, self.cur)
        got = self.drift("hotelling")
        self.assertClose(got[0], t2)
        self.assertClose(got[1], p)
        self.assertEqual(got[3], p < 0.05)
        # no shift: second half of ref against its first half
        X, Y = self.ref[:1500], self.ref[1500:]
        load_vectors(self.db, "h1", X)
        load_vectors(self.db, "h2", Y)
        t2, p = self.hotelling_oracle(X, Y)
        got = self.drift("hotelling", ref=profile_sql("h1", self.d), cur=profile_sql("h2", self.d))
        self.assertClose(got[0], t2)
        self.assertClose(got[1], p)

    def test_hotelling_fewer_rows_than_dimensions(self):
        X, Y = self.ref[:4], self.cur[:3]  # 7 rows, 8 dimensions: pooled covariance of rank 5
        load_vectors(self.db, "s1", X)
        load_vectors(self.db, "s2", Y)
        t2, p = self.hotelling_oracle(X, Y)
        got = self.drift("hotelling", ref=profile_sql("s1", self.d), cur=profile_sql("s2", self.d))
        self.assertClose(got[0], t2, rtol=1e-7)
        self.assertClose(got[1], p, rtol=1e-7)

    def test_pca_reconstruction(self):
        for share in (0.65, 0.9):
            with self.subTest(variance_share=share):
                sc = StandardScaler().fit(self.ref)
                Z = sc.transform(self.ref)
                pca = PCA(n_components=share, svd_solver="full").fit(Z)
                Zc = sc.transform(self.cur)
                rec = pca.inverse_transform(pca.transform(Zc))
                err = np.mean(np.sum((Zc - rec) ** 2, axis=1))
                lam = np.sort(np.linalg.eigvalsh(np.cov(Z.T)))[::-1]
                disc = lam[pca.n_components_:] * (len(Z) - 1) / len(Z)
                nr, nc = len(self.ref), len(self.cur)
                thr = disc.sum() + 3 * np.sqrt(2 * np.sum(disc ** 2) * (1 / nr + 1 / nc))
                got = self.drift("pca_reconstruction", f'{{"variance_share": {share}}}')
                self.assertClose(got[0], err)
                self.assertIsNone(got[1])
                self.assertClose(got[2], thr)
                self.assertEqual(got[3], err > thr)
                # the reference's own error is the reconstruction error of the reference rows
                rr = pca.inverse_transform(pca.transform(Z))
                own = np.mean(np.sum((Z - rr) ** 2, axis=1))
                self.assertClose(own, disc.sum())

    def test_pca_unstandardized(self):
        pca = PCA(n_components=0.65, svd_solver="full").fit(self.ref)
        D = self.cur - self.ref.mean(axis=0)
        P = pca.components_.T @ pca.components_
        err = np.mean(np.sum((D - D @ P) ** 2, axis=1))
        got = self.drift("pca_reconstruction", '{"standardize": false, "threshold": 0.5}')
        self.assertClose(got[0], err)
        self.assertEqual(got[2], 0.5)

    def mmd_oracle(self, X, Y, perms, seed):
        Z = np.vstack([X, Y])
        m1, m2, N = len(X), len(Y), len(X) + len(Y)
        D2 = np.sum((Z[:, None, :] - Z[None, :, :]) ** 2, axis=2)
        iu = np.triu_indices(N, 1)
        sigma = np.median(np.sqrt(D2[iu]))
        K = np.exp(-D2 / (2 * sigma ** 2))
        np.fill_diagonal(K, 0)

        def stat(ix):
            s = np.zeros(N, bool)
            s[ix] = True
            kxx = K[np.ix_(s, s)].sum()
            kyy = K[np.ix_(~s, ~s)].sum()
            kxy = K[np.ix_(s, ~s)].sum()
            return kxx / (m1 * (m1 - 1)) + kyy / (m2 * (m2 - 1)) - 2 * kxy / (m1 * m2)

        obs = stat(np.arange(m1))
        g = SplitMix64(seed)
        ge = 0
        for _ in range(perms):
            idx = list(range(N))
            for i in range(N - 1, 0, -1):
                j = g.below(i + 1)
                idx[i], idx[j] = idx[j], idx[i]
            ge += stat(np.array(idx[:m1])) >= obs
        return obs, (1 + ge) / (1 + perms), sigma

    def test_mmd_on_the_same_reservoirs(self):
        for seed, cur_where in ((0, "true"), (12345, "x0 > 5")):
            with self.subTest(seed=seed, current=cur_where):
                ref_p = profile_sql("ref", self.d, reservoir=250, seed=1)
                cur_p = profile_sql("cur", self.d, where=cur_where, reservoir=200, seed=2)
                X = np.array(self.q1(f"SELECT mlcheck.vector_profile_sample({ref_p})"))
                Y = np.array(self.q1(f"SELECT mlcheck.vector_profile_sample({cur_p})"))
                self.assertEqual(X.shape, (250, self.d))
                self.assertEqual(Y.shape, (200, self.d))
                obs, p, _ = self.mmd_oracle(X, Y, 40, seed)
                got = self.drift("mmd", f'{{"permutations": 40, "seed": {seed}}}', ref=ref_p, cur=cur_p)
                self.assertClose(got[0], obs)
                self.assertEqual(got[1], p)
                self.assertEqual(got[3], p < 0.05)

    def test_reservoir_rows_are_input_rows(self):
        X = np.array(self.q1(f"SELECT mlcheck.vector_profile_sample({profile_sql('ref', self.d, reservoir=100, seed=9)})"))
        rows = {tuple(r) for r in self.ref}
        self.assertTrue(all(tuple(r) in rows for r in X))
        self.assertEqual(len({tuple(r) for r in X}), 100)

    def test_cosine(self):
        got = self.drift("cosine", '{"threshold": 0.001}')
        want = sp_cosine(self.ref.mean(axis=0), self.cur.mean(axis=0))
        self.assertClose(got[0], want, rtol=1e-9, atol=1e-15)
        self.assertEqual(got[3], want > 0.001)

    def test_share(self):
        ref_p = profile_sql("ref", self.d, reservoir=400, seed=3)
        cur_p = profile_sql("cur", self.d, reservoir=300, seed=4)
        X = np.array(self.q1(f"SELECT mlcheck.vector_profile_sample({ref_p})"))
        Y = np.array(self.q1(f"SELECT mlcheck.vector_profile_sample({cur_p})"))
        fired = 0
        for k in range(self.d):
            fired += stats.ks_2samp(X[:, k], Y[:, k], method="asymp").pvalue < 0.05
        got = self.drift("share", ref=ref_p, cur=cur_p)
        self.assertClose(got[0], fired / self.d)
        self.assertEqual(got[2], 0.5)
        self.assertEqual(got[3], fired / self.d >= 0.5)

    def test_binary_receive_rejects_hostile_bytes(self):
        good = self.db.execute(f"SELECT mlcheck.vector_profile_send({profile_sql('ref', self.d, reservoir=5)})").fetchone()[0]
        self.db.execute("DROP TABLE IF EXISTS vpbin")
        self.db.execute("CREATE TABLE vpbin (p mlcheck.vector_profile)")

        def copy_in(payload):
            head = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
            body = struct.pack(">hi", 1, len(payload)) + payload + struct.pack(">h", -1)
            with self.db.cursor().copy("COPY vpbin FROM STDIN (FORMAT binary)") as cp:
                cp.write(head + body)

        copy_in(bytes(good))
        self.assertEqual(self.q1("SELECT p::text = mlcheck.vector_profile_send(p)::text FROM vpbin") is not None, True)
        same = self.q1(f"SELECT (SELECT p FROM vpbin)::text = {profile_sql('ref', self.d, reservoir=5)}::text")
        self.assertTrue(same, "binary receive of sent bytes gives the same value")
        for name, bad in (("truncated", bytes(good)[:-1]), ("trailing", bytes(good) + b"\0"),
                          ("version", b"\x02" + bytes(good)[1:]), ("empty", b"")):
            with self.subTest(bad=name):
                with self.assertRaises(psycopg.errors.InvalidBinaryRepresentation):
                    copy_in(bad)
