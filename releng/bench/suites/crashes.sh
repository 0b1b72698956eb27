#!/usr/bin/env bash
# Bench suite "crashes" (issue 15: "100,000 !analyze -v files (a fleet's dumps) import in bounded
# memory"): a fleet's crash analyses imported and clustered by the product, whole process, at the
# product's default heap (-Xmx2g).
#  - Data: CRASH_FILES (default 100,000) SYNTHETIC `!analyze -v` texts, each one of the real outputs in
#    shared/data/windbg (round-robin) behind a dump header naming a fleet host (fleet-NNNNNN) and a
#    session time on 19 July 2024 — the header WinDbg prints before `!analyze -v` when a dump is
#    opened. Every file says it is synthetic; no real host or dump.
#  - Faultline: `./faultline import --case DIR FOLDER` (format detected per file; copy + SHA-256 into the
#    evidence store, custody log, parse, model mapping — beyond 1,000 analyses one representative per
#    failure bucket in the model, the rest in the index only — index, commit, save), then
#    `./faultline clusters --case DIR --json` over all of them (read from the index's doc values).
#  - Peer, same run: the floor of any import of these files, `cp -r` of the folder plus `sha256sum` of
#    every file (what the evidence store must do at least), one process each.
#  All timed on the wall clock as whole processes with /usr/bin/time (CPU = user + system of all
#  threads); Faultline's peak memory split into anonymous (heap, metaspace, stacks: what would grow
#  with the number of files) and file-backed (jars, mmapped index) from /proc/PID/smaps_rollup every
#  0.2 s. Appends the table with the machine and the date to releng/bench/RESULTS.md under
#  "## crashes". Files under $CRASH_BENCH_TMP (default /tmp/faultline-crash-bench); the generated folder
#  is kept for the next run with the same CRASH_FILES, the investigation deleted.
# usage: releng/bench/run crashes      e.g. CRASH_FILES=10000 releng/bench/run crashes
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
data="${1:-${FAULTLINE_SHARED_DATA:-$root/../shared/data}}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
. "$root/releng/bench/lib/peak-memory.sh"
files="${CRASH_FILES:-100000}"
work="${CRASH_BENCH_TMP:-/tmp/faultline-crash-bench}"
results="${CRASH_BENCH_RESULTS:-$root/releng/bench/RESULTS.md}"
dumps="$work/dumps-$files"
mkdir -p "$work"
[ -d "$data/windbg" ] || { echo "crashes bench: no $data/windbg (the shared data)" >&2; exit 1; }

if [ ! -f "$dumps.complete" ]; then
    rm -rf "$dumps" && mkdir -p "$dumps"
    python3 - "$data/windbg" "$dumps" "$files" <<'EOF'
import datetime, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [(name, open(os.path.join(src, name), encoding="utf-8", errors="replace").read())
         for name in sorted(os.listdir(src)) if name.endswith(".txt")]
start = datetime.datetime(2024, 7, 19, 4, 9, 0, tzinfo=datetime.timezone.utc)
for i in range(n):
    name, text = texts[i % len(texts)]
    host = "fleet-%06d" % i
    at = start + datetime.timedelta(milliseconds=i * 4217 % (90 * 60 * 1000))
    header = ("Microsoft (R) Windows Debugger Version 10.0.25921.1001 AMD64\n"
              "Loading Dump File [C:\\Windows\\MEMORY.DMP]\n\n"
              "* SYNTHETIC bench data: the !analyze -v output of shared/data/windbg/%s behind a made-up dump header *\n\n"
              "Machine Name: %s\n"
              "Debug session time: %s (UTC + 0:00)\n\n") % (name, host, at.strftime("%a %b %d %H:%M:%S.") + "%03d" % (at.microsecond // 1000) + at.strftime(" %Y"))
    with open(os.path.join(out, "synthetic-%s.txt" % host), "w", encoding="utf-8") as f:
        f.write(header + text)
EOF
    touch "$dumps.complete"
fi
dumps_mb="$(du -sm "$dumps" | cut -f1)"
sync

# the product, built when the sources changed (untimed)
export FAULTLINE_HOME="$work/faultline-home"
"$root/faultline" version >/dev/null

load_before="$(load_average)"
rows=()
rm -rf "$work/copy"
timed copy cp -r "$dumps" "$work/copy"
rows+=("| peer: \`cp -r\` of the folder | $files | $wall | $cpu | $(rate "$files" "$wall") | $rss | – | – |")
rm -rf "$work/copy"
timed sha find "$dumps" -name '*.txt' -exec sha256sum {} +
rows+=("| peer: \`sha256sum\` of every file (\`find -exec … +\`) | $files | $wall | $cpu | $(rate "$files" "$wall") | $rss | – | – |")

rm -rf "$work/case"
timed import "$root/faultline" --json import --case "$work/case" "$dumps"
imported="$(grep -o '"format":"windbg"' "$work/import.out" | wc -l)"
if [ "$imported" -ne "$files" ]; then
    echo "crashes bench: $imported of $files files imported as windbg:" >&2
    tail -c 2000 "$work/import.out" >&2; tail -20 "$work/import.err" >&2; exit 3
fi
rows+=("| **Faultline \`import --case DIR FOLDER\`** (detect, copy + SHA-256, custody, parse, model, index, commit, save) | $files | $wall | $cpu | **$(rate "$files" "$wall")** | $rss | **$peak_anon_mb** | $peak_file_mb |")
model_kb="$(du -k "$work/case/investigation.xmi" | cut -f1)"
index_mb="$(du -sm "$work/case/index" | cut -f1)"

timed clusters "$root/faultline" --json clusters --case "$work/case"
largest="$(python3 -c 'import json,sys; c=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]; c.sort(key=lambda x: -x["count"]); print("%d clusters; largest %d crashes on %d hosts (%s)" % (len(c), c[0]["count"], c[0]["hosts"], c[0]["signature"]))' "$work/clusters.out" 2>/dev/null || echo "clusters output unreadable")"
rows+=("| Faultline \`clusters --json\` over every crash in the index | $files | $wall | $cpu | $(rate "$files" "$wall") | $rss | $peak_anon_mb | $peak_file_mb |")
rm -rf "$work/case"

table="$(mktemp)"
{
    echo "### $(utc_minute) — $(machine_line); load average before: $load_before, after: $(load_average)"
    echo
    echo "$files synthetic \`!analyze -v\` files ($dumps_mb MB; the 11 real outputs of shared/data/windbg behind dump headers naming $files fleet hosts), whole processes timed with /usr/bin/time (wall clock from start to exit; CPU = user + system of all threads; peak RSS includes mmapped files), Faultline at its default -Xmx2g; peak anonymous / file-backed memory from /proc/PID/smaps_rollup every 0.2 s:"
    echo
    echo "| what | files | wall s | CPU s | files/s (wall, whole process) | peak RSS MB | peak anon MB | peak file-backed MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "The investigation after the import: model file ${model_kb} KB (beyond 1,000 analyses one representative per failure bucket), index $index_mb MB; clusters: $largest."
    echo
} >"$table"
cat "$table"
if ! grep -q '^## crashes' "$results" 2>/dev/null; then
    printf '\n## crashes\n\n' >>"$results"
fi
cat "$table" >>"$results"
rm -f "$table"
