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


