#!/usr/bin/env bash
# Bench suite "analysis" (issue 12): crash clustering and causal-chain proposals at fleet scale.
#  - Builds (once per size, kept under $ANALYSIS_BENCH_TMP) an investigation whose evidence index holds
#    ANALYSIS_CRASHES crash analyses shaped like the real ones: the fields Faultline's WinDbg parser reads
#    from the shared data's real !analyze outputs (90% Microsoft's csagent.sys channel-file-291 pattern
#    with a 0x50 kernel stack, the rest four other real analyses), one per host, hosts, times (04:10 to
#    05:27 UTC) and evidence places varied, raw text left out; plus a per-host deployment record of the
#    channel file for 97% of the hosts and Kernel-Power 41 events for 10%. The model has the updates,
#    drivers, four outages and 1,000 representative hosts.
#  - Times, in one JVM (-Xmx2g), after two untimed warm-up passes: clustering over doc values
#    (CrashClusterer + FleetScan) + recording the clusters in the model through the command stack +
#    proposing the chain (ChainProposer: update receipts, boot events, rationales) — "Faultline";
#    peers: grouping the same crashes by reading every record's stored fields (what loading every crash
#    as an object costs) in the same JVM, and GNU sort | uniq -c over a TSV of the crashes' grouping keys
#    (the grouping alone, no times, hosts or updates).
#  - Peak heap: the sum of the heap pools' peak usage during the timed pass (reset before it).
# Needs the product built (./mvnw -o verify -DskipTests): it compiles against its plugins.
# usage: releng/bench/suites/analysis.sh [shared-data-dir]
#   ANALYSIS_CRASHES (default "250000 1000000"), ANALYSIS_BENCH_TMP (default /tmp/faultline-analysis-bench),
#   ANALYSIS_BENCH_RESULTS (default releng/bench/RESULTS.md)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
sizes="${ANALYSIS_CRASHES:-250000 1000000}"
work="${ANALYSIS_BENCH_TMP:-/tmp/faultline-analysis-bench}"
results="${ANALYSIS_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"
plugins="$root/releng/dev.faultline.product/target/products/dev.faultline.product/linux/gtk/x86_64/faultline/plugins"
classes="$root/releng/bench/target/analysis-classes"
if [ ! -d "$plugins" ]; then
    (cd "$root" && ./mvnw -o -B -q verify -DskipTests)
fi
mkdir -p "$work"
rm -rf "$classes" && mkdir -p "$classes"
cp="$classes:$(ls "$plugins"/*.jar | tr '\n' ':')"
"$java_home/bin/javac" --release 21 -d "$classes" -cp "$cp" "$root"/releng/bench/src/dev/faultline/bench/analysis/*.java
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" | tail -1; }

rows=()
for n in $sizes; do
    out="$("$java_home/bin/java" -Xmx2g --add-modules=jdk.incubator.vector -cp "$cp" dev.faultline.bench.analysis.AnalysisBench "$data" "$n" "$work" 2>/dev/null)"
    echo "$out" >&2
    f="$(echo "$out" | grep '^mode=faultline')"
    s="$(echo "$out" | grep '^mode=storedfields')"
    keys="$work/keys-$n.tsv"
    t0="$(date +%s%N)"
    groups="$(LC_ALL=C sort "$keys" | uniq -c | wc -l)"
    t1="$(date +%s%N)"
    sortms="$(( (t1 - t0) / 1000000 ))"
    top="$(echo "$out" | grep '^top=')"
    rows+=("| $n | $(echo "$out" | field documents) | $(echo "$f" | field clusters) | $(echo "$f" | field proposals) | $(echo "$f" | field clusterMs) | $(echo "$f" | field proposeMs) | **$(echo "$f" | field totalMs)** | $(echo "$f" | field cpuMs) | $(echo "$f" | field heapPeakMB) | $(echo "$s" | field totalMs) / $(echo "$s" | field cpuMs) ($(echo "$s" | field heapPeakMB) MB) | $sortms ($groups groups) | $(echo "$top" | field count) crashes on $(echo "$top" | field hosts) hosts, share with update $(echo "$top" | field share) |")
done

date_utc="$(utc_minute)"
load="$(load_average)"
table="$(mktemp)"
{
    echo "### $date_utc — $(machine_line), -Xmx2g, load average at end: $load"
    echo
    echo "Crash clustering + recording the clusters in the model + chain proposals, over crash analyses in the evidence index (timed pass after two warm-up passes, one JVM); peers on the same crashes:"
    echo
    echo "| crashes | index documents | clusters | proposals | cluster ms | record + propose ms | **total ms, wall** (goal < 60,000 at 1 M) | CPU ms (all JVM threads) | peak heap MB | peer: stored fields of every crash, wall / CPU ms (peak heap) | peer: sort \\| uniq -c of the keys, wall ms | largest cluster |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${rows[@]}"
    echo
} >"$table"
cat "$table"
if ! grep -q '^## analysis' "$results" 2>/dev/null; then
    printf '\n## analysis\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
