#!/usr/bin/python3
"""Prints the reference datasets and values of test/unit/test_tests2s.c (not run by the suite).

Every value comes from scipy 1.10.1 / numpy 1.24 (Debian 12) on the listed samples:
ks_2samp, cramervonmises_2samp, anderson_ksamp (midrank), wasserstein_distance (divided by
numpy.std of the reference), chi2_contingency(correction=False), entropy, jensenshannon(base=2),
and the binned methods on the reference-decile bins of driftmethod.h (numpy.quantile 'linear'
at i/10, numpy.unique, numpy.searchsorted(side='left')), proportions floored at 1e-4 and
renormalized for PSI and KL after dropping the bins empty on both sides.
Run: /usr/bin/python3 test/unit/gen_tests2s_values.py > /tmp/t2s.inc, then paste.
"""
import warnings

import numpy as np
import scipy.stats as st
from scipy.spatial.distance import jensenshannon

warnings.simplefilter("ignore")
rng = np.random.default_rng(20261129)
pairs = [
    ("disjoint", [1, 2, 3], [4, 5, 6]),
    ("tiny ties", [1, 1, 2, 2, 3], [2, 2, 3, 4]),
    ("normal 12/17", np.round(rng.normal(0, 1, 12), 3), np.round(rng.normal(0.4, 1.2, 17), 3)),
    ("integers 25/21", rng.integers(0, 6, 25).astype(float), rng.integers(1, 8, 21).astype(float)),
    ("normal 40/33", np.round(rng.normal(0, 1, 40), 2), np.round(rng.normal(0, 1, 33), 2)),
    ("constant ref", [5.0] * 8, [4.0, 5, 5, 6, 7, 7]),
]


def bins(ref, cur):
    q = np.arange(1, 10) / 10
    edges = np.unique(np.quantile(ref, q))
    a = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1).astype(float)
    b = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1).astype(float)
    return a, b


def smooth(c):
    p = np.maximum(c / c.sum(), 1e-4)
    return p / p.sum()


def g(v):
    return repr(float(v))


for name, x, y in pairs:
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    ks = st.ks_2samp(x, y)
    cvm = st.cramervonmises_2samp(x, y)
    ad = st.anderson_ksamp([x, y])
    sd = np.std(x)
    w = st.wasserstein_distance(x, y)
    a, b = bins(x, y)
    keep = (a + b) > 0  # bins empty on both sides are dropped
    chi = st.chi2_contingency(np.array([a[keep], b[keep]]), correction=False) if keep.sum() > 1 else (0.0, 1.0)
    pa, pb = smooth(a[keep]), smooth(b[keep])
    vals = {
        "ks_d": ks.statistic, "ks_p": ks.pvalue, "cvm_t": cvm.statistic, "cvm_p": cvm.pvalue,
        "ad_a2": ad.statistic, "ad_p": ad.pvalue, "w1": w,
        "wnorm": w / sd if sd > 0 else w / np.std(np.concatenate([x, y])),
        "psi": st.entropy(pa, pb) + st.entropy(pb, pa), "kl": st.entropy(pa, pb),
        "js": jensenshannon(a, b, base=2),
        "hellinger": np.sqrt(np.sum((np.sqrt(a / a.sum()) - np.sqrt(b / b.sum())) ** 2) / 2),
        "linf": np.max(np.abs(a / a.sum() - b / b.sum())), "chi2": chi[0], "chi2_p": chi[1],
    }
    print(f"\t/* {name} */")
    print("\t{" + f'"{name}", {len(x)}, {{{", ".join(g(v) for v in x)}}}, {len(y)}, {{{", ".join(g(v) for v in y)}}},')
    print("\t {" + ", ".join(g(vals[k]) for k in vals) + "}},")
