-- Install safety (issue 9): CREATE EXTENSION under a hostile search_path creates nothing of the
-- attacker's and calls nothing of theirs; an attacker's pre-created schema is refused; a
-- non-superuser with CREATE on the database installs the trusted extension; no SECURITY DEFINER
-- function without a pinned search_path.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS mlcheck CASCADE; -- left by an earlier test (the schema is not a member)
CREATE ROLE mlcheck_attacker;
CREATE SCHEMA evil AUTHORIZATION mlcheck_attacker;
CREATE TABLE evil.calls (what text);
GRANT ALL ON evil.calls TO PUBLIC;
-- Look-alikes of every plain pg_catalog function (same name and argument types) and of every
-- binary operator, plus "better matches" (varchar and name variants of one-text-argument
-- functions, which beat pg_catalog's own even when pg_catalog comes first). Each records its call.
DO $$
DECLARE
	r record;
	plain regtype[] := ARRAY['text', 'float8', 'float4', 'int2', 'int4', 'int8', 'numeric', 'bool', 'jsonb',
	                         'name', 'varchar', 'regclass', 'oid', 'timestamptz', 'bytea', 'float8[]',
	                         'text[]', 'int4[]', 'int8[]', 'bool[]']::regtype[];
	args text;
	n int := 0;
BEGIN
	FOR r IN
		SELECT p.proname, p.proargtypes::regtype[] AS argt, p.prorettype::regtype AS rett
		FROM pg_proc p
		WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind = 'f' AND NOT p.proretset
		  AND p.prorettype = ANY (plain) AND p.proargtypes::regtype[] <@ plain AND p.pronargs > 0
	LOOP
		args := array_to_string(r.argt::text[], ', ');
		BEGIN
			EXECUTE format('CREATE FUNCTION evil.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
			               r.proname, args, r.rett,
			               format('BEGIN INSERT INTO evil.calls VALUES (%L); RETURN NULL; END',
			                      r.proname || '(' || args || ')'));
			n := n + 1;
		EXCEPTION WHEN duplicate_function THEN NULL;
		END;
		IF r.argt = ARRAY['text']::regtype[] THEN
			BEGIN
				EXECUTE format('CREATE FUNCTION evil.%I(varchar) RETURNS %s LANGUAGE plpgsql AS %L',
				               r.proname, r.rett,
				               format('BEGIN INSERT INTO evil.calls VALUES (%L); RETURN NULL; END',
				                      r.proname || '(varchar)'));
				EXECUTE format('CREATE FUNCTION evil.%I(name) RETURNS %s LANGUAGE plpgsql AS %L',
				               r.proname, r.rett,
				               format('BEGIN INSERT INTO evil.calls VALUES (%L); RETURN NULL; END',
				                      r.proname || '(name)'));
			EXCEPTION WHEN duplicate_function THEN NULL;
			END;
		END IF;
	END LOOP;
	FOR r IN
		SELECT o.oprname, o.oprleft::regtype AS l, o.oprright::regtype AS rt, o.oprresult::regtype AS res,
		       row_number() OVER () AS k
		FROM pg_operator o
		WHERE o.oprnamespace = 'pg_catalog'::regnamespace AND o.oprkind = 'b'
		  AND o.oprleft = ANY (plain) AND o.oprright = ANY (plain) AND o.oprresult = ANY (plain)
	LOOP
		EXECUTE format('CREATE FUNCTION evil.op_%s(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
		               r.k, r.l, r.rt, r.res,
		               format('BEGIN INSERT INTO evil.calls VALUES (%L); RETURN NULL; END',
		                      r.oprname || '(' || r.l || ', ' || r.rt || ')'));
		EXECUTE format('CREATE OPERATOR evil.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = evil.op_%s)',
		               r.oprname, r.l, r.rt, r.k);
	END LOOP;
	RAISE NOTICE 'look-alike functions: %', n;
END
$$;
-- the example of the issue: public.=(text, text)
CREATE FUNCTION public.evil_text_eq(text, text) RETURNS bool LANGUAGE plpgsql
AS $$BEGIN INSERT INTO evil.calls VALUES ('public.=(text, text)'); RETURN true; END$$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.evil_text_eq);
-- aggregates named like the built-ins
CREATE FUNCTION evil.agg_sf(int8, anyelement) RETURNS int8 LANGUAGE plpgsql
AS $$BEGIN INSERT INTO evil.calls VALUES ('aggregate'); RETURN 0; END$$;
CREATE AGGREGATE evil.count(float8) (SFUNC = evil.agg_sf, STYPE = int8, INITCOND = '0');
CREATE AGGREGATE evil.sum(float8) (SFUNC = evil.agg_sf, STYPE = int8, INITCOND = '0');
CREATE AGGREGATE evil.max(text) (SFUNC = evil.agg_sf, STYPE = int8, INITCOND = '0');
ALTER FUNCTION public.evil_text_eq(text, text) OWNER TO mlcheck_attacker;
SELECT count(*) > 1000 AS many_look_alikes FROM pg_proc WHERE pronamespace = 'evil'::regnamespace;
SELECT count(*) > 100 AS many_operators FROM pg_operator WHERE oprnamespace = 'evil'::regnamespace;
-- the look-alikes work: an unqualified call under this path reaches them
SET search_path = evil, public, pg_catalog;
SELECT lower('X'::text) IS NULL AS lookalike_reached;
RESET search_path;
TRUNCATE evil.calls;

-- 1. install under the hostile path
SET search_path = evil, public, pg_catalog;
CREATE EXTENSION mlcheck;
SELECT mlcheck.version() OPERATOR(pg_catalog.=) extversion AS version_matches
FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'mlcheck';
RESET search_path;
SELECT count(*) AS attacker_functions_called FROM evil.calls;
SELECT string_agg(what, ', ') AS called FROM evil.calls;
-- every member of the extension lives in schema mlcheck (none is the attacker's)
SELECT count(*) AS members_outside_mlcheck
FROM pg_depend d
LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
LEFT JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
LEFT JOIN pg_operator o ON d.classid = 'pg_operator'::regclass AND o.oid = d.objid
LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'mlcheck')
  AND coalesce(p.pronamespace, t.typnamespace, o.oprnamespace, c.relnamespace)
      <> 'mlcheck'::regnamespace;
-- and no member depends on anything of the attacker's (a default, a view, an operator...)
SELECT count(*) AS members_using_attacker_objects
FROM pg_depend m
JOIN pg_depend d ON d.classid = m.classid AND d.objid = m.objid
LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
LEFT JOIN pg_operator o ON d.refclassid = 'pg_operator'::regclass AND o.oid = d.refobjid
WHERE m.refclassid = 'pg_extension'::regclass AND m.deptype = 'e'
  AND m.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'mlcheck')
  AND (p.pronamespace IN ('evil'::regnamespace, 'public'::regnamespace)
       OR o.oprnamespace IN ('evil'::regnamespace, 'public'::regnamespace));
-- no SECURITY DEFINER function without a pinned search_path
SELECT count(*) AS secdef_without_search_path
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'mlcheck') AND p.prosecdef
  AND NOT coalesce(EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%'), false);
DROP EXTENSION mlcheck;
DROP SCHEMA mlcheck;

-- 2. a schema "mlcheck" that the attacker created first is not used: empty, it is refused by the
-- install script's guard; with a look-alike inside, the install fails on the duplicate
CREATE SCHEMA mlcheck AUTHORIZATION mlcheck_attacker;
\set VERBOSITY terse
CREATE EXTENSION mlcheck;
\set VERBOSITY default
SELECT count(*) AS extension_installed FROM pg_extension WHERE extname = 'mlcheck';
CREATE FUNCTION mlcheck.version() RETURNS text LANGUAGE plpgsql
AS $$BEGIN INSERT INTO evil.calls VALUES ('mlcheck.version()'); RETURN '0.1.0'; END$$;
ALTER FUNCTION mlcheck.version() OWNER TO mlcheck_attacker;
\set VERBOSITY terse
CREATE EXTENSION mlcheck;
\set VERBOSITY default
SELECT count(*) AS extension_installed FROM pg_extension WHERE extname = 'mlcheck';
SELECT count(*) AS attacker_functions_called FROM evil.calls;
DROP SCHEMA mlcheck CASCADE;
-- a schema of a superuser (or of the installing role) is accepted
CREATE SCHEMA mlcheck;
CREATE EXTENSION mlcheck;
SELECT count(*) AS extension_installed FROM pg_extension WHERE extname = 'mlcheck';
DROP EXTENSION mlcheck;
DROP SCHEMA mlcheck;

-- 3. a non-superuser with CREATE on the database installs the trusted extension
CREATE ROLE mlcheck_installer;
DO $$BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO mlcheck_installer', current_database()); END$$;
SET ROLE mlcheck_installer;
CREATE EXTENSION mlcheck;
SELECT mlcheck.version() IS NOT NULL AS callable;
SELECT extowner::regrole AS owner FROM pg_extension WHERE extname = 'mlcheck';
DROP EXTENSION mlcheck;
DROP SCHEMA mlcheck;
RESET ROLE;
-- a role without CREATE on the database cannot
CREATE ROLE mlcheck_nobody;
SET ROLE mlcheck_nobody;
\set VERBOSITY sqlstate
CREATE EXTENSION mlcheck;
\set VERBOSITY default
RESET ROLE;

DO $$BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM mlcheck_installer', current_database()); END$$;
DROP ROLE mlcheck_installer;
DROP ROLE mlcheck_nobody;
DROP OPERATOR public.= (text, text);
DROP FUNCTION public.evil_text_eq(text, text);
DROP SCHEMA evil CASCADE;
DROP ROLE mlcheck_attacker;
