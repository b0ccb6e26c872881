-- mlcheck.profile: edge cases of the aggregates, accessors, text I/O and profile_table.
CREATE EXTENSION mlcheck;

-- empty input: a profile with count 0 (not NULL); accessors on it return NULL
SELECT (mlcheck.summary(p)).* FROM (SELECT mlcheck.profile(x) AS p FROM (SELECT 1.5::float8 WHERE false) t(x)) s;
SELECT mlcheck.quantile(p, 0.5), mlcheck.cdf(p, 0), mlcheck.quantile(p, ARRAY[0.1, 0.9])
FROM (SELECT mlcheck.profile(x) AS p FROM (SELECT 1.5::float8 WHERE false) t(x)) s;
SELECT count(*) FROM mlcheck.histogram((SELECT mlcheck.profile(x) FROM (SELECT 1.5::float8 WHERE false) t(x)), 4);
SELECT (mlcheck.summary(mlcheck.profile(x))).kind FROM (SELECT 'a'::text WHERE false) t(x);
SELECT (mlcheck.summary(mlcheck.profile(x))).kind FROM (SELECT true WHERE false) t(x);

-- all NULL
SELECT s.row_count, s.null_count, s.null_fraction, s.value_count, s.minimum, s.mean, s.distinct_estimate
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).* FROM (VALUES (NULL::float8), (NULL)) t(x)) s;

-- one row
SELECT s.row_count, s.minimum, s.maximum, s.mean, s.sample_stddev, s.distinct_estimate, s.exact
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).* FROM (VALUES (42.0::float8)) t(x)) s;
SELECT mlcheck.quantile(p, 0), mlcheck.quantile(p, 1), mlcheck.cdf(p, 41), mlcheck.cdf(p, 42)
FROM (SELECT mlcheck.profile(42.0::float8) AS p) s;

-- NaN and infinities are counted apart, never mixed into moments or quantiles
SELECT s.row_count, s.value_count, s.finite_count, s.nan_count, s.posinf_count, s.neginf_count,
       s.minimum, s.maximum, s.mean, s.distinct_estimate
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).*
      FROM (VALUES (1::float8), (3), ('NaN'), ('Infinity'), ('Infinity'), ('-Infinity'), (NULL)) t(x)) s;
SELECT mlcheck.quantile(p, 1), mlcheck.cdf(p, 'Infinity'), mlcheck.cdf(p, '-Infinity'), mlcheck.cdf(p, 'NaN')
FROM (SELECT mlcheck.profile(x) AS p FROM (VALUES (1::float8), (3), ('NaN'), ('Infinity')) t(x)) s;
-- only non-finite values: no min/max/mean
SELECT s.value_count, s.finite_count, s.minimum, s.mean, mlcheck.quantile(p, 0.5)
FROM (SELECT p, (mlcheck.summary(p)).* FROM (SELECT mlcheck.profile(x) AS p
      FROM (VALUES ('NaN'::float8), ('Infinity')) t(x)) q) s;

-- -0 counts as 0
SELECT s.zero_count, s.negative_count, s.distinct_estimate, s.minimum
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).* FROM (VALUES ('-0'::float8), (0)) t(x)) s;

-- huge and tiny values: min/max exact; the sum overflows to Infinity (documented)
SELECT s.minimum, s.maximum, s.mean
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).* FROM (VALUES (1e308::float8), (1e308), (5e-324)) t(x)) s;
SELECT s.minimum, s.maximum, s.mean, s.sample_variance
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).* FROM (VALUES (5e-324::float8), (1e-320), (-5e-324)) t(x)) s;

-- percentile_disc semantics in exact mode
CREATE TABLE pt (x float8);
INSERT INTO pt SELECT (i * 7919 % 1001) / 8.0 FROM generate_series(1, 5000) i;
INSERT INTO pt VALUES (NULL), ('NaN');
SELECT bool_and(mlcheck.quantile(p, q) = (SELECT percentile_disc(q) WITHIN GROUP (ORDER BY x) FROM pt WHERE x <> 'NaN'))
       AS equals_percentile_disc
FROM (SELECT mlcheck.profile(x) AS p FROM pt) s, generate_series(0, 1000) g, LATERAL (SELECT g / 1000.0 AS q) qq;
SELECT mlcheck.quantile(p, ARRAY[0, 0.25, NULL, 0.5, 1]) FROM (SELECT mlcheck.profile(x) AS p FROM pt) s;
SELECT mlcheck.cdf(p, 60) = (SELECT count(*) FILTER (WHERE x <= 60)::float8 / count(*) FROM pt WHERE x <> 'NaN') AS cdf_exact
FROM (SELECT mlcheck.profile(x) AS p FROM pt) s;
SELECT * FROM mlcheck.histogram((SELECT mlcheck.profile(x) FROM pt), 5);
SELECT * FROM mlcheck.top_values((SELECT mlcheck.profile(x) FROM pt), 3);
-- all equal values: one bin holds everything
SELECT * FROM mlcheck.histogram((SELECT mlcheck.profile(7.0::float8) FROM generate_series(1, 3)), 3);

-- text: lengths in characters, frequencies, long values kept as a prefix
SELECT s.kind, s.row_count, s.distinct_estimate, s.min_length, s.max_length, s.mean_length
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).*
      FROM (VALUES ('b'), ('a'), ('b'), ('héllo'), (''), (NULL)) t(x)) s;
SELECT * FROM mlcheck.top_values((SELECT mlcheck.profile(x) FROM (VALUES ('b'), ('a'), ('b'), ('c'), ('a'), ('b')) t(x)), 2);
SELECT length(value), count FROM mlcheck.top_values(
  (SELECT mlcheck.profile(repeat('x', 100000) || i) FROM generate_series(1, 3) i), 5) ORDER BY 2 DESC, 1;
SELECT (mlcheck.summary(p)).max_length, (mlcheck.summary(p)).distinct_estimate,
       (mlcheck.summary(p)).size_bytes < 1000 AS small
FROM (SELECT mlcheck.profile(repeat('é', 200000) || (i % 2)) AS p FROM generate_series(1, 10) i) s;

-- bool
SELECT s.kind, s.true_count, s.false_count, s.null_count, s.true_fraction, s.distinct_estimate
FROM (SELECT (mlcheck.summary(mlcheck.profile(x))).* FROM (VALUES (true), (false), (true), (NULL)) t(x)) s;
SELECT * FROM mlcheck.top_values((SELECT mlcheck.profile(x) FROM (VALUES (true), (false), (true)) t(x)), 5);

-- exact_limit: past it the profile is a sketch
SELECT (mlcheck.summary(mlcheck.profile(x::float8, 100))).exact,
       (mlcheck.summary(mlcheck.profile(x::float8, 1000))).exact,
       (mlcheck.summary(mlcheck.profile(x::float8, 100))).rank_error > 0 AS has_error_bound
FROM generate_series(1, 500) x;
SELECT (mlcheck.summary(mlcheck.profile(x::float8, 0))).exact FROM generate_series(1, 2) x;
SELECT mlcheck.profile(x::float8, -1) FROM generate_series(1, 2) x;
SELECT mlcheck.profile(x::float8, 1000001) FROM generate_series(1, 2) x;

-- merge: function and aggregate; kinds must match
SELECT mlcheck.merge(a, b)::text = (SELECT mlcheck.profile(x)::text FROM (VALUES (1::float8), (2), (2)) t(x)) AS same
FROM (SELECT mlcheck.profile(x) AS a FROM (VALUES (1::float8), (2)) t(x)) s1,
     (SELECT mlcheck.profile(x) AS b FROM (VALUES (2::float8)) t(x)) s2;
SELECT mlcheck.merge(mlcheck.profile(1::float8), mlcheck.profile('a'::text));
SELECT (mlcheck.summary(mlcheck.merge(p))).row_count
FROM (SELECT mlcheck.profile(x) AS p FROM pt GROUP BY x > 50 UNION ALL SELECT NULL) s;
SELECT mlcheck.merge(p) IS NULL AS null_for_no_rows FROM (SELECT NULL::mlcheck.profile AS p WHERE false) s;
SELECT mlcheck.merge(p) FROM (VALUES ((SELECT mlcheck.profile(1::float8))), ((SELECT mlcheck.profile(true)))) t(p);

-- wrong kinds and bad arguments
SELECT mlcheck.quantile(mlcheck.profile('a'::text), 0.5);
SELECT mlcheck.cdf(mlcheck.profile(true), 0.5);
SELECT mlcheck.quantile(mlcheck.profile(1::float8), 1.5);
SELECT mlcheck.quantile(mlcheck.profile(1::float8), 'NaN'::float8);
SELECT mlcheck.quantile(mlcheck.profile(1::float8), ARRAY[0.5, -0.1]);
SELECT * FROM mlcheck.histogram((SELECT mlcheck.profile(1::float8)), 0);
SELECT * FROM mlcheck.histogram((SELECT mlcheck.profile('a'::text)), 3);
SELECT * FROM mlcheck.top_values((SELECT mlcheck.profile(1::float8)), -1);
SELECT * FROM mlcheck.histogram((SELECT mlcheck.profile(1::float8)), 10001);

-- text I/O round-trips exactly; malformed input is rejected with 22P02
SELECT mlcheck.profile(x)::text FROM (VALUES (1::float8), (2.5), (NULL), ('NaN')) t(x);
SELECT p::text::mlcheck.profile::text = p::text AS round_trips
FROM (SELECT mlcheck.profile(x) AS p FROM pt) s;
SELECT 'profile.v1:AQEBkE4AAAAAAAAA'::mlcheck.profile;
SELECT 'garbage'::mlcheck.profile;
SELECT 'profile.v1:not base64!'::mlcheck.profile;
SELECT 'profile.v1:AgEBkE4AAAAAAAAA'::mlcheck.profile;
SELECT 'profile.v1:AQEBkE4AAQAAAAAA'::mlcheck.profile;
SELECT 'profile.v1:'::mlcheck.profile;
-- a text value that is not valid UTF-8 is refused; a valid edit of the same byte is accepted
SELECT ('profile.v1:' || encode(overlay(b placing '\xff'::bytea from position('\x61'::bytea in b) for 1), 'base64'))::mlcheck.profile
FROM (SELECT decode(substr(mlcheck.profile('a'::text)::text, 12), 'base64') AS b) s;
SELECT t.* FROM (SELECT decode(substr(mlcheck.profile('a'::text)::text, 12), 'base64') AS b) s,
  LATERAL mlcheck.top_values(('profile.v1:' || encode(overlay(b placing '\x62'::bytea from position('\x61'::bytea in b) for 1), 'base64'))::mlcheck.profile, 1) t;

-- jsonb shape
SELECT jsonb_pretty(mlcheck.profile(x)::jsonb) FROM (VALUES (1::float8), (2), (2), (NULL), ('NaN')) t(x);
SELECT mlcheck.profile(x)::jsonb FROM (VALUES ('a'), ('b'), ('a')) t(x);
SELECT mlcheck.profile(x)::jsonb FROM (VALUES (true), (NULL)) t(x);

-- GROUP BY with many groups, hashed and spilled to disk under a small work_mem
SET work_mem = '64kB';
SET enable_sort = off;
CREATE FUNCTION pg_temp.hashagg_batches() RETURNS int LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) SELECT g, mlcheck.profile(x) FROM (SELECT i % 2000 AS g, i::float8 AS x FROM generate_series(1, 40000) i) s GROUP BY g' INTO j;
	RETURN (j->0->'Plan'->>'HashAgg Batches')::int;
END $$;
SELECT pg_temp.hashagg_batches() > 1 AS spilled;
SELECT count(*) AS groups, sum((mlcheck.summary(p)).row_count) AS rows, bool_and((mlcheck.summary(p)).exact) AS all_exact,
       sum((mlcheck.summary(p)).mean) AS sum_of_means
FROM (SELECT g, mlcheck.profile(x) AS p FROM (SELECT i % 2000 AS g, i::float8 AS x FROM generate_series(1, 40000) i) s GROUP BY g) q;
RESET work_mem;
RESET enable_sort;

-- window aggregate (the state stays valid across final calls)
SELECT i, (mlcheck.summary(mlcheck.profile(i::float8) OVER (ORDER BY i))).maximum FROM generate_series(1, 4) i;

-- profile_table: one scan, quoted identifiers, column selection, where clause, errors
CREATE TABLE "Mixed Case" ("Amount" numeric, label text, flag bool, d date, ts timestamptz, arr int[], "weird ""col" int);
INSERT INTO "Mixed Case" VALUES (1.5, 'a', true, '1970-01-02', '1970-01-01 00:01:00+00', '{1}', 7),
                                (2.5, 'b', false, '1970-01-03', NULL, NULL, 8), (NULL, 'a', NULL, NULL, NULL, NULL, 9);
SELECT column_name, (mlcheck.summary(profile)).kind, (mlcheck.summary(profile)).row_count,
       (mlcheck.summary(profile)).minimum, (mlcheck.summary(profile)).maximum
FROM mlcheck.profile_table('"Mixed Case"');
SELECT column_name, (mlcheck.summary(profile)).row_count
FROM mlcheck.profile_table('"Mixed Case"', ARRAY['weird "col', 'Amount'], '"Amount" > 2');
SELECT * FROM mlcheck.profile_table('"Mixed Case"', ARRAY['amount', 'nope']);
SELECT * FROM mlcheck.profile_table('"Mixed Case"', ARRAY['arr']);
SELECT * FROM mlcheck.profile_table('"Mixed Case"', ARRAY[NULL]::text[]);
SELECT * FROM mlcheck.profile_table('no_such_table');
SELECT (mlcheck.summary(profile)).exact FROM mlcheck.profile_table('pt', exact_limit => 10);

DROP TABLE pt, "Mixed Case";
DROP EXTENSION mlcheck;
