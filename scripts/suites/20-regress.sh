# pg_regress suite (sql/ + expected/) against the running cluster; prints regression.diffs on failure.
out=$(mktemp)
rm -f regression.diffs regression.out
make -s installcheck PG_CONFIG="${PG_CONFIG:-pg_config}" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
p=$(grep -cE '\.\.\. ok' "$out")
f=$(grep -ciE '\.\.\. failed' "$out")
if [ "$rc" != 0 ]; then
	[ "$f" = 0 ] && f=1
	[ -f regression.diffs ] && { echo "---- regression.diffs"; cat regression.diffs; }
fi
rm -f "$out"
echo "@@result $p $f"
