-- Model quality of a new version: metrics of demo.predictions by model version and by segment,
-- the reliability of both models, a label-free estimate, and the gate of the candidate model
-- against the current one (the candidate is noisier and miscalibrated: it must fail).
\echo
\echo '== model quality: metrics by model version (one scan, exact, as scikit-learn)'
SELECT model_version,
	   (m ->> 'n')::int AS n,
	   round((m ->> 'roc_auc')::numeric, 4) AS roc_auc,
	   round((m ->> 'pr_auc')::numeric, 4) AS pr_auc,
	   round((m ->> 'log_loss')::numeric, 4) AS log_loss,
	   round((m ->> 'brier')::numeric, 4) AS brier,
	   round((m ->> 'calibration_error')::numeric, 4) AS ece,
	   round((m ->> 'f1')::numeric, 4) AS f1_at_0_5
FROM (SELECT model_version, mlcheck.binary_metrics(score, label) AS m
	  FROM demo.predictions GROUP BY model_version) s
ORDER BY model_version DESC;

\echo '== model quality: by segment (plain aggregates sliced with GROUP BY)'
SELECT segment, model_version,
	   round(mlcheck.roc_auc(score, label)::numeric, 4) AS roc_auc,
	   round(mlcheck.log_loss(score, label)::numeric, 4) AS log_loss,
	   round(mlcheck.calibration_error(score, label)::numeric, 4) AS ece,
	   (mlcheck.confusion(score, label, 0.5)).precision::numeric(6, 4) AS precision,
	   (mlcheck.confusion(score, label, 0.5)).recall::numeric(6, 4) AS recall
FROM demo.predictions
GROUP BY segment, model_version
ORDER BY segment, model_version DESC;

\echo '== reliability diagram (5 bins): mean predicted probability against observed positive rate'
SELECT s.model_version, b.bin, b.lower, b.upper, b.count,
	   round(b.mean_predicted::numeric, 3) AS mean_predicted,
	   round(b.fraction_positive::numeric, 3) AS fraction_positive
FROM (SELECT model_version, mlcheck.calibration_table(score, label, 5) AS t
	  FROM demo.predictions GROUP BY model_version) s,
	 unnest(s.t) AS b
ORDER BY s.model_version DESC, b.bin;

\echo '== label-free estimate (CBPE) of the current model from its scores alone, against the realised metrics'
\echo '   (CBPE assumes calibrated scores; the diagram above shows the current model under-confident above 0.4,'
\echo '    so its estimate is conservative: check calibration on labelled data before trusting estimates)'
SELECT metric,
	   round((e ->> metric)::numeric, 4) AS estimated_without_labels,
	   round((r ->> metric)::numeric, 4) AS realised_with_labels
FROM (SELECT mlcheck.estimate_performance(score) AS e, mlcheck.binary_metrics(score, label) AS r
	  FROM demo.predictions WHERE model_version = 'current') s,
	 unnest(ARRAY['accuracy', 'precision', 'recall', 'f1', 'roc_auc']) AS metric;

\echo '== the gate: candidate against current, overall (slice empty) and per segment'
SELECT coalesce(slice, '(all)') AS slice, metric, round(candidate::numeric, 4) AS candidate,
	   round(baseline::numeric, 4) AS baseline, round(delta::numeric, 4) AS delta, rule, passed
FROM mlcheck.compare_models('demo.predictions', 'candidate', 'current',
	'{"roc_auc":           {"value": {"lower_bound": 0.85},
	                        "change": {"direction": "higher_is_better", "absolute": -0.01}},
	  "pr_auc":            {"change": {"direction": "higher_is_better", "absolute": -0.02}},
	  "log_loss":          {"value": {"upper_bound": 0.35},
	                        "change": {"direction": "lower_is_better", "relative": 0.05}},
	  "calibration_error": {"value": {"upper_bound": 0.1}}}',
	slice_column => 'segment');

\echo '== verdict'
SELECT bool_and(passed) AS candidate_blessed,
	   count(*) FILTER (WHERE NOT passed) AS failed_rules,
	   count(*) AS rules
FROM mlcheck.compare_models('demo.predictions', 'candidate', 'current',
	'{"roc_auc":           {"value": {"lower_bound": 0.85},
	                        "change": {"direction": "higher_is_better", "absolute": -0.01}},
	  "pr_auc":            {"change": {"direction": "higher_is_better", "absolute": -0.02}},
	  "log_loss":          {"value": {"upper_bound": 0.35},
	                        "change": {"direction": "lower_is_better", "relative": 0.05}},
	  "calibration_error": {"value": {"upper_bound": 0.1}}}',
	slice_column => 'segment');
