-- The demo feature store at a glance.
\echo
\echo '== mlcheck'
SELECT mlcheck.version() AS mlcheck_version;
\echo '== demo feature store'
SELECT table_name, rows FROM (
	SELECT 'demo.users_training' AS table_name, count(*) AS rows FROM demo.users_training
	UNION ALL SELECT 'demo.users_serving', count(*) FROM demo.users_serving
	UNION ALL SELECT 'demo.predictions', count(*) FROM demo.predictions
	UNION ALL SELECT 'demo.serving_requests', count(*) FROM demo.serving_requests
	UNION ALL SELECT 'demo.offline_scores', count(*) FROM demo.offline_scores) t;
