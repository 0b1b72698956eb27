# Sourced by ./mvnw and ./faultline: find_jdk prints the home of a JDK >= 21:
# $JAVA_HOME when it is one, else the newest under /usr/lib/jvm.
java_major() { # prints the major version of the java binary $1, or 0
  local v="" line release
  release=${1%/bin/java}/release
  if [ -f "$release" ]; then # JAVA_VERSION="25.0.3" (read, not run: starting a JVM costs ~0.1 s)
    while IFS= read -r line; do
      case $line in JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; v=${v#1.}; v=${v%%[.+-]*} ;; esac
    done <"$release"
  fi
  if ! [[ $v =~ ^[0-9]+$ ]]; then
    v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1)
  fi
  echo "${v:-0}"
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    echo "$JAVA_HOME"; return 0
  fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d/bin/java")
    if [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  if [ "$best_v" -lt 21 ]; then
    echo "no JDK >= 21 found: set JAVA_HOME or install one under /usr/lib/jvm" >&2
    return 3
  fi
  echo "$best"
}
