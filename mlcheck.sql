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


