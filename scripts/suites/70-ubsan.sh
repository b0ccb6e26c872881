# UBSan suite: mlcheck built with gcc -fsanitize=undefined,float-cast-overflow,float-divide-by-zero
# and -fno-wrapv last (PGXS adds -fwrapv, which would hide signed overflow), installed into a
# private prefix of Debian's PostgreSQL 15, run through the pg_regress, pgTAP and garden suites on a
# cluster of its own. Fails on any failing test and on any "runtime error:" in that server's log
# (UBSan recovers and goes on, so one run reports every site). ASan is not used inside the server:
# preloading it into Debian's postgres deadlocks at start; src/core is under ASan in 60-fuzz.
. scripts/lib.sh
. scripts/variant.sh
export UBSAN_OPTIONS=print_stacktrace=1
(
	if ! variant_setup ubsan "$PG_CONFIG" \
		"-g -O1 -fno-omit-frame-pointer -fsanitize=undefined,float-cast-overflow,float-divide-by-zero -fno-wrapv"; then
		echo "not ok - could not build or start the UBSan variant"
		echo "@@result 0 1"
		exit 1
	fi
	# the library really is instrumented (else this suite would prove nothing)
	so=$(find "$MLCHECK_PREFIX" -name mlcheck.so | head -n1)
	if ldd "$so" | grep -q libubsan; then
		echo "ok - $so links libubsan"
		VARIANT_PASS=1
	else
		echo "not ok - $so is not linked with libubsan"
		VARIANT_FAIL=1
	fi
	p0=$VARIANT_PASS f0=$VARIANT_FAIL
	variant_suites 20-regress.sh 30-pgtap.sh 50-garden.sh
	VARIANT_PASS=$((VARIANT_PASS + p0)) VARIANT_FAIL=$((VARIANT_FAIL + f0))
	variant_check_log 'runtime error:'
	variant_teardown
	echo "@@result $VARIANT_PASS $VARIANT_FAIL"
	[ "$VARIANT_FAIL" = 0 ]
)
