#!/usr/bin/env bash
# regen_hostile.sh: the commands that drafted test/hostile_<area>.sql (run against a cluster with
# PGHOST/PGPORT/PGUSER set, e.g. MLCHECK_KEEP=1 scripts/test.sh upgrade). Read the diff line by line
# before committing: a changed result is either a fixed bug or a new one.
cd /work/wt/reliability
G="/usr/bin/python3 test/reliability/hostile_gen.py"
$G checks '^mlcheck\.(_ck_[a-z_]+|add_check|alert_payload|assert_passed|delete_results|drop_baseline|drop_check|evaluate_check|purge_results|run_checks|save_schema|snapshot_baseline|snapshot_schema)\(' > test/hostile_checks.sql
sed -i '1s/.*/-- pgTAP: hostile input for the checks runner (src\/checks.c and its SQL\/PL\/pgSQL functions, internal _ck_ helpers included), drafted by test\/reliability\/hostile_gen.py, reviewed. VOLATILE functions run through pg_temp.hostile_try: their outcome is pinned and their effects undone./' test/hostile_checks.sql
$G report '^mlcheck\.(_rp_[a-z_]+|chart_svg|html_escape|metrics_svg|profile_chart|profile_svg|report_html)\(' > test/hostile_report.sql
sed -i '1s/.*/-- pgTAP: hostile input for the report (src\/report.c and its SQL functions, internal _rp_ helpers included), drafted by test\/reliability\/hostile_gen.py, reviewed./' test/hostile_report.sql
for a in profile drift skew metrics multivariate; do $G $a > test/hostile_$a.sql; done
$G none '^mlcheck\.(drift_columns|drift_split|drift_table|feature_skew|profile_table|skew_equality_operator)\(' > test/hostile_tables.sql
sed -i '1s/.*/-- pgTAP: hostile input for the SQL-language table functions (profile_table, drift_table, drift_split, drift_columns, feature_skew, skew_equality_operator), drafted by test\/reliability\/hostile_gen.py, reviewed./' test/hostile_tables.sql
$G expect '^mlcheck\.(_[a-z_]+|anomaly_kinds|check_schema|count_sample|expect|expect_all|expectation_types|first_distinct_values|first_values|infer_schema|validate|validate_profiles)\(' | sed -e 's/  -- REVIEW: NaN out of input without NaN$/  -- reviewed: the helper builds SQL text, the NaN is its literal/' -e "1s/.*/-- pgTAP: hostile input for the schema and expectations area (src\/expect.c and its SQL\/PL\/pgSQL functions, the internal _helpers included: they are callable), drafted by test\/reliability\/hostile_gen.py, reviewed./" > test/hostile_schema.sql
