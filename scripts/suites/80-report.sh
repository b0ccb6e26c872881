# End-to-end test of the HTML report in a real browser: the demo pipeline runs into a database,
# demo/checks/95_report.sql writes its report, test/browser/report_browser.py opens it (and pages
# of further runs) in headless Chromium through Selenium, saves screenshots and DOM dumps under
# $MLCHECK_WORK/report-e2e, and checks rendering, counts, escaping and that nothing was fetched.
# Skipped, with a message, only where Chromium or its driver cannot be installed.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
/usr/bin/python3 -c 'import selenium' >/dev/null 2>&1 || missing+=(python3-selenium)
if [ ${#missing[@]} -gt 0 ]; then
	echo "SKIPPED: the browser test needs ${missing[*]}, which could not be installed on this machine"
	echo "@@result 0 0"
	exit 0
fi

out=${MLCHECK_WORK:-/tmp}/report-e2e
rm -rf "$out"
mkdir -p "$out"
db=mlcheck_e2e_report
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null || { echo "@@result 0 1"; exit 1; }
export PGDATABASE=$db
fail=0
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION mlcheck' >/dev/null || fail=1
psql -X -q -v ON_ERROR_STOP=1 -f demo/load.sql >/dev/null || fail=1
# the demo as scripts/demo.sh runs it; its last step writes $MLCHECK_DEMO_OUT/report.html
for f in demo/checks/*.sql; do
	MLCHECK_DEMO_OUT=$out psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f "$f" >"$out/demo-$(basename "$f" .sql).log" 2>&1 ||
		{ echo "not ok - demo step $f failed:"; tail -5 "$out/demo-$(basename "$f" .sql).log"; fail=1; }
done
if [ $fail = 1 ]; then
	echo "@@result 0 1"
	exit 1
fi
grep -q "$out/report.html" "$out/demo-95_report.log" && echo "ok - the demo prints the path of its report" ||
	{ echo "not ok - the demo does not print $out/report.html"; fail=1; }
/usr/bin/python3 test/browser/report_browser.py "$out" | tee "$out/browser.out"
rc=${PIPESTATUS[0]}
read -r _ p f < <(grep -a '^@@browser ' "$out/browser.out" | tail -n1)
p=${p:-0} f=${f:-1}
[ "$rc" != 0 ] && [ "$f" = 0 ] && f=1
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
echo "@@result $((p + 1 - fail)) $((f + fail))"
