# Sourced by ./faultline and releng/scripts/train-cli.sh: how the headless CLI starts on a plain JVM
# (dev.faultline.app.cli.CliMain) with the product's own bundle jars on the class path instead of the
# Equinox runtime. Both must compute the same class path and JVM options: the JDK's AOT cache
# (faultline-cli.aot in the product, written by train-cli.sh at build time) is used only with the
# class path and options it was trained with, and silently ignored otherwise.

# cli_classpath PRODUCT: every bundle jar of PRODUCT/plugins in a fixed order — Faultline's own first,
# then the other libraries, then Eclipse's (signed: the JVM checks their signatures and the AOT cache
# leaves their classes out); folder-shaped bundles (not allowed with an AOT cache, and nothing the CLI
# uses) and the Equinox launcher are left out.
cli_classpath() {
  local plugins=$1/plugins f cp=""
  for f in "$plugins"/dev.faultline.*.jar; do cp+="$f:"; done
  for f in "$plugins"/*.jar; do
    case ${f##*/} in dev.faultline.* | org.eclipse.*) continue ;; esac
    cp+="$f:"
  done
  for f in "$plugins"/org.eclipse.*.jar; do
    case ${f##*/} in org.eclipse.equinox.launcher*) continue ;; esac
    cp+="$f:"
  done
  printf '%s' "${cp%:}"
}

# cli_java_options: the JVM options of every CLI run (printed one per line). Native access for
# Lucene's madvise calls (else the JDK warns on stderr when an index is opened).
cli_java_options() {
  printf '%s\n' -Xms64m -Xmx2g -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED
}
