#!/usr/bin/python3
"""Garden test: every function and aggregate of mlcheck, found in the catalog, called with nasty
arguments for its argument types; errors are fine, crashes, assertion failures and internal
errors are not.

- Functions: every combination of the candidate values of its argument types (NULL, NaN,
  +-Infinity, 0, -1, huge, empty and NULL-holding arrays of several lengths, empty and 1 MB
  text, malformed JSON, tables that are empty / one row / all NULL / a view / a catalog / a
  dangling OID...), or a covering set when the product is larger than --cap: each candidate in
  each position with the other arguments at a sane value, then seeded random combinations.
- Aggregates: over no rows, each combination as one row, all candidates of one argument as rows,
  all combinations as rows, in a forced-parallel plan (so combine functions run), grouped into
  many small groups, and as a window aggregate (the final function runs many times on one state).
- mlcheck types: valid values are harvested from the results of the calls; then corrupted copies
  (byte flips, truncation, extension of the decoded base64 body, re-encoded so the deserializer
  is reached; character flips of the text) go through the type's text input, the binary receive
  function (binary COPY of the corrupted send() bytes), and as arguments of every function.
- Hostile search_path: each function's sane call again with an attacker's schema of look-alike
  functions and operators (that record being called) first in search_path: with pg_catalog
  implicitly first a call of theirs fails the test; with pg_catalog listed after theirs as well
  (a function body with an unqualified reference and no pinned search_path would reach them).

A test per function (its calls), per type (its input and receive) and per function under the
hostile path. A call fails when the server crashed (connection lost; the statement is printed),
the error is internal (SQLSTATE class XX; except PostgreSQL's own "called in
non-aggregate context" for support functions called directly), the call ran past the statement timeout, a WARNING
reports a leak or a write past a chunk end, or the sample tables changed (injection).
Usage: garden.py [--cap N] [--seed N] [--timeout-ms N] [--only NAME]
"""
import argparse
import base64
import itertools
import json
import random
import re
import sys
import time

import psycopg
from psycopg import sql as _sql  # noqa: F401  (kept for callers extending the candidates)

from rlib import Tap, connect, fresh_database, drop_database, extension_functions, extension_types, \
    wait_for_server, server_log_problems, create_state_aggregates

DB = "mlcheck_garden"
EVIL = "garden_evil"

# candidate values per argument type: (sane value first, then the nasty ones), SQL expressions
F8 = ["1.5", "NULL", "'NaN'", "'Infinity'", "'-Infinity'", "0", "-1", "1e308", "-1e308", "5e-324", "0.5"]
INTS = {
    "smallint": ["10", "NULL", "0", "-1", "1", "32767", "-32768"],
    "integer": ["10", "NULL", "0", "-1", "1", "2", "2147483647", "-2147483648", "1000000"],
    "bigint": ["10", "NULL", "0", "-1", "1", "9223372036854775807", "-9223372036854775808", "1000000000"],
}
TEXT = ["'x'", "NULL", "''", "repeat('x', 1000000)", "'NaN'", "'no_such_thing'", "'t'", "'b'", "'v'",
        "'x; DROP TABLE garden_t'", "'\"'", "E'\\\\'", "'{'", "'auto'", "'1'"]
JSONB = ["'{}'", "NULL", "'null'", "'[]'", "'\"x\"'", "'{\"a\": 1}'", "'123'",
         "'{\"bins\": -1, \"k\": 0, \"threshold\": \"NaN\", \"method\": \"nope\", \"columns\": [1, null]}'",
         "'{\"bins\": 1e308, \"k\": 9999999999, \"threshold\": -1e308, \"min\": \"Infinity\"}'",
         "(repeat('[', 2000) || repeat(']', 2000))",
         "'{\"columns\": {\"x\": {\"type\": \"float8\", \"min\": 1, \"max\": 0}}}'"]
F8A = ["'{1,2,3}'", "NULL", "'{}'", "'{NULL}'", "'{1,NULL,3}'", "'{NaN,Infinity,-Infinity}'",
       "'{1}'", "'{1,2}'", "'{{1,2},{3,4}}'", "'[0:2]={1,2,3}'", "array_fill(1.5::float8, ARRAY[100000])",
       "'{0,0,0}'", "'{-1,-1,-1}'", "'{1e308,1e308,1e308}'"]
TEXTA = ["'{x,t}'", "NULL", "'{}'", "'{NULL}'", "'{x,NULL}'", "'{x}'", "'{no_such_column}'", "'{\"\"}'",
         "'{x,x}'", "'{{x,t},{b,v}}'"]
BOOLA = ["'{t,f,t}'", "NULL", "'{}'", "'{NULL}'", "'{t,NULL,f}'", "'{t}'", "'{t,f}'"]
INTA = ["'{1,2,3}'", "NULL", "'{}'", "'{NULL}'", "'{1,NULL,3}'", "'{0}'", "'{-1}'", "'{2147483647}'"]
INT8A = ["'{1,2,3}'", "NULL", "'{}'", "'{NULL}'", "'{1,NULL,3}'", "'{-1}'", "'{9223372036854775807}'"]
REGCLASS = ["'garden_t'", "NULL", "'garden_empty'", "'garden_one'", "'garden_nulls'", "'garden_v'",
            "'pg_catalog.pg_class'", "0", "4294967295", "'garden_wide'"]
CANDIDATES = {
    "double precision": F8, "real": F8[:-3] + ["3.4e38"], "numeric": F8[:-3] + ["1e1000"],
    **INTS,
    "boolean": ["true", "NULL", "false"],
    "text": TEXT, "character varying": TEXT[:8], "name": TEXT[:3] + ["'x'"], "cstring": TEXT[:6],
    "\"char\"": ["'x'", "NULL", "''"],
    "jsonb": JSONB, "json": JSONB[:8],
    "double precision[]": F8A, "real[]": F8A[:9], "numeric[]": F8A[:9],
    "text[]": TEXTA, "character varying[]": TEXTA[:5], "name[]": TEXTA[:5],
    "boolean[]": BOOLA, "integer[]": INTA, "bigint[]": INT8A, "smallint[]": INTA[:6],
    "regclass": REGCLASS, "oid": ["16384", "NULL", "0", "4294967295"],
    "regproc": ["'pg_catalog.now'", "NULL", "0"], "regprocedure": ["'pg_catalog.now()'", "NULL", "0"],
    "regtype": ["'float8'", "NULL", "0", "'mlcheck.garden_none'"],
    "bytea": ["'\\x00'", "NULL", "''", "'\\xffffffffffffffff'", "decode(repeat('ff', 100000), 'hex')"],
    "timestamp with time zone": ["'2024-01-01 00:00:00+00'", "NULL", "'infinity'", "'-infinity'", "'epoch'"],
    "timestamp without time zone": ["'2024-01-01 00:00:00'", "NULL", "'infinity'", "'-infinity'"],
    "date": ["'2024-01-01'", "NULL", "'infinity'", "'-infinity'"],
    "interval": ["'1 hour'", "NULL", "'0'", "'-1 day'", "'178000000 years'", "'infinity'"],
}
# polymorphic arguments are tried as these concrete types
POLY = {"anyelement": "double precision", "anynonarray": "double precision",
        "anycompatible": "double precision", "anycompatiblenonarray": "double precision",
        "anyarray": "double precision[]", "anycompatiblearray": "double precision[]"}
UNCALLABLE = {"internal", "trigger", "event_trigger", "language_handler", "fdw_handler",
              "index_am_handler", "tsm_handler", "table_am_handler", "\"any\"", "anyrange",
              "anymultirange", "anyenum", "record", "void"}

SETUP_SQL = """
CREATE TABLE garden_t (id int, g int, x float8, r real, i int, n bigint, b bool, t text, j jsonb,
                       v float8[], ts timestamptz);
INSERT INTO garden_t
SELECT i, i % 13, CASE WHEN i % 17 = 0 THEN NULL WHEN i % 29 = 0 THEN 'NaN' WHEN i % 31 = 0 THEN 'Infinity'
                       WHEN i % 37 = 0 THEN '-Infinity' ELSE (i * 7919 % 1000) / 7.0 END,
       (i % 100) / 3.0, i % 50 - 25, i::bigint * 1000003, i % 3 = 0,
       CASE WHEN i % 19 = 0 THEN NULL WHEN i % 23 = 0 THEN '' ELSE 'c' || (i % 9) END,
       jsonb_build_object('k', i % 5), ARRAY[i % 7, (i * 3) % 11, i % 5]::float8[],
       '2024-01-01'::timestamptz + i * interval '1 minute'
FROM generate_series(1, 2000) i;
CREATE TABLE garden_empty (LIKE garden_t);
CREATE TABLE garden_one (LIKE garden_t);
INSERT INTO garden_one SELECT * FROM garden_t WHERE id = 1;
CREATE TABLE garden_nulls (LIKE garden_t);
INSERT INTO garden_nulls (id) SELECT generate_series(1, 50);
CREATE VIEW garden_v AS SELECT * FROM garden_t;
CREATE TABLE garden_wide AS SELECT id, x AS "we""ird name", t AS "UPPER", b FROM garden_t;
CREATE TABLE garden_many (g int, x float8, b bool, t text, v float8[]);
INSERT INTO garden_many SELECT i % 5000, (i * 7919 % 10007) / 97.0, i % 2 = 0, 'c' || (i % 7),
       ARRAY[i % 3, i % 5, i % 7]::float8[] FROM generate_series(1, 60000) i;
ANALYZE;
"""
CANARY_SQL = """SELECT (SELECT count(*) FROM garden_t) || '/' || (SELECT count(*) FROM garden_empty) || '/' ||
 (SELECT count(*) FROM garden_one) || '/' || (SELECT count(*) FROM garden_nulls) || '/' ||
 (SELECT count(*) FROM garden_many) || '/' ||
 (SELECT count(*) FROM pg_class WHERE relname IN ('garden_t','garden_v','garden_wide'))"""

# column of garden_t / garden_many for an aggregate argument of this type (else a constant)
COLUMN_FOR = {"double precision": "x", "real": "r", "integer": "i", "bigint": "n", "boolean": "b",
              "text": "t", "jsonb": "j", "double precision[]": "v", "timestamp with time zone": "ts"}
MANY_COLUMN_FOR = {"double precision": "x", "boolean": "b", "text": "t", "double precision[]": "v",
                   "integer": "g"}

# PostgreSQL's own convention for support functions called directly (float8_accum...): elog, XX000
ALLOWED_INTERNAL = re.compile(r"called in non-aggregate context")

LEAK_WARNING = re.compile(r"leak|write past chunk end|problem in alloc set|not closed|"
                          r"reference leak|was not released", re.I)


def evil_setup_sql():
    """An attacker's schema: look-alikes of pg_catalog functions, operators and aggregates, and
    'better matches' (varchar/name/int variants that beat pg_catalog's even when it comes first);
    each records its call in garden_evil.calls."""
    out = [f"CREATE SCHEMA {EVIL}", f"CREATE TABLE {EVIL}.calls (what text)",
           f"GRANT ALL ON SCHEMA {EVIL} TO PUBLIC", f"GRANT ALL ON {EVIL}.calls TO PUBLIC"]

    def fn(name, args, ret, retval="NULL"):
        argl = ", ".join(args)
        out.append(f"CREATE FUNCTION {EVIL}.{name}({argl}) RETURNS {ret} LANGUAGE plpgsql AS $$ BEGIN "
                   f"INSERT INTO {EVIL}.calls VALUES ('{name}({argl})'); RETURN {retval}; END $$")

    for t in ["text", "float8", "int4", "int8", "numeric", "bool", "jsonb", "varchar", "name"]:
        for op, nm in [("=", "eq"), ("<>", "ne"), ("<", "lt"), (">", "gt"), ("<=", "le"), (">=", "ge")]:
            fn(f"op_{nm}_{t}", [t, t], "bool")
            out.append(f"CREATE OPERATOR {EVIL}.{op} (LEFTARG = {t}, RIGHTARG = {t}, FUNCTION = {EVIL}.op_{nm}_{t})")
    for t in ["float8", "int4", "int8", "numeric"]:
        for op, nm in [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "div")]:
            fn(f"op_{nm}_{t}", [t, t], t)
            out.append(f"CREATE OPERATOR {EVIL}.{op} (LEFTARG = {t}, RIGHTARG = {t}, FUNCTION = {EVIL}.op_{nm}_{t})")
    for t in ["text", "varchar", "name"]:
        fn(f"op_cat_{t}", [t, t], "text")
        out.append(f"CREATE OPERATOR {EVIL}.|| (LEFTARG = {t}, RIGHTARG = {t}, FUNCTION = {EVIL}.op_cat_{t})")
    for t in ["text", "varchar", "name"]:
        for f in ["lower", "upper", "length", "btrim", "quote_ident", "quote_literal", "md5", "trim"]:
            fn(f, [t], "int4" if f == "length" else "text")
        fn("replace", [t, t, t], "text")
        fn("format", [t], "text")
        fn("split_part", [t, t, "int4"], "text")
        fn("regexp_replace", [t, t, t], "text")
    for t in ["float8", "int4", "int8", "numeric"]:
        for f in ["abs", "sqrt", "ln", "exp", "log", "floor", "ceil", "round", "sign", "cbrt"]:
            fn(f, [t], t)
        fn("power", [t, t], t)
    for f, args, ret in [("array_length", ["anyarray", "int4"], "int4"), ("cardinality", ["anyarray"], "int4"),
                         ("array_upper", ["anyarray", "int4"], "int4"), ("array_lower", ["anyarray", "int4"], "int4"),
                         ("array_ndims", ["anyarray"], "int4"), ("array_position", ["anyarray", "anyelement"], "int4"),
                         ("to_jsonb", ["anyelement"], "jsonb"), ("to_json", ["anyelement"], "json"),
                         ("jsonb_typeof", ["jsonb"], "text"), ("jsonb_array_length", ["jsonb"], "int4"),
                         ("jsonb_pretty", ["jsonb"], "text"), ("jsonb_strip_nulls", ["jsonb"], "jsonb"),
                         ("now", [], "timestamptz"), ("clock_timestamp", [], "timestamptz"),
                         ("random", [], "float8"), ("current_setting", ["text"], "text"),
                         ("set_config", ["text", "text", "bool"], "text"), ("nextval", ["regclass"], "int8"),
                         ("pg_notify", ["text", "text"], "void"), ("to_regclass", ["text"], "regclass"),
                         ("width_bucket", ["float8", "float8", "float8", "int4"], "int4"),
                         ("isfinite", ["timestamptz"], "bool"), ("num_nulls", ["VARIADIC float8[]"], "int4")]:
        fn(f, args, ret, "NULL" if ret != "void" else "")
    # aggregates named like the built-ins
    out.append(f"CREATE FUNCTION {EVIL}.agg_sf(int8, anyelement) RETURNS int8 LANGUAGE plpgsql AS $$ BEGIN "
               f"INSERT INTO {EVIL}.calls VALUES ('aggregate'); RETURN 0; END $$")
    out.append(f"CREATE FUNCTION {EVIL}.agg_sf_star(int8) RETURNS int8 LANGUAGE plpgsql AS $$ BEGIN "
               f"INSERT INTO {EVIL}.calls VALUES ('aggregate(*)'); RETURN 0; END $$")
    out.append(f"CREATE AGGREGATE {EVIL}.count(*) (SFUNC = {EVIL}.agg_sf_star, STYPE = int8, INITCOND = '0')")
    for f in ["count", "sum", "avg", "min", "max", "array_agg", "string_agg", "jsonb_agg", "bool_and",
              "bool_or", "stddev", "variance", "percentile_disc"]:
        for t in ["float8", "int4", "int8", "text", "bool", "jsonb", "numeric"]:
            out.append(f"CREATE AGGREGATE {EVIL}.{f}({t}) (SFUNC = {EVIL}.agg_sf, STYPE = int8, INITCOND = '0')")
    return out


class Garden:
    def __init__(self, args, tap):
        self.args = args
        self.tap = tap
        self.rng = random.Random(args.seed)
        self.conn = None
        self.harvest = {}  # type oid -> list of valid text values
        self.harvest_json = []
        self.type_names = {}  # oid -> format_type
        self.failures = []
        self.calls = 0

    # ------------------------------------------------------------------ connection handling
    def open(self):
        self.conn = connect(DB)
        self.notices = []
        self.conn.add_notice_handler(lambda d: self.notices.append((d.severity, d.message_primary or "")))
        self.conn.execute(f"SET statement_timeout = {int(self.args.timeout_ms)}")
        self.conn.execute("SET client_min_messages = warning")

    def run(self, stmt, fetch=True):
        """Run one statement. Returns (rows or None, problem or None); errors are fine."""
        self.calls += 1
        self.notices.clear()
        problem = None
        rows = None
        try:
            cur = self.conn.execute(stmt)
            if fetch and cur.description is not None:
                rows = cur.fetchall()
        except psycopg.errors.QueryCanceled:
            problem = f"ran past the {self.args.timeout_ms} ms statement timeout"
        except psycopg.errors.InternalError_ as e:  # XX000
            if not ALLOWED_INTERNAL.search(e.diag.message_primary or ""):
                problem = f"internal error XX000: {e.diag.message_primary}"
        except (psycopg.errors.DataCorrupted, psycopg.errors.IndexCorrupted) as e:
            problem = f"internal error {e.sqlstate}: {e.diag.message_primary}"
        except psycopg.errors.OperationalError as e:
            if self.conn.closed or self.conn.broken:
                problem = f"server connection lost (crash?): {str(e).strip()[:200]}"
                wait_for_server()
                self.open()
            elif getattr(e, "sqlstate", None) and e.sqlstate.startswith("XX"):
                problem = f"internal error {e.sqlstate}: {e}"
        except psycopg.Error as e:
            if e.sqlstate and e.sqlstate.startswith("XX"):
                problem = f"internal error {e.sqlstate}: {e.diag.message_primary}"
        except Exception as e:  # a result psycopg cannot load: not a server problem
            rows = None
            if self.conn.closed or self.conn.broken:
                problem = f"server connection lost: {e}"
                wait_for_server()
                self.open()
        for sev, msg in self.notices:
            if LEAK_WARNING.search(msg):
                problem = (problem + "; " if problem else "") + f"{sev}: {msg}"
        return rows, problem

    # ------------------------------------------------------------------ candidate values
    def typ(self, name):
        return POLY.get(name, name)

    def candidates(self, typname, typoid):
        t = self.typ(typname)
        if typoid in self.type_names:  # an mlcheck type: NULL, harvested, corrupted, malformed
            vals = [v.replace("'", "''") for v in self.harvest.get(typoid, [])[:3]]
            out = [f"'{v}'" for v in vals[:1]] + ["NULL"] + [f"'{v}'" for v in vals[1:]]
            out += [f"'{c}'" for c in self.corruptions(vals, 6)]
            return [f"{v}::{t}" for v in out]
        if t in ("jsonb", "json"):
            vals = list(CANDIDATES[t]) + [f"'{v}'" for v in self.harvest_json[:3]]
            return [f"{v}::{t}" for v in vals]
        if t in CANDIDATES:
            return [f"{v}::{t}" for v in CANDIDATES[t]]
        return [f"NULL::{t}"]

    def corruptions(self, values, n):
        """Corrupted copies of valid text values: when the text ends in canonical base64, the
        decoded bytes are damaged and re-encoded (so the value reaches the deserializer), else the
        characters are."""
        out = []
        if not values:
            return out
        for k in range(n):
            v = values[k % len(values)]
            out.append(self.corrupt(v, k).replace("'", "''"))
        return out

    def corrupt(self, text, k):
        m = re.search(r"[A-Za-z0-9+/]*={0,2}$", text)
        body = m.group(0) if m else ""
        prefix = text[: len(text) - len(body)]
        raw = None
        if len(body) >= 8 and len(body) % 4 == 0:
            try:
                raw = bytearray(base64.b64decode(body, validate=True))
            except Exception:
                raw = None
        rng = self.rng
        if raw:
            kind = k % 6
            if kind == 0:  # flip one to three bytes
                for _ in range(rng.randint(1, 3)):
                    raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
            elif kind == 1:  # truncate
                raw = raw[: rng.randrange(len(raw))]
            elif kind == 2:  # extend
                raw += bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            elif kind == 3:  # a field set to all ones (huge lengths and counts)
                i = rng.randrange(len(raw))
                raw[i:i + 8] = b"\xff" * min(8, len(raw) - i)
            elif kind == 4:  # version byte
                raw[0] = rng.choice([0, 2, 255])
            else:  # a run of zeros
                i = rng.randrange(len(raw))
                raw[i:i + 8] = b"\x00" * min(8, len(raw) - i)
            return prefix + base64.b64encode(bytes(raw)).decode()
        s = list(text) or ["x"]
        i = rng.randrange(len(s))
        s[i] = rng.choice("{}[],:;\"'\\0 aZ9+/=-.eE\x01")
        return "".join(s)

    def combos(self, lists):
        """All combinations, or a covering set of at most cap: each candidate in each position with
        the others at their sane value, then seeded random combinations."""
        total = 1
        for lst in lists:
            total *= len(lst)
        if total <= self.args.cap:
            return [list(c) for c in itertools.product(*lists)]
        base = [lst[0] for lst in lists]
        out, seen = [], set()
        for i, lst in enumerate(lists):
            for v in lst:
                c = base[:]
                c[i] = v
                if tuple(c) not in seen:
                    seen.add(tuple(c))
                    out.append(c)
        tries = 0
        while len(out) < self.args.cap and tries < self.args.cap * 4:
            tries += 1
            c = [self.rng.choice(lst) for lst in lists]
            if tuple(c) not in seen:
                seen.add(tuple(c))
                out.append(c)
        return out

    # ------------------------------------------------------------------ statements
    def call_sql(self, f, args):
        name = f["signature"].split("(")[0]
        if f["provariadic"] and args:
            args = args[:-1] + ["VARIADIC " + args[-1]]
        call = f"{name}({', '.join(args)})"
        if f["prokind"] == "p":
            return f"CALL {call}"
        if f["proretset"]:
            return f"SELECT * FROM {call} LIMIT 100000"
        return f"SELECT {call}"

    def agg_sql(self, f, rows, where=""):
        name = f["signature"].split("(")[0]
        n = len(rows[0])
        cols = [f"a{i}" for i in range(n)]
        values = ", ".join("(" + ", ".join(r) + ")" for r in rows)
        return (f"SELECT {name}({', '.join(cols)}) FROM (VALUES {values}) AS v({', '.join(cols)}) {where}")

    def record(self, f, stmt, rows, problem, fails):
        if problem:
            fails.append(f"{problem}\n  in: {stmt[:400]}")
            return
        if rows and f["prorettype"] in self.type_names:
            for r in rows[:1]:
                if isinstance(r[0], str) and len(self.harvest.setdefault(f["prorettype"], [])) < 6:
                    if r[0] not in self.harvest[f["prorettype"]]:
                        self.harvest[f["prorettype"]].append(r[0])
        if rows and f["rettype"] in ("jsonb", "json") and len(self.harvest_json) < 6:
            v = rows[0][0]
            if v is not None:
                self.harvest_json.append(json.dumps(v).replace("'", "''"))

    def arg_lists(self, f):
        lists = []
        for tn, to in zip(f["argtypnames"], f["argtypes"]):
            lists.append(self.candidates(tn, to))
        return lists

    def callable(self, f):
        if f["prokind"] == "w":
            return "window function"
        for tn in f["argtypnames"]:
            if tn in UNCALLABLE:
                return f"argument of type {tn}"
        return None

    def garden_function(self, f, fails):
        lists = self.arg_lists(f)
        if not lists:
            stmts = [self.call_sql(f, [])]
        else:
            stmts = [self.call_sql(f, c) for c in self.combos(lists)]
            # without the defaulted arguments, once
            if f["pronargdefaults"]:
                stmts.append(self.call_sql(f, [lst[0] for lst in lists[: len(lists) - f["pronargdefaults"]]]))
        for s in stmts:
            rows, problem = self.run(s)
            self.record(f, s, rows, problem, fails)
            if problem and "connection lost" in problem:
                return len(stmts)
        return len(stmts)

    def garden_aggregate(self, f, fails):
        lists = self.arg_lists(f)
        if not lists:
            return 0
        base = [lst[0] for lst in lists]
        combos = self.combos(lists)
        stmts = [self.agg_sql(f, [base], "WHERE false")]
        sane_rows = []
        # a sane multi-row input first (harvests a valid value of the state/result types)
        for k in range(1, 31):
            row = []
            for lst, tn in zip(lists, f["argtypnames"]):
                t = self.typ(tn)
                if t in ("double precision", "real", "numeric"):
                    row.append(f"{(k * 37 % 101) / 7.0}::{t}")
                elif t in ("integer", "bigint", "smallint"):
                    row.append(lst[0])
                elif t == "boolean":
                    row.append("true" if k % 3 else "false")
                elif t == "text":
                    row.append(f"'c{k % 4}'::text")
                elif t == "double precision[]":
                    row.append(f"'{{{k % 3},{k % 5},{k % 7}}}'::float8[]")
                else:
                    row.append(lst[0])
            sane_rows.append(row)
        stmts.insert(0, self.agg_sql(f, sane_rows))
        stmts += [self.agg_sql(f, [c]) for c in combos]
        for i, lst in enumerate(lists):
            rows = []
            for v in lst:
                r = base[:]
                r[i] = v
                rows.append(r)
            stmts.append(self.agg_sql(f, rows))
        stmts.append(self.agg_sql(f, combos[: self.args.cap]))
        # forced parallel, grouped, and window forms over the sample tables
        name = f["signature"].split("(")[0]
        cols = []
        many = []
        for lst, tn in zip(lists, f["argtypnames"]):
            t = self.typ(tn)
            cols.append(COLUMN_FOR.get(t, lst[0]))
            many.append(MANY_COLUMN_FOR.get(t, lst[0]))
        par = ("SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; "
               "SET max_parallel_workers_per_gather = 2; SET parallel_leader_participation = off")
        stmts.append(par)
        stmts.append(f"SELECT {name}({', '.join(cols)}) FROM garden_t")
        stmts.append(f"SELECT {name}({', '.join(many)}) FROM garden_many")
        stmts.append(f"SELECT g, {name}({', '.join(many)}) FROM garden_many GROUP BY g ORDER BY g LIMIT 3")
        stmts.append(f"SELECT {name}({', '.join(cols)}) FROM garden_empty")
        stmts.append("RESET ALL")
        stmts.append(f"SET statement_timeout = {int(self.args.timeout_ms)}")
        stmts.append(f"SELECT {name}({', '.join(cols)}) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING "
                     f"AND CURRENT ROW) FROM garden_t ORDER BY id LIMIT 300")
        stmts.append(f"SELECT {name}({', '.join(cols)}) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING "
                     f"AND CURRENT ROW) FROM garden_t ORDER BY id LIMIT 300")
        stmts.append(f"SELECT {name}({', '.join(cols)}) FILTER (WHERE id % 2 = 0), "
                     f"{name}({', '.join(cols)}) FROM garden_t GROUP BY g")
        for s in stmts:
            rows, problem = self.run(s)
            self.record(f, s, rows, problem, fails)
            if problem and "connection lost" in problem:
                break
        return len(stmts)

    def garden_type(self, t, fails):
        """Text input and binary receive of one mlcheck type with malformed and corrupted values."""
        oid, name, _, _, send_oid, recv_oid, send_name = t
        vals = self.harvest.get(oid, [])
        malformed = ["", " ", "x", "garbage", "\\x00", "{}", "null", "NaN", "AAAA", "A===", "====",
                     "a" * 100000, "-1", "1e308"]
        prefixes = sorted({re.sub(r"[A-Za-z0-9+/]*={0,2}$", "", v) for v in vals})
        malformed += [p for p in prefixes] + [p + "AAAA" for p in prefixes] + [p + "////" for p in prefixes]
        texts = [m.replace("'", "''") for m in malformed] + self.corruptions(vals, self.args.corruptions)
        n = 0
        for v in vals:
            # valid values round-trip through text exactly
            rows, problem = self.run(f"SELECT ('{v.replace(chr(39), chr(39) * 2)}'::{name})::text")
            n += 1
            if problem:
                fails.append(f"{problem}\n  reading a harvested value of {name}")
            elif rows and rows[0][0] != v:
                fails.append(f"text form of {name} does not round-trip:\n  in:  {v[:200]}\n  out: {rows[0][0][:200]}")
        for s in texts:
            stmt = f"SELECT ('{s}'::{name})::text"
            rows, problem = self.run(stmt)
            n += 1
            if problem:
                fails.append(f"{problem}\n  in: {stmt[:300]}")
            elif rows and rows[0][0] is not None:
                # accepted: its text output must read back to the same text
                out = rows[0][0].replace("'", "''")
                rows2, problem2 = self.run(f"SELECT ('{out}'::{name})::text")
                n += 1
                if problem2 or not rows2 or rows2[0][0] != rows[0][0]:
                    fails.append(f"accepted corrupted {name} whose output does not read back: {problem2 or ''}"
                                 f"\n  in: {stmt[:300]}")
        if send_oid and recv_oid and vals:
            self.run(f"CREATE TEMP TABLE IF NOT EXISTS garden_recv_{oid} (v {name})")
            for k in range(self.args.corruptions):
                lit = vals[k % len(vals)].replace("'", "''")
                rows, problem = self.run(f"SELECT {send_name}('{lit}'::{name})")
                if problem or not rows or rows[0][0] is None:
                    if problem:
                        fails.append(f"{problem}\n  in: send of {name}")
                    break
                raw = bytearray(rows[0][0])
                if k > 0:
                    raw = bytearray(self.corrupt_bytes(raw, k))
                n += 1
                problem = self.copy_binary(f"garden_recv_{oid}", bytes(raw))
                if problem:
                    fails.append(f"{problem}\n  in: binary COPY of a corrupted {name} ({raw[:64].hex()}...)")
            self.run(f"SELECT v::text FROM garden_recv_{oid}")
        return n

    def corrupt_bytes(self, raw, k):
        b64 = "v" + base64.b64encode(bytes(raw)).decode()
        out = self.corrupt(b64, k)
        try:
            return base64.b64decode(out[1:], validate=True)
        except Exception:
            return bytes(raw[:-1])

    def copy_binary(self, table, payload):
        data = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
        data += (1).to_bytes(2, "big") + len(payload).to_bytes(4, "big") + payload + (0xFFFF).to_bytes(2, "big")
        try:
            with self.conn.cursor().copy(f"COPY {table} FROM STDIN (FORMAT binary)") as cp:
                cp.write(data)
        except psycopg.errors.InternalError_ as e:
            return f"internal error XX000: {e.diag.message_primary}"
        except psycopg.OperationalError as e:
            if self.conn.closed or self.conn.broken:
                wait_for_server()
                self.open()
                return f"server connection lost (crash?): {e}"
        except psycopg.Error:
            pass
        return None

    def canary(self):
        rows, problem = self.run(CANARY_SQL)
        return rows[0][0] if rows else problem

    # ------------------------------------------------------------------ main
    def main(self):
        conn = fresh_database(DB)
        conn.execute(SETUP_SQL)
        for s in evil_setup_sql():
            conn.execute(s)
        conn.close()
        self.open()
        self.type_names = {t[0]: t[1] for t in extension_types(self.conn)}
        funcs = extension_functions(self.conn)
        if self.args.only:
            funcs = [f for f in funcs if self.args.only in f["signature"]]
        canary0 = self.canary()
        start = time.time()
        # producers of mlcheck values first (args without mlcheck types), then the consumers
        def consumes(f):
            return any(o in self.type_names for o in f["argtypes"])
        ordered = [f for f in funcs if not consumes(f)] + [f for f in funcs if consumes(f)]
        first_consumer = next((f["signature"] for f in ordered if consumes(f)), None)
        sane = {}
        for f in ordered:
            if f["signature"] == first_consumer:
                self.harvest_states()
            why = self.callable(f)
            if why:
                self.tap.note(f"{f['signature']}: not callable from SQL ({why}), skipped")
                continue
            fails = []
            n = (self.garden_aggregate(f, fails) if f["prokind"] == "a" else self.garden_function(f, fails))
            can = self.canary()
            if can != canary0:
                fails.append(f"the sample tables changed (injection?): {canary0} -> {can}")
                self.rebuild()
            self.tap.ok(not fails, f"garden {f['signature']}: {n} statements", "\n".join(fails[:6]))
            sane[f["signature"]] = f
        for t in extension_types(self.conn):
            fails = []
            n = self.garden_type(t, fails)
            self.tap.ok(not fails, f"garden type {t[1]}: {n} text inputs and corrupted binary receives",
                        "\n".join(fails[:6]))
            if not self.harvest.get(t[0]):
                self.tap.note(f"no valid {t[1]} value was produced by any call: corrupted values untested")
        # hostile search_path: the sane call of each function with the attacker's schema first.
        # With pg_catalog implicitly first (as in every default path) only the attacker's better
        # matches (varchar/name/int overloads) can win: a call of theirs is a failure. With
        # pg_catalog listed after the attacker's schema even exact look-alikes win: functions that
        # leave operators or functions unqualified reach them: a failure as well (STYLE asks for
        # qualified references; a pinned search_path on the function also avoids it).
        strict_offenders = []
        for sig, f in sane.items():
            lists = self.arg_lists(f)
            base = [lst[0] for lst in lists]
            stmt = self.agg_sql(f, [base]) if f["prokind"] == "a" and base else self.call_sql(f, base)
            for path, hard in ((f"{EVIL}, public", True), (f"{EVIL}, pg_catalog, public", False)):
                self.run(f"TRUNCATE {EVIL}.calls")
                self.run(f"SET search_path = {path}")
                rows, problem = self.run(stmt)
                self.run("RESET search_path")
                called, _ = self.run(f"SELECT string_agg(DISTINCT what, ', ') FROM {EVIL}.calls")
                who = called[0][0] if called else "?"
                if hard:
                    self.tap.ok(not problem and who is None,
                                f"hostile search_path: {sig} calls nothing of the attacker's",
                                f"{problem or ''} called: {who}\n  in: {stmt[:300]}")
                elif who is not None:
                    strict_offenders.append(f"{sig}: {who}")
        self.tap.ok(not strict_offenders,
                    "hostile search_path with pg_catalog after the attacker's schema: no function "
                    "body reaches a look-alike (every reference qualified or the search_path pinned)",
                    "\n".join(strict_offenders))
        self.tap.note(f"{self.calls} statements in {time.time() - start:.1f} s")
        probs = server_log_problems()
        self.tap.ok(not probs, "the server log shows no crash, assertion failure or memory-context problem",
                    "\n".join(probs[:20]))
        self.conn.close()
        if not self.args.keep:
            drop_database(DB)

    def harvest_states(self):
        """Values of types that only serve as aggregate states (no function returns them): run a
        copy of each such aggregate without its final function over the sample table."""
        for stype, name, argt, sig in create_state_aggregates(self.conn):
            oid = next((o for o, n in self.type_names.items() if n == stype), None)
            if oid is None or len(self.harvest.get(oid, [])) >= 3:
                continue
            cols = [COLUMN_FOR.get(self.typ(t), self.candidates(t, None)[0]) for t in argt]
            rows, problem = self.run(f"SELECT {name}({', '.join(cols)})::text FROM garden_t")
            if rows and rows[0][0] is not None:
                self.harvest.setdefault(oid, []).append(rows[0][0])

    def rebuild(self):
        self.conn.close()
        conn = fresh_database(DB)
        conn.execute(SETUP_SQL)
        for s in evil_setup_sql():
            conn.execute(s)
        conn.close()
        self.open()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cap", type=int, default=300, help="most combinations per function")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--timeout-ms", type=int, default=20000)
    ap.add_argument("--corruptions", type=int, default=200, help="corrupted values per mlcheck type")
    ap.add_argument("--only", help="only functions whose signature contains this")
    ap.add_argument("--keep", action="store_true", help="keep the database")
    args = ap.parse_args()
    tap = Tap()
    Garden(args, tap).main()
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
