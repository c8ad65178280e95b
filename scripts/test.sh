#!/usr/bin/env bash
# README command 2: the same set-up as scripts/run.sh, then every test suite
# (core, data against a throwaway PostgreSQL cluster, GUI offscreen), then the
# quick reliability run (scripts/reliability.sh --quick).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
scripts/setup.sh

scripts/pg.sh start --throwaway
trap 'scripts/pg.sh stop --throwaway >/dev/null 2>&1 || true' EXIT
eval "$(scripts/pg.sh env --throwaway)"
export MOTCUA_TEST_ADMIN_DSN="host=$PGHOST port=$PGPORT dbname=postgres user=postgres"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 0700 "$XDG_RUNTIME_DIR"
# Settings written by GUI tests stay out of the user's own.
export XDG_CONFIG_HOME=$(mktemp -d)

# The suites labelled `reliability` run once, inside scripts/reliability.sh.
ctest --test-dir build --output-on-failure -j 2 --timeout 600 -LE reliability
scripts/pg.sh stop --throwaway >/dev/null
# Load, killed servers, failover, fuzzing, bad input, access: the quick run.
MOTCUA_RELIABILITY_SKIP_SETUP=1 MOTCUA_FUZZ_SECONDS="${MOTCUA_FUZZ_SECONDS:-10}" scripts/reliability.sh --quick
