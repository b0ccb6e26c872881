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
CREATE TYPE @extschema@.profile;

CREATE FUNCTION @extschema@.profile_in(pg_catalog.cstring) RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_out(@extschema@.profile) RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'mlcheck_profile_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_recv(pg_catalog.internal) RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_send(@extschema@.profile) RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'mlcheck_profile_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.profile (
	INPUT = @extschema@.profile_in,
	OUTPUT = @extschema@.profile_out,
	RECEIVE = @extschema@.profile_recv,
	SEND = @extschema@.profile_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.profile IS
'mergeable summary of one column (numeric, text or bool): counts, moments, exact or sketched distribution';
COMMENT ON FUNCTION @extschema@.profile_in(pg_catalog.cstring) IS
'text input of profile: "profile.v1:" + canonical base64 of the binary form, fully validated';
COMMENT ON FUNCTION @extschema@.profile_out(@extschema@.profile) IS
'text output of profile: "profile.v1:" + base64 of the canonical binary form (round-trips exactly)';
COMMENT ON FUNCTION @extschema@.profile_recv(pg_catalog.internal) IS
'binary input of profile: the canonical binary form, fully validated';
COMMENT ON FUNCTION @extschema@.profile_send(@extschema@.profile) IS
'binary output of profile: the canonical binary form';

-- transition, combine and final functions of the aggregates
CREATE FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.float8)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_float8_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.float8, pg_catalog.int4)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_float8_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.text)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_text_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.text, pg_catalog.int4)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_text_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.bool)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_bool_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.bool, pg_catalog.int4)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_bool_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_combine(@extschema@.profile, @extschema@.profile)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_final_numeric(@extschema@.profile)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_float8_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_final_text(@extschema@.profile)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_text_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_final_bool(@extschema@.profile)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_bool_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.profile_final_merge(@extschema@.profile)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_merge_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.float8) IS
'transition function of profile(float8): adds one row to the state in place';
COMMENT ON FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.float8, pg_catalog.int4) IS
'transition function of profile(float8, exact_limit): adds one row to the state in place';
COMMENT ON FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.text) IS
'transition function of profile(text): adds one row to the state in place';
COMMENT ON FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.text, pg_catalog.int4) IS
'transition function of profile(text, exact_limit): adds one row to the state in place';
COMMENT ON FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.bool) IS
'transition function of profile(bool): adds one row to the state in place';
COMMENT ON FUNCTION @extschema@.profile_trans(@extschema@.profile, pg_catalog.bool, pg_catalog.int4) IS
'transition function of profile(bool, exact_limit): adds one row to the state in place';
COMMENT ON FUNCTION @extschema@.profile_combine(@extschema@.profile, @extschema@.profile) IS
'combine function of the profile aggregates and transition function of merge(profile)';
COMMENT ON FUNCTION @extschema@.profile_final_numeric(@extschema@.profile) IS
'final function of profile(float8): the flat profile (an empty numeric profile for no rows)';
COMMENT ON FUNCTION @extschema@.profile_final_text(@extschema@.profile) IS
'final function of profile(text): the flat profile (an empty text profile for no rows)';
COMMENT ON FUNCTION @extschema@.profile_final_bool(@extschema@.profile) IS
'final function of profile(bool): the flat profile (an empty bool profile for no rows)';
COMMENT ON FUNCTION @extschema@.profile_final_merge(@extschema@.profile) IS
'final function of merge(profile): the flat merged profile (NULL for no non-NULL input)';

CREATE AGGREGATE @extschema@.profile(pg_catalog.float8) (
	SFUNC = @extschema@.profile_trans, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_numeric, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.profile(pg_catalog.float8, exact_limit pg_catalog.int4) (
	SFUNC = @extschema@.profile_trans, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_numeric, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.profile(pg_catalog.text) (
	SFUNC = @extschema@.profile_trans, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_text, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.profile(pg_catalog.text, exact_limit pg_catalog.int4) (
	SFUNC = @extschema@.profile_trans, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_text, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.profile(pg_catalog.bool) (
	SFUNC = @extschema@.profile_trans, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_bool, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.profile(pg_catalog.bool, exact_limit pg_catalog.int4) (
	SFUNC = @extschema@.profile_trans, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_bool, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.merge(@extschema@.profile) (
	SFUNC = @extschema@.profile_combine, STYPE = @extschema@.profile,
	FINALFUNC = @extschema@.profile_final_merge, FINALFUNC_MODIFY = READ_ONLY,
	COMBINEFUNC = @extschema@.profile_combine, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.profile(pg_catalog.float8) IS
'profile of a numeric column: counts, NaN/Infinity, moments, quantiles, distinct values (exact up to 10000 distinct)';
COMMENT ON AGGREGATE @extschema@.profile(pg_catalog.float8, pg_catalog.int4) IS
'profile of a numeric column, exact while at most exact_limit (0..1000000) distinct values and 64 KB';
COMMENT ON AGGREGATE @extschema@.profile(pg_catalog.text) IS
'profile of a text column: counts, lengths, value frequencies, distinct values (exact up to 10000 distinct)';
COMMENT ON AGGREGATE @extschema@.profile(pg_catalog.text, pg_catalog.int4) IS
'profile of a text column, exact while at most exact_limit (0..1000000) distinct values and 64 KB';
COMMENT ON AGGREGATE @extschema@.profile(pg_catalog.bool) IS
'profile of a bool column: true/false/NULL counts';
COMMENT ON AGGREGATE @extschema@.profile(pg_catalog.bool, pg_catalog.int4) IS
'profile of a bool column (exact_limit is recorded; bool profiles are always exact)';
COMMENT ON AGGREGATE @extschema@.merge(@extschema@.profile) IS
'profile of the union of the rows of the merged profiles (all of one kind)';

CREATE FUNCTION @extschema@.merge(a @extschema@.profile, b @extschema@.profile)
RETURNS @extschema@.profile
AS 'MODULE_PATHNAME', 'mlcheck_profile_merge2' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.merge(@extschema@.profile, @extschema@.profile) IS
'profile of the union of the rows of two profiles of the same kind';

CREATE TYPE @extschema@.profile_summary AS (
	kind pg_catalog.text,
	exact pg_catalog.bool,
	row_count pg_catalog.int8,
	null_count pg_catalog.int8,
	null_fraction pg_catalog.float8,
	value_count pg_catalog.int8,
	distinct_estimate pg_catalog.int8,
	finite_count pg_catalog.int8,
	nan_count pg_catalog.int8,
	posinf_count pg_catalog.int8,
	neginf_count pg_catalog.int8,
	zero_count pg_catalog.int8,
	negative_count pg_catalog.int8,
	minimum pg_catalog.float8,
	maximum pg_catalog.float8,
	mean pg_catalog.float8,
	sample_stddev pg_catalog.float8,
	sample_variance pg_catalog.float8,
	true_count pg_catalog.int8,
	false_count pg_catalog.int8,
	true_fraction pg_catalog.float8,
	min_length pg_catalog.int8,
	max_length pg_catalog.int8,
	mean_length pg_catalog.float8,
	exact_limit pg_catalog.int4,
	rank_error pg_catalog.float8,
	frequency_error pg_catalog.int8,
	size_bytes pg_catalog.int4
);
COMMENT ON TYPE @extschema@.profile_summary IS
'every scalar of a profile (see README "Profiles" for each field); fields that do not apply to the kind are NULL';

CREATE FUNCTION @extschema@.summary(p @extschema@.profile) RETURNS @extschema@.profile_summary
AS 'MODULE_PATHNAME', 'mlcheck_profile_summary' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.summary(@extschema@.profile) IS
'the scalars of a profile: kind, exact, counts, NaN/Infinity, min, max, mean, stddev, distinct, lengths, error bounds';

CREATE FUNCTION @extschema@.quantile(p @extschema@.profile, q pg_catalog.float8) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'mlcheck_profile_quantile' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantile(@extschema@.profile, pg_catalog.float8) IS
'quantile of the finite values (percentile_disc when the profile is exact; KLL estimate otherwise)';
CREATE FUNCTION @extschema@.quantile(p @extschema@.profile, q pg_catalog.float8[]) RETURNS pg_catalog.float8[]
AS 'MODULE_PATHNAME', 'mlcheck_profile_quantiles' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.quantile(@extschema@.profile, pg_catalog.float8[]) IS
'quantiles of the finite values, one per fraction (percentile_disc semantics when exact)';
CREATE FUNCTION @extschema@.cdf(p @extschema@.profile, x pg_catalog.float8) RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'mlcheck_profile_cdf' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cdf(@extschema@.profile, pg_catalog.float8) IS
'fraction of the finite values <= x (exact when the profile is exact)';
CREATE FUNCTION @extschema@.histogram(p @extschema@.profile, bins pg_catalog.int4)
RETURNS TABLE(bin pg_catalog.int4, lower pg_catalog.float8, upper pg_catalog.float8, count pg_catalog.int8)
AS 'MODULE_PATHNAME', 'mlcheck_profile_histogram' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.histogram(@extschema@.profile, pg_catalog.int4) IS
'equal-width histogram of the finite values over [min, max] (numpy.histogram bins; last bin closed)';
CREATE FUNCTION @extschema@.top_values(p @extschema@.profile, k pg_catalog.int4)
RETURNS TABLE(value pg_catalog.text, count pg_catalog.int8, fraction pg_catalog.float8)
AS 'MODULE_PATHNAME', 'mlcheck_profile_top_values' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.top_values(@extschema@.profile, pg_catalog.int4) IS
'the k most frequent values with their counts and fraction of the non-NULL values';
CREATE FUNCTION @extschema@.profile_to_jsonb(p @extschema@.profile) RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'mlcheck_profile_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile) IS
'a profile as jsonb (documented shape for BI tools; also the cast profile::jsonb)';
CREATE CAST (@extschema@.profile AS pg_catalog.jsonb)
	WITH FUNCTION @extschema@.profile_to_jsonb(@extschema@.profile);

-- One scan of rel with one profile aggregate per supported column. The where clause is the
-- caller's own SQL, run with the caller's privileges (SECURITY INVOKER); it is not sanitized.
CREATE FUNCTION @extschema@.profile_table(rel pg_catalog.regclass,
	columns pg_catalog.text[] DEFAULT NULL, where_clause pg_catalog.text DEFAULT NULL,
	exact_limit pg_catalog.int4 DEFAULT 10000)
RETURNS TABLE(column_name pg_catalog.text, profile @extschema@.profile)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $fn$
DECLARE
	col record;
	names pg_catalog.text[] := '{}';
	exprs pg_catalog.text[] := '{}';
	missing pg_catalog.text;
	sql pg_catalog.text;
BEGIN
	IF rel IS NULL THEN
		RETURN;
	END IF;
	IF columns IS NOT NULL THEN
		IF pg_catalog.array_position(columns, NULL) IS NOT NULL THEN
			RAISE EXCEPTION USING ERRCODE = 'null_value_not_allowed',
				MESSAGE = 'column names must not be NULL';
		END IF;
		SELECT pg_catalog.string_agg(pg_catalog.quote_ident(c), ', ' ORDER BY o) INTO missing
		FROM pg_catalog.unnest(columns) WITH ORDINALITY AS u(c, o)
		WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
			WHERE a.attrelid = rel AND a.attname OPERATOR(pg_catalog.=) u.c
			  AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped);
		IF missing IS NOT NULL THEN
			RAISE EXCEPTION USING ERRCODE = 'undefined_column',
				MESSAGE = pg_catalog.format('relation %s has no column(s) %s', rel, missing);
		END IF;
	END IF;
	FOR col IN
		SELECT a.attname::pg_catalog.text AS name,
			   CASE WHEN t.typtype OPERATOR(pg_catalog.=) 'd' THEN t.typbasetype ELSE t.oid END AS base
		FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) a.atttypid
		WHERE a.attrelid = rel AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
		  AND (columns IS NULL OR a.attname::pg_catalog.text OPERATOR(pg_catalog.=) ANY (columns))
		ORDER BY CASE WHEN columns IS NULL THEN a.attnum
				 ELSE pg_catalog.array_position(columns, a.attname::pg_catalog.text) END
	LOOP
		IF col.base IN ('pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype,
						'pg_catalog.int8'::pg_catalog.regtype, 'pg_catalog.float4'::pg_catalog.regtype,
						'pg_catalog.float8'::pg_catalog.regtype, 'pg_catalog.numeric'::pg_catalog.regtype) THEN
			exprs := exprs OPERATOR(pg_catalog.||) pg_catalog.format(
				'@extschema@.profile(%I::pg_catalog.float8, $1)', col.name);
		ELSIF col.base IN ('pg_catalog.date'::pg_catalog.regtype, 'pg_catalog.timestamp'::pg_catalog.regtype,
						   'pg_catalog.timestamptz'::pg_catalog.regtype) THEN
			-- dates and timestamps: seconds since 1970-01-01 00:00 (UTC for timestamptz)
			exprs := exprs OPERATOR(pg_catalog.||) pg_catalog.format(
				'@extschema@.profile(pg_catalog.date_part(''epoch'', %I), $1)', col.name);
		ELSIF col.base IN ('pg_catalog.text'::pg_catalog.regtype, 'pg_catalog.varchar'::pg_catalog.regtype,
						   'pg_catalog.bpchar'::pg_catalog.regtype, 'pg_catalog.name'::pg_catalog.regtype,
						   'pg_catalog.char'::pg_catalog.regtype) THEN
			exprs := exprs OPERATOR(pg_catalog.||) pg_catalog.format(
				'@extschema@.profile(%I::pg_catalog.text, $1)', col.name);
		ELSIF col.base OPERATOR(pg_catalog.=) 'pg_catalog.bool'::pg_catalog.regtype THEN
			exprs := exprs OPERATOR(pg_catalog.||) pg_catalog.format(
				'@extschema@.profile(%I, $1)', col.name);
		ELSIF columns IS NOT NULL THEN
			RAISE EXCEPTION USING ERRCODE = 'datatype_mismatch',
				MESSAGE = pg_catalog.format('column %I of relation %s has type %s, which cannot be profiled',
					col.name, rel, pg_catalog.format_type(col.base, NULL)),
				HINT = 'Profiles take numeric, date/time, text-like and bool columns; cast others in a view.';
		ELSE
			CONTINUE;
		END IF;
		names := names OPERATOR(pg_catalog.||) col.name;
	END LOOP;
	IF pg_catalog.cardinality(names) OPERATOR(pg_catalog.=) 0 THEN
		RETURN;
	END IF;
	sql := pg_catalog.format('SELECT pg_catalog.unnest(%L::pg_catalog.text[]), pg_catalog.unnest(ARRAY[%s]) FROM %s',
		names, pg_catalog.array_to_string(exprs, ', '), rel);
	IF where_clause IS NOT NULL THEN
		sql := sql OPERATOR(pg_catalog.||) ' WHERE (' OPERATOR(pg_catalog.||) where_clause OPERATOR(pg_catalog.||) ')';
	END IF;
	RETURN QUERY EXECUTE sql USING exact_limit;
END
$fn$;
COMMENT ON FUNCTION @extschema@.profile_table(pg_catalog.regclass, pg_catalog.text[], pg_catalog.text, pg_catalog.int4) IS
'profiles of the columns of a table (all supported ones, or those named) in one scan; where_clause is the caller''s own SQL';


-- ==================================================================== drift and skew (src/drift.c, src/skew.c)

-- The row every drift comparison returns.
CREATE TYPE @extschema@.drift_result AS (
	method text,
	statistic float8,
	p_value float8,
	threshold float8,
	drifted bool,
	exact bool
);
COMMENT ON TYPE @extschema@.drift_result IS
'result of a drift comparison: method applied, statistic, p-value (NULL for distance methods), threshold, drifted, exact (computed from every value, no sketch)';

-- State of mlcheck.drift_test(): every raw value of both sides (float8), or value -> counts.
CREATE TYPE @extschema@.drift_state;
CREATE FUNCTION @extschema@.drift_state_in(cstring)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_state_in(cstring) IS 'input function of type drift_state (base64 of the serialized state, validated)';
CREATE FUNCTION @extschema@.drift_state_out(@extschema@.drift_state)
RETURNS cstring
AS 'MODULE_PATHNAME', 'mlcheck_drift_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_state_out(@extschema@.drift_state) IS 'output function of type drift_state (base64 of the serialized state)';
CREATE FUNCTION @extschema@.drift_state_recv(internal)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_state_recv(internal) IS 'binary input function of type drift_state (validated)';
CREATE FUNCTION @extschema@.drift_state_send(@extschema@.drift_state)
RETURNS bytea
AS 'MODULE_PATHNAME', 'mlcheck_drift_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_state_send(@extschema@.drift_state) IS 'binary output function of type drift_state';
CREATE TYPE @extschema@.drift_state (
	INPUT = @extschema@.drift_state_in,
	OUTPUT = @extschema@.drift_state_out,
	RECEIVE = @extschema@.drift_state_recv,
	SEND = @extschema@.drift_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.drift_state IS
'aggregate state of drift_test: the raw values of the reference and current samples (8 bytes per float8 value; text: value -> counts), at most 1 GB';

-- Transition, combine and final functions (not meant to be called directly).
CREATE FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, float8, bool, text)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_trans_f8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, float8, bool, text) IS 'transition function of drift_test(float8, bool, text)';
CREATE FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, float8, bool, text, float8)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_trans_f8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, float8, bool, text, float8) IS 'transition function of drift_test(float8, bool, text, float8)';
CREATE FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, text, bool, text)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_trans_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, text, bool, text) IS 'transition function of drift_test(text, bool, text)';
CREATE FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, text, bool, text, float8)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_trans_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, text, bool, text, float8) IS 'transition function of drift_test(text, bool, text, float8)';
CREATE FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, bool, bool, text)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_trans_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, bool, bool, text) IS 'transition function of drift_test(bool, bool, text)';
CREATE FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, bool, bool, text, float8)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_trans_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_trans(@extschema@.drift_state, bool, bool, text, float8) IS 'transition function of drift_test(bool, bool, text, float8)';
CREATE FUNCTION @extschema@.drift_test_combine(@extschema@.drift_state, @extschema@.drift_state)
RETURNS @extschema@.drift_state
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_combine(@extschema@.drift_state, @extschema@.drift_state) IS 'combine function of drift_test (union of the two samples)';
CREATE FUNCTION @extschema@.drift_test_final(@extschema@.drift_state)
RETURNS @extschema@.drift_result
AS 'MODULE_PATHNAME', 'mlcheck_drift_test_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift_test_final(@extschema@.drift_state) IS 'final function of drift_test: runs the test';

CREATE AGGREGATE @extschema@.drift_test(value float8, is_current bool, method text) (
	SFUNC = @extschema@.drift_test_trans, STYPE = @extschema@.drift_state,
	COMBINEFUNC = @extschema@.drift_test_combine, FINALFUNC = @extschema@.drift_test_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.drift_test(float8, bool, text) IS
'exact two-sample drift test over raw values: rows with is_current false are the reference, true the current sample; NaN and +-Infinity are ignored';
CREATE AGGREGATE @extschema@.drift_test(value float8, is_current bool, method text, threshold float8) (
	SFUNC = @extschema@.drift_test_trans, STYPE = @extschema@.drift_state,
	COMBINEFUNC = @extschema@.drift_test_combine, FINALFUNC = @extschema@.drift_test_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.drift_test(float8, bool, text, float8) IS
'exact two-sample drift test over raw values with an explicit threshold';
CREATE AGGREGATE @extschema@.drift_test(value text, is_current bool, method text) (
	SFUNC = @extschema@.drift_test_trans, STYPE = @extschema@.drift_state,
	COMBINEFUNC = @extschema@.drift_test_combine, FINALFUNC = @extschema@.drift_test_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.drift_test(text, bool, text) IS
'exact categorical drift test over raw text values (reference: is_current false)';
CREATE AGGREGATE @extschema@.drift_test(value text, is_current bool, method text, threshold float8) (
	SFUNC = @extschema@.drift_test_trans, STYPE = @extschema@.drift_state,
	COMBINEFUNC = @extschema@.drift_test_combine, FINALFUNC = @extschema@.drift_test_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.drift_test(text, bool, text, float8) IS
'exact categorical drift test over raw text values with an explicit threshold';
CREATE AGGREGATE @extschema@.drift_test(value bool, is_current bool, method text) (
	SFUNC = @extschema@.drift_test_trans, STYPE = @extschema@.drift_state,
	COMBINEFUNC = @extschema@.drift_test_combine, FINALFUNC = @extschema@.drift_test_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.drift_test(bool, bool, text) IS
'exact drift test of a bool column (z, chi2 or a distance) over raw values';
CREATE AGGREGATE @extschema@.drift_test(value bool, is_current bool, method text, threshold float8) (
	SFUNC = @extschema@.drift_test_trans, STYPE = @extschema@.drift_state,
	COMBINEFUNC = @extschema@.drift_test_combine, FINALFUNC = @extschema@.drift_test_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.drift_test(bool, bool, text, float8) IS
'exact drift test of a bool column with an explicit threshold';


-- ---------------------------------------------------------------- training/serving skew (src/skew.c)
-- first_keys(key, n): the n smallest distinct keys (bigint order, or byte order of text), a
-- bounded sample of the mismatched rows of feature_skew. State: element 1 is n, then the keys.
CREATE FUNCTION @extschema@.first_keys_trans(bigint[], bigint, int)
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'mlcheck_first_keys_trans_i8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_keys_trans(bigint[], bigint, int) IS 'transition function of first_keys(bigint, int)';
CREATE FUNCTION @extschema@.first_keys_combine(bigint[], bigint[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'mlcheck_first_keys_combine_i8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_keys_combine(bigint[], bigint[]) IS 'combine function of first_keys(bigint, int)';
CREATE FUNCTION @extschema@.first_keys_final(bigint[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'mlcheck_first_keys_final_i8'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_keys_final(bigint[]) IS 'final function of first_keys(bigint, int)';
CREATE AGGREGATE @extschema@.first_keys(key bigint, n int) (
	SFUNC = @extschema@.first_keys_trans, STYPE = bigint[],
	COMBINEFUNC = @extschema@.first_keys_combine, FINALFUNC = @extschema@.first_keys_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.first_keys(bigint, int) IS
'the n smallest distinct non-NULL keys, ascending (n from 1 to 1000); bounded memory';
CREATE FUNCTION @extschema@.first_keys_trans(text[], text, int)
RETURNS text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_keys_trans_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_keys_trans(text[], text, int) IS 'transition function of first_keys(text, int)';
CREATE FUNCTION @extschema@.first_keys_combine(text[], text[])
RETURNS text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_keys_combine_text'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_keys_combine(text[], text[]) IS 'combine function of first_keys(text, int)';
CREATE FUNCTION @extschema@.first_keys_final(text[])
RETURNS text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_keys_final_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_keys_final(text[]) IS 'final function of first_keys(text, int)';
CREATE AGGREGATE @extschema@.first_keys(key text, n int) (
	SFUNC = @extschema@.first_keys_trans, STYPE = text[],
	COMBINEFUNC = @extschema@.first_keys_combine, FINALFUNC = @extschema@.first_keys_final,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.first_keys(text, int) IS
'the n smallest distinct non-NULL keys in byte order (n from 1 to 1000); bounded memory';

CREATE FUNCTION @extschema@.floats_match(a float8, b float8, rel_tolerance float8 DEFAULT 1e-9,
	abs_tolerance float8 DEFAULT 0)
RETURNS bool
AS 'MODULE_PATHNAME', 'mlcheck_floats_match'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.floats_match(float8, float8, float8, float8) IS
'do two float values agree: both NULL, equal (NaN = NaN), or |a - b| <= max(rel_tolerance * max(|a|, |b|), abs_tolerance) (math.isclose)';

-- The equality test feature_skew uses between columns of types l and r (domains replaced by
-- their base type): 'OPERATOR(schema.=)' of the boolean = operator declared for exactly these
-- types (pg_catalog's first), or pg_catalog's polymorphic = for two arrays or two enums of the
-- same type; NULL when there is none (feature_skew then compares the text forms, which is also
-- how varchar and other string types meet).
CREATE FUNCTION @extschema@.skew_equality_operator(l regtype, r regtype)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH base AS (
		SELECT lt.oid AS lb, lt.typcategory AS lcat, lt.typtype AS ltyp,
			   rt.oid AS rb, rt.typcategory AS rcat
		FROM pg_catalog.pg_type l0
		JOIN pg_catalog.pg_type lt ON lt.oid OPERATOR(pg_catalog.=)
			CASE WHEN l0.typtype OPERATOR(pg_catalog.=) 'd' THEN l0.typbasetype ELSE l0.oid END,
			 pg_catalog.pg_type r0
		JOIN pg_catalog.pg_type rt ON rt.oid OPERATOR(pg_catalog.=)
			CASE WHEN r0.typtype OPERATOR(pg_catalog.=) 'd' THEN r0.typbasetype ELSE r0.oid END
		WHERE l0.oid OPERATOR(pg_catalog.=) l AND r0.oid OPERATOR(pg_catalog.=) r)
	SELECT COALESCE(
		(SELECT pg_catalog.format('OPERATOR(%I.%s)', n.nspname, o.oprname)
		 FROM pg_catalog.pg_operator o
		 JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) o.oprnamespace
		 WHERE o.oprname OPERATOR(pg_catalog.=) '='
		   AND o.oprleft OPERATOR(pg_catalog.=) base.lb AND o.oprright OPERATOR(pg_catalog.=) base.rb
		   AND o.oprresult OPERATOR(pg_catalog.=) 'pg_catalog.bool'::pg_catalog.regtype
		 ORDER BY n.nspname OPERATOR(pg_catalog.<>) 'pg_catalog', n.nspname
		 LIMIT 1),
		CASE WHEN base.lb OPERATOR(pg_catalog.=) base.rb
				  AND (base.lcat OPERATOR(pg_catalog.=) 'A' OR base.ltyp OPERATOR(pg_catalog.=) 'e')
			 THEN 'OPERATOR(pg_catalog.=)' END)
	FROM base;
END;
COMMENT ON FUNCTION @extschema@.skew_equality_operator(regtype, regtype) IS
'equality operator feature_skew uses between two column types (NULL: none, compare text forms)';

CREATE FUNCTION @extschema@.feature_skew(training regclass, serving regclass, key text,
	features text[] DEFAULT NULL, rel_tolerance float8 DEFAULT 1e-9, abs_tolerance float8 DEFAULT 0,
	sample_size int DEFAULT 5)
RETURNS TABLE(feature text, joined bigint, matched bigint, mismatched bigint, training_only bigint,
	serving_only bigint, match_rate float8, sample_keys text[])
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
	numeric_types CONSTANT regtype[] := ARRAY['int2', 'int4', 'int8', 'numeric', 'float4', 'float8']::regtype[];
	float_types CONSTANT regtype[] := ARRAY['float4', 'float8']::regtype[];
	int_types CONSTANT regtype[] := ARRAY['int2', 'int4', 'int8']::regtype[];
	tkey regtype;
	skey regtype;
	feats text[];
	f text;
	i int := 0;
	lt regtype;
	rt regtype;
	op text;
	tcols text := '';
	scols text := '';
	aggs text := '';
	vals text := '';
	flags text := '';
	eq text;
	keyexpr text;
	q text;
BEGIN
	IF training IS NULL OR serving IS NULL OR key IS NULL THEN
		RAISE EXCEPTION 'feature_skew: training, serving and key must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF rel_tolerance IS NULL OR NOT (rel_tolerance >= 0 AND rel_tolerance < 'Infinity')
	   OR abs_tolerance IS NULL OR NOT (abs_tolerance >= 0 AND abs_tolerance < 'Infinity') THEN
		RAISE EXCEPTION 'feature_skew: tolerances must be finite numbers >= 0'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF sample_size IS NULL OR sample_size < 0 OR sample_size > 1000 THEN
		RAISE EXCEPTION 'feature_skew: sample_size must be between 0 and 1000'
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	SELECT a.atttypid INTO tkey FROM pg_attribute a
	WHERE a.attrelid = training AND a.attname = key AND a.attnum > 0 AND NOT a.attisdropped;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % does not exist', key, training
			USING ERRCODE = 'undefined_column';
	END IF;
	SELECT a.atttypid INTO skey FROM pg_attribute a
	WHERE a.attrelid = serving AND a.attname = key AND a.attnum > 0 AND NOT a.attisdropped;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'column "%" of relation % does not exist', key, serving
			USING ERRCODE = 'undefined_column';
	END IF;

	IF features IS NULL THEN
		SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO feats
		FROM pg_attribute a
		WHERE a.attrelid = training AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> key
		  AND EXISTS (SELECT 1 FROM pg_attribute b
					  WHERE b.attrelid = serving AND b.attname = a.attname
						AND b.attnum > 0 AND NOT b.attisdropped);
		IF feats IS NULL THEN
			RAISE EXCEPTION 'feature_skew: % and % have no column in common besides "%"', training, serving, key
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
	ELSE
		IF cardinality(features) = 0 OR array_position(features, NULL) IS NOT NULL THEN
			RAISE EXCEPTION 'feature_skew: features must be a non-empty list without NULLs'
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		IF (SELECT count(DISTINCT x) FROM unnest(features) x) <> cardinality(features) THEN
			RAISE EXCEPTION 'feature_skew: a feature is listed twice'
				USING ERRCODE = 'duplicate_column';
		END IF;
		feats := features;
	END IF;

	-- the key: equality operator of its two types (text forms when there is none)
	op := @extschema@.skew_equality_operator(tkey, skey);
	IF op IS NULL THEN
		tcols := format('%I::text AS k', key);
		scols := format('%I::text AS k', key);
		op := 'OPERATOR(pg_catalog.=)';
	ELSE
		tcols := format('%I AS k', key);
		scols := format('%I AS k', key);
	END IF;
	keyexpr := CASE WHEN tkey = ANY (int_types) AND skey = ANY (int_types)
					THEN format('@extschema@.first_keys(j.k::pg_catalog.int8, %s)', sample_size)
					ELSE format('@extschema@.first_keys(j.k::pg_catalog.text, %s)', sample_size) END;

	FOREACH f IN ARRAY feats LOOP
		i := i + 1;
		SELECT a.atttypid INTO lt FROM pg_attribute a
		WHERE a.attrelid = training AND a.attname = f AND a.attnum > 0 AND NOT a.attisdropped;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', f, training
				USING ERRCODE = 'undefined_column';
		END IF;
		SELECT a.atttypid INTO rt FROM pg_attribute a
		WHERE a.attrelid = serving AND a.attname = f AND a.attnum > 0 AND NOT a.attisdropped;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', f, serving
				USING ERRCODE = 'undefined_column';
		END IF;
		IF f = key THEN
			RAISE EXCEPTION 'feature_skew: the key "%" cannot be a feature', key
				USING ERRCODE = 'invalid_parameter_value';
		END IF;
		IF (lt = ANY (float_types) OR rt = ANY (float_types))
		   AND lt = ANY (numeric_types) AND rt = ANY (numeric_types) THEN
			-- floats: equal, or within max(rel_tolerance * max(|a|, |b|), abs_tolerance)
			tcols := tcols || format(', %I::pg_catalog.float8 AS f%s', f, i);
			scols := scols || format(', %I::pg_catalog.float8 AS f%s', f, i);
			eq := format('@extschema@.floats_match(t.f%1$s, s.f%1$s, %2$s::pg_catalog.float8, %3$s::pg_catalog.float8)',
						 i, rel_tolerance, abs_tolerance);
		ELSE
			op := @extschema@.skew_equality_operator(lt, rt);
			IF op IS NULL THEN
				tcols := tcols || format(', %I::pg_catalog.text AS f%s', f, i);
				scols := scols || format(', %I::pg_catalog.text AS f%s', f, i);
				op := 'OPERATOR(pg_catalog.=)';
			ELSE
				tcols := tcols || format(', %I AS f%s', f, i);
				scols := scols || format(', %I AS f%s', f, i);
			END IF;
			eq := format('((t.f%1$s %2$s s.f%1$s) IS TRUE OR (t.f%1$s IS NULL AND s.f%1$s IS NULL))', i, op);
		END IF;
		flags := flags || format(', (t.l AND s.r AND NOT %1$s) AS x%2$s', eq, i);
		aggs := aggs || format(', count(*) FILTER (WHERE j.x%1$s) AS m%1$s', i);
		aggs := aggs || CASE WHEN sample_size > 0
						THEN format(', (%1$s FILTER (WHERE j.x%2$s))::pg_catalog.text[] AS k%2$s', keyexpr, i)
						ELSE format(', NULL::pg_catalog.text[] AS k%s', i) END;
		vals := vals || CASE WHEN i > 1 THEN ', ' ELSE '' END || format('(%s, %L::pg_catalog.text, a.m%s, a.k%s)', i, f, i, i);
	END LOOP;

	-- the join key operator (recomputed: op was reused for the features)
	op := COALESCE(@extschema@.skew_equality_operator(tkey, skey), 'OPERATOR(pg_catalog.=)');
	q := format('SELECT v.feature, a.joined, a.joined - v.mis, v.mis, a.t_only, a.s_only,'
				' CASE WHEN a.joined > 0 THEN (a.joined - v.mis)::pg_catalog.float8 / a.joined END,'
				' COALESCE(v.keys, ''{}''::pg_catalog.text[])'
				' FROM (SELECT count(*) FILTER (WHERE j.l AND j.r) AS joined,'
				' count(*) FILTER (WHERE j.l AND j.r IS NULL) AS t_only,'
				' count(*) FILTER (WHERE j.r AND j.l IS NULL) AS s_only%s'
				' FROM (SELECT t.l, s.r, t.k%s'
				' FROM (SELECT true AS l, %s FROM %s) t'
				' FULL JOIN (SELECT true AS r, %s FROM %s) s ON t.k %s s.k) j) a'
				' CROSS JOIN LATERAL (VALUES %s) v(ord, feature, mis, keys) ORDER BY v.ord',
				aggs, flags, tcols, training, scols, serving, op, vals);
	RETURN QUERY EXECUTE q;
END
$body$;
COMMENT ON FUNCTION @extschema@.feature_skew(regclass, regclass, text, text[], float8, float8, int) IS
'training/serving feature skew: one full join of the two tables on key; per feature the joined pairs, matched (floats within tolerance, NULL = NULL), mismatched, rows only in training / serving, match rate and the smallest mismatched keys';

-- ---------------------------------------------------------------- drift between profiles (src/driftprofile.c)
CREATE FUNCTION @extschema@.drift(reference @extschema@.profile, current @extschema@.profile,
	method text DEFAULT 'auto', threshold float8 DEFAULT NULL)
RETURNS @extschema@.drift_result
AS 'MODULE_PATHNAME', 'mlcheck_drift'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.drift(@extschema@.profile, @extschema@.profile, text, float8) IS
'drift of a column between a reference and a current profile: method (auto, ks, cvm, anderson, wasserstein, psi, kl, js, hellinger, linf, chi2, z), statistic, p-value, threshold, drifted, exact';

CREATE FUNCTION @extschema@.bh_adjust(p float8[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'mlcheck_bh_adjust'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bh_adjust(float8[]) IS
'Benjamini-Hochberg adjusted p-values (false discovery rate), in the input order; NULLs stay NULL and do not count';

CREATE TYPE @extschema@.column_profile AS (column_name text, profile @extschema@.profile);
COMMENT ON TYPE @extschema@.column_profile IS 'a column name with its profile (the rows of profile_table)';
CREATE TYPE @extschema@.column_drift AS (
	column_name text,
	method text,
	statistic float8,
	p_value float8,
	p_adjusted float8,
	threshold float8,
	drifted bool,
	exact bool,
	drifted_share float8
);
COMMENT ON TYPE @extschema@.column_drift IS
'drift of one column of a dataset: drift_result plus the Benjamini-Hochberg adjusted p-value and the share of drifted columns';

CREATE FUNCTION @extschema@.drift_columns(reference @extschema@.column_profile[],
	current @extschema@.column_profile[], method text DEFAULT 'auto', threshold float8 DEFAULT NULL)
RETURNS SETOF @extschema@.column_drift
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
	dup text;
BEGIN
	IF reference IS NULL OR current IS NULL THEN
		RETURN;
	END IF;
	SELECT x.column_name INTO dup FROM unnest(reference) x GROUP BY x.column_name HAVING count(*) > 1 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'drift_columns: column "%" appears twice in the reference profiles', dup
			USING ERRCODE = 'duplicate_column';
	END IF;
	SELECT x.column_name INTO dup FROM unnest(current) x GROUP BY x.column_name HAVING count(*) > 1 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'drift_columns: column "%" appears twice in the current profiles', dup
			USING ERRCODE = 'duplicate_column';
	END IF;
	IF EXISTS (SELECT 1 FROM unnest(reference) x WHERE x.column_name IS NULL)
	   OR EXISTS (SELECT 1 FROM unnest(current) x WHERE x.column_name IS NULL) THEN
		RAISE EXCEPTION 'drift_columns: column names must not be NULL' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	RETURN QUERY
	WITH j AS (
		SELECT COALESCE(r.column_name, c.column_name) AS col, r.profile AS rp, c.profile AS cp,
			   COALESCE(r.ord, cardinality(reference) + c.ord) AS ord
		FROM unnest(reference) WITH ORDINALITY AS r(column_name, profile, ord)
		FULL JOIN unnest(current) WITH ORDINALITY AS c(column_name, profile, ord)
		  ON r.column_name = c.column_name),
	d AS (
		SELECT j.col, j.ord,
			   CASE WHEN j.rp IS NOT NULL AND j.cp IS NOT NULL
					THEN @extschema@.drift(j.rp, j.cp, method, threshold) END AS res
		FROM j),
	adj AS (
		SELECT u.o, u.q
		FROM (SELECT array_agg((d.res).p_value ORDER BY d.ord) AS ps, array_agg(d.ord ORDER BY d.ord) AS os FROM d) a,
			 unnest(a.os, @extschema@.bh_adjust(a.ps)) AS u(o, q)),
	e AS (
		SELECT d.col, d.ord, (d.res).method AS m, (d.res).statistic AS s, (d.res).p_value AS pv, adj.q AS pa,
			   (d.res).threshold AS t,
			   CASE WHEN (d.res).p_value IS NOT NULL THEN adj.q < (d.res).threshold ELSE (d.res).drifted END AS dr,
			   (d.res).exact AS ex
		FROM d LEFT JOIN adj ON adj.o = d.ord)
	SELECT e.col, e.m, e.s, e.pv, e.pa, e.t, e.dr, e.ex,
		   (avg(CASE WHEN e.dr THEN 1.0 WHEN NOT e.dr THEN 0.0 END) OVER ())::float8
	FROM e ORDER BY e.ord;
END
$body$;
COMMENT ON FUNCTION @extschema@.drift_columns(@extschema@.column_profile[], @extschema@.column_profile[], text, float8) IS
'dataset drift from stored profiles: one row per column (matched by name), Benjamini-Hochberg adjusted p-values across columns, share of drifted columns';

CREATE FUNCTION @extschema@.drift_table(reference regclass, current regclass, columns text[] DEFAULT NULL,
	method text DEFAULT 'auto', threshold float8 DEFAULT NULL, exact_limit int DEFAULT 10000)
RETURNS SETOF @extschema@.column_drift
LANGUAGE sql VOLATILE PARALLEL UNSAFE
BEGIN ATOMIC
	SELECT * FROM @extschema@.drift_columns(
		ARRAY(SELECT ROW(p.column_name, p.profile)::@extschema@.column_profile
			  FROM @extschema@.profile_table(reference, columns, NULL, exact_limit) p),
		ARRAY(SELECT ROW(p.column_name, p.profile)::@extschema@.column_profile
			  FROM @extschema@.profile_table(current, columns, NULL, exact_limit) p),
		method, threshold);
END;
COMMENT ON FUNCTION @extschema@.drift_table(regclass, regclass, text[], text, float8, int) IS
'dataset drift between two tables: each profiled in one scan (profile_table), then drift_columns';

CREATE FUNCTION @extschema@.drift_split(rel regclass, is_current text, columns text[] DEFAULT NULL,
	method text DEFAULT 'auto', threshold float8 DEFAULT NULL, exact_limit int DEFAULT 10000)
RETURNS SETOF @extschema@.column_drift
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
AS $body$
BEGIN
	IF is_current IS NULL THEN
		RAISE EXCEPTION 'drift_split: is_current must not be NULL' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	RETURN QUERY SELECT * FROM @extschema@.drift_columns(
		ARRAY(SELECT ROW(p.column_name, p.profile)::@extschema@.column_profile
			  FROM @extschema@.profile_table(rel, columns, pg_catalog.format('(%s) IS FALSE', is_current), exact_limit) p),
		ARRAY(SELECT ROW(p.column_name, p.profile)::@extschema@.column_profile
			  FROM @extschema@.profile_table(rel, columns, pg_catalog.format('(%s) IS TRUE', is_current), exact_limit) p),
		method, threshold);
END
$body$;
COMMENT ON FUNCTION @extschema@.drift_split(regclass, text, text[], text, float8, int) IS
'dataset drift within one table: rows where the SQL expression is_current is false (reference) against rows where it is true';


-- ==================================================================== schema and expectations (src/schema.c, src/expect.c)

-- Data-quality expectations with the semantics and result fields of Great Expectations, and
-- schema inference / validation with anomalies as TensorFlow Data Validation reports them.
-- Everything here runs as the calling user (SECURITY INVOKER). Dynamic SQL quotes every
-- identifier (quote_ident, regclass output) and passes every value as a quoted literal; the
-- static parts of generated queries name built-in functions as pg_catalog.x.

-- ---------------------------------------------------------------- bounded samples (src/expect.c)
CREATE FUNCTION @extschema@.first_values_transfn(pg_catalog.text[], pg_catalog.text, pg_catalog.int4)
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_values_transfn'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_values_transfn(pg_catalog.text[], pg_catalog.text, pg_catalog.int4) IS
'transition function of first_values(text, int): appends a value until the state holds n values';

CREATE FUNCTION @extschema@.first_values_combinefn(pg_catalog.text[], pg_catalog.text[])
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_values_combinefn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_values_combinefn(pg_catalog.text[], pg_catalog.text[]) IS
'combine function of first_values(text, int): the left values, then the right ones, at most n';

CREATE FUNCTION @extschema@.first_values_finalfn(pg_catalog.text[])
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_values_finalfn'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_values_finalfn(pg_catalog.text[]) IS
'final function of first_values(text, int): the collected values ({} when none)';

CREATE AGGREGATE @extschema@.first_values(pg_catalog.text, pg_catalog.int4) (
	SFUNC = @extschema@.first_values_transfn,
	STYPE = pg_catalog.text[],
	COMBINEFUNC = @extschema@.first_values_combinefn,
	FINALFUNC = @extschema@.first_values_finalfn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.first_values(pg_catalog.text, pg_catalog.int4) IS
'the first n non-null values the scan meets (n between 0 and 1000), in scan order; bounded memory';

CREATE FUNCTION @extschema@.first_distinct_values_transfn(pg_catalog.text[], pg_catalog.text, pg_catalog.int4)
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_distinct_values_transfn'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_distinct_values_transfn(pg_catalog.text[], pg_catalog.text, pg_catalog.int4) IS
'transition function of first_distinct_values(text, int): appends a value not held yet until the state holds n values';

CREATE FUNCTION @extschema@.first_distinct_values_combinefn(pg_catalog.text[], pg_catalog.text[])
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_first_distinct_values_combinefn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.first_distinct_values_combinefn(pg_catalog.text[], pg_catalog.text[]) IS
'combine function of first_distinct_values(text, int): the left values, then the right ones not held yet, at most n';

CREATE FUNCTION @extschema@.count_sample_transfn(pg_catalog.text[], pg_catalog.text, pg_catalog.bool, pg_catalog.int4, pg_catalog.bool)
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_count_sample_transfn'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_sample_transfn(pg_catalog.text[], pg_catalog.text, pg_catalog.bool, pg_catalog.int4, pg_catalog.bool) IS
'transition function of count_sample: counts a value (in place) and keeps it while the sample has room';

CREATE FUNCTION @extschema@.count_sample_combinefn(pg_catalog.text[], pg_catalog.text[])
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_count_sample_combinefn'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_sample_combinefn(pg_catalog.text[], pg_catalog.text[]) IS
'combine function of count_sample: counts added, samples merged up to n';

CREATE FUNCTION @extschema@.count_sample_finalfn(pg_catalog.text[])
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'mlcheck_count_sample_finalfn'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.count_sample_finalfn(pg_catalog.text[]) IS
'final function of count_sample: {count true, count false, sampled true, sampled false, values true..., values false...}';

CREATE AGGREGATE @extschema@.count_sample(value pg_catalog.text, flag pg_catalog.bool, n pg_catalog.int4,
	distinct_values pg_catalog.bool) (
	SFUNC = @extschema@.count_sample_transfn,
	STYPE = pg_catalog.text[],
	COMBINEFUNC = @extschema@.count_sample_combinefn,
	FINALFUNC = @extschema@.count_sample_finalfn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.count_sample(pg_catalog.text, pg_catalog.bool, pg_catalog.int4, pg_catalog.bool) IS
'{non-null values with flag true, with flag false, sampled with flag true, with flag false, then the first n values of each side (distinct when distinct_values)}: counts and samples under one FILTER';

CREATE AGGREGATE @extschema@.first_distinct_values(pg_catalog.text, pg_catalog.int4) (
	SFUNC = @extschema@.first_distinct_values_transfn,
	STYPE = pg_catalog.text[],
	COMBINEFUNC = @extschema@.first_distinct_values_combinefn,
	FINALFUNC = @extschema@.first_values_finalfn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.first_distinct_values(pg_catalog.text, pg_catalog.int4) IS
'the first n distinct non-null values the scan meets (n between 0 and 1000); bounded memory';

-- ---------------------------------------------------------------- helpers shared by expect and validate
CREATE FUNCTION @extschema@._jpath(base pg_catalog.text, key pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN key OPERATOR(pg_catalog.~) '^[A-Za-z_][A-Za-z0-9_]*$'
			THEN base OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) key
			ELSE base OPERATOR(pg_catalog.||) '[' OPERATOR(pg_catalog.||)
				 pg_catalog.to_jsonb(key)::pg_catalog.text OPERATOR(pg_catalog.||) ']' END;
COMMENT ON FUNCTION @extschema@._jpath(pg_catalog.text, pg_catalog.text) IS
'internal: JSON path of member key under base ($.a.b, or $.a["odd key"]) for error messages';

-- The live columns of rel in order: name, quoted name, type (with modifier), base type (through
-- domains), kind, and 0-based ordinal position.
CREATE FUNCTION @extschema@._columns(rel pg_catalog.regclass)
RETURNS TABLE(attnum pg_catalog.int2, name pg_catalog.text, qname pg_catalog.text,
	typid pg_catalog.oid, typname pg_catalog.text, basetype pg_catalog.oid, kind pg_catalog.text, ordinal pg_catalog.int4)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE base(attnum, typid, depth) AS (
		SELECT a.attnum, a.atttypid, 0
		FROM pg_catalog.pg_attribute a
		WHERE a.attrelid OPERATOR(pg_catalog.=) rel AND a.attnum OPERATOR(pg_catalog.>) 0
			AND NOT a.attisdropped
		UNION ALL
		SELECT b.attnum, t.typbasetype, b.depth OPERATOR(pg_catalog.+) 1
		FROM base b JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) b.typid
		WHERE t.typtype OPERATOR(pg_catalog.=) 'd'
	)
	SELECT a.attnum, a.attname::pg_catalog.text, pg_catalog.quote_ident(a.attname), a.atttypid,
		pg_catalog.format_type(a.atttypid, a.atttypmod), b.typid,
		CASE WHEN b.typid OPERATOR(pg_catalog.=) ANY ('{21,23,20}'::pg_catalog.oid[]) THEN 'integer'
			 WHEN b.typid OPERATOR(pg_catalog.=) ANY ('{700,701}'::pg_catalog.oid[]) THEN 'float'
			 WHEN b.typid OPERATOR(pg_catalog.=) 1700 THEN 'numeric'
			 WHEN b.typid OPERATOR(pg_catalog.=) 16 THEN 'boolean'
			 WHEN bt.typcategory OPERATOR(pg_catalog.=) 'S' THEN 'string'
			 ELSE 'other' END,
		(pg_catalog.row_number() OVER (ORDER BY a.attnum))::pg_catalog.int4 OPERATOR(pg_catalog.-) 1
	FROM pg_catalog.pg_attribute a
	JOIN base b ON b.attnum OPERATOR(pg_catalog.=) a.attnum
		AND b.depth OPERATOR(pg_catalog.=) (SELECT pg_catalog.max(b2.depth) FROM base b2
			WHERE b2.attnum OPERATOR(pg_catalog.=) a.attnum)
	JOIN pg_catalog.pg_type bt ON bt.oid OPERATOR(pg_catalog.=) b.typid
	WHERE a.attrelid OPERATOR(pg_catalog.=) rel AND a.attnum OPERATOR(pg_catalog.>) 0
		AND NOT a.attisdropped
	ORDER BY a.attnum;
END;
COMMENT ON FUNCTION @extschema@._columns(pg_catalog.regclass) IS
'internal: live columns of a relation with quoted name, type, base type, kind (integer, float, numeric, boolean, string, other) and position';

-- Result object of a column map expectation, with the fields and arithmetic of Great Expectations'
-- _format_map_output: unexpected_percent = unexpected / nonnull * 100 (NULL when no non-null
-- row), success vacuously true without rows, else (nonnull - unexpected) / nonnull >= mostly.
CREATE FUNCTION @extschema@._map_result(element_count pg_catalog.int8, nonnull_count pg_catalog.int8,
	unexpected_count pg_catalog.int8, mostly pg_catalog.float8, partial pg_catalog.jsonb,
	skip_missing pg_catalog.bool)
RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.jsonb_build_object(
	'success', CASE WHEN element_count OPERATOR(pg_catalog.=) 0 OR nonnull_count OPERATOR(pg_catalog.=) 0 THEN true
		ELSE (nonnull_count OPERATOR(pg_catalog.-) unexpected_count)::pg_catalog.float8
			OPERATOR(pg_catalog./) nonnull_count::pg_catalog.float8 OPERATOR(pg_catalog.>=) mostly END,
	'element_count', element_count,
	'missing_count', CASE WHEN NOT skip_missing THEN element_count OPERATOR(pg_catalog.-) nonnull_count END,
	'unexpected_count', unexpected_count,
	'unexpected_percent', CASE WHEN nonnull_count OPERATOR(pg_catalog.>) 0 THEN
		unexpected_count::pg_catalog.float8 OPERATOR(pg_catalog./) nonnull_count::pg_catalog.float8
		OPERATOR(pg_catalog.*) 100 END,
	'partial_unexpected_list', partial);
COMMENT ON FUNCTION @extschema@._map_result(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8, pg_catalog.float8, pg_catalog.jsonb, pg_catalog.bool) IS
'internal: result object of a column map expectation from its counts (Great Expectations arithmetic)';

CREATE FUNCTION @extschema@._agg_result(success pg_catalog.bool, observed pg_catalog.jsonb,
	details pg_catalog.jsonb)
RETURNS pg_catalog.jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.jsonb_build_object('success', COALESCE(success, false), 'observed_value', observed,
	'details', details);
COMMENT ON FUNCTION @extschema@._agg_result(pg_catalog.bool, pg_catalog.jsonb, pg_catalog.jsonb) IS
'internal: result object of an aggregate or table expectation (a NULL success is a failure)';

-- A parameter of an expectation, checked against its expected JSON kind. Returns NULL when the
-- parameter is absent or JSON null (an error when required). Kinds: number, fraction (0..1),
-- count (integer >= 0), boolean, string, array, object, scalar (string, number or boolean).
CREATE FUNCTION @extschema@._kw(kw pg_catalog.jsonb, key pg_catalog.text, kind pg_catalog.text,
	etype pg_catalog.text, path pg_catalog.text, required pg_catalog.bool DEFAULT false,
	what pg_catalog.text DEFAULT 'parameter')
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	v jsonb := kw -> key;
	t text := jsonb_typeof(kw -> key);
	want text;
	ok bool;
BEGIN
	IF v IS NULL OR t = 'null' THEN
		IF required THEN
			RAISE EXCEPTION '% "%" of % is required', what, key, etype
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = format('%s is missing.', @extschema@._jpath(path, key));
		END IF;
		RETURN NULL;
	END IF;
	CASE kind
		WHEN 'number' THEN ok := t = 'number'; want := 'a number';
		WHEN 'fraction' THEN
			ok := t = 'number';
			IF ok THEN
				ok := v::numeric BETWEEN 0 AND 1;
			END IF;
			want := 'a number between 0 and 1';
		WHEN 'count' THEN
			ok := t = 'number';
			IF ok THEN
				ok := v::numeric >= 0 AND v::numeric = trunc(v::numeric) AND v::numeric <= 9223372036854775807;
			END IF;
			want := 'a non-negative integer';
		WHEN 'boolean' THEN ok := t = 'boolean'; want := 'true or false';
		WHEN 'string' THEN ok := t = 'string'; want := 'a string';
		WHEN 'array' THEN ok := t = 'array'; want := 'an array';
		WHEN 'object' THEN ok := t = 'object'; want := 'an object';
		WHEN 'scalar' THEN ok := t IN ('string', 'number', 'boolean'); want := 'a string, number or boolean';
		ELSE RAISE EXCEPTION 'unknown parameter kind %', kind;
	END CASE;
	IF NOT ok THEN
		RAISE EXCEPTION '% "%" of % must be %', what, key, etype, want
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s is %s.', @extschema@._jpath(path, key), left(v::text, 200));
	END IF;
	RETURN v;
END
$$;
COMMENT ON FUNCTION @extschema@._kw(pg_catalog.jsonb, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.bool, pg_catalog.text) IS
'internal: a parameter of an expectation checked against its JSON kind, errors name the JSON path';

-- SQL literal of a JSON scalar as a value of type typ ('...'::typ), checked by casting it once so
-- that a bad value fails here with the JSON path instead of in the middle of a scan.
CREATE FUNCTION @extschema@._literal(v pg_catalog.jsonb, typ pg_catalog.text, what pg_catalog.text,
	path pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	lit text;
BEGIN
	IF v IS NULL OR jsonb_typeof(v) = 'null' THEN
		RETURN NULL;
	END IF;
	IF jsonb_typeof(v) NOT IN ('string', 'number', 'boolean') THEN
		RAISE EXCEPTION '% must be a string, number or boolean', what
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s is %s.', path, left(v::text, 200));
	END IF;
	lit := format('%L::%s', v #>> '{}', typ);
	BEGIN
		EXECUTE 'SELECT ' || lit;
	EXCEPTION WHEN data_exception THEN
		RAISE EXCEPTION '% is not a valid value of type %', what, typ
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s is %s: %s', path, left(v::text, 200), SQLERRM);
	END;
	RETURN lit;
END
$$;
COMMENT ON FUNCTION @extschema@._literal(pg_catalog.jsonb, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'internal: quoted SQL literal of a JSON scalar cast to a type, checked once (errors name the JSON path)';

-- SQL literal of a JSON array of scalars as a typ[] value (JSON nulls dropped), checked once.
CREATE FUNCTION @extschema@._array_literal(v pg_catalog.jsonb, typ pg_catalog.text, what pg_catalog.text,
	path pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	lit text;
	bad jsonb;
BEGIN
	SELECT e INTO bad FROM jsonb_array_elements(v) e
	WHERE jsonb_typeof(e) NOT IN ('string', 'number', 'boolean', 'null') LIMIT 1;
	IF bad IS NOT NULL THEN
		RAISE EXCEPTION 'every element of % must be a string, number or boolean', what
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s holds %s.', path, left(bad::text, 200));
	END IF;
	lit := format('%L::%s[]',
		(SELECT COALESCE(array_agg(e #>> '{}' ORDER BY o), '{}') FROM jsonb_array_elements(v)
			WITH ORDINALITY AS a(e, o) WHERE jsonb_typeof(e) <> 'null'), typ);
	BEGIN
		EXECUTE 'SELECT ' || lit;
	EXCEPTION WHEN data_exception THEN
		RAISE EXCEPTION 'an element of % is not a valid value of type %', what, typ
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s: %s', path, SQLERRM);
	END;
	RETURN lit;
END
$$;
COMMENT ON FUNCTION @extschema@._array_literal(pg_catalog.jsonb, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'internal: quoted SQL array literal of a JSON array cast to type[], checked once (errors name the JSON path)';

-- "obs within [lo, hi]" as SQL text; lo/hi are literals or NULL (unbounded); strict bounds
-- exclude equality. With nan_guard a NaN observation is never within bounds.
CREATE FUNCTION @extschema@._between_sql(obs pg_catalog.text, lo pg_catalog.text, hi pg_catalog.text,
	strict_min pg_catalog.bool, strict_max pg_catalog.bool, nan_guard pg_catalog.bool)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN '(' OPERATOR(pg_catalog.||) obs OPERATOR(pg_catalog.||) ' IS NOT NULL'
	OPERATOR(pg_catalog.||) CASE WHEN nan_guard THEN ' AND ' OPERATOR(pg_catalog.||) obs
		OPERATOR(pg_catalog.||) ' <> ''NaN''' ELSE '' END
	OPERATOR(pg_catalog.||) CASE WHEN lo IS NULL THEN ''
		ELSE ' AND ' OPERATOR(pg_catalog.||) obs OPERATOR(pg_catalog.||)
			CASE WHEN strict_min THEN ' > ' ELSE ' >= ' END OPERATOR(pg_catalog.||) lo END
	OPERATOR(pg_catalog.||) CASE WHEN hi IS NULL THEN ''
		ELSE ' AND ' OPERATOR(pg_catalog.||) obs OPERATOR(pg_catalog.||)
			CASE WHEN strict_max THEN ' < ' ELSE ' <= ' END OPERATOR(pg_catalog.||) hi END
	OPERATOR(pg_catalog.||) ')';
COMMENT ON FUNCTION @extschema@._between_sql(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
'internal: SQL text of a bounds check (strict or not, either bound optional, NaN optionally out of bounds)';

-- ---------------------------------------------------------------- expectations
-- Canonical names (Great Expectations' registry names), the kind of each, and its parameters.
-- kind: map (one row at a time, counted in the main scan), agg (an aggregate in the main scan),
-- values (value counts: one GROUP BY GROUPING SETS scan), ordered (row order: one window scan),
-- pair (two columns, main scan), table (row count, main scan), catalog (no scan).
CREATE FUNCTION @extschema@.expectation_types()
RETURNS TABLE(expectation_type pg_catalog.text, kind pg_catalog.text, parameters pg_catalog.text[])
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT * FROM (VALUES
		('expect_column_values_to_not_be_null', 'map', '{column,mostly}'::pg_catalog.text[]),
		('expect_column_values_to_be_null', 'map', '{column,mostly}'),
		('expect_column_values_to_be_between', 'map', '{column,min_value,max_value,strict_min,strict_max,mostly}'),
		('expect_column_values_to_be_in_set', 'map', '{column,value_set,mostly}'),
		('expect_column_values_to_not_be_in_set', 'map', '{column,value_set,mostly}'),
		('expect_column_values_to_match_regex', 'map', '{column,regex,mostly}'),
		('expect_column_values_to_not_match_regex', 'map', '{column,regex,mostly}'),
		('expect_column_values_to_match_regex_list', 'map', '{column,regex_list,match_on,mostly}'),
		('expect_column_values_to_not_match_regex_list', 'map', '{column,regex_list,mostly}'),
		('expect_column_values_to_match_like_pattern', 'map', '{column,like_pattern,mostly}'),
		('expect_column_values_to_not_match_like_pattern', 'map', '{column,like_pattern,mostly}'),
		('expect_column_value_lengths_to_be_between', 'map', '{column,min_value,max_value,strict_min,strict_max,mostly}'),
		('expect_column_value_lengths_to_equal', 'map', '{column,value,mostly}'),
		('expect_column_values_to_be_unique', 'values', '{column,mostly}'),
		('expect_column_values_to_be_increasing', 'ordered', '{column,strictly,order_by,mostly}'),
		('expect_column_values_to_be_decreasing', 'ordered', '{column,strictly,order_by,mostly}'),
		('expect_column_values_to_be_of_type', 'catalog', '{column,type_}'),
		('expect_column_values_to_be_in_type_list', 'catalog', '{column,type_list}'),
		('expect_column_to_exist', 'catalog', '{column,column_index}'),
		('expect_column_mean_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_median_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_stdev_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_min_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_max_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_sum_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_quantile_values_to_be_between', 'agg', '{column,quantile_ranges,allow_relative_error}'),
		('expect_column_proportion_of_unique_values_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_unique_value_count_to_be_between', 'agg', '{column,min_value,max_value,strict_min,strict_max}'),
		('expect_column_distinct_values_to_be_in_set', 'values', '{column,value_set}'),
		('expect_column_distinct_values_to_contain_set', 'values', '{column,value_set}'),
		('expect_column_distinct_values_to_equal_set', 'values', '{column,value_set}'),
		('expect_column_most_common_value_to_be_in_set', 'values', '{column,value_set,ties_okay}'),
		('expect_column_pair_values_to_be_equal', 'pair', '{column_A,column_B,ignore_row_if,mostly}'),
		('expect_column_pair_values_a_to_be_greater_than_b', 'pair', '{column_A,column_B,or_equal,ignore_row_if,mostly}'),
		('expect_table_row_count_to_be_between', 'table', '{min_value,max_value,strict_min,strict_max}'),
		('expect_table_row_count_to_equal', 'table', '{value}'),
		('expect_table_column_count_to_be_between', 'catalog', '{min_value,max_value,strict_min,strict_max}'),
		('expect_table_column_count_to_equal', 'catalog', '{value}'),
		('expect_table_columns_to_match_ordered_list', 'catalog', '{column_list}'),
		('expect_table_columns_to_match_set', 'catalog', '{column_set,exact_match}')
	) AS e(expectation_type, kind, parameters)
	ORDER BY 1;
END;
COMMENT ON FUNCTION @extschema@.expectation_types() IS
'the expectations expect() and expect_all() know, with how each is computed and its parameters';

-- Compiles one expectation into a plan (jsonb): which scan computes it, the SQL fragments of that
-- scan, and the SQL expression of its result object. i numbers the expectation (aliases a<i>_*);
-- tpath and kpath say where its name and its parameters come from, for error messages.
CREATE FUNCTION @extschema@._expect_compile(rel pg_catalog.regclass, i pg_catalog.int4,
	etype pg_catalog.text, kw pg_catalog.jsonb, tpath pg_catalog.text, kpath pg_catalog.text)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	name text := lower(etype);
	kind text;
	params text[];
	ignored text[] := '{result_format,include_config,catch_exceptions,meta,notes,id,severity,rendered_content,description}';
	key text;
	c record;
	c2 record;
	colname text;
	col text;
	typ text;
	mostly float8;
	k int := 20;
	rf jsonb;
	a text := 'a' || i;
	aggs text[] := '{}';
	witems text[] := '{}';
	vatts jsonb := '[]';
	result text;
	scan text;
	u text;
	lo text;
	hi text;
	smin bool;
	smax bool;
	cmptyp text;
	obs text;
	v jsonb;
	arr text;
	t text;
	partial text;
	cols jsonb;
	nan_guard bool;
	n int;
	ok bool;
	details jsonb;
BEGIN
	IF name NOT LIKE 'expect\_%' THEN
		name := 'expect_' || name;
	END IF;
	SELECT e.kind, e.parameters INTO kind, params
	FROM @extschema@.expectation_types() e WHERE e.expectation_type = name;
	IF kind IS NULL THEN
		RAISE EXCEPTION 'unknown expectation "%"', etype
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('%s names it.', tpath),
				  HINT = 'SELECT * FROM mlcheck.expectation_types() lists the expectations mlcheck knows.';
	END IF;
	IF kw IS NULL OR jsonb_typeof(kw) <> 'object' THEN
		RAISE EXCEPTION 'the parameters of % must be a JSON object', name
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', kpath, COALESCE(kw::text, 'missing'));
	END IF;
	FOR key IN SELECT jsonb_object_keys(kw) LOOP
		IF key = 'row_condition' OR key = 'condition_parser' THEN
			RAISE EXCEPTION 'parameter "%" of % is not supported', key, name
				USING ERRCODE = 'feature_not_supported',
					  DETAIL = format('%s is set.', @extschema@._jpath(kpath, key)),
					  HINT = 'Validate a view that filters the rows instead.';
		ELSIF key <> ALL (params) AND key <> ALL (ignored) THEN
			RAISE EXCEPTION 'unknown parameter "%" for %', key, name
				USING ERRCODE = 'invalid_parameter_value',
					  DETAIL = format('%s is not a parameter of %s.', @extschema@._jpath(kpath, key), name),
					  HINT = format('Its parameters are: %s.', array_to_string(params, ', '));
		END IF;
	END LOOP;
	-- result_format {"partial_unexpected_count": k} sets the length of partial_unexpected_list
	rf := kw -> 'result_format';
	IF jsonb_typeof(rf) = 'object' AND rf ? 'partial_unexpected_count' THEN
		v := @extschema@._kw(rf, 'partial_unexpected_count', 'count', name, @extschema@._jpath(kpath, 'result_format'));
		IF v IS NOT NULL THEN
			IF v::numeric > 1000 THEN
				RAISE EXCEPTION 'partial_unexpected_count of % must be at most 1000', name
					USING ERRCODE = 'invalid_parameter_value',
						  DETAIL = format('%s is %s.', @extschema@._jpath(@extschema@._jpath(kpath, 'result_format'), 'partial_unexpected_count'), v);
			END IF;
			k := v::int;
		END IF;
	END IF;
	IF 'mostly' = ANY (params) THEN
		mostly := COALESCE((@extschema@._kw(kw, 'mostly', 'fraction', name, kpath))::float8, 1);
	END IF;
	IF 'column' = ANY (params) THEN
		colname := @extschema@._kw(kw, 'column', 'string', name, kpath, true) #>> '{}';
		SELECT * INTO c FROM @extschema@._columns(rel) x WHERE x.name = colname;
		IF NOT FOUND AND name <> 'expect_column_to_exist' THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', colname, rel
				USING ERRCODE = 'undefined_column',
					  DETAIL = format('%s of %s names it.', @extschema@._jpath(kpath, 'column'), name);
		END IF;
		col := c.qname;
		typ := c.typname;
	END IF;
	IF 'strict_min' = ANY (params) THEN
		smin := COALESCE((@extschema@._kw(kw, 'strict_min', 'boolean', name, kpath))::bool, false);
		smax := COALESCE((@extschema@._kw(kw, 'strict_max', 'boolean', name, kpath))::bool, false);
	END IF;

	-- ------------------------------------------------ column map expectations (main scan)
	IF kind = 'map' THEN
		scan := 'main';
		IF name = 'expect_column_values_to_not_be_null' THEN
			aggs := ARRAY[format('pg_catalog.count(*) FILTER (WHERE %s IS NULL) AS %s_u', col, a)];
			result := format('@extschema@._map_result(q.n, q.n, q.%1$s_u, %2$s, (SELECT COALESCE(pg_catalog.jsonb_agg(NULL::jsonb), ''[]'') FROM pg_catalog.generate_series(1, LEAST(q.%1$s_u, %3$s))), true)',
				a, mostly, k);
		ELSIF name = 'expect_column_values_to_be_null' THEN
			-- count_sample ignores NULLs: it counts and samples the non-null values
			aggs := ARRAY[format('@extschema@.count_sample((%s)::text, true, %s, false) AS %s_p', col, k, a)];
			result := format('@extschema@._map_result(q.n, q.n, q.%1$s_p[1]::int8, %2$s, (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::%3$s) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(q.%1$s_p[5:]) WITH ORDINALITY AS x(v, o)), true)',
				a, mostly, typ);
		ELSE
			IF name = 'expect_column_values_to_be_between' THEN
				-- an integer column meets a fractional bound as numeric (1.5 is a valid bound)
				lo := @extschema@._kw(kw, 'min_value', CASE WHEN c.kind IN ('integer', 'float', 'numeric') THEN 'number' ELSE 'scalar' END, name, kpath);
				hi := @extschema@._kw(kw, 'max_value', CASE WHEN c.kind IN ('integer', 'float', 'numeric') THEN 'number' ELSE 'scalar' END, name, kpath);
				t := typ;
				IF c.kind = 'integer' THEN
					IF lo::numeric <> trunc(lo::numeric) OR hi::numeric <> trunc(hi::numeric) THEN
						t := 'numeric';
					END IF;
				END IF;
				lo := @extschema@._literal(lo::jsonb, t, 'min_value', @extschema@._jpath(kpath, 'min_value'));
				hi := @extschema@._literal(hi::jsonb, t, 'max_value', @extschema@._jpath(kpath, 'max_value'));
				IF lo IS NULL AND hi IS NULL THEN
					RAISE EXCEPTION '% needs min_value or max_value', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s sets neither.', kpath);
				END IF;
				-- NULL for a NULL value (every predicate here is), so FILTER needs no IS NOT NULL
				u := '(' || concat_ws(' OR ',
					CASE WHEN lo IS NOT NULL THEN format('%s %s %s', col, CASE WHEN smin THEN '<=' ELSE '<' END, lo) END,
					CASE WHEN hi IS NOT NULL THEN format('%s %s %s', col, CASE WHEN smax THEN '>=' ELSE '>' END, hi) END) || ')';
			ELSIF name IN ('expect_column_values_to_be_in_set', 'expect_column_values_to_not_be_in_set') THEN
				v := @extschema@._kw(kw, 'value_set', 'array', name, kpath, true);
				-- an integer column meets a fractional element as numeric (it is simply not in the column)
				t := typ;
				IF c.kind = 'integer' THEN
					IF EXISTS (SELECT 1 FROM jsonb_array_elements(v) e WHERE jsonb_typeof(e) = 'number'
							AND (e #>> '{}')::numeric <> trunc((e #>> '{}')::numeric)) THEN
						t := 'numeric';
					END IF;
				END IF;
				arr := @extschema@._array_literal(v, t, 'value_set', @extschema@._jpath(kpath, 'value_set'));
				-- the array holds no NULL; NULL = ANY ('{}') is false, not NULL, hence the guard
				u := format('%s = ANY (%s)', col, arr);
				IF name = 'expect_column_values_to_be_in_set' THEN
					u := format('%s IS NOT NULL AND NOT %s', col, u);
				END IF;
			ELSIF name IN ('expect_column_values_to_match_regex', 'expect_column_values_to_not_match_regex') THEN
				t := @extschema@._kw(kw, 'regex', 'string', name, kpath, true) #>> '{}';
				BEGIN
					PERFORM '' ~ t;
				EXCEPTION WHEN invalid_regular_expression THEN
					RAISE EXCEPTION 'invalid regular expression in %: %', name, SQLERRM
						USING ERRCODE = 'invalid_regular_expression',
							  DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'regex'), to_jsonb(t));
				END;
				u := format('(%s)::text ~ %L', col, t);
				IF name = 'expect_column_values_to_match_regex' THEN
					u := 'NOT ' || u;
				END IF;
			ELSIF name IN ('expect_column_values_to_match_regex_list', 'expect_column_values_to_not_match_regex_list') THEN
				v := @extschema@._kw(kw, 'regex_list', 'array', name, kpath, true);
				IF jsonb_array_length(v) = 0 THEN
					RAISE EXCEPTION 'regex_list of % must not be empty', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is [].', @extschema@._jpath(kpath, 'regex_list'));
				END IF;
				t := COALESCE(@extschema@._kw(kw, 'match_on', 'string', name, kpath) #>> '{}', 'any');
				IF t NOT IN ('any', 'all') THEN
					RAISE EXCEPTION 'match_on of % must be "any" or "all"', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'match_on'), to_jsonb(t));
				END IF;
				u := NULL;
				FOR n IN 0 .. jsonb_array_length(v) - 1 LOOP
					IF jsonb_typeof(v -> n) <> 'string' THEN
						RAISE EXCEPTION 'every element of regex_list of % must be a string', name
							USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s[%s] is %s.', @extschema@._jpath(kpath, 'regex_list'), n, v -> n);
					END IF;
					BEGIN
						PERFORM '' ~ (v ->> n);
					EXCEPTION WHEN invalid_regular_expression THEN
						RAISE EXCEPTION 'invalid regular expression in %: %', name, SQLERRM
							USING ERRCODE = 'invalid_regular_expression',
								  DETAIL = format('%s[%s] is %s.', @extschema@._jpath(kpath, 'regex_list'), n, v -> n);
					END;
					u := COALESCE(u || CASE WHEN t = 'all' THEN ' AND ' ELSE ' OR ' END, '')
						|| format('(%s)::text ~ %L', col, v ->> n);
				END LOOP;
				u := '(' || u || ')';
				IF name = 'expect_column_values_to_match_regex_list' THEN
					u := 'NOT ' || u;
				END IF;
			ELSIF name IN ('expect_column_values_to_match_like_pattern', 'expect_column_values_to_not_match_like_pattern') THEN
				t := @extschema@._kw(kw, 'like_pattern', 'string', name, kpath, true) #>> '{}';
				IF t ~ '(^|[^\\])(\\\\)*\\$' THEN
					RAISE EXCEPTION 'invalid LIKE pattern in %: it must not end with the escape character', name
						USING ERRCODE = 'invalid_escape_sequence',
							  DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'like_pattern'), to_jsonb(t));
				END IF;
				u := format('(%s)::text LIKE %L', col, t);
				IF name = 'expect_column_values_to_match_like_pattern' THEN
					u := 'NOT ' || u;
				END IF;
			ELSIF name = 'expect_column_value_lengths_to_be_between' THEN
				lo := (@extschema@._kw(kw, 'min_value', 'count', name, kpath))::text;
				hi := (@extschema@._kw(kw, 'max_value', 'count', name, kpath))::text;
				IF lo IS NULL AND hi IS NULL THEN
					RAISE EXCEPTION '% needs min_value or max_value', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s sets neither.', kpath);
				END IF;
				t := format('pg_catalog.char_length((%s)::text)', col);
				u := '(' || concat_ws(' OR ',
					CASE WHEN lo IS NOT NULL THEN format('%s %s %s', t, CASE WHEN smin THEN '<=' ELSE '<' END, lo) END,
					CASE WHEN hi IS NOT NULL THEN format('%s %s %s', t, CASE WHEN smax THEN '>=' ELSE '>' END, hi) END) || ')';
			ELSIF name = 'expect_column_value_lengths_to_equal' THEN
				lo := (@extschema@._kw(kw, 'value', 'count', name, kpath, true))::text;
				u := format('pg_catalog.char_length((%s)::text) <> %s', col, lo);
			ELSE
				RAISE EXCEPTION 'expectation % has no map compiler', name;
			END IF;
			-- one FILTER for the count and the sample of the unexpected values
			aggs := ARRAY[format('pg_catalog.count(%s) AS %s_nn', col, a),
				format('@extschema@.count_sample((%s)::text, true, %s, false) FILTER (WHERE %s) AS %s_p', col, k, u, a)];
			result := format('@extschema@._map_result(q.n, q.%1$s_nn, q.%1$s_p[1]::int8, %2$s, (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::%3$s) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(q.%1$s_p[5:]) WITH ORDINALITY AS x(v, o)), false)',
				a, mostly, typ);
		END IF;

	-- ------------------------------------------------ pairs of columns (main scan)
	ELSIF kind = 'pair' THEN
		scan := 'main';
		colname := @extschema@._kw(kw, 'column_A', 'string', name, kpath, true) #>> '{}';
		SELECT * INTO c FROM @extschema@._columns(rel) x WHERE x.name = colname;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', colname, rel
				USING ERRCODE = 'undefined_column', DETAIL = format('%s of %s names it.', @extschema@._jpath(kpath, 'column_A'), name);
		END IF;
		t := @extschema@._kw(kw, 'column_B', 'string', name, kpath, true) #>> '{}';
		SELECT * INTO c2 FROM @extschema@._columns(rel) x WHERE x.name = t;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'column "%" of relation % does not exist', t, rel
				USING ERRCODE = 'undefined_column', DETAIL = format('%s of %s names it.', @extschema@._jpath(kpath, 'column_B'), name);
		END IF;
		t := CASE WHEN name = 'expect_column_pair_values_to_be_equal' THEN '='
			WHEN COALESCE((@extschema@._kw(kw, 'or_equal', 'boolean', name, kpath))::bool, false) THEN '>='
			ELSE '>' END;
		BEGIN
			EXECUTE format('SELECT NULL::%s %s NULL::%s', c.typname, t, c2.typname);
		EXCEPTION WHEN undefined_function OR datatype_mismatch THEN
			RAISE EXCEPTION 'columns "%" (%) and "%" (%) cannot be compared with %', c.name, c.typname, c2.name, c2.typname, t
				USING ERRCODE = 'datatype_mismatch',
					  DETAIL = format('%s and %s name them.', @extschema@._jpath(kpath, 'column_A'), @extschema@._jpath(kpath, 'column_B'));
		END;
		u := format('NOT COALESCE(%s %s %s, false)', c.qname, t, c2.qname);
		v := COALESCE(@extschema@._kw(kw, 'ignore_row_if', 'string', name, kpath), '"both_values_are_missing"');
		hi := CASE v #>> '{}'
			WHEN 'both_values_are_missing' THEN format('NOT (%s IS NULL AND %s IS NULL)', c.qname, c2.qname)
			WHEN 'either_value_is_missing' THEN format('NOT (%s IS NULL OR %s IS NULL)', c.qname, c2.qname)
			WHEN 'neither' THEN 'true' END;
		IF hi IS NULL THEN
			RAISE EXCEPTION 'ignore_row_if of % must be "both_values_are_missing", "either_value_is_missing" or "neither"', name
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'ignore_row_if'), v);
		END IF;
		aggs := ARRAY[format('pg_catalog.count(*) FILTER (WHERE %s) AS %s_nn', hi, a),
			format('@extschema@.count_sample(pg_catalog.jsonb_build_array(%s, %s)::text, true, %s, false) FILTER (WHERE %s AND %s) AS %s_p',
				c.qname, c2.qname, k, hi, u, a)];
		result := format('@extschema@._map_result(q.n, q.%1$s_nn, q.%1$s_p[1]::int8, %2$s, (SELECT COALESCE(pg_catalog.jsonb_agg(x.v::jsonb ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(q.%1$s_p[5:]) WITH ORDINALITY AS x(v, o)), false)',
			a, mostly);
		colname := c.name;

	-- ------------------------------------------------ aggregates of a column (main scan)
	ELSIF kind = 'agg' THEN
		scan := 'main';
		IF name IN ('expect_column_mean_to_be_between', 'expect_column_median_to_be_between',
					'expect_column_stdev_to_be_between', 'expect_column_sum_to_be_between')
			AND c.kind NOT IN ('integer', 'float', 'numeric') THEN
			RAISE EXCEPTION '% needs a numeric column', name
				USING ERRCODE = 'datatype_mismatch',
					  DETAIL = format('Column "%s" of relation %s is of type %s.', c.name, rel, c.typname);
		END IF;
		-- the type observations are compared in: float8 for floating-point results (as Great
		-- Expectations compares Python floats), numeric for exact ones, else the column's type
		cmptyp := CASE
			WHEN name IN ('expect_column_median_to_be_between', 'expect_column_proportion_of_unique_values_to_be_between') THEN 'double precision'
			WHEN name = 'expect_column_unique_value_count_to_be_between' THEN 'numeric'
			WHEN c.kind = 'float' THEN 'double precision'
			WHEN c.kind IN ('integer', 'numeric') THEN 'numeric'
			ELSE typ END;
		nan_guard := cmptyp IN ('double precision', 'numeric');
		IF name <> 'expect_column_quantile_values_to_be_between' THEN
			lo := @extschema@._literal(@extschema@._kw(kw, 'min_value', CASE WHEN nan_guard THEN 'number' ELSE 'scalar' END, name, kpath),
				cmptyp, 'min_value', @extschema@._jpath(kpath, 'min_value'));
			hi := @extschema@._literal(@extschema@._kw(kw, 'max_value', CASE WHEN nan_guard THEN 'number' ELSE 'scalar' END, name, kpath),
				cmptyp, 'max_value', @extschema@._jpath(kpath, 'max_value'));
		END IF;
		obs := format('q.%s_o', a);
		CASE name
			WHEN 'expect_column_mean_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.avg(%s) AS %s_o', col, a)];
			WHEN 'expect_column_median_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.percentile_cont(0.5) WITHIN GROUP (ORDER BY (%s)::double precision) AS %s_o', col, a)];
			WHEN 'expect_column_stdev_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.stddev_samp(%s) AS %s_o', col, a)];
			WHEN 'expect_column_sum_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.sum(%s) AS %s_o', col, a)];
			WHEN 'expect_column_min_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.min(%s) AS %s_o', col, a)];
			WHEN 'expect_column_max_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.max(%s) AS %s_o', col, a)];
			WHEN 'expect_column_unique_value_count_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.count(DISTINCT %s) AS %s_o', col, a)];
			WHEN 'expect_column_proportion_of_unique_values_to_be_between' THEN
				aggs := ARRAY[format('pg_catalog.count(DISTINCT %s) AS %s_d', col, a), format('pg_catalog.count(%s) AS %s_nn', col, a)];
				obs := format('(CASE WHEN q.%1$s_nn = 0 THEN 0::double precision ELSE q.%1$s_d::double precision / q.%1$s_nn::double precision END)', a);
			WHEN 'expect_column_quantile_values_to_be_between' THEN
				v := @extschema@._kw(kw, 'quantile_ranges', 'object', name, kpath, true);
				t := @extschema@._jpath(kpath, 'quantile_ranges');
				IF jsonb_typeof(v -> 'quantiles') IS DISTINCT FROM 'array' OR jsonb_array_length(v -> 'quantiles') = 0
					OR EXISTS (SELECT 1 FROM jsonb_array_elements(v -> 'quantiles') e
						WHERE jsonb_typeof(e) <> 'number' OR e::numeric NOT BETWEEN 0 AND 1) THEN
					RAISE EXCEPTION 'quantile_ranges.quantiles of % must be a non-empty array of numbers between 0 and 1', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(t, 'quantiles'), COALESCE(left((v -> 'quantiles')::text, 200), 'missing'));
				END IF;
				IF jsonb_typeof(v -> 'value_ranges') IS DISTINCT FROM 'array'
					OR jsonb_array_length(v -> 'value_ranges') <> jsonb_array_length(v -> 'quantiles')
					OR EXISTS (SELECT 1 FROM jsonb_array_elements(v -> 'value_ranges') e
						WHERE jsonb_typeof(e) <> 'array' OR jsonb_array_length(e) <> 2) THEN
					RAISE EXCEPTION 'quantile_ranges.value_ranges of % must be an array of [min, max] pairs, one per quantile', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(t, 'value_ranges'), COALESCE(left((v -> 'value_ranges')::text, 200), 'missing'));
				END IF;
				IF EXISTS (SELECT 1 FROM jsonb_object_keys(v) x WHERE x NOT IN ('quantiles', 'value_ranges')) THEN
					RAISE EXCEPTION 'quantile_ranges of % takes only quantiles and value_ranges', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', t, left(v::text, 200));
				END IF;
				IF c.kind = 'other' AND c.typname NOT IN ('date', 'timestamp without time zone', 'timestamp with time zone', 'time without time zone', 'interval') THEN
					BEGIN
						EXECUTE format('SELECT NULL::%1$s < NULL::%1$s', typ);
					EXCEPTION WHEN undefined_function THEN
						RAISE EXCEPTION '% needs a column with an ordering', name
							USING ERRCODE = 'datatype_mismatch', DETAIL = format('Column "%s" of relation %s is of type %s.', c.name, rel, c.typname);
					END;
				END IF;
				aggs := ARRAY[format('pg_catalog.percentile_disc(%L::double precision[]) WITHIN GROUP (ORDER BY %s) AS %s_o',
					(SELECT array_agg(e::text::float8 ORDER BY o) FROM jsonb_array_elements(v -> 'quantiles') WITH ORDINALITY AS x(e, o)), col, a)];
				arr := NULL;
				FOR n IN 0 .. jsonb_array_length(v -> 'quantiles') - 1 LOOP
					lo := @extschema@._literal(v -> 'value_ranges' -> n -> 0, cmptyp, 'a quantile bound', format('%s[%s][0]', @extschema@._jpath(t, 'value_ranges'), n));
					hi := @extschema@._literal(v -> 'value_ranges' -> n -> 1, cmptyp, 'a quantile bound', format('%s[%s][1]', @extschema@._jpath(t, 'value_ranges'), n));
					arr := COALESCE(arr || ', ', '') || format('COALESCE(%s, false)',
						@extschema@._between_sql(CASE WHEN cmptyp = typ THEN format('(q.%s_o)[%s]', a, n + 1) ELSE format('((q.%s_o)[%s])::%s', a, n + 1, cmptyp) END,
							lo, hi, false, false, nan_guard));
				END LOOP;
				result := format('@extschema@._agg_result(true = ALL (ARRAY[%1$s]), pg_catalog.jsonb_build_object(''quantiles'', %2$L::jsonb, ''values'', pg_catalog.to_jsonb(q.%3$s_o)), pg_catalog.jsonb_build_object(''success_details'', pg_catalog.to_jsonb(ARRAY[%1$s])))',
					arr, v -> 'quantiles', a);
			ELSE
				RAISE EXCEPTION 'expectation % has no aggregate compiler', name;
		END CASE;
		IF result IS NULL THEN
			result := format('@extschema@._agg_result(%s, pg_catalog.to_jsonb(%s), NULL)',
				@extschema@._between_sql(CASE WHEN cmptyp = typ OR name IN ('expect_column_median_to_be_between', 'expect_column_proportion_of_unique_values_to_be_between')
					THEN obs ELSE format('(%s)::%s', obs, cmptyp) END, lo, hi, smin, smax, nan_guard), obs);
		END IF;

	-- ------------------------------------------------ the row count (main scan)
	ELSIF kind = 'table' THEN
		scan := 'main';
		IF name = 'expect_table_row_count_to_equal' THEN
			lo := @extschema@._kw(kw, 'value', 'count', name, kpath, true)::text;
			result := format('@extschema@._agg_result(q.n = %s, pg_catalog.to_jsonb(q.n), NULL)', lo);
		ELSE
			lo := @extschema@._literal(@extschema@._kw(kw, 'min_value', 'number', name, kpath), 'numeric', 'min_value', @extschema@._jpath(kpath, 'min_value'));
			hi := @extschema@._literal(@extschema@._kw(kw, 'max_value', 'number', name, kpath), 'numeric', 'max_value', @extschema@._jpath(kpath, 'max_value'));
			result := format('@extschema@._agg_result(%s, pg_catalog.to_jsonb(q.n), NULL)',
				@extschema@._between_sql('q.n::numeric', lo, hi, smin, smax, false));
		END IF;

	-- ------------------------------------------------ value counts (one GROUP BY GROUPING SETS scan)
	ELSIF kind = 'values' THEN
		scan := 'values';
		vatts := jsonb_build_array(jsonb_build_object('att', c.attnum, 'expr', col));
		t := format('vc.v%s', c.attnum);
		u := format('vc.g%s = 0 AND %s IS NOT NULL', c.attnum, t);
		IF name = 'expect_column_values_to_be_unique' THEN
			result := format('@extschema@._map_result(COALESCE((SELECT pg_catalog.sum(vc.cnt) FROM vc WHERE vc.g%1$s = 0), 0)::bigint, '
				'COALESCE((SELECT pg_catalog.sum(vc.cnt) FROM vc WHERE %2$s), 0)::bigint, '
				'COALESCE((SELECT pg_catalog.sum(vc.cnt) FROM vc WHERE %2$s AND vc.cnt > 1), 0)::bigint, %3$s, '
				'(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(d.v) ORDER BY d.v, d.r), ''[]'') FROM '
				'(SELECT %4$s AS v, r FROM vc, pg_catalog.generate_series(1, LEAST(vc.cnt, %5$s)) AS r WHERE %2$s AND vc.cnt > 1 ORDER BY %4$s, r LIMIT %5$s) d), false)',
				c.attnum, u, mostly, t, k);
		ELSE
			v := @extschema@._kw(kw, 'value_set', 'array', name, kpath, name <> 'expect_column_distinct_values_to_be_in_set');
			arr := @extschema@._array_literal(COALESCE(v, '[]'), typ, 'value_set', @extschema@._jpath(kpath, 'value_set'));
			IF name = 'expect_column_most_common_value_to_be_in_set' THEN
				lo := format('(SELECT %1$s AS v FROM vc WHERE %2$s AND vc.cnt = (SELECT pg_catalog.max(vc.cnt) FROM vc WHERE %2$s))', t, u);
				hi := format('EXISTS (SELECT 1 FROM %s m WHERE m.v = ANY (%s))', lo, arr);
				IF NOT COALESCE((@extschema@._kw(kw, 'ties_okay', 'boolean', name, kpath))::bool, false) THEN
					hi := format('(SELECT pg_catalog.count(*) FROM %s m) = 1 AND %s', lo, hi);
				END IF;
				result := format('@extschema@._agg_result(%s, (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(m.v) ORDER BY m.v), ''[]'') FROM %s m), NULL)', hi, lo);
			ELSE
				lo := format('NOT EXISTS (SELECT 1 FROM vc WHERE %s AND NOT COALESCE(%s = ANY (%s), false))', u, t, arr);
				hi := format('NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(%s) AS e(x) WHERE NOT EXISTS (SELECT 1 FROM vc WHERE %s AND %s = e.x))', arr, u, t);
				result := format('@extschema@._agg_result(%s, (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(%2$s) ORDER BY %2$s), ''[]'') FROM vc WHERE %3$s), '
					'pg_catalog.jsonb_build_object(''value_counts'', (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(''value'', %2$s, ''count'', vc.cnt) ORDER BY %2$s), ''[]'') FROM vc WHERE %3$s)))',
					CASE name
						WHEN 'expect_column_distinct_values_to_be_in_set' THEN format('pg_catalog.cardinality(%s) = 0 OR %s', arr, lo)
						WHEN 'expect_column_distinct_values_to_contain_set' THEN hi
						ELSE lo || ' AND ' || hi END,
					t, u);
			END IF;
		END IF;

	-- ------------------------------------------------ row order (one window scan)
	ELSIF kind = 'ordered' THEN
		scan := 'ordered';
		v := NULLIF(kw -> 'order_by', 'null');
		IF jsonb_typeof(v) NOT IN ('string', 'array') THEN
			RAISE EXCEPTION 'order_by of % must be a column name or an array of column names', name
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'order_by'), v);
		END IF;
		IF v IS NULL THEN
			IF (SELECT relkind FROM pg_catalog.pg_class WHERE oid = rel) NOT IN ('r', 'm') THEN
				RAISE EXCEPTION '% needs order_by on relation %', name, rel
					USING ERRCODE = 'invalid_parameter_value',
						  DETAIL = 'Only plain tables and materialized views have one physical row order.',
						  HINT = 'Name the column(s) that order the rows in order_by.';
			END IF;
			witems := ARRAY[format('ctid AS w%s_o1', i)];
			t := 'ctid';
		ELSE
			IF jsonb_typeof(v) = 'string' THEN
				v := jsonb_build_array(v);
			END IF;
			IF jsonb_array_length(v) = 0 THEN
				RAISE EXCEPTION 'order_by of % must name at least one column', name
					USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is [].', @extschema@._jpath(kpath, 'order_by'));
			END IF;
			t := NULL;
			FOR n IN 0 .. jsonb_array_length(v) - 1 LOOP
				SELECT * INTO c2 FROM @extschema@._columns(rel) x WHERE x.name = v ->> n AND jsonb_typeof(v -> n) = 'string';
				IF NOT FOUND THEN
					RAISE EXCEPTION 'order_by of % names no column of relation %', name, rel
						USING ERRCODE = 'undefined_column', DETAIL = format('%s[%s] is %s.', @extschema@._jpath(kpath, 'order_by'), n, v -> n);
				END IF;
				witems := witems || format('%s AS w%s_o%s', c2.qname, i, n + 1);
				t := COALESCE(t || ', ', '') || c2.qname;
			END LOOP;
		END IF;
		witems := witems || format('%s AS w%s_v', col, i)
			|| format('pg_catalog.lag(%1$s) OVER (PARTITION BY (%1$s) IS NULL ORDER BY %2$s) AS w%3$s_p', col, t, i);
		u := format('s.w%1$s_v IS NOT NULL AND s.w%1$s_p IS NOT NULL AND NOT (s.w%1$s_v %2$s s.w%1$s_p)', i,
			CASE WHEN name = 'expect_column_values_to_be_increasing' THEN '>' ELSE '<' END
			|| CASE WHEN COALESCE((@extschema@._kw(kw, 'strictly', 'boolean', name, kpath))::bool, false) THEN '' ELSE '=' END);
		aggs := ARRAY[format('pg_catalog.count(s.w%s_v) AS %s_nn', i, a),
			format('@extschema@.count_sample((s.w%s_v)::text, true, %s, false ORDER BY %s) FILTER (WHERE %s) AS %s_p', i, k,
				(SELECT string_agg(format('s.w%s_o%s', i, g), ', ' ORDER BY g) FROM generate_series(1, cardinality(witems) - 2) g), u, a)];
		result := format('@extschema@._map_result(q.n, q.%1$s_nn, q.%1$s_p[1]::int8, %2$s, (SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::%3$s) ORDER BY x.o), ''[]'') FROM pg_catalog.unnest(q.%1$s_p[5:]) WITH ORDINALITY AS x(v, o)), false)',
			a, mostly, typ);

	-- ------------------------------------------------ the catalog (no scan)
	ELSIF kind = 'catalog' THEN
		scan := 'catalog';
		cols := (SELECT COALESCE(jsonb_agg(x.name ORDER BY x.attnum), '[]') FROM @extschema@._columns(rel) x);
		IF name IN ('expect_column_values_to_be_of_type', 'expect_column_values_to_be_in_type_list') THEN
			IF name = 'expect_column_values_to_be_of_type' THEN
				v := jsonb_build_array(@extschema@._kw(kw, 'type_', 'string', name, kpath, true));
				t := @extschema@._jpath(kpath, 'type_');
			ELSE
				v := @extschema@._kw(kw, 'type_list', 'array', name, kpath, true);
				t := @extschema@._jpath(kpath, 'type_list');
			END IF;
			ok := false;
			FOR n IN 0 .. jsonb_array_length(v) - 1 LOOP
				IF jsonb_typeof(v -> n) <> 'string' THEN
					RAISE EXCEPTION 'type names of % must be strings', name
						USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s holds %s.', t, v -> n);
				END IF;
				BEGIN
					hi := to_regtype(v ->> n)::oid::text;
				EXCEPTION WHEN OTHERS THEN
					hi := NULL;
				END;
				IF hi IS NULL THEN
					RAISE EXCEPTION 'type "%" does not exist', v ->> n
						USING ERRCODE = 'undefined_object', DETAIL = format('%s of %s names it.', t, name);
				END IF;
				ok := ok OR hi::oid = c.typid;
			END LOOP;
			result := quote_literal(@extschema@._agg_result(ok, to_jsonb(c.typname), NULL)::text) || '::jsonb';
		ELSIF name = 'expect_column_to_exist' THEN
			v := @extschema@._kw(kw, 'column_index', 'count', name, kpath);
			result := quote_literal(@extschema@._agg_result(c.attnum IS NOT NULL AND (v IS NULL OR v::int = c.ordinal),
				to_jsonb(c.ordinal), NULL)::text) || '::jsonb';
			colname := @extschema@._kw(kw, 'column', 'string', name, kpath, true) #>> '{}';
		ELSIF name IN ('expect_table_column_count_to_equal', 'expect_table_column_count_to_be_between') THEN
			n := jsonb_array_length(cols);
			IF name = 'expect_table_column_count_to_equal' THEN
				ok := n = (@extschema@._kw(kw, 'value', 'count', name, kpath, true))::numeric;
			ELSE
				lo := @extschema@._literal(@extschema@._kw(kw, 'min_value', 'number', name, kpath), 'numeric', 'min_value', @extschema@._jpath(kpath, 'min_value'));
				hi := @extschema@._literal(@extschema@._kw(kw, 'max_value', 'number', name, kpath), 'numeric', 'max_value', @extschema@._jpath(kpath, 'max_value'));
				EXECUTE 'SELECT ' || @extschema@._between_sql(n || '::numeric', lo, hi, smin, smax, false) INTO ok;
			END IF;
			result := quote_literal(@extschema@._agg_result(ok, to_jsonb(n), NULL)::text) || '::jsonb';
		ELSIF name = 'expect_table_columns_to_match_ordered_list' THEN
			v := @extschema@._kw(kw, 'column_list', 'array', name, kpath, true);
			IF EXISTS (SELECT 1 FROM jsonb_array_elements(v) e WHERE jsonb_typeof(e) <> 'string') THEN
				RAISE EXCEPTION 'column_list of % must be an array of strings', name
					USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'column_list'), left(v::text, 200));
			END IF;
			details := (SELECT COALESCE(jsonb_agg(jsonb_build_object('Expected Column Position', g, 'Expected', v -> g, 'Found', cols -> g) ORDER BY g), '[]')
				FROM generate_series(0, greatest(jsonb_array_length(v), jsonb_array_length(cols)) - 1) g
				WHERE (v -> g) IS DISTINCT FROM (cols -> g));
			result := quote_literal(@extschema@._agg_result(details = '[]', cols,
				CASE WHEN details <> '[]' THEN jsonb_build_object('mismatched', details) END)::text) || '::jsonb';
		ELSIF name = 'expect_table_columns_to_match_set' THEN
			v := @extschema@._kw(kw, 'column_set', 'array', name, kpath, true);
			IF EXISTS (SELECT 1 FROM jsonb_array_elements(v) e WHERE jsonb_typeof(e) <> 'string') THEN
				RAISE EXCEPTION 'column_set of % must be an array of strings', name
					USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath(kpath, 'column_set'), left(v::text, 200));
			END IF;
			lo := (SELECT jsonb_agg(e ORDER BY e::text COLLATE "C") FROM jsonb_array_elements(cols) e WHERE NOT v @> jsonb_build_array(e));
			hi := (SELECT jsonb_agg(DISTINCT e) FROM jsonb_array_elements(v) e WHERE NOT cols @> jsonb_build_array(e));
			details := jsonb_strip_nulls(jsonb_build_object('unexpected', lo::jsonb, 'missing', hi::jsonb));
			ok := hi IS NULL AND (lo IS NULL OR NOT COALESCE((@extschema@._kw(kw, 'exact_match', 'boolean', name, kpath))::bool, true));
			result := quote_literal(@extschema@._agg_result(ok,
				CASE WHEN details = '{}' THEN cols ELSE (SELECT jsonb_agg(e ORDER BY e::text COLLATE "C") FROM jsonb_array_elements(cols) e) END,
				CASE WHEN details <> '{}' THEN jsonb_build_object('mismatched', details) END)::text) || '::jsonb';
		ELSE
			RAISE EXCEPTION 'expectation % has no catalog compiler', name;
		END IF;
	END IF;

	RETURN jsonb_build_object('index', i, 'expectation_type', name, 'column', colname, 'kwargs', kw,
		'scan', scan, 'aggs', to_jsonb(aggs), 'window', to_jsonb(witems), 'values', vatts,
		'result', result);
END
$$;
COMMENT ON FUNCTION @extschema@._expect_compile(pg_catalog.regclass, pg_catalog.int4, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.text) IS
'internal: checks one expectation and compiles it into the SQL fragments of the scan that computes it';

-- Runs compiled expectations over rel with as few scans as possible: one aggregate query for
-- every map, pair, aggregate and row-count expectation (split only past 1000 aggregates), one
-- GROUP BY GROUPING SETS query for all value-count expectations, one window query for all
-- row-order expectations, and none for catalog expectations. One row per plan, in plan order.
CREATE FUNCTION @extschema@._expect_run(rel pg_catalog.regclass, plans pg_catalog.jsonb[])
RETURNS TABLE(expectation_index pg_catalog.int4, expectation_type pg_catalog.text,
	column_name pg_catalog.text, kwargs pg_catalog.jsonb, success pg_catalog.bool,
	element_count pg_catalog.int8, missing_count pg_catalog.int8, unexpected_count pg_catalog.int8,
	unexpected_percent pg_catalog.float8, partial_unexpected_list pg_catalog.jsonb,
	observed_value pg_catalog.jsonb, details pg_catalog.jsonb)
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	p jsonb;
	res jsonb;
	results jsonb := '{}';
	queries text[] := '{}';
	aggs text[] := '{}';
	vals text[] := '{}';
	waggs text[] := '{}';
	witems text[] := '{}';
	wvals text[] := '{}';
	vitems text[] := '{}';
	vsets text[] := '{}';
	vvals text[] := '{}';
	cvals text[] := '{}';
	seen int[] := '{}';
	att int;
	q text;
BEGIN
	FOREACH p IN ARRAY plans LOOP
		CASE p ->> 'scan'
			WHEN 'main' THEN
				IF cardinality(aggs) + jsonb_array_length(p -> 'aggs') > 1000 AND cardinality(vals) > 0 THEN
					queries := queries || format('SELECT x.idx, x.res FROM (SELECT pg_catalog.count(*) AS n, %s FROM %s) AS q CROSS JOIN LATERAL (VALUES %s) AS x(idx, res)',
						array_to_string(aggs, ', '), rel, array_to_string(vals, ', '));
					aggs := '{}';
					vals := '{}';
				END IF;
				aggs := aggs || ARRAY(SELECT jsonb_array_elements_text(p -> 'aggs'));
				vals := vals || format('(%s, %s)', p ->> 'index', p ->> 'result');
			WHEN 'ordered' THEN
				waggs := waggs || ARRAY(SELECT jsonb_array_elements_text(p -> 'aggs'));
				witems := witems || ARRAY(SELECT jsonb_array_elements_text(p -> 'window'));
				wvals := wvals || format('(%s, %s)', p ->> 'index', p ->> 'result');
			WHEN 'values' THEN
				att := (p -> 'values' -> 0 ->> 'att')::int;
				IF att <> ALL (seen) THEN
					seen := seen || att;
					vitems := vitems || format('GROUPING(%1$s) AS g%2$s, %1$s AS v%2$s', p -> 'values' -> 0 ->> 'expr', att);
					vsets := vsets || format('(%s)', p -> 'values' -> 0 ->> 'expr');
				END IF;
				vvals := vvals || format('(%s, %s)', p ->> 'index', p ->> 'result');
			ELSE
				cvals := cvals || format('(%s, %s)', p ->> 'index', p ->> 'result');
		END CASE;
	END LOOP;
	IF cardinality(vals) > 0 THEN
		queries := queries || format('SELECT x.idx, x.res FROM (SELECT pg_catalog.count(*) AS n%s FROM %s) AS q CROSS JOIN LATERAL (VALUES %s) AS x(idx, res)',
			CASE WHEN cardinality(aggs) > 0 THEN ', ' || array_to_string(aggs, ', ') ELSE '' END,
			rel, array_to_string(vals, ', '));
	END IF;
	IF cardinality(wvals) > 0 THEN
		queries := queries || format('SELECT x.idx, x.res FROM (SELECT pg_catalog.count(*) AS n, %s FROM (SELECT %s FROM %s) AS s) AS q CROSS JOIN LATERAL (VALUES %s) AS x(idx, res)',
			array_to_string(waggs, ', '), array_to_string(witems, ', '), rel, array_to_string(wvals, ', '));
	END IF;
	IF cardinality(vvals) > 0 THEN
		queries := queries || format('WITH vc AS MATERIALIZED (SELECT %s, pg_catalog.count(*) AS cnt FROM %s GROUP BY GROUPING SETS (%s)) SELECT x.idx, x.res FROM (VALUES %s) AS x(idx, res)',
			array_to_string(vitems, ', '), rel, array_to_string(vsets, ', '), array_to_string(vvals, ', '));
	END IF;
	IF cardinality(cvals) > 0 THEN
		queries := queries || format('SELECT x.idx, x.res FROM (VALUES %s) AS x(idx, res)', array_to_string(cvals, ', '));
	END IF;
	-- EXECUTE ... INTO (not a FOR loop, which runs a cursor) lets the planner use parallel workers
	FOREACH q IN ARRAY queries LOOP
		EXECUTE format('SELECT pg_catalog.jsonb_object_agg(r.idx, r.res) FROM (%s) AS r', q) INTO res;
		results := results || COALESCE(res, '{}');
	END LOOP;
	FOREACH p IN ARRAY plans LOOP
		res := results -> (p ->> 'index');
		expectation_index := (p ->> 'index')::int;
		expectation_type := p ->> 'expectation_type';
		column_name := p ->> 'column';
		kwargs := p -> 'kwargs';
		success := (res ->> 'success')::bool;
		element_count := (res ->> 'element_count')::int8;
		missing_count := (res ->> 'missing_count')::int8;
		unexpected_count := (res ->> 'unexpected_count')::int8;
		unexpected_percent := (res ->> 'unexpected_percent')::float8;
		partial_unexpected_list := NULLIF(res -> 'partial_unexpected_list', 'null');
		observed_value := NULLIF(res -> 'observed_value', 'null');
		details := NULLIF(res -> 'details', 'null');
		RETURN NEXT;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._expect_run(pg_catalog.regclass, pg_catalog.jsonb[]) IS
'internal: runs compiled expectations over a relation in at most one scan of each kind';

CREATE FUNCTION @extschema@.expect_all(rel pg_catalog.regclass, suite pg_catalog.jsonb)
RETURNS TABLE(expectation_index pg_catalog.int4, expectation_type pg_catalog.text,
	column_name pg_catalog.text, kwargs pg_catalog.jsonb, success pg_catalog.bool,
	element_count pg_catalog.int8, missing_count pg_catalog.int8, unexpected_count pg_catalog.int8,
	unexpected_percent pg_catalog.float8, partial_unexpected_list pg_catalog.jsonb,
	observed_value pg_catalog.jsonb, details pg_catalog.jsonb)
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	items jsonb;
	base text;
	e jsonb;
	et jsonb;
	path text;
	key text;
	plans jsonb[] := '{}';
BEGIN
	IF rel IS NULL OR suite IS NULL THEN
		RAISE EXCEPTION 'the relation and the suite of expect_all must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF jsonb_typeof(suite) = 'array' THEN
		items := suite;
		base := '$';
	ELSIF jsonb_typeof(suite) = 'object' AND jsonb_typeof(suite -> 'expectations') = 'array' THEN
		items := suite -> 'expectations';
		base := '$.expectations';
	ELSE
		RAISE EXCEPTION 'a suite must be an array of expectations or an object with an "expectations" array'
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('$ is %s.', left(suite::text, 200)),
				  HINT = 'Each expectation is {"expectation_type": "expect_...", "kwargs": {...}} as Great Expectations writes them.';
	END IF;
	FOR i IN 0 .. jsonb_array_length(items) - 1 LOOP
		e := items -> i;
		path := format('%s[%s]', base, i);
		IF jsonb_typeof(e) <> 'object' THEN
			RAISE EXCEPTION 'an expectation must be a JSON object'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', path, left(e::text, 200));
		END IF;
		FOR key IN SELECT jsonb_object_keys(e) LOOP
			IF key NOT IN ('expectation_type', 'type', 'kwargs', 'meta', 'id', 'notes', 'rendered_content', 'description', 'severity', 'expectation_context') THEN
				RAISE EXCEPTION 'unknown member "%" of an expectation', key
					USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is not expected.', @extschema@._jpath(path, key)),
						  HINT = 'An expectation has "expectation_type" (or "type") and "kwargs".';
			END IF;
		END LOOP;
		et := COALESCE(e -> 'expectation_type', e -> 'type');
		IF jsonb_typeof(et) IS DISTINCT FROM 'string' THEN
			RAISE EXCEPTION 'an expectation needs its "expectation_type" as a string'
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', path, left(e::text, 200));
		END IF;
		plans := plans || @extschema@._expect_compile(rel, i, et #>> '{}', COALESCE(e -> 'kwargs', '{}'),
			@extschema@._jpath(path, CASE WHEN e ? 'expectation_type' THEN 'expectation_type' ELSE 'type' END),
			@extschema@._jpath(path, 'kwargs'));
	END LOOP;
	RETURN QUERY SELECT * FROM @extschema@._expect_run(rel, plans);
END
$$;
COMMENT ON FUNCTION @extschema@.expect_all(pg_catalog.regclass, pg_catalog.jsonb) IS
'runs a Great Expectations suite (array of {expectation_type, kwargs}, or an object with "expectations") over a relation in as few scans as possible; one row per expectation';

CREATE FUNCTION @extschema@.expect(rel pg_catalog.regclass, column_name pg_catalog.text,
	expectation pg_catalog.text, params pg_catalog.jsonb DEFAULT '{}',
	OUT success pg_catalog.bool, OUT element_count pg_catalog.int8, OUT missing_count pg_catalog.int8,
	OUT unexpected_count pg_catalog.int8, OUT unexpected_percent pg_catalog.float8,
	OUT partial_unexpected_list pg_catalog.jsonb, OUT observed_value pg_catalog.jsonb,
	OUT details pg_catalog.jsonb)
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	name text := lower(expectation);
	ps text[];
	key text;
	kw jsonb := COALESCE(params, '{}');
	r record;
BEGIN
	IF rel IS NULL OR expectation IS NULL THEN
		RAISE EXCEPTION 'the relation and the expectation of expect must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF jsonb_typeof(kw) <> 'object' THEN
		RAISE EXCEPTION 'the parameters of % must be a JSON object', expectation
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('$ is %s.', left(kw::text, 200));
	END IF;
	IF name NOT LIKE 'expect\_%' THEN
		name := 'expect_' || name;
	END IF;
	SELECT e.parameters INTO ps FROM @extschema@.expectation_types() e WHERE e.expectation_type = name;
	key := CASE WHEN 'column' = ANY (ps) THEN 'column' WHEN 'column_A' = ANY (ps) THEN 'column_A' END;
	IF column_name IS NOT NULL THEN
		IF ps IS NOT NULL AND key IS NULL THEN
			RAISE EXCEPTION '% takes no column', name
				USING ERRCODE = 'invalid_parameter_value', HINT = 'Pass NULL as column_name.';
		ELSIF key IS NOT NULL AND kw ? key AND kw ->> key IS DISTINCT FROM column_name THEN
			RAISE EXCEPTION 'column_name "%" and parameter "%" of % disagree', column_name, key, name
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('$.%s is %s.', key, kw -> key);
		ELSIF key IS NOT NULL THEN
			kw := kw || jsonb_build_object(key, column_name);
		END IF;
	ELSIF key IS NOT NULL AND NOT kw ? key THEN
		RAISE EXCEPTION '% needs a column', name
			USING ERRCODE = 'null_value_not_allowed', HINT = 'Pass the column name as column_name.';
	END IF;
	SELECT * INTO r FROM @extschema@._expect_run(rel,
		ARRAY[@extschema@._expect_compile(rel, 0, expectation, kw, 'The expectation argument', '$')]);
	success := r.success;
	element_count := r.element_count;
	missing_count := r.missing_count;
	unexpected_count := r.unexpected_count;
	unexpected_percent := r.unexpected_percent;
	partial_unexpected_list := r.partial_unexpected_list;
	observed_value := r.observed_value;
	details := r.details;
END
$$;
COMMENT ON FUNCTION @extschema@.expect(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb) IS
'checks one Great Expectations expectation (name with or without the expect_ prefix) on a column or a relation; result fields as Great Expectations reports them';

-- ---------------------------------------------------------------- schemas and anomalies
CREATE TYPE @extschema@.anomaly AS (
	column_name pg_catalog.text,
	kind pg_catalog.text,
	severity pg_catalog.text,
	description pg_catalog.text,
	observed pg_catalog.jsonb,
	expected pg_catalog.jsonb
);
COMMENT ON TYPE @extschema@.anomaly IS
'one finding of validate(): the column (NULL for the table), the kind, its severity (error, warning, info), a sentence, and what was observed and expected';

-- Every anomaly kind with its default severity (a schema may override them in "severity").
CREATE FUNCTION @extschema@.anomaly_kinds()
RETURNS TABLE(kind pg_catalog.text, severity pg_catalog.text, description pg_catalog.text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT * FROM (VALUES
		('row_count_out_of_band', 'error', 'the number of rows is outside row_count'),
		('missing_column', 'error', 'a required column of the schema is not in the data'),
		('unexpected_column', 'warning', 'the data has a column the schema does not list (additional_columns is false)'),
		('type_mismatch', 'error', 'the column type differs from the schema type'),
		('presence_below_minimum', 'error', 'the fraction of non-null values is below min_presence, or a non-nullable column has nulls'),
		('values_outside_domain', 'error', 'values are outside enum'),
		('new_values_above_fraction', 'error', 'the fraction of values outside enum exceeds max_new_value_fraction'),
		('below_minimum', 'error', 'values are below minimum'),
		('above_maximum', 'error', 'values are above maximum (NaN counts as above)'),
		('not_unique', 'error', 'a column declared unique has duplicate values'),
		('distinct_count_out_of_band', 'warning', 'the number of distinct values is outside distinct_count'),
		('string_length_out_of_band', 'warning', 'text values are shorter than min_length or longer than max_length'),
		('drift_above_threshold', 'error', 'the drift comparator finds a distance above its threshold against the drift baseline'),
		('skew_above_threshold', 'error', 'the skew comparator finds a distance above its threshold against the skew baseline')
	) AS k(kind, severity, description);
END;
COMMENT ON FUNCTION @extschema@.anomaly_kinds() IS
'the anomaly kinds validate() reports, with their default severities';

CREATE FUNCTION @extschema@._schema_error(path pg_catalog.text, msg pg_catalog.text, got pg_catalog.jsonb)
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
	RAISE EXCEPTION 'invalid schema at %: %', path, msg
		USING ERRCODE = 'invalid_parameter_value',
			  DETAIL = CASE WHEN got IS NULL THEN 'The member is missing.' ELSE format('The value is %s.', left(got::text, 200)) END,
			  HINT = 'The schema format is described in the README (section Schema validation).';
END
$$;
COMMENT ON FUNCTION @extschema@._schema_error(pg_catalog.text, pg_catalog.text, pg_catalog.jsonb) IS
'internal: raises "invalid schema at <JSON path>: <what is wrong>" (22023)';

-- Checks a schema document member by member and returns it unchanged; any error names the JSON
-- path of the offending member. See README "Schema validation" for the format.
CREATE FUNCTION @extschema@.check_schema(schema pg_catalog.jsonb)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
AS $$
DECLARE
	top_keys text[] := '{schema_version,description,inferred_from,row_count,additional_columns,severity,drift_baseline,skew_baseline,columns}';
	col_keys text[] := '{type,required,nullable,min_presence,minimum,maximum,enum,max_new_value_fraction,unique,distinct_count,min_length,max_length,drift_comparator,skew_comparator,severity,description}';
	key text;
	ckey text;
	col jsonb;
	v jsonb;
	p text;
	cp text;
	typid oid;
	kinds text[] := ARRAY(SELECT k.kind FROM @extschema@.anomaly_kinds() k);
BEGIN
	IF jsonb_typeof(schema) <> 'object' THEN
		PERFORM @extschema@._schema_error('$', 'a schema is a JSON object', schema);
	END IF;
	FOR key IN SELECT jsonb_object_keys(schema) LOOP
		p := @extschema@._jpath('$', key);
		v := schema -> key;
		IF key <> ALL (top_keys) THEN
			PERFORM @extschema@._schema_error(p, format('unknown member "%s" (known: %s)', key, array_to_string(top_keys, ', ')), v);
		ELSIF key = 'schema_version' THEN
			IF v IS DISTINCT FROM '1' THEN
				PERFORM @extschema@._schema_error(p, 'schema_version must be 1', v);
			END IF;
		ELSIF key IN ('description', 'inferred_from', 'drift_baseline', 'skew_baseline') THEN
			IF jsonb_typeof(v) <> 'string' THEN
				PERFORM @extschema@._schema_error(p, 'expected a string', v);
			END IF;
		ELSIF key = 'additional_columns' THEN
			IF jsonb_typeof(v) <> 'boolean' THEN
				PERFORM @extschema@._schema_error(p, 'expected true or false', v);
			END IF;
		ELSIF key = 'row_count' THEN
			PERFORM @extschema@._schema_check_band(v, p);
		ELSIF key = 'severity' THEN
			PERFORM @extschema@._schema_check_severity(v, p, kinds);
		ELSIF key = 'columns' THEN
			IF jsonb_typeof(v) <> 'object' THEN
				PERFORM @extschema@._schema_error(p, 'columns is an object that maps each column name to its constraints', v);
			END IF;
		END IF;
	END LOOP;
	IF NOT schema ? 'columns' THEN
		PERFORM @extschema@._schema_error('$.columns', 'a schema needs "columns"', NULL);
	END IF;
	FOR key, col IN SELECT * FROM jsonb_each(schema -> 'columns') LOOP
		cp := @extschema@._jpath('$.columns', key);
		IF jsonb_typeof(col) <> 'object' THEN
			PERFORM @extschema@._schema_error(cp, 'a column is described by an object', col);
		END IF;
		typid := NULL;
		FOR ckey, v IN SELECT * FROM jsonb_each(col) LOOP
			p := @extschema@._jpath(cp, ckey);
			IF ckey <> ALL (col_keys) THEN
				PERFORM @extschema@._schema_error(p, format('unknown member "%s" (known: %s)', ckey, array_to_string(col_keys, ', ')), v);
			ELSIF ckey = 'type' THEN
				IF jsonb_typeof(v) <> 'string' THEN
					PERFORM @extschema@._schema_error(p, 'expected a type name', v);
				END IF;
				BEGIN
					typid := to_regtype(v #>> '{}');
				EXCEPTION WHEN OTHERS THEN
					typid := NULL;
				END;
				IF typid IS NULL THEN
					PERFORM @extschema@._schema_error(p, format('type "%s" does not exist', v #>> '{}'), v);
				END IF;
			ELSIF ckey IN ('required', 'nullable', 'unique') THEN
				IF jsonb_typeof(v) <> 'boolean' THEN
					PERFORM @extschema@._schema_error(p, 'expected true or false', v);
				END IF;
			ELSIF ckey IN ('min_presence', 'max_new_value_fraction') THEN
				IF jsonb_typeof(v) <> 'number' THEN
					PERFORM @extschema@._schema_error(p, 'expected a fraction between 0 and 1', v);
				ELSIF v::numeric NOT BETWEEN 0 AND 1 THEN
					PERFORM @extschema@._schema_error(p, 'expected a fraction between 0 and 1', v);
				END IF;
			ELSIF ckey IN ('minimum', 'maximum') THEN
				IF jsonb_typeof(v) <> 'number' THEN
					PERFORM @extschema@._schema_error(p, 'expected a number', v);
				END IF;
				BEGIN
					PERFORM (v #>> '{}')::float8;
				EXCEPTION WHEN numeric_value_out_of_range THEN
					PERFORM @extschema@._schema_error(p, 'the number is out of the range of double precision', v);
				END;
			ELSIF ckey IN ('min_length', 'max_length') THEN
				IF jsonb_typeof(v) <> 'number' THEN
					PERFORM @extschema@._schema_error(p, 'expected a non-negative integer', v);
				ELSIF v::numeric < 0 OR v::numeric <> trunc(v::numeric) OR v::numeric > 2147483647 THEN
					PERFORM @extschema@._schema_error(p, 'expected a non-negative integer', v);
				END IF;
			ELSIF ckey = 'enum' THEN
				IF jsonb_typeof(v) <> 'array' THEN
					PERFORM @extschema@._schema_error(p, 'expected an array of allowed values', v);
				END IF;
				FOR i IN 0 .. jsonb_array_length(v) - 1 LOOP
					IF jsonb_typeof(v -> i) NOT IN ('string', 'number', 'boolean') THEN
						PERFORM @extschema@._schema_error(format('%s[%s]', p, i), 'an allowed value is a string, number or boolean', v -> i);
					END IF;
				END LOOP;
			ELSIF ckey = 'distinct_count' THEN
				PERFORM @extschema@._schema_check_band(v, p);
			ELSIF ckey IN ('drift_comparator', 'skew_comparator') THEN
				PERFORM @extschema@._schema_check_comparator(v, p);
			ELSIF ckey = 'severity' THEN
				PERFORM @extschema@._schema_check_severity(v, p, kinds);
			ELSIF ckey = 'description' THEN
				IF jsonb_typeof(v) <> 'string' THEN
					PERFORM @extschema@._schema_error(p, 'expected a string', v);
				END IF;
			END IF;
		END LOOP;
		IF (col -> 'minimum')::numeric > (col -> 'maximum')::numeric THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(cp, 'minimum'), 'minimum is greater than maximum', col -> 'minimum');
		END IF;
		IF (col -> 'min_length')::numeric > (col -> 'max_length')::numeric THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(cp, 'min_length'), 'min_length is greater than max_length', col -> 'min_length');
		END IF;
		IF col ? 'max_new_value_fraction' AND NOT col ? 'enum' THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(cp, 'max_new_value_fraction'), 'max_new_value_fraction needs an enum', col -> 'max_new_value_fraction');
		END IF;
		IF typid IS NOT NULL THEN
			IF (col ? 'minimum' OR col ? 'maximum')
				AND @extschema@._type_kind(typid) NOT IN ('integer', 'float', 'numeric') THEN
				PERFORM @extschema@._schema_error(@extschema@._jpath(cp, CASE WHEN col ? 'minimum' THEN 'minimum' ELSE 'maximum' END),
					format('a range needs a numeric type, not %s', col ->> 'type'), col -> CASE WHEN col ? 'minimum' THEN 'minimum' ELSE 'maximum' END);
			END IF;
			IF (col ? 'min_length' OR col ? 'max_length') AND @extschema@._type_kind(typid) <> 'string' THEN
				PERFORM @extschema@._schema_error(@extschema@._jpath(cp, CASE WHEN col ? 'min_length' THEN 'min_length' ELSE 'max_length' END),
					format('a length band needs a text type, not %s', col ->> 'type'), col -> CASE WHEN col ? 'min_length' THEN 'min_length' ELSE 'max_length' END);
			END IF;
		END IF;
	END LOOP;
	RETURN schema;
END
$$;
COMMENT ON FUNCTION @extschema@.check_schema(pg_catalog.jsonb) IS
'checks a schema document (as infer_schema writes it and users edit it); returns it unchanged or raises an error naming the JSON path of the first invalid member';

-- Kind of a type through its domains: integer, float, numeric, boolean, string or other.
CREATE FUNCTION @extschema@._type_kind(typid pg_catalog.oid)
RETURNS pg_catalog.text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE base(typid, depth) AS (
		SELECT typid, 0
		UNION ALL
		SELECT t.typbasetype, b.depth OPERATOR(pg_catalog.+) 1
		FROM base b JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) b.typid
		WHERE t.typtype OPERATOR(pg_catalog.=) 'd'
	)
	SELECT CASE WHEN b.typid OPERATOR(pg_catalog.=) ANY ('{21,23,20}'::pg_catalog.oid[]) THEN 'integer'
			 WHEN b.typid OPERATOR(pg_catalog.=) ANY ('{700,701}'::pg_catalog.oid[]) THEN 'float'
			 WHEN b.typid OPERATOR(pg_catalog.=) 1700 THEN 'numeric'
			 WHEN b.typid OPERATOR(pg_catalog.=) 16 THEN 'boolean'
			 WHEN t.typcategory OPERATOR(pg_catalog.=) 'S' THEN 'string'
			 ELSE 'other' END
	FROM base b JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) b.typid
	ORDER BY b.depth DESC LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@._type_kind(pg_catalog.oid) IS
'internal: kind of a type through its domains (integer, float, numeric, boolean, string, other)';

CREATE FUNCTION @extschema@._schema_check_band(v pg_catalog.jsonb, p pg_catalog.text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	key text;
BEGIN
	IF jsonb_typeof(v) <> 'object' THEN
		PERFORM @extschema@._schema_error(p, 'a band is an object {"minimum": n, "maximum": n}', v);
	END IF;
	FOR key IN SELECT jsonb_object_keys(v) LOOP
		IF key NOT IN ('minimum', 'maximum') THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(p, key), format('unknown member "%s" (known: minimum, maximum)', key), v -> key);
		ELSIF jsonb_typeof(v -> key) <> 'number' THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(p, key), 'expected a non-negative integer', v -> key);
		ELSIF (v -> key)::numeric < 0 OR (v -> key)::numeric <> trunc((v -> key)::numeric)
			OR (v -> key)::numeric > 9223372036854775807 THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(p, key), 'expected a non-negative integer', v -> key);
		END IF;
	END LOOP;
	IF (v -> 'minimum')::numeric > (v -> 'maximum')::numeric THEN
		PERFORM @extschema@._schema_error(@extschema@._jpath(p, 'minimum'), 'minimum is greater than maximum', v -> 'minimum');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._schema_check_band(pg_catalog.jsonb, pg_catalog.text) IS
'internal: checks a {"minimum", "maximum"} count band of a schema';

CREATE FUNCTION @extschema@._schema_check_severity(v pg_catalog.jsonb, p pg_catalog.text, kinds pg_catalog.text[])
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	key text;
BEGIN
	IF jsonb_typeof(v) <> 'object' THEN
		PERFORM @extschema@._schema_error(p, 'severity maps anomaly kinds to "error", "warning" or "info"', v);
	END IF;
	FOR key IN SELECT jsonb_object_keys(v) LOOP
		IF key <> ALL (kinds) THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(p, key), format('unknown anomaly kind "%s"', key), v -> key);
		ELSIF v ->> key IS NULL OR v ->> key NOT IN ('error', 'warning', 'info') OR jsonb_typeof(v -> key) <> 'string' THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(p, key), 'a severity is "error", "warning" or "info"', v -> key);
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._schema_check_severity(pg_catalog.jsonb, pg_catalog.text, pg_catalog.text[]) IS
'internal: checks a severity override object of a schema';

-- TFDV's comparator names map to drift() methods: infinity_norm -> linf,
-- jensen_shannon_divergence -> js (see README for how the threshold is read).
CREATE FUNCTION @extschema@._schema_check_comparator(v pg_catalog.jsonb, p pg_catalog.text)
RETURNS void
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	key text;
	methods text[] := '{infinity_norm,jensen_shannon_divergence,linf,js,psi,kl,hellinger,wasserstein,ks,chi2,z,cvm,anderson,auto}';
BEGIN
	IF jsonb_typeof(v) <> 'object' THEN
		PERFORM @extschema@._schema_error(p, 'a comparator is an object {"method": ..., "threshold": ...}', v);
	END IF;
	FOR key IN SELECT jsonb_object_keys(v) LOOP
		IF key NOT IN ('method', 'threshold') THEN
			PERFORM @extschema@._schema_error(@extschema@._jpath(p, key), format('unknown member "%s" (known: method, threshold)', key), v -> key);
		END IF;
	END LOOP;
	IF jsonb_typeof(v -> 'method') IS DISTINCT FROM 'string' OR v ->> 'method' <> ALL (methods) THEN
		PERFORM @extschema@._schema_error(@extschema@._jpath(p, 'method'), format('a comparator method is one of %s', array_to_string(methods, ', ')), v -> 'method');
	END IF;
	IF jsonb_typeof(v -> 'threshold') IS DISTINCT FROM 'number' THEN
		PERFORM @extschema@._schema_error(@extschema@._jpath(p, 'threshold'), 'expected a non-negative number', v -> 'threshold');
	ELSIF (v -> 'threshold')::numeric < 0 THEN
		PERFORM @extschema@._schema_error(@extschema@._jpath(p, 'threshold'), 'expected a non-negative number', v -> 'threshold');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._schema_check_comparator(pg_catalog.jsonb, pg_catalog.text) IS
'internal: checks a drift or skew comparator of a schema';

-- Percent of a fraction for descriptions: 0.02633 -> '2.63%'.
CREATE FUNCTION @extschema@._pct(f pg_catalog.float8)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.rtrim(pg_catalog.rtrim(pg_catalog.to_char(f OPERATOR(pg_catalog.*) 100, 'FM999999990.99'), '0'), '.')
	OPERATOR(pg_catalog.||) '%';
COMMENT ON FUNCTION @extschema@._pct(pg_catalog.float8) IS
'internal: a fraction as a percentage with at most two decimals, for anomaly descriptions';

CREATE FUNCTION @extschema@._n_values(n pg_catalog.numeric)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n::pg_catalog.text OPERATOR(pg_catalog.||) CASE WHEN n OPERATOR(pg_catalog.=) 1 THEN ' value' ELSE ' values' END;
COMMENT ON FUNCTION @extschema@._n_values(pg_catalog.numeric) IS
'internal: "1 value" or "n values", for anomaly descriptions';

-- A violation record {"count", "sample", "exact"} (or {"violated": true} when a profile shows
-- the violation without counting it) is a violation when it counts something.
CREATE FUNCTION @extschema@._violated(v pg_catalog.jsonb)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN COALESCE((v OPERATOR(pg_catalog.->>) 'count')::pg_catalog.numeric OPERATOR(pg_catalog.>) 0, false)
	OR COALESCE((v OPERATOR(pg_catalog.->>) 'violated')::pg_catalog.bool, false);
COMMENT ON FUNCTION @extschema@._violated(pg_catalog.jsonb) IS
'internal: whether a violation record of the facts counts a violation';

-- The kind of profile a column of this (base) type makes, as profile_table profiles it: numeric
-- for integers, floats, numeric and dates/timestamps (as epoch seconds), text for text-like
-- types, bool for booleans; NULL for types that are not profiled.
CREATE FUNCTION @extschema@._profile_kind(typid pg_catalog.oid)
RETURNS pg_catalog.text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	WITH RECURSIVE base(typid, depth) AS (
		SELECT typid, 0
		UNION ALL
		SELECT t.typbasetype, b.depth OPERATOR(pg_catalog.+) 1
		FROM base b JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) b.typid
		WHERE t.typtype OPERATOR(pg_catalog.=) 'd'
	)
	SELECT CASE WHEN b.typid OPERATOR(pg_catalog.=) ANY ('{21,23,20,700,701,1700,1082,1114,1184}'::pg_catalog.oid[]) THEN 'numeric'
			 WHEN b.typid OPERATOR(pg_catalog.=) ANY ('{25,1043,1042,19,18}'::pg_catalog.oid[]) THEN 'text'
			 WHEN b.typid OPERATOR(pg_catalog.=) 16 THEN 'bool' END
	FROM base b ORDER BY b.depth DESC LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@._profile_kind(pg_catalog.oid) IS
'internal: the kind of profile profile_table makes of a column of this type (numeric, text, bool), NULL when it makes none';

-- The anomalies of one relation's facts against a checked schema. facts is
--   {"row_count": n, "columns": [{"name", "type" (or null), "profile_kind", "null_count",
--    "value_count", "min", "max", "distinct", "distinct_exact", "len_min", "len_max",
--    "below", "above", "outside", "length" ({"count", "sample", "exact"} each, against this
--    schema's bounds), "duplicates", "duplicates_exact", "drift", "skew"}, ...]}
-- with columns in table order. Both validate() (from one scan) and validate_profiles() (from
-- stored profiles) build facts and call this.
CREATE FUNCTION @extschema@._validate_facts(facts pg_catalog.jsonb, schema pg_catalog.jsonb)
RETURNS SETOF @extschema@.anomaly
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	n numeric := (facts ->> 'row_count')::numeric;
	f jsonb;
	sc jsonb;
	name text;
	lo numeric;
	hi numeric;
	cnt numeric;
	frac float8;
	allowed float8;
	presence float8;
	want_kind text;
	have_kind text;
	typid oid;
	a @extschema@.anomaly;
	defaults jsonb := (SELECT jsonb_object_agg(k.kind, k.severity) FROM @extschema@.anomaly_kinds() k);
BEGIN
	-- the table
	IF schema ? 'row_count' THEN
		lo := (schema -> 'row_count' ->> 'minimum')::numeric;
		hi := (schema -> 'row_count' ->> 'maximum')::numeric;
		IF n < lo OR n > hi THEN
			RETURN NEXT (NULL, 'row_count_out_of_band',
				COALESCE(schema -> 'severity' ->> 'row_count_out_of_band', defaults ->> 'row_count_out_of_band'),
				format('%s rows, outside the band [%s, %s]', n, COALESCE(lo::text, '0'), COALESCE(hi::text, 'unbounded')),
				jsonb_build_object('row_count', n), schema -> 'row_count')::@extschema@.anomaly;
		END IF;
	END IF;
	-- the columns, in table order
	FOR f IN SELECT e FROM jsonb_array_elements(facts -> 'columns') e LOOP
		name := f ->> 'name';
		sc := schema -> 'columns' -> name;
		IF sc IS NULL THEN
			IF NOT COALESCE((schema ->> 'additional_columns')::bool, false) THEN
				RETURN NEXT (name, 'unexpected_column',
					COALESCE(schema -> 'severity' ->> 'unexpected_column', defaults ->> 'unexpected_column'),
					format('column "%s" is not in the schema', name),
					CASE WHEN f ->> 'type' IS NOT NULL THEN jsonb_build_object('type', f -> 'type')
						ELSE jsonb_strip_nulls(jsonb_build_object('kind', f -> 'profile_kind')) END,
					jsonb_build_object('additional_columns', false))::@extschema@.anomaly;
			END IF;
			CONTINUE;
		END IF;
		a.column_name := name;

		-- type: the exact type when the data knows it, else the kind of profile it makes
		IF sc ? 'type' THEN
			typid := to_regtype(sc ->> 'type');
			want_kind := @extschema@._profile_kind(typid);
			have_kind := f ->> 'profile_kind';
			IF (f ->> 'type' IS NOT NULL AND to_regtype(f ->> 'type') <> typid) OR have_kind <> want_kind THEN
				RETURN NEXT (name, 'type_mismatch',
					COALESCE(sc -> 'severity' ->> 'type_mismatch', schema -> 'severity' ->> 'type_mismatch', defaults ->> 'type_mismatch'),
					CASE WHEN f ->> 'type' IS NOT NULL THEN format('type is %s, the schema says %s', f ->> 'type', sc ->> 'type')
						ELSE format('the profile is %s, the schema type %s makes %s profiles', have_kind, sc ->> 'type', want_kind) END,
					jsonb_strip_nulls(jsonb_build_object('type', f -> 'type', 'kind', have_kind)),
					jsonb_build_object('type', sc -> 'type', 'kind', want_kind))::@extschema@.anomaly;
				IF have_kind <> want_kind THEN
					CONTINUE;  -- values of another kind: their ranges and domains mean nothing here
				END IF;
			END IF;
		END IF;

		-- presence
		IF n > 0 AND (sc ? 'min_presence' OR sc ->> 'nullable' = 'false') THEN
			presence := (f ->> 'value_count')::float8 / n::float8;
			IF presence < (sc ->> 'min_presence')::float8 OR (sc ->> 'nullable' = 'false' AND (f ->> 'null_count')::numeric > 0) THEN
				RETURN NEXT (name, 'presence_below_minimum',
					COALESCE(sc -> 'severity' ->> 'presence_below_minimum', schema -> 'severity' ->> 'presence_below_minimum', defaults ->> 'presence_below_minimum'),
					format('%s of the rows have a value (%s nulls), the schema wants %s', @extschema@._pct(presence), f ->> 'null_count',
						CASE WHEN sc ->> 'nullable' = 'false' THEN 'no null' ELSE 'at least ' || @extschema@._pct((sc ->> 'min_presence')::float8) END),
					jsonb_build_object('presence', presence, 'null_count', f -> 'null_count', 'row_count', n),
					jsonb_strip_nulls(jsonb_build_object('min_presence', sc -> 'min_presence', 'nullable', sc -> 'nullable')))::@extschema@.anomaly;
			END IF;
		END IF;

		-- domain
		IF sc ? 'enum' AND @extschema@._violated(f -> 'outside') THEN
			cnt := (f -> 'outside' ->> 'count')::numeric;
			frac := cnt::float8 / (f ->> 'value_count')::float8;
			allowed := (sc ->> 'max_new_value_fraction')::float8;
			IF allowed IS NULL THEN
				RETURN NEXT (name, 'values_outside_domain',
					COALESCE(sc -> 'severity' ->> 'values_outside_domain', schema -> 'severity' ->> 'values_outside_domain', defaults ->> 'values_outside_domain'),
					format('%s (%s) %s outside the %s allowed values, e.g. %s', @extschema@._n_values(cnt), @extschema@._pct(frac), CASE WHEN cnt = 1 THEN 'is' ELSE 'are' END, 
						jsonb_array_length(sc -> 'enum'), (SELECT string_agg(e::text, ', ') FROM jsonb_array_elements(f -> 'outside' -> 'sample') e)),
					jsonb_build_object('count', cnt, 'fraction', frac, 'sample', f -> 'outside' -> 'sample', 'exact', f -> 'outside' -> 'exact'),
					jsonb_build_object('enum', sc -> 'enum'))::@extschema@.anomaly;
			ELSIF frac > allowed THEN
				RETURN NEXT (name, 'new_values_above_fraction',
					COALESCE(sc -> 'severity' ->> 'new_values_above_fraction', schema -> 'severity' ->> 'new_values_above_fraction', defaults ->> 'new_values_above_fraction'),
					format('%s of the values (%s) are outside the allowed values, more than the tolerated %s, e.g. %s', @extschema@._pct(frac), @extschema@._n_values(cnt),
						@extschema@._pct(allowed), (SELECT string_agg(e::text, ', ') FROM jsonb_array_elements(f -> 'outside' -> 'sample') e)),
					jsonb_build_object('count', cnt, 'fraction', frac, 'sample', f -> 'outside' -> 'sample', 'exact', f -> 'outside' -> 'exact'),
					jsonb_build_object('enum', sc -> 'enum', 'max_new_value_fraction', sc -> 'max_new_value_fraction'))::@extschema@.anomaly;
			END IF;
		END IF;

		-- range
		IF sc ? 'minimum' AND @extschema@._violated(f -> 'below') THEN
			cnt := (f -> 'below' ->> 'count')::numeric;
			frac := cnt::float8 / (f ->> 'value_count')::float8;
			RETURN NEXT (name, 'below_minimum',
				COALESCE(sc -> 'severity' ->> 'below_minimum', schema -> 'severity' ->> 'below_minimum', defaults ->> 'below_minimum'),
				format('%s (%s) %s below the minimum %s, e.g. %s', @extschema@._n_values(cnt), @extschema@._pct(frac), CASE WHEN cnt = 1 THEN 'is' ELSE 'are' END, sc -> 'minimum',
					(SELECT string_agg(e::text, ', ') FROM jsonb_array_elements(f -> 'below' -> 'sample') e)),
				jsonb_strip_nulls(jsonb_build_object('count', cnt, 'fraction', frac, 'min', f -> 'min', 'sample', f -> 'below' -> 'sample', 'exact', f -> 'below' -> 'exact')),
				jsonb_build_object('minimum', sc -> 'minimum'))::@extschema@.anomaly;
		END IF;
		IF sc ? 'maximum' AND @extschema@._violated(f -> 'above') THEN
			cnt := (f -> 'above' ->> 'count')::numeric;
			frac := cnt::float8 / (f ->> 'value_count')::float8;
			RETURN NEXT (name, 'above_maximum',
				COALESCE(sc -> 'severity' ->> 'above_maximum', schema -> 'severity' ->> 'above_maximum', defaults ->> 'above_maximum'),
				format('%s (%s) %s above the maximum %s, e.g. %s', @extschema@._n_values(cnt), @extschema@._pct(frac), CASE WHEN cnt = 1 THEN 'is' ELSE 'are' END, sc -> 'maximum',
					(SELECT string_agg(e::text, ', ') FROM jsonb_array_elements(f -> 'above' -> 'sample') e)),
				jsonb_strip_nulls(jsonb_build_object('count', cnt, 'fraction', frac, 'max', f -> 'max', 'sample', f -> 'above' -> 'sample', 'exact', f -> 'above' -> 'exact')),
				jsonb_build_object('maximum', sc -> 'maximum'))::@extschema@.anomaly;
		END IF;

		-- uniqueness
		IF sc ->> 'unique' = 'true' AND (f ->> 'duplicates')::numeric > 0 THEN
			RETURN NEXT (name, 'not_unique',
				COALESCE(sc -> 'severity' ->> 'not_unique', schema -> 'severity' ->> 'not_unique', defaults ->> 'not_unique'),
				format('%s non-null values but %s distinct ones%s', f ->> 'value_count', f ->> 'distinct',
					CASE WHEN (f ->> 'duplicates_exact')::bool THEN '' ELSE ' (estimated)' END),
				jsonb_build_object('value_count', f -> 'value_count', 'distinct_count', f -> 'distinct',
					'duplicate_count', f -> 'duplicates', 'exact', f -> 'duplicates_exact'),
				jsonb_build_object('unique', true))::@extschema@.anomaly;
		END IF;

		-- distinct count band (a column without values has no distinct values to count)
		IF sc ? 'distinct_count' AND (f ->> 'value_count')::numeric > 0 AND ((f ->> 'distinct')::numeric < (sc -> 'distinct_count' ->> 'minimum')::numeric
			OR (f ->> 'distinct')::numeric > (sc -> 'distinct_count' ->> 'maximum')::numeric) THEN
			RETURN NEXT (name, 'distinct_count_out_of_band',
				COALESCE(sc -> 'severity' ->> 'distinct_count_out_of_band', schema -> 'severity' ->> 'distinct_count_out_of_band', defaults ->> 'distinct_count_out_of_band'),
				format('%s distinct values%s, outside the band [%s, %s]', f ->> 'distinct',
					CASE WHEN (f ->> 'distinct_exact')::bool THEN '' ELSE ' (estimated)' END,
					COALESCE(sc -> 'distinct_count' ->> 'minimum', '0'), COALESCE(sc -> 'distinct_count' ->> 'maximum', 'unbounded')),
				jsonb_build_object('distinct_count', f -> 'distinct', 'exact', f -> 'distinct_exact'),
				sc -> 'distinct_count')::@extschema@.anomaly;
		END IF;

		-- string lengths
		IF (sc ? 'min_length' OR sc ? 'max_length') AND @extschema@._violated(f -> 'length') THEN
			cnt := (f -> 'length' ->> 'count')::numeric;
			frac := cnt::float8 / (f ->> 'value_count')::float8;
			RETURN NEXT (name, 'string_length_out_of_band',
				COALESCE(sc -> 'severity' ->> 'string_length_out_of_band', schema -> 'severity' ->> 'string_length_out_of_band', defaults ->> 'string_length_out_of_band'),
				CASE WHEN cnt IS NULL THEN format('lengths from %s to %s fall outside [%s, %s]', f ->> 'len_min', f ->> 'len_max',
						COALESCE(sc ->> 'min_length', '0'), COALESCE(sc ->> 'max_length', 'unbounded'))
					ELSE format('%s (%s) %s a length outside [%s, %s] (observed lengths %s to %s), e.g. %s', @extschema@._n_values(cnt), @extschema@._pct(frac), CASE WHEN cnt = 1 THEN 'has' ELSE 'have' END,
						COALESCE(sc ->> 'min_length', '0'), COALESCE(sc ->> 'max_length', 'unbounded'), f ->> 'len_min', f ->> 'len_max',
						(SELECT string_agg(e::text, ', ') FROM jsonb_array_elements(f -> 'length' -> 'sample') e)) END,
				jsonb_strip_nulls(jsonb_build_object('count', cnt, 'fraction', frac, 'min_length', f -> 'len_min', 'max_length', f -> 'len_max',
					'sample', f -> 'length' -> 'sample', 'exact', f -> 'length' -> 'exact')),
				jsonb_strip_nulls(jsonb_build_object('min_length', sc -> 'min_length', 'max_length', sc -> 'max_length')))::@extschema@.anomaly;
		END IF;

		-- drift and skew against baseline profiles (computed by the caller with drift())
		IF (f -> 'drift' ->> 'drifted')::bool THEN
			RETURN NEXT (name, 'drift_above_threshold',
				COALESCE(sc -> 'severity' ->> 'drift_above_threshold', schema -> 'severity' ->> 'drift_above_threshold', defaults ->> 'drift_above_threshold'),
				format('%s %s is above the threshold %s against the drift baseline', sc -> 'drift_comparator' ->> 'method',
					f -> 'drift' ->> 'statistic', sc -> 'drift_comparator' ->> 'threshold'),
				f -> 'drift', sc -> 'drift_comparator')::@extschema@.anomaly;
		END IF;
		IF (f -> 'skew' ->> 'drifted')::bool THEN
			RETURN NEXT (name, 'skew_above_threshold',
				COALESCE(sc -> 'severity' ->> 'skew_above_threshold', schema -> 'severity' ->> 'skew_above_threshold', defaults ->> 'skew_above_threshold'),
				format('%s %s is above the threshold %s against the skew baseline', sc -> 'skew_comparator' ->> 'method',
					f -> 'skew' ->> 'statistic', sc -> 'skew_comparator' ->> 'threshold'),
				f -> 'skew', sc -> 'skew_comparator')::@extschema@.anomaly;
		END IF;
	END LOOP;
	-- columns of the schema the data lacks
	FOR name, sc IN SELECT key, value FROM jsonb_each(schema -> 'columns')
		WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(facts -> 'columns') e WHERE e ->> 'name' = key)
		ORDER BY key COLLATE "C"
	LOOP
		IF COALESCE((sc ->> 'required')::bool, true) THEN
			RETURN NEXT (name, 'missing_column',
				COALESCE(sc -> 'severity' ->> 'missing_column', schema -> 'severity' ->> 'missing_column', defaults ->> 'missing_column'),
				format('column "%s" of the schema is missing', name), NULL::jsonb,
				jsonb_strip_nulls(jsonb_build_object('type', sc -> 'type', 'required', true)))::@extschema@.anomaly;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._validate_facts(pg_catalog.jsonb, pg_catalog.jsonb) IS
'internal: the anomalies of the facts observed about a relation (or its profiles) against a checked schema';

-- ---------------------------------------------------------------- inference and validation on profiles
-- SQL expression profiling a column as profile_table does (integers, floats and numeric as float8,
-- dates and timestamps as epoch seconds, text-like types as text, booleans as bool), or NULL for
-- a type profile_table does not profile.
CREATE FUNCTION @extschema@._profile_expr(qname pg_catalog.text, typid pg_catalog.oid)
RETURNS pg_catalog.text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT CASE
		WHEN @extschema@._profile_kind(typid) OPERATOR(pg_catalog.=) 'numeric'
			AND @extschema@._type_kind(typid) OPERATOR(pg_catalog.=) 'other'
			THEN pg_catalog.format('@extschema@.profile(pg_catalog.date_part(''epoch'', %s))', qname)
		WHEN @extschema@._profile_kind(typid) OPERATOR(pg_catalog.=) 'numeric'
			THEN pg_catalog.format('@extschema@.profile((%s)::pg_catalog.float8)', qname)
		WHEN @extschema@._profile_kind(typid) OPERATOR(pg_catalog.=) 'text'
			THEN pg_catalog.format('@extschema@.profile((%s)::pg_catalog.text)', qname)
		WHEN @extschema@._profile_kind(typid) OPERATOR(pg_catalog.=) 'bool'
			THEN pg_catalog.format('@extschema@.profile(%s)', qname) END;
END;
COMMENT ON FUNCTION @extschema@._profile_expr(pg_catalog.text, pg_catalog.oid) IS
'internal: the profile aggregate call profile_table uses for a column of this type, NULL when it profiles none';

-- Whether a unique index (valid, not partial, on this column alone) guarantees uniqueness.
CREATE FUNCTION @extschema@._unique_index(rel pg_catalog.regclass, attnum pg_catalog.int2)
RETURNS pg_catalog.bool
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_index i
		WHERE i.indrelid OPERATOR(pg_catalog.=) rel AND i.indisunique AND i.indisvalid
			AND i.indnkeyatts OPERATOR(pg_catalog.=) 1 AND i.indkey[0] OPERATOR(pg_catalog.=) attnum
			AND i.indpred IS NULL AND i.indexprs IS NULL);
END;
COMMENT ON FUNCTION @extschema@._unique_index(pg_catalog.regclass, pg_catalog.int2) IS
'internal: whether a valid, non-partial unique index on exactly this column exists';

-- Options of infer_schema, each checked (errors name the JSON path).
CREATE FUNCTION @extschema@._options(options pg_catalog.jsonb, spec pg_catalog.jsonb, fname pg_catalog.text)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	key text;
	o jsonb := COALESCE(options, '{}');
BEGIN
	IF jsonb_typeof(o) <> 'object' THEN
		RAISE EXCEPTION 'the options of % must be a JSON object', fname
			USING ERRCODE = 'invalid_parameter_value', DETAIL = format('$ is %s.', left(o::text, 200));
	END IF;
	FOR key IN SELECT jsonb_object_keys(o) LOOP
		IF NOT spec ? key THEN
			RAISE EXCEPTION 'unknown option "%" of %', key, fname
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is not an option.', @extschema@._jpath('$', key)),
					  HINT = format('The options are: %s.', (SELECT string_agg(k, ', ' ORDER BY k) FROM jsonb_object_keys(spec) k));
		END IF;
		PERFORM @extschema@._kw(o, key, spec -> key ->> 0, fname, '$', false, 'option');
		IF spec -> key ->> 0 = 'count' AND (o ->> key)::numeric > (spec -> key ->> 2)::numeric THEN
			RAISE EXCEPTION 'option "%" of % must be at most %', key, fname, spec -> key ->> 2
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath('$', key), o -> key);
		END IF;
		IF spec -> key ->> 0 = 'number' AND (o ->> key)::numeric < 0 THEN
			RAISE EXCEPTION 'option "%" of % must not be negative', key, fname
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('%s is %s.', @extschema@._jpath('$', key), o -> key);
		END IF;
	END LOOP;
	-- defaults under what the caller gave
	RETURN (SELECT jsonb_object_agg(k, v -> 1) FROM jsonb_each(spec) AS s(k, v) WHERE v -> 1 <> 'null') || o;
END
$$;
COMMENT ON FUNCTION @extschema@._options(pg_catalog.jsonb, pg_catalog.jsonb, pg_catalog.text) IS
'internal: checks options against a spec {name: [kind, default, max]} and fills in the defaults';

CREATE FUNCTION @extschema@.infer_schema(rel pg_catalog.regclass, options pg_catalog.jsonb DEFAULT '{}')
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	o jsonb;
	c record;
	inner_items text[] := ARRAY['pg_catalog.count(*) AS n'];
	pe text;
	r jsonb;
	n numeric;
	s @extschema@.profile_summary;
	p @extschema@.profile;
	col jsonb;
	cols jsonb := '{}';
	out jsonb;
	lo numeric;
	hi numeric;
	flo float8;
	fhi float8;
	slack float8;
	presence float8;
	vals jsonb;
	truncated bool;
	width numeric;
	wanted text[];
BEGIN
	IF rel IS NULL THEN
		RAISE EXCEPTION 'the relation of infer_schema must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	o := @extschema@._options(options, '{
		"columns": ["array", null], "domain": ["boolean", true], "max_domain_size": ["count", 100, 10000],
		"range": ["boolean", true], "range_slack": ["number", 0], "presence": ["boolean", true],
		"presence_slack": ["fraction", 0], "unique": ["boolean", true], "distinct_count": ["boolean", true],
		"distinct_slack": ["number", 0.25], "length": ["boolean", true], "length_slack": ["number", 0],
		"row_count": ["boolean", true], "row_count_slack": ["number", 0.5], "additional_columns": ["boolean", false]}', 'infer_schema');
	IF o ? 'columns' THEN
		FOR i IN 0 .. jsonb_array_length(o -> 'columns') - 1 LOOP
			IF jsonb_typeof(o -> 'columns' -> i) <> 'string'
				OR NOT EXISTS (SELECT 1 FROM @extschema@._columns(rel) x WHERE x.name = o -> 'columns' ->> i) THEN
				RAISE EXCEPTION 'option "columns" of infer_schema names no column of relation %', rel
					USING ERRCODE = 'undefined_column', DETAIL = format('$.columns[%s] is %s.', i, o -> 'columns' -> i);
			END IF;
		END LOOP;
		wanted := ARRAY(SELECT jsonb_array_elements_text(o -> 'columns'));
	END IF;
	-- one scan: a profile per profiled column, exact bounds of integer and numeric columns,
	-- non-null counts of the columns that are not profiled
	FOR c IN SELECT * FROM @extschema@._columns(rel) x WHERE wanted IS NULL OR x.name = ANY (wanted) ORDER BY x.attnum LOOP
		pe := @extschema@._profile_expr(c.qname, c.basetype);
		IF pe IS NOT NULL THEN
			inner_items := inner_items || format('%s AS p%s', pe, c.attnum);
		ELSE
			inner_items := inner_items || format('pg_catalog.count(%s) AS nn%s', c.qname, c.attnum);
		END IF;
		IF c.kind IN ('integer', 'numeric') THEN
			inner_items := inner_items || format('pg_catalog.min(%1$s)::numeric AS lo%2$s, pg_catalog.max(%1$s)::numeric AS hi%2$s', c.qname, c.attnum);
		END IF;
	END LOOP;
	EXECUTE format('SELECT pg_catalog.to_jsonb(q) FROM (SELECT %s FROM %s) AS q', array_to_string(inner_items, ', '), rel) INTO r;
	n := (r ->> 'n')::numeric;

	FOR c IN SELECT * FROM @extschema@._columns(rel) x WHERE wanted IS NULL OR x.name = ANY (wanted) ORDER BY x.attnum LOOP
		col := jsonb_build_object('type', c.typname);
		p := (r ->> ('p' || c.attnum))::@extschema@.profile;
		s := CASE WHEN p IS NOT NULL THEN @extschema@.summary(p) END;
		-- presence
		IF (o ->> 'presence')::bool AND n > 0 THEN
			presence := COALESCE(s.value_count, (r ->> ('nn' || c.attnum))::numeric)::float8 / n::float8;
			IF presence = 1 AND (o ->> 'presence_slack')::float8 = 0 THEN
				col := col || '{"nullable": false}';
			ELSE
				col := col || jsonb_build_object('nullable', true, 'min_presence',
					greatest(0, floor((presence - (o ->> 'presence_slack')::float8) * 1e6) / 1e6));
			END IF;
		END IF;
		-- numeric range (finite values; an infinity or NaN in the data leaves that side open)
		IF (o ->> 'range')::bool AND c.kind IN ('integer', 'float', 'numeric') AND s.finite_count > 0 THEN
			slack := (o ->> 'range_slack')::float8;
			IF c.kind = 'float' THEN
				flo := s.minimum - slack * (s.maximum - s.minimum);
				fhi := s.maximum + slack * (s.maximum - s.minimum);
				IF s.minimum >= 0 AND flo < 0 THEN
					flo := 0;
				END IF;
				IF s.neginf_count = 0 THEN
					col := col || jsonb_build_object('minimum', flo);
				END IF;
				IF s.posinf_count = 0 AND s.nan_count = 0 THEN
					col := col || jsonb_build_object('maximum', fhi);
				END IF;
			ELSE
				lo := (r ->> ('lo' || c.attnum))::numeric;
				hi := (r ->> ('hi' || c.attnum))::numeric;
				IF slack > 0 THEN
					width := hi - lo;
					lo := lo - slack::numeric * width;
					hi := hi + slack::numeric * width;
					IF (r ->> ('lo' || c.attnum))::numeric >= 0 AND lo < 0 THEN
						lo := 0;
					END IF;
					IF c.kind = 'integer' THEN
						lo := floor(lo);
						hi := ceil(hi);
					END IF;
				END IF;
				IF s.nan_count = 0 THEN
					col := col || jsonb_build_object('minimum', lo, 'maximum', hi);
				ELSE
					col := col || jsonb_build_object('minimum', lo);
				END IF;
			END IF;
		END IF;
		-- domain: every value of an exact text or bool profile with few distinct values that
		-- repeat (at most max_domain_size, each seen twice on average: not an identifier)
		IF (o ->> 'domain')::bool AND s.kind IN ('text', 'bool') AND s.exact AND s.value_count > 0
			AND s.distinct_estimate <= (o ->> 'max_domain_size')::int
			AND (s.kind = 'bool' OR 2 * s.distinct_estimate <= s.value_count) THEN
			truncated := false;
			IF s.kind = 'bool' THEN
				vals := (SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(v.b) ORDER BY v.b) FROM (VALUES (false, s.false_count), (true, s.true_count)) v(b, k) WHERE v.k > 0);
			ELSE
				SELECT pg_catalog.jsonb_agg(pg_catalog.to_jsonb(t.value) ORDER BY t.value COLLATE "C"),
					pg_catalog.bool_or(pg_catalog.octet_length(t.value) > 124)  -- possibly a stored prefix of a longer value
				INTO vals, truncated
				FROM @extschema@.top_values(p, s.distinct_estimate::int) t;
			END IF;
			IF vals IS NOT NULL AND NOT COALESCE(truncated, false) THEN
				col := col || jsonb_build_object('enum', vals);
				IF (o ->> 'distinct_count')::bool AND s.kind = 'text' THEN
					slack := (o ->> 'distinct_slack')::float8;
					col := col || jsonb_build_object('distinct_count', jsonb_build_object(
						'minimum', floor(s.distinct_estimate * (1 - least(slack, 1)))::int8,
						'maximum', ceil(s.distinct_estimate * (1 + slack))::int8));
				END IF;
			END IF;
		END IF;
		-- string lengths
		IF (o ->> 'length')::bool AND s.kind = 'text' AND s.value_count > 0 THEN
			slack := (o ->> 'length_slack')::float8;
			col := col || jsonb_build_object('min_length', floor(s.min_length * (1 - least(slack, 1)))::int8,
				'max_length', ceil(s.max_length * (1 + slack))::int8);
		END IF;
		-- uniqueness: proven by a unique index, or by an exact profile of an integer or text
		-- column (identifiers; the distinct values of floats, decimals, dates or booleans are a
		-- matter of chance)
		IF (o ->> 'unique')::bool
			AND ((c.kind IN ('integer', 'string') AND s.exact AND s.value_count >= 2 AND s.distinct_estimate = s.value_count)
				 OR @extschema@._unique_index(rel, c.attnum)) THEN
			col := col || '{"unique": true}';
		END IF;
		cols := cols || jsonb_build_object(c.name, col);
	END LOOP;

	out := jsonb_build_object('schema_version', 1, 'inferred_from', rel::text, 'columns', cols,
		'additional_columns', (o ->> 'additional_columns')::bool);
	IF (o ->> 'row_count')::bool THEN
		slack := (o ->> 'row_count_slack')::float8;
		out := out || jsonb_build_object('row_count', jsonb_build_object(
			'minimum', floor(n * (1 - least(slack, 1)))::int8, 'maximum', ceil(n * (1 + slack))::int8));
	END IF;
	RETURN out;
END
$$;
COMMENT ON FUNCTION @extschema@.infer_schema(pg_catalog.regclass, pg_catalog.jsonb) IS
'infers a schema (types, presence, ranges, domains, uniqueness, distinct-count and length bands, row-count band) from one scan of a relation; options choose what to infer';

-- The relation of stored baseline profiles named by the options (which win) or the schema, checked
-- to have the columns (column_name text, profile mlcheck.profile) profile_table returns; NULL when
-- neither names one.
CREATE FUNCTION @extschema@._baseline(which pg_catalog.text, options pg_catalog.jsonb, schema pg_catalog.jsonb)
RETURNS pg_catalog.regclass
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
	name text := COALESCE(options ->> which, schema ->> which);
	path text := CASE WHEN options ? which THEN 'option' ELSE 'schema member' END;
	rel regclass;
BEGIN
	IF name IS NULL THEN
		RETURN NULL;
	END IF;
	BEGIN
		rel := to_regclass(name);
	EXCEPTION WHEN OTHERS THEN
		rel := NULL;
	END;
	IF rel IS NULL THEN
		RAISE EXCEPTION 'relation "%" of % % does not exist', name, path, which
			USING ERRCODE = 'undefined_table';
	END IF;
	IF (SELECT count(*) FROM pg_catalog.pg_attribute a
		WHERE a.attrelid = rel AND NOT a.attisdropped AND a.attnum > 0
			AND ((a.attname = 'column_name' AND a.atttypid = 'pg_catalog.text'::regtype)
				 OR (a.attname = 'profile' AND a.atttypid = '@extschema@.profile'::regtype))) <> 2 THEN
		RAISE EXCEPTION 'relation % of % % has no columns (column_name text, profile mlcheck.profile)', rel, path, which
			USING ERRCODE = 'undefined_column',
				  HINT = 'Store the output of mlcheck.profile_table() in it.';
	END IF;
	RETURN rel;
END
$$;
COMMENT ON FUNCTION @extschema@._baseline(pg_catalog.text, pg_catalog.jsonb, pg_catalog.jsonb) IS
'internal: the baseline relation (column_name, profile) named by drift_baseline / skew_baseline';

-- A drift or skew comparator of the schema applied with drift() to the baseline profile of a
-- column (the merge of its rows in the baseline relation) and its current profile. TFDV's
-- method names map to drift()'s (infinity_norm -> linf, jensen_shannon_divergence -> js, its
-- square) and flag a distance greater than the threshold, as TFDV does; drift()'s own method
-- names keep drift()'s decision. NULL when the baseline has no profile of the column.
CREATE FUNCTION @extschema@._compare(baseline pg_catalog.regclass, colname pg_catalog.text,
	current @extschema@.profile, comparator pg_catalog.jsonb)
RETURNS pg_catalog.jsonb
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	base @extschema@.profile;
	method text := CASE comparator ->> 'method' WHEN 'infinity_norm' THEN 'linf'
		WHEN 'jensen_shannon_divergence' THEN 'js' ELSE comparator ->> 'method' END;
	res jsonb;
BEGIN
	IF baseline IS NULL OR current IS NULL OR comparator IS NULL THEN
		RETURN NULL;
	END IF;
	IF to_regprocedure('@extschema@.drift(@extschema@.profile, @extschema@.profile, text, double precision)') IS NULL THEN
		RAISE EXCEPTION 'drift and skew comparators need mlcheck.drift(), which this installation lacks'
			USING ERRCODE = 'feature_not_supported';
	END IF;
	EXECUTE format('SELECT @extschema@.merge(b.profile) FROM %s AS b WHERE b.column_name = $1', baseline)
		INTO base USING colname;
	IF base IS NULL THEN
		RETURN NULL;
	END IF;
	IF comparator ->> 'method' IN ('infinity_norm', 'jensen_shannon_divergence') THEN
		-- TFDV's comparators: an anomaly when the distance is greater than the threshold; its
		-- Jensen-Shannon divergence (base 2) is the square of drift()'s js distance
		EXECUTE 'SELECT pg_catalog.to_jsonb(d) FROM @extschema@.drift($1, $2, $3) AS d'
			INTO res USING base, current, method;
		IF comparator ->> 'method' = 'jensen_shannon_divergence' THEN
			res := res || jsonb_build_object('statistic', ((res ->> 'statistic')::float8) ^ 2);
		END IF;
		res := res || jsonb_build_object('method', comparator -> 'method', 'threshold', comparator -> 'threshold',
			'drifted', (res ->> 'statistic')::float8 > (comparator ->> 'threshold')::float8);
	ELSE
		EXECUTE 'SELECT pg_catalog.to_jsonb(d) FROM @extschema@.drift($1, $2, $3, $4) AS d'
			INTO res USING base, current, method, (comparator ->> 'threshold')::float8;
	END IF;
	RETURN res;
END
$$;
COMMENT ON FUNCTION @extschema@._compare(pg_catalog.regclass, pg_catalog.text, @extschema@.profile, pg_catalog.jsonb) IS
'internal: drift() of a column''s baseline profile and its current profile with a schema comparator';

-- SQL of a sample held by a count_sample result, given as an array slice expression, as JSON
-- values of type typ.
CREATE FUNCTION @extschema@._sample_sql(slice pg_catalog.text, typ pg_catalog.text)
RETURNS pg_catalog.text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.format('(SELECT COALESCE(pg_catalog.jsonb_agg(pg_catalog.to_jsonb(x.v::%s) ORDER BY x.o), ''[]'') '
	'FROM pg_catalog.unnest(%s) WITH ORDINALITY AS x(v, o))', typ, slice);
COMMENT ON FUNCTION @extschema@._sample_sql(pg_catalog.text, pg_catalog.text) IS
'internal: SQL of the typed JSON sample held by a slice of a count_sample result';

CREATE FUNCTION @extschema@.validate(rel pg_catalog.regclass, schema pg_catalog.jsonb,
	options pg_catalog.jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.anomaly
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	o jsonb;
	k int;
	c record;
	sc jsonb;
	inner_items text[] := ARRAY['pg_catalog.count(*) AS n'];
	outer_items text[] := ARRAY['q.n'];
	pe text;
	lit text;
	cond text;
	r jsonb;
	p @extschema@.profile;
	s @extschema@.profile_summary;
	f jsonb;
	facts jsonb := '[]';
	drift_base regclass;
	skew_base regclass;
	comparable bool;
	vc numeric;
	lo text;
	hi text;
BEGIN
	IF rel IS NULL OR schema IS NULL THEN
		RAISE EXCEPTION 'the relation and the schema of validate must not be null' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	schema := @extschema@.check_schema(schema);
	o := @extschema@._options(options, '{"sample_size": ["count", 10, 1000], "exact_unique": ["boolean", true],
		"drift_baseline": ["string", null], "skew_baseline": ["string", null]}', 'validate');
	k := (o ->> 'sample_size')::int;
	drift_base := @extschema@._baseline('drift_baseline', o, schema);
	skew_base := @extschema@._baseline('skew_baseline', o, schema);

	-- one scan: a profile of every schema column, and the exact counts and samples of its
	-- violations (values outside enum, below minimum, above maximum, lengths outside the band)
	FOR c IN SELECT * FROM @extschema@._columns(rel) x WHERE schema -> 'columns' ? x.name ORDER BY x.attnum LOOP
		sc := schema -> 'columns' -> c.name;
		pe := @extschema@._profile_expr(c.qname, c.basetype);
		IF pe IS NOT NULL THEN
			inner_items := inner_items || format('%s AS p%s', pe, c.attnum);
		ELSE
			inner_items := inner_items || format('pg_catalog.count(%s) AS nn%s', c.qname, c.attnum);
		END IF;
		outer_items := outer_items || format('q.%s%s', CASE WHEN pe IS NULL THEN 'nn' ELSE 'p' END, c.attnum);
		-- values of another kind than the schema's: no value checks (type_mismatch says why)
		comparable := NOT sc ? 'type' OR @extschema@._profile_kind(to_regtype(sc ->> 'type')) IS NOT DISTINCT FROM @extschema@._profile_kind(c.basetype);
		CONTINUE WHEN NOT comparable;
		-- one count_sample per check under one FILTER: the count of offending values (for a
		-- range split into below / above by its flag) and a sample of distinct ones
		IF sc ? 'enum' THEN
			lit := @extschema@._array_literal(sc -> 'enum', c.typname, 'an enum', @extschema@._jpath(@extschema@._jpath('$.columns', c.name), 'enum'));
			inner_items := inner_items || format('@extschema@.count_sample((%1$s)::text, true, %2$s, true) FILTER (WHERE %1$s IS NOT NULL AND NOT %1$s = ANY (%3$s)) AS od%4$s',
				c.qname, k, lit, c.attnum);
			outer_items := outer_items || format('q.od%1$s[1]::int8 AS od%1$s, %2$s AS ods%1$s', c.attnum,
				@extschema@._sample_sql(format('q.od%s[5:]', c.attnum), c.typname));
		END IF;
		IF c.kind IN ('integer', 'float', 'numeric') AND (sc ? 'minimum' OR sc ? 'maximum') THEN
			-- integers meet integral bounds (c < 1.5 is c < 2) so the comparison stays int8
			lo := CASE WHEN NOT sc ? 'minimum' THEN NULL
				WHEN c.kind = 'float' THEN format('%L::double precision', sc ->> 'minimum')
				WHEN c.kind = 'numeric' THEN format('%L::numeric', sc ->> 'minimum')
				WHEN ceil((sc ->> 'minimum')::numeric) > 9223372036854775807 THEN 'NULL::int8'
				ELSE format('%s::int8', greatest(ceil((sc ->> 'minimum')::numeric), -9223372036854775808)) END;
			hi := CASE WHEN NOT sc ? 'maximum' THEN NULL
				WHEN c.kind = 'float' THEN format('%L::double precision', sc ->> 'maximum')
				WHEN c.kind = 'numeric' THEN format('%L::numeric', sc ->> 'maximum')
				WHEN floor((sc ->> 'maximum')::numeric) < -9223372036854775808 THEN 'NULL::int8'
				ELSE format('%s::int8', least(floor((sc ->> 'maximum')::numeric), 9223372036854775807)) END;
			-- a bound beyond int8 on an integer column: below/above every value
			cond := concat_ws(' OR ',
				CASE WHEN lo = 'NULL::int8' THEN format('%s IS NOT NULL', c.qname) WHEN lo IS NOT NULL THEN format('%s < %s', c.qname, lo) END,
				CASE WHEN hi = 'NULL::int8' THEN format('%s IS NOT NULL', c.qname) WHEN hi IS NOT NULL THEN format('%s > %s', c.qname, hi) END);
			inner_items := inner_items || format('@extschema@.count_sample((%1$s)::text, %2$s, %3$s, true) FILTER (WHERE %4$s) AS rg%5$s',
				c.qname, CASE WHEN lo = 'NULL::int8' THEN 'true' WHEN lo IS NOT NULL THEN format('%s < %s', c.qname, lo) ELSE 'false' END,
				k, cond, c.attnum);
			-- {below, above, sampled below, sampled above, below values..., above values...}
			IF lo IS NOT NULL THEN
				outer_items := outer_items || format('q.rg%1$s[1]::int8 AS bm%1$s, %2$s AS bms%1$s', c.attnum,
					@extschema@._sample_sql(format('q.rg%1$s[5:4 + q.rg%1$s[3]::int]', c.attnum), c.typname));
			END IF;
			IF hi IS NOT NULL THEN
				outer_items := outer_items || format('q.rg%1$s[2]::int8 AS am%1$s, %2$s AS ams%1$s', c.attnum,
					@extschema@._sample_sql(format('q.rg%1$s[5 + q.rg%1$s[3]::int:]', c.attnum), c.typname));
			END IF;
		END IF;
		IF c.kind = 'string' AND (sc ? 'min_length' OR sc ? 'max_length') THEN
			inner_items := inner_items || format('@extschema@.count_sample((%1$s)::text, true, %2$s, true) FILTER (WHERE pg_catalog.char_length(%1$s) < %3$s OR pg_catalog.char_length(%1$s) > %4$s) AS ln%5$s',
				c.qname, k, COALESCE(sc ->> 'min_length', '0'), COALESCE(sc ->> 'max_length', '2147483647'), c.attnum);
			outer_items := outer_items || format('q.ln%1$s[1]::int8 AS ln%1$s, %2$s AS lns%1$s', c.attnum,
				@extschema@._sample_sql(format('q.ln%s[5:]', c.attnum), c.typname));
		END IF;
		IF sc ->> 'unique' = 'true' AND (o ->> 'exact_unique')::bool AND NOT @extschema@._unique_index(rel, c.attnum) THEN
			inner_items := inner_items || format('pg_catalog.count(DISTINCT %s) AS ud%s', c.qname, c.attnum);
			outer_items := outer_items || format('q.ud%s', c.attnum);
		END IF;
	END LOOP;
	EXECUTE format('SELECT pg_catalog.to_jsonb(o) FROM (SELECT %s FROM (SELECT %s FROM %s) AS q) AS o',
		array_to_string(outer_items, ', '), array_to_string(inner_items, ', '), rel) INTO r;

	-- facts, in table order
	FOR c IN SELECT * FROM @extschema@._columns(rel) x ORDER BY x.attnum LOOP
		f := jsonb_build_object('name', c.name, 'type', c.typname, 'profile_kind', @extschema@._profile_kind(c.basetype));
		IF schema -> 'columns' ? c.name THEN
			sc := schema -> 'columns' -> c.name;
			p := (r ->> ('p' || c.attnum))::@extschema@.profile;
			IF p IS NOT NULL THEN
				s := @extschema@.summary(p);
				f := f || jsonb_build_object('null_count', s.null_count, 'value_count', s.value_count,
					'distinct', s.distinct_estimate, 'distinct_exact', s.exact);
				IF c.kind IN ('integer', 'float', 'numeric') THEN
					f := f || jsonb_strip_nulls(jsonb_build_object('min', s.minimum, 'max', s.maximum));
				END IF;
				IF s.kind = 'text' THEN
					f := f || jsonb_build_object('len_min', s.min_length, 'len_max', s.max_length);
				END IF;
			ELSE
				s := NULL;
				f := f || jsonb_build_object('value_count', r -> ('nn' || c.attnum),
					'null_count', (r ->> 'n')::numeric - (r ->> ('nn' || c.attnum))::numeric);
			END IF;
			vc := (f ->> 'value_count')::numeric;
			f := f || jsonb_strip_nulls(jsonb_build_object(
				'outside', CASE WHEN r ? ('od' || c.attnum) THEN jsonb_build_object('count', r -> ('od' || c.attnum), 'sample', r -> ('ods' || c.attnum), 'exact', true) END,
				'below', CASE WHEN r ? ('bm' || c.attnum) THEN jsonb_build_object('count', r -> ('bm' || c.attnum), 'sample', r -> ('bms' || c.attnum), 'exact', true) END,
				'above', CASE WHEN r ? ('am' || c.attnum) THEN jsonb_build_object('count', r -> ('am' || c.attnum), 'sample', r -> ('ams' || c.attnum), 'exact', true) END,
				'length', CASE WHEN r ? ('ln' || c.attnum) THEN jsonb_build_object('count', r -> ('ln' || c.attnum), 'sample', r -> ('lns' || c.attnum), 'exact', true) END));
			-- duplicates: exact from count(DISTINCT), a unique index or an exact profile; else
			-- estimated from the distinct estimate (reported only when clearly below the count)
			IF sc ->> 'unique' = 'true' THEN
				f := f || CASE
					WHEN r ? ('ud' || c.attnum) THEN jsonb_build_object('duplicates', vc - (r ->> ('ud' || c.attnum))::numeric,
						'distinct', r -> ('ud' || c.attnum), 'duplicates_exact', true)
					WHEN @extschema@._unique_index(rel, c.attnum) THEN '{"duplicates": 0, "duplicates_exact": true}'::jsonb
					WHEN s.exact THEN jsonb_build_object('duplicates', vc - s.distinct_estimate, 'duplicates_exact', true)
					WHEN s IS NOT NULL AND s.distinct_estimate < 0.97 * vc THEN
						jsonb_build_object('duplicates', vc - s.distinct_estimate, 'duplicates_exact', false)
					ELSE '{"duplicates": 0, "duplicates_exact": false}'::jsonb END;
			END IF;
			f := f || jsonb_strip_nulls(jsonb_build_object(
				'drift', @extschema@._compare(drift_base, c.name, p, sc -> 'drift_comparator'),
				'skew', @extschema@._compare(skew_base, c.name, p, sc -> 'skew_comparator')));
		END IF;
		facts := facts || jsonb_build_array(f);
	END LOOP;
	RETURN QUERY SELECT * FROM @extschema@._validate_facts(jsonb_build_object('row_count', r -> 'n', 'columns', facts), schema);
END
$$;
COMMENT ON FUNCTION @extschema@.validate(pg_catalog.regclass, pg_catalog.jsonb, pg_catalog.jsonb) IS
'validates a relation against a schema in one scan (profiles plus exact counts and samples of violations); one row per anomaly';

CREATE FUNCTION @extschema@.validate_profiles(column_names pg_catalog.text[], profiles @extschema@.profile[],
	schema pg_catalog.jsonb, options pg_catalog.jsonb DEFAULT '{}')
RETURNS SETOF @extschema@.anomaly
LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
AS $$
DECLARE
	o jsonb;
	k int;
	sc jsonb;
	f jsonb;
	facts jsonb := '[]';
	p @extschema@.profile;
	s @extschema@.profile_summary;
	n int8;
	name text;
	drift_base regclass;
	skew_base regclass;
	want_kind text;
	lo float8;
	hi float8;
	cnt numeric;
	sample jsonb;
	enum_texts text[];
BEGIN
	IF column_names IS NULL OR profiles IS NULL OR schema IS NULL THEN
		RAISE EXCEPTION 'the column names, profiles and schema of validate_profiles must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF cardinality(column_names) <> cardinality(profiles) THEN
		RAISE EXCEPTION 'validate_profiles got % column names and % profiles', cardinality(column_names), cardinality(profiles)
			USING ERRCODE = 'array_subscript_error';
	END IF;
	IF array_position(column_names, NULL) IS NOT NULL OR array_position(profiles, NULL) IS NOT NULL THEN
		RAISE EXCEPTION 'the column names and profiles of validate_profiles must not be null'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF (SELECT count(DISTINCT x) FROM unnest(column_names) x) <> cardinality(column_names) THEN
		RAISE EXCEPTION 'validate_profiles got a column name twice'
			USING ERRCODE = 'invalid_parameter_value', HINT = 'Merge the profiles of a column with mlcheck.merge() first.';
	END IF;
	schema := @extschema@.check_schema(schema);
	o := @extschema@._options(options, '{"sample_size": ["count", 10, 1000], "skip_missing": ["boolean", false],
		"drift_baseline": ["string", null], "skew_baseline": ["string", null]}', 'validate_profiles');
	k := (o ->> 'sample_size')::int;
	drift_base := @extschema@._baseline('drift_baseline', o, schema);
	skew_base := @extschema@._baseline('skew_baseline', o, schema);
	IF (o ->> 'skip_missing')::bool THEN
		schema := jsonb_set(schema, '{columns}', (SELECT COALESCE(jsonb_object_agg(key, value), '{}')
			FROM jsonb_each(schema -> 'columns') WHERE key = ANY (column_names)));
	END IF;

	FOR i IN 1 .. cardinality(column_names) LOOP
		name := column_names[i];
		p := profiles[i];
		s := @extschema@.summary(p);
		IF n IS NULL THEN
			n := s.row_count;
		ELSIF n <> s.row_count THEN
			RAISE EXCEPTION 'the profiles of validate_profiles cover different row counts (% and %)', n, s.row_count
				USING ERRCODE = 'invalid_parameter_value', DETAIL = format('The profile of column "%s" differs.', name);
		END IF;
		f := jsonb_build_object('name', name, 'profile_kind', s.kind, 'null_count', s.null_count,
			'value_count', s.value_count, 'distinct', s.distinct_estimate, 'distinct_exact', s.exact);
		sc := schema -> 'columns' -> name;
		IF sc IS NOT NULL THEN
			want_kind := CASE WHEN sc ? 'type' THEN @extschema@._profile_kind(to_regtype(sc ->> 'type')) END;
			IF s.kind = 'numeric' THEN
				f := f || jsonb_strip_nulls(jsonb_build_object('min', s.minimum, 'max', s.maximum));
			ELSIF s.kind = 'text' THEN
				f := f || jsonb_build_object('len_min', s.min_length, 'len_max', s.max_length);
			END IF;
			IF want_kind IS NULL OR want_kind = s.kind THEN
				-- values outside enum: counted from the profile's values (all of them when it is
				-- exact; its heavy hitters otherwise, so the count is then a lower bound)
				IF sc ? 'enum' THEN
					enum_texts := ARRAY(SELECT e #>> '{}' FROM jsonb_array_elements(sc -> 'enum') e);
					SELECT COALESCE(sum(t.count), 0),
						COALESCE(jsonb_agg(CASE s.kind WHEN 'bool' THEN to_jsonb(t.value::bool) WHEN 'numeric' THEN to_jsonb(t.value::float8)
							ELSE to_jsonb(t.value) END ORDER BY t.count DESC, t.value) FILTER (WHERE t.rn <= k), '[]')
					INTO cnt, sample
					FROM (SELECT v.*, row_number() OVER (ORDER BY v.count DESC, v.value) AS rn
						FROM @extschema@.top_values(p, 1000000) v
						WHERE CASE WHEN s.kind = 'numeric'
							THEN NOT v.value::float8 = ANY (SELECT (e #>> '{}')::float8 FROM jsonb_array_elements(sc -> 'enum') e WHERE jsonb_typeof(e) = 'number')
							ELSE NOT v.value = ANY (enum_texts) END) t;
					f := f || jsonb_build_object('outside', jsonb_build_object('count', cnt, 'sample', sample, 'exact', s.exact));
				END IF;
				-- range: exact counts from an exact profile's values, else estimated with cdf();
				-- NaN and +Infinity count above any maximum, -Infinity below any minimum
				IF s.kind = 'numeric' AND sc ? 'minimum' THEN
					lo := (sc ->> 'minimum')::float8;
					IF s.exact THEN
						SELECT COALESCE(sum(t.count), 0), COALESCE(jsonb_agg(t.value::float8 ORDER BY t.value::float8) FILTER (WHERE t.rn <= k), '[]')
						INTO cnt, sample
						FROM (SELECT v.*, row_number() OVER (ORDER BY v.value::float8) AS rn FROM @extschema@.top_values(p, 1000000) v
							WHERE v.value::float8 < lo) t;
					ELSE
						cnt := CASE WHEN s.minimum < lo THEN round(s.finite_count * @extschema@.cdf(p, lo)) ELSE 0 END;
						sample := CASE WHEN s.minimum < lo THEN jsonb_build_array(s.minimum) ELSE '[]' END;
					END IF;
					cnt := cnt + s.neginf_count;
					IF s.neginf_count > 0 THEN
						sample := '["-Infinity"]'::jsonb || sample;
					END IF;
					f := f || jsonb_build_object('below', jsonb_build_object('count', cnt, 'sample', sample, 'exact', s.exact));
				END IF;
				IF s.kind = 'numeric' AND sc ? 'maximum' THEN
					hi := (sc ->> 'maximum')::float8;
					IF s.exact THEN
						SELECT COALESCE(sum(t.count), 0), COALESCE(jsonb_agg(t.value::float8 ORDER BY t.value::float8 DESC) FILTER (WHERE t.rn <= k), '[]')
						INTO cnt, sample
						FROM (SELECT v.*, row_number() OVER (ORDER BY v.value::float8 DESC) AS rn FROM @extschema@.top_values(p, 1000000) v
							WHERE v.value::float8 > hi) t;
					ELSE
						cnt := CASE WHEN s.maximum > hi THEN round(s.finite_count * (1 - @extschema@.cdf(p, hi))) ELSE 0 END;
						sample := CASE WHEN s.maximum > hi THEN jsonb_build_array(s.maximum) ELSE '[]' END;
					END IF;
					cnt := cnt + s.posinf_count + s.nan_count;
					IF s.posinf_count > 0 THEN
						sample := '["Infinity"]'::jsonb || sample;
					END IF;
					IF s.nan_count > 0 THEN
						sample := '["NaN"]'::jsonb || sample;
					END IF;
					f := f || jsonb_build_object('above', jsonb_build_object('count', cnt, 'sample', sample, 'exact', s.exact));
				END IF;
				-- lengths: the profile knows the shortest and longest value, not how many are out
				IF s.kind = 'text' AND s.value_count > 0 AND (s.min_length < (sc ->> 'min_length')::int8 OR s.max_length > (sc ->> 'max_length')::int8) THEN
					f := f || '{"length": {"violated": true}}';
				END IF;
				IF sc ->> 'unique' = 'true' THEN
					f := f || CASE
						WHEN s.exact THEN jsonb_build_object('duplicates', s.value_count - s.distinct_estimate, 'duplicates_exact', true)
						WHEN s.distinct_estimate < 0.97 * s.value_count THEN
							jsonb_build_object('duplicates', s.value_count - s.distinct_estimate, 'duplicates_exact', false)
						ELSE '{"duplicates": 0, "duplicates_exact": false}'::jsonb END;
				END IF;
			END IF;
			f := f || jsonb_strip_nulls(jsonb_build_object(
				'drift', @extschema@._compare(drift_base, name, p, sc -> 'drift_comparator'),
				'skew', @extschema@._compare(skew_base, name, p, sc -> 'skew_comparator')));
		END IF;
		facts := facts || jsonb_build_array(f);
	END LOOP;
	RETURN QUERY SELECT * FROM @extschema@._validate_facts(jsonb_build_object('row_count', COALESCE(n, 0), 'columns', facts), schema);
END
$$;
COMMENT ON FUNCTION @extschema@.validate_profiles(pg_catalog.text[], @extschema@.profile[], pg_catalog.jsonb, pg_catalog.jsonb) IS
'validates stored profiles (one per column name, e.g. the output of profile_table) against a schema without reading the table';


-- ==================================================================== model quality (src/metrics*.c)
-- Metric aggregates that slice with GROUP BY (exact, parallel safe, states Citus can ship as
-- text), the gate compare_metrics / compare_models, and label-free estimates. Rows whose score or
-- label is NULL are skipped (and counted where the result has a place for it); NaN raises 22023,
-- a probability outside [0, 1] 22003, an integer label other than 0/1 22023. README "Model
-- quality" has every formula.

-- metric_state: every row of a group, kept exactly (8 bytes a row; 16 for ranking). The
-- aggregates declare SSPACE as the memory of an empty state (its context and first arrays), so
-- the planner does not choose a hash aggregate it cannot keep in work_mem.
CREATE TYPE @extschema@.metric_state;
CREATE FUNCTION @extschema@.metric_state_in(pg_catalog.cstring)
RETURNS @extschema@.metric_state
AS 'MODULE_PATHNAME', 'mlcheck_metric_state_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.metric_state_out(@extschema@.metric_state)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'mlcheck_metric_state_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.metric_state_recv(pg_catalog.internal)
RETURNS @extschema@.metric_state
AS 'MODULE_PATHNAME', 'mlcheck_metric_state_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.metric_state_send(@extschema@.metric_state)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'mlcheck_metric_state_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.metric_state (
	INPUT = @extschema@.metric_state_in,
	OUTPUT = @extschema@.metric_state_out,
	RECEIVE = @extschema@.metric_state_recv,
	SEND = @extschema@.metric_state_send,
	INTERNALLENGTH = VARIABLE,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.metric_state IS
'exact state of the metric aggregates that keep every row (roc_auc, pr_auc, binary_metrics, estimate_performance, ndcg, precision_at_k, classification_metrics); text form is base64 of a versioned big-endian encoding';
COMMENT ON FUNCTION @extschema@.metric_state_in(pg_catalog.cstring) IS 'text input of metric_state (base64, validated completely)';
COMMENT ON FUNCTION @extschema@.metric_state_out(@extschema@.metric_state) IS 'text output of metric_state (base64; round-trips exactly)';
COMMENT ON FUNCTION @extschema@.metric_state_recv(pg_catalog.internal) IS 'binary input of metric_state (validated completely)';
COMMENT ON FUNCTION @extschema@.metric_state_send(@extschema@.metric_state) IS 'binary output of metric_state';

CREATE TYPE @extschema@.confusion_summary AS (
	tp pg_catalog.int8, fp pg_catalog.int8, tn pg_catalog.int8, fn pg_catalog.int8,
	accuracy pg_catalog.float8, precision pg_catalog.float8, recall pg_catalog.float8,
	specificity pg_catalog.float8, f1 pg_catalog.float8, mcc pg_catalog.float8,
	threshold pg_catalog.float8, skipped pg_catalog.int8
);
COMMENT ON TYPE @extschema@.confusion_summary IS
'result of confusion(): counts at the threshold (predicted positive iff score >= threshold), rates (NULL when their denominator is 0) and the rows skipped for a NULL score or label';
CREATE TYPE @extschema@.regression_summary AS (
	n pg_catalog.int8, mae pg_catalog.float8, mse pg_catalog.float8, rmse pg_catalog.float8,
	mape pg_catalog.float8, r2 pg_catalog.float8, bias pg_catalog.float8,
	max_error pg_catalog.float8, skipped pg_catalog.int8
);
COMMENT ON TYPE @extschema@.regression_summary IS
'result of regression_metrics(): errors of prediction - actual as scikit-learn computes them, and the rows skipped for a NULL value';
CREATE TYPE @extschema@.calibration_bin AS (
	bin pg_catalog.int4, lower pg_catalog.float8, upper pg_catalog.float8, count pg_catalog.int8,
	mean_predicted pg_catalog.float8, fraction_positive pg_catalog.float8
);
COMMENT ON TYPE @extschema@.calibration_bin IS
'one equal-width bin of a reliability diagram (lower, upper]: rows, mean predicted probability and fraction of positives (NULL when empty)';
CREATE TYPE @extschema@.binned_auc AS (
	roc_auc pg_catalog.float8, max_error pg_catalog.float8, n pg_catalog.int8, skipped pg_catalog.int8
);
COMMENT ON TYPE @extschema@.binned_auc IS
'result of roc_auc_binned(): the estimate and a bound on its distance to the exact ROC AUC';

-- ---------------------------------------------------------------- exact binary metrics
CREATE FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_binary_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.int8)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_binary_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool, pg_catalog.float8)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_binary_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_binary_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.metric_state_combine(@extschema@.metric_state, @extschema@.metric_state)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_metric_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_final(@extschema@.metric_state)
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'mlcheck_roc_auc_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.pr_auc_final(@extschema@.metric_state)
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'mlcheck_pr_auc_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.binary_metrics_final(@extschema@.metric_state)
RETURNS pg_catalog.jsonb AS 'MODULE_PATHNAME', 'mlcheck_binary_metrics_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool) IS 'transition function of roc_auc / pr_auc / binary_metrics (boolean label)';
COMMENT ON FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.int8) IS 'transition function of roc_auc / pr_auc / binary_metrics (0/1 label)';
COMMENT ON FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool, pg_catalog.float8) IS 'transition function of binary_metrics with a threshold (boolean label)';
COMMENT ON FUNCTION @extschema@.binary_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS 'transition function of binary_metrics with a threshold (0/1 label)';
COMMENT ON FUNCTION @extschema@.metric_state_combine(@extschema@.metric_state, @extschema@.metric_state) IS 'combine function of the metric_state aggregates (appends the rows of the second state)';
COMMENT ON FUNCTION @extschema@.roc_auc_final(@extschema@.metric_state) IS 'final function of roc_auc';
COMMENT ON FUNCTION @extschema@.pr_auc_final(@extschema@.metric_state) IS 'final function of pr_auc';
COMMENT ON FUNCTION @extschema@.binary_metrics_final(@extschema@.metric_state) IS 'final function of binary_metrics';

CREATE AGGREGATE @extschema@.roc_auc(score pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.roc_auc_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.roc_auc(score pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.roc_auc_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.pr_auc(score pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.pr_auc_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.pr_auc(score pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.pr_auc_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.binary_metrics(score pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.binary_metrics_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.binary_metrics(score pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.binary_metrics_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.binary_metrics(score pg_catalog.float8, label pg_catalog.bool, threshold pg_catalog.float8) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.binary_metrics_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.binary_metrics(score pg_catalog.float8, label pg_catalog.int8, threshold pg_catalog.float8) (
	SFUNC = @extschema@.binary_add, STYPE = @extschema@.metric_state, SSPACE = 5300,
	FINALFUNC = @extschema@.binary_metrics_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.roc_auc(pg_catalog.float8, pg_catalog.bool) IS
'exact ROC AUC (ties count one half, as scikit-learn roc_auc_score); NULL when a class is missing';
COMMENT ON AGGREGATE @extschema@.roc_auc(pg_catalog.float8, pg_catalog.int8) IS
'exact ROC AUC with 0/1 labels (ties count one half, as scikit-learn roc_auc_score); NULL when a class is missing';
COMMENT ON AGGREGATE @extschema@.pr_auc(pg_catalog.float8, pg_catalog.bool) IS
'average precision (step-wise over distinct thresholds, as scikit-learn average_precision_score); NULL without positives';
COMMENT ON AGGREGATE @extschema@.pr_auc(pg_catalog.float8, pg_catalog.int8) IS
'average precision with 0/1 labels (as scikit-learn average_precision_score); NULL without positives';
COMMENT ON AGGREGATE @extschema@.binary_metrics(pg_catalog.float8, pg_catalog.bool) IS
'every binary-classification metric of the group as jsonb (threshold 0.5), ready for compare_metrics';
COMMENT ON AGGREGATE @extschema@.binary_metrics(pg_catalog.float8, pg_catalog.int8) IS
'every binary-classification metric of the group as jsonb (0/1 labels, threshold 0.5)';
COMMENT ON AGGREGATE @extschema@.binary_metrics(pg_catalog.float8, pg_catalog.bool, pg_catalog.float8) IS
'every binary-classification metric of the group as jsonb, at the given threshold';
COMMENT ON AGGREGATE @extschema@.binary_metrics(pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS
'every binary-classification metric of the group as jsonb (0/1 labels), at the given threshold';

-- ---------------------------------------------------------------- label-free estimates (CBPE)
CREATE FUNCTION @extschema@.probs_add(@extschema@.metric_state, pg_catalog.float8)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_probs_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.probs_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.float8)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_probs_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.estimate_performance_final(@extschema@.metric_state)
RETURNS pg_catalog.jsonb AS 'MODULE_PATHNAME', 'mlcheck_estimate_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.probs_add(@extschema@.metric_state, pg_catalog.float8) IS 'transition function of estimate_performance';
COMMENT ON FUNCTION @extschema@.probs_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.float8) IS 'transition function of estimate_performance with a threshold';
COMMENT ON FUNCTION @extschema@.estimate_performance_final(@extschema@.metric_state) IS 'final function of estimate_performance';
CREATE AGGREGATE @extschema@.estimate_performance(probability pg_catalog.float8) (
	SFUNC = @extschema@.probs_add, STYPE = @extschema@.metric_state, SSPACE = 3200,
	FINALFUNC = @extschema@.estimate_performance_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.estimate_performance(probability pg_catalog.float8, threshold pg_catalog.float8) (
	SFUNC = @extschema@.probs_add, STYPE = @extschema@.metric_state, SSPACE = 3200,
	FINALFUNC = @extschema@.estimate_performance_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.estimate_performance(pg_catalog.float8) IS
'expected accuracy, precision, recall, specificity, F1 and ROC AUC of unlabelled calibrated probabilities (confidence-based estimation as NannyML CBPE), threshold 0.5';
COMMENT ON AGGREGATE @extschema@.estimate_performance(pg_catalog.float8, pg_catalog.float8) IS
'expected metrics of unlabelled calibrated probabilities (CBPE) at the given threshold';

-- ---------------------------------------------------------------- ranking
CREATE FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.float8)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_ranking_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_ranking_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_ranking_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool, pg_catalog.int4)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_ranking_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ndcg_final(@extschema@.metric_state)
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'mlcheck_ndcg_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.precision_at_k_final(@extschema@.metric_state)
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'mlcheck_precision_at_k_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.float8) IS 'transition function of ndcg (graded relevance)';
COMMENT ON FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool) IS 'transition function of ndcg (boolean relevance)';
COMMENT ON FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'transition function of ndcg_at_k / precision_at_k (graded relevance)';
COMMENT ON FUNCTION @extschema@.ranking_add(@extschema@.metric_state, pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS 'transition function of ndcg_at_k / precision_at_k (boolean relevance)';
COMMENT ON FUNCTION @extschema@.ndcg_final(@extschema@.metric_state) IS 'final function of ndcg / ndcg_at_k';
COMMENT ON FUNCTION @extschema@.precision_at_k_final(@extschema@.metric_state) IS 'final function of precision_at_k';
CREATE AGGREGATE @extschema@.ndcg(score pg_catalog.float8, relevance pg_catalog.float8) (
	SFUNC = @extschema@.ranking_add, STYPE = @extschema@.metric_state, SSPACE = 2100,
	FINALFUNC = @extschema@.ndcg_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.ndcg(score pg_catalog.float8, relevance pg_catalog.bool) (
	SFUNC = @extschema@.ranking_add, STYPE = @extschema@.metric_state, SSPACE = 2100,
	FINALFUNC = @extschema@.ndcg_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.ndcg_at_k(score pg_catalog.float8, relevance pg_catalog.float8, k pg_catalog.int4) (
	SFUNC = @extschema@.ranking_add, STYPE = @extschema@.metric_state, SSPACE = 2100,
	FINALFUNC = @extschema@.ndcg_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.ndcg_at_k(score pg_catalog.float8, relevance pg_catalog.bool, k pg_catalog.int4) (
	SFUNC = @extschema@.ranking_add, STYPE = @extschema@.metric_state, SSPACE = 2100,
	FINALFUNC = @extschema@.ndcg_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.precision_at_k(score pg_catalog.float8, relevance pg_catalog.float8, k pg_catalog.int4) (
	SFUNC = @extschema@.ranking_add, STYPE = @extschema@.metric_state, SSPACE = 2100,
	FINALFUNC = @extschema@.precision_at_k_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.precision_at_k(score pg_catalog.float8, relevance pg_catalog.bool, k pg_catalog.int4) (
	SFUNC = @extschema@.ranking_add, STYPE = @extschema@.metric_state, SSPACE = 2100,
	FINALFUNC = @extschema@.precision_at_k_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.ndcg(pg_catalog.float8, pg_catalog.float8) IS
'NDCG of one query group (GROUP BY the query), as scikit-learn ndcg_score: linear gain, log2 discount, tied scores averaged';
COMMENT ON AGGREGATE @extschema@.ndcg(pg_catalog.float8, pg_catalog.bool) IS
'NDCG of one query group with boolean relevance (true = 1)';
COMMENT ON AGGREGATE @extschema@.ndcg_at_k(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS
'NDCG@k of one query group, as scikit-learn ndcg_score(k=k)';
COMMENT ON AGGREGATE @extschema@.ndcg_at_k(pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS
'NDCG@k of one query group with boolean relevance (true = 1)';
COMMENT ON AGGREGATE @extschema@.precision_at_k(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS
'precision@k of one query group: expected relevant rows (relevance > 0) among the k best scores, over k; ties averaged';
COMMENT ON AGGREGATE @extschema@.precision_at_k(pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS
'precision@k of one query group with boolean relevance';

-- ---------------------------------------------------------------- multiclass
CREATE FUNCTION @extschema@.classes_add(@extschema@.metric_state, pg_catalog.text, pg_catalog.text)
RETURNS @extschema@.metric_state AS 'MODULE_PATHNAME', 'mlcheck_classes_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.classification_metrics_final(@extschema@.metric_state)
RETURNS pg_catalog.jsonb AS 'MODULE_PATHNAME', 'mlcheck_classification_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classes_add(@extschema@.metric_state, pg_catalog.text, pg_catalog.text) IS 'transition function of classification_metrics';
COMMENT ON FUNCTION @extschema@.classification_metrics_final(@extschema@.metric_state) IS 'final function of classification_metrics';
CREATE AGGREGATE @extschema@.classification_metrics(predicted pg_catalog.text, actual pg_catalog.text) (
	SFUNC = @extschema@.classes_add, STYPE = @extschema@.metric_state, SSPACE = 7200,
	FINALFUNC = @extschema@.classification_metrics_final, COMBINEFUNC = @extschema@.metric_state_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.classification_metrics(pg_catalog.text, pg_catalog.text) IS
'multiclass report as scikit-learn classification_report(output_dict=True): per-class precision / recall / f1-score / support, accuracy, macro / weighted / micro averages, and the confusion matrix (at most 1000 classes)';

-- ---------------------------------------------------------------- fixed-size states (float8[])
CREATE FUNCTION @extschema@.log_loss_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_log_loss_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.log_loss_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_log_loss_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.brier_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_brier_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.brier_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_brier_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.mean_state_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_mean_state_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.mean_state_final(pg_catalog.float8[])
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'mlcheck_mean_state_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.log_loss_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool) IS 'transition function of log_loss (boolean label)';
COMMENT ON FUNCTION @extschema@.log_loss_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8) IS 'transition function of log_loss (0/1 label)';
COMMENT ON FUNCTION @extschema@.brier_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool) IS 'transition function of brier (boolean label)';
COMMENT ON FUNCTION @extschema@.brier_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8) IS 'transition function of brier (0/1 label)';
COMMENT ON FUNCTION @extschema@.mean_state_combine(pg_catalog.float8[], pg_catalog.float8[]) IS 'combine function of log_loss / brier';
COMMENT ON FUNCTION @extschema@.mean_state_final(pg_catalog.float8[]) IS 'final function of log_loss / brier';
CREATE AGGREGATE @extschema@.log_loss(probability pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.log_loss_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.mean_state_final, COMBINEFUNC = @extschema@.mean_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.log_loss(probability pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.log_loss_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.mean_state_final, COMBINEFUNC = @extschema@.mean_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.brier(probability pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.brier_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.mean_state_final, COMBINEFUNC = @extschema@.mean_state_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.brier(probability pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.brier_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.mean_state_final, COMBINEFUNC = @extschema@.mean_state_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.log_loss(pg_catalog.float8, pg_catalog.bool) IS
'mean log loss, probabilities clipped to [2^-52, 1 - 2^-52] as scikit-learn 1.2 log_loss (eps="auto")';
COMMENT ON AGGREGATE @extschema@.log_loss(pg_catalog.float8, pg_catalog.int8) IS
'mean log loss with 0/1 labels (clipping as scikit-learn 1.2)';
COMMENT ON AGGREGATE @extschema@.brier(pg_catalog.float8, pg_catalog.bool) IS
'Brier score: mean squared difference of probability and label, as scikit-learn brier_score_loss';
COMMENT ON AGGREGATE @extschema@.brier(pg_catalog.float8, pg_catalog.int8) IS
'Brier score with 0/1 labels, as scikit-learn brier_score_loss';

CREATE FUNCTION @extschema@.confusion_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_confusion_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.confusion_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_confusion_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.confusion_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_confusion_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.confusion_final(pg_catalog.float8[])
RETURNS @extschema@.confusion_summary AS 'MODULE_PATHNAME', 'mlcheck_confusion_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.confusion_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.float8) IS 'transition function of confusion (boolean label)';
COMMENT ON FUNCTION @extschema@.confusion_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS 'transition function of confusion (0/1 label)';
COMMENT ON FUNCTION @extschema@.confusion_combine(pg_catalog.float8[], pg_catalog.float8[]) IS 'combine function of confusion';
COMMENT ON FUNCTION @extschema@.confusion_final(pg_catalog.float8[]) IS 'final function of confusion';
CREATE AGGREGATE @extschema@.confusion(score pg_catalog.float8, label pg_catalog.bool, threshold pg_catalog.float8) (
	SFUNC = @extschema@.confusion_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.confusion_final, COMBINEFUNC = @extschema@.confusion_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.confusion(score pg_catalog.float8, label pg_catalog.int8, threshold pg_catalog.float8) (
	SFUNC = @extschema@.confusion_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.confusion_final, COMBINEFUNC = @extschema@.confusion_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.confusion(pg_catalog.float8, pg_catalog.bool, pg_catalog.float8) IS
'confusion matrix at a threshold (predicted positive iff score >= threshold) with accuracy, precision, recall, specificity, F1 and MCC (NULL when undefined)';
COMMENT ON AGGREGATE @extschema@.confusion(pg_catalog.float8, pg_catalog.int8, pg_catalog.float8) IS
'confusion matrix at a threshold with 0/1 labels';

CREATE FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_calibration_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_calibration_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.int4)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_calibration_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.int4)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_calibration_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.calibration_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_calibration_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.calibration_error_final(pg_catalog.float8[])
RETURNS pg_catalog.float8 AS 'MODULE_PATHNAME', 'mlcheck_calibration_error_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.calibration_table_final(pg_catalog.float8[])
RETURNS @extschema@.calibration_bin[] AS 'MODULE_PATHNAME', 'mlcheck_calibration_table_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool) IS 'transition function of calibration_error / calibration_table (boolean label, 10 bins)';
COMMENT ON FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8) IS 'transition function of calibration_error / calibration_table (0/1 label, 10 bins)';
COMMENT ON FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS 'transition function of calibration_error / calibration_table (boolean label)';
COMMENT ON FUNCTION @extschema@.calibration_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.int4) IS 'transition function of calibration_error / calibration_table (0/1 label)';
COMMENT ON FUNCTION @extschema@.calibration_combine(pg_catalog.float8[], pg_catalog.float8[]) IS 'combine function of calibration_error / calibration_table';
COMMENT ON FUNCTION @extschema@.calibration_error_final(pg_catalog.float8[]) IS 'final function of calibration_error';
COMMENT ON FUNCTION @extschema@.calibration_table_final(pg_catalog.float8[]) IS 'final function of calibration_table';
CREATE AGGREGATE @extschema@.calibration_error(probability pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_error_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_error(probability pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_error_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_error(probability pg_catalog.float8, label pg_catalog.bool, bins pg_catalog.int4) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_error_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_error(probability pg_catalog.float8, label pg_catalog.int8, bins pg_catalog.int4) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_error_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_table(probability pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_table_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_table(probability pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_table_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_table(probability pg_catalog.float8, label pg_catalog.bool, bins pg_catalog.int4) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_table_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.calibration_table(probability pg_catalog.float8, label pg_catalog.int8, bins pg_catalog.int4) (
	SFUNC = @extschema@.calibration_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.calibration_table_final, COMBINEFUNC = @extschema@.calibration_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.calibration_error(pg_catalog.float8, pg_catalog.bool) IS
'expected calibration error over 10 equal-width bins (right-closed, edges as numpy.linspace(0, 1, 11))';
COMMENT ON AGGREGATE @extschema@.calibration_error(pg_catalog.float8, pg_catalog.int8) IS
'expected calibration error over 10 equal-width bins, 0/1 labels';
COMMENT ON AGGREGATE @extschema@.calibration_error(pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS
'expected calibration error over the given number of equal-width bins';
COMMENT ON AGGREGATE @extschema@.calibration_error(pg_catalog.float8, pg_catalog.int8, pg_catalog.int4) IS
'expected calibration error over the given number of equal-width bins, 0/1 labels';
COMMENT ON AGGREGATE @extschema@.calibration_table(pg_catalog.float8, pg_catalog.bool) IS
'reliability diagram over 10 equal-width bins (as sklearn.calibration.calibration_curve, strategy uniform, plus empty bins)';
COMMENT ON AGGREGATE @extschema@.calibration_table(pg_catalog.float8, pg_catalog.int8) IS
'reliability diagram over 10 equal-width bins, 0/1 labels';
COMMENT ON AGGREGATE @extschema@.calibration_table(pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS
'reliability diagram over the given number of equal-width bins';
COMMENT ON AGGREGATE @extschema@.calibration_table(pg_catalog.float8, pg_catalog.int8, pg_catalog.int4) IS
'reliability diagram over the given number of equal-width bins, 0/1 labels';

CREATE FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.int4)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.int4)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_add_bool'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_add_int'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.roc_auc_binned_final(pg_catalog.float8[])
RETURNS @extschema@.binned_auc AS 'MODULE_PATHNAME', 'mlcheck_auc_binned_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool) IS 'transition function of roc_auc_binned (boolean label, 10000 bins on [0, 1])';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8) IS 'transition function of roc_auc_binned (0/1 label, 10000 bins on [0, 1])';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS 'transition function of roc_auc_binned (boolean label, bins on [0, 1])';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.int4) IS 'transition function of roc_auc_binned (0/1 label, bins on [0, 1])';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.bool, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'transition function of roc_auc_binned (boolean label)';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.int8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS 'transition function of roc_auc_binned (0/1 label)';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_combine(pg_catalog.float8[], pg_catalog.float8[]) IS 'combine function of roc_auc_binned';
COMMENT ON FUNCTION @extschema@.roc_auc_binned_final(pg_catalog.float8[]) IS 'final function of roc_auc_binned';
CREATE AGGREGATE @extschema@.roc_auc_binned(score pg_catalog.float8, label pg_catalog.bool) (
	SFUNC = @extschema@.roc_auc_binned_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.roc_auc_binned_final, COMBINEFUNC = @extschema@.roc_auc_binned_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.roc_auc_binned(score pg_catalog.float8, label pg_catalog.int8) (
	SFUNC = @extschema@.roc_auc_binned_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.roc_auc_binned_final, COMBINEFUNC = @extschema@.roc_auc_binned_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.roc_auc_binned(score pg_catalog.float8, label pg_catalog.bool, bins pg_catalog.int4) (
	SFUNC = @extschema@.roc_auc_binned_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.roc_auc_binned_final, COMBINEFUNC = @extschema@.roc_auc_binned_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.roc_auc_binned(score pg_catalog.float8, label pg_catalog.int8, bins pg_catalog.int4) (
	SFUNC = @extschema@.roc_auc_binned_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.roc_auc_binned_final, COMBINEFUNC = @extschema@.roc_auc_binned_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.roc_auc_binned(score pg_catalog.float8, label pg_catalog.bool, bins pg_catalog.int4, lower pg_catalog.float8, upper pg_catalog.float8) (
	SFUNC = @extschema@.roc_auc_binned_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.roc_auc_binned_final, COMBINEFUNC = @extschema@.roc_auc_binned_combine,
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.roc_auc_binned(score pg_catalog.float8, label pg_catalog.int8, bins pg_catalog.int4, lower pg_catalog.float8, upper pg_catalog.float8) (
	SFUNC = @extschema@.roc_auc_binned_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.roc_auc_binned_final, COMBINEFUNC = @extschema@.roc_auc_binned_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.roc_auc_binned(pg_catalog.float8, pg_catalog.bool) IS
'bounded-memory ROC AUC over 10000 equal-width score bins on [0, 1] (160 kB state), with max_error bounding its distance to the exact ROC AUC';
COMMENT ON AGGREGATE @extschema@.roc_auc_binned(pg_catalog.float8, pg_catalog.int8) IS
'bounded-memory ROC AUC over 10000 bins on [0, 1], 0/1 labels, with its error bound';
COMMENT ON AGGREGATE @extschema@.roc_auc_binned(pg_catalog.float8, pg_catalog.bool, pg_catalog.int4) IS
'bounded-memory ROC AUC over bins equal-width bins on [0, 1], with its error bound';
COMMENT ON AGGREGATE @extschema@.roc_auc_binned(pg_catalog.float8, pg_catalog.int8, pg_catalog.int4) IS
'bounded-memory ROC AUC over bins equal-width bins on [0, 1], 0/1 labels, with its error bound';
COMMENT ON AGGREGATE @extschema@.roc_auc_binned(pg_catalog.float8, pg_catalog.bool, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS
'bounded-memory ROC AUC over bins equal-width bins on [lower, upper] (scores outside go to the end bins), with its error bound';
COMMENT ON AGGREGATE @extschema@.roc_auc_binned(pg_catalog.float8, pg_catalog.int8, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8) IS
'bounded-memory ROC AUC over bins equal-width bins on [lower, upper], 0/1 labels, with its error bound';

CREATE FUNCTION @extschema@.regression_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8)
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_regression_add'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.regression_combine(pg_catalog.float8[], pg_catalog.float8[])
RETURNS pg_catalog.float8[] AS 'MODULE_PATHNAME', 'mlcheck_regression_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.regression_final(pg_catalog.float8[])
RETURNS @extschema@.regression_summary AS 'MODULE_PATHNAME', 'mlcheck_regression_final'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.regression_add(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8) IS 'transition function of regression_metrics';
COMMENT ON FUNCTION @extschema@.regression_combine(pg_catalog.float8[], pg_catalog.float8[]) IS 'combine function of regression_metrics';
COMMENT ON FUNCTION @extschema@.regression_final(pg_catalog.float8[]) IS 'final function of regression_metrics';
CREATE AGGREGATE @extschema@.regression_metrics(prediction pg_catalog.float8, actual pg_catalog.float8) (
	SFUNC = @extschema@.regression_add, STYPE = pg_catalog.float8[],
	FINALFUNC = @extschema@.regression_final, COMBINEFUNC = @extschema@.regression_combine,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.regression_metrics(pg_catalog.float8, pg_catalog.float8) IS
'regression errors of prediction against actual: n, mae, mse, rmse, mape, r2, bias, max_error (as scikit-learn 1.2) and rows skipped';

-- ---------------------------------------------------------------- the gate
CREATE FUNCTION @extschema@.compare_metrics(candidate_metrics pg_catalog.jsonb, baseline_metrics pg_catalog.jsonb, rules pg_catalog.jsonb)
RETURNS TABLE(metric pg_catalog.text, candidate pg_catalog.float8, baseline pg_catalog.float8,
			  delta pg_catalog.float8, rule pg_catalog.text, passed pg_catalog.bool)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
	m text;
	r jsonb;
	k text;
	path text[];
	vr jsonb;
	cr jsonb;
	dir text;
	bound float8;
	rel float8;
	higher boolean;
	cj jsonb;
	bj jsonb;
BEGIN
	IF rules IS NULL OR jsonb_typeof(rules) <> 'object' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'rules must be a jsonb object keyed by metric name',
			HINT = 'Example: {"roc_auc": {"value": {"lower_bound": 0.7}, "change": {"direction": "higher_is_better", "absolute": -0.01}}}';
	END IF;
	FOR m, r IN SELECT e.key, e.value FROM jsonb_each(rules) AS e ORDER BY e.key LOOP
		IF jsonb_typeof(r) <> 'object' THEN
			RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('rule of metric "%s" must be a jsonb object', m);
		END IF;
		FOR k IN SELECT jsonb_object_keys(r) LOOP
			IF k NOT IN ('value', 'change', 'path') THEN
				RAISE EXCEPTION USING ERRCODE = '22023',
					MESSAGE = format('unknown key "%s" in the rule of metric "%s"', k, m),
					HINT = 'A rule has "value" (lower_bound, upper_bound), "change" (direction, absolute, relative) and an optional "path".';
			END IF;
		END LOOP;
		IF NOT (r ? 'value' OR r ? 'change') THEN
			RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('rule of metric "%s" has neither "value" nor "change"', m);
		END IF;
		path := ARRAY[m];
		IF r ? 'path' THEN
			IF jsonb_typeof(r -> 'path') <> 'array' OR jsonb_array_length(r -> 'path') = 0 OR EXISTS (
					SELECT 1 FROM jsonb_array_elements(r -> 'path') AS p(x) WHERE jsonb_typeof(p.x) <> 'string') THEN
				RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('"path" of metric "%s" must be a non-empty array of strings', m);
			END IF;
			path := ARRAY(SELECT jsonb_array_elements_text(r -> 'path'));
		END IF;
		cj := candidate_metrics #> path;
		bj := baseline_metrics #> path;
		metric := m;
		candidate := CASE WHEN jsonb_typeof(cj) = 'number' THEN cj::float8 END;
		baseline := CASE WHEN jsonb_typeof(bj) = 'number' THEN bj::float8 END;
		delta := candidate - baseline;

		IF r ? 'value' THEN
			vr := r -> 'value';
			IF jsonb_typeof(vr) <> 'object' OR NOT (vr ? 'lower_bound' OR vr ? 'upper_bound') OR EXISTS (
					SELECT 1 FROM jsonb_each(vr) AS e WHERE e.key NOT IN ('lower_bound', 'upper_bound') OR jsonb_typeof(e.value) <> 'number') THEN
				RAISE EXCEPTION USING ERRCODE = '22023',
					MESSAGE = format('"value" of metric "%s" must be an object with numeric "lower_bound" and/or "upper_bound"', m);
			END IF;
			IF vr ? 'lower_bound' THEN
				bound := (vr -> 'lower_bound')::float8;
				rule := format('value >= %s', bound);
				passed := coalesce(candidate >= bound, false);
				RETURN NEXT;
			END IF;
			IF vr ? 'upper_bound' THEN
				bound := (vr -> 'upper_bound')::float8;
				rule := format('value <= %s', bound);
				passed := coalesce(candidate <= bound, false);
				RETURN NEXT;
			END IF;
		END IF;

		IF r ? 'change' THEN
			cr := r -> 'change';
			IF jsonb_typeof(cr) <> 'object' OR EXISTS (
					SELECT 1 FROM jsonb_each(cr) AS e WHERE e.key NOT IN ('direction', 'absolute', 'relative')
						OR (e.key <> 'direction' AND jsonb_typeof(e.value) <> 'number')) THEN
				RAISE EXCEPTION USING ERRCODE = '22023',
					MESSAGE = format('"change" of metric "%s" must be an object with "direction" and numeric "absolute" and/or "relative"', m);
			END IF;
			dir := cr ->> 'direction';
			IF dir IS NULL OR dir NOT IN ('higher_is_better', 'lower_is_better') THEN
				RAISE EXCEPTION USING ERRCODE = '22023',
					MESSAGE = format('"change" of metric "%s" needs "direction": "higher_is_better" or "lower_is_better"', m);
			END IF;
			IF NOT (cr ? 'absolute' OR cr ? 'relative') THEN
				RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('"change" of metric "%s" needs "absolute" and/or "relative"', m);
			END IF;
			higher := dir = 'higher_is_better';
			IF cr ? 'absolute' THEN
				bound := (cr -> 'absolute')::float8;
				rule := format('change %s %s (%s)', CASE WHEN higher THEN '>=' ELSE '<=' END, bound, replace(dir, '_', ' '));
				passed := CASE
					WHEN baseline_metrics IS NULL THEN NULL
					WHEN delta IS NULL THEN false
					WHEN higher THEN delta >= bound
					ELSE delta <= bound END;
				RETURN NEXT;
			END IF;
			IF cr ? 'relative' THEN
				bound := (cr -> 'relative')::float8;
				rule := format('relative change %s %s (%s)', CASE WHEN higher THEN '>=' ELSE '<=' END, bound, replace(dir, '_', ' '));
				rel := CASE
					WHEN delta = 0 THEN 0
					WHEN baseline = 0 THEN sign(delta) * 'Infinity'::float8
					ELSE delta / abs(baseline) END;
				passed := CASE
					WHEN baseline_metrics IS NULL THEN NULL
					WHEN rel IS NULL THEN false
					WHEN higher THEN rel >= bound
					ELSE rel <= bound END;
				RETURN NEXT;
			END IF;
		END IF;
	END LOOP;
END
$body$;
COMMENT ON FUNCTION @extschema@.compare_metrics(pg_catalog.jsonb, pg_catalog.jsonb, pg_catalog.jsonb) IS
'model gate as TensorFlow Model Analysis blesses a model: one row per rule (value bounds on the candidate, changes against the baseline with a direction); a metric missing from the candidate fails; change rules give NULL when the baseline is NULL';

CREATE FUNCTION @extschema@.compare_models(rel pg_catalog.regclass, candidate_version pg_catalog.text,
	baseline_version pg_catalog.text, rules pg_catalog.jsonb,
	score_column pg_catalog.name DEFAULT 'score', label_column pg_catalog.name DEFAULT 'label',
	version_column pg_catalog.name DEFAULT 'model_version', slice_column pg_catalog.name DEFAULT NULL,
	threshold pg_catalog.float8 DEFAULT 0.5)
RETURNS TABLE(slice pg_catalog.text, metric pg_catalog.text, candidate pg_catalog.float8,
			  baseline pg_catalog.float8, delta pg_catalog.float8, rule pg_catalog.text, passed pg_catalog.bool)
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
	grouped text;
BEGIN
	IF rel IS NULL OR candidate_version IS NULL OR baseline_version IS NULL OR score_column IS NULL
			OR label_column IS NULL OR version_column IS NULL OR threshold IS NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'compare_models needs a relation, both versions, the score, label and version columns and a threshold';
	END IF;
	IF candidate_version = baseline_version THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'candidate and baseline versions must differ';
	END IF;
	-- one scan of the relation: both versions, overall and per slice
	IF slice_column IS NULL THEN
		grouped := format(
			'SELECT false AS is_slice, NULL::text AS s, %1$I::text AS v, @extschema@.binary_metrics(%2$I, %3$I, $3) AS m
			 FROM %4$s WHERE %1$I::text IN ($1, $2) GROUP BY %1$I',
			version_column, score_column, label_column, rel);
	ELSE
		grouped := format(
			'SELECT GROUPING(%5$I) = 0 AS is_slice, CASE WHEN GROUPING(%5$I) = 0 THEN %5$I::text END AS s,
			        %1$I::text AS v, @extschema@.binary_metrics(%2$I, %3$I, $3) AS m
			 FROM %4$s WHERE %1$I::text IN ($1, $2) GROUP BY GROUPING SETS ((%1$I), (%1$I, %5$I))',
			version_column, score_column, label_column, rel, slice_column);
	END IF;
	RETURN QUERY EXECUTE format(
		'WITH g AS (%s),
		 p AS (SELECT g.is_slice, g.s,
		              (array_agg(g.m) FILTER (WHERE g.v = $1))[1] AS cand,
		              (array_agg(g.m) FILTER (WHERE g.v = $2))[1] AS base
		       FROM g WHERE NOT (g.is_slice AND g.s IS NULL) GROUP BY g.is_slice, g.s
		       UNION ALL
		       SELECT false, NULL, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM g WHERE NOT g.is_slice))
		 SELECT p.s, c.metric, c.candidate, c.baseline, c.delta, c.rule, c.passed
		 FROM p, LATERAL @extschema@.compare_metrics(p.cand, p.base, $4) WITH ORDINALITY AS c
		 ORDER BY p.is_slice, p.s, c.ordinality', grouped)
	USING candidate_version, baseline_version, threshold, rules;
END
$body$;
COMMENT ON FUNCTION @extschema@.compare_models(pg_catalog.regclass, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.name, pg_catalog.float8) IS
'gate of a candidate model version against a baseline from one table of scores: binary_metrics of both versions, overall (slice NULL) and per slice, in one scan, compared by compare_metrics';


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
--
-- Registry (checks, baselines, schemas, alert routes) and history (runs, results) are extension
-- configuration tables: pg_dump keeps their rows. Row security: a row belongs to its owner role;
-- its members read and change it; members of mlcheck_reader read every row; members of
-- mlcheck_admin read every row and may disable or delete any check (but never change what a
-- check owned by a role they are not a member of runs). A check runs as its owner (src/checks.c).

-- The two roles are cluster-wide (roles are) and created by the first CREATE EXTENSION mlcheck;
-- a superuser grants them. DROP EXTENSION leaves them.
DO $roles$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'mlcheck_admin') THEN
		CREATE ROLE mlcheck_admin NOLOGIN;
		COMMENT ON ROLE mlcheck_admin IS
			'mlcheck: reads every check and result, disables or deletes any check (never changes what it runs)';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'mlcheck_reader') THEN
		CREATE ROLE mlcheck_reader NOLOGIN;
		COMMENT ON ROLE mlcheck_reader IS 'mlcheck: reads every check, baseline, schema, route, run and result (dashboards)';
	END IF;
END
$roles$;

-- Everybody may use the extension's functions; what they may read and change is decided by the
-- privileges and row security below.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- The role running the current statement, as a regrole (current_user is a name, and a name is
-- not valid regrole input when it needs quoting).
CREATE FUNCTION @extschema@._ck_current_role()
RETURNS pg_catalog.regrole
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT pg_catalog.quote_ident(CURRENT_USER)::pg_catalog.regrole $$;
COMMENT ON FUNCTION @extschema@._ck_current_role() IS
'internal: the current user as a regrole (the default owner of registry rows)';

CREATE TABLE @extschema@.checks (
	check_id bigserial PRIMARY KEY,
	name text NOT NULL UNIQUE CHECK (name <> ''),
	kind text NOT NULL,
	stage text NOT NULL DEFAULT 'data',
	target text,
	columns text[],
	params jsonb NOT NULL DEFAULT '{}',
	severity text NOT NULL DEFAULT 'fail' CHECK (severity IN ('warn', 'fail')),
	blocking boolean NOT NULL DEFAULT true,
	enabled boolean NOT NULL DEFAULT true,
	description text,
	owner pg_catalog.regrole NOT NULL DEFAULT @extschema@._ck_current_role(),
	created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	updated_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.checks IS
'registered checks: what to test (kind, target relation, columns, params), its pipeline stage, '
'severity (status when violated), whether it blocks the pipeline, and the role it runs as';
COMMENT ON COLUMN @extschema@.checks.kind IS
'sql, freshness, volume, latency, error_rate, prediction_skew, feature_skew, drift, schema, '
'expectation, metric_gate or metric_anomaly';
COMMENT ON COLUMN @extschema@.checks.target IS
'schema-qualified name of the relation checked, resolved at every run (survives drop and re-create)';
COMMENT ON COLUMN @extschema@.checks.severity IS 'status recorded when the check is violated: warn or fail';
COMMENT ON COLUMN @extschema@.checks.blocking IS 'a fail or error of this check makes assert_passed() raise';
COMMENT ON COLUMN @extschema@.checks.owner IS 'the check runs with the privileges of this role';

CREATE TABLE @extschema@.schemas (
	schema_id bigserial PRIMARY KEY,
	name text NOT NULL UNIQUE CHECK (name <> ''),
	schema jsonb NOT NULL,
	relation text,
	owner pg_catalog.regrole NOT NULL DEFAULT @extschema@._ck_current_role(),
	created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	updated_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.schemas IS
'stored data schemas (mlcheck.infer_schema() format) that schema checks validate against';

CREATE TABLE @extschema@.baselines (
	baseline_id bigserial PRIMARY KEY,
	name text NOT NULL UNIQUE CHECK (name <> ''),
	relation text NOT NULL,
	columns text[] NOT NULL,
	where_clause text,
	row_count bigint,
	owner pg_catalog.regrole NOT NULL DEFAULT @extschema@._ck_current_role(),
	created_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.baselines IS
'named profile snapshots of a relation (or of the rows a where clause selects), the reference of drift checks';
CREATE TABLE @extschema@.baseline_profiles (
	baseline_id bigint NOT NULL REFERENCES @extschema@.baselines ON DELETE CASCADE,
	column_name text NOT NULL,
	profile @extschema@.profile NOT NULL,
	PRIMARY KEY (baseline_id, column_name)
);
COMMENT ON TABLE @extschema@.baseline_profiles IS 'the profile of each column of a baseline';

CREATE TABLE @extschema@.alert_routes (
	route_id bigserial PRIMARY KEY,
	name text NOT NULL UNIQUE CHECK (name <> ''),
	stages text[],
	min_status text NOT NULL DEFAULT 'fail' CHECK (min_status IN ('warn', 'fail', 'error')),
	blocking_only boolean NOT NULL DEFAULT false,
	channel text,
	handler text,
	enabled boolean NOT NULL DEFAULT true,
	owner pg_catalog.regrole NOT NULL DEFAULT @extschema@._ck_current_role(),
	created_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	CHECK (channel IS NOT NULL OR handler IS NOT NULL)
);
COMMENT ON TABLE @extschema@.alert_routes IS
'alert routing: after each run, results of the matching stages at or above min_status are sent '
'as a JSON payload to a NOTIFY channel and/or a handler function(jsonb) called as the route owner';

CREATE TABLE @extschema@.runs (
	run_id bigserial PRIMARY KEY,
	run_by pg_catalog.regrole NOT NULL DEFAULT @extschema@._ck_current_role(),
	selector text,
	stage text,
	as_of timestamptz NOT NULL,
	started_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
	finished_at timestamptz,
	n_checks integer NOT NULL DEFAULT 0,
	n_pass integer NOT NULL DEFAULT 0,
	n_warn integer NOT NULL DEFAULT 0,
	n_fail integer NOT NULL DEFAULT 0,
	n_error integer NOT NULL DEFAULT 0,
	n_blocking integer NOT NULL DEFAULT 0,
	status text CHECK (status IN ('pass', 'warn', 'fail', 'error')),
	alerts jsonb
);
COMMENT ON TABLE @extschema@.runs IS
'one row per run_checks() call: who ran it, the logical time it observed (as_of), start and end '
'times, per-check status counts (n_blocking: blocking checks that failed or errored)';

CREATE TABLE @extschema@.results (
	result_id bigserial PRIMARY KEY,
	run_id bigint NOT NULL REFERENCES @extschema@.runs ON DELETE CASCADE,
	check_id bigint NOT NULL REFERENCES @extschema@.checks ON DELETE CASCADE,
	check_name text NOT NULL,
	stage text NOT NULL,
	kind text NOT NULL,
	blocking boolean NOT NULL,
	owner pg_catalog.regrole NOT NULL,
	status text NOT NULL CHECK (status IN ('pass', 'warn', 'fail', 'error')),
	metric text,
	column_name text,
	value float8,
	threshold float8,
	details jsonb NOT NULL DEFAULT '{}',
	observed_at timestamptz NOT NULL,
	elapsed_ms float8
);
COMMENT ON TABLE @extschema@.results IS
'one row per check, metric (and column) and run: status pass/warn/fail/error, the measured value, '
'the threshold it was compared with, details; check name, stage, kind, blocking and owner as they '
'were at the run';
CREATE INDEX results_check_latest ON @extschema@.results (check_id, observed_at DESC, run_id DESC);
CREATE INDEX results_run ON @extschema@.results (run_id);
CREATE INDEX results_observed ON @extschema@.results (observed_at);
CREATE INDEX runs_run_by ON @extschema@.runs (run_by, run_id DESC);

CREATE TYPE @extschema@.check_outcome AS (
	metric text,
	column_name text,
	value float8,
	threshold float8,
	status text,
	details jsonb
);
COMMENT ON TYPE @extschema@.check_outcome IS
'one measured outcome of a check: metric (and column), value, threshold, status, details';

-- pg_dump keeps users' rows (the tables are members of the extension)
SELECT pg_catalog.pg_extension_config_dump('@extschema@.checks', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.checks_check_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.schemas', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.schemas_schema_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.baselines', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.baselines_baseline_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.baseline_profiles', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.alert_routes', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.alert_routes_route_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.runs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.runs_run_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.results', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.results_result_id_seq', '');

-- ---------------------------------------------------------------- small helpers

CREATE FUNCTION @extschema@._ck_status_rank(status text)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE status WHEN 'pass' THEN 0 WHEN 'warn' THEN 1 WHEN 'fail' THEN 2 WHEN 'error' THEN 3 END
$$;
COMMENT ON FUNCTION @extschema@._ck_status_rank(text) IS
'internal: order of statuses, pass 0 < warn 1 < fail 2 < error 3 (error: the check could not tell)';

CREATE FUNCTION @extschema@._ck_worse(a text, b text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a
            WHEN @extschema@._ck_status_rank(b) > @extschema@._ck_status_rank(a) THEN b ELSE a END
$$;
COMMENT ON FUNCTION @extschema@._ck_worse(text, text) IS 'internal: the worse of two statuses';

-- schema-qualified, quoted name of a relation (what checks.target stores)
CREATE FUNCTION @extschema@._ck_qualified_name(rel pg_catalog.regclass)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.oid = rel
$$;
COMMENT ON FUNCTION @extschema@._ck_qualified_name(pg_catalog.regclass) IS
'internal: schema-qualified quoted name of a relation';

-- Resolve a stored relation name (checks run with search_path pg_catalog, pg_temp: qualified).
CREATE FUNCTION @extschema@._ck_relation(name text, what text)
RETURNS pg_catalog.regclass
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r regclass;
BEGIN
	IF name IS NULL THEN
		RAISE EXCEPTION 'the % is not set', what USING ERRCODE = '22023';
	END IF;
	r := pg_catalog.to_regclass(name);
	IF r IS NULL THEN
		RAISE EXCEPTION 'relation "%" (the %) does not exist', name, what
			USING ERRCODE = '42P01',
			HINT = 'Checks resolve relation names with search_path pg_catalog, pg_temp: qualify them with their schema.';
	END IF;
	RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_relation(text, text) IS
'internal: resolve a stored relation name to a regclass, with a clear error when it is missing';

-- Parameter accessors: NULL when absent, 22023 when present with the wrong JSON type.
CREATE FUNCTION @extschema@._ck_param_float(params jsonb, key text)
RETURNS float8
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v jsonb := params -> key;
BEGIN
	IF v IS NULL OR v = 'null'::jsonb THEN
		RETURN NULL;
	END IF;
	IF jsonb_typeof(v) <> 'number' THEN
		RAISE EXCEPTION 'parameter "%" must be a number, not %', key, v::text USING ERRCODE = '22023';
	END IF;
	RETURN v::float8;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_param_float(jsonb, text) IS
'internal: a numeric check parameter (NULL when absent)';

CREATE FUNCTION @extschema@._ck_param_text(params jsonb, key text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v jsonb := params -> key;
BEGIN
	IF v IS NULL OR v = 'null'::jsonb THEN
		RETURN NULL;
	END IF;
	IF jsonb_typeof(v) <> 'string' THEN
		RAISE EXCEPTION 'parameter "%" must be a string, not %', key, v::text USING ERRCODE = '22023';
	END IF;
	RETURN v #>> '{}';
END
$$;
COMMENT ON FUNCTION @extschema@._ck_param_text(jsonb, text) IS
'internal: a string check parameter (NULL when absent)';

CREATE FUNCTION @extschema@._ck_param_interval(params jsonb, key text)
RETURNS interval
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	s text := @extschema@._ck_param_text(params, key);
	v interval;
BEGIN
	IF s IS NULL THEN
		RETURN NULL;
	END IF;
	BEGIN
		v := s::interval;
	EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow OR interval_field_overflow THEN
		RAISE EXCEPTION 'parameter "%" must be an interval, not "%"', key, s USING ERRCODE = '22023';
	END;
	IF v <= interval '0' THEN
		RAISE EXCEPTION 'parameter "%" must be a positive interval, not "%"', key, s USING ERRCODE = '22023';
	END IF;
	RETURN v;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_param_interval(jsonb, text) IS
'internal: a positive interval check parameter given as a string (NULL when absent)';

CREATE FUNCTION @extschema@._ck_param_int(params jsonb, key text, lo integer, hi integer)
RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	f float8 := @extschema@._ck_param_float(params, key);
BEGIN
	IF f IS NULL THEN
		RETURN NULL;
	END IF;
	IF f <> trunc(f) OR f < lo OR f > hi THEN
		RAISE EXCEPTION 'parameter "%" must be an integer between % and %, not %', key, lo, hi, params -> key
			USING ERRCODE = '22023';
	END IF;
	RETURN f::integer;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_param_int(jsonb, text, integer, integer) IS
'internal: an integer check parameter within [lo, hi] (NULL when absent)';

-- Literal of a timestamptz that reads back identically whatever DateStyle and TimeZone are.
CREATE FUNCTION @extschema@._ck_ts_literal(ts timestamptz)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
SELECT pg_catalog.quote_literal(pg_catalog.to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00"'))
       OPERATOR(pg_catalog.||) '::pg_catalog.timestamptz'
$$;
COMMENT ON FUNCTION @extschema@._ck_ts_literal(timestamptz) IS
'internal: an unambiguous SQL literal of a timestamptz';

-- Compare a value with bounds. Outside [lo, hi]: the check's severity; else outside
-- [warn_lo, warn_hi]: warn; else pass. NULL and NaN are never within bounds. The threshold
-- returned is the bound that decided (for a pass, the nearest bound).
CREATE FUNCTION @extschema@._ck_judge(value float8, lo float8, hi float8, warn_lo float8,
								   warn_hi float8, severity text, OUT status text,
								   OUT threshold float8)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF value IS NULL OR value = 'NaN'::float8 THEN
		status := severity;
		threshold := coalesce(hi, lo);
	ELSIF hi IS NOT NULL AND value > hi THEN
		status := severity;
		threshold := hi;
	ELSIF lo IS NOT NULL AND value < lo THEN
		status := severity;
		threshold := lo;
	ELSIF warn_hi IS NOT NULL AND value > warn_hi THEN
		status := 'warn';
		threshold := warn_hi;
	ELSIF warn_lo IS NOT NULL AND value < warn_lo THEN
		status := 'warn';
		threshold := warn_lo;
	ELSE
		status := 'pass';
		threshold := CASE WHEN hi IS NOT NULL AND lo IS NOT NULL THEN
							  CASE WHEN hi - value <= value - lo THEN hi ELSE lo END
						  ELSE coalesce(hi, lo, warn_hi, warn_lo) END;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_judge(float8, float8, float8, float8, float8, text) IS
'internal: status and deciding threshold of a value against fail bounds [lo, hi] and warn bounds';

-- JSON of a float8 for details: finite values as numbers, NaN and infinities as strings
-- (JSON has no number for them).
CREATE FUNCTION @extschema@._ck_jnum(x float8)
RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE WHEN x IS NULL THEN 'null'::jsonb
            WHEN x = 'NaN'::float8 OR x = 'Infinity'::float8 OR x = '-Infinity'::float8
            THEN pg_catalog.to_jsonb(x::text)
            ELSE pg_catalog.to_jsonb(x) END
$$;
COMMENT ON FUNCTION @extschema@._ck_jnum(float8) IS
'internal: a float8 as JSON (NaN and infinities as strings)';

-- ---------------------------------------------------------------- validation and row rules

-- Validate a check definition: known kind, the target and columns the kind needs, known
-- parameters of the right types. Run by the trigger on every INSERT and UPDATE of checks, so
-- a typo is reported when the check is registered, not at 3 a.m. Relations are not resolved
-- here (a restore loads checks before it matters; runs resolve them).
CREATE FUNCTION @extschema@._ck_validate(kind text, stage text, target text, columns text[],
											params jsonb)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- per kind: target needed (t), columns (n: none, 1: exactly one, *: optional list),
	-- required and optional parameters
	spec constant jsonb := '{
	  "sql":             {"target": false, "columns": "n", "required": ["query"],
	                      "optional": ["metric", "min", "max", "warn_min", "warn_max", "on_empty"]},
	  "freshness":       {"target": true, "columns": "1", "required": [],
	                      "optional": ["max_lag", "warn_lag", "where", "on_empty"]},
	  "volume":          {"target": true, "columns": "n", "required": ["time_column", "window"],
	                      "optional": ["history", "where", "min", "max", "warn_min", "warn_max", "max_z", "warn_z"]},
	  "latency":         {"target": true, "columns": "1", "required": [],
	                      "optional": ["quantile", "exact_limit", "min", "max", "warn_min", "warn_max", "where", "time_column", "window", "on_empty"]},
	  "error_rate":      {"target": true, "columns": "n", "required": ["condition"],
	                      "optional": ["max", "warn_max", "where", "time_column", "window", "on_empty"]},
	  "prediction_skew": {"target": true, "columns": "n", "required": ["offline", "key", "online_column", "offline_column"],
	                      "optional": ["rel_tolerance", "abs_tolerance", "max_mismatch_rate", "warn_mismatch_rate", "max_missing_rate", "where", "time_column", "window", "on_empty"]},
	  "feature_skew":    {"target": true, "columns": "*", "required": ["training", "key"],
	                      "optional": ["rel_tolerance", "abs_tolerance", "max_mismatch_rate", "warn_mismatch_rate", "on_empty"]},
	  "drift":           {"target": true, "columns": "*", "required": ["baseline"],
	                      "optional": ["method", "threshold", "exact_limit", "where", "time_column", "window", "on_empty"]},
	  "schema":          {"target": true, "columns": "n", "required": ["schema"], "optional": ["options"]},
	  "expectation":     {"target": true, "columns": "?", "required": [], "optional": ["expectation", "kwargs", "suite"]},
	  "metric_gate":     {"target": "optional", "columns": "n", "required": ["rules"],
	                      "optional": ["candidate", "baseline", "candidate_version", "baseline_version", "score_column",
	                                   "label_column", "version_column", "slice_column", "threshold"]},
	  "metric_anomaly":  {"target": false, "columns": "n", "required": ["source", "method"],
	                      "optional": ["metric", "column", "window", "min_history", "min_change", "max_change", "on_empty",
	                                   "max_abs_change", "warn_abs_change", "max_z", "warn_z",
	                                   "reference_from", "reference_to", "k"]}
	}';
	s jsonb := spec -> kind;
	k text;
	f float8;
BEGIN
	IF kind IS NULL OR s IS NULL THEN
		RAISE EXCEPTION 'unknown check kind "%"', kind
			USING ERRCODE = '22023',
			HINT = 'Kinds: ' || (SELECT string_agg(x, ', ' ORDER BY x) FROM jsonb_object_keys(spec) x) || '.';
	END IF;
	IF stage IS NULL OR stage !~ '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$' THEN
		RAISE EXCEPTION 'invalid stage "%"', stage
			USING ERRCODE = '22023',
			HINT = 'A stage is a word of letters, digits, "_", "." or "-": data, features, model, serving or your own.';
	END IF;
	IF s ->> 'target' = 'true' AND target IS NULL THEN
		RAISE EXCEPTION 'a % check needs a target relation', kind USING ERRCODE = '22023';
	ELSIF s ->> 'target' = 'false' AND target IS NOT NULL THEN
		RAISE EXCEPTION 'a % check takes no target relation', kind USING ERRCODE = '22023';
	END IF;
	IF s ->> 'columns' = 'n' AND columns IS NOT NULL THEN
		RAISE EXCEPTION 'a % check takes no columns', kind USING ERRCODE = '22023';
	ELSIF s ->> 'columns' = '1' AND (columns IS NULL OR cardinality(columns) <> 1 OR columns[1] IS NULL) THEN
		RAISE EXCEPTION 'a % check needs exactly one column', kind USING ERRCODE = '22023';
	ELSIF s ->> 'columns' = '?' AND columns IS NOT NULL AND cardinality(columns) > 1 THEN
		RAISE EXCEPTION 'a % check takes at most one column', kind USING ERRCODE = '22023';
	ELSIF columns IS NOT NULL AND (cardinality(columns) = 0 OR array_position(columns, NULL) IS NOT NULL) THEN
		RAISE EXCEPTION 'columns must be NULL or a non-empty array without NULL' USING ERRCODE = '22023';
	END IF;
	IF params IS NULL OR jsonb_typeof(params) <> 'object' THEN
		RAISE EXCEPTION 'params must be a JSON object' USING ERRCODE = '22023';
	END IF;
	FOR k IN SELECT jsonb_object_keys(params) LOOP
		IF NOT (s -> 'required' ? k OR s -> 'optional' ? k) THEN
			RAISE EXCEPTION 'unknown parameter "%" for a % check', k, kind
				USING ERRCODE = '22023',
				HINT = 'Parameters: ' || (SELECT string_agg(x, ', ' ORDER BY x)
										  FROM jsonb_array_elements_text((s -> 'required') || (s -> 'optional')) x) || '.';
		END IF;
	END LOOP;
	FOR k IN SELECT jsonb_array_elements_text(s -> 'required') LOOP
		IF params -> k IS NULL OR params -> k = 'null'::jsonb THEN
			RAISE EXCEPTION 'a % check needs parameter "%"', kind, k USING ERRCODE = '22023';
		END IF;
	END LOOP;

	-- types of the shared parameters
	FOREACH k IN ARRAY ARRAY['min', 'max', 'warn_min', 'warn_max', 'max_z', 'warn_z', 'rel_tolerance', 'abs_tolerance',
							 'max_mismatch_rate', 'warn_mismatch_rate', 'max_missing_rate', 'threshold',
							 'min_change', 'max_change', 'max_abs_change', 'warn_abs_change', 'k', 'quantile'] LOOP
		f := @extschema@._ck_param_float(params, k);
		IF f IS NOT NULL AND f <> f THEN
			RAISE EXCEPTION 'parameter "%" must not be NaN', k USING ERRCODE = '22023';
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['query', 'metric', 'where', 'time_column', 'condition', 'offline', 'key',
							 'online_column', 'offline_column', 'training', 'baseline', 'method',
							 'expectation', 'source', 'column'] LOOP
		IF kind <> 'metric_gate' OR k <> 'baseline' THEN
			PERFORM @extschema@._ck_param_text(params, k);
		END IF;
	END LOOP;
	PERFORM @extschema@._ck_param_interval(params, 'max_lag'), @extschema@._ck_param_interval(params, 'warn_lag');
	IF kind <> 'metric_anomaly' THEN
		PERFORM @extschema@._ck_param_interval(params, 'window');
	END IF;
	IF (params ? 'time_column') <> (params ? 'window') AND kind <> 'metric_anomaly' THEN
		RAISE EXCEPTION 'parameters "time_column" and "window" go together' USING ERRCODE = '22023';
	END IF;
	IF params ? 'on_empty' AND coalesce(@extschema@._ck_param_text(params, 'on_empty'), '') NOT IN ('pass', 'warn', 'fail') THEN
		RAISE EXCEPTION 'parameter "on_empty" must be pass, warn or fail' USING ERRCODE = '22023';
	END IF;
	f := @extschema@._ck_param_float(params, 'quantile');
	IF f IS NOT NULL AND (f < 0 OR f > 1) THEN
		RAISE EXCEPTION 'parameter "quantile" must be between 0 and 1, not %', f USING ERRCODE = '22023';
	END IF;
	FOREACH k IN ARRAY ARRAY['rel_tolerance', 'abs_tolerance', 'max_z', 'warn_z', 'k', 'max_abs_change', 'warn_abs_change'] LOOP
		f := @extschema@._ck_param_float(params, k);
		IF f < 0 THEN
			RAISE EXCEPTION 'parameter "%" must not be negative', k USING ERRCODE = '22023';
		END IF;
	END LOOP;

	-- kind-specific
	IF kind = 'freshness' AND NOT (params ? 'max_lag' OR params ? 'warn_lag') THEN
		RAISE EXCEPTION 'a freshness check needs parameter "max_lag" or "warn_lag"' USING ERRCODE = '22023';
	ELSIF kind = 'latency' AND NOT (params ?| ARRAY['min', 'max', 'warn_min', 'warn_max']) THEN
		RAISE EXCEPTION 'a % check needs at least one of the parameters min, max, warn_min, warn_max', kind
			USING ERRCODE = '22023';
	ELSIF kind = 'error_rate' AND NOT (params ?| ARRAY['max', 'warn_max']) THEN
		RAISE EXCEPTION 'an error_rate check needs parameter "max" or "warn_max"' USING ERRCODE = '22023';
	ELSIF kind = 'volume' THEN
		PERFORM @extschema@._ck_param_int(params, 'history', 1, 10000);
	ELSIF kind = 'latency' AND params ? 'exact_limit' THEN
		PERFORM @extschema@._ck_param_int(params, 'exact_limit', 0, 100000000);
	ELSIF kind = 'schema' AND jsonb_typeof(params -> 'schema') NOT IN ('string', 'object') THEN
		RAISE EXCEPTION 'parameter "schema" must be the name of a stored schema or a schema object'
			USING ERRCODE = '22023';
	ELSIF kind = 'schema' AND params ? 'options' AND jsonb_typeof(params -> 'options') <> 'object' THEN
		RAISE EXCEPTION 'parameter "options" must be a JSON object (the options of validate())' USING ERRCODE = '22023';
	ELSIF kind = 'expectation' THEN
		IF (params ? 'expectation') = (params ? 'suite') THEN
			RAISE EXCEPTION 'an expectation check needs either "expectation" (with "kwargs") or "suite"' USING ERRCODE = '22023';
		ELSIF params ? 'suite' AND (params ? 'kwargs' OR columns IS NOT NULL) THEN
			RAISE EXCEPTION 'a suite names its columns and kwargs in each expectation' USING ERRCODE = '22023';
		ELSIF params ? 'suite' AND jsonb_typeof(params -> 'suite') NOT IN ('object', 'array') THEN
			RAISE EXCEPTION 'parameter "suite" must be an expectation suite (an object with "expectations", or an array)'
				USING ERRCODE = '22023';
		ELSIF params ? 'kwargs' AND jsonb_typeof(params -> 'kwargs') <> 'object' THEN
			RAISE EXCEPTION 'parameter "kwargs" must be a JSON object' USING ERRCODE = '22023';
		END IF;
	ELSIF kind = 'metric_gate' THEN
		IF target IS NOT NULL THEN
			IF NOT params ? 'candidate_version' OR params ?| ARRAY['candidate', 'baseline'] THEN
				RAISE EXCEPTION 'a metric_gate check on a relation of scores needs "candidate_version" (and "baseline_version"), not "candidate" or "baseline"'
					USING ERRCODE = '22023';
			END IF;
			FOREACH k IN ARRAY ARRAY['candidate_version', 'baseline_version', 'score_column', 'label_column',
									 'version_column', 'slice_column'] LOOP
				PERFORM @extschema@._ck_param_text(params, k);
			END LOOP;
		ELSE
			IF NOT params ? 'candidate' OR params ?| ARRAY['candidate_version', 'baseline_version', 'score_column',
															'label_column', 'version_column', 'slice_column', 'threshold'] THEN
				RAISE EXCEPTION 'a metric_gate check without a relation needs "candidate" (and "baseline"): metrics or queries returning them'
					USING ERRCODE = '22023';
			END IF;
			FOREACH k IN ARRAY ARRAY['candidate', 'baseline'] LOOP
				IF jsonb_typeof(params -> k) NOT IN ('object', 'string', 'null') THEN
					RAISE EXCEPTION 'parameter "%" must be a JSON object of metrics or a query returning one', k
						USING ERRCODE = '22023';
				END IF;
			END LOOP;
		END IF;
		IF jsonb_typeof(params -> 'rules') <> 'object' THEN
			RAISE EXCEPTION 'parameter "rules" must be a JSON object' USING ERRCODE = '22023';
		END IF;
	ELSIF kind = 'metric_anomaly' THEN
		IF params ->> 'method' NOT IN ('relative', 'zscore', 'reference') THEN
			RAISE EXCEPTION 'parameter "method" must be relative, zscore or reference, not %', params -> 'method'
				USING ERRCODE = '22023';
		END IF;
		PERFORM @extschema@._ck_param_int(params, 'window', 1, 100000),
				@extschema@._ck_param_int(params, 'min_history', 1, 100000);
		IF params ->> 'method' = 'reference' THEN
			IF NOT (params ? 'reference_from' AND params ? 'reference_to') THEN
				RAISE EXCEPTION 'a reference anomaly check needs parameters "reference_from" and "reference_to"'
					USING ERRCODE = '22023';
			END IF;
			PERFORM (@extschema@._ck_param_text(params, 'reference_from'))::timestamptz,
					(@extschema@._ck_param_text(params, 'reference_to'))::timestamptz;
		ELSIF params ?| ARRAY['reference_from', 'reference_to', 'k'] THEN
			RAISE EXCEPTION 'parameters reference_from, reference_to and k belong to method reference'
				USING ERRCODE = '22023';
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_validate(text, text, text, text[], jsonb) IS
'internal: validates a check definition (kind, stage, target, columns, parameters); raises 22023';

-- Row rules of checks, beyond row security: what a check runs (kind, target, columns, params)
-- and its owner may only be changed by a member of the (new) owner role, so an mlcheck_admin
-- member can disable, re-stage or delete any check but never make another role run new SQL.
CREATE FUNCTION @extschema@._ck_checks_trigger()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		IF NEW.check_id <> OLD.check_id THEN
			RAISE EXCEPTION 'the check_id of a check cannot change' USING ERRCODE = '42501';
		END IF;
		IF NOT pg_has_role(NEW.owner, 'MEMBER')
		   AND (NEW.owner <> OLD.owner OR NEW.kind IS DISTINCT FROM OLD.kind
				OR NEW.target IS DISTINCT FROM OLD.target OR NEW.columns IS DISTINCT FROM OLD.columns
				OR NEW.params IS DISTINCT FROM OLD.params) THEN
			RAISE EXCEPTION 'permission denied to change what check "%" runs', OLD.name
				USING ERRCODE = '42501',
				DETAIL = format('The check would run as role %s, of which you are not a member; only members of the role a check runs as may change its owner, kind, target, columns or params.',
								NEW.owner),
				HINT = 'You may change enabled, severity, blocking, stage, name and description, or delete the check.';
		END IF;
		NEW.created_at := OLD.created_at;
		NEW.updated_at := now();
	END IF;
	PERFORM @extschema@._ck_validate(NEW.kind, NEW.stage, NEW.target, NEW.columns, NEW.params);
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_checks_trigger() IS
'internal: validates checks rows and keeps what a check runs in the hands of its owner''s members';
CREATE TRIGGER checks_rules BEFORE INSERT OR UPDATE ON @extschema@.checks
	FOR EACH ROW EXECUTE FUNCTION @extschema@._ck_checks_trigger();

-- Same rule for alert routes (the handler runs as the owner) and the stored schemas.
CREATE FUNCTION @extschema@._ck_owned_row_trigger()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND NOT pg_has_role(NEW.owner, 'MEMBER')
	   AND (to_jsonb(NEW) - ARRAY['enabled', 'name', 'updated_at']) IS DISTINCT FROM
		   (to_jsonb(OLD) - ARRAY['enabled', 'name', 'updated_at']) THEN
		RAISE EXCEPTION 'permission denied to change % "%" of role %', TG_ARGV[0], OLD.name, OLD.owner
			USING ERRCODE = '42501',
			HINT = 'Only members of the owner role change it; you may disable or delete it.';
	END IF;
	IF TG_TABLE_NAME = 'alert_routes' THEN
		IF NEW.channel IS NOT NULL AND (NEW.channel = '' OR octet_length(NEW.channel) > 63) THEN
			RAISE EXCEPTION 'invalid NOTIFY channel name "%"', NEW.channel USING ERRCODE = '22023';
		END IF;
		IF NEW.handler IS NOT NULL AND to_regprocedure(NEW.handler || '(jsonb)') IS NULL THEN
			RAISE EXCEPTION 'alert handler %(jsonb) does not exist', NEW.handler
				USING ERRCODE = '42883',
				HINT = 'Name a function of one jsonb argument with its schema, e.g. ''ops.page_on_call''.';
		END IF;
	ELSIF TG_OP = 'UPDATE' THEN
		NEW.updated_at := now();
	END IF;
	RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_owned_row_trigger() IS
'internal: only members of a row''s owner role change more than its name and enabled flag';
CREATE TRIGGER alert_routes_rules BEFORE INSERT OR UPDATE ON @extschema@.alert_routes
	FOR EACH ROW EXECUTE FUNCTION @extschema@._ck_owned_row_trigger('alert route');
CREATE TRIGGER schemas_rules BEFORE INSERT OR UPDATE ON @extschema@.schemas
	FOR EACH ROW EXECUTE FUNCTION @extschema@._ck_owned_row_trigger('schema');

-- Row security. Superusers and the tables' owner bypass it (pg_cron jobs of a superuser see
-- every check and run each as its owner).
ALTER TABLE @extschema@.checks ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_rows ON @extschema@.checks
	USING (pg_catalog.pg_has_role(owner, 'MEMBER')) WITH CHECK (pg_catalog.pg_has_role(owner, 'MEMBER'));
CREATE POLICY reader_select ON @extschema@.checks FOR SELECT TO mlcheck_reader, mlcheck_admin USING (true);
CREATE POLICY admin_update ON @extschema@.checks FOR UPDATE TO mlcheck_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_delete ON @extschema@.checks FOR DELETE TO mlcheck_admin USING (true);

ALTER TABLE @extschema@.schemas ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_rows ON @extschema@.schemas
	USING (pg_catalog.pg_has_role(owner, 'MEMBER')) WITH CHECK (pg_catalog.pg_has_role(owner, 'MEMBER'));
CREATE POLICY reader_select ON @extschema@.schemas FOR SELECT TO mlcheck_reader, mlcheck_admin USING (true);
CREATE POLICY admin_delete ON @extschema@.schemas FOR DELETE TO mlcheck_admin USING (true);

ALTER TABLE @extschema@.baselines ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_rows ON @extschema@.baselines
	USING (pg_catalog.pg_has_role(owner, 'MEMBER')) WITH CHECK (pg_catalog.pg_has_role(owner, 'MEMBER'));
CREATE POLICY reader_select ON @extschema@.baselines FOR SELECT TO mlcheck_reader, mlcheck_admin USING (true);
CREATE POLICY admin_delete ON @extschema@.baselines FOR DELETE TO mlcheck_admin USING (true);
-- a baseline's profiles follow its row security
ALTER TABLE @extschema@.baseline_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible_rows ON @extschema@.baseline_profiles FOR SELECT
	USING (EXISTS (SELECT 1 FROM @extschema@.baselines b WHERE b.baseline_id = baseline_profiles.baseline_id));
CREATE POLICY owner_rows ON @extschema@.baseline_profiles
	USING (EXISTS (SELECT 1 FROM @extschema@.baselines b WHERE b.baseline_id = baseline_profiles.baseline_id
				   AND pg_catalog.pg_has_role(b.owner, 'MEMBER')))
	WITH CHECK (EXISTS (SELECT 1 FROM @extschema@.baselines b WHERE b.baseline_id = baseline_profiles.baseline_id
						AND pg_catalog.pg_has_role(b.owner, 'MEMBER')));

ALTER TABLE @extschema@.alert_routes ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_rows ON @extschema@.alert_routes
	USING (pg_catalog.pg_has_role(owner, 'MEMBER')) WITH CHECK (pg_catalog.pg_has_role(owner, 'MEMBER'));
CREATE POLICY reader_select ON @extschema@.alert_routes FOR SELECT TO mlcheck_reader, mlcheck_admin USING (true);
CREATE POLICY admin_update ON @extschema@.alert_routes FOR UPDATE TO mlcheck_admin USING (true) WITH CHECK (true);
CREATE POLICY admin_delete ON @extschema@.alert_routes FOR DELETE TO mlcheck_admin USING (true);

-- Runs are visible to everybody (who ran what, when, counts); a run is written by its runner.
-- Its logical time may be in the past (backfills, tests) but not in the future.
ALTER TABLE @extschema@.runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY all_select ON @extschema@.runs FOR SELECT USING (true);
CREATE POLICY runner_insert ON @extschema@.runs FOR INSERT
	WITH CHECK (pg_catalog.pg_has_role(run_by, 'MEMBER') AND as_of <= pg_catalog.statement_timestamp());
CREATE POLICY runner_update ON @extschema@.runs FOR UPDATE
	USING (pg_catalog.pg_has_role(run_by, 'MEMBER'))
	WITH CHECK (pg_catalog.pg_has_role(run_by, 'MEMBER') AND as_of <= pg_catalog.statement_timestamp());
CREATE POLICY runner_delete ON @extschema@.runs FOR DELETE USING (pg_catalog.pg_has_role(run_by, 'MEMBER'));
CREATE POLICY admin_delete ON @extschema@.runs FOR DELETE TO mlcheck_admin USING (true);

-- A result is visible to the members of its check's owner. It is written into one's own run,
-- for a check one can see, with that check's owner, at the run's logical time; only members of
-- the owner (who may run the check) write anything but an error (a runner that cannot run a
-- check it sees records "permission denied").
ALTER TABLE @extschema@.results ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_select ON @extschema@.results FOR SELECT USING (pg_catalog.pg_has_role(owner, 'MEMBER'));
CREATE POLICY reader_select ON @extschema@.results FOR SELECT TO mlcheck_reader, mlcheck_admin USING (true);
CREATE POLICY runner_insert ON @extschema@.results FOR INSERT
	WITH CHECK ((pg_catalog.pg_has_role(owner, 'MEMBER') OR status = 'error')
				AND EXISTS (SELECT 1 FROM @extschema@.runs r
							WHERE r.run_id = results.run_id AND r.as_of = results.observed_at
							  AND pg_catalog.pg_has_role(r.run_by, 'MEMBER'))
				AND EXISTS (SELECT 1 FROM @extschema@.checks c
							WHERE c.check_id = results.check_id AND c.owner = results.owner));
CREATE POLICY owner_delete ON @extschema@.results FOR DELETE USING (pg_catalog.pg_has_role(owner, 'MEMBER'));
CREATE POLICY admin_delete ON @extschema@.results FOR DELETE TO mlcheck_admin USING (true);

COMMENT ON POLICY owner_rows ON @extschema@.checks IS 'members of a check''s owner role read and change it; new rows must belong to a role of the writer';
COMMENT ON POLICY reader_select ON @extschema@.checks IS 'mlcheck_reader and mlcheck_admin read every check';
COMMENT ON POLICY admin_update ON @extschema@.checks IS 'mlcheck_admin changes any check (the trigger keeps what it runs with its owner)';
COMMENT ON POLICY admin_delete ON @extschema@.checks IS 'mlcheck_admin deletes any check';
COMMENT ON POLICY owner_rows ON @extschema@.schemas IS 'members of a schema''s owner role read and change it';
COMMENT ON POLICY reader_select ON @extschema@.schemas IS 'mlcheck_reader and mlcheck_admin read every schema';
COMMENT ON POLICY admin_delete ON @extschema@.schemas IS 'mlcheck_admin deletes any schema';
COMMENT ON POLICY owner_rows ON @extschema@.baselines IS 'members of a baseline''s owner role read and change it';
COMMENT ON POLICY reader_select ON @extschema@.baselines IS 'mlcheck_reader and mlcheck_admin read every baseline';
COMMENT ON POLICY admin_delete ON @extschema@.baselines IS 'mlcheck_admin deletes any baseline';
COMMENT ON POLICY visible_rows ON @extschema@.baseline_profiles IS 'the profiles of a baseline are visible with it';
COMMENT ON POLICY owner_rows ON @extschema@.baseline_profiles IS 'members of the baseline''s owner role change its profiles';
COMMENT ON POLICY owner_rows ON @extschema@.alert_routes IS 'members of a route''s owner role read and change it';
COMMENT ON POLICY reader_select ON @extschema@.alert_routes IS 'mlcheck_reader and mlcheck_admin read every route';
COMMENT ON POLICY admin_update ON @extschema@.alert_routes IS 'mlcheck_admin disables or renames any route (the trigger keeps the rest with its owner)';
COMMENT ON POLICY admin_delete ON @extschema@.alert_routes IS 'mlcheck_admin deletes any route';
COMMENT ON POLICY all_select ON @extschema@.runs IS 'every role reads the runs';
COMMENT ON POLICY runner_insert ON @extschema@.runs IS 'a run is recorded by its runner, at a logical time not in the future';
COMMENT ON POLICY runner_update ON @extschema@.runs IS 'a run is updated by its runner';
COMMENT ON POLICY runner_delete ON @extschema@.runs IS 'members of the runner role delete its runs';
COMMENT ON POLICY admin_delete ON @extschema@.runs IS 'mlcheck_admin deletes any run';
COMMENT ON POLICY owner_select ON @extschema@.results IS 'members of a check''s owner role read its results';
COMMENT ON POLICY reader_select ON @extschema@.results IS 'mlcheck_reader and mlcheck_admin read every result';
COMMENT ON POLICY runner_insert ON @extschema@.results IS 'results go into one''s own run, for a visible check, at the run''s time; only an error for a check one cannot run';
COMMENT ON POLICY owner_delete ON @extschema@.results IS 'members of a check''s owner role delete its results';
COMMENT ON POLICY admin_delete ON @extschema@.results IS 'mlcheck_admin deletes any result';
COMMENT ON TRIGGER checks_rules ON @extschema@.checks IS 'validates a check; only members of the role it runs as change what it runs';
COMMENT ON TRIGGER alert_routes_rules ON @extschema@.alert_routes IS 'validates a route; only members of its owner role change more than its name and enabled flag';
COMMENT ON TRIGGER schemas_rules ON @extschema@.schemas IS 'only members of its owner role change more than the name of a schema';

GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.checks, @extschema@.schemas, @extschema@.alert_routes,
	@extschema@.baselines, @extschema@.baseline_profiles TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON @extschema@.runs TO PUBLIC;
GRANT SELECT, INSERT, DELETE ON @extschema@.results TO PUBLIC;
GRANT USAGE ON SEQUENCE @extschema@.checks_check_id_seq, @extschema@.schemas_schema_id_seq,
	@extschema@.alert_routes_route_id_seq, @extschema@.runs_run_id_seq, @extschema@.baselines_baseline_id_seq,
	@extschema@.results_result_id_seq TO PUBLIC;

-- ---------------------------------------------------------------- evaluation

-- mlcheck.evaluate_check() (C, src/checks.c) becomes the check's owner, then calls
-- mlcheck._ck_evaluate(), which dispatches on the kind. The evaluators run the check's SQL, so they
-- refuse to run unless evaluate_check() is evaluating exactly that check as its owner: calling
-- them directly cannot run somebody's check SQL under another identity.
CREATE FUNCTION @extschema@.evaluate_check(check_id bigint, as_of timestamptz DEFAULT pg_catalog.now())
RETURNS SETOF @extschema@.check_outcome
AS 'MODULE_PATHNAME', 'mlcheck_evaluate_check'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.evaluate_check(bigint, timestamptz) IS
'evaluates one check as of a time with the privileges of its owner, without recording anything '
'(a dry run); the caller must be a member of the owner role';

CREATE FUNCTION @extschema@._ck_evaluating()
RETURNS bigint
AS 'MODULE_PATHNAME', 'mlcheck_evaluating'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@._ck_evaluating() IS
'internal: check_id of the check evaluate_check() is evaluating in this session, or NULL';

CREATE FUNCTION @extschema@._ck_deliver_alert(route_id bigint, payload jsonb)
RETURNS void
AS 'MODULE_PATHNAME', 'mlcheck_deliver_alert'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@._ck_deliver_alert(bigint, jsonb) IS
'internal: calls the handler of an alert route with a payload, as the route''s owner';

CREATE FUNCTION @extschema@._ck_guard(c @extschema@.checks)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF @extschema@._ck_evaluating() IS DISTINCT FROM c.check_id OR c.owner <> @extschema@._ck_current_role() THEN
		RAISE EXCEPTION 'check "%" is evaluated only by mlcheck.evaluate_check() and mlcheck.run_checks()', c.name
			USING ERRCODE = '42501';
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_guard(@extschema@.checks) IS
'internal: raises unless evaluate_check() is evaluating this check as its owner';

-- The rows a check looks at: its "where" parameter and, with "time_column" and "window", the
-- window (as_of - window, as_of]. A boolean SQL expression.
CREATE FUNCTION @extschema@._ck_scope(c @extschema@.checks, as_of timestamptz)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	parts text[] := '{}';
	w interval := @extschema@._ck_param_interval(c.params, 'window');
	tc text := @extschema@._ck_param_text(c.params, 'time_column');
BEGIN
	IF c.params ? 'where' THEN
		parts := parts || ('(' || @extschema@._ck_param_text(c.params, 'where') || ')');
	END IF;
	IF w IS NOT NULL AND c.kind <> 'metric_anomaly' THEN
		parts := parts || format('%I > %s AND %I <= %s', tc, @extschema@._ck_ts_literal(as_of - w), tc,
								 @extschema@._ck_ts_literal(as_of));
	END IF;
	IF cardinality(parts) = 0 THEN
		RETURN 'true';
	END IF;
	RETURN array_to_string(parts, ' AND ');
END
$$;
COMMENT ON FUNCTION @extschema@._ck_scope(@extschema@.checks, timestamptz) IS
'internal: SQL condition selecting the rows a check looks at (where parameter and time window)';

-- Type of a column of a relation, with the errors a user understands.
CREATE FUNCTION @extschema@._ck_column_type(rel pg_catalog.regclass, col text)
RETURNS pg_catalog.regtype
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	t regtype;
BEGIN
	SELECT a.atttypid::regtype INTO t FROM pg_attribute a
	WHERE a.attrelid = rel AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
	IF t IS NULL THEN
		RAISE EXCEPTION 'column "%" of relation % does not exist', col, rel USING ERRCODE = '42703';
	END IF;
	RETURN t;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_column_type(pg_catalog.regclass, text) IS
'internal: the type of a column, or 42703 when it does not exist';

CREATE FUNCTION @extschema@._ck_outcome(metric text, column_name text, value float8, threshold float8,
									 status text, details jsonb)
RETURNS @extschema@.check_outcome
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ROW(metric, column_name, value, threshold, status, details)::@extschema@.check_outcome $$;
COMMENT ON FUNCTION @extschema@._ck_outcome(text, text, float8, float8, text, jsonb) IS
'internal: builds a check_outcome';

CREATE FUNCTION @extschema@._ck_empty(c @extschema@.checks, metric text, column_name text, reason text)
RETURNS @extschema@.check_outcome
LANGUAGE sql STABLE
AS $$
SELECT ROW(metric, column_name, NULL::float8, NULL::float8,
		   coalesce(c.params ->> 'on_empty', c.severity),
		   pg_catalog.jsonb_build_object('reason', reason))::@extschema@.check_outcome
$$;
COMMENT ON FUNCTION @extschema@._ck_empty(@extschema@.checks, text, text, text) IS
'internal: the outcome of a check that found no rows (status: its on_empty parameter, else its severity)';

-- kind sql: a query returning one numeric or boolean column (one outcome per row, named after
-- the column), or two columns (a label, used as metric name, and the value). $1 in the query is
-- the run's as_of. Numbers are compared with min/max/warn_min/warn_max; a boolean is an
-- assertion (true passes).
CREATE FUNCTION @extschema@._ck_eval_sql(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	q text := regexp_replace(@extschema@._ck_param_text(c.params, 'query'), '[[:space:];]+$', '');
	lo float8 := @extschema@._ck_param_float(c.params, 'min');
	hi float8 := @extschema@._ck_param_float(c.params, 'max');
	wlo float8 := @extschema@._ck_param_float(c.params, 'warn_min');
	whi float8 := @extschema@._ck_param_float(c.params, 'warn_max');
	r record;
	n integer := 0;
	keys text[];
	vals json[];
	m text;
	jv json;
	v float8;
	j record;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	FOR r IN EXECUTE format('SELECT pg_catalog.row_to_json(mlcheck_q) AS j FROM (%s) AS mlcheck_q', q) USING as_of LOOP
		n := n + 1;
		IF n > 1000 THEN
			RAISE EXCEPTION 'the query of check "%" returned more than 1000 rows', c.name USING ERRCODE = '54000';
		END IF;
		SELECT array_agg(e.key ORDER BY e.ord), array_agg(e.value ORDER BY e.ord) INTO keys, vals
		FROM json_each(r.j) WITH ORDINALITY AS e(key, value, ord);
		IF cardinality(keys) = 1 THEN
			m := coalesce(@extschema@._ck_param_text(c.params, 'metric'), keys[1]);
			jv := vals[1];
		ELSIF cardinality(keys) = 2 THEN
			m := coalesce(vals[1] #>> '{}', 'null');
			jv := vals[2];
		ELSE
			RAISE EXCEPTION 'the query of check "%" must return one column (a value) or two (a label and a value), not %',
				c.name, cardinality(keys) USING ERRCODE = '42601';
		END IF;
		IF json_typeof(jv) = 'boolean' THEN
			v := CASE WHEN jv::text = 'true' THEN 1 ELSE 0 END;
			RETURN NEXT @extschema@._ck_outcome(m, NULL, v, NULL, CASE WHEN v = 1 THEN 'pass' ELSE c.severity END,
							jsonb_build_object('assertion', jv::jsonb));
			CONTINUE;
		ELSIF json_typeof(jv) = 'null' THEN
			v := NULL;
		ELSE
			BEGIN
				v := (jv #>> '{}')::float8;
			EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
				RAISE EXCEPTION 'the query of check "%" returned % for "%", not a number or a boolean', c.name, jv, m
					USING ERRCODE = '42804';
			END;
		END IF;
		j := @extschema@._ck_judge(v, lo, hi, wlo, whi, c.severity);
		RETURN NEXT @extschema@._ck_outcome(m, NULL, v, j.threshold, j.status,
						jsonb_strip_nulls(jsonb_build_object('min', lo, 'max', hi, 'warn_min', wlo, 'warn_max', whi,
															 'reason', CASE WHEN v IS NULL THEN 'the query returned NULL' END)));
	END LOOP;
	IF n = 0 THEN
		RETURN NEXT @extschema@._ck_empty(c, coalesce(@extschema@._ck_param_text(c.params, 'metric'), 'value'), NULL,
									   'the query returned no rows');
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_sql(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind sql';

-- kind freshness: lag (seconds) of the newest value of a date/timestamp column behind as_of,
-- against max_lag (severity) and warn_lag (warn).
CREATE FUNCTION @extschema@._ck_eval_freshness(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	col text := c.columns[1];
	t regtype;
	newest timestamptz;
	lag float8;
	hi float8 := extract(epoch FROM @extschema@._ck_param_interval(c.params, 'max_lag'))::float8;
	whi float8 := extract(epoch FROM @extschema@._ck_param_interval(c.params, 'warn_lag'))::float8;
	j record;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	rel := @extschema@._ck_relation(c.target, 'target');
	t := @extschema@._ck_column_type(rel, col);
	IF t NOT IN ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype) THEN
		RAISE EXCEPTION 'column "%" of relation % is of type %, not a date or timestamp', col, rel, t
			USING ERRCODE = '42804';
	END IF;
	EXECUTE format('SELECT pg_catalog.max(%I)::pg_catalog.timestamptz FROM %s WHERE %s', col, rel,
				   @extschema@._ck_scope(c, as_of))
		INTO newest;
	IF newest IS NULL THEN
		RETURN NEXT @extschema@._ck_empty(c, 'lag_seconds', col, 'no rows with a value');
		RETURN;
	END IF;
	IF newest = 'infinity'::timestamptz OR newest = '-infinity'::timestamptz THEN
		lag := CASE WHEN newest = 'infinity'::timestamptz THEN '-Infinity'::float8 ELSE 'Infinity'::float8 END;
	ELSE
		lag := extract(epoch FROM as_of - newest)::float8;
	END IF;
	j := @extschema@._ck_judge(lag, NULL, hi, NULL, whi, c.severity);
	RETURN NEXT @extschema@._ck_outcome('lag_seconds', col, lag, j.threshold, j.status,
					jsonb_strip_nulls(jsonb_build_object('newest', newest, 'as_of', as_of,
														 'max_lag', c.params -> 'max_lag', 'warn_lag', c.params -> 'warn_lag')));
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_freshness(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind freshness';

-- kind volume: rows in the latest window (as_of - window, as_of] against absolute bounds
-- (min/max/warn_min/warn_max) and against the previous `history` windows (default 7): z-score of
-- the latest count over their mean and sample standard deviation, bounded by max_z (default 3
-- when no absolute bound is given) and warn_z. Windows that end before the first row of the
-- relation (no data yet) are left out of the history.
CREATE FUNCTION @extschema@._ck_eval_volume(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	tc text := @extschema@._ck_param_text(c.params, 'time_column');
	w interval := @extschema@._ck_param_interval(c.params, 'window');
	h integer := coalesce(@extschema@._ck_param_int(c.params, 'history', 1, 10000), 7);
	lo float8 := @extschema@._ck_param_float(c.params, 'min');
	hi float8 := @extschema@._ck_param_float(c.params, 'max');
	wlo float8 := @extschema@._ck_param_float(c.params, 'warn_min');
	whi float8 := @extschema@._ck_param_float(c.params, 'warn_max');
	max_z float8 := @extschema@._ck_param_float(c.params, 'max_z');
	warn_z float8 := @extschema@._ck_param_float(c.params, 'warn_z');
	w_us bigint;
	cond text;
	counts bigint[];
	first_t timestamptz;
	older boolean;
	latest bigint;
	hist float8[];
	k integer;
	mean float8;
	sd float8;
	z float8;
	j record;
	t regtype;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	rel := @extschema@._ck_relation(c.target, 'target');
	t := @extschema@._ck_column_type(rel, tc);
	IF t NOT IN ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype) THEN
		RAISE EXCEPTION 'column "%" of relation % is of type %, not a date or timestamp', tc, rel, t
			USING ERRCODE = '42804';
	END IF;
	w_us := (extract(epoch FROM w) * 1000000)::bigint;
	cond := CASE WHEN c.params ? 'where' THEN '(' || @extschema@._ck_param_text(c.params, 'where') || ')' ELSE 'true' END;
	-- one scan over the h + 1 windows: window k is (as_of - (k+1) w, as_of - k w]
	EXECUTE format(
		'SELECT pg_catalog.array_agg(COALESCE(n.cnt, 0) ORDER BY g.k), pg_catalog.min(n.first_t)
		 FROM pg_catalog.generate_series(0, %s) AS g(k)
		 LEFT JOIN (SELECT ((EXTRACT(epoch FROM %s - %I::pg_catalog.timestamptz) * 1000000)::bigint / %s)::integer AS k,
						   pg_catalog.count(*) AS cnt, pg_catalog.min(%I)::pg_catalog.timestamptz AS first_t
					FROM %s WHERE %I > %s AND %I <= %s AND %s GROUP BY 1) AS n ON n.k = g.k',
		h, @extschema@._ck_ts_literal(as_of), tc, w_us, tc, rel,
		tc, @extschema@._ck_ts_literal(as_of - w * (h + 1)), tc, @extschema@._ck_ts_literal(as_of), cond)
		INTO counts, first_t;
	latest := counts[1];
	EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I <= %s AND %s)', rel, tc,
				   @extschema@._ck_ts_literal(as_of - w * (h + 1)), cond)
		INTO older;
	hist := '{}';
	FOR k IN 1 .. h LOOP
		-- window k ends at as_of - k w; without older rows, windows ending before the first row are not history
		IF older OR (first_t IS NOT NULL AND as_of - w * k >= first_t) THEN
			hist := hist || counts[k + 1]::float8;
		END IF;
	END LOOP;

	j := @extschema@._ck_judge(latest, lo, hi, wlo, whi, c.severity);
	RETURN NEXT @extschema@._ck_outcome('rows', tc, latest::float8, j.threshold,
					CASE WHEN lo IS NULL AND hi IS NULL AND wlo IS NULL AND whi IS NULL THEN 'pass' ELSE j.status END,
					jsonb_strip_nulls(jsonb_build_object('window', w::text, 'min', lo, 'max', hi,
														 'warn_min', wlo, 'warn_max', whi)));

	IF max_z IS NULL AND warn_z IS NULL AND lo IS NULL AND hi IS NULL AND wlo IS NULL AND whi IS NULL THEN
		max_z := 3;
	END IF;
	IF max_z IS NOT NULL OR warn_z IS NOT NULL THEN
		IF cardinality(hist) < 2 THEN
			RETURN NEXT @extschema@._ck_outcome('rows_zscore', tc, NULL::float8, max_z, 'warn',
							jsonb_build_object('reason', 'insufficient history', 'history_windows', cardinality(hist),
											   'history', to_jsonb(hist)));
			RETURN;
		END IF;
		SELECT avg(x), stddev_samp(x) INTO mean, sd FROM unnest(hist) AS x;
		IF sd = 0 THEN
			z := CASE WHEN latest = mean THEN 0 WHEN latest > mean THEN 'Infinity'::float8 ELSE '-Infinity'::float8 END;
		ELSE
			z := (latest - mean) / sd;
		END IF;
		j := @extschema@._ck_judge(z, -max_z, max_z, -warn_z, warn_z, c.severity);
		RETURN NEXT @extschema@._ck_outcome('rows_zscore', tc, z, j.threshold, j.status,
						jsonb_strip_nulls(jsonb_build_object('rows', latest, 'history_mean', mean, 'history_stddev', sd,
															 'history_windows', cardinality(hist), 'history', to_jsonb(hist),
															 'max_z', max_z, 'warn_z', warn_z)));
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_volume(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind volume';

-- kind latency: a quantile (default 0.99) of a numeric column over the check's rows, against
-- bounds, from the column's profile (one scan, mlcheck.profile_table): exact up to exact_limit
-- values (default 10000) as percentile_disc, the smallest value whose cumulative fraction
-- reaches q (numpy's "inverted_cdf"), a KLL estimate with the profile's stated rank error
-- beyond. Finite values only (NULL, NaN and infinities are counted in the details).
CREATE FUNCTION @extschema@._ck_eval_latency(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	col text := c.columns[1];
	q float8 := coalesce(@extschema@._ck_param_float(c.params, 'quantile'), 0.99);
	xl integer := coalesce(@extschema@._ck_param_int(c.params, 'exact_limit', 0, 100000000), 10000);
	lo float8 := @extschema@._ck_param_float(c.params, 'min');
	hi float8 := @extschema@._ck_param_float(c.params, 'max');
	wlo float8 := @extschema@._ck_param_float(c.params, 'warn_min');
	whi float8 := @extschema@._ck_param_float(c.params, 'warn_max');
	v float8;
	sm record;
	j record;
	m text;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	rel := @extschema@._ck_relation(c.target, 'target');
	PERFORM @extschema@._ck_column_type(rel, col);
	m := 'p' || rtrim(rtrim(to_char(q * 100, 'FM990.999999'), '0'), '.');
	EXECUTE 'SELECT @extschema@.quantile(p.profile, $4) AS v, (@extschema@.summary(p.profile)).*
			 FROM @extschema@.profile_table($1, ARRAY[$2], $3, $5) AS p'
		INTO sm USING rel, col, @extschema@._ck_scope(c, as_of), q, xl;
	IF sm.kind IS DISTINCT FROM 'numeric' THEN
		RAISE EXCEPTION 'column "%" of relation % is not numeric', col, rel USING ERRCODE = '42804';
	END IF;
	IF coalesce(sm.finite_count, 0) = 0 THEN
		RETURN NEXT @extschema@._ck_empty(c, m, col, 'no rows with a finite value');
		RETURN;
	END IF;
	v := sm.v;
	j := @extschema@._ck_judge(v, lo, hi, wlo, whi, c.severity);
	RETURN NEXT @extschema@._ck_outcome(m, col, v, j.threshold, j.status,
					jsonb_strip_nulls(jsonb_build_object(
						'quantile', q, 'rows', sm.row_count, 'values', sm.finite_count, 'nulls', sm.null_count,
						'non_finite', sm.nan_count + sm.posinf_count + sm.neginf_count, 'exact', sm.exact,
						'rank_error', CASE WHEN NOT sm.exact THEN sm.rank_error END,
						'min', lo, 'max', hi, 'warn_min', wlo, 'warn_max', whi)));
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_latency(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind latency';

-- kind error_rate: fraction of the check's rows for which the condition is true (NULL counts
-- as false), against max and warn_max.
CREATE FUNCTION @extschema@._ck_eval_error_rate(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	hi float8 := @extschema@._ck_param_float(c.params, 'max');
	whi float8 := @extschema@._ck_param_float(c.params, 'warn_max');
	n bigint;
	e bigint;
	v float8;
	j record;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	rel := @extschema@._ck_relation(c.target, 'target');
	EXECUTE format('SELECT pg_catalog.count(*), pg_catalog.count(*) FILTER (WHERE (%s)) FROM %s WHERE %s',
				   @extschema@._ck_param_text(c.params, 'condition'), rel, @extschema@._ck_scope(c, as_of))
		INTO n, e;
	IF n = 0 THEN
		RETURN NEXT @extschema@._ck_empty(c, 'error_rate', NULL, 'no rows');
		RETURN;
	END IF;
	v := e::float8 / n::float8;
	j := @extschema@._ck_judge(v, NULL, hi, NULL, whi, c.severity);
	RETURN NEXT @extschema@._ck_outcome('error_rate', NULL, v, j.threshold, j.status,
					jsonb_strip_nulls(jsonb_build_object('rows', n, 'errors', e, 'condition', c.params -> 'condition',
														 'max', hi, 'warn_max', whi)));
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_error_rate(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind error_rate';

-- kind prediction_skew: online scores (target.online_column) against the offline re-scoring
-- (offline.offline_column) of the same keys. A pair matches as in feature_skew(): both equal
-- (NULL and NULL, NaN and NaN, the same infinity included) or |online - offline| <=
-- max(rel_tolerance * max(|online|, |offline|), abs_tolerance) (Python's math.isclose; defaults
-- 1e-9 and 0). feature_skew() compares same-named columns of two whole relations; here the score
-- columns differ in name and the online rows are a window of a log, so it is one join. Outcomes: mismatch_rate = mismatched / joined (max_mismatch_rate, default
-- 0; warn_mismatch_rate), missing_rate = online rows without an offline score / online rows
-- (max_missing_rate). Offline keys must be unique.
CREATE FUNCTION @extschema@._ck_eval_prediction_skew(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	off regclass;
	key text := @extschema@._ck_param_text(c.params, 'key');
	oc text := @extschema@._ck_param_text(c.params, 'online_column');
	fc text := @extschema@._ck_param_text(c.params, 'offline_column');
	rtol float8 := coalesce(@extschema@._ck_param_float(c.params, 'rel_tolerance'), 1e-9);
	atol float8 := coalesce(@extschema@._ck_param_float(c.params, 'abs_tolerance'), 0);
	hi float8 := coalesce(@extschema@._ck_param_float(c.params, 'max_mismatch_rate'), 0);
	whi float8 := @extschema@._ck_param_float(c.params, 'warn_mismatch_rate');
	miss_hi float8 := @extschema@._ck_param_float(c.params, 'max_missing_rate');
	cond text;
	matchexpr text;
	n bigint;
	joinrows bigint;
	joined bigint;
	mism bigint;
	maxdiff float8;
	samples jsonb;
	v float8;
	j record;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	rel := @extschema@._ck_relation(c.target, 'target');
	off := @extschema@._ck_relation(@extschema@._ck_param_text(c.params, 'offline'), 'offline relation');
	PERFORM @extschema@._ck_column_type(rel, key), @extschema@._ck_column_type(rel, oc),
			@extschema@._ck_column_type(off, key), @extschema@._ck_column_type(off, fc);
	cond := @extschema@._ck_scope(c, as_of);
	matchexpr := format('(o.a IS NOT DISTINCT FROM f.b OR pg_catalog.abs(o.a - f.b)
						  <= GREATEST(%s * GREATEST(pg_catalog.abs(o.a), pg_catalog.abs(f.b)), %s))', rtol, atol);
	-- one statement (one snapshot, also for a log being written): the online rows counted alone
	-- and joined; an online row matching several offline rows shows up as extra join rows
	EXECUTE format('SELECT (SELECT pg_catalog.count(*) FROM %4$s WHERE %5$s),
						   pg_catalog.count(*), pg_catalog.count(f.k), pg_catalog.count(*) FILTER (WHERE f.k IS NOT NULL AND NOT %1$s),
						   pg_catalog.max(pg_catalog.abs(o.a - f.b)) FILTER (WHERE f.k IS NOT NULL AND NOT %1$s),
						   pg_catalog.to_jsonb((pg_catalog.array_agg(o.k ORDER BY o.k) FILTER (WHERE f.k IS NOT NULL AND NOT %1$s))[1:10])
					FROM (SELECT %2$I AS k, %3$I::pg_catalog.float8 AS a FROM %4$s WHERE %5$s) AS o
					LEFT JOIN (SELECT %2$I AS k, %6$I::pg_catalog.float8 AS b FROM %7$s) AS f ON o.k = f.k',
				   matchexpr, key, oc, rel, cond, fc, off)
		INTO n, joinrows, joined, mism, maxdiff, samples;
	IF joinrows <> n THEN
		RAISE EXCEPTION 'offline relation % has more than one row for some keys of the online rows', off
			USING ERRCODE = '21000', HINT = format('Keys (%I) must be unique in the offline relation.', key);
	END IF;
	IF joined = 0 THEN
		RETURN NEXT @extschema@._ck_empty(c, 'mismatch_rate', oc,
									   CASE WHEN n = 0 THEN 'no online rows' ELSE 'no online row has an offline score' END);
		IF n = 0 THEN
			RETURN;
		END IF;
	ELSE
		v := mism::float8 / joined::float8;
		j := @extschema@._ck_judge(v, NULL, hi, NULL, whi, c.severity);
		RETURN NEXT @extschema@._ck_outcome('mismatch_rate', oc, v, j.threshold, j.status,
						jsonb_strip_nulls(jsonb_build_object('online_rows', n, 'joined', joined, 'mismatched', mism,
															 'max_abs_diff', @extschema@._ck_jnum(maxdiff), 'sample_keys', samples,
															 'rel_tolerance', rtol, 'abs_tolerance', atol, 'offline', off::text,
															 'offline_column', fc)));
	END IF;
	v := (n - joined)::float8 / n::float8;
	j := @extschema@._ck_judge(v, NULL, miss_hi, NULL, NULL, c.severity);
	RETURN NEXT @extschema@._ck_outcome('missing_rate', oc, v, j.threshold, CASE WHEN miss_hi IS NULL THEN 'pass' ELSE j.status END,
					jsonb_build_object('online_rows', n, 'missing', n - joined));
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_prediction_skew(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind prediction_skew';

-- kind metric_anomaly: the latest value of a metric of another check (source; metric and
-- column select the series) against that metric's own earlier results (runs observed before
-- it, errors and non-finite values left out):
--   relative:  (current - previous) / |previous|, bounded by min_change/max_change or
--              |change| by max_abs_change (warn_abs_change); min_history default 1;
--   zscore:    (current - mean) / sd over the `window` (default 20) previous values, sample
--              standard deviation (n - 1); |z| bounded by max_z (default 3) and warn_z;
--              min_history default 3;
--   reference: mean +- k * sd (k default 3) of the earlier values observed in [reference_from,
--              reference_to); min_history default 2.
-- With less history than min_history the outcome is warn ("insufficient history").
CREATE FUNCTION @extschema@._ck_eval_metric_anomaly(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	method text := @extschema@._ck_param_text(c.params, 'method');
	m text := @extschema@._ck_param_text(c.params, 'metric');
	col text := @extschema@._ck_param_text(c.params, 'column');
	win integer := coalesce(@extschema@._ck_param_int(c.params, 'window', 1, 100000), 20);
	min_hist integer := @extschema@._ck_param_int(c.params, 'min_history', 1, 100000);
	src @extschema@.checks;
	metrics text[];
	cur record;
	hist float8[];
	mean float8;
	sd float8;
	v float8;
	lo float8;
	hi float8;
	wlo float8;
	whi float8;
	kk float8;
	j record;
	d jsonb;
	ref_from timestamptz;
	ref_to timestamptz;
	mname text := CASE method WHEN 'relative' THEN 'relative_change' WHEN 'zscore' THEN 'zscore' ELSE 'reference_band' END;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	SELECT * INTO src FROM @extschema@.checks s WHERE s.name = @extschema@._ck_param_text(c.params, 'source');
	IF NOT FOUND THEN
		RAISE EXCEPTION 'source check "%" does not exist', c.params ->> 'source'
			USING ERRCODE = '42704', HINT = 'The source must be visible to the owner of the anomaly check.';
	END IF;
	IF m IS NULL THEN
		SELECT array_agg(DISTINCT r.metric) INTO metrics FROM @extschema@.results r
		WHERE r.check_id = src.check_id AND r.metric IS NOT NULL AND r.observed_at <= as_of;
		IF cardinality(metrics) = 1 THEN
			m := metrics[1];
		ELSE
			RAISE EXCEPTION 'source check "%" has % metrics: set parameter "metric"', src.name, coalesce(cardinality(metrics), 0)
				USING ERRCODE = '22023', DETAIL = 'Metrics: ' || coalesce(array_to_string(metrics, ', '), 'none yet') || '.';
		END IF;
	END IF;

	SELECT r.value, r.observed_at, r.run_id, r.status INTO cur FROM @extschema@.results r
	WHERE r.check_id = src.check_id AND r.metric = m AND r.column_name IS NOT DISTINCT FROM col AND r.observed_at <= as_of
	ORDER BY r.observed_at DESC, r.run_id DESC LIMIT 1;
	IF NOT FOUND THEN
		RETURN NEXT @extschema@._ck_empty(c, mname, col, format('no result of check "%s" for metric "%s"', src.name, m));
		RETURN;
	END IF;
	IF cur.value IS NULL OR cur.value IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8) THEN
		RETURN NEXT @extschema@._ck_empty(c, mname, col, format('the latest result of check "%s" has no finite value', src.name));
		RETURN;
	END IF;

	d := jsonb_build_object('source', src.name, 'metric', m, 'column', col, 'current', cur.value,
							'current_run_id', cur.run_id, 'current_observed_at', cur.observed_at);
	IF method = 'reference' THEN
		ref_from := (@extschema@._ck_param_text(c.params, 'reference_from'))::timestamptz;
		ref_to := (@extschema@._ck_param_text(c.params, 'reference_to'))::timestamptz;
		SELECT array_agg(r.value ORDER BY r.observed_at DESC, r.run_id DESC) INTO hist FROM @extschema@.results r
		WHERE r.check_id = src.check_id AND r.metric = m AND r.column_name IS NOT DISTINCT FROM col
		  AND r.status <> 'error' AND r.value NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)
		  AND r.observed_at >= ref_from AND r.observed_at < ref_to
		  AND (r.observed_at, r.run_id) < (cur.observed_at, cur.run_id);
	ELSE
		SELECT array_agg(h.value ORDER BY h.observed_at DESC, h.run_id DESC) INTO hist FROM (
			SELECT r.value, r.observed_at, r.run_id FROM @extschema@.results r
			WHERE r.check_id = src.check_id AND r.metric = m AND r.column_name IS NOT DISTINCT FROM col
			  AND r.status <> 'error' AND r.value NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)
			  AND (r.observed_at, r.run_id) < (cur.observed_at, cur.run_id)
			ORDER BY r.observed_at DESC, r.run_id DESC
			LIMIT CASE WHEN method = 'relative' THEN 1 ELSE win END) AS h;
	END IF;
	hist := coalesce(hist, '{}');
	min_hist := coalesce(min_hist, CASE method WHEN 'relative' THEN 1 WHEN 'zscore' THEN 3 ELSE 2 END);
	IF method <> 'relative' AND min_hist < 2 THEN
		min_hist := 2;  -- a sample standard deviation needs two values
	END IF;
	IF cardinality(hist) < min_hist THEN
		RETURN NEXT @extschema@._ck_outcome(mname, col, NULL::float8, NULL::float8, 'warn',
						d || jsonb_build_object('reason', 'insufficient history', 'history', cardinality(hist),
												'min_history', min_hist));
		RETURN;
	END IF;

	IF method = 'relative' THEN
		IF hist[1] = 0 THEN
			v := CASE WHEN cur.value = 0 THEN 0 WHEN cur.value > 0 THEN 'Infinity'::float8 ELSE '-Infinity'::float8 END;
		ELSE
			v := (cur.value - hist[1]) / abs(hist[1]);
		END IF;
		lo := @extschema@._ck_param_float(c.params, 'min_change');
		hi := @extschema@._ck_param_float(c.params, 'max_change');
		IF c.params ? 'max_abs_change' THEN
			lo := greatest(lo, -@extschema@._ck_param_float(c.params, 'max_abs_change'));
			hi := least(hi, @extschema@._ck_param_float(c.params, 'max_abs_change'));
		END IF;
		whi := @extschema@._ck_param_float(c.params, 'warn_abs_change');
		wlo := -whi;
		IF lo IS NULL AND hi IS NULL AND whi IS NULL THEN
			RAISE EXCEPTION 'a relative anomaly check needs min_change, max_change, max_abs_change or warn_abs_change'
				USING ERRCODE = '22023';
		END IF;
		j := @extschema@._ck_judge(v, lo, hi, wlo, whi, c.severity);
		RETURN NEXT @extschema@._ck_outcome('relative_change', col, v, j.threshold, j.status,
						d || jsonb_build_object('previous', hist[1], 'change', @extschema@._ck_jnum(v)));
		RETURN;
	END IF;

	SELECT avg(x), stddev_samp(x) INTO mean, sd FROM unnest(hist) AS x;
	IF method = 'zscore' THEN
		IF sd = 0 THEN
			v := CASE WHEN cur.value = mean THEN 0 WHEN cur.value > mean THEN 'Infinity'::float8 ELSE '-Infinity'::float8 END;
		ELSE
			v := (cur.value - mean) / sd;
		END IF;
		hi := @extschema@._ck_param_float(c.params, 'max_z');
		whi := @extschema@._ck_param_float(c.params, 'warn_z');
		IF hi IS NULL AND whi IS NULL THEN
			hi := 3;
		END IF;
		j := @extschema@._ck_judge(v, -hi, hi, -whi, whi, c.severity);
		RETURN NEXT @extschema@._ck_outcome('zscore', col, v, j.threshold, j.status,
						d || jsonb_strip_nulls(jsonb_build_object('mean', mean, 'stddev', sd, 'history', cardinality(hist),
																  'max_z', hi, 'warn_z', whi)));
	ELSE
		kk := coalesce(@extschema@._ck_param_float(c.params, 'k'), 3);
		lo := mean - kk * sd;
		hi := mean + kk * sd;
		j := @extschema@._ck_judge(cur.value, lo, hi, NULL, NULL, c.severity);
		RETURN NEXT @extschema@._ck_outcome('reference_band', col, cur.value, j.threshold, j.status,
						d || jsonb_build_object('mean', mean, 'stddev', sd, 'k', kk, 'lower', lo, 'upper', hi,
												'history', cardinality(hist), 'reference_from', ref_from,
												'reference_to', ref_to));
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_metric_anomaly(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind metric_anomaly';

-- The metrics of one side of a gate: a jsonb object as is, JSON null as NULL (no baseline: a
-- first model), a string as a query returning one row of one jsonb column ($1 is as_of).
CREATE FUNCTION @extschema@._ck_metrics(v jsonb, what text, as_of timestamptz)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r jsonb;
BEGIN
	IF v IS NULL OR jsonb_typeof(v) = 'null' THEN
		RETURN NULL;
	ELSIF jsonb_typeof(v) = 'object' THEN
		RETURN v;
	END IF;
	BEGIN
		EXECUTE format('SELECT (%s)::pg_catalog.jsonb', regexp_replace(v #>> '{}', '[[:space:];]+$', '')) INTO STRICT r USING as_of;
	EXCEPTION WHEN no_data_found OR too_many_rows THEN
		RAISE EXCEPTION 'the % query must return exactly one row', what USING ERRCODE = '21000';
	END;
	IF r IS NOT NULL AND jsonb_typeof(r) <> 'object' THEN
		RAISE EXCEPTION 'the % query must return a JSON object of metrics, not %', what, left(r::text, 100)
			USING ERRCODE = '42804';
	END IF;
	RETURN r;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_metrics(jsonb, text, timestamptz) IS
'internal: the metrics of one side of a metric_gate check (an object, NULL, or a query returning one)';

-- kind metric_gate: a candidate model against a baseline with TFMA-style rules. On a relation of
-- scores: compare_models(target, candidate_version, baseline_version, rules, score_column,
-- label_column, version_column, slice_column, threshold), overall and per slice in one scan;
-- without baseline_version (a first model) the candidate's binary_metrics against the value
-- rules only. Without a relation: compare_metrics(candidate, baseline, rules), each side a
-- jsonb object of metrics or a query returning one. One outcome per rule: value rules record
-- the candidate's metric, change rules <metric>_change (the delta) or <metric>_relative_change;
-- a change rule without a baseline passes (TFMA ignores it) with a note.
CREATE FUNCTION @extschema@._ck_eval_metric_gate(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rules jsonb := c.params -> 'rules';
	rel regclass;
	q text;
	r record;
	m text;
	v float8;
	bound float8;
	rule jsonb;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	PERFORM @extschema@._ck_require('metric_gate', '@extschema@.compare_metrics(jsonb, jsonb, jsonb)');
	IF c.target IS NOT NULL THEN
		rel := @extschema@._ck_relation(c.target, 'target');
		IF c.params ? 'baseline_version' THEN
			q := format('SELECT x.slice, x.metric, x.candidate, x.baseline, x.delta, x.rule, x.passed
						 FROM @extschema@.compare_models(%L::pg_catalog.regclass, %L, %L, %L::pg_catalog.jsonb, %L, %L, %L, %L, %s) AS x',
						rel, c.params ->> 'candidate_version', c.params ->> 'baseline_version', rules,
						coalesce(c.params ->> 'score_column', 'score'), coalesce(c.params ->> 'label_column', 'label'),
						coalesce(c.params ->> 'version_column', 'model_version'), c.params ->> 'slice_column',
						coalesce(@extschema@._ck_param_float(c.params, 'threshold'), 0.5));
		ELSE
			q := format('SELECT NULL::text AS slice, x.metric, x.candidate, x.baseline, x.delta, x.rule, x.passed
						 FROM (SELECT @extschema@.binary_metrics(%I, %I, %s) AS m FROM %s WHERE %I::text = %L) AS s,
							  @extschema@.compare_metrics(s.m, NULL, %L::pg_catalog.jsonb) AS x',
						coalesce(c.params ->> 'score_column', 'score'), coalesce(c.params ->> 'label_column', 'label'),
						coalesce(@extschema@._ck_param_float(c.params, 'threshold'), 0.5), rel,
						coalesce(c.params ->> 'version_column', 'model_version'), c.params ->> 'candidate_version', rules);
		END IF;
	ELSE
		q := format('SELECT NULL::text AS slice, x.metric, x.candidate, x.baseline, x.delta, x.rule, x.passed
					 FROM @extschema@.compare_metrics(%L::pg_catalog.jsonb, %L::pg_catalog.jsonb, %L::pg_catalog.jsonb) AS x',
					@extschema@._ck_metrics(c.params -> 'candidate', 'candidate', as_of),
					@extschema@._ck_metrics(c.params -> 'baseline', 'baseline', as_of), rules);
	END IF;
	FOR r IN EXECUTE q LOOP
		rule := rules -> r.metric;
		IF r.rule LIKE 'value%' THEN
			m := r.metric;
			v := r.candidate;
			bound := CASE WHEN r.rule LIKE 'value >=%' THEN (rule -> 'value' ->> 'lower_bound')::float8
						  ELSE (rule -> 'value' ->> 'upper_bound')::float8 END;
		ELSIF r.rule LIKE 'relative change%' THEN
			m := r.metric || '_relative_change';
			v := CASE WHEN r.delta = 0 THEN 0
					  WHEN r.baseline = 0 THEN CASE WHEN r.delta > 0 THEN 'Infinity'::float8 ELSE '-Infinity'::float8 END
					  ELSE r.delta / abs(r.baseline) END;
			bound := (rule -> 'change' ->> 'relative')::float8;
		ELSE
			m := r.metric || '_change';
			v := r.delta;
			bound := (rule -> 'change' ->> 'absolute')::float8;
		END IF;
		RETURN NEXT @extschema@._ck_outcome(m, CASE WHEN r.slice IS NOT NULL THEN (c.params ->> 'slice_column') || '=' || r.slice END,
						v, bound, CASE WHEN r.passed IS FALSE THEN c.severity ELSE 'pass' END,
						jsonb_strip_nulls(jsonb_build_object(
							'rule', r.rule, 'candidate', @extschema@._ck_jnum(r.candidate),
							'baseline', @extschema@._ck_jnum(r.baseline), 'delta', @extschema@._ck_jnum(r.delta),
							'slice', r.slice,
							'note', CASE WHEN r.passed IS NULL THEN 'no baseline: the change rule does not apply' END)));
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_metric_gate(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind metric_gate';

-- Raise 0A000 when a function a kind needs is not in this build (another area of mlcheck).
CREATE FUNCTION @extschema@._ck_require(kind text, fn text)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF to_regprocedure(fn) IS NULL THEN
		RAISE EXCEPTION 'check kind % needs %, which this build of mlcheck lacks', kind, fn USING ERRCODE = '0A000';
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_require(text, text) IS
'internal: raises 0A000 when a function a check kind needs is missing';

-- kind feature_skew: training/serving skew of the same examples (key) through feature_skew():
-- per feature, mismatch_rate = mismatched / joined (max_mismatch_rate, default 0;
-- warn_mismatch_rate), floats compared with rel_tolerance / abs_tolerance (feature_skew's rule).
-- The target is the serving relation; columns are the features (default: every shared column).
CREATE FUNCTION @extschema@._ck_eval_feature_skew(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	train regclass;
	hi float8 := coalesce(@extschema@._ck_param_float(c.params, 'max_mismatch_rate'), 0);
	whi float8 := @extschema@._ck_param_float(c.params, 'warn_mismatch_rate');
	r record;
	v float8;
	j record;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	PERFORM @extschema@._ck_require('feature_skew', '@extschema@.feature_skew(regclass, regclass, text, text[], float8, float8, integer)');
	rel := @extschema@._ck_relation(c.target, 'target');
	train := @extschema@._ck_relation(@extschema@._ck_param_text(c.params, 'training'), 'training relation');
	FOR r IN EXECUTE 'SELECT * FROM @extschema@.feature_skew($1, $2, $3, $4, $5, $6, 10)'
		USING train, rel, @extschema@._ck_param_text(c.params, 'key'), c.columns,
			  coalesce(@extschema@._ck_param_float(c.params, 'rel_tolerance'), 1e-9),
			  coalesce(@extschema@._ck_param_float(c.params, 'abs_tolerance'), 0)
	LOOP
		IF r.joined = 0 THEN
			RETURN NEXT @extschema@._ck_empty(c, 'mismatch_rate', r.feature, 'no key in both relations');
			CONTINUE;
		END IF;
		v := r.mismatched::float8 / r.joined::float8;
		j := @extschema@._ck_judge(v, NULL, hi, NULL, whi, c.severity);
		RETURN NEXT @extschema@._ck_outcome('mismatch_rate', r.feature, v, j.threshold, j.status,
						jsonb_build_object('joined', r.joined, 'matched', r.matched, 'mismatched', r.mismatched,
										   'training_only', r.training_only, 'serving_only', r.serving_only,
										   'sample_keys', to_jsonb(r.sample_keys), 'training', train::text));
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_feature_skew(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind feature_skew';

-- kind expectation: one Great Expectations expectation (expect(); the column from columns[1],
-- kwargs from the parameter "kwargs"), or a whole suite (expect_all(), at most three scans).
-- One outcome per expectation, named after it: success passes, else the severity; the value is
-- the unexpected fraction (unexpected_percent / 100) of map expectations, or the observed value
-- of aggregate ones when it is a number; the threshold of a map expectation is 1 - mostly.
CREATE FUNCTION @extschema@._ck_eval_expectation(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	r record;
	kw jsonb;
	v float8;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	rel := @extschema@._ck_relation(c.target, 'target');
	IF c.params ? 'suite' THEN
		PERFORM @extschema@._ck_require('expectation', '@extschema@.expect_all(regclass, jsonb)');
		FOR r IN EXECUTE 'SELECT x.expectation_type, x.column_name, x.kwargs, x.success, x.element_count, x.missing_count,
								 x.unexpected_count, x.unexpected_percent, x.partial_unexpected_list, x.observed_value, x.details
						  FROM @extschema@.expect_all($1, $2) AS x ORDER BY x.expectation_index'
			USING rel, c.params -> 'suite'
		LOOP
			RETURN NEXT @extschema@._ck_expect_outcome(c, r);
		END LOOP;
	ELSE
		PERFORM @extschema@._ck_require('expectation', '@extschema@.expect(regclass, text, text, jsonb)');
		kw := coalesce(c.params -> 'kwargs', '{}');
		FOR r IN EXECUTE 'SELECT $3 AS expectation_type, $2 AS column_name, $4 AS kwargs, x.success, x.element_count,
								 x.missing_count, x.unexpected_count, x.unexpected_percent, x.partial_unexpected_list,
								 x.observed_value, x.details
						  FROM @extschema@.expect($1, $2, $3, $4) AS x'
			USING rel, c.columns[1], @extschema@._ck_param_text(c.params, 'expectation'), kw
		LOOP
			RETURN NEXT @extschema@._ck_expect_outcome(c, r);
		END LOOP;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_expectation(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind expectation';

CREATE FUNCTION @extschema@._ck_expect_outcome(c @extschema@.checks, r record)
RETURNS @extschema@.check_outcome
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v float8;
	t float8;
BEGIN
	IF r.unexpected_percent IS NOT NULL THEN
		v := r.unexpected_percent / 100;
		-- 1 - mostly in decimal (mostly 0.98 gives 0.02, not 0.020000000000000018)
		t := CASE WHEN jsonb_typeof(r.kwargs -> 'mostly') = 'number' THEN (1 - (r.kwargs ->> 'mostly')::numeric)::float8 ELSE 0 END;
	ELSIF jsonb_typeof(r.observed_value) = 'number' THEN
		v := (r.observed_value #>> '{}')::float8;
		-- the bound that decided (for a pass, the nearest one)
		t := (@extschema@._ck_judge(v, CASE WHEN jsonb_typeof(r.kwargs -> 'min_value') = 'number' THEN (r.kwargs ->> 'min_value')::float8 END,
									CASE WHEN jsonb_typeof(r.kwargs -> 'max_value') = 'number' THEN (r.kwargs ->> 'max_value')::float8 END,
									NULL, NULL, c.severity)).threshold;
	END IF;
	RETURN @extschema@._ck_outcome(r.expectation_type, r.column_name, v, t,
				CASE WHEN r.success THEN 'pass' ELSE c.severity END,
				jsonb_strip_nulls(jsonb_build_object(
					'success', r.success, 'element_count', r.element_count, 'missing_count', r.missing_count,
					'unexpected_count', r.unexpected_count, 'unexpected_percent', r.unexpected_percent,
					'partial_unexpected_list', r.partial_unexpected_list, 'observed_value', r.observed_value,
					'kwargs', r.kwargs, 'details', r.details)));
END
$$;
COMMENT ON FUNCTION @extschema@._ck_expect_outcome(@extschema@.checks, record) IS
'internal: the outcome of one expectation result';

-- kind schema: validate() of the target against a stored schema (the name of a row of
-- mlcheck.schemas visible to the check's owner) or an inline one. One outcome per anomaly,
-- named after its kind: severity error -> the check's severity, warning -> warn, info -> pass;
-- no anomaly -> one pass outcome "anomalies" = 0.
CREATE FUNCTION @extschema@._ck_eval_schema(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	sch jsonb := c.params -> 'schema';
	sname text;
	a record;
	v float8;
	n integer := 0;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	PERFORM @extschema@._ck_require('schema', '@extschema@.validate(regclass, jsonb, jsonb)');
	rel := @extschema@._ck_relation(c.target, 'target');
	IF jsonb_typeof(sch) = 'string' THEN
		sname := sch #>> '{}';
		SELECT x.schema INTO sch FROM @extschema@.schemas x WHERE x.name = sname;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'schema "%" does not exist', sname
				USING ERRCODE = '42704', HINT = 'Store it with mlcheck.save_schema() or mlcheck.snapshot_schema(); it must be visible to the owner of the check.';
		END IF;
	END IF;
	FOR a IN EXECUTE 'SELECT * FROM @extschema@.validate($1, $2, $3)' USING rel, sch, coalesce(c.params -> 'options', '{}') LOOP
		n := n + 1;
		-- value: the fraction of the values (or rows) in violation, when the anomaly says it;
		-- threshold: the fraction the schema allows (0 unless it states one)
		v := CASE WHEN jsonb_typeof(a.observed -> 'fraction') = 'number' THEN (a.observed ->> 'fraction')::float8
				  WHEN jsonb_typeof(a.observed -> 'null_count') = 'number' AND (a.observed ->> 'row_count')::float8 > 0
				  THEN (a.observed ->> 'null_count')::float8 / (a.observed ->> 'row_count')::float8 END;
		RETURN NEXT @extschema@._ck_outcome(a.kind, a.column_name, v,
						CASE WHEN jsonb_typeof(a.expected -> 'max_new_value_fraction') = 'number'
							 THEN (a.expected ->> 'max_new_value_fraction')::float8
							 WHEN jsonb_typeof(a.expected -> 'min_presence') = 'number' THEN (1 - (a.expected ->> 'min_presence')::numeric)::float8
							 WHEN v IS NOT NULL THEN 0 END,
						CASE a.severity WHEN 'error' THEN c.severity WHEN 'warning' THEN 'warn' ELSE 'pass' END,
						jsonb_strip_nulls(jsonb_build_object('severity', a.severity, 'description', a.description,
															 'observed', a.observed, 'expected', a.expected, 'schema', sname)));
	END LOOP;
	IF n = 0 THEN
		RETURN NEXT @extschema@._ck_outcome('anomalies', NULL, 0, NULL, 'pass', jsonb_strip_nulls(jsonb_build_object('schema', sname)));
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_schema(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind schema';

-- kind drift: the check's rows (target, where, window) profiled in one scan (profile_table)
-- against a named baseline (snapshot_baseline), column by column, through drift_columns():
-- drift() per column, with the p-values of the p-value methods (ks, cvm, anderson, chi2, z)
-- adjusted across the check's columns by Benjamini-Hochberg. One outcome per column, named
-- after the method applied; the value is the adjusted p-value (drifted when below the
-- threshold, default 0.05) or the distance (drifted when at or above it, default 0.1).
CREATE FUNCTION @extschema@._ck_eval_drift(c @extschema@.checks, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	rel regclass;
	b @extschema@.baselines;
	cols text[];
	missing text;
	cur @extschema@.column_profile[];
	ref @extschema@.column_profile[];
	d record;
	sc record;
	pvalue boolean;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	PERFORM @extschema@._ck_require('drift', '@extschema@.drift_columns(@extschema@.column_profile[], @extschema@.column_profile[], text, float8)');
	rel := @extschema@._ck_relation(c.target, 'target');
	SELECT * INTO b FROM @extschema@.baselines x WHERE x.name = @extschema@._ck_param_text(c.params, 'baseline');
	IF NOT FOUND THEN
		RAISE EXCEPTION 'baseline "%" does not exist', c.params ->> 'baseline'
			USING ERRCODE = '42704', HINT = 'Take it with mlcheck.snapshot_baseline(); it must be visible to the owner of the check.';
	END IF;
	cols := coalesce(c.columns, b.columns);
	SELECT string_agg(quote_ident(x), ', ') INTO missing FROM unnest(cols) AS x WHERE x <> ALL (b.columns);
	IF missing IS NOT NULL THEN
		RAISE EXCEPTION 'baseline "%" has no profile of column(s) %', b.name, missing USING ERRCODE = '42703';
	END IF;
	EXECUTE 'SELECT array_agg(ROW(t.column_name, t.profile)::@extschema@.column_profile ORDER BY array_position($2, t.column_name))
			 FROM @extschema@.profile_table($1, $2, $3, $4) AS t'
		INTO cur
		USING rel, cols, @extschema@._ck_scope(c, as_of),
			  coalesce(@extschema@._ck_param_int(c.params, 'exact_limit', 0, 100000000), 10000);
	SELECT array_agg(ROW(p.column_name, p.profile)::@extschema@.column_profile ORDER BY array_position(cols, p.column_name))
	INTO ref
	FROM @extschema@.baseline_profiles p WHERE p.baseline_id = b.baseline_id AND p.column_name = ANY (cols);
	FOR d IN SELECT * FROM @extschema@.drift_columns(ref, cur, coalesce(@extschema@._ck_param_text(c.params, 'method'), 'auto'),
													  @extschema@._ck_param_float(c.params, 'threshold'))
	LOOP
		SELECT (@extschema@.summary(x.profile)).value_count AS cur_values, (@extschema@.summary(x.profile)).row_count AS cur_rows
		INTO sc FROM unnest(cur) AS x WHERE x.column_name = d.column_name;
		IF coalesce(sc.cur_values, 0) = 0 THEN
			RETURN NEXT @extschema@._ck_empty(c, coalesce(d.method, coalesce(c.params ->> 'method', 'auto')), d.column_name,
											  'no value in the current rows');
			CONTINUE;
		END IF;
		pvalue := d.method IN ('ks', 'cvm', 'anderson', 'chi2', 'z');
		RETURN NEXT @extschema@._ck_outcome(d.method, d.column_name,
						CASE WHEN pvalue THEN d.p_adjusted ELSE d.statistic END, d.threshold,
						CASE WHEN d.drifted THEN c.severity WHEN NOT d.drifted THEN 'pass' ELSE 'warn' END,
						jsonb_strip_nulls(jsonb_build_object(
							'statistic', @extschema@._ck_jnum(d.statistic), 'p_value', @extschema@._ck_jnum(d.p_value),
							'p_adjusted', @extschema@._ck_jnum(d.p_adjusted), 'exact', d.exact, 'baseline', b.name,
							'current_rows', sc.cur_rows, 'drifted_share', d.drifted_share,
							-- the data of the baseline-vs-current chart the HTML report draws (about 1 KB)
							'chart', @extschema@.profile_chart(
								(SELECT x.profile FROM unnest(ref) AS x WHERE x.column_name = d.column_name),
								(SELECT x.profile FROM unnest(cur) AS x WHERE x.column_name = d.column_name)),
							'reason', CASE WHEN d.drifted IS NULL THEN 'no p-value on sketched profiles: choose a distance method or a larger exact_limit' END)));
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_eval_drift(@extschema@.checks, timestamptz) IS
'internal: evaluates a check of kind drift';

-- Dispatch on the kind (called by evaluate_check() as the check's owner).
CREATE FUNCTION @extschema@._ck_evaluate(check_id bigint, as_of timestamptz)
RETURNS SETOF @extschema@.check_outcome
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	c @extschema@.checks;
BEGIN
	SELECT * INTO c FROM @extschema@.checks k WHERE k.check_id = _ck_evaluate.check_id;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'check % does not exist', check_id USING ERRCODE = '42704';
	END IF;
	PERFORM @extschema@._ck_guard(c);
	IF as_of IS NULL OR NOT isfinite(as_of) THEN
		RAISE EXCEPTION 'as_of must be a finite timestamp' USING ERRCODE = '22023';
	END IF;
	CASE c.kind
		WHEN 'sql' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_sql(c, as_of);
		WHEN 'freshness' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_freshness(c, as_of);
		WHEN 'volume' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_volume(c, as_of);
		WHEN 'latency' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_latency(c, as_of);
		WHEN 'error_rate' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_error_rate(c, as_of);
		WHEN 'prediction_skew' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_prediction_skew(c, as_of);
		WHEN 'metric_anomaly' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_metric_anomaly(c, as_of);
		WHEN 'metric_gate' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_metric_gate(c, as_of);
		WHEN 'feature_skew' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_feature_skew(c, as_of);
		WHEN 'expectation' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_expectation(c, as_of);
		WHEN 'drift' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_drift(c, as_of);
		WHEN 'schema' THEN RETURN QUERY SELECT * FROM @extschema@._ck_eval_schema(c, as_of);
		ELSE
			RAISE EXCEPTION 'check kind % is not available in this build of mlcheck', c.kind USING ERRCODE = '0A000';
	END CASE;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_evaluate(bigint, timestamptz) IS
'internal: evaluates a check by kind; runs only inside evaluate_check(), as the check''s owner';

-- ---------------------------------------------------------------- registry functions

-- Relation-valued parameters are stored schema-qualified (checks run with a fixed search_path).
-- No SET search_path: names resolve with the caller's search_path, so every reference here is
-- qualified.
CREATE FUNCTION @extschema@._ck_qualify_params(params jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE
AS $$
DECLARE
	k pg_catalog.text;
	r pg_catalog.regclass;
BEGIN
	FOREACH k IN ARRAY ARRAY['offline', 'training']::pg_catalog.text[] LOOP
		IF pg_catalog.jsonb_typeof(params OPERATOR(pg_catalog.->) k) OPERATOR(pg_catalog.=) 'string' THEN
			r := pg_catalog.to_regclass(params OPERATOR(pg_catalog.->>) k);
			IF r IS NULL THEN
				RAISE EXCEPTION 'relation "%" (parameter "%") does not exist', params OPERATOR(pg_catalog.->>) k, k
					USING ERRCODE = '42P01';
			END IF;
			params := pg_catalog.jsonb_set(params, ARRAY[k], pg_catalog.to_jsonb(@extschema@._ck_qualified_name(r)));
		END IF;
	END LOOP;
	RETURN params;
END
$$;
COMMENT ON FUNCTION @extschema@._ck_qualify_params(jsonb) IS
'internal: replaces relation names in check parameters by their schema-qualified names';

CREATE FUNCTION @extschema@.add_check(name text, kind text, target pg_catalog.regclass DEFAULT NULL,
									  columns text[] DEFAULT NULL, params jsonb DEFAULT '{}',
									  stage text DEFAULT 'data', severity text DEFAULT 'fail',
									  blocking boolean DEFAULT true, description text DEFAULT NULL,
									  enabled boolean DEFAULT true, replace boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
AS $$
#variable_conflict use_column
DECLARE
	id pg_catalog.int8;
	p jsonb := @extschema@._ck_qualify_params(coalesce(add_check.params, '{}'::jsonb));
	t pg_catalog.text := @extschema@._ck_qualified_name(add_check.target);
BEGIN
	-- no SET search_path (relation names in params resolve like the caller's), so all is qualified
	IF add_check.name IS NULL OR add_check.name OPERATOR(pg_catalog.=) '' THEN
		RAISE EXCEPTION 'a check needs a name' USING ERRCODE = '22023';
	END IF;
	IF add_check.severity IS NULL OR add_check.severity OPERATOR(pg_catalog.<>) ALL (ARRAY['warn', 'fail']) THEN
		RAISE EXCEPTION 'severity must be warn or fail, not %', coalesce(add_check.severity, 'NULL') USING ERRCODE = '22023';
	END IF;
	PERFORM @extschema@._ck_validate(add_check.kind, add_check.stage, t, add_check.columns, p);
	IF add_check.replace THEN
		UPDATE @extschema@.checks c
		SET kind = add_check.kind, target = t, columns = add_check.columns, params = p,
			stage = add_check.stage, severity = add_check.severity, blocking = add_check.blocking,
			description = add_check.description, enabled = add_check.enabled
		WHERE c.name OPERATOR(pg_catalog.=) add_check.name
		RETURNING c.check_id INTO id;
		IF id IS NOT NULL THEN
			RETURN id;
		END IF;
	END IF;
	INSERT INTO @extschema@.checks AS c (name, kind, target, columns, params, stage, severity, blocking, description, enabled)
	VALUES (add_check.name, add_check.kind, t, add_check.columns, p, add_check.stage, add_check.severity,
			coalesce(add_check.blocking, true), add_check.description, coalesce(add_check.enabled, true))
	RETURNING c.check_id INTO id;
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.add_check(text, text, pg_catalog.regclass, text[], jsonb, text, text, boolean, text, boolean, boolean) IS
'registers a check owned by the current user and returns its check_id; replace => true updates '
'the check of that name instead (keeping its id and history)';

CREATE FUNCTION @extschema@.drop_check(name text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM @extschema@.checks c WHERE c.name = drop_check.name;
	RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@.drop_check(text) IS
'deletes a check and its results; false when no such check is visible and deletable by the current user';

CREATE FUNCTION @extschema@.save_schema(name text, schema jsonb, relation pg_catalog.regclass DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	id bigint;
BEGIN
	IF name IS NULL OR name = '' THEN
		RAISE EXCEPTION 'a schema needs a name' USING ERRCODE = '22023';
	END IF;
	IF schema IS NULL OR jsonb_typeof(schema) <> 'object' THEN
		RAISE EXCEPTION 'a schema must be a JSON object' USING ERRCODE = '22023';
	END IF;
	UPDATE @extschema@.schemas s SET schema = save_schema.schema,
		relation = @extschema@._ck_qualified_name(save_schema.relation)
	WHERE s.name = save_schema.name RETURNING s.schema_id INTO id;
	IF id IS NULL THEN
		INSERT INTO @extschema@.schemas AS s (name, schema, relation)
		VALUES (save_schema.name, save_schema.schema, @extschema@._ck_qualified_name(save_schema.relation))
		RETURNING s.schema_id INTO id;
	END IF;
	RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.save_schema(text, jsonb, pg_catalog.regclass) IS
'stores (or replaces) a named data schema for schema checks; returns its schema_id';

-- No SET search_path: the where clause is the caller's SQL, run by profile_table() with the
-- caller's privileges and search_path, so every reference here is qualified.
CREATE FUNCTION @extschema@.snapshot_schema(name text, rel pg_catalog.regclass, options jsonb DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	PERFORM @extschema@._ck_require('schema', '@extschema@.infer_schema(regclass, jsonb)');
	RETURN @extschema@.save_schema(name, @extschema@.infer_schema(rel, coalesce(options, '{}')), rel);
END
$$;
COMMENT ON FUNCTION @extschema@.snapshot_schema(text, pg_catalog.regclass, jsonb) IS
'infers the schema of a relation (infer_schema) and stores it under a name for schema checks; returns its schema_id';

CREATE FUNCTION @extschema@.snapshot_baseline(name text, rel pg_catalog.regclass, columns text[] DEFAULT NULL,
											  where_clause text DEFAULT NULL, exact_limit integer DEFAULT 10000)
RETURNS integer
LANGUAGE plpgsql VOLATILE
AS $$
#variable_conflict use_variable
DECLARE
	id pg_catalog.int8;
	n pg_catalog.int4;
	cols pg_catalog.text[];
	rows pg_catalog.int8;
BEGIN
	IF snapshot_baseline.name IS NULL OR snapshot_baseline.name OPERATOR(pg_catalog.=) '' THEN
		RAISE EXCEPTION 'a baseline needs a name' USING ERRCODE = '22023';
	END IF;
	IF rel IS NULL THEN
		RAISE EXCEPTION 'a baseline needs a relation' USING ERRCODE = '22004';
	END IF;
	SELECT b.baseline_id INTO id FROM @extschema@.baselines AS b WHERE b.name OPERATOR(pg_catalog.=) snapshot_baseline.name;
	IF id IS NULL THEN
		INSERT INTO @extschema@.baselines AS b (name, relation, columns, where_clause)
		VALUES (snapshot_baseline.name, @extschema@._ck_qualified_name(rel), '{}', where_clause)
		RETURNING b.baseline_id INTO id;
	ELSE
		DELETE FROM @extschema@.baseline_profiles AS p WHERE p.baseline_id OPERATOR(pg_catalog.=) id;
	END IF;
	INSERT INTO @extschema@.baseline_profiles (baseline_id, column_name, profile)
	SELECT id, t.column_name, t.profile
	FROM @extschema@.profile_table(rel, columns, where_clause, exact_limit) AS t;
	GET DIAGNOSTICS n = ROW_COUNT;
	SELECT pg_catalog.array_agg(p.column_name ORDER BY p.column_name), pg_catalog.max((@extschema@.summary(p.profile)).row_count)
	INTO cols, rows
	FROM @extschema@.baseline_profiles AS p WHERE p.baseline_id OPERATOR(pg_catalog.=) id;
	UPDATE @extschema@.baselines AS b
	SET relation = @extschema@._ck_qualified_name(rel), columns = coalesce(cols, '{}'), where_clause = snapshot_baseline.where_clause,
		row_count = rows, created_at = pg_catalog.now()
	WHERE b.baseline_id OPERATOR(pg_catalog.=) id;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.snapshot_baseline(text, pg_catalog.regclass, text[], text, integer) IS
'profiles the columns of a relation (all supported ones by default; the rows a where clause selects) '
'in one scan and stores them as a named baseline for drift checks, replacing the baseline of that '
'name; returns the number of columns profiled';

CREATE FUNCTION @extschema@.drop_baseline(name text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	DELETE FROM @extschema@.baselines b WHERE b.name = drop_baseline.name;
	RETURN FOUND;
END
$$;
COMMENT ON FUNCTION @extschema@.drop_baseline(text) IS
'deletes a baseline and its profiles; false when no such baseline is visible and deletable';

-- ---------------------------------------------------------------- the runner

-- JSON summary of a run for alerts: the run, its counts, and one entry per result at or above
-- min_status (optionally only blocking checks, only some stages, only results of checks the
-- role `audience` may see), most severe first, truncated to fit a NOTIFY payload (< 8000 bytes).
CREATE FUNCTION @extschema@.alert_payload(run_id bigint, min_status text DEFAULT 'fail',
										 stages text[] DEFAULT NULL, blocking_only boolean DEFAULT false,
										 audience pg_catalog.regrole DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.runs;
	base jsonb;
	items jsonb := '[]';
	item jsonb;
	total integer := 0;
	included integer := 0;
	res record;
BEGIN
	SELECT * INTO r FROM @extschema@.runs x WHERE x.run_id = alert_payload.run_id;
	base := jsonb_build_object(
		'run_id', r.run_id, 'as_of', r.as_of, 'started_at', r.started_at, 'finished_at', r.finished_at,
		'run_by', r.run_by::text, 'selector', r.selector, 'stage', r.stage, 'status', r.status,
		'counts', jsonb_build_object('checks', r.n_checks, 'pass', r.n_pass, 'warn', r.n_warn,
									 'fail', r.n_fail, 'error', r.n_error, 'blocking', r.n_blocking));
	FOR res IN
		SELECT x.* FROM @extschema@.results x
		WHERE x.run_id = alert_payload.run_id
		  AND @extschema@._ck_status_rank(x.status) >= @extschema@._ck_status_rank(min_status)
		  AND (stages IS NULL OR x.stage = ANY (stages))
		  AND (NOT blocking_only OR x.blocking)
		  AND (audience IS NULL OR pg_has_role(audience, x.owner, 'MEMBER')
			   OR pg_has_role(audience, 'mlcheck_reader', 'USAGE'))
		ORDER BY x.blocking DESC, @extschema@._ck_status_rank(x.status) DESC, x.check_name, x.metric, x.column_name
	LOOP
		total := total + 1;
		item := jsonb_strip_nulls(jsonb_build_object(
			'check_id', res.check_id, 'check', left(res.check_name, 200), 'stage', res.stage, 'kind', res.kind,
			'status', res.status, 'blocking', res.blocking, 'metric', left(res.metric, 200),
			'column', left(res.column_name, 200), 'value', @extschema@._ck_jnum(res.value),
			'threshold', @extschema@._ck_jnum(res.threshold), 'sqlstate', res.details ->> 'sqlstate'));
		IF included = total - 1
		   AND octet_length((base || jsonb_build_object('results', items || item, 'omitted', 999999))::text) < 7900 THEN
			items := items || item;
			included := included + 1;
		END IF;
	END LOOP;
	RETURN base || jsonb_build_object('results', items, 'omitted', total - included);
END
$$;
COMMENT ON FUNCTION @extschema@.alert_payload(bigint, text, text[], boolean, pg_catalog.regrole) IS
'the JSON alert payload of a run: its counts and its results at or above min_status (of some stages, '
'blocking only, only those a role may read), under the 8000-byte NOTIFY limit';

CREATE FUNCTION @extschema@.run_checks(selector text DEFAULT NULL, stage text DEFAULT NULL,
									   as_of timestamptz DEFAULT NULL)
RETURNS SETOF @extschema@.results
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	v_as_of timestamptz := coalesce(run_checks.as_of, now());
	v_run bigint;
	c @extschema@.checks;
	outs @extschema@.check_outcome[];
	o @extschema@.check_outcome;
	t0 timestamptz;
	ms float8;
	worst text;
	v_checks integer := 0;
	n integer[] := ARRAY[0, 0, 0, 0];
	v_blocking integer := 0;
	run_status text;
	msg text;
	st text;
	det text;
	v_hint text;
	channel text;
	route @extschema@.alert_routes;
	payload jsonb;
	v_alerts jsonb := '[]';
BEGIN
	PERFORM @extschema@._ck_evaluating();  -- loads the library, which defines mlcheck.notify_channel
	IF NOT isfinite(v_as_of) THEN
		RAISE EXCEPTION 'as_of must be a finite timestamp' USING ERRCODE = '22023';
	END IF;
	IF v_as_of > statement_timestamp() THEN
		RAISE EXCEPTION 'as_of % is in the future', v_as_of USING ERRCODE = '22023';
	END IF;
	INSERT INTO @extschema@.runs AS r (selector, stage, as_of)
	VALUES (run_checks.selector, run_checks.stage, v_as_of)
	RETURNING r.run_id INTO v_run;

	FOR c IN
		SELECT * FROM @extschema@.checks k
		WHERE (run_checks.selector IS NULL AND k.enabled
			   OR k.name = run_checks.selector
			   OR strpos(run_checks.selector, '%') > 0 AND k.enabled AND k.name LIKE run_checks.selector)
		  AND (run_checks.stage IS NULL OR k.stage = run_checks.stage)
		ORDER BY k.kind = 'metric_anomaly', k.check_id
	LOOP
		v_checks := v_checks + 1;
		t0 := clock_timestamp();
		BEGIN
			SELECT array_agg(x) INTO outs FROM @extschema@.evaluate_check(c.check_id, v_as_of) AS x;
			IF outs IS NULL THEN
				RAISE EXCEPTION 'check "%" produced no outcome', c.name USING ERRCODE = 'XX000';
			END IF;
			ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
			worst := NULL;
			FOREACH o IN ARRAY outs LOOP
				IF o.status IS NULL OR o.status NOT IN ('pass', 'warn', 'fail', 'error') THEN
					RAISE EXCEPTION 'check "%" produced an invalid status %', c.name, coalesce(o.status, 'NULL');
				END IF;
				INSERT INTO @extschema@.results (run_id, check_id, check_name, stage, kind, blocking, owner,
												 status, metric, column_name, value, threshold, details,
												 observed_at, elapsed_ms)
				VALUES (v_run, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, o.status, o.metric,
						o.column_name, o.value, o.threshold, coalesce(o.details, '{}'), v_as_of, ms);
				worst := @extschema@._ck_worse(worst, o.status);
			END LOOP;
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL,
									v_hint = PG_EXCEPTION_HINT;
			worst := 'error';
			BEGIN
				INSERT INTO @extschema@.results (run_id, check_id, check_name, stage, kind, blocking, owner, status,
												 details, observed_at, elapsed_ms)
				VALUES (v_run, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, 'error',
						jsonb_strip_nulls(jsonb_build_object('message', msg, 'sqlstate', st,
															 'detail', nullif(det, ''), 'hint', nullif(v_hint, ''))),
						v_as_of, extract(epoch FROM clock_timestamp() - t0) * 1000);
			EXCEPTION WHEN OTHERS THEN
				-- e.g. the check was deleted or given to another role during the run: count it, go on
				GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
				RAISE WARNING 'mlcheck: could not record the error of check "%": %', c.name, msg;
			END;
		END;
		n[@extschema@._ck_status_rank(worst) + 1] := n[@extschema@._ck_status_rank(worst) + 1] + 1;
		IF c.blocking AND worst IN ('fail', 'error') THEN
			v_blocking := v_blocking + 1;
		END IF;
		run_status := @extschema@._ck_worse(run_status, worst);
	END LOOP;

	UPDATE @extschema@.runs r
	SET finished_at = clock_timestamp(), n_checks = v_checks, n_pass = n[1], n_warn = n[2],
		n_fail = n[3], n_error = n[4], n_blocking = v_blocking, status = coalesce(run_status, 'pass')
	WHERE r.run_id = v_run;

	-- alerts: NOTIFY mlcheck.notify_channel when something failed, then the alert routes
	channel := coalesce(current_setting('mlcheck.notify_channel', true), 'mlcheck');
	IF n[3] + n[4] > 0 AND channel <> '' THEN
		PERFORM pg_notify(channel, @extschema@.alert_payload(v_run)::text);
	END IF;
	FOR route IN SELECT * FROM @extschema@.alert_routes a WHERE a.enabled ORDER BY a.route_id LOOP
		payload := @extschema@.alert_payload(v_run, route.min_status, route.stages, route.blocking_only, route.owner);
		CONTINUE WHEN jsonb_array_length(payload -> 'results') = 0;
		BEGIN
			IF route.channel IS NOT NULL THEN
				PERFORM pg_notify(route.channel, payload::text);
			END IF;
			IF route.handler IS NOT NULL THEN
				PERFORM @extschema@._ck_deliver_alert(route.route_id, payload);
			END IF;
			v_alerts := v_alerts || jsonb_build_object('route', route.name, 'delivered', true);
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, st = RETURNED_SQLSTATE;
			v_alerts := v_alerts || jsonb_build_object('route', route.name, 'delivered', false, 'message', msg, 'sqlstate', st);
		END;
	END LOOP;
	IF jsonb_array_length(v_alerts) > 0 THEN
		UPDATE @extschema@.runs r SET alerts = v_alerts WHERE r.run_id = v_run;
	END IF;

	RETURN QUERY SELECT * FROM @extschema@.results x WHERE x.run_id = v_run ORDER BY x.result_id;
END
$$;
COMMENT ON FUNCTION @extschema@.run_checks(text, text, timestamptz) IS
'runs the enabled checks (selector: a check name, or a LIKE pattern with %; stage: one stage) as of '
'a time (default now()), each as its owner in its own subtransaction; records and returns the '
'results and NOTIFYs channel mlcheck when a check failed';

CREATE FUNCTION @extschema@.assert_passed(run_id bigint DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	r @extschema@.runs;
	nfail integer;
	lines text[];
	nonblocking integer;
BEGIN
	IF run_id IS NULL THEN
		SELECT * INTO r FROM @extschema@.runs x WHERE x.run_by = @extschema@._ck_current_role()
		ORDER BY x.run_id DESC LIMIT 1;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'no run of mlcheck.run_checks() by role % to assert', current_user
				USING ERRCODE = 'ML002',
				HINT = 'Call mlcheck.run_checks() first, in a transaction of its own.';
		END IF;
	ELSE
		SELECT * INTO r FROM @extschema@.runs x WHERE x.run_id = assert_passed.run_id;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'run % does not exist', run_id USING ERRCODE = 'ML002';
		END IF;
	END IF;

	-- one line per failing check: its first three failing results and how many more
	SELECT count(*), array_agg(l ORDER BY l) INTO nfail, lines FROM (
		SELECT format('%s: %s%s', y.check_name, string_agg(y.item, '; ' ORDER BY y.result_id) FILTER (WHERE y.k <= 3),
					  CASE WHEN count(*) > 3 THEN format(' (and %s more)', count(*) - 3) ELSE '' END) AS l
		FROM (SELECT x.check_id, x.check_name, x.result_id,
					 row_number() OVER (PARTITION BY x.check_id ORDER BY x.result_id) AS k,
					 CASE WHEN x.status = 'error' THEN 'error ' || coalesce(x.details ->> 'sqlstate', '') || ' '
													  || left(coalesce(x.details ->> 'message', ''), 200)
						  ELSE format('%s %s%s = %s (threshold %s)', x.status, x.metric,
									  coalesce('[' || x.column_name || ']', ''),
									  coalesce(x.value::text, 'NULL'), coalesce(x.threshold::text, 'none')) END AS item
			  FROM @extschema@.results x
			  WHERE x.run_id = r.run_id AND x.blocking AND x.status IN ('fail', 'error')) AS y
		GROUP BY y.check_id, y.check_name) AS f;
	IF nfail > 0 THEN
		RAISE EXCEPTION '% blocking check% failed in run %', nfail, CASE WHEN nfail > 1 THEN 's' ELSE '' END, r.run_id
			USING ERRCODE = 'ML001',
			DETAIL = array_to_string(lines[1:20], E'\n')
					 || CASE WHEN nfail > 20 THEN format(E'\n... and %s more', nfail - 20) ELSE '' END,
			HINT = format('SELECT * FROM mlcheck.results WHERE run_id = %s AND status IN (''fail'', ''error'')', r.run_id);
	END IF;
	SELECT count(DISTINCT x.check_id) INTO nonblocking FROM @extschema@.results x
	WHERE x.run_id = r.run_id AND x.status IN ('fail', 'error');
	RETURN format('run %s passed: %s checks, %s pass, %s warn, %s non-blocking fail or error',
				  r.run_id, r.n_checks, r.n_pass, r.n_warn, nonblocking);
END
$$;
COMMENT ON FUNCTION @extschema@.assert_passed(bigint) IS
'raises SQLSTATE ML001 with a summary when a blocking check failed or errored in the run (default: '
'the latest run by the current user; ML002 when there is none); otherwise returns a summary line';

-- ---------------------------------------------------------------- retention

CREATE FUNCTION @extschema@.delete_results(older_than interval, batch_size integer DEFAULT 10000)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	n bigint;
	cutoff timestamptz;
BEGIN
	IF older_than IS NULL OR older_than < interval '0' THEN
		RAISE EXCEPTION 'older_than must be a non-negative interval' USING ERRCODE = '22023';
	END IF;
	IF batch_size IS NULL OR batch_size < 1 THEN
		RAISE EXCEPTION 'batch_size must be at least 1' USING ERRCODE = '22023';
	END IF;
	cutoff := now() - older_than;
	DELETE FROM @extschema@.results r WHERE r.result_id IN (
		SELECT x.result_id FROM @extschema@.results x WHERE x.observed_at < cutoff
		ORDER BY x.observed_at LIMIT batch_size);
	GET DIAGNOSTICS n = ROW_COUNT;
	IF n < batch_size THEN
		-- runs left without results once their results are gone
		DELETE FROM @extschema@.runs r WHERE r.as_of < cutoff
		  AND NOT EXISTS (SELECT 1 FROM @extschema@.results x WHERE x.run_id = r.run_id);
	END IF;
	RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.delete_results(interval, integer) IS
'deletes at most batch_size results observed more than older_than ago (the oldest first) and, '
'when fewer remain, the runs left empty; returns the number of results deleted';

-- Called with CALL outside a transaction block (pg_cron does), it commits after each batch.
CREATE PROCEDURE @extschema@.purge_results(older_than interval, batch_size integer DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
	n bigint;
	total bigint := 0;
BEGIN
	LOOP
		n := @extschema@.delete_results(older_than, batch_size);
		total := total OPERATOR(pg_catalog.+) n;
		COMMIT;
		EXIT WHEN n OPERATOR(pg_catalog.<) batch_size;
	END LOOP;
	RAISE NOTICE 'mlcheck: deleted % results', total;
END
$$;
COMMENT ON PROCEDURE @extschema@.purge_results(interval, integer) IS
'deletes results observed more than older_than ago, batch_size rows per transaction (CALL it '
'outside a transaction block), and the runs left empty';

-- ---------------------------------------------------------------- views for dashboards

-- Row security applies to the querying user (security_invoker).
CREATE VIEW @extschema@.latest_results WITH (security_invoker = true) AS
SELECT c.check_id, c.name AS check_name, c.stage, c.kind, c.severity, c.blocking, c.enabled,
	   r.run_id, r.observed_at, r.status, r.metric, r.column_name, r.value, r.threshold, r.details
FROM @extschema@.checks c
CROSS JOIN LATERAL (SELECT l.run_id FROM @extschema@.results l WHERE l.check_id = c.check_id
					ORDER BY l.observed_at DESC, l.run_id DESC LIMIT 1) AS last
JOIN @extschema@.results r ON r.check_id = c.check_id AND r.run_id = last.run_id;
COMMENT ON VIEW @extschema@.latest_results IS
'the results of the latest run (by observed time) of each check: one row per check, metric and column';

CREATE VIEW @extschema@.latest_status WITH (security_invoker = true) AS
SELECT c.check_id, c.name AS check_name, c.stage, c.kind, c.severity, c.blocking, c.enabled, c.owner,
	   s.run_id AS last_run_id, s.observed_at AS last_observed_at,
	   (ARRAY['pass', 'warn', 'fail', 'error'])[s.rank + 1] AS status, s.results, s.failing
FROM @extschema@.checks c
LEFT JOIN LATERAL (
	SELECT r.run_id, r.observed_at, max(@extschema@._ck_status_rank(r.status)) AS rank, count(*) AS results,
		   count(*) FILTER (WHERE r.status IN ('fail', 'error')) AS failing
	FROM @extschema@.results r
	WHERE r.check_id = c.check_id
	  AND r.run_id = (SELECT l.run_id FROM @extschema@.results l WHERE l.check_id = c.check_id
					  ORDER BY l.observed_at DESC, l.run_id DESC LIMIT 1)
	GROUP BY r.run_id, r.observed_at) AS s ON true;
COMMENT ON VIEW @extschema@.latest_status IS
'one row per check: the worst status of its latest run (NULL when never run), when, and how many '
'of its results fail or error';

CREATE VIEW @extschema@.failures WITH (security_invoker = true) AS
SELECT lr.check_id, lr.check_name, lr.stage, lr.kind, lr.blocking, lr.run_id, lr.observed_at, lr.status,
	   lr.metric, lr.column_name, lr.value, lr.threshold, lr.details,
	   (SELECT min(f.observed_at) FROM @extschema@.results f
		WHERE f.check_id = lr.check_id
		  AND f.observed_at > coalesce(
			  (SELECT max(ok.observed_at) FROM @extschema@.results ok
			   WHERE ok.check_id = lr.check_id
				 AND NOT EXISTS (SELECT 1 FROM @extschema@.results b
								 WHERE b.check_id = ok.check_id AND b.run_id = ok.run_id
								   AND b.status IN ('fail', 'error'))),
			  '-infinity'::timestamptz)) AS failing_since
FROM @extschema@.latest_results lr
WHERE lr.status IN ('fail', 'error') AND lr.enabled;
COMMENT ON VIEW @extschema@.failures IS
'open failures: fail and error results of the latest run of each enabled check, with the time the '
'check started failing (first run after its last run without a failure)';

CREATE VIEW @extschema@.metric_history WITH (security_invoker = true) AS
SELECT r.observed_at, r.run_id, r.check_id, r.check_name, r.stage, r.kind, r.metric, r.column_name,
	   r.check_name || ':' || r.metric || coalesce(':' || r.column_name, '') AS series,
	   r.value, r.threshold, r.status
FROM @extschema@.results r
WHERE r.metric IS NOT NULL;
COMMENT ON VIEW @extschema@.metric_history IS
'time series of every measured metric: one row per check, metric (and column) and run';

GRANT SELECT ON @extschema@.latest_results, @extschema@.latest_status, @extschema@.failures,
	@extschema@.metric_history TO PUBLIC;


-- ==================================================================== report (src/report.c)


--
-- mlcheck.report_html(run_id) renders one run of the checks runner as a self-contained HTML page:
-- inline CSS and SVG, no script, no external reference (a Content-Security-Policy of
-- default-src 'none' says so to the browser too). Every string taken from data goes through
-- @extschema@.html_escape (src/core/html.c, the same function the SVG charts use); numbers
-- through _rp_fmt_num (4 significant digits) with the exact value in a title attribute; times in
-- UTC. Charts are drawn in C (src/core/chart.c) from profiles or from a chart's JSON.

CREATE FUNCTION @extschema@.html_escape(s text)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_html_escape'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.html_escape(text) IS
'the text with & < > " '' replaced by &amp; &lt; &gt; &quot; &#39;: safe as HTML element text and '
'inside quoted attribute values (the one escape of the report and its charts)';

CREATE FUNCTION @extschema@._rp_fmt_num(x float8)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_fmt_num'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._rp_fmt_num(float8) IS
'internal: display text of a number in the report (4 significant digits, NaN, Infinity)';

CREATE FUNCTION @extschema@._rp_fmt_exact(x float8)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_fmt_exact'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._rp_fmt_exact(float8) IS
'internal: shortest text that reads back as the same double, whatever extra_float_digits says';

CREATE FUNCTION @extschema@.profile_chart(reference @extschema@.profile,
										  current @extschema@.profile DEFAULT NULL,
										  bins integer DEFAULT 20, top integer DEFAULT 10)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'mlcheck_profile_chart'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile_chart(@extschema@.profile, @extschema@.profile, integer, integer) IS
'data of the chart of one profile, or of a reference and a current profile on shared bins '
'(numeric: equal-width histogram, numpy rules) or categories (text/bool: the top most frequent '
'in either, plus other); NULL when reference is NULL';

CREATE FUNCTION @extschema@.profile_svg(reference @extschema@.profile,
										current @extschema@.profile DEFAULT NULL,
										bins integer DEFAULT 20, top integer DEFAULT 10,
										title text DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_profile_svg'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.profile_svg(@extschema@.profile, @extschema@.profile, integer, integer, text) IS
'SVG document of the chart of one profile or of a reference against a current profile '
'(overlaid histograms or category bars, fractions of each profile''s values)';

CREATE FUNCTION @extschema@.chart_svg(chart jsonb, title text DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_chart_svg'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.chart_svg(jsonb, text) IS
'SVG document of a chart''s data (as profile_chart returns it, e.g. stored in results.details); '
'malformed data raises 22023';

CREATE FUNCTION @extschema@.metrics_svg(metrics text[], candidate float8[], baseline float8[],
										title text DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_metrics_svg'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.metrics_svg(text[], float8[], float8[], text) IS
'SVG document of candidate / baseline bars, one row per metric, each row on its own scale '
'(NULL values are drawn as absent)';

-- the same renderers for SVG inside the page (no namespace declaration)
CREATE FUNCTION @extschema@._rp_chart_svg(chart jsonb, title text, standalone boolean)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_chart_svg'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._rp_chart_svg(jsonb, text, boolean) IS
'internal: chart_svg, inline in a page when standalone is false';

CREATE FUNCTION @extschema@._rp_metrics_svg(metrics text[], candidate float8[], baseline float8[],
										 title text, standalone boolean)
RETURNS text
AS 'MODULE_PATHNAME', 'mlcheck_metrics_svg'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@._rp_metrics_svg(text[], float8[], float8[], text, boolean) IS
'internal: metrics_svg, inline in a page when standalone is false';

CREATE FUNCTION @extschema@._rp_rank(status text)
RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE status WHEN 'pass' THEN 0 WHEN 'warn' THEN 1 WHEN 'fail' THEN 2 WHEN 'error' THEN 3 END
$$;
COMMENT ON FUNCTION @extschema@._rp_rank(text) IS
'internal: order of statuses in the report, pass 0 < warn 1 < fail 2 < error 3';

-- A number from details: JSON numbers, and the strings "NaN", "Infinity", "-Infinity" that
-- results use for non-finite values; NULL otherwise.
CREATE FUNCTION @extschema@._rp_jfloat(v jsonb)
RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE pg_catalog.jsonb_typeof(v)
		   WHEN 'number' THEN
			   -- a JSON number beyond the doubles' range reads as +-Infinity or 0, never an error
			   CASE WHEN pg_catalog.abs(n) OPERATOR(pg_catalog.>) 1.7976931348623157e308::pg_catalog.numeric
					THEN pg_catalog.sign(n)::pg_catalog.float8 OPERATOR(pg_catalog.*) 'Infinity'::pg_catalog.float8
					WHEN pg_catalog.abs(n) OPERATOR(pg_catalog.<) 2.5e-324::pg_catalog.numeric THEN 0::pg_catalog.float8
					ELSE n::pg_catalog.float8 END
		   WHEN 'string' THEN CASE WHEN (v OPERATOR(pg_catalog.#>>) '{}') IN ('NaN', 'Infinity', '-Infinity')
								   THEN (v OPERATOR(pg_catalog.#>>) '{}')::pg_catalog.float8 END
	   END
FROM (SELECT CASE WHEN pg_catalog.jsonb_typeof(v) = 'number'
				  THEN (v OPERATOR(pg_catalog.#>>) '{}')::pg_catalog.numeric END AS n) AS x
$$;
COMMENT ON FUNCTION @extschema@._rp_jfloat(jsonb) IS
'internal: a JSON number (or "NaN", "Infinity", "-Infinity") as float8, else NULL';

-- A JSON value as text for people: strings without quotes, others as JSON.
CREATE FUNCTION @extschema@._rp_jtext(v jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT CASE WHEN pg_catalog.jsonb_typeof(v) = 'string' THEN v OPERATOR(pg_catalog.#>>) '{}'
			ELSE v::pg_catalog.text END
$$;
COMMENT ON FUNCTION @extschema@._rp_jtext(jsonb) IS 'internal: a JSON value as display text';

-- A table cell of a number: display text, exact value in the tooltip; empty for NULL.
CREATE FUNCTION @extschema@._rp_num_cell(x float8)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE WHEN x IS NULL THEN '<td class="num"></td>'
			ELSE '<td class="num" title="' OPERATOR(pg_catalog.||) @extschema@._rp_fmt_exact(x)
				 OPERATOR(pg_catalog.||) '">' OPERATOR(pg_catalog.||) @extschema@._rp_fmt_num(x)
				 OPERATOR(pg_catalog.||) '</td>' END
$$;
COMMENT ON FUNCTION @extschema@._rp_num_cell(float8) IS 'internal: an HTML table cell of a number';

-- A timestamp in UTC, the same whatever TimeZone and DateStyle say.
CREATE FUNCTION @extschema@._rp_utc(ts timestamptz)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
SELECT coalesce(pg_catalog.to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') OPERATOR(pg_catalog.||) ' UTC',
				'&#8211;')
$$;
COMMENT ON FUNCTION @extschema@._rp_utc(timestamptz) IS 'internal: a timestamp as UTC text for the report';

-- The anomalies of a schema or expectation result as rows: details.anomalies (an array of
-- anomaly objects: column_name, kind, severity, description, observed.sample), or the details
-- themselves when they are one anomaly (a "description") or one expectation result (a
-- "partial_unexpected_list": kind is the expectation, described by its counts). Sample values
-- come from observed.sample, sample, or partial_unexpected_list.
CREATE FUNCTION @extschema@._rp_anomalies(details jsonb, column_name text, metric text, status text)
RETURNS TABLE(column_name text, kind text, severity text, description text, samples jsonb)
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT coalesce(a.value OPERATOR(pg_catalog.->>) 'column_name', a.value OPERATOR(pg_catalog.->>) 'column',
				_rp_anomalies.column_name),
	   coalesce(a.value OPERATOR(pg_catalog.->>) 'kind', a.value OPERATOR(pg_catalog.->>) 'expectation_type',
				_rp_anomalies.metric),
	   coalesce(a.value OPERATOR(pg_catalog.->>) 'severity', _rp_anomalies.status),
	   coalesce(a.value OPERATOR(pg_catalog.->>) 'description',
				(a.value OPERATOR(pg_catalog.->>) 'unexpected_count') OPERATOR(pg_catalog.||) ' of '
				OPERATOR(pg_catalog.||) (a.value OPERATOR(pg_catalog.->>) 'element_count')
				OPERATOR(pg_catalog.||) ' values unexpected',
				'observed ' OPERATOR(pg_catalog.||) @extschema@._rp_jtext(a.value OPERATOR(pg_catalog.->) 'observed_value')),
	   coalesce(a.value OPERATOR(pg_catalog.#>) '{observed,sample}', a.value OPERATOR(pg_catalog.#>) '{observed,samples}',
				a.value OPERATOR(pg_catalog.->) 'sample', a.value OPERATOR(pg_catalog.->) 'samples',
				a.value OPERATOR(pg_catalog.->) 'partial_unexpected_list', a.value OPERATOR(pg_catalog.->) 'partial_unexpected')
FROM pg_catalog.jsonb_array_elements(
		CASE WHEN pg_catalog.jsonb_typeof(details OPERATOR(pg_catalog.->) 'anomalies') = 'array'
			 THEN details OPERATOR(pg_catalog.->) 'anomalies'
			 WHEN details OPERATOR(pg_catalog.?) 'description' OR details OPERATOR(pg_catalog.?) 'partial_unexpected_list'
				  OR details OPERATOR(pg_catalog.?) 'partial_unexpected'
			 THEN pg_catalog.jsonb_build_array(details)
			 ELSE '[]'::jsonb END) AS a
WHERE pg_catalog.jsonb_typeof(a.value) = 'object'
$$;
COMMENT ON FUNCTION @extschema@._rp_anomalies(jsonb, text, text, text) IS
'internal: the anomalies recorded in the details of a schema or expectation result';

-- The chart of a drift result: details.chart (profile_chart's JSON), else the two profiles
-- compared (details.reference_profile and details.current_profile, their text form); NULL
-- when the result carries neither.
CREATE FUNCTION @extschema@._rp_chart(details jsonb, title text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF jsonb_typeof(details -> 'chart') = 'object' THEN
		RETURN @extschema@._rp_chart_svg(details -> 'chart', title, false);
	ELSIF jsonb_typeof(details -> 'reference_profile') = 'string'
		  AND jsonb_typeof(details -> 'current_profile') = 'string' THEN
		RETURN @extschema@._rp_chart_svg(
			@extschema@.profile_chart((details ->> 'reference_profile')::@extschema@.profile,
									  (details ->> 'current_profile')::@extschema@.profile),
			title, false);
	END IF;
	RETURN NULL;
END
$$;
COMMENT ON FUNCTION @extschema@._rp_chart(jsonb, text) IS
'internal: the SVG chart of a drift result from the chart data or profiles in its details';

CREATE FUNCTION @extschema@.report_html(run_id bigint DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	run @extschema@.runs;
	e text;              -- alias of the escape, for readability: every data string goes through it
	page text[] := '{}';
	visible integer;
	visible_results integer;
	n_status integer[];
	dur float8;
	r record;
	g record;
	svg text;
	msg text;
	part text;
BEGIN
	IF report_html.run_id IS NULL THEN
		SELECT * INTO run FROM @extschema@.runs x ORDER BY x.run_id DESC LIMIT 1;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'no check run has been recorded yet'
				USING ERRCODE = 'ML002', HINT = 'Run the checks first: SELECT mlcheck.run_checks();';
		END IF;
	ELSE
		SELECT * INTO run FROM @extschema@.runs x WHERE x.run_id = report_html.run_id;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'run % does not exist', report_html.run_id
				USING ERRCODE = 'ML002',
					  HINT = 'SELECT run_id, started_at FROM mlcheck.runs ORDER BY run_id DESC lists the runs.';
		END IF;
	END IF;

	-- what the caller may see of the run (row security on results): checks and their worst status
	SELECT count(*), coalesce(sum(w.n), 0),
		   ARRAY[count(*) FILTER (WHERE w.worst = 0), count(*) FILTER (WHERE w.worst = 1),
				 count(*) FILTER (WHERE w.worst = 2), count(*) FILTER (WHERE w.worst = 3)]
	INTO visible, visible_results, n_status
	FROM (SELECT x.check_id, max(@extschema@._rp_rank(x.status)) AS worst, count(*) AS n
		  FROM @extschema@.results x WHERE x.run_id = run.run_id GROUP BY x.check_id) AS w;
	dur := extract(epoch FROM run.finished_at - run.started_at) * 1000;

	page := page || format(
$html$<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mlcheck %s">
<title>mlcheck report &#8211; run %s</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;margin:0;background:#f6f7f9}
main{max-width:1120px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:0 0 10px;border-bottom:1px solid #dde;padding-bottom:4px}
section,.card{background:#fff;border:1px solid #e1e4e8;border-radius:8px;padding:14px 18px;margin:14px 0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0}dl.meta dt{color:#666}dl.meta dd{margin:0}
ul.counts{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0;margin:12px 0}
ul.counts li{border-radius:8px;padding:8px 16px;min-width:76px;text-align:center;color:#fff}
ul.counts .n{display:block;font-size:24px;font-weight:700}
.st-pass{background:#2e7d32}.st-warn{background:#b26a00}.st-fail{background:#c62828}.st-error{background:#6a1b9a}.st-checks,.st-running{background:#455a64}
.badge{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase}
table{border-collapse:collapse;width:100%%;font-size:13px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceff3;vertical-align:top}
th{background:#f0f2f5;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.row-fail td:first-child,tr.row-error td:first-child,tr.row-warn td:first-child{font-weight:600}
figure{margin:12px 0 20px}figcaption{font-size:13px;color:#333;margin-top:4px}svg.mlcheck-chart{display:block;max-width:100%%;height:auto;background:#fff}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;background:#f0f2f5;border-radius:3px;padding:0 3px}
.note{color:#666;font-style:italic}.err{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px;background:#fbf3fd;padding:6px 8px;border-radius:4px}
footer{color:#777;font-size:12px;margin:24px 0}
</style>
</head>
<body>
<main>
<header><h1>mlcheck report &#8211; run %s</h1>
<p>Status of the run: <span class="badge st-%s" id="run-status">%s</span></p></header>
$html$,
		@extschema@.html_escape(@extschema@.version()), run.run_id, run.run_id,
		coalesce(run.status, 'running'), coalesce(run.status, 'running'));

	-- summary: counts per check (its worst result), as the run recorded them
	page := page || format(
$html$<section id="summary"><h2>Summary</h2>
<ul class="counts">
<li class="st-checks"><span class="n" data-count="checks">%s</span>checks</li>
<li class="st-pass"><span class="n" data-count="pass">%s</span>pass</li>
<li class="st-warn"><span class="n" data-count="warn">%s</span>warn</li>
<li class="st-fail"><span class="n" data-count="fail">%s</span>fail</li>
<li class="st-error"><span class="n" data-count="error">%s</span>error</li>
</ul>
<p>Blocking failures: <b data-count="blocking">%s</b>. Results: <b data-count="results">%s</b> (one row per check, metric and column).</p>
<dl class="meta">
<dt>as of</dt><dd>%s</dd><dt>started</dt><dd>%s</dd><dt>finished</dt><dd>%s</dd><dt>duration</dt><dd>%s</dd>
<dt>run by</dt><dd>%s</dd><dt>selector</dt><dd>%s</dd><dt>stage</dt><dd>%s</dd>
</dl>
%s</section>
$html$,
		run.n_checks, run.n_pass, run.n_warn, run.n_fail, run.n_error, run.n_blocking, visible_results,
		@extschema@._rp_utc(run.as_of), @extschema@._rp_utc(run.started_at), @extschema@._rp_utc(run.finished_at),
		CASE WHEN dur IS NULL THEN 'still running'
			 WHEN dur < 1000 THEN @extschema@._rp_fmt_num(round(dur::numeric, 1)::float8) || ' ms'
			 WHEN dur < 60000 THEN @extschema@._rp_fmt_num(round((dur / 1000)::numeric, 3)::float8) || ' s'
			 ELSE to_char(run.finished_at - run.started_at, 'FMHH24:MI:SS') || ' (h:min:s)' END,
		@extschema@.html_escape(run.run_by::text),
		coalesce(@extschema@.html_escape(run.selector), 'all enabled checks'),
		coalesce(@extschema@.html_escape(run.stage), 'all stages'),
		CASE WHEN visible < run.n_checks THEN
			format('<p class="note" id="hidden-checks">%s of the %s checks of this run are not visible to you (row security on mlcheck.results).</p>',
				   run.n_checks - visible, run.n_checks)
			 ELSE '' END);

	-- every result, worst first
	SELECT string_agg(format(
			'<tr class="row-%s" data-status="%s"><td><span class="badge st-%s">%s</span></td><td title="%s">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>%s%s<td>%s</td></tr>',
			x.status, x.status, x.status, x.status,
			@extschema@.html_escape(coalesce(c.description, '')), @extschema@.html_escape(x.check_name),
			@extschema@.html_escape(x.stage), @extschema@.html_escape(x.kind),
			coalesce(@extschema@.html_escape(x.metric), ''), coalesce(@extschema@.html_escape(x.column_name), ''),
			@extschema@._rp_num_cell(x.value), @extschema@._rp_num_cell(x.threshold),
			CASE WHEN x.blocking THEN 'yes' ELSE 'no' END),
			E'\n' ORDER BY @extschema@._rp_rank(x.status) DESC, x.blocking DESC,
						   coalesce(array_position(ARRAY['data', 'features', 'model', 'serving'], x.stage), 5),
						   x.stage, x.check_name, x.metric, x.column_name, x.result_id)
	INTO part
	FROM @extschema@.results x LEFT JOIN @extschema@.checks c ON c.check_id = x.check_id
	WHERE x.run_id = run.run_id;
	page := page || format(
$html$<section id="results"><h2>Checks</h2>
<table id="results-table">
<thead><tr><th>status</th><th>check</th><th>stage</th><th>kind</th><th>metric</th><th>column</th><th>value</th><th>threshold</th><th>blocking</th></tr></thead>
<tbody>
%s
</tbody>
</table>
%s</section>
$html$,
		coalesce(part, ''),
		CASE WHEN part IS NULL THEN '<p class="note">This run recorded no results you can see.</p>' ELSE '' END);

	-- drift: one chart per result, reference and current overlaid
	part := '';
	FOR r IN
		SELECT x.* FROM @extschema@.results x
		WHERE x.run_id = run.run_id AND x.kind = 'drift' AND x.status <> 'error'
		ORDER BY @extschema@._rp_rank(x.status) DESC, x.check_name, x.column_name, x.result_id
	LOOP
		BEGIN
			svg := @extschema@._rp_chart(r.details, r.check_name || coalesce(': ' || r.column_name, ''));
			msg := NULL;
		EXCEPTION WHEN OTHERS THEN
			svg := NULL;
			GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
		END;
		part := part || format(
			E'<figure class="drift" data-check="%s">\n%s\n<figcaption><span class="badge st-%s">%s</span> <b>%s</b>%s: %s <b>%s</b> = %s%s%s%s%s</figcaption>\n</figure>\n',
			@extschema@.html_escape(r.check_name),
			coalesce(svg, CASE WHEN msg IS NOT NULL
							   THEN '<p class="note">chart unavailable: ' || @extschema@.html_escape(msg) || '</p>'
							   ELSE '<p class="note">no distribution data was recorded with this result</p>' END),
			r.status, r.status, @extschema@.html_escape(r.check_name),
			coalesce(' column <code>' || @extschema@.html_escape(r.column_name) || '</code>', ''),
			'statistic', @extschema@.html_escape(coalesce(r.details ->> 'method', r.metric, 'drift')),
			coalesce(@extschema@._rp_fmt_num(r.value), 'n/a'),
			coalesce(', threshold ' || @extschema@._rp_fmt_num(r.threshold), ''),
			coalesce(', p-value ' || @extschema@._rp_fmt_num(@extschema@._rp_jfloat(r.details -> 'p_value')), ''),
			CASE WHEN r.status = 'pass' THEN ' (no drift)' ELSE ' (drift)' END,
			coalesce(', against baseline <i>' || @extschema@.html_escape(r.details ->> 'baseline') || '</i>', ''));
	END LOOP;
	IF part <> '' THEN
		page := page || format(E'<section id="drift"><h2>Drift</h2>\n<p>Bars are fractions of each side''s values: <span style="color:#4c78a8">&#9632;</span> reference (baseline), <span style="color:#f58518">&#9632;</span> current.</p>\n%s</section>\n', part);
	END IF;

	-- model gates: one chart per check, candidate and baseline per metric (and slice); a metric
	-- gated by several rules (value, change) is drawn once; the table lists every rule
	part := '';
	FOR g IN
		SELECT k.check_id, min(k.check_name) AS check_name,
			   (ARRAY['pass', 'warn', 'fail', 'error'])[max(@extschema@._rp_rank(k.status)) + 1] AS status,
			   (array_agg(k.label ORDER BY k.first_id) FILTER (WHERE k.first_id = k.result_id)) AS metrics,
			   (array_agg(k.cand ORDER BY k.first_id) FILTER (WHERE k.first_id = k.result_id)) AS cand,
			   (array_agg(k.base ORDER BY k.first_id) FILTER (WHERE k.first_id = k.result_id)) AS base,
			   string_agg(format('<tr class="row-%s"><td><span class="badge st-%s">%s</span></td><td>%s</td><td>%s</td>%s%s%s<td>%s</td></tr>',
								 k.status, k.status, k.status, coalesce(@extschema@.html_escape(k.metric), ''),
								 coalesce(@extschema@.html_escape(k.column_name), ''),
								 @extschema@._rp_num_cell(k.cand), @extschema@._rp_num_cell(k.base),
								 @extschema@._rp_num_cell(coalesce(@extschema@._rp_jfloat(k.details -> 'delta'), k.cand - k.base)),
								 coalesce(@extschema@.html_escape(@extschema@._rp_jtext(k.details -> 'rule')), '')),
						  E'\n' ORDER BY k.result_id) AS rows
		FROM (SELECT y.*, min(y.result_id) OVER (PARTITION BY y.check_id, y.label) AS first_id
			  FROM (SELECT x.*,
						   -- a change rule records <metric>_change or <metric>_relative_change
						   CASE WHEN x.details ? 'rule' AND x.details ->> 'rule' NOT LIKE 'value%'
								THEN regexp_replace(coalesce(x.metric, '?'), '_(relative_)?change$', '')
								ELSE coalesce(x.metric, '?') END
						   || coalesce(' [' || x.column_name || ']', '') AS label,
						   CASE WHEN x.details ? 'candidate' OR x.details ? 'rule'
								THEN @extschema@._rp_jfloat(x.details -> 'candidate') ELSE x.value END AS cand,
						   @extschema@._rp_jfloat(x.details -> 'baseline') AS base
					FROM @extschema@.results x
					WHERE x.run_id = run.run_id AND x.kind = 'metric_gate' AND x.status <> 'error') AS y) AS k
		GROUP BY k.check_id
		ORDER BY max(@extschema@._rp_rank(k.status)) DESC, min(k.check_name)
	LOOP
		BEGIN
			svg := @extschema@._rp_metrics_svg(g.metrics[1:200], g.cand[1:200], g.base[1:200], g.check_name, false);
			msg := NULL;
		EXCEPTION WHEN OTHERS THEN
			svg := NULL;
			GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
		END;
		part := part || format(
			E'<figure class="gate" data-check="%s">\n%s\n<figcaption><span class="badge st-%s">%s</span> <b>%s</b>: candidate against baseline</figcaption>\n</figure>\n<table class="gate-table"><thead><tr><th>status</th><th>metric</th><th>slice</th><th>candidate</th><th>baseline</th><th>delta</th><th>rule</th></tr></thead><tbody>\n%s\n</tbody></table>\n',
			@extschema@.html_escape(g.check_name),
			coalesce(svg, '<p class="note">chart unavailable: ' || @extschema@.html_escape(msg) || '</p>'),
			g.status, g.status, @extschema@.html_escape(g.check_name), g.rows);
	END LOOP;
	IF part <> '' THEN
		page := page || format(E'<section id="gates"><h2>Model gates</h2>\n%s</section>\n', part);
	END IF;

	-- data validation: the anomalies of schema (and expectation) results with sample values
	part := '';
	FOR g IN
		SELECT x.check_name, x.status, a.*
		FROM @extschema@.results x
		CROSS JOIN LATERAL @extschema@._rp_anomalies(x.details, x.column_name, x.metric, x.status) AS a
		WHERE x.run_id = run.run_id AND x.kind IN ('schema', 'expectation') AND x.status <> 'error'
		  AND (x.kind = 'schema' OR x.status <> 'pass')
		ORDER BY @extschema@._rp_rank(x.status) DESC, x.check_name, x.result_id
	LOOP
		part := part || format(
			E'<tr class="row-%s"><td><span class="badge st-%s">%s</span></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="samples">%s</td></tr>\n',
			g.status, g.status, g.status, @extschema@.html_escape(g.check_name),
			coalesce(@extschema@.html_escape(g.column_name), '<i>table</i>'),
			coalesce(@extschema@.html_escape(g.kind), ''), coalesce(@extschema@.html_escape(g.severity), ''),
			coalesce(@extschema@.html_escape(g.description), ''),
			coalesce((SELECT string_agg('<code>' || @extschema@.html_escape(@extschema@._rp_jtext(s.value)) || '</code>', ' ' ORDER BY s.ord)
					  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(g.samples) = 'array' THEN g.samples
													 ELSE '[]'::jsonb END) WITH ORDINALITY AS s(value, ord)), ''));
	END LOOP;
	IF part <> '' THEN
		page := page || format(
$html$<section id="anomalies"><h2>Data validation</h2>
<table id="anomalies-table"><thead><tr><th>status</th><th>check</th><th>column</th><th>anomaly</th><th>severity</th><th>description</th><th>sample values</th></tr></thead>
<tbody>
%s</tbody></table>
</section>
$html$, part);
	END IF;

	-- errors: what the check raised
	SELECT string_agg(format(
			E'<div class="card error-card"><p><span class="badge st-error">error</span> <b>%s</b> (%s, %s)%s</p>\n<p class="err">%s</p>%s%s</div>',
			@extschema@.html_escape(x.check_name), @extschema@.html_escape(x.stage), @extschema@.html_escape(x.kind),
			coalesce(' SQLSTATE <code>' || @extschema@.html_escape(x.details ->> 'sqlstate') || '</code>', ''),
			coalesce(@extschema@.html_escape(x.details ->> 'message'), 'no message was recorded'),
			coalesce(E'\n<p>Detail: ' || @extschema@.html_escape(x.details ->> 'detail') || '</p>', ''),
			coalesce(E'\n<p>Hint: ' || @extschema@.html_escape(x.details ->> 'hint') || '</p>', '')),
			E'\n' ORDER BY x.blocking DESC, x.check_name, x.result_id)
	INTO part
	FROM @extschema@.results x
	WHERE x.run_id = run.run_id AND x.status = 'error';
	IF part IS NOT NULL THEN
		page := page || format(E'<section id="errors"><h2>Errors</h2>\n%s\n</section>\n', part);
	END IF;

	page := page || format(
$html$<footer>Generated by mlcheck %s from mlcheck.runs and mlcheck.results (run %s). Times are UTC; numbers show 4 significant digits, the exact value in their tooltip. A self-contained page: no script, nothing loaded from elsewhere.</footer>
</main>
</body>
</html>
$html$,
		@extschema@.html_escape(@extschema@.version()), run.run_id);
	RETURN array_to_string(page, '');
END
$$;
COMMENT ON FUNCTION @extschema@.report_html(bigint) IS
'a self-contained HTML page (inline CSS and SVG, no script, no external resource) of one run of '
'the checks (default: the latest): summary, results worst first, drift charts, model gates, '
'anomalies with sample values, errors; ML002 when the run does not exist or no run was recorded';
