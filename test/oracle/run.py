#!/usr/bin/python3
"""Runs the oracle tests (test/oracle/test_*.py) and prints "@@result PASSED FAILED".

Each test compares a number mlcheck computes in SQL with an independent computation in
scipy / scikit-learn / numpy on the same rows. Every subTest counts as one test.
Run with Debian's /usr/bin/python3; the connection comes from PGHOST/PGPORT/PGUSER.
Usage: run.py [pattern]   (pattern defaults to test_*.py)
"""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


class CountingResult(unittest.TextTestResult):
    """Counts every subTest (and every test without subtests) as one result."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.passed = 0
        self.failed = 0
        self._had_sub = set()

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        self._had_sub.add(test.id())
        if err is None:
            self.passed += 1
        else:
            self.failed += 1

    def addSuccess(self, test):
        super().addSuccess(test)
        if test.id() not in self._had_sub:
            self.passed += 1

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.failed += 1

    def addError(self, test, err):
        super().addError(test, err)
        self.failed += 1


def main():
    pattern = sys.argv[1] if len(sys.argv) > 1 else "test_*.py"
    suite = unittest.defaultTestLoader.discover(HERE, pattern=pattern, top_level_dir=HERE)
    runner = unittest.TextTestRunner(resultclass=CountingResult, verbosity=2, stream=sys.stdout)
    result = runner.run(suite)
    print(f"@@result {result.passed} {result.failed}")
    return 0 if result.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
