# Sourced by bench suites (import, crashes): the peak memory of a whole process, split into anonymous memory (Java
# heap, metaspace, thread stacks, direct buffers: what grows if a program holds its input) and
# file-backed memory (mapped jars and Lucene's memory-mapped index files, which the kernel drops
# under pressure). /usr/bin/time's peak RSS adds both, so an import's mmapped index inflates it.
#
# run_sampled STATS_FILE OUT ERR COMMAND...: runs COMMAND under /usr/bin/time -f '%e %U %S %M'
# (STATS_FILE), sampling /proc/PID/smaps_rollup every 0.2 s; sets peak_anon_mb and peak_file_mb
# (maxima over the samples; file-backed = Rss - Anonymous).
run_sampled() {
    local stats="$1" out="$2" err="$3"
    shift 3
    /usr/bin/time -o "$stats" -f '%e %U %S %M' "$@" >"$out" 2>"$err" &
    local timer=$! pid="" anon=0 file=0 a r
    while kill -0 "$timer" 2>/dev/null; do
        [ -n "$pid" ] || pid="$(pgrep -P "$timer" | head -1 || true)"
        if [ -n "$pid" ] && [ -r "/proc/$pid/smaps_rollup" ]; then
            read -r r a < <(awk '/^Rss:/ { r = $2 } /^Anonymous:/ { a = $2 } END { print r + 0, a + 0 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo "0 0")
            [ "$a" -gt "$anon" ] && anon=$a
            [ $((r - a)) -gt "$file" ] && file=$((r - a))
        fi
        sleep 0.2
    done
    wait "$timer" || true
    peak_anon_mb=$((anon / 1024))
    peak_file_mb=$((file / 1024))
}

# timed NAME COMMAND...: run_sampled with the output in $work/NAME.out and .err (the suite sets work);
# sets wall (s), cpu (user + system s, one decimal), rss (peak RSS MB), peak_anon_mb, peak_file_mb.
timed() {
    local stats="$work/time.txt" name="$1"
    shift
    run_sampled "$stats" "$work/$name.out" "$work/$name.err" "$@"
    read -r wall user sys rss < <(grep -v '^Command' "$stats" | tail -1)
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')"
    rss="$(( rss / 1024 ))"
}

# rate COUNT SECONDS: COUNT per second, rounded
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
