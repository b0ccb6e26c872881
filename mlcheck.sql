-- mlcheck install script (edited here, installed as mlcheck--<version>.sql by the Makefile).
--
-- Rules (see README "Contributing"): every object is named @extschema@.x; plain CREATE, never
-- CREATE OR REPLACE; no SECURITY DEFINER; functions say IMMUTABLE/STABLE/VOLATILE, STRICT and
-- PARALLEL SAFE where true and carry a COMMENT ON; operators and types used inside bodies are
-- schema-qualified (pg_catalog.x) so a hostile search_path changes nothing. One section per area,
-- in the order data flows: module, profiles, drift/skew, schema/expectations, metrics,
-- multivariate, checks, report.

\echo Use "CREATE EXTENSION mlcheck" to load this file. \quit

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


