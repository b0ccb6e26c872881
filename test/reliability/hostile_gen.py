#!/usr/bin/python3
"""Draft generator of the hostile-input pgTAP files test/hostile_<area>.sql.

For every public function and aggregate of the extension (from the catalog; type I/O functions
and aggregate support functions excluded) it builds the hostile cases of its argument types:
NULL in each argument, NaN / +Infinity / -Infinity in each float argument, 0 / -1 / 2147483647
in each integer argument (huge parameters), empty / NULL-holding / mismatched arrays, empty and
unknown text, corrupted serialized values of mlcheck types (a byte flipped in the decoded body of
a valid value, re-encoded), and, for aggregates, no rows, one row, rows of NULLs / NaN / Infinity.
It runs each case on the test cluster and writes the observed outcome as a pgTAP assertion: the
exact result (is()) or the SQLSTATE (throws_ok()). Statements whose results differ between two
runs are asserted to run (lives_ok()).

The output is a DRAFT: read every line before committing it. A result that contradicts the
README (NaN that became a number, a 0 for empty input, an internal XX000 error...) is a bug in the
function, not a test to commit; the generator marks such lines with "-- REVIEW:".

Usage (on a running cluster, e.g. MLCHECK_KEEP=1): hostile_gen.py AREA [NAME-PATTERN]
  AREA: the src/<AREA>.c whose C functions to cover (SQL functions: by their name pattern)
"""
import base64
import glob
import os
import re
import sys

import psycopg

from rlib import connect, extension_functions, extension_types, fresh_database, drop_database, \
    create_state_aggregates

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

SETUP = """CREATE TEMP TABLE hostile_t (id int, x float8, y float8, b bool, n int8, t text, u text,
                             v float8[], r real[]);
INSERT INTO hostile_t VALUES
  (1, 0.1, 0.2, true, 1, 'a', 'a', '{1,2}', '{1,2}'), (2, 0.4, 0.9, false, 0, 'b', 'a', '{2,3}', '{2,3}'),
  (3, 0.35, 0.5, true, 1, 'a', 'b', '{3,5}', '{3,5}'), (4, 0.8, 0.1, false, 0, 'c', 'b', '{4,4}', '{4,4}'),
  (5, 0.65, 0.7, true, 1, 'b', 'c', '{5,1}', '{5,1}'), (6, 0.2, 0.3, false, 0, 'a', 'c', '{6,2}', '{6,2}');
CREATE TEMP TABLE hostile_empty (LIKE hostile_t);
CREATE TEMP TABLE hostile_one AS SELECT * FROM hostile_t WHERE id = 1;
-- runs one statement of a VOLATILE function and undoes its effects: 'ok' or 'error:<SQLSTATE>'
CREATE FUNCTION pg_temp.hostile_try(sql text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
	BEGIN
		EXECUTE sql;
		RAISE EXCEPTION 'hostile_try rollback';
	EXCEPTION WHEN OTHERS THEN
		IF SQLSTATE = 'P0001' AND SQLERRM = 'hostile_try rollback' THEN
			RETURN 'ok';
		END IF;
		RETURN 'error:' || SQLSTATE;
	END;
END
$f$;"""

FLOATS = ("double precision", "real", "numeric")
INTS = ("integer", "bigint", "smallint")
# a sane scalar per type, and the column of hostile_t that feeds an aggregate argument
SANE = {"double precision": "0.5::float8", "real": "0.5::real", "numeric": "0.5::numeric",
        "integer": "3", "bigint": "1::int8", "smallint": "3::int2", "boolean": "true",
        "text": "'a'", "jsonb": "'{}'::jsonb", "double precision[]": "'{0.25,0.75}'::float8[]",
        "real[]": "'{1,2}'::real[]", "text[]": "NULL::text[]", "regclass": "'hostile_t'::regclass",
        "timestamp with time zone": "'2024-01-01'::timestamptz", "interval": "'1 hour'::interval",
        "regtype": "'float8'::regtype", "name": "'x'::name",
        "mlcheck.column_profile[]": "(SELECT array_agg(p::mlcheck.column_profile) FROM mlcheck.profile_table('hostile_t') p)"}
TEXT_TRIES = ["'a'", "'true'", "'b'", "'auto'", "'expect_column_values_to_not_be_null'", "'x'", "'t'", "'ks'", "'psi'", "'id'", "'not_null'", "'mean_shift'",
              "'data'", "'warn'"]
COLUMN = {"double precision": ["x", "y"], "real": ["x::real"], "boolean": ["b"], "bigint": ["n"],
          "text": ["t"], "double precision[]": ["v"], "real[]": ["r"]}


def lit(s):
    return "'" + s.replace("'", "''") + "'"


class Gen:
    def __init__(self, conn):
        self.conn = conn
        self.types = {t[0]: t[1] for t in extension_types(conn)}
        self.producers = {}  # type name -> SQL expression of a valid value
        self.valid_text = {}  # type name -> text of that value

    def q(self, sql):
        """(ok, value-or-sqlstate, message). Each statement in its own transaction, rolled back
        (as pg_temp.hostile_try does in the file), so every case sees the same initial state."""
        try:
            with self.conn.transaction(force_rollback=True):
                cur = self.conn.execute(sql)
                if cur.description is None:  # CALL of a procedure without OUT parameters
                    return True, None, None
                return True, cur.fetchone()[0], None
        except psycopg.Error as e:
            return False, e.sqlstate, e.diag.message_primary

    def find_producers(self, funcs):
        """Every aggregate that returns an mlcheck type from plain columns, and gives a value over
        hostile_t, is a producer of that type: (name, columns)."""
        self.producers = {}
        for f in funcs:
            if f["prokind"] != "a" or f["prorettype"] not in self.types:
                continue
            if any(o in self.types for o in f["argtypes"]):
                continue
            tname = self.types[f["prorettype"]]
            cols = self.agg_columns(f, plain=True)
            if cols is None:
                continue
            name = f["signature"].split("(")[0]
            self.try_producer(tname, name, cols)
        # states of aggregates (types no aggregate returns): copies without the final function
        self.state_setup = []
        for stype, name, argt, sig in create_state_aggregates(self.conn):
            if len(self.producers.get(stype, [])) >= 3:
                continue
            cols = self.agg_columns({"argtypnames": argt}, plain=True)
            if cols is not None and self.try_producer(stype, name, cols):
                row = self.conn.execute("""SELECT a.aggtransfn::regproc::text, a.agginitval
                    FROM pg_aggregate a WHERE a.aggfnoid = %s::regprocedure""", (sig,)).fetchone()
                init = "" if row[1] is None else f", INITCOND = {lit(row[1])}"
                self.state_setup.append(f"CREATE AGGREGATE {name}({', '.join(argt)}) "
                                        f"(SFUNC = {row[0]}, STYPE = {stype}{init}); -- the state of {sig}")

    def try_producer(self, tname, name, cols):
        ok, v, _ = self.q(f"SELECT {name}({', '.join(cols)})::text FROM hostile_t")
        if ok and v is not None:
            self.producers.setdefault(tname, []).append((name, cols))
            # the longest valid value is the richest one to corrupt
            if len(v) > len(self.valid_text.get(tname, "")):
                self.valid_text[tname] = v
            return True
        return False

    def order_producers(self):
        """Producers over numbers first: their values exercise the most code."""
        for tname, lst in self.producers.items():
            lst.sort(key=lambda p: (0 if "x" in p[1] else 1 if "v" in p[1] else 2))

    def producer(self, tname, k, where=""):
        name, cols = self.producers[tname][k]
        return f"(SELECT {name}({', '.join(cols)}) FROM hostile_t h2 {where})"

    def agg_columns(self, f, plain=False):
        used = {}
        out = []
        for i, tn in enumerate(f["argtypnames"]):
            cols = COLUMN.get(tn)
            if cols:
                k = used.get(tn, 0)
                used[tn] = k + 1
                out.append(cols[k] if k < len(cols) else SANE.get(tn, f"NULL::{tn}"))
            elif tn in self.types.values() and not plain:
                if tn not in self.producers:
                    return None
                out.append(f"e{i}")
            elif tn in SANE:
                out.append(SANE[tn])
            else:
                return None
        return out

    def agg_source(self, f, choice, src="hostile_t", where=""):
        """hostile_t plus, for each mlcheck-typed argument i, a column e<i>: the producer's value
        over the rows up to this one (so every row carries a different valid value)."""
        extra = []
        for i, tn in enumerate(f["argtypnames"]):
            if tn in self.types.values():
                extra.append(f"{self.producer(tn, choice.get(i, 0), 'WHERE h2.id <= h.id')} AS e{i}")
        if not extra:
            return f"{src} {where}"
        return f"(SELECT h.*, {', '.join(extra)} FROM {src} h {where}) AS hostile_t"

    def sane(self, tn, k=0):
        if tn in self.producers:
            return self.producer(tn, k)
        return SANE.get(tn, f"NULL::{tn}")

    def corrupted(self, tn):
        v = self.valid_text.get(tn)
        if not v:
            return None
        m = re.search(r"[A-Za-z0-9+/]*={0,2}$", v)
        body = m.group(0)
        prefix = v[: len(v) - len(body)]
        try:
            raw = bytearray(base64.b64decode(body, validate=True))
        except Exception:
            return None
        if len(raw) < 4:
            return None
        out = []
        for pos in sorted({0, 1, len(raw) // 3, len(raw) // 2, 2 * len(raw) // 3, len(raw) - 1}):
            r = bytearray(raw)
            r[pos] ^= 0x40
            out.append(prefix + base64.b64encode(bytes(r)).decode())
        out.append(prefix + base64.b64encode(bytes(raw[: len(raw) // 2])).decode())
        return out

    def cases(self, f):
        """(description, SQL returning one value) per hostile case."""
        name = f["signature"].split("(")[0]
        argt = f["argtypnames"]
        agg = f["prokind"] == "a"

        def call(args):
            if f["prokind"] == "p":
                return f"CALL {name}({', '.join(args)})"
            if f["proretset"]:
                return (f"SELECT string_agg(s::text, ' | ') FROM {name}({', '.join(args)}) s")
            return f"SELECT {name}({', '.join(args)})::text"

        choice = {}

        def aggcall(args, src="hostile_t", where=""):
            return f"SELECT {name}({', '.join(args)})::text FROM {self.agg_source(f, choice, src, where)}"

        out = []
        if agg:
            cols = self.agg_columns(f)
            if cols is None:
                return [("not generated: argument types without a column or producer", None)]
            choice = self.pick_producers(f, lambda c: (lambda a: aggcall(a)), cols, agg=True)
            cols = self.pick_text(f, cols, lambda a: aggcall(a))
            # a parameter fed from a column (a threshold that must be constant per group...):
            # try constants from the last argument backwards until the sample call succeeds
            if not self.q(aggcall(cols))[0]:
                trial = cols[:]
                floats = iter(["1::float8", "0::float8", "0.5::float8"])  # (lower, upper) bounds last
                for i in reversed(range(len(argt))):
                    if argt[i] in SANE and trial[i] != SANE[argt[i]]:
                        trial = trial[:]
                        trial[i] = next(floats, SANE[argt[i]]) if argt[i] == "double precision" else SANE[argt[i]]
                        t2 = self.pick_text(f, trial, lambda a: aggcall(a))
                        if self.q(aggcall(t2))[0]:
                            cols = t2
                            break
            out.append(("sample of six rows", aggcall(cols)))
            out.append(("no rows", aggcall(cols, "hostile_empty")))
            out.append(("one row", aggcall(cols, "hostile_one")))
            for i, tn in enumerate(argt):
                a = cols[:]
                a[i] = f"NULL::{tn}"
                out.append((f"NULL in argument {i + 1} ({tn}) on every row", aggcall(a)))
                a = cols[:]
                a[i] = f"CASE WHEN id = 3 THEN NULL ELSE {cols[i]} END"
                out.append((f"NULL in argument {i + 1} on one row", aggcall(a)))
                if tn in FLOATS:
                    for special in ("NaN", "Infinity", "-Infinity"):
                        a = cols[:]
                        a[i] = f"CASE WHEN id = 3 THEN '{special}'::{tn} ELSE {cols[i]} END"
                        out.append((f"{special} in argument {i + 1} on one row", aggcall(a)))
                if tn in INTS:
                    for huge in ("0", "-1", "2147483647"):
                        a = cols[:]
                        a[i] = f"{huge}::{tn}"
                        out.append((f"argument {i + 1} = {huge}", aggcall(a)))
                if tn.endswith("[]"):
                    for arr in ("'{}'", "'{NULL,1}'", "'{1,2,3}'", "'{NaN,1}'"):
                        a = cols[:]
                        a[i] = f"CASE WHEN id = 3 THEN {arr}::{tn} ELSE {cols[i]} END"
                        out.append((f"argument {i + 1} = {arr} on one row (mismatched/empty/NaN)", aggcall(a)))
                if tn == "text":
                    for t in ("''", "repeat('x', 100000)"):
                        a = cols[:]
                        a[i] = f"CASE WHEN id = 3 THEN {t} ELSE {cols[i]} END"
                        out.append((f"argument {i + 1} = {t[:20]} on one row", aggcall(a)))
                if tn in self.types.values():
                    for k, c in enumerate(self.corrupted(tn) or []):
                        a = cols[:]
                        a[i] = f"{lit(c)}::{tn}"
                        out.append((f"corrupted {tn} #{k + 1} in argument {i + 1}", aggcall(a)))
            return out
        choice = self.pick_producers(f, None, None, agg=False, call=call)
        args = [self.sane(tn, choice.get(i, 0)) for i, tn in enumerate(argt)]
        args = self.pick_text(f, args, call)
        out.append(("sane arguments", call(args)))
        for i, tn in enumerate(argt):
            a = args[:]
            a[i] = f"NULL::{tn}"
            out.append((f"NULL in argument {i + 1} ({tn})", call(a)))
            if tn in FLOATS:
                for special in ("NaN", "Infinity", "-Infinity"):
                    a = args[:]
                    a[i] = f"'{special}'::{tn}"
                    out.append((f"{special} in argument {i + 1}", call(a)))
            if tn in INTS:
                for huge in ("0", "-1", "2147483647"):
                    a = args[:]
                    a[i] = f"{huge}::{tn}"
                    out.append((f"argument {i + 1} = {huge}", call(a)))
            if tn.endswith("[]") and tn != "text[]":
                for arr in ("'{}'", "'{NULL}'", "'{1,2,3}'", "'{NaN,Infinity}'", "'{{1,2},{3,4}}'"):
                    a = args[:]
                    a[i] = f"{arr}::{tn}"
                    out.append((f"argument {i + 1} = {arr}", call(a)))
            if tn == "text[]":
                for arr in ("'{}'", "'{NULL}'", "'{no_such_column}'"):
                    a = args[:]
                    a[i] = f"{arr}::{tn}"
                    out.append((f"argument {i + 1} = {arr}", call(a)))
            if tn == "text":
                for t in ("''", "'no_such_thing'", "'true; DROP TABLE hostile_empty'",
                          "'true) OR (true'"):
                    a = args[:]
                    a[i] = t
                    out.append((f"argument {i + 1} = {t}", call(a)))
            if tn == "regtype":
                for t in ("'text'", "'mlcheck.profile'", "'void'"):
                    a = args[:]
                    a[i] = f"{t}::regtype"
                    out.append((f"argument {i + 1} = {t}", call(a)))
            if tn == "jsonb":
                for j in ("'null'", "'[]'", "'{\"bins\": -1, \"threshold\": \"NaN\"}'"):
                    a = args[:]
                    a[i] = f"{j}::jsonb"
                    out.append((f"argument {i + 1} = {j}", call(a)))
            if tn == "regclass":
                for r in ("'hostile_empty'", "'hostile_one'", "'pg_class'"):
                    a = args[:]
                    a[i] = f"{r}::regclass"
                    # a catalog's content differs between databases: its result is not pinned
                    out.append((("~" if r == "'pg_class'" else "") + f"argument {i + 1} = {r}", call(a)))
            if tn in self.types.values():
                for k, c in enumerate(self.corrupted(tn) or []):
                    a = args[:]
                    a[i] = f"{lit(c)}::{tn}"
                    out.append((f"corrupted {tn} #{k + 1} in argument {i + 1}", call(a)))
        return out

    def pick_producers(self, f, make_agg, cols, agg, call=None):
        """For each mlcheck-typed argument: the first producer with which the sane call succeeds."""
        choice = {}
        for i, tn in enumerate(f["argtypnames"]):
            if tn not in self.producers:
                continue
            for k in range(len(self.producers[tn])):
                trial = dict(choice)
                trial[i] = k
                if agg:
                    name = f["signature"].split("(")[0]
                    sql = f"SELECT {name}({', '.join(cols)})::text FROM {self.agg_source(f, trial)}"
                else:
                    args = [self.sane(t, trial.get(j, 0)) for j, t in enumerate(f["argtypnames"])]
                    sql = call(args)
                ok, _, _ = self.q(sql)
                if ok:
                    choice = trial
                    break
        return choice

    def pick_text(self, f, args, make):
        """For text arguments: plausible values with which the call succeeds (jointly for up to two
        text arguments, else one at a time)."""
        import itertools
        args = args[:]
        pos = [i for i, tn in enumerate(f["argtypnames"]) if tn == "text"]
        if not pos:
            return args
        if self.q(make(args))[0]:
            return args
        if len(pos) <= 2:
            for combo in itertools.product(*[[args[i]] + TEXT_TRIES for i in pos]):
                a = args[:]
                for i, t in zip(pos, combo):
                    a[i] = t
                if self.q(make(a))[0]:
                    return a
            return args
        for i in pos:
            for t in TEXT_TRIES:
                a = args[:]
                a[i] = t
                if self.q(make(a))[0]:
                    args = a
                    break
        return args

    def assertion(self, desc, sql, pin=True, volatile=False):
        ok1, v1, m1 = self.q(sql)
        ok2, v2, _ = self.q(sql)
        if volatile:
            # a VOLATILE function (writes, ids, clocks): its outcome is pinned, not its value, and
            # its effects are undone so the next case starts from the same state
            want = "ok" if ok1 else f"error:{v1}"
            review = (f"  -- REVIEW: internal error / crash {v1}: {m1}"
                      if not ok1 and (v1.startswith("XX") or v1 in ("08006", "57P01")) else "")
            return (f"SELECT is(pg_temp.hostile_try({dollar(sql)}), '{want}',\n    "
                    f"{lit(desc + ': ' + (want if ok1 else want + ' ' + (m1 or '')))});" + review)
        if ok1 and isinstance(v1, str) and "pg_temp_" in v1:
            pin = False  # names the session's temporary schema, which differs between sessions
        if not pin and ok1:
            return f"SELECT lives_ok({dollar(sql)},\n    {lit(desc + ' (result depends on the database)')});"
        review = ""
        if not ok1:
            if v1.startswith("XX") or v1 in ("08006", "57P01"):
                review = f"  -- REVIEW: internal error / crash {v1}: {m1}"
            return (f"SELECT throws_ok({dollar(sql)}, '{v1}', NULL,\n    {lit(desc + ': ' + v1 + ' ' + (m1 or ''))});"
                    + review)
        if v1 != v2:
            return f"SELECT lives_ok({dollar(sql)},\n    {lit(desc + ' (result varies between runs)')});"
        if v1 is None:
            return f"SELECT is(({sql.replace('SELECT ', 'SELECT ', 1)}), NULL,\n    {lit(desc + ': NULL')});"
        if len(v1) > 300:
            return (f"SELECT is(md5(({sql})), '{md5(v1)}',\n    {lit(desc + ' (md5 of ' + str(len(v1)) + ' characters)')});")
        flag = ""
        if re.search(r"\bNaN\b", v1) and "NaN" not in sql:
            flag = "  -- REVIEW: NaN out of input without NaN"
        return f"SELECT is(({sql}), {lit(v1)},\n    {lit(desc)});" + flag


def dollar(s):
    return "$q$" + s + "$q$"


def md5(s):
    import hashlib
    return hashlib.md5(s.encode()).hexdigest()


def area_of(f, area_funcs):
    return f["prosrc"] in area_funcs


def main():
    area = sys.argv[1]
    pattern = sys.argv[2] if len(sys.argv) > 2 else None
    symbols = set()
    for src in glob.glob(os.path.join(ROOT, "src", f"{area}*.c")):
        symbols |= set(re.findall(r"PG_FUNCTION_INFO_V1\((\w+)\)", open(src).read()))
    conn = fresh_database("mlcheck_hostile_gen")
    conn.execute(SETUP)  # temporary tables, as in the file (names that print the schema then match)
    gen = Gen(conn)
    funcs = extension_functions(conn)
    prosrc = dict(conn.execute("""SELECT p.oid, p.prosrc FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
        AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'""").fetchall())
    io = set()
    for t in extension_types(conn):
        io.update(o for o in t[2:6] if o)
    support = {r[0] for r in conn.execute("""SELECT unnest(ARRAY[aggtransfn::oid, aggfinalfn::oid,
        aggcombinefn::oid, aggserialfn::oid, aggdeserialfn::oid]) FROM pg_aggregate""").fetchall()}
    agg_final = {}
    for r in conn.execute("SELECT aggfnoid::oid, aggtransfn::oid, aggfinalfn::oid FROM pg_aggregate").fetchall():
        agg_final[r[0]] = (r[1], r[2])
    gen.find_producers(funcs)
    gen.order_producers()
    n = 0
    body = []
    for f in funcs:
        if f["oid"] in io or (f["oid"] in support and f["prokind"] != "a"):
            continue
        if pattern and not re.search(pattern, f["signature"]):
            continue
        mine = prosrc.get(f["oid"]) in symbols
        if f["prokind"] == "a":
            tf, ff = agg_final[f["oid"]]
            mine = prosrc.get(tf) in symbols or prosrc.get(ff) in symbols
        if not mine and not pattern:
            continue
        body.append("")
        body.append(f"-- covers: {f['signature']}")
        for desc, sql in gen.cases(f):
            if sql is None:
                body.append(f"-- {desc}")
                continue
            vol = f["provolatile"] == "v"
            if desc.startswith("~"):
                body.append(gen.assertion(f"{f['signature']}: {desc[1:]}", sql, pin=False, volatile=vol))
            else:
                body.append(gen.assertion(f"{f['signature']}: {desc}", sql, volatile=vol))
            n += 1
    # the area's types: malformed and corrupted text input
    for t in extension_types(conn):
        if prosrc.get(t[2]) not in symbols:
            continue
        tname = t[1]
        body.append("")
        body.append(f"-- covers: type {tname}")
        for bad in ["", "x", "garbage", "AAAA", "====", "{}", "null", "-1"]:
            body.append(gen.assertion(f"type {tname}: malformed input {bad!r}", f"SELECT {lit(bad)}::{tname}::text"))
            n += 1
        for k, c in enumerate(gen.corrupted(tname) or []):
            body.append(gen.assertion(f"type {tname}: corrupted valid value #{k + 1}", f"SELECT {lit(c)}::{tname}::text"))
            n += 1
        if tname in gen.valid_text:
            v = gen.valid_text[tname]
            body.append(gen.assertion(f"type {tname}: a valid value round-trips through text",
                                      f"SELECT (({lit(v)}::{tname})::text = {lit(v)})::text"))
            n += 1
    print(f"-- pgTAP: hostile input for src/{area}*.c (drafted by test/reliability/hostile_gen.py, reviewed).")
    print("-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.")
    print("BEGIN;")
    print(f"SELECT plan({n});")
    print(SETUP)
    for line in gen.state_setup:
        print(line)
    print("\n".join(body))
    print("\nSELECT * FROM finish();\nROLLBACK;")
    sys.stderr.write(f"{n} assertions\n")
    conn.close()
    drop_database("mlcheck_hostile_gen")


if __name__ == "__main__":
    main()
