#!/usr/bin/python3
"""Catalog check of the hostile-input suite: every function, aggregate and procedure of the
extension (from pg_depend) must be named in a "-- covers: <signature>" line of a pgTAP file
test/hostile*.sql, with <signature> as regprocedure prints it (mlcheck.f(double precision, text)),
and the function's name must be called in that file; every base type of the extension must have a
"-- covers: type <name>" line (its malformed text input, binary receive and corrupted values).
Type input/output/send/receive functions are covered by their type; an aggregate's support
functions (transition, combine, final...) by their aggregate.
One test per function and per type; a missing one fails with what to add.
"""
import glob
import os
import re
import sys

from rlib import Tap, connect, extension_functions, extension_types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def main():
    tap = Tap()
    covers = {}  # signature -> file
    bodies = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "test", "hostile*.sql"))):
        text = open(path).read()
        rel = os.path.relpath(path, ROOT)
        bodies[rel] = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("--"))
        for m in re.finditer(r"^\s*--\s*covers:\s*(.+?)\s*$", text, re.M):
            covers.setdefault(m.group(1), rel)
    db = os.environ.get("MLCHECK_COVERAGE_DB", "mlcheck_coverage")
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{db}"')
        c.execute(f'CREATE DATABASE "{db}"')
    conn = connect(db)
    conn.execute("CREATE EXTENSION mlcheck")
    funcs = extension_functions(conn)
    types = extension_types(conn)
    io = set()
    for t in types:
        io.update(o for o in t[2:6] if o)
    io.update(r[0] for r in conn.execute("""
        SELECT unnest(ARRAY[t.typmodin::oid, t.typmodout::oid, t.typanalyze::oid, t.typsubscript::oid])
        FROM pg_type t JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'mlcheck'""").fetchall())
    support = {}
    for r in conn.execute("""
        SELECT a.aggfnoid::regprocedure::text, x
        FROM pg_aggregate a
        CROSS JOIN LATERAL unnest(ARRAY[a.aggtransfn::oid, a.aggfinalfn::oid, a.aggcombinefn::oid,
            a.aggserialfn::oid, a.aggdeserialfn::oid, a.aggmtransfn::oid, a.aggminvtransfn::oid,
            a.aggmfinalfn::oid]) x
        JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = a.aggfnoid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'mlcheck'
        WHERE x <> 0""").fetchall():
        support.setdefault(r[1], []).append(r[0])
    conn.close()
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{db}"')
    for f in funcs:
        sig = f["signature"]
        if f["oid"] in io:
            continue
        if sig in covers:
            name = sig.split("(")[0]
            short = name.split(".")[-1]
            called = re.search(r"\b" + re.escape(short) + r"\s*\(", bodies[covers[sig]]) is not None
            tap.ok(called, f"hostile input covers {sig} ({covers[sig]})",
                   f"{covers[sig]} says it covers {sig} but never calls {short}(...)")
        elif f["oid"] in support and any(a in covers for a in support[f["oid"]]):
            tap.ok(True, f"hostile input covers {sig} through its aggregate {support[f['oid']][0]}")
        else:
            tap.ok(False, f"hostile input covers {sig}",
                   f"no '-- covers: {sig}' line in test/hostile*.sql: add hostile-input tests (NULL in "
                   f"each argument, NaN, +-Infinity, empty input, one row, huge parameters, mismatched "
                   f"arrays, corrupted serialized values) with documented results or SQLSTATEs")
    for t in types:
        key = f"type {t[1]}"
        tap.ok(key in covers, f"hostile input covers {key}",
               f"no '-- covers: {key}' line in test/hostile*.sql: test malformed text input (22P02), "
               f"corrupted binary receive (22P03) and byte-flipped valid values")
    known = {f["signature"] for f in funcs} | {f"type {t[1]}" for t in types}
    for sig, path in sorted(covers.items()):
        tap.ok(sig in known, f"'{sig}' named in {path} exists in the catalog",
               "a stale covers: line (renamed or removed function?)")
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
