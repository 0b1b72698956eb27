#!/usr/bin/env bash
# Bench suite "opensearch" (issue 17): the evidence index on a local OpenSearch cluster beside the
# embedded Lucene index, the same records and the same queries.
#  - Ingest: records per second, EvidenceIndex.add (one JVM, -Xmx2g, one commit) vs
#    OpenSearchIndex.build into 3 shards with 1 replica on a local 3-node cluster (documents and
#    token variants built on the client, bulk requests of ~4 MB, then replicas placed, refresh and
#    the alias switch; all inside the time). Records: the search suite's synthetic log (loghub
#    Linux_2k + Windows_2k replicated with varied hosts and times), OS_BENCH_LINES of them.
#  - Search: p50/p99 latency of the search suite's query mix (top 20 newest first, highlighted, and
#    two faceted queries) on both, after a 10 s warm-up; for OpenSearch the time includes the HTTP
#    round trip from a client on the same machine.
#  - Size: on-disk bytes per million records (embedded: the index folder; OpenSearch: primary
#    shards' store size, and the total with replicas).
#  The 3 nodes (OS_BENCH_HEAP each, default 1g) share the machine's cores with the client and with
#  whatever else runs: this measures a cluster on one small machine, not a production cluster.
# Appends a Markdown table with the machine and date to releng/bench/RESULTS.md under "## opensearch".
# usage: releng/bench/run opensearch   (or releng/bench/suites/opensearch.sh [shared-data-dir])
#   OS_BENCH_LINES (default 500000), OS_BENCH_ROUNDS (default 30), OS_BENCH_PORT (default 9400),
#   OS_BENCH_TMP (default /tmp/faultline-opensearch-bench)
#   OS_BENCH_URL: a running cluster to use instead of starting (and stopping) a local 3-node one, e.g.
#     one started by `FAULTLINE_OPENSEARCH_PORT=9400 releng/opensearch/cluster.sh start 3`; the suite
#     writes index OS_BENCH_INDEX (default faultline-bench) there, with 1 replica when it has 2 or more
#     data nodes, and deletes it at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
lines="${OS_BENCH_LINES:-500000}"
rounds="${OS_BENCH_ROUNDS:-30}"
port="${OS_BENCH_PORT:-9400}"
work="${OS_BENCH_TMP:-/tmp/faultline-opensearch-bench}"
results="${SEARCH_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"
heap="${OS_BENCH_HEAP:-1g}"

. "$root/releng/bench/lib/search-classes.sh"
# Jackson's ObjectMapper (the OpenSearch client's JSON) needs the annotations jar at run time
[ -f "$search_libs/jackson-annotations-2.22.jar" ] || (cd "$work" && mvn -q dependency:copy \
    -Dartifact=com.fasterxml.jackson.core:jackson-annotations:2.22 -DoutputDirectory="$search_libs")
search_cp="$search_cp$search_libs/jackson-annotations-2.22.jar"
search_java=("$java_home/bin/java" -Xmx2g -cp "$search_cp")
# the OpenSearch backend and this bench on top of the search classes
"$java_home/bin/javac" --release 21 -d "$search_classes" -cp "$search_cp" \
    $(find "$root/bundles/dev.faultline.index.opensearch/src" "$root/releng/bench/src/dev/faultline/bench/opensearch" -name '*.java')
java=("${search_java[@]}" --add-modules=jdk.incubator.vector)
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" | tail -1; }

export FAULTLINE_OPENSEARCH_HOME="$work/cluster" FAULTLINE_OPENSEARCH_PORT="$port" FAULTLINE_OPENSEARCH_HEAP="$heap"
cluster="$root/releng/opensearch/cluster.sh"
name="${OS_BENCH_INDEX:-faultline-bench}"
rm -rf "$work/embedded" && mkdir -p "$work"
if [ -n "${OS_BENCH_URL:-}" ]; then
    url="${OS_BENCH_URL%/}"
    curl -sf "$url/_cluster/health" >/dev/null || { echo "opensearch bench: no cluster answers at $url" >&2; exit 2; }
    # by exact name: a cluster may refuse wildcard deletes (action.destructive_requires_name)
    drop_bench_index() {
        for index in $(curl -s "$url/_cat/indices/$name-*?h=index" 2>/dev/null); do
            curl -s -X DELETE "$url/$index" >/dev/null 2>&1 || true
        done
    }
    trap drop_bench_index EXIT
    started=0
else
    rm -rf "$work/cluster"
    trap '"$cluster" stop >/dev/null 2>&1 || true' EXIT
    cluster_start=$(date +%s)
    "$cluster" start 3 >&2
    started=$(( $(date +%s) - cluster_start ))
    url="http://127.0.0.1:$port"
fi
data_nodes="$(curl -s "$url/_cluster/health" | sed -n 's/.*"number_of_data_nodes":\([0-9]*\).*/\1/p')"
replicas=$(( data_nodes > 1 ? 1 : 0 ))

embedded_out="$("${java[@]}" dev.faultline.bench.opensearch.BackendBench ingest embedded "$data" "$lines" "$work/embedded" 2>/dev/null | grep '^mode=')"
opensearch_out="$("${java[@]}" dev.faultline.bench.opensearch.BackendBench ingest opensearch "$data" "$lines" "$url" "$name" 3 "$replicas" 2>/dev/null | grep '^mode=')"
embedded_bytes="$(du -sb "$work/embedded" | cut -f1)"
stats="$(curl -s "$url/_cat/indices/$name?h=pri.store.size,store.size&bytes=b")"
primary_bytes="$(echo "$stats" | awk '{ print $1 }')"
total_bytes="$(echo "$stats" | awk '{ print $2 }')"
mb_per_m() { awk -v b="$1" -v l="$lines" 'BEGIN { printf "%.0f", b / 1048576 / (l / 1000000) }'; }

queries=("218.188.2.4" "cbscore.dll" "0x7fed806eb5d" "\"check pass; user unknown\"" "host:host-42 AND sshd"
    "time:[2024-07-01 TO 2024-07-02] AND failure" "facets:ftpd" "facets:host:host-42 AND sshd")
embedded_search="$("${java[@]}" dev.faultline.bench.opensearch.BackendBench search embedded "$work/embedded" "$rounds" "${queries[@]}" 2>/dev/null | grep '^query=')"
opensearch_search="$("${java[@]}" dev.faultline.bench.opensearch.BackendBench search opensearch "$url/$name" "$rounds" "${queries[@]}" 2>/dev/null | grep '^query=')"

date_utc="$(utc_minute)"
load="$(load_average)"
table="$(mktemp)"
{
    echo "### $date_utc — $(machine_line), load average at end: $load"
    echo
    if [ -n "${OS_BENCH_URL:-}" ]; then
        echo "Ingest of $lines synthetic log records (search suite's generator); OpenSearch: the running cluster at $url ($data_nodes data nodes), 3 shards × $replicas replica(s):"
    else
        echo "Ingest of $lines synthetic log records (search suite's generator); OpenSearch 3.9: 3 local nodes (heap $heap each, started in $started s) on the same cores, 3 shards × $replicas replica(s):"
    fi
    echo
    echo "| backend | records/s | seconds | MB per million records on disk |"
    echo "|---|---:|---:|---:|"
    echo "| embedded Lucene index (EvidenceIndex.add, one commit) | $(echo "$embedded_out" | field rate) | $(echo "$embedded_out" | field seconds) | $(mb_per_m "$embedded_bytes") |"
    echo "| OpenSearch (OpenSearchIndex.build: client-side documents, bulk, replicas, alias switch) | $(echo "$opensearch_out" | field rate) | $(echo "$opensearch_out" | field seconds) | $(mb_per_m "$primary_bytes") primaries, $(mb_per_m "$total_bytes") with replicas |"
    echo
    echo "Search, $rounds rounds per query after a 10 s warm-up (top 20 newest first, highlighted; OpenSearch: HTTP from a client on the same machine):"
    echo
    echo "| query | hits | embedded p50 ms | embedded p99 ms | OpenSearch p50 ms | OpenSearch p99 ms |"
    echo "|---|---:|---:|---:|---:|---:|"
    i=1
    for q in "${queries[@]}" MIX; do
        a="$(echo "$embedded_search" | sed -n "${i}p")"
        b="$(echo "$opensearch_search" | sed -n "${i}p")"
        name="\`$q\`"; [ "$q" = MIX ] && name="**mix**"
        hits="$(echo "$a" | field hits)"; [ "$q" = MIX ] && hits=""
        [ "$q" != MIX ] && [ "$(echo "$b" | field hits)" != "$hits" ] && hits="$hits (OpenSearch: $(echo "$b" | field hits))"
        echo "| $name | $hits | $(echo "$a" | field p50ms) | $(echo "$a" | field p99ms) | $(echo "$b" | field p50ms) | $(echo "$b" | field p99ms) |"
        i=$((i + 1))
    done
    echo
} >"$table"
cat "$table"
if ! grep -q '^## opensearch' "$results" 2>/dev/null; then
    printf '\n## opensearch\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
