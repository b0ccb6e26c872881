"""Drift and skew: exact drift_test over raw rows (KS, Wasserstein, chi-square), and
feature_skew over two 1M-row-class tables with 10 features against a plain join count."""
import scipy.stats as st

from run import Case, copy_columns


def python_ks():
    x, split = copy_columns("SELECT x, split FROM bench.t", ["f8", "bool"])
    st.ks_2samp(x[~split], x[split])


def python_wasserstein():
    x, split = copy_columns("SELECT x, split FROM bench.t", ["f8", "bool"])
    ref = x[~split]
    st.wasserstein_distance(ref, x[split]) / ref.std()


FEATURES = ", ".join(f"'f{k}'" for k in range(1, 11))
# serving copy of bench.wide: the same ids, f1 perturbed by float noise (a match under the
# tolerance), f2 changed in 1% of the rows, the rest equal
SKEW_SETUP = """
DROP TABLE IF EXISTS bench.wide_serving;
CREATE UNLOGGED TABLE bench.wide_serving AS
SELECT id, f1 * (1 + 1e-12) AS f1, CASE WHEN id % 100 = 0 THEN f2 + 1 ELSE f2 END AS f2,
       f3, f4, f5, f6, f7, f8, f9, f10 FROM bench.wide;
ANALYZE bench.wide_serving;
SELECT count(*) FROM bench.wide_serving;
"""

CASES = [
    Case("drift_test ks", "SELECT mlcheck.drift_test(x, split, 'ks') FROM bench.t", python=python_ks,
         note="exact two-sample KS over raw rows (bucket bounds, no sort); export path: binary COPY + scipy ks_2samp"),
    Case("drift_test wasserstein", "SELECT mlcheck.drift_test(x, split, 'wasserstein') FROM bench.t",
         python=python_wasserstein, note="exact W1 / reference std; export path: COPY + scipy"),
    Case("drift_test chi2 text", "SELECT mlcheck.drift_test(c, split, 'chi2') FROM bench.t",
         note="20 categories, value -> counts map"),
    Case("join count (skew baseline)",
         "SELECT count(*) FROM bench.wide t FULL JOIN bench.wide_serving s ON t.id = s.id",
         needs=("t", "wide"), setup=SKEW_SETUP, note="the plain full join feature_skew is compared with"),
    Case("feature_skew 10 features",
         f"SELECT * FROM mlcheck.feature_skew('bench.wide', 'bench.wide_serving', 'id', ARRAY[{FEATURES}])",
         needs=("t", "wide"), setup=SKEW_SETUP,
         note="one full join, 10 float features with tolerance, sample keys"),
]

# stored profiles of the two halves of bench.t (sketch mode: 500,000 rows each)
PROFILE_SETUP = """
DROP TABLE IF EXISTS bench.drift_profiles;
CREATE TABLE bench.drift_profiles AS
SELECT split, mlcheck.profile(x) AS px, mlcheck.profile(c) AS pc FROM bench.t GROUP BY split;
"""

CASES += [
    Case("drift() stored profiles ks", "SELECT mlcheck.drift(r.px, c.px, 'ks') FROM bench.drift_profiles r, "
         "bench.drift_profiles c WHERE NOT r.split AND c.split", setup=PROFILE_SETUP,
         note="two stored numeric profiles (KLL sketches, 500k rows each); target < 1 ms"),
    Case("drift() stored profiles js text", "SELECT mlcheck.drift(r.pc, c.pc, 'js') FROM bench.drift_profiles r, "
         "bench.drift_profiles c WHERE NOT r.split AND c.split", setup=PROFILE_SETUP,
         note="two stored text profiles (20 categories)"),
]
