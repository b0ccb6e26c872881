"""Shared helpers of the oracle tests: a connection to the test cluster and small conveniences.

The cluster comes from the environment (PGHOST, PGPORT, PGUSER) as scripts/test.sh sets it.
Each test module gets its own database (created fresh) so modules never see each other's tables.
"""
import os
import unittest

import numpy as np
import psycopg

# Exact-mode results must equal the oracle to this relative tolerance (DESIGN.md principle 3).
EXACT_RTOL = 1e-9


def connect(dbname="postgres", autocommit=True):
    return psycopg.connect(dbname=dbname, autocommit=autocommit)


def fresh_database(name):
    """Drop and create database `name` with mlcheck installed; returns an open connection."""
    with connect() as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    conn = connect(name)
    conn.execute("CREATE EXTENSION mlcheck")
    return conn


def load_array(conn, table, columns):
    """Create `table` from a dict of equal-length numpy arrays / lists (column -> values)
    through COPY, with float8 for floats, bool for bools and text for the rest."""
    cols = list(columns)
    types = []
    for c in cols:
        v = np.asarray(columns[c])
        if v.dtype == bool:
            types.append("bool")
        elif np.issubdtype(v.dtype, np.integer):
            types.append("bigint")
        elif np.issubdtype(v.dtype, np.floating) or v.dtype == object and all(
                x is None or isinstance(x, float) for x in v):
            types.append("float8")
        else:
            types.append("text")
    conn.execute(f'DROP TABLE IF EXISTS "{table}"')
    conn.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {t}' for c, t in zip(cols, types)) + ")")
    n = len(columns[cols[0]])
    with conn.cursor().copy(f'COPY "{table}" FROM STDIN') as cp:
        for i in range(n):
            row = []
            for c in cols:
                x = columns[c][i]
                if x is None:
                    row.append(None)
                elif isinstance(x, (np.floating, float)):
                    row.append(repr(float(x)))  # 'nan', 'inf', '-inf' are valid float8 input
                elif isinstance(x, np.generic):
                    row.append(x.item())  # numpy int64 / bool_ / str_ -> Python value
                else:
                    row.append(x)
            cp.write_row(row)


class OracleCase(unittest.TestCase):
    """Base class: one fresh database per test class (named after the module)."""

    db = None

    @classmethod
    def setUpClass(cls):
        cls.db = fresh_database("oracle_" + cls.__module__.replace("test_", ""))

    @classmethod
    def tearDownClass(cls):
        if cls.db is not None:
            cls.db.close()

    def q1(self, sql, params=None):
        """First column of the first row."""
        return self.db.execute(sql, params).fetchone()[0]

    def assertClose(self, got, want, rtol=EXACT_RTOL, atol=0.0, msg=None):
        if want is None or got is None:
            self.assertEqual(got, want, msg)
            return
        if np.isnan(want):
            self.assertTrue(np.isnan(got), msg or f"got {got}, want NaN")
            return
        self.assertTrue(np.isclose(got, want, rtol=rtol, atol=atol),
                        msg or f"got {got!r}, want {want!r} (rtol {rtol}, atol {atol})")
