-- Multivariate and embedding drift: the 8-dimensional user embedding of the serving window
-- against the training snapshot. Every dimension keeps its N(0, 1) marginal, so per-dimension
-- tests stay quiet; the correlation between neighbouring dimensions flipped (rho 0.6 -> -0.6
-- for new users), which the PCA reconstruction error and the kernel MMD see.
\echo
\echo '== multivariate drift of the user embedding (training vs serving)'
CREATE TEMP TABLE embedding_profiles AS
SELECT (SELECT mlcheck.vector_profile(embedding) FROM demo.users_training) AS training,
       (SELECT mlcheck.vector_profile(embedding) FROM demo.users_serving) AS serving;

\echo '-- the profiles: rows, dimension, reservoir sample'
SELECT 'training' AS profile, s.* FROM embedding_profiles, mlcheck.vector_profile_summary(training) s
UNION ALL
SELECT 'serving', s.* FROM embedding_profiles, mlcheck.vector_profile_summary(serving) s;

\echo '-- per dimension: means and standard deviations are unchanged; the covariance with the next dimension is not'
SELECT k AS dimension,
       round(tm[k]::numeric, 3) AS training_mean, round(sm[k]::numeric, 3) AS serving_mean,
       round(sqrt(tc[k][k])::numeric, 3) AS training_std, round(sqrt(sc[k][k])::numeric, 3) AS serving_std,
       round(tc[k][k + 1]::numeric, 3) AS training_cov_next, round(sc[k][k + 1]::numeric, 3) AS serving_cov_next
FROM (SELECT mlcheck.vector_profile_mean(training) tm, mlcheck.vector_profile_mean(serving) sm,
             mlcheck.vector_profile_covariance(training) tc, mlcheck.vector_profile_covariance(serving) sc
      FROM embedding_profiles) p, generate_series(1, 7) k;

\echo '-- per-dimension tests (share of dimensions whose KS test fires) and the mean-shift test stay quiet;'
\echo '-- PCA reconstruction error and MMD find the changed correlation structure'
SELECT d.method, round(d.statistic::numeric, 4) AS statistic, round(d.p_value::numeric, 4) AS p_value,
       round(d.threshold::numeric, 4) AS threshold, d.drifted
FROM embedding_profiles,
     LATERAL (SELECT * FROM mlcheck.multivariate_drift(training, serving, 'share')
              UNION ALL SELECT * FROM mlcheck.multivariate_drift(training, serving, 'hotelling')
              UNION ALL SELECT * FROM mlcheck.multivariate_drift(training, serving, 'pca_reconstruction')
              UNION ALL SELECT * FROM mlcheck.multivariate_drift(training, serving, 'mmd', '{"permutations": 200}')) d;

\echo '-- numeric columns as one vector: ARRAY[age, income, sessions_30d] (rows with a NULL age are skipped and counted);'
\echo '-- the income drift of new users shows as a mean shift'
SELECT d.method, round(d.statistic::numeric, 4) AS statistic, round(d.p_value::numeric, 4) AS p_value, d.drifted
FROM (SELECT mlcheck.vector_profile(ARRAY[age, income, sessions_30d]::float8[]) p FROM demo.users_training) r,
     (SELECT mlcheck.vector_profile(ARRAY[age, income, sessions_30d]::float8[]) p FROM demo.users_serving) s,
     mlcheck.multivariate_drift(r.p, s.p, 'hotelling') d;
DROP TABLE embedding_profiles;
