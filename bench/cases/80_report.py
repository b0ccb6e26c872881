"""The visual report: drawing charts of stored profiles (of all the rows of bench.t, sketches at
1M rows) and rendering the page of a run, against a plain scan of the same rows."""
from run import Case

# profiles of bench.t, built once (not timed)
PROFILES = """
CREATE TABLE IF NOT EXISTS bench.report_profiles AS
SELECT mlcheck.profile(x) AS px, mlcheck.profile(x * 1.1 + 0.2) AS px2,
       mlcheck.profile(c) AS pc, mlcheck.profile(CASE WHEN b THEN 'cat_new' ELSE c END) AS pc2
FROM bench.t;
"""

# a run of 200 results: 100 sql checks, 60 drift results carrying charts of 30 bins / 10
# categories, 40 metric-gate results of 4 checks (inserted as their evaluators record them)
RUN = PROFILES + """
DELETE FROM mlcheck.checks WHERE name LIKE 'br\\_%';
SELECT mlcheck.add_check('br_sql' || i, 'sql', params => '{{"query": "SELECT 1 AS one", "max": 1}}', stage => 'b_report')
FROM generate_series(1, 100) i;
SELECT mlcheck.add_check('br_drift' || i, 'drift', 'bench.t', ARRAY['x'], '{{"baseline": "b"}}') FROM generate_series(1, 60) i;
SELECT mlcheck.add_check('br_gate' || i, 'metric_gate', NULL, NULL, '{{"candidate": {{}}, "baseline": {{}}, "rules": {{}}}}')
FROM generate_series(1, 4) i;
SELECT count(*) FROM mlcheck.run_checks(stage => 'b_report');
INSERT INTO mlcheck.results (run_id, check_id, check_name, stage, kind, blocking, owner, status, metric, column_name,
                             value, threshold, details, observed_at)
SELECT r.run_id, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, 'fail', 'js', 'x', 0.2, 0.1,
       jsonb_build_object('method', 'js', 'chart',
           CASE WHEN c.check_id % 2 = 0 THEN mlcheck.profile_chart(p.px, p.px2, 30)
                ELSE mlcheck.profile_chart(p.pc, p.pc2) END), r.as_of
FROM mlcheck.checks c, bench.report_profiles p, (SELECT max(run_id) AS run_id, max(as_of) AS as_of FROM mlcheck.runs) r
WHERE c.name LIKE 'br\\_drift%';
INSERT INTO mlcheck.results (run_id, check_id, check_name, stage, kind, blocking, owner, status, metric, value,
                             threshold, details, observed_at)
SELECT r.run_id, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, 'pass', 'metric' || i, 0.8, 0.7,
       jsonb_build_object('candidate', 0.8 + i / 100.0, 'baseline', 0.8, 'rule', 'value lower_bound 0.7'), r.as_of
FROM mlcheck.checks c, generate_series(1, 10) i, (SELECT max(run_id) AS run_id, max(as_of) AS as_of FROM mlcheck.runs) r
WHERE c.name LIKE 'br\\_gate%';
"""

CASES = [
    Case("profile_chart numeric 20 bins", "SELECT mlcheck.profile_chart(px, px2) FROM bench.report_profiles",
         setup=PROFILES, note="two stored 1M-row numeric profiles (KLL sketches) on shared bins"),
    Case("profile_svg numeric 20 bins", "SELECT length(mlcheck.profile_svg(px, px2)) FROM bench.report_profiles",
         setup=PROFILES, note="the same, drawn as SVG"),
    Case("profile_svg categories top 10", "SELECT length(mlcheck.profile_svg(pc, pc2)) FROM bench.report_profiles",
         setup=PROFILES, note="two stored text profiles, 21 categories"),
    Case("report_html 200 results, 64 charts", "SELECT length(mlcheck.report_html())",
         setup=RUN, note="a run of 100 sql results, 60 drift charts from stored chart JSON, 4 gates of 10 metrics"),
]
