-- load.sql: the bundled demo feature store (demo/data/*.csv, made by demo/generate.py) into schema
-- demo. Run with psql from the repository root. Serving timestamps are moved so that the newest
-- request is two minutes old, as in a live system.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS demo CASCADE;
CREATE SCHEMA demo;

CREATE TABLE demo.users_training (
	user_id bigint PRIMARY KEY,
	snapshot_date date NOT NULL,
	age int,
	income float8,
	country text,
	device text,
	sessions_30d int,
	avg_order_value float8,
	is_premium bool,
	embedding float8[],
	churned bool
);
CREATE TABLE demo.users_serving (
	user_id bigint,
	served_at timestamptz NOT NULL,
	age int,
	income float8,
	country text,
	device text,
	sessions_30d int,
	avg_order_value float8,
	is_premium bool,
	embedding float8[]
);
CREATE TABLE demo.predictions (
	example_id bigint,
	model_version text,
	segment text,
	score float8,
	label bool,
	PRIMARY KEY (model_version, example_id)
);
CREATE TABLE demo.serving_requests (
	request_id bigint PRIMARY KEY,
	user_id bigint,
	requested_at timestamptz NOT NULL,
	latency_ms float8,
	status int,
	model_version text,
	score_online float8
);
CREATE TABLE demo.offline_scores (
	request_id bigint PRIMARY KEY,
	score_offline float8
);

\copy demo.users_training FROM 'demo/data/users_training.csv' WITH (FORMAT csv, HEADER)
\copy demo.users_serving FROM 'demo/data/users_serving.csv' WITH (FORMAT csv, HEADER)
\copy demo.predictions FROM 'demo/data/predictions.csv' WITH (FORMAT csv, HEADER)
\copy demo.serving_requests FROM 'demo/data/serving_requests.csv' WITH (FORMAT csv, HEADER)
\copy demo.offline_scores FROM 'demo/data/offline_scores.csv' WITH (FORMAT csv, HEADER)

UPDATE demo.serving_requests
SET requested_at = requested_at
	+ (now() - interval '2 minutes' - (SELECT max(requested_at) FROM demo.serving_requests));
UPDATE demo.users_serving
SET served_at = served_at
	+ (now() - interval '2 minutes' - (SELECT max(served_at) FROM demo.users_serving));
ANALYZE;
