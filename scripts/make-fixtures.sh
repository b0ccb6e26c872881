#!/usr/bin/env bash
# make-fixtures.sh: writes test/fixtures/<default version>/<type>.txt, stored text forms of every
# mlcheck type written by this build (see test/reliability/make_fixtures.py), on a throwaway
# cluster. Existing files are kept: values of a released version are never rewritten.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
setup_all
/usr/bin/python3 "$MLCHECK_REPO/test/reliability/make_fixtures.py"
