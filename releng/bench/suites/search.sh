#!/usr/bin/env bash
# Bench suite "search" (issue 6): the Lucene evidence index.
#  - Ingest: lines per second, Faultline (lines -> EvidenceRecords -> EvidenceIndex.add: ids,
#    facets, typed and stored fields, one commit) vs a plain Lucene IndexWriter fed (a) the same
#    documents (same mapper, analyzer and settings) and (b) minimal documents (text, time, host,
#    source, line) with the same analyzer and settings. Each in its own JVM
#    (-Xmx2g, --add-modules=jdk.incubator.vector). Lines: loghub Linux_2k + Windows_2k
#    replicated with varied hosts and timestamps (dev.faultline.bench.search.SyntheticLog; the
#    simplest line -> record mapping, not the format parsers).
#  - Search: p50/p99 latency of a mix of term, phrase, field, range, hex and faceted queries
#    (top 20 newest first, highlighted, stored fields loaded; facets with the default options:
#    exact up to 100,000 hits, on a random sample above) on an index of SEARCH_LINES lines,
#    after a 10 s untimed warm-up of the whole mix,
#    vs ripgrep (Debian package) scanning the same raw text for the same selective strings
#    (rg -c, page cache warm). The range query has no ripgrep equivalent.
#  - Index size per million lines and peak heap.
#  Wall-clock latencies depend on what else runs on the machine (the load average is printed);
#  the CPU time of the JVM (all threads: searching on every core, JIT, GC) is printed too.
# Prints a Markdown table and appends it with the machine description and date to
# releng/bench/RESULTS.md under "## search". Indexes and raw text live under $SEARCH_BENCH_TMP
# (default /tmp/faultline-search-bench), never in the repository.
# usage: releng/bench/suites/search.sh [shared-data-dir]
#   INGEST_LINES (default 1000000), SEARCH_LINES (default 10000000), SEARCH_ROUNDS (default 50),
#   RG_ROUNDS (default 10), SEARCH_BENCH_RESULTS (default releng/bench/RESULTS.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
ingest_lines="${INGEST_LINES:-1000000}"
search_lines="${SEARCH_LINES:-10000000}"
rounds="${SEARCH_ROUNDS:-50}"
rg_rounds="${RG_ROUNDS:-10}"
work="${SEARCH_BENCH_TMP:-/tmp/faultline-search-bench}"
results="${SEARCH_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"

if ! command -v rg >/dev/null; then
    apt-get update && apt-get install -y ripgrep
fi
. "$root/releng/bench/lib/search-classes.sh"
java=("${search_java[@]}" --add-modules=jdk.incubator.vector)
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" | tail -1; }

ingest() { # mode lines dir [raw-out]
    "${java[@]}" dev.faultline.bench.search.IngestBench "$@" 2>/dev/null | grep '^mode='
}
plain_out="$(ingest plain "$data" "$ingest_lines" "$work/plain-index")"
same_out="$(ingest same "$data" "$ingest_lines" "$work/same-index")"
if [ "$search_lines" = "$ingest_lines" ]; then
    faultline_out="$(ingest faultline "$data" "$ingest_lines" "$work/search-index" "$work/raw.log")"
else
    faultline_out="$(ingest faultline "$data" "$ingest_lines" "$work/ingest-index")"
fi
plain_rate="$(echo "$plain_out" | field rate)"
faultline_rate="$(echo "$faultline_out" | field rate)"
same_rate="$(echo "$same_out" | field rate)"
ratio="$(awk -v a="$faultline_rate" -v b="$same_rate" 'BEGIN { printf "%.2f", a / b }')"
ratio_plain="$(awk -v a="$faultline_rate" -v b="$plain_rate" 'BEGIN { printf "%.2f", a / b }')"
mb_per_m() { awk -v b="$1" -v l="$2" 'BEGIN { printf "%.0f", b / 1048576 / (l / 1000000) }'; }
plain_size="$(mb_per_m "$(echo "$plain_out" | field bytes)" "$ingest_lines")"
same_size="$(mb_per_m "$(echo "$same_out" | field bytes)" "$ingest_lines")"
faultline_size="$(mb_per_m "$(echo "$faultline_out" | field bytes)" "$ingest_lines")"
rm -rf "$work/plain-index" "$work/same-index" "$work/ingest-index"

if [ "$search_lines" = "$ingest_lines" ]; then
    search_out="$faultline_out"
else
    search_out="$(ingest faultline "$data" "$search_lines" "$work/search-index" "$work/raw.log")"
fi
search_size="$(mb_per_m "$(echo "$search_out" | field bytes)" "$search_lines")"
search_heap="$(echo "$search_out" | field heapPeakMB)"
raw_mb="$(du -m "$work/raw.log" | cut -f1)"

# query | ripgrep arguments (empty: no equivalent)
queries=(
    "218.188.2.4|-F 218.188.2.4"
    "cbscore.dll|-F cbscore.dll"
    "0x7fed806eb5d|-F 0x7fed806eb5d"
    "\"check pass; user unknown\"|-F check pass; user unknown"
    "host:host-42 AND sshd| host-42 .*sshd"
    "time:[2024-07-01 TO 2024-07-02] AND failure|"
    "facets:ftpd|-F ftpd"
    "facets:host:host-42 AND sshd| host-42 .*sshd"
)
qargs=()
for q in "${queries[@]}"; do qargs+=("${q%%|*}"); done
lucene_out="$("${java[@]}" dev.faultline.bench.search.SearchBench "$work/search-index" "$rounds" "${qargs[@]}" 2>/dev/null | grep '^query=')"

rg_time() { # args... -> p50 p99 ms over rg_rounds
    rg -c "$@" "$work/raw.log" >/dev/null || true
    local times=()
    for ((i = 0; i < rg_rounds; i++)); do
        local t0 t1
        t0="$(date +%s%N)"
        rg -c "$@" "$work/raw.log" >/dev/null || true
        t1="$(date +%s%N)"
        times+=("$(( (t1 - t0) / 1000 ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { p50 = a[int((NR + 1) / 2)]; i99 = int(NR * 0.99 + 0.999); if (i99 < 1) i99 = 1; printf "%.1f %.1f\n", p50 / 1000, a[i99] / 1000 }'
}

date_utc="$(utc_minute)"
load="$(load_average)"
table="$(mktemp)"
{
    echo "### $date_utc — $(machine_line), load average at end: $load"
    echo
    echo "Ingest, $ingest_lines lines (loghub Linux+Windows replicated, simplest line→record mapping):"
    echo
    echo "| indexer | lines/s | index MB per million lines | peak heap MB |"
    echo "|---|---:|---:|---:|"
    echo "| plain Lucene IndexWriter, minimal documents (same analyzer; text+time+host+source+line, no facets/ids/offsets) | $plain_rate | $plain_size | $(echo "$plain_out" | field heapPeakMB) |"
    echo "| plain Lucene IndexWriter, the same documents as Faultline (same mapper, analyzer, settings) | $same_rate | $same_size | $(echo "$same_out" | field heapPeakMB) |"
    echo "| Faultline EvidenceIndex.add (records → ids, replace-by-file, progress, commit) | $faultline_rate | $faultline_size | $(echo "$faultline_out" | field heapPeakMB) |"
    echo "| **ratio Faultline / plain with the same documents** (goal ≥ 0.8) | **$ratio** | | |"
    echo "| ratio Faultline / plain with minimal documents (cost of the richer schema included) | $ratio_plain | | |"
    echo
    echo "Search, index of $search_lines lines ($search_size MB per million lines, built with peak heap $search_heap MB), raw text $raw_mb MB; Faultline $rounds rounds per query after a 10 s warm-up of the mix (top 20 newest first, highlighted), ripgrep $rg_rounds rounds (rg -c, warm cache):"
    echo
    echo "| query | hits | Faultline p50 ms | Faultline p99 ms | Faultline CPU (all threads) p50 / p99 ms | ripgrep p50 ms | ripgrep p99 ms | speed-up p50 |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    i=0
    for q in "${queries[@]}"; do
        query="${q%%|*}"
        rgargs="${q#*|}"
        line="$(echo "$lucene_out" | sed -n "$((i + 1))p")"
        hits="$(echo "$line" | field hits)"
        sampled="$(echo "$line" | field sampled)"
        if [ -n "$sampled" ] && [ "$sampled" != "-" ]; then
            hits="$hits (facets on a $sampled sample)"
        fi
        p50="$(echo "$line" | field p50ms)"
        p99="$(echo "$line" | field p99ms)"
        if [ -n "$rgargs" ]; then
            if [ "${rgargs:0:3}" = "-F " ]; then
                read -r r50 r99 < <(rg_time -F -- "${rgargs:3}")
            else
                read -r r50 r99 < <(rg_time -e "${rgargs:1}")
            fi
            speed="$(awk -v a="$r50" -v b="$p50" 'BEGIN { printf "%.0f×", a / b }')"
        else
            r50="—"; r99="—"; speed="—"
        fi
        echo "| \`$query\` | $hits | $p50 | $p99 | $(echo "$line" | field cpu50ms) / $(echo "$line" | field cpu99ms) | $r50 | $r99 | $speed |"
        i=$((i + 1))
    done
    mix="$(echo "$lucene_out" | grep 'query=MIX')"
    echo "| **mix** | | **$(echo "$mix" | field p50ms)** | **$(echo "$mix" | field p99ms)** (goal < 50) | $(echo "$mix" | field cpu50ms) / $(echo "$mix" | field cpu99ms) | | | |"
    echo
    echo "Heap held by the open, searched index after a full GC: $(echo "$lucene_out" | grep 'query=HEAP' | field heapMB) MB (JVM -Xmx2g)."
    echo
} >"$table"
cat "$table"
if ! grep -q '^## search' "$results" 2>/dev/null; then
    printf '\n## search\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
