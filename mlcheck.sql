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


-- ==================================================================== report (src/report.c)


