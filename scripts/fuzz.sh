#!/usr/bin/env bash
# Runs the libFuzzer targets of the core parsers (tests/fuzz) for a bounded time
# each: identifiers, processing times, working-hours specs, calendar CSV,
# dossier codes (typed or scanned), the drafts kept on disk and scanned CCCD QR
# codes.
#   scripts/fuzz.sh [--seconds N] [target...]
# Exits 1 when a target crashes or breaks a property; the input that did it is
# kept in build-fuzz/crashes/. Inputs found to cover new code are kept in
# build-fuzz/corpus/ between runs; tests/fuzz/corpus/ holds the seeds.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

seconds=30
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
((${#targets[@]})) || targets=(identifiers duration workinghours calendarcsv dossiercode draft cccdqr)

out=${MOTCUA_FUZZ_DIR:-build-fuzz}
cmake -S tests/fuzz -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$out" >/dev/null

mkdir -p "$out/crashes"
# One target per core at a time: the same fuzzing time each, in less wall time.
fuzz_one() {
  local t=$1 log="$out/fuzz_$1.log"
  mkdir -p "$out/corpus/$t"
  if "$out/fuzz_$t" "$out/corpus/$t" "tests/fuzz/corpus/$t" \
       -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$out/crashes/$t-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $t ok, $runs inputs in ${seconds}s"
  else
    echo "fuzz: $t FAILED (log $log)"
    grep -E 'property broken|input:|ERROR|SUMMARY' "$log" | head -5
    return 1
  fi
}
jobs_max=$(nproc 2>/dev/null || echo 1)
failed=0
pids=()
for t in "${targets[@]}"; do
  fuzz_one "$t" &
  pids+=($!)
  if ((${#pids[@]} >= jobs_max)); then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do
  wait "$p" || failed=1
done
exit $failed
