#!/usr/bin/env bash
# Fuzzes Faultline's importers with Jazzer for longer than the short session of every build:
#   releng/fuzz/fuzz.sh [TARGET|all] [SECONDS]      (defaults: all, 300 seconds per target)
# TARGET is a test class of tests/dev.faultline.formats.fuzz without "FuzzTest": WinDbg, DriverQuery,
# EventLogXml, EventLogCsv, Syslog, JournaldJson, TimesketchCsv, TimesketchJsonl, PlasoL2tCsv,
# PlasoJsonl, UpdatesCsv, InventoryCsv, FormatDetection, ZipExpander, or EveryImporter (all behind
# one byte); "all" fuzzes the first fourteen in turn.
# Builds once (offline, tests skipped), then runs Jazzer's standalone driver nice'd, one JVM per
# target, with the same checks as the target's @FuzzTest. Seeds: the committed corpus and slices of
# ../shared/data when present; the growing corpus stays in .cifuzz-corpus/<TARGET>/ (not committed).
# A crashing input is written as crash-<sha1> into the target's committed corpus folder
# (src/test/resources/dev/faultline/formats/fuzz/<TARGET>FuzzTestInputs/<method>/), so every later
# build replays it: fix the parser, then commit the input with the fix.
# Prints one line per target: executions, seconds, outcome; full output in target/fuzz-<TARGET>.log.
set -euo pipefail
target="${1:-all}"
seconds="${2:-300}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
module=tests/dev.faultline.formats.fuzz
resources="$module/src/test/resources/dev/faultline/formats/fuzz"
shared="$root/../shared/data"
all=(WinDbg DriverQuery EventLogXml EventLogCsv Syslog JournaldJson TimesketchCsv TimesketchJsonl PlasoL2tCsv PlasoJsonl
     UpdatesCsv InventoryCsv FormatDetection ZipExpander)
if [ "$target" = all ]; then targets=("${all[@]}"); else targets=("${target%FuzzTest}"); fi

# shared data folders that seed each target (read in place, never copied into the project)
seeds_of() {
  case "$1" in
    WinDbg) echo windbg ;;
    DriverQuery) echo driverquery ;;
    EventLogXml) echo eventlog_snippets evtx/derived ;;
    Syslog) echo loghub/Linux ;;
    TimesketchCsv|TimesketchJsonl|PlasoL2tCsv|PlasoJsonl) echo timeline ;;
    FormatDetection) echo windbg driverquery eventlog_snippets evtx/derived loghub/Linux loghub/Windows timeline ;;
  esac
}

echo "fuzz: building $module (offline, no tests) ..." >&2
build_log="$(mktemp)"
nice -n 10 ./mvnw -o -B -pl "$module" -am verify -DskipTests >"$build_log" 2>&1 || { tail -50 "$build_log" >&2; exit 3; }
rm -f "$build_log"
. releng/scripts/find-jdk.sh
java="$(find_jdk)/bin/java"
classpath="$module/target/test-classes:$(cat "$module/target/fuzz.classpath")"
status=0
for t in "${targets[@]}"; do
  inputs="$(ls -d "$resources/${t}FuzzTestInputs"/*/ 2>/dev/null | head -1)"
  corpus=".cifuzz-corpus/$t"
  mkdir -p "$corpus"
  dirs=("$corpus")
  [ -n "$inputs" ] && dirs+=("$inputs")
  for s in $(seeds_of "$t"); do [ -d "$shared/$s" ] && dirs+=("$shared/$s"); done
  log="$module/target/fuzz-$t.log"
  if nice -n 10 "$java" -Xmx1g -cp "$classpath" -Dfaultline.fuzz.target="$t" com.code_intelligence.jazzer.Jazzer \
      --target_class=dev.faultline.formats.fuzz.StandaloneTarget \
      --instrumentation_includes='dev.faultline.core.**:dev.faultline.intake.**' \
      -max_total_time="$seconds" -timeout=60 -max_len=8192 -rss_limit_mb=2048 \
      -artifact_prefix="${inputs:-$module/target/}" "${dirs[@]}" >"$log" 2>&1; then
    outcome="no finding"
  else
    outcome="FINDING (see $log; input saved beside the corpus)"
    status=1
  fi
  runs="$(grep -a -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)"
  echo "$t: ${runs:-stopped early} — $outcome"
done
exit $status
