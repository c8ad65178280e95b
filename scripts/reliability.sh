#!/usr/bin/env bash
# Proves what Motcua Desk promises, with real faults against servers this
# script starts itself, and prints one table and one summary line:
#
#   scripts/reliability.sh [--quick]
#
#   soak      counters receive through the app's data layer (100 for 10 min;
#             --quick: 20 for 30 s): every acknowledged intake present, no
#             duplicate, no gap, every dossier with its documents and event
#   audit     motcua-admin audit verify on the soaked database: every event's
#             hash chain recomputed apart from the server, none broken
#   kill      20 counters while the server is SIGKILLed and restarted
#             (8 times; --quick: 3); the counters retry with the same keys
#   outage    GUI test: the server is killed while a clerk types; the typed
#             intake stays, waits in the outbox, lands once after the restart
#   failover  Patroni + etcd pair with a synchronous standby; the primary is
#             killed under load (scripts/failover.sh)
#   fuzz      libFuzzer on every core parser (120 s each; --quick: 10 s)
#   injection quotes, SQL, control characters, invalid UTF-8, RTL marks,
#             10 MB strings through every text field (GUI and command line)
#   access    each role tries every forbidden action in SQL; TLS verify-full
#
# Last line: lost=… duplicated=… gaps=… crashes=… forbidden_refused=R/T tamper_refused=R/T
# A figure that was not measured (its check failed before it counted, or did
# not run) prints as "-", in the table and in the last line, never as 0; the
# table and the last line are printed however the run ends.
# Exit status 0 only when every figure was measured, nothing was lost,
# duplicated or missing, nothing crashed, every forbidden action was refused
# and every check passed.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

quick=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done
if ((quick)); then
  soak_counters=20 soak_seconds=30 kill_seconds=40 kills=3 fuzz_seconds=${MOTCUA_FUZZ_SECONDS:-10}
else
  soak_counters=100 soak_seconds=600 kill_seconds=180 kills=8 fuzz_seconds=${MOTCUA_FUZZ_SECONDS:-120}
fi
kill_counters=20

rows=()     # check|load held|faults injected|bad inputs tried|data lost|result
failed=0
# The totals of the last line: a number, or "-" once a check that feeds it
# measured nothing.
lost=0 duplicated=0 gaps=0 crashes=0 refused=0 forbidden=0 tamper=-
summary_printed=0
# The checks in the order they run, and the totals each one feeds.
checks=(soak audit kill outage failover fuzz injection access tamper)
declare -A feeds=([soak]="lost duplicated gaps" [kill]="lost duplicated gaps" [failover]="lost duplicated gaps"
                  [fuzz]=crashes [injection]=crashes [access]="refused forbidden" [tamper]=tamper)
declare -A done_checks=()

# The value of NAME= on a line, or nothing.
field() { sed -n "s/.*\b$1=\([0-9./]*\).*/\1/p" <<<"$2" | tail -1; }
# The same for the table: "-" when missing.
fig() { local v; v=$(field "$1" "$2"); echo "${v:--}"; }
# add TOTAL VALUE: adds a measured count; an empty VALUE makes the total "-".
add() {
  local -n total=$1
  if [[ $2 =~ ^[0-9]+$ && $total != - ]]; then total=$((total + $2)); else total=-; fi
}
row() { rows+=("$1|$2|$3|$4|$5|$6"); done_checks[$1]=1; [[ $6 == ok ]] || failed=1; }
# Adds the lost/duplicated/gaps of a soak-like line to the totals and sets
# `loss` to l/d/g for the table ("-" for a figure the line lacks). Not called
# in a subshell: the totals must stay.
count_loss() {
  local l d g
  l=$(field lost "$1"); d=$(field duplicated "$1"); g=$(field gaps "$1")
  add lost "$l"; add duplicated "$d"; add gaps "$g"
  loss="${l:--}/${d:--}/${g:--}"
}

# The table and the last line. A check with no row did not run: it gets one
# saying so, and the totals it feeds become "-".
summary() {
  ((summary_printed)) && return 0
  summary_printed=1
  local c t
  for c in "${checks[@]}"; do
    [[ -n ${done_checks[$c]:-} ]] && continue
    row "$c" "-" "-" "-" "-" "not run"
    for t in ${feeds[$c]:-}; do local -n v=$t; v=-; unset -n v; done
  done
  echo
  printf '%-10s | %-58s | %-52s | %-26s | %-40s | %s\n' check "load held" "faults injected" "bad inputs tried" "data lost" result
  printf '%s\n' "$(printf -- '-%.0s' $(seq 200))"
  local r a b cc d e f
  for r in "${rows[@]}"; do
    IFS='|' read -r a b cc d e f <<<"$r"
    printf '%-10s | %-58s | %-52s | %-26s | %-40s | %s\n' "$a" "$b" "$cc" "$d" "$e" "$f"
  done
  local fr=-
  [[ $refused != - && $forbidden != - ]] && fr=$refused/$forbidden
  echo "lost=$lost duplicated=$duplicated gaps=$gaps crashes=$crashes forbidden_refused=$fr tamper_refused=$tamper"
}
# Every figure measured and clean, every check passed.
clean() {
  [[ $failed == 0 && $lost == 0 && $duplicated == 0 && $gaps == 0 && $crashes == 0 ]] || return 1
  [[ $forbidden != - && $refused == "$forbidden" && $forbidden -gt 0 ]] || return 1
  [[ $tamper != - && ${tamper%/*} == "${tamper#*/}" && ${tamper#*/} -gt 0 ]]
}

work=$(mktemp -d /tmp/motcua-reliability.XXXXXX)
chmod 0755 "$work"
# The server under load (durable, killed at will) and the test server, with
# their data in this run's own directory (two runs at once on other ports do
# not meet; postgres may enter it, unlike a clone under /root).
load_env=(MOTCUA_TEST_PGDATA=$work/load/pgdata MOTCUA_TEST_PGPORT=${MOTCUA_REL_LOAD_PORT:-54340})
test_env=(MOTCUA_TEST_PGDATA=$work/test/pgdata MOTCUA_TEST_PGPORT=${MOTCUA_REL_TEST_PORT:-54341})
pg_load() { env "${load_env[@]}" scripts/pg.sh "$@" --throwaway --durable; }
pg_test() { env "${test_env[@]}" scripts/pg.sh "$@" --throwaway; }
cleanup() {
  local rc=$?
  set +e
  trap - EXIT
  # A run cut short (a command failing under set -e) still prints the table,
  # with "-" for what it did not measure, and fails.
  if ((!summary_printed)); then
    summary
    ((rc != 0)) || rc=1
  fi
  pg_load stop >/dev/null 2>&1 || true
  pg_test stop >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# scripts/test.sh has just installed and built everything.
if [[ ${MOTCUA_RELIABILITY_SKIP_SETUP:-0} != 1 ]]; then
  scripts/install-deps.sh
  scripts/build.sh
fi

pg_load start >/dev/null
pg_test start >/dev/null
load_dsn=$(env "${load_env[@]}" scripts/pg.sh env --throwaway | sed -n "s/.*MOTCUA_ADMIN_DSN='\(.*\) dbname=[^ ]* \(.*\)'/\1 dbname=postgres \2/p")
test_dsn=$(env "${test_env[@]}" scripts/pg.sh env --throwaway | sed -n "s/.*MOTCUA_ADMIN_DSN='\(.*\) dbname=[^ ]* \(.*\)'/\1 dbname=postgres \2/p")
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config
mkdir -p -m 0700 "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"

echo "reliability: soak, $soak_counters counters for $soak_seconds s"
rc=0
line=$(build/bin/motcua-bench soak --dsn "$load_dsn" --db motcua_soak --counters "$soak_counters" \
         --seconds "$soak_seconds" 2>"$work/soak.err" | tail -1) || rc=$?
# Only the soak's own summary carries figures.
[[ $line == "soak "* ]] || line=
echo "  ${line:-no summary (exit $rc)}"
count_loss "$line"
inc=$(field incomplete "$line")
res=ok; [[ $rc == 0 && $loss == 0/0/0 && $inc == 0 && -n $(field acknowledged "$line") ]] || { res=FAILED; tail -5 "$work/soak.err"; }
row soak "$soak_counters counters × ${soak_seconds}s, $(fig acknowledged "$line") acknowledged" \
    "-" "-" "lost/dup/gaps $loss, incomplete ${inc:--}" "$res"

# The soaked control sheet's hash chains, recomputed apart from the server.
echo "reliability: audit, the soaked control sheet's hash chains"
rc=0
audit=$(build/bin/motcua-admin --dsn "${load_dsn/dbname=postgres/dbname=motcua_soak}" audit verify \
          2>"$work/audit.err" | head -1) || rc=$?
echo "  ${audit:-no result (exit $rc)}"
res=ok; [[ $rc == 0 && -n $(field events "$audit") && $(field broken "$audit") == 0 ]] || { res=FAILED; tail -5 "$work/audit.err"; }
row audit "$(fig events "$audit") events of the soak" "-" "-" "broken $(fig broken "$audit")" "$res"

echo "reliability: kill, $kill_counters counters for $kill_seconds s, server SIGKILLed $kills times"
build/bin/motcua-bench soak --dsn "$load_dsn" --db motcua_kill --counters "$kill_counters" \
  --seconds "$kill_seconds" >"$work/kill.out" 2>"$work/kill.err" &
soak_pid=$!
# Faults start once the counters are at work (the database is made first).
while ! grep -q "load started" "$work/kill.err" && kill -0 "$soak_pid" 2>/dev/null; do sleep 0.1; done
interval=$(( kill_seconds / (kills + 1) ))
killed=0 restarted=0
for _ in $(seq "$kills"); do
  sleep "$interval"
  env "${load_env[@]}" scripts/pg.sh kill --throwaway >/dev/null && killed=$((killed + 1))
  sleep 1
  pg_load start --keep >/dev/null 2>&1 && restarted=$((restarted + 1))
done
rc=0
wait "$soak_pid" || rc=$?
line=$(grep '^soak ' "$work/kill.out" | tail -1 || true)
echo "  ${line:-no summary (exit $rc)}"
count_loss "$line"
inc=$(field incomplete "$line")
res=ok; [[ $rc == 0 && $loss == 0/0/0 && $inc == 0 && $killed == "$kills" && $restarted == "$kills" ]] || { res=FAILED; tail -5 "$work/kill.err"; }
row kill "$kill_counters counters × ${kill_seconds}s, $(fig acknowledged "$line") acknowledged, $(fig replayed "$line") replayed" \
    "$killed SIGKILL + $restarted restarts, longest wait $(fig longest_outage_ms "$line") ms" "-" \
    "lost/dup/gaps $loss, incomplete ${inc:--}" "$res"

echo "reliability: outage, the server killed while a clerk types"
res=ok
MOTCUA_TEST_ADMIN_DSN="$test_dsn" MOTCUA_KILL_PGPORT=${MOTCUA_REL_KILL_PORT:-54342} \
  build/tests/gui/test_intake serverKilledWhileTyping >"$work/outage.log" 2>&1 || { res=FAILED; tail -20 "$work/outage.log"; }
outcome="typed intake kept, delivered once"; [[ $res == ok ]] || outcome=-
row outage "1 clerk typing" "1 SIGKILL + restart" "-" "$outcome" "$res"

echo "reliability: failover (Patroni + etcd)"
fo_args=(); ((quick)) && fo_args=(--quick)
# failover.sh also fails when clients waited over 10 s or nothing was promoted;
# its last line has "-" for what it did not measure.
fo_rc=0
scripts/failover.sh "${fo_args[@]}" >"$work/failover.out" 2>"$work/failover.err" || fo_rc=$?
line=$(grep '^failover ' "$work/failover.out" | tail -1 || true)
echo "  ${line:-no summary (exit $fo_rc)}"
count_loss "$line"
res=ok; [[ $fo_rc == 0 && $loss == 0/0/0 ]] || { res=FAILED; tail -20 "$work/failover.err"; }
row failover "$(fig acknowledged "$line") acknowledged" \
    "primary killed, promoted in $(fig promoted_s "$line") s, clients back in $(fig longest_outage_ms "$line") ms" \
    "-" "lost/dup/gaps $loss" "$res"

echo "reliability: fuzz, ${fuzz_seconds}s per parser"
res=ok
scripts/fuzz.sh --seconds "$fuzz_seconds" >"$work/fuzz.log" 2>&1 || res=FAILED
cat "$work/fuzz.log"
parsers=$(grep -cE '^fuzz: [a-z]+ (ok|FAILED)' "$work/fuzz.log" || true)
if ((parsers > 0)); then
  inputs=$(sed -n 's/^fuzz: .* ok, \([0-9]*\) inputs.*/\1/p' "$work/fuzz.log" | awk '{s += $1} END {print s + 0}')
  add crashes "$(grep -c "FAILED" "$work/fuzz.log" || true)"
else
  # Nothing ran (the build failed): no crash count to report.
  inputs=- parsers=-; add crashes ""; res=FAILED
fi
row fuzz "$parsers parsers" "-" "$inputs generated inputs" "-" "$res"

# The suites labelled `reliability` (injection, access, TLS) run here, once.
echo "reliability: injection and access suites"
res=ok
MOTCUA_TEST_ADMIN_DSN="$test_dsn" ctest --test-dir build -L reliability -V --timeout 600 \
  >"$work/suites.log" 2>&1 || { res=FAILED; grep -E "Failed|FAIL!|Subprocess aborted|SEGFAULT" "$work/suites.log" | head -20; }
grep -E "(bad_inputs|forbidden_refused|tamper_refused|tls_checks)=" "$work/suites.log" | sed 's/^[0-9]*: /  /' || true
bad=0 exact=0 refusals=0 suite_crashes=0
injection_lines=$(grep -o "bad_inputs=.*" "$work/suites.log" || true)
if [[ -n $injection_lines ]]; then
  while read -r l; do
    add bad "$(field bad_inputs "$l")"; add exact "$(field stored_exact "$l")"
    add refusals "$(field refused "$l")"; add suite_crashes "$(field crashes "$l")"
  done <<<"$injection_lines"
  add suite_crashes "$(grep -cE "SEGFAULT|Subprocess aborted|Child aborted|Exception:" "$work/suites.log" || true)"
else
  bad=- exact=- refusals=- suite_crashes=-
fi
add crashes "$suite_crashes"
res_injection=$res; [[ $suite_crashes != - ]] || res_injection=FAILED
row injection "-" "-" "$bad typed or passed" "$exact stored exactly, $refusals refused with a message" "$res_injection"
access_lines=$(grep -o "forbidden_refused=[0-9]*/[0-9]*" "$work/suites.log" | cut -d= -f2 || true)
if [[ -n $access_lines ]]; then
  while read -r l; do add refused "${l%/*}"; add forbidden "${l#*/}"; done <<<"$access_lines"
else
  refused=- forbidden=-
fi
tls=$(grep -o "tls_checks=[0-9]*/[0-9]*" "$work/suites.log" | tail -1 | cut -d= -f2 || true)
res_access=ok
[[ $forbidden != - && $forbidden -gt 0 && $refused == "$forbidden" && -n $tls && ${tls%/*} == "${tls#*/}" && $res == ok ]] || res_access=FAILED
row access "every role" "-" "$forbidden forbidden statements, TLS checks ${tls:--}" "$refused refused" "$res_access"
# Writes that would move a figure (states, due dates, events, ratings...),
# directly and through the referee's functions (tests/data/test_tamper.cpp).
tamper=$(grep -o "tamper_refused=[0-9]*/[0-9]*" "$work/suites.log" | tail -1 | cut -d= -f2 || true)
tamper=${tamper:--}
res_tamper=ok; [[ $tamper != - && ${tamper%/*} == "${tamper#*/}" && ${tamper#*/} -gt 0 && $res == ok ]] || res_tamper=FAILED
row tamper "every role" "-" "${tamper#*/} writes of a figure" "${tamper%/*} refused" "$res_tamper"

summary
clean || exit 1
