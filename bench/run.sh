#!/usr/bin/env bash
# run.sh: benchmarks of mlcheck on a throwaway cluster tuned to keep the tables in memory.
#
#   bench/run.sh                       10,000,000 rows, 5 runs per case, every case
#   bench/run.sh --rows 1000000        a quicker run
#   bench/run.sh --cases profile       only cases whose names contain "profile"
# Prints a table of median seconds, the ratio to a plain SELECT avg(x) over the same rows in the
# same run, and the export-to-Python path (binary COPY into numpy + scipy/sklearn) where one
# exists. The table is also written to bench/results/latest.md. Never used as a test.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
setup_all "shared_buffers = '6GB'" "work_mem = '256MB'" "max_parallel_workers_per_gather = 0" \
	"max_wal_size = '8GB'" "checkpoint_timeout = '1h'"
cd "$MLCHECK_REPO"
$PY bench/run.py "$@"
