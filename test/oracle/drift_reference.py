"""Reference implementations (scipy 1.10 / numpy) of every drift method of mlcheck, with the
conventions README "Drift and training/serving skew" states, and the generated dataset pairs the
oracle tests share (test_drift.py, test_drift_profiles.py).

Nothing here calls mlcheck: it is the independent side of the comparison.
"""
import warnings

import numpy as np
import scipy.stats as st
from scipy.spatial.distance import jensenshannon

EPS = 1e-4          # smoothing floor of PSI and KL
BINS = 10           # reference-decile bins of the numeric binned methods
P_METHODS = {"ks", "cvm", "anderson", "chi2", "z"}


def numeric_pairs(seed=20261129):
    """At least 20 (name, reference, current) pairs of float arrays, sizes 5 to 20,000: ties,
    constant columns, values outside the reference range (empty bins), the KS exact/asymptotic
    switch at 10,000 and the CvM exact/asymptotic switch at 20."""
    r = np.random.default_rng(seed)
    n = r.normal
    pairs = [
        ("normal 5/5", n(0, 1, 5), n(1, 1, 5)),
        ("integers 5/7 ties", r.integers(0, 4, 5).astype(float), r.integers(0, 4, 7).astype(float)),
        ("same law 10/10", n(0, 1, 10), n(0, 1, 10)),
        ("normal 13/20", n(0, 1, 13), n(0.5, 1, 20)),
        ("normal 20/20", n(0, 1, 20), n(0.3, 2, 20)),
        ("normal 21/19", n(0, 1, 21), n(0, 1, 19)),
        ("lognormal 50/60", r.lognormal(0, 1, 50), r.lognormal(0.2, 1, 60)),
        ("exponential 100/100", r.exponential(1, 100), r.exponential(1.3, 100)),
        ("uniform 257/300", r.uniform(0, 1, 257), r.uniform(0.05, 1.05, 300)),
        ("normal 1000/999", n(0, 1, 1000), n(0.05, 1, 999)),
        ("4 values 1000/1000", r.integers(0, 4, 1000).astype(float), r.integers(0, 5, 1000).astype(float)),
        ("rounded 3000/2000", np.round(n(0, 1, 3000), 1), np.round(n(0.1, 1, 2000), 1)),
        ("normal 9999/10000", n(0, 1, 9999), n(0.02, 1, 10000)),
        ("normal 10000/10000", n(0, 1, 10000), n(0, 1.05, 10000)),
        ("normal 10001/500", n(0, 1, 10001), n(0.1, 1, 500)),
        ("normal 20000/15000", n(0, 1, 20000), n(0.01, 1, 15000)),
        ("rounded 20000/20000", np.round(n(0, 1, 20000), 2), np.round(n(0.03, 1, 20000), 2)),
        ("constant reference 50/60", np.full(50, 3.0), np.round(n(3, 1, 60))),
        ("same constant 30/40", np.full(30, 2.5), np.full(40, 2.5)),
        ("two constants 30/40", np.full(30, 2.5), np.full(40, 4.0)),
        ("outside the range 500/400", r.uniform(0, 1, 500), r.uniform(2, 3, 400)),
        ("ties at the deciles 800/700", np.repeat(np.arange(10.0), 80), r.integers(0, 12, 700).astype(float)),
        ("tiny vs large 5/20000", n(0, 1, 5), n(0, 1, 20000)),
        ("bimodal 5000/5000", np.concatenate([n(-2, 1, 2500), n(2, 1, 2500)]), n(0, 2.2, 5000)),
        ("wide scales 200/200", n(0, 1, 200) * 1e12, n(0, 1, 200) * 1.1e12),
    ]
    return pairs


def categorical_pairs(seed=7):
    """At least 20 (name, reference, current) pairs of category arrays: categories present on
    one side only, a single category, skewed frequencies, sizes 5 to 20,000."""
    r = np.random.default_rng(seed)
    cats = np.array(["US", "GB", "DE", "FR", "BR", "IN", "JP", "XX", "", "Zürich", "a b"], dtype=object)

    def draw(k, size, p=None):
        return r.choice(cats[:k], size=size, p=p)

    pairs = [
        ("3 cats 5/5", draw(3, 5), draw(3, 5)),
        ("2 vs 4 cats 6/9", draw(2, 6), draw(4, 9)),
        ("same law 50/50", draw(5, 50), draw(5, 50)),
        ("one side only 40/40", draw(3, 40), cats[3:6][r.integers(0, 3, 40)]),
        ("single category 30/30", np.array(["US"] * 30, dtype=object), np.array(["US"] * 30, dtype=object)),
        ("single vs two 30/31", np.array(["US"] * 30, dtype=object), draw(2, 31)),
        ("skewed 500/500", draw(6, 500, [0.5, 0.2, 0.1, 0.1, 0.05, 0.05]), draw(6, 500)),
        ("new category 1000/1000", draw(5, 1000), np.concatenate([draw(5, 990), ["XX"] * 10])),
        ("empty string 200/300", draw(9, 200), draw(9, 300)),
        ("unicode 100/100", draw(11, 100), draw(11, 100)),
        ("large 20000/20000", draw(8, 20000), draw(8, 20000, [0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])),
        ("large same 20000/15000", draw(8, 20000), draw(8, 15000)),
        ("tiny 5/20000", draw(4, 5), draw(4, 20000)),
        ("lost category 1000/800", draw(6, 1000), draw(5, 800)),
        ("2 cats 999/1001", draw(2, 999), draw(2, 1001, [0.6, 0.4])),
        ("rare 3000/3000", draw(7, 3000, [0.94, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]), draw(7, 3000)),
        ("disjoint 10/10", cats[:2][r.integers(0, 2, 10)], cats[5:7][r.integers(0, 2, 10)]),
        ("many 5000/5000", draw(11, 5000), draw(11, 5000)),
        ("shifted mix 2000/1500", draw(5, 2000, [0.4, 0.3, 0.1, 0.1, 0.1]), draw(5, 1500, [0.2, 0.2, 0.2, 0.2, 0.2])),
        ("small 8/12", draw(3, 8), draw(3, 12)),
        ("medium 700/300", draw(9, 700), draw(9, 300)),
    ]
    return pairs


def bool_pairs(seed=11):
    r = np.random.default_rng(seed)
    b = lambda p, n: r.random(n) < p  # noqa: E731
    return [
        ("5/5", b(0.5, 5), b(0.5, 5)),
        ("all false 10/10", np.zeros(10, bool), np.zeros(10, bool)),
        ("all true 10/12", np.ones(10, bool), np.ones(12, bool)),
        ("false vs true 10/10", np.zeros(10, bool), np.ones(10, bool)),
        ("0.3/0.35 1000/1000", b(0.3, 1000), b(0.35, 1000)),
        ("0.3/0.3 20000/20000", b(0.3, 20000), b(0.3, 20000)),
        ("0.01/0.02 5000/5000", b(0.01, 5000), b(0.02, 5000)),
        ("0.5/0.5 999/1001", b(0.5, 999), b(0.5, 1001)),
        ("0.9/0.8 300/200", b(0.9, 300), b(0.8, 200)),
        ("0.1/0.1 7/9", b(0.1, 7), b(0.1, 9)),
        ("0.2/0.6 40/40", b(0.2, 40), b(0.6, 40)),
        ("0.5/0.52 20000/20000", b(0.5, 20000), b(0.52, 20000)),
        ("0.05/0.05 100/100", b(0.05, 100), b(0.05, 100)),
        ("0.7/0.71 3000/2500", b(0.7, 3000), b(0.71, 2500)),
        ("0.4/0.1 60/80", b(0.4, 60), b(0.1, 80)),
        ("0.33/0.3 10000/10000", b(0.33, 10000), b(0.3, 10000)),
        ("0.6/0.6 5/20000", b(0.6, 5), b(0.6, 20000)),
        ("0.2/0.25 1500/1500", b(0.2, 1500), b(0.25, 1500)),
        ("0.99/0.98 4000/4000", b(0.99, 4000), b(0.98, 4000)),
        ("0.45/0.55 250/250", b(0.45, 250), b(0.55, 250)),
    ]


# ------------------------------------------------------------------ methods

def decile_bins(ref, cur, bins=BINS):
    """Counts of ref and cur in the right-closed bins at the distinct reference quantiles
    i/bins (numpy 'linear'): bin = numpy.searchsorted(edges, x, side='left')."""
    edges = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
    a = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1).astype(float)
    b = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1).astype(float)
    return a, b


def category_counts(ref, cur):
    keys = sorted(set(ref.tolist()) | set(cur.tolist()), key=str)
    ra = {k: 0 for k in keys}
    rb = {k: 0 for k in keys}
    for v in ref.tolist():
        ra[v] += 1
    for v in cur.tolist():
        rb[v] += 1
    return np.array([ra[k] for k in keys], float), np.array([rb[k] for k in keys], float)


def smoothed(c):
    p = np.maximum(c / c.sum(), EPS)
    return p / p.sum()


def binned(method, a, b):
    """(statistic, p_value) of a binned method on aligned counts a (reference), b (current);
    bins empty on both sides are dropped first."""
    keep = (a + b) > 0
    a, b = a[keep], b[keep]
    if method == "psi":
        pa, pb = smoothed(a), smoothed(b)
        return st.entropy(pa, pb) + st.entropy(pb, pa), None
    if method == "kl":
        return st.entropy(smoothed(a), smoothed(b)), None
    if method == "js":
        return float(jensenshannon(a, b, base=2)), None
    if method == "hellinger":
        return float(np.sqrt(np.sum((np.sqrt(a / a.sum()) - np.sqrt(b / b.sum())) ** 2) / 2)), None
    if method == "linf":
        return float(np.max(np.abs(a / a.sum() - b / b.sum()))), None
    if method == "chi2":
        if len(a) <= 1:
            return 0.0, 1.0
        res = st.chi2_contingency(np.array([a, b]), correction=False)
        return float(res[0]), float(res[1])
    raise ValueError(method)


def numeric(method, ref, cur):
    """(statistic, p_value) of a method on raw numeric samples; None where mlcheck returns NULL."""
    ref = np.asarray(ref, float)
    cur = np.asarray(cur, float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if method == "ks":
            r = st.ks_2samp(ref, cur)
            return float(r.statistic), float(r.pvalue)
        if method == "cvm":
            if len(ref) < 2 or len(cur) < 2:
                return None, None
            r = st.cramervonmises_2samp(ref, cur)
            return float(r.statistic), float(r.pvalue)
        if method == "anderson":
            if len(ref) + len(cur) < 4 or len(np.unique(np.concatenate([ref, cur]))) < 2:
                return None, None
            r = st.anderson_ksamp([ref, cur])
            return float(r.statistic), float(r.pvalue)
        if method == "wasserstein":
            sd = np.std(ref)
            if sd == 0:
                sd = np.std(np.concatenate([ref, cur]))
            w = st.wasserstein_distance(ref, cur)
            return (float(w / sd) if sd > 0 else 0.0), None
    a, b = decile_bins(ref, cur)
    return binned(method, a, b)


def z_test(ref, cur):
    """Two-proportion z (pooled) and its p-value, which equals chi2_contingency on the 2x2."""
    x1, n1, x2, n2 = ref.sum(), len(ref), cur.sum(), len(cur)
    p = (x1 + x2) / (n1 + n2)
    if p in (0, 1):
        return 0.0, 1.0
    z = (x2 / n2 - x1 / n1) / np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    chi = st.chi2_contingency(np.array([[n1 - x1, x1], [n2 - x2, x2]]), correction=False)
    return float(z), float(chi[1])


def auto_method(kind, ref):
    small = len(ref) <= 1000
    if kind == "numeric":
        if len(np.unique(ref)) <= 5:
            return "chi2" if small else "js"
        return "ks" if small else "wasserstein"
    if kind == "text":
        return "chi2" if small else "js"
    return "z" if small else "js"


def benjamini_hochberg(p):
    """Hand-rolled BH adjusted p-values (scipy 1.10 has no false_discovery_control):
    q_(i) = min_{j >= i} min(1, m p_(j) / j) over the ascending p-values."""
    p = np.asarray(p, float)
    m = len(p)
    order = np.argsort(p, kind="mergesort")
    q = np.empty(m)
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, m * p[i] / rank)
        q[i] = min(running, 1.0)
    return q
