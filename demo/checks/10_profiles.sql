-- Profiles of the demo feature store: one scan per table profiles every supported column.
\echo
\echo '== profiles: demo.users_training and demo.users_serving (one scan each)'
SELECT t.table_name, p.column_name, s.kind, s.exact, s.row_count, round(s.null_fraction::numeric, 3) AS null_frac,
       s.distinct_estimate AS distinct, round(s.minimum::numeric, 2) AS min, round(s.maximum::numeric, 2) AS max,
       round(s.mean::numeric, 2) AS mean, round(s.sample_stddev::numeric, 2) AS stddev,
       round(s.true_fraction::numeric, 3) AS true_frac, s.size_bytes
FROM (VALUES ('demo.users_training'::regclass), ('demo.users_serving'::regclass)) t(table_name),
     LATERAL mlcheck.profile_table(t.table_name, ARRAY['age', 'income', 'country', 'device', 'sessions_30d',
                                                        'avg_order_value', 'is_premium']) p,
     LATERAL mlcheck.summary(p.profile) s
ORDER BY p.column_name, t.table_name;

\echo '== income quantiles, training vs serving (new users earn more)'
SELECT q AS quantile,
       round(mlcheck.quantile((SELECT mlcheck.profile(income) FROM demo.users_training), q)::numeric, 0) AS training,
       round(mlcheck.quantile((SELECT mlcheck.profile(income) FROM demo.users_serving), q)::numeric, 0) AS serving
FROM unnest(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) q;

\echo '== country mix, training vs serving (XX is outside the training domain)'
SELECT coalesce(tr.value, sv.value) AS country, tr.count AS training, round(tr.fraction::numeric, 3) AS training_frac,
       sv.count AS serving, round(sv.fraction::numeric, 3) AS serving_frac
FROM mlcheck.top_values((SELECT mlcheck.profile(country) FROM demo.users_training), 20) tr
FULL JOIN mlcheck.top_values((SELECT mlcheck.profile(country) FROM demo.users_serving), 20) sv USING (value)
ORDER BY coalesce(tr.count, 0) DESC, country;
