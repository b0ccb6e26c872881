-- pgTAP: hostile input for the module's own functions (issue 9). Each area's hostile tests live
-- in test/hostile_<area>.sql; every function and aggregate of the extension must be named in a
-- "-- covers: <signature>" line of one of them (scripts/suites/55-hostile-coverage.sh checks it
-- against the catalog), and every mlcheck type in a "-- covers: type <name>" line.
BEGIN;
SELECT plan(4);

-- covers: mlcheck.version()
SELECT is(mlcheck.version(), (SELECT extversion FROM pg_extension WHERE extname = 'mlcheck'),
          'version(): no arguments to abuse; returns the installed version');
SELECT is((SELECT count(*)::int FROM (SELECT mlcheck.version() FROM generate_series(1, 1000)) s), 1000,
          'version() is callable repeatedly');
SELECT throws_ok($$SELECT mlcheck.version(NULL)$$, '42883', NULL,
                 'version() takes no argument (42883 undefined_function)');
SELECT is((SELECT provolatile::text || proisstrict::text FROM pg_proc WHERE oid = 'mlcheck.version()'::regprocedure),
          'itrue', 'version() is immutable and strict');

SELECT * FROM finish();
ROLLBACK;
