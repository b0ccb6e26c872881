-- pgTAP: drift and skew comparators of schemas (they need mlcheck.drift()).
BEGIN;
SELECT plan(7);

CREATE TABLE b (c text, x float8);
INSERT INTO b SELECT (ARRAY['a', 'b', 'c'])[1 + i % 3], i FROM generate_series(1, 300) i;
CREATE TABLE cu (c text, x float8);
INSERT INTO cu SELECT CASE WHEN i % 2 = 0 THEN 'a' ELSE 'b' END, i + 100 FROM generate_series(1, 300) i;
CREATE TABLE base_profiles AS SELECT * FROM mlcheck.profile_table('b');

SELECT is((SELECT array_agg(kind ORDER BY kind) FROM mlcheck.validate('cu', '{"columns": {
		"c": {"drift_comparator": {"method": "infinity_norm", "threshold": 0.1}},
		"x": {"skew_comparator": {"method": "jensen_shannon_divergence", "threshold": 0.01}}}}',
		'{"drift_baseline": "base_profiles", "skew_baseline": "base_profiles"}')),
	'{drift_above_threshold,skew_above_threshold}', 'drift_above_threshold and skew_above_threshold');
SELECT is((SELECT severity FROM mlcheck.validate('cu', '{"columns": {"c": {"drift_comparator": {"method": "linf", "threshold": 0.1}}}, "additional_columns": true}',
		'{"drift_baseline": "base_profiles"}')), 'error', 'drift anomalies are errors by default');
SELECT is((SELECT count(*)::int FROM mlcheck.validate('b', '{"columns": {"c": {"drift_comparator": {"method": "infinity_norm", "threshold": 0}}}, "additional_columns": true}',
		'{"drift_baseline": "base_profiles"}')), 0, 'a table does not drift from its own profile (distance 0 is not above 0)');
SELECT is((SELECT (observed ->> 'statistic')::float8 FROM mlcheck.validate('cu', '{"columns": {"c": {"skew_comparator": {"method": "infinity_norm", "threshold": 0}}}, "additional_columns": true}',
		'{"skew_baseline": "base_profiles"}')), 100 / 300::float8, 'L-infinity: |1/3 - 0| for the vanished category c (a, b go from 1/3 to 1/2)');
SELECT is((SELECT count(*)::int FROM mlcheck.validate('cu', '{"columns": {"c": {"skew_comparator": {"method": "infinity_norm", "threshold": 0}}}, "additional_columns": true}')),
	0, 'no baseline: comparators are not evaluated');
SELECT throws_ok($$SELECT * FROM mlcheck.validate('cu', '{"columns": {"c": {"drift_comparator": {"method": "ks", "threshold": 0.05}}}, "additional_columns": true}', '{"drift_baseline": "base_profiles"}')$$,
	'22023', NULL, 'a method that does not apply to text: drift()''s 22023');
SELECT throws_ok($$SELECT mlcheck.check_schema('{"columns": {"c": {"drift_comparator": {"method": "kolmogorov", "threshold": 0.05}}}}')$$,
	'22023', NULL, 'an unknown comparator method: 22023');

SELECT * FROM finish();
ROLLBACK;
