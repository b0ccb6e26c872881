-- feature_skew: training/serving skew by joining on a key. Small hand-checked tables: NULL =
-- NULL matches, floats within tolerance, rows on one side only, duplicate keys (counted as
-- pairs), NULL keys (never joined), identifiers that need quoting, and the errors.
CREATE EXTENSION mlcheck;
SET extra_float_digits = 0;

CREATE TABLE "Training Set" ("user id" int, age int, score float8, country text, tags text[]);
CREATE TABLE serving ("user id" bigint, age int, score float8, country varchar(8), tags text[], extra int);
INSERT INTO "Training Set" VALUES
	(1, 30, 0.5, 'US', '{a}'),
	(2, NULL, 1.0, 'GB', '{b}'),
	(3, 40, 1e6, NULL, NULL),
	(4, 50, 2.0, 'DE', '{c}'),
	(5, 60, 3.0, 'FR', '{d}'),
	(NULL, 70, 4.0, 'IT', '{e}');
INSERT INTO serving VALUES
	(1, 30, 0.5, 'US', '{a}', 0),            -- all equal
	(2, NULL, 1.0 + 1e-12, 'GB', '{b}', 0),  -- NULL = NULL; score within 1e-9 relative
	(3, 41, 1e6 * (1 + 5e-10), NULL, NULL, 0), -- age differs; score within tolerance
	(4, 50, 2.1, 'de', '{c}', 0),            -- score and country differ (case matters)
	(6, 20, 9.0, 'ES', '{f}', 0),            -- serving only
	(NULL, 70, 4.0, 'IT', '{e}', 0);         -- NULL keys never join
-- joined pairs: keys 1 2 3 4 -> 4; training only: 5 and the NULL key -> 2; serving only: 6 and
-- the NULL key -> 2. Features default to the common columns except the key, in training's order.
-- age: pair 3 differs (40 vs 41) -> 3 matched, 1 mismatched (key 3)
-- score: pair 4 differs (2.0 vs 2.1); 1 + 1e-12 and 1e6 (1 + 5e-10) are within 1e-9 -> key 4
-- country: pair 4 ('DE' vs 'de'); NULL = NULL for pair 3 -> key 4
-- tags: all equal (arrays compared exactly, NULL = NULL)
SELECT * FROM mlcheck.feature_skew('"Training Set"', 'serving', 'user id');
-- a smaller relative tolerance: 1 + 1e-12 still matches (difference 1e-12 <= 1e-11 * 1), but
-- 1e6 (1 + 5e-10) does not (difference 5e-4 > 1e-11 * 1e6 = 1e-5)
SELECT feature, matched, mismatched, sample_keys
FROM mlcheck.feature_skew('"Training Set"', 'serving', 'user id', ARRAY['score'], 1e-11);
-- an absolute tolerance of 0.2 lets 2.0 and 2.1 match
SELECT feature, matched, mismatched
FROM mlcheck.feature_skew('"Training Set"', 'serving', 'user id', ARRAY['score'], 0, 0.2);
-- duplicate keys are counted as pairs: key 1 twice in serving -> 2 pairs for key 1
INSERT INTO serving VALUES (1, 31, 0.5, 'US', '{a}', 0);
SELECT feature, joined, matched, mismatched, training_only, serving_only, match_rate, sample_keys
FROM mlcheck.feature_skew('"Training Set"', 'serving', 'user id', ARRAY['age']);
-- no sample keys
SELECT feature, sample_keys FROM mlcheck.feature_skew('"Training Set"', 'serving', 'user id', ARRAY['age'], sample_size => 0);
-- text keys: compared as text, sample keys in byte order
CREATE TABLE t2 (k text, x float8);
CREATE TABLE s2 (k text, x float8);
INSERT INTO t2 VALUES ('b', 1), ('a', 2), ('c', 3), ('B', 4);
INSERT INTO s2 VALUES ('b', 1.5), ('a', 2.5), ('c', 3), ('B', 5);
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k');
-- empty tables: no pair, match_rate NULL
TRUNCATE s2;
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k');

-- errors (terse: without the PL/pgSQL line numbers)
\set VERBOSITY terse
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'nope');
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', ARRAY['x', 'x']);
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', ARRAY['y']);
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', ARRAY[]::text[]);
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', ARRAY['k']);
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', NULL, -1);
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', NULL, 1e-9, 'Infinity');
SELECT * FROM mlcheck.feature_skew('t2', 's2', 'k', sample_size => 5000);
SELECT * FROM mlcheck.feature_skew('t2', NULL, 'k');
SELECT * FROM mlcheck.feature_skew('t2', 'no_such_table', 'k');
CREATE TABLE only_key (k text);
SELECT * FROM mlcheck.feature_skew('t2', 'only_key', 'k');

\set VERBOSITY default
-- first_keys: the n smallest distinct keys; bounded; errors on a bad limit
SELECT mlcheck.first_keys(x, 3) FROM (VALUES (5::bigint), (1), (3), (1), (NULL), (2), (9)) t(x);
SELECT mlcheck.first_keys(x, 2) FROM (VALUES ('b'), ('B'), ('a'), ('b')) t(x);
SELECT mlcheck.first_keys(x, 2) FROM (VALUES (1::bigint)) t(x) WHERE false;
SELECT mlcheck.first_keys(x, 0) FROM (VALUES (1::bigint)) t(x);
SELECT mlcheck.first_keys(x, 1001) FROM (VALUES ('a')) t(x);

DROP TABLE "Training Set", serving, t2, s2, only_key;
DROP EXTENSION mlcheck;
