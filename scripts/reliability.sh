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
# Exit status 0 only when nothing was lost, duplicated or missing, nothing
# crashed, every forbidden action was refused and every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done
if ((quick)); then
  soak_counters=20 soak_seconds=30 kill_seconds=40 kills=3 fuzz_seconds=${MOTCUA_FUZZ_SECONDS:-10}
else
  soak_counters=100 soak_seconds=600 kill_seconds=180 kills=8 fuzz_seconds=${MOTCUA_FUZZ_SECONDS:-120}
fi
kill_counters=20

# scripts/test.sh has just installed and built everything.
if [[ ${MOTCUA_RELIABILITY_SKIP_SETUP:-0} != 1 ]]; then
  scripts/install-deps.sh
  scripts/build.sh
fi

uid=$(id -u)
work=$(mktemp -d /tmp/motcua-reliability.XXXXXX)
chmod 0755 "$work"
# The server under load (durable, killed at will) and the test server.
load_env=(MOTCUA_TEST_PGDATA=/tmp/motcua-rel-$uid/load MOTCUA_TEST_PGPORT=${MOTCUA_REL_LOAD_PORT:-54340})
test_env=(MOTCUA_TEST_PGDATA=/tmp/motcua-rel-$uid/test MOTCUA_TEST_PGPORT=${MOTCUA_REL_TEST_PORT:-54341})
pg_load() { env "${load_env[@]}" scripts/pg.sh "$@" --throwaway --durable; }
pg_test() { env "${test_env[@]}" scripts/pg.sh "$@" --throwaway; }
cleanup() {
  pg_load stop >/dev/null 2>&1 || true
  pg_test stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pg_load start >/dev/null
pg_test start >/dev/null
load_dsn=$(env "${load_env[@]}" scripts/pg.sh env --throwaway | sed -n "s/.*MOTCUA_ADMIN_DSN='\(.*\) dbname=[^ ]* \(.*\)'/\1 dbname=postgres \2/p")
test_dsn=$(env "${test_env[@]}" scripts/pg.sh env --throwaway | sed -n "s/.*MOTCUA_ADMIN_DSN='\(.*\) dbname=[^ ]* \(.*\)'/\1 dbname=postgres \2/p")
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config
mkdir -p -m 0700 "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME"

rows=()     # check|load held|faults injected|bad inputs tried|data lost|result
failed=0
lost=0 duplicated=0 gaps=0 crashes=0 refused=0 forbidden=0
field() { sed -n "s/.*\b$1=\([0-9./]*\).*/\1/p" <<<"$2" | tail -1; }
row() { rows+=("$1|$2|$3|$4|$5|$6"); [[ $6 == ok ]] || failed=1; }
# Adds the lost/duplicated/gaps of a soak-like line to the totals; "-" when missing.
count_loss() {
  local l d g
  l=$(field lost "$1"); d=$(field duplicated "$1"); g=$(field gaps "$1")
  lost=$((lost + ${l:-1})); duplicated=$((duplicated + ${d:-0})); gaps=$((gaps + ${g:-0}))
  echo "${l:--}/${d:--}/${g:--}"
}

echo "reliability: soak, $soak_counters counters for $soak_seconds s"
line=$(build/bin/motcua-bench soak --dsn "$load_dsn" --db motcua_soak --counters "$soak_counters" \
         --seconds "$soak_seconds" 2>"$work/soak.err" | tail -1) || true
echo "  $line"
loss=$(count_loss "$line")
inc=$(field incomplete "$line")
res=ok; [[ $loss == 0/0/0 && ${inc:-1} == 0 && -n $(field acknowledged "$line") ]] || { res=FAILED; tail -5 "$work/soak.err"; }
row soak "$soak_counters counters × ${soak_seconds}s, $(field acknowledged "$line") acknowledged" \
    "-" "-" "lost/dup/gaps $loss, incomplete ${inc:--}" "$res"

# The soaked control sheet's hash chains, recomputed apart from the server.
echo "reliability: audit, the soaked control sheet's hash chains"
audit=$(build/bin/motcua-admin --dsn "${load_dsn/dbname=postgres/dbname=motcua_soak}" audit verify \
          2>"$work/audit.err" | head -1) || true
echo "  $audit"
res=ok; [[ -n $(field events "$audit") && $(field broken "$audit") == 0 ]] || { res=FAILED; tail -5 "$work/audit.err"; }
row audit "$(field events "$audit") events of the soak" "-" "-" "broken $(field broken "$audit")" "$res"

echo "reliability: kill, $kill_counters counters for $kill_seconds s, server SIGKILLed $kills times"
build/bin/motcua-bench soak --dsn "$load_dsn" --db motcua_kill --counters "$kill_counters" \
  --seconds "$kill_seconds" >"$work/kill.out" 2>"$work/kill.err" &
soak_pid=$!
# Faults start once the counters are at work (the database is made first).
while ! grep -q "load started" "$work/kill.err" && kill -0 "$soak_pid" 2>/dev/null; do sleep 0.1; done
interval=$(( kill_seconds / (kills + 1) ))
killed=0
for _ in $(seq "$kills"); do
  sleep "$interval"
  env "${load_env[@]}" scripts/pg.sh kill --throwaway >/dev/null && killed=$((killed + 1))
  sleep 1
  pg_load start --keep >/dev/null 2>&1
done
wait "$soak_pid" || true
line=$(tail -1 "$work/kill.out")
echo "  $line"
loss=$(count_loss "$line")
inc=$(field incomplete "$line")
res=ok; [[ $loss == 0/0/0 && ${inc:-1} == 0 && $killed == "$kills" ]] || { res=FAILED; tail -5 "$work/kill.err"; }
row kill "$kill_counters counters × ${kill_seconds}s, $(field acknowledged "$line") acknowledged, $(field replayed "$line") replayed" \
    "$killed SIGKILL + restart, longest wait $(field longest_outage_ms "$line") ms" "-" \
    "lost/dup/gaps $loss, incomplete ${inc:--}" "$res"

echo "reliability: outage, the server killed while a clerk types"
res=ok
MOTCUA_TEST_ADMIN_DSN="$test_dsn" MOTCUA_KILL_PGPORT=${MOTCUA_REL_KILL_PORT:-54342} \
  build/tests/gui/test_intake serverKilledWhileTyping >"$work/outage.log" 2>&1 || { res=FAILED; tail -20 "$work/outage.log"; }
row outage "1 clerk typing" "1 SIGKILL + restart" "-" "typed intake kept, delivered once" "$res"

if [[ -x scripts/failover.sh ]]; then
  echo "reliability: failover (Patroni + etcd)"
  fo_args=(); ((quick)) && fo_args=(--quick)
  # failover.sh also fails when clients waited over 10 s or nothing was promoted.
  fo_rc=0
  scripts/failover.sh "${fo_args[@]}" >"$work/failover.out" 2>"$work/failover.err" || fo_rc=$?
  line=$(tail -1 "$work/failover.out")
  echo "  $line"
  loss=$(count_loss "$line")
  res=ok; [[ $fo_rc == 0 && $loss == 0/0/0 && $line == failover* ]] || { res=FAILED; tail -20 "$work/failover.err"; }
  row failover "$(field acknowledged "$line") acknowledged" \
      "primary killed, promoted in $(field promoted_s "$line") s, clients back in $(field longest_outage_ms "$line") ms" \
      "-" "lost/dup/gaps $loss" "$res"
fi

echo "reliability: fuzz, ${fuzz_seconds}s per parser"
res=ok
scripts/fuzz.sh --seconds "$fuzz_seconds" >"$work/fuzz.log" 2>&1 || res=FAILED
cat "$work/fuzz.log"
inputs=$(sed -n 's/^fuzz: .* ok, \([0-9]*\) inputs.*/\1/p' "$work/fuzz.log" | awk '{s += $1} END {print s + 0}')
fuzz_crashes=$(grep -c "FAILED" "$work/fuzz.log" || true)
crashes=$((crashes + fuzz_crashes))
row fuzz "$(grep -c '^fuzz: ' "$work/fuzz.log") parsers" "-" "${inputs:-0} generated inputs" "-" "$res"

# The suites labelled `reliability` (injection, access, TLS) run here, once.
echo "reliability: injection and access suites"
res=ok
MOTCUA_TEST_ADMIN_DSN="$test_dsn" ctest --test-dir build -L reliability -V --timeout 600 \
  >"$work/suites.log" 2>&1 || { res=FAILED; grep -E "Failed|FAIL!|Subprocess aborted|SEGFAULT" "$work/suites.log" | head -20; }
grep -E "(bad_inputs|forbidden_refused|tamper_refused|tls_checks)=" "$work/suites.log" | sed 's/^[0-9]*: /  /' || true
bad=0 exact=0 refusals=0
while read -r l; do
  bad=$((bad + $(field bad_inputs "$l"))); exact=$((exact + $(field stored_exact "$l")))
  refusals=$((refusals + $(field refused "$l"))); crashes=$((crashes + $(field crashes "$l")))
done < <(grep -o "bad_inputs=.*" "$work/suites.log" || true)
crashes=$((crashes + $(grep -cE "SEGFAULT|Subprocess aborted|Child aborted|Exception:" "$work/suites.log" || true)))
row injection "-" "-" "$bad typed or passed" "$exact stored exactly, $refusals refused with a message" "$res"
while read -r l; do
  r=${l%/*}; t=${l#*/}; refused=$((refused + r)); forbidden=$((forbidden + t))
done < <(grep -o "forbidden_refused=[0-9]*/[0-9]*" "$work/suites.log" | cut -d= -f2 || true)
tls=$(grep -o "tls_checks=[0-9]*/[0-9]*" "$work/suites.log" | tail -1 | cut -d= -f2 || true)
res_access=ok; ((forbidden > 0 && refused == forbidden)) && [[ $res == ok ]] || res_access=FAILED
row access "every role" "-" "$forbidden forbidden statements, TLS checks ${tls:--}" "$refused refused" "$res_access"
# Writes that would move a figure (states, due dates, events, ratings...),
# directly and through the referee's functions (tests/data/test_tamper.cpp).
tamper=$(grep -o "tamper_refused=[0-9]*/[0-9]*" "$work/suites.log" | tail -1 | cut -d= -f2 || true)
tamper=${tamper:-0/0}
res_tamper=ok; [[ ${tamper%/*} == "${tamper#*/}" && ${tamper#*/} -gt 0 && $res == ok ]] || res_tamper=FAILED
row tamper "every role" "-" "${tamper#*/} writes of a figure" "${tamper%/*} refused" "$res_tamper"

echo
printf '%-10s | %-58s | %-52s | %-26s | %-40s | %s\n' check "load held" "faults injected" "bad inputs tried" "data lost" result
printf '%s\n' "$(printf -- '-%.0s' $(seq 200))"
for r in "${rows[@]}"; do
  IFS='|' read -r a b c d e f <<<"$r"
  printf '%-10s | %-58s | %-52s | %-26s | %-40s | %s\n' "$a" "$b" "$c" "$d" "$e" "$f"
done
echo "lost=$lost duplicated=$duplicated gaps=$gaps crashes=$crashes forbidden_refused=$refused/$forbidden tamper_refused=$tamper"
((failed == 0 && lost == 0 && duplicated == 0 && gaps == 0 && crashes == 0)) || exit 1
