#!/usr/bin/env bash
# Bench suite "startup" (issue 16): one-off CLI commands timed as a user runs them — whole process,
# start to exit, `./faultline ...` with its output to /dev/null — beside the native tools in the same
# run; min / median / max of STARTUP_RUNS runs (default 10) after one untimed run (page cache warm),
# each Faultline command alternating with its peer run by run, with the ratio of each pair (time_pair).
#  - `./faultline version` (goal: median <= 0.3 s).
#  - `./faultline parse --format evtx --json FILE` vs libevtx's `evtxexport -f xml FILE` on the
#    System.evtx files of the shared data (plaso 5,009 records, omerbenamram 1,881 records) and those
#    named in STARTUP_EVTX_FILES.
#  - a one-off `./faultline search --case DIR QUERY` on the 10-million-line index of the "search"
#    suite vs ripgrep `rg -c -F STRING` over the same raw lines, for the selective strings.
#  - the vector incubator module (jdk.incubator.vector, which Lucene uses when it is on the command
#    line): the same one-off search as a plain-JVM CLI run with and without the module (no AOT cache
#    in either, so that only the module differs), and in a warm JVM the search suite's query mix
#    (p50/p99) and ingest rate (EvidenceIndex.add, STARTUP_INGEST_LINES lines), with and without.
# The index and raw text are built like the search suite's (IngestBench, 10 M lines) under
# $STARTUP_BENCH_TMP (default /tmp/faultline-startup-bench) unless already there (raw.log and
# search-index/ are reused as they are: build them once, rerun the suite on them as often as needed);
# remove that folder afterwards (~2.1 GB). Needs the product built (./mvnw verify -DskipTests) and
# ripgrep, libevtx-utils. Appends the tables to releng/bench/RESULTS.md under "## startup".
#   STARTUP_RUNS (10), STARTUP_EVTX_FILES (none), SEARCH_LINES (10000000), STARTUP_INGEST_LINES (500000), SEARCH_ROUNDS (30),
#   STARTUP_INGEST_TWICE (1: two ingest runs each way, alternating; 0: one),
#   STARTUP_VECTOR (1; 0: leave out the vector-module comparison, the slow part of the suite)
# On a prebuilt 10 M-line folder, without the vector part (about 2 minutes on a quiet 2-core machine):
#   STARTUP_BENCH_TMP=/tmp/faultline-startup-bench STARTUP_RUNS=5 STARTUP_VECTOR=0 releng/bench/run startup
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
runs="${STARTUP_RUNS:-10}"
search_lines="${SEARCH_LINES:-10000000}"
ingest_lines="${STARTUP_INGEST_LINES:-500000}"
rounds="${SEARCH_ROUNDS:-30}"
work="${STARTUP_BENCH_TMP:-/tmp/faultline-startup-bench}"
results="${STARTUP_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"
product="$root/releng/dev.faultline.product/target/products/dev.faultline.product/linux/gtk/x86_64/faultline"
export FAULTLINE_NO_BUILD=1 FAULTLINE_HOME="$work/home"
load_start="$(load_average)"

for tool in rg evtxexport; do
    command -v "$tool" >/dev/null || { echo "startup: needs $tool (apt-get install ripgrep libevtx-utils)" >&2; exit 1; }
done
[ -d "$product/plugins" ] || (cd "$root" && ./mvnw -B -q verify -DskipTests)
mkdir -p "$work"
# the bench classes (compiled from the bundles' sources) build the index and measure the vector module
if [ ! -f "$work/raw.log" ] || [ ! -d "$work/search-index" ] || [ "${STARTUP_VECTOR:-1}" = 1 ]; then
    . "$root/releng/bench/lib/search-classes.sh"
fi

# cpu_ms FILE: user + system CPU of the finished child processes in the output of bash's times
# (which must run in the timing shell itself: a subshell counts only its own children), in ms
cpu_ms() {
    tail -n 1 "$1" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%d\n", t * 1000 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
# timed_run MS CPU CMD...: runs CMD once, output discarded, and appends its wall time and its CPU (user +
# system of the process, all its threads: JIT and GC included) in ms to the arrays named MS and CPU
timed_run() {
    local -n run_ms=$1 run_cpu=$2
    shift 2
    local t0 t1
    times >"$work/times0.txt"
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times >"$work/times1.txt"
    run_ms+=($(( (t1 - t0) / 1000000 )))
    run_cpu+=($(( $(cpu_ms "$work/times1.txt") - $(cpu_ms "$work/times0.txt") )))
}
# summary LABEL MS CPU: "LABEL|min|median|max|cpu median" in seconds of the runs in the arrays named MS and CPU
summary() {
    local -n sum_ms=$2 sum_cpu=$3
    local cpu_median
    cpu_median=$(printf '%s\n' "${sum_cpu[@]}" | median)
    printf '%s\n' "${sum_ms[@]}" | sort -n | awk -v label="$1" -v cpu="$cpu_median" '{ a[NR] = $1 } END {
        printf "%s|%.3f|%.3f|%.3f|%.3f\n", label, a[1] / 1000, (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) / 1000, a[NR] / 1000, cpu / 1000 }'
}
# time_runs LABEL CMD...: "LABEL|min|median|max|cpu median" over $runs runs (one untimed first)
time_runs() {
    local label=$1 i ms=() cpu=()
    shift
    "$@" >/dev/null 2>&1 || true
    for ((i = 0; i < runs; i++)); do
        timed_run ms cpu "$@"
    done
    summary "$label" ms cpu
}
# time_pair LABEL_A CMD_A LABEL_B CMD_B (CMD_*: names of arrays holding the command lines): the two
# commands alternately, $runs times each after one untimed run of each, so that a machine whose speed
# drifts (a shared virtual machine: the same command varied by half between minutes on 2 Dec) slows
# both alike. Prints time_runs' line for each, then "paired|min|median|max" of the per-pair ratios A/B.
time_pair() {
    local label_a=$1 label_b=$3 i ms_a=() cpu_a=() ms_b=() cpu_b=()
    local -n pair_a=$2 pair_b=$4
    "${pair_a[@]}" >/dev/null 2>&1 || true
    "${pair_b[@]}" >/dev/null 2>&1 || true
    for ((i = 0; i < runs; i++)); do
        timed_run ms_a cpu_a "${pair_a[@]}"
        timed_run ms_b cpu_b "${pair_b[@]}"
    done
    summary "$label_a" ms_a cpu_a
    summary "$label_b" ms_b cpu_b
    paste <(printf '%s\n' "${ms_a[@]}") <(printf '%s\n' "${ms_b[@]}") | awk '{ printf "%.4f\n", $1 / ($2 > 0 ? $2 : 1) }' | sort -n |
        awk '{ a[NR] = $1 } END { printf "paired|%.2f|%.2f|%.2f\n", a[1], (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), a[NR] }'
}
row() { # "label|min|median|max|cpu", or time_pair's "paired|min|median|max"
    IFS='|' read -r label min median max cpu <<<"$1"
    if [ "$label" = paired ]; then
        echo "| ↳ Faultline / peer, per pair of alternated runs | $min | **$median** | $max | |"
    else
        echo "| $label | $min | **$median** | $max | $cpu |"
    fi
}

# the 10 M-line index and raw text, as the search suite builds them
if [ ! -f "$work/raw.log" ] || [ ! -d "$work/search-index" ]; then
    rm -rf "$work/search-index" "$work/raw.log"
    "${search_java[@]}" --add-modules=jdk.incubator.vector dev.faultline.bench.search.IngestBench faultline "$data" "$search_lines" \
        "$work/search-index" "$work/raw.log" 2>/dev/null | grep '^mode=' >&2
fi
mkdir -p "$work/case"
ln -sfn "$work/search-index" "$work/case/index"

fl="$root/faultline"
version=$(time_runs "\`./faultline version\`" "$fl" version)
parse_rows=()
# the shared data's System.evtx files, then any given in STARTUP_EVTX_FILES (paths, space-separated: e.g. a
# System.evtx of your own; the issue measured one of 7,857 records that the shared data does not have)
evtx_files=()
for f in plaso_test_data_evtx_System omerbenamram-evtx_samples_system; do
    [ -f "$data/evtx/$f.evtx" ] && evtx_files+=("$data/evtx/$f.evtx")
done
for file in ${STARTUP_EVTX_FILES:-}; do
    [ -f "$file" ] && evtx_files+=("$file")
done
for file in "${evtx_files[@]}"; do
    f=$(basename "$file" .evtx)
    records=$(evtxexport "$file" 2>/dev/null | grep -c '^Event number' || true)
    ours=("$fl" parse --format evtx --json "$file")
    peer=(evtxexport -f xml "$file")
    mapfile -t -O "${#parse_rows[@]}" parse_rows < <(time_pair "\`./faultline parse --format evtx --json\` $f.evtx ($records records)" ours \
        "\`evtxexport -f xml\` $f.evtx (libevtx $(evtxexport -V 2>/dev/null | head -1 | awk '{print $2}'))" peer)
done
search_rows=()
for s in cbscore.dll 0x7fed806eb5d 218.188.2.4; do
    ours=("$fl" search --case "$work/case" "$s")
    peer=(rg -c -F "$s" "$work/raw.log")
    mapfile -t -O "${#search_rows[@]}" search_rows < <(time_pair "\`./faultline search --case C $s\` (one-off, $search_lines-line index)" ours \
        "\`rg -c -F $s\` over the raw lines ($(du -m "$work/raw.log" | cut -f1) MB)" peer)
done

if [ "${STARTUP_VECTOR:-1}" = 1 ]; then
    # the vector module: one-off search as a plain-JVM CLI run without the AOT cache, with and without it
    . "$root/releng/scripts/cli-launch.sh"
    mapfile -t options < <(cli_java_options)
    cli=("$java_home/bin/java" "${options[@]}" -cp "$(cli_classpath "$product")")
    vector_rows=()
    for s in cbscore.dll 218.188.2.4; do
        vector_rows+=("$(time_runs "one-off search $s, no AOT cache, without the module" "${cli[@]}" dev.faultline.app.cli.CliMain search --case "$work/case" "$s")")
        vector_rows+=("$(time_runs "one-off search $s, no AOT cache, with --add-modules=jdk.incubator.vector" "${cli[@]}" --add-modules=jdk.incubator.vector dev.faultline.app.cli.CliMain search --case "$work/case" "$s")")
    done
    field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" | tail -1; }
    mix() { # extra java options -> "p50 p99"
        "${search_java[@]}" "$@" -Dbench.warmupSeconds=5 dev.faultline.bench.search.SearchBench "$work/search-index" "$rounds" \
            218.188.2.4 cbscore.dll 0x7fed806eb5d '"check pass; user unknown"' 'host:host-42 AND sshd' \
            'time:[2024-07-01 TO 2024-07-02] AND failure' facets:ftpd 2>/dev/null | grep 'query=MIX' | { read -r l; echo "$(echo "$l" | field p50ms) $(echo "$l" | field p99ms)"; }
    }
    ingest() { # extra java options -> lines/s
        rm -rf "$work/ingest-index"
        "${search_java[@]}" "$@" dev.faultline.bench.search.IngestBench faultline "$data" "$ingest_lines" "$work/ingest-index" 2>/dev/null | grep '^mode=' | field rate
        rm -rf "$work/ingest-index"
    }
    read -r mix_without_50 mix_without_99 < <(mix)
    read -r mix_with_50 mix_with_99 < <(mix --add-modules=jdk.incubator.vector)
    ingest_without=$(ingest)
    ingest_with=$(ingest --add-modules=jdk.incubator.vector)
    ingest_without2="-"
    ingest_with2="-"
    if [ "${STARTUP_INGEST_TWICE:-1}" = 1 ]; then
        ingest_without2=$(ingest)
        ingest_with2=$(ingest --add-modules=jdk.incubator.vector)
    fi

fi

date_utc="$(utc_minute)"
aot="no AOT cache"
[ -f "$product/faultline-cli.aot" ] && aot="AOT cache $(du -m "$product/faultline-cli.aot" | cut -f1) MB"
for c in search; do
    if [ -f "$product/faultline-$c.aot" ]; then aot+=", $c its own $(du -m "$product/faultline-$c.aot" | cut -f1) MB (classes linked, Faultline/Lucene/Jackson jars only)"; fi
done
table="$(mktemp)"
{
    echo "### $date_utc — $(machine_line); load average at start $load_start, at end $(load_average)"
    echo
    echo "Whole process, start to exit, output to /dev/null; $runs runs after one untimed run, each Faultline command alternating with its peer (and the ratio of each such pair); ./faultline = the lean plain-JVM CLI path with the product's $aot (version, search and a parse under 32 MB with C1 alone and the serial GC: releng/scripts/cli-launch.sh):"
    echo
    echo "| command | min s | median s | max s | CPU s (median; user+sys, all threads) |"
    echo "|---|---:|---:|---:|---:|"
    row "$version"
    echo "| (goal: \`./faultline version\` median ≤ 0.3 s) | | | | |"
    for r in "${parse_rows[@]}"; do row "$r"; done
    echo "| (goal: \`parse\` of a System.evtx no slower than \`evtxexport -f xml\` on it) | | | | |"
    for r in "${search_rows[@]}"; do row "$r"; done
    echo "| (goal: a one-off \`search\` no slower than \`rg -c -F\` over the raw lines) | | | | |"
    if [ "${STARTUP_VECTOR:-1}" = 1 ]; then
        echo
        echo "The vector incubator module (\`--add-modules=jdk.incubator.vector\`), same run:"
        echo
        echo "| measurement | without the module | with the module |"
        echo "|---|---:|---:|"
        for ((i = 0; i < ${#vector_rows[@]}; i += 2)); do
            IFS='|' read -r l1 _ m1 _ c1 <<<"${vector_rows[i]}"
            IFS='|' read -r _ _ m2 _ c2 <<<"${vector_rows[i + 1]}"
            echo "| ${l1%, without the module} (whole process, median s of $runs; CPU s) | $m1 (CPU $c1) | $m2 (CPU $c2) |"
        done
        echo "| search mix, warm JVM, $rounds rounds per query after 5 s warm-up: p50 / p99 ms | $mix_without_50 / $mix_without_99 | $mix_with_50 / $mix_with_99 |"
        echo "| ingest, EvidenceIndex.add of $ingest_lines lines, lines/s (two runs each, alternating) | $ingest_without, $ingest_without2 | $ingest_with, $ingest_with2 |"
        echo
    fi
} >"$table"
cat "$table"
# under a "## startup" heading: the file's last section, else a new one at its end (other suites append too)
if [ "$(grep '^## ' "$results" 2>/dev/null | tail -n 1)" != "## startup" ]; then
    printf '\n## startup\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
