#!/usr/bin/env bash
# Failover proof: a primary with a synchronous standby, managed by Patroni with
# etcd, killed under load.
#
#   scripts/failover.sh [--quick]
#
# Starts, under a private temporary directory, one etcd and two Patroni-managed
# PostgreSQL 15 nodes on 127.0.0.1 (synchronous_mode: the standby confirms every
# commit before the client is told). `motcua-bench soak` then runs simulated
# counters against the multi-host connection string
#   host=127.0.0.1,127.0.0.1 port=P1,P2 target_session_attrs=read-write
# while the primary's PostgreSQL is killed with SIGKILL (postmaster and
# children). Patroni fails over to the synchronous standby; the counters
# reconnect to whichever node is now read-write and retry with the same
# idempotency key; at the end the soak tool checks every acknowledged intake is
# there exactly once and the daily codes have no gap. The old primary rejoins
# as a standby (pg_rewind), and the supervisor's read path is checked against
# it: `motcua-admin scorecard show --read-from STANDBY` must give the primary's
# figures once caught up, and say how far behind it is.
#
# --quick: 10 counters, 40 s of load, one kill. Default: 20 counters, 100 s,
# two kills (the second after the old primary has rejoined as the synchronous
# standby). Last line:
#   failover promoted_s=<s> longest_outage_ms=<ms> acknowledged=<n> lost=<n> duplicated=<n> gaps=<n>
# (promoted_s is the slowest of the promotions). A figure that was not measured
# (the run stopped before it) prints as "-", and the line is printed however the
# run ends. Exits non-zero when anything was lost, duplicated or left a gap,
# when clients stalled longer than 10 s, when no standby was promoted, or when
# any figure is missing.
#
# The daemons run from the temporary directory, never from the caller's one:
# as root they run as postgres, which may not enter a clone under /root.
#
# Passwords are random, made at run time, held in the environment of this
# script and its children and in Patroni's pgpass inside the 0700 temporary
# directory, which is deleted at exit. This is a test harness: see
# docs/deployment.md for how production keeps its credentials.
#
# Environment: MOTCUA_BUILD_DIR (default build), MOTCUA_PGBIN (default
# /usr/lib/postgresql/15/bin), MOTCUA_FAILOVER_PGPORT (first node's port,
# default 54350; the second uses the next one), MOTCUA_FAILOVER_RESTPORT
# (default 8010 and the next one), MOTCUA_FAILOVER_ETCDPORT (client port,
# default 23790; peer port default 23800), MOTCUA_FAILOVER_LOGS (a directory
# to keep the etcd, Patroni, PostgreSQL and soak logs in).
set -euo pipefail

quick=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    -h | --help) sed -n '2,/^set -euo/{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
BUILD=${MOTCUA_BUILD_DIR:-$ROOT/build}
ADMIN=$BUILD/bin/motcua-admin
BENCH=$BUILD/bin/motcua-bench
PGBIN=${MOTCUA_PGBIN:-/usr/lib/postgresql/15/bin}
pgport=${MOTCUA_FAILOVER_PGPORT:-54350}
restport=${MOTCUA_FAILOVER_RESTPORT:-8010}
etcdport=${MOTCUA_FAILOVER_ETCDPORT:-23790}
etcdpeer=${MOTCUA_FAILOVER_ETCDPEERPORT:-23800}
PORTS=("$pgport" $((pgport + 1)))
REST=("$restport" $((restport + 1)))
NAMES=(node1 node2)
SOAK_DB=motcua_soak
if ((quick)); then
  COUNTERS=10 SECONDS_LOAD=40 KILLS=1
else
  COUNTERS=20 SECONDS_LOAD=100 KILLS=2
fi
MAX_OUTAGE_MS=10000

log() { printf 'failover: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# The figures of the last line; empty until measured.
PROMOTIONS=0 promoted_max=0 acknowledged= lost= duplicated= gaps= outage=
summary_printed=0

# The last line, printed once whichever way the run ends: a figure that was not
# measured is "-", never 0. promoted_s needs every planned promotion measured.
print_summary() {
  ((summary_printed)) && return 0
  summary_printed=1
  local promoted=-
  ((PROMOTIONS == KILLS)) && promoted=$promoted_max
  echo "failover promoted_s=$promoted longest_outage_ms=${outage:--} acknowledged=${acknowledged:--}" \
    "lost=${lost:--} duplicated=${duplicated:--} gaps=${gaps:--}"
}
# Until the servers are up (teardown takes over then), a stop prints the line too.
trap 'rc=$?; print_summary; exit $((rc ? rc : 1))' EXIT

for tool in "$ADMIN" "$BENCH" "$PGBIN/postgres" "$PGBIN/pg_rewind"; do
  [[ -x "$tool" ]] || die "missing $tool (build the project first: scripts/build.sh)"
done
for tool in patroni etcd psql; do
  command -v "$tool" >/dev/null || die "missing $tool (scripts/install-deps.sh installs it)"
done
for port in "${PORTS[@]}" "${REST[@]}" "$etcdport" "$etcdpeer"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port on 127.0.0.1 is already in use"
  fi
done

# ---------------------------------------------------------------- set-up ----
WORK=$(mktemp -d /tmp/motcua-fo.XXXXXX)
chmod 0700 "$WORK"
if (($(id -u) == 0)); then
  # PostgreSQL refuses to run as root: the daemons run as postgres, which
  # then owns the private directory (root still reads it).
  chown postgres: "$WORK"
  # Run in the background: exec makes the daemon itself $!. Patroni's own
  # tools (pg_basebackup, pg_rewind) read its pgpass, which PGPASSWORD would
  # override.
  # They start in $WORK: Patroni's multiprocessing changes back to the
  # directory it started in, and dies if postgres may not enter it.
  spawn_server() { unset PGPASSWORD; cd "$WORK" || exit 1; HOME=$WORK exec setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }
else
  spawn_server() { unset PGPASSWORD; cd "$WORK" || exit 1; HOME=$WORK exec "$@"; }
fi

# HTTP/1.0 GET on 127.0.0.1 (etcd's and Patroni's REST APIs) with bash alone:
# the response, status line first, or nothing when nobody answers within 2 s.
http_get() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 0
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
    timeout 2 cat <&3 | tr -d '\r'
  ) 2>/dev/null || true
}

declare -A PID=()
soak_pid=
status=1
logs_printed=0

print_logs() {
  log "---- etcd log (tail) ----"
  tail -n 20 "$WORK/etcd.log" >&2 2>/dev/null || true
  local n
  for n in "${NAMES[@]}"; do
    log "---- $n Patroni log (tail) ----"
    tail -n 40 "$WORK/$n/patroni.log" >&2 2>/dev/null || true
    log "---- $n PostgreSQL log (tail) ----"
    tail -n 30 "$WORK/$n/log/postgresql.log" >&2 2>/dev/null || true
  done
  if [[ -s "$WORK/soak.err" ]]; then
    log "---- soak stderr (tail) ----"
    tail -n 30 "$WORK/soak.err" >&2 || true
  fi
}

postmaster_pid() { head -n 1 "$WORK/$1/data/postmaster.pid" 2>/dev/null || true; }

teardown() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  ((status == 0 && rc == 0 || logs_printed)) || print_logs
  # A run that stopped early still ends with its line, and never with 0.
  print_summary
  ((status == 0 || rc != 0)) || rc=1
  [[ -n "$soak_pid" ]] && kill "$soak_pid" 2>/dev/null || true
  local n pids=()
  # Patroni stops its PostgreSQL on SIGTERM; give it a moment, then kill.
  for n in "${NAMES[@]}"; do
    [[ -n "${PID[$n]:-}" ]] && kill -TERM "${PID[$n]}" 2>/dev/null && pids+=("${PID[$n]}")
  done
  for _ in $(seq 1 100); do
    local alive=0 p
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.1
  done
  for n in "${NAMES[@]}"; do
    [[ -n "${PID[$n]:-}" ]] && kill -KILL "${PID[$n]}" 2>/dev/null || true
    local pm
    pm=$(postmaster_pid "$n")
    if [[ -n "$pm" ]] && kill -0 "$pm" 2>/dev/null; then
      kill -KILL $(pgrep -P "$pm") "$pm" 2>/dev/null || true
    fi
  done
  [[ -n "${PID[etcd]:-}" ]] && kill -TERM "${PID[etcd]}" 2>/dev/null || true
  wait 2>/dev/null || true
  if [[ -n "${MOTCUA_FAILOVER_LOGS:-}" ]]; then
    mkdir -p "$MOTCUA_FAILOVER_LOGS"
    cp "$WORK"/*.log "$WORK"/soak.* "$MOTCUA_FAILOVER_LOGS/" 2>/dev/null
    for n in "${NAMES[@]}"; do
      cp "$WORK/$n/patroni.log" "$MOTCUA_FAILOVER_LOGS/$n-patroni.log" 2>/dev/null
      cp "$WORK/$n/log/postgresql.log" "$MOTCUA_FAILOVER_LOGS/$n-postgresql.log" 2>/dev/null
    done
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap teardown EXIT
trap 'exit 130' INT TERM

rand_password() { head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 28; }
export PATRONI_SUPERUSER_USERNAME=postgres
export PATRONI_SUPERUSER_PASSWORD
export PATRONI_REPLICATION_USERNAME=replicator
export PATRONI_REPLICATION_PASSWORD
PATRONI_SUPERUSER_PASSWORD=$(rand_password)
PATRONI_REPLICATION_PASSWORD=$(rand_password)
# The harness itself (psql, motcua-admin, the soak tool) logs in as postgres.
export PGPASSWORD=$PATRONI_SUPERUSER_PASSWORD
export PGCONNECT_TIMEOUT=3
# Figures and messages in English, whatever the machine's locale.
export LC_ALL=C.UTF-8 LANGUAGE=en

# etcd: a one-member cluster here; three machines in production.
spawn_server etcd --name etcd1 --data-dir "$WORK/etcd" \
  --listen-client-urls "http://127.0.0.1:$etcdport" --advertise-client-urls "http://127.0.0.1:$etcdport" \
  --listen-peer-urls "http://127.0.0.1:$etcdpeer" --initial-advertise-peer-urls "http://127.0.0.1:$etcdpeer" \
  --initial-cluster "etcd1=http://127.0.0.1:$etcdpeer" --initial-cluster-state new \
  --initial-cluster-token "motcua-fo-$$" >"$WORK/etcd.log" 2>&1 &
PID[etcd]=$!
for _ in $(seq 1 100); do
  [[ "$(http_get "$etcdport" /health)" == *'"health":"true"'* ]] && break
  kill -0 "${PID[etcd]}" 2>/dev/null || die "etcd did not start"
  sleep 0.1
done
[[ "$(http_get "$etcdport" /health)" == *'"health":"true"'* ]] || die "etcd is not healthy"

# The same patroni.yml as docs/deployment.md, with loopback addresses, one
# etcd and per-node ports and directories.
write_config() {
  local i=$1 n=${NAMES[$1]} dir=$WORK/${NAMES[$1]}
  mkdir -p "$dir/log"
  cat >"$dir/patroni.yml" <<EOF
scope: motcua
name: $n
restapi:
  listen: 127.0.0.1:${REST[$i]}
  connect_address: 127.0.0.1:${REST[$i]}
etcd3:
  hosts: 127.0.0.1:$etcdport
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 1
    retry_timeout: 3
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    primary_start_timeout: 0
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        max_connections: 300
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        wal_log_hints: 'on'
        hot_standby: 'on'
        password_encryption: scram-sha-256
        timezone: Asia/Ho_Chi_Minh
        log_timezone: Asia/Ho_Chi_Minh
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - auth-host: scram-sha-256
    - auth-local: scram-sha-256
postgresql:
  listen: 127.0.0.1:${PORTS[$i]}
  connect_address: 127.0.0.1:${PORTS[$i]}
  data_dir: $dir/data
  bin_dir: $PGBIN
  pgpass: $dir/pgpass
  authentication:
    superuser:
      username: postgres
    replication:
      username: replicator
  pg_hba:
    - local all all scram-sha-256
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
  parameters:
    unix_socket_directories: '$dir'
    shared_buffers: 128MB
    logging_collector: 'on'
    log_directory: '$dir/log'
    log_filename: postgresql.log
    log_min_messages: warning
tags:
  nofailover: false
  noloadbalance: false
  clonefrom: false
  nosync: false
EOF
  chmod 0600 "$dir/patroni.yml"
  (($(id -u) == 0)) && chown -R postgres: "$dir"
  return 0
}

start_node() {
  local i=$1 n=${NAMES[$1]}
  spawn_server patroni "$WORK/$n/patroni.yml" >>"$WORK/$n/patroni.log" 2>&1 &
  PID[$n]=$!
}

rest_code() {
  local r
  r=$(http_get "$1" "$2")
  r=${r%%$'\n'*}
  echo "${r#* }" | cut -d ' ' -f 1
}

# Index (0/1) of the node that answers /primary with 200, or nothing.
primary_index() {
  local i
  for i in 0 1; do
    [[ "$(rest_code "${REST[$i]}" /primary)" == 200 ]] && { echo "$i"; return; }
  done
}

# Waits up to $2 seconds until node $1 is the streaming synchronous standby.
wait_sync_standby() {
  local i=$1 deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if [[ "$(rest_code "${REST[$i]}" /sync)" == 200 ]]; then
            [[ "$(http_get "${REST[$i]}" /patroni)" == *'"state": "running"'* ]] && return 0
    fi
    sleep 0.5
  done
  return 1
}

write_config 0
write_config 1
start_node 0
# The first node bootstraps (initdb) and takes the leader key; the second
# clones it with pg_basebackup.
deadline=$((SECONDS + 90))
until [[ "$(primary_index)" == 0 ]]; do
  ((SECONDS < deadline)) || die "node1 did not become the leader within 90 s"
  kill -0 "${PID[node1]}" 2>/dev/null || die "Patroni on node1 exited"
  sleep 0.5
done
start_node 1
wait_sync_standby 1 120 || die "node2 did not become the synchronous standby within 120 s"
log "node1 primary on ${PORTS[0]}, node2 synchronous standby on ${PORTS[1]}"

HOSTS=127.0.0.1,127.0.0.1
PORTLIST=${PORTS[0]},${PORTS[1]}
MULTI="host=$HOSTS port=$PORTLIST target_session_attrs=read-write connect_timeout=3 user=postgres"
node_dsn() { echo "host=127.0.0.1 port=${PORTS[$1]} user=postgres connect_timeout=3 dbname=${2:-postgres}"; }

# The app's schema through the multi-host string, as an installation does.
"$ADMIN" --dsn "$MULTI dbname=postgres" migrate >"$WORK/migrate.out" 2>&1 \
  || { cat "$WORK/migrate.out" >&2; die "motcua-admin migrate failed"; }

# ------------------------------------------------------------ the load ----
log "soak: $COUNTERS counters for $SECONDS_LOAD s, $KILLS kill(s) of the primary"
"$BENCH" soak --dsn "$MULTI dbname=postgres" --db "$SOAK_DB" --counters "$COUNTERS" \
  --seconds "$SECONDS_LOAD" >"$WORK/soak.out" 2>"$WORK/soak.err" &
soak_pid=$!

# Waits until the soak has acknowledged intakes (its clerks are logged in and
# the database seeded), so the kill lands on a loaded primary.
wait_for_load() {
  local deadline=$((SECONDS + 120)) before after
  before=$(psql -X -qtA -d "$MULTI dbname=$SOAK_DB" -c "SELECT count(*) FROM dossiers" 2>/dev/null || echo 0)
  while ((SECONDS < deadline)); do
    sleep 1
    kill -0 "$soak_pid" 2>/dev/null || return 1
    after=$(psql -X -qtA -d "$MULTI dbname=$SOAK_DB" -c "SELECT count(*) FROM dossiers" 2>/dev/null || echo 0)
    [[ "$after" =~ ^[0-9]+$ && "$before" =~ ^[0-9]+$ ]] && ((after > before)) && return 0
    before=$after
  done
  return 1
}

kill_primary() {
  local old new t0 t1 pm deadline
  old=$(primary_index)
  [[ -n "$old" ]] || die "no primary to kill"
  new=$((1 - old))
  wait_sync_standby "$new" 60 || die "${NAMES[$new]} is not a synchronous standby; a kill now would not fail over"
  pm=$(postmaster_pid "${NAMES[$old]}")
  [[ -n "$pm" ]] || die "no postmaster.pid on ${NAMES[$old]}"
  t0=$(date +%s.%N)
  # The postmaster and its children at once, as a crash would.
  kill -KILL $(pgrep -P "$pm") "$pm" 2>/dev/null || true
  log "killed the PostgreSQL of ${NAMES[$old]} (postmaster $pm) under load at $(date +%T.%3N)"
  deadline=$((SECONDS + 60))
  until [[ "$(rest_code "${REST[$new]}" /primary)" == 200 ]]; do
    ((SECONDS < deadline)) || die "${NAMES[$new]} was not promoted within 60 s"
    sleep 0.1
  done
  t1=$(date +%s.%N)
  local took
  took=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  log "${NAMES[$new]} promoted after $took s"
  promoted_max=$(awk -v a="$promoted_max" -v b="$took" 'BEGIN { print (b > a) ? b : a }')
  PROMOTIONS=$((PROMOTIONS + 1))
  # Patroni brings the old primary back as a standby (pg_rewind) by itself.
  wait_sync_standby "$old" 120 || die "${NAMES[$old]} did not rejoin as the synchronous standby within 120 s"
  log "${NAMES[$old]} rejoined as the synchronous standby"
}

wait_for_load || die "the soak produced no intake within 120 s"
sleep 5
kill_primary
if ((KILLS > 1)); then
  sleep 10
  kill -0 "$soak_pid" 2>/dev/null || die "the soak ended before the second kill; lengthen it"
  kill_primary
fi

soak_rc=0
wait "$soak_pid" || soak_rc=$?
soak_pid=
cat "$WORK/soak.out" >&2
summary=$(grep '^soak ' "$WORK/soak.out" | tail -n 1 || true)
[[ -n "$summary" ]] || die "the soak printed no summary (exit $soak_rc)"
field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<" $summary"; }
acknowledged=$(field acknowledged)
lost=$(field lost)
duplicated=$(field duplicated)
gaps=$(field gaps)
outage=$(field longest_outage_ms)

# ------------------------------------------------- standby reads (issue 6) --
# The supervisor reads from a standby: once it has replayed everything, the
# scorecard must be the primary's, and the freshness line must say "standby".
standby_ok=0
check_standby_read() {
  local p s
  p=$(primary_index)
  [[ -n "$p" ]] || { log "standby read: no primary"; return 1; }
  s=$((1 - p))
  local lsn deadline=$((SECONDS + 60))
  lsn=$(psql -X -qtA -d "$(node_dsn "$p")" -c "SELECT pg_current_wal_lsn()") || return 1
  until [[ "$(psql -X -qtA -d "$(node_dsn "$s")" -c "SELECT pg_last_wal_replay_lsn() >= '$lsn'::pg_lsn" 2>/dev/null)" == t ]]; do
    ((SECONDS < deadline)) || { log "standby read: ${NAMES[$s]} did not catch up within 60 s"; return 1; }
    sleep 0.2
  done
  local from to
  from=$(date -d '-40 days' +%F)
  to=$(date -d '+2 days' +%F)
  "$ADMIN" --dsn "$(node_dsn "$p" "$SOAK_DB")" scorecard show --from "$from" --to "$to" \
    >"$WORK/scorecard.primary" 2>"$WORK/scorecard.err" || { cat "$WORK/scorecard.err" >&2; return 1; }
  "$ADMIN" --dsn "$(node_dsn "$p" "$SOAK_DB")" scorecard show --from "$from" --to "$to" \
    --read-from "$(node_dsn "$s" "$SOAK_DB")" >"$WORK/scorecard.standby" 2>"$WORK/scorecard.err" \
    || { cat "$WORK/scorecard.err" >&2; return 1; }
  local fresh
  fresh=$(grep '^freshness' "$WORK/scorecard.standby" || true)
  log "standby read: $fresh"
  [[ "$fresh" == freshness$'\t'standby$'\t'* ]] || { log "standby read: freshness does not say standby"; return 1; }
  lag_s=$(sed -n 's/.*lag_s=\([0-9]*\).*/\1/p' <<<"$fresh")
  if ! diff <(cat "$WORK/scorecard.primary") <(grep -v '^freshness' "$WORK/scorecard.standby") >&2; then
    log "standby read: the standby's scorecard differs from the primary's"
    return 1
  fi
  # The figures compared must be real ones: the soak's intakes are counted.
  local received
  received=$(awk -F'\t' 'NR > 2 { s += $3 } END { print s + 0 }' "$WORK/scorecard.primary")
  ((received > 0)) || { log "standby read: the scorecard counts no intake"; return 1; }
  log "standby read: ${NAMES[$s]} shows the primary's scorecard ($received received)"
  echo "standby_read ok lag_s=$lag_s"
}
lag_s=
if check_standby_read; then standby_ok=1; else echo "standby_read FAILED"; fi

ok=1
((soak_rc == 0)) || { log "the soak tool reported a failure (exit $soak_rc)"; ok=0; }
((PROMOTIONS == KILLS)) || ok=0
[[ "$lost" == 0 && "$duplicated" == 0 && "$gaps" == 0 ]] || ok=0
[[ -n "$outage" ]] && ((outage <= MAX_OUTAGE_MS)) || { log "clients stalled longer than $MAX_OUTAGE_MS ms"; ok=0; }
[[ -n "$acknowledged" && -n "$lost" && -n "$duplicated" && -n "$gaps" ]] || { log "the soak's line lacks a figure"; ok=0; }
((${acknowledged:-0} > 0)) || ok=0
((standby_ok)) || ok=0
# On failure the logs come first, so the summary stays the last line.
((ok)) || { print_logs; logs_printed=1; }
print_summary
if ((ok)); then status=0; exit 0; fi
exit 1
