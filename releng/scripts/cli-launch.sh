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
# The printing forms, for scripts and tests: cli_print_value NAME ARGS... prints the value NAME_into sets;
# cli_print_lines NAME ARGS... prints the array NAME_into fills, one element a line (nothing when empty).
cli_print_value() {
  local value
  "$1_into" value "${@:2}"
  printf '%s' "$value"
}
cli_print_lines() {
  local lines=()
  "$1_into" lines "${@:2}"
  [ ${#lines[@]} = 0 ] || printf '%s\n' "${lines[@]}"
}

cli_classpath() { cli_print_value cli_classpath "$@"; }

# cli_classpath_into VAR PRODUCT [COMMAND]: cli_classpath into the variable VAR. (Every function here has such
# a form, which ./faultline uses: no subshell, so no fork, per step of the start. Their locals have prefixed
# names: a nameref resolves to the innermost variable of its name.)
cli_classpath_into() {
  local -n _cp_into=$1
  local _cp_plugins=$2/plugins _cp_f _cp="" _cp_saved=$2/cli-${3:-}.classpath _cp_names=()
  [ "${3:-}" = search ] || _cp_saved=$2/cli.classpath
  # the list train-cli.sh saved with the product (jar names, one a line): globbing and matching ~150 jars
  # takes ~9 ms of bash at every start; used while nothing was added to or removed from the plugins folder since
  if [ "$_cp_saved" -nt "$_cp_plugins" ]; then
    mapfile -t _cp_names <"$_cp_saved"
    _cp_names=("${_cp_names[@]/#/$_cp_plugins/}")
    local IFS=:
    _cp_into="${_cp_names[*]}"
    return 0
  fi
  if [ "${3:-}" = search ]; then
    for _cp_f in "$_cp_plugins"/dev.faultline.*.jar "$_cp_plugins"/wrapped.org.apache.lucene.*.jar "$_cp_plugins"/com.fasterxml.jackson.core.*.jar; do
      case ${_cp_f##*/} in dev.faultline.ui_* | dev.faultline.diagram.ui_* | dev.faultline.gef.compat_*) continue ;; esac
      _cp+="$_cp_f:"
    done
    _cp_into=${_cp%:}
    return 0
  fi
  for _cp_f in "$_cp_plugins"/dev.faultline.*.jar; do
    case ${_cp_f##*/} in dev.faultline.ui_* | dev.faultline.diagram.ui_* | dev.faultline.gef.compat_*) continue ;; esac
    _cp+="$_cp_f:"
  done
  for _cp_f in "$_cp_plugins"/*.jar; do
    case ${_cp_f##*/} in
      dev.faultline.* | org.eclipse.*) continue ;;
      wrapped.org.apache.xmlgraphics.batik-transcoder_*) ;; # the PDF report's layout (Flying Saucer) names one of its classes
      com.github.weisj.jsvg_* | com.ibm.icu_* | org.apache.batik.* | wrapped.org.apache.xmlgraphics.batik-* | \
        wrapped.xml-apis.xml-apis-ext_* | org.apache.aries.spifly.* | org.objectweb.asm* | org.apache.felix.scr_* | \
        jakarta.annotation-api_* | jakarta.inject.*) continue ;;
    esac
    _cp+="$_cp_f:"
  done
  for _cp_f in "$_cp_plugins"/org.eclipse.*.jar; do
    case ${_cp_f##*/} in
      org.eclipse.equinox.launcher* | org.eclipse.swt* | org.eclipse.jface* | org.eclipse.ui* | org.eclipse.e4.* | \
        org.eclipse.core.databinding* | org.eclipse.core.commands_* | org.eclipse.core.expressions_* | org.eclipse.help_* | \
        org.eclipse.urischeme_* | org.eclipse.draw2d_* | org.eclipse.gef_*) continue ;;
    esac
    _cp+="$_cp_f:"
  done
  _cp_into=${_cp%:}
}

cli_scripts=${BASH_SOURCE[0]%/*} # (sourced by absolute path)

# cli_java_options: the JVM options of every CLI run (printed one per line). Native access for
# Lucene's madvise calls (else the JDK warns on stderr when an index is opened); the logging
# configuration that keeps Lucene's INFO lines off stderr (cli-logging.properties).
cli_java_options() { cli_print_lines cli_java_options; }

cli_java_options_into() { # ARRAY: appends them
  local -n _jo_into=$1
  _jo_into+=(-Xms64m -Xmx2g -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED
    "-Djava.util.logging.config.file=$cli_scripts/cli-logging.properties")
}

# cli_short_run_options ARGS...: extra JVM options for a command line that finishes in about a second
# (printed one per line; nothing for a long one). Such a run is mostly start-up: C1 alone
# (-XX:TieredStopAtLevel=1) compiles what it runs sooner and at a fraction of C2's cost, and the serial
# collector starts no GC threads — together about half the CPU of a one-off parse or search. A long
# run needs C2: parsing 300 MB took twice the CPU with C1 alone, so import, index and the analyses
# keep the JVM's defaults, and parse does when its input files add up to 32 MB or more.
cli_short_run_options() { cli_print_lines cli_short_run_options "$@"; }

cli_short_run_options_into() { # ARRAY ARGS...: appends them
  local -n _so_into=$1
  shift
  local _so_a _so_command="" _so_files=() _so_sizes=() _so_size _so_total _so_thp=""
  for _so_a in "$@"; do
    case $_so_a in --json | --debug) ;; *) if [ -z "$_so_command" ]; then _so_command=$_so_a; else _so_files+=("$_so_a"); fi ;; esac
  done
  case $_so_command in
    version | --version | help | --help | -h | "" | sample | validate | search) ;;
    parse) # (FILE@OFFSET forms and option values are no files: stat skips them)
      _so_total=0
      if [ ${#_so_files[@]} != 0 ]; then
        mapfile -t _so_sizes < <(stat -Lc %s -- "${_so_files[@]}" 2>/dev/null || true)
        for _so_size in "${_so_sizes[@]}"; do _so_total=$((_so_total + _so_size)); done
      fi
      [ "$_so_total" -lt $((32 << 20)) ] || return 0 ;;
    *) return 0 ;;
  esac
  _so_into+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
  # The heap in transparent huge pages where the kernel offers them (madvise or always): a one-off parse
  # touches its young generation once, 4 KB page by page otherwise (~4 % of a 5,000-record EVTX parse,
  # 2 Dec). Only then: the JVM warns on stderr when asked for them on a kernel that has them off.
  [ ! -r "$cli_thp_setting" ] || read -r _so_thp <"$cli_thp_setting" || true
  case $_so_thp in *"[always]"* | *"[madvise]"*) _so_into+=(-XX:+UseTransparentHugePages) ;; esac
}
cli_thp_setting=/sys/kernel/mm/transparent_hugepage/enabled # (the kernel's; tests point it elsewhere)

# cli_bulk_write_options ARGS...: extra JVM options for the commands that index every record of their
# input — import and index (printed one per line; nothing for the others): the parallel collector. Such
# a run is a throughput batch on every core, and G1's concurrent marking and refinement threads compete
# with the index writer threads: ParallelGC took 5 % less CPU and 4-11 % less wall time on a 1 M-line
# import (2 Dec, side by side, twice), with a larger heap sooner (peak RSS 1.28 vs 1.01 GB, under -Xmx2g).
cli_bulk_write_options() { cli_print_lines cli_bulk_write_options "$@"; }

cli_bulk_write_options_into() { # ARRAY ARGS...: appends them
  local -n _bo_into=$1
  shift
  local _bo_command
  cli_command_into _bo_command "$@"
  case $_bo_command in
    import | index) _bo_into+=(-XX:+UseParallelGC) ;;
  esac
}

# cli_command ARGS...: the command of a command line (its first word that is not --json or --debug).
cli_command() { cli_print_value cli_command "$@"; }

cli_command_into() { # VAR ARGS...
  local -n _cc_into=$1
  shift
  local _cc_a
  _cc_into=""
  for _cc_a in "$@"; do
    case $_cc_a in --json | --debug) ;; *) _cc_into=$_cc_a; return 0 ;; esac
  done
}

# cli_aot_cache PRODUCT ARGS...: the JDK AOT cache for this command line (printed; nothing when the product
# has none): PRODUCT/faultline-search.aot for a search (train-cli.sh: its classes linked, on its own class
# path), else the one for every command, PRODUCT/faultline-cli.aot (classes not linked: linked, every class
# in a cache is loaded at start, and that cache holds all commands' ~8,000).
cli_aot_cache() { cli_print_value cli_aot_cache "$@"; }

cli_aot_cache_into() { # VAR PRODUCT ARGS...
  local -n _ac_into=$1
  local _ac_product=$2 _ac_command
  shift 2
  cli_command_into _ac_command "$@"
  _ac_into=""
  case $_ac_command in
    search) [ -f "$_ac_product/faultline-$_ac_command.aot" ] && { _ac_into=$_ac_product/faultline-$_ac_command.aot; return 0; } ;;
  esac
  [ ! -f "$_ac_product/faultline-cli.aot" ] || _ac_into=$_ac_product/faultline-cli.aot
}
