#!/usr/bin/env bash
# Runs Faultline's EVTX reader, evtxexport (libevtx-utils) and python-evtx (evtx_dump.py) on every
# .evtx under the shared data folder and compares record counts, record numbers, written times,
# EventRecordID, SystemTime, EventID, provider and EventData/UserData values
# (releng/evtx/compare_peers.py). Differences of documented kinds are listed in
# releng/evtx/PEER-DIFFERENCES.md. Exit status 1 if any difference is unexplained.
#
# usage: releng/evtx/compare-peers.sh [shared-data-dir]   (default: ../shared/data from the repo root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data}"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
work="$root/releng/evtx/target"

if ! command -v evtxexport >/dev/null || [ ! -x /usr/bin/evtx_dump.py ]; then
    apt-get update && apt-get install -y libevtx-utils python3-evtx
fi

rm -rf "$work" && mkdir -p "$work/classes" "$work/out"
"$java_home/bin/javac" --release 21 -d "$work/classes" $(find "$root/bundles/dev.faultline.evtx/src" -name '*.java')

echo "| file | Faultline records | evtxexport records | python-evtx records | XML lines differing from evtxexport | explained differences | unexplained |"
echo "|---|---|---|---|---|---|---|"
status=0
for f in "$data"/evtx/*.evtx; do
    n="$(basename "$f")"
    o="$work/out/$n"
    evtxexport -f xml "$f" > "$o.evtxexport.xml"
    evtxexport "$f" > "$o.evtxexport.txt"
    /usr/bin/python3 /usr/bin/evtx_dump.py "$f" > "$o.python-evtx.xml"
    /usr/bin/python3 "$here/python_evtx_headers.py" "$f" > "$o.python-evtx.hdr"
    "$java_home/bin/java" -cp "$work/classes" dev.faultline.evtx.internal.EvtxDumpMain --format xml "$f" > "$o.faultline.xml" 2> "$o.faultline.err"
    "$java_home/bin/java" -cp "$work/classes" dev.faultline.evtx.internal.EvtxDumpMain --format tsv "$f" > "$o.faultline.tsv" 2>> "$o.faultline.err"
    /usr/bin/python3 "$here/compare_peers.py" "$n" "$o.evtxexport.xml" "$o.evtxexport.txt" "$o.python-evtx.xml" \
        "$o.python-evtx.hdr" "$o.faultline.xml" "$o.faultline.tsv" || status=1
done
exit $status
