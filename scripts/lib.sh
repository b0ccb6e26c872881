# lib.sh: set-up shared by scripts/demo.sh, scripts/test.sh and bench/run.sh (sourced, not run).
#
# - ensure_packages: installs the Debian packages the project needs when any is missing.
# - build: compiles with -Wall -Wextra -Werror.
# - make_prefix: a private copy of PostgreSQL's directories (binaries copied, the rest symlinked)
#   into which `make install DESTDIR=...` puts mlcheck; PostgreSQL finds its share and lib
#   directories relative to its binary, so the tests never write into the system's directories.
# - start_cluster / stop_cluster: a throwaway cluster in a temporary directory that listens only
#   on a unix socket in that directory (no TCP port, so it never meets an existing cluster).
#   Run as the postgres user when we are root (initdb refuses root).

MLCHECK_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGVER=${PGVER:-15}
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PGVER/bin/pg_config}

# Every Debian package any script of the project needs (tests, demo, bench).
MLCHECK_PACKAGES=(
	"postgresql-$PGVER" "postgresql-server-dev-$PGVER" "postgresql-$PGVER-pgtap"
	libtap-parser-sourcehandler-pgtap-perl "postgresql-$PGVER-cron"
	libopenblas-dev python3-psycopg python3-numpy python3-scipy python3-sklearn
	clang libclang-rt-14-dev sqlsmith
	libopenblas0-serial
	chromium chromium-driver python3-selenium
)

log() { printf '== %s\n' "$*" >&2; }

ensure_packages() {
	local missing=() p
	for p in "${MLCHECK_PACKAGES[@]}" "$@"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" != 0 ]; then
		log "missing Debian packages: ${missing[*]} (run as root, or install them)"
		return 1
	fi
	log "installing ${#missing[@]} Debian packages: ${missing[*]}"
	apt-get update -q >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

build() {
	log "building mlcheck (gcc, -Wall -Wextra -Werror)"
	make -C "$MLCHECK_REPO" -s PG_CONFIG="$PG_CONFIG" COPT='-Wall -Wextra -Werror' "$@" >&2
}

# Working directory of this run: prefix, cluster, logs. Readable by the postgres user.
make_workdir() {
	MLCHECK_WORK=$(mktemp -d "${TMPDIR:-/tmp}/mlcheck.XXXXXX")
	chmod 755 "$MLCHECK_WORK"
	export MLCHECK_WORK
}

make_prefix() {
	local bindir libdir sharedir
	bindir=$("$PG_CONFIG" --bindir)
	libdir=$("$PG_CONFIG" --pkglibdir)
	sharedir=$("$PG_CONFIG" --sharedir)
	MLCHECK_PREFIX=$MLCHECK_WORK/prefix
	mkdir -p "$MLCHECK_PREFIX$(dirname "$bindir")" "$MLCHECK_PREFIX$(dirname "$sharedir")"
	cp -a "$bindir" "$MLCHECK_PREFIX$bindir"
	cp -rs "$libdir" "$MLCHECK_PREFIX$libdir"
	cp -rs "$sharedir" "$MLCHECK_PREFIX$sharedir"
	# a system-wide mlcheck must not shadow this build (and install must not write through links)
	find "$MLCHECK_PREFIX" -name 'mlcheck*' -type l -delete
	chmod -R a+rX "$MLCHECK_PREFIX"
	make -C "$MLCHECK_REPO" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$MLCHECK_PREFIX" >&2
	MLCHECK_BINDIR=$MLCHECK_PREFIX$bindir
	export MLCHECK_PREFIX MLCHECK_BINDIR
}

as_pg() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_cluster [extra postgresql.conf lines...]
start_cluster() {
	local data=$MLCHECK_WORK/data sock=$MLCHECK_WORK/sock line
	: "${MLCHECK_BINDIR:=$("$PG_CONFIG" --bindir)}"
	mkdir -p "$sock"
	[ "$(id -u)" = 0 ] && chown postgres: "$sock" "$MLCHECK_WORK"
	log "starting a throwaway PostgreSQL $PGVER cluster in $data (unix socket only)"
	as_pg "$MLCHECK_BINDIR/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
		--no-sync >"$MLCHECK_WORK/initdb.log" 2>&1 || { cat "$MLCHECK_WORK/initdb.log" >&2; return 1; }
	{
		echo "listen_addresses = ''"
		echo "unix_socket_directories = '$sock'"
		echo "port = 5432"
		echo "fsync = off"
		echo "synchronous_commit = off"
		echo "full_page_writes = off"
		echo "max_worker_processes = 16"
		echo "max_parallel_workers = 8"
		echo "shared_preload_libraries = 'pg_cron'"
		echo "cron.database_name = 'postgres'"
		echo "cron.use_background_workers = on"
		echo "log_min_messages = warning"
		echo "lc_messages = 'C'"
		for line in "$@"; do echo "$line"; done
	} >>"$data/postgresql.conf"
	as_pg "$MLCHECK_BINDIR/pg_ctl" -D "$data" -l "$MLCHECK_WORK/server.log" -w -t 60 start >/dev/null ||
		{ cat "$MLCHECK_WORK/server.log" >&2; return 1; }
	export PGHOST=$sock PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
	export MLCHECK_SERVER_LOG=$MLCHECK_WORK/server.log
}

stop_cluster() {
	[ -n "${MLCHECK_WORK:-}" ] || return 0
	if [ -f "$MLCHECK_WORK/data/postmaster.pid" ]; then
		as_pg "$MLCHECK_BINDIR/pg_ctl" -D "$MLCHECK_WORK/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
}

cleanup_work() {
	[ -n "${MLCHECK_WORK:-}" ] || return 0
	if [ -n "${MLCHECK_KEEP:-}" ] && [ -f "$MLCHECK_WORK/data/postmaster.pid" ]; then
		log "cluster kept running: PGHOST=$MLCHECK_WORK/sock PGPORT=5432 PGUSER=postgres psql -d postgres"
		log "stop it with: runuser -u postgres -- $MLCHECK_BINDIR/pg_ctl -D $MLCHECK_WORK/data stop; rm -rf $MLCHECK_WORK"
		return 0
	fi
	stop_cluster
	rm -rf "$MLCHECK_WORK"
}

# One call does it all: packages, build, private install, cluster; the cluster goes on exit.
setup_all() {
	ensure_packages
	build
	make_workdir
	trap cleanup_work EXIT
	make_prefix
	start_cluster "$@"
}

# Debian's interpreter (python3 on PATH may be another one without Debian's modules)
PY=/usr/bin/python3
