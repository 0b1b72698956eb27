#!/usr/bin/env bash
# The Debian packages ./test and the workbench need, in one place (.ci/run, ./test and ./faultline
# use it). Missing ones are installed when run as root (apt-get, as CI does); otherwise it prints the
# one command that installs them and exits 3. Without dpkg-query (not Debian) it checks nothing.
#   releng/scripts/ensure-packages.sh test        the tests: GTK for the UI tests, fonts, ImageMagick
#                                                 for failure screenshots; Xvfb when there is no DISPLAY
#   releng/scripts/ensure-packages.sh workbench   ./faultline with no command: GTK 3 and fonts
set -euo pipefail
purpose=${1:?usage: ensure-packages.sh test|workbench}
# "a|b": either package will do (Debian 13 renamed libgtk-3-0 to libgtk-3-0t64)
# libxtst6: the JDK's AWT (which the workbench loads for images) links libXtst; GTK does not pull it in
# (found on a clean Debian 12: UnsatisfiedLinkError libawt_xawt.so: libXtst.so.6)
case $purpose in
  test) wanted=("libgtk-3-0|libgtk-3-0t64" libxtst6 dbus-x11 imagemagick fonts-dejavu-core fontconfig)
        [ -n "${DISPLAY:-}" ] || wanted=(xvfb xauth "${wanted[@]}") ;;
  workbench) wanted=("libgtk-3-0|libgtk-3-0t64" libxtst6 fonts-dejavu-core fontconfig) ;;
  *) echo "ensure-packages: unknown purpose '$purpose' (test or workbench)" >&2; exit 1 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0

names=()
for w in "${wanted[@]}"; do IFS='|' read -r -a alternatives <<<"$w"; names+=("${alternatives[@]}"); done
installed=" $(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${names[@]}" 2>/dev/null | awk '$2 ~ /^ii/ { printf "%s ", $1 }' || true) "
missing=()
for w in "${wanted[@]}"; do
  IFS='|' read -r -a alternatives <<<"$w"
  found=0
  for a in "${alternatives[@]}"; do
    [[ $installed == *" $a "* ]] && found=1
  done
  [ $found = 1 ] || missing+=("${alternatives[0]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  echo "${0##*/}: installing the Debian packages $purpose needs: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  exit 0
fi
case $purpose in test) who="./test" ;; *) who="The workbench (./faultline)" ;; esac
if command -v sudo >/dev/null 2>&1; then
  echo "$who needs Debian packages that are not installed: ${missing[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
else
  echo "$who needs Debian packages that are not installed: ${missing[*]}. Install them as root with:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
fi
exit 3
