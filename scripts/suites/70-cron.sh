# pg_cron end to end: a job scheduled every minute runs mlcheck.run_checks() in a test database;
# we wait (at most 75 s) until its run and results appear, then check what it recorded, that
# a low-privileged check ran as its owner under the superuser's job, and that an orchestrator
# step (psql -v ON_ERROR_STOP=1 -c 'SELECT mlcheck.assert_passed()') fails and passes as it should.
# The cluster of scripts/lib.sh preloads pg_cron with cron.database_name = 'postgres'.
set -u
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
notok() { echo "not ok - $1"; fail=$((fail + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1"; else notok "$1 (got '$2', want '$3')"; fi; }
DB=mlcheck_cron
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL || { echo "@@result 0 1"; exit 1; }
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pg_cron;
SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname = 'mlcheck-e2e';
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB;
SQL
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >/dev/null <<'SQL' || { echo "@@result 0 1"; exit 1; }
SET client_min_messages = warning;
CREATE EXTENSION mlcheck;
DROP ROLE IF EXISTS cron_low;
CREATE ROLE cron_low LOGIN;
CREATE TABLE public.events (at timestamptz, v float8);
INSERT INTO public.events SELECT now() - i * interval '1 minute', i FROM generate_series(0, 99) i;
GRANT SELECT ON public.events TO cron_low;
CREATE TABLE public.secret (x int);
SELECT mlcheck.add_check('events_fresh', 'freshness', 'public.events', ARRAY['at'], '{"max_lag": "1 day"}');
SELECT mlcheck.add_check('events_small', 'sql', params => '{"query": "SELECT max(v) AS max_v FROM public.events", "max": 50}');
SET ROLE cron_low;
SELECT mlcheck.add_check('low_reads_secret', 'sql', params => '{"query": "SELECT count(*) AS n FROM public.secret"}');
SELECT mlcheck.add_check('low_whoami', 'sql', params => '{"query": "SELECT current_user = ''cron_low'' AS runs_as_owner"}');
RESET ROLE;
SQL

job=$(psql -X -q -At -v ON_ERROR_STOP=1 -d postgres -c \
	"SELECT cron.schedule_in_database('mlcheck-e2e', '* * * * *', 'SELECT mlcheck.run_checks()', '$DB')")
if [ -n "$job" ]; then ok "pg_cron job $job scheduled every minute in database $DB"; else notok "schedule the job"; fi

start=$(date +%s)
runs=0
while [ $(($(date +%s) - start)) -lt 75 ]; do
	runs=$(q "SELECT count(*) FROM mlcheck.runs WHERE finished_at IS NOT NULL")
	[ "${runs:-0}" -gt 0 ] && break
	sleep 2
done
waited=$(($(date +%s) - start))
if [ "${runs:-0}" -gt 0 ]; then ok "a run recorded by the pg_cron job after ${waited} s"; else notok "no run within 75 s"; fi

run=$(q "SELECT min(run_id) FROM mlcheck.runs")
check "the job ran as its owner, postgres" "$(q "SELECT run_by FROM mlcheck.runs WHERE run_id = $run")" "postgres"
check "the run counts" "$(q "SELECT n_checks || ' ' || n_pass || ' ' || n_fail || ' ' || n_error FROM mlcheck.runs WHERE run_id = $run")" "4 2 1 1"
check "the results of the run" \
	"$(q "SELECT string_agg(check_name || ':' || status, ' ' ORDER BY check_name) FROM mlcheck.results WHERE run_id = $run")" \
	"events_fresh:pass events_small:fail low_reads_secret:error low_whoami:pass"
check "the low-privileged check could not read a table under the superuser's job" \
	"$(q "SELECT details ->> 'sqlstate' || ' ' || (details ->> 'message') FROM mlcheck.results WHERE run_id = $run AND check_name = 'low_reads_secret'")" \
	"42501 permission denied for table secret"
check "events_small recorded max(v) = 99 against 50" \
	"$(q "SELECT value || ' ' || threshold FROM mlcheck.results WHERE run_id = $run AND check_name = 'events_small'")" "99 50"
check "pg_cron reports the job succeeded" \
	"$(psql -X -q -At -d postgres -c "SELECT status FROM cron.job_run_details WHERE jobid = $job ORDER BY runid LIMIT 1")" "succeeded"

psql -X -q -At -d postgres -c "SELECT cron.unschedule($job)" >/dev/null

# the orchestrator step: psql exits non-zero while a blocking check fails ...
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c 'SELECT mlcheck.assert_passed()' 2>&1)
rc=$?
if [ $rc -ne 0 ] && grep -q '2 blocking checks failed in run' <<<"$out" && grep -q 'events_small: fail max_v = 99' <<<"$out"; then
	ok "psql -c 'SELECT mlcheck.assert_passed()' fails (exit $rc) naming the failing check"
else
	notok "assert_passed in psql: exit $rc, output: $out"
fi
sqlstate=$(psql -X -q -At -d "$DB" -c '\set VERBOSITY verbose' -c 'SELECT mlcheck.assert_passed()' 2>&1 | sed -n 's/^ERROR:  \([0-9A-Z]\{5\}\):.*/\1/p')
check "its SQLSTATE is ML001" "$sqlstate" "ML001"
# ... and passes once the failing check is fixed and the checks run again (in their own transaction)
q "UPDATE mlcheck.checks SET params = params || '{\"max\": 100}' WHERE name = 'events_small'" >/dev/null
q "SELECT count(*) FROM mlcheck.run_checks(stage => 'data')" >/dev/null
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c 'SELECT mlcheck.assert_passed()' 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -q 'passed: 4 checks, 3 pass, 0 warn, 1 non-blocking' <<<"$out"; then
	notok "the low_reads_secret error is blocking and should fail the step: $out"
elif [ $rc -ne 0 ] && grep -q 'low_reads_secret: error 42501' <<<"$out"; then
	ok "after the fix only the blocking error remains and still fails the step"
else
	notok "assert_passed after the fix: exit $rc, output: $out"
fi
q "UPDATE mlcheck.checks SET blocking = false WHERE name = 'low_reads_secret'" >/dev/null
q "SELECT count(*) FROM mlcheck.run_checks()" >/dev/null
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c 'SELECT mlcheck.assert_passed()' 2>&1)
rc=$?
check "assert_passed passes (exit 0) when only non-blocking checks fail" "$rc $out" \
	"0 run $(q "SELECT max(run_id) FROM mlcheck.runs") passed: 4 checks, 3 pass, 0 warn, 1 non-blocking fail or error"

psql -X -q -d postgres -c "DROP DATABASE $DB" -c "DROP ROLE cron_low" >/dev/null
echo "@@result $pass $fail"
