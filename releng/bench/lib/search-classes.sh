# Sourced by the bench suites "search" and "startup": compiles Faultline's index code (from the
# bundles' sources) and the search benches against Lucene/Jackson jars fetched with the system mvn,
# and sets search_cp (the class path) and search_java (java -Xmx2g -cp ...; suites add the vector
# module where they measure with it). Needs root, java_home, work (a scratch folder).
search_target="$root/releng/bench/target"
search_classes="$search_target/search-classes"
search_libs="$search_target/search-libs"
mkdir -p "$search_libs" "$work"
# Maven is run outside the Tycho reactor (the repository's .mvn/ needs Maven 3.9 and Java 21)
for a in lucene-core lucene-queryparser lucene-analysis-common lucene-facet lucene-queries lucene-sandbox; do
    [ -f "$search_libs/$a-10.6.0.jar" ] || (cd "$work" && mvn -q dependency:copy -Dartifact="org.apache.lucene:$a:10.6.0" -DoutputDirectory="$search_libs")
done
for a in jackson-core jackson-databind; do
    [ -f "$search_libs/$a-2.22.4.jar" ] || (cd "$work" && mvn -q dependency:copy -Dartifact="com.fasterxml.jackson.core:$a:2.22.4" -DoutputDirectory="$search_libs")
done
search_cp="$search_classes:$(ls "$search_libs"/*.jar | tr '\n' ':')"
rm -rf "$search_classes" && mkdir -p "$search_classes"
"$java_home/bin/javac" --release 21 -d "$search_classes" -cp "$search_cp" \
    "$root"/bundles/dev.faultline.core/src/dev/faultline/core/evidence/*.java \
    $(find "$root/bundles/dev.faultline.index/src" "$root/releng/bench/src/dev/faultline/bench/search" "$root/releng/bench/src/dev/faultline/index" -name '*.java')
search_java=("$java_home/bin/java" -Xmx2g -cp "$search_cp")
