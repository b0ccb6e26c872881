# libFuzzer suite: every test/fuzz/fuzz_<name>.c, built by `make fuzz` (clang, ASan + UBSan, all of
# src/core linked in), runs over its committed corpus test/fuzz/corpus/<name>/ and then fuzzes for
# a share of a fixed budget (MLCHECK_FUZZ_BUDGET seconds in all, default 60, so the suite with its build stays
# under 3 minutes however many targets exist). One test per target: it fails on a crash, a leak,
# a sanitizer report, a timeout or a missing corpus. New inputs found go to a scratch directory;
# a crashing input is kept in test/fuzz/artifacts/ to reproduce with `test/fuzz/bin/fuzz_<name> FILE`.
#
# Longer runs for release checks: MLCHECK_FUZZ_BUDGET=3600 scripts/test.sh fuzz
budget=${MLCHECK_FUZZ_BUDGET:-60}
pass=0
fail=0
n=0
if ! make -s -j2 fuzz; then
	echo "not ok - make fuzz failed to build the harnesses"
	echo "@@result 0 1"
	exit 1
fi
targets=$(ls test/fuzz/fuzz_*.c 2>/dev/null | sed 's#.*/fuzz_\(.*\)\.c#\1#' | sort)
count=$(echo "$targets" | grep -c . || true)
[ "$count" -gt 0 ] || { echo "@@result 0 0"; exit 0; }
per=$((budget / count))
[ "$per" -lt 2 ] && per=2
scratch=$(mktemp -d)
mkdir -p test/fuzz/artifacts
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export OPENBLAS_NUM_THREADS=1
for name in $targets; do
	n=$((n + 1))
	bin=test/fuzz/bin/fuzz_$name
	corpus=test/fuzz/corpus/$name
	log=$scratch/$name.log
	if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
		echo "not ok $n - fuzz_$name: no seed corpus in $corpus/"
		fail=$((fail + 1))
		continue
	fi
	mkdir -p "$scratch/$name"
	# the first directory receives new inputs; the committed corpus is only read
	"$bin" -max_total_time="$per" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
		-print_final_stats=1 -artifact_prefix="test/fuzz/artifacts/fuzz_$name-" \
		"$scratch/$name" "$corpus" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
	if [ "$rc" = 0 ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$log"; then
		echo "ok $n - fuzz_$name: corpus of $(ls "$corpus" | wc -l) and ${runs:-?} runs in ${per}s clean"
		pass=$((pass + 1))
	else
		echo "not ok $n - fuzz_$name (exit $rc)"
		grep -aE -A14 'ERROR:|runtime error:' "$log" | head -40 | sed 's/^/#   /'
		ls test/fuzz/artifacts/fuzz_"$name"-* 2>/dev/null | sed 's/^/#   reproducer: /'
		fail=$((fail + 1))
	fi
done
rm -rf "$scratch"
echo "@@result $pass $fail"
[ "$fail" = 0 ]
