-- The module loads and reports the version of the installed extension.
CREATE EXTENSION mlcheck;
SELECT mlcheck.version() = extversion AS version_matches
FROM pg_extension WHERE extname = 'mlcheck';
-- the extension lives in its own schema, which is not relocatable
SELECT extrelocatable, extnamespace::regnamespace FROM pg_extension WHERE extname = 'mlcheck';
ALTER EXTENSION mlcheck SET SCHEMA public;
-- no function of the extension is SECURITY DEFINER
SELECT count(*) AS security_definer_functions
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'mlcheck') AND p.prosecdef;
DROP EXTENSION mlcheck;
