#!/usr/bin/env bash
# demo.sh: the main job on a fresh Debian 12 machine as root (README's first command).
#
# Installs missing packages, builds with -Werror, installs mlcheck into the system's PostgreSQL 15
# (make install), starts a throwaway cluster of its own, loads the bundled demo feature store
# (demo/data), runs the checks of demo/checks/*.sql in name order and prints their results.
# The cluster is removed at the end (MLCHECK_KEEP=1 keeps it and prints how to connect).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ensure_packages
build
log "installing mlcheck into $("$PG_CONFIG" --sharedir) and $("$PG_CONFIG" --pkglibdir)"
make -C "$MLCHECK_REPO" -s PG_CONFIG="$PG_CONFIG" install >&2
make_workdir
trap cleanup_work EXIT
start_cluster
cd "$MLCHECK_REPO"
mkdir -p demo/out
export MLCHECK_DEMO_OUT=$MLCHECK_REPO/demo/out
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c 'CREATE DATABASE mlcheck_demo' >/dev/null
export PGDATABASE=mlcheck_demo
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION mlcheck' >/dev/null
log "loading the demo feature store (demo/data)"
psql -X -q -v ON_ERROR_STOP=1 -f demo/load.sql >/dev/null
for f in demo/checks/*.sql; do
	psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f "$f"
done
