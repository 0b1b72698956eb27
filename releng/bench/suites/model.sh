#!/usr/bin/env bash
# Bench suite "model" (issue 3): saving and opening an investigation of N hosts.
# Faultline's investigation folder (formatted XMI with UUID xmi:ids, atomic save: temp file,
# fsync, rename; then opening, then validating with every rule) against two peers on the same
# model in the same JVM: EMF's default XMIResourceImpl (no ids, direct write) and EMF's
# BinaryResourceImpl. Times are medians of MODEL_BENCH_PASSES passes after MODEL_BENCH_WARMUP
# untimed passes (JIT warm). Sizes: MODEL_BENCH_HOSTS (default "1000 10000 50000").
#
# Prints a Markdown table and appends it, with machine description and date, to
# releng/bench/RESULTS.md under "## model".
# usage: releng/bench/suites/model.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
warmup="${MODEL_BENCH_WARMUP:-2}"
passes="${MODEL_BENCH_PASSES:-5}"
read -r -a sizes <<<"${MODEL_BENCH_HOSTS:-1000 10000 50000}"
target="$root/releng/bench/target"
classes="$target/model-classes"
libs="$target/model-libs"
results="$root/releng/bench/RESULTS.md"

mkdir -p "$libs"
for a in org.eclipse.emf:org.eclipse.emf.common:2.46.0 org.eclipse.emf:org.eclipse.emf.ecore:2.43.0 \
         org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0; do
    jar="$libs/$(echo "$a" | cut -d: -f2)-$(echo "$a" | cut -d: -f3).jar"
    # MAVEN_BASEDIR: run outside the Tycho reactor (its pom.xml and .mvn/ need Maven 3.9 + Java 21)
    [ -f "$jar" ] || (cd "$libs" && MAVEN_BASEDIR="$libs" mvn -q -B dependency:copy -Dartifact="$a" -DoutputDirectory="$libs")
done
cp="$(ls "$libs"/*.jar | paste -sd:)"
rm -rf "$classes" && mkdir -p "$classes"
"$java_home/bin/javac" --release 21 -nowarn -d "$classes" -cp "$cp" \
    $(find "$root/bundles/dev.faultline.model/src" "$root/bundles/dev.faultline.model/src-gen" -name '*.java') \
    "$root/releng/bench/src/dev/faultline/bench/ModelPersistenceBench.java" 2>&1 | grep -v '^Note:' || true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rows="$("$java_home/bin/java" -Xmx2g -cp "$classes:$cp" dev.faultline.bench.ModelPersistenceBench "$work" "$warmup" "$passes" "${sizes[@]}")"

table="$(cat <<TABLE
| store | hosts | file | save ms | open ms | validate ms |
|---|---:|---:|---:|---:|---:|
$rows
TABLE
)"
echo "$table"
{
    echo
    echo "## model"
    echo
    echo "$(utc_minute) — $(machine_line)," \
         "warm-up $warmup, median of $passes passes"
    echo
    echo "$table"
} >>"$results"
