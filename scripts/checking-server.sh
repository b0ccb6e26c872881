#!/usr/bin/env bash
# checking-server.sh: builds (once, cached) a "checking" PostgreSQL 15 from Debian's own source
# package, configured with --enable-cassert and -DUSE_VALGRIND, and prints its pg_config path.
#
# The server catches what Debian's production build silently accepts: writes past the end of a
# palloc chunk (sentinel check at pfree/reset), use of freed memory (CLOBBER_FREED_MEMORY), Assert()s
# inside PostgreSQL reached through our calls, and, run under Valgrind (scripts/valgrind.sh),
# undefined memory handed to the server. The build is cached in $MLCHECK_CACHE (default
# /var/cache/mlcheck/), keyed by the Debian source version, so only the first run on a machine
# pays for it (about 6 minutes of compiling on 2 cores, plus downloading the source).
#
# Steps: a deb-src list derived from the machine's apt sources (deb822 *.sources and one-line
# *.list alike) in a private apt directory, so the system's apt configuration is not touched;
# `apt-get source postgresql-15`, trying the versions newest first (a mirror snapshot may lack the
# newest source); the build dependencies from an explicit list; configure, make, make install;
# pgTAP's SQL files copied in from Debian's postgresql-15-pgtap.
#
#   scripts/checking-server.sh           build if needed, print the pg_config path
#   scripts/checking-server.sh --check   print the pg_config path if cached, else exit 1
set -euo pipefail

CACHE=${MLCHECK_CACHE:-/var/cache/mlcheck}
PKG=postgresql-15
BUILD_DEPS=(build-essential dpkg-dev bison flex libreadline-dev zlib1g-dev pkg-config
	libicu-dev valgrind postgresql-15-pgtap)

log() { printf '== checking-server: %s\n' "$*" >&2; }

cached_pg_config() {
	local d
	# newest complete build first
	for d in $(ls -1d "$CACHE"/postgresql-15-cassert-* 2>/dev/null | sort -V -r); do
		if [ -f "$d/.complete" ] && [ -x "$d/bin/pg_config" ]; then
			echo "$d/bin/pg_config"
			return 0
		fi
	done
	return 1
}

if [ "${1:-}" = --check ]; then
	cached_pg_config
	exit $?
fi
if cached_pg_config; then
	exit 0
fi
if [ "$(id -u)" != 0 ]; then
	log "no cached build in $CACHE and not root: cannot install the build dependencies"
	exit 1
fi

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9 # one build at a time on a machine; the others wait and then find it cached
if cached_pg_config; then
	exit 0
fi

start=$(date +%s)
missing=()
for p in "${BUILD_DEPS[@]}"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	log "installing build dependencies: ${missing[*]}"
	apt-get update -q >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# ---- a private apt directory whose only lists are deb-src twins of the machine's sources
APT=$CACHE/apt
rm -rf "$APT"
mkdir -p "$APT/sources.list.d" "$APT/lists/partial"
: >"$APT/sources.list"
for f in /etc/apt/sources.list.d/*.sources; do
	[ -f "$f" ] || continue
	# deb822: every stanza that serves binaries gets "Types: deb-src"
	sed -E 's/^Types:.*$/Types: deb-src/' "$f" >"$APT/sources.list.d/$(basename "$f")"
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
	[ -f "$f" ] || continue
	sed -nE 's/^[[:space:]]*deb([[:space:]])/deb-src\1/p' "$f" >>"$APT/sources.list"
done
APTOPT=(-o "Dir::Etc::SourceList=$APT/sources.list" -o "Dir::Etc::SourceParts=$APT/sources.list.d"
	-o "Dir::State::Lists=$APT/lists" -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=")
log "fetching deb-src lists"
apt-get "${APTOPT[@]}" update -q >&2

# fetch one source package (first argument), newest version first, into $CACHE/src/$1;
# prints the version fetched
fetch_source() {
	local pkg=$1 v versions
	versions=$(apt-cache "${APTOPT[@]}" showsrc "$pkg" | sed -n 's/^Version: //p' | sort -u | sort -V -r)
	[ -n "$versions" ] || { log "no source package $pkg in the machine's sources"; return 1; }
	for v in $versions; do
		rm -rf "$CACHE/src/$pkg"
		mkdir -p "$CACHE/src/$pkg"
		log "apt-get source $pkg=$v"
		if (cd "$CACHE/src/$pkg" && apt-get "${APTOPT[@]}" source -q "$pkg=$v" >&2); then
			echo "$v"
			return 0
		fi
		log "source $pkg $v unavailable, trying an older one"
	done
	log "no version of $pkg could be fetched"
	return 1
}

# a compiled server whose finishing steps did not complete is reused
PREFIX=$(ls -1d "$CACHE"/postgresql-15-cassert-*/.built 2>/dev/null | sort -V -r | head -n1 || true)
PREFIX=${PREFIX%/.built}
if [ -z "$PREFIX" ]; then
	got=$(fetch_source "$PKG")
	srcdir=$(find "$CACHE/src/$PKG" -mindepth 1 -maxdepth 1 -type d -name 'postgresql-15*' | head -n1)
	# "postgres" in the prefix keeps every directory under it: Debian's 50-per-version-dirs patch
	# otherwise points pkglibdir at /usr/lib/postgresql/15/lib, the system's own directory
	PREFIX=$CACHE/postgresql-15-cassert-$got
	rm -rf "$PREFIX" "$CACHE/stage"
	log "configuring $srcdir (cassert, USE_VALGRIND) into $PREFIX"
	cd "$srcdir"
	./configure --prefix="$PREFIX" --enable-cassert --enable-debug --with-icu --with-readline \
		CFLAGS="-O1 -g -fno-omit-frame-pointer" CPPFLAGS="-DUSE_VALGRIND" >"$CACHE/configure.log" 2>&1 ||
		{ tail -n 40 "$CACHE/configure.log" >&2; exit 1; }
	log "compiling (make -j$(nproc))"
	make -j"$(nproc)" -s >"$CACHE/make.log" 2>&1 || { tail -n 40 "$CACHE/make.log" >&2; exit 1; }
	# staged, and moved into place only when nothing would land outside $PREFIX
	make -s install DESTDIR="$CACHE/stage" >>"$CACHE/make.log" 2>&1 ||
		{ tail -n 40 "$CACHE/make.log" >&2; exit 1; }
	outside=$(cd "$CACHE/stage" && find . -type f | grep -v "^\.$PREFIX/" | head -n5 || true)
	[ -z "$outside" ] || { log "install would write outside $PREFIX: $outside"; exit 1; }
	mv "$CACHE/stage$PREFIX" "$PREFIX"
	rm -rf "$CACHE/stage"
	# the valgrind suppressions travel with the build (scripts/valgrind.sh uses them)
	cp src/tools/valgrind.supp "$PREFIX/valgrind.supp"
	echo "$got" >"$PREFIX/.built"
fi
got=$(cat "$PREFIX/.built")
PGC=$PREFIX/bin/pg_config
# pgTAP is plain SQL: its control and script files work with any PostgreSQL 15
cp /usr/share/postgresql/15/extension/pgtap* "$("$PGC" --sharedir)/extension/"
# pg_cron, built from Debian's source package against this server, so the suites that use it run
# unchanged here
# unchanged here; when no version of its source can be fetched, the server runs without it
# (the suites then see no pg_cron, as on a server that does not preload it)
if cronv=$(fetch_source pg-cron); then
	crondir=$(find "$CACHE/src/pg-cron" -mindepth 1 -maxdepth 1 -type d | head -n1)
	log "building pg_cron $cronv against it"
	make -C "$crondir" -s PG_CONFIG="$PGC" >"$CACHE/pg_cron.log" 2>&1 &&
		make -C "$crondir" -s PG_CONFIG="$PGC" install >>"$CACHE/pg_cron.log" 2>&1 ||
		{ tail -n 40 "$CACHE/pg_cron.log" >&2; exit 1; }
else
	log "pg_cron's source is not available: the checking server has no pg_cron"
fi
chmod -R a+rX "$PREFIX"
echo "$got" >"$PREFIX/.complete"
rm -rf "$CACHE/src"
log "built PostgreSQL $got with assertions in $(($(date +%s) - start)) s"
echo "$PREFIX/bin/pg_config"
