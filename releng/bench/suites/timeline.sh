#!/usr/bin/env bash
# Bench suite "timeline" (issue 10): the merged timeline on a 10-million-event index.
#  - Whole time axis: counts per bucket (400 buckets) in one lane, and per host / per kind lane,
#    counted in the index from doc values (TimeHistogram), p50/p99 after a 3 s warm-up.
#  - Table: the first page (100 rows) oldest and newest first, the next page by cursor, a
#    filtered first page.
#  - Export: every event as Timesketch CSV (the header's field-name pass from the index's name-list
#    terms, time-ordered merge of the segments' stored fields into a reused view, CSV cells written
#    straight into a char buffer, UTF-8 to a counting stream) in events per second, twice, with the
#    ceiling measured in the same JVM before each: a bare Lucene scan of every document's stored
#    fields into a Document (the codec's sequential reader). The export's two parts (name pass,
#    ordered stored scan) are also timed alone.
# The index is built once by the search suite's ingest (loghub Linux+Windows lines replicated with
# varied hosts and timestamps; dev.faultline.bench.search.IngestBench) under $TIMELINE_BENCH_TMP
# (default /tmp/faultline-timeline-bench), never in the repository; TIMELINE_KEEP=1 keeps it.
# TIMELINE_INDEX=DIR measures a prebuilt index folder instead (e.g. the index-10000000 folder a run with
# TIMELINE_KEEP=1 left, or an investigation's index folder) and never deletes it.
# usage: releng/bench/suites/timeline.sh [shared-data-dir]
#   TIMELINE_EVENTS (default 10000000), TIMELINE_ROUNDS (default 30), TIMELINE_INDEX, TIMELINE_KEEP
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
events="${TIMELINE_EVENTS:-10000000}"
rounds="${TIMELINE_ROUNDS:-30}"
work="${TIMELINE_BENCH_TMP:-/tmp/faultline-timeline-bench}"
target="$root/releng/bench/target"
classes="$target/timeline-classes"
libs="$target/timeline-libs"
results="${TIMELINE_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"

mkdir -p "$libs" "$work"
for a in org.apache.lucene:lucene-core:10.6.0 org.apache.lucene:lucene-queryparser:10.6.0 org.apache.lucene:lucene-analysis-common:10.6.0 \
         org.apache.lucene:lucene-facet:10.6.0 org.apache.lucene:lucene-queries:10.6.0 org.apache.lucene:lucene-sandbox:10.6.0 \
         com.fasterxml.jackson.core:jackson-core:2.22.4 com.fasterxml.jackson.core:jackson-databind:2.22.4 \
         org.apache.commons:commons-csv:1.14.1 commons-io:commons-io:2.20.0 commons-codec:commons-codec:1.19.0 \
         org.eclipse.emf:org.eclipse.emf.common:2.46.0 \
         org.eclipse.emf:org.eclipse.emf.ecore:2.43.0 org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0; do
    jar="$libs/$(echo "$a" | cut -d: -f2)-$(echo "$a" | cut -d: -f3).jar"
    [ -f "$jar" ] || (cd "$work" && mvn -q -B dependency:copy -Dartifact="$a" -DoutputDirectory="$libs")
done
cp="$classes:$(ls "$libs"/*.jar | paste -sd:)"
rm -rf "$classes" && mkdir -p "$classes"
t="$root/bundles/dev.faultline.timeline/src/dev/faultline/timeline"
"$java_home/bin/javac" --release 21 -nowarn -d "$classes" -cp "$cp" \
    "$root"/bundles/dev.faultline.core/src/dev/faultline/core/evidence/*.java \
    $(find "$root/bundles/dev.faultline.index/src" "$root/bundles/dev.faultline.model/src" "$root/bundles/dev.faultline.model/src-gen" \
        "$root/releng/bench/src/dev/faultline/bench/search" "$root/releng/bench/src/dev/faultline/index" "$root/releng/bench/src/dev/faultline/bench/timeline" -name '*.java') \
    $(ls "$t"/*.java | grep -v '/InvestigationTimelineIndex.java$') "$t"/export/*.java # (that one opens a cluster index too: not benched here)
java=(nice "$java_home/bin/java" -Xmx2g --add-modules=jdk.incubator.vector -cp "$cp")
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" | tail -1; }

index="${TIMELINE_INDEX:-$work/index-$events}"
if [ -n "${TIMELINE_INDEX:-}" ]; then
    [ -f "$index/segments_1" ] || ls "$index"/segments_* >/dev/null 2>&1 || { echo "timeline bench: no Lucene index in TIMELINE_INDEX=$index" >&2; exit 2; }
elif [ ! -f "$index/.complete" ]; then
    rm -rf "$work"/index-*
    "${java[@]}" dev.faultline.bench.search.IngestBench faultline "$data" "$events" "$index" 2>/dev/null | grep '^mode=' >&2
    touch "$index/.complete"
fi
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
out="$("${java[@]}" dev.faultline.bench.timeline.TimelineBench "$index" "$rounds" 2>/dev/null | grep '^op=')"
echo "$out" >&2
if [ "${TIMELINE_KEEP:-0}" != 1 ] && [ -z "${TIMELINE_INDEX:-}" ]; then
    rm -rf "$work"
fi

op() { echo "$out" | grep "^op=$1 "; }
date_utc="$(utc_minute)"
load="$(load_average)"
best() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (a > b ? a : b) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
export1="$(best "$(op export-timesketch-csv | field rate)" "$(op export-timesketch-csv-again | field rate)")"
export2="$(best "$(op export-timesketch-csv-2threads | field rate)" "$(op export-timesketch-csv-2threads-again | field rate)")"
ceiling1="$(best "$(op ceiling-stored-fields-scan | field rate)" "$(op ceiling-stored-fields-scan-again | field rate)")"
ceiling2="$(best "$(op ceiling-2threads | field rate)" "$(op ceiling-2threads-again | field rate)")"
layout="$(op stored-layout)"
same="$(op export-same-bytes-again | field same)"
row() { echo "| $2 | $3 | $(op "$1" | field p50ms) | $(op "$1" | field p99ms) | $4 |"; }
stream() { echo "| $2 | $3 | $(op "$1" | field events) | $(op "$1" | field seconds) | $(op "$1" | field rate) |"; }
table="$(mktemp)"
{
    echo "### $date_utc — $(machine_line), load average before the bench JVM: $load_before, at end: $load"
    echo
    echo "Index of $(op size | field events) events ($index; $(echo "$layout" | field segments) segments), all figures in one JVM (\`nice\`d, -Xmx2g); operations timed $rounds rounds each after a 3 s warm-up (JIT-warm), p50/p99 of the rounds:"
    echo
    echo "| operation | what it measures | p50 ms | p99 ms | goal |"
    echo "|---|---|---:|---:|---|"
    row axis-counts-one-lane "axis counts, one lane" "400 buckets over the whole time range: bucket edges by binary search in each time-sorted segment, counts = doc id differences (no record's time read)" "< 200"
    row axis-counts-by-host "axis counts by host" "the same, one lane per host (busiest 12 + other): each host's keyword term's doc ids walked against the edges" "< 200"
    row axis-counts-by-kind "axis counts by kind" "the same, one lane per kind" "< 200"
    row axis-counts-by-source "axis counts by evidence file" "the same, one lane per file: each record's facet ordinal in the bucket's doc range" "< 200"
    row axis-counts-filtered-host "axis counts, host:host-42" "a filtered axis ($(op filtered-sizes | field host42) records): the collector, doc id → bucket from the edges" ""
    row axis-counts-filtered-text-by-host "axis counts, free text 'error', by host" "a filtered axis ($(op filtered-sizes | field error) records), lanes from doc values" ""
    row first-page-oldest "first page, oldest first" "100 rows of the table joined with the model" "< 100"
    row first-page-newest "first page, newest first" "the same, newest first" "< 100"
    row next-page-oldest "next page, oldest first" "the page after the first, by cursor" ""
    row first-page-filtered-host "first page, host:host-42" "a filtered table" ""
    echo
    echo "Stored layout: $(echo "$layout" | field storedFieldsPerDoc) stored fields and $(echo "$layout" | field bytesPerDoc) compressed bytes ($(echo "$layout" | field charsPerDoc) characters of strings) per document; codec $(echo "$layout" | field codec), $(echo "$layout" | field attributes | tr '_' ' ')."
    echo
    echo "| stream (in this order per round: ceiling, export 1 thread, export 2 threads, ceiling 2 threads; then again) | what it measures | events | seconds | events/s |"
    echo "|---|---|---:|---:|---:|"
    stream ceiling-stored-fields-scan "ceiling: bare Lucene stored-fields scan" "every document's stored fields into a new Lucene Document in index order (codec's sequential reader), one thread"
    stream export-timesketch-csv "timesketch-csv export, 1 thread" "header's field-name pass + time-ordered merge of the segments' stored fields + CSV rows (UTF-8) to a counting stream (CRC-32C)"
    stream export-timesketch-csv-2threads "**timesketch-csv export, 2 threads**" "the same, windows of ~32,768 rows rendered on 2 threads into byte buffers, written in order (goal ≥ 500,000/s)"
    stream ceiling-2threads "ceiling, 2 threads" "the ceiling with the segments shared out to 2 threads"
    stream ceiling-stored-fields-scan-again "ceiling again" "as above (JIT-warm)"
    stream export-timesketch-csv-again "export again, 1 thread" "as above"
    stream export-timesketch-csv-2threads-again "**export again, 2 threads**" "as above; same bytes as 1 thread (CRC-32C): $same"
    stream ceiling-2threads-again "ceiling again, 2 threads" "as above"
    echo "| export / ceiling | best 1-thread export / best 1-thread ceiling; best 2-thread export / best 2-thread ceiling | | | $(ratio "$export1" "$ceiling1"); $(ratio "$export2" "$ceiling2") |"
    stream ceiling-part-decompress-only "ceiling's part: decompress" "the visitor stops at each document's first field: block decompression and document header only"
    stream ceiling-part-decode-all "ceiling's part: decode" "every field decoded (strings built), nothing kept"
    stream ceiling-part-document "ceiling's part: Document" "every field into a new Document (= the ceiling, run last)"
    stream scan-time-ordered-stored "export's part: time-ordered stored scan" "segments merged by time, every record's stored fields into a reused view, nothing written"
    echo "| export's part: header field-name pass | names of the records' fields from the index's name-list terms ($(op export-field-names | field names) names) | | $(op export-field-names | field ms) ms | |"
    echo
} >"$table"
cat "$table"
if ! grep -q '^## timeline' "$results" 2>/dev/null; then
    printf '\n## timeline\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
