# Checking-server suite: PostgreSQL 15 from Debian's source package with --enable-cassert and
# -DUSE_VALGRIND (scripts/checking-server.sh; built once per machine, about 3 minutes on 2 cores,
# cached in /var/cache/mlcheck), mlcheck built against it, and the pg_regress, pgTAP and garden
# suites run on a cluster of its own. Fails on any failing test, an assertion failure (TRAP), a
# crash, and on the memory-context checks' reports (a write past the end of a palloc chunk, a
# corrupted alloc set) or reference-leak warnings in that server's log.
# MLCHECK_CHECKING=skip skips it (it then counts one failure, so a skip is never silent).
. scripts/lib.sh
. scripts/variant.sh
if [ "${MLCHECK_CHECKING:-build}" = skip ]; then
	echo "not ok - checking server skipped (MLCHECK_CHECKING=skip)"
	echo "@@result 0 1"
	exit 1
fi
pgc=$(scripts/checking-server.sh) || { echo "not ok - could not build the checking server"; echo "@@result 0 1"; exit 1; }
(
	# pg_cron is preloaded only when it could be built against this server
	preload=()
	[ -f "$("$pgc" --pkglibdir)/pg_cron.so" ] || preload=("shared_preload_libraries = ''")
	if ! variant_setup checking "$pgc" "-Wall -Wextra -Werror" "${preload[@]}"; then
		echo "not ok - could not build mlcheck against or start the checking server"
		echo "@@result 0 1"
		exit 1
	fi
	if "$MLCHECK_BINDIR/psql" -X -At -c 'SHOW debug_assertions' | grep -qx on; then
		echo "ok - the checking server runs with assertions ($("$MLCHECK_BINDIR/postgres" --version))"
		VARIANT_PASS=1 VARIANT_FAIL=0
	else
		echo "not ok - the checking server does not have assertions enabled"
		VARIANT_PASS=0 VARIANT_FAIL=1
	fi
	p0=$VARIANT_PASS f0=$VARIANT_FAIL
	export VARIANT_KNOWN=$MLCHECK_REPO/test/reliability/checking_known.txt
	variant_suites 20-regress.sh 30-pgtap.sh 50-garden.sh
	VARIANT_PASS=$((VARIANT_PASS + p0)) VARIANT_FAIL=$((VARIANT_FAIL + f0))
	variant_check_log 'detected write past chunk end|problem in alloc set|problem in [a-z ]*context' \
		'reference leak|leaked|was not closed'
	variant_teardown
	echo "@@result $VARIANT_PASS $VARIANT_FAIL"
	[ "$VARIANT_FAIL" = 0 ]
)
