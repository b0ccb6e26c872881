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
-- vector_profile: summary of a float8[]/real[] embedding column (n, dimension, mean vector,
-- co-moment matrix, uniform reservoir sample). Text form: base64 of the versioned binary form.
CREATE TYPE @extschema@.vector_profile;

CREATE FUNCTION @extschema@.vector_profile_in(pg_catalog.cstring)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_in(pg_catalog.cstring) IS
'text input of vector_profile: base64 of the serialized form, fully validated';

CREATE FUNCTION @extschema@.vector_profile_out(@extschema@.vector_profile)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_out(@extschema@.vector_profile) IS
'text output of vector_profile: base64 of the serialized form (round-trips exactly)';

CREATE FUNCTION @extschema@.vector_profile_recv(pg_catalog.internal)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_recv(pg_catalog.internal) IS
'binary input of vector_profile, fully validated';

CREATE FUNCTION @extschema@.vector_profile_send(@extschema@.vector_profile)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_send(@extschema@.vector_profile) IS
'binary output of vector_profile: the serialized form';

CREATE TYPE @extschema@.vector_profile (
	INPUT = @extschema@.vector_profile_in,
	OUTPUT = @extschema@.vector_profile_out,
	RECEIVE = @extschema@.vector_profile_recv,
	SEND = @extschema@.vector_profile_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.vector_profile IS
'mergeable summary of an embedding / feature-vector column: counts, mean, co-moment matrix, uniform reservoir sample';

CREATE FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float8[])
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float8[]) IS
'transition function of vector_profile(float8[])';

CREATE FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float4[])
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float4[]) IS
'transition function of vector_profile(real[])';

CREATE FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float8[],
	pg_catalog.int4, pg_catalog.int8)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float8[], pg_catalog.int4, pg_catalog.int8) IS
'transition function of vector_profile(float8[], reservoir_size, seed)';

CREATE FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float4[],
	pg_catalog.int4, pg_catalog.int8)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_trans(@extschema@.vector_profile, pg_catalog.float4[], pg_catalog.int4, pg_catalog.int8) IS
'transition function of vector_profile(real[], reservoir_size, seed)';

CREATE FUNCTION @extschema@.vector_profile_combine(@extschema@.vector_profile, @extschema@.vector_profile)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_combine(@extschema@.vector_profile, @extschema@.vector_profile) IS
'combine function of the vector_profile aggregates: pairwise merge of two states';

CREATE FUNCTION @extschema@.vector_profile_final(@extschema@.vector_profile)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_final(@extschema@.vector_profile) IS
'final function of the vector_profile aggregates: the flat value (NULL when every input was NULL)';

CREATE AGGREGATE @extschema@.vector_profile(pg_catalog.float8[]) (
	SFUNC = @extschema@.vector_profile_trans,
	STYPE = @extschema@.vector_profile,
	FINALFUNC = @extschema@.vector_profile_final,
	COMBINEFUNC = @extschema@.vector_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vector_profile(pg_catalog.float8[]) IS
'vector profile of a float8[] column (reservoir of 1000 rows, seed 0)';

CREATE AGGREGATE @extschema@.vector_profile(pg_catalog.float4[]) (
	SFUNC = @extschema@.vector_profile_trans,
	STYPE = @extschema@.vector_profile,
	FINALFUNC = @extschema@.vector_profile_final,
	COMBINEFUNC = @extschema@.vector_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vector_profile(pg_catalog.float4[]) IS
'vector profile of a real[] column (reservoir of 1000 rows, seed 0)';

CREATE AGGREGATE @extschema@.vector_profile(pg_catalog.float8[], reservoir_size pg_catalog.int4,
	seed pg_catalog.int8) (
	SFUNC = @extschema@.vector_profile_trans,
	STYPE = @extschema@.vector_profile,
	FINALFUNC = @extschema@.vector_profile_final,
	COMBINEFUNC = @extschema@.vector_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vector_profile(pg_catalog.float8[], pg_catalog.int4, pg_catalog.int8) IS
'vector profile of a float8[] column with a reservoir of reservoir_size rows (0 to 10000) drawn with seed';

CREATE AGGREGATE @extschema@.vector_profile(pg_catalog.float4[], reservoir_size pg_catalog.int4,
	seed pg_catalog.int8) (
	SFUNC = @extschema@.vector_profile_trans,
	STYPE = @extschema@.vector_profile,
	FINALFUNC = @extschema@.vector_profile_final,
	COMBINEFUNC = @extschema@.vector_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.vector_profile(pg_catalog.float4[], pg_catalog.int4, pg_catalog.int8) IS
'vector profile of a real[] column with a reservoir of reservoir_size rows (0 to 10000) drawn with seed';

CREATE AGGREGATE @extschema@.merge(@extschema@.vector_profile) (
	SFUNC = @extschema@.vector_profile_combine,
	STYPE = @extschema@.vector_profile,
	FINALFUNC = @extschema@.vector_profile_final,
	COMBINEFUNC = @extschema@.vector_profile_combine,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.merge(@extschema@.vector_profile) IS
'merge of stored vector profiles: the profile of the union of their rows';

CREATE FUNCTION @extschema@.merge(@extschema@.vector_profile, @extschema@.vector_profile)
RETURNS @extschema@.vector_profile
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_merge2'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.merge(@extschema@.vector_profile, @extschema@.vector_profile) IS
'merge of two vector profiles: the profile of the union of their rows';

CREATE FUNCTION @extschema@.vector_profile_summary(profile @extschema@.vector_profile,
	OUT count pg_catalog.int8, OUT dimension pg_catalog.int4, OUT null_count pg_catalog.int8,
	OUT incomplete_count pg_catalog.int8, OUT nonfinite_count pg_catalog.int8,
	OUT sample_size pg_catalog.int4, OUT reservoir_size pg_catalog.int4)
RETURNS record
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_summary'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_summary(@extschema@.vector_profile) IS
'counts of a vector profile: valid rows, dimension, NULL arrays, arrays with NULL or non-finite elements (skipped), reservoir rows and capacity';

CREATE FUNCTION @extschema@.vector_profile_mean(profile @extschema@.vector_profile)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_mean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_mean(@extschema@.vector_profile) IS
'mean vector of a vector profile (NULL without rows)';

CREATE FUNCTION @extschema@.vector_profile_covariance(profile @extschema@.vector_profile)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_covariance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_covariance(@extschema@.vector_profile) IS
'sample covariance matrix (divisor n - 1) of a vector profile as a d x d array (NULL below 2 rows)';

CREATE FUNCTION @extschema@.vector_profile_sample(profile @extschema@.vector_profile)
RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'mlcheck_vector_profile_sample'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vector_profile_sample(@extschema@.vector_profile) IS
'reservoir sample of a vector profile as an s x d array (the rows the kernel tests use)';

CREATE FUNCTION @extschema@.blas_info(OUT config pg_catalog.text, OUT threading pg_catalog.text,
	OUT threads pg_catalog.int4)
RETURNS record
AS 'MODULE_PATHNAME', 'mlcheck_blas_info'
LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.blas_info() IS
'the OpenBLAS library mlcheck runs on: configuration string, threading model of the build, threads in use';

CREATE FUNCTION @extschema@.multivariate_drift(reference @extschema@.vector_profile,
	current @extschema@.vector_profile, method pg_catalog.text,
	options pg_catalog.jsonb DEFAULT '{}')
RETURNS TABLE(method pg_catalog.text, statistic pg_catalog.float8, p_value pg_catalog.float8,
	threshold pg_catalog.float8, drifted pg_catalog.bool)
AS 'MODULE_PATHNAME', 'mlcheck_multivariate_drift'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.multivariate_drift(@extschema@.vector_profile, @extschema@.vector_profile, pg_catalog.text, pg_catalog.jsonb) IS
'multivariate drift between two vector profiles: hotelling, pca_reconstruction, mmd, cosine, share, or all';


-- ==================================================================== checks, results, scheduling (src/checks.c)


-- ==================================================================== report (src/report.c)


