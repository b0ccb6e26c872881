# Checks and their history survive pg_dump / pg_restore (extension configuration tables), and a
# database owner who is not a superuser installs the trusted extension and uses it under row
# security (the tables belong to the bootstrap superuser, not to the installing role).
set -u
pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
notok() { echo "not ok - $1"; fail=$((fail + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1"; else notok "$1 (got '$2', want '$3')"; fi; }
BIN=${MLCHECK_BINDIR:-$(pg_config --bindir)}
SRC=mlcheck_dump_src
DST=mlcheck_dump_dst
TRUSTED=mlcheck_trusted
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
dumpfile=$(mktemp)
chmod a+r "$dumpfile"

psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL || { echo "@@result 0 1"; exit 1; }
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $SRC;
DROP DATABASE IF EXISTS $DST;
DROP DATABASE IF EXISTS $TRUSTED;
DROP ROLE IF EXISTS mc_dbowner;
CREATE DATABASE $SRC;
SQL
psql -X -q -v ON_ERROR_STOP=1 -d "$SRC" >/dev/null <<'SQL' || { echo "@@result 0 1"; exit 1; }
CREATE EXTENSION mlcheck;
CREATE TABLE public.t (at timestamptz, v float8);
INSERT INTO public.t SELECT '2026-01-01 00:00+00'::timestamptz - i * interval '1 hour', i FROM generate_series(0, 47) i;
SELECT mlcheck.add_check('fresh', 'freshness', 'public.t', ARRAY['at'], '{"max_lag": "2 hours"}', stage => 'serving');
SELECT mlcheck.add_check('small', 'sql', params => '{"query": "SELECT max(v) AS m FROM public.t", "max": 10}', description => 'max below 10');
SELECT mlcheck.add_check('jump', 'metric_anomaly', params => '{"source": "small", "method": "relative", "max_abs_change": 0.1}');
SELECT mlcheck.save_schema('t_schema', '{"columns": {"v": {"type": "float8"}}}', 'public.t');
SELECT mlcheck.snapshot_baseline('t_base', 'public.t', ARRAY['v']);
INSERT INTO mlcheck.alert_routes (name, stages, channel) VALUES ('pager', '{serving}', 'pager');
SELECT count(*) FROM mlcheck.run_checks(as_of => '2026-01-01 01:00+00');
SELECT count(*) FROM mlcheck.run_checks(as_of => '2026-01-01 02:00+00');
SQL

snapshot() {
	q "$1" "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
		SELECT c::text AS x FROM mlcheck.checks c UNION ALL SELECT r::text FROM mlcheck.runs r
		UNION ALL SELECT r::text FROM mlcheck.results r UNION ALL SELECT s::text FROM mlcheck.schemas s
		UNION ALL SELECT a::text FROM mlcheck.alert_routes a UNION ALL SELECT b::text FROM mlcheck.baselines b
		UNION ALL SELECT p::text FROM mlcheck.baseline_profiles p) s"
}
before=$(snapshot "$SRC")
if "$BIN/pg_dump" -Fc -d "$SRC" -f "$dumpfile" && q postgres "CREATE DATABASE $DST" >/dev/null &&
	"$BIN/pg_restore" --exit-on-error -d "$DST" "$dumpfile"; then
	ok "pg_dump and pg_restore of a database with checks"
else
	notok "pg_dump / pg_restore failed"
fi
check "checks, runs, results, schemas, baselines and routes are restored identically" "$(snapshot "$DST")" "$before"
check "row counts after restore" \
	"$(q "$DST" "SELECT (SELECT count(*) FROM mlcheck.checks) || ' ' || (SELECT count(*) FROM mlcheck.runs) || ' ' || (SELECT count(*) FROM mlcheck.results)")" \
	"3 2 6"
check "the sequences continue after restore" \
	"$(q "$DST" "SELECT mlcheck.add_check('after', 'sql', params => '{\"query\": \"SELECT 1 AS one\"}')")" "4"
check "the restored checks run" \
	"$(q "$DST" "SELECT string_agg(check_name || ':' || status, ' ' ORDER BY check_name) FROM mlcheck.run_checks(as_of => '2026-01-01 03:00+00')")" \
	"after:pass fresh:fail jump:pass small:fail"
check "the restored history feeds the anomaly check" \
	"$(q "$DST" "SELECT details ->> 'previous' FROM mlcheck.results WHERE check_name = 'jump' ORDER BY run_id DESC LIMIT 1")" "47"

# trusted install by a database owner who is not a superuser
psql -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL || { echo "@@result $pass $((fail + 1))"; exit 1; }
CREATE ROLE mc_dbowner LOGIN;
CREATE DATABASE $TRUSTED OWNER mc_dbowner;
SQL
if psql -X -q -v ON_ERROR_STOP=1 -U mc_dbowner -d "$TRUSTED" -c 'CREATE EXTENSION mlcheck' >/dev/null; then
	ok "a non-superuser database owner installs the trusted extension"
else
	notok "CREATE EXTENSION as a database owner"
fi
check "the extension belongs to the installer, its tables to the bootstrap superuser" \
	"$(q "$TRUSTED" "SELECT (SELECT extowner::regrole FROM pg_extension WHERE extname = 'mlcheck') || ' ' || (SELECT relowner::regrole FROM pg_class WHERE oid = 'mlcheck.checks'::regclass)")" \
	"mc_dbowner postgres"
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -U mc_dbowner -d "$TRUSTED" <<'SQL' 2>&1
CREATE TABLE public.mine (v int);
INSERT INTO public.mine VALUES (1), (2);
SELECT mlcheck.add_check('mine', 'sql', params => '{"query": "SELECT count(*) AS n FROM public.mine", "min": 1}');
SELECT string_agg(check_name || ':' || status || ':' || value, ' ') FROM mlcheck.run_checks();
SQL
)
check "it registers and runs its checks without superuser privileges" "$(tail -n1 <<<"$out")" "mine:pass:2"
out=$(psql -X -q -At -U mc_dbowner -d "$TRUSTED" -c 'ALTER TABLE mlcheck.checks DISABLE ROW LEVEL SECURITY' 2>&1)
check "it cannot switch off row security" "$out" "ERROR:  must be owner of table checks"
out=$(psql -X -q -At -U mc_dbowner -d "$TRUSTED" -c "INSERT INTO mlcheck.checks (name, kind, params, owner) VALUES ('x', 'sql', '{\"query\": \"SELECT 1\"}', 'postgres')" 2>&1)
check "nor register a check that runs as a superuser" "$out" 'ERROR:  new row violates row-level security policy for table "checks"'

rm -f "$dumpfile"
psql -X -q -d postgres -c "DROP DATABASE $SRC" -c "DROP DATABASE $DST" -c "DROP DATABASE $TRUSTED" \
	-c "DROP ROLE mc_dbowner" >/dev/null
echo "@@result $pass $fail"
