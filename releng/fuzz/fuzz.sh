#!/usr/bin/env bash
# Fuzzes Faultline's importers with Jazzer for longer than the short session of every build:
#   releng/fuzz/fuzz.sh [TARGET|all] [SECONDS]      (defaults: all, 300 seconds per target)
# TARGET is a test class of tests/dev.faultline.formats.fuzz without the FuzzTest suffix: WinDbg,
# DriverQuery, EventLogXml, EventLogCsv, Syslog, JournaldJson, TimesketchCsv, TimesketchJsonl,
# PlasoL2tCsv, PlasoJsonl, UpdatesCsv, InventoryCsv, FormatDetection, ZipExpander or EveryImporter;
# "all" fuzzes each of the first fourteen in turn. Runs nice'd, offline, through the Maven wrapper
# (the bundles are built from the reactor). A crashing input lands in
# tests/dev.faultline.formats.fuzz/src/test/resources/dev/faultline/formats/fuzz/<Target>FuzzTestInputs/<method>/
# and is replayed by every later build: fix the parser, then commit it with the fix.
# Prints one line per target: executions, seconds, outcome (log in target/fuzz-<Target>.log).
set -euo pipefail
target="${1:-all}"
seconds="${2:-300}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
all=(WinDbg DriverQuery EventLogXml EventLogCsv Syslog JournaldJson TimesketchCsv TimesketchJsonl PlasoL2tCsv PlasoJsonl
     UpdatesCsv InventoryCsv FormatDetection ZipExpander)
if [ "$target" = all ]; then
  targets=("${all[@]}")
else
  targets=("${target%FuzzTest}")
fi
module=tests/dev.faultline.formats.fuzz
mkdir -p "$module/target"
status=0
for t in "${targets[@]}"; do
  log="$module/target/fuzz-$t.log"
  if nice -n 10 ./mvnw -o -B -pl "$module" -am verify -Dformats.replay.skip=true -Dformats.fuzz.target="${t}FuzzTest" \
      -Dformats.fuzz.seconds="$seconds" -Dfaultline.shared.data="$root/../shared/data" >"$log" 2>&1; then
    outcome="no finding"
  else
    outcome="FINDING or build failure (see $log)"
    status=1
  fi
  runs="$(grep -a -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)"
  echo "$t: ${runs:-no libFuzzer summary} — $outcome"
done
exit $status
