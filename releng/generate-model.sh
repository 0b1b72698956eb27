#!/usr/bin/env bash
# Regenerates the EMF code of the investigation model from
# bundles/dev.faultline.model/model/faultline.genmodel (+ faultline.ecore):
#   bundles/dev.faultline.model/src-gen       model interfaces, implementations, package, factory
#   bundles/dev.faultline.model.edit/src-gen  item providers
#   bundles/dev.faultline.diagram/src-gen     the diagram notation model (from model/notation.genmodel)
# and paints the edit bundle's 16x16 icons. The generated code is committed; the output is
# byte-identical across runs. Hand-written code lives in src/ of each bundle and is never touched.
# plugin.xml and plugin.properties are merged by the generator (new keys added, existing ones and
# their edits kept), build.properties is only created when missing. MANIFEST.MF would be merged too,
# but the merge re-adds org.eclipse.core.runtime to the model bundle (which must stay plain EMF), so
# the committed manifests (and build.properties, which the generator rewrote for the diagram bundle) are
# restored afterwards: add new exported packages to them by hand.
# Needs: mvn (3.8+), a JDK >= 17 (JAVA_HOME, else the newest under /usr/lib/jvm).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
gen="$here/dev.faultline.model.generator"
# shellcheck source=scripts/find-jdk.sh
. "$here/scripts/find-jdk.sh"
JAVA_HOME=$(find_jdk)
export JAVA_HOME

model="$root/bundles/dev.faultline.model"
edit="$root/bundles/dev.faultline.model.edit"
diagram="$root/bundles/dev.faultline.diagram"
keep=$(mktemp -d)
trap 'rm -rf "$keep"' EXIT
for b in "$model" "$edit" "$diagram"; do
  for f in META-INF/MANIFEST.MF build.properties; do
    if [ -f "$b/$f" ]; then mkdir -p "$keep/$(basename "$b")/$(dirname "$f")"; cp "$b/$f" "$keep/$(basename "$b")/$f"; fi
  done
done

(cd "$gen" && MAVEN_BASEDIR="$gen" mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
rm -rf "$model/src-gen" "$edit/src-gen" "$diagram/src-gen"
mkdir -p "$model/src-gen" "$edit/src-gen" "$diagram/src-gen"
"$JAVA_HOME/bin/java" -Dline.separator=$'\n' -Dfile.encoding=UTF-8 \
  -cp "$gen/target/classes:$(cat "$gen/target/classpath.txt")" \
  dev.faultline.model.generator.ModelCodeGenerator "$root/bundles"
"$JAVA_HOME/bin/java" -Dline.separator=$'\n' -Dfile.encoding=UTF-8 \
  -cp "$gen/target/classes:$(cat "$gen/target/classpath.txt")" \
  dev.faultline.model.generator.ModelCodeGenerator "$root/bundles" dev.faultline.diagram/model/notation.genmodel
"$JAVA_HOME/bin/java" -Djava.awt.headless=true \
  -cp "$gen/target/classes" dev.faultline.model.generator.IconPainter "$edit/icons/full/obj16"

for b in "$model" "$edit" "$diagram"; do
  if [ -d "$keep/$(basename "$b")" ]; then cp -R "$keep/$(basename "$b")/." "$b/"; fi
done
echo "generate-model: done"
