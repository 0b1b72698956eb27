#!/usr/bin/env bash
# Writes PRODUCT/faultline-cli.aot, the JDK's ahead-of-time cache for the headless CLI (JDK >= 25,
# JEP 483/514/515: classes loaded and linked, method profiles), by running a training set of CLI
# commands once in one JVM, the way ./faultline starts the CLI (releng/scripts/cli-launch.sh).
# Run by the product build (releng/dev.faultline.product/pom.xml, phase package); a no-op on JDKs
# without AOT caches. Training inputs: a small syslog file and the sample investigation written here,
# plus real files from the shared data folder when present (EVTX, !analyze -v, loghub).
#   releng/scripts/train-cli.sh PRODUCT [SHARED_DATA]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
product=$(cd "$1" && pwd)
data=${2:-$root/../shared/data}
. "$root/releng/scripts/find-jdk.sh"
. "$root/releng/scripts/cli-launch.sh"
java_home=$(find_jdk)
cache=$product/faultline-cli.aot
rm -f "$cache"
if [ "$(java_major "$java_home/bin/java")" -lt 25 ]; then
  echo "train-cli: $java_home is older than JDK 25 (no AOT cache); the CLI starts without one"
  exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/faultline-train.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/auth.log" <<'LOG'
Jul 19 04:09:01 host-a sshd[100]: Accepted password for admin from 10.0.0.1 port 22 ssh2
Jul 19 04:09:02 host-a kernel: csagent.sys: channel file C-00000291 loaded
Jul 19 04:10:02 host-b kernel: BUGCHECK 0x50 PAGE_FAULT_IN_NONPAGED_AREA csagent+0xe14ed
LOG
t=$'\t'
real=()
for f in "$data"/evtx/*.evtx "$data"/windbg/*.txt "$data"/loghub/Linux/Linux_2k.log; do
  [ -f "$f" ] && real+=("$f")
done
{
  echo "version"
  echo "--json${t}version"
  echo "--help"
  echo "help${t}search"
  echo "sample${t}$work/case"
  echo "--json${t}validate${t}$work/case"
  echo "parse${t}$work/auth.log"
  echo "parse${t}--json${t}$work/auth.log"
  for f in "${real[@]}"; do
    echo "parse${t}--json${t}$f"
  done
  echo "import${t}--json${t}--case${t}$work/case${t}$work/auth.log"
  for f in "${real[@]}"; do
    [ "$(stat -c %s "$f")" -lt 1000000 ] && echo "import${t}--case${t}$work/case${t}$f"
  done
  echo "index${t}--case${t}$work/case"
  for q in csagent 'module:csagent' 'host:host-a AND sshd' 'time:[2024-07-19T00:00Z TO *]' '*:*'; do
    echo "search${t}--case${t}$work/case${t}$q"
    echo "search${t}--json${t}--facets${t}--case${t}$work/case${t}$q"
  done
} >"$work/batch"
# the class paths as jar names, for ./faultline to read instead of globbing the plugins folder at every start
# (cli_classpath_into uses them while they are newer than the folder)
rm -f "$product/cli.classpath" "$product/cli-search.classpath"
for kind in "" search; do
  saved=$product/cli${kind:+-$kind}.classpath
  cli_classpath "$product" "$kind" | tr ':' '\n' | sed 's|.*/||' >"$saved"
done
mapfile -t options < <(cli_java_options)
# (exit code 2 is expected: some real files have records the parsers reject.) -AOTClassLinking: the
# classes stay in the cache but are loaded when first used; linked, all ~8,000 of them would be loaded
# at every start, which made 'version' twice as slow.
"$java_home/bin/java" "${options[@]}" -XX:-AOTClassLinking "-XX:AOTCacheOutput=$work/cli.aot" "-Dfaultline.cli.batch=$work/batch" \
  -cp "$(cli_classpath "$product")" dev.faultline.app.cli.CliMain >"$work/log" 2>&1 || true
if [ ! -s "$work/cli.aot" ] || grep -q ": internal error: " "$work/log"; then
  grep -B2 -A12 ": internal error: " "$work/log" | head -60 >&2; tail -n 5 "$work/log" >&2
  echo "train-cli: the training run failed (end of its log above)" >&2
  exit 3
fi
mv "$work/cli.aot" "$cache"
echo "train-cli: wrote $cache ($(du -m "$cache" | cut -f1) MB; ${#real[@]} shared data files in the training)"
# A cache of its own for a one-off search (measured against ripgrep), trained on the batch's search lines
# alone, with the JVM options and class path
# (cli_classpath PRODUCT COMMAND) ./faultline gives it
# and its classes linked (the JDK's default): lambdas and invokedynamic call sites come resolved from the
# cache (a quarter of a one-off search's CPU on the 10 M-line index went to linking them at run time), and
# only that command's classes are loaded at start. ./faultline picks it by the command (cli_aot_cache).
# (parse got one too at first: 6 % less CPU but a slower start in wall time — all its formats' classes
# loaded up front — so it keeps the shared cache.)
for command in search; do
  grep -P "^(--json\t)?$command\t" "$work/batch" >"$work/batch-$command"
  mapfile -t short < <(cli_short_run_options "$command")
  rm -f "$product/faultline-$command.aot"
  "$java_home/bin/java" "${options[@]}" "${short[@]}" "-XX:AOTCacheOutput=$work/$command.aot" "-Dfaultline.cli.batch=$work/batch-$command" \
    -cp "$(cli_classpath "$product" "$command")" dev.faultline.app.cli.CliMain >"$work/log-$command" 2>&1 || true
  if [ ! -s "$work/$command.aot" ] || grep -q ": internal error: " "$work/log-$command"; then
    grep -B2 -A12 ": internal error: " "$work/log-$command" | head -60 >&2; tail -n 5 "$work/log-$command" >&2
    echo "train-cli: the training run of '$command' failed (end of its log above)" >&2
    exit 3
  fi
  mv "$work/$command.aot" "$product/faultline-$command.aot"
  echo "train-cli: wrote $product/faultline-$command.aot ($(du -m "$product/faultline-$command.aot" | cut -f1) MB, $(wc -l <"$work/batch-$command") command lines)"
done
