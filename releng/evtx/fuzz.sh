#!/usr/bin/env bash
# Fuzzes the EVTX reader with Jazzer for a while (default 300 s):
#   releng/evtx/fuzz.sh [seconds]
# Runs the @FuzzTest of tests/dev.faultline.evtx.fuzz with JAZZER_FUZZ=1 through the Maven
# wrapper; the reader bundle's artifact comes from the reactor, so run the build (./mvnw
# install -DskipTests or verify) once before. Crashing inputs land in
# tests/dev.faultline.evtx.fuzz/src/test/resources/dev/faultline/evtx/fuzz/EvtxReaderFuzzTestInputs/readAnyBytes/
# and are replayed by every later normal test run: commit them with the fix.
set -euo pipefail
seconds="${1:-300}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" ./mvnw -o -pl tests/dev.faultline.evtx.fuzz -am verify -Devtx.fuzz.seconds="${seconds}" \
    -Dtest=EvtxReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="${seconds}s" \
    -Dfaultline.shared.data="$root/../shared/data"
