# Sourced by ./mvnw and ./faultline: find_jdk prints the home of a JDK >= 21:
# $JAVA_HOME when it is one, else the newest under /usr/lib/jvm.
# The *_into forms set a variable instead of printing, so ./faultline starts without a subshell for each
# (a fork is ~1 ms, a noticeable part of a one-off command's start). Their locals have prefixed names: a
# nameref resolves to the innermost variable of its name.

# java_major_into VAR JAVA: sets VAR to the major version of the java binary JAVA, or 0
java_major_into() {
  local -n java_major_var=$1
  local _jm_v="" _jm_line _jm_release=${2%/bin/java}/release
  if [ -f "$_jm_release" ]; then # JAVA_VERSION="25.0.3" (read, not run: starting a JVM costs ~0.1 s)
    while IFS= read -r _jm_line; do
      case $_jm_line in JAVA_VERSION=*) _jm_v=${_jm_line#JAVA_VERSION=}; _jm_v=${_jm_v//\"/}; _jm_v=${_jm_v#1.}; _jm_v=${_jm_v%%[.+-]*} ;; esac
    done <"$_jm_release"
  fi
  if ! [[ $_jm_v =~ ^[0-9]+$ ]]; then
    _jm_v=$("$2" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1)
  fi
  java_major_var=${_jm_v:-0}
}

java_major() { # prints the major version of the java binary $1, or 0
  local major
  java_major_into major "$1"
  echo "$major"
}

# find_jdk_into VAR: sets VAR to the home of a JDK >= 21 (or says on stderr there is none and returns 3)
find_jdk_into() {
  local -n find_jdk_var=$1
  local _fj_best="" _fj_best_v=0 _fj_d _fj_v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java_major_into _fj_v "$JAVA_HOME/bin/java"
    if [ "$_fj_v" -ge 21 ]; then
      find_jdk_var=$JAVA_HOME
      return 0
    fi
  fi
  for _fj_d in /usr/lib/jvm/*/; do
    _fj_d=${_fj_d%/}
    [ -x "$_fj_d/bin/javac" ] || continue
    java_major_into _fj_v "$_fj_d/bin/java"
    if [ "$_fj_v" -gt "$_fj_best_v" ]; then _fj_best=$_fj_d; _fj_best_v=$_fj_v; fi
  done
  if [ "$_fj_best_v" -lt 21 ]; then
    echo "no JDK >= 21 found: set JAVA_HOME or install one under /usr/lib/jvm" >&2
    return 3
  fi
  find_jdk_var=$_fj_best
}

find_jdk() {
  local home
  find_jdk_into home || return
  echo "$home"
}
