#!/usr/bin/python3
"""End-to-end test of mlcheck.report_html() in a real browser (headless Chromium via Selenium).

Run by scripts/suites/80-report.sh after the demo pipeline has run in database $PGDATABASE and
demo/checks/95_report.sql has written $OUT/report.html. Writes more pages of real runs (a check
whose data is markup; a run with drift, model-gate, schema and error results), opens each in
Chromium with every network fetch made to fail (--host-resolver-rules), saves a full-page
screenshot and the DOM under $OUT, and checks:
  - every chart (svg.mlcheck-chart) renders with a non-zero size, as many as the run has charts,
    and every bar has a finite, non-negative size;
  - the counts shown equal mlcheck.runs, and the table rows per status equal mlcheck.results;
  - markup from data is text: no <script> element, the text '<script>alert(1)</script>' shows;
  - nothing was fetched: no resource timing entry, no request but the page itself in Chrome's
    performance log, no console message (a blocked fetch logs a Content-Security-Policy error).
Two control pages (an image from elsewhere, with and without the page's CSP, and a script) must
make those checks fail, so a check that cannot fail would show here.
Prints TAP lines and "@@browser PASSED FAILED" (the suite adds its own checks to the count).
"""
import json
import os
import re
import shutil
import sys
import tempfile

import psycopg
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

OUT = sys.argv[1]
passed = failed = 0


def ok(cond, name, diag=None):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok {passed + failed} - {name}")
    else:
        failed += 1
        print(f"not ok {passed + failed} - {name}")
        if diag is not None:
            print("#   " + str(diag).replace("\n", "\n#   "))
    sys.stdout.flush()


db = psycopg.connect(autocommit=True)


def q(sql, params=None):
    return db.execute(sql, params).fetchall()


def q1(sql, params=None):
    return db.execute(sql, params).fetchone()[0]


def write_page(name, run_id):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(q1("SELECT mlcheck.report_html(%s)", (run_id,)))
    return path


def expected_charts(run_id):
    """drift results carrying chart data or profiles, plus one chart per model-gate check"""
    return q1("""
        SELECT (SELECT count(*) FROM mlcheck.results WHERE run_id = %(r)s AND kind = 'drift' AND status <> 'error'
                  AND (jsonb_typeof(details -> 'chart') = 'object'
                       OR details ? 'reference_profile' AND details ? 'current_profile'))
             + (SELECT count(DISTINCT check_id) FROM mlcheck.results
                WHERE run_id = %(r)s AND kind = 'metric_gate' AND status <> 'error')""", {"r": run_id})


# ---------------------------------------------------------------- the pages
demo_run = q1("SELECT max(run_id) FROM mlcheck.runs")
demo_page = os.path.join(OUT, "report.html")
ok(os.path.exists(demo_page), "the demo wrote report.html", demo_page)

# a real run of a check whose data is markup (labels of a two-column sql check)
db.execute("DROP TABLE IF EXISTS public.e2e_labels")
db.execute("CREATE TABLE public.e2e_labels (label text, n int)")
db.execute("""INSERT INTO public.e2e_labels VALUES ('<script>alert(1)</script>', 3),
              ('<img src=x onerror=alert(2)>', 1), ('"quoted" & ''apostrophe''', 2)""")
db.execute("""SELECT mlcheck.add_check('e2e <markup> check', 'sql', stage => 'data',
              description => '<b>labels</b> from data',
              params => '{"query": "SELECT label, n FROM public.e2e_labels ORDER BY 1", "max": 2}')""")
markup_run = q1("SELECT max(run_id) FROM mlcheck.run_checks(selector => 'e2e <markup> check')")
markup_page = write_page("markup.html", markup_run)

# a run with the kinds that carry charts and anomalies, results as their evaluators record them
# (rows written directly, triggers off for this session as a restore does, so the fixture does
# not depend on those kinds' parameters)
db.execute("SET session_replication_role = replica")
db.execute("""
    INSERT INTO mlcheck.checks (name, kind, stage, target, columns, params) VALUES
        ('e2e_income_drift', 'drift', 'data', 'demo.users_serving', ARRAY['income'], '{}'),
        ('e2e_country_drift', 'drift', 'data', 'demo.users_serving', ARRAY['country'], '{}'),
        ('e2e_premium_drift', 'drift', 'data', 'demo.users_serving', ARRAY['is_premium'], '{}'),
        ('e2e_gate', 'metric_gate', 'model', NULL, NULL, '{}'),
        ('e2e_schema', 'schema', 'data', 'demo.users_serving', NULL, '{}')""")
db.execute("""
    INSERT INTO mlcheck.runs (as_of, started_at, finished_at, n_checks, n_pass, n_warn, n_fail, n_error, n_blocking, status)
    VALUES (now(), now(), now() + interval '1.5 seconds', 0, 0, 0, 0, 0, 0, NULL)""")
fixture_run = q1("SELECT max(run_id) FROM mlcheck.runs")
db.execute("""
    INSERT INTO mlcheck.results (run_id, check_id, check_name, stage, kind, blocking, owner, status, metric,
                                 column_name, value, threshold, details, observed_at)
    SELECT %(r)s, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, v.status, v.metric, v.col, v.value,
           v.threshold, v.details, (SELECT as_of FROM mlcheck.runs WHERE run_id = %(r)s)
    FROM (VALUES
        ('e2e_income_drift', 'fail', 'wasserstein', 'income', 0.41, 0.1,
         jsonb_build_object('method', 'wasserstein', 'chart', mlcheck.profile_chart(
             (SELECT mlcheck.profile(income) FROM demo.users_training),
             (SELECT mlcheck.profile(income) FROM demo.users_serving), 30))),
        ('e2e_country_drift', 'warn', 'js', 'country', 0.12, 0.1,
         jsonb_build_object('method', 'js',
             'reference_profile', (SELECT mlcheck.profile(country)::text FROM demo.users_training),
             'current_profile', (SELECT mlcheck.profile(x)::text FROM
                 (SELECT country FROM demo.users_serving UNION ALL
                  SELECT '<script>alert(1)</script>' FROM generate_series(1, 40)) s(x)))),
        ('e2e_premium_drift', 'pass', 'z', 'is_premium', 1.2, 0.05,
         jsonb_build_object('method', 'z', 'p_value', 0.23, 'chart', mlcheck.profile_chart(
             (SELECT mlcheck.profile(is_premium) FROM demo.users_training),
             (SELECT mlcheck.profile(is_premium) FROM demo.users_serving)))),
        ('e2e_gate', 'fail', 'roc_auc', NULL, 0.79, 0.8,
         '{"candidate": 0.79, "baseline": 0.84, "delta": -0.05, "rule": "change absolute >= -0.01"}'::jsonb),
        ('e2e_gate', 'pass', 'log_loss', NULL, 0.43, 0.5, '{"candidate": 0.43, "baseline": 0.41, "rule": "value upper_bound 0.5"}'::jsonb),
        ('e2e_gate', 'warn', 'brier', NULL, 0.16, 0.15, '{"candidate": 0.16, "baseline": 0.14}'::jsonb),
        ('e2e_schema', 'fail', 'anomalies', NULL, 1, 0,
         '{"anomalies": [{"column_name": "country", "kind": "values_outside_domain", "severity": "error",
                          "description": "1 value outside the domain", "observed": {"sample": ["XX", "<script>alert(1)</script>"]}}]}'::jsonb))
      AS v(name, status, metric, col, value, threshold, details)
    JOIN mlcheck.checks c ON c.name = v.name""", {"r": fixture_run})
db.execute("RESET session_replication_role")
db.execute("""
    UPDATE mlcheck.runs r SET n_checks = w.n, n_pass = w.p, n_warn = w.w, n_fail = w.f, n_error = w.e,
                              n_blocking = w.b, status = w.s
    FROM (SELECT count(*) n, count(*) FILTER (WHERE worst = 0) p, count(*) FILTER (WHERE worst = 1) w,
                 count(*) FILTER (WHERE worst = 2) f, count(*) FILTER (WHERE worst = 3) e,
                 count(*) FILTER (WHERE worst >= 2 AND blocking) b,
                 (ARRAY['pass', 'warn', 'fail', 'error'])[max(worst) + 1] s
          FROM (SELECT check_id, bool_or(blocking) blocking, max(mlcheck._rp_rank(status)) worst
                FROM mlcheck.results WHERE run_id = %(r)s GROUP BY check_id) x) w
    WHERE r.run_id = %(r)s""", {"r": fixture_run})
fixture_page = write_page("fixture.html", fixture_run)

# control pages: the checks below must fail on them
markup_html = open(markup_page, encoding="utf-8").read()
control_fetch = os.path.join(OUT, "control-fetch.html")
with open(control_fetch, "w", encoding="utf-8") as f:
    f.write(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", markup_html)
            .replace("<main>", '<main><img src="http://mlcheck-e2e.invalid/pixel.png" alt="">'))
control_csp = os.path.join(OUT, "control-csp.html")
with open(control_csp, "w", encoding="utf-8") as f:
    f.write(markup_html.replace("<main>", '<main><img src="http://mlcheck-e2e.invalid/pixel.png" alt="">'
                                          "<script>document.title = 'x'</script>"))

# ---------------------------------------------------------------- the browser
profile_dir = tempfile.mkdtemp(prefix="mlcheck-chromium-")
opts = webdriver.ChromeOptions()
opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1280,1000",
          f"--user-data-dir={profile_dir}"):
    opts.add_argument(a)
opts.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=opts)
driver.set_page_load_timeout(60)
driver.get("about:blank")  # let the browser's start-up pages finish before the first page


def visit(path, shot):
    """Opens a page; returns (requests other than the page, resource entries, console messages)."""
    driver.get_log("performance")  # drop what earlier pages logged
    driver.get_log("browser")
    url = "file://" + os.path.abspath(path)
    driver.get(url)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, min(max(int(height), 600), 12000))
    driver.save_screenshot(shot)
    with open(shot[:-4] + ".dom.html", "w", encoding="utf-8") as f:
        f.write(driver.execute_script("return document.documentElement.outerHTML"))
    requests = []
    for e in driver.get_log("performance"):
        m = json.loads(e["message"])["message"]
        # requests made for this document (the browser's own pages, e.g. its start page, are not)
        if m.get("method") == "Network.requestWillBeSent" and m["params"].get("documentURL") == url:
            u = m["params"]["request"]["url"]
            if u != url:
                requests.append(u)
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
    console = [e["message"] for e in driver.get_log("browser")]
    return requests, resources, console


def charts_render():
    """per chart: width, height and the number of bars with a bad size"""
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('svg.mlcheck-chart')).map(function (s) {
            var r = s.getBoundingClientRect();
            var bad = Array.from(s.querySelectorAll('rect')).filter(function (b) {
                var w = b.width.baseVal.value, h = b.height.baseVal.value;
                return !(isFinite(w) && isFinite(h) && w >= 0 && h >= 0);
            }).length;
            return [r.width, r.height, bad];
        });""")


def shown_counts():
    return driver.execute_script("""
        var c = {};
        document.querySelectorAll('[data-count]').forEach(function (e) { c[e.dataset.count] = +e.textContent; });
        var rows = {};
        document.querySelectorAll('#results-table tbody tr').forEach(function (tr) {
            rows[tr.dataset.status] = (rows[tr.dataset.status] || 0) + 1; });
        return [c, rows];""")


def check_page(name, path, run_id, markup):
    requests, resources, console = visit(path, os.path.join(OUT, name + ".png"))
    ok(os.path.getsize(os.path.join(OUT, name + ".png")) > 10000, f"{name}: screenshot saved")
    ok(driver.execute_script("return document.querySelectorAll('script').length") == 0,
       f"{name}: no script element")
    charts = charts_render()
    want = expected_charts(run_id)
    ok(len(charts) == want, f"{name}: {want} charts in the page", charts)
    ok(all(w > 0 and h > 0 for w, h, _ in charts), f"{name}: every chart renders with a non-zero size", charts)
    ok(all(bad == 0 for _, _, bad in charts), f"{name}: every bar has a finite, non-negative size", charts)
    counts, rows = shown_counts()
    run = q("SELECT n_checks, n_pass, n_warn, n_fail, n_error, n_blocking FROM mlcheck.runs WHERE run_id = %s",
            (run_id,))[0]
    ok([counts.get(k) for k in ("checks", "pass", "warn", "fail", "error", "blocking")] == list(run),
       f"{name}: the counts shown equal mlcheck.runs", (counts, run))
    db_rows = dict(q("SELECT status, count(*) FROM mlcheck.results WHERE run_id = %s GROUP BY 1", (run_id,)))
    ok(rows == db_rows and counts.get("results") == sum(db_rows.values()),
       f"{name}: the table rows per status equal mlcheck.results", (rows, db_rows))
    if markup:
        text = driver.execute_script("return document.body.innerText")
        ok("<script>alert(1)</script>" in text, f"{name}: markup from data shows as text")
        ok(driver.execute_script("return document.querySelectorAll('img').length") == 0,
           f"{name}: an <img> from data did not become an element")
    ok(not requests and not resources, f"{name}: nothing fetched from the network", (requests, resources))
    ok(not console, f"{name}: no console message (no blocked fetch, no error)", console)


try:
    check_page("demo", demo_page, demo_run, False)
    check_page("markup", markup_page, markup_run, True)
    check_page("fixture", fixture_page, fixture_run, True)
    ok(expected_charts(fixture_run) == 4, "fixture: 3 drift charts and 1 gate chart expected")

    # the controls: the detectors must see what is wrong with them
    requests, resources, console = visit(control_fetch, os.path.join(OUT, "control-fetch.png"))
    ok(any("mlcheck-e2e.invalid" in u for u in requests) and any("mlcheck-e2e.invalid" in u for u in resources),
       "control without CSP: the fetch attempt is seen (performance log and resource timing)",
       (requests, resources))
    requests, resources, console = visit(control_csp, os.path.join(OUT, "control-csp.png"))
    ok(any("Content Security Policy" in m for m in console),
       "control with the page's CSP: the blocked fetch and script are reported on the console", console)
    ok(driver.execute_script("return document.querySelectorAll('script').length") == 1,
       "control: a script element is detected")
finally:
    driver.quit()
    shutil.rmtree(profile_dir, ignore_errors=True)

print(f"# screenshots and DOM dumps in {OUT}")
print(f"@@browser {passed} {failed}")
