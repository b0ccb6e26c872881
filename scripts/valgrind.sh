#!/usr/bin/env bash
# valgrind.sh: the pg_regress and pgTAP suites (MLCHECK_VALGRIND_SUITES to choose others, e.g.
# "20-regress.sh 30-pgtap.sh 50-garden.sh") against the checking server (scripts/checking-server.sh:
# cassert + USE_VALGRIND, so palloc'd chunks are marked for Valgrind) running under Valgrind's
# memcheck with PostgreSQL's own src/tools/valgrind.supp. Fails on any Valgrind error report
# (uninitialised memory reaching a branch or a syscall, invalid reads/writes) and on failing tests.
# Too slow for every CI run (it is not one of scripts/suites/): see README "Reliability" for timing.
#
#   scripts/valgrind.sh          (as root; prints the reports and "N passed, N failed")
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
. scripts/variant.sh
set -e
ensure_packages valgrind
build
make_workdir
trap cleanup_work EXIT
pgc=$(scripts/checking-server.sh)
set +e
start=$(date +%s)
preload=()
[ -f "$("$pgc" --pkglibdir)/pg_cron.so" ] || preload=("shared_preload_libraries = ''")
variant_setup valgrind "$pgc" "-Wall -Wextra -Werror -g" "${preload[@]}" "max_parallel_workers = 2" || exit 1
# restart the same cluster with the postmaster (and every backend it forks) under memcheck
stop_cluster
supp=$(dirname "$(dirname "$pgc")")/valgrind.supp
vlog=$MLCHECK_WORK/valgrind
mkdir -p "$vlog"
chown postgres: "$vlog" 2>/dev/null || true
log "starting the cluster under valgrind (suppressions: $supp)"
as_pg valgrind --quiet --trace-children=yes --track-origins=yes --read-var-info=yes --num-callers=30 \
	--leak-check=no --error-markers=VALGRINDERROR-BEGIN,VALGRINDERROR-END --suppressions="$supp" \
	--log-file="$vlog/%p.log" "$MLCHECK_BINDIR/postgres" -D "$MLCHECK_WORK/data" \
	>"$MLCHECK_WORK/server.log" 2>&1 &
for _ in $(seq 1 240); do
	"$MLCHECK_BINDIR/pg_isready" -q -h "$PGHOST" -p "$PGPORT" && break
	sleep 1
done
"$MLCHECK_BINDIR/pg_isready" -q -h "$PGHOST" -p "$PGPORT" || { cat "$MLCHECK_WORK/server.log"; exit 1; }
variant_suites ${MLCHECK_VALGRIND_SUITES:-20-regress.sh 30-pgtap.sh}
variant_check_log
as_pg "$MLCHECK_BINDIR/pg_ctl" -D "$MLCHECK_WORK/data" -m fast -w -t 300 stop >/dev/null
reports=$(cat "$vlog"/*.log 2>/dev/null | grep -c 'VALGRINDERROR-BEGIN')
if [ "$reports" = 0 ]; then
	echo "ok - no Valgrind error in $(ls "$vlog" | wc -l) processes"
	VARIANT_PASS=$((VARIANT_PASS + 1))
else
	echo "not ok - $reports Valgrind error reports:"
	cat "$vlog"/*.log | sed -n '/VALGRINDERROR-BEGIN/,/VALGRINDERROR-END/p' | head -200
	VARIANT_FAIL=$((VARIANT_FAIL + 1))
fi
echo "== valgrind run took $(($(date +%s) - start)) s"
echo "$VARIANT_PASS passed, $VARIANT_FAIL failed"
[ "$VARIANT_FAIL" = 0 ]
