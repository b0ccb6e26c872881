#!/usr/bin/python3
"""Upgrade path and stored values (issue 9).

1. Every version of mlcheck that the installed share directory offers (pg_available_extension_
   versions: the full scripts mlcheck--X.sql and update scripts mlcheck--A--B.sql of the repo) is
   installed in a fresh database and walked with ALTER EXTENSION mlcheck UPDATE to the default
   version; its catalog (functions with signatures and attributes, aggregates, types, casts,
   operators, tables, columns, constraints, indexes, views, comments, privileges) must equal a
   fresh install's. With 0.1.0, the first release, alone this compares a fresh install with
   itself plus a no-op update; it becomes meaningful when 0.1.1 ships.
2. Every update script in the repo is on a path to the default version.
3. Stored values: test/fixtures/<version>/<type>.txt holds text forms of each mlcheck type written
   by that version (scripts/make-fixtures.sh writes them for the current version); the current
   build must read every one, and its output must read back to the same value. Each type of the
   extension must have fixtures for the default version.
Usage: upgrade.py [--write-fixtures]
"""
import glob
import os
import re
import sys

import psycopg

from rlib import Tap, connect, fresh_database, drop_database, extension_types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURES = os.path.join(ROOT, "test", "fixtures")

MEMBERS = """
  SELECT d.classid, d.objid FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
  WHERE d.deptype = 'e' AND e.extname = 'mlcheck'
"""
SNAPSHOT = {
    "function": f"""
      SELECT p.oid::regprocedure::text, p.prokind, pg_get_function_result(p.oid), p.provolatile,
             p.proisstrict, p.proparallel, p.prosecdef, p.proleakproof, p.proretset, p.procost, p.prorows,
             p.proconfig::text, l.lanname, CASE WHEN l.lanname = 'c' THEN p.prosrc ELSE md5(p.prosrc) END,
             p.probin, pg_get_function_arguments(p.oid), p.proacl::text, obj_description(p.oid, 'pg_proc')
      FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
      WHERE p.oid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_proc'::regclass)""",
    "aggregate": f"""
      SELECT a.aggfnoid::regprocedure::text, a.aggkind, a.aggnumdirectargs, a.aggtransfn::regprocedure::text,
             a.aggfinalfn::text, a.aggcombinefn::text, a.aggserialfn::text, a.aggdeserialfn::text,
             a.aggmtransfn::text, a.aggminvtransfn::text, a.aggmfinalfn::text, a.aggfinalextra,
             a.aggfinalmodify, a.aggsortop::regoperator::text, format_type(a.aggtranstype, NULL),
             a.aggtransspace, a.agginitval
      FROM pg_aggregate a
      WHERE a.aggfnoid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_proc'::regclass)""",
    "type": f"""
      SELECT format_type(t.oid, NULL), t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage,
             t.typcategory, t.typispreferred, t.typinput::text, t.typoutput::text, t.typreceive::text,
             t.typsend::text, t.typmodin::text, t.typanalyze::text, format_type(t.typelem, NULL),
             t.typnotnull, t.typdefault, t.typacl::text, obj_description(t.oid, 'pg_type'),
             (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
              FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
      FROM pg_type t
      WHERE t.oid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_type'::regclass)""",
    "cast": f"""
      SELECT format_type(c.castsource, NULL), format_type(c.casttarget, NULL),
             c.castfunc::regprocedure::text, c.castcontext, c.castmethod
      FROM pg_cast c
      WHERE c.oid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_cast'::regclass)""",
    "operator": f"""
      SELECT o.oid::regoperator::text, format_type(o.oprresult, NULL), o.oprcode::text,
             o.oprcom::regoperator::text, o.oprnegate::regoperator::text, o.oprrest::text, o.oprjoin::text,
             o.oprcanmerge, o.oprcanhash, obj_description(o.oid, 'pg_operator')
      FROM pg_operator o
      WHERE o.oid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_operator'::regclass)""",
    "relation": f"""
      SELECT c.oid::regclass::text, c.relkind, c.relpersistence, c.relacl::text, c.reloptions::text,
             obj_description(c.oid, 'pg_class'),
             CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
      FROM pg_class c
      WHERE c.oid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_class'::regclass)""",
    "column": f"""
      SELECT a.attrelid::regclass::text, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
             pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
             col_description(a.attrelid, a.attnum), a.attnum
      FROM pg_attribute a LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE a.attrelid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_class'::regclass)
        AND a.attnum > 0 AND NOT a.attisdropped""",
    "constraint": f"""
      SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
      FROM pg_constraint c
      WHERE c.conrelid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_class'::regclass)
         OR c.contypid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_type'::regclass)""",
    "index": f"""
      SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
      FROM pg_index i
      WHERE i.indrelid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_class'::regclass)""",
    "trigger": f"""
      SELECT t.tgrelid::regclass::text, t.tgname, pg_get_triggerdef(t.oid)
      FROM pg_trigger t
      WHERE NOT t.tgisinternal
        AND t.tgrelid IN (SELECT objid FROM ({MEMBERS}) m WHERE classid = 'pg_class'::regclass)""",
    "member": f"""
      SELECT pg_describe_object(classid, objid, 0) FROM ({MEMBERS}) m""",
    "config table": """
      SELECT unnest(extconfig)::regclass::text, unnest(extcondition) FROM pg_extension WHERE extname = 'mlcheck'""",
}


def snapshot(conn):
    snap = {}
    for kind, q in SNAPSHOT.items():
        rows = conn.execute(q).fetchall()
        snap[kind] = sorted(tuple("" if v is None else str(v) for v in r) for r in rows)
    return snap


def diff(a, b):
    out = []
    for kind in SNAPSHOT:
        sa, sb = set(a[kind]), set(b[kind])
        for r in sorted(sa - sb)[:5]:
            out.append(f"{kind} only after update: {r}")
        for r in sorted(sb - sa)[:5]:
            out.append(f"{kind} only in a fresh install: {r}")
    return out


def default_version():
    control = open(os.path.join(ROOT, "mlcheck.control")).read()
    return re.search(r"default_version = '([^']+)'", control).group(1)


def vkey(v):
    return tuple(int(x) if x.isdigit() else x for x in re.split(r"[.-]", v))


def main():
    tap = Tap()
    want = default_version()
    fresh = fresh_database("mlcheck_upgrade_fresh")
    ref = snapshot(fresh)
    tap.ok(len(ref["member"]) > 0 and ref["function"], f"a fresh install of {want} has "
           f"{len(ref['member'])} members, {len(ref['function'])} functions")
    versions = sorted((r[0] for r in fresh.execute(
        "SELECT version FROM pg_available_extension_versions WHERE name = 'mlcheck'").fetchall()), key=vkey)
    paths = {r[0]: r[1] for r in fresh.execute(
        "SELECT source, path FROM pg_extension_update_paths('mlcheck') WHERE target = %s", (want,)).fetchall()}
    tap.note(f"available versions: {', '.join(versions)}; default {want}")
    # the repo's scripts are what the server offers
    repo_full = sorted({re.match(r"mlcheck--([^-]+)\.sql$", os.path.basename(p)).group(1)
                        for p in glob.glob(os.path.join(ROOT, "mlcheck--*.sql"))
                        if re.match(r"mlcheck--[^-]+\.sql$", os.path.basename(p))} | {want}, key=vkey)
    repo_updates = [os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "mlcheck--*--*.sql"))]
    for u in sorted(repo_updates):
        src = re.match(r"mlcheck--(.+)--(.+)\.sql$", u).group(1)
        tap.ok(paths.get(src) is not None or src == want,
               f"update script {u} is on a path to {want}", f"paths: {paths}")
    for v in versions:
        if v == want and len(versions) > 1:
            continue
        name = "mlcheck_upgrade_" + re.sub(r"\W", "_", v)
        drop_database(name)
        with connect() as c:
            c.execute(f'CREATE DATABASE "{name}"')
        conn = connect(name)
        try:
            conn.execute(f"CREATE EXTENSION mlcheck VERSION '{v}'")
            conn.execute("ALTER EXTENSION mlcheck UPDATE")
            got = conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'mlcheck'").fetchone()[0]
            tap.ok(got == want, f"{v} updates to {want} (path {paths.get(v) or 'none needed'})", f"got {got}")
            d = diff(snapshot(conn), ref)
            tap.ok(not d, f"the catalog after {v} -> {want} equals a fresh install of {want}", "\n".join(d[:30]))
        except psycopg.Error as e:
            tap.ok(False, f"install {v} and update to {want}", f"{e.sqlstate}: {e}")
        conn.close()
        drop_database(name)
    tap.ok(set(repo_full) <= set(versions), "every install script of the repo is offered by the server",
           f"repo {repo_full}, server {versions}")
    # stored values written by each version still read
    types = {t[1]: t for t in extension_types(fresh)}
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*", "*.txt"))):
        ver = os.path.basename(os.path.dirname(path))
        typ = os.path.basename(path)[:-4]
        lines = [l.rstrip("\n") for l in open(path) if l.strip() and not l.startswith("#")]
        if typ not in types:
            tap.ok(False, f"fixtures {ver}/{typ}.txt: type {typ} exists", "the type is gone: old values cannot be read")
            continue
        bad = []
        for line in lines:
            try:
                out = fresh.execute(f"SELECT (%s::text::{typ})::text", (line,)).fetchone()[0]
                back = fresh.execute(f"SELECT (%s::text::{typ})::text", (out,)).fetchone()[0]
                if back != out or (ver == want and out != line):
                    bad.append(f"round trip differs: {line[:80]}... -> {out[:80]}...")
            except psycopg.Error as e:
                bad.append(f"{e.sqlstate}: {e.diag.message_primary}: {line[:100]}")
        tap.ok(lines and not bad, f"{len(lines)} stored {typ} values written by {ver} read in {want}",
               "\n".join(bad[:10]) or "no values in the file")
    for typ in sorted(types):
        tap.ok(os.path.exists(os.path.join(FIXTURES, want, f"{typ}.txt")),
               f"type {typ} has stored values of {want} in test/fixtures/{want}/",
               "run scripts/make-fixtures.sh and commit test/fixtures/")
    fresh.close()
    drop_database("mlcheck_upgrade_fresh")
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
