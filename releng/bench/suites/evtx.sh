#!/usr/bin/env bash
# Bench suite "evtx" (issue 5): records per second reading and rendering every .evtx under
# <shared>/evtx as XML, Faultline's pure-Java reader vs evtxexport (libevtx-utils) vs
# python-evtx (evtx_dump.py), all writing XML to /dev/null, in one run on the same files.
#
# Fairness: every tool reads the same files, renders XML and discards it. evtxexport and
# Faultline get one untimed pass first (page cache); Faultline is reported twice: "warm" = a
# JVM that first did EVTX_BENCH_WARMUP untimed passes (JIT compiled), timed over
# EVTX_BENCH_PASSES passes inside the JVM; "cold" = one fresh JVM process doing one pass, wall
# clock including JVM start. evtxexport is timed over EVTX_BENCH_PASSES passes (one process per
# file and pass, as it is used). python-evtx is timed over EVTX_BENCH_PY_PASSES passes (it is
# ~100x slower). Parallel mode uses all cores (nproc) for decoding.
#
# Prints a Markdown table and appends it, with machine description and date, to
# releng/bench/RESULTS.md under "## evtx".
# usage: releng/bench/suites/evtx.sh [shared-data-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
passes="${EVTX_BENCH_PASSES:-10}"
warmup="${EVTX_BENCH_WARMUP:-5}"
py_passes="${EVTX_BENCH_PY_PASSES:-1}"
classes="$root/releng/bench/target/evtx-classes"
results="$root/releng/bench/RESULTS.md"

if ! command -v evtxexport >/dev/null || [ ! -x /usr/bin/evtx_dump.py ]; then
    apt-get update && apt-get install -y libevtx-utils python3-evtx
fi
rm -rf "$classes" && mkdir -p "$classes"
"$java_home/bin/javac" --release 21 -d "$classes" $(find "$root/bundles/dev.faultline.evtx/src" -name '*.java')

mapfile -t files < <(ls "$data"/evtx/*.evtx)
load_start="$(load_average)"
java=("$java_home/bin/java" -cp "$classes" dev.faultline.evtx.internal.EvtxDumpMain --format xml)
now() { date +%s.%N; }
rate() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%.0f", r / s }'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" | tail -1; }

# records per pass, as counted by Faultline (equal to both peers' counts, see releng/evtx)
per_pass="$("${java[@]}" "${files[@]}" 2>&1 >/dev/null | field records)"

for f in "${files[@]}"; do evtxexport -f xml "$f" >/dev/null; done
t0="$(now)"
for ((p = 0; p < passes; p++)); do
    for f in "${files[@]}"; do evtxexport -f xml "$f" >/dev/null; done
done
t1="$(now)"
ee_seconds="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
ee_records=$((per_pass * passes))
ee_rate="$(rate "$ee_records" "$ee_seconds")"

t0="$(now)"
"${java[@]}" "${files[@]}" >/dev/null 2>/dev/null
t1="$(now)"
cold_seconds="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
cold_rate="$(rate "$per_pass" "$cold_seconds")"

warm_out="$("${java[@]}" --warmup "$warmup" --repeat "$passes" "${files[@]}" 2>&1 >/dev/null | tail -1)"
warm_records="$(echo "$warm_out" | field records)"
warm_seconds="$(echo "$warm_out" | field seconds)"
warm_rate="$(rate "$warm_records" "$warm_seconds")"

threads="$(nproc)"
par_out="$("${java[@]}" --threads "$threads" --warmup "$warmup" --repeat "$passes" "${files[@]}" 2>&1 >/dev/null | tail -1)"
par_records="$(echo "$par_out" | field records)"
par_seconds="$(echo "$par_out" | field seconds)"
par_rate="$(rate "$par_records" "$par_seconds")"

t0="$(now)"
for ((p = 0; p < py_passes; p++)); do
    for f in "${files[@]}"; do /usr/bin/python3 /usr/bin/evtx_dump.py "$f" >/dev/null; done
done
t1="$(now)"
py_seconds="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')"
py_records=$((per_pass * py_passes))
py_rate="$(rate "$py_records" "$py_seconds")"

ee_version="$(evtxexport -V 2>/dev/null | head -1 | awk '{print $2}' || true)"
py_version="$(dpkg-query -W -f '${Version}' python3-evtx 2>/dev/null || true)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
table="$(cat <<TABLE
| reader | records | seconds | records/s | vs evtxexport | vs python-evtx |
|---|---|---|---|---|---|
| Faultline, 1 thread, warm JVM ($warmup untimed passes) | $warm_records | $warm_seconds | $warm_rate | $(ratio "$warm_rate" "$ee_rate") | $(ratio "$warm_rate" "$py_rate") |
| Faultline, 1 thread, cold (one pass, JVM start included) | $per_pass | $cold_seconds | $cold_rate | $(ratio "$cold_rate" "$ee_rate") | $(ratio "$cold_rate" "$py_rate") |
| Faultline, parallel over chunks ($threads threads), warm JVM | $par_records | $par_seconds | $par_rate | $(ratio "$par_rate" "$ee_rate") | $(ratio "$par_rate" "$py_rate") |
| evtxexport -f xml (libevtx $ee_version) | $ee_records | $ee_seconds | $ee_rate | 1.00× | $(ratio "$ee_rate" "$py_rate") |
| python-evtx evtx_dump.py ($py_version) | $py_records | $py_seconds | $py_rate | $(ratio "$py_rate" "$ee_rate") | 1.00× |
TABLE
)"
goal_ee="$(awk -v a="$warm_rate" -v b="$ee_rate" 'BEGIN { print (a >= b) ? "met" : "NOT met" }')"
goal_py="$(awk -v a="$warm_rate" -v b="$py_rate" 'BEGIN { print (a >= 50 * b) ? "met" : "NOT met" }')"

load_end="$(load_average)"
machine="$(machine_line)"
{
    echo "### evtx — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $machine; load average at start $load_start, at end $load_end (other work on the machine slows all readers alike). Files: ${#files[@]} .evtx under shared/data/evtx, $per_pass records per pass; every reader renders XML to /dev/null."
    echo
    echo "$table"
    echo
    echo "Goal ≥1.0× evtxexport on one thread (warm): $goal_ee. Goal ≥50× python-evtx on one thread (warm): $goal_py."
} > "$root/releng/bench/target/evtx-result.md"

mkdir -p "$(dirname "$results")"
if [ ! -f "$results" ]; then
    printf '# Benchmark results\n' > "$results"
fi
if ! grep -q '^## evtx$' "$results"; then
    printf '\n## evtx\n\n' >> "$results"
    cat "$root/releng/bench/target/evtx-result.md" >> "$results"
else
    # insert this run (followed by a blank line) at the end of the "## evtx" section
    awk -v add="$root/releng/bench/target/evtx-result.md" '
        /^## / && in_evtx { while ((getline line < add) > 0) print line; print ""; in_evtx = 0 }
        { print }
        /^## evtx$/ { in_evtx = 1 }
        END { if (in_evtx) { print ""; while ((getline line < add) > 0) print line } }
    ' "$results" > "$results.tmp" && mv "$results.tmp" "$results"
fi
cat "$root/releng/bench/target/evtx-result.md"
