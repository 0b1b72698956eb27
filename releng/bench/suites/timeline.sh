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
# usage: releng/bench/suites/timeline.sh [shared-data-dir]
#   TIMELINE_EVENTS (default 10000000), TIMELINE_ROUNDS (default 30)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
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
    "$t"/*.java "$t"/export/*.java
java=(nice "$java_home/bin/java" -Xmx2g --add-modules=jdk.incubator.vector -cp "$cp")
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" | tail -1; }

index="$work/index-$events"
if [ ! -f "$index/.complete" ]; then
    rm -rf "$work"/index-*
    "${java[@]}" dev.faultline.bench.search.IngestBench faultline "$data" "$events" "$index" 2>/dev/null | grep '^mode=' >&2
    touch "$index/.complete"
fi
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
out="$("${java[@]}" dev.faultline.bench.timeline.TimelineBench "$index" "$rounds" 2>/dev/null | grep '^op=')"
echo "$out" >&2
if [ "${TIMELINE_KEEP:-0}" != 1 ]; then
    rm -rf "$work"
fi

op() { echo "$out" | grep "^op=$1 "; }
date_utc="$(date -u +%Y-%m-%dT%H:%MZ)"
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
ram="$(free -g | awk '/Mem:/ { print $2 " GB" }')"
jdk="$("$java_home/bin/java" -version 2>&1 | head -1)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
export_rate="$(op export-timesketch-csv | field rate)"
export_rate2="$(op export-timesketch-csv-again | field rate)"
ceiling="$(op ceiling-stored-fields-scan | field rate)"
ceiling2="$(op ceiling-stored-fields-scan-again | field rate)"
share="$(awk -v a="$export_rate" -v a2="$export_rate2" -v b="$ceiling" -v c="$ceiling2" 'BEGIN { e = (a > a2 ? a : a2); m = (b > c ? b : c); printf "%.2f", e / m }')"
table="$(mktemp)"
{
    echo "### $date_utc — $(nproc) cores, $cpu, $ram RAM, $jdk, load average before the bench JVM: $load_before, at end: $load"
    echo
    echo "Index of $(op size | field events) events (loghub Linux+Windows lines replicated, varied hosts and times), all figures in one JVM (\`nice\`d, -Xmx2g); operations timed $rounds rounds each after a 3 s warm-up (JIT-warm), p50/p99 of the rounds:"
    echo
    echo "| operation | what it measures | p50 ms | p99 ms | goal |"
    echo "|---|---|---:|---:|---|"
    echo "| axis counts, one lane | 400 buckets over the whole time range, counted from doc values in the index | $(op axis-counts-one-lane | field p50ms) | $(op axis-counts-one-lane | field p99ms) | < 200 |"
    echo "| axis counts by host | the same, one lane per host (busiest 12 + other) | $(op axis-counts-by-host | field p50ms) | $(op axis-counts-by-host | field p99ms) | < 200 |"
    echo "| axis counts by kind | the same, one lane per kind | $(op axis-counts-by-kind | field p50ms) | $(op axis-counts-by-kind | field p99ms) | < 200 |"
    echo "| first page, oldest first | 100 rows of the table joined with the model | $(op first-page-oldest | field p50ms) | $(op first-page-oldest | field p99ms) | < 100 |"
    echo "| first page, newest first | the same, newest first | $(op first-page-newest | field p50ms) | $(op first-page-newest | field p99ms) | < 100 |"
    echo "| next page, oldest first | the page after the first, by cursor | $(op next-page-oldest | field p50ms) | $(op next-page-oldest | field p99ms) | |"
    echo "| first page, host:host-42 | a filtered table | $(op first-page-filtered-host | field p50ms) | $(op first-page-filtered-host | field p99ms) | |"
    echo
    echo "| stream (each run once, in this order: ceiling, export, ceiling again, export again) | what it measures | events | seconds | events/s |"
    echo "|---|---|---:|---:|---:|"
    echo "| ceiling: bare Lucene stored-fields scan | every document's stored fields read into a Lucene Document in index order (codec's sequential reader), nothing else | $(op ceiling-stored-fields-scan | field events) | $(op ceiling-stored-fields-scan | field seconds) | $ceiling |"
    echo "| **timeline timesketch-csv export** | header's field-name pass + time-ordered merge of the segments' stored fields + CSV rows (UTF-8) to a counting stream, first run (JIT warming; goal ≥ 500,000/s) | $(op export-timesketch-csv | field events) | $(op export-timesketch-csv | field seconds) | **$export_rate** |"
    echo "| ceiling again | as above | $(op ceiling-stored-fields-scan-again | field events) | $(op ceiling-stored-fields-scan-again | field seconds) | $ceiling2 |"
    echo "| **export again** | as above, second run (JIT-warm) | $(op export-timesketch-csv-again | field events) | $(op export-timesketch-csv-again | field seconds) | **$export_rate2** |"
    echo "| export / ceiling | best export run / best ceiling run, same JVM | | | $share |"
    echo "| part: time-ordered stored scan | the export's read alone: segments merged by time, every record's stored fields into a reused view, nothing written | $(op scan-time-ordered-stored | field events) | $(op scan-time-ordered-stored | field seconds) | $(op scan-time-ordered-stored | field rate) |"
    echo "| part: header field-name pass | the export's first step alone: names of the records' fields from the index's name-list terms ($(op export-field-names | field names) names) | | $(op export-field-names | field ms) ms | |"
    echo
} >"$table"
cat "$table"
if ! grep -q '^## timeline' "$results" 2>/dev/null; then
    printf '\n## timeline\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
