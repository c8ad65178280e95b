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

failed=0
mkdir -p "$out/crashes"
for t in "${targets[@]}"; do
  mkdir -p "$out/corpus/$t"
  log="$out/fuzz_$t.log"
  if "$out/fuzz_$t" "$out/corpus/$t" "tests/fuzz/corpus/$t" \
       -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$out/crashes/$t-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $t ok, $runs inputs in ${seconds}s"
  else
    failed=1
    echo "fuzz: $t FAILED (log $log)"
    grep -E 'property broken|input:|ERROR|SUMMARY' "$log" | head -5
  fi
done
exit $failed
