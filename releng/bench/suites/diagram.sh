#!/usr/bin/env bash
# Bench suite "diagram" (issue 11): a causal-chain diagram of DIAGRAM_BENCH_NODES facts and
# DIAGRAM_BENCH_LINKS causal links (default 500 / 800; a layered graph of updates, drivers, crash
# clusters and outages). Measures, in one JVM after warm-up passes (median of the timed passes):
#   layout   ELK layered layout of the whole diagram (DiagramLayout.compute: sizes every box, runs ELK)
#   svg      DiagramExporter.toSvg (resolve the diagram, paint every box and arrow through JFreeSVG)
#   png      DiagramExporter.toPng at scale 0.5 (the drawing is ~2,300 x 26,000 units: 4 layers of 125 boxes)
#   pdf      DiagramExporter.toPdf (OpenPDF, DejaVu Sans embedded)
# Peer in the same run: Graphviz dot (layout + SVG of the same graph with the same box sizes and
# labels, one process per pass, so its time includes process start) when 'dot' is installed.
#   editor   the GEF editor opening the same diagram, until every figure is painted: measured in the real
#            workbench by the UI harness (tests/dev.faultline.ui.tests, DiagramEditorOpenBench, under Xvfb
#            when there is no display); first open and the median of 5 warm opens. DIAGRAM_BENCH_EDITOR=0 skips
#            it (it builds the reactor offline: minutes on a busy machine).
# Prints a Markdown table and appends it, with machine and date, to releng/bench/RESULTS.md.
# usage: releng/bench/suites/diagram.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
java_home="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/releng/bench/lib/machine.sh"
warmup="${DIAGRAM_BENCH_WARMUP:-5}"
passes="${DIAGRAM_BENCH_PASSES:-10}"
nodes="${DIAGRAM_BENCH_NODES:-500}"
links="${DIAGRAM_BENCH_LINKS:-800}"
target="$root/releng/bench/target"
classes="$target/diagram-classes"
libs="$target/diagram-libs"
results="$root/releng/bench/RESULTS.md"

mkdir -p "$libs"
for a in org.eclipse.emf:org.eclipse.emf.common:2.46.0 org.eclipse.emf:org.eclipse.emf.ecore:2.43.0 \
         org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0 org.eclipse.emf:org.eclipse.emf.edit:2.23.0 \
         org.eclipse.elk:org.eclipse.elk.core:0.12.1 org.eclipse.elk:org.eclipse.elk.graph:0.12.1 \
         org.eclipse.elk:org.eclipse.elk.alg.common:0.12.1 org.eclipse.elk:org.eclipse.elk.alg.layered:0.12.1 \
         org.eclipse.xtext:org.eclipse.xtext.xbase.lib:2.44.0 com.google.guava:guava:33.5.0-jre \
         org.jfree:org.jfree.svg:5.0.7 com.github.librepdf:openpdf:3.0.5; do
    jar="$libs/$(echo "$a" | cut -d: -f2)-$(echo "$a" | cut -d: -f3).jar"
    # MAVEN_BASEDIR: run outside the Tycho reactor (its pom.xml and .mvn/ need Maven 3.9 + Java 21)
    [ -f "$jar" ] || (cd "$libs" && MAVEN_BASEDIR="$libs" mvn -q -B dependency:copy -Dartifact="$a" -DoutputDirectory="$libs")
done
cp="$(ls "$libs"/*.jar | paste -sd:)"
rm -rf "$classes" && mkdir -p "$classes"
"$java_home/bin/javac" --release 21 -nowarn -d "$classes" -cp "$cp" \
    $(find "$root/bundles/dev.faultline.model/src" "$root/bundles/dev.faultline.model/src-gen" \
           "$root/bundles/dev.faultline.diagram/src" "$root/bundles/dev.faultline.diagram/src-gen" -name '*.java') \
    "$root/releng/bench/src/dev/faultline/bench/DiagramBench.java" 2>&1 | grep -v '^Note:' || true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rows="$("$java_home/bin/java" -Xmx2g -Djava.awt.headless=true -cp "$classes:$cp" dev.faultline.bench.DiagramBench \
    "$work" "$warmup" "$passes" "$nodes" "$links")"

if [ "${DIAGRAM_BENCH_EDITOR:-1}" != 0 ]; then
    editor_out="$work/editor.md"
    run_ui=("$root/mvnw" -o -B -q verify -pl features/dev.faultline.feature,bundles/dev.faultline.gef.compat,tests/dev.faultline.ui.tests -am -Dtest=DiagramEditorOpenBench
            -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.surefire.failIfNoTests=false
            "-Dfaultline.test.vmargs=--add-modules=jdk.incubator.vector -Xmx2g -Dfaultline.bench.diagram.out=$editor_out")
    if [ -z "${DISPLAY:-}" ]; then
        run_ui=(xvfb-run -a -s "-screen 0 1600x1000x24" "${run_ui[@]}")
    fi
    (cd "$root" && "${run_ui[@]}" >"$work/editor.log" 2>&1) || { tail -40 "$work/editor.log" >&2; exit 1; }
    rows="$rows
$(cat "$editor_out")"
fi

table="$(cat <<TABLE
| what ($nodes nodes, $links links) | median ms | min ms | max ms |
|---|---:|---:|---:|
$rows
TABLE
)"
echo "$table"
{
    echo
    echo "## diagram"
    echo
    echo "$(utc_minute) — $(machine_line)," \
         "warm-up $warmup, median of $passes passes, load average $(load_average)"
    echo
    echo "$table"
} >>"$results"
