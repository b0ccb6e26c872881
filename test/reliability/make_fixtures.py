#!/usr/bin/python3
"""Writes test/fixtures/<version>/<type>.txt: text forms of every mlcheck type, produced by the
current build through the aggregates (from the catalog) that return the type, over fixed data sets
(a few values with NULL/NaN/Infinity, 1,000 values, 50,000 values: past the exact limit). The
upgrade suite (upgrade.py) checks that later builds still read them. Run through
scripts/make-fixtures.sh, and commit the files when a version is released or a type is added;
never rewrite the files of a released version.
"""
import os
import re
import sys

import psycopg

from rlib import fresh_database, drop_database, extension_functions, extension_types, create_state_aggregates

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

DATA = {
    "small": "(VALUES (1, 1.5::float8, 0.25::float8, true, 'a'::text, 'x'::text), (2, NULL, 0.5, false, NULL, 'y'),"
             " (3, 'NaN', 0.75, NULL, 'b', 'x'), (4, 'Infinity', 1, true, 'a', 'z'), (5, -2.25, 0, false, '', 'y'))"
             " AS d(i, x, y, b, t, u)",
    "medium": "(SELECT i, (i * 7919 % 1000) / 8.0 AS x, (i % 97) / 97.0 AS y, i % 3 = 0 AS b,"
              " 'c' || (i % 13) AS t, 'd' || (i % 4) AS u FROM generate_series(1, 1000) i) AS d",
    "large": "(SELECT i, sin(i) * 1000 AS x, (i * 40503 % 65536) / 65536.0 AS y, i % 7 = 0 AS b,"
             " 'c' || (i % 500) AS t, 'd' || (i % 9) AS u FROM generate_series(1, 50000) i) AS d",
}


def args_for(f):
    out, nf, nt = [], 0, 0
    for tn in f["argtypnames"]:
        if tn == "double precision":
            out.append(["x", "y"][nf] if nf < 2 else "0.5")
            nf += 1
        elif tn == "boolean":
            out.append("b")
        elif tn == "text":
            out.append(["t", "u"][nt] if nt < 2 else "NULL::text")
            nt += 1
        elif tn == "double precision[]":
            out.append("ARRAY[x, y, x * y, i]::float8[]")
        elif tn in ("integer", "bigint"):
            out.append("NULL::" + tn)
        else:
            return None
    return out


def main():
    version = re.search(r"default_version = '([^']+)'", open(os.path.join(ROOT, "mlcheck.control")).read()).group(1)
    outdir = os.path.join(ROOT, "test", "fixtures", version)
    conn = fresh_database("mlcheck_fixtures")
    types = {t[0]: t[1] for t in extension_types(conn)}
    written = {}
    for f in extension_functions(conn):
        if f["prokind"] != "a" or f["prorettype"] not in types:
            continue
        args = args_for(f)
        if args is None:
            continue
        name = f["signature"].split("(")[0]
        for label, src in DATA.items():
            try:
                v = conn.execute(f"SELECT {name}({', '.join(args)})::text FROM {src}").fetchone()[0]
            except psycopg.Error as e:
                print(f"# {f['signature']} over {label}: {e.sqlstate} {e.diag.message_primary}")
                continue
            if v is not None:
                written.setdefault(types[f["prorettype"]], []).append(
                    (f"# {f['signature']} over {label}", v))
    # types that are only aggregate states: the state itself, through a copy of the aggregate
    # without its final function
    for stype, name, argt, sig in create_state_aggregates(conn):
        if stype in written and len(written[stype]) >= 6:
            continue
        args = args_for({"argtypnames": argt})
        if args is None:
            continue
        # text parameters after the first argument (a method...): a few common values
        variants = [args] + [[a if i == 0 or t != "text" else m for i, (a, t) in enumerate(zip(args, argt))]
                             for m in ("'auto'", "'ks'", "'chi2'", "'psi'")]
        for label, src in DATA.items():
            v = None
            for a in variants:
                try:
                    v = conn.execute(f"SELECT {name}({', '.join(a)})::text FROM {src}").fetchone()[0]
                    break
                except psycopg.Error as e:
                    print(f"# state of {sig} over {label}: {e.sqlstate} {e.diag.message_primary}")
            if v is not None:
                written.setdefault(stype, []).append((f"# state of {sig} over {label}", v))
    os.makedirs(outdir, exist_ok=True)
    for typ, vals in sorted(written.items()):
        path = os.path.join(outdir, f"{typ}.txt")
        if os.path.exists(path) and not os.environ.get("MLCHECK_FIXTURES_OVERWRITE"):
            print(f"{path} exists: not rewritten (MLCHECK_FIXTURES_OVERWRITE=1 to replace)")
            continue
        with open(path, "w") as fh:
            fh.write(f"# text forms of {typ} written by mlcheck {version}; read by test/reliability/upgrade.py\n")
            for comment, v in vals:
                fh.write(comment + "\n" + v + "\n")
        print(f"wrote {len(vals)} values to {path}")
    for typ in sorted(set(types.values()) - set(written)):
        print(f"!! no aggregate with simple arguments returns {typ}: add its fixtures by hand")
    conn.close()
    drop_database("mlcheck_fixtures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
