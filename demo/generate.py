#!/usr/bin/python3
"""Generates the bundled demo feature store (demo/data/*.csv), deterministically (seed 2026).

Run with Debian's /usr/bin/python3 (numpy). The CSV files are committed; this script documents
how they were made and what was injected, and regenerates the same bytes.

Tables (loaded by demo/load.sql into schema demo):
  users_training   6,000 users: the training snapshot of the churn model's features + label
  users_serving    3,000 rows of the latest serving window. 1,500 users also appear in training
                   (same user_id) and 1,500 are new. Injected problems:
                     - distribution drift: income of the new users x1.6; country mix shifted
                     - schema violations: country 'XX' (outside the domain) in 6% of the new
                       users;
                       age NULL in 8% of rows; a few negative avg_order_value
                     - training/serving skew: sessions_30d of the shared users is computed over
                       7 days at serving (a pipeline bug); avg_order_value carries 1e-12 relative
                       float noise only (must count as a match under the float tolerance)
                     - embedding drift only a multivariate test sees: every dimension keeps its
                       N(0, 1) marginal, but the correlation between dimensions changes
  predictions      a labelled holdout scored by the current model and by a candidate that is
                   worse (noisier and miscalibrated): 4,000 examples x 2 model versions
  serving_requests the serving log of the last 24 hours: latency, HTTP status, online score
  offline_scores   the same requests re-scored offline; 3% differ beyond tolerance
"""
import csv
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
rng = np.random.default_rng(2026)

COUNTRIES = ["US", "DE", "FR", "GB", "IN", "BR", "JP"]
P_TRAIN = [0.35, 0.15, 0.12, 0.12, 0.12, 0.08, 0.06]
P_SERVE = [0.25, 0.15, 0.12, 0.10, 0.20, 0.12, 0.06]
DEVICES = ["ios", "android", "web"]
DIM = 8


def fmt(x, digits=6):
    if x is None:
        return ""
    if isinstance(x, (bool, np.bool_)):
        return "t" if x else "f"
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    if isinstance(x, (float, np.floating)):
        return repr(round(float(x), digits))
    if isinstance(x, (list, np.ndarray)):
        return "{" + ",".join(fmt(v, 4) for v in x) + "}"
    return str(x)


def write(name, header, rows):
    with open(os.path.join(OUT, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([fmt(v) for v in r])


def correlated_embeddings(n, rho):
    """N(0, 1) marginals; neighbouring dimensions correlated with coefficient rho (AR(1))."""
    z = rng.normal(size=(n, DIM))
    e = np.empty_like(z)
    e[:, 0] = z[:, 0]
    for j in range(1, DIM):
        e[:, j] = rho * e[:, j - 1] + np.sqrt(1 - rho * rho) * z[:, j]
    return e


def users(n, first_id, income_scale, p_country, rho):
    age = np.clip(np.round(rng.normal(40, 12, n)), 18, 80).astype(int)
    income = np.round(rng.lognormal(10.6, 0.45, n) * income_scale, 2)
    country = rng.choice(COUNTRIES, size=n, p=p_country)
    device = rng.choice(DEVICES, size=n, p=[0.45, 0.40, 0.15])
    sessions = rng.poisson(12, n)
    aov = np.round(rng.gamma(3.0, 18.0, n), 2)
    premium = rng.random(n) < 0.2
    emb = correlated_embeddings(n, rho)
    logit = -1.2 + 0.04 * (40 - age) / 12 - 0.12 * (sessions - 12) / 3.5 - 0.8 * premium + 0.5 * (device == "web")
    label = rng.random(n) < 1 / (1 + np.exp(-logit))
    ids = np.arange(first_id, first_id + n)
    return dict(user_id=ids, age=age, income=income, country=country, device=device,
                sessions_30d=sessions, avg_order_value=aov, is_premium=premium, embedding=emb,
                churned=label)


def main():
    os.makedirs(OUT, exist_ok=True)
    cols = ["user_id", "age", "income", "country", "device", "sessions_30d", "avg_order_value",
            "is_premium", "embedding"]

    tr = users(6000, 1, 1.0, P_TRAIN, 0.6)
    write("users_training", ["user_id", "snapshot_date", *cols[1:], "churned"],
          [[tr["user_id"][i], "2026-10-31", *[tr[c][i] for c in cols[1:]], tr["churned"][i]]
           for i in range(6000)])

    # serving window: 1,500 users seen in training (features recomputed online) + 1,500 new
    shared = rng.choice(6000, size=1500, replace=False)
    shared.sort()
    new = users(1500, 100001, 1.6, P_SERVE, -0.6)
    rows = []
    base = np.datetime64("2026-11-28T00:00:00")
    seconds = np.sort(rng.integers(0, 86400, 3000))
    for i in shared:
        r = {c: tr[c][i] for c in cols}
        r["sessions_30d"] = int(round(tr["sessions_30d"][i] * 7 / 30))  # the skew: a 7-day window
        r["avg_order_value"] = repr(float(tr["avg_order_value"][i]) * (1 + 1e-12))  # unrounded
        rows.append(r)
    for i in range(1500):
        r = {c: new[c][i] for c in cols}
        if rng.random() < 0.06:
            r["country"] = "XX"
        if rng.random() < 0.01:
            r["avg_order_value"] = -r["avg_order_value"]
        rows.append(r)
    order = rng.permutation(3000)
    out = []
    for j, idx in enumerate(order):
        r = rows[idx]
        if rng.random() < 0.08:
            r["age"] = None
        ts = str(base + np.timedelta64(int(seconds[j]), "s")).replace("T", " ") + "+00"
        out.append([r["user_id"], ts, *[r[c] for c in cols[1:]]])
    write("users_serving", ["user_id", "served_at", *cols[1:]], out)

    # predictions of two model versions on the same labelled holdout
    n = 4000
    y = rng.random(n) < 0.3
    signal = np.where(y, 1.0, -1.0)
    segment = rng.choice(DEVICES, size=n, p=[0.45, 0.40, 0.15])
    cur = 1 / (1 + np.exp(-(-0.85 + 1.6 * signal + rng.normal(0, 1.3, n))))
    cand_logit = -0.85 + 1.6 * signal + rng.normal(0, 2.2, n)
    cand = 1 / (1 + np.exp(-(0.6 * cand_logit + 0.7)))
    write("predictions", ["example_id", "model_version", "segment", "score", "label"],
          [[i + 1, v, segment[i], s[i], y[i]] for v, s in (("current", cur), ("candidate", cand))
           for i in range(n)])

    # serving log of the last 24 hours, and the offline re-scoring of the same requests
    m = 5000
    secs = np.sort(rng.integers(0, 86400, m))
    latency = np.round(rng.lognormal(3.6, 0.55, m), 2)
    status = np.where(rng.random(m) < 0.015, 500, 200)
    online = np.round(rng.beta(2, 5, m), 6)
    offline = online.copy()
    bad = rng.random(m) < 0.03
    offline[bad] = np.round(np.clip(online[bad] + rng.normal(0, 0.1, bad.sum()), 0, 1), 6)
    write("serving_requests", ["request_id", "user_id", "requested_at", "latency_ms", "status",
                               "model_version", "score_online"],
          [[j + 1, int(rng.integers(1, 6001)), str(base + np.timedelta64(int(secs[j]), "s")).replace("T", " ") + "+00",
            latency[j], status[j], "current", None if status[j] == 500 else online[j]] for j in range(m)])
    write("offline_scores", ["request_id", "score_offline"],
          [[j + 1, offline[j]] for j in range(m) if status[j] != 500])


if __name__ == "__main__":
    main()
