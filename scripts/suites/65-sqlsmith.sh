# Random SQL: sqlsmith (Debian's package) sends a bounded number of random queries
# (MLCHECK_SQLSMITH_QUERIES, default 2000; seed MLCHECK_SQLSMITH_SEED) to a database with mlcheck
# and sample tables, as a non-superuser with a statement timeout. Few of its queries reach the
# extension's functions (the garden test does that systematically); this one catches what random
# composition finds. Fails if the server restarted (pg_postmaster_start_time() changed) or its log
# shows a crash or an assertion failure, or if sqlsmith did not run its queries.
. scripts/lib.sh
queries=${MLCHECK_SQLSMITH_QUERIES:-2000}
seed=${MLCHECK_SQLSMITH_SEED:-42}
db=mlcheck_smith
export PGOPTIONS="-c client_min_messages=warning"
pass=0 fail=0
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" \
	-c "DROP ROLE IF EXISTS mlcheck_smith" -c "CREATE ROLE mlcheck_smith LOGIN"
psql -X -q -d $db -v ON_ERROR_STOP=1 <<'SQL' || { echo "not ok - set-up failed"; echo "@@result 0 1"; exit 1; }
CREATE EXTENSION mlcheck;
CREATE TABLE features (id int PRIMARY KEY, g int, x float8, y float8, flag bool, cat text, emb float8[]);
INSERT INTO features
SELECT i, i % 11, CASE WHEN i % 41 = 0 THEN 'NaN' WHEN i % 43 = 0 THEN NULL ELSE sin(i) * 100 END,
       i / 7.0, i % 3 = 0, 'c' || (i % 6), ARRAY[sin(i), cos(i), i % 5]::float8[]
FROM generate_series(1, 500) i;
CREATE TABLE labels (id int, score float8, label bool, pred text, actual text);
INSERT INTO labels SELECT i, (i * 37 % 100) / 100.0, i % 4 = 0, 'c' || (i % 3), 'c' || (i % 4)
FROM generate_series(1, 300) i;
CREATE TABLE empty_t (x float8, t text, b bool);
GRANT SELECT ON ALL TABLES IN SCHEMA public TO mlcheck_smith;
SQL
t0=$(psql -X -At -d $db -c 'SELECT pg_postmaster_start_time()')
logoff=$(stat -c %s "$MLCHECK_SERVER_LOG" 2>/dev/null || echo 0)
out=$(mktemp)
start=$(date +%s)
sqlsmith --target="host=$PGHOST port=$PGPORT dbname=$db user=mlcheck_smith options='-c statement_timeout=2000 -c lock_timeout=1000'" \
	--seed="$seed" --max-queries="$queries" --exclude-catalog --verbose >"$out" 2>&1
rc=$?
secs=$(($(date +%s) - start))
t1=$(psql -X -At -d $db -c 'SELECT pg_postmaster_start_time()' 2>/dev/null)
crash=$(tail -c +"$((logoff + 1))" "$MLCHECK_SERVER_LOG" 2>/dev/null |
	grep -aE 'was terminated by signal|TRAP: |terminating any other active server' | head -n 10)
if [ -n "$t1" ] && [ "$t0" = "$t1" ] && [ -z "$crash" ]; then
	echo "ok 1 - sqlsmith: $queries random queries (seed $seed) in ${secs}s, the server did not restart"
	pass=$((pass + 1))
else
	echo "not ok 1 - sqlsmith: the server restarted or crashed (start time $t0 -> ${t1:-unreachable}, seed $seed)"
	echo "$crash" | sed 's/^/#   /'
	tail -n 20 "$out" | sed 's/^/#   /'
	fail=$((fail + 1))
fi
# sqlsmith must have run to its query limit (not stopped early on a lost connection or a set-up error)
if [ "$rc" = 0 ] && grep -aq 'queries:' "$out"; then
	echo "ok 2 - sqlsmith ran to its query limit: $(grep -a 'queries:' "$out" | tail -n1 | tr -s ' ' | cut -c1-150)"
	pass=$((pass + 1))
else
	echo "not ok 2 - sqlsmith stopped early (exit $rc)"
	tail -n 20 "$out" | sed 's/^/#   /'
	fail=$((fail + 1))
fi
rm -f "$out"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS mlcheck_smith"
echo "@@result $pass $fail"
[ "$fail" = 0 ]
