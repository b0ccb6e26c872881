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
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'mlcheck_reader') THEN
		CREATE ROLE mlcheck_reader NOLOGIN;
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
AS $$
SELECT CASE status WHEN 'pass' THEN 0 WHEN 'warn' THEN 1 WHEN 'fail' THEN 2 WHEN 'error' THEN 3 END
$$;
COMMENT ON FUNCTION @extschema@._ck_status_rank(text) IS
'internal: order of statuses, pass 0 < warn 1 < fail 2 < error 3 (error: the check could not tell)';

CREATE FUNCTION @extschema@._ck_worse(a text, b text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
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
	  "schema":          {"target": true, "columns": "n", "required": ["schema"], "optional": []},
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
	mostly float8;
BEGIN
	IF r.unexpected_percent IS NOT NULL THEN
		v := r.unexpected_percent / 100;
		mostly := CASE WHEN jsonb_typeof(r.kwargs -> 'mostly') = 'number' THEN (r.kwargs ->> 'mostly')::float8 ELSE 1 END;
		t := 1 - mostly;
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
	n integer := 0;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	PERFORM @extschema@._ck_require('schema', '@extschema@.validate(regclass, jsonb)');
	rel := @extschema@._ck_relation(c.target, 'target');
	IF jsonb_typeof(sch) = 'string' THEN
		sname := sch #>> '{}';
		SELECT x.schema INTO sch FROM @extschema@.schemas x WHERE x.name = sname;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'schema "%" does not exist', sname
				USING ERRCODE = '42704', HINT = 'Store it with mlcheck.save_schema() or mlcheck.snapshot_schema(); it must be visible to the owner of the check.';
		END IF;
	END IF;
	FOR a IN EXECUTE 'SELECT * FROM @extschema@.validate($1, $2)' USING rel, sch LOOP
		n := n + 1;
		RETURN NEXT @extschema@._ck_outcome(a.kind, a.column_name,
						CASE WHEN jsonb_typeof(a.observed) = 'number' THEN (a.observed #>> '{}')::float8 END,
						CASE WHEN jsonb_typeof(a.expected) = 'number' THEN (a.expected #>> '{}')::float8 END,
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
-- against a named baseline (snapshot_baseline), column by column, with drift(reference,
-- current, method, threshold). One outcome per column, named after the method drift() used.
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
	r record;
	d record;
	n bigint;
BEGIN
	PERFORM @extschema@._ck_guard(c);
	PERFORM @extschema@._ck_require('drift', '@extschema@.drift(@extschema@.profile, @extschema@.profile, text, float8)');
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
	FOR r IN EXECUTE 'SELECT t.column_name, t.profile AS cur, p.profile AS ref
					  FROM @extschema@.profile_table($1, $2, $3, $4) AS t
					  JOIN @extschema@.baseline_profiles AS p ON p.baseline_id = $5 AND p.column_name = t.column_name
					  ORDER BY array_position($2, t.column_name)'
		USING rel, cols, @extschema@._ck_scope(c, as_of),
			  coalesce(@extschema@._ck_param_int(c.params, 'exact_limit', 0, 100000000), 10000), b.baseline_id
	LOOP
		n := (@extschema@.summary(r.cur)).value_count;
		IF coalesce(n, 0) = 0 THEN
			RETURN NEXT @extschema@._ck_empty(c, coalesce(c.params ->> 'method', 'auto'), r.column_name, 'no rows with a value');
			CONTINUE;
		END IF;
		FOR d IN SELECT * FROM @extschema@.drift(r.ref, r.cur, coalesce(c.params ->> 'method', 'auto'),
												 @extschema@._ck_param_float(c.params, 'threshold'))
		LOOP
			RETURN NEXT @extschema@._ck_outcome(d.method, r.column_name, d.statistic, d.threshold,
							CASE WHEN d.drifted THEN c.severity ELSE 'pass' END,
							jsonb_strip_nulls(jsonb_build_object(
								'p_value', @extschema@._ck_jnum(d.p_value), 'exact', d.exact, 'baseline', b.name,
								'reference_rows', (@extschema@.summary(r.ref)).row_count,
								'current_rows', (@extschema@.summary(r.cur)).row_count)));
		END LOOP;
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
			INSERT INTO @extschema@.results (run_id, check_id, check_name, stage, kind, blocking, owner, status,
											 details, observed_at, elapsed_ms)
			VALUES (v_run, c.check_id, c.name, c.stage, c.kind, c.blocking, c.owner, 'error',
					jsonb_strip_nulls(jsonb_build_object('message', msg, 'sqlstate', st,
														 'detail', nullif(det, ''), 'hint', nullif(v_hint, ''))),
					v_as_of, extract(epoch FROM clock_timestamp() - t0) * 1000);
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
