# mlcheck: PGXS build of the extension, its unit tests and its test targets.
#
# Users: make && make install, then CREATE EXTENSION mlcheck; in a database.
# Warnings as errors are passed by the scripts (COPT='-Wall -Wextra -Werror'), not set here.

EXTENSION = mlcheck
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = mlcheck
CORE_SRCS = $(sort $(wildcard src/core/*.c))
GLUE_SRCS = $(sort $(wildcard src/*.c))
OBJS = $(GLUE_SRCS:.c=.o) $(CORE_SRCS:.c=.o)
# PGXS tracks no header dependencies: any header change rebuilds every object (no stale layouts)
$(OBJS): $(wildcard src/*.h src/core/*.h)

DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*.sql))
EXTRA_CLEAN = test/unit/bin test/unit/obj test/fuzz/bin test/fuzz/obj

# every sql/*.sql is a pg_regress test; each one is self-contained (creates what it needs)
REGRESS = $(basename $(notdir $(sort $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --dbname=mlcheck_regress

PG_CPPFLAGS = -I$(srcdir)/src -DMLCHECK_VERSION='"$(EXTVERSION)"'
# OpenBLAS: Debian's sequential build (libopenblas0-serial, no threads inside a backend) when it
# is installed, found at run time through an rpath; otherwise the default libopenblas, which
# src/multivariate.c makes single-threaded at load. mlcheck.blas_info() tells which one runs.
OPENBLAS_SERIAL_LIB ?= $(firstword $(wildcard /usr/lib/*/openblas-serial/libopenblas.so.0))
ifneq ($(OPENBLAS_SERIAL_LIB),)
BLAS_LINK = -L$(dir $(OPENBLAS_SERIAL_LIB)) -l:libopenblas.so.0 -Wl,-rpath,$(patsubst %/,%,$(dir $(OPENBLAS_SERIAL_LIB)))
else
BLAS_LINK = -lopenblas
endif
SHLIB_LINK = $(BLAS_LINK) -lm

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The install script is edited as mlcheck.sql and installed under its version.
$(EXTENSION)--$(EXTVERSION).sql: $(EXTENSION).sql
	cp $< $@

# ---------------------------------------------------------------- tests without a server
# Unit tests of the PostgreSQL-free kernels in src/core: one executable per test/unit/test_*.c.
UNIT_CC ?= $(CC)
UNIT_CFLAGS ?= -std=c11 -O1 -g -Wall -Wextra -Werror -D_GNU_SOURCE
UNIT_TESTS = $(patsubst test/unit/%.c,test/unit/bin/%,$(sort $(wildcard test/unit/test_*.c)))

# the kernels are compiled once (test/unit/obj) and linked into every test
UNIT_OBJS = $(patsubst src/core/%.c,test/unit/obj/%.o,$(CORE_SRCS))

test/unit/obj/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p test/unit/obj
	$(UNIT_CC) $(UNIT_CFLAGS) -Isrc/core -c -o $@ $<

test/unit/bin/%: test/unit/%.c $(UNIT_OBJS) test/unit/tap.h
	@mkdir -p test/unit/bin
	$(UNIT_CC) $(UNIT_CFLAGS) -Isrc/core -Itest/unit -o $@ $< $(UNIT_OBJS) -lopenblas -lm

.PHONY: unit pgtap
unit: $(UNIT_TESTS)
	@rc=0; for t in $(UNIT_TESTS); do echo "# $$t"; $$t || rc=1; done; exit $$rc

# ---------------------------------------------------------------- fuzzing (libFuzzer, no server)
# One binary per test/fuzz/fuzz_*.c (each defines LLVMFuzzerTestOneInput), linked with all of
# src/core under AddressSanitizer + UBSan. scripts/suites/60-fuzz.sh runs them over their corpora.
FUZZ_CC ?= clang
FUZZ_CFLAGS ?= -std=c11 -g -O1 -fno-omit-frame-pointer -D_GNU_SOURCE \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_TARGETS = $(patsubst test/fuzz/%.c,test/fuzz/bin/%,$(sort $(wildcard test/fuzz/fuzz_*.c)))

FUZZ_OBJS = $(patsubst src/core/%.c,test/fuzz/obj/%.o,$(CORE_SRCS))

test/fuzz/obj/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p test/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Isrc/core -c -o $@ $<

test/fuzz/bin/%: test/fuzz/%.c $(FUZZ_OBJS)
	@mkdir -p test/fuzz/bin
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Isrc/core -Itest/fuzz -o $@ $< $(FUZZ_OBJS) -lopenblas -lm

.PHONY: fuzz
fuzz: $(FUZZ_TARGETS)

# `make` builds the extension: the header-dependency rule above PGXS's include would otherwise
# become the default goal (building one object, so COPT=-Werror would miss the others)
.DEFAULT_GOAL := all

# ---------------------------------------------------------------- pgTAP (needs a running server)
# Against the server that PGHOST/PGPORT/PGUSER name, like installcheck. Creates a scratch database.
PGTAP_DB ?= mlcheck_pgtap
pgtap:
	psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS $(PGTAP_DB)' -c 'CREATE DATABASE $(PGTAP_DB)'
	psql -X -q -d $(PGTAP_DB) -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION $(EXTENSION)'
	pg_prove -v -d $(PGTAP_DB) $(sort $(wildcard test/*.sql))
