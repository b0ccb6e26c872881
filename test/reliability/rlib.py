"""Shared helpers of the reliability tests (garden, interrupts, upgrade, hostile coverage).

Everything is derived from the catalog: the extension's functions and aggregates are found through
pg_depend (deptype 'e' on pg_extension mlcheck), so the tests cover what lands later without edits.
The connection comes from PGHOST/PGPORT/PGUSER as scripts/test.sh sets them.
"""
import os
import time

import psycopg

EXT = "mlcheck"


class Tap:
    """TAP lines plus the "@@result PASSED FAILED" line scripts/test.sh reads."""

    def __init__(self):
        self.n = 0
        self.passed = 0
        self.failed = 0

    def ok(self, cond, name, diag=None):
        self.n += 1
        print(f"{'' if cond else 'not '}ok {self.n} - {name}", flush=True)
        if not cond and diag:
            for line in str(diag).splitlines()[:40]:
                print(f"#   {line}", flush=True)
        if cond:
            self.passed += 1
        else:
            self.failed += 1
        return cond

    def note(self, msg):
        print(f"# {msg}", flush=True)

    def finish(self):
        print(f"@@result {self.passed} {self.failed}", flush=True)
        return 0 if self.failed == 0 else 1


def connect(dbname="postgres", autocommit=True, **kw):
    return psycopg.connect(dbname=dbname, autocommit=autocommit, **kw)


def fresh_database(name, extension=True):
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{name}"')
    conn = connect(name)
    if extension:
        conn.execute(f"CREATE EXTENSION {EXT}")
    return conn


def drop_database(name):
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_for_server(timeout=60.0):
    """After a crash the postmaster reinitializes; wait until it accepts connections again."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with connect() as c:
                c.execute("SELECT 1")
                return True
        except psycopg.OperationalError:
            time.sleep(0.5)
    return False


CATALOG_SQL = """
SELECT p.oid, p.oid::regprocedure::text AS signature, p.proname, p.prokind, p.proretset,
       p.prorettype, pg_catalog.format_type(p.prorettype, NULL) AS rettype,
       p.proargtypes::oid[] AS argtypes,
       ARRAY(SELECT pg_catalog.format_type(t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY u(t, i)
             ORDER BY i) AS argtypnames,
       p.pronargdefaults, p.provariadic, p.provolatile, p.proisstrict, p.proparallel,
       p.prosecdef, p.proconfig, l.lanname,
       a.aggkind, a.aggtranstype, a.aggcombinefn::oid AS aggcombinefn, a.aggfinalfn::oid AS aggfinalfn
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
     AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = %s
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
ORDER BY p.proname, p.oid::regprocedure::text
"""


def extension_functions(conn):
    """Every function, aggregate and procedure of the extension, as dicts."""
    cur = conn.execute(CATALOG_SQL, (EXT,))
    cols = [d.name for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def extension_types(conn):
    """Base types of the extension: (oid, name as format_type, input, output, send, receive)."""
    return conn.execute("""
        SELECT t.oid, pg_catalog.format_type(t.oid, NULL), t.typinput::oid, t.typoutput::oid,
               t.typsend::oid, t.typreceive::oid, t.typsend::regproc::text
        FROM pg_catalog.pg_type t
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid
             AND d.deptype = 'e'
        JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = %s
        WHERE t.typtype = 'b' ORDER BY 2""", (EXT,)).fetchall()


def server_log_problems(patterns=None):
    """Lines of the server log (MLCHECK_SERVER_LOG) that show a crash or an assertion failure."""
    import re
    path = os.environ.get("MLCHECK_SERVER_LOG")
    if not path or not os.path.exists(path):
        return []
    pat = re.compile(patterns or r"was terminated by signal|TRAP: |terminating any other active server|"
                     r"detected write past chunk end|problem in alloc set|runtime error:")
    with open(path, errors="replace") as f:
        return [line.rstrip() for line in f if pat.search(line)]


def log_size():
    path = os.environ.get("MLCHECK_SERVER_LOG")
    return os.path.getsize(path) if path and os.path.exists(path) else 0


def log_since(offset):
    path = os.environ.get("MLCHECK_SERVER_LOG")
    if not path or not os.path.exists(path):
        return ""
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read().decode(errors="replace")


def create_state_aggregates(conn, schema="public"):
    """For each aggregate of the extension whose transition state is an mlcheck type, create
    <schema>.rel_state_<n>(same arguments): the same transition function and initial value
    without the final function, so the state itself (a value of that type) can be produced and
    then stored, corrupted and read back. Returns [(state type name, aggregate name, argument
    type names)]."""
    rows = conn.execute("""
        SELECT a.aggfnoid::regprocedure::text, a.aggtransfn::regproc::text,
               pg_catalog.format_type(a.aggtranstype, NULL), a.agginitval,
               ARRAY(SELECT pg_catalog.format_type(t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY u(t, i)
                     ORDER BY i)
        FROM pg_catalog.pg_aggregate a
        JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
             AND d.deptype = 'e'
        JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = %s
        JOIN pg_catalog.pg_type t ON t.oid = a.aggtranstype
        JOIN pg_catalog.pg_depend dt ON dt.classid = 'pg_catalog.pg_type'::regclass AND dt.objid = t.oid
             AND dt.deptype = 'e' AND dt.refobjid = e.oid
        WHERE a.aggkind = 'n'
        ORDER BY 1""", (EXT,)).fetchall()
    out = []
    for k, (sig, transfn, stype, initval, argt) in enumerate(rows):
        name = f"{schema}.rel_state_{k}"
        init = "" if initval is None else ", INITCOND = '" + initval.replace("'", "''") + "'"
        try:
            conn.execute(f"DROP AGGREGATE IF EXISTS {name}({', '.join(argt)})")
            conn.execute(f"CREATE AGGREGATE {name}({', '.join(argt)}) "
                         f"(SFUNC = {transfn}, STYPE = {stype}{init})")
            out.append((stype, name, list(argt), sig))
        except psycopg.Error:
            pass
    return out
