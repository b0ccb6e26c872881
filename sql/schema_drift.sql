-- Schema comparators: drift and skew of a column against baseline profiles with drift(), TFDV's
-- infinity_norm and jensen_shannon_divergence and drift()'s own methods.
CREATE EXTENSION mlcheck;
\set SHOW_CONTEXT never

-- baseline: 100 rows, c = a (50), b (30), c (20); x = 1..100
CREATE TABLE base_t (c text, x float8);
INSERT INTO base_t SELECT CASE WHEN i <= 50 THEN 'a' WHEN i <= 80 THEN 'b' ELSE 'c' END, i FROM generate_series(1, 100) i;
-- current: 100 rows, c = a (30), b (30), c (30), d (10); x = 51..150
CREATE TABLE cur_t (c text, x float8);
INSERT INTO cur_t SELECT CASE WHEN i <= 30 THEN 'a' WHEN i <= 60 THEN 'b' WHEN i <= 90 THEN 'c' ELSE 'd' END, 50 + i FROM generate_series(1, 100) i;
CREATE TABLE baseline AS SELECT * FROM mlcheck.profile_table('base_t');

-- L-infinity of the frequencies: max(|0.5 - 0.3|, |0.3 - 0.3|, |0.2 - 0.3|, |0 - 0.1|) = 0.2
-- Jensen-Shannon divergence (base 2) of (0.5, 0.3, 0.2, 0) and (0.3, 0.3, 0.3, 0.1): the square
-- of drift()'s js distance
SELECT column_name, kind, description, observed, expected FROM mlcheck.validate('cur_t', '{"columns": {
	"c": {"skew_comparator": {"method": "infinity_norm", "threshold": 0.15},
		  "drift_comparator": {"method": "jensen_shannon_divergence", "threshold": 0.05}},
	"x": {"drift_comparator": {"method": "wasserstein", "threshold": 0.5}}}}',
	'{"skew_baseline": "baseline", "drift_baseline": "baseline"}');
SELECT round(((mlcheck.drift(b.profile, c.profile, 'js')).statistic ^ 2)::numeric, 12) AS jsd
FROM baseline b, mlcheck.profile_table('cur_t', '{c}') c WHERE b.column_name = 'c';
-- thresholds above the distances: no anomaly (0.2 <= 0.2 is not above)
SELECT count(*) FROM mlcheck.validate('cur_t', '{"columns": {
	"c": {"skew_comparator": {"method": "infinity_norm", "threshold": 0.2},
		  "drift_comparator": {"method": "jensen_shannon_divergence", "threshold": 0.9}}}, "additional_columns": true}',
	'{"skew_baseline": "baseline", "drift_baseline": "baseline"}');
-- the baselines named by the schema itself; options win over the schema; drift()'s own method
-- names keep drift()'s decision (linf: drifted from the threshold on)
SELECT column_name, kind, observed -> 'drifted' AS drifted FROM mlcheck.validate('cur_t', '{"skew_baseline": "baseline", "columns": {
	"c": {"skew_comparator": {"method": "linf", "threshold": 0.2}}}, "additional_columns": true}');
SELECT column_name, kind FROM mlcheck.validate('cur_t', '{"skew_baseline": "nope", "columns": {
	"c": {"skew_comparator": {"method": "linf", "threshold": 0.15}}}, "additional_columns": true}', '{"skew_baseline": "baseline"}');
-- without a baseline, comparators are not evaluated; a column absent from the baseline neither
SELECT count(*) FROM mlcheck.validate('cur_t', '{"columns": {"c": {"skew_comparator": {"method": "linf", "threshold": 0}}}, "additional_columns": true}');
CREATE TABLE baseline_x AS SELECT * FROM baseline WHERE column_name = 'x';
SELECT count(*) FROM mlcheck.validate('cur_t', '{"columns": {"c": {"skew_comparator": {"method": "linf", "threshold": 0}}}, "additional_columns": true}',
	'{"skew_baseline": "baseline_x"}');
-- several baseline rows of a column are merged: two halves make the whole baseline
CREATE TABLE baseline_parts AS
SELECT * FROM mlcheck.profile_table('base_t', '{c}', 'x <= 50')
UNION ALL SELECT * FROM mlcheck.profile_table('base_t', '{c}', 'x > 50');
SELECT observed -> 'statistic' FROM mlcheck.validate('cur_t', '{"columns": {"c": {"skew_comparator": {"method": "linf", "threshold": 0}}}, "additional_columns": true}',
	'{"skew_baseline": "baseline_parts"}');
-- validate_profiles applies the comparators too
SELECT v.column_name, v.kind, v.observed -> 'statistic' AS statistic
FROM (SELECT array_agg(column_name) AS n, array_agg(profile) AS p FROM mlcheck.profile_table('cur_t')) s,
	mlcheck.validate_profiles(s.n, s.p, '{"columns": {"c": {"skew_comparator": {"method": "infinity_norm", "threshold": 0.1}}}, "additional_columns": true}',
		'{"skew_baseline": "baseline"}') v;
-- a method that does not apply to the column's kind is drift()'s error
SELECT * FROM mlcheck.validate('cur_t', '{"columns": {"c": {"drift_comparator": {"method": "ks", "threshold": 0.05}}}}',
	'{"drift_baseline": "baseline"}');

DROP TABLE base_t, cur_t, baseline, baseline_x, baseline_parts;
DROP EXTENSION mlcheck;
