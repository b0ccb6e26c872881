-- The visual report of the pipeline run (demo/checks/90_pipeline.sql): one self-contained HTML
-- page written to $MLCHECK_DEMO_OUT/report.html (scripts/demo.sh sets it to demo/out), or to
-- ./report.html when the variable is not set. The same as, from a shell:
--   psql -Atc "SELECT mlcheck.report_html()" > report.html
\set ON_ERROR_STOP on
\getenv mlcheck_out MLCHECK_DEMO_OUT
\if :{?mlcheck_out}
\else
\set mlcheck_out .
\endif
\set mlcheck_report :mlcheck_out '/report.html'
\pset format unaligned
\pset tuples_only on
\o :mlcheck_report
SELECT mlcheck.report_html();
\o
\pset format aligned
\pset tuples_only off
\echo
\echo '== the report of the run (open it in a browser: no script, nothing fetched):'
\echo :mlcheck_report
SELECT p.run_id, octet_length(p.page) AS bytes,
	   (SELECT count(*) FROM regexp_matches(p.page, '<svg class="mlcheck-chart"', 'g')) AS charts
FROM (SELECT max(run_id) AS run_id, mlcheck.report_html() AS page FROM mlcheck.runs) p;
