-- Input-data validation: a schema inferred from the training snapshot, the serving window
-- validated against it (the injected problems come out as anomalies), and a suite of Great
-- Expectations-style expectations on the demo tables.
\echo
\echo '== schema inferred from demo.users_training (one scan), as a person would edit it'
SELECT jsonb_pretty(mlcheck.infer_schema('demo.users_training', '{"columns": ["age", "income", "country", "device", "avg_order_value", "is_premium"]}'))
	AS inferred_schema;

-- the schema of the model's features: the inferred one without the key, the snapshot date, the
-- label and the row-count band (serving windows have their own size), other columns allowed
CREATE TEMP TABLE feature_schema AS
SELECT mlcheck.infer_schema('demo.users_training')
	#- '{columns,user_id}' #- '{columns,snapshot_date}' #- '{columns,churned}' #- '{row_count}'
	|| '{"additional_columns": true}' AS schema;

\echo '== demo.users_serving validated against it (one scan): the injected anomalies'
SELECT column_name, kind, severity, description
FROM mlcheck.validate('demo.users_serving', (SELECT schema FROM feature_schema))
ORDER BY severity, column_name, kind;

\echo '== training/serving skew: TFDV comparators in the schema against the stored training profiles'
CREATE TEMP TABLE training_profiles AS SELECT * FROM mlcheck.profile_table('demo.users_training');
SELECT column_name, kind, observed ->> 'method' AS method, round((observed ->> 'statistic')::numeric, 4) AS statistic,
	observed ->> 'threshold' AS threshold
FROM mlcheck.validate('demo.users_serving',
	(SELECT jsonb_set(jsonb_set(jsonb_set(schema,
		'{columns,income,skew_comparator}', '{"method": "jensen_shannon_divergence", "threshold": 0.01}'),
		'{columns,country,skew_comparator}', '{"method": "infinity_norm", "threshold": 0.05}'),
		'{columns,device,skew_comparator}', '{"method": "infinity_norm", "threshold": 0.05}') FROM feature_schema),
	'{"skew_baseline": "training_profiles"}')
WHERE kind = 'skew_above_threshold';

\echo '== the same from stored profiles, without reading the table (the embedding has no profile: skipped)'
CREATE TEMP TABLE serving_profiles AS SELECT * FROM mlcheck.profile_table('demo.users_serving');
SELECT column_name, kind, severity, COALESCE(observed ->> 'count', observed ->> 'null_count') AS count, observed ->> 'exact' AS exact
FROM (SELECT array_agg(column_name) AS names, array_agg(profile) AS profiles FROM serving_profiles) p,
	 mlcheck.validate_profiles(p.names, p.profiles, (SELECT schema FROM feature_schema), '{"skip_missing": true}') v
ORDER BY column_name, kind;

\echo '== expectations on the serving window (one aggregate scan for the suite)'
SELECT expectation_index AS i, expectation_type, column_name, success, unexpected_count AS unexpected,
	round(unexpected_percent::numeric, 2) AS pct, observed_value, left(partial_unexpected_list::text, 40) AS sample
FROM mlcheck.expect_all('demo.users_serving', '{"expectations": [
	{"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "age", "mostly": 0.95}},
	{"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "country", "value_set": ["BR", "DE", "FR", "GB", "IN", "JP", "US"]}},
	{"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "avg_order_value", "min_value": 0}},
	{"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "age", "min_value": 18, "max_value": 100}},
	{"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "country", "regex": "^[A-Z]{2}$"}},
	{"expectation_type": "expect_column_mean_to_be_between", "kwargs": {"column": "income", "min_value": 30000, "max_value": 60000}},
	{"expectation_type": "expect_column_distinct_values_to_be_in_set", "kwargs": {"column": "device", "value_set": ["android", "ios", "web"]}},
	{"expectation_type": "expect_column_values_to_be_unique", "kwargs": {"column": "user_id"}},
	{"expectation_type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1000}}
]}')
ORDER BY 1;

\echo '== expectations on the predictions and the serving log'
SELECT 'demo.predictions' AS relation, expectation_type, column_name, success, unexpected_count AS unexpected, observed_value
FROM mlcheck.expect_all('demo.predictions', '[
	{"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "score", "min_value": 0, "max_value": 1}},
	{"expectation_type": "expect_column_distinct_values_to_equal_set", "kwargs": {"column": "model_version", "value_set": ["current", "candidate"]}}
]')
UNION ALL
SELECT 'demo.serving_requests', expectation_type, column_name, success, unexpected_count, observed_value
FROM mlcheck.expect_all('demo.serving_requests', '[
	{"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "status", "value_set": [200], "mostly": 0.95}},
	{"expectation_type": "expect_column_quantile_values_to_be_between", "kwargs": {"column": "latency_ms", "quantile_ranges": {"quantiles": [0.5, 0.99], "value_ranges": [[null, 100], [null, 500]]}}}
]');
