#!/usr/bin/env bash
# Kill -9 soak test of investigation integrity.
#   releng/soak/kill-loop.sh [ITERATIONS] [WORKDIR]      (default 50 iterations in a fresh temporary folder)
# Each iteration starts a writer on one investigation -- an import of a generated 150,000-line log, or
# an index rebuild -- kills it with SIGKILL 0-5 s after it took the writer lock, lets the next writer (a small import)
# repair what it left, then requires: 'faultline validate' exits 0 with no integrity problem (every
# evidence file listed in the model, every custody entry with its evidence, index and model agreeing),
# and every generated file is in the index whole or not at all, exactly when the model lists it.
# Uses the materialized product (./faultline builds it first when needed). Prints one line per iteration
# and a summary; exit 1 on the first broken investigation (the folder is kept for inspection).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
iterations=${1:-50}
work=${2:-$(mktemp -d /tmp/faultline-kill-loop.XXXXXX)}
mkdir -p "$work"
export FAULTLINE_HOME=${FAULTLINE_HOME:-$work/home}
case_dir=$work/case
fl() { "$root/faultline" "$@"; }

generate() { # FILE HOST MARKER LINES
  awk -v host="$2" -v marker="$3" -v n="$4" 'BEGIN { for (i = 0; i < n; i++)
    printf "2024-07-19T04:%02d:%02dZ %s csagent[%d]: %s channel file 291 record %d\n", int(i / 60) % 60, i % 60, host, 1000 + i % 7, marker, i }' > "$1"
}

hits() { # QUERY -> total (--facets: counted exactly)
  fl search --case "$case_dir" --json --limit 1 --facets "$1" | tail -n1 | sed -E 's/.*"total":([0-9]+).*/\1/'
}

generate "$work/seed.log" seed-host soakseed 1000
fl import --case "$case_dir" "$work/seed.log" > /dev/null
killed_imports=0 killed_rebuilds=0 adopted=0
start=$(date +%s)
for ((i = 0; i < iterations; i++)); do
  if (( RANDOM % 3 == 0 )); then
    what=index
    fl index --case "$case_dir" > /dev/null 2>&1 & pid=$!
    killed_rebuilds=$((killed_rebuilds + 1))
  else
    what=import
    generate "$work/k$i.log" "host-$i" "soakmarker$i" 150000
    fl import --case "$case_dir" "$work/k$i.log" > /dev/null 2>&1 & pid=$!
    killed_imports=$((killed_imports + 1))
  fi
  # killed while it writes: once it holds the lock (its pid is in the lock file), after a random 0-5 s
  for ((w = 0; w < 600; w++)); do
    grep -q "\"pid\":$pid," "$case_dir/.faultline.lock" 2> /dev/null && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.1
  done
  delay_ms=$((RANDOM % 5000))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  generate "$work/after$i.log" "after-$i" "soakafter$i" 10
  if ! repair=$(fl import --case "$case_dir" "$work/after$i.log" 2>&1 > /dev/null); then
    echo "iteration $i: the next import failed after killing $what at ${delay_ms} ms:"; echo "$repair"; exit 1
  fi
  grep -q "repaired: added" <<< "$repair" && adopted=$((adopted + 1))
  if ! problems=$(fl validate "$case_dir" 2>&1) || grep -q "\[integrity\." <<< "$problems"; then
    echo "iteration $i: validate after killing $what at ${delay_ms} ms:"; echo "$problems"; echo "kept: $case_dir"; exit 1
  fi
  for ((j = 0; j <= i; j++)); do
    [ -f "$work/k$j.log" ] || continue
    n=$(hits "soakmarker$j")
    listed=0; grep -q "path=\"k$j.log\"" "$case_dir/investigation.xmi" && listed=1
    if ! { [ "$n" = 0 ] && [ $listed = 0 ]; } && ! { [ "$n" = 150000 ] && [ $listed = 1 ]; }; then
      echo "iteration $i: k$j.log has $n records in the index, listed in the model: $listed"; echo "kept: $case_dir"; exit 1
    fi
  done
  echo "iteration $i: killed $what after ${delay_ms} ms; repaired; validate clean"
done
echo "kill-loop: $iterations iterations ($killed_imports imports, $killed_rebuilds index rebuilds killed; $adopted times evidence re-added by the automatic repair) in $(( $(date +%s) - start )) s: every investigation valid"
rm -rf "$work"
