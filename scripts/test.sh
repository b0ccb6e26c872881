#!/usr/bin/env bash
# test.sh: every test of mlcheck, on a fresh Debian 12 machine as root (README's second command).
#
# Installs missing packages, builds with -Werror, installs into a private prefix, starts a
# throwaway cluster, runs each suite of scripts/suites/ in name order, and ends with
# "N passed, N failed" over every test of every kind. Exits non-zero on any failure.
# The cluster and its directory are removed at the end, also on failure (MLCHECK_KEEP=1 keeps them).
#
#   scripts/test.sh                 all suites
#   scripts/test.sh regress pgtap   only the suites whose names contain these words
set -uo pipefail
. "$(dirname "$0")/lib.sh"
set -e
setup_all
set +e

cd "$MLCHECK_REPO"
total_pass=0
total_fail=0
summary=()
for suite in scripts/suites/*.sh; do
	name=$(basename "$suite" .sh)
	if [ $# -gt 0 ]; then
		want=""
		for w in "$@"; do case $name in *"$w"*) want=1 ;; esac; done
		[ -n "$want" ] || continue
	fi
	log "suite $name"
	out=$MLCHECK_WORK/suite-$name.out
	start=$(date +%s)
	bash "$suite" 2>&1 | tee "$out"
	rc=${PIPESTATUS[0]}
	secs=$(($(date +%s) - start))
	# each suite ends with "@@result PASSED FAILED"; a suite that dies without it counts as a failure
	res=$(grep -a '^@@result ' "$out" | tail -n1)
	if [ -n "$res" ]; then
		read -r _ p f <<<"$res"
	else
		p=0 f=1
	fi
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	summary+=("$(printf '%-22s %6d passed %4d failed %5ds' "$name" "$p" "$f" "$secs")")
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
if grep -aE 'server process .* was terminated by signal|TRAP: |terminating any other active server' \
	"$MLCHECK_SERVER_LOG" >/dev/null 2>&1; then
	echo "!! the server log shows a crash:"
	grep -aE -B2 -A5 'was terminated by signal|TRAP: ' "$MLCHECK_SERVER_LOG" | head -40
	total_fail=$((total_fail + 1))
fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" = 0 ]
