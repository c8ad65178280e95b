#!/usr/bin/env bash
# The set-up both README commands share: install what is missing, build,
# start the persistent local PostgreSQL, migrate, and load the demo data when
# the database is empty. Prints the environment to use as its last lines.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

scripts/install-deps.sh
scripts/build.sh
scripts/pg.sh start
eval "$(scripts/pg.sh env)"
build/bin/motcua-admin --dsn "$MOTCUA_ADMIN_DSN" migrate
build/bin/motcua-admin --dsn "$MOTCUA_ADMIN_DSN" seed-demo
