-- pgTAP: the extension's schema, its module and the install-script conventions.
BEGIN;
SELECT plan(8);

SELECT has_schema('mlcheck', 'schema mlcheck exists');
SELECT has_function('mlcheck', 'version', ARRAY[]::text[], 'mlcheck.version() exists');
SELECT function_returns('mlcheck', 'version', ARRAY[]::text[], 'text', 'version() returns text');
SELECT is(mlcheck.version(), (SELECT extversion FROM pg_extension WHERE extname = 'mlcheck'),
          'version() equals the installed extension version');
SELECT volatility_is('mlcheck', 'version', ARRAY[]::text[], 'immutable', 'version() is immutable');
SELECT is((SELECT extrelocatable FROM pg_extension WHERE extname = 'mlcheck'), false,
          'the extension is not relocatable');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d
             ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'mlcheck'
           WHERE p.prosecdef), 0, 'no SECURITY DEFINER function');
SELECT is((SELECT count(*)::int FROM pg_proc p JOIN pg_depend d
             ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
           JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'mlcheck'
           WHERE obj_description(p.oid, 'pg_proc') IS NULL), 0, 'every function has a comment');

SELECT * FROM finish();
ROLLBACK;
