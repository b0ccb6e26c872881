-- mlcheck install script (edited here, installed as mlcheck--<version>.sql by the Makefile).
--
-- Rules (see README "Contributing"): every object is named @extschema@.x; plain CREATE, never
-- CREATE OR REPLACE; no SECURITY DEFINER; functions say IMMUTABLE/STABLE/VOLATILE, STRICT and
-- PARALLEL SAFE where true and carry a COMMENT ON; operators and types used inside bodies are
-- schema-qualified (pg_catalog.x) so a hostile search_path changes nothing. One section per area,
-- in the order data flows: module, profiles, drift/skew, schema/expectations, metrics,
-- multivariate, checks, report.

\echo Use "CREATE EXTENSION mlcheck" to load this file. \quit

-- ==================================================================== install safety (reliability)
-- The schema comes from the control file (schema = mlcheck). When it already exists, CREATE
-- EXTENSION uses it; a schema owned by another non-superuser role would let that role add
-- look-alike objects (overloads with better-matching argument types) next to ours later, so it
-- is refused. The extension's row exists while this script runs (its owner is the installing role).
DO $guard$
BEGIN
	IF NOT EXISTS (
		SELECT FROM pg_catalog.pg_namespace n
		JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
		WHERE n.nspname OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.name
		  AND (r.rolsuper OR r.oid OPERATOR(pg_catalog.=) (
				SELECT e.extowner FROM pg_catalog.pg_extension e
				WHERE e.extname OPERATOR(pg_catalog.=) 'mlcheck'::pg_catalog.name)))
	THEN
		RAISE EXCEPTION 'schema "@extschema@" is owned by a role that is neither a superuser nor the installing role'
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'Drop that schema or have its owner install the extension.';
	END IF;
END
$guard$;

-- ==================================================================== module
CREATE FUNCTION @extschema@.version()
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'mlcheck_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.version() IS
'version of the mlcheck shared library (equals the extension version when installed consistently)';

-- ==================================================================== profiles (src/profile.c)


-- ==================================================================== drift and skew (src/drift.c, src/skew.c)


-- ==================================================================== schema and expectations (src/schema.c, src/expect.c)


-- ==================================================================== model quality (src/metrics.c)


-- ==================================================================== multivariate (src/multivariate.c)


-- ==================================================================== checks, results, scheduling (src/checks.c)


-- ==================================================================== report (src/report.c)


