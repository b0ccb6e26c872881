-- pgTAP: hostile input for src/metrics*.c (drafted by test/reliability/hostile_gen.py, reviewed).
-- Each case: a documented result, or an error with its SQLSTATE; the server never restarts.
BEGIN;
SELECT plan(552);
CREATE TEMP TABLE hostile_t (id int, x float8, y float8, b bool, n int8, t text, u text,
                             v float8[], r real[]);
INSERT INTO hostile_t VALUES
  (1, 0.1, 0.2, true, 1, 'a', 'a', '{1,2}', '{1,2}'), (2, 0.4, 0.9, false, 0, 'b', 'a', '{2,3}', '{2,3}'),
  (3, 0.35, 0.5, true, 1, 'a', 'b', '{3,5}', '{3,5}'), (4, 0.8, 0.1, false, 0, 'c', 'b', '{4,4}', '{4,4}'),
  (5, 0.65, 0.7, true, 1, 'b', 'c', '{5,1}', '{5,1}'), (6, 0.2, 0.3, false, 0, 'a', 'c', '{6,2}', '{6,2}');
CREATE TEMP TABLE hostile_empty (LIKE hostile_t);
CREATE TEMP TABLE hostile_one AS SELECT * FROM hostile_t WHERE id = 1;
-- runs one statement of a VOLATILE function and undoes its effects: 'ok' or 'error:<SQLSTATE>'
CREATE FUNCTION pg_temp.hostile_try(sql text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
	BEGIN
		EXECUTE sql;
		RAISE EXCEPTION 'hostile_try rollback';
	EXCEPTION WHEN OTHERS THEN
		IF SQLSTATE = 'P0001' AND SQLERRM = 'hostile_try rollback' THEN
			RETURN 'ok';
		END IF;
		RETURN 'error:' || SQLSTATE;
	END;
END
$f$;
CREATE AGGREGATE public.rel_state_0(double precision, bigint) (SFUNC = mlcheck.binary_add, STYPE = mlcheck.metric_state); -- the state of mlcheck.binary_metrics(double precision,bigint)
CREATE AGGREGATE public.rel_state_2(double precision, boolean) (SFUNC = mlcheck.binary_add, STYPE = mlcheck.metric_state); -- the state of mlcheck.binary_metrics(double precision,boolean)
CREATE AGGREGATE public.rel_state_4(text, text) (SFUNC = mlcheck.classes_add, STYPE = mlcheck.metric_state); -- the state of mlcheck.classification_metrics(text,text)

-- covers: mlcheck.binary_metrics(double precision,bigint)
SELECT is(md5((SELECT mlcheck.binary_metrics(x, n)::text FROM hostile_t )), 'c4c2b5ddda4126560ae7b161205344d5',
    'mlcheck.binary_metrics(double precision,bigint): sample of six rows (md5 of 396 characters)');
SELECT is((SELECT mlcheck.binary_metrics(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.binary_metrics(double precision,bigint): no rows: NULL');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, n)::text FROM hostile_one )), 'e4e7d431a9bede9449c28e0d342a43b2',
    'mlcheck.binary_metrics(double precision,bigint): one row (md5 of 318 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(NULL::double precision, n)::text FROM hostile_t )), 'f143b0554c8df008ec907fd573bf9117',
    'mlcheck.binary_metrics(double precision,bigint): NULL in argument 1 (double precision) on every row (md5 of 320 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t )), '997bfb7df7897485683ef318eac91775',
    'mlcheck.binary_metrics(double precision,bigint): NULL in argument 1 on one row (md5 of 387 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t )), 'ae4570c042558146e7cd386c4ab9cd39',
    'mlcheck.binary_metrics(double precision,bigint): Infinity in argument 1 on one row (md5 of 431 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t )), '40ee2d890fc1b18d61ffda45650047f7',
    'mlcheck.binary_metrics(double precision,bigint): -Infinity in argument 1 on one row (md5 of 369 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, NULL::bigint)::text FROM hostile_t )), 'f143b0554c8df008ec907fd573bf9117',
    'mlcheck.binary_metrics(double precision,bigint): NULL in argument 2 (bigint) on every row (md5 of 320 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t )), '997bfb7df7897485683ef318eac91775',
    'mlcheck.binary_metrics(double precision,bigint): NULL in argument 2 on one row (md5 of 387 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, 0::bigint)::text FROM hostile_t )), 'a2106164beade82de8a9b84cf934c8ff',
    'mlcheck.binary_metrics(double precision,bigint): argument 2 = 0 (md5 of 380 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.binary_metrics(double precision,bigint,double precision)
SELECT is(md5((SELECT mlcheck.binary_metrics(x, n, 1::float8)::text FROM hostile_t )), '58e69d630229b8ce59e42889d543ce9c',
    'mlcheck.binary_metrics(double precision,bigint,double precision): sample of six rows (md5 of 362 characters)');
SELECT is((SELECT mlcheck.binary_metrics(x, n, 1::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): no rows: NULL');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, n, 1::float8)::text FROM hostile_one )), 'a1d115ec93b7cf0cbba0838150eebfe6',
    'mlcheck.binary_metrics(double precision,bigint,double precision): one row (md5 of 316 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(NULL::double precision, n, 1::float8)::text FROM hostile_t )), '199dbfb7da281f7e573df8ff080a16d5',
    'mlcheck.binary_metrics(double precision,bigint,double precision): NULL in argument 1 (double precision) on every row (md5 of 318 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN NULL ELSE x END, n, 1::float8)::text FROM hostile_t )), 'c6405583cdebfeed80410e550648b415',
    'mlcheck.binary_metrics(double precision,bigint,double precision): NULL in argument 1 on one row (md5 of 350 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n, 1::float8)::text FROM hostile_t )), '715a5bdf70eca5c7364f470a8f509be2',
    'mlcheck.binary_metrics(double precision,bigint,double precision): Infinity in argument 1 on one row (md5 of 380 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n, 1::float8)::text FROM hostile_t )), 'a9c48748ab51be1c48caa2d190479f6f',
    'mlcheck.binary_metrics(double precision,bigint,double precision): -Infinity in argument 1 on one row (md5 of 335 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, NULL::bigint, 1::float8)::text FROM hostile_t )), '199dbfb7da281f7e573df8ff080a16d5',
    'mlcheck.binary_metrics(double precision,bigint,double precision): NULL in argument 2 (bigint) on every row (md5 of 318 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, CASE WHEN id = 3 THEN NULL ELSE n END, 1::float8)::text FROM hostile_t )), 'c6405583cdebfeed80410e550648b415',
    'mlcheck.binary_metrics(double precision,bigint,double precision): NULL in argument 2 on one row (md5 of 350 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, 0::bigint, 1::float8)::text FROM hostile_t )), '6daa12ee79cdd18c51d409f220de5e04',
    'mlcheck.binary_metrics(double precision,bigint,double precision): argument 2 = 0 (md5 of 350 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, -1::bigint, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, 2147483647::bigint, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): argument 2 = 2147483647: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, n, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): NULL in argument 3 (double precision) on every row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, n, CASE WHEN id = 3 THEN NULL ELSE 1::float8 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): NULL in argument 3 on one row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, n, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): NaN in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, n, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): Infinity in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, n, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,bigint,double precision): -Infinity in argument 3 on one row: 22023 threshold must be finite');

-- covers: mlcheck.binary_metrics(double precision,boolean)
SELECT is(md5((SELECT mlcheck.binary_metrics(x, b)::text FROM hostile_t )), 'c4c2b5ddda4126560ae7b161205344d5',
    'mlcheck.binary_metrics(double precision,boolean): sample of six rows (md5 of 396 characters)');
SELECT is((SELECT mlcheck.binary_metrics(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.binary_metrics(double precision,boolean): no rows: NULL');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, b)::text FROM hostile_one )), 'e4e7d431a9bede9449c28e0d342a43b2',
    'mlcheck.binary_metrics(double precision,boolean): one row (md5 of 318 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(NULL::double precision, b)::text FROM hostile_t )), 'f143b0554c8df008ec907fd573bf9117',
    'mlcheck.binary_metrics(double precision,boolean): NULL in argument 1 (double precision) on every row (md5 of 320 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t )), '997bfb7df7897485683ef318eac91775',
    'mlcheck.binary_metrics(double precision,boolean): NULL in argument 1 on one row (md5 of 387 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,boolean): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t )), 'ae4570c042558146e7cd386c4ab9cd39',
    'mlcheck.binary_metrics(double precision,boolean): Infinity in argument 1 on one row (md5 of 431 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t )), '40ee2d890fc1b18d61ffda45650047f7',
    'mlcheck.binary_metrics(double precision,boolean): -Infinity in argument 1 on one row (md5 of 369 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, NULL::boolean)::text FROM hostile_t )), 'f143b0554c8df008ec907fd573bf9117',
    'mlcheck.binary_metrics(double precision,boolean): NULL in argument 2 (boolean) on every row (md5 of 320 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t )), '997bfb7df7897485683ef318eac91775',
    'mlcheck.binary_metrics(double precision,boolean): NULL in argument 2 on one row (md5 of 387 characters)');

-- covers: mlcheck.binary_metrics(double precision,boolean,double precision)
SELECT is(md5((SELECT mlcheck.binary_metrics(x, b, 1::float8)::text FROM hostile_t )), '58e69d630229b8ce59e42889d543ce9c',
    'mlcheck.binary_metrics(double precision,boolean,double precision): sample of six rows (md5 of 362 characters)');
SELECT is((SELECT mlcheck.binary_metrics(x, b, 1::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): no rows: NULL');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, b, 1::float8)::text FROM hostile_one )), 'a1d115ec93b7cf0cbba0838150eebfe6',
    'mlcheck.binary_metrics(double precision,boolean,double precision): one row (md5 of 316 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(NULL::double precision, b, 1::float8)::text FROM hostile_t )), '199dbfb7da281f7e573df8ff080a16d5',
    'mlcheck.binary_metrics(double precision,boolean,double precision): NULL in argument 1 (double precision) on every row (md5 of 318 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN NULL ELSE x END, b, 1::float8)::text FROM hostile_t )), 'c6405583cdebfeed80410e550648b415',
    'mlcheck.binary_metrics(double precision,boolean,double precision): NULL in argument 1 on one row (md5 of 350 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 1::float8)::text FROM hostile_t )), '715a5bdf70eca5c7364f470a8f509be2',
    'mlcheck.binary_metrics(double precision,boolean,double precision): Infinity in argument 1 on one row (md5 of 380 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 1::float8)::text FROM hostile_t )), 'a9c48748ab51be1c48caa2d190479f6f',
    'mlcheck.binary_metrics(double precision,boolean,double precision): -Infinity in argument 1 on one row (md5 of 335 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, NULL::boolean, 1::float8)::text FROM hostile_t )), '199dbfb7da281f7e573df8ff080a16d5',
    'mlcheck.binary_metrics(double precision,boolean,double precision): NULL in argument 2 (boolean) on every row (md5 of 318 characters)');
SELECT is(md5((SELECT mlcheck.binary_metrics(x, CASE WHEN id = 3 THEN NULL ELSE b END, 1::float8)::text FROM hostile_t )), 'c6405583cdebfeed80410e550648b415',
    'mlcheck.binary_metrics(double precision,boolean,double precision): NULL in argument 2 on one row (md5 of 350 characters)');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, b, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): NULL in argument 3 (double precision) on every row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, b, CASE WHEN id = 3 THEN NULL ELSE 1::float8 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): NULL in argument 3 on one row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, b, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): NaN in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, b, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): Infinity in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.binary_metrics(x, b, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.binary_metrics(double precision,boolean,double precision): -Infinity in argument 3 on one row: 22023 threshold must be finite');

-- covers: mlcheck.brier(double precision,bigint)
SELECT is((SELECT mlcheck.brier(x, n)::text FROM hostile_t ), '0.3658333333333334',
    'mlcheck.brier(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.brier(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.brier(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.brier(x, n)::text FROM hostile_one ), '0.81',
    'mlcheck.brier(double precision,bigint): one row');
SELECT is((SELECT mlcheck.brier(NULL::double precision, n)::text FROM hostile_t ), NULL,
    'mlcheck.brier(double precision,bigint): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.brier(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '0.35450000000000004',
    'mlcheck.brier(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.brier(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.brier(double precision,bigint): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.brier(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.brier(double precision,bigint): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.brier(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.brier(double precision,bigint): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.brier(x, NULL::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.brier(double precision,bigint): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.brier(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '0.35450000000000004',
    'mlcheck.brier(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.brier(x, 0::bigint)::text FROM hostile_t ), '0.23250000000000004',
    'mlcheck.brier(double precision,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.brier(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.brier(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.brier(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.brier(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.brier(double precision,boolean)
SELECT is((SELECT mlcheck.brier(x, b)::text FROM hostile_t ), '0.3658333333333334',
    'mlcheck.brier(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.brier(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.brier(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.brier(x, b)::text FROM hostile_one ), '0.81',
    'mlcheck.brier(double precision,boolean): one row');
SELECT is((SELECT mlcheck.brier(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.brier(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.brier(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '0.35450000000000004',
    'mlcheck.brier(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.brier(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.brier(double precision,boolean): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.brier(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.brier(double precision,boolean): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.brier(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.brier(double precision,boolean): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.brier(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.brier(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.brier(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '0.35450000000000004',
    'mlcheck.brier(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.calibration_error(double precision,bigint)
SELECT is((SELECT mlcheck.calibration_error(x, n)::text FROM hostile_t ), '0.4166666666666667',
    'mlcheck.calibration_error(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.calibration_error(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_error(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, n)::text FROM hostile_one ), '0.9',
    'mlcheck.calibration_error(double precision,bigint): one row');
SELECT is((SELECT mlcheck.calibration_error(NULL::double precision, n)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,bigint): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '0.53',
    'mlcheck.calibration_error(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,bigint): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,bigint): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_error(x, NULL::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,bigint): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '0.53',
    'mlcheck.calibration_error(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.calibration_error(x, 0::bigint)::text FROM hostile_t ), '0.4166666666666667',
    'mlcheck.calibration_error(double precision,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.calibration_error(double precision,bigint,integer)
SELECT is((SELECT mlcheck.calibration_error(x, n, 3)::text FROM hostile_t ), '0.35000000000000003',
    'mlcheck.calibration_error(double precision,bigint,integer): sample of six rows');
SELECT is((SELECT mlcheck.calibration_error(x, n, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, n, 3)::text FROM hostile_one ), '0.9',
    'mlcheck.calibration_error(double precision,bigint,integer): one row');
SELECT is((SELECT mlcheck.calibration_error(NULL::double precision, n, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN NULL ELSE x END, n, 3)::text FROM hostile_t ), '0.31',
    'mlcheck.calibration_error(double precision,bigint,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_error(x, NULL::bigint, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, CASE WHEN id = 3 THEN NULL ELSE n END, 3)::text FROM hostile_t ), '0.31',
    'mlcheck.calibration_error(double precision,bigint,integer): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.calibration_error(x, 0::bigint, 3)::text FROM hostile_t ), '0.4166666666666667',
    'mlcheck.calibration_error(double precision,bigint,integer): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, -1::bigint, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, 2147483647::bigint, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): argument 2 = 2147483647: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, n, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): NULL in argument 3 (integer) on every row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, n, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): NULL in argument 3 on one row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, n, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): argument 3 = 0: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, n, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): argument 3 = -1: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, n, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,bigint,integer): argument 3 = 2147483647: 22023 bins must be between 1 and 10000');

-- covers: mlcheck.calibration_error(double precision,boolean)
SELECT is((SELECT mlcheck.calibration_error(x, b)::text FROM hostile_t ), '0.4166666666666667',
    'mlcheck.calibration_error(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.calibration_error(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_error(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, b)::text FROM hostile_one ), '0.9',
    'mlcheck.calibration_error(double precision,boolean): one row');
SELECT is((SELECT mlcheck.calibration_error(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '0.53',
    'mlcheck.calibration_error(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,boolean): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,boolean): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,boolean): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_error(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '0.53',
    'mlcheck.calibration_error(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.calibration_error(double precision,boolean,integer)
SELECT is((SELECT mlcheck.calibration_error(x, b, 3)::text FROM hostile_t ), '0.35000000000000003',
    'mlcheck.calibration_error(double precision,boolean,integer): sample of six rows');
SELECT is((SELECT mlcheck.calibration_error(x, b, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, b, 3)::text FROM hostile_one ), '0.9',
    'mlcheck.calibration_error(double precision,boolean,integer): one row');
SELECT is((SELECT mlcheck.calibration_error(NULL::double precision, b, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN NULL ELSE x END, b, 3)::text FROM hostile_t ), '0.31',
    'mlcheck.calibration_error(double precision,boolean,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_error(x, NULL::boolean, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_error(x, CASE WHEN id = 3 THEN NULL ELSE b END, 3)::text FROM hostile_t ), '0.31',
    'mlcheck.calibration_error(double precision,boolean,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, b, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): NULL in argument 3 (integer) on every row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, b, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): NULL in argument 3 on one row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, b, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): argument 3 = 0: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, b, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): argument 3 = -1: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_error(x, b, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_error(double precision,boolean,integer): argument 3 = 2147483647: 22023 bins must be between 1 and 10000');

-- covers: mlcheck.calibration_table(double precision,bigint)
SELECT is((SELECT mlcheck.calibration_table(x, n)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,2,0.375,0.5)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,1)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.calibration_table(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_table(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, n)::text FROM hostile_one ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,0,,)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,0,,)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,0,,)","(8,0.7000000000000001,0.8,0,,)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,bigint): one row');
SELECT is((SELECT mlcheck.calibration_table(NULL::double precision, n)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,bigint): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,1,0.4,0)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,1)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,bigint): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,bigint): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_table(x, NULL::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,bigint): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,1,0.4,0)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,1)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.calibration_table(x, 0::bigint)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,0)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,2,0.375,0)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,0)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.calibration_table(double precision,bigint,integer)
SELECT is((SELECT mlcheck.calibration_table(x, n, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0.5)","(2,0.3333333333333333,0.6666666666666666,3,0.4666666666666666,0.6666666666666666)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,bigint,integer): sample of six rows');
SELECT is((SELECT mlcheck.calibration_table(x, n, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, n, 3)::text FROM hostile_one ), '{"(1,0,0.3333333333333333,1,0.1,1)","(2,0.3333333333333333,0.6666666666666666,0,,)","(3,0.6666666666666666,1,0,,)"}',
    'mlcheck.calibration_table(double precision,bigint,integer): one row');
SELECT is((SELECT mlcheck.calibration_table(NULL::double precision, n, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN NULL ELSE x END, n, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0.5)","(2,0.3333333333333333,0.6666666666666666,2,0.525,0.5)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,bigint,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_table(x, NULL::bigint, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, CASE WHEN id = 3 THEN NULL ELSE n END, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0.5)","(2,0.3333333333333333,0.6666666666666666,2,0.525,0.5)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,bigint,integer): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.calibration_table(x, 0::bigint, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0)","(2,0.3333333333333333,0.6666666666666666,3,0.4666666666666666,0)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,bigint,integer): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, -1::bigint, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, 2147483647::bigint, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): argument 2 = 2147483647: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, n, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): NULL in argument 3 (integer) on every row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, n, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): NULL in argument 3 on one row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, n, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): argument 3 = 0: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, n, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): argument 3 = -1: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, n, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,bigint,integer): argument 3 = 2147483647: 22023 bins must be between 1 and 10000');

-- covers: mlcheck.calibration_table(double precision,boolean)
SELECT is((SELECT mlcheck.calibration_table(x, b)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,2,0.375,0.5)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,1)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.calibration_table(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_table(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, b)::text FROM hostile_one ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,0,,)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,0,,)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,0,,)","(8,0.7000000000000001,0.8,0,,)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,boolean): one row');
SELECT is((SELECT mlcheck.calibration_table(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,1,0.4,0)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,1)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,boolean): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,boolean): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,boolean): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_table(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '{"(1,0,0.1,1,0.1,1)","(2,0.1,0.2,1,0.2,0)","(3,0.2,0.30000000000000004,0,,)","(4,0.30000000000000004,0.4,1,0.4,0)","(5,0.4,0.5,0,,)","(6,0.5,0.6000000000000001,0,,)","(7,0.6000000000000001,0.7000000000000001,1,0.65,1)","(8,0.7000000000000001,0.8,1,0.8,0)","(9,0.8,0.9,0,,)","(10,0.9,1,0,,)"}',
    'mlcheck.calibration_table(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.calibration_table(double precision,boolean,integer)
SELECT is((SELECT mlcheck.calibration_table(x, b, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0.5)","(2,0.3333333333333333,0.6666666666666666,3,0.4666666666666666,0.6666666666666666)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,boolean,integer): sample of six rows');
SELECT is((SELECT mlcheck.calibration_table(x, b, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): no rows: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, b, 3)::text FROM hostile_one ), '{"(1,0,0.3333333333333333,1,0.1,1)","(2,0.3333333333333333,0.6666666666666666,0,,)","(3,0.6666666666666666,1,0,,)"}',
    'mlcheck.calibration_table(double precision,boolean,integer): one row');
SELECT is((SELECT mlcheck.calibration_table(NULL::double precision, b, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN NULL ELSE x END, b, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0.5)","(2,0.3333333333333333,0.6666666666666666,2,0.525,0.5)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,boolean,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.calibration_table(x, NULL::boolean, 3)::text FROM hostile_t ), NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.calibration_table(x, CASE WHEN id = 3 THEN NULL ELSE b END, 3)::text FROM hostile_t ), '{"(1,0,0.3333333333333333,2,0.15000000000000002,0.5)","(2,0.3333333333333333,0.6666666666666666,2,0.525,0.5)","(3,0.6666666666666666,1,1,0.8,0)"}',
    'mlcheck.calibration_table(double precision,boolean,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, b, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): NULL in argument 3 (integer) on every row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, b, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): NULL in argument 3 on one row: 22004 bins must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, b, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): argument 3 = 0: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, b, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): argument 3 = -1: 22023 bins must be between 1 and 10000');
SELECT throws_ok($q$SELECT mlcheck.calibration_table(x, b, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.calibration_table(double precision,boolean,integer): argument 3 = 2147483647: 22023 bins must be between 1 and 10000');

-- covers: mlcheck.classification_metrics(text,text)
SELECT is(md5((SELECT mlcheck.classification_metrics(t, 'a')::text FROM hostile_t )), 'eeda202f00121e989dd67fb18a4bf6d4',
    'mlcheck.classification_metrics(text,text): sample of six rows (md5 of 646 characters)');
SELECT is((SELECT mlcheck.classification_metrics(t, 'a')::text FROM hostile_empty ), NULL,
    'mlcheck.classification_metrics(text,text): no rows: NULL');
SELECT is(md5((SELECT mlcheck.classification_metrics(t, 'a')::text FROM hostile_one )), '1a32cd302ec33de56f947f018360541c',
    'mlcheck.classification_metrics(text,text): one row (md5 of 380 characters)');
SELECT is((SELECT mlcheck.classification_metrics(NULL::text, 'a')::text FROM hostile_t ), '{"accuracy": null, "confusion_matrix": {"n": 0, "labels": [], "matrix": [], "skipped": 6}}',
    'mlcheck.classification_metrics(text,text): NULL in argument 1 (text) on every row');
SELECT is(md5((SELECT mlcheck.classification_metrics(CASE WHEN id = 3 THEN NULL ELSE t END, 'a')::text FROM hostile_t )), '498f217490989c8dd659985d5bd0d3b1',
    'mlcheck.classification_metrics(text,text): NULL in argument 1 on one row (md5 of 661 characters)');
SELECT is(md5((SELECT mlcheck.classification_metrics(CASE WHEN id = 3 THEN '' ELSE t END, 'a')::text FROM hostile_t )), '72e5900f647259a8b2d1f5e81a424788',
    'mlcheck.classification_metrics(text,text): argument 1 = '''' on one row (md5 of 770 characters)');
SELECT throws_ok($q$SELECT mlcheck.classification_metrics(CASE WHEN id = 3 THEN repeat('x', 100000) ELSE t END, 'a')::text FROM hostile_t $q$, '54000', NULL,
    'mlcheck.classification_metrics(text,text): argument 1 = repeat(''x'', 100000) on one row: 54000 class labels of classification_metrics are limited to 1024 bytes');
SELECT is((SELECT mlcheck.classification_metrics(t, NULL::text)::text FROM hostile_t ), '{"accuracy": null, "confusion_matrix": {"n": 0, "labels": [], "matrix": [], "skipped": 6}}',
    'mlcheck.classification_metrics(text,text): NULL in argument 2 (text) on every row');
SELECT is(md5((SELECT mlcheck.classification_metrics(t, CASE WHEN id = 3 THEN NULL ELSE 'a' END)::text FROM hostile_t )), '498f217490989c8dd659985d5bd0d3b1',
    'mlcheck.classification_metrics(text,text): NULL in argument 2 on one row (md5 of 661 characters)');
SELECT is(md5((SELECT mlcheck.classification_metrics(t, CASE WHEN id = 3 THEN '' ELSE 'a' END)::text FROM hostile_t )), '4221f3e38f2655d665c9f112d7963529',
    'mlcheck.classification_metrics(text,text): argument 2 = '''' on one row (md5 of 803 characters)');
SELECT throws_ok($q$SELECT mlcheck.classification_metrics(t, CASE WHEN id = 3 THEN repeat('x', 100000) ELSE 'a' END)::text FROM hostile_t $q$, '54000', NULL,
    'mlcheck.classification_metrics(text,text): argument 2 = repeat(''x'', 100000) on one row: 54000 class labels of classification_metrics are limited to 1024 bytes');

-- covers: mlcheck.confusion(double precision,bigint,double precision)
SELECT is((SELECT mlcheck.confusion(x, n, 1::float8)::text FROM hostile_t ), '(0,0,3,3,0.5,,0,1,0,,1,0)',
    'mlcheck.confusion(double precision,bigint,double precision): sample of six rows');
SELECT is((SELECT mlcheck.confusion(x, n, 1::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.confusion(double precision,bigint,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.confusion(x, n, 1::float8)::text FROM hostile_one ), '(0,0,0,1,0,,0,,0,,1,0)',
    'mlcheck.confusion(double precision,bigint,double precision): one row');
SELECT is((SELECT mlcheck.confusion(NULL::double precision, n, 1::float8)::text FROM hostile_t ), '(0,0,0,0,,,,,,,1,6)',
    'mlcheck.confusion(double precision,bigint,double precision): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.confusion(CASE WHEN id = 3 THEN NULL ELSE x END, n, 1::float8)::text FROM hostile_t ), '(0,0,3,2,0.6,,0,1,0,,1,1)',
    'mlcheck.confusion(double precision,bigint,double precision): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.confusion(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.confusion(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n, 1::float8)::text FROM hostile_t ), '(1,0,3,2,0.6666666666666666,1,0.3333333333333333,1,0.5,0.4472135954999579,1,0)',
    'mlcheck.confusion(double precision,bigint,double precision): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.confusion(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n, 1::float8)::text FROM hostile_t ), '(0,0,3,3,0.5,,0,1,0,,1,0)',
    'mlcheck.confusion(double precision,bigint,double precision): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.confusion(x, NULL::bigint, 1::float8)::text FROM hostile_t ), '(0,0,0,0,,,,,,,1,6)',
    'mlcheck.confusion(double precision,bigint,double precision): NULL in argument 2 (bigint) on every row');
SELECT is((SELECT mlcheck.confusion(x, CASE WHEN id = 3 THEN NULL ELSE n END, 1::float8)::text FROM hostile_t ), '(0,0,3,2,0.6,,0,1,0,,1,1)',
    'mlcheck.confusion(double precision,bigint,double precision): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.confusion(x, 0::bigint, 1::float8)::text FROM hostile_t ), '(0,0,6,0,1,,,1,,,1,0)',
    'mlcheck.confusion(double precision,bigint,double precision): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, -1::bigint, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, 2147483647::bigint, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): argument 2 = 2147483647: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, n, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): NULL in argument 3 (double precision) on every row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, n, CASE WHEN id = 3 THEN NULL ELSE 1::float8 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): NULL in argument 3 on one row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, n, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): NaN in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, n, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): Infinity in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, n, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,bigint,double precision): -Infinity in argument 3 on one row: 22023 threshold must be finite');

-- covers: mlcheck.confusion(double precision,boolean,double precision)
SELECT is((SELECT mlcheck.confusion(x, b, 1::float8)::text FROM hostile_t ), '(0,0,3,3,0.5,,0,1,0,,1,0)',
    'mlcheck.confusion(double precision,boolean,double precision): sample of six rows');
SELECT is((SELECT mlcheck.confusion(x, b, 1::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.confusion(double precision,boolean,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.confusion(x, b, 1::float8)::text FROM hostile_one ), '(0,0,0,1,0,,0,,0,,1,0)',
    'mlcheck.confusion(double precision,boolean,double precision): one row');
SELECT is((SELECT mlcheck.confusion(NULL::double precision, b, 1::float8)::text FROM hostile_t ), '(0,0,0,0,,,,,,,1,6)',
    'mlcheck.confusion(double precision,boolean,double precision): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.confusion(CASE WHEN id = 3 THEN NULL ELSE x END, b, 1::float8)::text FROM hostile_t ), '(0,0,3,2,0.6,,0,1,0,,1,1)',
    'mlcheck.confusion(double precision,boolean,double precision): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.confusion(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,boolean,double precision): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.confusion(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 1::float8)::text FROM hostile_t ), '(1,0,3,2,0.6666666666666666,1,0.3333333333333333,1,0.5,0.4472135954999579,1,0)',
    'mlcheck.confusion(double precision,boolean,double precision): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.confusion(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 1::float8)::text FROM hostile_t ), '(0,0,3,3,0.5,,0,1,0,,1,0)',
    'mlcheck.confusion(double precision,boolean,double precision): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.confusion(x, NULL::boolean, 1::float8)::text FROM hostile_t ), '(0,0,0,0,,,,,,,1,6)',
    'mlcheck.confusion(double precision,boolean,double precision): NULL in argument 2 (boolean) on every row');
SELECT is((SELECT mlcheck.confusion(x, CASE WHEN id = 3 THEN NULL ELSE b END, 1::float8)::text FROM hostile_t ), '(0,0,3,2,0.6,,0,1,0,,1,1)',
    'mlcheck.confusion(double precision,boolean,double precision): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, b, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.confusion(double precision,boolean,double precision): NULL in argument 3 (double precision) on every row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, b, CASE WHEN id = 3 THEN NULL ELSE 1::float8 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.confusion(double precision,boolean,double precision): NULL in argument 3 on one row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, b, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,boolean,double precision): NaN in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, b, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,boolean,double precision): Infinity in argument 3 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.confusion(x, b, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.confusion(double precision,boolean,double precision): -Infinity in argument 3 on one row: 22023 threshold must be finite');

-- covers: mlcheck.estimate_performance(double precision)
SELECT is(md5((SELECT mlcheck.estimate_performance(x)::text FROM hostile_t )), 'ded6d5a38340c673f0c632fada2db63a',
    'mlcheck.estimate_performance(double precision): sample of six rows (md5 of 371 characters)');
SELECT is((SELECT mlcheck.estimate_performance(x)::text FROM hostile_empty ), NULL,
    'mlcheck.estimate_performance(double precision): no rows: NULL');
SELECT is((SELECT mlcheck.estimate_performance(x)::text FROM hostile_one ), '{"n": 1, "f1": 0, "recall": 0, "roc_auc": 0.5, "skipped": 0, "accuracy": 0.9, "precision": null, "threshold": 0.5, "expected_fn": 0.1, "expected_fp": 0, "expected_tn": 0.9, "expected_tp": 0, "specificity": 1, "expected_positive_rate": 0.1}',
    'mlcheck.estimate_performance(double precision): one row');
SELECT is((SELECT mlcheck.estimate_performance(NULL::double precision)::text FROM hostile_t ), '{"n": 0, "f1": null, "recall": null, "roc_auc": null, "skipped": 6, "accuracy": null, "precision": null, "threshold": 0.5, "expected_fn": 0, "expected_fp": 0, "expected_tn": 0, "expected_tp": 0, "specificity": null, "expected_positive_rate": null}',
    'mlcheck.estimate_performance(double precision): NULL in argument 1 (double precision) on every row');
SELECT is(md5((SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN NULL ELSE x END)::text FROM hostile_t )), 'ed918866e5724688bba1e22d372410ed',
    'mlcheck.estimate_performance(double precision): NULL in argument 1 on one row (md5 of 385 characters)');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.estimate_performance(double precision): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.estimate_performance(double precision): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.estimate_performance(double precision): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');

-- covers: mlcheck.estimate_performance(double precision,double precision)
SELECT is((SELECT mlcheck.estimate_performance(x, 1::float8)::text FROM hostile_t ), '{"n": 6, "f1": 0, "recall": 0, "roc_auc": 0.78, "skipped": 0, "accuracy": 0.5833333333333334, "precision": null, "threshold": 1, "expected_fn": 2.5, "expected_fp": 0, "expected_tn": 3.5, "expected_tp": 0, "specificity": 1, "expected_positive_rate": 0.4166666666666667}',
    'mlcheck.estimate_performance(double precision,double precision): sample of six rows');
SELECT is((SELECT mlcheck.estimate_performance(x, 1::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.estimate_performance(double precision,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.estimate_performance(x, 1::float8)::text FROM hostile_one ), '{"n": 1, "f1": 0, "recall": 0, "roc_auc": 0.5, "skipped": 0, "accuracy": 0.9, "precision": null, "threshold": 1, "expected_fn": 0.1, "expected_fp": 0, "expected_tn": 0.9, "expected_tp": 0, "specificity": 1, "expected_positive_rate": 0.1}',
    'mlcheck.estimate_performance(double precision,double precision): one row');
SELECT is((SELECT mlcheck.estimate_performance(NULL::double precision, 1::float8)::text FROM hostile_t ), '{"n": 0, "f1": null, "recall": null, "roc_auc": null, "skipped": 6, "accuracy": null, "precision": null, "threshold": 1, "expected_fn": 0, "expected_fp": 0, "expected_tn": 0, "expected_tp": 0, "specificity": null, "expected_positive_rate": null}',
    'mlcheck.estimate_performance(double precision,double precision): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN NULL ELSE x END, 1::float8)::text FROM hostile_t ), '{"n": 5, "f1": 0, "recall": 0, "roc_auc": 0.8019175846593228, "skipped": 1, "accuracy": 0.5700000000000001, "precision": null, "threshold": 1, "expected_fn": 2.15, "expected_fp": 0, "expected_tn": 2.85, "expected_tp": 0, "specificity": 1, "expected_positive_rate": 0.43}',
    'mlcheck.estimate_performance(double precision,double precision): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, 1::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.estimate_performance(double precision,double precision): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, 1::float8)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.estimate_performance(double precision,double precision): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, 1::float8)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.estimate_performance(double precision,double precision): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(x, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.estimate_performance(double precision,double precision): NULL in argument 2 (double precision) on every row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(x, CASE WHEN id = 3 THEN NULL ELSE 1::float8 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.estimate_performance(double precision,double precision): NULL in argument 2 on one row: 22004 threshold must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(x, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.estimate_performance(double precision,double precision): NaN in argument 2 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(x, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.estimate_performance(double precision,double precision): Infinity in argument 2 on one row: 22023 threshold must be finite');
SELECT throws_ok($q$SELECT mlcheck.estimate_performance(x, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 1::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.estimate_performance(double precision,double precision): -Infinity in argument 2 on one row: 22023 threshold must be finite');

-- covers: mlcheck.log_loss(double precision,bigint)
SELECT is((SELECT mlcheck.log_loss(x, n)::text FROM hostile_t ), '1.0210995368499132',
    'mlcheck.log_loss(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.log_loss(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.log_loss(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.log_loss(x, n)::text FROM hostile_one ), '2.3025850929940455',
    'mlcheck.log_loss(double precision,bigint): one row');
SELECT is((SELECT mlcheck.log_loss(NULL::double precision, n)::text FROM hostile_t ), NULL,
    'mlcheck.log_loss(double precision,bigint): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '1.0153550193201601',
    'mlcheck.log_loss(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.log_loss(double precision,bigint): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.log_loss(double precision,bigint): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.log_loss(double precision,bigint): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.log_loss(x, NULL::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.log_loss(double precision,bigint): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.log_loss(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '1.0153550193201601',
    'mlcheck.log_loss(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.log_loss(x, 0::bigint)::text FROM hostile_t ), '0.65489544062721',
    'mlcheck.log_loss(double precision,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.log_loss(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.log_loss(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.log_loss(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.log_loss(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.log_loss(double precision,boolean)
SELECT is((SELECT mlcheck.log_loss(x, b)::text FROM hostile_t ), '1.0210995368499132',
    'mlcheck.log_loss(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.log_loss(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.log_loss(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.log_loss(x, b)::text FROM hostile_one ), '2.3025850929940455',
    'mlcheck.log_loss(double precision,boolean): one row');
SELECT is((SELECT mlcheck.log_loss(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.log_loss(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '1.0153550193201601',
    'mlcheck.log_loss(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.log_loss(double precision,boolean): NaN in argument 1 on one row: 22023 probability must not be NaN');
SELECT throws_ok($q$SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.log_loss(double precision,boolean): Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT throws_ok($q$SELECT mlcheck.log_loss(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22003', NULL,
    'mlcheck.log_loss(double precision,boolean): -Infinity in argument 1 on one row: 22003 probability must lie in [0, 1]');
SELECT is((SELECT mlcheck.log_loss(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.log_loss(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.log_loss(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '1.0153550193201601',
    'mlcheck.log_loss(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.ndcg(double precision,boolean)
SELECT is((SELECT mlcheck.ndcg(x, b)::text FROM hostile_t ), '0.6653497124326151',
    'mlcheck.ndcg(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.ndcg(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.ndcg(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.ndcg(x, b)::text FROM hostile_one ), '1',
    'mlcheck.ndcg(double precision,boolean): one row');
SELECT is((SELECT mlcheck.ndcg(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '0.6240505200038378',
    'mlcheck.ndcg(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg(double precision,boolean): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '0.8710785440003371',
    'mlcheck.ndcg(double precision,boolean): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '0.6447841584694202',
    'mlcheck.ndcg(double precision,boolean): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '0.6240505200038378',
    'mlcheck.ndcg(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.ndcg(double precision,double precision)
SELECT is((SELECT mlcheck.ndcg(x, y)::text FROM hostile_t ), '0.7603076208976106',
    'mlcheck.ndcg(double precision,double precision): sample of six rows');
SELECT is((SELECT mlcheck.ndcg(x, y)::text FROM hostile_empty ), NULL,
    'mlcheck.ndcg(double precision,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.ndcg(x, y)::text FROM hostile_one ), '1',
    'mlcheck.ndcg(double precision,double precision): one row');
SELECT is((SELECT mlcheck.ndcg(NULL::double precision, y)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg(double precision,double precision): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN NULL ELSE x END, y)::text FROM hostile_t ), '0.7412592277622311',
    'mlcheck.ndcg(double precision,double precision): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, y)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg(double precision,double precision): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, y)::text FROM hostile_t ), '0.8114094137153096',
    'mlcheck.ndcg(double precision,double precision): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, y)::text FROM hostile_t ), '0.7505148437160676',
    'mlcheck.ndcg(double precision,double precision): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg(x, NULL::double precision)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg(double precision,double precision): NULL in argument 2 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg(x, CASE WHEN id = 3 THEN NULL ELSE y END)::text FROM hostile_t ), '0.7412592277622311',
    'mlcheck.ndcg(double precision,double precision): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg(x, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE y END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg(double precision,double precision): NaN in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.ndcg(x, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE y END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg(double precision,double precision): Infinity in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.ndcg(x, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE y END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg(double precision,double precision): -Infinity in argument 2 on one row: 22023 relevance must be a finite number >= 0');

-- covers: mlcheck.ndcg_at_k(double precision,boolean,integer)
SELECT is((SELECT mlcheck.ndcg_at_k(x, b, 3)::text FROM hostile_t ), '0.2960819109658653',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): sample of six rows');
SELECT is((SELECT mlcheck.ndcg_at_k(x, b, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): no rows: NULL');
SELECT is((SELECT mlcheck.ndcg_at_k(x, b, 3)::text FROM hostile_one ), '1',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): one row');
SELECT is((SELECT mlcheck.ndcg_at_k(NULL::double precision, b, 3)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN NULL ELSE x END, b, 3)::text FROM hostile_t ), '0.38685280723454163',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t ), '0.7039180890341348',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t ), '0.2960819109658653',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg_at_k(x, NULL::boolean, 3)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg_at_k(x, CASE WHEN id = 3 THEN NULL ELSE b END, 3)::text FROM hostile_t ), '0.38685280723454163',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, b, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NULL in argument 3 (integer) on every row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, b, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): NULL in argument 3 on one row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, b, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): argument 3 = 0: 22023 k must be at least 1');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, b, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,boolean,integer): argument 3 = -1: 22023 k must be at least 1');
SELECT is((SELECT mlcheck.ndcg_at_k(x, b, 2147483647::integer)::text FROM hostile_t ), '0.6653497124326151',
    'mlcheck.ndcg_at_k(double precision,boolean,integer): argument 3 = 2147483647');

-- covers: mlcheck.ndcg_at_k(double precision,double precision,integer)
SELECT is((SELECT mlcheck.ndcg_at_k(x, y, 3)::text FROM hostile_t ), '0.6230328978985862',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): sample of six rows');
SELECT is((SELECT mlcheck.ndcg_at_k(x, y, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): no rows: NULL');
SELECT is((SELECT mlcheck.ndcg_at_k(x, y, 3)::text FROM hostile_one ), '1',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): one row');
SELECT is((SELECT mlcheck.ndcg_at_k(NULL::double precision, y, 3)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN NULL ELSE x END, y, 3)::text FROM hostile_t ), '0.6648009099837454',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, y, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, y, 3)::text FROM hostile_t ), '0.5736766881159017',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg_at_k(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, y, 3)::text FROM hostile_t ), '0.6230328978985862',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.ndcg_at_k(x, NULL::double precision, 3)::text FROM hostile_t ), NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NULL in argument 2 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.ndcg_at_k(x, CASE WHEN id = 3 THEN NULL ELSE y END, 3)::text FROM hostile_t ), '0.6648009099837454',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE y END, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NaN in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE y END, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): Infinity in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE y END, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): -Infinity in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, y, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NULL in argument 3 (integer) on every row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, y, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): NULL in argument 3 on one row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, y, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): argument 3 = 0: 22023 k must be at least 1');
SELECT throws_ok($q$SELECT mlcheck.ndcg_at_k(x, y, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.ndcg_at_k(double precision,double precision,integer): argument 3 = -1: 22023 k must be at least 1');
SELECT is((SELECT mlcheck.ndcg_at_k(x, y, 2147483647::integer)::text FROM hostile_t ), '0.7603076208976106',
    'mlcheck.ndcg_at_k(double precision,double precision,integer): argument 3 = 2147483647');

-- covers: mlcheck.pr_auc(double precision,bigint)
SELECT is((SELECT mlcheck.pr_auc(x, n)::text FROM hostile_t ), '0.5',
    'mlcheck.pr_auc(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.pr_auc(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.pr_auc(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.pr_auc(x, n)::text FROM hostile_one ), '1',
    'mlcheck.pr_auc(double precision,bigint): one row');
SELECT is((SELECT mlcheck.pr_auc(NULL::double precision, n)::text FROM hostile_t ), NULL,
    'mlcheck.pr_auc(double precision,bigint): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '0.45',
    'mlcheck.pr_auc(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.pr_auc(double precision,bigint): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t ), '0.7222222222222222',
    'mlcheck.pr_auc(double precision,bigint): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t ), '0.4666666666666666',
    'mlcheck.pr_auc(double precision,bigint): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.pr_auc(x, NULL::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.pr_auc(double precision,bigint): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.pr_auc(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '0.45',
    'mlcheck.pr_auc(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.pr_auc(x, 0::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.pr_auc(double precision,bigint): argument 2 = 0: NULL');
SELECT throws_ok($q$SELECT mlcheck.pr_auc(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.pr_auc(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.pr_auc(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.pr_auc(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.pr_auc(double precision,boolean)
SELECT is((SELECT mlcheck.pr_auc(x, b)::text FROM hostile_t ), '0.5',
    'mlcheck.pr_auc(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.pr_auc(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.pr_auc(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.pr_auc(x, b)::text FROM hostile_one ), '1',
    'mlcheck.pr_auc(double precision,boolean): one row');
SELECT is((SELECT mlcheck.pr_auc(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.pr_auc(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '0.45',
    'mlcheck.pr_auc(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.pr_auc(double precision,boolean): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '0.7222222222222222',
    'mlcheck.pr_auc(double precision,boolean): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.pr_auc(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '0.4666666666666666',
    'mlcheck.pr_auc(double precision,boolean): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.pr_auc(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.pr_auc(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.pr_auc(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '0.45',
    'mlcheck.pr_auc(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.precision_at_k(double precision,boolean,integer)
SELECT is((SELECT mlcheck.precision_at_k(x, b, 3)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.precision_at_k(double precision,boolean,integer): sample of six rows');
SELECT is((SELECT mlcheck.precision_at_k(x, b, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): no rows: NULL');
SELECT is((SELECT mlcheck.precision_at_k(x, b, 3)::text FROM hostile_one ), '0.3333333333333333',
    'mlcheck.precision_at_k(double precision,boolean,integer): one row');
SELECT is((SELECT mlcheck.precision_at_k(NULL::double precision, b, 3)::text FROM hostile_t ), NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN NULL ELSE x END, b, 3)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.precision_at_k(double precision,boolean,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t ), '0.6666666666666666',
    'mlcheck.precision_at_k(double precision,boolean,integer): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.precision_at_k(double precision,boolean,integer): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.precision_at_k(x, NULL::boolean, 3)::text FROM hostile_t ), NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.precision_at_k(x, CASE WHEN id = 3 THEN NULL ELSE b END, 3)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.precision_at_k(double precision,boolean,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, b, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): NULL in argument 3 (integer) on every row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, b, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): NULL in argument 3 on one row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, b, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): argument 3 = 0: 22023 k must be at least 1');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, b, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,boolean,integer): argument 3 = -1: 22023 k must be at least 1');
SELECT is((SELECT mlcheck.precision_at_k(x, b, 2147483647::integer)::text FROM hostile_t ), '1.396983862573739e-09',
    'mlcheck.precision_at_k(double precision,boolean,integer): argument 3 = 2147483647');

-- covers: mlcheck.precision_at_k(double precision,double precision,integer)
SELECT is((SELECT mlcheck.precision_at_k(x, y, 3)::text FROM hostile_t ), '1',
    'mlcheck.precision_at_k(double precision,double precision,integer): sample of six rows');
SELECT is((SELECT mlcheck.precision_at_k(x, y, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): no rows: NULL');
SELECT is((SELECT mlcheck.precision_at_k(x, y, 3)::text FROM hostile_one ), '0.3333333333333333',
    'mlcheck.precision_at_k(double precision,double precision,integer): one row');
SELECT is((SELECT mlcheck.precision_at_k(NULL::double precision, y, 3)::text FROM hostile_t ), NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN NULL ELSE x END, y, 3)::text FROM hostile_t ), '1',
    'mlcheck.precision_at_k(double precision,double precision,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, y, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, y, 3)::text FROM hostile_t ), '1',
    'mlcheck.precision_at_k(double precision,double precision,integer): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.precision_at_k(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, y, 3)::text FROM hostile_t ), '1',
    'mlcheck.precision_at_k(double precision,double precision,integer): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.precision_at_k(x, NULL::double precision, 3)::text FROM hostile_t ), NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): NULL in argument 2 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.precision_at_k(x, CASE WHEN id = 3 THEN NULL ELSE y END, 3)::text FROM hostile_t ), '1',
    'mlcheck.precision_at_k(double precision,double precision,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE y END, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): NaN in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE y END, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): Infinity in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE y END, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): -Infinity in argument 2 on one row: 22023 relevance must be a finite number >= 0');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, y, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): NULL in argument 3 (integer) on every row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, y, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): NULL in argument 3 on one row: 22004 k must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, y, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): argument 3 = 0: 22023 k must be at least 1');
SELECT throws_ok($q$SELECT mlcheck.precision_at_k(x, y, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.precision_at_k(double precision,double precision,integer): argument 3 = -1: 22023 k must be at least 1');
SELECT is((SELECT mlcheck.precision_at_k(x, y, 2147483647::integer)::text FROM hostile_t ), '2.793967725147478e-09',
    'mlcheck.precision_at_k(double precision,double precision,integer): argument 3 = 2147483647');

-- covers: mlcheck.regression_metrics(double precision,double precision)
SELECT is((SELECT mlcheck.regression_metrics(x, y)::text FROM hostile_t ), '(6,0.26666666666666666,0.13083333333333336,0.36170890690351176,1.4600529100529098,-0.6526315789473687,-0.03333333333333331,0.7000000000000001,0)',
    'mlcheck.regression_metrics(double precision,double precision): sample of six rows');
SELECT is((SELECT mlcheck.regression_metrics(x, y)::text FROM hostile_empty ), NULL,
    'mlcheck.regression_metrics(double precision,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.regression_metrics(x, y)::text FROM hostile_one ), '(1,0.1,0.010000000000000002,0.1,0.5,,-0.1,0.1,0)',
    'mlcheck.regression_metrics(double precision,double precision): one row');
SELECT is((SELECT mlcheck.regression_metrics(NULL::double precision, y)::text FROM hostile_t ), '(0,,,,,,,,6)',
    'mlcheck.regression_metrics(double precision,double precision): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.regression_metrics(CASE WHEN id = 3 THEN NULL ELSE x END, y)::text FROM hostile_t ), '(5,0.29,0.15250000000000002,0.39051248379533277,1.692063492063492,-0.6154661016949154,-0.00999999999999997,0.7000000000000001,1)',
    'mlcheck.regression_metrics(double precision,double precision): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.regression_metrics(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, y)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.regression_metrics(double precision,double precision): NaN in argument 1 on one row: 22023 prediction must be finite');
SELECT throws_ok($q$SELECT mlcheck.regression_metrics(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, y)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.regression_metrics(double precision,double precision): Infinity in argument 1 on one row: 22023 prediction must be finite');
SELECT throws_ok($q$SELECT mlcheck.regression_metrics(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, y)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.regression_metrics(double precision,double precision): -Infinity in argument 1 on one row: 22023 prediction must be finite');
SELECT is((SELECT mlcheck.regression_metrics(x, NULL::double precision)::text FROM hostile_t ), '(0,,,,,,,,6)',
    'mlcheck.regression_metrics(double precision,double precision): NULL in argument 2 (double precision) on every row');
SELECT is((SELECT mlcheck.regression_metrics(x, CASE WHEN id = 3 THEN NULL ELSE y END)::text FROM hostile_t ), '(5,0.29,0.15250000000000002,0.39051248379533277,1.692063492063492,-0.6154661016949154,-0.00999999999999997,0.7000000000000001,1)',
    'mlcheck.regression_metrics(double precision,double precision): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.regression_metrics(x, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE y END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.regression_metrics(double precision,double precision): NaN in argument 2 on one row: 22023 actual must be finite');
SELECT throws_ok($q$SELECT mlcheck.regression_metrics(x, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE y END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.regression_metrics(double precision,double precision): Infinity in argument 2 on one row: 22023 actual must be finite');
SELECT throws_ok($q$SELECT mlcheck.regression_metrics(x, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE y END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.regression_metrics(double precision,double precision): -Infinity in argument 2 on one row: 22023 actual must be finite');

-- covers: mlcheck.roc_auc(double precision,bigint)
SELECT is((SELECT mlcheck.roc_auc(x, n)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.roc_auc(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.roc_auc(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc(x, n)::text FROM hostile_one ), NULL,
    'mlcheck.roc_auc(double precision,bigint): one row: NULL');
SELECT is((SELECT mlcheck.roc_auc(NULL::double precision, n)::text FROM hostile_t ), NULL,
    'mlcheck.roc_auc(double precision,bigint): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.roc_auc(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc(double precision,bigint): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t ), '0.5555555555555556',
    'mlcheck.roc_auc(double precision,bigint): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t ), '0.2222222222222222',
    'mlcheck.roc_auc(double precision,bigint): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc(x, NULL::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.roc_auc(double precision,bigint): NULL in argument 2 (bigint) on every row: NULL');
SELECT is((SELECT mlcheck.roc_auc(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.roc_auc(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.roc_auc(x, 0::bigint)::text FROM hostile_t ), NULL,
    'mlcheck.roc_auc(double precision,bigint): argument 2 = 0: NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.roc_auc(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.roc_auc(double precision,boolean)
SELECT is((SELECT mlcheck.roc_auc(x, b)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.roc_auc(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.roc_auc(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc(x, b)::text FROM hostile_one ), NULL,
    'mlcheck.roc_auc(double precision,boolean): one row: NULL');
SELECT is((SELECT mlcheck.roc_auc(NULL::double precision, b)::text FROM hostile_t ), NULL,
    'mlcheck.roc_auc(double precision,boolean): NULL in argument 1 (double precision) on every row: NULL');
SELECT is((SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.roc_auc(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc(double precision,boolean): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '0.5555555555555556',
    'mlcheck.roc_auc(double precision,boolean): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '0.2222222222222222',
    'mlcheck.roc_auc(double precision,boolean): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc(x, NULL::boolean)::text FROM hostile_t ), NULL,
    'mlcheck.roc_auc(double precision,boolean): NULL in argument 2 (boolean) on every row: NULL');
SELECT is((SELECT mlcheck.roc_auc(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '0.3333333333333333',
    'mlcheck.roc_auc(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.roc_auc_binned(double precision,bigint)
SELECT is((SELECT mlcheck.roc_auc_binned(x, n)::text FROM hostile_t ), '(0.3333333333333333,0,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint): sample of six rows');
SELECT is((SELECT mlcheck.roc_auc_binned(x, n)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc_binned(double precision,bigint): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc_binned(x, n)::text FROM hostile_one ), '(,,1,0)',
    'mlcheck.roc_auc_binned(double precision,bigint): one row');
SELECT is((SELECT mlcheck.roc_auc_binned(NULL::double precision, n)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,bigint): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN NULL ELSE x END, n)::text FROM hostile_t ), '(0.3333333333333333,0,5,1)',
    'mlcheck.roc_auc_binned(double precision,bigint): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n)::text FROM hostile_t ), '(0.5555555555555556,0,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n)::text FROM hostile_t ), '(0.2222222222222222,0,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, NULL::bigint)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,bigint): NULL in argument 2 (bigint) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, CASE WHEN id = 3 THEN NULL ELSE n END)::text FROM hostile_t ), '(0.3333333333333333,0,5,1)',
    'mlcheck.roc_auc_binned(double precision,bigint): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, 0::bigint)::text FROM hostile_t ), '(,,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, -1::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, 2147483647::bigint)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint): argument 2 = 2147483647: 22023 label must be 0 or 1');

-- covers: mlcheck.roc_auc_binned(double precision,bigint,integer)
SELECT is((SELECT mlcheck.roc_auc_binned(x, n, 3)::text FROM hostile_t ), '(0.3888888888888889,0.16666666666666666,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): sample of six rows');
SELECT is((SELECT mlcheck.roc_auc_binned(x, n, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc_binned(x, n, 3)::text FROM hostile_one ), '(,,1,0)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): one row');
SELECT is((SELECT mlcheck.roc_auc_binned(NULL::double precision, n, 3)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN NULL ELSE x END, n, 3)::text FROM hostile_t ), '(0.3333333333333333,0.16666666666666666,5,1)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n, 3)::text FROM hostile_t ), '(0.5,0.16666666666666666,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n, 3)::text FROM hostile_t ), '(0.2777777777777778,0.16666666666666666,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, NULL::bigint, 3)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NULL in argument 2 (bigint) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, CASE WHEN id = 3 THEN NULL ELSE n END, 3)::text FROM hostile_t ), '(0.3333333333333333,0.16666666666666666,5,1)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NULL in argument 2 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, 0::bigint, 3)::text FROM hostile_t ), '(,,6,0)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer): argument 2 = 0');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, -1::bigint, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, 2147483647::bigint, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): argument 2 = 2147483647: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NULL in argument 3 (integer) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): NULL in argument 3 on one row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): argument 3 = 0: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): argument 3 = -1: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer): argument 3 = 2147483647: 22023 bins must be between 1 and 1000000');

-- covers: mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision)
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): sample of six rows: 22023 lower and upper must be finite with lower < upper');
SELECT is((SELECT mlcheck.roc_auc_binned(x, n, 3, y, 0.5::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc_binned(x, n, 3, y, 0.5::float8)::text FROM hostile_one ), '(,,1,0)',
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(NULL::double precision, n, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 1 (double precision) on every row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN NULL ELSE x END, n, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, n, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NaN in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, n, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): Infinity in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, n, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): -Infinity in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, NULL::bigint, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 2 (bigint) on every row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, CASE WHEN id = 3 THEN NULL ELSE n END, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 2 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, 0::bigint, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): argument 2 = 0: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, -1::bigint, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): argument 2 = -1: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, 2147483647::bigint, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): argument 2 = 2147483647: 22023 label must be 0 or 1');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, NULL::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 3 (integer) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, CASE WHEN id = 3 THEN NULL ELSE 3 END, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 3 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 0::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): argument 3 = 0: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, -1::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): argument 3 = -1: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 2147483647::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): argument 3 = 2147483647: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, NULL::double precision, 0.5::float8)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 4 (double precision) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, CASE WHEN id = 3 THEN NULL ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NaN in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): Infinity in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): -Infinity in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, y, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 5 (double precision) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, y, CASE WHEN id = 3 THEN NULL ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NULL in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, y, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): NaN in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, y, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): Infinity in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, n, 3, y, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,bigint,integer,double precision,double precision): -Infinity in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');

-- covers: mlcheck.roc_auc_binned(double precision,boolean)
SELECT is((SELECT mlcheck.roc_auc_binned(x, b)::text FROM hostile_t ), '(0.3333333333333333,0,6,0)',
    'mlcheck.roc_auc_binned(double precision,boolean): sample of six rows');
SELECT is((SELECT mlcheck.roc_auc_binned(x, b)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc_binned(double precision,boolean): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc_binned(x, b)::text FROM hostile_one ), '(,,1,0)',
    'mlcheck.roc_auc_binned(double precision,boolean): one row');
SELECT is((SELECT mlcheck.roc_auc_binned(NULL::double precision, b)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,boolean): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN NULL ELSE x END, b)::text FROM hostile_t ), '(0.3333333333333333,0,5,1)',
    'mlcheck.roc_auc_binned(double precision,boolean): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '(0.5555555555555556,0,6,0)',
    'mlcheck.roc_auc_binned(double precision,boolean): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b)::text FROM hostile_t ), '(0.2222222222222222,0,6,0)',
    'mlcheck.roc_auc_binned(double precision,boolean): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, NULL::boolean)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,boolean): NULL in argument 2 (boolean) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, CASE WHEN id = 3 THEN NULL ELSE b END)::text FROM hostile_t ), '(0.3333333333333333,0,5,1)',
    'mlcheck.roc_auc_binned(double precision,boolean): NULL in argument 2 on one row');

-- covers: mlcheck.roc_auc_binned(double precision,boolean,integer)
SELECT is((SELECT mlcheck.roc_auc_binned(x, b, 3)::text FROM hostile_t ), '(0.3888888888888889,0.16666666666666666,6,0)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): sample of six rows');
SELECT is((SELECT mlcheck.roc_auc_binned(x, b, 3)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc_binned(x, b, 3)::text FROM hostile_one ), '(,,1,0)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): one row');
SELECT is((SELECT mlcheck.roc_auc_binned(NULL::double precision, b, 3)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NULL in argument 1 (double precision) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN NULL ELSE x END, b, 3)::text FROM hostile_t ), '(0.3333333333333333,0.16666666666666666,5,1)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NULL in argument 1 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 3)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NaN in argument 1 on one row: 22023 score must not be NaN');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t ), '(0.5,0.16666666666666666,6,0)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 3)::text FROM hostile_t ), '(0.2777777777777778,0.16666666666666666,6,0)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): -Infinity in argument 1 on one row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, NULL::boolean, 3)::text FROM hostile_t ), '(,,0,6)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NULL in argument 2 (boolean) on every row');
SELECT is((SELECT mlcheck.roc_auc_binned(x, CASE WHEN id = 3 THEN NULL ELSE b END, 3)::text FROM hostile_t ), '(0.3333333333333333,0.16666666666666666,5,1)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NULL in argument 2 on one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, NULL::integer)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NULL in argument 3 (integer) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, CASE WHEN id = 3 THEN NULL ELSE 3 END)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): NULL in argument 3 on one row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 0::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): argument 3 = 0: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, -1::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): argument 3 = -1: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 2147483647::integer)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer): argument 3 = 2147483647: 22023 bins must be between 1 and 1000000');

-- covers: mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision)
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): sample of six rows: 22023 lower and upper must be finite with lower < upper');
SELECT is((SELECT mlcheck.roc_auc_binned(x, b, 3, y, 0.5::float8)::text FROM hostile_empty ), NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): no rows: NULL');
SELECT is((SELECT mlcheck.roc_auc_binned(x, b, 3, y, 0.5::float8)::text FROM hostile_one ), '(,,1,0)',
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): one row');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(NULL::double precision, b, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 1 (double precision) on every row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN NULL ELSE x END, b, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'NaN'::double precision ELSE x END, b, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NaN in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE x END, b, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): Infinity in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE x END, b, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): -Infinity in argument 1 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, NULL::boolean, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 2 (boolean) on every row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, CASE WHEN id = 3 THEN NULL ELSE b END, 3, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 2 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, NULL::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 3 (integer) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, CASE WHEN id = 3 THEN NULL ELSE 3 END, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 3 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 0::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): argument 3 = 0: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, -1::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): argument 3 = -1: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 2147483647::integer, y, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): argument 3 = 2147483647: 22023 bins must be between 1 and 1000000');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, NULL::double precision, 0.5::float8)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 4 (double precision) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, CASE WHEN id = 3 THEN NULL ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NaN in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): Infinity in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE y END, 0.5::float8)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): -Infinity in argument 4 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, y, NULL::double precision)::text FROM hostile_t $q$, '22004', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 5 (double precision) on every row: 22004 bins, lower and upper must not be NULL');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, y, CASE WHEN id = 3 THEN NULL ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NULL in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, y, CASE WHEN id = 3 THEN 'NaN'::double precision ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): NaN in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, y, CASE WHEN id = 3 THEN 'Infinity'::double precision ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): Infinity in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');
SELECT throws_ok($q$SELECT mlcheck.roc_auc_binned(x, b, 3, y, CASE WHEN id = 3 THEN '-Infinity'::double precision ELSE 0.5::float8 END)::text FROM hostile_t $q$, '22023', NULL,
    'mlcheck.roc_auc_binned(double precision,boolean,integer,double precision,double precision): -Infinity in argument 5 on one row: 22023 lower and upper must be finite with lower < upper');

-- covers: type mlcheck.metric_state
SELECT throws_ok($q$SELECT ''::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input '''': 22P02 malformed metric_state value');
SELECT throws_ok($q$SELECT 'x'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''x'': 22P02 invalid input syntax for type metric_state');
SELECT throws_ok($q$SELECT 'garbage'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''garbage'': 22P02 invalid input syntax for type metric_state');
SELECT throws_ok($q$SELECT 'AAAA'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''AAAA'': 22P02 malformed metric_state value');
SELECT throws_ok($q$SELECT '===='::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''===='': 22P02 invalid input syntax for type metric_state');
SELECT throws_ok($q$SELECT '{}'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''{}'': 22P02 invalid input syntax for type metric_state');
SELECT throws_ok($q$SELECT 'null'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''null'': 22P02 malformed metric_state value');
SELECT throws_ok($q$SELECT '-1'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: malformed input ''-1'': 22P02 invalid input syntax for type metric_state');
SELECT throws_ok($q$SELECT 'QQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg=='::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: corrupted valid value #1: 22P02 malformed metric_state value');
SELECT throws_ok($q$SELECT 'AUE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg=='::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: corrupted valid value #2: 22P02 malformed metric_state value');
SELECT is((SELECT 'AQE/4AAAAAAAAAADA7+5mZmZmZnav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg=='::mlcheck.metric_state::text), 'AQE/4AAAAAAAAAADA7+5mZmZmZnav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg==',
    'type mlcheck.metric_state: corrupted valid value #3');
SELECT is((SELECT 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/pMzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg=='::mlcheck.metric_state::text), 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/pMzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg==',
    'type mlcheck.metric_state: corrupted valid value #4');
SELECT is((SELECT 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmdmZmZmav+mZmZmZmZq/yZmZmZmZmg=='::mlcheck.metric_state::text), 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmdmZmZmav+mZmZmZmZq/yZmZmZmZmg==',
    'type mlcheck.metric_state: corrupted valid value #5');
SELECT is((SELECT 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZ2g=='::mlcheck.metric_state::text), 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZ2g==',
    'type mlcheck.metric_state: corrupted valid value #6');
SELECT throws_ok($q$SELECT 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/'::mlcheck.metric_state::text$q$, '22P02', NULL,
    'type mlcheck.metric_state: corrupted valid value #7: 22P02 malformed metric_state value');
SELECT is((SELECT (('AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg=='::mlcheck.metric_state)::text = 'AQE/4AAAAAAAAAADA7+5mZmZmZmav9ZmZmZmZma/5MzMzMzMzb/ZmZmZmZmav+mZmZmZmZq/yZmZmZmZmg==')::text), 'true',
    'type mlcheck.metric_state: a valid value round-trips through text');

SELECT * FROM finish();
ROLLBACK;
