"""Model-quality metrics (issue 6): exact roc_auc against a plain scan and against the export
path (binary COPY into numpy + scikit-learn); the fixed-state metrics against avg(x)."""
import numpy as np

from run import Case, copy_columns


def sklearn_roc_auc():
    from sklearn.metrics import roc_auc_score
    s, y = copy_columns("SELECT score, label FROM bench.t", ["f8", "bool"])
    roc_auc_score(y, s)


def sklearn_average_precision():
    from sklearn.metrics import average_precision_score
    s, y = copy_columns("SELECT score, label FROM bench.t", ["f8", "bool"])
    average_precision_score(y, s)


def sklearn_log_loss():
    from sklearn.metrics import log_loss
    s, y = copy_columns("SELECT score, label FROM bench.t", ["f8", "bool"])
    log_loss(y, s)


def sklearn_regression():
    from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
    p, a = copy_columns("SELECT score, y FROM bench.t", ["f8", "f8"])
    mean_absolute_error(a, p), mean_squared_error(a, p), r2_score(a, p)


CASES = [
    Case("roc_auc", "SELECT mlcheck.roc_auc(score, label) FROM bench.t", python=sklearn_roc_auc,
         note="exact ROC AUC (radix sort of 8-byte keys); target <= 4x avg, >= 5x faster than COPY + sklearn"),
    Case("pr_auc", "SELECT mlcheck.pr_auc(score, label) FROM bench.t",
         python=sklearn_average_precision, note="exact average precision; export: average_precision_score"),
    Case("binary_metrics", "SELECT mlcheck.binary_metrics(score, label) FROM bench.t",
         note="every binary metric from one exact state (one scan, one sort)"),
    Case("roc_auc_binned", "SELECT mlcheck.roc_auc_binned(score, label) FROM bench.t",
         note="bounded-memory ROC AUC, 10000 bins (160 kB state)"),
    Case("log_loss", "SELECT mlcheck.log_loss(score, label) FROM bench.t", python=sklearn_log_loss,
         note="float8[] state in place; target <= 1.5x avg"),
    Case("brier", "SELECT mlcheck.brier(score, label) FROM bench.t", note="target <= 1.5x avg"),
    Case("confusion", "SELECT mlcheck.confusion(score, label, 0.5) FROM bench.t", note="target <= 1.5x avg"),
    Case("calibration_error", "SELECT mlcheck.calibration_error(score, label) FROM bench.t",
         note="10 bins; target <= 1.5x avg"),
    Case("regression_metrics", "SELECT mlcheck.regression_metrics(score, y) FROM bench.t",
         python=sklearn_regression, note="target <= 1.5x avg"),
    Case("estimate_performance", "SELECT mlcheck.estimate_performance(score) FROM bench.t",
         note="label-free CBPE estimate (exact state, sorted once)"),
    Case("accuracy built-in (cls)",
         "SELECT count(*) FILTER (WHERE predicted = actual)::float8 / count(*) FROM bench.cls",
         needs=("t", "cls"), note="yardstick on the table of stored predictions: built-in accuracy"),
    Case("classification_metrics",
         "SELECT mlcheck.classification_metrics(predicted, actual) FROM bench.cls", needs=("t", "cls"),
         note="20 classes, stored text predictions and labels (bench.cls), hashed per row"),
    Case("classification_metrics (CASE)",
         "SELECT mlcheck.classification_metrics(CASE WHEN b THEN c ELSE 'cat_0' END, c) FROM bench.t",
         note="the same with the predicted label computed per row: the CASE alone costs 1.3x avg(x)"),
    Case("ndcg_at_k per query", "SELECT avg(n) FROM (SELECT mlcheck.ndcg_at_k(score, y, 10) AS n "
         "FROM bench.t GROUP BY id / 100) q", note="queries of 100 rows (GROUP BY sorts first)"),
    Case("compare_models", "SELECT count(*) FROM mlcheck.compare_models('bench.t', 'true', 'false', "
         "'{{\"roc_auc\": {{\"change\": {{\"direction\": \"higher_is_better\", \"absolute\": -0.01}}}}}}', "
         "version_column => 'split', slice_column => 'c')",
         note="gate of two versions, overall + 20 slices, one scan (GROUPING SETS)"),
]
