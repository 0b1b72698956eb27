# Sourced by ./faultline and releng/scripts/train-cli.sh: how the headless CLI starts on a plain JVM
# (dev.faultline.app.cli.CliMain) with the product's own bundle jars on the class path instead of the
# Equinox runtime. Both must compute the same class path and JVM options: the JDK's AOT cache
# (faultline-cli.aot in the product, written by train-cli.sh at build time) is used only with the
# class path and options it was trained with, and silently ignored otherwise.

# cli_classpath PRODUCT: the bundle jars of PRODUCT/plugins in a fixed order — Faultline's own first,
# then the other libraries, then Eclipse's (signed: the JVM checks their signatures and the AOT cache
# leaves their classes out). Left out: folder-shaped bundles (not allowed with an AOT cache, and
# nothing the CLI uses), the Equinox launcher, and the bundles only the workbench uses (SWT, JFace,
# the e4 and 3.x workbench, GEF/draw2d, SVG/CSS rendering and what only they need, Faultline's UI
# bundles): a service look-up (Lucene's codecs, the JDK's logging back end) opens every jar of the
# class path, ~60 of them for nothing. (Headless bundles never touch SWT or the workbench.)
#
# cli_classpath PRODUCT search: the class path of a search — Faultline's own jars, Lucene's and
# Jackson's, nothing else. Lucene finds its codecs with service look-ups over the whole class path:
# each of them opened all ~60 jars of the full one (-15 % CPU of a one-off search on the 10 M-line index).
cli_classpath() {
  local plugins=$1/plugins f cp=""
  if [ "${2:-}" = search ]; then
    for f in "$plugins"/dev.faultline.*.jar "$plugins"/wrapped.org.apache.lucene.*.jar "$plugins"/com.fasterxml.jackson.core.*.jar; do
      case ${f##*/} in dev.faultline.ui_* | dev.faultline.diagram.ui_* | dev.faultline.gef.compat_*) continue ;; esac
      cp+="$f:"
    done
    printf '%s' "${cp%:}"
    return 0
  fi
  for f in "$plugins"/dev.faultline.*.jar; do
    case ${f##*/} in dev.faultline.ui_* | dev.faultline.diagram.ui_* | dev.faultline.gef.compat_*) continue ;; esac
    cp+="$f:"
  done
  for f in "$plugins"/*.jar; do
    case ${f##*/} in
      dev.faultline.* | org.eclipse.*) continue ;;
      wrapped.org.apache.xmlgraphics.batik-transcoder_*) ;; # the PDF report's layout (Flying Saucer) names one of its classes
      com.github.weisj.jsvg_* | com.ibm.icu_* | org.apache.batik.* | wrapped.org.apache.xmlgraphics.batik-* | \
        wrapped.xml-apis.xml-apis-ext_* | org.apache.aries.spifly.* | org.objectweb.asm* | org.apache.felix.scr_* | \
        jakarta.annotation-api_* | jakarta.inject.*) continue ;;
    esac
    cp+="$f:"
  done
  for f in "$plugins"/org.eclipse.*.jar; do
    case ${f##*/} in
      org.eclipse.equinox.launcher* | org.eclipse.swt* | org.eclipse.jface* | org.eclipse.ui* | org.eclipse.e4.* | \
        org.eclipse.core.databinding* | org.eclipse.core.commands_* | org.eclipse.core.expressions_* | org.eclipse.help_* | \
        org.eclipse.urischeme_* | org.eclipse.draw2d_* | org.eclipse.gef_*) continue ;;
    esac
    cp+="$f:"
  done
  printf '%s' "${cp%:}"
}

cli_scripts=${BASH_SOURCE[0]%/*} # (sourced by absolute path)

# cli_java_options: the JVM options of every CLI run (printed one per line). Native access for
# Lucene's madvise calls (else the JDK warns on stderr when an index is opened); the logging
# configuration that keeps Lucene's INFO lines off stderr (cli-logging.properties).
cli_java_options() {
  printf '%s\n' -Xms64m -Xmx2g -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED \
    "-Djava.util.logging.config.file=$cli_scripts/cli-logging.properties"
}

# cli_short_run_options ARGS...: extra JVM options for a command line that finishes in about a second
# (printed one per line; nothing for a long one). Such a run is mostly start-up: C1 alone
# (-XX:TieredStopAtLevel=1) compiles what it runs sooner and at a fraction of C2's cost, and the serial
# collector starts no GC threads — together about half the CPU of a one-off parse or search. A long
# run needs C2: parsing 300 MB took twice the CPU with C1 alone, so import, index and the analyses
# keep the JVM's defaults, and parse does when its input files add up to 32 MB or more.
cli_short_run_options() {
  local a command="" files=() total
  for a in "$@"; do
    case $a in --json | --debug) ;; *) if [ -z "$command" ]; then command=$a; else files+=("$a"); fi ;; esac
  done
  case $command in
    version | --version | help | --help | -h | "" | sample | validate | search) ;;
    parse) # (FILE@OFFSET forms and option values are no files: du skips them)
      total=0
      [ ${#files[@]} = 0 ] || total=$({ du -cbL -- "${files[@]}" 2>/dev/null || true; } | awk 'END { print $1 + 0 }')
      [ "$total" -lt $((32 << 20)) ] || return 0 ;;
    *) return 0 ;;
  esac
  printf '%s\n' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  # The heap in transparent huge pages where the kernel offers them (madvise or always): a one-off parse
  # touches its young generation once, 4 KB page by page otherwise (~4 % of a 5,000-record EVTX parse,
  # 2 Dec). Only then: the JVM warns on stderr when asked for them on a kernel that has them off.
  local thp=""
  [ ! -r "$cli_thp_setting" ] || thp=$(<"$cli_thp_setting")
  case $thp in *"[always]"* | *"[madvise]"*) printf '%s\n' -XX:+UseTransparentHugePages ;; esac
}
cli_thp_setting=/sys/kernel/mm/transparent_hugepage/enabled # (the kernel's; tests point it elsewhere)

# cli_bulk_write_options ARGS...: extra JVM options for the commands that index every record of their
# input — import and index (printed one per line; nothing for the others): the parallel collector. Such
# a run is a throughput batch on every core, and G1's concurrent marking and refinement threads compete
# with the index writer threads: ParallelGC took 5 % less CPU and 4-11 % less wall time on a 1 M-line
# import (2 Dec, side by side, twice), with a larger heap sooner (peak RSS 1.28 vs 1.01 GB, under -Xmx2g).
cli_bulk_write_options() {
  case $(cli_command "$@") in
    import | index) printf '%s\n' -XX:+UseParallelGC ;;
  esac
}

# cli_command ARGS...: the command of a command line (its first word that is not --json or --debug).
cli_command() {
  local a
  for a in "$@"; do
    case $a in --json | --debug) ;; *) printf '%s' "$a"; return 0 ;; esac
  done
}

# cli_aot_cache PRODUCT ARGS...: the JDK AOT cache for this command line (printed; nothing when the product
# has none): PRODUCT/faultline-search.aot for a search (train-cli.sh: its classes linked, on its own class
# path), else the one for every command, PRODUCT/faultline-cli.aot (classes not linked: linked, every class
# in a cache is loaded at start, and that cache holds all commands' ~8,000).
cli_aot_cache() {
  local product=$1 command
  shift
  command=$(cli_command "$@")
  case $command in
    search) [ -f "$product/faultline-$command.aot" ] && { printf '%s' "$product/faultline-$command.aot"; return 0; } ;;
  esac
  [ ! -f "$product/faultline-cli.aot" ] || printf '%s' "$product/faultline-cli.aot"
}
