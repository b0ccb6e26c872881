-- Drift and training/serving skew of the demo feature store.
\echo
\echo '== drift: the serving window against the training snapshot, per feature (auto method, BH-adjusted p-values)'
SELECT column_name, method, round(statistic::numeric, 4) AS statistic, p_value, p_adjusted,
       threshold, drifted, exact, round(drifted_share::numeric, 3) AS drifted_share
FROM mlcheck.drift_table('demo.users_training', 'demo.users_serving',
       ARRAY['age', 'income', 'country', 'device', 'sessions_30d', 'avg_order_value', 'is_premium']);

\echo '== drift: income among the new serving users (not in training) with every numeric method'
SELECT (d).method, round((d).statistic::numeric, 4) AS statistic, (d).p_value, (d).drifted
FROM (SELECT mlcheck.drift_test(income, is_serving, m) AS d
      FROM (SELECT income, false AS is_serving FROM demo.users_training
            UNION ALL
            SELECT s.income, true FROM demo.users_serving s
            WHERE NOT EXISTS (SELECT 1 FROM demo.users_training t WHERE t.user_id = s.user_id)) x,
           unnest(ARRAY['ks', 'cvm', 'anderson', 'wasserstein', 'psi', 'js']) m
      GROUP BY m) r
ORDER BY 1;

\echo '== training/serving skew on the shared users (join on user_id)'
SELECT feature, joined, matched, mismatched, training_only, serving_only,
       round(match_rate::numeric, 4) AS match_rate, sample_keys
FROM mlcheck.feature_skew('demo.users_training', 'demo.users_serving', 'user_id',
       ARRAY['age', 'income', 'country', 'device', 'sessions_30d', 'avg_order_value', 'is_premium']);

\echo '== distribution skew (TFDV style): L-infinity for categorical, Jensen-Shannon for numeric features'
SELECT t.column_name, d.method, round(d.statistic::numeric, 4) AS statistic, d.threshold, d.drifted
FROM mlcheck.profile_table('demo.users_training', ARRAY['income', 'sessions_30d', 'country', 'device']) t
JOIN mlcheck.profile_table('demo.users_serving', ARRAY['income', 'sessions_30d', 'country', 'device']) s
  USING (column_name),
     LATERAL mlcheck.drift(t.profile, s.profile,
                           CASE WHEN (mlcheck.summary(t.profile)).kind = 'numeric' THEN 'js' ELSE 'linf' END) d;
