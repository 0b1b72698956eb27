#!/usr/bin/env bash
# Bench suite "parse" (issue 4): evidence parsers of dev.faultline.core on one thread.
#  - WinDbg !analyze -v files parsed per second: every shared/data/windbg/*.txt held in memory and
#    parsed round-robin (PARSE_BENCH_WARMUP seconds untimed, then PARSE_BENCH_SECONDS timed). Goal >= 5,000/s.
#  - records per second for driverquery (/v table), CSV (Timesketch CSV with its multi-line XML
#    column) and syslog (loghub Linux_2k.log): each real file replicated to PARSE_BENCH_MB MiB
#    under releng/bench/target/parse-data and streamed from disk after one untimed pass, in a JVM
#    limited to -Xmx128m (streaming: memory does not grow with the file).
# Peers on the same replicated files in the same run: wc -l (I/O floor), python3's csv module
# (CSV), a python3 RFC 3164 regex parser (syslog). No Debian tool parses !analyze or driverquery
# output, so those rows have no peer.
# Both wall-clock and thread CPU time are reported: on a loaded machine CPU time is what one core does.
# Prints a Markdown table and appends it, with machine description and date, to
# releng/bench/RESULTS.md under "## parse".
# usage: releng/bench/suites/parse.sh [shared-data-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
warmup="${PARSE_BENCH_WARMUP:-3}"
seconds="${PARSE_BENCH_SECONDS:-10}"
mib="${PARSE_BENCH_MB:-200}"
target="$root/releng/bench/target"
lib="$target/lib"
classes="$target/parse-classes"
work="$target/parse-data"
results="$root/releng/bench/RESULTS.md"

mkdir -p "$lib" "$work"
for artifact in org.apache.commons:commons-csv:1.14.1 commons-io:commons-io:2.20.0 commons-codec:commons-codec:1.19.0 \
        com.fasterxml.jackson.core:jackson-core:2.22.4 com.fasterxml.jackson.core:jackson-databind:2.22.4 \
        com.fasterxml.jackson.core:jackson-annotations:2.22; do
    IFS=: read -r _ name version <<<"$artifact"
    # run Maven outside the reactor: its .mvn/ would load Tycho, which the system Maven cannot run
    [ -f "$lib/$name-$version.jar" ] || (cd "${TMPDIR:-/tmp}" && mvn -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$lib")
done
cp="$(ls "$lib"/*.jar | tr '\n' ':')"
rm -rf "$classes" && mkdir -p "$classes"
"$java_home/bin/javac" --release 21 -d "$classes" -cp "$cp" \
    $(find "$root/bundles/dev.faultline.core/src" "$root/bundles/dev.faultline.evtx/src" -name '*.java') $(find "$root/releng/bench/src" -name 'ParseBench.java')
java=("$java_home/bin/java" -Xmx128m -cp "$classes:$cp" dev.faultline.bench.ParseBench)

# replicate: keep the header lines, repeat the body until the file has $mib MiB
replicate() { # source header-lines output
    local source="$1" header="$2" out="$3" bytes=$((mib * 1048576))
    if [ -f "$out" ] && [ "$(stat -c %s "$out")" -ge "$bytes" ]; then return; fi
    local body="$out.body" chunk="$out.chunk"
    tail -n +"$((header + 1))" "$source" | grep -v '^//\.\.\.$' > "$body"
    [ -z "$(tail -c 1 "$body")" ] || echo >> "$body"
    cp "$body" "$chunk"
    while [ "$(stat -c %s "$chunk")" -lt 1048576 ]; do cat "$chunk" "$chunk" > "$chunk.2" && mv "$chunk.2" "$chunk"; done
    head -n "$header" "$source" > "$out"
    while [ "$(stat -c %s "$out")" -lt "$bytes" ]; do cat "$chunk" >> "$out"; done
    rm -f "$body" "$chunk"
}
replicate "$data/driverquery/generalupdate_bowl_driverquery_v_en.txt" 2 "$work/driverquery_v.txt"
replicate "$data/timeline/timesketch_evtx_part.csv" 1 "$work/timesketch.csv"
replicate "$data/loghub/Linux/Linux_2k.log" 0 "$work/syslog.log"

field() { sed -n "s/.*[[:space:]^]$1=\([0-9.]*\).*/\1/p;s/^$1=\([0-9.]*\).*/\1/p" | tail -1; }
rate() { awk -v r="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", r / s; else print "-" }'; }
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1048576 / s }'; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

rows=()
# WinDbg
out="$("${java[@]}" files windbg "$warmup" "$seconds" "$data"/windbg/*.txt)"
files="$(echo "$out" | field files)"; wall="$(echo "$out" | field seconds)"; cpu="$(echo "$out" | field cpu)"
windbg_cpu_rate="$(rate "$files" "$cpu")"
rows+=("| Faultline windbg: !analyze -v files, in memory, round-robin ($(ls "$data"/windbg/*.txt | wc -l) files) | $files files | – | – | – | $wall | $(rate "$files" "$wall") files/s | $cpu | $windbg_cpu_rate files/s |")

stream_row() { # label format file
    local label="$1" format="$2" file="$3"
    local out records rejected bytes wall cpu t0 process
    out="$("${java[@]}" stream "$format" 1 "$file")"
    records="$(echo "$out" | field records)"; rejected="$(echo "$out" | field rejected)"; bytes="$(echo "$out" | field bytes)"
    wall="$(echo "$out" | field seconds)"; cpu="$(echo "$out" | field cpu)"
    # like the peers: the whole process (JVM start, cold JIT, one pass), page cache warm
    t0="$(now)"; "${java[@]}" stream "$format" 0 "$file" > /dev/null; process="$(since "$t0")"
    last_rate="$(rate "$records" "$process")"
    rows+=("| $label ($(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MiB, $rejected rejected) | $records records | $process | **$last_rate rec/s** | – | $wall | $(rate "$records" "$wall") rec/s | $cpu | $(rate "$records" "$cpu") rec/s |")
    last_records="$records"
}
peer_row() { # label records-per-file file command...
    local label="$1" records="$2" file="$3"; shift 3
    "$@" < "$file" > /dev/null
    local t0 wall peer_rate
    t0="$(now)"; "$@" < "$file" > /dev/null; wall="$(since "$t0")"
    peer_rate="$(rate "$records" "$wall")"
    rows+=("| $label | $records records | $wall | $peer_rate rec/s | **$(awk -v a="$last_rate" -v b="$peer_rate" 'BEGIN { printf "%.2f×", a / b }')** | – | – | – | – |")
}
pyapp='import sys, csv
csv.field_size_limit(1 << 24)
n = 0
for row in csv.DictReader(sys.stdin): n += 1
print(n)'
pysyslog='import sys, re
p = re.compile(r"^(\w{3}) +(\d+) (\d\d:\d\d:\d\d) (\S+) ([^:\[ ]+)(?:\[(\d+)\])?: ?(.*)$")
n = 0
for line in sys.stdin:
    m = p.match(line)
    if m: n += 1
print(n)'

stream_row "Faultline driverquery: /v table, streamed" driverquery "$work/driverquery_v.txt"
peer_row "wc -l (I/O floor) on the driverquery file" "$last_records" "$work/driverquery_v.txt" wc -l
stream_row "Faultline timesketch: CSV with multi-line quoted XML, streamed" timesketch "$work/timesketch.csv"
peer_row "python3 csv.DictReader on the same CSV" "$last_records" "$work/timesketch.csv" /usr/bin/python3 -c "$pyapp"
peer_row "wc -l (I/O floor) on the CSV" "$last_records" "$work/timesketch.csv" wc -l
stream_row "Faultline syslog: RFC 3164 (loghub Linux), streamed" syslog "$work/syslog.log"
peer_row "python3 re, one RFC 3164 regex per line" "$last_records" "$work/syslog.log" /usr/bin/python3 -c "$pysyslog"
peer_row "wc -l (I/O floor) on the syslog file" "$last_records" "$work/syslog.log" wc -l

goal="$(awk -v r="$windbg_cpu_rate" 'BEGIN { print (r >= 5000) ? "met" : "NOT met" }')"
machine="$(machine_line), load average $(load_average)"
{
    echo
    echo "### parse — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $machine. Faultline: one thread, JVM -Xmx128m, every record's EvidenceRecord built; warm-up ${warmup} s untimed for WinDbg, one untimed pass for the streamed files."
    echo
    echo "Like with like: the **whole-process wall** columns time Faultline and each peer the same way (one process, start to exit, one pass over the file, page cache warm); **Faultline ÷ peer** divides those two wall rates (goal ≥ 1 against the simplest peer). The in-process columns are Faultline alone after one untimed pass (JIT warm): wall of the timed pass and CPU time of its thread."
    echo
    echo "| input | count | whole-process wall s | rate (whole-process wall) | Faultline ÷ peer (wall/wall) | in-process wall s | rate (in-process wall) | thread CPU s | rate (thread CPU) |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Goal ≥ 5,000 !analyze -v files/s on one core (thread CPU time): $goal ($windbg_cpu_rate files/s)."
    echo "Reproduce: \`releng/bench/suites/parse.sh\` (PARSE_BENCH_MB, PARSE_BENCH_SECONDS, PARSE_BENCH_WARMUP)."
} > "$target/parse-result.md"

if [ ! -f "$results" ]; then
    printf '# Benchmark results\n' > "$results"
fi
if ! grep -q '^## parse$' "$results"; then
    printf '\n## parse\n' >> "$results"
    cat "$target/parse-result.md" >> "$results"
else
    awk -v add="$target/parse-result.md" '
        /^## / && in_parse { while ((getline line < add) > 0) print line; in_parse = 0 }
        { print }
        /^## parse$/ { in_parse = 1 }
        END { if (in_parse) while ((getline line < add) > 0) print line }
    ' "$results" > "$results.tmp" && mv "$results.tmp" "$results"
fi
cat "$target/parse-result.md"
