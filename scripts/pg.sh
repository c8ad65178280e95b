#!/usr/bin/env bash
# Manages the local PostgreSQL 15 clusters of Motcua Desk.
#
#   scripts/pg.sh start|stop|kill|status|env [--throwaway [--durable] [--keep]]
#
# The persistent cluster holds the app's data between runs; the throwaway one
# (--throwaway) is wiped at every start and serves the tests. A throwaway
# cluster runs without fsync unless --durable (the fault tests, which kill it);
# --keep starts it again without wiping it (after a kill). `kill` sends SIGKILL
# to the server and every process of it, as a crash would. As root, initdb and
# pg_ctl run as the postgres user (they refuse root) and the data lives under
# /var/lib/motcua, outside /root. The database superuser is `postgres`, reached
# over the Unix socket by peer authentication mapped from the invoking OS user:
# no password is stored anywhere. Staff roles log in with SCRAM passwords.
# The server programs start from / (not the caller's directory, which the
# postgres user may not be allowed to enter, e.g. a clone under /root), so
# this script works from any directory.
set -euo pipefail

usage() { echo "usage: $0 start|stop|kill|status|env [--throwaway [--durable] [--keep]]" >&2; exit 2; }
(($# >= 1)) || usage
action=$1; shift
throwaway=0
durable=0
keep=0
for a in "$@"; do
  case "$a" in
    --throwaway) throwaway=1 ;;
    --durable) durable=1 ;;
    --keep) keep=1 ;;
    *) usage ;;
  esac
done

PGBIN=${MOTCUA_PGBIN:-/usr/lib/postgresql/15/bin}
uid=$(id -u)
me=$(id -un)
if ((uid == 0)); then
  RUN=(runuser -u postgres --)
  base=/var/lib/motcua
else
  RUN=()
  base=${XDG_DATA_HOME:-$HOME/.local/share}/motcua
fi

if ((throwaway)); then
  PGDATA=${MOTCUA_TEST_PGDATA:-/tmp/motcua-test-$uid/pgdata}
  PORT=${MOTCUA_TEST_PGPORT:-54339}
  DBNAME=motcua_test
else
  PGDATA=${MOTCUA_PGDATA:-$base/pgdata}
  PORT=${MOTCUA_PGPORT:-54329}
  DBNAME=${MOTCUA_PGDATABASE:-motcua}
fi
# Relative paths mean the caller's directory, which the server never sees.
PGDATA=$(realpath -m -- "$PGDATA")
# Unix socket paths are limited to about 100 bytes: keep the directory short.
SOCKDIR=/tmp/motcua-pg-$uid
LOG=$(dirname "$PGDATA")/postgres-$PORT.log

as_server() { (cd / && "${RUN[@]}" "$@"); }

is_running() { (cd / && "$PGBIN/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1) || as_server "$PGBIN/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1; }

prepare_dirs() {
  mkdir -p "$(dirname "$PGDATA")" "$SOCKDIR"
  if ((uid == 0)); then
    chown postgres: "$(dirname "$PGDATA")" "$SOCKDIR"
  fi
  chmod 0755 "$SOCKDIR"
}

init_cluster() {
  echo "pg: creating cluster in $PGDATA"
  as_server "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  # Peer authentication for the superuser, mapped from the OS users allowed to
  # administer this cluster; everybody else logs in with a password.
  as_server tee "$PGDATA/pg_hba.conf" >/dev/null <<EOF
local   all   postgres                  peer map=motcua_admins
local   all   all                       scram-sha-256
host    all   all        127.0.0.1/32   scram-sha-256
host    all   all        ::1/128        scram-sha-256
EOF
  as_server tee "$PGDATA/pg_ident.conf" >/dev/null <<EOF
motcua_admins   postgres   postgres
motcua_admins   root       postgres
motcua_admins   $me        postgres
EOF
  as_server tee -a "$PGDATA/postgresql.conf" >/dev/null <<EOF
# Motcua Desk
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKDIR'
max_connections = 300
shared_buffers = 256MB
password_encryption = scram-sha-256
timezone = 'Asia/Ho_Chi_Minh'
# After a crash, make the data directory durable with one syncfs per file
# system instead of an fsync per file: a killed server is back in about a second.
recovery_init_sync_method = syncfs
log_timezone = 'Asia/Ho_Chi_Minh'
EOF
  if ((throwaway && !durable)); then
    # Tests need no durability of their own; the fault tests ask for --durable.
    as_server tee -a "$PGDATA/postgresql.conf" >/dev/null <<EOF
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
}

start() {
  prepare_dirs
  if ((throwaway && !keep)); then
    if is_running; then as_server "$PGBIN/pg_ctl" stop -D "$PGDATA" -m immediate >/dev/null; fi
    rm -rf "$PGDATA"
  fi
  [[ -f "$PGDATA/PG_VERSION" ]] || init_cluster
  if is_running; then
    echo "pg: already running ($PGDATA, port $PORT)"
  else
    as_server "$PGBIN/pg_ctl" start -D "$PGDATA" -l "$LOG" -w -t 60 >/dev/null
    echo "pg: started ($PGDATA, port $PORT, socket $SOCKDIR)"
  fi
  # The application database, created on first start.
  if ! psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'" | grep -q 1; then
    psql_super -d postgres -qc "CREATE DATABASE $DBNAME"
  fi
}

psql_super() { (cd / && psql -X -h "$SOCKDIR" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 "$@"); }

case "$action" in
  start) start ;;
  stop)
    if is_running; then
      as_server "$PGBIN/pg_ctl" stop -D "$PGDATA" -m fast >/dev/null
      echo "pg: stopped"
    fi
    if ((throwaway)); then rm -rf "$PGDATA"; fi
    ;;
  kill)
    # The postmaster and all its children at once, with no chance to clean up.
    if [[ -f "$PGDATA/postmaster.pid" ]]; then
      pid=$(head -1 "$PGDATA/postmaster.pid" 2>/dev/null || true)
      if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        children=$(pgrep -P "$pid" || true)
        kill -9 "$pid" $children 2>/dev/null || true
        # Wait until every process of the cluster is gone (a restart refuses
        # to start while an old backend still holds the shared memory).
        for _ in $(seq 100); do
          alive=0
          for p in $pid $children; do kill -0 "$p" 2>/dev/null && alive=1; done
          ((alive)) || break
          sleep 0.05
        done
        echo "pg: killed ($PGDATA, port $PORT)"
      fi
    fi
    ;;
  status)
    if is_running; then echo "pg: running ($PGDATA, port $PORT)"; else echo "pg: stopped ($PGDATA)"; exit 3; fi
    ;;
  env)
    # Connection settings for the programs (libpq reads them); the superuser
    # connection for administration is MOTCUA_ADMIN_DSN.
    echo "export PGHOST=$SOCKDIR PGPORT=$PORT PGDATABASE=$DBNAME"
    echo "export MOTCUA_ADMIN_DSN='host=$SOCKDIR port=$PORT dbname=$DBNAME user=postgres'"
    ;;
  *) usage ;;
esac
