# variant.sh: helpers of the reliability suites that run the pg_regress, pgTAP and garden suites
# against a second build: mlcheck compiled with other flags (UBSan) and/or against another
# PostgreSQL (the assertion-enabled checking server). Sourced after scripts/lib.sh.
#
#   variant_setup NAME PG_CONFIG COPT [postgresql.conf lines...]
#       copies the source tree to $MLCHECK_WORK/NAME/src, builds it there with PG_CONFIG and COPT,
#       installs it into a private prefix of that PostgreSQL ($MLCHECK_WORK/NAME/prefix) and starts
#       a cluster of its own in $MLCHECK_WORK/NAME (unix socket only); exports PGHOST etc.
#   variant_suites           runs the regress, pgTAP and garden suites there; prints their counts
#   variant_teardown         stops that cluster
# The caller runs in a subshell: the variables of the main cluster are overwritten.

variant_setup() {
	local name=$1 pgc=$2 copt=$3
	shift 3
	local base=$MLCHECK_WORK/$name
	mkdir -p "$base/src"
	chmod 755 "$base"
	# the working tree as it is (tracked or not), without build products
	tar -C "$MLCHECK_REPO" --exclude=./.git --exclude='*.o' --exclude='*.so' --exclude='*.bc' \
		--exclude=./results --exclude=./test/unit/bin --exclude=./test/fuzz/bin \
		--exclude=./test/fuzz/artifacts --exclude='./mlcheck--*.sql' -cf - . |
		tar -C "$base/src" -xf - || return 1
	[ -f "$MLCHECK_REPO/mlcheck.sql" ] || return 1
	log "building mlcheck for $name (PG_CONFIG=$pgc, COPT=$copt)"
	make -C "$base/src" -s PG_CONFIG="$pgc" COPT="$copt" all >"$base/build.log" 2>&1 ||
		{ cat "$base/build.log" >&2; return 1; }
	PG_CONFIG=$pgc
	MLCHECK_REPO=$base/src
	MLCHECK_WORK=$base
	MLCHECK_BINDIR=""
	export PG_CONFIG MLCHECK_REPO MLCHECK_WORK
	make_prefix || return 1
	start_cluster "$@" || return 1
	VARIANT_NAME=$name
}

# Runs a suite file of the variant's tree (with its cwd there) and adds its counts.
variant_run_suite() {
	local suite=$1 out res p f
	out=$MLCHECK_WORK/suite-$(basename "$suite" .sh).out
	(cd "$MLCHECK_REPO" && bash "$suite") >"$out" 2>&1
	res=$(grep -a '^@@result ' "$out" | tail -n1)
	if [ -n "$res" ]; then read -r _ p f <<<"$res"; else p=0 f=1; fi
	# known differences of this server (VARIANT_KNOWN: a file of test descriptions) are TODO
	if [ -n "${VARIANT_KNOWN:-}" ] && [ -f "$VARIANT_KNOWN" ] && [ "$f" != 0 ]; then
		local desc known=0
		while IFS= read -r desc; do
			case $desc in '#'* | '') continue ;; esac
			if grep -aqF -- "not ok" "$out" && grep -aE '^ *not ok [0-9]+ - ' "$out" | grep -aqF -- "- $desc"; then
				echo "# $VARIANT_NAME: TODO known difference: $desc"
				known=$((known + 1))
			elif grep -aE '^ *ok [0-9]+ - ' "$out" | grep -aqF -- "- $desc"; then
				echo "# $VARIANT_NAME: known difference now passes, remove it from $VARIANT_KNOWN: $desc"
				f=$((f + 1))
			fi
		done <"$VARIANT_KNOWN"
		f=$((f - known))
		p=$((p + known))
	fi
	if [ "$f" != 0 ]; then
		echo "# $VARIANT_NAME: $(basename "$suite") failed:"
		grep -avE '^(ok|ok [0-9]+ .*)$' "$out" | tail -n 80 | sed 's/^/#   /'
	fi
	echo "# $VARIANT_NAME: $(basename "$suite" .sh): $p passed, $f failed"
	VARIANT_PASS=$((VARIANT_PASS + p))
	VARIANT_FAIL=$((VARIANT_FAIL + f))
}

variant_suites() {
	VARIANT_PASS=0
	VARIANT_FAIL=0
	local s
	for s in "$@"; do
		variant_run_suite "scripts/suites/$s"
	done
}

# Counts crash reports of the variant's server log as failures; extra patterns as arguments.
variant_check_log() {
	local pat='server process .* was terminated by signal|TRAP: |terminating any other active server'
	local extra
	for extra in "$@"; do pat="$pat|$extra"; done
	if grep -aE "$pat" "$MLCHECK_SERVER_LOG" >/dev/null 2>&1; then
		echo "not ok - $VARIANT_NAME server log reports:"
		grep -aE -A8 "$pat" "$MLCHECK_SERVER_LOG" | head -60 | sed 's/^/#   /'
		VARIANT_FAIL=$((VARIANT_FAIL + 1))
	else
		echo "ok - $VARIANT_NAME server log has no crash${1:+ and no match of: $*}"
		VARIANT_PASS=$((VARIANT_PASS + 1))
	fi
}

variant_teardown() {
	stop_cluster
}
