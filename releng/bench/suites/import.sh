#!/usr/bin/env bash
# Bench suite "import" (issue 15): the whole import path, whole process, at fleet scale.
#  - Faultline: `./faultline import --case DIR --format text LOG` of the search bench's synthetic log
#    (loghub Linux_2k + Windows_2k replicated with varied hosts and times, IMPORT_LINES lines, default
#    10,000,000): JVM and OSGi start, copy + SHA-256 into the evidence store, custody log, parse, model
#    mapping, index (every document with ids, facets, typed fields, positions; segments sorted by time),
#    one commit, model save. JVM -Xmx2g (the product's default heap).
#  - Peer, same run: the simplest indexer of the same file, a plain Lucene IndexWriter fed by one
#    thread reading it line by line, one minimal document per line (the line as stored full text with
#    Faultline's analyzer, file name, line number), same RAM buffer, one commit, its own JVM (-Xmx2g);
#    also whole process (dev.faultline.bench.search.PlainLineIndexer).
#  Both timed on the wall clock as whole processes with /usr/bin/time, which also gives CPU time and
#  peak RSS; /proc/PID/smaps_rollup sampled every 0.2 s splits the peak into anonymous memory (heap,
#  metaspace, stacks: what would grow with the file) and file-backed (jars, Lucene's mmapped index
#  files, which /usr/bin/time's peak RSS also counts). The ratio goal is >= 0.6 on the machine's
#  cores (both processes may use every core).
#  IMPORT_ZIP=1 also imports the same log as one entry of a .zip (stored, so the entry is as big as
#  the log) and reports its wall time and peak RSS; IMPORT_PLAIN=0 skips the peer (e.g. for a
#  100-million-line run, which needs ~11 GB for the log, as much again for its evidence copy and ~8 GB
#  of index under $IMPORT_BENCH_TMP).
# Prints a Markdown table and appends it with the machine and date to releng/bench/RESULTS.md under
# "## import". Data, investigation and indexes live under $IMPORT_BENCH_TMP (default
# /tmp/faultline-import-bench) and are deleted at the end (IMPORT_KEEP=1 keeps the generated log
# there, and a later run with the same IMPORT_LINES reuses it). IMPORT_LOG=FILE imports a prebuilt
# log instead (e.g. one kept by IMPORT_KEEP=1; never deleted).
# usage: releng/bench/suites/import.sh [shared-data-dir]
#   e.g. IMPORT_LINES=1000000 IMPORT_KEEP=1 releng/bench/run import
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
lines="${IMPORT_LINES:-10000000}"
work="${IMPORT_BENCH_TMP:-/tmp/faultline-import-bench}"
target="$root/releng/bench/target"
classes="$target/import-classes"
libs="$target/search-libs"
results="${IMPORT_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"

mkdir -p "$libs" "$work"
for a in lucene-core lucene-queryparser lucene-analysis-common lucene-facet lucene-queries lucene-sandbox; do
    [ -f "$libs/$a-10.6.0.jar" ] || (cd "$work" && mvn -q dependency:copy -Dartifact="org.apache.lucene:$a:10.6.0" -DoutputDirectory="$libs")
done
for a in jackson-core jackson-databind; do
    [ -f "$libs/$a-2.22.4.jar" ] || (cd "$work" && mvn -q dependency:copy -Dartifact="com.fasterxml.jackson.core:$a:2.22.4" -DoutputDirectory="$libs")
done
cp="$classes:$(ls "$libs"/*.jar | tr '\n' ':')"
rm -rf "$classes" && mkdir -p "$classes"
"$java_home/bin/javac" --release 21 -d "$classes" -cp "$cp" \
    "$root"/bundles/dev.faultline.core/src/dev/faultline/core/evidence/*.java \
    $(find "$root/bundles/dev.faultline.index/src" "$root/releng/bench/src/dev/faultline/bench/search" "$root/releng/bench/src/dev/faultline/index" -name '*.java')
java=("$java_home/bin/java" -Xmx2g --add-modules=jdk.incubator.vector -cp "$cp")

# the product, built when the sources changed (untimed)
export FAULTLINE_HOME="$work/faultline-home"
"$root/faultline" version >/dev/null

. "$root/releng/bench/lib/peak-memory.sh"
. "$root/releng/bench/lib/machine.sh"
log="${IMPORT_LOG:-$work/synthetic-$lines.log}"
if [ -n "${IMPORT_LOG:-}" ]; then
    [ -f "$log" ] || { echo "import bench: IMPORT_LOG=$log: no such file" >&2; exit 1; }
    lines="$(wc -l <"$log")"
elif [ ! -f "$log" ]; then
    nice "${java[@]}" dev.faultline.bench.search.PlainLineIndexer generate "$data" "$lines" "$log"
fi
log_mb="$(du -m "$log" | cut -f1)"
sync

load_before="$(load_average)"
rows=()
plain_rate=""
if [ "${IMPORT_PLAIN:-1}" = 1 ]; then
    timed plain "${java[@]}" dev.faultline.bench.search.PlainLineIndexer plain "$log" "$work/plain-index"
    plain_lines="$(sed -n 's/.*lines=\([0-9]*\).*/\1/p' "$work/plain.out")"
    plain_rate="$(rate "$plain_lines" "$wall")"
    rows+=("| plain Lucene IndexWriter, one thread reading the file, minimal documents (line text, file, line number; same analyzer and RAM buffer) | $plain_lines | $wall | $cpu | $plain_rate | $rss | $peak_anon_mb | $peak_file_mb |")
    rm -rf "$work/plain-index"
fi

rm -rf "$work/case"
timed faultline "$root/faultline" import --case "$work/case" --format text "$log"
summary="$(grep -m1 'format text' "$work/faultline.out" || true)"
f_lines="$(echo "$summary" | sed -n 's/.*format text, \([0-9]*\) records.*/\1/p')"
if [ -z "$f_lines" ]; then
    echo "import failed:" >&2; cat "$work/faultline.out" "$work/faultline.err" >&2; exit 3
fi
f_rate="$(rate "$f_lines" "$wall")"
index_mb="$(du -m "$work/case/index" | cut -f1)"
rows+=("| **Faultline \`import --format text\`** (copy + SHA-256, parse, model, index with ids/facets/positions, time-sorted segments, commit, save) | $f_lines | $wall | $cpu | **$f_rate** | $rss | **$peak_anon_mb** | $peak_file_mb |")
ratio=""
if [ -n "$plain_rate" ]; then
    ratio="$(awk -v a="$f_rate" -v b="$plain_rate" 'BEGIN { printf "%.2f", a / b }')"
fi
rm -rf "$work/case"

if [ "${IMPORT_ZIP:-0}" = 1 ]; then
    (cd "$work" && rm -f log.zip && nice zip -q -0 log.zip "$(basename "$log")")
    timed zip "$root/faultline" import --case "$work/case" --format text "$work/log.zip"
    z_lines="$(sed -n 's/.*format text, \([0-9]*\) records.*/\1/p' "$work/zip.out" | head -1)"
    rows+=("| Faultline \`import\` of a .zip whose one entry is that log ($(du -m "$work/log.zip" | cut -f1) MB, stored) | ${z_lines:-failed} | $wall | $cpu | $( [ -n "$z_lines" ] && rate "$z_lines" "$wall") | $rss | $peak_anon_mb | $peak_file_mb |")
    rm -rf "$work/case" "$work/log.zip"
fi

date_utc="$(utc_minute)"
machine="$(machine_line)"
table="$(mktemp)"
{
    echo "### $date_utc — $machine; load average before: $load_before, after: $(load_average)"
    echo
    echo "Import of the synthetic log ($lines lines, $log_mb MB; loghub Linux + Windows replicated), whole processes timed with /usr/bin/time (wall clock from JVM start to exit; CPU = user + system of all threads; peak RSS = maximum resident set of the process, mmapped index files included), JVM -Xmx2g; peak anonymous and file-backed memory from /proc/PID/smaps_rollup sampled every 0.2 s:"
    echo
    echo "| what | lines | wall s | CPU s | lines/s (wall, whole process) | peak RSS MB | peak anon MB | peak file-backed MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    if [ -n "$ratio" ]; then
        echo "| **ratio Faultline / plain Lucene** (goal ≥ 0.6) | | | | **$ratio** | | | |"
    fi
    echo
    echo "Faultline's index: $index_mb MB ($(awk -v b="$index_mb" -v l="$lines" 'BEGIN { printf "%.0f", b / (l / 1000000) }') MB per million lines)."
    echo
} >"$table"
cat "$table"
if ! grep -q '^## import' "$results" 2>/dev/null; then
    printf '\n## import\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
[ -n "${IMPORT_LOG:-}" ] || [ "${IMPORT_KEEP:-0}" = 1 ] || rm -f "$log"
