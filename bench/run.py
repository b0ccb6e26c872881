#!/usr/bin/python3
"""Benchmark runner: builds deterministic tables, runs every case of bench/cases/*.py several
times with the tables warm, and prints median seconds, the ratio to a plain SELECT avg(x) over the
same rows measured in the same run, and the export-to-Python path where a case has one.

A case module defines CASES, a list of Case(...). Tables are created on first use by a case that
names them in `needs` (see TABLES). Timing is wall-clock of the query as the client sees it,
with the result fetched (which is small for every case). Never asserted in a test.
"""
import argparse
import glob
import importlib.util
import os
import statistics
import subprocess
import sys
import time

import numpy as np
import psycopg

HERE = os.path.dirname(os.path.abspath(__file__))


class Case:
    def __init__(self, name, sql, needs=("t",), python=None, note="", setup=None, settings=None,
                 baseline="avg"):
        self.name = name          # short name shown in the table
        self.sql = sql            # the query timed (may use {rows})
        self.needs = needs        # tables of TABLES it reads
        self.python = python      # optional f() -> None doing the export-to-Python path
        self.note = note          # what the case measures / which requirement it answers
        self.setup = setup        # optional SQL run once before timing (not timed)
        self.settings = settings or {}  # GUCs SET for this case only
        self.baseline = baseline  # "avg": ratio to SELECT avg(x) FROM bench.t


# Deterministic tables: setseed + serial INSERT ... SELECT gives the same rows each run.
TABLES = {
    "t": """
        CREATE UNLOGGED TABLE bench.t AS
        SELECT i AS id,
               sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS x,
               random() * 100 AS y,
               'cat_' || (floor(random() * 20))::int AS c,
               random() < 0.3 AS b,
               random() < 0.5 AS split,
               random() AS score,
               random() < 0.4 AS label
        FROM generate_series(1, {rows}) i""",
    "cls": """
        CREATE UNLOGGED TABLE bench.cls AS
        SELECT i AS id, CASE WHEN random() < 0.7 THEN a ELSE 'cat_' || (floor(random() * 20))::int END
                            AS predicted, a AS actual
        FROM (SELECT i, 'cat_' || (floor(random() * 20))::int AS a
              FROM generate_series(1, {rows}) i) s""",
    "wide": """
        CREATE UNLOGGED TABLE bench.wide AS
        SELECT i AS id, {cols}
        FROM generate_series(1, {rows}) i""",
}
WIDE_COLS = 20


def create_table(conn, name, rows):
    sql = TABLES[name]
    cols = ", ".join(f"random() * {k + 1} AS f{k + 1}" for k in range(WIDE_COLS))
    conn.execute(f"DROP TABLE IF EXISTS bench.{name}")
    conn.execute("SELECT setseed(0.2026)")
    t0 = time.perf_counter()
    conn.execute(sql.format(rows=rows, cols=cols))
    conn.execute(f"VACUUM ANALYZE bench.{name}")
    # warm: read the whole table once into shared buffers
    conn.execute(f"SELECT count(*) FROM bench.{name}")
    print(f"# created bench.{name} ({rows} rows) in {time.perf_counter() - t0:.1f} s", flush=True)


def timed(conn, sql):
    t0 = time.perf_counter()
    conn.execute(sql).fetchall()
    return time.perf_counter() - t0


def copy_binary(sql):
    """Raw binary COPY output of a query, through psql (psycopg's COPY hands out one chunk per
    row, which made the export path 10x slower than it needs to be: we time the fast path)."""
    return subprocess.run(["psql", "-X", "-d", "mlcheck_bench", "-c",
                           f"COPY ({sql}) TO STDOUT (FORMAT binary)"],
                          capture_output=True, check=True).stdout


def copy_columns(sql, types):
    """Binary COPY of a query's fixed-width columns (no NULLs) into numpy arrays: the export
    path. types: one of 'f8' (float8), 'i8' (bigint), 'i4' (int), 'bool' per column."""
    width = {"f8": (">f8", 8), "i8": (">i8", 8), "i4": (">i4", 4), "bool": ("u1", 1)}
    fields = [("n", ">i2")]
    for k, t in enumerate(types):
        fields += [(f"l{k}", ">i4"), (f"v{k}", width[t][0])]
    out = copy_binary(sql)
    body = np.frombuffer(out[19:len(out) - 2], dtype=np.dtype(fields))  # header 19, trailer 2
    return [body[f"v{k}"].astype(bool if t == "bool" else np.float64 if t == "f8" else np.int64)
            for k, t in enumerate(types)]


def copy_floats(sql, ncols):
    return copy_columns(sql, ["f8"] * ncols)


def load_cases(pattern):
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
        for c in mod.CASES:
            if not pattern or any(p in c.name for p in pattern):
                cases.append(c)
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--out", default="latest.md", help="file name under bench/results/")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cases", nargs="*", default=[])
    ap.add_argument("--exclude", nargs="*", default=[], help="skip cases whose names contain these")
    ap.add_argument("--no-python", action="store_true", help="skip the export-to-Python paths")
    args = ap.parse_args()

    conn = psycopg.connect(dbname="postgres", autocommit=True)
    conn.execute("CREATE DATABASE mlcheck_bench")
    conn.close()
    # prepare_threshold=None: psycopg would otherwise prepare a query run 5 times, and the plan
    # cached under one case's settings would serve the next case with the same SQL (the
    # 2-worker case ran the serial plan)
    conn = psycopg.connect(dbname="mlcheck_bench", autocommit=True, prepare_threshold=None)
    conn.execute("CREATE EXTENSION mlcheck")
    conn.execute("CREATE SCHEMA bench")
    cases = [c for c in load_cases(args.cases) if not any(e in c.name for e in args.exclude)]
    made = set()
    rows_out = []
    for c in cases:
        for t in c.needs:
            if t not in made:
                create_table(conn, t, args.rows)
                made.add(t)
        if c.setup:
            conn.execute(c.setup.format(rows=args.rows))
        for k, v in c.settings.items():
            conn.execute(f"SET {k} = '{v}'")
        sql = c.sql.format(rows=args.rows)
        timed(conn, sql)  # warm-up (also warms caches the case reads)
        base, mine = [], []
        for _ in range(args.repeat):
            base.append(timed(conn, "SELECT avg(x) FROM bench.t"))
            mine.append(timed(conn, sql))
        conn.execute("RESET ALL")
        med, bmed = statistics.median(mine), statistics.median(base)
        rows_out.append([c, med, bmed, None])
        print(f"# {c.name}: {med:.3f} s (avg(x) {bmed:.3f} s)", flush=True)
    # the export-to-Python paths last: their large client-side arrays must not disturb the
    # server-side timings that follow them (the 2-worker case measured 40% slower after one)
    for row in rows_out:
        c = row[0]
        if c.python and not args.no_python:
            pyt = []
            for _ in range(max(1, args.repeat // 2)):
                t0 = time.perf_counter()
                c.python()
                pyt.append(time.perf_counter() - t0)
            row[3] = statistics.median(pyt)
            print(f"# {c.name}: python {row[3]:.3f} s", flush=True)

    lines = [f"rows = {args.rows:,}, median of {args.repeat} runs, warm tables, "
             f"max_parallel_workers_per_gather = 0 unless a case says otherwise",
             "",
             "| case | median s | × avg(x) | export to Python s | Python ÷ mlcheck | what it shows |",
             "|---|---:|---:|---:|---:|---|"]
    for c, med, bmed, py in rows_out:
        lines.append(f"| {c.name} | {med:.3f} | {med / bmed:.2f} | "
                     + (f"{py:.3f} | {py / med:.1f}× |" if py else "– | – |") + f" {c.note} |")
    table = "\n".join(lines)
    print()
    print(table)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", args.out), "w") as f:
        f.write(table + "\n")


if __name__ == "__main__":
    main()
