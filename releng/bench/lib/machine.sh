# Sourced by the bench suites: how each suite names the machine and the load beside its figures.
#   machine_line   "2 cores, <CPU model>, 23 GB RAM, openjdk version "25..." ..." (needs java_home)
#   load_average   the 1/5/15-minute load averages, e.g. "0.85 1.88 3.34"
#   utc_minute     the date and time of the run, e.g. "2026-12-02T06:30Z"
machine_line() {
    local cpu ram jdk
    cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    ram="$(free -g | awk '/Mem:/ { print $2 " GB" }')"
    jdk="$("$java_home/bin/java" -version 2>&1 | head -1)"
    echo "$(nproc) cores, $cpu, $ram RAM, $jdk"
}
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
utc_minute() { date -u +%Y-%m-%dT%H:%MZ; }
