-- pgTAP: the report API (functions, volatility, privileges), its SQLSTATEs, the run it picks and
-- what row security lets a reader see of it.
BEGIN;
SELECT plan(41);

SELECT has_function('mlcheck', 'report_html', ARRAY['bigint'], 'report_html(bigint) exists');
SELECT has_function('mlcheck', 'html_escape', ARRAY['text'], 'html_escape(text) exists');
SELECT has_function('mlcheck', 'profile_svg', ARRAY['mlcheck.profile', 'mlcheck.profile', 'integer', 'integer', 'text'],
					'profile_svg(reference, current, bins, top, title) exists');
SELECT has_function('mlcheck', 'profile_chart', ARRAY['mlcheck.profile', 'mlcheck.profile', 'integer', 'integer'],
					'profile_chart exists');
SELECT has_function('mlcheck', 'chart_svg', ARRAY['jsonb', 'text'], 'chart_svg exists');
SELECT has_function('mlcheck', 'metrics_svg', ARRAY['text[]', 'double precision[]', 'double precision[]', 'text'],
					'metrics_svg exists');
SELECT function_returns('mlcheck', 'report_html', ARRAY['bigint'], 'text', 'report_html returns text');
SELECT volatility_is('mlcheck', 'report_html', ARRAY['bigint'], 'stable', 'report_html is stable (reads tables)');
SELECT is((SELECT count(*)::int FROM pg_proc p WHERE p.pronamespace = 'mlcheck'::regnamespace
		   AND p.proname IN ('html_escape', 'profile_svg', 'profile_chart', 'chart_svg', 'metrics_svg')
		   AND (p.provolatile <> 'i' OR p.proparallel <> 's')), 0,
		  'the escape and the chart functions are immutable and parallel safe');
SELECT is((SELECT proisstrict FROM pg_proc WHERE oid = 'mlcheck.html_escape'::regproc), true, 'html_escape is strict');
SELECT is((SELECT count(*)::int FROM pg_proc p WHERE p.pronamespace = 'mlcheck'::regnamespace
		   AND (p.proname IN ('report_html', 'html_escape', 'profile_svg', 'profile_chart', 'chart_svg', 'metrics_svg')
				OR p.proname LIKE '\_rp\_%') AND p.prosecdef), 0,
		  'no report function is security definer');
SELECT is((SELECT count(*)::int FROM pg_proc p WHERE p.pronamespace = 'mlcheck'::regnamespace
		   AND p.proname IN ('report_html', 'html_escape', 'profile_svg', 'profile_chart', 'chart_svg', 'metrics_svg')
		   AND obj_description(p.oid, 'pg_proc') IS NULL), 0, 'every report function has a comment');

-- the one escape
SELECT is(mlcheck.html_escape($$<a href='x'>"&"</a>$$), '&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;',
		  'html_escape replaces & < > " and ''');
SELECT is(mlcheck.html_escape('&lt;'), '&amp;lt;', 'html_escape escapes an ampersand of an existing reference');

-- errors: no run, unknown run
DELETE FROM mlcheck.runs;
SELECT throws_ok('SELECT mlcheck.report_html()', 'ML002', 'no check run has been recorded yet',
				 'no runs yet: ML002');
SELECT throws_ok('SELECT mlcheck.report_html(12345)', 'ML002', 'run 12345 does not exist', 'unknown run: ML002');

-- a run, then another: the default is the latest
CREATE TABLE public.tap_t (x int);
INSERT INTO public.tap_t SELECT generate_series(1, 10);
SELECT isnt(mlcheck.add_check('tap_rows', 'sql', params => '{"query": "SELECT count(*) AS n FROM public.tap_t", "min": 20}'),
			NULL, 'check tap_rows registered');
SELECT isnt(mlcheck.add_check('tap_div0', 'sql', params => '{"query": "SELECT 1 / 0 AS x"}', blocking => false),
			NULL, 'check tap_div0 registered');
SELECT lives_ok($$SELECT mlcheck.run_checks(as_of => '2026-03-01 00:00:00+00')$$, 'first run');
SELECT lives_ok($$SELECT mlcheck.run_checks(selector => 'tap_rows', as_of => '2026-03-01 01:00:00+00')$$, 'second run');
CREATE TEMP TABLE tap_runs AS SELECT run_id, row_number() OVER (ORDER BY run_id) AS k FROM mlcheck.runs;
SELECT is(mlcheck.report_html(), mlcheck.report_html((SELECT max(run_id) FROM tap_runs)), 'default: the latest run');
SELECT is(mlcheck.report_html(NULL), mlcheck.report_html(), 'NULL: the latest run');
SELECT matches(mlcheck.report_html((SELECT run_id FROM tap_runs WHERE k = 1)),
			   '<h1>mlcheck report &#8211; run ' || (SELECT run_id FROM tap_runs WHERE k = 1) || '</h1>',
			   'an earlier run by its id');
SELECT matches(mlcheck.report_html((SELECT run_id FROM tap_runs WHERE k = 1)),
			   'data-count="checks">2<.*data-count="fail">1<.*data-count="error">1<',
			   'the first run: 2 checks, 1 fail, 1 error');
SELECT matches(mlcheck.report_html(), 'data-count="checks">1<.*data-count="fail">1<.*data-count="error">0<',
			   'the second run: 1 check');
SELECT matches(mlcheck.report_html((SELECT run_id FROM tap_runs WHERE k = 1)),
			   '<p class="err">division by zero</p>', 'the error message is shown');
SELECT ok(mlcheck.report_html() ~ '^<!DOCTYPE html>\n<html lang="en">' AND mlcheck.report_html() ~ '</html>\n$',
		  'a whole HTML document');

-- a long run: hours, minutes and seconds
INSERT INTO mlcheck.runs (as_of, started_at, finished_at, status)
VALUES ('2026-03-01 01:30:00+00', '2026-03-01 01:30:00+00', '2026-03-01 04:32:05.6+00', 'pass');
SELECT matches(mlcheck.report_html(), '<dt>duration</dt><dd>3:02:05 \(h:min:s\)</dd>', 'a long run: its duration in h:min:s');

-- a run still in progress
INSERT INTO mlcheck.runs (as_of) VALUES ('2026-03-01 02:00:00+00');
SELECT matches(mlcheck.report_html(), '<dt>duration</dt><dd>still running</dd>', 'a run in progress says so');
SELECT matches(mlcheck.report_html(), 'id="run-status">running<', 'and its status is running');

-- row security: a role sees its own results, and is told how many it cannot see
CREATE ROLE tap_report_alice;
CREATE ROLE tap_report_bob;
GRANT SELECT ON public.tap_t TO tap_report_alice, tap_report_bob;
SET ROLE tap_report_alice;
SELECT isnt(mlcheck.add_check('alice_rows', 'sql', params => '{"query": "SELECT count(*) AS n FROM public.tap_t", "min": 1}'),
			NULL, 'alice registers a check');
RESET ROLE;
SELECT lives_ok($$SELECT mlcheck.run_checks(as_of => '2026-03-01 03:00:00+00')$$, 'a superuser runs everybody''s checks');
SET ROLE tap_report_alice;
SELECT matches(mlcheck.report_html(), '2 of the 3 checks of this run are not visible to you',
			   'alice is told that 2 checks are hidden');
SELECT is((SELECT count(*)::int FROM regexp_matches(mlcheck.report_html(), '<tr class="row-', 'g')), 1,
		  'alice sees one row: her check');
SELECT ok(strpos(mlcheck.report_html(), 'tap_rows') = 0 AND strpos(mlcheck.report_html(), 'division by zero') = 0,
		  'nothing of the other checks shows, not even their error messages');
SET ROLE tap_report_bob;
SELECT is((SELECT count(*)::int FROM regexp_matches(mlcheck.report_html(), '<tr class="row-', 'g')), 0,
		  'bob sees no result');
RESET ROLE;
GRANT mlcheck_reader TO tap_report_bob;
-- PostgreSQL 15.18 (the checking server) keeps report_html's cached plans across a GRANT of
-- membership inside one transaction; 15.20 replans. Start from no cached plan on both.
DISCARD PLANS;
SET ROLE tap_report_bob;
SELECT ok(strpos(mlcheck.report_html(), 'id="hidden-checks"') = 0
		  AND (SELECT count(*) FROM regexp_matches(mlcheck.report_html(), '<tr class="row-', 'g')) = 3,
		  'a member of mlcheck_reader sees every result');
RESET ROLE;

-- chart errors
SELECT throws_ok($$SELECT mlcheck.profile_svg(mlcheck.profile(1.0::float8), mlcheck.profile(true))$$, '42804',
				 'cannot chart a numeric profile against a bool profile', 'kinds must match: 42804');
SELECT throws_ok($$SELECT mlcheck.profile_svg(mlcheck.profile(1.0::float8), bins => 501)$$, '22023',
				 'bins must be between 1 and 500', 'bins out of range: 22023');
SELECT throws_ok($$SELECT mlcheck.chart_svg('{"format": 1}')$$, '22023', NULL, 'malformed chart: 22023');
SELECT throws_ok($$SELECT mlcheck.metrics_svg(ARRAY['a'], ARRAY[1.0, 2.0], ARRAY[1.0])$$, '2202E', NULL,
				 'mismatched metric arrays: 2202E');

SELECT * FROM finish();
ROLLBACK;
