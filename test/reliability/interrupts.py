#!/usr/bin/python3
"""Interrupts and memory (issue 9), generated from the catalog.

Interrupts: every aggregate of the extension, and every function that takes a table (a regclass
argument), runs over a 10,000,000-row table (MLCHECK_INTERRUPT_ROWS) with statement_timeout =
'200ms' and must be cancelled (SQLSTATE 57014) within 1 s of the timeout: the measured cancel
latency (elapsed - timeout) is asserted < 1 s. Because a scan checks for interrupts on every row
by itself, the same statement is also cancelled at fractions of its full run time (default 0.6
and 0.95 of it, MLCHECK_INTERRUPT_FRACTIONS), which lands inside final and combine functions and
other long loops of our own. A statement that finishes before its timeout passes (not long).

Memory: every aggregate runs GROUP BY over 100,000 groups (200,000 rows) with work_mem = 4MB; the plan must
either sort (GroupAggregate) or be a hash aggregation that stays within its memory limit (spilling
to disk), and the backend's peak resident memory (VmHWM) may not grow by more than 256 MB.
Bounded size: every aggregate that returns an mlcheck type is measured with pg_column_size over
1M and 10M rows; the 10M value may not exceed 2 x the 1M one + 64 kB.

Arguments come from the argument types: the 1st and 2nd double precision go to columns x and y
(uniform in [0, 1)), boolean to b, the 1st and 2nd text to t and u, double precision[] to an
8-dimensional vector computed from x, integer to 10, other types to a constant (see ARG_FOR);
OVERRIDES names a whole call where that is not enough.
"""
import json
import os
import sys
import time

import psycopg

from rlib import Tap, connect, fresh_database, drop_database, extension_functions, extension_types

DB = "mlcheck_interrupts"
ROWS = int(os.environ.get("MLCHECK_INTERRUPT_ROWS", "10000000"))
FRACTIONS = [float(f) for f in os.environ.get("MLCHECK_INTERRUPT_FRACTIONS", "0.8").split(",") if f]
GROUP_ROWS = 1_000_000
GROUPS = 100_000
LATENCY_LIMIT = 1.0

# per signature: the call (FROM clause included) when the generic mapping does not fit
VEC = "ARRAY[x, y, x * y, x + y, x - y, 1 - x, 1 - y, x * x]"
MMD = "mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb)"
OVERRIDES = {
    "mlcheck.expect(regclass,text,text,jsonb)":
        "SELECT count(*) FROM mlcheck.expect('{table}'::regclass, 'x', 'expect_column_values_to_be_between', "
        "'{\"min_value\": 0, \"max_value\": 0.9}')",
    "mlcheck.expect_all(regclass,jsonb)":
        "SELECT count(*) FROM mlcheck.expect_all('{table}'::regclass, '{\"expectations\": ["
        "{\"expectation_type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"x\"}}, "
        "{\"expectation_type\": \"expect_column_mean_to_be_between\", \"kwargs\": {\"column\": \"y\", "
        "\"min_value\": 0, \"max_value\": 1}}]}')",
    "mlcheck.validate(regclass,jsonb,jsonb)":
        "SELECT count(*) FROM mlcheck.validate('{table}'::regclass, mlcheck.infer_schema('small'::regclass))",
    "mlcheck.snapshot_baseline(text,regclass,text[],text,integer)":
        "SELECT mlcheck.snapshot_baseline('interrupts', '{table}'::regclass)",
    "mlcheck.profile_table(regclass,text[],text,integer)":
        "SELECT count(*) FROM mlcheck.profile_table('{table}'::regclass)",
    "mlcheck.drift_split(regclass,text,text[],text,double precision,integer)":
        "SELECT count(*) FROM mlcheck.drift_split('{table}'::regclass, 'b')",
    "mlcheck.drift_table(regclass,regclass,text[],text,double precision,integer)":
        "SELECT count(*) FROM mlcheck.drift_table('{table}'::regclass, '{table}'::regclass)",
    "mlcheck.feature_skew(regclass,regclass,text,text[],double precision,double precision,integer)":
        "SELECT count(*) FROM mlcheck.feature_skew('{table}'::regclass, '{table}'::regclass, 'id')",
    "mlcheck.compare_models(regclass,text,text,jsonb,name,name,name,name,double precision)":
        "SELECT count(*) FROM mlcheck.compare_models('{table}', 'd0', 'd1', "
        "'{\"accuracy\": {\"value\": {\"lower_bound\": 0.5}}}', score_column => 'x', label_column => 'b', "
        "version_column => 'u', slice_column => 't')",
    # not a table function, but its permutation test is the longest loop of the extension: the
    # largest reservoirs (2 x 2,500 rows) and many permutations
    "mlcheck.multivariate_drift(mlcheck.vector_profile,mlcheck.vector_profile,text,jsonb)":
        f"SELECT count(*) FROM mlcheck.multivariate_drift("
        f"(SELECT mlcheck.vector_profile({VEC}, 2500, 1) FROM mid WHERE id % 2 = 0), "
        f"(SELECT mlcheck.vector_profile({VEC}, 2500, 2) FROM mid WHERE id % 2 = 1), "
        f"'mmd', '{{\"permutations\": 100000, \"max_samples\": 2500}}')",
}
NOT_LONG = {"add_check": "registers a check (validation only); its scans run in run_checks"}
# the uncancelled run that places the later cancellations is itself cut at this many seconds
MAX_RUN = float(os.environ.get("MLCHECK_INTERRUPT_MAX_RUN", "20"))


def arg_exprs(f, table):
    out = []
    nf = nt = nb = 0
    for tn in f["argtypnames"]:
        if tn in ("double precision", "real", "numeric", "anyelement"):
            out.append(["x", "y"][nf] if nf < 2 else "0.5")
            nf += 1
        elif tn == "boolean":
            out.append("b" if nb == 0 else "true")  # a second boolean is a flag, constant per group
            nb += 1
        elif tn in ("text", "character varying"):
            out.append(["t", "u"][nt] if nt < 2 else "'auto'")
            nt += 1
        elif tn in ("double precision[]", "anyarray", "real[]"):
            out.append("ARRAY[x, y, x * y, x + y, x - y, 1 - x, 1 - y, x * x]::" + tn)
        elif tn == "bigint":
            out.append("n")
        elif tn in ("integer", "smallint"):
            out.append("10")
        elif tn == "regclass":
            out.append(f"'{table}'::regclass")
        elif tn == "jsonb":
            out.append("'{}'::jsonb")
        elif tn == "text[]":
            out.append("NULL::text[]")
        else:
            out.append(f"NULL::{tn}")
    return out


PRODUCERS = {}  # mlcheck type name -> (aggregate name, argument expressions)


def find_producers(funcs, ext_types):
    """Per mlcheck type, an aggregate that builds it from plain columns, preferring the one with
    the most arguments (explicit parameters, which ARG_FOR keeps small: reservoir 10...)."""
    for f in sorted(funcs, key=lambda f: -len(f["argtypnames"])):
        if f["prokind"] != "a" or f["prorettype"] not in ext_types:
            continue
        if any(o in ext_types for o in f["argtypes"]) or f["rettype"] in PRODUCERS:
            continue
        PRODUCERS[f["rettype"]] = (f["signature"].split("(")[0], arg_exprs(f, "big"))


CONSTANT = {"double precision": "0.5", "real": "0.5::real", "boolean": "true", "text": "'auto'",
            "bigint": "1::int8"}
CALIBRATED = {}  # signature -> argument expressions that run on the small table


def calibrate(conn, f):
    """Generic arguments may not fit (a threshold that must be constant per group...): try them on
    1,000 rows and, on an error, turn column arguments into constants from the last one back."""
    if f["signature"] in OVERRIDES:
        return
    conn.execute("SET statement_timeout = '10s'")
    args = arg_exprs(f, "small")
    trials = [args]
    floats = iter(["1", "0", "0.5", "0.25", "0.75"])  # last parameter 1, the one before 0 (bounds)
    for i in reversed(range(len(args))):
        tn = f["argtypnames"][i]
        if tn in ("double precision", "real"):
            a = trials[-1][:]
            a[i] = next(floats, "0.5") + ("::real" if tn == "real" else "::float8")
            trials.append(a)
        elif tn in CONSTANT and args[i] != CONSTANT[tn]:
            a = trials[-1][:]
            a[i] = CONSTANT[tn]
            trials.append(a)
    for a in trials:
        CALIBRATED[f["signature"]] = a
        try:
            with conn.transaction():
                conn.execute(statement(f, "small")).fetchall()
            return
        except psycopg.Error:
            continue
    CALIBRATED[f["signature"]] = args


def statement(f, table):
    if f["signature"] in OVERRIDES:
        return OVERRIDES[f["signature"]].replace("{table}", table)
    name = f["signature"].split("(")[0]
    args = [a.replace("'small'", f"'{table}'") for a in CALIBRATED.get(f["signature"], arg_exprs(f, table))]
    if f["prokind"] == "a":
        # arguments of mlcheck types (merge aggregates...): one value per group of 1,000 rows
        extra = []
        for i, tn in enumerate(f["argtypnames"]):
            if tn in PRODUCERS:
                pname, pargs = PRODUCERS[tn]
                extra.append(f"{pname}({', '.join(pargs)}) AS e{i}")
                args[i] = f"e{i}"
        if extra:
            return (f"SELECT {name}({', '.join(args)}) FROM (SELECT {', '.join(extra)} FROM {table} "
                    f"GROUP BY id / 1000) s")
        return f"SELECT {name}({', '.join(args)}) FROM {table}"
    args = ", ".join(args)
    if f["proretset"]:
        return f"SELECT count(*) FROM {name}({args})"
    return f"SELECT {name}({args}) IS NULL"


def timed(conn, sql, timeout_ms, rows=None):
    conn.execute(f"SET statement_timeout = {int(timeout_ms)}")
    t0 = time.monotonic()
    err = None
    try:
        got = conn.execute(sql).fetchall()
        if rows is not None:
            rows.extend(got)
    except psycopg.Error as e:
        err = e
    return time.monotonic() - t0, err


def vmhwm_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def find_agg_node(plan):
    if plan.get("Node Type") == "Aggregate":
        return plan
    for p in plan.get("Plans", []):
        r = find_agg_node(p)
        if r:
            return r
    return None


def main():
    tap = Tap()
    conn = fresh_database(DB)
    funcs = extension_functions(conn)
    if not any(f["prokind"] == "a" or "regclass" in f["argtypnames"] or f["signature"] in OVERRIDES
               for f in funcs):
        tap.note("no aggregate and no function taking a table: nothing long-running to interrupt")
        conn.close()
        drop_database(DB)
        return tap.finish()
    t0 = time.monotonic()
    conn.execute("SET max_parallel_workers_per_gather = 2")
    conn.execute(f"""CREATE UNLOGGED TABLE big AS
        SELECT i AS id, ((i::bigint * 2654435761 % 4294967296) / 4294967296.0)::float8 AS x,
               ((i::bigint * 40503 % 65536) / 65536.0)::float8 AS y, i % 3 = 0 AS b,
               ('c' || (i % 50)) AS t, ('d' || (i % 7)) AS u, i % {GROUPS} AS g, (i % 2)::int8 AS n
        FROM generate_series(1, {ROWS}) i""")
    conn.execute(f"CREATE UNLOGGED TABLE mid AS SELECT * FROM big WHERE id <= {GROUP_ROWS}")
    conn.execute("CREATE UNLOGGED TABLE small AS SELECT * FROM big WHERE id <= 1000")
    conn.execute(f"CREATE UNLOGGED TABLE grp AS SELECT * FROM big WHERE id <= {2 * GROUPS}")
    conn.execute("VACUUM ANALYZE grp")
    conn.execute("VACUUM ANALYZE big")
    conn.execute("VACUUM ANALYZE mid")
    tap.note(f"{ROWS} rows loaded in {time.monotonic() - t0:.1f} s")
    t_int = time.monotonic()
    ext_types = {t[0] for t in extension_types(conn)}
    find_producers(funcs, ext_types)
    # internal helpers (names starting with "_") run inside the public functions tested here;
    # NOT_LONG functions take a table but do not scan it
    long_running = [f for f in funcs
                    if (f["prokind"] == "a" or "regclass" in f["argtypnames"] or f["signature"] in OVERRIDES)
                    and not f["proname"].startswith("_") and f["proname"] not in NOT_LONG]
    for f in long_running:
        calibrate(conn, f)
    tap.note(f"calibrated in {time.monotonic() - t_int:.1f} s")
    seen_kernels = set()
    for f in long_running:
        t_f = time.monotonic()
        sig = f["signature"]
        # overloads that share their final and combine functions (a bool and a bigint label...)
        # share their long loops: the late cancellation is checked on the first of them
        kernel = (f["aggfinalfn"], f["aggcombinefn"]) if f["prokind"] == "a" else sig
        late = kernel not in seen_kernels
        seen_kernels.add(kernel)
        sql = statement(f, "big")
        c = connect(DB)
        # the full run: its time places the later cancellations; for an aggregate returning an
        # mlcheck type its size, compared with 1M rows, shows the value stays bounded
        sized = f["prokind"] == "a" and f["prorettype"] in ext_types
        full_sql = f"SELECT pg_column_size(s) FROM ({sql}) q(s)" if sized else sql
        got = []
        capped = False
        if sized or sig == MMD:
            # measured: sizes are compared, and the MMD test's time does not grow with the table
            full, err = timed(c, full_sql, MAX_RUN * 1000, got)
        else:
            # the full time estimated from 1M rows (linear in the rows): a late cancellation
            # point without paying for a whole 10M-row run of every aggregate
            part, err = timed(c, statement(f, "mid"), MAX_RUN * 1000)
            full = part * ROWS / GROUP_ROWS
        if err is not None and err.sqlstate == "57014":
            latency = full - MAX_RUN
            tap.ok(latency < LATENCY_LIMIT, f"interrupts {sig}: timeout {MAX_RUN:.0f} s, cancelled after "
                   f"{latency * 1000:.0f} ms")
            full, sized, capped = MAX_RUN, False, True
        elif err is not None:
            tap.ok(False, f"interrupts {sig}: the statement runs", f"{err.sqlstate}: {err}\n  in: {sql}")
            c.close()
            continue
        tap.note(f"{sig}: {full:.2f} s uncancelled over {ROWS} rows{'' if got or capped else ' (estimated)'}")
        # a run cut at MAX_RUN was already cancelled late: one more point inside it is enough
        points = [0.2] + [fr * full for fr in (FRACTIONS[:1] if capped else FRACTIONS)
                          if fr * full > 0.25 and late]
        for tmo in points:
            el, err = timed(c, sql, tmo * 1000)
            if err is None:
                tap.ok(True, f"interrupts {sig}: finished in {el:.3f} s, before the {tmo:.3f} s timeout")
                continue
            latency = el - tmo
            tap.ok(err.sqlstate == "57014" and latency < LATENCY_LIMIT,
                   f"interrupts {sig}: timeout {tmo:.3f} s, cancelled after {latency * 1000:.0f} ms",
                   f"{err.sqlstate}: {err}\n  in: {sql}")
        if sized:
            c.execute("SET statement_timeout = 0")
            s10 = got[0][0] if got else None
            s1 = c.execute(f"SELECT pg_column_size(s) FROM ({statement(f, 'mid')}) q(s)").fetchone()[0]
            tap.ok(s10 is not None and s1 is not None and s10 <= 2 * s1 + 65536,
                   f"bounded size: {sig} is {s1} bytes over {GROUP_ROWS} rows, {s10} over {ROWS}")
        c.close()
        if os.environ.get("MLCHECK_INTERRUPT_VERBOSE"):
            tap.note(f"  {sig}: {time.monotonic() - t_f:.1f} s")
    tap.note(f"interrupt tests: {time.monotonic() - t_int:.1f} s")
    t_mem = time.monotonic()
    # memory: 100,000 groups with a small work_mem
    seen_kernels = set()
    for f in funcs:
        if f["prokind"] != "a":
            continue
        kernel = (f["aggfinalfn"], f["aggcombinefn"], f["aggtranstype"])
        if kernel in seen_kernels:
            continue  # an overload with the same state and final function: same memory behaviour
        seen_kernels.add(kernel)
        sig = f["signature"]
        name = sig.split("(")[0]
        calibrate(conn, f)
        args = list(CALIBRATED[f["signature"]])
        extra = []
        for i, tn in enumerate(f["argtypnames"]):
            if tn in PRODUCERS:
                pname, pargs = PRODUCERS[tn]
                extra.append(f"{pname}({', '.join(pargs)}) AS e{i}")
                args[i] = f"e{i}"
        source = (f"(SELECT g, {', '.join(extra)} FROM grp GROUP BY g, id) s" if extra else "grp")
        args = ", ".join(args)
        c = connect(DB)
        c.execute("SET work_mem = '4MB'")
        c.execute("SET max_parallel_workers_per_gather = 0")
        pid = c.execute("SELECT pg_backend_pid()").fetchone()[0]
        before = vmhwm_kb(pid)
        sql = f"SELECT g, {name}({args}) FROM {source} GROUP BY g"
        try:
            plan = c.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}").fetchone()[0]
        except psycopg.Error as e:
            tap.ok(False, f"memory {sig}: GROUP BY {GROUPS} groups runs", f"{e.sqlstate}: {e}\n  in: {sql}")
            c.close()
            continue
        after = vmhwm_kb(pid)
        if isinstance(plan, str):
            plan = json.loads(plan)
        node = find_agg_node(plan[0]["Plan"]) or {}
        strategy = node.get("Strategy")
        batches = node.get("HashAgg Batches", 1)
        peak = node.get("Peak Memory Usage", 0)  # kB
        hash_limit_kb = 4096 * 2 * 1.25  # work_mem x hash_mem_multiplier (2.0), with slack
        plan_ok = strategy in ("Sorted", "Plain") or (strategy in ("Hashed", "Mixed") and
                                                       (batches > 1 or peak <= hash_limit_kb))
        grown = (after - before) / 1024 if before and after else 0
        tap.ok(plan_ok and grown <= 256,
               f"memory {sig}: {GROUPS} groups, {strategy} aggregation, {batches} batch(es), peak "
               f"{peak} kB, backend peak RSS grew {grown:.0f} MB",
               f"plan: {json.dumps(node)[:600]}")
        c.close()
    tap.note(f"memory tests: {time.monotonic() - t_mem:.1f} s")
    conn.close()
    drop_database(DB)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
