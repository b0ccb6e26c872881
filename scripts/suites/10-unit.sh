# Unit tests of src/core (no server): each test/unit/test_*.c is a TAP executable.
out=$(mktemp)
make -s -j2 unit 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
p=$(grep -cE '^ok [0-9]+' "$out")
f=$(grep -cE '^not ok [0-9]+' "$out")
[ "$rc" != 0 ] && [ "$f" = 0 ] && f=1
rm -f "$out"
echo "@@result $p $f"
