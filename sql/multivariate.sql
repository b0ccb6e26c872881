-- vector_profile and multivariate_drift: values, NULL/NaN rules, errors, text I/O.
CREATE EXTENSION mlcheck;
SET search_path = public, mlcheck;
SET extra_float_digits = 0;

-- deterministic 3-dimensional rows; "cur" is "ref" with the first dimension shifted by 0.8
CREATE TABLE mv (i int, ref float8[], cur float8[], a float8, b float8, c float8);
INSERT INTO mv
SELECT i, ARRAY[sin(i), cos(0.7 * i), (i % 10) / 10.0],
       ARRAY[sin(i) + 0.8, cos(0.7 * i), (i % 10) / 10.0],
       sin(i), cos(0.7 * i), (i % 10) / 10.0
FROM generate_series(1, 600) i;

-- counts and shape
SELECT (vector_profile_summary(vector_profile(ref))).* FROM mv;
-- the mean equals avg() per dimension and the covariance equals covar_samp()
SELECT max(abs(m[k] - x)) < 1e-15 AS mean_ok
FROM (SELECT vector_profile_mean(vector_profile(ref)) m FROM mv) p,
     LATERAL (SELECT 1 k, avg(a) x FROM mv UNION ALL SELECT 2, avg(b) FROM mv
              UNION ALL SELECT 3, avg(c) FROM mv) t;
WITH p AS (SELECT vector_profile_covariance(vector_profile(ref)) cv FROM mv)
SELECT abs(cv[1][1] - (SELECT var_samp(a) FROM mv)) < 1e-15 AS var_a,
       abs(cv[1][2] - (SELECT covar_samp(a, b) FROM mv)) < 1e-15 AS cov_ab,
       abs(cv[3][2] - (SELECT covar_samp(c, b) FROM mv)) < 1e-15 AS cov_cb,
       cv[2][3] = cv[3][2] AS symmetric,
       array_dims(cv) AS dims
FROM p;
-- numeric columns of a table as one vector
SELECT (vector_profile_summary(vector_profile(ARRAY[a, b, c]))).count FROM mv;
-- real[] gives the profile of the same values widened to float8
SELECT vector_profile(ref::real[])::text = vector_profile(ref::real[]::float8[])::text AS real_ok FROM mv;
-- the per-row path (no BLAS) agrees with the block path
SET mlcheck.vector_profile_block_rows = 1;
CREATE TEMP TABLE per_row AS SELECT vector_profile(ref) p FROM mv;
RESET mlcheck.vector_profile_block_rows;
SELECT (SELECT max(abs(x - y)) FROM unnest(vector_profile_covariance(p), (SELECT vector_profile_covariance(vector_profile(ref)) FROM mv)) u(x, y)) < 1e-15 AS same_covariance
FROM per_row;
-- the reservoir: default 1000 rows, here all 600; a smaller one holds exactly its capacity
SELECT (vector_profile_summary(vector_profile(ref, 50, 7))).sample_size,
       array_dims(vector_profile_sample(vector_profile(ref, 50, 7))) FROM mv;
-- reproducible given the seed and the row order
SELECT vector_profile(ref, 50, 7 ORDER BY i)::text = vector_profile(ref, 50, 7 ORDER BY i)::text AS reproducible FROM mv;
-- as a window aggregate (the state is shared between frames, never destroyed by the final function)
SELECT i, (vector_profile_summary(vector_profile(ARRAY[i, i * i]::float8[]) OVER w)).count,
       vector_profile_mean(vector_profile(ARRAY[i, i * i]::float8[]) OVER w)
FROM generate_series(1, 4) i WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW);
-- every sampled row is an input row
SELECT count(*) = 50 AS sampled_rows_are_input_rows
FROM (SELECT vector_profile_sample(vector_profile(ref, 50, 7)) s FROM mv) p,
     generate_series(1, 50) r
WHERE EXISTS (SELECT 1 FROM mv WHERE mv.ref = ARRAY[s[r][1], s[r][2], s[r][3]]);

-- NULL, NULL elements, NaN and infinities: skipped and counted
SELECT (vector_profile_summary(vector_profile(v))).*
FROM (VALUES (ARRAY[1, 2]::float8[]), (NULL), (ARRAY[NULL, 1]::float8[]), (ARRAY['NaN', 1]::float8[]),
             (ARRAY['Infinity', 1]::float8[]), (ARRAY[3, 4]::float8[])) t(v);
-- no rows, or only NULL arrays: NULL
SELECT vector_profile(v) IS NULL AS no_rows FROM (SELECT ARRAY[1.0]::float8[] v WHERE false) t;
SELECT vector_profile(v) IS NULL AS all_null FROM (VALUES (NULL::float8[]), (NULL)) t(v);
-- only skipped rows: a profile without valid rows; mean and covariance are NULL
SELECT (vector_profile_summary(p)).count, vector_profile_mean(p), vector_profile_covariance(p)
FROM (SELECT vector_profile(v) p FROM (VALUES (ARRAY['NaN', 1]::float8[])) t(v)) s;
-- one row: a mean, no covariance
SELECT vector_profile_mean(vector_profile(v)), vector_profile_covariance(vector_profile(v))
FROM (VALUES (ARRAY[1.5, -2]::float8[])) t(v);

-- input errors
SELECT vector_profile(v) FROM (VALUES ('{}'::float8[])) t(v);
SELECT vector_profile(v) FROM (VALUES ('{{1,2},{3,4}}'::float8[])) t(v);
SELECT vector_profile(v) FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[1, 2, 3]::float8[])) t(v);
SELECT vector_profile(array_fill(1.0::float8, ARRAY[2049]));
SELECT vector_profile(ARRAY[1.0]::float8[], 10001, 0);
SELECT vector_profile(ARRAY[1.0]::float8[], -1, 0);
SELECT vector_profile(ARRAY[1.0]::float8[], NULL, 0);
SELECT vector_profile(ARRAY[1.0]::float8[], 10, NULL);

-- text I/O: exact round trip, and hostile input is rejected
SELECT p::text::vector_profile::text = p::text AS text_round_trip
FROM (SELECT vector_profile(ref) p FROM mv) s;
-- binary send/receive round trip through COPY
CREATE TEMP TABLE bin_src AS SELECT vector_profile(ref) p FROM mv;
COPY bin_src TO '/tmp/mlcheck_multivariate_regress.bin' (FORMAT binary);
CREATE TEMP TABLE bin_dst (p vector_profile);
COPY bin_dst FROM '/tmp/mlcheck_multivariate_regress.bin' (FORMAT binary);
SELECT (SELECT p::text FROM bin_src) = (SELECT p::text FROM bin_dst) AS binary_round_trip;
SELECT 'not base64!'::vector_profile;
SELECT 'AAAA'::vector_profile;
SELECT 'AQMAAAAAAAAAAAAAAAAA'::vector_profile;
SELECT substr(p::text, 1, 40)::vector_profile FROM (SELECT vector_profile(ref) p FROM mv) s;
-- an empty profile (no arrays at all) has a valid text form
SELECT 'AQAKAAIAAAAAAAAAAAAAAA=='::vector_profile IS NOT NULL AS parses;

-- merge: of two halves equals one pass; dimension mismatch is an error
SELECT (vector_profile_summary(merge(a, b))).count AS merged_count,
       (SELECT max(abs(x - y)) FROM unnest(vector_profile_covariance(merge(a, b)), vector_profile_covariance(whole)) u(x, y)) < 1e-14 AS same_covariance
FROM (SELECT vector_profile(ref) FILTER (WHERE i <= 250) a, vector_profile(ref) FILTER (WHERE i > 250) b,
             vector_profile(ref) whole FROM mv) s;
SELECT (vector_profile_summary(merge(p))).count AS merge_aggregate_count
FROM (SELECT vector_profile(ref) p FROM mv GROUP BY i % 4) s;
SELECT merge(vector_profile(ARRAY[1.0, 2.0]::float8[]), vector_profile(ARRAY[1.0]::float8[])) FROM (VALUES (1)) t;

-- multivariate_drift: first half against second half (no drift), and against the shifted
-- second half (found by the mean-based tests)
CREATE TEMP TABLE prof AS
SELECT vector_profile(ref) FILTER (WHERE i <= 300) AS ref_a,
       vector_profile(ref) FILTER (WHERE i > 300) AS ref_b,
       vector_profile(cur) FILTER (WHERE i > 300) AS cur_b
FROM mv;
SELECT method, round(statistic::numeric, 6) AS statistic, round(p_value::numeric, 6) AS p_value,
       round(threshold::numeric, 6) AS threshold, drifted
FROM prof, multivariate_drift(ref_a, ref_b, 'all');
SELECT method, drifted, p_value < 0.01 AS small_p
FROM prof, multivariate_drift(ref_a, cur_b, 'all');
-- mean_shift is an alias of hotelling; options change thresholds
SELECT method, round(statistic::numeric, 6) AS statistic FROM prof, multivariate_drift(ref_a, cur_b, 'mean_shift');
SELECT threshold, drifted FROM prof, multivariate_drift(ref_a, cur_b, 'pca_reconstruction', '{"threshold": 1e6}');
SELECT threshold FROM prof, multivariate_drift(ref_a, cur_b, 'share', '{"drift_share": 0.25, "alpha": 0.01}');
SELECT p_value FROM prof, multivariate_drift(ref_a, ref_b, 'mmd', '{"permutations": 9, "seed": 3, "bandwidth": 1.5}');
-- NULL profile: no rows (STRICT)
SELECT count(*) FROM multivariate_drift(NULL, NULL, 'hotelling');

-- multivariate_drift errors
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'magic');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'mmd', '{"permutation": 10}');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'hotelling', '{"permutations": 10}');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'hotelling', '{"alpha": 1.5}');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'mmd', '{"permutations": 2.5}');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'pca_reconstruction', '{"standardize": 1}');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'hotelling', '{"alpha": [0.1]}');
SELECT * FROM prof, multivariate_drift(ref_a, ref_b, 'hotelling', '[1]');
SELECT x.* FROM (SELECT vector_profile(ARRAY[1.0, 2.0]::float8[]) a, vector_profile(ARRAY[1.0]::float8[]) b) s, multivariate_drift(a, b, 'hotelling') x;
SELECT * FROM (SELECT vector_profile(v) p FROM (VALUES (ARRAY['NaN', 1]::float8[])) t(v)) s, multivariate_drift(p, p, 'cosine');
SELECT * FROM (SELECT vector_profile(v) p FROM (VALUES (ARRAY[1, 2]::float8[])) t(v)) s, multivariate_drift(p, p, 'hotelling');
SELECT * FROM (SELECT vector_profile(v) p FROM (VALUES (ARRAY[1, 2]::float8[])) t(v)) s, multivariate_drift(p, p, 'pca_reconstruction');
SELECT * FROM (SELECT vector_profile(v) p FROM (VALUES (ARRAY[1, -1]::float8[]), (ARRAY[-1, 1]::float8[])) t(v)) s, multivariate_drift(p, p, 'cosine');
SELECT * FROM (SELECT vector_profile(v, 0, 0) p FROM (VALUES (ARRAY[1, 2]::float8[]), (ARRAY[2, 1]::float8[])) t(v)) s, multivariate_drift(p, p, 'mmd');
-- constant features: equal constants are left out of hotelling, different ones are infinite drift
SELECT method, statistic, p_value, drifted
FROM (SELECT vector_profile(ARRAY[a, 5.0]) FILTER (WHERE i <= 300) r,
             vector_profile(ARRAY[a, 5.0]) FILTER (WHERE i > 300) c1,
             vector_profile(ARRAY[a, 6.0]) FILTER (WHERE i > 300) c2 FROM mv) s,
     LATERAL (SELECT 'same' AS method, round(statistic::numeric, 6)::text, round(p_value::numeric, 6)::text, drifted FROM multivariate_drift(r, c1, 'hotelling')
              UNION ALL SELECT 'shifted', statistic::text, p_value::text, drifted FROM multivariate_drift(r, c2, 'hotelling')) x;
-- fewer rows than dimensions: the pseudo-inverse on the rank of the pooled covariance
SELECT drifted, p_value IS NOT NULL AS has_p
FROM (SELECT vector_profile(ARRAY[a, b, c, a + b, b - c, a * 2]) FILTER (WHERE i <= 3) r,
             vector_profile(ARRAY[a, b, c, a + b, b - c, a * 2]) FILTER (WHERE i BETWEEN 4 AND 6) c FROM mv) s,
     multivariate_drift(r, c, 'hotelling');

-- OpenBLAS is single-threaded in the backend
SELECT threads, config LIKE 'OpenBLAS%' AS openblas FROM blas_info();

DROP TABLE mv, per_row, prof, bin_src, bin_dst;
DROP EXTENSION mlcheck;
